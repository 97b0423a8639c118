"""Replay every input a fuzz run ever broke a reader with (``tests/fuzz/crashers/``).

File names are ``<reader>-<sha256 prefix>.bin`` with a ``.txt`` beside each naming the crash. A
crash already reported to the code's owner (``fuzzkit.KNOWN_BUGS``) is an xfail until it is fixed.
"""

from __future__ import annotations

from pathlib import Path

import fuzzkit
import pytest
import test_readers as readers

from dyadwatch.errors import DyadwatchError

FILES = sorted(fuzzkit.CRASHERS.glob("*.bin"))


def replay(reader: str, data: bytes, tmp_path: Path) -> None:
    if reader == "cbp":
        kind, _, body = data.partition(b"\n")
        call, check = (lambda: readers.read_cbp(kind.decode(), body, tmp_path / "s.csv")), readers.check_dataset
    elif reader == "analyze":
        pytest.skip("analyze crashers are replayed by test_analyze's edge cases")
    else:
        _, read, check = readers.READERS[reader]
        call = lambda: read(data)  # noqa: E731
    try:
        result = call()
    except DyadwatchError as exc:
        assert exc.code in fuzzkit.MESSAGES
        return
    check(result)


def _param(path: Path):
    note = path.with_suffix(".txt")
    signature = note.read_text("utf-8").splitlines()[0] if note.exists() else ""
    why = next((w for s, w in fuzzkit.KNOWN_BUGS.items() if signature.startswith(s)), None)
    marks = [pytest.mark.xfail(reason=why, strict=False)] if why else []
    return pytest.param(path, id=path.name, marks=marks)


@pytest.mark.parametrize("path", [_param(p) for p in FILES])
def test_crashers_replay_cleanly(path: Path, tmp_path: Path) -> None:
    reader = path.name.split("-", 1)[0]
    replay(reader, path.read_bytes(), tmp_path)


def test_crashers_directory_is_not_empty_after_a_fuzz_run() -> None:
    assert fuzzkit.CRASHERS.is_dir()
