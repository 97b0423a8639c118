"""The relationship over time: dyad series, events, actors, sources and claims as DataFrames.

``dyadwatch.open(db)`` (implemented in ``analysis.frames``) returns a ``Corpus``; the CLI query
commands, the JSON API and the web pages all read through it.
"""

from __future__ import annotations

from dyadwatch.analysis.frames import Corpus, open

__all__ = ["Corpus", "open"]
