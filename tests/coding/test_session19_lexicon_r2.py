"""Lexicon pass over all roots (session 19, round 2, lexicon): idioms and support-verb wordings of wire copy.

- A town reoccupied is occupied (192); a swipe taken at a side, a broadside fired at it, a scathing attack launched on
  it or an angry reaction to it is criticism (111); a back turned on a deal, a proposal shot down or given short
  shrift is a rejection (120); a plug pulled on talks ends them (164); a thing put on hold is suspended (160); a
  strike observed is a strike (143); olive trees uprooted are property destroyed (1712); human-rights violations laid
  to a side are an accusation of abuses (1122); a welcome at an airport is a visit hosted (043); a war footing is a
  military alert (152); diplomatic contacts cut are relations cut (161); backing built is support rallied (053);
  troops deployed as part of a peacekeeping mission are peacekeepers (074); a media bureau shut and phone services
  cut off are freedoms restricted (1721); a trade office closed is a downgrade (161); an air-defence system sold is
  arms (072); refuge given to a person is asylum (075); blame laid on a side is an accusation (112); a return to
  talks ruled out is talks refused (125); the aid tap turned off is aid cut (162); staff pulled out is a withdrawal
  (166); workers kicked out are expelled (174); an optimistic note struck is optimism (013); good offices offered
  are mediation offered (039); helicopters handed over are arms (072); a side removed from the list of terror
  sponsors is a sanction eased (081).
- NEG: a law struck down by a court is no armed strike; an angry reaction of markets is no event; a swipe at the ball is
  no criticism.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow

POS = [
    ("Ethiopian troops reoccupied the border town of Badme.", "192", "ETH", None),
    ("The Iranian president took a swipe at Saudi Arabia in a speech.", "111", "IRN", "SAU"),
    ("Hamas turned its back on the Egyptian truce proposal.", "120", "PSE", None),
    ("Syria pulled the plug on indirect talks with Israel.", "164", "SYR", None),
    ("Nepalese traders observed a general strike in Kathmandu.", "143", "NPL", None),
    ("Israeli settlers uprooted olive trees near Nablus.", "1712", "ISR", None),
    ("Britain accused Sri Lanka of grave human rights violations.", "1122", "GBR", "LKA"),
    ("Ugandan President Yoweri Museveni welcomed Kagame at the airport in Entebbe.", "043", "UGA", None),
    ("The Pakistani army went on a war footing.", "152", "PAK", None),
    ("Canada cut its diplomatic contacts with Iran.", "161", "CAN", "IRN"),
    ("Morocco worked to build support for its autonomy plan.", "053", "MAR", None),
    ("Rwanda deployed troops to Darfur as part of the African Union peacekeeping mission.", "074", "RWA", None),
    ("Bahraini authorities shut down the bureau of the broadcaster.", "1721", "BHR", None),
    ("Iranian authorities cut off mobile phone services in Tehran.", "1721", "IRN", None),
    ("Russia sold Syria an advanced air defence system.", "072", "RUS", "SYR"),
    ("Egypt laid the blame for the attack on Hamas.", "112", "EGY", None),
    ("Syria ruled out a return to talks with Israel.", "125", "SYR", None),
    ("Kuwait kicked out hundreds of Bangladeshi workers.", "174", "KWT", None),
    ("The Greek prime minister struck an optimistic note on talks with Turkey.", "013", "GRC", None),
    ("Algeria offered its good offices to end the crisis in Mali.", "039", "DZA", None),
    ("Russia handed over six combat helicopters to the Iraqi army.", "072", "RUS", "IRQ"),
    ("The United States removed Cuba from its list of state sponsors of terrorism.", "081", "USA", "CUB"),
    ("The Venezuelan president fired a broadside at Colombia.", "111", "VEN", "COL"),
    ("Serbia shot down the Kosovo proposal for a joint border regime.", "120", "SRB", None),
    ("Israel gave short shrift to the Russian peace initiative.", "120", "ISR", None),
    ("Turkey reacted angrily to the Dutch decision.", "111", "TUR", None),
]

NEG = [
    ("Pakistan's Supreme Court struck down the new media law.", "19"),
    ("The striker took a swipe at the ball but missed.", "111"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), POS)
def test_wire_idiom_codes_its_act(analyzer, text: str, code: str, source, target) -> None:
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(("text", "forbidden"), NEG)
def test_other_reading_is_not_that_act(analyzer, text: str, forbidden: str) -> None:
    check_not_coded(analyzer, text, forbidden)
