"""Actors pass (session 13, round 2): a place named by its country's possessive ("in Nigeria's northwest",
"in Ethiopia's Amhara region") places the people or bodies there, and a home body named only as a compound or
possessor of a building in a place ("a police station in Mali", "the government's offices in Dhaka") is that
place's.

The sentences are written for this test (not taken from any gold set or annotated story): each checks that the
actor of a general phrasing gets the right country, or that a rule does not fire on another reading.
"""

from __future__ import annotations

import pytest
from dwtest import countries_of, country_triples, mention_codes

pytestmark = pytest.mark.slow


def _sides(analyzer, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, _ in country_triples(analyzer, text)}


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # "in COUNTRY's REGION": the possessive names the country of a place no dictionary lists
        ("Gunmen kidnapped farmers in Nigeria's northwest on Sunday.", "farmers", "NGA"),
        ("Soldiers detained students in Ethiopia's western region.", "students", "ETH"),
        ("Police in Kenya's coastal county arrested ten men.", "Police", "KEN"),
        ("Villagers in Burkina Faso's eastern province fled the fighting.", "Villagers", "BFA"),
    ],
)
def test_possessed_region_places(analyzer, text, word, country):
    assert country in countries_of(analyzer, text, word)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a home body's building in a place: the body is that place's (police and governments serve at home)
        ("Militants attacked a police post in Somalia.", "police", "SOM"),
        ("Protesters rallied outside the interim government's offices in Dhaka.", "government", "BGD"),
        ("Rebels burned a police station in Mali's Mopti region.", "police", "MLI"),
    ],
)
def test_building_places_body(analyzer, text, word, country):
    assert country in countries_of(analyzer, text, word)


def test_embassy_not_placed_by_its_city(analyzer):
    """ "the government's embassy in Paris" is not French: an embassy stands abroad."""
    text = "Rioters stormed the Malian government's embassy in Paris."
    assert "FRA" not in countries_of(analyzer, text, "government")


def test_left_modifier_still_wins(analyzer):
    """ "a French military base in Mali" stays French: the place of a building names no owner a modifier names."""
    assert ("MLI", "FRA") in _sides(analyzer, "Rebels shelled a French military base near Gao.")


def test_person_possessive_not_a_place(analyzer):
    """ "aides in Putin's office" are not placed by the person's country through this rule alone."""
    codes = mention_codes(analyzer, "Police questioned staff in the mayor's office.")
    assert not any(code and code[:3] not in {"COP", "GOV"} and len(code) > 3 for t, code in codes if "staff" in t)


@pytest.mark.parametrize(
    "text",
    [
        # "Latin American", "South American", "North American" name a region's peoples, not the United States
        "Ukraine courted Latin American governments at the summit.",
        "Brazil hosted South American diplomats on Monday.",
        "Mexico welcomed North American business leaders.",
    ],
)
def test_region_american_is_not_usa(analyzer, text):
    assert not any(code and code.startswith("USA") for _, code in mention_codes(analyzer, text))


def test_american_alone_still_usa(analyzer):
    codes = mention_codes(analyzer, "Venezuela expelled American diplomats on Monday.")
    assert any(code and code.startswith("USA") for _, code in codes)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an outlet or body no dictionary gives a country, placed by "X-based": the place says whose it is, and
        # the people it qualifies are not also left as a side with no country
        ("Iran harassed London-based BBC reporters on Monday.", ("IRN", "GBR")),
        ("Russia detained relatives of London-based BBC journalists.", ("RUS", "GBR")),
    ],
)
def test_based_outlet_staff(analyzer, text, pair):
    sides = _sides(analyzer, text)
    assert pair in sides
    assert (pair[0], None) not in sides
