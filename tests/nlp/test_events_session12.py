"""Session 12 (events): acts whose doer or aim a reader takes from the clause around them.

Each kind has sentences that must give the act with its sides and near sentences where it must not fire. Some
kinds already worked at the start of the session (demands with a bare clause, participles and relative clauses
whose doer is the clause's subject): their sentences pin that behaviour."""

from __future__ import annotations

import pytest
from dwtest import country_triples, event_rows

# ---- a demand or appeal with a bare clause ("demanded Iran release"): the clause's subject is who is asked


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("The United States demanded Iran release the detained sailors.", "USA", "IRN", "10"),
        ("Turkey demands Sweden extradite the suspects.", "TUR", "SWE", "10"),
        ("Poland demands Germany pay war reparations.", "POL", "DEU", "10"),
        ("France urged Israel halt its strikes in Lebanon.", "FRA", "ISR", "02"),
        ("China insisted Japan apologize for the remarks.", "CHN", "JPN", "10"),
    ],
)
def test_a_bare_clause_under_a_demand_names_who_is_asked(analyzer, text, source, target, root):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] == root for s, t, c in triples), triples


def test_what_a_demand_asks_is_not_done(analyzer):
    triples = country_triples(analyzer, "The United States demanded Iran release the detained sailors.")
    assert not any(c[:2] == "08" for _, _, c in triples), triples


# ---- help with a bare infinitive ("help Somalia rebuild"): the one helped is the target, also under a frame


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey vowed to help Somalia rebuild its army.", "TUR", "SOM"),
        ("Britain pledged to help Kenya fight al-Shabab.", "GBR", "KEN"),
        ("Japan helped the Philippines build new coast guard ships.", "JPN", "PHL"),
        ("Russia helped Syria retake Palmyra.", "RUS", "SYR"),
        ("Qatar is assisting Afghanistan evacuate foreign nationals.", "QAT", "AFG"),
    ],
)
def test_the_one_helped_to_act_is_the_target(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:1] == "0" for s, t, c in triples), triples


def test_the_one_helped_is_not_the_helper(analyzer):
    triples = country_triples(analyzer, "Turkey vowed to help Somalia rebuild its army.")
    assert not any(s == "SOM" and c[:1] == "0" for s, _, c in triples), triples


# ---- "were accused of trying to": the one charged is the doer of the act attempted; a named accuser's act is the
# accusation alone


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian agents were accused of trying to assassinate a British citizen.", "RUS", "GBR"),
        ("Two Iranian men were accused of plotting to kill an Israeli diplomat in Cyprus.", "IRN", "ISR"),
    ],
)
def test_the_one_charged_does_the_act_attempted(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] in {"18", "19"} for s, t, c in triples), triples
    assert not any(s == target and t == source for s, t, _ in triples), triples


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Britain accused Russia of plotting to kill a defector.", "GBR", "RUS"),
        ("Iran was accused by the United States of trying to attack a tanker.", "USA", "IRN"),
    ],
)
def test_a_named_accusers_charge_is_the_accusation_only(analyzer, text, accuser, accused):
    triples = country_triples(analyzer, text)
    assert (accuser, accused, "112") in triples, triples
    assert not any(c[:2] in {"18", "19"} for _, _, c in triples), triples


# ---- "stopped attacking": the stopping is the act; the activity ended is no act done


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israel stopped attacking Gaza on Sunday.", "ISR", "PSE"),
        ("Russia ceased shelling Ukrainian ports after the deal.", "RUS", "UKR"),
        ("Hamas stopped firing rockets at Israel.", "PSE", "ISR"),
        ("Azerbaijan stopped shelling Armenian villages after the truce.", "AZE", "ARM"),
        ("Pakistan stopped shelling Afghan border posts.", "PAK", "AFG"),
    ],
)
def test_stopping_an_attack_is_no_attack(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert (source, target, "087") in triples, triples
    assert not any(c[:2] in {"18", "19"} for _, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Russia agreed to stop shelling Ukrainian ports.",  # under a frame: no threat or attack to come either
        "Russia stopped shelling and bombing Ukrainian cities.",  # each activity stopped
    ],
)
def test_an_activity_stopped_is_no_act_done_or_threatened(analyzer, text):
    triples = country_triples(analyzer, text)
    assert triples, text
    assert not any(c[:2] in {"13", "18", "19"} for _, _, c in triples), triples


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Israel kept attacking Gaza on Sunday.", ("ISR", "PSE", "190")),
        ("Russia continued shelling Ukrainian ports.", ("RUS", "UKR", "194")),
        # a stop demanded or to come says the activity goes on
        ("China must quit intimidating Taiwan.", ("CHN", "TWN", "170")),
    ],
)
def test_an_activity_that_goes_on_is_still_coded(analyzer, text, triple):
    assert triple in country_triples(analyzer, text)


# ---- a show of force brought up near, off or around a country faces it; the actor's own soil and forces are
# no target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("China mobilized its forces near Taiwan.", "CHN", "TWN"),
        ("The United States sent warships off Venezuela's coast.", "USA", "VEN"),
        ("Russia massed troops near Ukraine.", "RUS", "UKR"),
        ("Russia massed tanks off Ukraine's border.", "RUS", "UKR"),
        ("North Korea deployed artillery near South Korea.", "PRK", "KOR"),
        ("Russia flew bombers near Japan.", "RUS", "JPN"),
        ("The U.S. Navy sailed a destroyer near China's artificial islands.", "USA", "CHN"),
    ],
)
def test_a_show_of_force_near_a_country_faces_it(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] == "15" for s, t, c in triples), triples


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("India deployed troops near Delhi.", "IND"),
        ("China mobilized its forces near Beijing.", "CHN"),
        ("Ukraine deployed troops near Kharkiv.", "UKR"),
        ("India deployed troops.", "IND"),
    ],
)
def test_a_show_of_force_at_home_has_no_target(analyzer, text, source):
    triples = country_triples(analyzer, text)
    assert any(s == source and t is None and c[:2] == "15" for s, t, c in triples), triples
    assert not any(t == source for _, t, _ in triples), triples


def test_forces_placed_at_a_border_still_face_the_side_across(analyzer):
    assert ("RUS", "FIN", "154") in country_triples(analyzer, "Russia massed troops on the border with Finland.")


# ---- the wording of a rule in force ("the law restricts") is no act: the act is the law's making


def test_a_rule_in_force_is_no_event(analyzer):
    assert not country_triples(analyzer, "Kenya's new law restricts foreign charities.")


# ---- doers a reader carries from the governing clause: participles, relative clauses, shared subjects


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("Russia struck Kyiv overnight, killing 12 civilians.", "killing", "RUS", None),
        ("Israeli troops entered the town, arresting dozens of Palestinians.", "arresting", "ISR", "PSE"),
        ("The Indian army, which had shelled Pakistani posts, denied any violation.", "shelled", "IND", "PAK"),
        ("Nigerian soldiers raided the camp and freed 20 hostages.", "freed", "NGA", None),
        ("Venezuela expelled the Spanish ambassador, accusing Madrid of meddling.", "accusing", "VEN", "ESP"),
        ("Iran launched missiles at Israel, targeting military bases.", "targeting", "IRN", None),
    ],
)
def test_a_doer_carried_from_the_governing_clause(analyzer, text, word, source, target):
    rows = event_rows(analyzer, text, "cameo")
    assert any(
        word in r[1] and (r[0] or "").startswith(source) and (target is None or (r[2] or "").startswith(target))
        for r in rows
    ), rows


@pytest.mark.parametrize(
    "text",
    [
        "A storm hit the coast, killing 12 people.",
        "The earthquake struck Turkey, killing thousands.",
    ],
)
def test_no_doer_is_carried_from_a_natural_event(analyzer, text):
    assert not any(s is not None for s, _, _ in country_triples(analyzer, text))
