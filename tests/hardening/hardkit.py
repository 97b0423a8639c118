"""Hostile records and small helpers shared by the hardening tests (no NLP model needed)."""

from __future__ import annotations

import datetime as dt
import os
import socket

import pytest
import sqlalchemy as sa

from dyadwatch.analysis.synthetic import RecordBuilder, sample_records
from dyadwatch.model import Record
from dyadwatch.store import Store

# Each payload sets a distinct window flag if it ever runs, so a browser test can say which one did.
XSS = [
    "<script>window.__xss='script'</script>",
    "<img src=x onerror=\"window.__xss='img'\">",
    "\"><svg onload=\"window.__xss='svg'\">",
    "</script><script>window.__xss='breakout'</script>",
    "'-alert(1)-'",
    "{{7*7}}${7*7}<%= 7*7 %>",
    "<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>",
]
JS_URL = "javascript:window.__xss='href'"

SQLI = [
    "' OR '1'='1",
    "'; DROP TABLE articles; --",
    "\" OR 1=1 --",
    "%' OR '%'='",
    "1; DELETE FROM events",
    "') UNION SELECT id, text FROM articles --",
    "%",
    "_",
    "\\",
    "USA' --",
    "x\x00y",
]


def hostile_record() -> Record:
    """One article whose text, title, speaker, quote, source, publisher and URL all carry payloads."""
    speaker = "Dr. <b>Evil</b><script>window.__xss='speaker'</script>"
    quote = "“<img src=x onerror=\"window.__xss='quote'\"> we will strike,”"
    body = " ".join(XSS)
    text = (
        f"MEXICO CITY – Mexico criticized the United States on Friday. {body}\n"
        f"{quote} {speaker} said.\n"
        "Mexico attacked the United States, officials said."
    )
    b = RecordBuilder(
        text,
        title="<script>window.__xss='title'</script>Title",
        date=dt.date(2025, 8, 8),
        author="<svg onload=\"window.__xss='author'\">",
        publisher="Evil <b onmouseover=\"window.__xss='publisher'\">Press</b>",
        dateline="MEXICO CITY",
        url=JS_URL,
    )
    sid = b.source(speaker, description="<img src=x onerror=\"window.__xss='description'\">")
    b.quote(quote, speaker, "said", sid)
    b.actor("Mexico", "MEX", "MEX")
    b.actor("United States", "USA", "USA")
    b.event(("Mexico", "MEX", "MEX"), "criticized", ("United States", "USA", "USA"), "111")
    b.event(("Mexico", "MEX", "MEX"), "attacked", ("United States", "USA", "USA"), "190")
    return b.build()


def fill(url: str) -> Store:
    store = Store(url)
    for record in [*sample_records(), hostile_record()]:
        store.add(record)
    return store


def snapshot(store: Store) -> dict:
    """Every row of every table plus the list of tables: what an injection would have to change."""
    from dyadwatch.store.db import content

    with store.engine.connect() as conn:
        tables = sorted(sa.inspect(conn).get_table_names())
    return {"tables": tables, **content(store)}


def pg_url(dbname: str | None = None) -> str:
    url = os.environ.get("DYADWATCH_TEST_PG")
    if not url:
        pytest.skip("DYADWATCH_TEST_PG is not set (a SQLAlchemy URL of a scratch PostgreSQL database)")
    if dbname:
        u = sa.make_url(url)
        return u.set(database=dbname).render_as_string(hide_password=False)
    return url


def reset_pg(url: str) -> None:
    from dyadwatch.store.schema import metadata

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
