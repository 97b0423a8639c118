"""Test helpers importable from any test module (``from dwtest import ...``).

They live here, not in conftest.py, because several test folders have their own conftest.py and
``import conftest`` would then pick whichever came first on sys.path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dyadwatch.model import Article
from dyadwatch.read.text import parse_plain

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared"))
DEMO = ROOT / "demo"
# Debian's Chromium for the browser tests (override with DYADWATCH_CHROMIUM), with flags for a headless
# run in a container that neither phones home nor updates itself
CHROMIUM = Path(os.environ.get("DYADWATCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def shared_path(*parts: str) -> Path:
    """A file in ../shared, or skip the test with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is only beside the repo in development and CI)")
    return path


def make_article(text: str, date: str | None = "2025-08-08") -> Article:
    """A quick Article for tests, with a header line so the date is set."""
    raw = f"date {date} By Test Writer Dyadwatch Demo Desk\n{text}" if date else text
    return parse_plain(raw, origin="test")
