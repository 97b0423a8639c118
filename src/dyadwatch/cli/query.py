"""Query commands over a stored corpus: dyad, actors, network, quotes, sources, claims.

Each one is a ``Corpus`` call printed as a rich table (or CSV/JSON with ``--format``), so the
numbers are those the API returns and the dashboard draws.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

import typer
from rich.console import Console
from rich.table import Table

from dyadwatch.cli.common import fail
from dyadwatch.errors import DyadwatchError

DB = typer.Option(None, "--db", help="SQLAlchemy URL of the store (default: DYADWATCH_DB or sqlite:///dyadwatch.db).")
START = typer.Option(None, "--start", help="First day, YYYY-MM-DD.")
END = typer.Option(None, "--end", help="Last day, YYYY-MM-DD.")


class By(StrEnum):
    day = "day"
    week = "week"
    month = "month"


class SourcesBy(StrEnum):
    outlet = "outlet"
    day = "day"
    week = "week"
    month = "month"


class Level(StrEnum):
    country = "country"
    code = "code"


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


FORMAT = typer.Option(Format.table, "--format", help="table (readable), csv or json (one object per row).")


def _corpus(db: str | None) -> Any:
    from dyadwatch.analysis import open as open_corpus

    return open_corpus(db)


def _day(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        from dyadwatch.errors import error

        raise error("DW604", param=name, why=f"{value!r} is not a date (YYYY-MM-DD)") from None


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


HEADERS = {
    "label": "period",
    "verbal_coop": "verb. coop",
    "material_coop": "mat. coop",
    "verbal_conflict": "verb. confl",
    "material_conflict": "mat. confl",
    "goldstein_sum": "gold. Σ",
    "goldstein_mean": "gold. μ",
    "corpus_articles": "stored",
    "events_per_article": "per stored",
    "anonymous_sources": "anon. sources",
    "anonymous_source_share": "anon. share",
    "anonymous_quotes": "anon. quotes",
    "anonymous_quote_share": "anon. quote share",
    "speaker_name": "speaker",
    "speaker_kind": "speaker kind",
}


def emit(
    frame: pd.DataFrame,
    fmt: Format,
    title: str,
    columns: list[str] | None = None,
    numeric: set[str] | None = None,
) -> None:
    """Print a frame: a rich table for people, CSV or JSON lines for programs."""
    from dyadwatch.analysis.frames import to_records

    cols = columns or list(frame.columns)
    if fmt is Format.csv:
        frame.to_csv(sys.stdout, index=False)
        return
    if fmt is Format.json:
        for row in to_records(frame):
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
        return
    console = Console(highlight=False)
    if frame.empty:
        console.print(f"[dim]{title}: nothing stored matches.[/]")
        return
    table = Table(title=title, title_justify="left", header_style="bold")
    import pandas as pd

    num = numeric if numeric is not None else {c for c in cols if pd.api.types.is_numeric_dtype(frame[c])}
    for c in cols:
        table.add_column(
            HEADERS.get(c, c.replace("_", " ")), justify="right" if c in num else "left", overflow="fold", max_width=60
        )
    for row in to_records(frame[cols]):
        table.add_row(*(_cell(row[c]) for c in cols))
    console.print(table)
    total = frame.attrs.get("total")
    if total is not None and total > len(frame):
        console.print(f"[dim]{len(frame)} of {total:,} rows; use --limit/--offset for more.[/]")


def dyad(
    a: str = typer.Argument(..., help="Country (ISO alpha-3, e.g. USA) or CAMEO code prefix (e.g. MEXGOV)."),
    b: str = typer.Argument(..., help="The other side."),
    by: By = typer.Option(By.month, "--by", help="Period: day, week (ISO, Monday) or month."),
    directed: bool = typer.Option(False, "--directed", help="Only A acting on B (default: both directions)."),
    start: str | None = START,
    end: str | None = END,
    include_negated: bool = typer.Option(False, "--include-negated", help="Count negated events too."),
    plot: Path | None = typer.Option(None, "--plot", help="Also draw the series: FILE.html, .png, .svg or .json."),
    db: str | None = DB,
    fmt: Format = FORMAT,
) -> None:
    """The relationship of two actors over time: events by quad class and Goldstein score per period.

    Example: dyadwatch dyad USA MEX --by month --plot usa-mex.html --db sqlite:///news.db
    """
    from dyadwatch.analysis import charts

    try:
        corpus = _corpus(db)
        frame = corpus.dyad(a, b, by.value, directed, _day(start, "--start"), _day(end, "--end"), include_negated)
        arrow = "→" if directed else "↔"
        emit(
            frame,
            fmt,
            f"{a.upper()} {arrow} {b.upper()} by {by.value}",
            columns=[
                "label",
                "events",
                "verbal_coop",
                "material_coop",
                "verbal_conflict",
                "material_conflict",
                "goldstein_sum",
                "goldstein_mean",
                "articles",
                "corpus_articles",
                "events_per_article",
            ],
        )
        if plot is not None:
            if frame.empty:
                Console(stderr=True).print("[yellow]no events: nothing to plot[/]")
                return
            chart = charts.goldstein_line(
                frame, title=f"{a.upper()} {arrow} {b.upper()}: Goldstein score"
            ) & charts.quad_bars(frame, title="Events by quad class")
            charts.save(chart.properties(), plot)
            Console(stderr=True).print(f"wrote {plot}")
    except DyadwatchError as exc:
        raise fail(exc) from None


def actors(
    level: Level = typer.Option(Level.code, "--level", help="code (CAMEO actor codes) or country."),
    start: str | None = START,
    end: str | None = END,
    limit: int = typer.Option(20, "--limit", min=1, max=1000),
    db: str | None = DB,
    fmt: Format = FORMAT,
) -> None:
    """Actors ranked by the events they take part in, as source and as target.

    Example: dyadwatch actors --level country --start 2025-01-01 --db sqlite:///news.db
    """
    try:
        frame = _corpus(db).top_actors(_day(start, "--start"), _day(end, "--end"), level.value, limit)
        emit(frame, fmt, f"Most active actors (by {level.value})")
    except DyadwatchError as exc:
        raise fail(exc) from None


def network(
    level: Level = typer.Option(Level.country, "--level", help="country or code."),
    start: str | None = START,
    end: str | None = END,
    min_events: int = typer.Option(1, "--min-events", min=1),
    limit: int = typer.Option(50, "--limit", min=1, max=5000),
    db: str | None = DB,
    fmt: Format = FORMAT,
) -> None:
    """The directed actor network: who acts on whom, how often, and how (mean Goldstein).

    Example: dyadwatch network --level country --min-events 3 --format csv --db sqlite:///news.db > edges.csv
    """
    try:
        frame = _corpus(db).network(_day(start, "--start"), _day(end, "--end"), level.value, min_events, limit=limit)
        emit(frame, fmt, f"Actor network (by {level.value})")
    except DyadwatchError as exc:
        raise fail(exc) from None


def quotes(
    speaker: str | None = typer.Option(None, "--speaker", help="Part of the speaker's name, any case."),
    q: str | None = typer.Option(None, "--text", help="Words in the quote."),
    start: str | None = START,
    end: str | None = END,
    limit: int = typer.Option(20, "--limit", min=1, max=1000),
    offset: int = typer.Option(0, "--offset", min=0),
    db: str | None = DB,
    fmt: Format = FORMAT,
) -> None:
    """Quotes by a speaker (or all), newest first. Without --speaker, also lists the most-quoted people.

    Example: dyadwatch quotes --speaker Sheinbaum --db sqlite:///news.db
    """
    try:
        corpus = _corpus(db)
        s, e = _day(start, "--start"), _day(end, "--end")
        if not speaker and not q and fmt is Format.table:
            emit(
                corpus.speakers("person", s, e, limit=limit),
                fmt,
                "Most-quoted people",
                columns=["speaker", "quotes", "articles", "first_date", "last_date"],
            )
        frame = corpus.quotes(speaker=speaker, q=q, start=s, end=e, limit=limit, offset=offset)
        emit(
            frame,
            fmt,
            f"Quotes{f' by {speaker!r}' if speaker else ''}",
            columns=["date", "speaker_name", "kind", "text", "publisher"] if fmt is Format.table else None,
        )
    except DyadwatchError as exc:
        raise fail(exc) from None


def sources(
    by: SourcesBy = typer.Option(SourcesBy.outlet, "--by", help="outlet (publisher), or day, week, month."),
    start: str | None = START,
    end: str | None = END,
    db: str | None = DB,
    fmt: Format = FORMAT,
) -> None:
    """Share of anonymous sources, and of quotes from them, by outlet or over time.

    Example: dyadwatch sources --by outlet --db sqlite:///news.db
    """
    try:
        frame = _corpus(db).sourcing(by.value, _day(start, "--start"), _day(end, "--end"))
        emit(frame, fmt, f"Anonymous sourcing by {by.value}")
    except DyadwatchError as exc:
        raise fail(exc) from None


def claims(
    verdict: str | None = typer.Option(None, "--verdict", help="consistent, contradicted, cannot_check ..."),
    limit: int = typer.Option(20, "--limit", min=1, max=1000),
    offset: int = typer.Option(0, "--offset", min=0),
    db: str | None = DB,
    fmt: Format = FORMAT,
) -> None:
    """Stored quantitative claims with the verdicts of their checks.

    Example: dyadwatch claims --verdict contradicted --db sqlite:///news.db
    """
    try:
        frame = _corpus(db).claims(verdict=verdict, limit=limit, offset=offset)
        emit(
            frame,
            fmt,
            "Claims",
            columns=["date", "text", "value", "unit", "verdict", "observed", "speaker", "publisher"]
            if fmt is Format.table
            else None,
        )
    except DyadwatchError as exc:
        raise fail(exc) from None


def register(app: typer.Typer) -> None:
    for command in (dyad, actors, network, quotes, sources, claims):
        app.command(rich_help_panel="Query a stored corpus")(command)
