"""Corpus ingestion: inputs -> Analyzer -> Store, resumable, on 1..N processes or a Dask cluster.

The client process reads the inputs, drops articles already stored (before any NLP), sends
chunks of articles to the analysers and writes each returned record in its own transaction.
Only the client writes, so the database is the same whether the analysis ran in-process, in
a local process pool or on Dask workers, and a run killed at any moment can simply be run
again: what was committed is skipped, the rest is redone.

Analysers load the model once per process (``_worker_analyzer``), chunks stay small and the
number of chunks in flight is bounded, so memory does not grow with the corpus.
"""

from __future__ import annotations

import collections
import contextlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.exc import SQLAlchemyError

from dyadwatch.errors import DyadwatchError, StoreError, error
from dyadwatch.model import Article, Failure, Record
from dyadwatch.read.inputs import ReadOptions, estimate, read_inputs
from dyadwatch.settings import Settings
from dyadwatch.store import Store

Result = Record | Failure
FAIL_ALL_SHARE = 0.99  # more than this share failed -> exit 126 ("nothing useful happened")


# --------------------------------------------------------------------------- summary


@dataclass
class Summary:
    """What a run did; also written to the runs table."""

    run_id: int | None = None
    processed: int = 0
    duplicates: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.processed + self.duplicates + self.failed

    @property
    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    @property
    def exit_code(self) -> int:
        """0 all well, 1 some inputs failed, 126 (almost) everything failed."""
        if self.failed == 0:
            return 0
        if self.failed > FAIL_ALL_SHARE * self.seen:
            return 126
        return 1


# --------------------------------------------------------------------------- analysers

_ANALYZERS: dict[str, Any] = {}


def _worker_analyzer(settings_json: str) -> Any:
    """One Analyzer per process and settings: the model loads once, then serves every chunk."""
    analyzer = _ANALYZERS.get(settings_json)
    if analyzer is None:
        from dyadwatch.pipeline import Analyzer

        analyzer = Analyzer(Settings.model_validate_json(settings_json))
        _ANALYZERS[settings_json] = analyzer
    return analyzer


def analyze_chunk(settings_json: str, articles: list[Article]) -> list[Result]:
    """Analyse one chunk in whatever process runs it (pool worker or Dask worker)."""
    analyzer = _worker_analyzer(settings_json)
    out: list[Result] = []
    try:
        out.extend(analyzer.analyze_many(articles))
    except Exception as exc:  # analyze_many already isolates articles; this is a last resort
        done = len(out)
        for art in articles[done:]:
            where = art.origin or art.id
            err = error("DW203", where=where, why=f"{type(exc).__name__}: {exc}")
            out.append(Failure(origin=where, code=err.code, message=err.message, stage="nlp"))
    return out


def _init_pool_worker(settings_json: str) -> None:
    _worker_analyzer(settings_json)


class Backend(Protocol):
    """Runs chunks of articles through the analyser; yields results chunk by chunk, in order."""

    def map(self, chunks: Iterator[list[Article]]) -> Iterator[list[Result]]: ...

    def close(self) -> None: ...


class InProcess:
    """--workers 1: the analyser lives in this process."""

    def __init__(self, settings: Settings, analyzer: Any = None) -> None:
        self.settings_json = settings.model_dump_json()
        if analyzer is not None:
            _ANALYZERS[self.settings_json] = analyzer

    def map(self, chunks: Iterator[list[Article]]) -> Iterator[list[Result]]:
        for chunk in chunks:
            yield analyze_chunk(self.settings_json, chunk)

    def close(self) -> None:
        pass


def _bounded(
    submit: Callable[[list[Article]], Any],
    result: Callable[[Any], list[Result]],
    chunks: Iterator[list[Article]],
    in_flight: int,
) -> Iterator[list[Result]]:
    """Keep at most ``in_flight`` chunks submitted; yield results in submission order."""
    pending: collections.deque[Any] = collections.deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        while len(pending) >= in_flight:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


class ProcessPool:
    """--workers N: a local process pool; each worker loads the model once at start."""

    def __init__(self, settings: Settings, workers: int) -> None:
        import multiprocessing

        self.settings_json = settings.model_dump_json()
        self.workers = workers
        # spawn: no forked copies of the client's threads, DB connections or progress display.
        self.pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_pool_worker,
            initargs=(self.settings_json,),
        )

    def map(self, chunks: Iterator[list[Article]]) -> Iterator[list[Result]]:
        def submit(chunk: list[Article]) -> Future[list[Result]]:
            return self.pool.submit(analyze_chunk, self.settings_json, chunk)

        return _bounded(submit, lambda f: f.result(), chunks, in_flight=self.workers * 3)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskBackend:
    """--dask local|tcp://host:8786: chunks run as tasks; results come back to the client."""

    def __init__(self, settings: Settings, address: str, workers: int) -> None:
        from distributed import Client, LocalCluster

        self.settings_json = settings.model_dump_json()
        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=50,
            )
            self.client = Client(self.cluster)
        else:
            self.client = Client(address, timeout=30)
        nworkers = len(self.client.scheduler_info(n_workers=-1).get("workers", {})) or workers
        self.in_flight = max(2, nworkers * 3)

    def map(self, chunks: Iterator[list[Article]]) -> Iterator[list[Result]]:
        def submit(chunk: list[Article]) -> Any:
            return self.client.submit(analyze_chunk, self.settings_json, chunk, pure=False)

        def result(fut: Any) -> list[Result]:
            out = fut.result()
            fut.release()
            return out

        return _bounded(submit, result, chunks, in_flight=self.in_flight)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close()


def make_backend(settings: Settings, workers: int = 1, dask: str | None = None, analyzer: Any = None) -> Backend:
    if dask:
        return DaskBackend(settings, dask, max(1, workers))
    if workers > 1:
        return ProcessPool(settings, workers)
    return InProcess(settings, analyzer)


# --------------------------------------------------------------------------- the run


class Progress(Protocol):
    def update(self, summary: Summary) -> None: ...


class _Runner:
    """Feeds new articles to a backend and writes what comes back; counts everything."""

    def __init__(
        self,
        store: Store,
        summary: Summary,
        run_id: int,
        chunk_size: int,
        progress: Progress | None,
        replace: bool = False,
    ) -> None:
        self.store = store
        self.summary = summary
        self.run_id = run_id
        self.chunk_size = chunk_size
        self.progress = progress
        self.replace = replace
        self.in_flight: set[str] = set()
        self.unrecorded = 0  # failures counted but not in the errors table (its write failed)
        self.submitted: collections.deque[list[str]] = collections.deque()

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress.update(self.summary)

    def fail(self, item: Failure) -> None:
        """Count a failed input and record it in the errors table.

        If that write fails too (disk full, database gone), the StoreError stops the run (see ``run``);
        the input is still counted as failed, and the stop message says its row may be missing.
        """
        self.summary.failed += 1
        if len(self.summary.failures) < 1000:
            self.summary.failures.append(item)
        self._tick()
        try:
            self.store.add_failure(item, self.run_id)
        except DyadwatchError:
            self.unrecorded += 1
            raise

    def chunks(self, items: Iterable[Article | Failure]) -> Iterator[list[Article]]:
        """Group new articles into chunks, recording failures and skipping duplicates on the way."""
        buffer: list[Article] = []
        for item in items:
            if isinstance(item, Failure):
                self.fail(item)
                continue
            buffer.append(item)
            if len(buffer) >= self.chunk_size:
                yield from self._new(buffer)
                buffer = []
        if buffer:
            yield from self._new(buffer)

    def _new(self, buffer: list[Article]) -> Iterator[list[Article]]:
        stored = set() if self.replace else self.store.existing(a.id for a in buffer)
        fresh: list[Article] = []
        for art in buffer:
            if art.id in stored or art.id in self.in_flight:
                self.summary.duplicates += 1
                continue
            self.in_flight.add(art.id)
            fresh.append(art)
        if len(fresh) < len(buffer):
            self._tick()
        if fresh:
            self.submitted.append([a.id for a in fresh])
            yield fresh

    def write(self, results: list[Result]) -> None:
        """Store one chunk's results (they come back in the order the chunks were sent)."""
        for aid in self.submitted.popleft() if self.submitted else []:
            self.in_flight.discard(aid)
        for res in results:
            if isinstance(res, Failure):
                self.fail(res)
                continue
            aid = res.article.id
            try:
                if self.replace:
                    self.store.replace(res, self.run_id)
                    added = True
                else:
                    added = self.store.add(res, self.run_id)
            except DyadwatchError as exc:
                where = res.article.origin or aid
                self.fail(Failure(origin=where, code=exc.code, message=exc.message, stage="store"))
                continue
            if added:
                self.summary.processed += 1
            else:
                self.summary.duplicates += 1
            self._tick()


def run(
    articles: Iterable[Article | Failure],
    store: Store,
    settings: Settings,
    *,
    workers: int = 1,
    dask: str | None = None,
    command: str = "ingest",
    progress: Progress | None = None,
    analyzer: Any = None,
    replace: bool = False,
    run_settings: dict[str, Any] | None = None,
) -> Summary:
    """Analyse and store a stream of articles (or read failures); returns the counts."""
    start = time.perf_counter()
    run_id = store.begin_run(command, run_settings or {"settings": settings.model_dump(mode="json")})
    summary = Summary(run_id=run_id)
    runner = _Runner(store, summary, run_id, settings.batch_size, progress, replace=replace)
    backend = make_backend(settings, workers, dask, analyzer)
    stop: DyadwatchError | None = None
    try:
        for results in backend.map(runner.chunks(articles)):
            runner.write(results)
            summary.seconds = time.perf_counter() - start
    except StoreError as exc:  # the database itself failed (not one article): stop, say so, keep what is stored
        stop = exc
    except SQLAlchemyError as exc:  # a read outside the store's own wrappers (e.g. reprocess's store.get)
        stop = error("DW501", url=store.safe_url, why=_why(exc))
    finally:
        backend.close()
        summary.seconds = time.perf_counter() - start
        closed = _end_run(store, summary)
    if stop is not None or closed is not None:
        raise _stopped(stop, closed, summary, store.safe_url, runner.unrecorded) from None
    return summary


def _why(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return (text.splitlines() or [type(exc).__name__])[0]


def _end_run(store: Store, summary: Summary) -> DyadwatchError | None:
    """Close the run row with the counts; the error instead of raising it, so it never hides another."""
    assert summary.run_id is not None
    try:
        store.end_run(summary.run_id, processed=summary.processed, duplicates=summary.duplicates,
                      failed=summary.failed)  # fmt: skip
    except DyadwatchError as exc:
        return exc
    except SQLAlchemyError as exc:
        return error("DW501", url=store.safe_url, why=_why(exc))
    return None


def _stopped(
    stop: DyadwatchError | None, closed: DyadwatchError | None, summary: Summary, url: str, unrecorded: int
) -> DyadwatchError:
    """The coded error that ends a run the database failed, with what the run did up to there.

    ``stop`` is the error that stopped the run (None if it got through its inputs), ``closed`` the one
    from closing the run row (None if that worked). The error carries the ``summary`` (``exc.summary``)
    so a caller can report the counts too. What is stored is whole (one transaction per article), so
    running the same command again resumes.
    """
    exc = stop or closed
    assert exc is not None
    done = (
        f"processed {summary.processed}, skipped as duplicate {summary.duplicates}, failed {summary.failed} "
        f"in {summary.seconds:.1f} s"
    )
    notes = []
    if unrecorded:
        notes.append(f"{unrecorded} of the failures could not be written to the errors table")
    if closed is not None:
        notes.append("the runs table could not be updated, so the run is left unfinished there")
    note = f" ({'; '.join(notes)})" if notes else ""
    ended = "stopped at this error" if stop is not None else "got through its inputs"
    message = (
        f"{exc.message} Run {summary.run_id} on the database {url!r} {ended} ({done}){note}. "
        "Everything stored is whole; re-run the same command to resume."
    )
    out = type(exc)(exc.code, message=message, **exc.params)
    out.summary = summary  # type: ignore[attr-defined]
    return out


def ingest(
    inputs: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    options: ReadOptions | None = None,
    workers: int = 1,
    dask: str | None = None,
    progress: Progress | None = None,
    analyzer: Any = None,
    command: str | None = None,
) -> Summary:
    """Read ``inputs`` (files, directories, globs, ``-``, URLs) into ``store``."""
    options = options or ReadOptions(
        max_bytes=settings.max_bytes,
        allow_network=settings.allow_network,
        allow_private=settings.allow_private_network,
    )
    meta = {
        "inputs": list(inputs),
        "workers": workers,
        "dask": dask,
        "fields": options.fields.__dict__,
        "settings": settings.model_dump(mode="json"),
    }
    return run(
        read_inputs(inputs, options),
        store,
        settings,
        workers=workers,
        dask=dask,
        command=command or "ingest " + " ".join(inputs),
        progress=progress,
        analyzer=analyzer,
        run_settings=meta,
    )


def reprocess(
    store: Store,
    settings: Settings,
    *,
    workers: int = 1,
    dask: str | None = None,
    progress: Progress | None = None,
    analyzer: Any = None,
    force: bool = False,
) -> Summary:
    """Recompute articles stored by another dyadwatch version, model or lexicon set.

    Each article's old record is swapped for the new one in one transaction, so a killed
    reprocess leaves every article either old or new, and running it again finishes the job.
    """
    from dyadwatch.pipeline import Analyzer, pipeline_info

    if analyzer is None and not dask and workers <= 1:
        analyzer = Analyzer(settings)  # analyses here: load the model once, here
    info = analyzer.info if analyzer is not None else pipeline_info(settings)  # workers load their own
    ids = store.ids() if force else store.stale(info)
    articles = (store.get(aid).article for aid in list(ids))
    return run(
        articles,
        store,
        settings,
        workers=workers,
        dask=dask,
        command="reprocess" + (" --all" if force else ""),
        progress=progress,
        analyzer=analyzer,
        replace=True,
        run_settings={"settings": settings.model_dump(mode="json"), "pipeline": info.model_dump()},
    )


def count_inputs(inputs: Sequence[str]) -> int | None:
    """The number of articles ahead when cheap to know (for the progress bar's ETA)."""
    try:
        return estimate(inputs)
    except Exception:
        return None
