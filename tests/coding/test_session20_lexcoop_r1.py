"""Lexicon pass (session 20, round 1, lexcoop): CAMEO roots 01 to 09, from sentences written fresh in the style of
Asia-Pacific wire copy, long agency sentences, headlines and official boilerplate (not taken from any gold set or
annotated story), before the coder was run on them.

- "Acknowledged that its forces had fired ..." admits an act (015, as "admit"); another side's contribution
  acknowledged is praise (051); a difficulty or a receipt acknowledged is no event.
- A consensus reached, and agreement "on the need" for a thing, share a view (019), where agreeing to do is 030.
- Tensions eased, reduced or defused are de-escalation (087); support won or garnered is support rallied (053).
- The sale or export of arms cleared or authorised is arms given (072); submarines or frigates supplied are arms.
- A seized trawler returned is property returned (0842); internet access restored eases political freedoms (0811);
  a corridor opened is access (0863) even toward a "war zone"; a monarchy abolished changes institutions (0834).
- A minister or president questioned by investigators is an investigation (090), while a decision questioned stays
  doubt (110); cooperation under review is a policy option weighed (014); quake aid asked for is humanitarian (0233).
- A courtesy call paid on a leader is a visit (042), not an appeal; a debt waived is economic aid (071); patrol or
  coast guard vessels handed over are arms given (072); a plan reconsidered is a policy change meant (0342 said of
  the future); a side's concern shared is accord (019).

Each case pins the sentence's MAIN event (code, source country, target country), as the evaluations choose it. The
negatives use the same words in a reading that is not that code.
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        (
            "Japan's coast guard acknowledged on Monday that its patrol ship had rammed a Taiwanese boat.",
            "015",
            "JPN",
            None,
        ),
        ("Indonesia acknowledged Australia's contribution to the tsunami relief effort.", "051", "IDN", "AUS"),
        ("Vietnam and Laos reached a consensus on border demarcation, state media said.", "019", "VNM", None),
        ("The two prime ministers agreed on the need for closer coordination on climate.", "019", None, None),
        ("Thailand and Cambodia eased tensions along their disputed frontier.", "087", "THA", None),
        ("New Delhi moved to defuse tensions with Kathmandu over the new map.", "087", "IND", "NPL"),
        ("Taiwan is trying to win support from Pacific allies for its bid to join Interpol.", "053", "TWN", None),
        ("South Korea cleared the sale of howitzers to Poland.", "072", "KOR", "POL"),
        ("Russia supplied Myanmar with two frigates.", "072", "RUS", "MMR"),
        ("Indonesia returned the seized trawler to Malaysia on Thursday.", "0842", "IDN", "MYS"),
        ("Bangladesh's government restored internet access after a week-long blackout.", "0811", "BGD", None),
        ("The Pakistani army opened a humanitarian corridor to the war zone in the tribal areas.", "0863", "PAK", None),
        ("Prosecutors in Seoul questioned the former prime minister for twelve hours.", "090", "KOR", None),
        ("Australia is reviewing its defence cooperation with Fiji.", "014", "AUS", "FJI"),
        ("Nepal appealed for quake aid from its neighbours.", "0233", "NPL", None),
        ("The Indonesian foreign minister paid a courtesy call on the Thai king in Bangkok.", "042", "IDN", "THA"),
        ("China waived $2 billion of Laos's debt, the finance ministry said.", "071", "CHN", "LAO"),
        ("Australia handed over three patrol boats to Timor-Leste on Friday.", "072", "AUS", "TLS"),
        ("India said it would reconsider its plan to build the dam.", "0342", "IND", None),
        ("Canberra shared Tokyo's concern over the missile launches.", "019", "AUS", "JPN"),
    ],
)
def test_main_event(analyzer, text: str, code: str, source: str | None, target: str | None):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("The Indian minister acknowledged the difficulties facing farmers.", "0"),
        ("The Malaysian football club acknowledged the applause of its fans.", "0"),
        ("The Japanese prime minister questioned the opposition's decision to boycott the vote.", "09"),
    ],
)
def test_not_coded(analyzer, text: str, forbidden: str):
    check_not_coded(analyzer, text, forbidden)
