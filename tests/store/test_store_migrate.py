from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dyadwatch.store import Store, migrate
from dyadwatch.store.schema import metadata


def test_migrate_head_matches_model_derived_schema(tmp_path):
    """Fails when model.py gained a field but no migration adds its column: write one."""
    store = Store(f"sqlite:///{tmp_path / 'm.db'}")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == [], f"schema.py and the migrations disagree; add a migration for: {diff}"


def test_migrate_upgrade_downgrade_round_trip(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'u.db'}")
    assert migrate.current(engine) is None
    assert migrate.upgrade(engine) == migrate.head()
    assert "events" in sa.inspect(engine).get_table_names()
    assert migrate.downgrade(engine, "base") is None
    assert "events" not in sa.inspect(engine).get_table_names()
    assert migrate.upgrade(engine) == migrate.head()
