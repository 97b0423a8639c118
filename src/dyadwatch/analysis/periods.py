"""Calendar buckets for series: day, ISO week (Monday start) and month.

The same buckets exist twice: in Python (``floor``, ``span`` ...) to lay out a series and its empty
periods, and in SQL (``sql_floor``) so a series is folded into periods by the database. Folding in
SQL matters at scale: a dyad of 60,000 events at a million stored is ~150 rows to send back instead
of one per (day, article), which is what kept the series endpoint over its p99 budget.
SQLite and PostgreSQL spell truncation differently, so ``sql_floor`` compiles per dialect.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

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


class _Floor(FunctionElement[dt.date]):
    """The first day of the period holding a date column or expression; one subclass per period,
    so SQLAlchemy's statement cache (keyed on the class) never hands a week query to a month one."""

    type = sa.Date()
    inherit_cache = True
    by: By = "day"


class _FloorDay(_Floor):
    inherit_cache = True
    by: By = "day"


class _FloorWeek(_Floor):
    inherit_cache = True
    by: By = "week"


class _FloorMonth(_Floor):
    inherit_cache = True
    by: By = "month"


_FLOORS: dict[str, type[_Floor]] = {"day": _FloorDay, "week": _FloorWeek, "month": _FloorMonth}


def sql_floor(date: sa.ColumnElement[dt.date], by: str) -> _Floor:
    """``floor(date, by)`` as a SQL expression (SQLite and PostgreSQL)."""
    return _FLOORS[check_by(by)](date)


@compiles(_Floor, "sqlite")
def _floor_sqlite(element: _Floor, compiler: SQLCompiler, **kw: object) -> str:
    arg = compiler.process(element.clauses, **kw)
    if element.by == "day":
        return f"date({arg})"
    if element.by == "week":  # back 6 days, then forward to a Monday: the Monday on or before
        return f"date({arg}, '-6 days', 'weekday 1')"
    return f"date({arg}, 'start of month')"


@compiles(_Floor, "postgresql")
def _floor_postgresql(element: _Floor, compiler: SQLCompiler, **kw: object) -> str:
    arg = compiler.process(element.clauses, **kw)
    if element.by == "day":
        return f"CAST({arg} AS DATE)"
    return f"CAST(date_trunc('{element.by}', {arg}) AS DATE)"  # ISO weeks start on Monday here too


@compiles(_Floor)
def _floor_other(element: _Floor, compiler: SQLCompiler, **kw: object) -> str:
    raise NotImplementedError(f"period floor not written for {compiler.dialect.name}; SQLite and PostgreSQL are")
