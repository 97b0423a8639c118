"""``POST /api/articles``: analyse one article and store it, behind a bearer token.

Writes are off unless the operator gives a token (``DYADWATCH_TOKEN`` or ``--token``): a
dashboard exposed by mistake must not become a way to fill someone's database or load the CPU.
The model is loaded on the first write only, once, so a read-only server starts in a second.
"""

from __future__ import annotations

import hmac
import json
import threading
from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import ValidationError

from dyadwatch.api.schemas import ArticleIn, ErrorResponse, Stored
from dyadwatch.errors import error
from dyadwatch.model import Article

router = APIRouter(prefix="/api", tags=["articles"])
_lock = threading.Lock()
_analyze_lock = threading.Lock()


def check_token(request: Request) -> None:
    """403 DW601 when writes are off; 401 DW602 on a missing or wrong token (constant-time compare)."""
    expected: str | None = request.app.state.token
    if not expected:
        raise error("DW601")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise error("DW602")


def analyzer(request: Request) -> Any:
    """The app's Analyzer, built on first use under a lock so concurrent first writes load it once."""
    state = request.app.state
    if state.analyzer is None:
        with _lock:
            if state.analyzer is None:
                from dyadwatch.pipeline import Analyzer

                state.analyzer = Analyzer(state.settings)
    return state.analyzer


def _analyze(nlp: Any, article: Article) -> Any:
    # one article at a time through the shared pipeline: spaCy pipelines are not thread-safe
    with _analyze_lock:
        return nlp.analyze(article)


def parse_article(raw: bytes, content_type: str, max_bytes: int) -> Article:
    from dyadwatch.read.text import parse_plain

    if not raw.strip():
        raise error("DW101", where="request body")
    if content_type.startswith("text/plain"):
        text = raw.decode("utf-8", errors="strict") if _utf8(raw) else None
        if text is None:
            raise error("DW103", where="request body")
        body = ArticleIn(text=text)
    else:
        try:
            body = ArticleIn.model_validate(json.loads(raw))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise error("DW604", param="body", why=f"not valid JSON ({exc})") from None
        except RecursionError:
            raise error("DW604", param="body", why="JSON nested too deeply") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "body"
            raise error("DW604", param=where, why=first.get("msg", "invalid")) from None
    size = len(body.text.encode("utf-8"))
    if size > max_bytes:
        raise error("DW104", where="request body", size=size, limit=max_bytes)
    return parse_plain(
        body.text,
        origin="api",
        title=body.title,
        date=body.date,
        author=body.author,
        publisher=body.publisher,
        url=body.url,
    )


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@router.post(
    "/articles",
    response_model=Stored,
    status_code=201,
    responses={
        200: {"model": Stored, "description": "Already stored: the stored record, nothing written."},
        401: {"model": ErrorResponse, "description": "Missing or wrong bearer token (DW602)."},
        403: {"model": ErrorResponse, "description": "Writes are off: no token configured (DW601)."},
        413: {"model": ErrorResponse, "description": "Body over the size limit (DW603)."},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": ArticleIn.model_json_schema()},
                "text/plain": {
                    "schema": {"type": "string"},
                    "example": "date 2025-08-08 By Jane Doe Reuters\nMEXICO CITY – ...",
                },
            },
        }
    },
)
async def post_article(request: Request, response: Response) -> dict[str, Any]:
    """Analyse an article (JSON ``ArticleIn`` or plain text) and store its record.

    Needs ``Authorization: Bearer TOKEN``. Returns 201 with the new record, or 200 with the
    stored one when the same article (same URL, else same text) is already there.
    """
    from starlette.concurrency import run_in_threadpool

    check_token(request)
    state = request.app.state
    raw = await request.body()
    article = parse_article(raw, request.headers.get("content-type", "application/json"), state.settings.max_bytes)
    if article.id in state.store:
        response.status_code = 200
        return {"id": article.id, "stored": False, "record": state.store.get(article.id)}
    nlp = await run_in_threadpool(analyzer, request)
    record = await run_in_threadpool(_analyze, nlp, article)
    stored = await run_in_threadpool(state.store.add, record)
    if not stored:
        response.status_code = 200
    return {"id": record.article.id, "stored": stored, "record": record}


# ``POST /articles`` (the path the issue names) does the same as ``POST /api/articles``.
alias = APIRouter()
alias.add_api_route(
    "/articles", post_article, methods=["POST"], status_code=201, response_model=Stored, include_in_schema=False
)
