"""Bytes to an ``Article``: decoding, limits, the plain-text header and the dateline.

Every reader (txt, HTML, JSONL, feeds) ends here, so the checks on bad input (empty, binary,
huge, undecodable) are made once and give the same coded errors everywhere.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from charset_normalizer import from_bytes

from dyadwatch.errors import error
from dyadwatch.model import Article

# "date 2025-08-08 By Maria Abi-Habib New York Times" (the seed's header form)
HEADER_RE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})(?:\s+By\s+(?P<rest>.+?))?\s*$", re.IGNORECASE)
# Publishers we can split off the byline; anything else stays in author.
KNOWN_PUBLISHERS = (
    "New York Times",
    "The New York Times",
    "Washington Post",
    "The Washington Post",
    "Associated Press",
    "Reuters",
    "Voice of America",
    "VOA",
    "BBC",
    "The Guardian",
    "Los Angeles Times",
    "Wall Street Journal",
    "The Wall Street Journal",
    "Bloomberg",
    "Politico",
    "NPR",
    "CNN",
    "Al Jazeera",
    "El Universal",
    "Milenio",
    "Agence France-Presse",
    "AFP",
    "USA Today",
    "Dyadwatch Demo Desk",
)
# "MEXICO CITY –", "WASHINGTON (AP) —", "TIJUANA, Mexico -": upper-case place, optional region,
# optional agency in parentheses, then a dash.
DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'\u2019-]{1,40}?(?:,\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ. ]{1,30})?)"
    r"\s*(?:\([A-Za-z ]{1,20}\))?\s*[\u2013\u2014-]{1,2}\s+"
)
NUL_SHARE_BINARY = 0.001
# A well-formed UTF-8 multi-byte sequence; in a file that is not valid UTF-8 as a whole, a good
# share of these means parts of it are UTF-8 (files concatenated from several sources).
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
MIXED_UTF8_SHARE = 0.3  # of the non-ASCII bytes, at least this much in UTF-8 sequences: treat as mixed
codecs.register_error(
    "dyadwatch-cp1252",  # the bytes UTF-8 cannot read, read as cp1252 (U+FFFD for its 5 unused bytes)
    lambda exc: (exc.object[exc.start : exc.end].decode("cp1252", errors="replace"), exc.end),  # type: ignore[attr-defined]
)


def decode(data: bytes, where: str, max_bytes: int) -> str:
    """Turn raw bytes into text, refusing empty, huge and binary input with coded errors."""
    if len(data) > max_bytes:
        raise error("DW104", where=where, size=len(data), limit=max_bytes)
    if not data.strip():
        raise error("DW101", where=where)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:65536]
    nuls = head.count(b"\x00")
    if nuls > max(1, int(len(head) * NUL_SHARE_BINARY)) and not _is_utf16(head):
        raise error("DW102", where=where, why=f"{nuls} NUL bytes in the first {len(head)} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_mixed(data) or _decode_legacy(data, where)
    text = text.replace("\x00", "")
    controls = sum(1 for c in text[:65536] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    if controls > 0.1 * min(len(text), 65536):
        raise error("DW102", where=where, why=f"{controls} control characters")
    if not text.strip():
        raise error("DW101", where=where)
    return text


# Single-byte code pages charset-normalizer may prefer on short Western text where cp1252 (by far
# the most common legacy encoding of English and Spanish news) decodes the same bytes cleanly.
_WESTERN_LOOKALIKES = ("cp125", "iso8859", "latin", "cp8", "cp7", "mac_")


def _decode_mixed(data: bytes) -> str | None:
    """UTF-8 with cp1252 for the bytes that are not UTF-8, when much of the file is real UTF-8.

    A corpus file glued together from a UTF-8 source and a Windows one is neither encoding as a
    whole: reading it all as cp1252 turns every UTF-8 "é" into "Ã©", and a detector may give up
    (DW103). Reading it as UTF-8 and falling back byte by byte keeps both halves right.
    """
    high = sum(1 for b in data if b >= 0x80)
    valid = sum(len(m) for m in UTF8_SEQUENCE.findall(data))
    if not high or valid < MIXED_UTF8_SHARE * high:
        return None  # (almost) no UTF-8 in it: a legacy encoding throughout
    return data.decode("utf-8", errors="dyadwatch-cp1252")


def _decode_legacy(data: bytes, where: str) -> str:
    best = from_bytes(data).best()
    if best is None:
        raise error("DW103", where=where)
    if best.encoding.startswith(_WESTERN_LOOKALIKES) and best.encoding != "cp1252":
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _is_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, drop fragment, tracking parameters and trailing slash."""
    parts = urlsplit(url.strip())
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith(("utm_", "fbclid", "gclid")))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def normalise_text(text: str) -> str:
    """The text as identity sees it: NFC, white space folded, so re-wrapped copies match."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str, url: str | None = None) -> str:
    """An article is its normalised URL, else a hash of its normalised text."""
    basis = "url:" + normalise_url(url) if url else "text:" + normalise_text(text)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def split_byline(rest: str) -> tuple[str | None, str | None]:
    """Split "Maria Abi-Habib New York Times" into author and publisher where the publisher is known."""
    rest = rest.strip()
    for pub in sorted(KNOWN_PUBLISHERS, key=len, reverse=True):
        if rest.endswith(pub) and len(rest) > len(pub):
            return rest[: -len(pub)].strip(" ,;-") or None, pub
        if rest == pub:
            return None, pub
    return rest or None, None


def parse_plain(
    raw: str,
    *,
    origin: str | None = None,
    title: str | None = None,
    date: dt.date | None = None,
    author: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Article:
    """Build an Article from plain text, reading an optional header line and a dateline.

    The header line is removed from ``text`` (it is metadata, not reporting); the dateline stays
    in the text so offsets still match what a reader sees, and is recorded in ``dateline``.
    Raises DW101 when no text is left.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    first, _, body = text.lstrip("\ufeff").partition("\n")
    match = HEADER_RE.match(first)
    if match:
        try:
            date = date or dt.date.fromisoformat(match.group("date"))
        except ValueError:
            pass
        if match.group("rest"):
            a, p = split_byline(match.group("rest"))
            author = author or a
            publisher = publisher or p
        text = body
    text = text.strip("\n")
    if not text.strip():  # a header line and nothing else is still an empty article
        raise error("DW101", where=origin or url or "<input>")
    lead = text.lstrip()
    dateline = None
    dmatch = DATELINE_RE.match(lead)
    if dmatch and any(c.isalpha() for c in dmatch.group("place")):
        dateline = dmatch.group("place").strip()
    return Article(
        id=article_id(text, url),
        title=title,
        date=date,
        author=author,
        publisher=publisher,
        dateline=dateline,
        url=url,
        origin=origin,
        text=text,
    )
