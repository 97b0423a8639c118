"""Noun rows that require a preposition ("action against X") beside two-word nouns ("phone call").

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country_triples

from dyadwatch.coding import lexicon
from dyadwatch.errors import DyadwatchError


def test_two_word_noun_is_modifier_and_head():
    p = lexicon.parse_pattern("041", "N", "phone call", 1, "x")
    assert (p.lemma, p.words) == ("call", ("phone",))


def test_noun_then_preposition_is_head_and_required_preposition():
    p = lexicon.parse_pattern("170", "N", "action against", 1, "x")
    assert (p.lemma, p.words, p.objects) == ("action", ("against",), None)
    q = lexicon.parse_pattern("020", "N", "call on", 2, "x")
    assert (q.lemma, q.words) == ("call", ("on",))
    assert p.specificity == q.specificity == 1


def test_noun_row_with_modifier_preposition_and_object():
    p = lexicon.parse_pattern("163", "N", "travel ban on obj:citizen", 1, "x")
    assert (p.lemma, p.words, p.objects) == ("ban", ("travel", "on"), frozenset({"citizen"}))


def test_noun_row_starting_with_a_preposition_or_misplaced_object_is_dw301():
    for text in ("against action", "action obj:x against"):
        with pytest.raises(DyadwatchError) as exc:
            lexicon.parse_pattern("170", "N", text, 4, "verbs.tsv")
        assert exc.value.code == "DW301"


def test_verb_rows_are_unchanged_by_the_noun_syntax():
    p = lexicon.parse_pattern("020", "V", "call on", 1, "x")
    assert (p.lemma, p.words) == ("call", ("on",))


def test_lexicon_has_both_kinds_of_call():
    rows = lexicon.patterns()[("N", "call")]
    assert {("phone",), ("on",), ("with",)} <= {p.words for p in rows}
    assert not any(p.words == () for p in rows)  # a bare "call" is no event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The United States announced action against Iran over its nuclear program.", ("USA", "IRN", "170")),
        # session 17 r2: "the court" beside a former leader of one country is that country's court (PAKJUD)
        ("The court's ruling against Pakistan's former prime minister angered his supporters.", ("PAK", "PAK", "116")),
        ("The U.S. designation of Hamas as a terrorist organization took effect on Monday.", ("USA", "PSE", "163")),
        ("The U.N. chief's call on Israel to allow aid went unanswered.", ("IGO", "ISR", "020")),
        ("Israeli strikes on Gaza killed dozens of people.", ("ISR", "PSE", "190")),
        ("Britain's curbs on Chinese investment took effect.", ("GBR", "CHN", "172")),
        ("Hungary's objection to Ukraine's membership stalled the talks.", ("HUN", "UKR", "110")),
    ],
)
def test_noun_with_its_preposition_codes_the_act(analyzer, text, triple):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.slow
def test_noun_without_its_preposition_codes_nothing(analyzer):
    assert not country_triples(analyzer, "The ruling party in Japan lost seats to the opposition.")
    took = country_triples(analyzer, "Officials in Iran did not say what action they took.")
    assert "170" not in {c for _, _, c in took}
    # a phone call stays a phone call
    assert ("USA", "CHN", "041") in country_triples(analyzer, "A phone call between Biden and Xi lasted two hours.")


@pytest.mark.slow
def test_a_date_is_not_the_required_preposition(analyzer):
    """ "the strike on Monday" is a labour strike on a day, not a strike on a target."""
    codes = {c for _, _, c in country_triples(analyzer, "The strike on Monday by Kenyan teachers closed schools.")}
    assert "190" not in codes and "143" in codes
