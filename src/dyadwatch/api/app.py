"""The server: one FastAPI app with the JSON API under ``/api`` and the dashboard at ``/``.

Both faces read through the same ``analysis.Corpus``. Security choices, all on by default:
writes need an operator-set bearer token; request bodies are size-limited before they are
read; CORS is off unless origins are given; every response carries a Content-Security-Policy
that allows only this server's own scripts (the Vega bundles are served from ``/static``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyadwatch import __version__
from dyadwatch.analysis.frames import Corpus
from dyadwatch.errors import DyadwatchError, error
from dyadwatch.settings import Settings

log = logging.getLogger("dyadwatch.api")

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"

STATUS = {
    "DW104": 413,
    "DW504": 404,
    "DW601": 403,
    "DW602": 401,
    "DW603": 413,
    "DW604": 422,
    "DW605": 404,
}

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI's page starts itself with an inline script; only /docs gets that allowance.
DOCS_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def status_for(code: str) -> int:
    if code in STATUS:
        return STATUS[code]
    return {"1": 422, "2": 503, "3": 422, "4": 422, "5": 503}.get(code[2:3], 500)


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api", "/openapi")) or request.method not in ("GET", "HEAD"):
        return True
    accept = request.headers.get("accept", "")
    return "text/html" not in accept and "application/json" in accept


def error_response(request: Request, exc: DyadwatchError, status: int) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if not wants_json(request) and hasattr(request.app.state, "templates"):
        from dyadwatch.web.pages import render_error

        return render_error(request, exc, status)
    return JSONResponse(exc.to_dict(), status_code=status, headers=headers)


class BodyLimit:
    """Refuse bodies over ``limit`` bytes: by Content-Length up front, else while streaming."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    size = int(value)
                except ValueError:
                    size = 0
                if size > self.limit:
                    await self._refuse(send, size)
                    return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge(seen)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracking_send)
        except _TooLarge as exc:
            if not started:
                await self._refuse(send, exc.size)

    async def _refuse(self, send: Send, size: int) -> None:
        import json

        body = json.dumps(error("DW603", size=size, limit=self.limit).to_dict()).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        self.size = size


class SecurityHeaders:
    """CSP and the usual hardening headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = (DOCS_CSP if scope["path"] == "/docs" else CSP).encode()

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(
    settings: Settings | str | None = None,
    token: str | None = None,
    *,
    max_body: int | None = None,
    cors_origins: Sequence[str] = (),
    analyzer: Any = None,
    web: bool = True,
    cache: int = 256,
) -> FastAPI:
    """Build the app over one store.

    ``settings`` is a Settings or a database URL (default: ``Settings.from_env()``). ``token``
    enables ``POST /api/articles`` (default: env ``DYADWATCH_TOKEN``; ``""`` or unset means read-only).
    ``analyzer`` may be given to reuse a loaded pipeline (tests pass a stand-in). ``cache`` is
    the number of analysis answers kept until the corpus changes (0: recompute every request).
    """
    from dyadwatch.store import Store

    if settings is None:
        settings = Settings.from_env()
    elif isinstance(settings, str):
        settings = Settings.from_env(db=settings)
    token = (token if token is not None else os.environ.get("DYADWATCH_TOKEN")) or None

    app = FastAPI(
        title="dyadwatch",
        version=__version__,
        description=(
            "Quotes, sources, CAMEO/PLOVER events and checked claims read from news reports, "
            "and the relationship of any two actors over time. Every fact carries character "
            "offsets into its article's text. Errors always have the shape "
            '`{"error": {"code": "DW6xx", "message": "..."}}`.'
        ),
        docs_url=None,
        redoc_url=None,
    )
    store = Store(settings.db)
    app.state.settings = settings
    app.state.store = store
    app.state.corpus = Corpus(store, cache_size=cache)
    app.state.token = token
    app.state.analyzer = analyzer

    from dyadwatch.api import routes, write

    app.include_router(routes.router)
    app.include_router(write.router)
    app.include_router(write.alias)

    _docs(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    if web:
        from dyadwatch.web import pages

        pages.install(app)

    @app.exception_handler(DyadwatchError)
    async def on_dw(request: Request, exc: DyadwatchError) -> Response:
        return error_response(request, exc, status_for(exc.code))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
        return error_response(
            request, error("DW604", param=".".join(loc) or "request", why=first.get("msg", "invalid")), 422
        )

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            err = error("DW605", what=request.url.path)
        else:
            err = error("DW604", param=request.method, why=str(exc.detail))
        return error_response(request, err, exc.status_code)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        err = error("DW901", where=request.url.path, why=type(exc).__name__)
        return error_response(request, err, 500)

    limit = max_body if max_body is not None else settings.max_bytes + 64 * 1024
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimit, limit=limit)
    app.add_middleware(SecurityHeaders)
    return app


def _docs(app: FastAPI) -> None:
    """Swagger UI at /docs from files served by this server (fastapi-offline ships them), no CDN."""
    try:
        import fastapi_offline
    except ImportError:  # still usable: the OpenAPI JSON at /openapi.json
        return
    assets = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/static/docs", StaticFiles(directory=assets), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="dyadwatch API",
            swagger_js_url="/static/docs/swagger-ui-bundle.js",
            swagger_css_url="/static/docs/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )
