"""The dashboard: server-rendered pages over the same ``Corpus`` calls the JSON API makes.

Handlers only read query parameters, call ``analysis``, and hand rows (the API's row models)
and Vega-Lite specs to Jinja templates with autoescape on. Charts are drawn in the browser by
the Vega bundles this server serves itself; every table also works without JavaScript.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from dyadwatch import __version__
from dyadwatch.analysis import charts
from dyadwatch.analysis.frames import MAX_OFFSET, QUAD_LABELS, Corpus, to_records
from dyadwatch.errors import DyadwatchError, error
from dyadwatch.web import highlight

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE = 25

router = APIRouter(include_in_schema=False)


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(version=__version__, quad_labels=QUAD_LABELS, qs=qs)
    env.filters["num"] = _num
    env.filters["pct"] = _pct
    env.filters["web_url"] = web_url
    return env


def _num(value: Any, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _pct(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{100 * float(value):.0f}%"


def web_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: a feed may carry javascript: or data: links."""
    if not url:
        return None
    scheme = url.strip().split(":", 1)[0].lower() if ":" in url else ""
    return url.strip() if scheme in ("http", "https") else None


def qs(**params: Any) -> str:
    """A query string from the non-empty parameters (booleans as 1/0)."""
    clean = {}
    for k, v in params.items():
        if v is None or v == "" or v is False:
            continue
        clean[k] = 1 if v is True else (v.isoformat() if isinstance(v, dt.date) else v)
    return urlencode(clean)


def install(app: FastAPI) -> None:
    app.state.templates = Jinja2Templates(env=_env())
    app.include_router(router)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, {"request": request, **context}, status_code=status)


def render_error(request: Request, exc: DyadwatchError, status: int) -> HTMLResponse:
    return render(request, "error.html", status=status, code=exc.code, message=exc.message, status_code=status)


def corpus(request: Request) -> Corpus:
    return request.app.state.corpus


def pager(frame: Any, url: str, params: dict[str, Any]) -> dict[str, Any]:
    total, limit, offset = (
        frame.attrs.get("total", 0),
        frame.attrs.get("limit", PAGE),
        frame.attrs.get("offset", 0),
    )
    return {
        "total": total,
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "prev": f"{url}?{qs(**params, offset=max(0, offset - limit))}" if offset > 0 else None,
        "next": f"{url}?{qs(**params, offset=offset + limit)}" if offset + limit < total else None,
    }


def events_href(a: str | None, b: str | None, directed: bool) -> charts.Href:
    def href(rec: dict[str, Any]) -> str:
        return "/events?" + qs(
            a=a, b=b, directed=directed, start=rec["period"], end=rec["end"], quad_class=rec.get("quad_class")
        )

    return href


# ----------------------------------------------------------------------------- pages


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, by: Literal["day", "week", "month"] = "month") -> HTMLResponse:
    c = corpus(request)
    counts = c.counts()
    series = c.series(by=by)
    chart = charts.spec(charts.quad_bars(series, events_href(None, None, False), title="All coded events"))
    return render(
        request,
        "overview.html",
        nav="overview",
        counts=counts,
        by=by,
        chart=chart if not series.empty else None,
        latest=to_records(c.articles_frame(limit=8)),
        dyads=to_records(c.top_dyads(limit=8)),
        actors=to_records(c.top_actors(level="country", limit=8)),
        top_events=to_records(c.top_events(limit=8)),
    )


@router.get("/dyad")
def dyad_form(a: str = Query(..., max_length=32), b: str = Query(..., max_length=32)) -> RedirectResponse:
    a, b = a.strip().upper(), b.strip().upper()
    if not (a.isalnum() and b.isalnum()):
        raise error("DW604", param="a/b", why="use country codes (USA) or CAMEO codes (MEXGOV)")
    return RedirectResponse(f"/dyads/{a}/{b}", status_code=303)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request,
    a: str,
    b: str,
    by: Literal["day", "week", "month"] = "month",
    directed: bool = False,
    per_article: bool = False,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> HTMLResponse:
    c = corpus(request)
    a, b = a.upper(), b.upper()
    if not (a.isalnum() and b.isalnum() and len(a) <= 32 and len(b) <= 32):
        raise error("DW604", param="a/b", why="use country codes (USA) or CAMEO codes (MEXGOV)")
    frame = c.dyad(a, b, by, directed, start, end)
    href = events_href(a, b, directed)
    gold = quads = None
    if not frame.empty:
        gold = charts.spec(
            charts.goldstein_line(frame, href, per_article=per_article, title="Goldstein score per period")
        )
        quads = charts.spec(
            charts.quad_bars(frame, href, per_article=per_article, title="Events per period by quad class")
        )
    events = c.events(a, b, directed, start, end, limit=10, with_total=False)  # the series has the total
    points = to_records(frame)
    for p in points:
        p["href"] = href(p)
    return render(
        request,
        "dyad.html",
        nav="dyads",
        a=a,
        b=b,
        by=by,
        directed=directed,
        per_article=per_article,
        start=start,
        end=end,
        gold_chart=gold,
        quad_chart=quads,
        points=points,
        totals={
            "events": int(frame["events"].sum()) if not frame.empty else 0,
            "goldstein": float(frame["goldstein_sum"].sum()) if not frame.empty else 0.0,
        },
        events=to_records(events),
        events_total=int(frame["events"].sum()) if not frame.empty else 0,
        events_link="/events?" + qs(a=a, b=b, directed=directed, start=start, end=end),
        name_a=c.name_of(a),
        name_b=c.name_of(b),
    )


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    a: str | None = Query(None, max_length=32),
    b: str | None = Query(None, max_length=32),
    directed: bool = False,
    start: dt.date | None = None,
    end: dt.date | None = None,
    quad_class: int | None = Query(None, ge=1, le=4),
    cameo: str | None = Query(None, max_length=8),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> HTMLResponse:
    c = corpus(request)
    frame = c.events(a, b, directed, start, end, False, quad_class, cameo, limit=PAGE, offset=offset)
    params = {
        "a": a,
        "b": b,
        "directed": directed,
        "start": start,
        "end": end,
        "quad_class": quad_class,
        "cameo": cameo,
    }
    return render(
        request,
        "events.html",
        nav="events",
        rows=to_records(frame),
        params=params,
        page=pager(frame, "/events", params),
    )


@router.get("/network", response_class=HTMLResponse)
def network(
    request: Request,
    level: Literal["country", "code"] = "country",
    start: dt.date | None = None,
    end: dt.date | None = None,
    min_events: int = Query(1, ge=1, le=MAX_OFFSET),
) -> HTMLResponse:
    c = corpus(request)
    edges = c.network(start, end, level, min_events, limit=400)

    def href(rec: dict[str, Any]) -> str:
        return f"/dyads/{rec['source']}/{rec['target']}?" + qs(directed=True)

    chart = charts.spec(charts.network_matrix(edges, href)) if not edges.empty else None
    actors = c.top_actors(start, end, level, limit=30)
    return render(
        request,
        "network.html",
        nav="network",
        chart=chart,
        edges=to_records(edges),
        actors=to_records(actors),
        level=level,
        start=start,
        end=end,
        min_events=min_events,
    )


@router.get("/articles", response_class=HTMLResponse)
def articles(
    request: Request,
    q: str | None = Query(None, max_length=200),
    publisher: str | None = Query(None, max_length=200),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> HTMLResponse:
    c = corpus(request)
    frame = c.articles_frame(q=q, publisher=publisher or None, limit=PAGE, offset=offset)
    params = {"q": q, "publisher": publisher}
    return render(
        request,
        "articles.html",
        nav="articles",
        rows=to_records(frame),
        q=q or "",
        publisher=publisher or "",
        publishers=c.publishers(),
        page=pager(frame, "/articles", params),
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    c = corpus(request)
    if len(article_id) > 64:
        raise error("DW504", id=article_id[:64])
    record = c.record(article_id)
    colours = highlight.speaker_colours(record)
    sources = {s.id: s for s in record.sources}
    checks = {cl.id: cl.check for cl in record.claims}
    return render(
        request,
        "article.html",
        nav="articles",
        record=record,
        a=record.article,
        pieces=highlight.segments(record),
        colours=colours,
        sources=sources,
        checks=checks,
        speaker_key=highlight.speaker_key,
        sentence=lambda s: highlight.sentence_text(record, s.start if s else None, s.end if s else None),
        event_title=highlight.event_title,
    )


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, by: Literal["day", "week", "month"] = "month") -> HTMLResponse:
    c = corpus(request)
    over_time = c.sourcing(by)
    chart = charts.spec(charts.sourcing_lines(over_time)) if not over_time.empty else None
    return render(
        request,
        "sources.html",
        nav="sources",
        by=by,
        outlets=to_records(c.sourcing("outlet")),
        over_time=to_records(over_time),
        chart=chart,
        people=to_records(c.speakers("person", limit=20)),
        anonymous=to_records(c.speakers("anonymous", limit=10)),
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request,
    speaker: str | None = Query(None, max_length=200),
    q: str | None = Query(None, max_length=200),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> HTMLResponse:
    c = corpus(request)
    frame = c.quotes(speaker=speaker or None, q=q or None, limit=PAGE, offset=offset)
    params = {"speaker": speaker, "q": q}
    return render(
        request,
        "quotes.html",
        nav="sources",
        rows=to_records(frame),
        speaker=speaker or "",
        q=q or "",
        page=pager(frame, "/quotes", params),
    )


@router.get("/claims", response_class=HTMLResponse)
def claims(
    request: Request,
    verdict: Literal["consistent", "consistent_with_revision", "contradicted", "depends_on_measure", "cannot_check"]
    | None = None,
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> HTMLResponse:
    c = corpus(request)
    frame = c.claims(verdict=verdict, limit=PAGE, offset=offset)
    return render(
        request,
        "claims.html",
        nav="claims",
        rows=to_records(frame),
        verdict=verdict or "",
        page=pager(frame, "/claims", {"verdict": verdict}),
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request, q: str = Query("", max_length=200), offset: int = Query(0, ge=0, le=MAX_OFFSET)
) -> HTMLResponse:
    c = corpus(request)
    rows: list[dict[str, Any]] = []
    page = None
    if len(q.strip()) >= 2:
        frame = c.search(q, limit=PAGE, offset=offset)
        rows = to_records(frame)
        page = pager(frame, "/search", {"q": q})
    return render(request, "search.html", nav="search", q=q, rows=rows, page=page)


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=301)
