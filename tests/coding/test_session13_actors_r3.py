"""Actors pass (session 13, round 3): a people named by their ethnicity and by the part of a country they live in
("ethnic Russians in Latvia's eastern region", "ethnic Albanians in the Serbian town of Presevo") are of the
country that names that part, as "ethnic Albanians in Macedonia" are Macedonia's.

The sentences are written for this test (not taken from any gold set or annotated story): each checks that the
actor of a general phrasing gets the right country, or that a rule does not fire on another reading.
"""

from __future__ import annotations

import pytest
from dwtest import countries_of, mention_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # "in COUNTRY's REGION": the part of a country its possessive names
        (
            "Ethnic Russian pensioners in Latvia's eastern region protested against the language law.",
            "pensioners",
            "LVA",
        ),
        ("Ethnic Hungarian teachers in Romania's central region went on strike.", "teachers", "ROU"),
        ("Ethnic Greeks in Albania's southern region protested against the government.", "Greeks", "ALB"),
        # "in the ADJ/NOUN town of X": the part of a country its adjective or name names
        ("Ethnic Albanian protesters in the Serbian town of Presevo blocked a road.", "protesters", "SRB"),
        ("Ethnic Turkish farmers in the Bulgarian town of Kardzhali blocked a highway.", "farmers", "BGR"),
    ],
)
def test_ethnic_people_placed_by_part_of_country(analyzer, text, word, country):
    assert country in countries_of(analyzer, text, word)


def test_ethnic_travellers_keep_their_people(analyzer):
    """ "traveled to the Serbian town" is where they went, not where they live."""
    assert "ALB" in countries_of(analyzer, "Ethnic Albanians traveled to the Serbian town of Presevo.", "Albanians")


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # "owners" of a mine, plant or firm: the business, qualified by a nationality like "Chinese investors"
        ("Workers urged the Chinese owners to raise wages.", "owners", "CHNBUS"),
        ("Striking workers demanded that the Indian owners of the steel plant pay their wages.", "owners", "INDBUS"),
        ("Police detained the Turkish owner of the factory.", "owner", "TURBUS"),
    ],
)
def test_owners_are_business(analyzer, text, word, code):
    assert code in {c for t, c in mention_codes(analyzer, text) if word in t}


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a movement that spans countries, doing an act set in one country: that country's militants
        ("An Islamic State gunman attacked a mosque in Kabul.", "Islamic State", "AFG"),
        ("Islamic State fighters seized a town in northern Mozambique.", "Islamic State", "MOZ"),
    ],
)
def test_transnational_militants_placed_by_scene(analyzer, text, word, country):
    assert country in countries_of(analyzer, text, word)


def test_transnational_militants_at_a_venue_stay_transnational(analyzer):
    """ "met in Doha": a venue says nothing of whose they are."""
    assert "QAT" not in countries_of(analyzer, "Islamic State leaders met in Doha.", "Islamic State")
