"""RSS and Atom feeds to Articles, one per entry.

Without network access the entry's own content (or summary) is the text; with
``--allow-network`` the entry's link is fetched and its page extracted, since most feeds
carry only a teaser. Either way each entry that yields no text is a recorded Failure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from dyadwatch.errors import DyadwatchError, error
from dyadwatch.model import Article, Failure
from dyadwatch.read.fetch import fetch
from dyadwatch.read.html import read_html
from dyadwatch.read.text import parse_plain


def looks_like_feed(head: bytes) -> bool:
    sample = head[:4096].lstrip().lower()
    if sample.startswith((b"<rss", b"<feed")):
        return True
    return sample.startswith(b"<?xml") and any(tag in sample for tag in (b"<rss", b"<feed", b"<rdf"))


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, keeping paragraph breaks."""
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except Exception:
        return html.strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _entry_date(entry: dict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except (AttributeError, ValueError):
                continue
    return None


_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")


def _fix_charref(match: re.Match[bytes]) -> bytes:
    hexa, dec = match.group(1), match.group(2)
    try:
        value = int(hexa, 16) if hexa else int(dec)
    except ValueError:
        return b"&#xFFFD;"
    return match.group(0) if 0 < value <= 0x10FFFF else b"&#xFFFD;"


def _parse(data: bytes, origin: str) -> Any:
    """feedparser.parse with every failure coded: numeric character references out of Unicode's range
    (``&#x110000;``, which make feedparser raise ValueError) become U+FFFD and the feed is parsed again;
    DW109 if it still fails."""
    import feedparser

    try:
        return feedparser.parse(data)
    except Exception as first:
        try:
            return feedparser.parse(_CHARREF.sub(_fix_charref, data))
        except Exception:
            raise error("DW109", where=origin, why=f"{type(first).__name__}: {first}") from None


def read_feed(
    data: bytes,
    *,
    origin: str,
    max_bytes: int,
    allow_network: bool = False,
    timeout: float = 20.0,
    allow_private: bool = False,
) -> Iterator[Article | Failure]:
    try:
        parsed = _parse(data, origin)
    except DyadwatchError as exc:
        yield Failure(origin=origin, code=exc.code, message=exc.message)
        return
    if not parsed.entries:
        why = str(parsed.get("bozo_exception") or "no entries")
        yield Failure(origin=origin, code="DW109", message=error("DW109", where=origin, why=why).message)
        return
    publisher = (parsed.feed.get("title") or None) if parsed.get("feed") else None
    for i, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        where = f"{origin}#{i}"
        try:
            if allow_network and link:
                got = fetch(link, allow_network=True, max_bytes=max_bytes, timeout=timeout, allow_private=allow_private)
                art = read_html(got.content, origin=link, max_bytes=max_bytes, url=got.url)
                update = {
                    "title": art.title or entry.get("title"),
                    "date": art.date or _entry_date(entry),
                    "publisher": publisher or art.publisher,
                }
                yield art.model_copy(update=update)
                continue
            html = ""
            if entry.get("content"):
                html = max((c.get("value", "") for c in entry.content), key=len)
            html = html or entry.get("summary", "") or entry.get("description", "")
            text = fragment_text(html) if html else ""
            if not text:
                hint = "content/summary (pass --allow-network to fetch the link)"
                raise error("DW107", where=where, field=hint)
            if len(text.encode("utf-8")) > max_bytes:
                raise error("DW104", where=where, size=len(text.encode("utf-8")), limit=max_bytes)
            yield parse_plain(
                text,
                origin=where,
                title=entry.get("title") or None,
                date=_entry_date(entry),
                author=entry.get("author") or None,
                publisher=publisher,
                url=link,
            )
        except DyadwatchError as exc:
            yield Failure(origin=link or where, code=exc.code, message=exc.message, stage="read")
