"""Lexicon pass over all roots (session 19, round 3, lexicon): UN, economic diplomacy, juntas and consular wire copy.

- The mandate of a peacekeeping or monitoring mission renewed or extended, and a stabilization force authorised, is
  protection given (074); a loan tranche released is aid (071), and so are debt relief granted and a loan rolled over;
  debt relief called for is economic aid sought (0231); a leader's reinstatement demanded is a demand for a change of
  leadership (1041); a result contested in court is a lawsuit (115); visa services resumed ease an administrative
  sanction (081), and so does a suspension lifted; consular access granted lets a side in (086) and denied keeps it
  out (1245); an extradition blocked is judicial cooperation refused (1213); a bloc quit is relations cut (160);
  export controls tightened are a sanction (163), eased one eased (085); a Security Council resolution blocked is a
  veto (129); a currency swap extended is economic cooperation (061); a side admitted as a member is diplomatic
  cooperation (050); an air force placed on standby is a military alert (152); central bank reserves frozen are a
  sanction (163); a constitution suspended is an administrative sanction (172); political activity banned restricts
  freedoms (1721); a decision reversed is a policy change (0832); electoral reform promised is an intent to change
  institutions (0344); the release of peacekeepers demanded is a demand to free people (1053), not one for
  peacekeepers.
- NEG: a governor's mandate extended or a rescue mission authorised is no peacekeeping; a player's or a coach's
  suspension lifted is no sanction eased; bonds rolled over are no aid; a fact admitted is no membership granted.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow

POS = [
    (
        "The Security Council extended the mandate of the U.N. peacekeeping force in Cyprus by six months.",
        "074",
        None,
        None,
    ),
    ("The council renewed the mandate of the monitoring mission in Yemen.", "074", None, None),
    ("The Security Council authorized a stabilization force for Somalia.", "074", None, None),
    ("The IMF released a $900 million tranche to Ukraine.", "071", None, "UKR"),
    ("Bilateral creditors granted debt relief to Zambia.", "071", None, "ZMB"),
    ("Pakistan's prime minister called for debt relief for poor nations.", "0231", "PAK", None),
    ("The African Union demanded the reinstatement of the ousted president.", "1041", None, None),
    ("The opposition contested the election result in court.", "115", None, None),
    ("China resumed visa services for foreign tourists.", "081", "CHN", None),
    ("Iran granted France consular access to the detained teacher.", "086", "IRN", None),
    ("Moscow denied consular access to the jailed reporter.", "1245", "RUS", None),
    ("A British judge blocked the extradition of the businessman to India.", "1213", "GBR", None),
    ("Burkina Faso quit the regional bloc.", "160", "BFA", None),
    ("The United States tightened export controls on advanced chips to China.", "163", "USA", "CHN"),
    ("Washington eased export controls on the country.", "085", "USA", None),
    ("Russia blocked a Security Council resolution on the ceasefire.", "129", "RUS", None),
    ("China extended a currency swap with Turkey for three years.", "061", "CHN", "TUR"),
    ("The bloc admitted East Timor as its 11th member.", "050", None, "TLS"),
    ("The African Union lifted Mali's suspension.", "081", None, "MLI"),
    ("India placed its air force on standby.", "152", "IND", None),
    ("The United States froze the Russian central bank's reserves.", "163", "USA", "RUS"),
    ("The army suspended the constitution and dissolved parliament.", "172", None, None),
    ("The military government banned all political activity.", "1721", None, None),
    ("The government reversed the decision to raise fuel prices.", "0832", None, None),
    ("The junta promised electoral reform before the vote.", "0344", None, None),
    ("China rolled over a $1 billion loan to Pakistan.", "071", "CHN", None),
    ("The government demanded the release of the abducted peacekeepers.", "1053", None, None),
]

NEG = [
    ("The board extended the mandate of the central bank governor.", "074"),
    ("The president authorized a rescue mission in the mountains.", "074"),
    ("The minister admitted that the ban had failed.", "050"),
    ("The court lifted the suspension of the football coach.", "081"),
    ("The tennis federation lifted the player's suspension.", "081"),
    ("The bank rolled over its short-term bonds.", "071"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), POS)
def test_wire_wording_codes_its_act(analyzer, text: str, code: str, source, target) -> None:
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(("text", "forbidden"), NEG)
def test_other_reading_is_not_that_act(analyzer, text: str, forbidden: str) -> None:
    check_not_coded(analyzer, text, forbidden)
