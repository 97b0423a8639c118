"""``dyadwatch db upgrade|info``: schema versions and what is in a store."""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.table import Table

from dyadwatch.errors import DyadwatchError
from dyadwatch.settings import DEFAULT_DB

out = Console()
err = Console(stderr=True)

DbOpt = Annotated[str, typer.Option("--db", help="SQLAlchemy URL of the store.", envvar="DYADWATCH_DB")]


def register(app: typer.Typer) -> None:
    db_app = typer.Typer(
        help="Database schema and contents.\n\nExample: dyadwatch db upgrade --db sqlite:///news.db",
        no_args_is_help=True,
    )
    app.add_typer(db_app, name="db")

    @db_app.command("upgrade")
    def upgrade(
        db: DbOpt = DEFAULT_DB,
        revision: Annotated[str, typer.Option(help="Target revision.")] = "head",
    ) -> None:
        """Create the schema or bring it to the newest revision (Alembic migrations).

        Example: dyadwatch db upgrade --db postgresql+psycopg://dw@127.0.0.1/dyadwatch
        """
        from dyadwatch.store import migrate
        from dyadwatch.store.db import make_engine

        try:
            engine = make_engine(db)
            before = migrate.current(engine)
            after = migrate.upgrade(engine, revision)
        except DyadwatchError as exc:
            err.print(f"[red]{exc.message}", highlight=False)
            raise typer.Exit(2) from None
        except sa.exc.SQLAlchemyError as exc:
            err.print(f"[red][DW501] Could not open the database {db!r}: {exc}", highlight=False)
            raise typer.Exit(2) from None
        safe = engine.url.render_as_string(hide_password=True)
        if before == after:
            out.print(f"{safe}: already at revision {after}")
        else:
            out.print(f"{safe}: upgraded {before or '(empty)'} -> {after}")

    @db_app.command("info")
    def info(db: DbOpt = DEFAULT_DB) -> None:
        """Schema revision, row counts per table and the last runs.

        Example: dyadwatch db info --db sqlite:///news.db
        """
        from dyadwatch.store import Store

        try:
            store = Store(db, create=False)
        except DyadwatchError as exc:
            err.print(f"[red]{exc.message}", highlight=False)
            raise typer.Exit(2) from None
        out.print(f"database: {store.safe_url}\nrevision: {store.revision()}")
        table = Table("table", "rows")
        for name, n in store.counts().items():
            table.add_row(name, f"{n:,}")
        out.print(table)
        runs = store.tables["runs"]
        with store.engine.connect() as conn:
            rows = conn.execute(sa.select(runs).order_by(runs.c.id.desc()).limit(5)).mappings().all()
        if rows:
            rt = Table("run", "started", "finished", "processed", "duplicates", "failed", "command")
            for r in rows:
                rt.add_row(
                    str(r["id"]),
                    str(r["started_at"])[:19],
                    str(r["finished_at"])[:19] if r["finished_at"] else "(unfinished)",
                    str(r["processed"]),
                    str(r["duplicates"]),
                    str(r["failed"]),
                    (r["command"] or "")[:60],
                )
            out.print(rt)
