"""The article text cut into segments, each carrying the facts that cover it.

Quotes, cues, speakers, event actions and actors, and claims may nest or overlap, so instead
of nesting HTML elements the text is cut at every fact boundary; each piece gets the classes
of every fact over it. The template prints each piece's text through Jinja's autoescape: no
article text is ever marked safe.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from dyadwatch.model import Record

PALETTE = 8  # speaker colours spk-0 .. spk-7, cycling


@dataclasses.dataclass
class Piece:
    kind: str  # "text", "anchor" or "badge"
    text: str = ""
    classes: str = ""
    title: str = ""
    sent: str = ""  # ids of the facts whose sentence covers this piece
    facts: str = ""  # ids of the facts over this piece
    anchor: str = ""


@dataclasses.dataclass
class _Mark:
    start: int
    end: int
    cls: str
    title: str
    fact: str


def speaker_colours(record: Record) -> dict[str, int]:
    """A colour index per speaker (source id, else name), in order of first quote."""
    out: dict[str, int] = {}
    for q in record.quotes:
        key = speaker_key(q)
        if key not in out:
            out[key] = len(out) % PALETTE
    return out


def speaker_key(quote: object) -> str:
    sp = getattr(quote, "speaker", None)
    if sp is None:
        return "?"
    return sp.source_id or sp.name or sp.text or "?"


def event_title(e: object) -> str:
    src = e.source.code or e.source.text if e.source else "?"  # type: ignore[attr-defined]
    tgt = e.target.code or e.target.text if e.target else "?"  # type: ignore[attr-defined]
    gold = f" ({e.goldstein:+.1f})" if e.goldstein is not None else ""  # type: ignore[attr-defined]
    neg = " [negated]" if e.negated else ""  # type: ignore[attr-defined]
    mod = f" [{e.modality}]" if e.modality != "asserted" else ""  # type: ignore[attr-defined]
    return f"{e.id}: {src} → {tgt}: {e.cameo or '?'} {e.cameo_name or ''}{gold}{neg}{mod}"  # type: ignore[attr-defined]


def segments(record: Record) -> list[Piece]:
    """Cut the text at every fact boundary; see the module docstring."""
    text = record.article.text
    n = len(text)
    colours = speaker_colours(record)
    sources = {s.id: s for s in record.sources}
    marks: list[_Mark] = []
    sentences: list[tuple[int, int, str]] = []
    anchors: dict[int, list[str]] = defaultdict(list)
    badges: dict[int, list[Piece]] = defaultdict(list)

    def ok(start: int | None, end: int | None) -> bool:
        return start is not None and end is not None and 0 <= start < end <= n

    for q in record.quotes:
        if not ok(q.start, q.end):
            continue
        key = speaker_key(q)
        who = (q.speaker.name or q.speaker.text) if q.speaker else "unattributed"
        kind = (
            sources[q.speaker.source_id].kind
            if q.speaker and q.speaker.source_id in sources
            else (q.speaker.kind if q.speaker else "unknown")
        )
        marks.append(_Mark(q.start, q.end, f"q spk-{colours[key]} k-{kind}", f"{q.id}: {q.kind} quote — {who}", q.id))
        if q.cue and ok(q.cue.start, q.cue.end):
            marks.append(_Mark(q.cue.start, q.cue.end, "cue", f"{q.id}: cue", q.id))
        if q.speaker and ok(q.speaker.start, q.speaker.end):
            marks.append(
                _Mark(q.speaker.start, q.speaker.end, f"spk spk-{colours[key]}", f"{q.id}: speaker {who}", q.id)
            )
        anchors[q.start].append(q.id)
        if q.sentence and ok(q.sentence.start, q.sentence.end):
            sentences.append((q.sentence.start, q.sentence.end, q.id))
    for e in record.events:
        title = event_title(e)
        quad = e.quad_class or 0
        if ok(e.action.start, e.action.end):
            neg = " neg" if e.negated else ""
            marks.append(_Mark(e.action.start, e.action.end, f"ev quad-{quad}{neg}", title, e.id))
            anchors[e.action.start].append(e.id)
        for side in (e.source, e.target):
            if side is not None and ok(side.start, side.end):
                marks.append(_Mark(side.start, side.end, "actor", f"{e.id}: {side.code or side.text}", e.id))
        if ok(e.sentence.start, e.sentence.end):
            sentences.append((e.sentence.start, e.sentence.end, e.id))
    for c in record.claims:
        if not ok(c.start, c.end):
            continue
        verdict = c.check.verdict if c.check else "unchecked"
        detail = f" — {c.check.detail}" if c.check else ""
        marks.append(_Mark(c.start, c.end, f"claim v-{verdict}", f"{c.id}: {verdict}{detail}", c.id))
        anchors[c.start].append(c.id)
        badges[c.end].append(
            Piece(
                "badge",
                text=verdict.replace("_", " "),
                classes=f"badge v-{verdict}",
                title=f"{c.id}: {verdict}{detail}",
                facts=c.id,
            )
        )
        if c.sentence and ok(c.sentence.start, c.sentence.end):
            sentences.append((c.sentence.start, c.sentence.end, c.id))

    cuts = {0, n}
    for m in marks:
        cuts.update((m.start, m.end))
    for s, e, _ in sentences:
        cuts.update((s, e))
    cuts.update(anchors)
    cuts.update(badges)
    points = sorted(c for c in cuts if 0 <= c <= n)
    out: list[Piece] = []
    for i, pos in enumerate(points):
        out.extend(badges.get(pos, ()))
        for fact in anchors.get(pos, ()):
            out.append(Piece("anchor", anchor=f"fact-{fact}"))
        if i + 1 == len(points):
            break
        nxt = points[i + 1]
        over = [m for m in marks if m.start <= pos and m.end >= nxt]
        sent = [f for s, e, f in sentences if s <= pos and e >= nxt]
        if not over and not sent:
            out.append(Piece("text", text=text[pos:nxt]))
            continue
        classes = " ".join(dict.fromkeys(c for m in over for c in m.cls.split()))
        out.append(
            Piece(
                "text",
                text=text[pos:nxt],
                classes=classes,
                title="\n".join(dict.fromkeys(m.title for m in over)),
                sent=" ".join(dict.fromkeys(sent)),
                facts=" ".join(dict.fromkeys(m.fact for m in over)),
            )
        )
    return out


def sentence_text(record: Record, start: int | None, end: int | None) -> str:
    text = record.article.text
    if start is None or end is None or not 0 <= start < end <= len(text):
        return ""
    return text[start:end].strip()
