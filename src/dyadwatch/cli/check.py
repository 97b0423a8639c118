"""``dyadwatch check``: an article's quantitative claims, each held against official series."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.markup import escape

from dyadwatch.cli.common import EXIT_USAGE, build_settings, err_console, exit_code, fail
from dyadwatch.errors import DyadwatchError
from dyadwatch.model import Claim, Failure, Record

STYLE = {
    "consistent": "bold green",
    "consistent_with_revision": "green",
    "depends_on_measure": "yellow",
    "contradicted": "bold red",
    "cannot_check": "dim",
}


def _num(v: float | None) -> str:
    if v is None:
        return "?"
    return f"{v:,.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:,.1f}"


def describe(c: Claim, names: dict[str, str] | None = None) -> list[str]:
    """The lines printed for one claim (plain text with rich markup, escaped)."""
    if c.value is not None:
        what = f"{_num(c.value)} {c.unit or ''}".strip()
    elif c.value_low is not None:
        what = f"{_num(c.value_low)}\u2013{_num(c.value_high)} {c.unit or ''}{' (vague)' if c.vague else ''}".strip()
    else:
        what = c.superlative or "-"
    head = f"[bold]{c.id}[/] {escape(repr(c.text))} \u2192 {escape(what)}"
    if c.measure:
        head += f" \u00b7 {escape(c.measure)}"
    if c.period and c.period.label:
        head += f" \u00b7 {escape(c.period.label)}"
    lines = [head]
    facts = []
    if c.qualifier:
        facts.append(f"qualifier: {c.qualifier}")
    if c.superlative and c.value is not None:
        facts.append(f"superlative: {c.superlative}")
    if c.compared_with:
        cw = c.compared_with
        label = cw.period.label if cw.period else "?"
        facts.append(f"compared with {_num(cw.value) if cw.value is not None else cw.text} ({label})")
    if c.change and c.change.value is not None:
        how = "stated" if c.change.stated else "computed"
        ok = ""
        if c.change.arithmetic_ok is not None:
            ok = ", arithmetic ok" if c.change.arithmetic_ok else ", arithmetic WRONG"
        facts.append(f"change {c.change.value:+.1f}{c.change.unit or ''} ({how}{ok})")
    if c.cited_source:
        facts.append(f"source: {c.cited_source}")
    if c.attributed_to:
        name = (names or {}).get(c.attributed_to)
        facts.append(f"said by: {name} ({c.attributed_to})" if name else f"said by: {c.attributed_to}")
    if facts:
        lines.append("    " + escape(" \u00b7 ".join(facts)))
    if c.check is not None:
        ch = c.check
        pct = c.change is not None and c.change.stated and c.value is not None
        observed = ""
        if ch.observed is not None:
            observed = f" observed {ch.observed:+.1f}%" if pct else f" observed {_num(ch.observed)}"
        series = " " + escape(f"[{ch.series}]") if ch.series else ""
        lines.append(f"    [{STYLE[ch.verdict]}]{ch.verdict}[/]{observed}{series}")
        lines.append(f"    {escape(ch.detail)}")
    return lines


def render(record: Record, out: Console, show_all: bool = False) -> None:
    a = record.article
    out.print(f"[bold]{escape(a.origin or a.id)}[/] ({a.date or 'no date'}): {len(record.claims)} claim(s)")
    names = {s.id: s.name for s in record.sources}
    for c in record.claims:
        if not show_all and c.check is not None and c.check.verdict == "cannot_check" and c.check.series is None:
            continue
        for line in describe(c, names):
            out.print(line)
    hidden = [
        c.id
        for c in record.claims
        if c.check is not None and c.check.verdict == "cannot_check" and c.check.series is None
    ]
    if hidden and not show_all:
        out.print(
            f"[dim]{len(hidden)} claim(s) with no matching series not shown ({', '.join(hidden)}); "
            "use --all to list them.[/]"
        )


def check(
    file: str = typer.Argument(..., help="Article file (.txt, .html, .json, .jsonl) or - for stdin."),
    series: list[str] | None = typer.Option(None, "--series", help="KIND=PATH of an official series (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the record(s) as JSON, checks included."),
    show_all: bool = typer.Option(False, "--all", help="Also list claims that no series measures."),
    model: str | None = typer.Option(None, help="Installed spaCy English pipeline, by name or path."),
    allow_network: bool = typer.Option(False, "--allow-network", help="Allow URL inputs (series URLs are refused)."),
) -> None:
    """Extract an article's quantitative claims and check them against official series.

    Kinds: cbp-encounters (CBP Southwest Land Border Encounters CSV), cbp-drugs (CBP Nationwide
    Drug Seizures CSV).

    Example: dyadwatch check article.txt --series cbp-encounters=sbo-encounters-fy22-fy25-aug.csv
    """
    from dyadwatch.pipeline import Analyzer
    from dyadwatch.read.inputs import ReadOptions, read_inputs

    try:
        settings = build_settings(
            model=model, series=series, events=False, claims=True, allow_network=allow_network or None
        )
        analyzer = Analyzer(settings)
    except DyadwatchError as exc:
        raise fail(exc) from None
    if not settings.series:
        err_console.print("[yellow]note[/] no --series given: claims are listed but not checked.")
    out = Console(highlight=False, soft_wrap=True)
    total = failed = 0
    for item in analyzer.analyze_many(read_inputs([file], ReadOptions(max_bytes=settings.max_bytes))):
        total += 1
        if isinstance(item, Failure):
            failed += 1
            err_console.print(f"[bold red]error[/] {escape(item.message)}", soft_wrap=True)
        elif as_json:
            sys.stdout.write(item.model_dump_json(indent=2) + "\n")
        else:
            render(item, out, show_all)
    if total == 0:
        err_console.print("[bold red]error[/] no input articles were found.")
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(exit_code(total, failed))


def register(app: typer.Typer) -> None:
    app.command("check")(check)
