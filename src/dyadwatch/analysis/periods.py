"""Calendar buckets for series: day, ISO week (Monday start) and month.

Bucketing is done in Python, not SQL, because SQLite and PostgreSQL disagree on date truncation
and the rows have already been narrowed by the dyad filter, so the cost is small.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from dyadwatch.errors import error

By = Literal["day", "week", "month"]
BY_VALUES: tuple[str, ...] = ("day", "week", "month")


def check_by(by: str) -> By:
    if by not in BY_VALUES:
        raise error("DW604", param="by", why=f"{by!r} is not one of {', '.join(BY_VALUES)}")
    return by  # type: ignore[return-value]


def floor(day: dt.date, by: By) -> dt.date:
    """First day of the period holding ``day``."""
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def next_start(start: dt.date, by: By) -> dt.date:
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def last_day(start: dt.date, by: By) -> dt.date:
    return next_start(start, by) - dt.timedelta(days=1)


def label(start: dt.date, by: By) -> str:
    if by == "day":
        return start.isoformat()
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{start.year:04d}-{start.month:02d}"


def span(first: dt.date, last: dt.date, by: By) -> Iterator[dt.date]:
    """Every period start from the one holding ``first`` to the one holding ``last``."""
    current = floor(first, by)
    while current <= last:
        yield current
        current = next_start(current, by)


def count(first: dt.date, last: dt.date, by: By) -> int:
    """How many periods ``span`` would yield, without making them (to refuse huge requests cheaply)."""
    if last < first:
        return 0
    a, b = floor(first, by), floor(last, by)
    if by == "day":
        return (b - a).days + 1
    if by == "week":
        return (b - a).days // 7 + 1
    return (b.year - a.year) * 12 + b.month - a.month + 1


def parse_label(text: str) -> tuple[dt.date, dt.date]:
    """A period label ("2025-08-08", "2025-W32", "2025-08", "2025") back to its first and last day."""
    try:
        if "-W" in text:
            year, week = text.split("-W")
            start = dt.date.fromisocalendar(int(year), int(week), 1)
            return start, start + dt.timedelta(days=6)
        parts = text.split("-")
        if len(parts) == 3:
            day = dt.date.fromisoformat(text)
            return day, day
        if len(parts) == 2:
            start = dt.date(int(parts[0]), int(parts[1]), 1)
            return start, last_day(start, "month")
        if len(parts) == 1:
            return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    except ValueError:
        pass
    raise error("DW604", param="period", why=f"{text!r} is not a day, ISO week, month or year label")
