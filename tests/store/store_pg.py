"""A clean PostgreSQL store for tests marked ``postgres`` (skipped unless DYADWATCH_TEST_PG is set)."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from dyadwatch.store import Store
from dyadwatch.store.schema import metadata


def pg_url() -> str:
    url = os.environ.get("DYADWATCH_TEST_PG")
    if not url:
        pytest.skip("DYADWATCH_TEST_PG is not set (a SQLAlchemy URL of a scratch PostgreSQL database)")
    return url


def clean_pg_store() -> Store:
    """Drop every dyadwatch table in the scratch database, then open (and so migrate) it afresh."""
    url = pg_url()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    return Store(url)
