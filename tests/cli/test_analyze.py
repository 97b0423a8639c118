"""``dyadwatch analyze`` as a user runs it: real subprocesses, output read back through the model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dyadwatch.model import Record

pytestmark = pytest.mark.slow

EXE = [sys.executable, "-m", "dyadwatch"]
STORY = (
    "date 2025-03-04 By Ana Ruiz Dyadwatch Demo Desk\n"
    "MEXICO CITY – Mexico's foreign minister rejected the proposal on Tuesday. "
    "“We will not accept troops on our soil,” said Elena Ortiz, a retired diplomat. "
    "She added that talks would go on.\n"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*EXE, *args], input=stdin, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("inputs")
    (d / "good.txt").write_text(STORY, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (d / "latin1.txt").write_bytes(
        "La canciller dijo que la cooperación con México es “esencial”, según el diario.".encode("cp1252")
    )
    (d / "noquotes.txt").write_text("The border was quiet. Trade went on as usual.\n", encoding="utf-8")
    (d / "odd.txt").write_text("He said “this is open and never closed. Then “again. ”\n", encoding="utf-8")
    return d


def test_analyze_json_round_trips_through_the_model(corpus: Path):
    res = run("analyze", str(corpus / "good.txt"), "--json")
    assert res.returncode == 0, res.stderr.decode()
    rec = Record.model_validate_json(res.stdout)
    assert set(json.loads(res.stdout)) >= {"article", "sources", "quotes", "events", "claims", "actors"}
    assert rec.article.date.isoformat() == "2025-03-04" and rec.article.dateline == "MEXICO CITY"
    for q in rec.quotes:
        assert rec.article.text[q.start : q.end] == q.text
    assert any(q.speaker and q.speaker.name == "Elena Ortiz" for q in rec.quotes)


def test_analyze_stdin_matches_file(corpus: Path):
    from_file = Record.model_validate_json(run("analyze", str(corpus / "good.txt"), "--json").stdout)
    from_stdin = Record.model_validate_json(run("analyze", "-", "--json", stdin=STORY.encode()).stdout)
    assert from_stdin.article.id == from_file.article.id
    assert [q.text for q in from_stdin.quotes] == [q.text for q in from_file.quotes]


def test_analyze_bad_inputs_fail_alone_with_codes(corpus: Path):
    names = ["good.txt", "empty.txt", "binary.txt", "latin1.txt", "noquotes.txt", "odd.txt"]
    res = run("analyze", *[str(corpus / n) for n in names], "--jsonl")
    err = res.stderr.decode()
    assert "Traceback" not in err
    assert res.returncode == 1  # some failed, not all
    lines = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert len(lines) == len(names)  # every input accounted for, in order
    errors = {Path(x["error"]["origin"]).name: x["error"]["code"] for x in lines if "error" in x}
    assert errors == {"empty.txt": "DW101", "binary.txt": "DW102"}
    records = [Record.model_validate(x) for x in lines if "error" not in x]
    latin = next(r for r in records if r.article.origin.endswith("latin1.txt"))
    assert "cooperación" in latin.article.text
    assert "[DW101]" in err and "[DW102]" in err


def test_analyze_all_failed_exit_code(corpus: Path):
    res = run("analyze", str(corpus / "empty.txt"))
    assert res.returncode == 126
    assert "DW101" in res.stderr.decode() and "Traceback" not in res.stderr.decode()


def test_analyze_missing_file_and_oversize(corpus: Path):
    res = run("analyze", str(corpus / "nope.txt"))
    assert res.returncode == 126 and "DW105" in res.stderr.decode()
    res = run("analyze", str(corpus / "good.txt"), "--max-bytes", "100")
    assert res.returncode == 126 and "DW104" in res.stderr.decode()


def test_analyze_unknown_model_is_a_clear_error(corpus: Path):
    res = run("analyze", str(corpus / "good.txt"), "--model", "no_such_model_xyz")
    assert res.returncode == 2
    assert "DW201" in res.stderr.decode() and "Traceback" not in res.stderr.decode()


def test_analyze_report_is_readable(corpus: Path):
    res = run("analyze", str(corpus / "good.txt"))
    out = res.stdout.decode()
    assert res.returncode == 0
    assert "Quotes" in out and "Elena Ortiz" in out and "Sourcing" in out
