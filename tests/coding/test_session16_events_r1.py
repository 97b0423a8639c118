"""Session 16, round 1, events: general mechanics of news sentences.

The sentences are written for this test (not taken from any gold set or annotated story). Each pins one general
reading of English: the bomb or bombing that kills is the act, of the kind its modifiers name (a car or truck bomb
1832, a suicide bombing 1831, a roadside bomb 1833), and a weapon is no actor; an "at"/"of" gerund after a speech
or intent verb ("hinted at lifting sanctions") is what the frame makes of it, not an act done; a clause with its
own subject keeps its own sides ("X attacked Y and Z asked for ..."); a topic after "on" is not the side a
resolution is blocked for; "weapons of mass destruction" written out read as WMD.
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries, main_coded_countries

pytestmark = pytest.mark.slow

_events = coded_countries
_main = main_coded_countries


# ------------------------------------------- the bomb that kills is the act, of its kind


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A truck bomb explosion killed 20 people in Kabul.", "1832"),
        ("A car bombing killed eight police officers in Mogadishu.", "1832"),
        ("A car bomb killed five soldiers in Syria.", "1832"),
        ("Eight soldiers were killed in a car bomb attack in Somalia.", "1832"),
        ("A suicide bombing killed 15 worshippers in Pakistan.", "1831"),
        ("A suicide bomber killed nine police officers in Nigeria.", "1831"),
        ("A roadside bomb wounded three Afghan soldiers.", "1833"),
    ],
)
def test_bomb_that_kills_is_the_act(analyzer, text: str, code: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0] == code


def test_weapon_is_no_actor(analyzer) -> None:
    main = _main(analyzer, "A car bomb killed five soldiers in Syria.")
    assert main is not None and main[1] is None and main[2] == "SYR"


# ------------------------------------------- "hinted at lifting": the frame's reading, not the act done


@pytest.mark.parametrize(
    "text",
    [
        "The president hinted at easing sanctions on Cuba.",
        "Iran hinted at lifting sanctions on Iraq.",
        "The minister spoke of lifting the blockade of Qatar.",
        "Turkey hinted at withdrawing troops from Syria.",
        "Some British ministers are hinting at lifting or easing the sanctions on Iran.",
    ],
)
def test_gerund_after_speech_verb_is_not_done(analyzer, text: str) -> None:
    codes = {e[0] for e in _events(analyzer, text)}
    assert not codes & {"085", "0872", "0874", "087", "081"}, codes
    assert any(c[:2] == "03" for c in codes), codes  # said to come, as "hinted it would lift"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran hinted at lifting sanctions on Iraq.", "IRN"),
        ("Turkey hinted at withdrawing troops from Syria.", "TUR"),
    ],
)
def test_gerund_after_speech_verb_keeps_speaker(analyzer, text: str, source: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[1] == source, main


# ------------------------------------------- a clause with its own subject keeps its own sides


@pytest.mark.parametrize(
    ("text", "request_source", "attack_target"),
    [
        ("Israel bombed Gaza on Monday and Hamas called for a ceasefire.", "PSE", "PSE"),
        ("Russia shelled Kharkiv and Ukraine asked for more weapons.", "UKR", "UKR"),
    ],
)
def test_clause_with_own_subject_keeps_sides(analyzer, text: str, request_source: str, attack_target: str) -> None:
    events = _events(analyzer, text)
    requests = [e for e in events if e[0][:2] == "02"]
    assert requests and all(e[1] == request_source for e in requests), events
    attacks = [e for e in events if e[0][:2] in {"19", "18"}]
    assert attacks and all(e[2] == attack_target for e in attacks), events


# ------------------------------------------- a resolution "on" a topic: the topic is not the side blocked


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("China blocked a US-sponsored resolution on North Korea.", "PRK"),
        ("Russia blocked a French-drafted resolution on Syria.", "SYR"),
    ],
)
def test_topic_of_resolution_is_not_target(analyzer, text: str, topic: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0][:2] == "12" and main[2] != topic, main


# ------------------------------------------- "weapons of mass destruction" written out


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Syria deployed weapons of mass destruction against rebels.", "204"),
        ("The regime deployed weapons of mass destruction against its own people.", "204"),
    ],
)
def test_wmd_written_out(analyzer, text: str, code: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0] == code, main


# ------------------------------------------- officers sent on a peaceful errand: the errand, not a show of force


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The African Union sent a team of military officers to Mali to investigate the attacks.", "09"),
        ("Kenya deployed military observers to Somalia to monitor the ceasefire.", "09"),
        ("Egypt sent army generals to Gaza to mediate between Hamas and Fatah.", "04"),
    ],
)
def test_peaceful_errand_is_no_show_of_force(analyzer, text: str, root: str) -> None:
    roots = {e[0][:2] for e in _events(analyzer, text)}
    assert root in roots and "15" not in roots, roots


def test_armed_errand_keeps_deployment(analyzer) -> None:
    roots = {e[0][:2] for e in _events(analyzer, "Russia sent troops to Syria to fight the rebels.")}
    assert "15" in roots, roots


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The United Nations sent 30 experts to Sudan to investigate the massacre.", "SDN"),
        ("Kenya deployed military observers to Somalia to monitor the ceasefire.", "SOM"),
    ],
)
def test_errand_is_run_where_envoys_were_sent(analyzer, text: str, target: str) -> None:
    assert any(e[0][:2] == "09" and e[2] == target for e in _events(analyzer, text)), _events(analyzer, text)
