"""Verdicts from hand-built claims against small series, and the seed article against real CBP files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dwtest import shared_path

from dyadwatch.extract.claims_periods import month_period, month_span
from dyadwatch.model import Article, Change, Claim, Comparison, Record, SentenceRef
from dyadwatch.series import check, registry
from dyadwatch.series.model import Dataset, SeriesSet

DAY = dt.date(2025, 8, 8)


def encounters(values: dict[str, tuple[int, int]], last: str | None = None) -> SeriesSet:
    """A tiny encounters dataset: month -> (USBP, OFO)."""
    ds = Dataset(
        kind="cbp-encounters",
        path=Path(f"sbo-encounters-test-{last or 'x'}.csv"),
        publisher="CBP",
        title="t",
        dims=("Component",),
        values=("Encounter Count",),
    )
    for month, (usbp, ofo) in values.items():
        ds.rows.append((month, ("U.S. Border Patrol",), (float(usbp),)))
        ds.rows.append((month, ("Office of Field Operations",), (float(ofo),)))
    return SeriesSet({"cbp-encounters": ds})


SERIES = encounters(
    {"2024-06": (1000, 500), "2025-05": (300, 50), "2025-06": (200, 40), "2025-07": (150, 30), "2025-08": (160, 30)}
)


def claim(text: str, value: float | None, measure: str, period, **kw) -> Claim:
    return Claim(
        id="c1", text=text, start=0, end=len(text), value=value, unit="count", measure=measure, period=period, **kw
    )


def test_check_consistent_exact_value():
    c = claim("1,000", 1000, "migrants apprehended at the southwest border", month_period(2024, 6, "June 2024"))
    got = check.check_claim(c, "", SERIES, DAY)
    assert got.verdict == "consistent" and got.observed == 1000 and got.series == "cbp-encounters:usbp"


def test_check_small_difference_in_later_release_is_a_revision():
    c = claim("204", 204, "migrants intercepted at the southwest border", month_period(2025, 6, "June"))
    got = check.check_claim(c, "", SERIES, DAY)
    assert got.verdict == "consistent_with_revision" and got.observed == 200
    assert "-4" in got.detail


def test_check_large_difference_is_contradicted():
    c = claim("260", 260, "migrants intercepted at the southwest border", month_period(2025, 6, "June"))
    assert check.check_claim(c, "", SERIES, DAY).verdict == "contradicted"


def test_check_encounters_wording_picks_all_components():
    c = claim("240", 240, "encounters at the southwest border", month_period(2025, 6, "June"))
    got = check.check_claim(c, "", SERIES, DAY)
    assert got.verdict == "consistent" and got.series == "cbp-encounters:all"


def test_check_qualifier_widens_interval():
    c = claim(
        "about 210",
        210,
        "migrants apprehended at the southern border",
        month_period(2025, 6, "June"),
        qualifier="about",
    )
    assert check.check_claim(c, "", SERIES, DAY).verdict == "consistent"


def test_check_period_beyond_range_cannot_be_checked():
    c = claim("5,000", 5000, "migrants apprehended at the southwest border", month_period(2019, 6, "June 2019"))
    got = check.check_claim(c, "", SERIES, DAY)
    assert got.verdict == "cannot_check" and "beyond the series' range" in got.detail


def test_check_no_series_for_measure():
    c = claim("75%", 75, "approval ratings", month_period(2025, 6, "June"))
    got = check.check_claim(c, "", SERIES, DAY)
    assert got.verdict == "cannot_check" and got.series is None and "approval ratings" in got.detail


def test_check_no_period_cannot_be_checked():
    c = claim("1,000", 1000, "migrants apprehended at the southwest border", None)
    assert check.check_claim(c, "", SERIES, DAY).verdict == "cannot_check"


def _lowest_on_record(period) -> Claim:
    """ "lowest crossings on record" in a given month."""
    return Claim(
        id="c1",
        text="lowest crossings on record",
        start=0,
        end=26,
        measure="border crossings",
        superlative="lowest on record",
        period=period,
    )


def test_check_on_record_superlative_needs_longer_file():
    c = _lowest_on_record(month_period(2025, 6, "June"))
    got = check.check_claim(c, "at the southwest border", SERIES, DAY)
    assert got.verdict == "cannot_check" and "begins in 2024-06" in got.detail and "2025-07 went lower" in got.detail


def test_check_superlative_not_even_lowest_in_file_is_contradicted():
    c = _lowest_on_record(month_period(2025, 8, "August"))
    got = check.check_claim(c, "southwest border", SERIES, dt.date(2025, 9, 20))
    assert got.verdict == "contradicted" and "2025-07 (150)" in got.detail


def test_check_stated_change_fits_one_reading_depends_on_measure():
    ds = Dataset(
        kind="cbp-drugs",
        path=Path("nationwide-drugs-test.csv"),
        publisher="CBP",
        title="t",
        dims=("Drug Type", "Region"),
        values=("Count of Event", "Sum Qty (lbs)"),
    )
    ds.rows += [
        ("2024-01", ("Fentanyl", "Southwest Border"), (100.0, 1000.0)),
        ("2025-01", ("Fentanyl", "Southwest Border"), (80.0, 480.0)),
        ("2025-12", ("Fentanyl", "Southwest Border"), (1.0, 1.0)),
    ]
    c = Claim(
        id="c1",
        text="50%",
        start=0,
        end=3,
        value=50,
        unit="%",
        measure="fentanyl seizures",
        period=month_period(2025, 1, "January"),
        compared_with=Comparison(text="a year earlier", period=month_period(2024, 1, "January 2024")),
        change=Change(value=-50, unit="%", direction="down", stated=True),
    )
    got = check.check_claim(c, "", SeriesSet({"cbp-drugs": ds}), DAY)
    assert got.verdict == "depends_on_measure" and got.observed == -52.0
    assert "holds by weight" in got.detail and "-20.0%".replace("-", "\u2212") in got.detail


def test_check_claims_sets_every_claim_and_uses_sentence_for_geography():
    text = "At the southwest border, 200 migrants were apprehended in June."
    c = claim("200", 200, "migrants", month_period(2025, 6, "June"), sentence=SentenceRef(start=0, end=len(text)))
    other = Claim(id="c2", text="three", start=0, end=5, value=3, unit="count", measure="people")
    rec = Record(article=Article(id="x", text=text, date=DAY), claims=[c, other])
    check.check_claims(rec, SERIES)
    assert rec.claims[0].check.verdict == "consistent"
    assert rec.claims[1].check.verdict == "cannot_check"


def test_check_interval_follows_written_precision():
    assert check.interval(claim("50%", 50, "m", None)) == (45, 55)
    assert check.interval(claim("6,072", 6072, "m", None)) == (6071.5, 6072.5)
    lo, hi = check.interval(claim("1.3 million", 1.3e6, "m", None))
    assert (lo, hi) == pytest.approx((1.25e6, 1.35e6))
    assert check.interval(claim("more than 10,000", 10000, "m", None, qualifier="more than"))[0] == 10000


def test_check_month_span_label():
    assert month_span(2025, 1, 2025, 6, "x").label == "2025-01/2025-06"


@pytest.mark.slow
def test_check_seed_article_against_cbp_files(analyzer, seed_article):
    specs = {
        "cbp-encounters": shared_path("data", "cbp", "sbo-encounters-fy22-fy25-aug.csv"),
        "cbp-drugs": shared_path("data", "cbp", "nationwide-drugs-fy23-fy26-dec.csv"),
    }
    series = registry.load_all(specs)
    record = analyzer.analyze(seed_article)
    check.check_claims(record, series)
    by_text = {c.text: c for c in record.claims}
    june24 = by_text["83,532"]
    assert june24.period.label == "2024-06" and june24.check.verdict == "consistent" and june24.check.observed == 83532
    june25 = by_text["6,072"]
    assert june25.period.label == "2025-06"
    assert june25.check.verdict == "consistent_with_revision" and june25.check.observed == 6068
    assert june25.compared_with.value == 83532 and june25.compared_with.period.label == "2024-06"
    assert june25.change.value == pytest.approx(-92.7) and june25.change.stated is False
    drop = by_text["50%"]
    assert drop.period.label == "2025-01/2025-06" and drop.compared_with.period.label == "2024-01/2024-06"
    assert drop.check.verdict == "depends_on_measure" and drop.check.observed == -52.0
    assert "\u221222.8%" in drop.check.detail
    record_low = next(c for c in record.claims if c.superlative == "lowest on record")
    assert record_low.check.verdict == "cannot_check" and "2021-10 (FY2022)" in record_low.check.detail
