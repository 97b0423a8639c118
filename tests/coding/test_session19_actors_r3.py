"""Actors pass (session 19, round 3): bare bodies of the story's country, and names the coder missed.

- A bare body word on a site an act is aimed at ("shelled army positions", "attacked rebel bases", "hit military
  targets") says whose the site is: it is the side hit, as a country adjective there is. A rebellion is fought at
  home: the army, police or government a country's rebels act on is that country's, and the
  "rebels"/"opposition" a country's army or police act on are its own; a site placed in a country is held by
  that country's side.
- Two people who share a name and title ("King Abdullah" of Jordan and of Saudi Arabia) are told apart by the
  nationality written before the name; a bare place name right after a two-object verb is the receiver ("give
  Manila intelligence"), not a venue.
- A bare "Congress" is the U.S. Congress only where no other state with a Congress is the story's.
- Facts: the Dalai Lama (CAMEO has no Tibet: China's religious side, CHNREL), "attackers"/"assailants" coded like
  "gunmen", "a mob" as civilians, "schoolgirls" as students.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries, mention_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Sudanese paramilitaries shelled army positions in Nyala.", ("SDN", "SDN")),
        ("The M23 shelled army positions outside Goma.", ("COD", "COD")),
        ("Ethiopian troops attacked rebel positions in the north.", ("ETH", "ETH")),
        ("Myanmar's army shelled rebel bases in Shan state.", ("MMR", "MMR")),
        ("Al-Shabaab fighters stormed a military base in Somalia.", ("SOM", "SOM")),
        ("Russian jets struck army positions in Idlib, Syria.", ("RUS", "SYR")),
        ("Chilean students clashed with police outside Congress.", ("CHL", "CHL")),
    ],
)
def test_bare_bodies_take_the_sides_country(analyzer, text, pair):
    found = coded_countries(analyzer, text)
    assert any((src, tgt) == pair for _, src, tgt in found), found


def test_foreign_force_does_not_own_the_militants(analyzer):
    found = coded_countries(analyzer, "American soldiers killed two militants.")
    assert all(tgt != "USA" for _, _, tgt in found), found


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Saudi King Abdullah met the Jordanian foreign minister.", "Abdullah", "SAU"),
        ("Jordan's King Abdullah met the Saudi foreign minister.", "Abdullah", "JORGOV"),
        ("China accused the Dalai Lama of separatism.", "Dalai Lama", "CHNREL"),
        ("Tokyo offered Manila patrol boats.", "Manila", "PHLGOV"),
        ("Brazilian truck drivers protested outside Congress.", "Congress", "BRALEG"),
        ("Congress passed the defence bill.", "Congress", "USALEG"),
    ],
)
def test_names_resolved(analyzer, text, word, code):
    mentions = mention_codes(analyzer, text)
    assert any(word in t and c == code for t, c in mentions), mentions


def test_madrid_talks_stay_a_venue(analyzer):
    mentions = mention_codes(analyzer, "The Madrid talks ended without a deal.")
    assert not any("Madrid" in t and c for t, c in mentions), mentions


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Assailants attacked a bus in northern Kenya.", ("KEN", "KEN")),
        ("An angry mob attacked a police station in Lagos.", ("NGA", "NGA")),
        ("Boko Haram kidnapped dozens of schoolgirls in Nigeria.", ("NGA", "NGA")),
    ],
)
def test_unnamed_attackers_take_the_scene(analyzer, text, pair):
    found = coded_countries(analyzer, text)
    assert any((src, tgt) == pair for _, src, tgt in found), found
