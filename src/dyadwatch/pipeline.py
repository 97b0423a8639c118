"""The entry point: articles in, ``Record`` objects out, one model load per process.

``Analyzer`` is what the CLI, the ingest workers (local or on Dask) and the API server all
call. Documents go through ``nlp.pipe`` in batches with the article attached to each ``Doc``,
so dyadwatch's components add little to spaCy's own cost (see ``benchmarks/``).
"""

from __future__ import annotations

import ctypes
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from dyadwatch.errors import DyadwatchError, error
from dyadwatch.model import Article, Failure, PipelineInfo, Record, Sourcing
from dyadwatch.nlp import loader
from dyadwatch.settings import Settings

# Texts longer than this are parsed in chunks of CHUNK characters (see Analyzer._run_long).
LONG_TEXT = 200_000
CHUNK = 50_000


class TimeLimitExceeded(Exception):
    """Raised inside the pipeline when an article (or batch) runs over Settings.time_limit."""


REFIRE = 0.5  # seconds between repeats of a time-limit interruption that was caught and ignored


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt work that runs over ``seconds``, in any thread (POSIX main thread: SIGALRM).

    The interruption lands between Python steps, so a long article is stopped at the next
    component or chunk boundary: late by at most one step, never silently skipped. It repeats
    every ``REFIRE`` seconds until the block is left, in case library code swallowed it. Dask runs
    tasks in worker threads, where signals cannot reach, so there a watchdog timer raises the
    same exception in the worker's thread instead (``_thread_alarm``).
    """
    if seconds <= 0:
        yield
        return
    if not (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()):
        with _thread_alarm(seconds):
            yield
        return

    def _raise(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds, REFIRE)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_alarm(seconds: float) -> Iterator[None]:
    """SIGALRM for a thread that is not the main one: a timer that, once ``seconds`` have passed,
    asks CPython to raise TimeLimitExceeded in this thread at its next Python step.

    The lock and the ``left`` event make the watchdog a no-op once the block is being left, so the
    exception surfaces inside the block or from its exit, never later in unrelated code.
    """
    target = threading.get_ident()
    lock = threading.Lock()
    left = threading.Event()

    def fire() -> None:
        wait = seconds
        while not left.wait(wait):
            with lock:
                if left.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(TimeLimitExceeded))
            wait = REFIRE

    watchdog = threading.Thread(target=fire, name="dyadwatch-time-limit", daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        try:
            with lock:
                left.set()
        finally:
            left.set()  # even if an interruption already pending lands on the line above


def split_text(text: str, size: int) -> list[str]:
    """Cut text into pieces of about ``size`` characters that join back to exactly ``text``.

    Cuts fall after a paragraph break if one is near, else after a sentence end, else after white
    space, and only as a last resort inside a run of non-space characters.
    """
    pieces: list[str] = []
    start = 0
    n = len(text)
    while n - start > size:
        window = text[start : start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            pos = window.rfind(sep, size // 2)
            if pos != -1:
                cut = pos + len(sep)
                break
        if cut == -1:
            cut = size
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


def pipeline_info(settings: Settings) -> PipelineInfo:
    """What ``Analyzer(settings).info`` will be, read from the model package's meta.json without
    loading the model: ``reprocess`` with workers or Dask needs it only to find stale articles,
    and loading a model in the client just for that cost a second and ~500 MB."""
    import json

    from spacy.util import get_package_path, is_package

    meta_path = (get_package_path(settings.model) if is_package(settings.model) else Path(settings.model)) / "meta.json"
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (OSError, ValueError):
        return Analyzer(settings).info  # not a package we can read: ask the loaded model
    return PipelineInfo(
        dyadwatch=_version("dyadwatch"),
        model=str(meta.get("name", settings.model)),
        model_version=str(meta.get("version", "?")),
        lexicons=_lexicon_hash(settings),
    )


def _lexicon_hash(settings: Settings) -> str:
    try:
        from dyadwatch.coding import lexicon_hash
    except ImportError:
        return "none"
    return lexicon_hash([*settings.actors, *settings.verbs])


class Analyzer:
    """Holds the loaded pipeline and series; turns articles into records."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else loader.build(self.settings)
        self.series = self._load_series()
        self.info = PipelineInfo(
            dyadwatch=_version("dyadwatch"),
            model=str(self.nlp.meta.get("name", self.settings.model)),
            model_version=str(self.nlp.meta.get("version", "?")),
            lexicons=_lexicon_hash(self.settings),
        )

    def _load_series(self) -> object | None:
        if not self.settings.series:
            return None
        from dyadwatch.series import registry

        return registry.load_all(self.settings.series, allow_network=self.settings.allow_network)

    def make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        return self._attach(doc, article)

    def _attach(self, doc: Doc, article: Article) -> Doc:
        doc._.dw_article = article
        doc._.dw_settings = self.settings
        return doc

    def analyze(self, article: Article) -> Record:
        """Analyse one article; raises the coded DyadwatchError if the pipeline fails on it."""
        for item in self.analyze_many([article]):
            if isinstance(item, Failure):
                raise DyadwatchError(item.code, message=item.message)
            return item
        raise error("DW901", where=article.origin or article.id, why="no result")

    def analyze_many(self, articles: Iterable[Article | Failure]) -> Iterator[Record | Failure]:
        """Analyse a stream of articles in batches; a failing article becomes a Failure, the rest go on.

        Failures from reading may be mixed into the stream: they pass through in order, so a
        caller sees every input once, either as a Record or as a Failure.
        """
        batch: list[Article] = []
        for article in articles:
            if isinstance(article, Failure):
                yield from self._run_batch(batch)
                batch = []
                yield article
                continue
            if len(article.text) > LONG_TEXT:
                yield from self._run_batch(batch)
                batch = []
                yield self._run_long(article)
                continue
            batch.append(article)
            if len(batch) >= self.settings.batch_size:
                yield from self._run_batch(batch)
                batch = []
        yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> Iterator[Record | Failure]:
        if not batch:
            return
        try:
            with time_limit(self.settings.time_limit * len(batch)):
                docs = list(self.nlp.pipe(self.make_doc(a) for a in batch))
        except Exception:  # one bad or slow article must not sink its batch: retry one by one
            if len(batch) == 1:
                yield self._failure(batch[0])
                return
            for article in batch:
                yield from self._run_batch([article])
            return
        for doc in docs:
            try:
                yield self.record(doc)
            except Exception:
                yield self._failure(doc._.dw_article)

    def _run_long(self, article: Article) -> Record | Failure:
        """A text over spaCy's comfortable size: parse it in chunks, join them, then extract.

        The parser needs memory in proportion to the text, so a 5 MB article is cut at sentence or
        white-space boundaries into pieces that concatenate back to exactly the original text;
        the joined Doc keeps every offset, and dyadwatch's components see one document.
        """
        ours = {name for name, _, _ in loader.COMPONENTS}
        base = [name for name in self.nlp.pipe_names if name not in ours]
        try:
            # the limit is per LONG_TEXT characters: a 1 MB article may take five times as long
            with time_limit(self.settings.time_limit * len(article.text) / LONG_TEXT):
                pieces = []
                # one piece at a time, dropping each piece's tok2vec tensor: memory stays that of one chunk
                for piece in self.nlp.pipe(
                    (self.nlp.make_doc(t) for t in split_text(article.text, CHUNK)),
                    batch_size=1,
                    disable=[n for n in self.nlp.pipe_names if n not in base],
                ):
                    piece.tensor = numpy.zeros((0,), dtype="float32")
                    pieces.append(piece)
                doc = self._attach(Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"]), article)
                for name, proc in self.nlp.pipeline:
                    if name in ours:
                        doc = proc(doc)
                return self.record(doc)
        except Exception:
            return self._failure(article)

    def _failure(self, article: Article) -> Failure:
        exc = sys.exc_info()[1]
        where = article.origin or article.id
        if isinstance(exc, TimeLimitExceeded):
            exc = error("DW112", where=where, limit=self.settings.time_limit)
        if isinstance(exc, DyadwatchError):
            return Failure(origin=where, code=exc.code, message=exc.message, stage="nlp")
        err = error("DW203", where=where, why=f"{type(exc).__name__}: {exc}")
        return Failure(origin=where, code=err.code, message=err.message, stage="nlp")

    def record(self, doc: Doc) -> Record:
        """Assemble the Record from what the components left on the Doc."""
        record = Record(
            article=doc._.dw_article,
            sources=doc._.dw_sources or [],
            quotes=doc._.dw_quotes or [],
            events=doc._.dw_events or [],
            claims=doc._.dw_claims or [],
            actors=doc._.dw_actors or [],
            pipeline=self.info,
        )
        record.sourcing = sourcing_summary(record)
        if self.series is not None and record.claims:
            from dyadwatch.series import check

            check.check_claims(record, self.series)
        return record


def sourcing_summary(record: Record) -> Sourcing:
    """How many named, anonymous, group, organisation and document sources, and their quote share."""
    kinds = Counter(s.kind for s in record.sources)
    by_kind: Counter[str] = Counter()
    by_id = {s.id: s.kind for s in record.sources}
    for q in record.quotes:
        sid = q.speaker.source_id if q.speaker else None
        by_kind[by_id.get(sid or "", "unattributed")] += 1
    total = len(record.quotes)
    return Sourcing(
        named=kinds.get("person", 0),
        anonymous=kinds.get("anonymous", 0),
        group=kinds.get("group", 0),
        organization=kinds.get("organization", 0),
        document=kinds.get("document", 0),
        quotes=total,
        quote_share={k: round(v / total, 3) for k, v in sorted(by_kind.items())} if total else {},
    )
