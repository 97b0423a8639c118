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
# every HTML page of the dashboard that shows stored text (the article page is added with its id)
HTML_PAGES = [
    "/",
    "/articles",
    "/quotes",
    "/sources",
    "/claims",
    "/events",
    "/network",
    "/dyads/MEX/USA",
    "/search?q=script",
    "/search?q=Evil",
]


XSS = [
    "<script>window.__xss='script'</script>",
    "<img src=x onerror=\"window.__xss='img'\">",
    '"><svg onload="window.__xss=\'svg\'">',
    "</script><script>window.__xss='breakout'</script>",
    "'-alert(1)-'",
    "{{7*7}}${7*7}<%= 7*7 %>",
    "<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>",
]
JS_URL = "javascript:window.__xss='href'"

SQLI = [
    "' OR '1'='1",
    "'; DROP TABLE articles; --",
    '" OR 1=1 --',
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


# --------------------------------------------------------------------------- a local HTTP server


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 whose routes are plain functions: path -> (status, headers, body).

    A body may be bytes or an iterator of bytes (sent as it is produced, for slow or endless bodies).
    """

    def __init__(self, routes: dict) -> None:
        import http.server
        import threading

        routes_ = routes

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                route = routes_.get(self.path.split("?")[0])
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                status, headers, body = route()
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if isinstance(body, bytes):
                    if "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    try:
                        self.wfile.write(body)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                self.send_header("Connection", "close")
                self.end_headers()
                try:
                    for chunk in body:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def call_fetch(url: str, **kw):
    """read.fetch.fetch, allowing loopback targets if the function has (or grows) such an option."""
    import inspect

    from dyadwatch.read.fetch import fetch

    params = inspect.signature(fetch).parameters
    for name in ("allow_private", "allow_loopback", "allow_local"):
        if name in params:
            kw.setdefault(name, True)
    kw.setdefault("allow_network", True)
    kw.setdefault("max_bytes", 1_000_000)
    return fetch(url, **kw)
