"""What the claims component adds to ``analyze`` time on the VOA corpus (budget: at most 10%).

Builds two Analyzers in the same process, identical except ``claims`` on/off, and times
``analyze_many`` over all VOA stories with records serialised, alternating the runs and keeping
the best of ``--repeat``. Prints articles/s of both and the overhead. A third line times the
claims component alone on already-parsed Docs, which is the cleanest measure of its cost.

    PYTHONPATH=src .venv/bin/python benchmarks/claims_overhead.py [--repeat 5] [--no-events]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import voa_articles

from dyadwatch.pipeline import Analyzer
from dyadwatch.settings import Settings


def run(analyzer: Analyzer, articles: list) -> float:  # type: ignore[type-arg]
    t = time.perf_counter()
    for rec in analyzer.analyze_many(articles):
        rec.model_dump_json()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-events", action="store_true", help="compare without actors/events (claims' share grows)")
    args = ap.parse_args()
    articles = voa_articles()
    events = not args.no_events
    with_claims = Analyzer(Settings(events=events, claims=True))
    without = Analyzer(Settings(events=events, claims=False))
    print(f"corpus: {len(articles)} VOA articles; with: {', '.join(with_claims.nlp.pipe_names)}")
    run(with_claims, articles[:4])
    run(without, articles[:4])
    best_with = best_without = float("inf")
    for _ in range(args.repeat):
        best_without = min(best_without, run(without, articles))
        best_with = min(best_with, run(with_claims, articles))

    # the component alone, on Docs the rest of the pipeline has already processed
    claims = with_claims.nlp.get_pipe("dyadwatch_claims")
    docs = []
    for doc in without.nlp.pipe(without.make_doc(a) for a in articles):
        docs.append(doc)
    best_comp = float("inf")
    for _ in range(args.repeat):
        t = time.perf_counter()
        for doc in docs:
            claims(doc)
        best_comp = min(best_comp, time.perf_counter() - t)
    n = len(articles)
    print("| run | articles/s | seconds |")
    print("|---|---:|---:|")
    print(f"| analyze without claims | {n / best_without:.1f} | {best_without:.2f} |")
    print(f"| analyze with claims | {n / best_with:.1f} | {best_with:.2f} |")
    print(f"| claims component alone (parsed Docs) | {n / best_comp:.1f} | {best_comp:.3f} |")
    print(
        f"overhead, end to end: {(best_with / best_without - 1) * 100:+.1f}%; "
        f"component alone: {best_comp / best_without * 100:.1f}% of analyze time (budget <= 10%)"
    )


if __name__ == "__main__":
    main()
