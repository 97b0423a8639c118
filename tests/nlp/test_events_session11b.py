"""Session 11 (roots): acts found at the right trigger but coded with the wrong CAMEO root.

Each mechanism has sentences where the code must change and near sentences where it must not."""

from __future__ import annotations

import pytest
from dwtest import code_triples, country_triples, event_codes

# ---- "quit attacking": to quit doing something is to stop it, not to resign


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Russia quit attacking Ukrainian ports.", "RUS", "UKR", "087"),
        ("Azerbaijan quit shelling Armenian villages.", "AZE", "ARM", "087"),
        ("Malian rebels quit fighting the army.", "MLI", None, "087"),
    ],
)
def test_quitting_an_activity_is_stopping_it(analyzer, text, source, target, code):
    triples = country_triples(analyzer, text)
    assert any(s == source and c == code and (target is None or t == target) for s, t, c in triples)
    assert "0831" not in event_codes(analyzer, text)


def test_a_demand_to_quit_doing_is_no_demand_for_a_resignation(analyzer):
    codes = event_codes(analyzer, "Seoul said Pyongyang must quit threatening its neighbors.")
    assert "100" in codes
    assert not any(c.startswith("104") for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister of Peru quit on Monday.",
        "Kenya's foreign minister quit the meeting.",
        "Ethiopia's defense minister quit his job.",
    ],
)
def test_quitting_an_office_or_a_thing_keeps_its_own_code(analyzer, text):
    assert "087" not in event_codes(analyzer, text)
    assert "160" not in event_codes(analyzer, text)


def test_quitting_talks_keeps_its_row(analyzer):
    assert ("GBR", "IRN", "164") in country_triples(analyzer, "Britain quit the talks with Iran.")


# ---- "Russia claimed that Ukraine shelled the plant": a hostile act claimed of another is an accusation


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia claimed that Ukraine shelled the nuclear plant.", "RUS", "UKR"),
        ("Iran claims Israel carried out the assassination of a scientist.", "IRN", "ISR"),
        ("Somalia claimed that al-Shabaab fighters attacked a police post in Mogadishu.", "SOM", "SOM"),
        ("Pakistan claimed India had violated its airspace and killed two soldiers.", "PAK", "IND"),
    ],
)
def test_a_hostile_act_claimed_of_another_is_an_accusation(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert (source, target, "112") in triples
    # what is claimed is the accusation's content, not an act reported as done, as with "alleged"
    assert not any(c[:2] in {"18", "19"} for _, _, c in triples)


def test_a_hostile_act_claimed_of_ones_own_side_is_a_claim_of_responsibility(analyzer):
    triples = code_triples(analyzer, "Al-Shabaab claimed that its fighters had attacked a Kenyan army base.")
    assert ("SOMREB", "KENMIL", "015") in triples
    assert not any(c == "112" for _, _, c in triples)
    # one's own act, claimed, is kept: an armed group's attack on an army base is an act of war (19, session 19)
    assert any(c[:2] == "19" for _, _, c in triples)


@pytest.mark.parametrize(
    "text",
    [
        "Russia claimed victory in the battle for Bakhmut.",
        "China claimed that the talks with India went well.",
        "Israel said Hamas fired rockets at Tel Aviv.",  # said, not claimed: the act is reported
    ],
)
def test_no_accusation_without_a_hostile_act_claimed(analyzer, text):
    assert "112" not in event_codes(analyzer, text)


# ---- "called for sanctions against Niger": what an appeal asks for through "for" has not been done


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Nigeria called for new sanctions against Niger.", "163"),
        ("Zelenskyy appealed for more sanctions against Russia.", "163"),
        ("Poland pushed for sanctions on Belarus.", "163"),
        ("Kenya called for an investigation into the killing of protesters by police.", "090"),
    ],
)
def test_an_act_asked_for_is_not_coded_as_done(analyzer, text, asked):
    codes = event_codes(analyzer, text)
    assert any(c[:2] in {"02", "10"} for c in codes)
    assert asked not in codes


def test_an_act_asked_for_still_composes_the_appeal(analyzer):
    assert ("FRA", "PSE", "0256") in country_triples(analyzer, "France called for a ceasefire in Gaza.")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ukraine thanked Germany for its military aid.", ("DEU", "UKR", "072")),  # thanked for: it was given
        ("Egypt praised Qatar for its mediation between Israel and Hamas.", None),
    ],
)
def test_for_under_a_verb_that_asks_nothing_keeps_its_act(analyzer, text, triple):
    codes = country_triples(analyzer, text)
    if triple is not None:
        assert triple in codes
    assert not any(c[:2] in {"02", "10"} for _, _, c in codes)


# ---- "India plans to hold talks with Japan": a stance the subject takes is its own, not mirrored to the partner


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("India plans to hold talks with Japan on trade.", "IND", "JPN"),
        ("Russia is ready to negotiate with Ukraine.", "RUS", "UKR"),
        ("Iran agreed to resume talks with the United States.", "IRN", "USA"),
        ("Argentina hopes to sign a trade agreement with the European Union.", "ARG", None),
        ("Pakistan wants to hold talks with India.", "PAK", "IND"),
    ],
)
def test_a_stance_toward_a_mutual_act_is_the_subjects_alone(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and (target is None or t == target) for s, t, _ in triples)
    assert not any(t == source for _, t, _ in triples)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Russia and Ukraine agreed to hold talks.", "RUS", "UKR"),  # both subjects: each one's stance
        ("Kenya met Uganda in Nairobi.", "KEN", "UGA"),  # done: a meeting has two sides
        ("Russia is scheduled to meet Ukraine in Istanbul.", "RUS", "UKR"),  # a schedule, no one's stance
    ],
)
def test_a_mutual_act_without_a_one_sided_stance_is_still_mirrored(analyzer, text, one, other):
    pairs = {(s, t) for s, t, _ in country_triples(analyzer, text)}
    assert (one, other) in pairs and (other, one) in pairs


# ---- "Israel is expected to attack Iran": a forecast by others, not the subject's stance (no threat, no intent)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Israel is expected to attack Iran's nuclear sites.", ("ISR", "IRN", "190")),
        ("Modi is expected to visit Mauritius next week.", ("IND", "MUS", "042")),
        ("Ghana is expected to expel the Nigerian envoy.", ("GHA", "NGA", "161")),
    ],
)
def test_an_act_others_expect_keeps_its_own_code(analyzer, text, triple):
    triples = country_triples(analyzer, text)
    assert triple in triples
    assert not any(c[:2] in {"03", "13"} for _, _, c in triples)


def test_an_act_the_subject_expects_to_do_is_its_stance(analyzer):
    codes = event_codes(analyzer, "China expects to sign a trade deal with Australia.")
    assert codes and all(c[:2] == "03" for c in codes)
