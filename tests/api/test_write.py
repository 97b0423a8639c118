"""POST /api/articles: token rules, size limits, storing, duplicates; the model is a stand-in."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from dyadwatch.api import create_app
from dyadwatch.model import Article, Event, EventActor, Record, SentenceRef, Span
from dyadwatch.settings import Settings

TOKEN = "s3cret-token-for-tests-0123456789"
TEXT = "date 2025-08-09 By Jane Doe Reuters\nOTTAWA – Canada praised Mexico for its help on Friday."


class FakeAnalyzer:
    """Marks "praised" as a Canada -> Mexico event: enough to see the record stored and served."""

    def __init__(self) -> None:
        self.calls = 0

    def analyze(self, article: Article) -> Record:
        self.calls += 1
        text = article.text
        events = []
        if "praised" in text:
            a, v, t = text.index("Canada"), text.index("praised"), text.index("Mexico")
            events.append(
                Event(
                    id="e1",
                    source=EventActor(text="Canada", code="CAN", country="CAN", start=a, end=a + 6),
                    target=EventActor(text="Mexico", code="MEX", country="MEX", start=t, end=t + 6),
                    action=Span(text="praised", start=v, end=v + 7),
                    cameo="051",
                    quad_class=1,
                    goldstein=3.4,
                    date=article.date,
                    sentence=SentenceRef(start=0, end=len(text)),
                )
            )
        return Record(article=article, events=events)


@pytest.fixture
def app_factory(tmp_path):
    def make(token: str | None = TOKEN, **kw):
        settings = Settings(db=f"sqlite:///{tmp_path / 'w.db'}", max_bytes=kw.pop("max_bytes", 5_000_000))
        fake = FakeAnalyzer()
        app = create_app(settings, token=token, analyzer=fake, **kw)
        return TestClient(app), fake

    return make


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_write_off_without_token(app_factory, monkeypatch):
    monkeypatch.delenv("DYADWATCH_TOKEN", raising=False)
    client, fake = app_factory(token=None)
    r = client.post("/api/articles", json={"text": TEXT}, headers=auth())
    assert r.status_code == 403 and r.json()["error"]["code"] == "DW601"
    assert fake.calls == 0


def test_write_token_from_environment(app_factory, monkeypatch):
    monkeypatch.setenv("DYADWATCH_TOKEN", "from-env-token")
    client, _ = app_factory(token=None)
    assert client.get("/api/health").json()["writes"] is True
    assert client.post("/api/articles", json={"text": TEXT}, headers=auth("from-env-token")).status_code == 201


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer "])
def test_write_rejects_bad_tokens(app_factory, header):
    client, fake = app_factory()
    headers = {"Authorization": header} if header is not None else {}
    r = client.post("/api/articles", json={"text": TEXT}, headers=headers)
    assert r.status_code == 401 and r.json()["error"]["code"] == "DW602"
    assert r.headers["www-authenticate"] == "Bearer"
    assert fake.calls == 0


def test_write_stores_then_reports_duplicate(app_factory):
    client, fake = app_factory()
    r = client.post("/api/articles", json={"text": TEXT, "title": "Canada praises Mexico"}, headers=auth())
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"] is True and body["record"]["article"]["publisher"] == "Reuters"
    assert body["record"]["article"]["date"] == "2025-08-09"
    article_id = body["id"]
    got = client.get(f"/api/articles/{article_id}").json()
    assert got["article"]["title"] == "Canada praises Mexico" and got["events"][0]["cameo"] == "051"
    assert client.get("/api/dyads/CAN/MEX").json()["points"][0]["events"] == 1
    again = client.post("/api/articles", json={"text": TEXT}, headers=auth())
    assert again.status_code == 200 and again.json()["stored"] is False
    assert fake.calls == 1  # the duplicate was not analysed again


def test_write_alias_without_api_prefix(app_factory):
    client, _ = app_factory()
    assert client.post("/articles", json={"text": TEXT}, headers=auth()).status_code == 201
    r = client.post("/articles", json={"text": TEXT}, headers=auth("nope"))
    assert r.status_code == 401 and r.json()["error"]["code"] == "DW602"


def test_write_plain_text_body(app_factory):
    client, _ = app_factory()
    r = client.post("/api/articles", content=TEXT.encode(), headers={**auth(), "Content-Type": "text/plain"})
    assert r.status_code == 201 and r.json()["record"]["article"]["author"] == "Jane Doe"


@pytest.mark.parametrize(
    "body, code",
    [
        (b"{not json", "DW604"),
        (json.dumps({"text": ""}).encode(), "DW604"),
        (json.dumps({"text": "x", "surprise": 1}).encode(), "DW604"),
        (json.dumps({"text": "x", "date": "someday"}).encode(), "DW604"),
        (b"   ", "DW101"),
        (b"[" * 100_000, "DW604"),  # nested too deeply for the JSON parser
    ],
)
def test_write_invalid_bodies(app_factory, body, code):
    client, fake = app_factory()
    r = client.post("/api/articles", content=body, headers={**auth(), "Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]["code"] == code
    assert fake.calls == 0


def test_write_size_limits(app_factory):
    client, fake = app_factory(max_bytes=1000, max_body=8000)
    big = {"text": "word " * 1000}
    r = client.post("/api/articles", json=big, headers=auth())  # under the body limit, over max_bytes
    assert r.status_code == 413 and r.json()["error"]["code"] == "DW104"
    huge = json.dumps({"text": "word " * 2000}).encode()
    r = client.post("/api/articles", content=huge, headers={**auth(), "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "DW603"

    def chunks():  # no Content-Length: counted while streaming
        for _ in range(10):
            yield b"x" * 1000

    r = client.post("/api/articles", content=chunks(), headers={**auth(), "Content-Type": "text/plain"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "DW603"
    assert fake.calls == 0


@pytest.mark.slow
def test_write_with_real_pipeline(tmp_path, analyzer):
    """The real Analyzer end to end (model loaded once by the session fixture)."""
    app = create_app(Settings(db=f"sqlite:///{tmp_path / 'real.db'}"), token=TOKEN, analyzer=analyzer)
    with TestClient(app) as client:
        r = client.post("/api/articles", json={"text": TEXT}, headers=auth())
        assert r.status_code == 201, r.text
        record = r.json()["record"]
        assert record["article"]["text"].startswith("OTTAWA")
        assert client.get(f"/api/articles/{r.json()['id']}").status_code == 200
