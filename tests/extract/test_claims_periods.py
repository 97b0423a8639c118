"""Time expressions resolved against the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.extract.claims_periods import latest_published, resolve

DAY = dt.date(2025, 8, 8)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("June", "2025-06"),
        ("September", "2024-09"),
        ("June 2024", "2024-06"),
        ("in 2021", "2021"),
        ("last year", "2024"),
        ("so far this year", "2025"),
        ("last month", "2025-07"),
        ("the end of last year", "2024-12"),
        ("as of December 2023", "2023-12"),
        ("since 2009", "2009/2025-08"),
        ("the past three years", "2022-08/2025-08"),
        ("the last 15 months", "2024-05/2025-08"),
        ("Tuesday", "2025-08-05"),
        ("recent months", "2025-01/2025-06"),
        ("the 1990s", None),
        ("decades", None),
    ],
)
def test_claims_periods_resolve(text, label):
    got = resolve(text, DAY)
    assert (got.label if got else None) == label


def test_claims_periods_same_month_needs_and_uses_anchor():
    assert resolve("the same month in 2024", DAY) is None
    june = resolve("June", DAY)
    assert resolve("the same month in 2024", DAY, june).label == "2024-06"
    recent = resolve("recent months", DAY)
    assert resolve("the same months last year", DAY, recent).label == "2024-01/2024-06"


def test_claims_periods_latest_published_month_depends_on_day():
    assert latest_published(dt.date(2025, 8, 8)) == (2025, 6)
    assert latest_published(dt.date(2025, 8, 20)) == (2025, 7)


def test_claims_periods_no_article_date_only_absolute():
    assert resolve("June 2024", None).label == "2024-06"
    assert resolve("June", None) is None
