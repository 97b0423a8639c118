"""``Store``: records in and out of SQLite or PostgreSQL, one transaction per article.

An article and all its facts are written in a single transaction, so a run killed at any
moment leaves each article either wholly stored or absent; the next run skips what is there
(identity is ``Article.id``) and redoes the rest. ``get`` rebuilds the exact ``Record`` that
was added, which ``tests/store/test_db.py`` checks field by field.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from dyadwatch.errors import error
from dyadwatch.model import Failure, PipelineInfo, Record
from dyadwatch.settings import DEFAULT_DB
from dyadwatch.store import migrate, schema
from dyadwatch.store.schema import FACT_TABLES, LAYOUTS, Layout

CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit
# SQLSTATEs that mean "the connection or the server went away", not "this statement is wrong":
# class 08 (connection exception), admin/crash shutdown, and "cannot connect now" (starting up / shutting down).
DISCONNECT_STATES = ("08", "57P01", "57P02", "57P03")
T = TypeVar("T")


WAL_SIZE_LIMIT = 64 * 1024 * 1024  # bytes of write-ahead log kept on disk after a checkpoint


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def make_engine(url: str) -> sa.Engine:
    """An engine with the settings the store relies on (WAL and foreign keys on SQLite)."""
    try:
        u = sa.make_url(url)
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise error("DW501", url=url, why=str(exc)) from None
    kwargs: dict[str, Any] = {"json_serializer": lambda v: json.dumps(v, ensure_ascii=False)}
    if u.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": 60}
        if u.database in (None, "", ":memory:"):
            kwargs["poolclass"] = StaticPool
            kwargs["connect_args"]["check_same_thread"] = False
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = sa.create_engine(u, **kwargs)
    except (sa.exc.ArgumentError, ImportError, sa.exc.NoSuchModuleError) as exc:
        raise error("DW501", url=url, why=str(exc)) from None
    if u.get_backend_name() == "sqlite":

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            if u.database not in (None, "", ":memory:"):
                cur.execute("PRAGMA journal_mode=WAL")
                # NORMAL in WAL mode: a killed process never loses a committed article.
                cur.execute("PRAGMA synchronous=NORMAL")
                # Readers that never pause (a busy dashboard) keep checkpoints from resetting the log,
                # which then grows by every page each write touches (248 MB in 30 s of the soak test's
                # overload step); once a checkpoint gets through, give the disk space back.
                cur.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

    elif u.get_backend_name() == "postgresql":

        @sa.event.listens_for(engine, "connect")
        def _session(dbapi_conn: Any, _record: Any) -> None:
            # The series queries read 5,000-60,000 index entries: big enough in the planner's eyes for
            # JIT compilation, which then cost more than the query (86 ms with it, 29 ms without, at a
            # million events). SET is transactional in PostgreSQL, hence the commit.
            with dbapi_conn.cursor() as cur:
                cur.execute("SET jit = off")
            dbapi_conn.commit()

    return engine


# --------------------------------------------------------------------------- record <-> rows


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if data is None:
            return None
        data = data.get(key)
    return data


def _put(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        nxt = data.get(key)
        if nxt is None:
            return  # parent absent: nothing to set
        data = nxt
    data[path[-1]] = value


def flatten(layout: Layout, data: dict[str, Any]) -> dict[str, Any]:
    """A nested model dump -> one row of flat columns."""
    row = {leaf.column: _get(data, leaf.path) for leaf in layout.leaves}
    for group in layout.groups:
        if group.synthetic:
            row[group.marker] = _get(data, group.path) is not None
    return row


def unflatten(layout: Layout, row: sa.RowMapping | dict[str, Any]) -> dict[str, Any]:
    """One flat row -> the nested dict the model validates."""
    data: dict[str, Any] = {}
    for leaf in layout.leaves:
        cur = data
        for key in leaf.path[:-1]:
            cur = cur.setdefault(key, {})
        cur[leaf.path[-1]] = row[leaf.column]
    for group in sorted(layout.groups, key=lambda g: len(g.path)):
        marker = row[group.marker]
        if marker is None or (group.synthetic and not marker):
            _put(data, group.path, None)
    return data


def record_rows(record: Record) -> dict[str, list[dict[str, Any]]]:
    """Every row that stores ``record``, by table name (articles first, checks last)."""
    dump = record.model_dump(mode="python")
    aid = record.article.id
    rows: dict[str, list[dict[str, Any]]] = {"articles": [flatten(LAYOUTS["articles"], dump)]}
    for table, field in FACT_TABLES:
        layout = LAYOUTS[table]
        items = dump[field]
        if field == "claims":
            for item in items:
                item.pop("check", None)
        rows[table] = [{"article_id": aid, **flatten(layout, item), "seq": i} for i, item in enumerate(items)]
    rows["checks"] = [
        {"article_id": aid, "claim_id": c.id, **c.check.model_dump(mode="python")}
        for c in record.claims
        if c.check is not None
    ]
    return rows


# --------------------------------------------------------------------------- the store


class Store:
    """A dyadwatch database. ``Store("sqlite:///x.db")`` creates and migrates a new file."""

    def __init__(self, url: str = DEFAULT_DB, *, create: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.tables: dict[str, sa.Table] = schema.TABLES
        self._check_schema(create)

    # ----------------------------------------------------------------- schema

    def _check_schema(self, create: bool) -> None:
        need = migrate.head()
        try:
            found = migrate.current(self.engine)
            if found is None:
                present = set(sa.inspect(self.engine).get_table_names()) & set(self.tables)
                if present:
                    raise error("DW502", url=self.safe_url, found="unversioned", need=need)
                if not create:
                    raise error("DW502", url=self.safe_url, found="empty", need=need)
                migrate.upgrade(self.engine)
            elif found != need:
                raise error("DW502", url=self.safe_url, found=found, need=need)
        except (OperationalError, sa.exc.InterfaceError, sa.exc.DatabaseError) as exc:
            raise error("DW501", url=self.safe_url, why=str(exc.orig).strip() or type(exc).__name__) from None

    @property
    def safe_url(self) -> str:
        """The URL with any password hidden, for messages and logs."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- writing

    # Every write is one transaction, so a write that failed left nothing behind and can be redone as is.
    # When the failure is the server going away (a restart, a dropped connection), the write waits up to
    # ``reconnect_seconds`` for the database to answer again and is retried once; any other failure, or a
    # second one, becomes a coded error (DW503 for a write, DW501 when the database cannot be reached).
    # Once a wait has run out, the writes of the next ``reconnect_seconds`` fail at once instead of each
    # waiting again (the failure, then closing the run, come right after a failed article).
    reconnect_seconds = 15.0
    _gave_up_at: float | None = None

    def _is_disconnect(self, exc: BaseException) -> bool:
        """True when ``exc`` says the connection or the server went away (never for SQLite: a file)."""
        if self.dialect == "sqlite" or not isinstance(exc, DBAPIError):
            return False
        if exc.connection_invalidated:
            return True
        if not isinstance(exc, (OperationalError, InterfaceError)):
            return False
        state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        return state is None or str(state).startswith(DISCONNECT_STATES)

    def _reachable(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            return True
        except SQLAlchemyError:
            return False

    def _wait_for_server(self) -> bool:
        start = time.monotonic()
        if self._gave_up_at is not None and start - self._gave_up_at < self.reconnect_seconds:
            return self._reachable()
        while True:
            if self._reachable():
                self._gave_up_at = None
                return True
            if time.monotonic() - start >= self.reconnect_seconds:
                self._gave_up_at = time.monotonic()
                return False
            time.sleep(0.5)

    def _retrying(self, op: Callable[[], T]) -> T:
        """Run ``op`` (one whole transaction); once more if the server went away and came back."""
        try:
            return op()
        except SQLAlchemyError as exc:
            if not self._is_disconnect(exc) or not self._wait_for_server():
                raise
        return op()

    @staticmethod
    def _why(exc: BaseException) -> str:
        text = str(getattr(exc, "orig", None) or exc).strip()
        return (text.splitlines() or [type(exc).__name__])[0]

    def _store_error(self, where: str, exc: BaseException) -> Exception:
        """A coded error for a failed write: DW501 (naming the database) when it cannot be reached."""
        if self._is_disconnect(exc):
            return error("DW501", url=self.safe_url, why=self._why(exc))
        return error("DW503", where=where, why=self._why(exc))

    def add(self, record: Record, run_id: int | None = None) -> bool:
        """Store one record in one transaction; False (and nothing written) if its id is present."""
        rows = record_rows(record)
        rows["articles"][0].update(ingested_at=now(), run_id=run_id)

        def write() -> bool:
            with self.engine.begin() as conn:
                if self._exists(conn, record.article.id):
                    return False
                self._insert(conn, rows)
            return True

        try:
            return self._retrying(write)
        except IntegrityError as exc:
            try:
                if record.article.id in self:
                    return False  # another writer stored it between our check and insert
            except SQLAlchemyError:
                pass
            raise self._write_error(record, exc) from None
        except SQLAlchemyError as exc:
            raise self._write_error(record, exc) from None

    def _write_error(self, record: Record, exc: Exception) -> Exception:
        # Always DW503 for an article: the ingest loop records it as that article's failure and goes on;
        # if the database is really gone, recording that failure fails too and stops the run (ingest.run).
        return error("DW503", where=record.article.origin or record.article.id, why=self._why(exc))

    def replace(self, record: Record, run_id: int | None = None) -> None:
        """Swap an article's stored record for a new one in one transaction (reprocessing)."""
        rows = record_rows(record)
        rows["articles"][0].update(ingested_at=now(), run_id=run_id)

        def write() -> None:
            with self.engine.begin() as conn:
                self._delete(conn, record.article.id)
                self._insert(conn, rows)

        try:
            self._retrying(write)
        except SQLAlchemyError as exc:
            raise self._write_error(record, exc) from None

    def _insert(self, conn: sa.Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
        for name, table_rows in rows.items():
            if table_rows:
                conn.execute(self.tables[name].insert(), table_rows)

    def _delete(self, conn: sa.Connection, article_id: str) -> None:
        # Children first: no reliance on ON DELETE CASCADE being enabled.
        for name in ("checks", "claims", "events", "actors", "quotes", "sources", "articles"):
            table = self.tables[name]
            key = table.c.id if name == "articles" else table.c.article_id
            conn.execute(table.delete().where(key == article_id))

    def delete(self, article_id: str) -> bool:
        with self.engine.begin() as conn:
            if not self._exists(conn, article_id):
                return False
            self._delete(conn, article_id)
        return True

    def add_failure(self, failure: Failure, run_id: int | None = None) -> None:
        """Record an input that failed. The same origin failing the same way again replaces its row,
        so a resumed run ends with the same errors table as an uninterrupted one."""
        t = self.tables["errors"]

        def write() -> None:
            with self.engine.begin() as conn:
                conn.execute(
                    t.delete().where(t.c.origin == failure.origin, t.c.code == failure.code, t.c.stage == failure.stage)
                )
                conn.execute(
                    t.insert().values(
                        run_id=run_id,
                        origin=failure.origin,
                        code=failure.code,
                        message=failure.message,
                        stage=failure.stage,
                        at=now(),
                    )
                )

        try:
            self._retrying(write)
        except SQLAlchemyError as exc:
            raise self._store_error(f"{failure.origin} (its row in the errors table)", exc) from None

    def begin_run(self, command: str, settings: dict[str, Any] | None = None) -> int:
        """Open a run row; its id goes on every article and error the run writes."""

        def write() -> int:
            with self.engine.begin() as conn:
                result = conn.execute(
                    self.tables["runs"]
                    .insert()
                    .values(started_at=now(), command=command, settings=settings or {})
                    .returning(self.tables["runs"].c.id)
                )
                return int(result.scalar_one())

        try:
            return self._retrying(write)
        except SQLAlchemyError as exc:
            raise self._store_error(f"{self.safe_url} (the new run's row)", exc) from None

    def end_run(self, run_id: int, *, processed: int, duplicates: int, failed: int) -> None:
        t = self.tables["runs"]

        def write() -> None:
            with self.engine.begin() as conn:
                conn.execute(
                    t.update()
                    .where(t.c.id == run_id)
                    .values(finished_at=now(), processed=processed, duplicates=duplicates, failed=failed)
                )

        try:
            self._retrying(write)
        except SQLAlchemyError as exc:
            raise self._store_error(f"{self.safe_url} (the end of run {run_id})", exc) from None

    # ----------------------------------------------------------------- reading

    def _exists(self, conn: sa.Connection, article_id: str) -> bool:
        t = self.tables["articles"]
        return conn.execute(sa.select(t.c.id).where(t.c.id == article_id)).first() is not None

    def __contains__(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return self._exists(conn, article_id)

    def existing(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored (for skipping duplicates before any NLP)."""
        t = self.tables["articles"]
        ids = list(ids)

        def read() -> set[str]:
            found: set[str] = set()
            with self.engine.connect() as conn:
                for i in range(0, len(ids), CHUNK):
                    chunk = ids[i : i + CHUNK]
                    found.update(conn.execute(sa.select(t.c.id).where(t.c.id.in_(chunk))).scalars())
            return found

        try:
            return self._retrying(read)
        except SQLAlchemyError as exc:
            raise error("DW501", url=self.safe_url, why=self._why(exc)) from None

    def get(self, article_id: str) -> Record:
        """The stored record, exactly as it was added; DW504 if there is none."""
        with self.engine.connect() as conn:
            return self._get(conn, article_id)

    def _get(self, conn: sa.Connection, article_id: str) -> Record:
        t = self.tables["articles"]
        row = conn.execute(sa.select(t).where(t.c.id == article_id)).mappings().first()
        if row is None:
            raise error("DW504", id=article_id)
        data = unflatten(LAYOUTS["articles"], row)
        checks = {
            r["claim_id"]: unflatten(LAYOUTS["checks"], r)
            for r in conn.execute(
                sa.select(self.tables["checks"]).where(self.tables["checks"].c.article_id == article_id)
            ).mappings()
        }
        for table, field in FACT_TABLES:
            ft = self.tables[table]
            items = []
            for r in conn.execute(sa.select(ft).where(ft.c.article_id == article_id).order_by(ft.c.seq)).mappings():
                item = unflatten(LAYOUTS[table], r)
                if table == "claims":
                    item["check"] = checks.get(item["id"])
                items.append(item)
            data[field] = items
        return Record.model_validate(data)

    def records(self, ids: Iterable[str] | None = None) -> Iterator[Record]:
        """Stream stored records (all of them, in id order, unless ``ids`` is given)."""
        id_iter = self.ids() if ids is None else iter(ids)
        with self.engine.connect() as conn:
            for aid in id_iter:
                yield self._get(conn, aid)

    def ids(self, batch: int = 1000) -> Iterator[str]:
        """All article ids in order, fetched in pages so a huge store is never held in memory."""
        t = self.tables["articles"]
        last = ""
        while True:
            with self.engine.connect() as conn:
                page = list(
                    conn.execute(sa.select(t.c.id).where(t.c.id > last).order_by(t.c.id).limit(batch)).scalars()
                )
            if not page:
                return
            yield from page
            last = page[-1]

    def stale(self, info: PipelineInfo) -> Iterator[str]:
        """Ids of articles produced by another dyadwatch version, model or lexicon set than ``info``."""
        t = self.tables["articles"]
        cond = sa.or_(
            t.c.pipeline_dyadwatch.is_(None),
            t.c.pipeline_dyadwatch != info.dyadwatch,
            t.c.pipeline_schema_version != info.schema_version,
            t.c.pipeline_model != info.model,
            t.c.pipeline_model_version != info.model_version,
            t.c.pipeline_lexicons != info.lexicons,
        )
        last = ""
        while True:
            with self.engine.connect() as conn:
                page = list(
                    conn.execute(sa.select(t.c.id).where(cond, t.c.id > last).order_by(t.c.id).limit(1000)).scalars()
                )
            if not page:
                return
            yield from page
            last = page[-1]

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(self.tables[table])).scalar_one())

    def counts(self) -> dict[str, int]:
        return {name: self.count(name) for name in self.tables}

    def revision(self) -> str | None:
        return migrate.current(self.engine)


# Columns that say when or in which run something was written, not what was written.
VOLATILE = {"runs": None, "articles": ("ingested_at", "run_id"), "errors": ("id", "run_id", "at")}


def content(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, without run and timestamp columns: two stores built from the same
    corpus (killed and resumed, local or on Dask, SQLite or PostgreSQL) compare equal."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for name, table in store.tables.items():
            skip = VOLATILE.get(name, ())
            if skip is None:
                continue
            cols = [c for c in table.c if c.name not in skip]
            rows = conn.execute(sa.select(*cols)).all()
            out[name] = sorted((tuple(json.dumps(v, sort_keys=True) if isinstance(v, (list, dict)) else v
                                      for v in r) for r in rows), key=repr)  # fmt: skip
    return out
