"""``dyadwatch dyad|actors|network|quotes|sources|claims|serve`` over a store of hand-made records."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyadwatch.analysis.synthetic import sample_records
from dyadwatch.cli.main import app
from dyadwatch.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'q.db'}"
    store = Store(url)
    for record in sample_records():
        store.add(record)
    store.close()
    return url


def invoke(*args: str):
    result = runner.invoke(app, list(args), env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    return result.output


def test_query_dyad_table_and_json(db):
    out = invoke("dyad", "USA", "MEX", "--by", "month", "--db", db)
    assert "USA ↔ MEX by month" in out and "2025-08" in out
    rows = [json.loads(line) for line in invoke("dyad", "usa", "mex", "--format", "json", "--db", db).splitlines()]
    assert [r["label"] for r in rows] == ["2025-06", "2025-07", "2025-08"]
    assert sum(r["events"] for r in rows) == 9
    directed = [
        json.loads(x) for x in invoke("dyad", "USA", "MEX", "--directed", "--format", "json", "--db", db).splitlines()
    ]
    assert sum(r["events"] for r in directed) < 9


def test_query_dyad_plot_files(db, tmp_path):
    html = tmp_path / "usa-mex.html"
    invoke("dyad", "USA", "MEX", "--plot", str(html), "--db", db)
    text = html.read_text()
    assert "vegaEmbed(" in text and "<script src" not in text  # the bundles are inlined: works offline
    spec = tmp_path / "usa-mex.json"
    invoke("dyad", "USA", "MEX", "--plot", str(spec), "--db", db)
    assert "vconcat" in json.loads(spec.read_text())
    pytest.importorskip("vl_convert")
    png = tmp_path / "usa-mex.png"
    invoke("dyad", "USA", "MEX", "--by", "week", "--plot", str(png), "--db", db)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_query_dyad_bad_plot_suffix_is_coded_error(db, tmp_path):
    result = runner.invoke(app, ["dyad", "USA", "MEX", "--plot", str(tmp_path / "x.gif"), "--db", db])
    assert result.exit_code == 2 and "DW604" in result.output


@pytest.mark.parametrize(
    "args, expect",
    [
        (("actors",), "USAMIL"),
        (("actors", "--level", "country"), "United States"),
        (("network",), "MEX"),
        (("quotes", "--speaker", "sheinbaum"), "invasion"),
        (("quotes",), "Most-quoted people"),
        (("sources", "--by", "outlet"), "New York Times"),
        (("sources", "--by", "month"), "2025-08"),
        (("claims", "--verdict", "contradicted"), "80,000"),
    ],
)
def test_query_commands_print_tables(db, args, expect):
    assert expect in invoke(*args, "--db", db)


def test_query_csv_output(db):
    lines = invoke("sources", "--format", "csv", "--db", db).splitlines()
    assert lines[0].startswith("group,articles,sources,anonymous_sources")
    assert len(lines) == 4


def test_serve_builds_app_and_binds_loopback(db, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setenv("DYADWATCH_TOKEN", "")
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    result = runner.invoke(app, ["serve", "--db", db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert seen["app"].state.token is None and "writes: off" in result.output
