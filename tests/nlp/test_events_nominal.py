"""Acts named by nouns (with their parties attached by possessives, adjectives and prepositions) and
agentless passives whose target is an actor."""

from __future__ import annotations

import pytest
from dwtest import make_article

pytestmark = pytest.mark.slow


def _coded(analyzer, text: str) -> list[tuple[str | None, str, str | None, str]]:
    """(source code, trigger, target code, CAMEO code) for each event, in text order."""
    record = analyzer.analyze(make_article(text))
    return [
        (e.source.code if e.source else None, e.action.text, e.target.code if e.target else None, e.cameo)
        for e in record.events
    ]


def _triples(events) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of each event."""
    return {(s[:3] if s else None, t[:3] if t else None, code[:2]) for s, _, t, code in events}


def test_war_fought_in_a_foreign_country_is_aimed_at_it(analyzer):
    events = _coded(analyzer, "Farmers in Poland say Russia's war in Ukraine has raised grain prices.")
    assert ("RUS", "UKR", "19") in _triples(events)


def test_war_in_a_country_with_no_author_is_no_event(analyzer):
    events = _coded(analyzer, "Grain prices rose as the war in Ukraine entered its third year.")
    assert not [e for e in events if e[1] == "war"]


def test_possessive_author_makes_an_untargeted_noun_event(analyzer):
    events = _coded(analyzer, "Brazil's refusal surprised the negotiators in Geneva.")
    assert ("BRA", None, "12") in _triples(events)


def test_by_phrase_names_the_author_even_when_hung_on_the_frame_noun(analyzer):
    events = _coded(analyzer, "Lithuania is alone in the face of economic coercion by China.")
    assert ("CHN", None, "17") in _triples(events)


def test_from_phrase_names_who_a_protest_noun_came_from(analyzer):
    events = _coded(analyzer, "Criticism from Japan of the proposal grew louder last week.")
    assert any(s and s.startswith("JPN") and code[:2] == "11" for s, _, _, code in events)


def test_generic_measures_need_someone_they_are_aimed_at(analyzer):
    aimed = _coded(analyzer, "Canada's punitive measures against Chile hurt its farmers.")
    assert ("CAN", "CHL", "16") in _triples(aimed)
    unaimed = _coded(analyzer, "Canada's new measures were popular with voters.")
    assert not [e for e in unaimed if e[1] == "measures"]


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked questions about the sanctions.",  # a topic, not an act reported here
        "The trial resumed on Monday.",  # no actor in its own phrase
        "The pandemic restrictions hurt hotels in Rome.",  # a rule in force, no author named
    ],
)
def test_nouns_without_an_attached_actor_are_not_events(analyzer, text):
    nominal = {"sanctions", "trial", "restrictions"}
    assert not [e for e in _coded(analyzer, text) if e[1] in nominal]


def test_passive_participle_after_a_noun_targets_that_noun(analyzer):
    events = _coded(analyzer, "Three Kenyan fishermen detained in Somalia were freed on Friday.")
    detained = [e for e in events if e[1] == "detained"]
    assert detained and detained[0][0] is None and (detained[0][2] or "").startswith("KEN")
    assert detained[0][3][:2] == "17"


def test_passive_conjunct_shares_the_subject_as_target(analyzer):
    events = _coded(analyzer, "Two Peruvians have confessed to or been charged with smuggling.")
    charged = [e for e in events if e[1] == "charged"]
    assert charged and (charged[0][2] or "").startswith("PER") and charged[0][0] is None
