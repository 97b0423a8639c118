"""Load benchmark of the server: p50/p99 latency of the dyad series endpoint and the article page.

    PYTHONPATH=src .venv/bin/python benchmarks/load_api.py [--events 100000] [--requests 400]
        [--concurrency 4] [--max-seconds 120] [--db URL]

Builds (at run time, in a temporary SQLite file unless --db is given) a store holding
``--events`` synthetic coded events (``analysis.synthetic``: 20 events per article, 10
countries, random sectors, 1,000 days), starts ``dyadwatch serve`` as a separate process on a
free port of 127.0.0.1 and sends, from ``--concurrency`` client threads, ``--requests`` requests
to each of:

* ``GET /api/dyads/{A}/{B}?by=week|month`` for random country pairs (half directed);
* ``GET /articles/{id}``: the rendered article page with highlights, random articles;
* ``GET /dyads/{A}/{B}``: the dyad page (two charts + tables), fewer requests.

The server's answer cache is off by default (``--cache 0``): every request computes its answer
from the database. ``--cache 256`` measures the dashboard as ``dyadwatch serve`` runs it
(answers kept until the corpus changes).

Traffic stays on loopback; every loop is bounded by count and by --max-seconds. Prints a
markdown table and writes benchmarks/results/load_api.json. Not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import free_port, start_server  # noqa: E402

from dyadwatch.analysis.synthetic import COUNTRIES, synthetic_records  # noqa: E402


def build(url: str, events: int) -> tuple[list[str], float]:
    """Write the synthetic corpus in bulk (one transaction per 200 articles) and return its ids."""
    from dyadwatch.store import Store
    from dyadwatch.store.db import record_rows

    store = Store(url)
    t0 = time.perf_counter()
    ids: list[str] = []
    batch: dict[str, list[dict]] = {}

    def flush() -> None:
        with store.engine.begin() as conn:
            for name in ("articles", "sources", "quotes", "actors", "events", "claims", "checks"):
                if batch.get(name):
                    conn.execute(store.tables[name].insert(), batch[name])
        batch.clear()

    for i, record in enumerate(synthetic_records(events)):
        ids.append(record.article.id)
        for name, rows in record_rows(record).items():
            batch.setdefault(name, []).extend(rows)
        if (i + 1) % 200 == 0:
            flush()
    flush()
    store.close()
    return ids, time.perf_counter() - t0


def run(base: str, paths: list[str], concurrency: int, max_seconds: float) -> dict:
    """Send every path once from a pool of threads; stop early at the time bound."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    queue = list(paths)
    stop = time.monotonic() + max_seconds

    def worker() -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < stop:
                with lock:
                    if not queue:
                        return
                    path = queue.pop()
                t0 = time.perf_counter()
                try:
                    ok = client.get(path).status_code == 200
                except httpx.HTTPError:
                    ok = False
                dt_ms = (time.perf_counter() - t0) * 1000
                with lock:
                    latencies.append(dt_ms)
                    errors += not ok

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)
    pick = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]) if lat else (lambda q: float("nan"))
    return {
        "requests": len(lat),
        "errors": errors,
        "seconds": round(wall, 2),
        "rps": round(len(lat) / wall, 1) if wall else 0.0,
        "p50_ms": round(statistics.median(lat), 1) if lat else None,
        "p99_ms": round(pick(0.99), 1),
        "max_ms": round(lat[-1], 1) if lat else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=400, help="Requests per endpoint (bounded).")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--max-seconds", type=float, default=120.0, help="Time bound per endpoint.")
    ap.add_argument("--db", help="Use (and fill, if empty) this database instead of a temporary file.")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--cache", type=int, default=0, help="Server answer cache size (0, the default: compute every answer)."
    )
    args = ap.parse_args()
    rng = random.Random(args.seed)

    tmp = tempfile.TemporaryDirectory(prefix="dw-load-")
    url = args.db or f"sqlite:///{Path(tmp.name) / 'load.db'}"
    ids, build_s = build(url, args.events)
    print(f"built {len(ids):,} articles / {args.events:,} events in {build_s:.1f} s ({url})", flush=True)

    port = free_port()
    proc = start_server(url, port, args.cache)
    base = f"http://127.0.0.1:{port}"
    try:
        pairs = [(a, b) for a in COUNTRIES for b in COUNTRIES if a != b]

        def dyad_path() -> str:
            a, b = rng.choice(pairs)
            by, directed = rng.choice(["week", "month"]), rng.choice(["true", "false"])
            return f"/api/dyads/{a}/{b}?by={by}&directed={directed}"

        plan = {
            "GET /api/dyads/{a}/{b} (series JSON)": [dyad_path() for _ in range(args.requests)],
            "GET /articles/{id} (article page)": [f"/articles/{rng.choice(ids)}" for _ in range(args.requests)],
            "GET /dyads/{a}/{b} (dyad page)": [
                f"/dyads/{a}/{b}" for a, b in (rng.choice(pairs) for _ in range(max(1, args.requests // 4)))
            ],
        }
        run(base, plan["GET /api/dyads/{a}/{b} (series JSON)"][:20], 2, 30)  # warm-up, not counted
        results = {}
        for name, paths in plan.items():
            results[name] = run(base, paths, args.concurrency, args.max_seconds)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        tmp.cleanup()

    print(
        f"\n{args.events:,} events, {len(ids):,} articles, SQLite, {args.concurrency} client threads, "
        f"1 server process, answer cache {args.cache}, loopback; load average {os.getloadavg()[0]:.1f}\n"
    )
    print("| endpoint | requests | errors | req/s | p50 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        print(
            f"| {name} | {r['requests']} | {r['errors']} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} |"
        )
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "load_api.json").write_text(
        json.dumps(
            {
                "events": args.events,
                "articles": len(ids),
                "build_seconds": round(build_s, 1),
                "concurrency": args.concurrency,
                "cache": args.cache,
                "load_average": round(os.getloadavg()[0], 2),
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
