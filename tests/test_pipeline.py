"""The pipeline's own mechanics: batches with failures, long texts in pieces, time limits."""

from __future__ import annotations

import time

import pytest
from dwtest import make_article

from dyadwatch.model import Failure, Record
from dyadwatch.pipeline import LONG_TEXT, TimeLimitExceeded, split_text, time_limit


@pytest.mark.parametrize("size", [7, 50, 1000])
def test_pipeline_split_text_joins_back_exactly(size):
    text = "One sentence here. Another one follows.\n\nA new paragraph " * 40 + "x" * 3000
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)


def test_pipeline_split_text_prefers_paragraphs_then_sentences():
    text = "a" * 60 + ". " + "b" * 30 + "\n\n" + "c" * 60
    assert split_text(text, 100)[0] == "a" * 60 + ". " + "b" * 30 + "\n\n"


def test_pipeline_time_limit_interrupts_python_work():
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            pass


def test_pipeline_time_limit_fires_again_when_swallowed():
    """Library code with a broad ``except Exception`` may eat the first interruption; it comes back."""

    def busy(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            pass

    t0 = time.monotonic()
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        try:
            busy(5)
        except TimeLimitExceeded:
            pass  # swallowed, as a careless library would
        busy(5)
    assert time.monotonic() - t0 < 2


def test_pipeline_time_limit_interrupts_a_worker_thread_and_nothing_after():
    """Dask runs articles in worker threads, where SIGALRM cannot reach: the limit must hold there too,
    and a block that finished in time must not be interrupted afterwards."""
    import threading

    outcome: dict[str, object] = {}

    def work() -> None:
        t0 = time.monotonic()
        try:
            with time_limit(0.2):
                while time.monotonic() < t0 + 5:
                    pass
        except TimeLimitExceeded:
            outcome["stopped_after"] = time.monotonic() - t0
        with time_limit(0.1):
            pass  # done in time: its timer must never fire later
        t1 = time.monotonic()
        while time.monotonic() < t1 + 0.4:
            pass
        outcome["finished"] = True

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert outcome.get("finished") is True, outcome
    assert 0.15 < float(outcome["stopped_after"]) < 1.0, outcome


@pytest.mark.slow
def test_pipeline_failures_pass_through_in_order(analyzer):
    bad = Failure(origin="x.txt", code="DW101", message="[DW101] x.txt: empty")
    items = list(analyzer.analyze_many([make_article("Officials met."), bad, make_article("They talked.")]))
    assert [type(i).__name__ for i in items] == ["Record", "Failure", "Record"]


@pytest.mark.slow
def test_pipeline_long_text_is_parsed_in_pieces_with_exact_offsets(analyzer):
    para = "Mexico rejected the plan, officials said. “We will not accept it,” said Ana Ruiz, a diplomat. "
    text = para * (LONG_TEXT // len(para) + 50)
    record = analyzer.analyze(make_article(text))
    assert isinstance(record, Record) and len(record.article.text) > LONG_TEXT
    assert len(record.quotes) >= 2 * (LONG_TEXT // len(para))
    for fact in [*record.quotes, *record.claims]:
        assert record.article.text[fact.start : fact.end] == fact.text
    for ev in record.events:
        assert record.article.text[ev.action.start : ev.action.end] == ev.action.text


@pytest.mark.slow
def test_pipeline_info_without_loading_the_model_matches_the_loaded_one(analyzer, monkeypatch):
    """``reprocess`` with workers finds stale articles from this, so it must equal the loaded model's info."""
    from dyadwatch import pipeline
    from dyadwatch.settings import Settings

    monkeypatch.setattr(pipeline.loader, "build", lambda settings: pytest.fail("pipeline_info loaded the model"))
    assert pipeline.pipeline_info(Settings()) == analyzer.info
