"""``dyadwatch analyze``: one or more articles in, a readable report or JSON records out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from dyadwatch.cli.common import EXIT_USAGE, build_settings, err_console, exit_code, fail
from dyadwatch.errors import DyadwatchError
from dyadwatch.model import Failure


def analyze(
    inputs: list[str] = typer.Argument(..., help="Files (.txt, .html, .json, .jsonl, feeds) or - for stdin."),
    as_json: bool = typer.Option(False, "--json", help="Print the record as indented JSON."),
    jsonl: bool = typer.Option(False, "--jsonl", help="Print one JSON record per line (many articles)."),
    model: str | None = typer.Option(None, help="Installed spaCy English pipeline, by name or path."),
    actors: list[Path] | None = typer.Option(None, "--actors", help="Extra actor dictionary (repeatable)."),
    verbs: list[Path] | None = typer.Option(
        None, "--verbs", help="Extra verb lexicon, verbs.tsv format, tried first (repeatable)."
    ),
    series: list[str] | None = typer.Option(None, "--series", help="KIND=PATH of an official series."),
    text_field: str = typer.Option("text", help="JSON/JSONL field holding the article text."),
    max_bytes: int | None = typer.Option(None, help="Largest article accepted, in bytes."),
    no_events: bool = typer.Option(False, "--no-events", help="Skip actors and events."),
    no_claims: bool = typer.Option(False, "--no-claims", help="Skip quantitative claims."),
) -> None:
    """Analyse articles: quotes, sources, events and claims, each with character offsets.

    Example: dyadwatch analyze demo/articles/*.txt --jsonl > records.jsonl
    """
    from dyadwatch.pipeline import Analyzer
    from dyadwatch.read.inputs import ReadOptions, read_inputs
    from dyadwatch.read.jsonl import FieldMap

    try:
        settings = build_settings(
            model=model,
            actors=actors,
            verbs=verbs,
            series=series,
            max_bytes=max_bytes,
            events=not no_events,
            claims=not no_claims,
        )
        analyzer = Analyzer(settings)
    except DyadwatchError as exc:
        raise fail(exc) from None

    out = Console(highlight=False, soft_wrap=True)
    total = failed = 0
    options = ReadOptions(fields=FieldMap(text=text_field), max_bytes=settings.max_bytes)
    for item in analyzer.analyze_many(read_inputs(inputs, options)):
        total += 1
        if isinstance(item, Failure):
            failed += 1
            err_console.print(f"[bold red]error[/] {escape(item.message)}", soft_wrap=True)
            if jsonl:
                sys.stdout.write(json.dumps({"error": item.model_dump()}) + "\n")
        elif jsonl:
            sys.stdout.write(item.model_dump_json() + "\n")
        elif as_json:
            sys.stdout.write(item.model_dump_json(indent=2) + "\n")
        else:
            from dyadwatch.cli.report import render

            render(item, out)
    if total == 0:
        err_console.print("[bold red]error[/] no input articles were found.")
        raise typer.Exit(EXIT_USAGE)
    if failed:
        err_console.print(f"{total - failed} of {total} article(s) analysed; {failed} failed (see above).")
    raise typer.Exit(exit_code(total, failed))


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)
