"""Actors of session 8 (second round): a bare "the army" or "the police" is the force of the one country whose
force or armed acts ("Israeli strikes") the text named before; a short name two bodies share ("RSF") is the one whose
country the text names; a plain word for a person followed by "from" and a place ("a man from Syria") is someone of
that country; "the two neighbors" after two countries are that pair. Each positive case comes with the reading that
must stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, first_codes_at, mention_codes

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------- "the army" after a country's armed acts


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israeli strikes hit Gaza on Monday, killing 12 people. The army said it targeted commanders.", "ISRMIL"),
        ("Turkish airstrikes hit Kurdish positions in Iraq. The military said 20 militants were killed.", "TURMIL"),
        ("Russian shelling killed three civilians in Kharkiv. The military said it had struck only military targets.",
         "RUSMIL"),
    ],
)  # fmt: skip
def test_the_army_after_a_countrys_armed_acts_is_its_force(analyzer, text, code):
    mentions = mention_codes(analyzer, text)
    assert first_codes_at(mentions, "The army", "army", "The military", "military") == [code]


def test_the_army_after_an_attack_by_anyone_stays_unplaced(analyzer):
    # militants attack as often as armies: "a Palestinian attack ... the army" is not Palestine's army
    mentions = mention_codes(analyzer, "A Palestinian attack killed two settlers. The army said it was searching.")
    assert first_codes_at(mentions, "The army", "army") == ["MIL"]


def test_the_army_after_two_countries_acts_stays_unplaced(analyzer):
    text = "Israeli airstrikes and Iranian missiles hit targets overnight. The military said the attacks would go on."
    mentions = mention_codes(analyzer, text)
    assert first_codes_at(mentions, "The military", "military") == ["MIL"]


def test_the_struck_country_names_no_force(analyzer):
    # Gaza and Iraq are where the strikes fell, not whose army speaks
    mentions = mention_codes(analyzer, "Strikes hit Gaza on Monday. The army said it targeted commanders.")
    assert first_codes_at(mentions, "The army", "army") == ["MIL"]


def test_the_police_are_the_one_countrys_police_named_earlier(analyzer):
    text = (
        "Kenyan police fired tear gas at protesters in Nairobi on Tuesday. Opposition leaders condemned the "
        "violence. They said Uganda and Tanzania had stayed calm. The police said 20 people were arrested."
    )
    assert first_codes_at(mention_codes(analyzer, text), "The police", "police") == ["KENCOP"]


def test_the_army_far_after_a_countrys_troops_is_theirs(analyzer):
    text = (
        "Pakistani troops killed five militants near the Afghan border. The Afghan Taliban denied involvement. "
        "Residents fled. The army said the operation would continue."
    )
    assert first_codes_at(mention_codes(analyzer, text), "The army", "army") == ["PAKMIL"]


def test_the_military_after_two_countries_forces_stays_unplaced(analyzer):
    text = (
        "Russian forces advanced near Bakhmut. A Ukrainian counteroffensive stalled in the south. Officials in "
        "Kyiv met donors. The military said it repelled 12 attacks."
    )
    assert first_codes_at(mention_codes(analyzer, text), "The military", "military") == ["MIL"]


# ---------------------------------------------------------------- a short name two bodies share


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army fought the RSF in Khartoum on Sunday.",
        "The RSF paramilitary attacked El Fasher, killing dozens of Sudanese civilians.",
    ],
)
def test_rsf_in_sudan_news_is_the_rapid_support_forces(analyzer, text):
    mentions = mention_codes(analyzer, text)
    assert first_codes_at(mentions, "the RSF", "The RSF", "RSF", "The RSF paramilitary") == ["SDNREB"]


def test_rsf_elsewhere_is_the_press_group(analyzer):
    mentions = mention_codes(analyzer, "RSF condemned the arrest of journalists in Turkey.")
    assert codes_at(mentions, "RSF") == ["NGO"]


def test_rsf_with_no_country_named_is_the_press_group(analyzer):
    mentions = mention_codes(analyzer, "RSF said press freedom had declined worldwide.")
    assert codes_at(mentions, "RSF") == ["NGO"]


# ---------------------------------------------------------------- "a man from Syria"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Police in Germany arrested a man from Syria on Tuesday.", "a man", "SYR"),
        ("A boy from Gaza was shot by Israeli troops.", "A boy", "PSE"),
        ("Officials said a woman from Nairobi was among the dead.", "a woman", "KEN"),
    ],
)
def test_a_person_from_a_place_is_of_its_country(analyzer, text, phrase, code):
    assert codes_at(mention_codes(analyzer, text), phrase) == [code]


def test_a_thing_from_a_place_is_no_one(analyzer):
    # a letter or support from a country is not a person of it: the place keeps its own mention
    mentions = mention_codes(analyzer, "Iran sent a letter from Tehran to the UN.")
    assert not any(text.startswith("a letter") for text, _ in mentions)


def test_a_person_from_a_place_keeps_the_places_own_mention(analyzer):
    mentions = mention_codes(analyzer, "Police in Peru detained a woman from Bogota on Friday.")
    assert codes_at(mentions, "a woman") == ["COL"]
    assert codes_at(mentions, "Bogota") != []
    sides = {(s, t) for s, a, t in event_triples(analyzer, "Police in Peru detained a woman from Bogota on Friday.")}
    assert ("PERCOP", "COL") in sides  # the woman, not the Colombian government


# ---------------------------------------------------------------- "the two neighbors"


@pytest.mark.parametrize(
    ("text", "phrase", "pair"),
    [
        ("Thailand and Cambodia clashed on the border. The two neighbors agreed to a truce.", "The two neighbors",
         ["KHM", "THA"]),
        ("India and Pakistan exchanged fire on Sunday. Both neighbours blamed each other.", "Both neighbours",
         ["IND", "PAK"]),
    ],
)  # fmt: skip
def test_two_neighbors_counted_are_the_pair_of_countries(analyzer, text, phrase, pair):
    assert codes_at(mention_codes(analyzer, text), phrase) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda held talks. The neighbors of the victim said they heard shots.",
        "Kenya and Uganda held talks. Two neighbors said they heard shots.",
    ],
)
def test_neighbors_not_counted_as_a_pair_are_people(analyzer, text):
    codes = mention_codes(analyzer, text)
    assert not any(code in {"KEN", "UGA"} for t, code in codes if "neighbors" in t)
