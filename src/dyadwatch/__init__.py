"""dyadwatch: news reports in, a sourced record of political relationships out.

``dyadwatch.analyze_text(text)`` for one article, ``dyadwatch.open(db)`` for a stored corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from dyadwatch.model import Record


def analyze_text(text: str, **settings: Any) -> Record:
    """Analyse one article given as plain text (an optional ``date YYYY-MM-DD By ...`` header first)."""
    from dyadwatch.pipeline import Analyzer
    from dyadwatch.read.text import parse_plain
    from dyadwatch.settings import Settings

    return Analyzer(Settings(**settings)).analyze(parse_plain(text))
