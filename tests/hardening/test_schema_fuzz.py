"""Schemathesis against the app's own OpenAPI spec, in-process over ASGI: no request may give a 5xx.

Quick mode (``make test``) sends 8 generated requests per operation; DYADWATCH_HARDENING_FULL=1 sends
150. The write operation is exercised with the right token and a stand-in analyser, so generated
bodies reach the parser and the store rather than stopping at 401.
"""

from __future__ import annotations

import os
from collections import Counter

import hardkit
import pytest
from hypothesis import HealthCheck, given, settings
from test_security import TOKEN, make_client

schemathesis = pytest.importorskip("schemathesis")

FULL = os.environ.get("DYADWATCH_HARDENING_FULL", "") not in ("", "0")
EXAMPLES = 150 if FULL else 8
# Found by this test and reported; skipped per-case so the rest still runs (see docs/reliability.md).
KNOWN_5XX: set[str] = set()  # RecursionError and OverflowError 5xx were fixed during the session


def test_schema_fuzz_no_server_errors(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'schema.db'}"
    hardkit.fill(url).close()
    client, _ = make_client(url)
    app = client.app
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    statuses: Counter[str] = Counter()
    server_errors: list[str] = []
    known: list[str] = []
    ops = [r.ok() for r in schema.get_all_operations()]
    assert len(ops) >= 10, f"only {len(ops)} operations in the spec"
    for op in ops:
        check_operation(op, statuses, server_errors, known)
    print(
        f"schemathesis: {len(ops)} operations, {sum(statuses.values())} requests, {dict(statuses)}, "
        f"{len(server_errors)} unexpected 5xx, {len(known)} known-bug 5xx"
    )
    assert not server_errors, "\n".join(server_errors[:10])


def check_operation(op, statuses: Counter[str], server_errors: list[str], known: list[str]) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"} if op.method.upper() == "POST" else {}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=not FULL,
        suppress_health_check=list(HealthCheck),
    )
    @given(op.as_strategy())
    def run(case) -> None:
        _clamp_dates(case)
        try:
            response = case.call(headers=headers)
            status, text = response.status_code, response.text[:300]
        except Exception as exc:  # the in-process client re-raises what the app did not handle
            status, text = 500, f"{type(exc).__name__}: {exc}"[:300]
        statuses[f"{status // 100}xx"] += 1
        if status >= 500:
            entry = f"{op.method.upper()} {op.path} -> {status}: {text}\n  {case.as_curl_command()}"
            (known if any(k in text for k in KNOWN_5XX) else server_errors).append(entry)

    run()


def _clamp_dates(case) -> None:
    """Keep generated dates within 1990-2100: a day-by-day series from year 143 takes minutes to build
    (reported; pinned by test_security_wide_day_range_is_bounded), which would stall this run."""
    query = case.query if isinstance(case.query, dict) else None
    if not query:
        return
    for key in ("start", "end"):
        value = query.get(key)
        if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit() and not 1990 <= int(value[:4]) <= 2100:
            query[key] = "2020-01-01" if key == "start" else "2026-12-31"
