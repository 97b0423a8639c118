"""Codes refined by what an act's words say (session 8, second round): a light verb's object noun names its act
more narrowly ("launched a probe into corruption" 091, "renewed its ban on Russian gas" 163); a protest's purpose
clause gives it the sub-code of what it demands ("rallied demanding the president's resignation" 1411); and an
act asked about in a question ("Do you condemn the attack?", "Did Russia attack Ukraine?") is not stated.

The sentences are written for these tests, in several wordings and between several countries."""

from __future__ import annotations

import pytest
from dwtest import event_rows

pytestmark = pytest.mark.slow


def _rows(analyzer, text: str) -> list[tuple]:
    return event_rows(analyzer, text, "negated")


def _codes_on(rows: list[tuple], word: str) -> set[str]:
    return {r[3] for r in rows if word in r[1]}


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a probe, an investigation or an inquiry into a kind of wrong
        ("Prosecutors in Brazil launched a probe into corruption at the state oil company.", "launched", "091"),
        ("Mexico opened an investigation into the massacre of migrants.", "opened", "094"),
        ("The United Nations launched an investigation into the airstrike on a hospital in Yemen.", "launched", "093"),
        # a hunger strike for a change of leader
        ("Kenyan activists staged a hunger strike for the resignation of President Ruto.", "staged", "1421"),
        ("Jailed activists in Egypt went on a hunger strike.", "went", "142"),
        # a ban or restriction on goods is an embargo, whatever verb imposed or prolonged it
        ("Germany renewed its ban on Russian gas.", "renewed", "163"),
        ("Poland extended restrictions on Ukrainian imports.", "extended", "163"),
        ("India imposed an import ban on China.", "imposed", "163"),
        ("The European Union imposed a ban on imports from Iran.", "imposed", "163"),
    ],
)
def test_the_object_noun_of_a_light_verb_refines_its_code(analyzer, text, word, code):
    rows = _rows(analyzer, text)
    assert code in _codes_on(rows, word), rows


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a ban on people or on a plain act stays an administrative sanction
        ("Canada imposed a ban on Russian diplomats.", "imposed", "172"),
        # an investigation of someone, not of a kind of wrong, stays a plain investigation
        ("Indian police opened an investigation against the opposition leader.", "opened", "090"),
        ("Germany launched a probe into the company on Monday.", "launched", "090"),
        # the verb chose the sense: a labour strike on the railways is no military strike
        ("Unions in France called a strike on the railways.", "called", "143"),
        # a ruling reacted to is not the act of the one who challenges it
        ("Lawyers for the Pakistani opposition challenged the ruling against their leader.", "challenged", "110"),
    ],
)
def test_an_object_noun_that_names_no_narrower_act_leaves_the_verbs_code(analyzer, text, word, code):
    rows = _rows(analyzer, text)
    codes = _codes_on(rows, word)
    assert codes == {code}, rows


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Thousands of Serbians rallied in Belgrade demanding the resignation of President Vucic.", "rallied", "1411"),
        ("Georgian opposition supporters staged a protest to demand new elections.", "staged", "1411"),
        ("Kenyan doctors went on strike calling for reforms to the health system.", "went", "1432"),
        ("Students in Bangladesh marched through Dhaka demanding an end to job quotas.", "marched", "1412"),
        ("Protesters in Tunisia took to the streets calling for the dissolution of parliament.", "took", "1414"),
        ("Tibetan exiles staged a hunger strike in New Delhi to demand independence from China.", "staged", "1423"),
        ("Farmers in India blocked highways demanding the repeal of farm laws.", "blocked", "1442"),
        ("Opposition supporters in Mozambique held rallies calling for electoral reform.", "held", "1412"),
    ],
)
def test_a_protests_purpose_clause_gives_it_the_sub_code_of_its_demand(analyzer, text, word, code):
    rows = _rows(analyzer, text)
    assert code in _codes_on(rows, word), rows


def test_a_protest_with_no_target_is_aimed_at_whom_its_demand_is_made_of(analyzer):
    rows = _rows(analyzer, "Thousands of Serbians rallied in Belgrade demanding the resignation of President Vucic.")
    assert any("rallied" in r[1] and (r[2] or "").startswith("SRBGOV") for r in rows), rows


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a demand that is no change of leader, policy, rights or institutions leaves the plain protest code
        (
            "Hundreds of Israelis demonstrated outside parliament demanding the release of the hostages.",
            "demonst",
            "141",
        ),
        # a demand with its own subject is someone else's, not the protest's purpose
        ("Workers in Argentina went on strike, while the government demanded new reforms.", "went", "143"),
        # a rally for, not against
        ("Hundreds of Iranians rallied in Tehran to support the government.", "rallied", "141"),
    ],
)
def test_a_protest_without_a_demanding_purpose_keeps_its_code(analyzer, text, word, code):
    rows = _rows(analyzer, text)
    assert _codes_on(rows, word) == {code}, rows


@pytest.mark.parametrize(
    "text",
    [
        "Are you worried about China?",
        "How concerned is Germany about China?",
        "Do you condemn Russia's attack on Ukraine?",
        "What did you tell President Putin?",
        "Did Russia attack Ukraine?",
        "Will China invade Taiwan?",
        "Has Iran supplied drones to Russia?",
        "Is Turkey ready to mediate between Russia and Ukraine?",
        "Do you want to meet President Putin?",
    ],
)
def test_an_act_or_stance_asked_about_in_a_question_is_not_stated(analyzer, text):
    assert _rows(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a wh-question about a known act takes the act as given
        ("Why did Israel attack Iran?", "attack"),
        ("How do you view China's pressure on Taiwan?", "pressure"),
        # a tag question states the act
        ("Iran supplied drones to Russia, didn't it?", "supplied"),
        # the act stated in a clause the question asks about
        ("Did you know that Russia attacked Ukraine?", "attacked"),
        # a stated act whose subject is ready to do more
        ("Turkey is ready to mediate between Russia and Ukraine.", "mediate"),
    ],
)
def test_an_act_a_question_takes_as_known_is_still_coded(analyzer, text, word):
    rows = _rows(analyzer, text)
    assert any(word in r[1] for r in rows), rows
