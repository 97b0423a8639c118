"""Helpers shared by the benchmark scripts: where the shared corpus is, how to load it."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared"))
VOA = SHARED / "corpora" / "voa" / "voa_stories.jsonl"


def voa_articles():  # type: ignore[no-untyped-def]
    """The VOA stories as Articles (title and date from the record), or exit with a clear message."""
    from dyadwatch.read.text import parse_plain

    if not VOA.exists():
        sys.exit(f"benchmark needs {VOA} (the shared VOA corpus); set DYADWATCH_SHARED")
    out = []
    with VOA.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            date = dt.date.fromisoformat(rec["published"][:10]) if rec.get("published") else None
            out.append(
                parse_plain(rec["text"], title=rec.get("title"), date=date, author=rec.get("author"),
                            publisher="Voice of America", url=rec.get("url"), origin=f"voa:{rec['id']}")
            )
    return out
