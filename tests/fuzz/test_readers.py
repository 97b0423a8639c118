"""Every reader, fed generated hostile bytes: an Article/Failure or a coded error, never a crash or hang.

Quick mode (``make test``) tries ~50 inputs per reader with a fixed seed; ``--fuzz`` tries >= 10,000.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import fuzzkit
from fuzzkit import check_article, check_failure, examples, run_case
from hypothesis import given

from dyadwatch.model import Article, Failure

MAX = 5_000_000


def check_items(items: list) -> None:
    for item in items:
        if isinstance(item, Failure):
            check_failure(item)
        else:
            check_article(item)


def read_text(data: bytes) -> Article:
    from dyadwatch.read.text import decode, parse_plain

    return parse_plain(decode(data, "fuzz.txt", MAX), origin="fuzz.txt")


def read_html(data: bytes) -> Article:
    from dyadwatch.read.html import read_html as read

    return read(data, origin="fuzz.html", max_bytes=MAX)


def read_jsonl(data: bytes) -> list:
    from dyadwatch.read.jsonl import FieldMap, read_jsonl_lines

    return list(read_jsonl_lines(data.splitlines(), origin="fuzz.jsonl", fields=FieldMap(), max_bytes=MAX))


def read_json(data: bytes) -> list:
    from dyadwatch.read.jsonl import FieldMap
    from dyadwatch.read.jsonl import read_json as read

    return list(read(data, origin="fuzz.json", fields=FieldMap(), max_bytes=MAX))


def read_feed(data: bytes) -> list:
    from dyadwatch.read.feeds import read_feed as read

    return list(read(data, origin="fuzz.rss", max_bytes=MAX, allow_network=False))


def read_sniffed(data: bytes) -> list:
    """The dispatcher: what stdin, URLs and unknown extensions go through."""
    from dyadwatch.read.inputs import ReadOptions, read_bytes, sniff

    return list(read_bytes(data, kind=sniff(data[:4096]), origin="fuzz", options=ReadOptions()))


def read_cbp(kind: str, data: bytes, path: Path):
    from dyadwatch.series import cbp

    path.write_bytes(data)
    return (cbp.load_encounters if kind == "encounters" else cbp.load_drugs)(path)


def check_dataset(ds) -> None:
    assert ds.rows, "a dataset with no rows must be DW403, not an empty dataset"
    for month, dims, values in ds.rows:
        assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month), month
        assert all(isinstance(d, str) for d in dims)
        for v in values:
            assert math.isfinite(v) and v >= 0, f"value {v!r} accepted into a series (month {month})"


READERS = {
    "text": (fuzzkit.text_bytes(), read_text, check_article),
    "html": (fuzzkit.html_bytes(), read_html, check_article),
    "jsonl": (fuzzkit.jsonl_bytes(), read_jsonl, check_items),
    "json": (fuzzkit.json_bytes(), read_json, check_items),
    "feed": (fuzzkit.feed_bytes(), read_feed, check_items),
    "sniffed": (
        fuzzkit.text_bytes() | fuzzkit.html_bytes() | fuzzkit.feed_bytes() | fuzzkit.jsonl_bytes(),
        read_sniffed,
        check_items,
    ),
}


def _fuzz(name: str) -> None:
    strategy, read, check = READERS[name]
    for count in fuzzkit.chunks(fuzzkit.example_count()):

        @examples(count=count)
        @given(strategy)
        def run(data: bytes) -> None:
            run_case(name, data, lambda: read(data), check)

        run()
    fuzzkit.assert_clean(name)


def test_fuzz_text_reader_never_crashes() -> None:
    _fuzz("text")


def test_fuzz_html_reader_never_crashes() -> None:
    _fuzz("html")


def test_fuzz_jsonl_reader_never_crashes() -> None:
    _fuzz("jsonl")


def test_fuzz_json_reader_never_crashes() -> None:
    _fuzz("json")


def test_fuzz_feed_reader_never_crashes() -> None:
    _fuzz("feed")


def test_fuzz_sniffing_dispatcher_never_crashes() -> None:
    _fuzz("sniffed")


def test_fuzz_cbp_series_loader_never_crashes(tmp_path: Path) -> None:
    path = tmp_path / "series.csv"
    for count in fuzzkit.chunks(fuzzkit.example_count()):

        @examples(count=count)
        @given(fuzzkit.cbp_bytes())
        def run(case: tuple[str, bytes]) -> None:
            kind, data = case
            tagged = kind.encode() + b"\n" + data  # crasher files keep the kind on their first line
            run_case("cbp", tagged, lambda: read_cbp(kind, data, path), check_dataset)

        run()
    fuzzkit.assert_clean("cbp")
