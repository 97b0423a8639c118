"""Actors pass (session 15, round 2): a titled surname that only one listed office holder of that title bears
("President Lai"), a resolution or motion named with its sponsor ("a French-sponsored resolution"), a people named by
its ethnicity in a story set in another state ("ethnic Albanians" in a story about Kosovo), and people named as
members of a body ("doctors from two American aid groups").

The sentences are written for this test (not taken from any gold set or annotated story): each checks that the
actor of a general phrasing gets the right country or sector, or that a rule does not fire on another reading.
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs, codes_at, countries_of, mention_codes

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- a titled surname


@pytest.mark.parametrize(
    "text",
    [
        # the one listed president of that surname in office on the article's date, whatever country is near
        "President Lai condemned the Chinese military drills near the island.",
        "Three days after President Lai took office, China held drills around the island.",
        # named in full first, the surname alone (with its title) is the same person
        "Taiwan's President Lai Ching-te spoke on Monday. President Lai condemned the Chinese drills.",
    ],
)
def test_titled_surname_of_a_listed_holder(analyzer, text):
    codes = codes_at(mention_codes(analyzer, text), "Lai")
    assert codes and codes[-1] == "TWNGOV", codes


def test_titled_surname_needs_the_title_held(analyzer):
    """ "Premier Lai" on a date when no listed Lai is premier: the title names another office, not that person."""
    codes = codes_at(mention_codes(analyzer, "Premier Lai condemned the Chinese military drills."), "Lai")
    assert "TWNGOV" not in codes, codes


# --------------------------------------------------------------------------- a sponsor's resolution


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a resolution, motion or bill is its sponsor's text: rejecting or passing it is done to its author
        ("Russia vetoed a French-sponsored resolution.", ("RUS", "FRA")),
        ("China blocked a British-sponsored resolution.", ("CHN", "GBR")),
        ("Parliament passed a French-sponsored motion condemning Iran.", ("FRA", "IRN")),
    ],
)
def test_sponsored_texts_keep_their_author(analyzer, text, pair):
    found = code_pairs(analyzer, text)
    assert pair in found, found


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # a sponsored armed group or plot is the backer's proxy, never the backer itself
        ("Iranian-sponsored militias attacked the base.", "IRN"),
        ("Rebels ambushed a Russian-sponsored militia near the border.", "RUS"),
    ],
)
def test_sponsored_bodies_stay_no_party(analyzer, text, bad):
    found = code_pairs(analyzer, text)
    assert not any(bad in (s, t) for s, t in found), found


# --------------------------------------------------------------------------- an ethnic people of the setting


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # no home named in their phrase: the state the story is set in is theirs
        (
            "Fighting continued in Kosovo. Ethnic Albanians accused Serbian police of beating protesters.",
            "Albanians",
            "KSV",
        ),
        (
            "Violence flared in North Macedonia. Police said the Albanian population had attacked a checkpoint.",
            "Albanian population",
            "MKDCVL",
        ),
        ("In Estonia, ethnic Russians protested against the new language law.", "Russians", "EST"),
        # a home that names no state ("of the region") says nothing against the scene
        (
            "Clashes erupted in Romania as police beat the Hungarian population of the region.",
            "Hungarian population",
            "ROUCVL",
        ),
        # a state's own part named as where they are ("near Ukraine's border")
        ("Ethnic Hungarians rallied near Ukraine's western border, local officials said.", "Hungarians", "UKR"),
    ],
)
def test_ethnic_people_of_the_setting(analyzer, text, word, code):
    codes = codes_at(mention_codes(analyzer, text), word)
    assert code in codes, codes


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a people in a story set in their own state, or with no place named, keep their own state
        ("Ethnic Albanians protested against the Serbian government.", "Albanians", "ALB"),
        ("Albania held elections in Tirana. Ethnic Albanians voted for the ruling party.", "Albanians", "ALB"),
    ],
)
def test_ethnic_people_without_another_setting(analyzer, text, word, code):
    codes = codes_at(mention_codes(analyzer, text), word)
    assert code in codes, codes


# --------------------------------------------------------------------------- members of a body


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # people from a body are its people: its country and sector, not the scene's
        ("Doctors from two American aid groups treated wounded civilians in Gaza.", "Doctors", "USANGO"),
        ("Engineers from a Chinese state company repaired the bridge in Kenya.", "Engineers", "CHNBUS"),
        ("Volunteers from a German charity delivered food to refugees in Sudan.", "Volunteers", "DEUNGO"),
        ("Lawyers with a British rights group visited the prison in Cairo.", "Lawyers", "GBRNGO"),
    ],
)
def test_people_from_a_body(analyzer, text, word, code):
    codes = codes_at(mention_codes(analyzer, text), word)
    assert code in codes, codes


def test_people_from_a_place_stay_of_the_place(analyzer):
    """ "Doctors from Gaza": a place they come from, not a body they serve."""
    found = countries_of(analyzer, "Doctors from Gaza said hospitals had run out of fuel.", "Doctors")
    assert found == {"PSE"}, found


# --------------------------------------------------------------------------- firms at work abroad


@pytest.mark.parametrize(
    "text",
    [
        # a market firms work in says where they trade, not whose they are
        "Energy companies doing business in Iraq fear new attacks.",
        "Mining firms operating in Congo complained about the new tax.",
        "Companies investing in Vietnam face rising wages.",
    ],
)
def test_firms_at_work_abroad_are_not_the_markets(analyzer, text):
    codes = [c for t, c in mention_codes(analyzer, text) if "compan" in t or "firms" in t or "Companies" in t]
    assert codes and not any(c and c[:3] in {"IRQ", "COD", "VNM"} for c in codes), codes


def test_doing_business_is_no_actor(analyzer):
    """ "do business" names an activity, not a body that someone does something to."""
    found = mention_codes(analyzer, "Energy companies doing business in Iraq fear new attacks.")
    assert not any("business" in t for t, _ in found), found


def test_firms_at_home_keep_the_scene(analyzer):
    """A firm's own clause naming its scene still places it ("Companies in Lagos closed their shops")."""
    codes = [c for t, c in mention_codes(analyzer, "Companies in Lagos closed their shops during the strike.")]
    assert "NGABUS" in codes, codes


# --------------------------------------------------------------------------- a vehicle and those it carries


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an attack on a convoy, bus or plane carrying people is an attack on them
        ("Separatists ambushed a convoy carrying Chinese workers near the port.", "CHN"),
        ("A drone struck a bus carrying Russian soldiers near the front.", "RUS"),
        ("Gunmen attacked a minibus transporting Kenyan police officers in the north.", "KEN"),
    ],
)
def test_hit_vehicle_is_its_passengers(analyzer, text, target):
    found = code_pairs(analyzer, text)
    assert any(t and t.startswith(target) for _, t in found), found


def test_vehicle_carrying_goods_is_no_side(analyzer):
    """A truck carrying goods carries no one: the attack has no side from it."""
    found = code_pairs(analyzer, "Gunmen attacked a truck carrying Chinese goods near the border.")
    assert not any(t and t.startswith("CHN") for _, t in found), found
