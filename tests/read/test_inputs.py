from __future__ import annotations

import io
import json

from dyadwatch.model import Article, Failure
from dyadwatch.read.inputs import ReadOptions, estimate, read_inputs, read_stream
from dyadwatch.read.jsonl import FieldMap


def _corpus(tmp_path):
    (tmp_path / "a.txt").write_text("date 2025-08-08 By Ann Lee Reuters\nOfficials met on Friday.", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text(
        "<html><body><article><p>Leaders met in Washington on Monday to talk about trade and the border."
        "</p></article></body></html>",
        "utf-8",
    )
    (tmp_path / "c.jsonl").write_text(
        "\n".join(json.dumps({"body": f"Story number {i} about talks."}) for i in range(3)), "utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    return tmp_path


def test_inputs_directory_walk_records_every_failure(tmp_path):
    root = _corpus(tmp_path)
    opts = ReadOptions(fields=FieldMap(text="body"))
    items = list(read_inputs([str(root), str(root / "missing.txt")], opts))
    arts = [i for i in items if isinstance(i, Article)]
    fails = {(f.origin.rsplit("/", 1)[-1], f.code) for f in items if isinstance(f, Failure)}
    assert len(arts) == 5  # a.txt, b.html, 3 jsonl lines; .png ignored
    assert fails == {("bin.txt", "DW102"), ("empty.txt", "DW101"), ("missing.txt", "DW105")}
    assert all(f.stage == "read" for f in items if isinstance(f, Failure))
    # sorted walk -> stable order across runs
    assert [a.origin for a in arts] == [a.origin for a in read_inputs([str(root)], opts) if isinstance(a, Article)]


def test_inputs_globs_and_empty_dirs(tmp_path):
    root = _corpus(tmp_path)
    items = list(read_inputs([str(root / "*.txt")]))
    assert sum(isinstance(i, Article) for i in items) == 1
    (root / "none").mkdir()
    (item,) = read_inputs([str(root / "none")])
    assert isinstance(item, Failure) and item.code == "DW111"
    (item,) = read_inputs([str(root / "*.nothing")])
    assert isinstance(item, Failure) and item.code == "DW105"


def test_inputs_urls_need_allow_network():
    (item,) = read_inputs(["https://example.org/story"])
    assert isinstance(item, Failure) and item.code == "DW701"


def test_inputs_refuses_other_schemes_even_with_network():
    from dyadwatch.read.fetch import fetch

    try:
        fetch("ftp://example.org/x", allow_network=True, max_bytes=10)
    except Exception as exc:
        assert getattr(exc, "code", None) == "DW702"
    else:
        raise AssertionError("ftp fetched")


def test_inputs_stdin_jsonl_and_text():
    opts = ReadOptions()
    stream = io.BufferedReader(io.BytesIO(b'{"text": "One."}\n{"text": "Two."}\n'))
    assert [a.text for a in read_stream(stream, origin="<stdin>", options=opts)] == ["One.", "Two."]
    stream = io.BufferedReader(io.BytesIO(b"Plain story text."))
    (art,) = read_stream(stream, origin="<stdin>", options=opts)
    assert isinstance(art, Article) and art.text == "Plain story text." and art.origin == "<stdin>"


def test_inputs_size_cap(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 1000, "utf-8")
    (item,) = read_inputs([str(tmp_path / "big.txt")], ReadOptions(max_bytes=100))
    assert isinstance(item, Failure) and item.code == "DW104"


def test_inputs_estimate(tmp_path):
    root = _corpus(tmp_path)
    assert estimate([str(root)]) == 3 + 4  # 3 jsonl lines + a, b, empty, bin
    assert estimate(["-"]) is None
