"""The hand-made records the tests and the load benchmark stand on must themselves be exact."""

from __future__ import annotations

import itertools

from dyadwatch.analysis.synthetic import sample_records, synthetic_records
from dyadwatch.model import Record


def spans(record: Record):
    text = record.article.text
    for q in record.quotes:
        yield q.text, text[q.start : q.end]
        if q.cue:
            yield q.cue.text, text[q.cue.start : q.cue.end]
        if q.speaker and q.speaker.start is not None:
            yield q.speaker.text, text[q.speaker.start : q.speaker.end]
    for e in record.events:
        yield e.action.text, text[e.action.start : e.action.end]
        for side in (e.source, e.target):
            if side:
                yield side.text, text[side.start : side.end]
        assert e.sentence.start <= e.action.start < e.action.end <= e.sentence.end
    for c in record.claims:
        yield c.text, text[c.start : c.end]


def test_synthetic_sample_offsets_hold():
    records = sample_records()
    assert len({r.article.id for r in records}) == len(records) == 6
    for record in records:
        for expected, found in spans(record):
            assert expected == found


def test_synthetic_records_exact_count_and_offsets():
    records = list(synthetic_records(1050, events_per_article=100, seed=3))
    assert sum(len(r.events) for r in records) == 1050
    assert len(records) == 11
    for record in itertools.islice(records, 3):
        for expected, found in spans(record):
            assert expected == found
    again = list(synthetic_records(1050, events_per_article=100, seed=3))
    assert [r.article.id for r in again] == [r.article.id for r in records]
    assert again[0] == records[0]
