"""Read endpoints: thin wrappers that turn query parameters into ``Corpus`` calls.

Every handler returns what an ``analysis`` method returns, converted row by row into the
declared row model, so the JSON here is the data the web pages and the CLI show.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import pandas as pd
from fastapi import APIRouter, Depends, Path, Query, Request

from dyadwatch.analysis.frames import MAX_OFFSET, Corpus, to_records
from dyadwatch.analysis.rows import (
    ActorRow,
    ArticleRow,
    ClaimRow,
    CorpusCounts,
    DyadPoint,
    DyadRow,
    EdgeRow,
    EventRow,
    QuoteRow,
    SearchHit,
    SourcingRow,
    SpeakerRow,
    TopEventRow,
)
from dyadwatch.api.schemas import DyadSeries, ErrorResponse, Health, Page
from dyadwatch.model import Record

router = APIRouter(prefix="/api", responses={422: {"model": ErrorResponse}, 500: {"model": ErrorResponse}})

# FieldInfo objects must not be shared between parameters: each use calls a factory.


def Start() -> Any:
    return Query(None, description="First day (ISO date), inclusive.")


def End() -> Any:
    return Query(None, description="Last day (ISO date), inclusive.")


def Limit() -> Any:
    return Query(50, ge=1, le=1000, description="Rows per page (1-1000).")


def Offset() -> Any:
    return Query(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")


def Level() -> Any:
    return Query("country", description="Actors by country (ISO alpha-3) or by full CAMEO code.")


def ActorCode() -> Any:
    return Path(
        min_length=2,
        max_length=32,
        pattern=r"^[A-Za-z0-9]+$",
        description="Country (ISO alpha-3, e.g. USA) or CAMEO code prefix (e.g. MEXGOV).",
    )


def corpus(request: Request) -> Corpus:
    return request.app.state.corpus


def page(frame: pd.DataFrame) -> dict[str, Any]:
    return {
        "items": to_records(frame),
        "total": frame.attrs.get("total", len(frame)),
        "limit": frame.attrs.get("limit", len(frame)),
        "offset": frame.attrs.get("offset", 0),
    }


@router.get("/health", response_model=Health, tags=["corpus"])
def health(request: Request, c: Corpus = Depends(corpus)) -> dict[str, Any]:
    """Liveness, corpus size and whether writes are on."""
    return {"status": "ok", "articles": c.counts().articles, "writes": bool(request.app.state.token)}


@router.get("/stats", response_model=CorpusCounts, tags=["corpus"])
def stats(c: Corpus = Depends(corpus)) -> CorpusCounts:
    """How many articles, events, quotes, sources, claims and actors are stored, and their date range."""
    return c.counts()


@router.get("/articles", response_model=Page[ArticleRow], tags=["articles"])
def articles(
    q: str | None = Query(None, max_length=200, description="Words in the title or text (any case)."),
    publisher: str | None = Query(None, max_length=200),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    limit: int = Limit(),
    offset: int = Offset(),
    c: Corpus = Depends(corpus),
) -> dict[str, Any]:
    """Stored articles, newest first, with their numbers of quotes, events and claims."""
    return page(c.articles_frame(q=q, publisher=publisher, start=start, end=end, limit=limit, offset=offset))


@router.get(
    "/articles/{article_id}",
    response_model=Record,
    tags=["articles"],
    responses={404: {"model": ErrorResponse}},
)
def article(article_id: str = Path(max_length=64), c: Corpus = Depends(corpus)) -> Record:
    """The full record of one article: text, sources, quotes, events, claims and actors, all with offsets."""
    return c.record(article_id)


@router.get("/events", response_model=Page[EventRow], tags=["events"])
def events(
    a: str | None = Query(None, max_length=32, description="Country or CAMEO code prefix."),
    b: str | None = Query(None, max_length=32, description="The other side (with a)."),
    directed: bool = Query(False, description="Only a acting on b."),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    quad_class: int | None = Query(None, ge=1, le=4),
    cameo: str | None = Query(None, max_length=8, description="CAMEO event code prefix, e.g. 19."),
    article_id: str | None = Query(None, max_length=64),
    include_negated: bool = Query(False, description='Also return negated events ("did not attack").'),
    limit: int = Limit(),
    offset: int = Offset(),
    c: Corpus = Depends(corpus),
) -> dict[str, Any]:
    """Coded events with the sentence each was read from; the events behind any series point."""
    return page(
        c.events(
            a,
            b,
            directed,
            start,
            end,
            include_negated,
            quad_class,
            cameo,
            article_id,
            limit=limit,
            offset=offset,
        )
    )


@router.get("/events/top", response_model=list[TopEventRow], tags=["events"])
def top_events(
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    limit: int = Query(10, ge=1, le=200),
    c: Corpus = Depends(corpus),
) -> list[dict[str, Any]]:
    """The most frequent event types (CAMEO codes) of a period."""
    return to_records(c.top_events(start, end, limit))


@router.get("/dyads", response_model=list[DyadRow], tags=["dyads"])
def dyads(
    level: Literal["country", "code"] = Level(),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    limit: int = Query(10, ge=1, le=200),
    c: Corpus = Depends(corpus),
) -> list[dict[str, Any]]:
    """The most active pairs (undirected), by number of events."""
    return to_records(c.top_dyads(start, end, level, limit))


@router.get("/dyads/{a}/{b}", response_model=DyadSeries, tags=["dyads"])
def dyad(
    a: str = ActorCode(),
    b: str = ActorCode(),
    by: Literal["day", "week", "month"] = Query("month"),
    directed: bool = Query(False, description="Only a acting on b."),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    include_negated: bool = Query(False),
    c: Corpus = Depends(corpus),
) -> dict[str, Any]:
    """The dyad over time: events by quad class, Goldstein sum and mean, per-article rates."""
    frame = c.dyad(a, b, by, directed, start, end, include_negated)
    return {"a": a.upper(), "b": b.upper(), "by": by, "directed": directed, "points": to_records(frame)}


@router.get("/series", response_model=list[DyadPoint], tags=["dyads"])
def series(
    a: str | None = Query(None, max_length=32, description="One actor (as source or target); none for all."),
    by: Literal["day", "week", "month"] = Query("month"),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    include_negated: bool = Query(False),
    c: Corpus = Depends(corpus),
) -> list[dict[str, Any]]:
    """Events over time for one actor, or for the whole corpus: the same points as a dyad series."""
    return to_records(c.series(a, None, by, False, start, end, include_negated))


@router.get("/actors", response_model=list[ActorRow], tags=["actors"])
def actors(
    level: Literal["country", "code"] = Query("code"),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    limit: int = Query(20, ge=1, le=500),
    c: Corpus = Depends(corpus),
) -> list[dict[str, Any]]:
    """Actors ranked by the events they take part in, as source and as target."""
    return to_records(c.top_actors(start, end, level, limit))


@router.get("/network", response_model=list[EdgeRow], tags=["actors"])
def network(
    level: Literal["country", "code"] = Level(),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    min_events: int = Query(1, ge=1, le=MAX_OFFSET),
    include_self: bool = Query(False, description="Keep events within one actor (USA -> USA)."),
    limit: int = Query(200, ge=1, le=5000),
    c: Corpus = Depends(corpus),
) -> list[dict[str, Any]]:
    """The directed actor network: (source, target) pairs with counts and mean Goldstein."""
    return to_records(c.network(start, end, level, min_events, include_self, limit))


@router.get("/quotes", response_model=Page[QuoteRow], tags=["quotes and sources"])
def quotes(
    speaker: str | None = Query(None, max_length=200, description="Part of the speaker's name (any case)."),
    q: str | None = Query(None, max_length=200, description="Words in the quote."),
    kind: Literal["direct", "indirect", "mixed"] | None = Query(None),
    article_id: str | None = Query(None, max_length=64),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    limit: int = Limit(),
    offset: int = Offset(),
    c: Corpus = Depends(corpus),
) -> dict[str, Any]:
    """Quotes with their speakers and articles."""
    return page(c.quotes(speaker, q, kind, article_id, start, end, limit, offset))


@router.get("/speakers", response_model=Page[SpeakerRow], tags=["quotes and sources"])
def speakers(
    kind: Literal["person", "anonymous", "group", "organization", "document", "any"] = Query("person"),
    publisher: str | None = Query(None, max_length=200),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    limit: int = Query(20, ge=1, le=1000),
    offset: int = Offset(),
    c: Corpus = Depends(corpus),
) -> dict[str, Any]:
    """The most-quoted speakers (people by default)."""
    return page(c.speakers(None if kind == "any" else kind, start, end, publisher, limit, offset))


@router.get("/sources", response_model=list[SourcingRow], tags=["quotes and sources"])
def sources(
    by: Literal["outlet", "day", "week", "month"] = Query("outlet"),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    c: Corpus = Depends(corpus),
) -> list[dict[str, Any]]:
    """Share of anonymous sources, and of quotes from them, by outlet or over time."""
    return to_records(c.sourcing(by, start, end))


@router.get("/claims", response_model=Page[ClaimRow], tags=["claims"])
def claims(
    verdict: Literal["consistent", "consistent_with_revision", "contradicted", "depends_on_measure", "cannot_check"]
    | None = Query(None),
    checked: bool | None = Query(None, description="Only checked (true) or unchecked (false) claims."),
    measure: str | None = Query(None, max_length=200),
    article_id: str | None = Query(None, max_length=64),
    start: dt.date | None = Start(),
    end: dt.date | None = End(),
    limit: int = Limit(),
    offset: int = Offset(),
    c: Corpus = Depends(corpus),
) -> dict[str, Any]:
    """Quantitative claims with the verdict of their check against official series."""
    return page(c.claims(verdict, checked, measure, article_id, start, end, limit, offset))


@router.get("/search", response_model=Page[SearchHit], tags=["articles"])
def search(
    q: str = Query(..., min_length=2, max_length=200, description="Text to find in articles and quotes."),
    limit: int = Query(20, ge=1, le=200),
    offset: int = Offset(),
    c: Corpus = Depends(corpus),
) -> dict[str, Any]:
    """Articles (title or text) and quotes (text or speaker) containing the words, any case."""
    return page(c.search(q, limit, offset))
