"""Session 19, events engineer round 3: frames, threats, protests and triggers.

- "would" under a verb that lets a stance be read ("signaled", "indicated", "hinted") is the future of the source's
  own plan, as under "said": an intent (03), not a hypothetical;
- what an armed group threatens is read as its deed would be (`_fight`): a threat to kill people who are no armed
  force is a threat of unconventional violence (1383); a state's threat to attack stays 1384;
- a that-clause is headed by its verb even where the small model tags a bare subjunctive as a noun ("demanded that
  the president resign"), so the demand is coded by what it asks for;
- armed craft (warships, coast guard vessels) asked to leave are forces asked to withdraw (1056);
- a unit named by its arm ("the air force", "artillery units") fights with that arm's weapons (195, 194);
- a protest done to protest against something has the aim its own clause names (1442, 1432);
- "off" a coast is where a seizure took place, not the place seized (1711, not 192);
- a pronoun-owned act the verb's row names ("suspended its mediation between X and Y") is the subject's, no
  second act by the sides it names;
- private people "in" a country are not its state; what information is about is no event; markets rally, crowds
  protest.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded, event_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("South Korea signaled it would lift its export curbs on Japanese chemicals.", "0354", "KOR", "JPN"),
        ("Egypt indicated it would hold talks with Ethiopia on the dam next month.", "036", "EGY", "ETH"),
        ("Poland hinted that it would supply more tanks to Ukraine.", "0332", "POL", "UKR"),
    ],
)
def test_would_under_signal_verbs_is_an_intent(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)


def test_would_under_a_modal_stays_hypothetical(analyzer):
    # no signal verb: a bare "would" of a condition is no intent
    check_not_coded(analyzer, "Lifting the curbs on Japanese chemicals would help South Korea.", "035")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Al Shabaab militants threatened to kill the abducted aid workers.", "1383"),
        ("Islamist gunmen in Burkina Faso threatened to kill villagers who join the militia.", "1383"),
        ("Russia threatened to attack Moldovan ports.", "1384"),
    ],
)
def test_threat_is_read_as_the_deed(analyzer, text, code):
    check_main_event(analyzer, text, code, None, None)


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Opposition lawmakers in Ghana demanded that the finance minister resign.", "1041", "GHA", None),
        ("Ankara demanded that Athens hand over the fugitive officers.", "1013", "TUR", "GRC"),
        ("Tokyo demanded that Chinese naval vessels leave its territorial waters.", "1056", "JPN", "CHN"),
    ],
)
def test_subjunctive_tagged_as_noun(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)


def test_ordinary_ships_asked_to_leave_are_no_withdrawal(analyzer):
    check_not_coded(analyzer, "Tokyo demanded that Chinese fishing boats leave its waters.", "1056")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Pakistani air force struck militant hideouts in North Waziristan.", "195"),
        ("Ukrainian artillery units shelled Russian trenches near Kherson.", "194"),
    ],
)
def test_unit_named_by_its_arm(analyzer, text, code):
    check_main_event(analyzer, text, code, None, None)


def test_special_forces_are_no_air_force(analyzer):
    check_not_coded(analyzer, "Israeli special forces raided a house in Jenin.", "195")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Irish farmers blocked roads with tractors to protest against new land rules.", "1442"),
        ("Italian dock workers went on strike to protest against pension cuts.", "1432"),
    ],
)
def test_protest_for_a_protest_takes_its_aim(analyzer, text, code):
    check_main_event(analyzer, text, code, None, None)


def test_seizure_off_a_coast_is_a_confiscation(analyzer):
    check_main_event(analyzer, "Iranian forces seized a Greek oil tanker off the coast of Oman.", "1711", "IRN", "GRC")


def test_seizure_of_an_island_is_occupation(analyzer):
    check_main_event(analyzer, "Russian troops seized an island in the Black Sea.", "192", "RUS", None)


def test_own_mediation_with_named_sides_is_one_act(analyzer):
    assert event_codes(analyzer, "Egypt halted its mediation between Ethiopia and Sudan.") == {"165"}


@pytest.mark.parametrize(
    "text",
    [
        "The opera drew praise from critics in Italy.",
        "Shares of Korean chipmakers rallied in Seoul after the earnings reports.",
    ],
)
def test_no_state_event(analyzer, text):
    check_not_coded(analyzer, text, "0")


def test_crowds_still_rally(analyzer):
    check_main_event(analyzer, "Thousands of Poles rallied in Warsaw against the new media law.", "1412", "POL", None)


def test_information_topic_is_no_event(analyzer):
    assert "1384" not in event_codes(
        analyzer, "Canada and Australia agreed to share intelligence on Iranian drone attacks."
    )
