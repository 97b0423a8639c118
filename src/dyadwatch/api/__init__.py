"""The JSON API and the dashboard server: ``create_app(db, token=None)`` (see docs/api.md)."""

from __future__ import annotations

from dyadwatch.api.app import create_app

__all__ = ["create_app"]
