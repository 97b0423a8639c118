"""The readable ``analyze`` report: one rich rendering of a ``Record``."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dyadwatch.model import Record

QUAD_STYLE = {1: "green", 2: "bright_green", 3: "yellow", 4: "red"}


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(record: Record, console: Console) -> None:
    """Print every part of the record; empty parts say so rather than vanish."""
    a = record.article
    meta = " · ".join(str(x) for x in (a.date, a.author, a.publisher, a.dateline and f"dateline {a.dateline}") if x)
    head = Text.assemble((a.title or a.origin or a.id, "bold"), "\n", (meta, "dim"), "\n", (f"id {a.id}", "dim"))
    console.print(Panel(head, expand=False))

    s = record.sourcing
    console.print(
        f"[bold]Sourcing[/]: {s.named} named, {s.anonymous} anonymous, {s.group} group, "
        f"{s.organization} organization, {s.document} document source(s); {s.quotes} quote(s)"
        + (
            " — share of quotes: " + ", ".join(f"{k} {v:.0%}" for k, v in s.quote_share.items())
            if s.quote_share
            else ""
        )
    )
    parts: list[Table | Text] = []

    if record.sources:
        t = Table(title="Sources", title_justify="left", show_lines=False)
        for col in ("id", "name", "kind", "description", "quotes"):
            t.add_column(col, overflow="fold")
        for src in record.sources:
            desc = src.description or ""
            if src.count:
                desc = f"{desc} (count {src.count})".strip()
            if src.reason:
                desc = f"{desc}; anonymous because: {src.reason}".strip("; ")
            t.add_row(src.id, src.name, src.kind, _clip(desc, 70), str(src.quotes))
        parts.append(t)

    t = Table(title=f"Quotes ({len(record.quotes)})", title_justify="left")
    for col in ("id", "kind", "speaker", "cue", "text", "offsets"):
        t.add_column(col, overflow="fold")
    for q in record.quotes:
        sp = q.speaker
        who = ""
        if sp:
            who = sp.name or sp.text or "?"
            if sp.text and sp.name and sp.text != sp.name:
                who += f" ← “{sp.text}”"
        t.add_row(q.id, q.kind, who, q.cue.text if q.cue else "", _clip(q.text), f"{q.start}-{q.end}")
    parts.append(t if record.quotes else Text("No quotes found.", style="dim"))

    if record.events:
        t = Table(title=f"Events ({len(record.events)})", title_justify="left")
        for col in ("id", "source", "action", "target", "CAMEO", "quad", "G", "PLOVER", "flags", "reported by"):
            t.add_column(col, overflow="fold")
        for e in record.events:
            flags = ", ".join(
                x for x in ("negated" if e.negated else "", "" if e.modality == "asserted" else e.modality) if x
            )
            src = f"{e.source.text} [{e.source.code or '?'}]" if e.source else "—"
            tgt = f"{e.target.text} [{e.target.code or '?'}]" if e.target else "—"
            quad = Text(str(e.quad_class or ""), style=QUAD_STYLE.get(e.quad_class or 0, ""))
            t.add_row(
                e.id,
                src,
                e.action.text,
                tgt,
                f"{e.cameo or ''} {e.cameo_name or ''}".strip(),
                quad,
                "" if e.goldstein is None else f"{e.goldstein:+.1f}",
                e.plover or "",
                flags,
                e.reported_by or "",
            )
        parts.append(t)

    if record.claims:
        t = Table(title=f"Claims ({len(record.claims)})", title_justify="left")
        for col in ("id", "value", "measure", "period", "compared with", "source", "check"):
            t.add_column(col, overflow="fold")
        for c in record.claims:
            val = "" if c.value is None else f"{c.value:,g}"
            if c.unit:
                val = f"{val} {c.unit}".strip()
            if c.qualifier:
                val = f"{c.qualifier} {val}"
            comp = ""
            if c.compared_with and c.compared_with.value is not None:
                comp = f"{c.compared_with.value:,g}"
                if c.compared_with.period and c.compared_with.period.label:
                    comp += f" ({c.compared_with.period.label})"
            check = f"{c.check.verdict}: {c.check.detail}" if c.check else ""
            t.add_row(
                c.id,
                val,
                c.measure or "",
                c.period.label if c.period and c.period.label else "",
                comp,
                c.cited_source or c.attributed_to or "",
                _clip(check, 80),
            )
        parts.append(t)

    if record.actors:
        t = Table(title=f"Actors ({len(record.actors)})", title_justify="left")
        for col in ("id", "code", "name", "country", "sector", "mentions"):
            t.add_column(col, overflow="fold")
        for act in record.actors:
            t.add_row(act.id, act.code or "", act.name, act.country or "", act.sector or "", str(len(act.mentions)))
        parts.append(t)

    console.print(Group(*parts))
