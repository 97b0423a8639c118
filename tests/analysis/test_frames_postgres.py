"""The same Corpus answers on PostgreSQL as on SQLite (skipped unless DYADWATCH_TEST_PG is set)."""

from __future__ import annotations

import os

import pandas as pd
import pytest
import sqlalchemy as sa

import dyadwatch.analysis as analysis
from dyadwatch.analysis.frames import to_records

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg(records):
    url = os.environ.get("DYADWATCH_TEST_PG")
    if not url:
        pytest.skip("DYADWATCH_TEST_PG is not set (a SQLAlchemy URL of a scratch PostgreSQL database)")
    from dyadwatch.store import Store
    from dyadwatch.store.schema import metadata

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    store = Store(url)
    for record in records:
        store.add(record)
    return analysis.open(store)


CALLS = [
    ("dyad", ("USA", "MEX"), {"by": "week"}),
    ("dyad", ("MEXGOV", "USA"), {"directed": True}),
    ("series", (), {"by": "month"}),
    ("events", ("USA", "MEX"), {"limit": 100}),
    ("top_events", (), {}),
    ("top_actors", (), {"level": "code"}),
    ("network", (), {}),
    ("top_dyads", (), {}),
    ("speakers", (), {"kind": None}),
    ("quotes", (), {"speaker": "sheinbaum"}),
    ("sourcing", ("outlet",), {}),
    ("sourcing", ("month",), {}),
    ("claims", (), {}),
    ("search", ("invasion",), {}),
    ("articles_frame", (), {}),
]


@pytest.mark.parametrize("name, args, kwargs", CALLS, ids=[c[0] + str(i) for i, c in enumerate(CALLS)])
def test_frames_postgres_same_as_sqlite(pg, db_url, name, args, kwargs):
    lite = getattr(analysis.open(db_url), name)(*args, **kwargs)
    post = getattr(pg, name)(*args, **kwargs)
    assert list(post.columns) == list(lite.columns)
    assert to_records(post) == to_records(lite)
    assert post.attrs.get("total") == lite.attrs.get("total")


def test_frames_postgres_counts(pg, db_url):
    assert pg.counts() == analysis.open(db_url).counts()
    assert isinstance(pg.dyad("USA", "MEX"), pd.DataFrame)
