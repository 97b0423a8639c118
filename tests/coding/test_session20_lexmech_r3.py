"""Lexicon mechanics (session 20, round 3): what rows could not say before.

- "Declared two diplomats persona non grata": the parser makes the predicate a clause of its own (the declared
  object its subject or a compound of it), so `declare obj:persona` never met its object; the predicate of a verb of
  declaring said with no "that" or auxiliary is what the object is declared (161), and the parser's clause subject
  the expelled side.
- A verb of naming's second noun phrase after its object is what the object is called even where the parser makes
  it an apposition or object of the object ("called Israel's raid an act of terrorism") or takes the object's last
  noun for a verb ("called Iran's missile strike a reckless escalation"): 111; an apposition set off by a comma
  only describes the one called ("called Scholz, his German counterpart, on Tuesday"), no criticism.
- A "strike" with no one struck, by workers or their unions, is a walkout (143), threatened a threat of protest
  (133), not an armed blow (190/1384); a strike with an object or an army for its doer stays an attack.
- Verbs that refuse what is asked as "reject" does (dismiss, rebuff, spurn, brush aside, shrug off, turn down) take
  "reject"'s narrower reading of what is asked: "dismissed calls for a new constitution" 1234.
- A hyphened gerund modifying a row's object ("a money-laundering scheme") is matched by the word as written, not its
  verb lemma ("launder"): questioned over it is a criminal inquiry (091).
- "Declared them personae non gratae", the Latin plural, is 161 as the singular is.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Poland declared two Belarusian diplomats persona non grata on Friday.", "161", "POL", "BLR"),
        ("Sweden declared three Russian diplomats persona non grata on Monday.", "161", "SWE", "RUS"),
        (
            "Lithuania declared the Russian ambassador persona non grata and gave him a week to leave.",
            "161",
            "LTU",
            "RUS",
        ),
        ("Iran called Israel's raid on the consulate an act of terrorism.", "111", "IRN", "ISR"),
        ("Israel called Iran's missile strike a reckless escalation.", "111", "ISR", "IRN"),
        ("Seoul called the North's satellite launch a grave provocation.", "111", "KOR", "PRK"),
        ("Hungary's prime minister dismissed calls for a change in policy.", "1232", "HUN", None),
        ("Peru's president brushed aside demands for his resignation.", "1231", "PER", None),
        ("Argentine investigators questioned the former minister about an arms-smuggling ring.", "091", "ARG", "ARG"),
        ("Austria declared four Russian diplomats personae non gratae over espionage.", "161", "AUT", "RUS"),
        ("The unions threatened to strike next week over pay.", "133", None, None),
        ("Doctors threatened to strike if the health ministry went ahead with the cuts.", "133", None, None),
        ("Teachers in Kenya struck for a third day on Wednesday over unpaid wages.", "143", "KEN", None),
        ("Russia threatened to strike Kyiv's government buildings.", "1384", "RUS", "UKR"),
        ("Rebels threatened to strike again if the army did not withdraw.", "1384", None, None),
        ("Workers struck a deal with management after a week of talks.", "057", None, None),
    ],
)
def test_main_event(analyzer, text: str, code: str, source: str | None, target: str | None):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Macron called Scholz, his German counterpart, on Tuesday.", "11"),
        ("Israeli jets struck a weapons depot near Damascus overnight.", "14"),
    ],
)
def test_not_coded(analyzer, text: str, forbidden: str):
    check_not_coded(analyzer, text, forbidden)
