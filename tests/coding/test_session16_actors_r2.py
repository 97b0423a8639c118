"""Actors pass (session 16, round 2): a local force ("local police", "local officers") is the setting country's
police, people named as the opposition of a government ("government opponents", "regime opponents") are that
country's opposition, "its" after a fronted clause ("As the Kremlin weighs talks, some of its officials ...") is that
clause's subject's, "loyal to" a person named in apposition or owned by a country places the armed body, and "the
latter’s" with a typographic apostrophe is still a reference.

The sentences are written for this test (not taken from any gold set or annotated story): each checks that the
actor of a general phrasing gets the right country or sector, or that a rule does not fire on another reading.
"""

from __future__ import annotations

import pytest
from dwtest import mention_codes

pytestmark = pytest.mark.slow


def _codes(analyzer, text: str, word: str) -> set[str | None]:
    return {code for t, code in mention_codes(analyzer, text) if word in t}


# --------------------------------------------------------------------------- a local force is the police


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Local officers arrested two protesters in Nairobi.", "officers", "KENCOP"),
        ("In Bogota, local police detained three suspected smugglers.", "police", "COLCOP"),
        ("Local policemen raided a warehouse in Lahore on Monday.", "policemen", "PAKCOP"),
    ],
)
def test_local_force_is_police(analyzer, text, word, code):
    assert code in _codes(analyzer, text, word)


def test_plain_officers_stay_officials(analyzer):
    # without "local" the word keeps its row (officials): the rule is about the local force only
    assert "KENCOP" not in _codes(analyzer, "Kenyan officers met Ugandan envoys in Nairobi.", "officers")


# --------------------------------------------------------------------------- opponents of a government


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Government opponents marched in Harare on Saturday.", "opponents", "ZWEOPP"),
        ("Regime opponents gathered outside the palace in Minsk.", "opponents", "BLROPP"),
    ],
)
def test_opponents_of_a_government_are_the_opposition(analyzer, text, word, code):
    assert code in _codes(analyzer, text, word)


# --------------------------------------------------------------------------- "its" after a fronted clause


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "As the Kremlin weighs new talks with Kyiv, some of its officials are urging a ceasefire.",
            "officials",
            "RUSGOV",
        ),
        (
            "While the Pentagon reviews the deal with Ankara, several of its officials have voiced doubts.",
            "officials",
            "USAGOV",
        ),
    ],
)
def test_its_refers_to_the_fronted_clause_subject(analyzer, text, word, code):
    assert code in _codes(analyzer, text, word)


def test_main_clause_subject_still_owns_its(analyzer):
    # the main clause names its own body: "its" is that body's, the fronted clause has nothing to say
    text = "As the Kremlin weighed new talks, Ukraine recalled its ambassador from Minsk."
    assert "UKRGOV" in _codes(analyzer, text, "ambassador")


# --------------------------------------------------------------------------- "loyal to" a named or owned person


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Militants loyal to the Syrian warlord Abu Hassan attacked an army base.", "SYRREB"),
        ("Militants loyal to Somalia's al-Shabab frontman Ahmed Diriye attacked an army base.", "SOMREB"),
    ],
)
def test_loyal_to_a_named_or_owned_person(analyzer, text, code):
    assert code in _codes(analyzer, text, "Militants")


def test_loyal_to_an_unplaced_word_stays_unplaced(analyzer):
    # nothing placed in the "loyal to" phrase: the militants keep no country
    assert _codes(analyzer, "Militants loyal to the warlord attacked the convoy.", "Militants") == {"REB"}


# --------------------------------------------------------------------------- "the latter’s" with a curly apostrophe


def test_latter_with_curly_possessive_names_the_second(analyzer):
    # the typographic apostrophe makes the parser read "latter" as an adjective; the possessive still makes it a noun
    text = "The senator pointed to Russia’s sanctions against Georgia for the latter’s refusal to yield."
    assert "GEO" in _codes(analyzer, text, "latter")


def test_former_as_adjective_is_no_reference(analyzer):
    # "the former president": an adjective, no reference to anyone named before
    mentions = mention_codes(analyzer, "Russia and Georgia met. The former president criticized the talks.")
    assert all(t != "former" for t, _ in mentions)
