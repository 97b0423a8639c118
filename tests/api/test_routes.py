"""Read endpoints through the app: filters, paging, one error shape, same numbers as the analysis."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import dyadwatch.analysis as analysis
from dyadwatch.analysis.frames import to_records
from dyadwatch.api import create_app


@pytest.fixture(scope="module")
def client(db_url):
    with TestClient(create_app(db_url, token="")) as c:
        yield c


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"].startswith(f"[{code}]")


def test_routes_health_and_stats(client, records):
    assert client.get("/api/health").json() == {"status": "ok", "articles": len(records), "writes": False}
    stats = client.get("/api/stats").json()
    assert stats["articles"] == len(records) and stats["events"] == sum(len(r.events) for r in records)
    assert stats["first_date"] == min(r.article.date for r in records).isoformat()


def test_routes_dyad_series_equals_analysis(client, db_url):
    body = client.get("/api/dyads/usa/mex", params={"by": "week", "directed": "true"}).json()
    assert (body["a"], body["b"], body["by"], body["directed"]) == ("USA", "MEX", "week", True)
    expected = to_records(analysis.open(db_url).dyad("USA", "MEX", by="week", directed=True))
    assert len(body["points"]) == len(expected)
    for got, want in zip(body["points"], expected, strict=True):
        assert got["period"] == want["period"].isoformat()
        assert got["events"] == want["events"] and got["goldstein_sum"] == pytest.approx(want["goldstein_sum"])


def test_routes_events_paging_and_filters(client):
    first = client.get("/api/events", params={"a": "USA", "b": "MEX", "limit": 3}).json()
    assert first["total"] == 9 and len(first["items"]) == 3 and first["limit"] == 3
    rest = client.get("/api/events", params={"a": "USA", "b": "MEX", "limit": 50, "offset": 3}).json()
    assert len(rest["items"]) == 6
    seen = {(e["article_id"], e["id"]) for e in first["items"] + rest["items"]}
    assert len(seen) == 9
    window = client.get("/api/events", params={"start": "2025-08-01", "end": "2025-08-31"}).json()
    assert window["total"] and all(e["date"].startswith("2025-08") for e in window["items"])
    assert all(e["sentence"] for e in window["items"])


@pytest.mark.parametrize(
    "path, key",
    [
        ("/api/actors?level=country", "actor"),
        ("/api/network", "source"),
        ("/api/dyads", "a"),
        ("/api/events/top", "cameo"),
        ("/api/sources?by=outlet", "group"),
        ("/api/sources?by=month", "group"),
    ],
)
def test_routes_lists(client, path, key):
    rows = client.get(path).json()
    assert isinstance(rows, list) and rows and key in rows[0]


def test_routes_quotes_speakers_claims_search(client):
    quotes = client.get("/api/quotes", params={"speaker": "sheinbaum"}).json()
    assert quotes["total"] == 2 and {q["speaker_name"] for q in quotes["items"]} == {"Claudia Sheinbaum"}
    people = client.get("/api/speakers").json()["items"]
    assert people[0] == {**people[0], "speaker": "Claudia Sheinbaum", "quotes": 2}
    anon = client.get("/api/speakers", params={"kind": "anonymous"}).json()["items"]
    assert anon and {p["kind"] for p in anon} == {"anonymous"}
    claims = client.get("/api/claims", params={"verdict": "contradicted"}).json()
    assert claims["total"] == 1 and claims["items"][0]["observed"] == 4601
    hits = client.get("/api/search", params={"q": "invasion"}).json()
    assert {h["kind"] for h in hits["items"]} == {"article", "quote"}


def test_routes_article_record_round_trip(client, records):
    rec = records[1]
    body = client.get(f"/api/articles/{rec.article.id}").json()
    assert body["article"]["text"] == rec.article.text
    assert [q["id"] for q in body["quotes"]] == [q.id for q in rec.quotes]
    listing = client.get("/api/articles", params={"publisher": "Reuters"}).json()
    assert listing["total"] == 2 and all(a["publisher"] == "Reuters" for a in listing["items"])


def test_routes_errors_have_one_shape(client):
    assert_error(client.get("/api/articles/nope"), 404, "DW504")
    assert_error(client.get("/api/dyads/USA/MEX", params={"by": "year"}), 422, "DW604")
    assert_error(client.get("/api/events", params={"limit": 0}), 422, "DW604")
    assert_error(client.get("/api/events", params={"offset": 2**70}), 422, "DW604")
    assert_error(client.get("/api/network", params={"min_events": 2**70}), 422, "DW604")
    assert_error(client.get("/api/events", params={"start": "yesterday"}), 422, "DW604")
    assert_error(client.get("/api/search", params={"q": "x"}), 422, "DW604")
    assert_error(client.get("/api/dyads/US$/MEX"), 422, "DW604")
    assert_error(client.get("/api/events", params={"a": "USA' OR '1'='1"}), 422, "DW604")
    assert_error(client.get("/api/no/such/thing"), 404, "DW605")
    assert_error(client.delete("/api/articles/x"), 405, "DW604")


def test_routes_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/events",
        "/api/quotes",
        "/api/sources",
        "/api/claims",
        "/api/actors",
        "/api/dyads/{a}/{b}",
        "/api/network",
        "/api/search",
    ):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/articles"]
    pytest.importorskip("fastapi_offline", reason="Swagger UI assets come from fastapi-offline")
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/docs/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/static/docs/swagger-ui-bundle.js").status_code == 200


def test_routes_security_headers_and_no_cors(client):
    r = client.get("/api/stats", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_routes_cors_when_asked(db_url):
    with TestClient(create_app(db_url, cors_origins=["https://ok.example"])) as c:
        r = c.get("/api/stats", headers={"Origin": "https://ok.example"})
        assert r.headers["access-control-allow-origin"] == "https://ok.example"
        r = c.get("/api/stats", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers


def test_routes_series_for_one_actor_and_all(client, records):
    everything = client.get("/api/series", params={"by": "month"}).json()
    assert sum(p["events"] for p in everything) == sum(1 for r in records for e in r.events if not e.negated)
    canada = client.get("/api/series", params={"a": "CAN"}).json()
    assert sum(p["events"] for p in canada) == sum(
        1 for r in records for e in r.events if not e.negated and "CAN" in (e.source.country, e.target.country)
    )
