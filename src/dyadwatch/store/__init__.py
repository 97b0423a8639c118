"""The database: ``Store(url)`` maps ``model.Record`` to tables and back (see docs/store.md)."""

from __future__ import annotations

from dyadwatch.store.db import Store

__all__ = ["Store"]
