"""URLs with --allow-network, against a throw-away HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dyadwatch.errors import DyadwatchError
from dyadwatch.model import Article, Failure
from dyadwatch.read.fetch import fetch
from dyadwatch.read.inputs import ReadOptions, read_inputs

PAGE = (
    b"<html><head><title>Talks</title></head><body><article><p>WASHINGTON - Leaders of Mexico and the "
    b"United States met on Monday to talk about trade, migration and security along the border.</p>"
    b"</article></body></html>"
)
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
    b"<item><title>Talks</title><link>{base}/page</link><description>teaser</description></item>"
    b"</channel></rss>"
)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}".encode()
        routes = {
            "/page": (200, "text/html", PAGE),
            "/feed": (200, "application/rss+xml", FEED.replace(b"{base}", base)),
            "/big": (200, "text/plain", b"x" * 5000),
        }
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"nope"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_fetch_html_and_feed_links_with_network(base):
    opts = ReadOptions(allow_network=True, timeout=5, allow_private=True)
    (art,) = read_inputs([f"{base}/page"], opts)
    assert isinstance(art, Article) and art.text.startswith("WASHINGTON") and art.url == f"{base}/page"
    (entry,) = read_inputs([f"{base}/feed"], opts)  # the link is fetched, not the teaser
    assert isinstance(entry, Article) and "trade, migration" in entry.text and entry.publisher == "Desk"


def test_fetch_errors_are_coded(base):
    opts = ReadOptions(allow_network=True, timeout=5, max_bytes=1000, allow_private=True)
    codes = [i.code for i in read_inputs([f"{base}/missing", f"{base}/big"], opts) if isinstance(i, Failure)]
    assert codes == ["DW703", "DW104"]
    with pytest.raises(DyadwatchError) as exc:
        fetch(f"{base}/page", allow_network=False, max_bytes=1000)
    assert exc.value.code == "DW701"
