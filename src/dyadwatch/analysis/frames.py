"""The stored corpus as pandas DataFrames: ``dyadwatch.open(db)`` returns a ``Corpus``.

Every face of dyadwatch (Python, CLI tables, JSON API, web pages) calls these methods, so a
number on the dashboard is the number the API returns and the number ``dyadwatch dyad`` prints.
Queries are SQLAlchemy Core with bound parameters only; user text never reaches SQL as text.
Each method returns a frame whose columns are the fields of one model in ``analysis.rows``;
paged methods put the unpaged row count in ``frame.attrs["total"]``. Answers are cached until
the corpus changes (``memo``), so a dashboard reloaded between ingests does not rescan.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd
import sqlalchemy as sa

from dyadwatch.analysis import periods
from dyadwatch.analysis.rows import (
    ActorRow,
    ArticleRow,
    ClaimRow,
    CorpusCounts,
    DyadPoint,
    DyadRow,
    EdgeRow,
    EventRow,
    QuoteRow,
    SearchHit,
    SourcingRow,
    SpeakerRow,
    TopEventRow,
    _Row,
)
from dyadwatch.errors import error
from dyadwatch.model import iso_countries

if TYPE_CHECKING:
    from dyadwatch.model import Record
    from dyadwatch.store import Store

QUAD_COLUMNS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
QUAD_LABELS = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}
LEVELS = ("country", "code")
MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000_000  # beyond any corpus; larger ints overflow SQLite's 64-bit INTEGER
MAX_POINTS = 5000  # periods in one series: 13 years of days; more is a request to refuse, not to build


def _frame(rows: Sequence[Any], model: type[_Row]) -> pd.DataFrame:
    cols = model.columns()
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    frame = pd.DataFrame([dict(r._mapping) if hasattr(r, "_mapping") else dict(r) for r in rows])
    for c in cols:
        if c not in frame.columns:
            frame[c] = None
    return frame[cols]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column: sa.ColumnElement[Any], text: str) -> sa.ColumnElement[bool]:
    """Case-insensitive substring match with LIKE wildcards in the user's text taken literally."""
    return sa.func.lower(column).like(f"%{_like_escape(text.lower())}%", escape="\\")


def _check_level(level: str) -> str:
    if level not in LEVELS:
        raise error("DW604", param="level", why=f"{level!r} is not one of {', '.join(LEVELS)}")
    return level


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise error("DW604", param="limit", why=f"must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise error("DW604", param="offset", why=f"must be between 0 and {MAX_OFFSET:,}")


def _round(value: float | None, digits: int = 3) -> float | None:
    if value is None or pd.isna(value):
        return None
    return round(float(value), digits)


def _copy(value: Any) -> Any:
    if isinstance(value, pd.DataFrame):
        out = value.copy(deep=True)
        out.attrs = dict(value.attrs)
        return out
    if isinstance(value, _Row):
        return value.model_copy()
    if isinstance(value, list):
        return list(value)
    return value


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_has_nul(v) for v in value)
    return False


def reject_nul(method: Callable[..., Any]) -> Callable[..., Any]:
    """Refuse a NUL byte in any text argument with DW604 (a 4xx in the API), on every database.

    PostgreSQL cannot take NUL in a text parameter (the query fails, a 500), and no stored text
    contains one (the readers refuse NUL as binary), so such a filter can only be an error. Applied
    to every public ``Corpus`` method below the class, so each text filter, present or future, is covered.
    """
    signature = inspect.signature(method)

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if any(_has_nul(v) for v in (*args, *kwargs.values())):
            bound = signature.bind_partial(*args, **kwargs)
            name = next((k for k, v in bound.arguments.items() if _has_nul(v)), "text")
            raise error("DW604", param=name, why="contains a NUL byte (\\x00)")
        return method(*args, **kwargs)

    return wrapper


def memo(method: Callable[..., Any]) -> Callable[..., Any]:
    """Keep a method's answers until the stored corpus changes (see ``Corpus.version``).

    The series, ranking and network queries scan the events table; the dashboard asks the same
    questions again and again between ingests, so each answer is kept (LRU, ``cache_size``
    entries) with the data version it was computed for, and recomputed once that changes.
    """
    name = method.__name__

    @functools.wraps(method)
    def wrapper(self: Corpus, *args: Any, **kwargs: Any) -> Any:
        if not self.cache_size:
            return method(self, *args, **kwargs)
        key = (name, args, tuple(sorted(kwargs.items())))
        version = self.version()
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == version:
                self._cache.move_to_end(key)
                return _copy(hit[1])
        value = method(self, *args, **kwargs)
        with self._lock:
            self._cache[key] = (version, _copy(value))
            self._cache.move_to_end(key)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return value

    return wrapper


class Corpus:
    """Read-only analysis over one store: holds the engine and a small cache of answers (``memo``)."""

    def __init__(self, store: Store, cache_size: int = 256) -> None:
        self.store = store
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[Any, ...], tuple[Any, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.engine: sa.Engine = store.engine
        t = store.tables
        self.articles: sa.Table = t["articles"]
        self.events_t: sa.Table = t["events"]
        self.quotes_t: sa.Table = t["quotes"]
        self.sources_t: sa.Table = t["sources"]
        self.claims_t: sa.Table = t["claims"]
        self.checks_t: sa.Table = t["checks"]
        self.actors_t: sa.Table = t["actors"]

    # ------------------------------------------------------------------ helpers

    def version(self) -> tuple[Any, ...]:
        """What the cache is keyed on: any article added, replaced or deleted changes it."""
        a = self.articles
        # two scalar subqueries, not one SELECT: each is then a single index lookup, where together
        # they made SQLite walk the whole index (2.3 ms per request at 50,000 articles, on every request)
        n = sa.select(sa.func.count()).select_from(a).scalar_subquery()
        last = sa.select(sa.func.max(a.c.ingested_at)).scalar_subquery()
        with self.engine.connect() as conn:
            return tuple(conn.execute(sa.select(n, last)).one())

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    def _rows(self, stmt: sa.Executable) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(stmt))

    def _scalar(self, stmt: sa.Executable) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar()

    def _paged(
        self, stmt: sa.Select[Any], model: type[_Row], limit: int, offset: int, with_total: bool = True
    ) -> pd.DataFrame:
        _check_page(limit, offset)
        total = None
        if with_total:
            if stmt._group_by_clauses:  # one row per group: count the groups
                count = sa.select(sa.func.count()).select_from(stmt.order_by(None).subquery())
            else:  # same FROM and WHERE, no columns to compute
                count = stmt.order_by(None).with_only_columns(sa.func.count(), maintain_column_froms=True)
            total = int(self._scalar(count) or 0)
        frame = _frame(self._rows(stmt.limit(limit).offset(offset)), model)
        frame.attrs.update(total=total, limit=limit, offset=offset)
        return frame

    def _event_date(self) -> sa.ColumnElement[Any]:
        """An event's own date, else its article's date.

        A correlated subquery rather than a join, so the series query reads only the events
        table; the pipeline fills ``Event.date`` (from the article when the text gives none), so
        COALESCE rarely needs the lookup.
        """
        e, art = self.events_t, self.articles
        article_date = sa.select(art.c.date).where(art.c.id == e.c.article_id).correlate(e).scalar_subquery()
        return sa.func.coalesce(e.c.date, article_date, type_=sa.Date())

    def _side(self, prefix: str, spec: str) -> sa.ColumnElement[bool]:
        """Match one side of an event: a country (ISO alpha-3) or a CAMEO code prefix.

        CAMEO actor codes are hierarchical in 3-letter blocks, so "USA" matches USAGOV and
        USAMIL and "MEXCRM" matches only Mexican criminal actors. A code that starts with a
        country always carries that country (``model.EventActor`` fills it in), so a country spec
        is an equality on the country column and a longer one adds it: both use the events
        indexes, which an OR with ``code LIKE`` would not (a full scan, 100+ ms at a million
        events). Other specs (IGO, REB, a user's own codes) match the country or the code prefix.
        """
        e = self.events_t.c
        spec = spec.strip().upper()
        if not spec or not spec.isascii() or not spec.isalnum() or len(spec) > 32:
            raise error("DW604", param="actor", why=f"{spec!r} is not a country or CAMEO code (letters, digits)")
        country, code = e[f"{prefix}_country"], e[f"{prefix}_code"]
        if spec[:3] in iso_countries():
            if len(spec) == 3:
                return country == spec
            return sa.and_(country == spec[:3], code.like(f"{spec}%"))
        return sa.or_(country == spec, code.like(f"{spec}%"))

    def _actor_filter(self, a: str, b: str | None, directed: bool) -> sa.ColumnElement[bool]:
        """A and B (either way unless directed), or A alone (as source, or as either side)."""
        if b:
            forward = sa.and_(self._side("source", a), self._side("target", b))
            if directed:
                return forward
            return sa.or_(forward, sa.and_(self._side("source", b), self._side("target", a)))
        if directed:
            return self._side("source", a)
        return sa.or_(self._side("source", a), self._side("target", a))

    def _event_filter(
        self,
        a: str | None = None,
        b: str | None = None,
        directed: bool = False,
        start: dt.date | None = None,
        end: dt.date | None = None,
        include_negated: bool = False,
        quad_class: int | None = None,
        cameo: str | None = None,
        article_id: str | None = None,
    ) -> list[sa.ColumnElement[bool]]:
        e = self.events_t.c
        where: list[sa.ColumnElement[bool]] = []
        if a:
            where.append(self._actor_filter(a, b, directed))
        elif b:
            where.append(self._actor_filter(b, None, directed))
        date = self._event_date()
        if start is not None:
            where.append(date >= start)
        if end is not None:
            where.append(date <= end)
        if not include_negated:
            where.append(sa.or_(e.negated.is_(None), e.negated == sa.false()))
        if quad_class is not None:
            if quad_class not in QUAD_COLUMNS:
                raise error("DW604", param="quad_class", why="must be 1, 2, 3 or 4")
            where.append(e.quad_class == quad_class)
        if cameo:
            where.append(e.cameo.like(f"{_like_escape(cameo)}%", escape="\\"))
        if article_id:
            where.append(e.article_id == article_id)
        return where

    def _joined_events(self) -> sa.FromClause:
        e, a = self.events_t, self.articles
        return e.join(a, a.c.id == e.c.article_id)

    # ------------------------------------------------------------------ corpus

    @memo
    def counts(self) -> CorpusCounts:
        """How much is stored: the overview page's first line."""

        def n(table: sa.Table) -> int:
            return int(self._scalar(sa.select(sa.func.count()).select_from(table)) or 0)

        a = self.articles.c
        with self.engine.connect() as conn:
            first, last = conn.execute(sa.select(sa.func.min(a.date), sa.func.max(a.date))).one()
        return CorpusCounts(
            articles=n(self.articles),
            events=n(self.events_t),
            quotes=n(self.quotes_t),
            sources=n(self.sources_t),
            claims=n(self.claims_t),
            actors=n(self.actors_t),
            checked_claims=n(self.checks_t),
            first_date=first,
            last_date=last,
        )

    def _fact_count(self, table: sa.Table) -> sa.ScalarSelect[Any]:
        return (
            sa.select(sa.func.count())
            .where(table.c.article_id == self.articles.c.id)
            .correlate(self.articles)
            .scalar_subquery()
        )

    def articles_frame(
        self,
        q: str | None = None,
        publisher: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> pd.DataFrame:
        """Stored articles, newest first, with their numbers of quotes, events and claims."""
        a = self.articles.c
        stmt = sa.select(
            a.id,
            a.title,
            a.date,
            a.author,
            a.publisher,
            a.dateline,
            a.url,
            self._fact_count(self.quotes_t).label("quotes"),
            self._fact_count(self.events_t).label("events"),
            self._fact_count(self.claims_t).label("claims"),
        )
        if q:
            stmt = stmt.where(sa.or_(_contains(a.title, q), _contains(a.text, q)))
        if publisher:
            stmt = stmt.where(a.publisher == publisher)
        if start is not None:
            stmt = stmt.where(a.date >= start)
        if end is not None:
            stmt = stmt.where(a.date <= end)
        stmt = stmt.order_by(a.date.desc().nulls_last(), a.id)
        return self._paged(stmt, ArticleRow, limit, offset)

    def record(self, article_id: str) -> Record:
        """The full record of one article (DW504 when it is not stored)."""
        exists = self._scalar(sa.select(self.articles.c.id).where(self.articles.c.id == article_id))
        if exists is None:
            raise error("DW504", id=article_id)
        return self.store.get(article_id)

    # ------------------------------------------------------------------ dyads and events

    def dyad(
        self,
        a: str,
        b: str,
        by: str = "month",
        directed: bool = False,
        start: dt.date | None = None,
        end: dt.date | None = None,
        include_negated: bool = False,
    ) -> pd.DataFrame:
        """The relationship of A and B over time, one row per period, gaps filled with zeros.

        A and B are countries (ISO alpha-3) or CAMEO code prefixes. Undirected by default
        (A->B and B->A); ``directed=True`` keeps only A acting on B. ``events_per_article``
        divides by every stored article of the period, so a month in which more was read does
        not look more eventful.
        """
        if not (a or "").strip() or not (b or "").strip():
            raise error("DW604", param="actor", why="a dyad needs two actors or countries")
        return self.series(a, b, by, directed, start, end, include_negated)

    @memo
    def series(
        self,
        a: str | None = None,
        b: str | None = None,
        by: str = "month",
        directed: bool = False,
        start: dt.date | None = None,
        end: dt.date | None = None,
        include_negated: bool = False,
    ) -> pd.DataFrame:
        """Events over time for a dyad (A and B), one actor (A only, as source or target) or all."""
        by_ = periods.check_by(by)
        e, art = self.events_t.c, self.articles.c
        date = self._event_date()
        where = self._event_filter(a, b, directed, start, end, include_negated)
        # One pass folds the matching events into periods in SQL, counting distinct articles too (an
        # article's events may fall on different days, so per-day counts could not be added up).
        period = periods.sql_floor(date, by_).label("period")
        stmt = (
            sa.select(
                period,
                sa.func.count().label("n"),
                *(sa.func.sum(sa.case((e.quad_class == q, 1), else_=0)).label(f"q{q}") for q in QUAD_COLUMNS),
                sa.func.sum(e.goldstein).label("gsum"),
                sa.func.count(e.goldstein).label("gn"),
                sa.func.count(sa.distinct(e.article_id)).label("arts"),
            )
            .select_from(self.events_t)
            .where(date.is_not(None), *where)
            .group_by(period)
        )
        found = {row.period: row for row in self._rows(stmt)}
        # stored articles per day, folded here: a few thousand days at most, and grouping the whole
        # articles table by a SQL date function cost 12-18 ms a request at 50,000 articles (2 ms this way)
        astmt = sa.select(art.date, sa.func.count()).where(art.date.is_not(None)).group_by(art.date)
        if start is not None:
            astmt = astmt.where(art.date >= start)
        if end is not None:
            astmt = astmt.where(art.date <= end)
        stored: dict[dt.date, int] = {}
        for day, count in self._rows(astmt):
            key = periods.floor(day, by_)
            stored[key] = stored.get(key, 0) + count
        attrs = {"a": (a or "").upper(), "b": (b or "").upper(), "by": by_, "directed": directed}
        if not found and (start is None or end is None):
            frame = _frame([], DyadPoint)
            frame.attrs.update(attrs)
            return frame
        first = start or min(found)
        last = end or max(found)
        n_points = periods.count(first, last, by_)
        if n_points > MAX_POINTS:
            raise error(
                "DW604",
                param="by",
                why=f"{first} to {last} by {by_} is {n_points:,} periods (at most {MAX_POINTS:,}); "
                "choose a longer period (week, month) or a shorter start..end",
            )
        out = []
        for s in periods.span(first, last, by_):
            row = found.get(s)
            n = int(row.n) if row else 0
            g_sum = float(row.gsum or 0.0) if row else 0.0
            g_n = int(row.gn or 0) if row else 0
            n_art = int(stored.get(s, 0))
            out.append(
                {
                    "period": s,
                    "end": periods.last_day(s, by_),
                    "label": periods.label(s, by_),
                    "events": n,
                    **{col: int(getattr(row, f"q{q}") or 0) if row else 0 for q, col in QUAD_COLUMNS.items()},
                    "goldstein_sum": round(g_sum, 3),
                    "goldstein_mean": round(g_sum / g_n, 3) if g_n else None,
                    "articles": int(row.arts) if row else 0,
                    "corpus_articles": n_art,
                    "events_per_article": round(n / n_art, 4) if n_art else None,
                    "goldstein_per_article": round(g_sum / n_art, 4) if n_art else None,
                }
            )
        frame = _frame(out, DyadPoint)
        frame.attrs.update(a=(a or "").upper(), b=(b or "").upper(), by=by_, directed=directed)
        return frame

    @memo
    def events(
        self,
        a: str | None = None,
        b: str | None = None,
        directed: bool = False,
        start: dt.date | None = None,
        end: dt.date | None = None,
        include_negated: bool = False,
        quad_class: int | None = None,
        cameo: str | None = None,
        article_id: str | None = None,
        limit: int = 50,
        offset: int = 0,
        with_total: bool = True,
    ) -> pd.DataFrame:
        """The events behind a series point, a dyad, an actor or an article, with their sentences.

        ``with_total=False`` skips counting every match (``attrs["total"]`` is then None).
        """
        e, art, s = self.events_t.c, self.articles.c, self.sources_t
        date = self._event_date().label("date")
        sentence = sa.func.substr(art.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
        where = self._event_filter(a, b, directed, start, end, include_negated, quad_class, cameo, article_id)
        stmt = (
            sa.select(
                e.article_id,
                e.id,
                date,
                e.source_text,
                e.source_code,
                e.source_country,
                e.action_text,
                e.target_text,
                e.target_code,
                e.target_country,
                e.cameo,
                e.cameo_name,
                e.quad_class,
                e.quad_name,
                e.goldstein,
                e.plover,
                e.negated,
                e.modality,
                e.reported_by,
                s.c.name.label("reporter"),
                sentence.label("sentence"),
                art.title,
                art.publisher,
            )
            .select_from(
                self._joined_events().outerjoin(s, sa.and_(s.c.article_id == e.article_id, s.c.id == e.reported_by))
            )
            .where(*where)
            .order_by(date.desc(), e.article_id, e.action_start)
        )
        return self._paged(stmt, EventRow, limit, offset, with_total)

    @memo
    def top_events(self, start: dt.date | None = None, end: dt.date | None = None, limit: int = 10) -> pd.DataFrame:
        """The most frequent event types (CAMEO codes) of a period."""
        e = self.events_t.c
        where = self._event_filter(start=start, end=end)
        stmt = (
            sa.select(
                e.cameo,
                sa.func.max(e.cameo_name).label("cameo_name"),
                sa.func.max(e.quad_class).label("quad_class"),
                sa.func.count().label("events"),
                sa.func.count(sa.distinct(e.article_id)).label("articles"),
                sa.func.avg(e.goldstein).label("goldstein_mean"),
            )
            .select_from(self._joined_events())
            .where(e.cameo.is_not(None), *where)
            .group_by(e.cameo)
            .order_by(sa.desc("events"), e.cameo)
            .limit(limit)
        )
        frame = _frame(self._rows(stmt), TopEventRow)
        frame["goldstein_mean"] = [_round(v) for v in frame["goldstein_mean"]]
        return frame

    @memo
    def top_actors(
        self,
        start: dt.date | None = None,
        end: dt.date | None = None,
        level: str = "code",
        limit: int = 20,
    ) -> pd.DataFrame:
        """Actors (CAMEO codes or countries) ranked by the events they take part in."""
        _check_level(level)
        e = self.events_t.c
        where = self._event_filter(start=start, end=end)
        sides = []
        for side, flags in (("source", (1, 0)), ("target", (0, 1))):
            col = e[f"{side}_{level}"]
            sides.append(
                sa.select(
                    col.label("actor"),
                    sa.literal(flags[0]).label("as_source"),
                    sa.literal(flags[1]).label("as_target"),
                    e.goldstein,
                    e.article_id,
                )
                .select_from(self._joined_events())
                .where(col.is_not(None), *where)
            )
        both = sa.union_all(*sides).subquery()
        stmt = (
            sa.select(
                both.c.actor,
                sa.func.count().label("events"),
                sa.func.sum(both.c.as_source).label("as_source"),
                sa.func.sum(both.c.as_target).label("as_target"),
                sa.func.count(sa.distinct(both.c.article_id)).label("articles"),
                sa.func.avg(both.c.goldstein).label("goldstein_mean"),
            )
            .group_by(both.c.actor)
            .order_by(sa.desc("events"), both.c.actor)
            .limit(limit)
        )
        frame = _frame(self._rows(stmt), ActorRow)
        frame["goldstein_mean"] = [_round(v) for v in frame["goldstein_mean"]]
        frame["name"] = [self._actor_name(code, level) for code in frame["actor"]]
        return frame

    def name_of(self, code: str) -> str | None:
        """A readable name for a country code (ISO alpha-3) or a CAMEO actor code, if known."""
        code = code.upper()
        if len(code) == 3:
            name = self._actor_name(code, "country")
            if name:
                return name
        return self._actor_name(code, "code")

    def _actor_name(self, code: str, level: str) -> str | None:
        if level == "country":
            try:
                import pycountry

                country = pycountry.countries.get(alpha_3=code)
                return country.name if country else None
            except (ImportError, LookupError):
                return None
        act = self.actors_t.c
        stmt = (
            sa.select(act.name, sa.func.count().label("n"))
            .where(act.code == code)
            .group_by(act.name)
            .order_by(sa.desc("n"), act.name)
            .limit(1)
        )
        rows = self._rows(stmt)
        return rows[0][0] if rows else None

    @memo
    def network(
        self,
        start: dt.date | None = None,
        end: dt.date | None = None,
        level: str = "country",
        min_events: int = 1,
        include_self: bool = False,
        limit: int = 200,
    ) -> pd.DataFrame:
        """The directed actor network: one row per (source, target) with counts and mean Goldstein."""
        _check_level(level)
        e = self.events_t.c
        src, tgt = e[f"source_{level}"], e[f"target_{level}"]
        where = self._event_filter(start=start, end=end)
        if not include_self:
            where.append(src != tgt)
        stmt = (
            sa.select(
                src.label("source"),
                tgt.label("target"),
                sa.func.count().label("events"),
                sa.func.coalesce(sa.func.sum(e.goldstein), 0.0).label("goldstein_sum"),
                sa.func.avg(e.goldstein).label("goldstein_mean"),
                sa.func.sum(sa.case((e.quad_class.in_([1, 2]), 1), else_=0)).label("cooperation"),
                sa.func.sum(sa.case((e.quad_class.in_([3, 4]), 1), else_=0)).label("conflict"),
            )
            .select_from(self._joined_events())
            .where(src.is_not(None), tgt.is_not(None), *where)
            .group_by(src, tgt)
            .having(sa.func.count() >= max(1, min(int(min_events), MAX_OFFSET)))
            .order_by(sa.desc("events"), src, tgt)
            .limit(limit)
        )
        frame = _frame(self._rows(stmt), EdgeRow)
        frame["goldstein_mean"] = [_round(v) for v in frame["goldstein_mean"]]
        frame["goldstein_sum"] = [_round(v) or 0.0 for v in frame["goldstein_sum"]]
        return frame

    @memo
    def top_dyads(
        self,
        start: dt.date | None = None,
        end: dt.date | None = None,
        level: str = "country",
        limit: int = 10,
    ) -> pd.DataFrame:
        """The most active undirected pairs: what the overview page offers to follow."""
        _check_level(level)
        e = self.events_t.c
        src, tgt = e[f"source_{level}"], e[f"target_{level}"]
        lo = sa.case((src < tgt, src), else_=tgt)
        hi = sa.case((src < tgt, tgt), else_=src)
        date = self._event_date()
        stmt = (
            sa.select(
                lo.label("a"),
                hi.label("b"),
                sa.func.count().label("events"),
                sa.func.count(sa.distinct(e.article_id)).label("articles"),
                sa.func.avg(e.goldstein).label("goldstein_mean"),
                sa.func.max(date).label("last_date"),
            )
            .select_from(self._joined_events())
            .where(src.is_not(None), tgt.is_not(None), src != tgt, *self._event_filter(start=start, end=end))
            .group_by(lo, hi)
            .order_by(sa.desc("events"), lo, hi)
            .limit(limit)
        )
        frame = _frame(self._rows(stmt), DyadRow)
        frame["goldstein_mean"] = [_round(v) for v in frame["goldstein_mean"]]
        return frame

    # ------------------------------------------------------------------ quotes and sources

    @memo
    def speakers(
        self,
        kind: str | None = "person",
        start: dt.date | None = None,
        end: dt.date | None = None,
        publisher: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> pd.DataFrame:
        """Most-quoted speakers (people by default; ``kind=None`` for every kind)."""
        qt, art = self.quotes_t.c, self.articles.c
        stmt = (
            sa.select(
                qt.speaker_name.label("speaker"),
                sa.func.max(qt.speaker_kind).label("kind"),
                sa.func.count().label("quotes"),
                sa.func.count(sa.distinct(qt.article_id)).label("articles"),
                sa.func.min(art.date).label("first_date"),
                sa.func.max(art.date).label("last_date"),
            )
            .select_from(self.quotes_t.join(self.articles, art.id == qt.article_id))
            .where(qt.speaker_name.is_not(None))
            .group_by(qt.speaker_name)
            .order_by(sa.desc("quotes"), qt.speaker_name)
        )
        if kind:
            stmt = stmt.where(qt.speaker_kind == kind)
        if start is not None:
            stmt = stmt.where(art.date >= start)
        if end is not None:
            stmt = stmt.where(art.date <= end)
        if publisher:
            stmt = stmt.where(art.publisher == publisher)
        return self._paged(stmt, SpeakerRow, limit, offset)

    def quotes(
        self,
        speaker: str | None = None,
        q: str | None = None,
        kind: str | None = None,
        article_id: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> pd.DataFrame:
        """Quotes, filtered by speaker (substring, any case), text, quote kind, article or dates."""
        qt, art = self.quotes_t.c, self.articles.c
        stmt = (
            sa.select(
                qt.article_id,
                qt.id,
                qt.text,
                qt.kind,
                qt.speaker_name,
                qt.speaker_kind,
                qt.speaker_description,
                qt.cue_text,
                art.date,
                art.title,
                art.publisher,
            )
            .select_from(self.quotes_t.join(self.articles, art.id == qt.article_id))
            .order_by(art.date.desc().nulls_last(), qt.article_id, qt.start)
        )
        if speaker:
            stmt = stmt.where(_contains(qt.speaker_name, speaker))
        if q:
            stmt = stmt.where(_contains(qt.text, q))
        if kind:
            stmt = stmt.where(qt.kind == kind)
        if article_id:
            stmt = stmt.where(qt.article_id == article_id)
        if start is not None:
            stmt = stmt.where(art.date >= start)
        if end is not None:
            stmt = stmt.where(art.date <= end)
        return self._paged(stmt, QuoteRow, limit, offset)

    @memo
    def sourcing(
        self,
        by: str = "outlet",
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> pd.DataFrame:
        """Share of anonymous sources and of quotes from them, by outlet or by day/week/month."""
        if by != "outlet":
            periods.check_by(by)
        art, src, qt = self.articles.c, self.sources_t.c, self.quotes_t.c
        n_src = (
            sa.select(
                src.article_id,
                sa.func.count().label("sources"),
                sa.func.sum(sa.case((src.kind == "anonymous", 1), else_=0)).label("anonymous_sources"),
            )
            .group_by(src.article_id)
            .subquery()
        )
        n_qt = (
            sa.select(
                qt.article_id,
                sa.func.count().label("quotes"),
                sa.func.sum(sa.case((qt.speaker_kind == "anonymous", 1), else_=0)).label("anonymous_quotes"),
            )
            .group_by(qt.article_id)
            .subquery()
        )
        stmt = sa.select(
            art.id,
            art.date,
            art.publisher,
            sa.func.coalesce(n_src.c.sources, 0),
            sa.func.coalesce(n_src.c.anonymous_sources, 0),
            sa.func.coalesce(n_qt.c.quotes, 0),
            sa.func.coalesce(n_qt.c.anonymous_quotes, 0),
        ).select_from(
            self.articles.outerjoin(n_src, n_src.c.article_id == art.id).outerjoin(n_qt, n_qt.c.article_id == art.id)
        )
        if start is not None:
            stmt = stmt.where(art.date >= start)
        if end is not None:
            stmt = stmt.where(art.date <= end)
        per = pd.DataFrame(
            self._rows(stmt),
            columns=["id", "date", "publisher", "sources", "anonymous_sources", "quotes", "anonymous_quotes"],
        )
        if per.empty:
            return _frame([], SourcingRow)
        if by == "outlet":
            per["group"] = per["publisher"].fillna("(unknown outlet)")
        else:
            per = per[per["date"].notna()]
            per["group"] = [periods.label(periods.floor(d, by), by) for d in per["date"]]  # type: ignore[arg-type]
        agg = (
            per.groupby("group", sort=True)
            .agg(
                articles=("id", "count"),
                sources=("sources", "sum"),
                anonymous_sources=("anonymous_sources", "sum"),
                quotes=("quotes", "sum"),
                anonymous_quotes=("anonymous_quotes", "sum"),
            )
            .reset_index()
        )
        rows = []
        for r in agg.to_dict("records"):
            r = {k: (int(v) if k != "group" else v) for k, v in r.items()}
            r["anonymous_source_share"] = round(r["anonymous_sources"] / r["sources"], 3) if r["sources"] else None
            r["anonymous_quote_share"] = round(r["anonymous_quotes"] / r["quotes"], 3) if r["quotes"] else None
            rows.append(r)
        frame = _frame(rows, SourcingRow)
        if by == "outlet":
            frame = frame.sort_values(["articles", "group"], ascending=[False, True]).reset_index(drop=True)
        return frame

    # ------------------------------------------------------------------ claims

    def claims(
        self,
        verdict: str | None = None,
        checked: bool | None = None,
        measure: str | None = None,
        article_id: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> pd.DataFrame:
        """Quantitative claims with the verdict of their check (None when not checked)."""
        c, ch, s, art = self.claims_t.c, self.checks_t.c, self.sources_t.c, self.articles.c
        stmt = (
            sa.select(
                c.article_id,
                c.id,
                c.text,
                c.value,
                c.unit,
                c.measure,
                c.period_label,
                c.attributed_to,
                s.name.label("speaker"),
                ch.verdict,
                ch.series,
                ch.observed,
                ch.detail,
                art.date,
                art.title,
                art.publisher,
            )
            .select_from(
                self.claims_t.join(self.articles, art.id == c.article_id)
                .outerjoin(self.checks_t, sa.and_(ch.article_id == c.article_id, ch.claim_id == c.id))
                .outerjoin(self.sources_t, sa.and_(s.article_id == c.article_id, s.id == c.attributed_to))
            )
            .order_by(art.date.desc().nulls_last(), c.article_id, c.start)
        )
        if verdict:
            stmt = stmt.where(ch.verdict == verdict)
        if checked is True:
            stmt = stmt.where(ch.verdict.is_not(None))
        elif checked is False:
            stmt = stmt.where(ch.verdict.is_(None))
        if measure:
            stmt = stmt.where(_contains(c.measure, measure))
        if article_id:
            stmt = stmt.where(c.article_id == article_id)
        if start is not None:
            stmt = stmt.where(art.date >= start)
        if end is not None:
            stmt = stmt.where(art.date <= end)
        return self._paged(stmt, ClaimRow, limit, offset)

    # ------------------------------------------------------------------ search

    def search(self, q: str, limit: int = 20, offset: int = 0) -> pd.DataFrame:
        """Articles (title or text) and quotes containing ``q``, any case; excerpts around the match."""
        q = (q or "").strip()
        if len(q) < 2:
            raise error("DW604", param="q", why="search for at least 2 characters")
        _check_page(limit, offset)
        art, qt = self.articles.c, self.quotes_t.c
        a_stmt = sa.select(
            sa.literal("article").label("kind"),
            art.id.label("article_id"),
            sa.null().label("id"),
            art.title,
            art.date,
            art.publisher,
            sa.null().label("speaker"),
            sa.null().label("quote_start"),
        ).where(sa.or_(_contains(art.title, q), _contains(art.text, q)))
        q_stmt = (
            sa.select(
                sa.literal("quote").label("kind"),
                qt.article_id,
                qt.id,
                art.title,
                art.date,
                art.publisher,
                qt.speaker_name.label("speaker"),
                qt.start.label("quote_start"),
            )
            .select_from(self.quotes_t.join(self.articles, art.id == qt.article_id))
            .where(sa.or_(_contains(qt.text, q), _contains(qt.speaker_name, q)))
        )
        both = sa.union_all(a_stmt, q_stmt).subquery()
        stmt = sa.select(both).order_by(
            both.c.date.desc().nulls_last(), both.c.article_id, both.c.kind, both.c.quote_start
        )
        total = self._scalar(sa.select(sa.func.count()).select_from(both))
        hits = self._rows(stmt.limit(limit).offset(offset))
        texts = self._texts({h.article_id for h in hits})
        rows = []
        for h in hits:
            text = texts.get(h.article_id, "")
            if h.kind == "quote":
                qtext = self._quote_text(h.article_id, h.id)
                pos = qtext.lower().find(q.lower())
                start = (h.quote_start or 0) + pos if pos >= 0 else h.quote_start
                excerpt = qtext if len(qtext) <= 300 else _excerpt(qtext, max(pos, 0), len(q))
            else:
                pos = text.lower().find(q.lower())
                start = pos if pos >= 0 else None
                excerpt = _excerpt(text, pos, len(q)) if pos >= 0 else (h.title or text[:200])
            rows.append({**h._mapping, "excerpt": excerpt, "start": start})
        frame = _frame(rows, SearchHit)
        frame.attrs.update(total=int(total or 0), limit=limit, offset=offset)
        return frame

    def _texts(self, ids: set[str]) -> dict[str, str]:
        if not ids:
            return {}
        art = self.articles.c
        return {r.id: r.text for r in self._rows(sa.select(art.id, art.text).where(art.id.in_(sorted(ids))))}

    def _quote_text(self, article_id: str, quote_id: str) -> str:
        qt = self.quotes_t.c
        return self._scalar(sa.select(qt.text).where(qt.article_id == article_id, qt.id == quote_id)) or ""

    @memo
    def publishers(self) -> list[str]:
        art = self.articles.c
        stmt = sa.select(art.publisher).where(art.publisher.is_not(None)).distinct().order_by(art.publisher)
        return [r[0] for r in self._rows(stmt)]


for _name, _method in list(vars(Corpus).items()):
    if inspect.isfunction(_method) and not _name.startswith("_"):
        setattr(Corpus, _name, reject_nul(_method))
del _name, _method


def to_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain Python dicts (NaN -> None, numpy scalars -> int/float) for JSON and templates."""
    if frame.empty:
        return []
    obj = frame.astype(object)
    return obj.where(obj.notna(), None).to_dict("records")


def _excerpt(text: str, pos: int, length: int, width: int = 120) -> str:
    lo, hi = max(0, pos - width), min(len(text), pos + length + width)
    return ("…" if lo else "") + text[lo:hi].replace("\n", " ") + ("…" if hi < len(text) else "")


def open(db: str | Store | None = None, cache_size: int = 256) -> Corpus:
    """Open a stored corpus for analysis: a SQLAlchemy URL, a ``Store``, or the configured default.

    ``cache_size`` answers are kept until the corpus changes; 0 recomputes every call.
    """
    from dyadwatch.settings import Settings
    from dyadwatch.store import Store

    if isinstance(db, Store):
        return Corpus(db, cache_size)
    return Corpus(Store(db or Settings.from_env().db), cache_size)
