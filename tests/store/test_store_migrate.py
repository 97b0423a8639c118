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


def test_migrate_0002_gives_country_coded_actors_their_country(tmp_path):
    """Records written before 0002 by other tools may carry USAGOV with no country; the series
    queries now match countries on the country column, so the upgrade fills it in."""
    from dyadwatch.analysis.synthetic import sample_records
    from dyadwatch.store.db import record_rows
    from dyadwatch.store.schema import TABLES

    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    assert migrate.upgrade(engine, "0001") == "0001"
    rows = record_rows(sample_records()[0])
    coded = [r for r in rows["events"] if r["source_code"] and r["source_code"][:3] == r["source_country"]]
    assert coded, "the sample needs a country-coded event"
    for r in rows["events"]:
        r["source_country"] = r["target_country"] = None
    for r in rows["actors"]:
        r["country"] = None
    with engine.begin() as conn:
        for name in ("articles", "sources", "quotes", "actors", "events"):
            if rows.get(name):
                conn.execute(TABLES[name].insert(), rows[name])
    assert migrate.upgrade(engine) == migrate.head()
    ev, act = TABLES["events"].c, TABLES["actors"].c
    with engine.connect() as conn:
        for code, country in conn.execute(sa.select(ev.source_code, ev.source_country)):
            assert country == (code[:3] if code and not code.startswith("IGO") else None)
        for code, country in conn.execute(sa.select(act.code, act.country)):
            assert country == (code[:3] if code and not code.startswith("IGO") else None)
        indexes = {ix["name"] for ix in sa.inspect(conn).get_indexes("events")}
    assert {"ix_events_source_series", "ix_events_target_series"} <= indexes
