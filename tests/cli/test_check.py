"""``dyadwatch check`` as a user runs it: subprocesses, JSON read back through the model."""

from __future__ import annotations

import subprocess
import sys

import pytest
from dwtest import shared_path

from dyadwatch.model import Record

pytestmark = pytest.mark.slow

EXE = [sys.executable, "-m", "dyadwatch"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EXE, *args], capture_output=True, text=True, timeout=300)


def test_check_seed_json_has_verdicts():
    seed = shared_path("seed", "us-mexico-2025-08-08.txt")
    enc = shared_path("data", "cbp", "sbo-encounters-fy22-fy25-aug.csv")
    drugs = shared_path("data", "cbp", "nationwide-drugs-fy23-fy26-dec.csv")
    res = run("check", str(seed), "--series", f"cbp-encounters={enc}", "--series", f"cbp-drugs={drugs}", "--json")
    assert res.returncode == 0, res.stderr
    record = Record.model_validate_json(res.stdout)
    verdicts = {c.text: c.check.verdict for c in record.claims}
    assert verdicts["83,532"] == "consistent"
    assert verdicts["6,072"] == "consistent_with_revision"
    assert verdicts["50%"] == "depends_on_measure"
    assert all(c.check is not None for c in record.claims)


def test_check_text_output_names_series_and_verdicts():
    seed = shared_path("seed", "us-mexico-2025-08-08.txt")
    enc = shared_path("data", "cbp", "sbo-encounters-fy22-fy25-aug.csv")
    res = run("check", str(seed), "--series", f"cbp-encounters={enc}")
    assert res.returncode == 0, res.stderr
    assert "consistent_with_revision" in res.stdout and "[cbp-encounters:usbp]" in res.stdout
    assert "6,068" in res.stdout


def test_check_bad_series_file_is_a_coded_error_without_verdicts(tmp_path):
    seed = shared_path("seed", "us-mexico-2025-08-08.txt")
    bad = tmp_path / "enc.csv"
    bad.write_text("Fiscal Year,Month (abbv)\n2024,JUN\n", encoding="utf-8")
    res = run("check", str(seed), "--series", f"cbp-encounters={bad}")
    assert res.returncode == 2
    assert "DW402" in res.stderr and "enc.csv" in res.stderr and "Traceback" not in res.stderr
    assert "consistent" not in res.stdout


def test_check_bad_series_spec_and_kind():
    seed = shared_path("seed", "us-mexico-2025-08-08.txt")
    assert "DW405" in run("check", str(seed), "--series", "nonsense").stderr
    assert "DW404" in run("check", str(seed), "--series", "gdp=x.csv").stderr
