"""read/fetch.py against a local HTTP server on 127.0.0.1 only: permission, schemes, SSRF, time-outs, caps."""

from __future__ import annotations

import gzip
import threading
import time

import hardkit
import pytest

from dyadwatch.errors import DyadwatchError
from dyadwatch.read.fetch import fetch

PAGE = (
    b"<html><body><article><p>Mexico and the United States met on Friday, officials said.</p></article></body></html>"
)


def slow_body(seconds: float, step: float = 0.3):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        yield b"x"
        time.sleep(step)


ROUTES = {
    "/page": lambda: (200, {"Content-Type": "text/html"}, PAGE),
    "/big-declared": lambda: (200, {"Content-Length": str(5_000_000)}, b"y" * 5_000_000),
    "/big-chunked": lambda: (200, {}, (b"z" * 65536 for _ in range(80))),
    "/gzip-bomb": lambda: (200, {"Content-Encoding": "gzip"}, BOMB),
    "/stall": lambda: (200, {}, _stall()),
    "/trickle": lambda: (200, {}, slow_body(30.0)),
    "/error": lambda: (500, {}, b"oops"),
    "/to-file": lambda: (302, {"Location": "file:///etc/passwd"}, b""),
    "/loop": lambda: (302, {"Location": "/loop"}, b""),
    "/to-metadata": lambda: (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
}
BOMB = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # ~200 KB on the wire, 200 MB inflated


def _stall():
    time.sleep(30)
    yield b""


@pytest.fixture(scope="module")
def server():
    with hardkit.LocalServer(ROUTES) as srv:
        yield srv


def _code(fn) -> str:
    with pytest.raises(DyadwatchError) as info:
        fn()
    return info.value.code


def test_network_off_by_default(server) -> None:
    assert _code(lambda: fetch(server.url("/page"), allow_network=False, max_bytes=10**6)) == "DW701"


def test_network_settings_default_is_off() -> None:
    from dyadwatch.read.inputs import ReadOptions
    from dyadwatch.settings import Settings

    assert Settings().allow_network is False and ReadOptions().allow_network is False
    assert ReadOptions().allow_private is False


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://127.0.0.1/x",
        "gopher://127.0.0.1:70/",
        "data:text/html,<p>x</p>",
        "javascript:alert(1)",
        "/etc/passwd",
        "",
        "FILE:///etc/passwd",
        "jar:http://x/y!/z",
    ],
)
def test_network_refuses_non_http_schemes(url) -> None:
    assert _code(lambda: fetch(url, allow_network=True, max_bytes=10**6)) == "DW702"


def test_network_reads_a_page_when_allowed(server) -> None:
    got = hardkit.call_fetch(server.url("/page"))
    assert got.content == PAGE


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "0.0.0.0", "127.1"])
def test_network_refuses_private_targets_unless_allowed(server, host) -> None:
    url = server.url("/page").replace("127.0.0.1", host)
    assert _code(lambda: fetch(url, allow_network=True, max_bytes=10**6, timeout=1.0)) == "DW702"


def test_network_private_targets_when_explicitly_allowed(server) -> None:
    got = fetch(server.url("/page"), allow_network=True, max_bytes=10**6, timeout=5.0, allow_private=True)
    assert got.content == PAGE


def test_network_redirect_to_a_private_target_is_refused(server, monkeypatch) -> None:
    import dyadwatch.read.fetch as fetch_mod

    real = fetch_mod.blocked_address
    monkeypatch.setattr(fetch_mod, "blocked_address", lambda a: None if a == "127.0.0.1" else real(a))  # "public"
    assert _code(lambda: fetch(server.url("/to-metadata"), allow_network=True, max_bytes=10**6, timeout=3.0)) == "DW702"


def test_network_size_cap_declared_length(server) -> None:
    assert _code(lambda: hardkit.call_fetch(server.url("/big-declared"), max_bytes=1_000_000)) == "DW104"


def test_network_size_cap_streamed_body(server) -> None:
    assert _code(lambda: hardkit.call_fetch(server.url("/big-chunked"), max_bytes=1_000_000)) == "DW104"


def test_network_gzip_bomb_is_capped_after_decompression(server) -> None:
    import psutil

    proc = psutil.Process()
    before = proc.memory_info().rss
    t0 = time.perf_counter()
    assert _code(lambda: hardkit.call_fetch(server.url("/gzip-bomb"), max_bytes=1_000_000)) == "DW104"
    grew = (proc.memory_info().rss - before) / 1e6
    assert time.perf_counter() - t0 < 10
    assert grew < 400, f"RSS grew {grew:.0f} MB inflating a 200 MB bomb capped at 1 MB"


def test_network_stalled_server_times_out(server) -> None:
    t0 = time.perf_counter()
    assert _code(lambda: hardkit.call_fetch(server.url("/stall"), timeout=1.0)) == "DW703"
    assert time.perf_counter() - t0 < 5


def test_network_trickling_server_is_cut_off_by_a_total_deadline(server) -> None:
    result: list = []
    thread = threading.Thread(
        target=lambda: result.append(_safe(lambda: hardkit.call_fetch(server.url("/trickle"), timeout=1.0))),
        daemon=True,
    )
    thread.start()
    thread.join(timeout=6)
    assert not thread.is_alive(), "fetch with timeout=1.0 was still reading after 6 s"


def _safe(fn):
    try:
        return fn()
    except DyadwatchError as exc:
        return exc


@pytest.mark.parametrize("path", ["/error", "/to-file", "/loop"])
def test_network_bad_responses_are_dw703(server, path) -> None:
    assert _code(lambda: hardkit.call_fetch(server.url(path), timeout=2.0)) == "DW703"


def test_network_unreachable_port_is_dw703() -> None:
    port = hardkit.free_port()
    assert _code(lambda: hardkit.call_fetch(f"http://127.0.0.1:{port}/", timeout=2.0)) == "DW703"
