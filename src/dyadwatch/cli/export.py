"""``dyadwatch export TABLE --format csv|parquet|jsonl|gdelt -o FILE``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from dyadwatch.errors import DyadwatchError
from dyadwatch.settings import DEFAULT_DB

err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export_cmd(
        table: Annotated[str, typer.Argument(help="events | quotes | claims | articles (or sources, actors, ...).")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="csv | parquet | jsonl | gdelt (events).")] = "csv",
        output: Annotated[str, typer.Option("--output", "-o", help="File to write; - for stdout.")] = "-",
        db: Annotated[str, typer.Option("--db", help="SQLAlchemy URL of the store.", envvar="DYADWATCH_DB")] = (
            DEFAULT_DB
        ),
    ) -> None:
        """Write a stored table as CSV, Parquet, JSON Lines or a GDELT-like event TSV (docs/store.md).

        Example: dyadwatch export events --format gdelt --db sqlite:///news.db -o events.tsv
        """
        from dyadwatch.store import Store
        from dyadwatch.store.export import export

        try:
            store = Store(db, create=False)
            n = export(store, table, fmt, output)
        except DyadwatchError as exc:
            err.print(f"[red]{exc.message}", highlight=False)
            raise typer.Exit(2) from None
        err.print(f"{n:,} {table} rows -> {output if output != '-' else 'stdout'} ({fmt})")
