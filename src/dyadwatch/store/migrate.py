"""Schema versions with Alembic, driven from Python so no alembic.ini has to ship or be found.

``dyadwatch db upgrade`` and ``Store(url)`` on a new, empty database both end here; a database
at an older revision is refused by ``Store`` (DW502) until it is upgraded explicitly, so a
schema change is never applied behind the user's back to data they care about.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def config(url: str | None = None, connection: sa.Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision this dyadwatch knows."""
    from alembic.script import ScriptDirectory

    rev = ScriptDirectory.from_config(config()).get_current_head()
    assert rev is not None
    return rev


def current(engine: sa.Engine) -> str | None:
    """The revision the database is at, or None when it has never been migrated."""
    with engine.connect() as conn:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: sa.Engine, revision: str = "head") -> str | None:
    """Bring the database up to ``revision``; returns the revision it is at afterwards."""
    with engine.begin() as conn:
        from alembic import command

        command.upgrade(config(connection=conn), revision)
    return current(engine)


def downgrade(engine: sa.Engine, revision: str) -> str | None:
    with engine.begin() as conn:
        from alembic import command

        command.downgrade(config(connection=conn), revision)
    return current(engine)
