"""The ``dyadwatch`` command: a thin typer app; each command lives in its own module.

Commands only parse options, call ``pipeline``/``store``/``analysis`` and print; all work is
in the library so Python callers and the API get the same behaviour.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="dyadwatch",
    help="Read news reports; extract quotes, sources, events and claims with offsets; follow dyads over time.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module defines register(app) and adds its commands.
COMMAND_MODULES = (
    "dyadwatch.cli.analyze",
    "dyadwatch.cli.check",
    "dyadwatch.cli.ingest",
    "dyadwatch.cli.export",
    "dyadwatch.cli.db",
    "dyadwatch.cli.query",
    "dyadwatch.cli.serve",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    app()
