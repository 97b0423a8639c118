"""``dyadwatch ingest`` and ``dyadwatch reprocess``: options in, ``dyadwatch.ingest`` does the work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from dyadwatch.cli.common import parse_series
from dyadwatch.errors import DyadwatchError
from dyadwatch.read.inputs import ReadOptions
from dyadwatch.read.jsonl import FieldMap
from dyadwatch.settings import DEFAULT_DB, Settings

if TYPE_CHECKING:
    from dyadwatch.ingest import Summary

err = Console(stderr=True)

DbOpt = Annotated[str, typer.Option("--db", help="SQLAlchemy URL of the store.", envvar="DYADWATCH_DB")]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", min=1, help="Analyser processes (model loads once each).")]
DaskOpt = Annotated[
    str | None,
    typer.Option("--dask", help="Run the analysis on Dask: 'local' (LocalCluster) or a scheduler tcp://host:8786."),
]


class RateColumn(ProgressColumn):
    """Articles per second over the whole run (steadier than rich's windowed speed)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:6.1f} art/s", style="cyan")


class Bar:
    """The rich progress bar: done/total, articles/s, ETA, duplicates and failures."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("dup {task.fields[dup]}  [red]failed {task.fields[failed]}"),
            console=err,
            disable=not enabled,
            transient=False,
        )
        self.task = self.progress.add_task("ingest", total=total, dup=0, failed=0)

    def update(self, summary: Summary) -> None:
        self.progress.update(self.task, completed=summary.seen, dup=summary.duplicates, failed=summary.failed)

    def __enter__(self) -> Bar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def report(summary: Summary, db: str, quiet: bool) -> None:
    """The run summary on stderr; stdout stays free for pipes."""
    err.print(
        f"run {summary.run_id}: processed {summary.processed}, skipped as duplicate {summary.duplicates}, "
        f"failed {summary.failed} in {summary.seconds:.1f} s ({summary.rate:.1f} articles/s) -> {db}",
        soft_wrap=True,
        highlight=False,
    )
    if not quiet:
        for failure in summary.failures[:20]:
            err.print(f"  [red]{failure.message}", markup=True, highlight=False)
        if summary.failed > 20:
            err.print(f"  ... and {summary.failed - 20} more: see the errors table (run {summary.run_id}).")


def _settings(
    db: str,
    model: str | None,
    batch_size: int | None,
    max_bytes: int | None,
    allow_network: bool,
    actors: list[Path] | None,
    series: list[str] | None = None,
    verbs: list[Path] | None = None,
) -> Settings:
    return Settings.from_env(
        series=parse_series(series) or None,
        db=db,
        model=model,
        batch_size=batch_size,
        max_bytes=max_bytes,
        allow_network=allow_network or None,
        actors=actors or None,
        verbs=verbs or None,
    )


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_cmd(
        inputs: Annotated[list[str], typer.Argument(help="Files, directories, globs, - (stdin), URLs.")],
        db: DbOpt = DEFAULT_DB,
        workers: WorkersOpt = 1,
        dask: DaskOpt = None,
        text_field: Annotated[str, typer.Option(help="JSON field holding the article text (dots nest).")] = "text",
        date_field: Annotated[str | None, typer.Option(help="JSON field with the publication date.")] = None,
        title_field: Annotated[str | None, typer.Option(help="JSON field with the title.")] = None,
        url_field: Annotated[str | None, typer.Option(help="JSON field with the URL (used for identity).")] = None,
        allow_network: Annotated[bool, typer.Option(help="Fetch URLs and feed links (off by default).")] = False,
        allow_private_network: Annotated[
            bool, typer.Option(help="With --allow-network, also fetch loopback and private addresses.")
        ] = False,
        timeout: Annotated[float, typer.Option(help="Seconds per network fetch.")] = 20.0,
        model: Annotated[str | None, typer.Option(help="spaCy pipeline (package or path).")] = None,
        actors: Annotated[list[Path] | None, typer.Option(help="Extra actor dictionary.")] = None,
        verbs: Annotated[list[Path] | None, typer.Option(help="Extra verb lexicon (verbs.tsv format).")] = None,
        series: Annotated[
            list[str] | None, typer.Option(help="KIND=PATH of an official series to check claims against.")
        ] = None,
        batch_size: Annotated[int | None, typer.Option(min=1, help="Articles per chunk/nlp.pipe batch.")] = None,
        max_bytes: Annotated[int | None, typer.Option(help="Largest article accepted, in bytes.")] = None,
        progress: Annotated[bool, typer.Option(help="Show the progress bar.")] = True,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the one-line summary.")] = False,
    ) -> None:
        """Analyse a corpus into the database: resumable (re-run to finish), duplicates skipped.

        Example: dyadwatch ingest demo/articles corpus.jsonl --text-field body --workers 2 --db sqlite:///news.db
        """
        from dyadwatch.store import Store

        try:
            settings = _settings(db, model, batch_size, max_bytes, allow_network, actors, series, verbs)
            options = ReadOptions(
                fields=FieldMap(text=text_field, date=date_field, title=title_field, url=url_field),
                max_bytes=settings.max_bytes,
                allow_network=settings.allow_network,
                allow_private=allow_private_network,
                timeout=timeout,
            )
            store = Store(settings.db)
            from dyadwatch.ingest import count_inputs, ingest

            total = count_inputs(inputs) if progress and "-" not in inputs else None
            with Bar(total, enabled=progress and not quiet) as bar:
                summary = ingest(inputs, store, settings, options=options, workers=workers, dask=dask, progress=bar)
        except DyadwatchError as exc:
            err.print(f"[red]{exc.message}", highlight=False)
            raise typer.Exit(2) from None
        report(summary, store.safe_url, quiet)
        raise typer.Exit(summary.exit_code)

    @app.command("reprocess")
    def reprocess_cmd(
        db: DbOpt = DEFAULT_DB,
        workers: WorkersOpt = 1,
        dask: DaskOpt = None,
        all_: Annotated[bool, typer.Option("--all", help="Recompute every article, not only stale ones.")] = False,
        model: Annotated[str | None, typer.Option(help="spaCy pipeline (package or path).")] = None,
        actors: Annotated[list[Path] | None, typer.Option(help="Extra actor dictionary.")] = None,
        verbs: Annotated[list[Path] | None, typer.Option(help="Extra verb lexicon (verbs.tsv format).")] = None,
        batch_size: Annotated[int | None, typer.Option(min=1, help="Articles per chunk.")] = None,
        progress: Annotated[bool, typer.Option(help="Show the progress bar.")] = True,
        quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    ) -> None:
        """Recompute articles whose stored pipeline (version, model, lexicons) is not the current one.

        Example: dyadwatch reprocess --workers 2 --db sqlite:///news.db
        """
        from dyadwatch.store import Store

        try:
            settings = _settings(db, model, batch_size, None, False, actors, verbs=verbs)
            store = Store(settings.db)
            with Bar(None, enabled=progress and not quiet) as bar:
                from dyadwatch.ingest import reprocess

                summary = reprocess(store, settings, workers=workers, dask=dask, progress=bar, force=all_)
        except DyadwatchError as exc:
            err.print(f"[red]{exc.message}", highlight=False)
            raise typer.Exit(2) from None
        report(summary, store.safe_url, quiet)
        raise typer.Exit(summary.exit_code)
