"""A store built from hand-made records (``analysis.synthetic``): no NLP model needed."""

from __future__ import annotations

import pytest

from dyadwatch.analysis.synthetic import sample_records
from dyadwatch.store import Store


@pytest.fixture(scope="session")
def records():
    return sample_records()


@pytest.fixture(scope="session")
def db_url(tmp_path_factory, records) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'sample.db'}"
    store = Store(url)
    for record in records:
        assert store.add(record)
    store.close()
    return url
