"""Session 20, events engineer round 1: sides in long wire sentences.

- being answerable for an act names its doer, as a "by" phrase does: the subject of "was responsible for the
  attack", "was behind the killing", "claimed responsibility for the strike", the object of "held X responsible
  for"; a denial or a negation names no doer;
- an act said (by another) to be someone's doing is an accusation of them (112), as "claimed that" is;
- a claim of responsibility with no target of its own is aimed where the act it owns up to was;
- what two subjects do together "at" a body's seat ("signed a deal at the White House") is done at that place,
  which is no partner, nor the partner of the participle that follows;
- what is handed over (extradition, aid, return or release) "to" a state goes to that state where the people or
  things handed over have no country of their own known;
- accord, a coordinated stand, a truce, and what two states agreed to do together, with no one else named, are
  had with each other;
- a participle set off by a comma after a clause with an object-control infinitive is the clause subject's act,
  not that of the one told to act.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries, country_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The militia said it was responsible for the rocket attack on northern Israel.", None),
        ("Russia claimed responsibility for the strike on Kharkiv.", ("RUS", "UKR")),
    ],
)
def test_answerable_subject_is_the_doer(analyzer, text, triple):
    force = [(s, t) for code, s, t in coded_countries(analyzer, text) if code[:2] in {"18", "19"}]
    assert force, text
    if triple is not None:
        assert triple in force, (text, force)
    else:
        assert all(s is not None for s, _ in force), (text, force)


def test_act_said_to_be_anothers_doing_is_an_accusation(analyzer):
    got = coded_countries(analyzer, "Kenya said Somalia was behind the killing of two Kenyan soldiers near the border.")
    assert ("112", "KEN", "SOM") in got, got
    own = coded_countries(analyzer, "The militia said it was responsible for the rocket attack on northern Israel.")
    assert not any(code == "112" for code, _, _ in own), own


def test_denied_responsibility_names_no_doer(analyzer):
    text = "Egypt denied it was responsible for the attack on Sudanese troops."
    force = [(s, t) for code, s, t in coded_countries(analyzer, text) if code[:2] in {"18", "19"}]
    assert all(s != "EGY" for s, _ in force), force


def test_claim_of_responsibility_takes_the_acts_target(analyzer):
    got = coded_countries(analyzer, "Russia claimed responsibility for the missile strike on Odesa.")
    assert ("015", "RUS", "UKR") in got, got


def test_at_a_seat_is_no_partner(analyzer):
    text = "Serbia and Kosovo signed a border agreement at the White House on Monday, ending years of dispute."
    got = country_triples(analyzer, text)
    assert ("SRB", "KSV", "057") in got or ("SRB", "KOS", "057") in got, got
    assert all(t != "USA" for _, t, _ in got), got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Brazil extradited the gang leader to Paraguay on Friday.", "BRA", "PRY"),
        ("Ukraine returned the bodies of 300 soldiers to Russia.", "UKR", "RUS"),
    ],
)
def test_handed_to_a_state(analyzer, text, source, target):
    got = [(s, t) for code, s, t in coded_countries(analyzer, text) if code[:2] in {"06", "07", "08"}]
    assert (source, target) in got, (text, got)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Spain and Portugal share the same position on migration.", "ESP", "PRT"),
        ("Thailand and Cambodia declared a truce on Sunday.", "THA", "KHM"),
        ("Chile and Peru coordinated their positions ahead of the summit.", "CHL", "PER"),
        ("Japan and Vietnam agreed to expand trade.", "JPN", "VNM"),
    ],
)
def test_shared_acts_are_with_each_other(analyzer, text, a, b):
    pairs = {(s, t) for _, s, t in coded_countries(analyzer, text)}
    assert (a, b) in pairs and (b, a) in pairs, (text, pairs)


def test_shared_act_with_someone_else_is_not_mutual(analyzer):
    pairs = {(s, t) for _, s, t in coded_countries(analyzer, "Japan and Vietnam agreed to expand trade with Laos.")}
    assert ("JPN", "VNM") not in pairs, pairs


def test_participle_after_an_order_is_the_subjects(analyzer):
    text = "Mali ordered the French ambassador to leave the country, accusing France of backing rebels."
    got = coded_countries(analyzer, text)
    accusations = [(s, t) for code, s, t in got if code[:3] == "112"]
    assert ("MLI", "FRA") in accusations, got
