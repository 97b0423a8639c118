"""Strategies, invariants and crash bookkeeping shared by the property-based reader and analyze tests.

The contract under test is the one every reader promises: for ANY bytes it either returns a
well-formed ``Article``/``Failure`` or raises a coded ``DyadwatchError`` -- never another
exception, never a hang. ``run_case`` applies that contract to one input; an input that breaks
it is kept (the shortest per kind of crash) and written to ``crashers/`` at the end of a fuzz run,
where ``test_crashers.py`` replays it on every ``make test``.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from dyadwatch.errors import MESSAGES, DyadwatchError
from dyadwatch.model import Article, Failure, Record

CRASHERS = Path(__file__).resolve().parent / "crashers"
HANG_SECONDS = float(os.environ.get("DYADWATCH_FUZZ_HANG", "20"))
CODE_RE = re.compile(r"^DW\d{3}$")


# --------------------------------------------------------------------------- bookkeeping


@dataclass
class Crash:
    reader: str
    signature: str
    data: bytes
    error: str


@dataclass
class Tally:
    """Inputs tried and crashes kept, per reader, for the end-of-run table."""

    examples: Counter[str] = field(default_factory=Counter)
    coded: Counter[str] = field(default_factory=Counter)
    crashes: dict[tuple[str, str], Crash] = field(default_factory=dict)
    seconds: Counter[str] = field(default_factory=Counter)

    def crash(self, reader: str, data: bytes, exc: BaseException | str) -> None:
        if isinstance(exc, AssertionError):
            signature = "invariant: " + re.sub(r"\d+|'.*?'|\".*?\"", "#", str(exc).splitlines()[0])[:60]
            text = f"AssertionError: {exc}"[:500]
        elif isinstance(exc, BaseException):
            frames = traceback.extract_tb(exc.__traceback__)
            where = next(
                (f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames) if "dyadwatch" in f.filename), "?"
            )
            signature = f"{type(exc).__name__}@{where}"
            text = f"{type(exc).__name__}: {exc}"[:500]
        else:
            signature, text = exc, exc
        key = (reader, signature)
        old = self.crashes.get(key)
        if old is None or len(data) < len(old.data):
            self.crashes[key] = Crash(reader, signature, data, text)

    def crashes_of(self, reader: str) -> list[Crash]:
        return [c for (r, _), c in self.crashes.items() if r == reader]


TALLY = Tally()


def crasher_name(crash: Crash) -> str:
    digest = hashlib.sha256(crash.data).hexdigest()[:12]
    return f"{crash.reader}-{digest}.bin"


def save_crashers() -> list[Path]:
    """Write every kept crash input into crashers/ (idempotent: the name is the content hash)."""
    CRASHERS.mkdir(exist_ok=True)
    written = []
    for crash in TALLY.crashes.values():
        path = CRASHERS / crasher_name(crash)
        if not path.exists():
            path.write_bytes(crash.data)
            (path.with_suffix(".txt")).write_text(f"{crash.signature}\n{crash.error}\n", "utf-8")
        written.append(path)
    return written


# --------------------------------------------------------------------------- invariants


def check_failure(item: Failure) -> None:
    assert CODE_RE.match(item.code), f"uncoded failure {item.code!r}"
    assert item.code in MESSAGES, f"failure code {item.code} is not in errors.MESSAGES"
    assert item.message.startswith(f"[{item.code}]"), item.message


def check_article(art: Article) -> None:
    assert isinstance(art, Article)
    assert isinstance(art.text, str) and art.text.strip(), "article with empty text"
    assert re.fullmatch(r"[0-9a-f]{16}", art.id), art.id
    Article.model_validate(art.model_dump())  # still a valid record after a round trip


def spans(record: Record) -> list[tuple[str, str | None, int | None, int | None]]:
    """Every (what, text, start, end) the record claims is a piece of the article text."""
    out: list[tuple[str, str | None, int | None, int | None]] = []
    for q in record.quotes:
        out.append((f"quote {q.id}", q.text, q.start, q.end))
        if q.cue:
            out.append((f"cue of {q.id}", q.cue.text, q.cue.start, q.cue.end))
        if q.speaker and q.speaker.start is not None:
            out.append((f"speaker of {q.id}", q.speaker.text, q.speaker.start, q.speaker.end))
    for s in record.sources:
        out += [(f"mention of source {s.id}", m.text, m.start, m.end) for m in s.mentions]
    for a in record.actors:
        out += [(f"mention of actor {a.id}", m.text, m.start, m.end) for m in a.mentions]
    for e in record.events:
        out.append((f"action of {e.id}", e.action.text, e.action.start, e.action.end))
        for role in ("source", "target"):
            ea = getattr(e, role)
            if ea is not None:
                out.append((f"{role} of {e.id}", ea.text, ea.start, ea.end))
    for c in record.claims:
        out.append((f"claim {c.id}", c.text, c.start, c.end))
    return out


def sentences(record: Record) -> list[tuple[str, int, int]]:
    out = [(f"sentence of {q.id}", q.sentence.start, q.sentence.end) for q in record.quotes if q.sentence]
    out += [(f"sentence of {e.id}", e.sentence.start, e.sentence.end) for e in record.events]
    out += [(f"sentence of {c.id}", c.sentence.start, c.sentence.end) for c in record.claims if c.sentence]
    return out


def check_record(record: Record, article: Article) -> None:
    text = record.article.text
    assert text == article.text, "analyze changed the article text"
    n = len(text)
    for what, piece, start, end in spans(record):
        assert start is not None and end is not None, f"{what}: no offsets"
        assert 0 <= start <= end <= n, f"{what}: offsets {start}:{end} outside 0:{n}"
        assert text[start:end] == piece, f"{what}: text[{start}:{end}]={text[start:end]!r} != {piece!r}"
    for what, start, end in sentences(record):
        assert 0 <= start <= end <= n, f"{what}: offsets {start}:{end} outside 0:{n}"
    Record.model_validate(record.model_dump())


# --------------------------------------------------------------------------- running one case


def run_case(reader: str, data: bytes, call: Callable[[], Any], check: Callable[[Any], None]) -> None:
    """Run ``call`` under the reader contract; record (never raise) a breach so fuzzing goes on."""
    TALLY.examples[reader] += 1
    t0 = time.perf_counter()
    try:
        result = call()
        check(result)
    except DyadwatchError as exc:
        TALLY.coded[reader] += 1
        if not CODE_RE.match(exc.code) or exc.code not in MESSAGES:
            TALLY.crash(reader, data, f"uncoded DyadwatchError {exc.code!r}")
    except Exception as exc:  # the breach we are hunting for
        TALLY.crash(reader, data, exc)
    finally:
        took = time.perf_counter() - t0
        TALLY.seconds[reader] += took
        if took > HANG_SECONDS:
            TALLY.crash(reader, data, f"hang: {took:.1f} s > {HANG_SECONDS} s")


# Crashes already reported to the owner of the code (see docs/reliability.md, "Bugs found"): still
# counted and kept as crashers (replayed as xfail in test_crashers.py), but they do not fail the
# quick fuzz tests, so `make test` stays green until the fix lands -- then the xfail turns to XPASS.
KNOWN_BUGS: dict[str, str] = {}


def known_bug(crash: Crash) -> str | None:
    return next((why for sig, why in KNOWN_BUGS.items() if crash.signature.startswith(sig)), None)


def assert_clean(reader: str) -> None:
    crashes = [c for c in TALLY.crashes_of(reader) if known_bug(c) is None]
    if crashes:
        lines = "\n".join(f"  {c.signature}: {c.error} (input {len(c.data)} bytes: {c.data[:120]!r})" for c in crashes)
        raise AssertionError(f"{reader}: {len(crashes)} kind(s) of crash\n{lines}")


# --------------------------------------------------------------------------- strategies

QUOTES = "\"'“”„‟‘’‚‛«»‹›「」『』〝〞＂"
CONTROL = "".join(chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), 127, 0x85])
ODD = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\ufffd\u2028\u2029"
RTL = ["قال الرئيس إن الحدود آمنة", "אמר השר כי", "گفت که مرز", "«نحن هنا»"]
WORDS = [
    "said",
    "says",
    "told",
    "according to",
    "Sheinbaum",
    "Trump",
    "Mexico",
    "the United States",
    "officials",
    "Reuters",
    "attacked",
    "met",
    "agreed",
    "threatened",
    "42%",
    "1,234",
    "$5 million",
    "in June",
    "last year",
    "compared with",
    "fentanyl",
    "the border",
    "MEXICO CITY —",
    "WASHINGTON (AP) —",
    "Mr.",
    "Dr.",
    "U.S.",
    "...",
    "\n",
    "\n\n",
    "—",
    "-",
    ",",
    ".",
    "?",
    "!",
    ":",
    ";",
    "(",
    ")",
]
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "latin-1", "cp1252", "shift_jis", "koi8-r", "gb18030", "utf-32"]

word = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(list(QUOTES)),
    st.sampled_from(RTL),
    st.text(alphabet=CONTROL + ODD, min_size=1, max_size=3),
    st.text(min_size=1, max_size=12),
    st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True),
)


@st.composite
def prose(draw: st.DrawFn, max_words: int = 80) -> str:
    """News-like text with random quote marks, unbalanced quotes, controls, RTL runs and odd spaces."""
    parts = draw(st.lists(word, max_size=max_words))
    seps = draw(
        st.lists(st.sampled_from([" ", " ", " ", "", "\n", "\u00a0", "\t"]), min_size=len(parts), max_size=len(parts))
    )
    text = "".join(p + s for p, s in zip(parts, seps, strict=True))
    if draw(st.booleans()):
        date = draw(st.sampled_from(["2025-08-08", "2025-13-45", "0000-00-00", "9999-12-31", "2024-02-29"]))
        by = draw(st.sampled_from(["", " By Jane Doe Reuters", " By ", " By New York Times", " By \u202eX"]))
        text = f"date {date}{by}\n{text}"
    return text


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


@st.composite
def text_bytes(draw: st.DrawFn) -> bytes:
    """Bytes of a text file: prose in some encoding, mixed encodings, NUL bytes, BOMs, or raw binary."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(st.binary(max_size=400))
    body = draw(prose())
    if kind == 1:
        return _encode(body, draw(st.sampled_from(ENCODINGS)))
    if kind == 2:  # two halves in two encodings
        cut = draw(st.integers(0, len(body)))
        a, b = draw(st.sampled_from(ENCODINGS)), draw(st.sampled_from(ENCODINGS))
        return _encode(body[:cut], a) + _encode(body[cut:], b)
    data = _encode(body, "utf-8")
    if kind == 3:  # sprinkle NUL and stray high bytes
        for _ in range(draw(st.integers(0, 6))):
            pos = draw(st.integers(0, len(data)))
            junk = draw(st.sampled_from([b"\x00", b"\xff", b"\xc3", b"\xe2\x80", b"\x00\x00"]))
            data = data[:pos] + junk + data[pos:]
        return data
    if kind == 4:
        return draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b""])) + data
    return data


TAGS = [
    "p",
    "div",
    "span",
    "article",
    "main",
    "h1",
    "h2",
    "title",
    "script",
    "style",
    "blockquote",
    "a",
    "br",
    "table",
    "tr",
    "td",
    "li",
    "ul",
    "meta",
    "time",
    "noscript",
    "iframe",
    "svg",
    "template",
    "q",
]


@st.composite
def html_doc(draw: st.DrawFn) -> str:
    def node(depth: int) -> str:
        if depth > 6 or draw(st.integers(0, 3)) == 0:
            return draw(prose(max_words=25)).replace("<", draw(st.sampled_from(["<", "&lt;", ""])))
        tag = draw(st.sampled_from(TAGS))
        attrs = draw(
            st.sampled_from(
                [
                    "",
                    ' class="content"',
                    ' id="x"',
                    ' onload="alert(1)"',
                    ' lang="ar" dir="rtl"',
                    ' property="article:published_time" content="2025-08-08"',
                    " \"'<>",
                    " a=",
                ]
            )
        )
        kids = "".join(node(depth + 1) for _ in range(draw(st.integers(0, 4))))
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", "</div>", "</p"]))
        return f"<{tag}{attrs}>{kids}{close}"

    head = draw(
        st.sampled_from(
            [
                "<!DOCTYPE html><html><head><title>T</title></head><body>",
                "<html><body>",
                "<p>",
                "",
                "<?xml version='1.0'?><html>",
                "<!doctype html><html lang=ar>",
            ]
        )
    )
    body = "".join(node(0) for _ in range(draw(st.integers(0, 5))))
    tail = draw(st.sampled_from(["</body></html>", "", "</html", "<!--", "<![CDATA["]))
    return head + body + tail


@st.composite
def html_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(st.binary(max_size=300))
    if kind == 1:
        return draw(text_bytes())
    doc = draw(html_doc())
    enc = draw(st.sampled_from(["utf-8", "utf-8", "cp1252", "utf-16", "latin-1"]))
    return _encode(doc, enc)


json_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30), prose(max_words=30)
)
json_value = st.recursive(
    json_scalar,
    lambda kids: st.one_of(st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=8), kids, max_size=4)),
    max_leaves=8,
)
FIELD_NAMES = [
    "text",
    "title",
    "date",
    "published",
    "url",
    "link",
    "author",
    "authors",
    "publisher",
    "body",
    "content",
    "headline",
    "datePublished",
    "byline",
    "source",
]


@st.composite
def json_record(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 4)) == 0:
        return draw(json_value)
    obj = draw(st.dictionaries(st.sampled_from(FIELD_NAMES), json_value, max_size=6))
    if draw(st.booleans()):
        obj["text"] = draw(prose())
    if draw(st.booleans()):
        obj["date"] = draw(
            st.one_of(
                st.sampled_from(
                    ["2025-08-08", "yesterday", "8 août 2025", "2025-02-30T25:61", "", "0", "1e309", "١٢/٠٨/٢٠٢٥"]
                ),
                st.integers(),
                st.floats(),
                st.text(max_size=20),
            )
        )
    return obj


@st.composite
def jsonl_bytes(draw: st.DrawFn) -> bytes:
    import json

    lines: list[bytes] = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            lines.append(draw(st.binary(max_size=80)).replace(b"\n", b" "))
        elif kind == 1:
            lines.append(json.dumps(draw(json_record()))[: draw(st.integers(0, 200))].encode())
        else:
            ascii_only = draw(st.booleans())
            try:
                dumped = json.dumps(draw(json_record()), ensure_ascii=ascii_only, allow_nan=True)
            except (ValueError, RecursionError):
                dumped = "{}"
            lines.append(dumped.encode("utf-8", errors="surrogatepass"))
    sep = draw(st.sampled_from([b"\n", b"\r\n", b"\n\n"]))
    return sep.join(lines)


@st.composite
def json_bytes(draw: st.DrawFn) -> bytes:
    import json

    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(jsonl_bytes())
    if kind == 1:
        return draw(st.binary(max_size=200))
    value = draw(st.one_of(json_record(), st.lists(json_record(), max_size=5)))
    try:
        return json.dumps(value, ensure_ascii=draw(st.booleans())).encode("utf-8", errors="surrogatepass")
    except (ValueError, RecursionError):
        return b"[]"


@st.composite
def feed_bytes(draw: st.DrawFn) -> bytes:
    """RSS 2.0 / Atom / RDF documents with hostile fields, or garbage that looks like a feed."""
    from xml.sax.saxutils import escape

    def field_text() -> str:
        raw = draw(
            st.one_of(
                prose(max_words=20),
                st.sampled_from(
                    ["", "<p>x</p>", "&amp;", "&bogus;", "]]>", "<script>alert(1)</script>", "&#0;", "&#x110000;"]
                ),
            )
        )
        how = draw(st.integers(0, 2))
        if how == 0:
            return escape(raw)
        if how == 1:
            return f"<![CDATA[{raw}]]>"
        return raw

    flavour = draw(st.integers(0, 3))
    entries = []
    for _ in range(draw(st.integers(0, 4))):
        date = draw(
            st.sampled_from(
                [
                    "Fri, 08 Aug 2025 10:00:00 GMT",
                    "2025-08-08T10:00:00Z",
                    "garbage",
                    "",
                    "Mon, 31 Feb 2025 99:99:99 GMT",
                    "0000-00-00",
                ]
            )
        )
        link = draw(st.sampled_from(["https://example.org/a", "javascript:alert(1)", "file:///etc/passwd", "", "x"]))
        if flavour == 1:
            entries.append(
                f'<entry><title>{field_text()}</title><link href="{link}"/><updated>{date}</updated>'
                f'<content type="html">{field_text()}</content><summary>{field_text()}</summary></entry>'
            )
        else:
            entries.append(
                f"<item><title>{field_text()}</title><link>{link}</link><pubDate>{date}</pubDate>"
                f"<description>{field_text()}</description></item>"
            )
    if flavour == 1:
        doc = (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{field_text()}</title>{''.join(entries)}</feed>"
        )
    elif flavour == 2:
        doc = (
            '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            f'xmlns="http://purl.org/rss/1.0/"><channel><title>t</title></channel>{"".join(entries)}</rdf:RDF>'
        )
    else:
        doc = (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>{field_text()}</title>'
            f"{''.join(entries)}</channel></rss>"
        )
    data = _encode(doc, draw(st.sampled_from(["utf-8", "utf-8", "latin-1", "utf-16"])))
    if flavour == 3:  # cut or corrupted
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=30))
    return data


CBP_ENCOUNTER_COLS = [
    "Fiscal Year",
    "Month (abbv)",
    "Component",
    "Demographic",
    "Citizenship Grouping",
    "Title of Authority",
    "Encounter Type",
    "Encounter Count",
    "Land Border Region",
    "Month Grouping",
]
CBP_DRUG_COLS = [
    "FY",
    "Month (abbv)",
    "Component",
    "Region",
    "Land Filter",
    "Area of Responsibility",
    "Drug Type",
    "Count of Event",
    "Sum Qty (lbs)",
]
CELLS = {
    "Fiscal Year": ["2025", "2025 (FYTD)", "FY25", "", "-1", "99999", " 2024 "],
    "FY": ["2025", "2025 (FYTD)", "20x5", "", "2024"],
    "Month (abbv)": ["OCT", "jan", "JUN", "Sept", "", "13", "SEP "],
    "Encounter Count": ["12", "1,234", "-5", "", "1e400", "nan", "inf", "12.5", "١٢", "0x10"],
    "Count of Event": ["3", "-1", "", "abc", "1_000"],
    "Sum Qty (lbs)": ["1.5", "1e309", "nan", "-0.0", "", "inf", "1,000.25"],
}


VALID = {
    "Fiscal Year": "2025",
    "FY": "2024",
    "Month (abbv)": "JUN",
    "Encounter Count": "1,234",
    "Count of Event": "3",
    "Sum Qty (lbs)": "12.5",
    "Component": "U.S. Border Patrol",
}


@st.composite
def cbp_bytes(draw: st.DrawFn) -> tuple[str, bytes]:
    """A CBP download (encounters or drugs): columns shuffled or missing, hostile cells, cut lines."""
    import csv
    import io

    kind = draw(st.sampled_from(["encounters", "drugs"]))
    if draw(st.integers(0, 9)) == 0:
        return kind, draw(st.binary(max_size=300))
    cols = list(CBP_ENCOUNTER_COLS if kind == "encounters" else CBP_DRUG_COLS)
    cols = draw(st.permutations(cols))
    if draw(st.integers(0, 9)) == 0:
        cols = cols[: draw(st.integers(0, len(cols)))]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(cols)
    for _ in range(draw(st.integers(0, 6))):
        row = [VALID.get(c, "USBP") for c in cols]
        for _ in range(draw(st.sampled_from([0, 0, 0, 1, 1, 2]))):  # most rows valid, some poisoned
            i = draw(st.integers(0, len(cols) - 1)) if cols else 0
            if cols:
                row[i] = draw(st.one_of(st.sampled_from(CELLS.get(cols[i], ["", "x"])), st.text(max_size=8)))
        if draw(st.integers(0, 9)) == 0:
            row = row[: draw(st.integers(0, len(row)))]
        writer.writerow(row)
    text = buf.getvalue()
    if draw(st.integers(0, 6)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    if draw(st.integers(0, 9)) == 0:
        text = text.replace(",", draw(st.sampled_from(['"', ";", ',"', "\x00"])), 1)
    data = _encode(text, draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "latin-1", "utf-16"])))
    return kind, data


# --------------------------------------------------------------------------- example counts

MODE = {"fuzz": os.environ.get("DYADWATCH_FUZZ", "") not in ("", "0")}
QUICK_EXAMPLES = {"default": 50, "analyze": 15}
FUZZ_EXAMPLES = {
    "default": int(os.environ.get("DYADWATCH_FUZZ_EXAMPLES", "10000")),
    "analyze": int(os.environ.get("DYADWATCH_FUZZ_ANALYZE", "1500")),
}


# Hypothesis keeps book of every example of a run; 10,000 big HTML pages in one run grew the test
# process to 9 GB. Fuzz runs are therefore split into runs of at most this many examples.
CHUNK = int(os.environ.get("DYADWATCH_FUZZ_CHUNK", "2500"))


def example_count(target: str = "default") -> int:
    table = FUZZ_EXAMPLES if MODE["fuzz"] else QUICK_EXAMPLES
    return table.get(target, table["default"])


def chunks(total: int) -> list[int]:
    return [min(CHUNK, total - i) for i in range(0, total, CHUNK)] or [0]


def examples(target: str = "default", count: int | None = None) -> Any:
    """Hypothesis settings: ~50 examples in `make test`, >= 10,000 per reader with --fuzz."""
    from hypothesis import HealthCheck, Phase, settings

    return settings(
        max_examples=count if count is not None else example_count(target),
        deadline=None,
        database=None,
        derandomize=not MODE["fuzz"],  # `make test` is reproducible; the fuzz run explores
        phases=(Phase.explicit, Phase.generate),  # crashes are recorded, not raised: nothing to shrink
        suppress_health_check=list(HealthCheck),
    )
