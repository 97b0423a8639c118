"""Actors of session 11, second round: fighters and bombers that the text flies, scrambles, downs or names by
model are aircraft (their country's forces, or hardware when bare), not gunmen; a decree, ordinance, order or law
that acts stands for the state a modifier, a possessive or the story's one state names; "the paramilitary group",
"the mercenary group", "the militia" name again the one armed group just named, whatever sector the dictionary
gave it. Each positive case comes with the reading that must stay."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, first_codes_at, mention_codes

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------- fighters and bombers that are aircraft


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Ukraine shot down three Russian bombers over Kharkiv.", "Russian bombers", "RUSMIL"),
        ("Poland said it shot down two Russian fighters.", "Russian fighters", "RUSMIL"),
        ("Two Russian fighters escorted the bombers.", "Russian fighters", "RUSMIL"),
        ("Two U.S. B-52 bombers flew over the Korean Peninsula.", "U.S. B-52 bombers", "USAMIL"),
        ("Russian Su-35 fighters intercepted a British spy plane.", "Russian Su-35 fighters", "RUSMIL"),
    ],
)
def test_fighters_and_bombers_flown_downed_or_named_by_model_are_a_countrys_forces(analyzer, text, phrase, code):
    assert codes_at(mention_codes(analyzer, text), phrase) == [code]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russia flew two bombers near Alaska on Thursday.", "RUS"),
        ("China flew 20 fighters over the Taiwan Strait.", "CHN"),
        ("Japan scrambled fighters after Chinese planes neared Okinawa.", "JPN"),
    ],
)
def test_aircraft_a_state_flies_or_scrambles_are_no_side_of_its_act(analyzer, text, source):
    triples = event_triples(analyzer, text)
    assert triples and all(s == source for s, _, _ in triples)
    assert all(t is None or not t.endswith("REB") for _, _, t in triples)  # once "bombers" placed in Alaska: USAREB


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The United States sent two aircraft carriers to the Middle East.", "USA", None),
        ("Russia deployed helicopter gunships to Mali.", "RUS", "MLI"),
        ("France sold Rafale fighters to India.", "FRA", "IND"),
    ],
)
def test_ships_and_aircraft_a_state_sends_or_sells_are_goods_not_a_side(analyzer, text, source, target):
    triples = event_triples(analyzer, text)
    assert triples and all(s == source and t == target for s, _, t in triples)  # once RUS -> RUSMIL, FRA -> REB


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Russian gunships attacked the village.", "Russian gunships", "RUSMIL"),
        ("Two Chinese aircraft carriers sailed near Japan.", "Chinese aircraft carriers", "CHNMIL"),
    ],
)
def test_ships_named_by_a_country_still_stand_for_its_forces(analyzer, text, phrase, code):
    assert codes_at(mention_codes(analyzer, text), phrase) == [code]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Syrian fighters attacked a Kurdish village.", "Syrian fighters", "SYRREB"),
        ("Police intercepted fighters heading to Syria.", "fighters", "REB"),
        ("Fighters flew in from Libya to join the rebels.", "Fighters", "REB"),
        ("Turkey flew Syrian fighters to Libya.", "Syrian fighters", "SYRREB"),
        ("Fighters escorted the convoy to Aleppo.", "Fighters", "REB"),
        ("Hamas fighters crossed into Israel.", "Hamas fighters", "PSEREB"),
        ("The bombers detonated their vests outside a mosque in Pakistan.", "bombers", "PAKREB"),
        ("Hamas fighters flew paragliders over the border fence.", "Hamas fighters", "PSEREB"),
        ("Islamic State fighters shot down a Syrian helicopter.", "Islamic State fighters", "IMGREB"),
    ],
)
def test_fighters_and_bombers_who_are_people_stay_armed_men(analyzer, text, phrase, code):
    assert codes_at(mention_codes(analyzer, text), phrase) == [code]


# ---------------------------------------------------------------- documents that act for their state


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("A Russian law bans foreign agents from elections.", "A Russian law", "RUSGOV"),
        ("Kenya's new law restricts foreign charities.", "Kenya's new law", "KENGOV"),
        (
            "Hungary's government has tightened rules on charities. A 2020 law restricted foreign NGOs.",
            "A 2020 law",
            "HUNGOV",
        ),
        (
            "Police in Italy are checking travelers. An ordinance last month extended the curfew in Rome.",
            "An ordinance",
            "ITAGOV",
        ),
        (
            "Guinea's government imposed a curfew. A new decree extended the curfew to the whole country.",
            "A new decree",
            "GINGOV",
        ),
        ("Protesters in Kenya rejected the law. The law bans street vendors.", "The law", "KENGOV"),
    ],
)
def test_a_decree_ordinance_or_law_that_acts_stands_for_the_state_that_made_it(analyzer, text, phrase, code):
    assert codes_at(mention_codes(analyzer, text), phrase) == [code]


def test_an_ordinance_is_the_source_of_what_it_does(analyzer):
    text = "Guinea's government imposed a curfew last week. A new decree extended the curfew to the whole country."
    assert ("GINGOV", "extended the curfew", "GIN") in event_triples(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine exchanged prisoners. The law bans Ukrainian books.",  # two states in play: either's
        "Kenya held talks with Ethiopia on Monday. A new order bars Ethiopian traders.",
        "The law was passed in Peru in 2019.",  # a passive subject does nothing
        "In order to reach Chad, refugees crossed Sudan.",
    ],
)
def test_a_document_no_text_or_one_state_story_places_is_no_side(analyzer, text):
    mentions = mention_codes(analyzer, text)
    assert not any(t.lower().endswith(("law", "order")) for t, _ in mentions)


def test_a_decree_signed_by_a_leader_is_not_his_act_on_himself(analyzer):
    triples = event_triples(analyzer, "The decree, signed by President Macron, banned protests in Paris.")
    assert not any(s == t == "FRAGOV" and w == "signed" for s, w, t in triples)


# ---------------------------------------------------------------- an armed group named again by its kind


@pytest.mark.parametrize(
    ("text", "phrases", "code"),
    [
        (
            "The RSF attacked El Fasher on Sunday. The paramilitary group said it had killed 50 soldiers.",
            ("The paramilitary group", "paramilitary group"),
            "SDNREB",
        ),
        (
            "The Wagner Group sent fighters to Mali. The mercenary group denied killing civilians.",
            ("The mercenary group", "mercenary group"),
            "RUSUAF",
        ),
        (
            "The Houthis fired a missile at a ship. The militia said it would keep up attacks.",
            ("The militia",),
            "YEMREB",
        ),
        (
            "M23 seized Goma in January. The rebel force said it would march on Kinshasa.",
            ("The rebel force", "rebel force"),
            "CODREB",
        ),
    ],
)
def test_an_armed_group_named_again_by_its_kind_takes_the_groups_code(analyzer, text, phrases, code):
    assert first_codes_at(mention_codes(analyzer, text), *phrases) == [code]


def test_a_paramilitary_force_after_a_states_army_is_not_that_army(analyzer):
    mentions = mention_codes(
        analyzer, "Sudan's army shelled Omdurman. The paramilitary force said it had taken the city."
    )
    assert "SDNMIL" not in first_codes_at(mentions, "The paramilitary force", "paramilitary force", "force")


def test_the_military_after_an_army_and_a_rebel_group_stays_the_army(analyzer):
    mentions = mention_codes(analyzer, "Sudan's army attacked the RSF. The military said it had taken the city.")
    assert first_codes_at(mentions, "The military", "military") == ["SDNMIL"]


_TOURISTS = "Tourists from the United States and Britain are returning to Greece. "


def test_a_document_after_one_states_government_is_that_governments(analyzer):
    text = (
        _TOURISTS + "The Greek government has refused to lift the rules. A decree last month extended the quarantine."
    )
    assert codes_at(mention_codes(analyzer, text), "A decree") == ["GRCGOV"]


@pytest.mark.parametrize(
    "between",
    [
        "The Greek and Turkish governments have refused to lift the rules.",  # two states' governments
        "The U.S. president said he was pleased.",  # a person, who speaks of other states' acts too
    ],
)
def test_a_document_after_two_governments_or_a_leader_stays_unplaced(analyzer, between):
    text = _TOURISTS + between + " A decree last month extended the quarantine for travelers."
    assert not codes_at(mention_codes(analyzer, text), "A decree")
