"""Session 15, round 1, events: general mechanics of news sentences.

The sentences are written for this test (not taken from any gold set or annotated story). Each pins one general
reading of English: an "in" phrase with an article after a counted object names the act the harm was done in
("killed 30 villagers in a massacre"), not what a sum is given as; "let X in" lets X in; killing by an armed group
is unconventional violence (18); troops "withdrawn" are their own state's; an offer or bid withdrawn is no
retreat of forces; a veto that blocks a text is one act aimed at the text's drafter; an object's own "of" phrase
says what it is ("the return of the hostages" is their release, "weapons of mass destruction" are WMD).
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries, main_coded_countries

pytestmark = pytest.mark.slow


# (code, source country, target country) of every event, and of the main event, of a sentence
_events = coded_countries
_main = main_coded_countries


# ------------------------------------------- "in a massacre" after a counted object is the act, not a sum's kind


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Militants killed 30 villagers in a massacre in northern Nigeria.", "202"),
        ("Soldiers killed 40 protesters in a massacre in the capital of Sudan.", "202"),
        ("Gunmen killed dozens of farmers in a massacre near the border of Mali.", "202"),
    ],
)
def test_in_phrase_after_counted_object_is_read(analyzer, text: str, code: str) -> None:
    assert code in {e[0] for e in _events(analyzer, text)}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Japan gave 500 tons in food aid to Haiti.", "07"),
        ("The United States gave $40 million in aid to Jordan.", "07"),
    ],
)
def test_sum_given_in_aid_stays_aid(analyzer, text: str, root: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0][:2] == root


# ------------------------------------------- "let X in": X is let in


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The United States demanded that Iran let inspectors in.", "1055"),
        ("Brazil demanded that Venezuela let the observers in.", "1055"),
        ("Iraq let the inspectors in on Monday.", "0862"),
    ],
)
def test_let_in(analyzer, text: str, code: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0] == code


# ------------------------------------------- killing by an armed group is unconventional violence (18)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Gunmen killed five policemen in Pakistan.", "18"),
        # (session 19) wounding soldiers is an act of war, CAMEO 19 "typically by organized armed groups"
        ("Militants wounded ten soldiers in Mali.", "19"),
        ("Rebels injured four aid workers in Sudan.", "18"),
        # a state's forces stay conventional force
        ("The Nigerian army killed 20 militants.", "19"),
        ("Russia killed ten Ukrainian soldiers.", "19"),
    ],
)
def test_killing_by_armed_group(analyzer, text: str, root: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0][:2] == root


# ------------------------------------------- withdrawals: troops withdrawn are their state's; offers are no forces


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian troops were withdrawn from Syria.", "RUS", "SYR"),
        ("American soldiers were withdrawn from Iraq last year.", "USA", "IRQ"),
        ("French forces were pulled out of Mali in August.", "FRA", "MLI"),
    ],
)
def test_passive_withdrawal_has_its_troops_state(analyzer, text: str, source: str, target: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0] == "0874" and main[1] == source and main[2] == target


@pytest.mark.parametrize(
    "text",
    [
        "The company withdrew its offer to buy the Italian bank.",
        "The Japanese firm withdrew its bid for the German insurer.",
        "Ford withdrew its application in Mexico.",
    ],
)
def test_business_withdrawal_is_no_retreat(analyzer, text: str) -> None:
    assert "0874" not in {e[0] for e in _events(analyzer, text)}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Germany withdrew its troops from Mali.", "DEU", "MLI"),
        ("Israel withdrew from Gaza.", "ISR", "PSE"),
    ],
)
def test_forces_withdrawn_stay_retreat(analyzer, text: str, source: str, target: str) -> None:
    assert ("0874", source, target) in _events(analyzer, text)


# ------------------------------------------- a veto that blocks a text is one act, aimed at its drafter


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A Danish-drafted resolution was blocked by China's veto.", "CHN", "DNK"),
        ("China's veto blocked a Danish-drafted resolution.", "CHN", "DNK"),
        ("A Russian veto blocked a resolution drafted by Britain.", "RUS", "GBR"),
    ],
)
def test_veto_blocking_a_text(analyzer, text: str, source: str, target: str) -> None:
    events = _events(analyzer, text)
    assert events == [("129", source, target)]


# ------------------------------------------- an object's own "of" phrase


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Germany called for the return of the hostages held by Iran.", "0253"),
        ("Qatar called for the return of the prisoners held in Israel.", "0253"),
        ("The regime used weapons of mass destruction against the rebels in Syria.", "204"),
    ],
)
def test_object_of_phrase(analyzer, text: str, code: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0] == code


def test_return_to_talks_is_no_release(analyzer) -> None:
    main = _main(analyzer, "France called for the return to talks between Israel and Hamas.")
    assert main is not None and main[0] != "0253"


# ------------------------------------------- "X must/should do" is an obligation laid on X, not X's own threat


@pytest.mark.parametrize(
    "text",
    [
        "Lai said China must stop intimidating Taiwan.",
        "Mr. Okafor said Chad should attack the rebels in Niger.",
        "One analyst said Russia must punish Georgia.",
    ],
)
def test_obligation_on_named_side_is_no_threat(analyzer, text: str) -> None:
    assert not any(e[0][:2] == "13" for e in _events(analyzer, text))
