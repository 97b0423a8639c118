"""Dashboard pages through the app: real data on every page, text escaped, scripts only local."""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyadwatch.analysis.synthetic import RecordBuilder
from dyadwatch.api import create_app
from dyadwatch.store import Store

VENDOR = Path(__file__).resolve().parents[2] / "src" / "dyadwatch" / "web" / "static" / "vendor"


@pytest.fixture(scope="module")
def client(db_url):
    with TestClient(create_app(db_url, token="")) as c:
        yield c


class Tags(HTMLParser):
    """Collects script/link/img URLs and the JSON chart specs of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts: list[str] = []
        self.specs: list[dict] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            if a.get("src"):
                self.urls.append(a["src"])
            self._in = a.get("type") or "js"
        elif tag in ("link", "img") and (a.get("href") or a.get("src")):
            self.urls.append(a.get("href") or a.get("src"))

    def handle_data(self, data):
        if self._in == "application/json":
            self.specs.append(json.loads(data))
        elif self._in == "js" and data.strip():
            self.inline_scripts.append(data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = None


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


PAGES = [
    "/",
    "/dyads/USA/MEX",
    "/dyads/USA/MEX?by=week&directed=1&per_article=1",
    "/events?a=USA&b=MEX",
    "/network",
    "/network?level=code",
    "/articles",
    "/sources",
    "/quotes?speaker=sheinbaum",
    "/claims",
    "/claims?verdict=contradicted",
    "/search?q=cartel",
]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_with_local_assets_only(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-eval" not in csp
    tags = parse(r.text)
    assert not tags.inline_scripts
    for url in tags.urls:
        assert url.startswith("/") and not url.startswith("//"), url


def test_pages_overview_shows_counts_chart_and_dyads(client, records):
    r = client.get("/")
    tags = parse(r.text)
    assert len(tags.specs) == 1
    values = [v for d in tags.specs[0]["datasets"].values() for v in d]
    assert sum(v["events"] for v in values) == sum(1 for rec in records for e in rec.events if not e.negated)
    assert all(v["href"].startswith("/events?") for v in values)
    assert 'href="/dyads/MEX/USA"' in r.text
    assert records[-1].article.title in r.text


def test_pages_dyad_charts_link_to_their_events(client):
    tags = parse(client.get("/dyads/USA/MEX?by=month").text)
    assert len(tags.specs) == 2
    hrefs = {v["href"] for spec in tags.specs for d in spec["datasets"].values() for v in d if v.get("href")}
    assert "/events?a=USA&b=MEX&start=2025-08-01&end=2025-08-31" in hrefs
    events = client.get("/events?a=USA&b=MEX&start=2025-08-01&end=2025-08-31")
    assert events.text.count('href="/articles/') >= 5


def test_pages_dyad_without_events_says_so(client):
    r = client.get("/dyads/FRA/DEU")
    assert r.status_code == 200 and "No events between FRA and DEU" in r.text


def test_pages_article_highlights_every_fact(client, records):
    rec = records[1]
    html = client.get(f"/articles/{rec.article.id}").text
    for fact in [*rec.quotes, *rec.events, *rec.claims]:
        assert f'id="fact-{fact.id}"' in html
        assert f'href="#fact-{fact.id}"' in html
    assert html.count('class="q spk-') >= len(rec.quotes)
    assert "data-sent=" in html and 'class="ev quad-' in html
    claim_rec = next(r for r in records if any(c.check and c.check.verdict == "contradicted" for c in r.claims))
    claim_html = client.get(f"/articles/{claim_rec.article.id}").text
    assert 'class="badge v-contradicted"' in claim_html


def test_pages_article_text_is_escaped(tmp_path):
    text = 'LONDON – Officials said <script>alert("x")</script> & “<b>no</b>” was the answer.'
    b = RecordBuilder(text, title="<img src=x onerror=alert(1)>", publisher="Test & Co")
    sid = b.source("Officials", kind="group")
    b.quote('<script>alert("x")</script>', "Officials", "said", sid, kind="indirect")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Store(url).add(b.build())
    with TestClient(create_app(url, token="")) as c:
        html = c.get(f"/articles/{b.article.id}").text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>no</b>" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
        assert "Test &amp; Co" in html
        listing = c.get("/articles").text
        assert "<img src=x" not in listing and "&lt;img src=x onerror=alert(1)&gt;" in listing


def test_pages_article_link_only_for_http_urls(tmp_path):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    store = Store(url)
    for i, link in enumerate(
        ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", "https://ok.example/a"]
    ):
        store.add(RecordBuilder(f"Article {i} text.", title=f"t{i}", url=link).build())
    with TestClient(create_app(url, token="")) as c:
        for row in c.get("/api/articles").json()["items"]:
            html = c.get(f"/articles/{row['id']}").text
            hrefs = re.findall(r'href="([^"]*)"', html)
            assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))]
            assert ('href="https://ok.example/a"' in html) == (row["url"] == "https://ok.example/a")


def test_pages_errors_render_as_html(client):
    r = client.get("/articles/does-not-exist")
    assert r.status_code == 404 and "DW504" in r.text and r.headers["content-type"].startswith("text/html")
    r = client.get("/dyads/USA/MEX?by=fortnight")
    assert r.status_code == 422 and "DW604" in r.text


def test_pages_dyad_form_redirects(client):
    r = client.get("/dyad?a=usa&b=mex", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dyads/USA/MEX"


def test_pages_vendor_bundles_match_checksums():
    sums = (VENDOR / "SHA256SUMS").read_text().split("\n")
    checked = 0
    for line in filter(None, sums):
        digest, name = line.split()
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
        checked += 1
    assert checked == 6
    embed = (VENDOR / "vega-embed.min.js").read_text()
    assert "expressionInterpreter" in embed  # the CSP-safe interpreter app.js selects with ast: true
    assert re.search(r"ast:\s*true", (VENDOR.parent / "app.js").read_text())


def test_pages_static_served_with_types(client):
    r = client.get("/static/vendor/vega.min.js")
    assert r.status_code == 200 and "javascript" in r.headers["content-type"]
    assert client.get("/static/style.css").status_code == 200
