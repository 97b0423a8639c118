"""Session 15, round 2, events: general mechanics of news sentences.

The sentences are written for this test (not taken from any gold set or annotated story). Each pins one general
reading of English: a demand ("X must do Y, he said") made by a speaker we cannot code still makes the act asked
for no act of its own; a pair whose two sides are one actor is no event; a crowd that "protested" is the one
protesting; a "for" phrase on the object says what was rejected ("rejected calls for reform"); an "over" phrase
gives the grounds of a threat, not its object; a place in "charged with murder in X" is where, not whom; a bomb
is no source, and an IED strike is a roadside bombing.
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries, main_coded_countries, make_article

from dyadwatch.nlp.events import main_event

pytestmark = pytest.mark.slow


# (code, source country, target country) of every event, and of the main event, of a sentence
_events = coded_countries
_main = main_coded_countries


# ------------------------------------------- "X must do Y, he said": Y is asked for, not done


@pytest.mark.parametrize(
    "text",
    [
        "Iran must free the prisoners, he said.",
        "Russia should withdraw its troops from the border, she said.",
        "Israel must stop the raids, an official said on Sunday.",
    ],
)
def test_demand_of_an_uncoded_speaker_is_no_act_of_the_addressee(analyzer, text: str) -> None:
    assert all(e[1] is None or e[0][:2] in {"10", "02"} for e in _events(analyzer, text)), _events(analyzer, text)


def test_own_side_exhortation_keeps_its_act(analyzer) -> None:
    """ "We must talk to Iran, he said": the speaker's own side, no demand made of another."""
    assert any(e[0][:2] == "04" for e in _events(analyzer, "We must talk to Iran, he said."))


# ------------------------------------------- a rejection of a call "for" X rejects X asked for


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The government rejected calls for political reform in Belarus.", "123"),
        ("Beijing dismissed demands for democratic reform.", "123"),
        ("The junta rejected demands for a new constitution in Myanmar.", "1234"),
    ],
)
def test_rejected_call_for_a_thing(analyzer, text: str, code: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0] == code, main


def test_other_acts_on_a_call_are_no_rejection(analyzer) -> None:
    """ "renewed calls for reform": a call made again, no reform rejected."""
    assert all(e[0][:2] != "12" for e in _events(analyzer, "Britain renewed calls for political reform in Egypt."))


# ------------------------------------------- an "over" phrase says why a threat is made, not what is threatened


@pytest.mark.parametrize(
    "text",
    [
        "China threatened Lithuania over its ties with Taiwan.",
        "Russia threatened Georgia over its relations with NATO.",
    ],
)
def test_threat_over_ties_is_no_threat_to_cut_them(analyzer, text: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[0] == "130", main


def test_threat_to_cut_ties_stays(analyzer) -> None:
    main = _main(analyzer, "Morocco threatened to cut ties with Algeria.")
    assert main is not None and main[0] == "1313", main


# ------------------------------------------- "Hundreds of students protested in X": the crowd protests


def _sides(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source code, target code) of every event of the sentence."""
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc._.dw_events or []
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hundreds of students protested in Lagos.", "NGAEDU"),
        ("Thousands of nurses protested in Nairobi.", "KENHLH"),
    ],
)
def test_counted_crowd_that_protested_is_the_source(analyzer, text: str, source: str) -> None:
    events = _sides(analyzer, text)
    assert any(e[0][:2] == "14" and e[1] == source for e in events), events


def test_crowd_arrested_stays_the_target(analyzer) -> None:
    """ "Dozens of protesters arrested in Paris": a headline passive, the protesters are arrested."""
    events = _sides(analyzer, "Dozens of protesters arrested in Paris.")
    assert any(e[0] == "173" and e[1] is None for e in events), events


# ------------------------------------------- "were charged with murder in X": the place is the scene


@pytest.mark.parametrize(
    "text",
    [
        "Three men have been charged with murder in Colombia.",
        "Two brothers have been charged with fraud in Kenya.",
        "Four men were indicted on terrorism charges in Belgium.",
    ],
)
def test_place_of_a_passive_is_no_target(analyzer, text: str) -> None:
    events = _events(analyzer, text)
    assert all(e[2] is None for e in events), events


def test_people_of_a_place_stay_the_target(analyzer) -> None:
    events = _events(analyzer, "Two activists were arrested in Iran.")
    assert any(e[0] == "173" and e[2] == "IRN" for e in events), events


# ------------------------------------------- an IED or a roadside bomb: a roadside bombing, and no side


@pytest.mark.parametrize(
    "text",
    [
        "A French soldier was struck by an IED in Mali.",
        "Two Canadian soldiers were killed by a roadside bomb in Kandahar.",
        "Three US soldiers were wounded in an IED attack in Iraq.",
    ],
)
def test_roadside_bombing(analyzer, text: str) -> None:
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    e = main_event(doc)
    assert e is not None and e.cameo == "1833" and e.source is None, e


def test_other_strikes_stay(analyzer) -> None:
    main = _main(analyzer, "Israeli troops were hit by a rocket.")
    assert main is not None and main[0] == "190", main


# ------------------------------------------- a pair of one actor with itself is no event


@pytest.mark.parametrize(
    "text",
    [
        "Ruto thanked Museveni for his support.",
        "Erdogan praised Putin, and Putin thanked the Russian president's host.",
    ],
)
def test_no_pair_of_one_actor(analyzer, text: str) -> None:
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    for e in doc._.dw_events or []:
        if e.source is not None and e.target is not None and e.source.code and e.target.code:
            assert not (e.source.code == e.target.code and e.source.code.endswith("GOV")), e


def test_two_leaders_stay_a_pair(analyzer) -> None:
    events = _sides(analyzer, "Ruto thanked Museveni for his support.")
    assert ("051", "KENGOV", "UGAGOV") in events, events


# ------------------------------------------- a proposal's or mediation's author is the one answered


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Egypt rejected Qatari mediation in the talks with Ethiopia.", "QAT"),
        ("Israel is opposed to Turkish mediation in peace negotiations with Lebanon.", "TUR"),
        ("Serbia accepted the Russian proposal for talks with Kosovo.", "RUS"),
    ],
)
def test_authored_act_answers_its_author(analyzer, text: str, target: str) -> None:
    main = _main(analyzer, text)
    assert main is not None and main[2] == target, main


def test_weapons_of_a_country_still_yield(analyzer) -> None:
    """ "fired Iranian missiles at Ukraine": the adjective says whose the arms are, not whom they hit."""
    main = _main(analyzer, "Russia fired Iranian missiles at Ukraine.")
    assert main is not None and main[2] == "UKR", main
