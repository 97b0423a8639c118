"""Quantitative claims on hand-annotated VOA stories: dyadwatch_claims against quantulum3.

    PYTHONPATH=src .venv/bin/python eval/claims.py --split dev    # tune here
    PYTHONPATH=src .venv/bin/python eval/claims.py --split test   # final numbers

Gold: eval/annotations/claims_voa.jsonl (our own annotation of 16 VOA stories, 8 dev / 8 test;
guidelines in docs/claims.md): per claim the character span, value (or low/high for ranges and
vague amounts), unit (``count``, ``%``, ``pp``, currency code, ``km``, ``year``...), the head word
of the measure and the period label. The story texts are read from ../shared (never copied).

Matching: a system figure matches a gold claim when their character spans overlap (one-to-one,
greedy by overlap). Superlative-only claims (no figure, e.g. "lowest on record") are outside the
annotation scheme and left out. P/R/F count matches; the attribute accuracies are over matched
pairs: value (within 0.5%, ranges by both ends, vague amounts by flag and overlapping range),
unit (exact), measure (gold head word, singular, found in the system's measure text), period
(same label; both empty counts as right).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared"))
VOA = SHARED / "corpora" / "voa" / "voa_stories.jsonl"
GOLD = ROOT / "eval" / "annotations" / "claims_voa.jsonl"
RESULTS = ROOT / "eval" / "results" / "claims.json"
QUANTULUM_UNITS = {
    "percentage": "%",
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "kilometre": "km",
    "mile": "mile",
    "kilogram": "kg",
    "pound-mass": "lb",
    "tonne": "t",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "dimensionless": "count",
    "square kilometre": "km2",
    "percentage point": "pp",
    "point": "pp",
}


@dataclass
class Item:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    vague: bool
    unit: str | None
    measure: str | None
    period: str | None


def load_gold(split: str) -> list[dict]:
    if not GOLD.exists():
        sys.exit(f"missing {GOLD}")
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    return [r for r in rows if split == "all" or r["split"] == split]


def load_texts(ids: set[str]) -> dict[str, dict]:
    if not VOA.exists():
        sys.exit(f"eval needs {VOA} (the shared VOA corpus); set DYADWATCH_SHARED")
    out = {}
    with VOA.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in ids:
                out[rec["id"]] = rec
    return out


def gold_items(row: dict) -> list[Item]:
    return [
        Item(
            c["start"],
            c["end"],
            c["value"],
            c["value_low"],
            c["value_high"],
            c["vague"],
            c["unit"],
            c["measure_head"],
            c["period"],
        )
        for c in row["claims"]
    ]


def dyadwatch_items(texts: dict[str, dict]) -> tuple[dict[str, list[Item]], float]:
    from dyadwatch.model import Article
    from dyadwatch.pipeline import Analyzer
    from dyadwatch.settings import Settings

    analyzer = Analyzer(Settings(events=False))
    articles = [
        Article(
            id=k,
            text=r["text"],
            date=dt.date.fromisoformat(r["published"][:10]),
            publisher="Voice of America",
            origin=f"voa:{k}",
        )
        for k, r in texts.items()
    ]
    t0 = time.perf_counter()
    records = list(analyzer.analyze_many(articles))
    elapsed = time.perf_counter() - t0
    out: dict[str, list[Item]] = {}
    for rec in records:
        items = []
        for c in rec.claims:  # type: ignore[union-attr]
            if c.value is None and c.value_low is None:
                continue  # superlative-only claims are outside the annotation scheme
            items.append(
                Item(
                    c.start,
                    c.end,
                    c.value,
                    c.value_low,
                    c.value_high,
                    c.vague,
                    c.unit,
                    c.measure,
                    c.period.label if c.period else None,
                )
            )
        out[rec.article.id] = items  # type: ignore[union-attr]
    return out, elapsed


def quantulum_items(texts: dict[str, dict]) -> tuple[dict[str, list[Item]] | None, str]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import classifier, parser
    except ImportError:
        return None, "not installed"
    from importlib.metadata import version

    # quantulum3's pickled disambiguation classifier only loads under the scikit-learn it was built
    # with; the baseline is measured without it (its rule-based parser), the same with or without
    # scikit-learn installed (textacy pulls it into .venv-eval).
    classifier.USE_CLF = False

    out: dict[str, list[Item]] = {}
    for k, r in texts.items():
        items = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quants = parser.parse(r["text"])
        for q in quants:
            unit = QUANTULUM_UNITS.get(q.unit.name, q.unit.name)
            if q.unit.entity.name == "currency" and unit not in ("USD", "EUR"):
                unit = q.unit.name
            items.append(Item(q.span[0], q.span[1], q.value, None, None, False, unit, None, None))
        out[k] = items
    return out, f"quantulum3 {version('quantulum3')} (rules, no classifier)"


def match(gold: list[Item], pred: list[Item]) -> list[tuple[Item, Item]]:
    pairs = []
    for g in gold:
        for p in pred:
            ov = min(g.end, p.end) - max(g.start, p.start)
            if ov > 0:
                pairs.append((ov, id(g), id(p), g, p))
    pairs.sort(key=lambda x: -x[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi, g, p in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((g, p))
    return out


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def value_ok(g: Item, p: Item) -> bool:
    if g.vague:
        if not p.vague or p.low is None or p.high is None:
            return False
        return p.low <= (g.high or 0) and (g.low or 0) <= p.high
    if g.value is None:
        return close(g.low, p.low) and close(g.high, p.high)
    return close(g.value, p.value)


def singular(word: str) -> str:
    w = word.lower()
    irregular = {"children": "child", "women": "woman", "men": "man", "people": "people", "personnel": "personnel"}
    if w in irregular:
        return irregular[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def measure_ok(g: Item, p: Item) -> bool:
    """The gold head word (singular) is one of the words of the system's measure (singular)."""
    if not g.measure or not p.measure:
        return False
    words = {singular(w) for w in re.findall(r"[\w&'-]+", p.measure)}
    return singular(g.measure) in words


def score(gold: dict[str, list[Item]], pred: dict[str, list[Item]], attrs: bool = True) -> dict:
    n_gold = sum(len(v) for v in gold.values())
    n_pred = sum(len(pred.get(k, [])) for k in gold)
    pairs = [pair for k in gold for pair in match(gold[k], pred.get(k, []))]
    tp = len(pairs)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    out = {
        "gold": n_gold,
        "pred": n_pred,
        "matched": tp,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
    }

    def acc(fn) -> float | None:  # type: ignore[no-untyped-def]
        return round(sum(1 for g, q in pairs if fn(g, q)) / tp, 3) if tp else None

    out["value_acc"] = acc(value_ok)
    out["unit_acc"] = acc(lambda g, q: g.unit == q.unit)
    out["measure_acc"] = acc(measure_ok) if attrs else None
    out["period_acc"] = acc(lambda g, q: g.period == q.period) if attrs else None
    with_period = [(g, q) for g, q in pairs if g.period]
    out["period_acc_stated"] = (
        round(sum(1 for g, q in with_period if g.period == q.period) / len(with_period), 3)
        if with_period and attrs
        else None
    )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    args = ap.parse_args()
    rows = load_gold(args.split)
    texts = load_texts({r["id"] for r in rows})
    gold = {r["id"]: gold_items(r) for r in rows}
    ours, elapsed = dyadwatch_items(texts)
    results = {
        "split": args.split,
        "stories": len(rows),
        "date": dt.date.today().isoformat(),
        "systems": {"dyadwatch": score(gold, ours)},
    }
    q, qname = quantulum_items(texts)
    if q is not None:
        results["systems"]["quantulum3"] = score(gold, q, attrs=False)
    results["baseline"] = qname
    cols = [
        "gold",
        "pred",
        "precision",
        "recall",
        "f1",
        "value_acc",
        "unit_acc",
        "measure_acc",
        "period_acc",
        "period_acc_stated",
    ]
    print(
        f"Claims on {len(rows)} VOA stories, split={args.split} (gold: {GOLD.relative_to(ROOT)}); "
        f"{elapsed:.1f}s for the dyadwatch pipeline"
    )
    print()
    print("| system | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for name, sc in results["systems"].items():
        cells = [
            "n/a" if sc.get(c) is None else f"{sc[c]:.3f}" if isinstance(sc[c], float) else str(sc[c]) for c in cols
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")
    if q is None:
        print(f"| quantulum3 | {qname} |" + " |" * (len(cols) - 1))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    old = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    old[args.split] = results
    RESULTS.write_text(json.dumps(old, indent=2) + "\n")


if __name__ == "__main__":
    main()
