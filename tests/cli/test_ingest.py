"""``dyadwatch ingest / reprocess / export / db`` through the typer app, as a user calls them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadwatch.cli.main import app
from dyadwatch.store import Store, migrate
from dyadwatch.store.export import GDELT_COLUMNS

runner = CliRunner()

STORY = (
    "date 2025-03-04 By Ana Ruiz Dyadwatch Demo Desk\n"
    "MEXICO CITY – Mexico's foreign minister rejected the U.S. proposal on Tuesday. "
    "“We will not accept troops on our soil,” said Elena Ortiz, a retired diplomat. "
    "Crossings fell 20% to 4,600 in June, officials said.\n"
)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("cli")
    (root / "in").mkdir()
    (root / "in" / "a.txt").write_text(STORY, "utf-8")
    (root / "in" / "b.jsonl").write_text(
        json.dumps({"body": STORY.replace("Tuesday", "Friday"), "when": "2025-03-07"}) + "\n", "utf-8"
    )
    (root / "in" / "c.txt").write_bytes(b"")
    url = f"sqlite:///{root / 'cli.db'}"
    result = runner.invoke(
        app, ["ingest", str(root / "in"), "--db", url, "--text-field", "body", "--date-field", "when", "-q"]
    )
    assert result.exit_code == 1, result.output  # c.txt is empty: partial failure
    return root, url


@pytest.mark.slow
def test_ingest_cli_summary_exit_codes_and_rerun(ingested):
    root, url = ingested
    store = Store(url)
    assert store.count("articles") == 2 and store.count("errors") == 1
    again = runner.invoke(app, ["ingest", str(root / "in" / "a.txt"), "--db", url, "--no-progress"])
    assert again.exit_code == 0, again.output
    assert "processed 0, skipped as duplicate 1, failed 0" in again.output
    bad = runner.invoke(app, ["ingest", str(root / "nope.txt"), "--db", url, "--no-progress"])
    assert bad.exit_code == 126
    assert "DW105" in bad.output


@pytest.mark.slow
def test_ingest_cli_export_formats(ingested):
    root, url = ingested
    for table in ("events", "quotes", "claims", "articles"):
        for fmt in ("csv", "jsonl", "parquet"):
            out = root / f"{table}.{fmt}"
            res = runner.invoke(app, ["export", table, "--format", fmt, "--db", url, "-o", str(out)])
            assert res.exit_code == 0, res.output
            assert out.exists()
    with (root / "articles.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 and {r["date"] for r in rows} == {"2025-03-04", "2025-03-07"}
    import pandas as pd

    assert len(pd.read_parquet(root / "articles.parquet")) == 2
    lines = (root / "quotes.jsonl").read_text("utf-8").splitlines()
    assert all(json.loads(line)["article_id"] for line in lines)

    res = runner.invoke(app, ["export", "events", "--format", "gdelt", "--db", url, "-o", str(root / "ev.tsv")])
    assert res.exit_code == 0, res.output
    header = (root / "ev.tsv").read_text("utf-8").splitlines()[0].split("\t")
    assert tuple(header) == GDELT_COLUMNS
    res = runner.invoke(app, ["export", "quotes", "--format", "gdelt", "--db", url, "-o", str(root / "x.tsv")])
    assert res.exit_code == 2 and "DW604" in res.output


@pytest.mark.slow
def test_ingest_cli_reprocess_and_db_commands(ingested, tmp_path):
    _, url = ingested
    res = runner.invoke(app, ["reprocess", "--db", url, "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "processed 0" in res.output  # nothing is stale right after ingest
    info = runner.invoke(app, ["db", "info", "--db", url])
    assert info.exit_code == 0 and "articles" in info.output and f"revision: {migrate.head()}" in info.output
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    up = runner.invoke(app, ["db", "upgrade", "--db", fresh])
    assert up.exit_code == 0 and f"-> {migrate.head()}" in up.output
    up = runner.invoke(app, ["db", "upgrade", "--db", fresh])
    assert f"already at revision {migrate.head()}" in up.output
    missing = runner.invoke(app, ["db", "info", "--db", f"sqlite:///{tmp_path / 'none' / 'x.db'}"])
    assert missing.exit_code == 2 and "DW501" in missing.output


@pytest.mark.slow
def test_reprocess_with_a_user_verb_lexicon_recodes_every_article_in_worker_processes(tmp_path):
    """A user's --verbs file changes the lexicon hash, so `reprocess` finds every article stale, and the
    workers (other processes) code with the user's rows."""
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    (tmp_path / "b.txt").write_text(STORY.replace("Tuesday", "Friday").replace("2025-03-04", "2025-03-07"), "utf-8")
    url = f"sqlite:///{tmp_path / 'v.db'}"
    res = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", url, "-q"])
    assert res.exit_code == 0, res.output
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text("017\tV\treject obj:proposal\n", "utf-8")  # a made-up recoding, to see it applied
    res = runner.invoke(app, ["reprocess", "--db", url, "--verbs", str(verbs), "--workers", "2", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "processed 2" in res.output
    out = tmp_path / "events.jsonl"
    assert runner.invoke(app, ["export", "events", "--format", "jsonl", "--db", url, "-o", str(out)]).exit_code == 0
    codes = [json.loads(line)["cameo"] for line in out.read_text("utf-8").splitlines()]
    assert codes.count("017") == 2  # one rejection per article, recoded
