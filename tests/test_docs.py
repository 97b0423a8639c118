"""Docs that must not drift: generated reference pages, and every command, setting and code documented."""

from __future__ import annotations

import re

import pytest
from dwtest import ROOT

from dyadwatch import docgen
from dyadwatch.errors import MESSAGES
from dyadwatch.settings import Settings


@pytest.mark.parametrize("rel", sorted(docgen.PAGES))
def test_docs_generated_pages_are_current(rel):
    committed = (ROOT / rel).read_text("utf-8")
    assert committed == docgen.PAGES[rel](), f"run `python -m dyadwatch.docgen` and commit {rel}"


def test_docs_every_error_code_is_used_documented():
    text = (ROOT / "docs" / "errors.md").read_text("utf-8")
    for code in MESSAGES:
        assert f"`{code}`" in text


def test_docs_every_setting_documented():
    text = (ROOT / "docs" / "settings.md").read_text("utf-8")
    for name in Settings.model_fields:
        assert f"`{name}`" in text


def test_docs_readme_names_every_command_and_both_make_targets():
    import typer

    from dyadwatch.cli.main import app

    readme = (ROOT / "README.md").read_text("utf-8")
    assert "make run" in readme and "make test" in readme
    group = typer.main.get_command(app)
    for name in group.commands:  # type: ignore[attr-defined]
        assert re.search(rf"dyadwatch {name}\b", readme), f"README does not show `dyadwatch {name}`"


def test_docs_every_command_docstring_has_an_example():
    import typer

    from dyadwatch.cli.main import app

    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert "Example:" in (cmd.help or ""), f"`dyadwatch {name}` help has no Example:"
