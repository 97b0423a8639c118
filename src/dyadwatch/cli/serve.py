"""``dyadwatch serve``: the JSON API and the dashboard on one local port.

Binds to 127.0.0.1 by default; writes (``POST /api/articles``) stay off unless a token is set.
"""

from __future__ import annotations

import os

import typer
from rich.console import Console

from dyadwatch.cli.common import build_settings, fail
from dyadwatch.errors import DyadwatchError


def serve(
    db: str | None = typer.Option(None, "--db", help="SQLAlchemy URL of the store (default: DYADWATCH_DB)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token_env: str = typer.Option(
        "DYADWATCH_TOKEN",
        "--token-env",
        help="Environment variable holding the bearer token that enables POST /api/articles. "
        "(Read from the environment, never the command line: it stays out of `ps` and shell history.)",
    ),
    cors: list[str] | None = typer.Option(None, "--cors-origin", help="Allow this origin cross-site (repeatable)."),
    model: str | None = typer.Option(None, help="spaCy pipeline for POST /api/articles (loaded on first use)."),
) -> None:
    """Serve the dashboard (/) and the JSON API (/api, docs at /docs) over a stored corpus.

    Example: DYADWATCH_TOKEN=$(openssl rand -hex 24) dyadwatch serve --db sqlite:///news.db --port 8000
    """
    import uvicorn

    from dyadwatch.api import create_app

    try:
        settings = build_settings(model=model, db=db)
        token = os.environ.get(token_env) or None
        app = create_app(settings, token=token, cors_origins=cors or ())
    except DyadwatchError as exc:
        raise fail(exc) from None
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    err.print(
        f"dyadwatch: dashboard http://{host}:{port}/  API http://{host}:{port}/api  docs http://{host}:{port}/docs"
    )
    err.print(
        "writes: " + ("on (bearer token set)" if token else f"off (set {token_env} to enable POST /api/articles)")
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning[/]: listening on {host}; anyone who can reach it can read the corpus.")
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)


def register(app: typer.Typer) -> None:
    app.command(rich_help_panel="Serve")(serve)
