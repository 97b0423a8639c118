"""Pieces every command shares: exit codes, error printing, settings from options."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from dyadwatch.errors import DyadwatchError, error
from dyadwatch.settings import Settings

err_console = Console(stderr=True, highlight=False)

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_ALL_FAILED = 126


def exit_code(total: int, failed: int) -> int:
    """Trafilatura's convention: 0 nothing failed, 1 some failed, 126 when more than 99% failed."""
    if failed == 0:
        return EXIT_OK
    if total and failed / total > 0.99:
        return EXIT_ALL_FAILED
    return EXIT_SOME_FAILED


def fail(exc: DyadwatchError, code: int = EXIT_USAGE) -> typer.Exit:
    """Print a coded error (never a traceback) and return the Exit to raise."""
    err_console.print(f"[bold red]error[/] {escape(exc.message)}", soft_wrap=True)
    return typer.Exit(code)


def parse_series(specs: list[str] | None) -> dict[str, Path]:
    """``--series KIND=PATH`` options to the Settings mapping, with a coded error for bad forms."""
    out: dict[str, Path] = {}
    for spec in specs or []:
        kind, sep, path = spec.partition("=")
        if not sep or not kind.strip() or not path.strip():
            raise error("DW405", spec=spec)
        out[kind.strip()] = Path(path.strip())
    return out


def build_settings(
    model: str | None = None,
    actors: list[Path] | None = None,
    series: list[str] | None = None,
    verbs: list[Path] | None = None,
    **more: object,
) -> Settings:
    """Settings from CLI options; the same object Python callers and the API server build."""
    return Settings.from_env(
        model=model,
        actors=list(actors or []) or None,
        verbs=list(verbs or []) or None,
        series=parse_series(series) or None,
        **more,
    )
