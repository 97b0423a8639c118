"""Session 14, round 2, events: general mechanics left by earlier sessions.

The sentences are written for this test (not taken from any gold set or annotated story). Each pins one general
reading of English: a participle that says who leads or backs a body is no object word of the verb ("praised the
Kenyan-led mission"), and an act of force named by a noun whose harm a verb tells ("a bombing killed", "were
killed in a bombing") is one act, the noun's.
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries, main_coded_countries, make_article

pytestmark = pytest.mark.slow


# (code, source country, target country) of every event, and of the main event, of a sentence
_events = coded_countries
_main = main_coded_countries


# ------------------------------------------- a "-led"/"-backed" participle is not what the verb's object is


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("France praised the Kenyan-led mission.", "051"),
        ("Ghana praised the Nigerian-led force in Gambia.", "051"),
        ("Austria praised the Saudi-led coalition on Monday.", "051"),
    ],
)
def test_led_participle_is_no_object_word(analyzer, text: str, code: str) -> None:
    assert code in {e[0] for e in _events(analyzer, text)}


# ------------------------------------------- an act of force named by a noun, its harm told by a verb


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("A bomb attack by separatists killed ten soldiers in Pakistan.", "183", "PAK", "PAK"),
        ("A car bombing by the Taliban killed six policemen in Kabul.", "1832", "AFG", "AFG"),
        ("Twelve civilians were killed in a suicide bombing by al-Shabaab in Mogadishu.", "1831", "SOM", "SOM"),
        ("Four soldiers were wounded in a roadside bombing by insurgents in Iraq.", "183", "IRQ", "IRQ"),
    ],
)
def test_bombing_whose_harm_a_verb_tells_is_the_act(analyzer, text, code, source, target) -> None:
    main = _main(analyzer, text)
    assert main is not None
    assert main[0].startswith(code)
    assert main[2] == target


def test_killing_said_apart_from_the_bombing_stays(analyzer) -> None:
    # the bombing and the killing are two acts told apart: no merging of a killing that is no result of the noun
    codes = {e[0] for e in _events(analyzer, "Rebels bombed a bridge and soldiers killed two rebels in Mali.")}
    assert any(c.startswith("19") or c == "180" for c in codes)


# ------------------------------------------- a protest or attack "outside" a body's building is aimed at the body


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Demonstrators rallied outside the Chinese consulate in Istanbul.", "CHN"),
        ("Thousands of Kurds protested outside the Turkish embassy in Berlin.", "TUR"),
        ("Activists demonstrated in front of the Iranian embassy in London.", "IRN"),
        ("Gunmen opened fire outside the Egyptian embassy in Tripoli.", "EGY"),
        ("Protesters rallied at the gates of the Israeli embassy in Amman.", "ISR"),
    ],
)
def test_protest_or_attack_outside_a_building(analyzer, text: str, target: str) -> None:
    main = _main(analyzer, text)
    assert main is not None
    assert main[2] == target


# ------------------------------------------- an appeal is aimed at the one appealed to, not at whom it helps


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Sudan appealed to Egypt for help for displaced families.", "EGY"),
        ("Lebanon appealed to the European Union for aid for Syrian refugees.", "IGO"),
        ("Haiti appealed to Canada for food aid for hurricane victims.", "CAN"),
    ],
)
def test_appeal_aimed_at_the_one_appealed_to(analyzer, text: str, target: str) -> None:
    main = _main(analyzer, text)
    assert main is not None
    assert main[0].startswith("02")
    assert main[2] == target


# ------------------------------------------- "must" says an act is required, not done; a stop asked for leaves
# the activity going on


def _flags(analyzer, text: str) -> list[tuple[str, str, bool]]:
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return [(e.cameo, e.modality, e.negated) for e in doc._.dw_events or []]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey must stop shelling Kurdish villages in Syria.",
        "Ethiopia must stop attacking Eritrea.",
    ],
)
def test_stop_required_is_not_done_and_activity_goes_on(analyzer, text: str) -> None:
    evs = _flags(analyzer, text)
    stops = [e for e in evs if e[0].startswith("08")]
    assert stops and all(e[1] != "asserted" for e in stops)  # no one is said to have stopped
    force = [e for e in evs if e[0][:2] in {"18", "19", "20"}]
    assert force and all(e[1] == "asserted" and not e[2] for e in force)  # the shelling goes on


def test_stop_urged_with_should_leaves_activity_going_on(analyzer) -> None:
    evs = _flags(analyzer, "Sudan should stop bombing villages in Darfur.")
    assert not any(e[0].startswith("13") for e in evs)  # no threat: the bombing is going on, not proposed
    assert any(e[0][:2] in {"18", "19"} and e[1] == "asserted" for e in evs)


def test_must_is_not_done(analyzer) -> None:
    evs = _flags(analyzer, "Serbia must release the detained Kosovo police officers.")
    assert evs and all(e[1] != "asserted" for e in evs)


def test_must_have_is_a_conclusion_that_it_was_done(analyzer) -> None:
    evs = _flags(analyzer, "Iran must have supplied the drones to Russia.")
    assert any(e[0].startswith("07") and e[1] == "asserted" for e in evs)


# ------------------------------------------- a bombing by an armed group is CAMEO's non-military bombing (183)


@pytest.mark.parametrize(
    "text",
    [
        "Tuareg rebels bombed an army convoy near Kidal.",
        "Islamist militants bombed a bridge in northern Burkina Faso.",
    ],
)
def test_armed_group_bombing_is_183(analyzer, text: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0].startswith("183")


def test_state_bombing_of_a_town_stays_aerial(analyzer) -> None:
    main = _main(analyzer, "Russian warplanes bombed a village in Idlib.")
    assert main is not None and main[0] == "195"


# ------------------------------------------- a country adjective on an attack or a weapon names the state


@pytest.mark.parametrize(
    "text",
    [
        "Two civilians were killed in a Russian attack on Odesa.",
        "A Syrian attack on the town left four rebels dead.",
        "A Turkish missile killed three fighters near Kobani.",
    ],
)
def test_country_adjective_on_attack_is_the_state(analyzer, text: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0][:2] == "19"


def test_demonym_people_attacking_stay_unconventional(analyzer) -> None:
    # "Russians" as people, not a state: no lift to military force
    codes = {e[0] for e in _events(analyzer, "Angry Serbs attacked a border post in northern Kosovo.")}
    assert "180" in codes or not any(c.startswith("19") for c in codes)
