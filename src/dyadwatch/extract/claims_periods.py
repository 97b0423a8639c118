"""Time expressions next to a figure, resolved against the article date into a ``Period``.

"June" in an article of 2025-08-08 is June 2025 (the latest June not after the article);
"the same month in 2024" takes its month from the figure it is compared with; "recent
months" is read as the calendar year to date up to the latest month an official monthly
series could have published by the article date (see ``latest_published``). Expressions we
cannot pin down return None rather than a guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dyadwatch.extract.numbers import UNITS_WORDS
from dyadwatch.model import Period

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# "the past three years": counts of months or years, in words ("a" year; "several" is no count)
NUMBER_WORDS: dict[str, int | None] = {**UNITS_WORDS, "a": 1, "several": None, "few": None}
RELEASE_DAY = 15  # CBP and most monthly statistics appear around mid-month for the month before

_YEAR = r"(1[89]\d\d|20\d\d)"
_MON = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_period(year: int, month: int, text: str | None) -> Period:
    return Period(
        text=text, start=dt.date(year, month, 1), end=_month_end(year, month), label=f"{year:04d}-{month:02d}"
    )


def month_span(y1: int, m1: int, y2: int, m2: int, text: str | None) -> Period:
    if (y1, m1) == (y2, m2):
        return month_period(y1, m1, text)
    return Period(
        text=text, start=dt.date(y1, m1, 1), end=_month_end(y2, m2), label=f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}"
    )


def year_period(year: int, text: str | None) -> Period:
    return Period(text=text, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), label=f"{year:04d}")


def _shift(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + n
    return total // 12, total % 12 + 1


def latest_published(day: dt.date) -> tuple[int, int]:
    """Latest month whose official monthly figures were out on ``day`` (published mid next month)."""
    return _shift(day.year, day.month, -1 if day.day >= RELEASE_DAY else -2)


def shift_years(period: Period, years: int, text: str | None) -> Period | None:
    """The same months ``years`` earlier/later: "the same month in 2024", "the same months last year"."""
    if period.start is None or period.end is None:
        return None
    y1, m1 = period.start.year + years, period.start.month
    y2, m2 = period.end.year + years, period.end.month
    if period.label and len(period.label) == 4:
        return year_period(y1, text)
    if period.label and len(period.label) == 10 and "/" not in period.label:
        d = dt.date(y1, m1, min(period.start.day, calendar.monthrange(y1, m1)[1]))
        return Period(text=text, start=d, end=d, label=d.isoformat())
    return month_span(y1, m1, y2, m2, text)


def resolve(text: str, date: dt.date | None, anchor: Period | None = None) -> Period | None:
    """A Period for a date expression, or None if it names no period we can pin down."""
    t = " ".join(text.lower().replace("\u2019", "'").split())
    t = re.sub(r"^(in|during|for|of|on|by|as of|at|from|through|over)\s+", "", t)
    # the same month(s)/period + year or "last year"/"a year earlier": needs the compared figure's period
    m = re.search(r"same (month|months|period|quarter|time)\b(.*)", t)
    if m or re.fullmatch(r"(a|one) year (earlier|before|ago)", t):
        if anchor is None:
            return None
        rest = m.group(2) if m else "last year"
        y = re.search(_YEAR, rest)
        if y and anchor.start is not None:
            return shift_years(anchor, int(y.group(1)) - anchor.start.year, text)
        if "last year" in rest or "a year" in rest or "previous year" in rest or not m:
            return shift_years(anchor, -1, text)
        return None
    # explicit month and year: "June 2024", "December 2023"
    m = re.search(_MON + r"\s+(?:of\s+)?" + _YEAR, t)
    if m:
        return month_period(int(m.group(2)), MONTHS[m.group(1)], text)
    # "since 2009"
    m = re.fullmatch(r"since\s+" + _YEAR, t)
    if m and date is not None:
        y = int(m.group(1))
        return Period(text=text, start=dt.date(y, 1, 1), end=date, label=f"{y:04d}/{date.year:04d}-{date.month:02d}")
    # a bare year, "fiscal year 2024" is left alone (fiscal years differ by country)
    m = re.fullmatch(r"(?:the year |the end of )?" + _YEAR, t)
    if m:
        return year_period(int(m.group(1)), text)
    if date is None:
        return None
    # a bare month name: the latest such month not after the article
    m = re.fullmatch(r"(?:early |late |mid-?|the end of )?" + _MON, t)
    if m:
        month = MONTHS[m.group(1)]
        year = date.year if month <= date.month else date.year - 1
        return month_period(year, month, text)
    if re.fullmatch(r"(the end of |the beginning of |early |late )?last year", t) or t == "the previous year":
        if t.startswith("the end of"):
            return month_period(date.year - 1, 12, text)
        return year_period(date.year - 1, text)
    if re.fullmatch(r"(so far |earlier |early |later |late )?this year( so far)?|the year so far|year to date", t):
        return year_period(date.year, text)
    if t in ("next year", "the coming year"):
        return year_period(date.year + 1, text)
    if re.fullmatch(r"(earlier |early |late )?last month|the previous month", t):
        y, mo = _shift(date.year, date.month, -1)
        return month_period(y, mo, text)
    if re.fullmatch(r"(earlier |so far |early )?this month", t):
        return month_period(date.year, date.month, text)
    # "recent months", "the past few months": year to date through the latest published month
    if re.fullmatch(
        r"(the )?(recent months|past (few|several) months|last (few|several) months|"
        r"recent weeks and months)",
        t,
    ):
        y2, m2 = latest_published(date)
        y1, m1 = (y2, 1) if m2 >= 3 else _shift(y2, m2, -5)
        return month_span(y1, m1, y2, m2, text)
    # "the past three years", "the last 15 months"
    m = re.fullmatch(r"(?:the )?(?:past|last|previous)\s+(\w+)\s+(months|years)", t)
    if m:
        n = NUMBER_WORDS.get(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
        if n:
            months = n * (12 if m.group(2) == "years" else 1)
            y1, m1 = _shift(date.year, date.month, -months)
            return month_span(y1, m1, date.year, date.month, text)
    # weekday: the latest such day on or before the article date
    days = "|".join(WEEKDAYS)
    m = re.fullmatch(r"(?:last |this |early |late )?(" + days + r")(?: morning| afternoon| evening| night)?", t)
    if m:
        back = (date.weekday() - WEEKDAYS[m.group(1)]) % 7
        d = date - dt.timedelta(days=back)
        return Period(text=text, start=d, end=d, label=d.isoformat())
    if t in ("today", "this week"):
        return Period(text=text, start=date, end=date, label=date.isoformat()) if t == "today" else None
    if t == "yesterday":
        d = date - dt.timedelta(days=1)
        return Period(text=text, start=d, end=d, label=d.isoformat())
    return None
