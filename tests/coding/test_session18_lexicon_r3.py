"""Lexicon pass over predicative stances, acts named as nouns and sub-code rows (session 18, round 3, lexicon).

- Stances said as the object's predicate: a side's act or the side "called", "termed", "labelled" or "described as"
  a hostile name or judgment is criticized (111: "called the sanctions unlawful", "described the move as
  illegal", "called the referendums a sham"), a crime named is an accusation (1124 for war crimes and atrocities),
  a friendly judgment is praise (051: "called the talks fruitful", "described the summit as successful").
- Readiness, willingness or openness expressed FOR a kind of act named as a noun, or interest IN one, is the intent
  to do it (0312, 031, 0311, 036); defence systems offered are arms offered (0332); cooperation continued or
  maintained goes on (060), and an appeal to continue it asks for cooperation (021).
- Sub-codes: a peacekeeping mission ended or wound up is withdrawn (1661); a plan a side "says no to" is
  rejected (125); an offer weighed is considered (014); regret voiced "over" another's act is disapproval (110).
- NEG and KEEP: judgments of things no side did, missions and systems of other kinds, and "call" with its other
  objects.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow

POS = [
    ("Moscow called the British sanctions unlawful.", "111", "RUS", "GBR"),
    ("Turkey called the Swedish decision unacceptable.", "111", "TUR", "SWE"),
    ("China's embassy called the American report biased.", "111", "CHN", "USA"),
    ("Pakistan described the Indian move as illegal.", "111", "PAK", "IND"),
    ("Moscow described the British report as baseless.", "111", "RUS", "GBR"),
    ("Beijing labelled the Taiwanese leader a separatist.", "111", "CHN", "TWN"),
    ("Iran called the U.S. decision a mistake.", "111", "IRN", "USA"),
    ("Kyiv called the Russian attack a war crime.", "1124", "UKR", "RUS"),
    ("Ukraine described the Russian strikes as a war crime.", "1124", "UKR", "RUS"),
    ("Moscow called the talks with India fruitful.", "051", "RUS", "IND"),
    ("Seoul described the summit with Washington as successful.", "051", "KOR", "USA"),
    ("Egypt expressed readiness for military cooperation with Sudan.", "0312", "EGY", "SDN"),
    ("Jordan voiced willingness for closer cooperation with Iraq.", "031", "JOR", "IRQ"),
    ("North Korea expressed readiness for talks with the United States.", "036", "PRK", "USA"),
    ("Pyongyang expressed interest in a summit with Seoul.", "036", "PRK", "KOR"),
    ("Brazil voiced interest in more trade with China.", "0311", "BRA", None),
    # session 19 (lexmech r2): security cooperation carried on is military cooperation, CAMEO 0212 (a sub-code of 021)
    ("Iraq urged the United States to continue security cooperation.", "0212", "IRQ", "USA"),
    ("The United States offered Ukraine more air defense systems.", "0332", "USA", "UKR"),
    ("The UN wound up its peacekeeping mission in Mali.", "1661", None, None),
    ("The United Nations ended its peacekeeping mission in Lebanon.", "1661", None, None),
    ("Serbia said no to the EU proposal.", "125", "SRB", None),
    ("India weighed the Russian offer.", "014", "IND", "RUS"),
    ("South Korea expressed regret over the Japanese decision.", "110", "KOR", "JPN"),
]

KEEP = [
    # "call" with its other objects and complements keeps its codes
    ("The rebels called a ceasefire.", "0871"),
    ("Biden called Putin a killer.", "111"),
    ("France called on Iran to stop its illegal enrichment.", "020"),
    ("Russia wound down its military operation in Syria.", "087"),
]

NEG = [
    # judgments of things no side did, and missions and systems of other kinds
    ("The company called the quarterly results disappointing.", "0"),
    ("Analysts described the market as volatile.", "0"),
    ("The weather service called the storm dangerous.", "0"),
    ("NASA ended its Mars mission.", "16"),
    ("Microsoft offered customers a new operating system.", "033"),
    ("The minister expressed confidence in the talks.", "036"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), POS)
def test_stance_or_act_wording_codes_its_act(analyzer, text: str, code: str, source, target) -> None:
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(("text", "code"), KEEP)
def test_same_trigger_with_other_objects_keeps_its_code(analyzer, text: str, code: str) -> None:
    check_main_event(analyzer, text, code, None, None)


@pytest.mark.parametrize(("text", "forbidden"), NEG)
def test_everyday_reading_is_not_coded(analyzer, text: str, forbidden: str) -> None:
    check_not_coded(analyzer, text, forbidden)
