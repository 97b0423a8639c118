from __future__ import annotations

import pytest
from store_pg import clean_pg_store
from store_records import bare_record, full_record

from dyadwatch.model import Failure

pytestmark = pytest.mark.postgres


def test_postgres_round_trips_records_exactly():
    store = clean_pg_store()
    try:
        full, bare = full_record(), bare_record()
        assert store.add(full) is True
        assert store.add(bare) is True
        assert store.add(full) is False
        assert store.get(full.article.id) == full
        assert store.get(bare.article.id) == bare
        store.replace(full.model_copy(update={"claims": []}))
        assert store.count("checks") == 0
    finally:
        store.close()


def test_postgres_runs_and_errors():
    store = clean_pg_store()
    try:
        run = store.begin_run("ingest", {"workers": 1})
        store.add_failure(Failure(origin="x", code="DW101", message="empty"), run)
        store.end_run(run, processed=0, duplicates=0, failed=1)
        assert store.count("errors") == 1 and store.count("runs") == 1
    finally:
        store.close()


@pytest.mark.slow
def test_postgres_ingest_equals_sqlite(tmp_path, analyzer):
    from dyadwatch.ingest import ingest
    from dyadwatch.settings import Settings
    from dyadwatch.store import Store
    from dyadwatch.store.db import content

    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(5):
        (corpus / f"{i}.txt").write_text(
            f"WASHINGTON – Mexico and the United States agreed on talks number {i}, officials said. "
            f'"We will cooperate," said Marco Rubio. Crossings fell {10 + i}% to {4000 + i} in June.',
            "utf-8",
        )
    (corpus / "bad.txt").write_bytes(b"")
    pg = clean_pg_store()
    lite = Store(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        for store in (pg, lite):
            summary = ingest([str(corpus)], store, Settings(), analyzer=analyzer)
            assert (summary.processed, summary.failed) == (5, 1)
        assert content(pg) == content(lite)
    finally:
        pg.close()


def test_postgres_sessions_run_without_jit():
    """JIT compilation cost more than the series queries it was meant to speed up (86 vs 29 ms)."""
    import sqlalchemy as sa

    store = clean_pg_store()
    try:
        for _ in range(2):  # a fresh connection and a pooled one alike
            with store.engine.connect() as conn:
                assert conn.execute(sa.text("SHOW jit")).scalar() == "off"
                conn.rollback()
    finally:
        store.close()
