"""HTML pages to Articles: trafilatura finds the main text, htmldate the publication date.

The article text is what trafilatura extracts (boilerplate, menus and footers dropped), and
every offset later points into exactly that text. A leading line repeating the title is
dropped so the dateline, if any, opens the text as it does in print.
"""

from __future__ import annotations

import datetime as dt
import logging

from dyadwatch.errors import error
from dyadwatch.model import Article
from dyadwatch.read.text import decode, parse_plain

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_html(html: str, *, origin: str | None, url: str | None = None) -> Article:
    """Extract main text and metadata from one HTML page; DW108 when there is no article text."""
    import trafilatura

    where = origin or url or "<html>"
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise error("DW108", where=where, why=f"{type(exc).__name__}: {exc}") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise error("DW108", where=where, why="no main text found")
    title = getattr(doc, "title", None) or None
    first, sep, rest = text.partition("\n")
    if title and sep and first.strip() == title.strip() and rest.strip():
        text = rest.strip()
    date = _date(getattr(doc, "date", None))
    if date is None:
        try:
            from htmldate import find_date

            date = _date(find_date(html, url=url, original_date=True, extensive_search=False))
        except Exception:
            date = None
    return parse_plain(
        text,
        origin=origin,
        title=title,
        date=date,
        author=getattr(doc, "author", None) or None,
        publisher=getattr(doc, "sitename", None) or None,
        url=url or getattr(doc, "url", None) or None,
    )


def read_html(data: bytes, *, origin: str, max_bytes: int, url: str | None = None) -> Article:
    """Bytes of an HTML page (file or fetched) to an Article, with the same input checks as text."""
    return parse_html(decode(data, origin, max_bytes), origin=origin, url=url)
