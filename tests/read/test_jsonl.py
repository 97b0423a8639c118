from __future__ import annotations

import datetime as dt
import json

from dyadwatch.model import Article, Failure
from dyadwatch.read.jsonl import FieldMap, parse_date, read_json, read_jsonl_lines


def _lines(*objs: object) -> list[bytes]:
    return [(o if isinstance(o, str) else json.dumps(o)).encode() for o in objs]


def test_jsonl_default_fields_and_bad_lines():
    lines = _lines(
        {
            "text": "Mexico sent troops.",
            "title": "T",
            "published": "2025-03-14 20:30:26Z",
            "url": "https://x.org/1",
            "author": ["A", "B"],
        },
        "{not json",
        {"body": "no text field"},
        "",
        {"text": "   "},
    )
    items = list(read_jsonl_lines(lines, origin="c.jsonl", fields=FieldMap(), max_bytes=10_000))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Failure"]
    art = items[0]
    assert isinstance(art, Article)
    assert (art.title, art.date, art.author, art.url) == (
        "T",
        dt.date(2025, 3, 14),
        "A, B",
        "https://x.org/1",
    )
    assert art.origin == "c.jsonl:1"
    assert [i.code for i in items[1:]] == ["DW106", "DW107", "DW107"]
    assert items[1].origin == "c.jsonl:2" and items[3].origin == "c.jsonl:5"


def test_jsonl_field_mapping_with_dots():
    lines = _lines(
        {
            "content": {"body": "Officials met."},
            "meta": {"when": "2024-05-01", "link": "https://x.org/2"},
            "headline": "H",
        }
    )
    fields = FieldMap(text="content.body", date="meta.when", url="meta.link", title="headline")
    (art,) = read_jsonl_lines(lines, origin="c", fields=fields, max_bytes=10_000)
    assert isinstance(art, Article)
    assert (art.text, art.date, art.url, art.title) == (
        "Officials met.",
        dt.date(2024, 5, 1),
        "https://x.org/2",
        "H",
    )


def test_jsonl_size_cap():
    (item,) = read_jsonl_lines(_lines({"text": "x" * 500}), origin="c", fields=FieldMap(), max_bytes=100)
    assert isinstance(item, Failure) and item.code == "DW104"


def test_json_list_object_and_garbage():
    data = json.dumps([{"text": "One."}, {"text": "Two."}, 3]).encode()
    items = list(read_json(data, origin="l.json", fields=FieldMap(), max_bytes=10_000))
    assert [getattr(i, "text", None) for i in items[:2]] == ["One.", "Two."]
    assert isinstance(items[2], Failure) and items[2].code == "DW106"
    (one,) = read_json(b'{"text": "Solo."}', origin="o.json", fields=FieldMap(), max_bytes=10_000)
    assert isinstance(one, Article) and one.origin == "o.json"
    (bad,) = read_json(b'{"text": ', origin="b.json", fields=FieldMap(), max_bytes=10_000)
    assert isinstance(bad, Failure) and bad.code == "DW106"


def test_jsonl_dates():
    assert parse_date("2025-08-08T10:00:00Z") == dt.date(2025, 8, 8)
    assert parse_date("August 8, 2025") == dt.date(2025, 8, 8)
    assert parse_date(0) == dt.date(1970, 1, 1)
    assert parse_date("not a date at all") is None
