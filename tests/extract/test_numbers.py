"""Number words and digits to values."""

from __future__ import annotations

import pytest

from dyadwatch.extract.numbers import digits, parse


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["6,072"], 6072),
        (["16.5", "million"], 16.5e6),
        (["three"], 3),
        (["a", "hundred"], 100),
        (["sixty", "-", "five"], 65),
        (["half", "-", "a", "-", "million"], 500_000),
        (["a", "billion"], 1e9),
        (["one", "hundred", "twenty"], 120),
        (["$28", "billion"], None),
    ],
)
def test_numbers_parse_values(words, value):
    got = parse(words)
    assert (got.value if got else None) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize(
    ("words", "low", "high"),
    [
        (["hundreds"], 200, 999),
        (["tens", "of", "thousands"], 20_000, 99_999),
        (["hundreds", "of", "thousands"], 200_000, 999_999),
        (["dozens"], 24, 99),
    ],
)
def test_numbers_vague_amounts_are_ranges(words, low, high):
    got = parse(words)
    assert got.vague and got.value is None and (got.low, got.high) == (low, high)


def test_numbers_fractions_are_flagged():
    got = parse(["two", "-", "thirds"])
    assert got.fraction and got.value == pytest.approx(2 / 3)


@pytest.mark.parametrize("text", ["51st", "1990s", "", "1.2.3", "abc"])
def test_numbers_digits_rejects_non_numbers(text):
    assert digits(text) is None


@pytest.mark.parametrize("text", ["0³8", "³", "²⁰", "①", "12½", "1⁵.5"])
def test_numbers_digits_rejects_superscripts_and_other_non_decimal_digits(text):
    # str.isdigit() accepts these but float() does not: they used to raise ValueError and fail the article
    assert digits(text) is None
    assert parse([text]) is None


@pytest.mark.parametrize(("text", "value"), [("٣٠", 30.0), ("６,０７２", 6072.0), ("1\u00a0000", 1000.0)])
def test_numbers_digits_reads_decimal_digits_of_any_script(text, value):
    assert digits(text) == value


@pytest.mark.slow
def test_numbers_superscript_digit_does_not_fail_the_article(analyzer):
    from dyadwatch.model import Article
    from dyadwatch.read.text import article_id

    text = "0³8 people crossed the border on Monday, officials said."
    record = analyzer.analyze(Article(id=article_id(text), text=text, origin="test"))
    assert record.article.text == text
