"""Generate the reference pages that must never drift from the code (as datasette does with cog).

``python -m dyadwatch.docgen`` rewrites docs/errors.md, docs/settings.md and docs/cli.md from
``errors.MESSAGES``, ``Settings`` and every command's ``--help``; ``tests/test_docs.py`` fails when
a committed page differs from what this produces.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def errors_md() -> str:
    from dyadwatch.errors import MESSAGES

    lines = [
        "# Error codes",
        "",
        "Every message dyadwatch shows a user starts with a code you can search for. Placeholders in",
        "braces are filled in with the file, line, article or value concerned.",
        "",
        "| code | message |",
        "|---|---|",
    ]
    for code, text in MESSAGES.items():
        escaped = text.replace("|", "\\|")
        lines.append(f"| `{code}` | {escaped} |")
    return "\n".join(lines) + "\n"


def settings_md() -> str:
    from dyadwatch.settings import Settings

    lines = [
        "# Settings",
        "",
        "One `Settings` object is built by the CLI (from options), the API server and Python callers.",
        "`DYADWATCH_MODEL`, `DYADWATCH_DB`, `DYADWATCH_MAX_BYTES` and `DYADWATCH_BATCH_SIZE` override the",
        "defaults from the environment.",
        "",
        "| setting | default | meaning |",
        "|---|---|---|",
    ]
    for name, field in Settings.model_fields.items():
        default = field.get_default(call_default_factory=True)
        lines.append(f"| `{name}` | `{default!r}` | {field.description or ''} |")
    return "\n".join(lines) + "\n"


def command_names() -> list[str]:
    """Every command path ("analyze", "db upgrade", ...), read from the typer app itself."""
    import typer

    from dyadwatch.cli.main import app

    names: list[str] = []

    def walk(cmd: object, prefix: str) -> None:
        for name, sub in sorted(getattr(cmd, "commands", {}).items()):
            path = f"{prefix} {name}".strip()
            names.append(path)
            walk(sub, path)

    walk(typer.main.get_command(app), "")
    return names


def help_text(path: str) -> str:
    """Plain ``--help`` of a command, as a user sees it without colours, at a fixed width."""
    import os
    import subprocess

    env = {**os.environ, "TYPER_USE_RICH": "0", "COLUMNS": "100", "NO_COLOR": "1"}
    args = [sys.executable, "-m", "dyadwatch", *path.split(), "--help"]
    out = subprocess.run(args, capture_output=True, text=True, env=env, check=True).stdout
    return _plain(out).strip()


def cli_md() -> str:
    note = "Generated from `--help`: run `python -m dyadwatch.docgen` after changing a command."
    lines = ["# Command reference", "", note, ""]
    for path in ["", *command_names()]:
        lines += [f"## dyadwatch {path}".rstrip(), "", "```", help_text(path), "```", ""]
    return "\n".join(lines)


def _plain(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines())


PAGES = {"docs/errors.md": errors_md, "docs/settings.md": settings_md, "docs/cli.md": cli_md}


def main() -> None:
    for rel, fn in PAGES.items():
        (ROOT / rel).write_text(fn(), encoding="utf-8")
        print(f"wrote {rel}", file=sys.stderr)


if __name__ == "__main__":
    main()
