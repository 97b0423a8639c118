"""Corpus frames against a plain-Python reference computed from the same records."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dyadwatch.analysis as analysis
from dyadwatch.analysis import periods
from dyadwatch.analysis.frames import QUAD_COLUMNS, Corpus, to_records
from dyadwatch.analysis.rows import (
    ActorRow,
    ArticleRow,
    ClaimRow,
    DyadPoint,
    EdgeRow,
    EventRow,
    QuoteRow,
    SearchHit,
    SourcingRow,
    SpeakerRow,
)
from dyadwatch.errors import DyadwatchError
from dyadwatch.model import Record


@pytest.fixture(scope="module")
def corpus(db_url) -> Corpus:
    return analysis.open(db_url)


def side_matches(actor, spec: str) -> bool:
    return actor is not None and (actor.country == spec or (actor.code or "").startswith(spec))


def reference_events(records: list[Record], a: str, b: str, directed: bool, negated: bool = False):
    """(date, event, article) for every event of the dyad, the slow obvious way."""
    out = []
    for r in records:
        for e in r.events:
            if e.negated and not negated:
                continue
            forward = side_matches(e.source, a) and side_matches(e.target, b)
            backward = side_matches(e.source, b) and side_matches(e.target, a)
            if forward or (backward and not directed):
                out.append((e.date or r.article.date, e, r.article))
    return out


@pytest.mark.parametrize("by", ["day", "week", "month"])
@pytest.mark.parametrize("directed", [False, True])
def test_frames_dyad_matches_reference(corpus, records, by, directed):
    frame = corpus.dyad("USA", "MEX", by=by, directed=directed)
    assert list(frame.columns) == DyadPoint.columns()
    ref = reference_events(records, "USA", "MEX", directed)
    assert frame["events"].sum() == len(ref)
    by_period: dict[dt.date, list] = {}
    for day, e, art in ref:
        by_period.setdefault(periods.floor(day, by), []).append((e, art))
    for row in to_records(frame):
        items = by_period.get(row["period"], [])
        assert row["events"] == len(items)
        quads = Counter(e.quad_class for e, _ in items)
        for quad, col in QUAD_COLUMNS.items():
            assert row[col] == quads.get(quad, 0)
        assert row["goldstein_sum"] == pytest.approx(sum(e.goldstein for e, _ in items))
        if items:
            assert row["goldstein_mean"] == pytest.approx(row["goldstein_sum"] / len(items), abs=1e-3)
            assert row["articles"] == len({art.id for _, art in items})
        stored = sum(1 for r in records if periods.floor(r.article.date, by) == row["period"])
        assert row["corpus_articles"] == stored
        if stored:
            assert row["events_per_article"] == pytest.approx(row["events"] / stored, abs=1e-4)


def test_frames_dyad_directions_add_up(corpus):
    both = corpus.dyad("USA", "MEX")["events"].sum()
    there = corpus.dyad("USA", "MEX", directed=True)["events"].sum()
    back = corpus.dyad("MEX", "USA", directed=True)["events"].sum()
    assert there and back
    assert there + back == both


def test_frames_dyad_fills_gaps_and_labels(corpus):
    frame = corpus.dyad("USA", "MEX", by="week")
    starts = list(frame["period"])
    assert all(b - a == dt.timedelta(days=7) for a, b in itertools.pairwise(starts))
    assert all(s.weekday() == 0 for s in starts)
    assert (frame["events"] == 0).any()  # weeks without events are present, as zeros
    assert frame["label"].iloc[0].startswith("2025-W")


def test_frames_dyad_bounded_by_start_and_end(corpus):
    frame = corpus.dyad("USA", "MEX", by="month", start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 31))
    assert list(frame["label"]) == ["2025-07"]
    # a window with no events still gives its periods, with zeros
    empty = corpus.dyad("USA", "MEX", by="month", start=dt.date(2024, 1, 1), end=dt.date(2024, 2, 29))
    assert list(empty["label"]) == ["2024-01", "2024-02"] and empty["events"].sum() == 0


def test_frames_dyad_negated_excluded_unless_asked(corpus, records):
    plain = corpus.dyad("USA", "MEX")["events"].sum()
    with_neg = corpus.dyad("USA", "MEX", include_negated=True)["events"].sum()
    assert (
        with_neg - plain
        == sum(1 for _, e, _ in reference_events(records, "USA", "MEX", False, negated=True) if e.negated)
        > 0
    )


def test_frames_dyad_code_prefix_narrows(corpus, records):
    gov = corpus.dyad("MEXGOV", "USA")["events"].sum()
    assert 0 < gov < corpus.dyad("MEX", "USA")["events"].sum()
    assert gov == len(reference_events(records, "MEXGOV", "USA", False))


def test_frames_dyad_unknown_pair_is_empty_not_error(corpus):
    frame = corpus.dyad("FRA", "DEU")
    assert frame.empty and list(frame.columns) == DyadPoint.columns()


def test_frames_dyad_hostile_input_is_refused(corpus):
    for a, b in (("USA' OR 1=1 --", "MEX"), ("USA", "MEX%"), ("US*", "MEX"), ("", "MEX")):
        with pytest.raises(DyadwatchError) as exc:
            corpus.dyad(a, b)
        assert exc.value.code == "DW604"
    assert corpus.quotes(speaker="%").attrs["total"] == 0  # LIKE wildcards are literal
    assert corpus.quotes(speaker="_").attrs["total"] == 0


def test_frames_bad_period_is_coded_error(corpus):
    with pytest.raises(DyadwatchError) as exc:
        corpus.dyad("USA", "MEX", by="year")
    assert exc.value.code == "DW604"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    a=st.sampled_from(["USA", "MEX", "CAN", "CHN", "USAGOV", "MEXGOV"]),
    b=st.sampled_from(["USA", "MEX", "CAN", "CHN", "USAMIL", "MEXCRM"]),
    directed=st.booleans(),
)
def test_frames_dyad_total_independent_of_period(corpus, records, a, b, directed):
    totals = {by: int(corpus.dyad(a, b, by=by, directed=directed)["events"].sum()) for by in ("day", "week", "month")}
    assert len(set(totals.values())) == 1
    assert totals["month"] == len(reference_events(records, a, b, directed))


def test_frames_series_all_events(corpus, records):
    frame = corpus.series(by="month")
    assert frame["events"].sum() == sum(1 for r in records for e in r.events if not e.negated)


def test_frames_events_have_sentences_and_reporters(corpus, records):
    frame = corpus.events("USA", "MEX", limit=100)
    assert list(frame.columns) == EventRow.columns()
    assert frame.attrs["total"] == len(reference_events(records, "USA", "MEX", False))
    by_key = {(r.article.id, e.id): (r, e) for r in records for e in r.events}
    for row in to_records(frame):
        record, event = by_key[(row["article_id"], row["id"])]
        text = record.article.text
        assert row["sentence"] == text[event.sentence.start : event.sentence.end]
        assert event.action.text in row["sentence"]
        if event.reported_by:
            assert row["reporter"] == next(s.name for s in record.sources if s.id == event.reported_by)


def test_frames_events_paging(corpus):
    first = corpus.events(limit=2, offset=0)
    second = corpus.events(limit=2, offset=2)
    assert len(first) == 2 and first.attrs["total"] == second.attrs["total"]
    assert set(zip(first.article_id, first.id, strict=True)).isdisjoint(zip(second.article_id, second.id, strict=True))
    with pytest.raises(DyadwatchError):
        corpus.events(limit=0)


def test_frames_events_filters(corpus):
    conflict = corpus.events(quad_class=4, limit=100)
    assert len(conflict) and set(conflict["quad_class"]) == {4}
    force = corpus.events(cameo="19", limit=100, include_negated=True)
    assert set(force["cameo"]) == {"190"}


def test_frames_top_actors_and_network(corpus, records):
    actors = corpus.top_actors(level="country")
    assert list(actors.columns) == ActorRow.columns()
    counted = Counter()
    for r in records:
        for e in r.events:
            if e.negated:
                continue
            for side in (e.source, e.target):
                if side and side.country:
                    counted[side.country] += 1
    assert dict(zip(actors["actor"], actors["events"], strict=True)) == dict(counted)
    assert actors.iloc[0]["actor"] == "USA" and actors.iloc[0]["name"] == "United States"

    net = corpus.network(level="country")
    assert list(net.columns) == EdgeRow.columns()
    pairs = Counter(
        (e.source.country, e.target.country)
        for r in records
        for e in r.events
        if not e.negated
        and e.source
        and e.target
        and e.source.country
        and e.target.country
        and e.source.country != e.target.country
    )
    assert {(s, t): n for s, t, n in zip(net["source"], net["target"], net["events"], strict=True)} == dict(pairs)
    assert (net["cooperation"] + net["conflict"] == net["events"]).all()


def test_frames_top_dyads_and_events(corpus):
    dyads = corpus.top_dyads()
    assert tuple(dyads.iloc[0][["a", "b"]]) == ("MEX", "USA")
    assert (dyads["a"] < dyads["b"]).all()
    top = corpus.top_events(limit=3)
    assert len(top) == 3 and top["events"].is_monotonic_decreasing


def test_frames_speakers_and_quotes(corpus, records):
    people = corpus.speakers()
    assert list(people.columns) == SpeakerRow.columns()
    assert people.iloc[0]["speaker"] == "Claudia Sheinbaum" and people.iloc[0]["quotes"] == 2
    assert set(corpus.speakers(kind="anonymous")["kind"]) == {"anonymous"}
    quotes = corpus.quotes(speaker="sHeInBaUm")
    assert list(quotes.columns) == QuoteRow.columns()
    assert quotes.attrs["total"] == 2
    texts = {q.text for r in records for q in r.quotes if q.speaker and q.speaker.name == "Claudia Sheinbaum"}
    assert set(quotes["text"]) == texts


def test_frames_sourcing_by_outlet_and_month(corpus, records):
    frame = corpus.sourcing("outlet")
    assert list(frame.columns) == SourcingRow.columns()
    nyt = to_records(frame[frame["group"] == "New York Times"])[0]
    ref = [r for r in records if r.article.publisher == "New York Times"]
    n_src = sum(len(r.sources) for r in ref)
    n_anon = sum(1 for r in ref for s in r.sources if s.kind == "anonymous")
    assert (nyt["sources"], nyt["anonymous_sources"]) == (n_src, n_anon)
    assert nyt["anonymous_source_share"] == pytest.approx(n_anon / n_src, abs=1e-3)
    monthly = corpus.sourcing("month")
    assert list(monthly["group"]) == ["2025-06", "2025-07", "2025-08"]
    assert monthly["articles"].sum() == len(records)


def test_frames_claims_with_verdicts(corpus, records):
    frame = corpus.claims()
    assert list(frame.columns) == ClaimRow.columns()
    assert frame.attrs["total"] == sum(len(r.claims) for r in records)
    bad = corpus.claims(verdict="contradicted")
    assert len(bad) == 1 and bad.iloc[0]["speaker"] == "White House" and bad.iloc[0]["observed"] == 4601
    assert corpus.claims(checked=False).attrs["total"] == 0


def test_frames_search_and_articles(corpus):
    hits = corpus.search("INVASION")
    assert list(hits.columns) == SearchHit.columns()
    assert set(hits["kind"]) == {"article", "quote"}
    assert all("invasion" in e.lower() for e in hits["excerpt"])
    with pytest.raises(DyadwatchError):
        corpus.search("a")
    arts = corpus.articles_frame(limit=3)
    assert list(arts.columns) == ArticleRow.columns()
    assert arts.attrs["total"] == 6 and list(arts["date"]) == sorted(arts["date"], reverse=True)
    assert corpus.articles_frame(publisher="Reuters").attrs["total"] == 2


def test_frames_counts_and_record(corpus, records):
    counts = corpus.counts()
    assert counts.articles == len(records)
    assert counts.events == sum(len(r.events) for r in records)
    assert counts.first_date == dt.date(2025, 6, 10)
    assert corpus.record(records[0].article.id) == records[0]
    with pytest.raises(DyadwatchError) as exc:
        corpus.record("missing")
    assert exc.value.code == "DW504"


def test_frames_open_accepts_store_and_url(db_url):
    from dyadwatch.store import Store

    assert analysis.open(Store(db_url)).counts().articles == 6
    assert isinstance(analysis.open(db_url), Corpus)


def test_frames_cache_follows_the_corpus(tmp_path, records):
    from dyadwatch.analysis.synthetic import RecordBuilder
    from dyadwatch.store import Store

    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    for record in records:
        store.add(record)
    cached, fresh = Corpus(store, cache_size=8), Corpus(store, cache_size=0)
    first = cached.dyad("USA", "CAN")
    n = int(first["events"].sum())
    assert to_records(first) == to_records(fresh.dyad("USA", "CAN"))
    first.loc[0, "events"] = 999  # callers get copies: editing one must not reach the cache
    assert int(cached.dyad("USA", "CAN")["events"].sum()) == n

    b = RecordBuilder("OTTAWA – Canada praised the United States on Monday.", date=dt.date(2025, 7, 20))
    b.event(("Canada", "CAN", "CAN"), "praised", ("United States", "USA", "USA"), "051")
    store.add(b.build())
    assert int(cached.dyad("USA", "CAN")["events"].sum()) == n + 1  # a new article: recomputed
    store.delete(b.article.id)
    assert int(cached.dyad("USA", "CAN")["events"].sum()) == n
    assert cached.counts().articles == len(records)


def test_frames_series_refuses_too_many_periods(corpus):
    with pytest.raises(DyadwatchError) as exc:
        corpus.dyad("USA", "MEX", by="day", start=dt.date(1900, 2, 1))
    assert exc.value.code == "DW604" and "periods" in exc.value.message
    assert len(corpus.dyad("USA", "MEX", by="month", start=dt.date(1990, 1, 1))) > 400  # months are fine


@pytest.mark.parametrize(
    "first, last, by",
    [("2024-01-01", "2025-12-31", "day"), ("2023-12-31", "2025-01-06", "week"), ("2020-02-29", "2025-01-01", "month")],
)
def test_frames_period_count_matches_span(first, last, by):
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    assert periods.count(a, b, by) == len(list(periods.span(a, b, by)))


def floors_in_sql(engine, by: str, days: list[dt.date]) -> list[dt.date]:
    """``periods.sql_floor`` of each day, computed by the database behind ``engine``."""
    import sqlalchemy as sa

    day = sa.bindparam("day", type_=sa.Date())
    stmt = sa.select(periods.sql_floor(day, by))
    with engine.connect() as conn:
        return [conn.execute(stmt, {"day": d}).scalar_one() for d in days]


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_frames_sql_floor_matches_python_floor(corpus, by):
    days = [dt.date(2023, 12, 20) + dt.timedelta(days=i) for i in range(0, 800, 3)]
    assert floors_in_sql(corpus.engine, by, days) == [periods.floor(d, by) for d in days]


def test_frames_dyad_series_is_answered_from_the_series_index(corpus):
    """A country pair must be an index search, not a scan: the load target at a million events
    depends on it (an OR with ``code LIKE`` on each side brought back the full scan)."""
    import sqlalchemy as sa

    e = corpus.events_t.c
    where = corpus._event_filter("USA", "MEX", directed=False)
    stmt = sa.select(sa.func.count(), sa.func.sum(e.goldstein)).where(*where)
    sql = str(stmt.compile(corpus.engine, compile_kwargs={"literal_binds": True}))
    with corpus.engine.connect() as conn:
        plan = " | ".join(str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "COVERING INDEX ix_events_" in plan and "SCAN events" not in plan, plan
