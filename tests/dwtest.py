"""Test helpers importable from any test module (``from dwtest import ...``).

They live here, not in conftest.py, because several test folders have their own conftest.py and
``import conftest`` would then pick whichever came first on sys.path.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dyadwatch.model import Article
from dyadwatch.read.text import parse_plain

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared"))
DEMO = ROOT / "demo"
# Debian's Chromium for the browser tests (override with DYADWATCH_CHROMIUM), with flags for a headless
# run in a container that neither phones home nor updates itself
CHROMIUM = Path(os.environ.get("DYADWATCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def eval_module(name: str) -> ModuleType:
    """An evaluation script of eval/ (not a package) as a module, with eval/ on the path for its own imports."""
    if str(ROOT / "eval") not in sys.path:
        sys.path.insert(0, str(ROOT / "eval"))
    spec = importlib.util.spec_from_file_location(f"eval_{name}", ROOT / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shared_path(*parts: str) -> Path:
    """A file in ../shared, or skip the test with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is only beside the repo in development and CI)")
    return path


def make_article(text: str, date: str | None = "2025-08-08") -> Article:
    """A quick Article for tests, with a header line so the date is set."""
    raw = f"date {date} By Test Writer Dyadwatch Demo Desk\n{text}" if date else text
    return parse_plain(raw, origin="test")


def mention_codes(analyzer, text: str) -> list[tuple[str, str | None]]:
    """(text, code) of every actor mention the pipeline finds in a test article."""
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return [(m.text, m.code) for m in doc._.dw_mentions]


def countries_of(analyzer, text: str, word: str) -> set[str | None]:
    """The countries of the mentions whose text holds `word` (None for a mention with no code)."""
    return {code[:3] if code else None for t, code in mention_codes(analyzer, text) if word in t}


def codes_at(mentions: list[tuple[str, str | None]], text: str) -> list[str | None]:
    """The codes of the mentions that read exactly `text`, sorted."""
    return sorted((c for t, c in mentions if t == text), key=str)


def first_codes_at(mentions: list[tuple[str, str | None]], *texts: str) -> list[str | None]:
    """The codes at the first of ``texts`` that some mention reads (a parse may or may not keep "The")."""
    for text in texts:
        if found := codes_at(mentions, text):
            return found
    return []


def event_triples(analyzer, text: str) -> set[tuple[str | None, str, str | None]]:
    """(source code, trigger text, target code) of every event of a test article."""
    record = analyzer.analyze(make_article(text))
    return {
        (e.source.code if e.source else None, e.action.text, e.target.code if e.target else None) for e in record.events
    }


def code_triples(analyzer, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) of every event of a test article."""
    record = analyzer.analyze(make_article(text))
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in record.events}


def code_pairs(analyzer, text: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of every event of a test article."""
    return {(s, t) for s, t, _ in code_triples(analyzer, text)}


def country_triples(analyzer, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of every event of a test article: the lexicon tests ask
    whether a phrasing reaches its code between the right countries, whatever the sectors."""
    record = analyzer.analyze(make_article(text))
    return {(country3(e.source), country3(e.target), e.cameo) for e in record.events}


def event_codes(analyzer, text: str) -> set[str]:
    """The CAMEO codes of every event of a test article."""
    return {code for _, _, code in country_triples(analyzer, text)}


def country3(actor) -> str | None:
    """The country of an event side (the first three letters of its code), or None for no side or no code."""
    return actor.code[:3] if actor is not None and actor.code else None


def coded_countries(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of every event of a test sentence, in the order found."""
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return [(e.cameo, country3(e.source), country3(e.target)) for e in doc._.dw_events or []]


def main_coded_countries(analyzer, text: str) -> tuple[str, str | None, str | None] | None:
    """(CAMEO code, source country, target country) of the sentence's main event, as the PLOVER scorer picks it."""
    from dyadwatch.nlp.events import main_event

    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    e = main_event(doc)
    return None if e is None else (e.cameo, country3(e.source), country3(e.target))


def check_main_event(analyzer, text: str, code: str, source: str | None, target: str | None) -> None:
    """The main event has this exact code; its source and target countries where given (None: not checked)."""
    got = main_coded_countries(analyzer, text)
    assert got is not None, text
    assert got[0] == code, (text, got)
    assert source is None or got[1] == source, (text, got)
    assert target is None or got[2] == target, (text, got)


def check_not_coded(analyzer, text: str, forbidden: str) -> None:
    """The same words in another reading: the main event, if any, is not of the forbidden code ("0": no event)."""
    got = main_coded_countries(analyzer, text)
    assert got is None or (forbidden != "0" and not got[0].startswith(forbidden)), (text, got)


def event_rows(analyzer, text: str, flag: str) -> list[tuple]:
    """(source code, trigger text, target code, CAMEO code, the event's `flag` field) of every event, in
    text order: one reading for the event test files, each naming the flag it checks."""
    record = analyzer.analyze(make_article(text))
    rows = []
    for e in record.events:
        source, target = e.source.code if e.source else None, e.target.code if e.target else None
        rows.append((source, e.action.text, target, e.cameo, getattr(e, flag)))
    return rows


def has_event(rows: list[tuple], word: str, source: str | None, target: str | None) -> bool:
    """Whether an `event_rows` row on `word` has sides whose codes start with the given ones (None: no side)."""
    return any(
        word in r[1]
        and ((r[0] or "").startswith(source) if source else r[0] is None)
        and ((r[2] or "").startswith(target) if target else r[2] is None)
        for r in rows
    )


def has_side(rows: list[tuple], word: str, side: str, code: str) -> bool:
    """Whether an `event_rows` row on `word` has its source (side "source") or target code starting with `code`."""
    col = 0 if side == "source" else 2
    return any(word in r[1] and (r[col] or "").startswith(code) for r in rows)
