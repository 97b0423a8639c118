"""The claims component on short texts and on the seed article (model-loading: slow)."""

from __future__ import annotations

import pytest
from dwtest import make_article

pytestmark = pytest.mark.slow


def claims(analyzer, text: str, date: str = "2025-08-08"):
    record = analyzer.analyze(make_article(text, date))
    for c in record.claims:
        assert record.article.text[c.start : c.end] == c.text
    return record.claims


def test_claims_values_from_digits_and_words(analyzer):
    got = claims(
        analyzer,
        "Officials said 6,072 migrants crossed, three people were hurt and 16.5 million children are out of school.",
    )
    assert [(c.text, c.value) for c in got] == [("6,072", 6072), ("three", 3), ("16.5 million", 16.5e6)]
    assert got[0].measure == "migrants" and got[0].unit == "count"


def test_claims_years_dates_ordinals_and_ages_are_not_claims(analyzer):
    got = claims(
        analyzer,
        "In 2024, on March 24, the 51st state's third mayor, a 51-year-old, spoke about "
        "the 1990s and signed a 30-day ceasefire.",
    )
    assert got == []


def test_claims_percent_qualifier_and_measure(analyzer):
    (c,) = claims(analyzer, "Sheinbaum has enjoyed high approval ratings, hovering around 75%, analysts say.")
    assert (c.value, c.unit, c.qualifier) == (75, "%", "around")
    assert "approval ratings" in c.measure


def test_claims_vague_amount_is_a_flagged_range(analyzer):
    (c,) = claims(analyzer, "Sheinbaum has deployed hundreds of troops to fight the cartel.")
    assert c.vague and c.value is None and (c.value_low, c.value_high) == (200, 999) and c.measure == "troops"


def test_claims_money_range_and_currency(analyzer):
    got = claims(
        analyzer,
        "Canada imposed new tariffs on $20.7 billion worth of U.S. exports and a tariff of 250% to 390% on dairy.",
    )
    money, rng = got
    assert (money.value, money.unit, money.measure) == (20.7e9, "USD", "U.S. exports")
    assert (rng.value_low, rng.value_high, rng.unit) == (250, 390, "%")


def test_claims_stated_change_with_direction_and_periods(analyzer):
    (c,) = claims(
        analyzer,
        "Officials touted a 50% drop in fentanyl seizures in recent months compared to the same months last year.",
    )
    assert c.change.value == -50 and c.change.direction == "down" and c.change.stated
    assert c.measure == "fentanyl seizures"
    assert c.period.label == "2025-01/2025-06" and c.compared_with.period.label == "2024-01/2024-06"


def test_claims_from_to_comparison_and_arithmetic(analyzer):
    got = claims(analyzer, "Deaths surged from 88 in 2023 to 388 in 2024, a 341% increase.", "2025-03-12")
    by = {c.text: c for c in got}
    assert by["88"].period.label == "2023" and by["388"].period.label == "2024"
    assert by["388"].compared_with.value == 88 and by["388"].change.value == pytest.approx(340.9)
    assert by["341%"].change.arithmetic_ok is True


def test_claims_wrong_arithmetic_is_flagged(analyzer):
    got = claims(analyzer, "Deaths surged from 88 in 2023 to 388 in 2024, a 200% increase.", "2025-03-12")
    assert next(c for c in got if c.text == "200%").change.arithmetic_ok is False


def test_claims_durations_are_claims_but_time_frames_are_not(analyzer):
    got = claims(
        analyzer,
        "It will set the relationship back a hundred years. In the past three years, "
        "exports rose. He was held 13 years ago.",
    )
    assert [(c.text, c.value, c.unit) for c in got] == [("a hundred years", 100, "year")]


def test_claims_seed_article(seed_record):
    by_text = {c.text: c for c in seed_record.claims}
    assert {"three", "hundreds", "50%", "6,072", "83,532", "around 75%", "a hundred years"} <= set(by_text)
    assert not any(c.text in ("1990s", "2024") for c in seed_record.claims)
    june = by_text["6,072"]
    assert june.measure.startswith("migrants intercepted at the southwest border")
    assert june.period.label == "2025-06" and june.cited_source == "Customs and Border Protection data"
    sup = next(c for c in seed_record.claims if c.superlative == "lowest on record")
    assert sup.period.label == "2025-06" and sup.value is None
    assert [c.id for c in seed_record.claims] == [f"c{k}" for k in range(1, len(seed_record.claims) + 1)]


def test_claims_attributed_to_quote_speaker_source(seed_record):
    ids = {s.id for s in seed_record.sources}
    said = [c for c in seed_record.claims if c.attributed_to]
    assert all(c.attributed_to in ids for c in said)
    if seed_record.quotes:  # needs the quotes component
        years = next(c for c in seed_record.claims if c.text == "a hundred years")
        src = next(s for s in seed_record.sources if s.id == years.attributed_to)
        assert "Robinson" in src.name


def test_claims_comparison_without_any_date(analyzer):
    got = claims(analyzer, "Officials revised the tally of passengers on the train downward to 425 from 440.")
    main = next(c for c in got if c.text == "425")
    assert main.compared_with.value == 440 and main.change.value == pytest.approx(-3.4)
    assert main.change.direction == "down" and main.change.stated is False
