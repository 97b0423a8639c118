"""Lexicon pass (session 17, round 3, lexicon): "no event" rows, and rows from sentences written fresh in the plain
style of wire news (not taken from any gold set or annotated story), before the coder was run on them.

- A row whose code is "-" (lexicon.NO_EVENT) names an everyday reading of a trigger that is an act with other
  objects: "seized the lead", "captured the title", "blocked a penalty", "pulled out of the Open", "hosted Australia in
  a friendly", "clashed in court", "signed copies", "a price war". Being the most specific row matched, it stops the
  search and the trigger codes nothing; the same verbs with a town, a tanker, a resolution or a treaty keep their codes.
- A curb (16, 17) whose stated cause is the weather ("because of fog", "due to heavy snow") is a precaution aimed at
  no one; with an act as the cause ("because of the attack") the curb stays coded.
- New rows: money pumped or injected into a country (061), a go-between split by the tokenizer (045), an operation
  against armed groups (190).

Each case pins the sentence's MAIN event (code, source country, target country; None where the sentence names no
target or the reading does not decide it), as the evaluations choose it.
"""

from __future__ import annotations

import pytest
from dwtest import main_coded_countries

from dyadwatch.coding import lexicon
from dyadwatch.errors import DyadwatchError

pytestmark = pytest.mark.slow


def test_no_event_code_parses_and_other_unknown_codes_still_fail():
    p = lexicon.parse_pattern(lexicon.NO_EVENT, "V", "seize obj:lead|title", 1, "x")
    assert p.code == "-" and p.objects == {"lead", "title"} and p.specificity == 2
    with pytest.raises(DyadwatchError):
        lexicon.parse_pattern("--", "V", "seize obj:lead", 2, "x")
    # the built-in exclusions are more specific than the bare trigger they narrow
    seize = lexicon.patterns()[("V", "seize")]
    first_none = next(i for i, q in enumerate(seize) if q.code == lexicon.NO_EVENT)
    assert any(q.code == "171" and not q.objects for q in seize[first_none:])


@pytest.mark.parametrize(
    "text",
    [
        "Brazil seized the lead in the second half through a penalty.",
        "The Argentine golfer seized a two-shot lead in Dubai.",
        "The French startup seized the opportunity to expand in Africa.",
        "The French bank captured a larger share of the market in Africa.",
        "The Irish singer captured the hearts of audiences in Japan.",
        "The Italian goalkeeper blocked a penalty in the final minute against Spain.",
        "The Swedish striker blocked a header on the line against Denmark.",
        "Serbia's Novak Djokovic pulled out of the Australian Open with a wrist injury.",
        "The Scottish athlete withdrew from the Commonwealth Games.",
        "The Indian conglomerate pulled out of the bid for the Australian miner.",
        "Argentina surrendered the lead twice against France.",
        "England hosted Australia in a friendly match at Wembley.",
        "Saudi Arabia hosted Argentina in a friendly in Riyadh.",
        "The Korean band hosted a concert in Tokyo.",
        "Two Japanese retailers clashed in court over patents.",
        "The British singer signed copies of her memoir in New York.",
        "The Chinese carmaker started a price war in Europe.",
        "The Italian fashion house won a bidding war for the French brand.",
        "The Iranian film bombed at the box office in France.",
        "Dutch airlines suspended flights because of fog.",
        "Canadian airports suspended flights due to heavy snow.",
        "The Norwegian ferry operator suspended services because of strong winds.",
    ],
)
def test_no_event(analyzer, text: str):
    assert main_coded_countries(analyzer, text) is None


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # the same verbs in their political readings keep their codes
        ("Iran seized a Greek tanker in the Gulf of Oman.", "1711", "IRN", "GRC"),
        ("Russian forces seized the town of Avdiivka from Ukraine.", "192", "RUS", "UKR"),
        ("Israeli troops captured a town in the Gaza Strip.", "192", "ISR", "PSE"),
        ("Turkish police captured a Syrian militant near the border.", "173", "TUR", "SYR"),
        ("Israel blocked aid convoys into Gaza.", "191", "ISR", "PSE"),
        ("Russia withdrew from the Open Skies Treaty.", "160", "RUS", None),
        ("France withdrew its troops from Mali.", "0874", "FRA", "MLI"),
        ("Japan hosted the U.S. president for talks in Tokyo.", "043", "JPN", "USA"),
        ("Djibouti hosts French troops.", "062", "DJI", "FRA"),
        # a political object's modifier is no sports reading: "final", "party" are in no exclusion list
        ("Oman hosted the final round of talks between Iran and the United States.", "043", "OMN", "IRN"),
        ("Iran withdrew from the final round of talks with the United States.", "164", "IRN", "USA"),
        ("Britain signed a migration pact with France.", "057", "GBR", "FRA"),
        ("Armenian and Azerbaijani troops clashed on the border.", "190", "ARM", "AZE"),
        ("The United States suspended flights to Venezuela.", "172", "USA", "VEN"),
        # rows added
        ("China pumped $2 billion into Pakistan's economy.", "061", "CHN", "PAK"),
        ("Japan injected $5 billion into India's rail network.", "061", "JPN", "IND"),
        ("Egypt served as a go-between for Israel and Hamas.", "045", "EGY", "ISR"),
        ("Pakistan's army launched an operation against militants in the northwest.", "190", "PAK", "REB"),
    ],
)
def test_main_event(analyzer, text: str, code: str, source: str | None, target: str | None):
    assert main_coded_countries(analyzer, text) == (code, source, target)


def test_party_delegation_hosted_is_still_a_visit(analyzer):
    """ "party" modifies the delegation, a political object: no exclusion row lists it (the target is left to the
    actor coder: "a delegation from Vietnam")."""
    got = main_coded_countries(analyzer, "China hosted a Communist Party delegation from Vietnam.")
    assert got is not None and got[:2] == ("043", "CHN")
