"""Tables out of the store as CSV, Parquet, JSON Lines or a GDELT-like event TSV.

Rows are streamed from the database in pages and written as they come, so an export of a
large store needs little memory. Column names are the store's (docs/store.md); the GDELT
layout is documented column by column in docs/store.md#gdelt-like-event-tsv.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from dyadwatch.errors import error
from dyadwatch.store.db import Store

FORMATS = ("csv", "parquet", "jsonl", "gdelt")
TABLES = ("events", "quotes", "claims", "articles", "sources", "actors", "checks", "errors", "runs")
PAGE = 1000

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone", "DATEADDED", "SOURCEURL",
    # dyadwatch additions, after GDELT's own columns so GDELT readers can ignore them
    "DWArticleId", "DWEventId", "DWNegated", "DWModality", "DWPlover", "DWReportedBy", "DWQuoteId",
    "DWDateFromArticle", "DWActionText", "DWSentenceStart", "DWSentenceEnd",
)  # fmt: skip


def select_for(store: Store, table: str) -> sa.Select[Any]:
    """The query behind an export: the table itself; claims carry their check's columns."""
    if table not in store.tables:
        raise error("DW604", param="table", why=f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    t = store.tables[table]
    if table == "claims":
        ck = store.tables["checks"]
        extra = [ck.c.series.label("check_series"), ck.c.verdict.label("check_verdict"),
                 ck.c.observed.label("check_observed"), ck.c.detail.label("check_detail")]  # fmt: skip
        join = t.outerjoin(ck, sa.and_(ck.c.article_id == t.c.article_id, ck.c.claim_id == t.c.id))
        return sa.select(t, *extra).select_from(join).order_by(t.c.article_id, t.c.seq)
    if "seq" in t.c:
        return sa.select(t).order_by(t.c.article_id, t.c.seq)
    return sa.select(t).order_by(*t.primary_key.columns)


def rows(store: Store, query: sa.Select[Any]) -> Iterator[dict[str, Any]]:
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=PAGE).execute(query)
        for row in result.mappings():
            yield dict(row)


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


@contextmanager
def _open(path: str | Path) -> Iterator[IO[str]]:
    if str(path) == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


def export(store: Store, table: str, fmt: str, path: str | Path) -> int:
    """Write one table to ``path`` (``-`` = stdout, not for parquet); returns the row count."""
    if fmt not in FORMATS:
        raise error("DW604", param="format", why=f"{fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt == "gdelt":
        if table != "events":
            raise error("DW604", param="format", why="gdelt is an event format: export events")
        return _gdelt(store, path)
    query = select_for(store, table)
    if fmt == "parquet":
        return _parquet(store, query, path)
    n = 0
    with _open(path) as fh:
        if fmt == "jsonl":
            for row in rows(store, query):
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                n += 1
            return n
        writer = csv.writer(fh)
        writer.writerow([c.name for c in query.selected_columns])
        for row in rows(store, query):
            writer.writerow([_cell(v) for v in row.values()])
            n += 1
    return n


def _arrow_type(col: sa.ColumnElement[Any]) -> Any:
    import pyarrow as pa

    t = col.type
    if isinstance(t, sa.Boolean):
        return pa.bool_()
    if isinstance(t, sa.Integer):
        return pa.int64()
    if isinstance(t, sa.Float):
        return pa.float64()
    if isinstance(t, sa.DateTime):
        return pa.timestamp("us", tz="UTC")
    if isinstance(t, sa.Date):
        return pa.date32()
    return pa.string()


def _parquet(store: Store, query: sa.Select[Any], path: str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if str(path) == "-":
        raise error("DW604", param="output", why="parquet needs a file (-o FILE.parquet)")
    cols = list(query.selected_columns)
    schema = pa.schema([(c.name, _arrow_type(c)) for c in cols])
    json_cols = {c.name for c in cols if isinstance(c.type, sa.JSON)}
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows(store, query):
            for name in json_cols:
                row[name] = json.dumps(row[name], ensure_ascii=False) if row[name] is not None else None
            for name, value in row.items():
                if isinstance(value, dt.datetime) and value.tzinfo is None:
                    row[name] = value.replace(tzinfo=dt.UTC)
            batch.append(row)
            if len(batch) >= PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _ymd(day: dt.date | None) -> str:
    return day.strftime("%Y%m%d") if day else ""


def gdelt_row(ev: dict[str, Any], reporter: str | None) -> list[Any]:
    """One event in GDELT 1.0 event-table order (subset), then dyadwatch's own columns."""
    day: dt.date | None = ev["date"] or ev["article_date"]
    added = ev["ingested_at"]
    cameo = ev["cameo"] or ""
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""

    def actor(side: str) -> tuple[str, str, str, str]:
        text = ev[f"{side}_text"]
        return (ev[f"{side}_code"] or "", (text or "").upper(), ev[f"{side}_country"] or "",
                ev[f"{side}_sector"] or "")  # fmt: skip

    return [
        f"{ev['article_id']}-{ev['id']}", _ymd(day), day.strftime("%Y%m") if day else "",
        day.year if day else "", fraction,
        *actor("source"),
        *actor("target"),
        1, cameo, cameo[:3], ev["root"] or cameo[:2], ev["quad_class"] or "",
        "" if ev["goldstein"] is None else ev["goldstein"],
        1, 1, 1, "", _ymd(added.date() if isinstance(added, dt.datetime) else None),
        ev["url"] or ev["origin"] or "",
        ev["article_id"], ev["id"], int(bool(ev["negated"])), ev["modality"], ev["plover"] or "",
        reporter or "", ev["quote_id"] or "", int(bool(ev["date_from_article"])), ev["action_text"],
        ev["sentence_start"], ev["sentence_end"],
    ]  # fmt: skip


def _gdelt(store: Store, path: str | Path) -> int:
    e, a, s = store.tables["events"], store.tables["articles"], store.tables["sources"]
    query = (
        sa.select(
            e,
            a.c.date.label("article_date"),
            a.c.url,
            a.c.origin,
            a.c.ingested_at,
            s.c.name.label("reporter"),
        )
        .select_from(
            e.join(a, a.c.id == e.c.article_id).outerjoin(
                s, sa.and_(s.c.article_id == e.c.article_id, s.c.id == e.c.reported_by)
            )
        )
        .order_by(e.c.article_id, e.c.seq)
    )
    n = 0
    with _open(path) as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(GDELT_COLUMNS)
        for ev in rows(store, query):
            writer.writerow(gdelt_row(ev, ev["reporter"]))
            n += 1
    return n
