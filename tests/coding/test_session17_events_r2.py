"""Events pass (session 17, round 2): main-event choice and the kind of force a weapon subject names.

- The main event: where the sentence's own clause (not a clause describing a noun, not an adverbial "after"/"as"
  clause) tells an act with a named doer, an act no one is named as doing loses to it ("X's annexation of Y was
  condemned by most of the world", "X voiced optimism about talks with Y", "X admitted responsibility for the
  attack on Y").
- A weapon as the subject of a generic armed act names the kind of force: aircraft, drones and missiles are
  CAMEO's aerial weapons (195), artillery and tanks 194 ("Israeli warplanes struck targets", "Russian missiles
  destroyed a depot"), as the passive's weapon agent already did.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import main_coded_countries

pytestmark = pytest.mark.slow

_main = main_coded_countries


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Israeli jets struck targets in southern Lebanon.", ("195", "ISR", "LBN")),
        ("Russian missiles destroyed a Ukrainian fuel depot.", ("195", "RUS", "UKR")),
        ("Ukrainian drones struck an oil refinery in southern Russia.", ("195", "UKR", "RUS")),
        ("Russian artillery shelled the Ukrainian town of Kupiansk.", ("194", "RUS", "UKR")),
    ],
)
def test_weapon_subject_names_the_force(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


def test_soldiers_as_subject_stay_conventional_force(analyzer) -> None:
    # only a machine names the kind of force; troops striking is conventional force
    assert _main(analyzer, "Israeli troops struck targets in southern Lebanon.")[0] == "190"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan expressed optimism about the new round of talks with Seoul.", ("013", "JPN")),
        ("Israel admitted responsibility for the attack on a Syrian airbase.", ("015", "ISR")),
        ("Pakistan accepted responsibility for the shelling of an Afghan border post.", ("015", "PAK")),
    ],
)
def test_act_with_named_doer_is_the_main_event(analyzer, text: str, pair: tuple) -> None:
    assert _main(analyzer, text)[:2] == pair


def test_adverbial_clause_does_not_take_over_from_the_sentence(analyzer) -> None:
    # the "as" clause sets the time of the sentence's own act, even one whose doer is not named
    assert _main(analyzer, "Two Iranian journalists were detained as Israeli jets struck Tehran.")[0] == "173"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("South Korea expressed hope for the resumption of talks with Pyongyang.", ("013", "KOR")),
        ("Australia voiced optimism about the trade negotiations with Beijing.", ("013", "AUS")),
    ],
)
def test_stance_is_the_event_not_what_it_is_about(analyzer, text: str, pair: tuple) -> None:
    assert _main(analyzer, text)[:2] == pair


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Turkey investigated the Russian air strike on its soldiers.", ("093", "TUR", "RUS")),
        ("India probed the Pakistani drone attack on its air base.", ("093", "IND", "PAK")),
    ],
)
def test_probe_of_an_act_is_aimed_at_its_author(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


def test_owned_noun_is_not_its_describing_agents(analyzer) -> None:
    # the engineer is Indian: the police in the participle only tell what befell him
    got = _main(analyzer, "The Indian engineer, arrested by Pakistani police in Lahore, was charged with spying.")
    assert got is not None and got[2] == "IND"


def test_headline_pair_joined_by_a_comma(analyzer) -> None:
    got = _main(analyzer, "Turkey, Syria sign energy deal.")
    assert got is not None and {got[1], got[2]} == {"TUR", "SYR"}
