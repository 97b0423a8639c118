"""Actors pass (session 14, round 2): a short name the text itself spells out ("Reporters Without Borders (RSF)"),
the people of a body named after a trade ("Kenya Farmers Union leaders"), and outlets no dictionary knows named
as a "daily", "weekly" or "tabloid" ("the pro-government daily Yeni Safak").

The sentences are written for this test (not taken from any gold set or annotated story): each checks that the
actor of a general phrasing gets the right code, or that a rule does not fire on another reading.
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs, mention_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a short name spelled out in parentheses is that body throughout the text, whatever country is named
        (
            "Reporters Without Borders (RSF) said Sudan jailed three reporters. RSF condemned the Sudanese army.",
            ("NGO", "SDNMIL"),
        ),
        (
            "Reporters Without Borders (RSF) condemned the arrests in Sudan. RSF accused Khartoum of censorship.",
            ("NGO", "SDNGOV"),
        ),
        # and the other body of that short name, spelled out, stays the armed group
        (
            "The Rapid Support Forces (RSF) attacked El Fasher. Sudan's army accused the RSF of killing civilians.",
            ("SDNMIL", "SDNREB"),
        ),
    ],
)
def test_spelled_out_short_names(analyzer, text, pair):
    assert pair in code_pairs(analyzer, text)


def test_short_name_without_spelling_keeps_the_named_country(analyzer):
    """No spelling in the text: the country the text names still tells the two bodies apart (the older rule)."""
    assert ("SDNMIL", "SDNREB") in code_pairs(analyzer, "Sudan's army accused the RSF of attacking civilians.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the leaders, officials or members of a body named after a trade speak for that trade
        ("Kenya Farmers Union leaders criticized the government over fertilizer prices.", "KENAGR"),
        ("Ghana Teachers Union officials rejected the new pay offer.", "GHAEDU"),
        ("Nigeria Doctors Union members walked out of the talks.", "NGAHLH"),
    ],
)
def test_people_of_trade_bodies(analyzer, text, code):
    codes = [c for _, c in mention_codes(analyzer, text)]
    assert code in codes
    assert not any(c and c.endswith("LAB") for c in codes)


def test_union_leaders_without_a_trade_stay_labour(analyzer):
    """Plain "union leaders" are labour's: the rule needs a trade named in the body's name."""
    codes = [c for _, c in mention_codes(analyzer, "Kenyan union leaders criticized the government.")]
    assert "KENLAB" in codes


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an outlet no dictionary knows, named as a daily, weekly or tabloid: media, of the country the text gives
        ("The pro-government daily Yeni Gazete accused Greece of provocation.", ("MED", "GRC")),
        ("The Turkish daily Yeni Gazete accused Greece of provocation.", ("TURMED", "GRC")),
        ("The Kenyan weekly Taifa Leo accused Uganda of harassing its reporters.", ("KENMED", "UGA")),
        ("The British tabloid Daily Clarion accused France of hypocrisy.", ("GBRMED", "FRA")),
    ],
)
def test_unknown_outlets(analyzer, text, pair):
    assert pair in code_pairs(analyzer, text)


def test_daily_as_an_adverb_names_no_outlet(analyzer):
    """ "Daily" is mostly an adjective of time: "daily Russian attacks" name no newspaper."""
    codes = [c for _, c in mention_codes(analyzer, "Ukraine accused Russia of daily attacks on Kharkiv.")]
    assert not any(c and c.endswith("MED") for c in codes)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a person described once ("X, a Venezuelan student leader") is that person when named again by surname,
        # whatever the entity tagger calls the lone surname
        (
            "Carlos Mendez, a Venezuelan student leader, organized the march. Police detained Mendez on Tuesday.",
            ("VENCOP", "VENEDU"),
        ),
        (
            "Farida Osman, an Egyptian journalist, covered the trial. Prosecutors charged Osman with spreading lies.",
            ("EGYJUD", "EGYMED"),
        ),
    ],
)
def test_described_people_named_again(analyzer, text, pair):
    assert pair in code_pairs(analyzer, text)


def test_surname_that_is_a_place_stays_the_place(analyzer):
    """A dictionary place keeps its own mention: "Jordan" after "Michael Jordan, an American lawyer"."""
    text = "Michael Jordan, an American lawyer, visited Amman. Israel accused Jordan of hosting militants."
    assert ("ISR", "JOR") in code_pairs(analyzer, text)
