"""Actors pass (session 19, round 2): private people are no state, and sides still missing.

- A nationality adjective on a person of sport, the arts or show business named as the doer ("the Kenyan runner
  blasted his rivals", "the American actor visited Paris") says where they come from, not that their state acted;
  a sports club, band or film likewise. Named as the one a state acts on ("Iran arrested a French cyclist"), the
  person keeps the country; a team with a task of its own ("the Iranian negotiating team") is a delegation.
- A people named by its nationality ("Arab Israelis", "Iranians") speaks of "the government" as its own; "the
  junta", "the military rulers" are a country's executive; rebels' "government troops" are their own country's.
- In a story about one half of a divided country, "the North" / "the South" is the other half; a place word
  stacked before a people's word ("Kosovo Albanian guerrillas") makes one side, not two.
- Facts: "Greek Cypriot"/"Turkish Cypriot" (Cyprus), "Acehnese"/"Papuan" (Indonesia), "RUF", the Naxalites.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs, coded_countries

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Ethiopian marathoner blasted his rivals after the race in Berlin.", "ETH"),
        ("The American singer visited Madrid to promote her album.", "USA"),
        ("The Brazilian midfielder criticized the referee after the match.", "BRA"),
        ("The Russian chess champion accused his opponent of cheating.", "RUS"),
        ("The Italian club hosted Lyon on Sunday.", "ITA"),
    ],
)
def test_private_doer_is_no_state(analyzer, text, country):
    found = coded_countries(analyzer, text)
    assert all(src != country for _, src, _ in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran arrested a French cyclist on spying charges.", ("IRN", "FRA")),
        ("The Cuban boxer sought asylum in Mexico.", ("CUB", "MEX")),
        ("The Iranian negotiating team rejected the American proposal.", ("IRN", "USA")),
        ("Ukrainian refugees protested outside the Russian embassy in Warsaw.", ("UKR", "RUS")),
        ("Chinese fishermen were detained by Indonesia.", ("IDN", "CHN")),
        ("Arab Israelis criticized the government over the new law.", ("ISR", "ISR")),
        ("Nigeria's opposition demanded that the military rulers release the prisoners.", ("NGA", "NGA")),
        ("Afghan rebels attacked government troops near the border.", ("AFG", "AFG")),
        ("Seoul condemned the North's missile launch.", ("KOR", "PRK")),
        ("Sudan accused the South of arming rebels.", ("SDN", "SSD")),
        ("Greek Cypriot leaders denounced Turkey over the naval drills.", ("CYP", "TUR")),
        ("Acehnese rebels attacked an Indonesian army post.", ("IDN", "IDN")),
        ("RUF rebels attacked Freetown.", ("SLE", "SLE")),
    ],
)
def test_sides_kept_and_found(analyzer, text, pair):
    found = coded_countries(analyzer, text)
    assert any((src, tgt) == pair for _, src, tgt in found), found


def test_government_of_a_people_is_its_own(analyzer):
    pairs = code_pairs(analyzer, "Iranians protested against the regime in Tehran.")
    assert any(s == "IRN" and t == "IRNGOV" for s, t in pairs), pairs


def test_stacked_place_words_are_one_side(analyzer):
    found = coded_countries(analyzer, "Kosovo Albanian guerrillas attacked a Serb police patrol.")
    assert found and all(src != "ALB" for _, src, _ in found), found


def test_joined_owners_stay_two(analyzer):
    found = coded_countries(analyzer, "American and Chinese officials met in Geneva.")
    assert {src for _, src, _ in found} >= {"USA", "CHN"}, found
