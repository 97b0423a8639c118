"""dyadwatch: news reports in, a sourced record of political relationships out.

``dyadwatch.analyze_text(text)`` for one article, ``dyadwatch.open(db)`` for a stored corpus.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from dyadwatch.analysis.frames import Corpus
    from dyadwatch.model import Record
    from dyadwatch.pipeline import Analyzer
    from dyadwatch.store import Store


@lru_cache(maxsize=2)
def _analyzer(settings_json: str) -> Analyzer:
    """Loading the model takes seconds: keep one Analyzer per settings for repeated calls."""
    from dyadwatch.pipeline import Analyzer
    from dyadwatch.settings import Settings

    return Analyzer(Settings.model_validate_json(settings_json))


def analyze_text(text: str, **settings: Any) -> Record:
    """Analyse one article given as plain text (an optional ``date YYYY-MM-DD By ...`` header first)."""
    from dyadwatch.read.text import parse_plain
    from dyadwatch.settings import Settings

    return _analyzer(Settings(**settings).model_dump_json()).analyze(parse_plain(text))


def open(db: str | Store | None = None, cache_size: int = 256) -> Corpus:
    """A stored corpus whose methods return pandas DataFrames (dyads, actors, quotes, sources, claims)."""
    from dyadwatch.analysis.frames import open as open_corpus

    return open_corpus(db, cache_size=cache_size)
