"""Time and memory of every pathological input, each in a child process with a time and memory cap.

    PYTHONPATH=src .venv/bin/python benchmarks/pathological.py [--only NAME,NAME] [--seconds 240] [--mem-gb 8]

The cases are those of ``tests/hardening/test_pathological.py`` (one definition, two uses): huge
paragraphs, a million quote marks, 100k nested tags, compressed bombs, control characters, NUL bytes,
right-to-left text, mixed encodings, hostile JSON Lines. Prints a markdown table (outcome, error code,
seconds, peak RSS) and writes ``benchmarks/results/pathological.json``. Not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "hardening"))

import test_pathological as cases  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="comma-separated case names (default: all)")
    ap.add_argument("--seconds", type=float, default=240)
    ap.add_argument("--mem-gb", type=float, default=8)
    args = ap.parse_args()
    names = [n for n in args.only.split(",") if n] or sorted(cases.CASES)
    rows = {}
    print("| case | outcome | code | seconds | peak RSS MB |\n|---|---|---|---:|---:|")
    for name in names:
        with tempfile.TemporaryDirectory() as tmp:
            r = cases.run_isolated(name, args.seconds, args.mem_gb, Path(tmp))
        rows[name] = r
        secs = r.get("seconds", r.get("wall"))
        print(
            f"| {name} | {r['outcome']} | {r.get('code') or ''} | {secs if secs is None else round(secs, 2)} "
            f"| {r.get('peak_rss_mb', '')} |",
            flush=True,
        )
    out = ROOT / "benchmarks" / "results" / "pathological.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(rows, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
