"""Shared fixtures: the model is loaded once per test session; everything else is cheap."""

from __future__ import annotations

import pytest
from dwtest import DEMO, ROOT, SHARED, make_article, shared_path  # noqa: F401  (re-exported)

from dyadwatch.model import Article
from dyadwatch.read.text import parse_plain
from dyadwatch.settings import Settings


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


@pytest.fixture(scope="session")
def records():
    """Hand-made records (``analysis.synthetic``) with exact offsets: a corpus without the model."""
    from dyadwatch.analysis.synthetic import sample_records

    return sample_records()


@pytest.fixture(scope="session")
def db_url(tmp_path_factory, records) -> str:
    """A SQLite store holding ``records``, shared by the analysis, API and web tests."""
    from dyadwatch.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'sample.db'}"
    store = Store(url)
    for record in records:
        assert store.add(record)
    store.close()
    return url
