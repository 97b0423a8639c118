"""Session 13, round 1, events: whom an act is aimed at when the parser's slots hold no actor.

The sentences are written for this test (not taken from any gold set or annotated story). Each checks that
the event coder finds the right source and target countries for one general English reading.
"""

from __future__ import annotations

import pytest
from dwtest import country3, country_triples, make_article

from dyadwatch.nlp.events import main_event

pytestmark = pytest.mark.slow


def _pairs(analyzer, text: str) -> set[tuple[str | None, str | None]]:
    """The (source country, target country) of the sentence's main event, as a one-item set (empty with none)."""
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    main = main_event(doc)
    return set() if main is None else {(country3(main.source), country3(main.target))}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a request, appeal, call or offer turned down: its author (named by "from") is the one turned down
        ("Poland rejected a request from Hungary for more gas.", ("POL", "HUN")),
        ("Egypt turned down an appeal from Sudan's government for fuel.", ("EGY", "SDN")),
        ("Japan rejected an offer from South Korea to hold talks.", ("JPN", "KOR")),
        ("Calls from Germany for a ceasefire were brushed aside by Israel.", ("ISR", "DEU")),
        # a measure named as a thing: whom it is on or against
        ("Finland is weighing a ban on Russian trucks.", ("FIN", "RUS")),
        ("Canada is considering new tariffs on Chinese steel.", ("CAN", "CHN")),
    ],
)
def test_object_points_to_target(analyzer, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(analyzer, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a promised or refused act done with one's own forces or envoys: the place or side named past them
        ("Turkey refused to pull its soldiers out of northern Iraq.", ("TUR", "IRQ")),
        ("Armenia agreed to withdraw its troops from the Azerbaijani border.", ("ARM", "AZE")),
        ("France vowed to keep its troops in Chad.", ("FRA", "TCD")),
        ("Japan pledged to send its coast guard ships to the Philippines.", ("JPN", "PHL")),
    ],
)
def test_own_forces_not_target_in_frame(analyzer, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(analyzer, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a nominal stance or act with its own infinitive: the target of the act it names
        ("Moscow's refusal to lift its blockade of Georgia was restated on Monday.", ("RUS", "GEO")),
        ("Turkey's readiness to resume gas deliveries to Bulgaria was confirmed by officials.", ("TUR", "BGR")),
        # an attack noun as the subject of the verb of its impact: whom it hit
        ("Russian missile strikes hit power plants in Ukraine's Lviv region.", ("RUS", "UKR")),
    ],
)
def test_nominal_act_target(analyzer, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(analyzer, text)


def test_attack_noun_hits_what_its_verb_hits(analyzer) -> None:
    """An attack noun under a measure ("a string of airstrikes") as the subject of the verb of its impact: the
    noun's own event is aimed where that verb's object lies (checked over every event, not the main one)."""
    text = "A string of Israeli airstrikes pounded villages in southern Lebanon."
    assert ("ISR", "LBN") in {(s, t) for s, t, _ in country_triples(analyzer, text)}
