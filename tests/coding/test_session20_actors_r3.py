"""Actors pass (session 20, round 3): places and sides that a country word says only indirectly.

- A city's possessive on a part of the town ("in Kiev's Independence Square") is a scene in that city, as "in Kiev"
  is, so a crowd or police there are of its country.
- A ship's crew sails under its flag: "the crew of a Pakistani fishing boat" is Pakistani, not the captor's.
- A movement with a national branch the dictionary names by demonym ("the Pakistani Taliban") is that branch when
  the only country of its sentence is the branch's and that country's forces face it; naming the movement's home
  country keeps its own code.
- The heads of a region's states named together ("West African leaders") act as their bloc: IGO.
- One who receives or hosts a visitor in a capital ("The emir received ... in Kuwait City") is at home there.
- "the city's mayor" names again the city just named: its country's.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country3, make_article

pytestmark = pytest.mark.slow


def _pairs(analyzer, text: str, date: str = "2025-06-01") -> set[tuple[str | None, str | None]]:
    record = analyzer.analyze(make_article(text, date))
    return {(country3(e.source), country3(e.target)) for e in record.events}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tens of thousands demonstrated in Tbilisi's Rustaveli Avenue against the foreign agents bill.", "GEO"),
        ("Thousands marched through Minsk's central avenue on Sunday against the disputed vote.", "BLR"),
    ],
)
def test_city_possessive_place_places_crowd(analyzer, text, pair):
    assert any(src == pair for src, _ in _pairs(analyzer, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Indonesian authorities detained the crew of a Vietnamese fishing vessel.", ("IDN", "VNM")),
        ("The Argentine coast guard detained the crew of a Chinese trawler.", ("ARG", "CHN")),
        ("Indian coast guard detained the crew of a Sri Lankan trawler, officials said.", ("IND", "LKA")),
        ("Indian police arrested the fishermen of a fishing boat off the coast.", ("IND", "IND")),
    ],
)
def test_crew_takes_vessel_country(analyzer, text, pair):
    assert pair in _pairs(analyzer, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pakistani troops killed 12 Taliban fighters in North Waziristan.", ("PAK", "PAK")),
        ("Afghan forces killed 30 Taliban insurgents in Helmand province.", ("AFG", "AFG")),
    ],
)
def test_local_branch_of_movement(analyzer, text, pair):
    assert pair in _pairs(analyzer, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("West African leaders imposed sanctions on Mali's military rulers.", ("IGO", "MLI")),
        ("Southeast Asian leaders urged Myanmar's generals to end the violence.", ("IGO", "MMR")),
        ("The king received the French president in Rabat on Monday.", ("MAR", "FRA")),
        ("The emir hosted the American envoy in Doha on Monday.", ("QAT", "USA")),
        ("Iranian forces detained the crew of a British-flagged tanker in the Gulf.", ("IRN", "GBR")),
        ("Police in St Petersburg detained dozens of anti-war protesters on Sunday.", ("RUS", "RUS")),
    ],
)
def test_bloc_host_and_flag_sides(analyzer, text, pair):
    assert pair in _pairs(analyzer, text)


def test_city_possessive_names_the_city_again(analyzer):
    record = analyzer.analyze(
        make_article("Russian forces attacked Kharkiv overnight. The city's mayor says the police arrested a man.")
    )
    assert any(country3(e.source) == "UKR" for e in record.events)


def test_plain_met_is_no_home(analyzer):
    # "met" is said of neutral ground: the venue places no one
    pairs = _pairs(analyzer, "The king met the French president in Geneva on Monday.")
    assert ("CHE", "FRA") not in pairs
