"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against a real server.

Starts uvicorn on a free loopback port over a store of hand-made records, checks that the
charts are drawn with data under the page's CSP, follows a chart point to its events and an
event to its article, and checks the highlights there. Screenshots go to artifacts/ (ignored).
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from dwtest import CHROMIUM, CHROMIUM_ARGS

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs Chromium at {CHROMIUM}: apt-get install -y chromium"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(db_url):
    import uvicorn

    from dyadwatch.api import create_app

    port = free_port()
    config = uvicorn.Config(create_app(db_url, token=""), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        pg.set_default_timeout(15_000)
        problems: list[str] = []
        pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: problems.append(str(e)))
        pg.problems = problems  # type: ignore[attr-defined]
        yield pg
        browser.close()


def test_browser_dashboard_to_article(server, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + "/")
    page.wait_for_selector("#overview-chart.drawn svg .mark-rect path")
    bars = page.locator("#overview-chart .mark-rect path").count()
    assert bars >= 4  # one per (month, quad class) with events
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)

    page.click("text=MEX ↔ USA")
    page.wait_for_selector("#goldstein-chart.drawn svg .mark-symbol path")
    page.wait_for_selector("#quad-chart.drawn svg .mark-rect path")
    points = page.locator("#goldstein-chart .mark-symbol path")
    assert points.count() == 3  # June, July, August
    page.screenshot(path=str(ARTIFACTS / "dyad.png"), full_page=True)

    points.nth(2).click()  # August: the chart point leads to the events behind it
    page.wait_for_url("**/events?**")
    assert "a=MEX" in page.url and "start=2025-08-01" in page.url and "end=2025-08-31" in page.url
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 4

    rows.first.locator("a[href^='/articles/']").click()
    page.wait_for_selector("article.text .q")
    assert page.locator("article.text .q").count() >= 1
    assert page.locator("article.text .ev").count() >= 1
    assert page.locator("aside .fact-link").count() >= 2
    page.locator("aside .fact-link").first.click()
    page.wait_for_selector("article.text .focus")
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert not page.problems, page.problems  # no CSP violation, no script error


def test_browser_network_cell_opens_dyad(server, page):
    page.goto(server + "/network")
    page.wait_for_selector("#network-chart.drawn svg .mark-rect path")
    page.locator("#network-chart .mark-rect path").first.click(force=True)  # its count label sits on top
    page.wait_for_url("**/dyads/**")
    assert "directed=1" in page.url
    page.wait_for_selector("#goldstein-chart.drawn svg")
    assert not page.problems, page.problems
