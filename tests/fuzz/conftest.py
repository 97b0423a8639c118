"""``--fuzz`` switches the property tests from ~50 examples per reader to >= 10,000 and prints counts.

``pytest tests/fuzz --fuzz`` (or env ``DYADWATCH_FUZZ=1``) is the long run (``make fuzz``); plain
``pytest`` runs the quick, derandomised version as part of ``make test``. Crash inputs found in a
fuzz run are written to ``tests/fuzz/crashers/`` for ``test_crashers.py`` to replay.
"""

from __future__ import annotations

import fuzzkit
import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    try:
        parser.addoption(
            "--fuzz",
            action="store_true",
            default=False,
            help="dyadwatch: run the property/fuzz tests with >= 10,000 examples per reader",
        )
    except ValueError:  # already added
        pass


def pytest_configure(config: pytest.Config) -> None:
    try:
        if config.getoption("--fuzz"):
            fuzzkit.MODE["fuzz"] = True
    except ValueError:
        pass


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    tally = fuzzkit.TALLY
    if not tally.examples:
        return
    mode = "fuzz" if fuzzkit.MODE["fuzz"] else "quick"
    tr = terminalreporter
    tr.section(f"dyadwatch fuzz counts ({mode} mode)")
    tr.write_line(f"{'target':<12} {'inputs':>8} {'coded errors':>13} {'crash kinds':>12} {'seconds':>8}")
    for reader in sorted(tally.examples):
        tr.write_line(
            f"{reader:<12} {tally.examples[reader]:>8} {tally.coded[reader]:>13} "
            f"{len(tally.crashes_of(reader)):>12} {tally.seconds[reader]:>8.1f}"
        )
    if fuzzkit.MODE["fuzz"] and tally.crashes:
        for path in fuzzkit.save_crashers():
            tr.write_line(f"crasher kept: {path.relative_to(fuzzkit.CRASHERS.parents[2])}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A fuzz run of 10,000 HTML pages takes longer than the suite's 600 s per-test time-out."""
    if not fuzzkit.MODE["fuzz"]:
        return
    for item in items:
        if "tests/fuzz" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.timeout(0))
