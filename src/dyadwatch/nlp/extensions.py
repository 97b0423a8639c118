"""The ``Doc`` extensions dyadwatch's spaCy components read and write.

spaCy keeps extension values in ``doc.user_data``, so a Doc carries its article and every
extracted fact through ``nlp.pipe`` without side tables. Components run in this order and may
read what earlier ones set:

    dyadwatch_quotes  -> doc._.dw_quotes, doc._.dw_sources
    dyadwatch_actors  -> doc._.dw_actors, doc._.dw_mentions
    dyadwatch_events  -> doc._.dw_events
    dyadwatch_claims  -> doc._.dw_claims

``doc._.dw_article`` is set before the pipeline runs (see ``dyadwatch.pipeline``): components
use its date to resolve "on Friday" or "the same month in 2024".
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = (
    "dw_article",
    "dw_quotes",
    "dw_sources",
    "dw_actors",
    "dw_mentions",
    "dw_events",
    "dw_claims",
    "dw_settings",
)


def register() -> None:
    """Register every extension once; safe to call again (spaCy raises E090 on a second plain set)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
