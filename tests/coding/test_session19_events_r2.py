"""Session 19, events engineer round 2: force, joint actors, threats and the main act.

- an organized armed group's attack on a state's forces is an act of war (CAMEO 19, "all uses of conventional force
  and acts of war typically by organized armed groups"); its violence against civilians, and cruelty done to a
  captive soldier, stay unconventional violence (18);
- two states named together as the subject of cooperation, or of a disengagement from their shared border, act
  with each other; allies withdrawing together do not;
- what information given or shared is about is its topic, not the side it goes to;
- a threat whose infinitive is put after a time phrase ("threatened on Sunday to invade") is one threat, coded by
  the act threatened; "warned it could use" is a threat as "warned it would use" is;
- a halt of mediation or talks "between X and Y" falls on X and Y;
- a rejected request with a named owner is turned down to the owner, not to those the request is about;
- what is struck near a named town lies in that town's country.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, coded_countries, main_coded_countries

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("M23 rebels attacked Congolese army positions near Goma on Monday.", "COD", "COD"),
        ("Baloch separatists attacked a Pakistani military convoy in Balochistan on Saturday.", "PAK", "PAK"),
        ("FARC dissidents ambushed a Colombian army patrol in Cauca province.", "COL", "COL"),
    ],
)
def test_armed_group_attack_on_forces_is_an_act_of_war(analyzer, text, source, target):
    check_main_event(analyzer, text, "190", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed twenty villagers in an attack on a market in northwest Nigeria.",
        "The beheading of a Malian soldier by jihadists shocked Bamako.",
    ],
)
def test_armed_group_violence_off_the_battlefield_stays_unconventional(analyzer, text):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0][:2] == "18", (text, got)


@pytest.mark.parametrize(
    ("text", "code", "first", "second"),
    [
        ("India and China completed disengagement along their border.", "0874", "IND", "CHN"),
        ("Thailand and Cambodia withdrew troops from their disputed border.", "0874", "THA", "KHM"),
        ("China and Pakistan worked together on a new railway.", "060", "CHN", "PAK"),
        ("South Korea and Japan exchanged data on North Korean missiles.", "064", "KOR", "JPN"),
    ],
)
def test_a_joint_act_of_two_states_is_each_to_the_other(analyzer, text, code, first, second):
    got = set(coded_countries(analyzer, text))
    assert (code, first, second) in got and (code, second, first) in got, (text, got)


def test_allies_withdrawing_together_are_not_each_others_target(analyzer):
    got = coded_countries(analyzer, "Britain and the United States withdrew their troops.")
    assert not any(s in {"GBR", "USA"} and t in {"GBR", "USA"} for _, s, t in got), got


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Israel threatened on Sunday to invade southern Lebanon again.", "1384", "ISR", "LBN"),
        ("Pakistan threatened on Thursday to expel Afghan diplomats.", "1313", "PAK", "AFG"),
        ("The United States threatened late on Friday to impose tariffs on Chinese steel.", "1312", "USA", "CHN"),
        ("Iran warned that it could close the Strait of Hormuz to American ships.", "1381", "IRN", "USA"),
        ("North Korea warned it might use nuclear weapons against South Korea.", "1385", "PRK", "KOR"),
    ],
)
def test_the_act_threatened_is_the_main_event(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)
    # one threat, not a bare threat beside the act threatened
    assert "130" not in {c for c, _, _ in coded_countries(analyzer, text)}, text


def test_a_warning_of_others_acts_is_no_threat(analyzer):
    check_main_event(
        analyzer, "Russia warned that the conflict could spread beyond Ukraine's borders.", "130", "RUS", None
    )


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Qatar suspended its mediation between Israel and Hamas.", {"ISR", "PSE"}),
        ("Norway ended its mediation between Colombia and the ELN guerrillas.", {"COL"}),
    ],
)
def test_a_halted_mediation_falls_on_the_sides_it_was_between(analyzer, text, targets):
    got = {t for c, _, t in coded_countries(analyzer, text) if c == "165"}
    assert targets <= got, (text, got)


def test_a_rejected_request_is_not_aimed_at_what_it_asks_about(analyzer):
    got = main_coded_countries(analyzer, "South Korea rejected the North's demand for the withdrawal of U.S. troops.")
    assert got is not None and got[0][:2] == "12" and got[2] != "USA", got
    check_main_event(analyzer, "Israel rejected Cairo's proposal for a truce in Gaza on Tuesday.", "1246", "ISR", "EGY")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Israel struck targets near Damascus on Monday.", "SYR"),
        ("Russian missiles destroyed a power plant near Kyiv.", "UKR"),
        ("Israeli troops raided a village near Nablus.", "PSE"),
    ],
)
def test_what_is_struck_near_a_town_is_in_its_country(analyzer, text, target):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0][:1] == "1" and got[2] == target, (text, got)


def test_struck_near_a_border_names_no_side(analyzer):
    got = main_coded_countries(analyzer, "Turkish jets bombed Kurdish positions near the Iraqi border.")
    assert got is not None and got[2] != "IRQ", got
