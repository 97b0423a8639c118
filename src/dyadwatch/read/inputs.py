"""Everything a user may name on the command line, turned into a stream of Articles and Failures.

Files, directories (walked recursively, sorted so runs are reproducible), glob patterns,
``-`` for stdin and, only with ``allow_network``, http(s) URLs. Each item that cannot be read
becomes a ``model.Failure`` with a coded message instead of being skipped silently, and big
inputs are streamed (JSON Lines line by line) so memory does not grow with the corpus.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from dyadwatch.errors import DyadwatchError, error
from dyadwatch.model import Article, Failure
from dyadwatch.read.feeds import looks_like_feed, read_feed
from dyadwatch.read.fetch import fetch, is_url
from dyadwatch.read.html import looks_like_html, read_html
from dyadwatch.read.jsonl import FieldMap, read_json, read_jsonl_lines
from dyadwatch.read.text import decode, parse_plain

TEXT_EXT = (".txt", ".text")  # .md and others: read when named explicitly, not in directory walks
HTML_EXT = (".html", ".htm", ".xhtml")
JSON_EXT = (".json",)
JSONL_EXT = (".jsonl", ".ndjson")
FEED_EXT = (".rss", ".atom", ".xml")
KNOWN_EXT = TEXT_EXT + HTML_EXT + JSON_EXT + JSONL_EXT + FEED_EXT
SUPPORTED = ", ".join(KNOWN_EXT) + ", - (stdin), http(s) URLs with --allow-network"


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: JSON field mapping, size cap, network permission and time-out.

    ``allow_private`` lets fetches reach loopback/private/link-local/reserved addresses (refused
    by default, DW702, against SSRF); ``timeout`` bounds each whole fetch.
    """

    fields: FieldMap = field(default_factory=FieldMap)
    max_bytes: int = 5_000_000
    allow_network: bool = False
    timeout: float = 20.0
    allow_private: bool = False


Item = Article | Failure


def failure(exc: DyadwatchError, origin: str) -> Failure:
    return Failure(origin=origin, code=exc.code, message=exc.message, stage="read")


def _is_glob(value: str) -> bool:
    return any(c in value for c in "*?[")


def expand(inputs: Sequence[str]) -> Iterator[str | Failure]:
    """Input arguments -> individual file paths, URLs and ``-``, in a stable order."""
    for value in inputs:
        if value == "-" or is_url(value):
            yield value
            continue
        path = Path(value).expanduser()
        if path.is_dir():
            files = sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in KNOWN_EXT and not p.name.startswith(".")
            )
            if not files:
                yield failure(error("DW111", where=value, patterns=", ".join(KNOWN_EXT)), value)
            yield from files
        elif path.is_file():
            yield str(path)
        elif _is_glob(value):
            matches = sorted(m for m in glob.glob(os.path.expanduser(value), recursive=True) if Path(m).is_file())
            if not matches:
                yield failure(error("DW105", where=value), value)
            yield from matches
        else:
            yield failure(error("DW105", where=value), value)


def read_inputs(inputs: Sequence[str], options: ReadOptions | None = None) -> Iterator[Item]:
    """The whole input list as one stream; never raises for a bad item."""
    options = options or ReadOptions()
    for target in expand(inputs):
        if isinstance(target, Failure):
            yield target
            continue
        try:
            if target == "-":
                yield from read_stream(sys.stdin.buffer, origin="<stdin>", options=options)
            elif is_url(target):
                yield from read_url(target, options)
            else:
                yield from read_file(Path(target), options)
        except DyadwatchError as exc:
            yield failure(exc, target)
        except Exception as exc:  # a reader bug must cost one input, not the run
            yield failure(error("DW901", where=target, why=f"{type(exc).__name__}: {exc}"), target)


def _kind(name: str, head: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in JSONL_EXT:
        return "jsonl"
    if suffix in JSON_EXT:
        return "json"
    if suffix in HTML_EXT:
        return "html"
    if suffix in FEED_EXT or looks_like_feed(head):
        return "feed"
    return sniff(head)


def sniff(head: bytes) -> str:
    """Guess the kind of unnamed input (stdin, unknown extension, URL) from its first bytes."""
    sample = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if looks_like_feed(sample):
        return "feed"
    if sample.startswith(b"{"):
        return "jsonl"
    if sample.startswith(b"["):
        return "json"
    try:
        text = sample.decode("utf-8", errors="ignore")
    except Exception:
        return "text"
    return "html" if looks_like_html(text) else "text"


def read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    origin = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        yield failure(error("DW105", where=f"{origin} ({exc.strerror})"), origin)
        return
    kind = _kind(path.name, head)
    if kind == "jsonl":
        with path.open("rb") as fh:
            yield from read_jsonl_lines(fh, origin=origin, fields=options.fields, max_bytes=options.max_bytes)
        return
    size = path.stat().st_size
    limit = options.max_bytes if kind in ("text", "html") else max(options.max_bytes, 1)
    if kind in ("text", "html") and size > limit:
        yield failure(error("DW104", where=origin, size=size, limit=limit), origin)
        return
    yield from read_bytes(path.read_bytes(), kind=kind, origin=origin, options=options)


def read_bytes(data: bytes, *, kind: str, origin: str, options: ReadOptions, url: str | None = None) -> Iterator[Item]:
    try:
        if kind == "json":
            yield from read_json(data, origin=origin, fields=options.fields, max_bytes=options.max_bytes)
        elif kind == "jsonl":
            yield from read_jsonl_lines(
                data.splitlines(), origin=origin, fields=options.fields, max_bytes=options.max_bytes
            )
        elif kind == "feed":
            yield from read_feed(
                data,
                origin=origin,
                max_bytes=options.max_bytes,
                allow_network=options.allow_network,
                timeout=options.timeout,
                allow_private=options.allow_private,
            )
        elif kind == "html":
            yield read_html(data, origin=origin, max_bytes=options.max_bytes, url=url)
        else:
            text = decode(data, origin, options.max_bytes)
            if looks_like_html(text):
                yield read_html(data, origin=origin, max_bytes=options.max_bytes, url=url)
            else:
                yield parse_plain(text, origin=origin, url=url)
    except DyadwatchError as exc:
        yield failure(exc, origin)


def read_stream(stream: BinaryIO, *, origin: str, options: ReadOptions) -> Iterator[Item]:
    """stdin: JSON Lines are streamed; anything else is read whole (up to the size cap)."""
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    kind = sniff(head) if head else "text"
    if kind == "jsonl":
        yield from read_jsonl_lines(stream, origin=origin, fields=options.fields, max_bytes=options.max_bytes)
        return
    data = stream.read(options.max_bytes * 4 + 1)
    if kind == "text" and len(data) > options.max_bytes:
        yield failure(error("DW104", where=origin, size=len(data), limit=options.max_bytes), origin)
        return
    yield from read_bytes(data, kind=sniff(data[:4096]) if not head else kind, origin=origin, options=options)


def read_url(url: str, options: ReadOptions) -> Iterator[Item]:
    got = fetch(
        url,
        allow_network=options.allow_network,
        max_bytes=options.max_bytes,
        timeout=options.timeout,
        allow_private=options.allow_private,
    )
    ctype = got.content_type.lower()
    if any(t in ctype for t in ("rss", "atom")) or looks_like_feed(got.content[:4096]):
        kind = "feed"
    elif "json" in ctype:
        kind = "json"
    elif "html" in ctype:
        kind = "html"
    else:
        kind = sniff(got.content[:4096])
    yield from read_bytes(got.content, kind=kind, origin=url, options=options, url=got.url)


def estimate(inputs: Iterable[str]) -> int | None:
    """A cheap count of the articles ahead (lines of JSONL, one per other file) for the ETA."""
    total = 0
    for target in expand(list(inputs)):
        if isinstance(target, Failure) or target == "-" or is_url(target):
            if not isinstance(target, Failure):
                return None
            continue
        path = Path(target)
        suffix = path.suffix.lower()
        if suffix in JSONL_EXT:
            try:
                with path.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                continue
        elif suffix in FEED_EXT + JSON_EXT:
            return None
        else:
            total += 1
    return total
