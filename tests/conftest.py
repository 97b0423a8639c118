"""Shared fixtures: the model is loaded once per test session; everything else is cheap."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dyadwatch.model import Article
from dyadwatch.read.text import parse_plain
from dyadwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared"))
DEMO = ROOT / "demo"


def shared_path(*parts: str) -> Path:
    """A file in ../shared, or skip the test with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is only beside the repo in development and CI)")
    return path


@pytest.fixture(scope="session")
def analyzer():
    """The full dyadwatch pipeline, loaded once for the whole run."""
    from dyadwatch.pipeline import Analyzer

    return Analyzer(Settings())


@pytest.fixture(scope="session")
def nlp(analyzer):
    return analyzer.nlp


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return parse_plain(shared_path("seed", "us-mexico-2025-08-08.txt").read_text("utf-8"), origin="seed")


@pytest.fixture(scope="session")
def seed_record(analyzer, seed_article):
    return analyzer.analyze(seed_article)


def make_article(text: str, date: str | None = "2025-08-08") -> Article:
    """A quick Article for tests, with a header line so the date is set."""
    raw = f"date {date} By Test Writer Dyadwatch Demo Desk\n{text}" if date else text
    return parse_plain(raw, origin="test")
