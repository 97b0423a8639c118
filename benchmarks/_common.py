"""Helpers shared by the benchmark scripts: where the shared corpus is, how to load it."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
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
                parse_plain(
                    rec["text"],
                    title=rec.get("title"),
                    date=date,
                    author=rec.get("author"),
                    publisher="Voice of America",
                    url=rec.get("url"),
                    origin=f"voa:{rec['id']}",
                )
            )
    return out


def free_port() -> int:
    """A free TCP port on loopback (load tests never leave 127.0.0.1)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int, cache: int | None = None, wait: float = 60.0) -> subprocess.Popen:
    """``dyadwatch``'s app under uvicorn in a child process on 127.0.0.1, once /api/health answers."""
    import httpx

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "DYADWATCH_TOKEN": ""}
    extra = "" if cache is None else f", cache={cache}"
    code = (
        "import uvicorn; from dyadwatch.api import create_app; "
        f"uvicorn.run(create_app({url!r}, token=''{extra}), host='127.0.0.1', port={port}, log_level='warning')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    sys.exit(f"server did not start within {wait:g} s")
