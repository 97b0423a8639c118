"""dyadwatch_actors on patterns of real news stories: transcript turn labels, plurals that point back
to a pair just named, and role-only agents that take the country of the sentence before."""

from __future__ import annotations

import pytest
from dwtest import codes_at as _codes_at
from dwtest import event_triples as _events
from dwtest import mention_codes as _mentions

pytestmark = pytest.mark.slow


def test_realnews_turn_label_is_no_actor_of_its_sentence(analyzer):
    text = "The interview was edited. Reuters: Kenya's President William Ruto visited Uganda last week."
    mentions = _mentions(analyzer, text)
    assert not _codes_at(mentions, "Reuters")
    assert not any(s == "---MED" or (s or "").endswith("MED") for s, _, _ in _events(analyzer, text))


def test_realnews_label_needs_a_line_start_and_a_name(analyzer):
    # a colon after a lowercase clause introduces what was said: the subject stays an actor
    mentions = _mentions(analyzer, "Kenya said on Monday: Uganda must withdraw its troops.")
    assert _codes_at(mentions, "Kenya") == ["KEN"]


def test_realnews_both_leaders_stand_for_the_two_just_named(analyzer):
    text = (
        "Kenyan President William Ruto arrived in Kampala on Tuesday. "
        "After talks with Ugandan President Yoweri Museveni, both leaders condemned the attack. "
        "The presidents signed three agreements."
    )
    mentions = _mentions(analyzer, text)
    assert _codes_at(mentions, "leaders") == ["KENGOV", "UGAGOV"]
    assert _codes_at(mentions, "presidents") == ["KENGOV", "UGAGOV"]
    events = _events(analyzer, text)
    assert ("KENGOV", "signed three agreements", "UGAGOV") in events
    assert ("UGAGOV", "signed three agreements", "KENGOV") in events


def test_realnews_the_two_countries_are_the_pair_named_before(analyzer):
    mentions = _mentions(analyzer, "Peru and Chile held talks in Lima. The two countries agreed to share data.")
    assert _codes_at(mentions, "The two countries") == ["CHL", "PER"]


def test_realnews_plural_stays_role_only_when_not_a_pair(analyzer):
    three = _mentions(analyzer, "Peru, Chile and Bolivia held talks. The leaders agreed to share data.")
    assert not any(c in {"PERGOV", "CHLGOV", "BOLGOV"} for t, c in three if t == "leaders")
    other = _mentions(analyzer, "Peru and Chile held talks. Other countries agreed to share data.")
    assert not _codes_at(other, "Other countries")
    bare = _mentions(analyzer, "Peru and Chile held talks. Leaders across the region agreed to share data.")
    assert _codes_at(bare, "Leaders") in ([], ["GOV"])


def test_realnews_officials_take_the_one_country_of_the_sentence_before(analyzer):
    text = "Floods hit the south of Bangladesh on Sunday. Officials said thousands of people were evacuated."
    assert _codes_at(_mentions(analyzer, text), "Officials") == ["BGDGOV"]


def test_realnews_officials_stay_role_only_when_the_sentence_before_is_ambiguous(analyzer):
    two = "India and Pakistan exchanged fire on Sunday. Officials said three soldiers died."
    assert _codes_at(_mentions(analyzer, two), "Officials") == ["GOV"]
    far = "Floods hit Bangladesh on Sunday. Rain continued. Officials said thousands were evacuated."
    assert _codes_at(_mentions(analyzer, far), "Officials") == ["GOV"]


def test_realnews_officials_stay_role_only_when_their_sentence_has_a_country_word(analyzer):
    text = "A charity based in Japan sent tents. Authorities said the Australian summer would be hot."
    assert _codes_at(_mentions(analyzer, text), "Authorities") == ["GOV"]
