"""Session 18, events engineer round 1: how an event is found.

- reason phrases ("because of", "due to", "owing to") are adjuncts: the noun they take is why an act was done,
  never the thing acted on;
- an act noun that is the "by" agent of a passive verb that is no event itself ("were hit by new sanctions") acts
  on the passive subject;
- a state ordering its own forces "out" of a place retreats (0874) from it; another's forces ordered out are
  still expelled or asked to leave;
- an agentless passive ("was charged") about someone a describing clause introduces by an act of the same kind
  with a named doer ("who was detained by X") leaves the main event to that act.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, country_triples, main_coded_countries

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan suspended talks with India because of the bombing in Kashmir.",
        "Ghana suspended talks with Nigeria due to the row over tariffs.",
        "Owing to the dispute, Chile suspended trade talks with Peru.",
    ],
)
def test_reason_phrase_is_no_object(analyzer, text):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0][:2] == "16", (text, got)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian banks were hit by new U.S. sanctions on Friday.", "USA", "RUS"),
        ("Iranian oil exports were hit by fresh British sanctions.", "GBR", "IRN"),
        ("The Yemeni port was targeted by Israeli strikes on Sunday.", "ISR", "YEM"),
    ],
)
def test_act_noun_as_passive_agent_acts_on_subject(analyzer, text, source, target):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[1:] == (source, target), (text, got)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia ordered its troops out of the city of Kherson.", "UKR"),
        ("Turkey ordered its soldiers out of northern Iraq.", "IRQ"),
        ("Moscow ordered its forces out.", None),
    ],
)
def test_own_forces_ordered_out_retreat(analyzer, text, target):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0] == "0874" and got[2] == target, (text, got)


def test_others_forces_ordered_out_are_expelled(analyzer):
    # another state's forces ordered off one's soil are expelled, not a retreat
    text = "Mali ordered French troops out of the country."
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0] == "166", (text, got)


def test_wish_is_no_retreat(analyzer):
    # a wish is no order: no retreat is done
    text = "The Iraqi parliament wants its own troops out of Syria."
    got = main_coded_countries(analyzer, text)
    assert got is None or got[0] != "0874", (text, got)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Canadian businessman, who was detained by Chinese state security in 2018, was charged with spying.",
         "CHN", "CAN"),
        ("A British activist, who was arrested by Egyptian police in Cairo, was charged with inciting protests.",
         "EGY", "GBR"),
        ("The American student, arrested by Russian police in Moscow last month, was charged with smuggling.",
         "RUS", "USA"),
    ],
)  # fmt: skip
def test_agentless_passive_yields_to_introducing_act(analyzer, text, source, target):
    check_main_event(analyzer, text, "173", source, target)


def test_other_kind_of_act_stays_main(analyzer):
    # seized by one side, freed: the release, another kind of act, is still the sentence's event
    text = "The Israeli hostages, who were seized by Hamas on October 7, were freed on Saturday."
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0] == "0841", (text, got)
    assert ("PSE", "ISR", "171") in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # a mediator's role "between" two sides: both are its targets
        ("Oman acted as a broker between Iran and the United States.", "045", "OMN", "IRN"),
        ("Switzerland served as a mediator between Armenia and Azerbaijan.", "045", "CHE", "ARM"),
        # yielding "in" a quarrel "with" someone yields to them
        ("Japan backed down in its trade row with South Korea.", "080", "JPN", "KOR"),
        ("Serbia gave ground in its dispute with Montenegro.", "080", "SRB", "MNE"),
        # one's own post or forces "in" a country: that country is the target, though the parser hangs the place
        # on the verb
        ("Canada closed its embassy in Iran.", "161", "CAN", "IRN"),
        ("NATO reinforced its troops in Latvia.", "154", None, "LVA"),
        # "inside" places as "in" does
        ("Turkish drones hit Kurdish positions inside Syria.", "195", "TUR", "SYR"),
    ],
)
def test_sides_named_in_a_phrase_of_the_act(analyzer, text, code, source, target):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0][:2] == code[:2], (text, got)
    assert source is None or got[1] == source, (text, got)
    assert got[2] == target, (text, got)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The arrest of an American journalist in Russia has angered Washington.", "RUS", "USA"),
        ("The detention of two Canadians in China strained relations with Ottawa.", "CHN", "CAN"),
    ],
)
def test_arrest_named_with_its_place(analyzer, text, source, target):
    check_main_event(analyzer, text, "173", source, target)


def test_arrest_place_only_for_arrests(analyzer):
    # the place of an attack is its ground, never its author
    text = "The attack on a Turkish convoy in Syria killed three soldiers."
    got = main_coded_countries(analyzer, text)
    assert got is None or got[1] != "SYR", (text, got)
