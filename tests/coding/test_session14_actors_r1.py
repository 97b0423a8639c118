"""Actors pass (session 14, round 1): news outlets and agencies with the country a dictionary fact gives, bodies
named after a trade ("the Kenya Farmers Union"), and a definite "the government" that cannot be the co-argument
it would repeat ("Washington criticized the government").

The sentences are written for this test (not taken from any gold set or annotated story): each checks that the
actor of a general phrasing gets the right country or sector, or that a rule does not fire on another reading.
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs, mention_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # state and national news agencies, broadcasters and papers: MED of their country
        ("Xinhua accused Washington of hypocrisy over trade.", ("CHNMED", "USAGOV")),
        ("KCNA threatened Seoul with retaliation.", ("PRKMED", "KORGOV")),
        ("IRNA accused Israel of sabotage at the nuclear site.", ("IRNMED", "ISR")),
        ("Russian state news agency TASS accused Kyiv of shelling a school.", ("RUSMED", "UKRGOV")),
        ("The Global Times criticized Japan over its defence budget.", ("CHNMED", "JPN")),
        ("Anadolu accused Greek coast guards of pushing back migrants.", ("TURMED", "GRCCOP")),
        # what a state does to a named outlet of another state is aimed at that state's media
        ("Israel banned Al Jazeera from reporting in the country.", ("ISR", "QATMED")),
        ("Russia blocked access to the BBC.", ("RUS", "GBRMED")),
        ("Moscow expelled a correspondent of Deutsche Welle.", ("RUSGOV", "DEUMED")),
    ],
)
def test_outlet_countries(analyzer, text, pair):
    assert pair in code_pairs(analyzer, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a body named after the people of a trade is of that sector, and of the country it is named after
        ("The Kenya Farmers Union criticized the government over fertilizer prices.", "KENAGR"),
        ("The Ghana Teachers Association called a strike.", "GHAEDU"),
        ("The Zambia Miners Union rejected the new mining tax.", "ZMBLAB"),
    ],
)
def test_trade_bodies(analyzer, text, code):
    codes = [c for _, c in mention_codes(analyzer, text)]
    assert code in codes


def test_trade_body_without_a_country(analyzer):
    """The named body with no country word still takes its trade's sector ("the National Farmers Union")."""
    codes = {t: c for t, c in mention_codes(analyzer, "The National Farmers Union criticized the new tariffs.")}
    assert any("Union" in t and c == "AGR" for t, c in codes.items())


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # a definite description is not its own co-argument: English says "itself" or "its own" for that
        ("Washington criticized the government over the crackdown.", ("USAGOV", "USAGOV")),
        ("The Kremlin accused the government of provoking the crisis.", ("RUSGOV", "RUSGOV")),
        ("Beijing urged the government to release the fishermen.", ("CHNGOV", "CHNGOV")),
        ("The Pentagon accused the military of abusing detainees.", ("USAMIL", "USAMIL")),
        ("Russian troops attacked the army near Kharkiv.", ("RUSMIL", "RUSMIL")),
        ("Hamas accused the group of violating the truce.", ("PSEREB", "PSEREB")),
    ],
)
def test_no_self_coreference(analyzer, text, bad):
    assert bad not in code_pairs(analyzer, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the description still refers back across clauses and sentences
        ("Hamas fighters ambushed a patrol. The group said it killed three soldiers.", ("PSEREB", None)),
        ("Al-Shabaab seized the town. The group later executed two policemen.", ("SOMREB", "SOMCOP")),
    ],
)
def test_coreference_kept(analyzer, text, pair):
    sources = {s for s, _ in code_pairs(analyzer, text)}
    assert pair[0] in sources


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # after a verb of giving, a country's bare name before hardware is the receiver, not that country's army
        ("Russia sent Syria tanks last year.", ("RUS", "SYR")),
        ("Moscow sold India fighter jets in 2019.", ("RUSGOV", "IND")),
        ("China supplied Pakistan warships.", ("CHN", "PAK")),
    ],
)
def test_receiver_of_goods(analyzer, text, pair):
    assert pair in code_pairs(analyzer, text)


def test_own_hardware_kept(analyzer):
    """A demonym still says whose the hardware is: "Syrian tanks shelled the town" is Syria's army."""
    assert any(c == "SYRMIL" for _, c in mention_codes(analyzer, "Syrian tanks shelled the town."))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an outlet named as who tells the story says nothing of where the story is set
        (
            "Thousands marched in Nairobi on Monday, Xinhua reported. The police arrested dozens of protesters.",
            ("KENCOP", "KENOPP"),
        ),
        (
            "Crowds marched in Nairobi on Monday, according to Xinhua and Reuters. The government banned the rallies.",
            ("KENGOV", None),
        ),
    ],
)
def test_outlet_is_no_setting(analyzer, text, pair):
    assert pair in code_pairs(analyzer, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a country's own group deals with its own state's ministries as with its government
        ("Kenyan farmers criticized the agriculture ministry over seed prices.", ("KENAGR", "KENGOV")),
        ("The Zambia Miners Union accused the ministry of ignoring safety rules.", ("ZMBLAB", "ZMBGOV")),
    ],
)
def test_home_ministry(analyzer, text, pair):
    assert pair in code_pairs(analyzer, text)


def test_exiles_leave_the_ministry_unplaced(analyzer):
    """A group away from home speaks as often of another state's ministry."""
    assert ("IRNOPP", "IRNGOV") not in code_pairs(analyzer, "Iranian exiles criticized the ministry.")


def test_shared_subject_is_no_setting(analyzer):
    """A subject shared by coordinated verbs is an argument of each: the state it criticizes in the second verb is
    as often another, so "the ministry" is not that state's own."""
    text = "The ministry holds briefings twice a day and criticized Israel on Monday."
    assert ("ISRGOV", "ISR") not in code_pairs(analyzer, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a short name in brackets inside a body's name leaves the name whose it is
        ("Zambia Miners Union (ZMU) officials rejected the new mining tax.", "ZMBLAB"),
        ("Ghana Teachers Association (GTA) leaders called a strike.", "GHAEDU"),
    ],
)
def test_bracketed_short_name(analyzer, text, code):
    assert code in {s for s, _ in code_pairs(analyzer, text)}
