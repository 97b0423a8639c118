"""Session 19, events engineer round 1: how an event is found.

- a state's words about an act done to its own people are aimed at the other state the act's phrase names (its
  "by" doer, or where they were taken, held or sent from), not at its own people;
- a passive release with no agent is the captor's, named on those freed ("seized by X");
- "received" with a foreign leader named as the object hosts a visit (043);
- a state's forces crossing into another country's land take ground (192); refugees crossing are no event;
- "wants foreign troops out" demands their withdrawal; one's own troops wanted out do not;
- "called the German decision hostile", misparsed into one phrase, still answers the decision's owner;
- an appeal for talks "between X and Y" is made to them;
- a headline's name read as a verb ("Modi heads to Japan") is still the doer;
- a "by" agent that is a country adjective on machines or men ("by Israeli aircraft") names the doer;
- an actor acted on comes before what the act is over ("summoned the ambassador over remarks by X");
- a denial of another's allegations is the sentence's main event.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded, main_coded_countries

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Italy condemned the detention of Italian sailors by Libya.", "LBY"),
        ("Kenya denounced the expulsion of Kenyan traders from Tanzania.", "TZA"),
        ("Poland criticized the deportation of Polish workers to Belarus.", "BLR"),
    ],
)
def test_own_people_wronged_point_to_the_other_state(analyzer, text, target):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0][:2] == "11" and got[2] == target, (text, got)


def test_own_people_with_no_other_state_stay_the_target(analyzer):
    got = main_coded_countries(analyzer, "Spain condemned the arrest of a Spanish journalist.")
    assert got is not None and got[2] == "ESP", got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The five hostages, kidnapped by al-Shabaab last year, were freed on Tuesday.", "SOM"),
        ("Three Thai workers who were abducted by Hamas were released on Friday.", "PSE"),
    ],
)
def test_passive_release_is_the_captors(analyzer, text, source):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0] == "0841" and got[1] == source, (text, got)


def test_received_leader_is_hosted(analyzer):
    check_main_event(analyzer, "Erdogan received Scholz at the presidential palace in Ankara.", "043", "TUR", "DEU")


def test_received_call_is_no_hosting(analyzer):
    got = main_coded_countries(analyzer, "Modi received a call from Macron on Monday.")
    assert got is not None and got[0] != "043", got


def test_forces_crossing_into_another_country(analyzer):
    check_main_event(analyzer, "Turkish troops crossed into northern Iraq on Sunday.", "192", "TUR", "IRQ")


def test_refugees_crossing_are_no_event(analyzer):
    check_not_coded(analyzer, "Thousands of Sudanese refugees crossed into Chad.", "0")


def test_wanting_foreign_troops_out(analyzer):
    check_main_event(analyzer, "Niger's junta wants French troops out of the country.", "1056", "NER", "FRA")


def test_wanting_own_troops_out_is_no_demand(analyzer):
    check_not_coded(analyzer, "The army wants its troops out of the city.", "0")


def test_misparsed_predicate_keeps_the_owner(analyzer):
    check_main_event(analyzer, "Moscow called the Finnish decision provocative.", "111", "RUS", "FIN")


def test_appeal_for_talks_between_two_sides(analyzer):
    got = main_coded_countries(analyzer, "Brazil called for talks between Venezuela and Guyana.")
    assert got is not None and got[2] in {"VEN", "GUY"}, got


def test_headline_name_read_as_verb(analyzer):
    got = main_coded_countries(analyzer, "Erdogan heads to Baku for talks")
    assert got is not None and got[0] == "042" and got[1] == "TUR", got


def test_adjective_on_by_agent_names_the_doer(analyzer):
    got = main_coded_countries(analyzer, "Lebanon condemned the raid carried out by Israeli helicopters on Tyre.")
    assert got is not None and got[2] == "ISR", got


def test_actor_acted_on_before_the_topic(analyzer):
    got = main_coded_countries(analyzer, "Egypt summoned the Turkish envoy over remarks by the foreign minister.")
    assert got is not None and got[2] == "TUR", got


def test_denial_of_allegations_is_the_main_event(analyzer):
    got = main_coded_countries(analyzer, "Rwanda denied the allegations by Burundi as baseless.")
    assert got is not None and got[0] == "016" and got[1] == "RWA", got
