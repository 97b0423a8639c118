"""JSON Lines and JSON files to Articles, one record per line (or per list item).

Corpora name their fields differently, so the mapping is an option (--text-field,
--date-field, --title-field, --url-field); dotted names reach into nested objects
(``content.body``). A bad line is a Failure for that line only: the rest are still read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from dyadwatch.errors import DyadwatchError, error
from dyadwatch.model import Article, Failure
from dyadwatch.read.text import decode, parse_plain

MAX_DATE_CHARS = 64  # longer "dates" are not dates, and dateparser is superlinear in the length
TOO_DEEP = "nested too deeply"  # json.loads raises RecursionError: coded as DW106 for that line
DATE_FIELDS = ("date", "published", "published_at", "pubdate", "publish_date", "datePublished", "datetime")


@dataclass(frozen=True)
class FieldMap:
    """Which JSON fields hold the text and metadata; None means try the usual names."""

    text: str = "text"
    date: str | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None
    publisher: str | None = None


def _pick(obj: dict[str, Any], name: str) -> Any:
    cur: Any = obj
    for part in name.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def _first(obj: dict[str, Any], chosen: str | None, defaults: Iterable[str]) -> Any:
    if chosen:
        return _pick(obj, chosen)
    for name in defaults:
        value = _pick(obj, name)
        if value not in (None, ""):
            return value
    return None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # authors lists
        value = ", ".join(str(v) for v in value if v)
    value = str(value).strip()
    return value or None


def parse_date(value: Any) -> dt.date | None:
    """ISO dates and datetimes directly; anything else through dateparser (no guessing of relative dates).

    Strings longer than MAX_DATE_CHARS are ignored (None): dateparser takes seconds on tens of kB.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return dt.datetime.fromtimestamp(float(value), dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if len(text) > MAX_DATE_CHARS:
        return None
    try:
        import dateparser

        parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    except Exception:
        return None
    return parsed.date() if parsed else None


def record_article(obj: Any, *, where: str, fields: FieldMap, max_bytes: int) -> Article:
    """One JSON object to an Article; DW107 when the text field is missing or empty."""
    if not isinstance(obj, dict):
        base, _, line = where.rpartition(":")
        raise error("DW106", where=base or where, line=line, why="not a JSON object")
    text = _pick(obj, fields.text)
    if not isinstance(text, str) or not text.strip():
        raise error("DW107", where=where, field=fields.text)
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise error("DW104", where=where, size=size, limit=max_bytes)
    return parse_plain(
        text,
        origin=where,
        title=_str(_first(obj, fields.title, ("title", "headline"))),
        date=parse_date(_first(obj, fields.date, DATE_FIELDS)),
        author=_str(_first(obj, fields.author, ("author", "authors", "byline"))),
        publisher=_str(_first(obj, fields.publisher, ("publisher", "source", "site", "sitename"))),
        url=_str(_first(obj, fields.url, ("url", "link"))),
    )


def _failure(exc: DyadwatchError, where: str) -> Failure:
    return Failure(origin=where, code=exc.code, message=exc.message, stage="read")


def read_jsonl_lines(
    lines: Iterable[bytes], *, origin: str, fields: FieldMap, max_bytes: int
) -> Iterator[Article | Failure]:
    """Stream a JSON Lines source line by line (never the whole file in memory)."""
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            if len(raw) > max_bytes * 2:  # JSON escaping may double the bytes of the text
                raise error("DW104", where=where, size=len(raw), limit=max_bytes)
            try:
                obj = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise error("DW106", where=origin, line=lineno, why=str(exc)) from None
            except RecursionError:
                raise error("DW106", where=origin, line=lineno, why=TOO_DEEP) from None
            yield record_article(obj, where=where, fields=fields, max_bytes=max_bytes)
        except DyadwatchError as exc:
            yield _failure(exc, where)


def read_json(data: bytes, *, origin: str, fields: FieldMap, max_bytes: int) -> Iterator[Article | Failure]:
    """A .json file: one object, a list of objects, or JSON Lines saved with a .json name."""
    try:
        text = decode(data, origin, max_bytes=max(max_bytes, len(data)))
    except DyadwatchError as exc:
        yield _failure(exc, origin)
        return
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from read_jsonl_lines(
                text.encode("utf-8").splitlines(), origin=origin, fields=fields, max_bytes=max_bytes
            )
            return
        line, why = (exc.lineno, exc.msg) if isinstance(exc, json.JSONDecodeError) else (1, TOO_DEEP)
        yield _failure(error("DW106", where=origin, line=line, why=why), origin)
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        where = f"{origin}:{i + 1}" if isinstance(obj, list) else origin
        try:
            yield record_article(item, where=where, fields=fields, max_bytes=max_bytes)
        except DyadwatchError as exc:
            yield _failure(exc, where)
