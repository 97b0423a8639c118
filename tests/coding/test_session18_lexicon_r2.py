"""Lexicon pass over wire headlines, state media, diplomacy and courts (session 18, round 2, lexicon).

- Headline verbs: ties "axed" are broken (161), aid axed is cut (162); a side "ripped" over something is
  criticized (111); talks "eyed" are a meeting meant (036); a side "wooed" is asked for support (022; investors
  or customers wooed are business, no event); officials "grilled" are questioned (090, as "quizzed").
- Diplomacy: envoys "shuttle between" sides (045); a leader "speaks highly of" a side (051); a protest note
  handed (over) is an official complaint (114); a high commissioner recalled is an ambassador recalled (161);
  diplomats pulled out are withdrawn (161); a congratulatory message or congratulations sent praise (051);
  talks wrapped up were held (046).
- Courts and police: a suspect arraigned is charged (173); prisoners pardoned are released (0841); a side
  given weeks to act has an ultimatum (139); a criminal case opened is an investigation (090); a superyacht
  seized is property confiscated (1711).
- Aid and force: aid agencies let in are humanitarian access (0863); a field hospital sent is humanitarian
  aid (073); patrols staged are a show of force (150); fishermen handed over are released (0841); a mayor shot
  dead is assassinated (186); looted treasures returned are property returned (0842).
- NEG and KEEP: plans that "pan out", customers wooed, a player given weeks off, and the same verbs with their
  other objects.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow

POS = [
    ("Russia axed diplomatic ties with Latvia.", "161", "RUS", "LVA"),
    ("Italy ripped France over the migrant row.", "111", "ITA", "FRA"),
    ("China wooed the Solomon Islands with promises of investment.", "022", "CHN", "SLB"),
    ("Armenia handed a protest note to Azerbaijan.", "114", "ARM", "AZE"),
    ("Poland handed over a note of protest to Belarus.", "114", "POL", "BLR"),
    ("India recalled its high commissioner from Canada.", "161", "IND", "CAN"),
    ("Britain pulled its diplomats out of Sudan.", "161", "GBR", "SDN"),
    ("Putin sent congratulations to Trump.", "051", "RUS", "USA"),
    ("Japan sent a congratulatory letter to the new South Korean president.", "051", "JPN", "KOR"),
    ("U.S. and Japanese negotiators wrapped up talks in Tokyo.", "046", "USA", "JPN"),
    ("A U.S. judge arraigned the former senator on bribery charges.", "173", "USA", None),
    ("The president pardoned 300 prisoners.", "0841", None, None),
    ("Washington gave Iran two weeks to respond.", "139", "USA", "IRN"),
    ("Russian investigators opened a criminal case into the explosion.", "090", "RUS", None),
    ("Germany seized a superyacht owned by a Russian tycoon.", "1711", "DEU", None),
    ("Turkey sent a field hospital to Syria.", "073", "TUR", "SYR"),
    ("Chinese coast guard ships staged patrols near Japanese islands.", "150", "CHN", None),
    ("India handed over 20 fishermen to Bangladesh.", "0841", "IND", "BGD"),
    ("Gunmen shot dead the mayor of the town.", "186", None, None),
    ("The Netherlands returned looted treasures to Indonesia.", "0842", "NLD", "IDN"),
]

KEEP = [
    # the same verbs with their other objects keep their codes
    ("Washington gave Kyiv more tanks.", "072"),
    ("Gunmen killed ten villagers in the north.", "180"),
    ("Police killed three protesters in the capital.", "175"),
    ("Spain handed over the fugitive to France.", "063"),
    ("The United States recalled its ambassador from Moscow.", "161"),
    ("Russia seized a Ukrainian tanker in the Black Sea.", "1711"),
]

NEG = [
    ("The Spanish striker was given two weeks off by the club.", "13"),
    ("The merger talks between the two carmakers did not pan out.", "11"),
    ("The German carmaker wooed customers in China.", "0"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), POS)
def test_register_wording_codes_its_act(analyzer, text: str, code: str, source, target) -> None:
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(("text", "code"), KEEP)
def test_same_trigger_with_other_objects_keeps_its_code(analyzer, text: str, code: str) -> None:
    check_main_event(analyzer, text, code, None, None)


@pytest.mark.parametrize(("text", "forbidden"), NEG)
def test_everyday_reading_is_not_coded(analyzer, text: str, forbidden: str) -> None:
    check_not_coded(analyzer, text, forbidden)
