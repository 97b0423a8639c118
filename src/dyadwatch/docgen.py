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


def cli_md() -> str:
    import click
    import typer

    from dyadwatch.cli.main import app

    group = typer.main.get_command(app)
    ctx = click.Context(group, info_name="dyadwatch", terminal_width=100, max_content_width=100)
    note = "Generated from `--help`: run `python -m dyadwatch.docgen` after changing a command."
    lines = ["# Command reference", "", note, ""]
    lines += ["## dyadwatch", "", "```", group.get_help(ctx).rstrip(), "```", ""]
    assert isinstance(group, click.Group)
    for name in sorted(group.list_commands(ctx)):
        cmd = group.get_command(ctx, name)
        if cmd is None:
            continue
        sub = click.Context(cmd, info_name=f"dyadwatch {name}", parent=None, terminal_width=100, max_content_width=100)
        lines += [f"## dyadwatch {name}", "", "```", _plain(cmd.get_help(sub)).rstrip(), "```", ""]
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
