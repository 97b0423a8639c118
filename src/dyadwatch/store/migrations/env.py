"""Alembic environment: run programmatically by ``dyadwatch.store.migrate`` (no alembic.ini needed).

The caller passes an open connection in ``config.attributes["connection"]`` so an upgrade runs
on the very engine the store uses (in-memory SQLite included); ``sqlalchemy.url`` is the
fallback for the ``alembic`` command line and offline (``--sql``) mode.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from dyadwatch.store.schema import metadata

config = context.config


def _configure(**kwargs: object) -> None:
    context.configure(target_metadata=metadata, compare_type=True, **kwargs)  # type: ignore[arg-type]


def run_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online(connection: sa.Connection) -> None:
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    _configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    given = config.attributes.get("connection")
    if given is not None:
        run_online(given)
    else:
        engine = sa.create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///dyadwatch.db")
        with engine.connect() as conn:
            run_online(conn)
            conn.commit()
