"""Ingestion: duplicates, failures, exit codes, reprocessing, workers, Dask and a SIGKILL mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyadwatch.ingest import Summary, ingest, reprocess
from dyadwatch.model import Failure
from dyadwatch.read.inputs import read_inputs
from dyadwatch.settings import Settings
from dyadwatch.store import Store
from dyadwatch.store.db import content

ROOT = Path(__file__).resolve().parents[1]

PLACES = ["WASHINGTON", "MEXICO CITY", "TIJUANA, Mexico", "EL PASO, Texas", "OTTAWA", "BOGOTA, Colombia"]
PEOPLE = ["Claudia Sheinbaum", "Marco Rubio", "Juan Ramon de la Fuente", "Kristi Noem", "Mark Carney"]


def story(i: int) -> str:
    """A short, unique, realistic article: a header, a dateline, a quote, an event and a figure."""
    place, person = PLACES[i % len(PLACES)], PEOPLE[i % len(PEOPLE)]
    return (
        f"date 2025-{1 + i % 12:02d}-{1 + i % 27:02d} By Test Writer Dyadwatch Demo Desk\n"
        f"{place} – Mexico and the United States agreed on Tuesday to expand security cooperation "
        f"along the border, {person} said in statement number {i}. "
        f'"We will keep working together," {person} told reporters. '
        f"Border crossings fell {5 + i % 40}% to {1000 + 37 * i:,} in June, compared with "
        f"{2000 + 41 * i:,} in May, officials said. Mexico sent {100 + i} troops to the region."
    )


def write_corpus(root: Path, n: int, bad: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"story-{i:03d}.txt").write_text(story(i), "utf-8")
    if bad:
        (root / "aa-empty.txt").write_bytes(b"")
        (root / "aa-binary.txt").write_bytes(b"\x00\xff" * 200)
    return root


def db_url(path: Path) -> str:
    return f"sqlite:///{path}"


# --------------------------------------------------------------------------- no model needed


def test_ingest_exit_codes():
    assert Summary(processed=5).exit_code == 0
    assert Summary(processed=5, duplicates=3).exit_code == 0
    assert Summary(processed=5, failed=1).exit_code == 1
    assert Summary(processed=0, duplicates=1, failed=99).exit_code == 1
    assert Summary(processed=0, failed=100).exit_code == 126
    assert Summary(processed=1, failed=1000).exit_code == 126


def test_ingest_read_failures_only_need_no_model(tmp_path):
    store = Store(db_url(tmp_path / "f.db"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    summary = ingest([str(tmp_path / "in"), str(tmp_path / "nope.txt")], store, Settings())
    assert (summary.processed, summary.failed, summary.exit_code) == (0, 2, 126)
    assert store.count("errors") == 2 and store.count("runs") == 1


# --------------------------------------------------------------------------- end to end (model)


@pytest.mark.slow
def test_ingest_end_to_end_counts_duplicates_and_failures(tmp_path, analyzer):
    corpus = write_corpus(tmp_path / "in", 6)
    (corpus / "copy.txt").write_text(story(0) + "\n", "utf-8")  # same text re-wrapped: same identity
    store = Store(db_url(tmp_path / "e.db"))
    first = ingest([str(corpus)], store, Settings(), analyzer=analyzer)
    assert (first.processed, first.duplicates, first.failed) == (6, 1, 2)
    assert first.exit_code == 1
    assert store.count("articles") == 6 and store.count("errors") == 2
    before = content(store)

    second = ingest([str(corpus)], store, Settings(), analyzer=analyzer)
    assert (second.processed, second.duplicates, second.failed) == (0, 7, 2)
    assert content(store) == before  # ingesting the same corpus twice adds nothing

    # what is stored is exactly what the analyser produces
    art = next(a for a in read_inputs([str(corpus / "story-003.txt")]))
    assert not isinstance(art, Failure)
    stored = store.get(art.id)
    fresh = analyzer.analyze(art)
    assert stored.model_dump(exclude={"article": {"origin"}}) == fresh.model_dump(exclude={"article": {"origin"}})
    assert stored.pipeline == analyzer.info


@pytest.mark.slow
def test_ingest_reprocess_only_stale_articles(tmp_path, analyzer):
    corpus = write_corpus(tmp_path / "in", 4, bad=False)
    store = Store(db_url(tmp_path / "r.db"))
    ingest([str(corpus)], store, Settings(), analyzer=analyzer)
    assert list(store.stale(analyzer.info)) == []
    ids = sorted(store.ids())
    old = store.get(ids[0])
    old_info = old.pipeline.model_copy(update={"lexicons": "old-lexicons"})
    store.replace(old.model_copy(update={"pipeline": old_info, "quotes": [], "sources": []}))
    assert list(store.stale(analyzer.info)) == [ids[0]]

    summary = reprocess(store, Settings(), analyzer=analyzer)
    assert (summary.processed, summary.failed) == (1, 0)
    assert store.get(ids[0]) == old  # recomputed record replaces the stale one
    assert list(store.stale(analyzer.info)) == []
    again = reprocess(store, Settings(), analyzer=analyzer)
    assert again.processed == 0


@pytest.mark.slow
def test_ingest_workers_and_dask_give_the_same_database(tmp_path, analyzer):
    corpus = write_corpus(tmp_path / "in", 8)
    settings = Settings(batch_size=2)
    local = Store(db_url(tmp_path / "local.db"))
    ingest([str(corpus)], local, settings, analyzer=analyzer)

    pool = Store(db_url(tmp_path / "pool.db"))
    s_pool = ingest([str(corpus)], pool, settings, workers=2)
    assert (s_pool.processed, s_pool.failed) == (8, 2)
    assert content(pool) == content(local)

    pytest.importorskip("distributed")
    dask = Store(db_url(tmp_path / "dask.db"))
    s_dask = ingest([str(corpus)], dask, settings, workers=2, dask="local")
    assert (s_dask.processed, s_dask.failed) == (8, 2)
    assert content(dask) == content(local)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from dyadwatch.cli.main import main; main()", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p)
    return env


@pytest.mark.slow
def test_ingest_sigkill_mid_run_then_resume_equals_uninterrupted(tmp_path, analyzer):
    n = 60
    corpus = write_corpus(tmp_path / "in", n)
    reference = Store(db_url(tmp_path / "ref.db"))
    ingest([str(corpus)], reference, Settings(), analyzer=analyzer)
    assert reference.count("articles") == n

    url = db_url(tmp_path / "killed.db")
    Store(url).close()  # create the schema so the poller can count from the start
    args = _cli("ingest", str(corpus), "--db", url, "--no-progress", "--quiet", "--batch-size", "2")
    proc = subprocess.Popen(args, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watcher = Store(url)
    stored = 0
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        stored = watcher.count("articles")
        if stored >= 4:
            break
        time.sleep(0.005)
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read()[-2000:]!r}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    killed_at = watcher.count("articles")
    assert 0 < killed_at < n, killed_at

    done = subprocess.run(
        _cli("ingest", str(corpus), "--db", url, "--no-progress", "--quiet"),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert done.returncode == 1, done.stderr  # the two bad files still fail
    assert "skipped as duplicate" in done.stderr
    assert content(watcher) == content(reference)
