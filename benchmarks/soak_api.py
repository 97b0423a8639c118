"""Soak test of the server: what request rate keeps p99 < 200 ms, with an ingest writing beside it.

    PYTHONPATH=src .venv/bin/python benchmarks/soak_api.py [--events 1000000] [--db URL]
        [--rates 2,5,10,20,40] [--step-seconds 20] [--max-seconds 600] [--cache N]
        [--ingest synthetic|nlp] [--no-ingest] [--hold-seconds S] [--hold-rate R]

1. Builds (unless ``--db`` already holds a corpus) a SQLite store of ``--events`` synthetic coded
   events (``analysis.synthetic``, 20 per article) with bulk inserts through the store's tables.
2. Starts the app under uvicorn in a separate process on a free port of 127.0.0.1 and samples the
   server's RSS every 0.5 s.
3. Starts an ingest beside it: a second process that stores new synthetic articles through
   ``Store.add`` (one transaction each, ~20 articles/s), so readers compete with a writer; or, with
   ``--ingest nlp``, the real pipeline analysing the VOA stories (renamed copies, so each is new)
   through ``ingest.run`` as fast as it goes, competing for the CPU as well.
4. Offers open-loop load (an asyncio httpx client) at each rate in ``--rates`` for ``--step-seconds``:
   ``GET /api/dyads/{A}/{B}`` (series JSON) and ``GET /articles/{id}`` (article page), each at that rate.
   Stops raising the rate once both endpoints are over p99 200 ms.

Bounded: every step is bounded in time and in requests in flight, the whole run by ``--max-seconds``;
everything stops by itself. Loopback only. Prints a markdown table and writes
``benchmarks/results/soak_api.json``. A benchmark, not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import asyncio
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

TABLES = ("articles", "sources", "quotes", "actors", "events", "claims", "checks")


def build(url: str, events: int) -> tuple[int, float]:
    """Bulk-write the synthetic corpus, 500 articles per transaction; returns (articles, seconds)."""
    from dyadwatch.store import Store
    from dyadwatch.store.db import record_rows

    store = Store(url)
    if store.count("articles"):
        n = store.count("articles")
        store.close()
        return n, 0.0
    t0 = time.perf_counter()
    batch: dict[str, list[dict]] = {}
    n = 0

    def flush() -> None:
        with store.engine.begin() as conn:
            for name in TABLES:
                if batch.get(name):
                    conn.execute(store.tables[name].insert(), batch[name])
        batch.clear()

    for record in synthetic_records(events):
        for name, rows in record_rows(record).items():
            batch.setdefault(name, []).extend(rows)
        n += 1
        if n % 500 == 0:
            flush()
            print(
                f"\r  built {n:,} articles ({n * 20:,} events) in {time.perf_counter() - t0:.0f} s",
                end="",
                file=sys.stderr,
            )
    flush()
    print(file=sys.stderr)
    store.close()
    return n, time.perf_counter() - t0


INGEST = """
import sys, time
from dyadwatch.analysis.synthetic import synthetic_records
from dyadwatch.store import Store
store = Store(sys.argv[1]); rate = float(sys.argv[2]); deadline = time.monotonic() + float(sys.argv[3])
tag = int(time.time())
n = 0
for record in synthetic_records(10_000_000, seed=99):
    if time.monotonic() > deadline:
        break
    record.article.id = f"ing{tag}-{n:07d}"  # new ids each run: a repeat run must write, not skip
    store.add(record)
    n += 1
    print(n, flush=True)
    time.sleep(1 / rate)
"""


INGEST_NLP = """
import itertools, sys, time
sys.path.insert(0, sys.argv[3])
from _common import voa_articles
from dyadwatch.ingest import run
from dyadwatch.settings import Settings
from dyadwatch.store import Store
store = Store(sys.argv[1]); deadline = time.monotonic() + float(sys.argv[2])
arts = voa_articles()

def stream():
    for n in itertools.count():
        if time.monotonic() > deadline:
            return
        a = arts[n % len(arts)]
        yield a.model_copy(update={"id": f"soak{n:07d}", "text": a.text + f"\\n\\n(Soak copy {n}.)"})

run(stream(), store, Settings(), command="soak ingest")
"""


def wal_mb(url: str | None) -> float | None:
    """Size of a SQLite database's write-ahead log: it grows without bound if readers never let a
    checkpoint reset it, and reads get slower as it does."""
    if not url or not url.startswith("sqlite:///"):
        return None
    wal = Path(url.removeprefix("sqlite:///") + "-wal")
    return round(wal.stat().st_size / 1e6, 1) if wal.exists() else 0.0


def count_articles(url: str) -> int:
    from dyadwatch.store import Store

    store = Store(url)
    try:
        return store.count("articles")
    finally:
        store.close()


def start_ingest(url: str, rate: float, seconds: float, kind: str = "synthetic") -> subprocess.Popen:
    """The writer beside the server: synthetic records through ``Store.add`` at ``rate`` per second, or
    (``nlp``) the real pipeline over the VOA stories as fast as one process goes, through ``ingest.run``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    if kind == "nlp":
        args = [INGEST_NLP, url, str(seconds), str(Path(__file__).resolve().parent)]
    else:
        args = [INGEST, url, str(rate), str(seconds)]
    return subprocess.Popen([sys.executable, "-c", *args], env=env, stdout=subprocess.PIPE, text=True)


class RssSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        import psutil

        self.proc = psutil.Process(pid)
        self.samples: list[float] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.samples.append(self.proc.memory_info().rss / 1e6)
            except Exception:
                return
            self.stop.wait(0.5)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


async def step(client: httpx.AsyncClient, make_path, rate: float, seconds: float, max_in_flight: int) -> dict:
    """Open-loop load: one request every 1/rate s (dropped, and counted, if too many are in flight)."""
    latencies: list[float] = []
    errors = 0
    kinds: dict[str, int] = {}  # what the errors were: HTTP status or exception name
    dropped = 0
    in_flight = 0
    tasks: set[asyncio.Task] = set()

    async def one(path: str) -> None:
        nonlocal errors, in_flight
        t0 = time.perf_counter()
        try:
            r = await client.get(path)
            if r.status_code != 200:
                errors += 1
                kinds[str(r.status_code)] = kinds.get(str(r.status_code), 0) + 1
            latencies.append((time.perf_counter() - t0) * 1000)
        except httpx.HTTPError as exc:
            errors += 1
            kinds[type(exc).__name__] = kinds.get(type(exc).__name__, 0) + 1
        finally:
            in_flight -= 1

    start = time.perf_counter()
    n = 0
    while (now := time.perf_counter()) - start < seconds:
        due = start + n / rate
        if due > now:
            await asyncio.sleep(due - now)
        n += 1
        if in_flight >= max_in_flight:
            dropped += 1
            continue
        in_flight += 1
        task = asyncio.create_task(one(make_path()))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    if tasks:
        await asyncio.wait(tasks, timeout=15)
    took = time.perf_counter() - start
    return {
        "offered_rps": rate,
        "sent": n - dropped,
        "dropped": dropped,
        "errors": errors,
        "error_kinds": kinds,
        "completed": len(latencies),
        "achieved_rps": round(len(latencies) / took, 1),
        "p50_ms": round(pct(latencies, 0.50), 1),
        "p99_ms": round(pct(latencies, 0.99), 1),
        "max_ms": round(max(latencies), 1) if latencies else None,
    }


async def soak(
    base: str,
    article_ids: list[str],
    rates: list[float],
    step_seconds: float,
    max_seconds: float,
    sampler: RssSampler | None = None,
    hold_seconds: float = 0,
    hold_rate: float | None = None,
    base_db: str | None = None,
) -> list[dict]:
    rng = random.Random(1)
    countries = [c for c in COUNTRIES]

    def dyad() -> str:
        a, b = rng.sample(countries, 2)
        return f"/api/dyads/{a}/{b}?by={rng.choice(['week', 'month'])}&directed={rng.choice(['true', 'false'])}"

    def page() -> str:
        return f"/articles/{rng.choice(article_ids)}"

    out = []
    t_end = time.monotonic() + max_seconds
    # keep-alive shorter than uvicorn's 5 s, or a request may go out on a connection the server is closing
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=32, keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=base, timeout=10, limits=limits) as client:
        for _ in range(10):  # warm-up, not measured: first queries fill SQLite's and the OS's caches
            await client.get(dyad())
            await client.get(page())
        for rate in rates:
            if time.monotonic() + step_seconds > t_end:
                break
            series, article = await asyncio.gather(
                step(client, dyad, rate, step_seconds, 64), step(client, page, rate, step_seconds, 64)
            )
            rss = round(sampler.samples[-1], 1) if sampler and sampler.samples else None
            row = {
                "rate": rate,
                "dyad_series": series,
                "article_page": article,
                "server_rss_mb_at_end": rss,
                "wal_mb": wal_mb(base_db),
            }
            out.append(row)
            print(
                f"  rate {rate:>5}/s each: series p99 {series['p99_ms']} ms ({series['achieved_rps']}/s), "
                f"article p99 {article['p99_ms']} ms ({article['achieved_rps']}/s), RSS {rss} MB, "
                f"WAL {row['wal_mb']} MB",
                file=sys.stderr,
            )
            if series["p99_ms"] > 200 and article["p99_ms"] > 200:
                break
        ok = [r["rate"] for r in out if r["dyad_series"]["p99_ms"] < 200 and r["article_page"]["p99_ms"] < 200]
        rate = hold_rate or (max(ok) if ok else None)
        held = 0.0
        while rate and held < hold_seconds and time.monotonic() + step_seconds <= t_end:
            # then stay at one rate (default: the best both held), to see whether latency and memory stay flat
            series, article = await asyncio.gather(
                step(client, dyad, rate, step_seconds, 64), step(client, page, rate, step_seconds, 64)
            )
            rss = round(sampler.samples[-1], 1) if sampler and sampler.samples else None
            out.append(
                {
                    "rate": rate,
                    "hold": True,
                    "dyad_series": series,
                    "article_page": article,
                    "server_rss_mb_at_end": rss,
                    "wal_mb": wal_mb(base_db),
                }
            )
            held += step_seconds
            print(
                f"  hold {rate:>5}/s each: series p99 {series['p99_ms']} ms, article p99 {article['p99_ms']} ms, "
                f"RSS {rss} MB, WAL {wal_mb(base_db)} MB, errors {series['error_kinds']} {article['error_kinds']}",
                file=sys.stderr,
            )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default=None, help="SQLAlchemy URL (default: a temporary SQLite file)")
    ap.add_argument("--rates", default="2,5,10,20,40,80")
    ap.add_argument("--step-seconds", type=float, default=20)
    ap.add_argument("--max-seconds", type=float, default=600)
    ap.add_argument("--cache", type=int, default=None, help="server answer cache size (default: the app's own)")
    ap.add_argument("--no-ingest", action="store_true")
    ap.add_argument(
        "--hold-seconds",
        type=float,
        default=0,
        help="after the ramp, stay this long at one rate (memory and latency flat?)",
    )
    ap.add_argument(
        "--hold-rate",
        type=float,
        default=None,
        help="the rate to hold (default: the best rate both endpoints held in the ramp)",
    )
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "soak_api.json"))
    ap.add_argument("--ingest-rate", type=float, default=20.0, help="articles/s the synthetic beside-ingest writes")
    ap.add_argument(
        "--ingest",
        choices=["synthetic", "nlp"],
        default="synthetic",
        help="the writer beside the server: synthetic records, or the real pipeline over the VOA stories",
    )
    args = ap.parse_args()

    tmp = None
    url = args.db
    if url is None:
        tmp = tempfile.TemporaryDirectory(prefix="dw-soak-")
        url = f"sqlite:///{Path(tmp.name) / 'soak.db'}"
    articles, build_s = build(url, args.events)
    from dyadwatch.store import Store

    store = Store(url)
    with store.engine.connect() as conn:
        import sqlalchemy as sa

        t = store.tables["articles"]
        ids = list(conn.execute(sa.select(t.c.id).order_by(sa.func.random()).limit(2000)).scalars())
        n_events = int(conn.execute(sa.select(sa.func.count()).select_from(store.tables["events"])).scalar_one())
    store.close()

    port = free_port()
    server = start_server(url, port, args.cache)
    sampler = RssSampler(server.pid)
    sampler.start()
    before = count_articles(url)
    ingest = None if args.no_ingest else start_ingest(url, args.ingest_rate, args.max_seconds, args.ingest)
    rates = [float(r) for r in args.rates.split(",")]
    t0 = time.perf_counter()
    try:
        steps = asyncio.run(
            soak(
                f"http://127.0.0.1:{port}",
                ids,
                rates,
                args.step_seconds,
                args.max_seconds,
                sampler,
                args.hold_seconds,
                args.hold_rate,
                url,
            )
        )
    finally:
        sampler.stop.set()
        if ingest is not None:
            ingest.terminate()
            ingest.communicate(timeout=30)
        server.terminate()
        server.wait(timeout=30)
    written = count_articles(url) - before
    rss = sampler.samples

    def sustained(key: str) -> float:
        ok = [
            s[key]["achieved_rps"]
            for s in steps
            if s[key]["p99_ms"] < 200 and s[key]["errors"] == 0 and not s.get("hold")
        ]
        return max(ok) if ok else 0.0

    result = {
        "events": n_events,
        "articles": articles,
        "build_seconds": round(build_s, 1),
        "cache": args.cache,
        "ingest": None if args.no_ingest else args.ingest,
        "ingest_articles_written": written,
        "seconds": round(time.perf_counter() - t0, 1),
        "sustained_rps_p99_under_200ms": {
            "dyad_series": sustained("dyad_series"),
            "article_page": sustained("article_page"),
        },
        "server_rss_mb": {
            "min": round(min(rss), 1) if rss else None,
            "max": round(max(rss), 1) if rss else None,
            "mean": round(statistics.mean(rss), 1) if rss else None,
            "samples": len(rss),
        },
        "cores": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 2),
        "steps": steps,
    }
    print(
        f"\n### Soak: {n_events:,} events, {articles:,} articles, {args.ingest} ingest beside it "
        f"({written} articles written during the run)\n"
    )
    print(
        "| rate offered (each) | series p50 | series p99 | series rps | article p50 | article p99 "
        "| article rps | errors | server RSS | WAL |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s in steps:
        a, b = s["dyad_series"], s["article_page"]
        label = f"{s['rate']:g}/s" + (" (hold)" if s.get("hold") else "")
        print(
            f"| {label} | {a['p50_ms']} ms | {a['p99_ms']} ms | {a['achieved_rps']} | {b['p50_ms']} ms | "
            f"{b['p99_ms']} ms | {b['achieved_rps']} | {a['errors'] + b['errors']} | "
            f"{s['server_rss_mb_at_end']} MB | {s.get('wal_mb')} MB |"
        )
    print(
        f"\nSustained at p99 < 200 ms: series {result['sustained_rps_p99_under_200ms']['dyad_series']}/s, "
        f"article page {result['sustained_rps_p99_under_200ms']['article_page']}/s. "
        f"Server RSS {result['server_rss_mb']['min']}-{result['server_rss_mb']['max']} MB."
    )
    out = Path(args.out)
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
