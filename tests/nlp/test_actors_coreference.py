"""dyadwatch_actors on a cross-sentence reference: a coded person's later bare surname or full name."""

from __future__ import annotations

import pytest
from dwtest import codes_at as _codes_at
from dwtest import event_triples as _events
from dwtest import mention_codes as _mentions

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------- later surnames


def test_surname_of_titled_unknown_person_the_tagger_calls_org(analyzer):
    text = "Guatemalan journalist Jose Ruben Zamora was arrested. The United States condemned the arrest of Zamora."
    mentions = _mentions(analyzer, text)
    assert _codes_at(mentions, "Jose Ruben Zamora") == ["GTMMED"]
    assert _codes_at(mentions, "Zamora") == ["GTMMED"]


def test_surname_of_dictionary_person_without_surname_alias(analyzer):
    text = "Hong Kong publisher Jimmy Lai was convicted. Lai criticized the court."
    mentions = _mentions(analyzer, text)
    assert _codes_at(mentions, "Lai") == ["HKGMED"]
    assert any(src == "HKGMED" and act == "criticized" for src, act, _ in _events(analyzer, text))


def test_full_name_again_joins_the_first_mention(analyzer):
    text = (
        "Guatemalan journalist Jose Ruben Zamora was arrested on Monday. "
        "Rights groups said Jose Ruben Zamora had done nothing wrong."
    )
    assert _codes_at(_mentions(analyzer, text), "Jose Ruben Zamora") == ["GTMMED", "GTMMED"]


def test_surname_before_the_first_mention_is_not_linked(analyzer):
    text = "Zamora was not available. Guatemalan journalist Jose Ruben Zamora was arrested on Monday."
    assert _codes_at(_mentions(analyzer, text), "Zamora") == []


def test_surname_shared_by_two_people_is_not_linked(analyzer):
    text = (
        "Guatemalan journalist Jose Ruben Zamora was arrested. His son, Ramon Zamora, a lawyer, spoke to reporters. "
        "The United States condemned the arrest of Zamora."
    )
    assert _codes_at(_mentions(analyzer, text), "Zamora") == []


def test_surname_shared_by_a_person_named_before_is_not_linked(analyzer):
    text = (
        "Maria Zamora met officials. Guatemalan journalist Jose Ruben Zamora was arrested. Zamora criticized the court."
    )
    assert _codes_at(_mentions(analyzer, text), "Zamora") == []


def test_surname_as_noun_modifier_is_not_the_person(analyzer):
    text = "Guatemalan journalist Jose Ruben Zamora was arrested. Officials closed the Zamora Foundation."
    assert _codes_at(_mentions(analyzer, text), "Zamora") == []
