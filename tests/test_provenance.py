"""Every extracted fact carries offsets into its article: over whole corpora (the bundled demo and the
shared VOA stories), every (text, start, end) in every record must be exactly the article's text there.
A single-sentence test misses the combinations real text produces ("the cartel leader" once gave the
text "leader" with the offsets of "cartel leader")."""

from __future__ import annotations

import pytest
from dwtest import DEMO, shared_path
from pydantic import BaseModel

from dyadwatch.model import Article, Record
from dyadwatch.read.inputs import read_inputs

pytestmark = pytest.mark.slow


def _spans(node: object, path: str = "record"):
    """Every model in a record that has a text and offsets, with where it sits."""
    if isinstance(node, BaseModel):
        fields = type(node).model_fields
        if {"text", "start", "end"} <= fields.keys():
            text, start, end = node.text, node.start, node.end  # type: ignore[attr-defined]
            if isinstance(text, str) and isinstance(start, int) and isinstance(end, int):
                yield path, text, start, end
        for name in fields:
            if name == "article":
                continue
            yield from _spans(getattr(node, name), f"{path}.{name}")
    elif isinstance(node, list | tuple):
        for i, item in enumerate(node):
            yield from _spans(item, f"{path}[{i}]")


def _check(records: list) -> int:
    checked = 0
    bad = []
    for rec in records:
        assert isinstance(rec, Record), rec
        for where, text, start, end in _spans(rec):
            checked += 1
            if rec.article.text[start:end] != text:
                bad.append(f"{rec.article.id} {where}: {text!r} != {rec.article.text[start:end]!r}")
    assert not bad, "\n".join(bad[:20])
    return checked


def _read(path) -> list[Article]:
    """The corpus through dyadwatch's own readers, as ``ingest`` reads it; none may fail."""
    items = list(read_inputs([str(path)]))
    assert all(isinstance(i, Article) for i in items), [i for i in items if not isinstance(i, Article)][:3]
    return items  # type: ignore[return-value]


def test_provenance_every_span_of_the_demo_corpus(analyzer):
    arts = _read(DEMO / "articles")
    assert len(arts) >= 40
    assert _check(list(analyzer.analyze_many(arts))) > 1000


def test_provenance_every_span_of_the_voa_stories(analyzer):
    arts = _read(shared_path("corpora", "voa", "voa_stories.jsonl"))
    assert len(arts) >= 80
    assert _check(list(analyzer.analyze_many(arts))) > 5000
