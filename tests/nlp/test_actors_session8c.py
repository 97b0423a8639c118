"""Actors of session 8 (third round): both sides of a hyphenated pair ("U.S.-China talks", "Israel-Hamas talks",
"Washington-Beijing talks") are mentions of their own, with their own offsets, even inside one token; a weapon named
by no country ("the sale of F-16 jets", "will send tanks") is goods, not a military side, unless it does the act; an
agent owned by a pronoun ("its nationals in Sudan") is the owner's, not the scene's. Each positive case comes with
the reading that must stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, make_article, mention_codes

pytestmark = pytest.mark.slow


def _spans(analyzer, text: str) -> list[tuple[str, str, str | None]]:
    """(mention text, the text its offsets cut out of the article, code) of every mention."""
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return [(m.text, doc.text[m.start_char : m.end_char], m.code) for m in doc._.dw_mentions]


# ---------------------------------------------------------------- hyphenated pairs


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("U.S.-China talks resumed in Geneva on Monday.", ("USA", "CHN")),
        ("Negotiators began U.S.-Iran talks in Oman.", ("USA", "IRN")),
        ("The U.S.-Taliban deal was signed in Doha.", ("USA", "AFG")),
        ("U.K.-EU talks resumed in Brussels.", ("GBR", "IGOEUR")),
    ],
)
def test_both_sides_of_a_pair_inside_one_token_are_mentions(analyzer, text, sides):
    codes = {c for _, c in mention_codes(analyzer, text) if c}
    for side in sides:
        assert any(c.startswith(side) for c in codes), codes


@pytest.mark.parametrize("text", ["U.S.-China talks resumed in Geneva on Monday.", "Officials held U.S.-Iran talks."])
def test_each_side_of_a_one_token_pair_has_its_own_offsets(analyzer, text):
    spans = _spans(analyzer, text)
    pair = [(t, cut) for t, cut, _ in spans if t in {"U.S.", "China", "Iran"}]
    assert len(pair) == 2 and all(t == cut for t, cut in pair), spans


@pytest.mark.parametrize(
    "text",
    [
        "U.S.-backed forces attacked the town.",
        "The U.S.-Mexican border is long.",
        "Iran-backed militias fired rockets at the base.",
    ],
)
def test_one_name_in_a_hyphenated_word_still_only_qualifies(analyzer, text):
    codes = [c for _, c in mention_codes(analyzer, text)]
    assert "USA" not in codes and "IRN" not in codes, codes


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel-Hamas talks collapsed on Friday.", ("ISR", "PSEREB")),
        ("Hamas-Israel talks collapsed on Friday.", ("PSEREB", "ISR")),
    ],
)
def test_a_hyphen_does_not_make_an_armed_group_the_countrys(analyzer, text, pair):
    mentions = mention_codes(analyzer, text)
    codes = [c for _, c in mentions]
    assert "ISRREB" not in codes
    assert set(pair) <= set(codes), mentions


def test_a_group_after_a_countrys_possessive_is_still_combined(analyzer):
    assert "RWALEG" in [c for _, c in mention_codes(analyzer, "Rwanda's Senate approved the budget on Tuesday.")]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Washington-Beijing talks resumed on Monday.", "Washington", "Beijing"),
        ("Moscow-Kyiv talks stalled again.", "Moscow", "Kyiv"),
    ],
)
def test_two_capitals_joined_by_a_hyphen_are_both_sides(analyzer, text, first, second):
    mentions = mention_codes(analyzer, text)
    assert codes_at(mentions, first) and codes_at(mentions, second), mentions


def test_a_capital_before_talks_alone_is_still_a_venue(analyzer):
    assert codes_at(mention_codes(analyzer, "The Doha talks ended without a deal."), "Doha") == []


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # session 14: talks that "collapsed" are news of their end, not talks held (`ended_by_predicate`)
        ("Israel-Hamas talks began on Friday.", "ISR", "PSEREB"),
        ("Washington-Beijing talks resumed on Monday.", "USAGOV", "CHNGOV"),
    ],
)
def test_the_pair_rule_of_the_events_gets_both_sides(analyzer, text, a, b):
    triples = {(s, t) for s, _, t in event_triples(analyzer, text)}
    assert (a, b) in triples and (b, a) in triples, triples


# ---------------------------------------------------------------- weapons


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The United States approved the sale of F-16 jets to Turkey.", "TUR"),
        ("Iran supplied drones to Russia.", "RUS"),
        ("Germany will send tanks and air defenses to Ukraine.", "UKR"),
    ],
)
def test_a_weapon_of_no_country_given_or_sold_is_not_the_target(analyzer, text, target):
    triples = event_triples(analyzer, text)
    assert not any(t and t.endswith("MIL") for _, _, t in triples), triples
    assert any(t == target for _, _, t in triples), triples


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian drones struck Kyiv overnight.", "RUSMIL"),
        ("Ukraine shot down 20 Russian drones.", "RUSMIL"),
        ("Israeli jets bombed Gaza on Sunday.", "ISRMIL"),
    ],
)
def test_a_weapon_with_its_countrys_name_is_that_countrys_force(analyzer, text, code):
    assert code in [c for _, c in mention_codes(analyzer, text)]


def test_a_bare_weapon_doing_the_act_is_still_a_force(analyzer):
    assert codes_at(mention_codes(analyzer, "Drones struck a market in the town."), "Drones") == ["MIL"]


def test_a_bare_weapon_as_object_has_no_code(analyzer):
    mentions = mention_codes(analyzer, "Turkey bought tanks and helicopters last year.")
    assert not any(c and c.endswith("MIL") for _, c in mentions), mentions


# ---------------------------------------------------------------- an owner's people abroad


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("China evacuated its nationals in Sudan.", "nationals", "CHNCVL"),
        ("Turkey warned its students in Ukraine to leave.", "students", "TUREDU"),
        ("Japan flew its citizens out of Sudan.", "citizens", "JPNCVL"),
    ],
)
def test_an_owners_people_abroad_are_the_owners(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_people_with_no_owner_still_take_the_scene(analyzer):
    mentions = mention_codes(analyzer, "The police arrested protesters in Cairo.")
    assert codes_at(mentions, "protesters") == ["EGYOPP"]


def test_a_think_tank_as_object_keeps_its_code(analyzer):
    assert codes_at(mention_codes(analyzer, "Analysts praised think tanks for the study."), "think tanks") == ["NGO"]


def test_a_weapon_in_apposition_to_the_acting_one_keeps_its_force(analyzer):
    text = "An Indian warship, a guided-missile destroyer, paid a visit to the port."
    assert codes_at(mention_codes(analyzer, text), "destroyer") == ["INDMIL"]
