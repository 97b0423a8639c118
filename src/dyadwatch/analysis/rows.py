"""One declared row shape per analysis table.

Each ``Corpus`` method returns a DataFrame whose columns are exactly the fields of one of these
models, in this order; the API uses the same models as its response schemas. Declaring the shape
once keeps the CLI tables, the JSON API and the web pages from drifting apart.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class _Row(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @classmethod
    def columns(cls) -> list[str]:
        return list(cls.model_fields)


class CorpusCounts(_Row):
    """Size of the stored corpus, for the overview page."""

    articles: int = 0
    events: int = 0
    quotes: int = 0
    sources: int = 0
    claims: int = 0
    actors: int = 0
    checked_claims: int = 0
    first_date: dt.date | None = None
    last_date: dt.date | None = None


class ArticleRow(_Row):
    """One stored article with the number of facts read from it."""

    id: str
    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    url: str | None = None
    quotes: int = 0
    events: int = 0
    claims: int = 0


class DyadPoint(_Row):
    """One period of a dyad: events by quad class and the Goldstein sum and mean."""

    period: dt.date = Field(description="First day of the period (day, ISO week starting Monday, month).")
    end: dt.date = Field(description="Last day of the period.")
    label: str = Field(description='"2025-08-08", "2025-W32" or "2025-08".')
    events: int = 0
    verbal_coop: int = Field(0, description="Quad class 1.")
    material_coop: int = Field(0, description="Quad class 2.")
    verbal_conflict: int = Field(0, description="Quad class 3.")
    material_conflict: int = Field(0, description="Quad class 4.")
    goldstein_sum: float = 0.0
    goldstein_mean: float | None = Field(None, description="Mean over events with a Goldstein score.")
    articles: int = Field(0, description="Articles reporting at least one of these events.")
    corpus_articles: int = Field(0, description="All stored articles dated in the period.")
    events_per_article: float | None = Field(
        None, description="events / corpus_articles: normalises for how much was read."
    )
    goldstein_per_article: float | None = Field(None, description="goldstein_sum / corpus_articles.")


class EventRow(_Row):
    """One coded event with where it was read, flattened for tables."""

    article_id: str
    id: str
    date: dt.date | None = None
    source_text: str | None = None
    source_code: str | None = None
    source_country: str | None = None
    action_text: str
    target_text: str | None = None
    target_code: str | None = None
    target_country: str | None = None
    cameo: str | None = None
    cameo_name: str | None = None
    quad_class: int | None = None
    quad_name: str | None = None
    goldstein: float | None = None
    plover: str | None = None
    negated: bool = False
    modality: str = "asserted"
    reported_by: str | None = None
    reporter: str | None = Field(None, description="Name of the source that carries the event, if any.")
    sentence: str | None = Field(None, description="The sentence the event was read from.")
    title: str | None = None
    publisher: str | None = None


class TopEventRow(_Row):
    """An event type (CAMEO code) ranked by how often it occurs in a period."""

    cameo: str | None = None
    cameo_name: str | None = None
    quad_class: int | None = None
    events: int = 0
    articles: int = 0
    goldstein_mean: float | None = None


class ActorRow(_Row):
    """An actor (code or country) ranked by the events it takes part in."""

    actor: str
    name: str | None = None
    events: int = 0
    as_source: int = 0
    as_target: int = 0
    articles: int = 0
    goldstein_mean: float | None = None


class EdgeRow(_Row):
    """A directed pair of the actor network."""

    source: str
    target: str
    events: int = 0
    goldstein_sum: float = 0.0
    goldstein_mean: float | None = None
    cooperation: int = Field(0, description="Quad classes 1 and 2.")
    conflict: int = Field(0, description="Quad classes 3 and 4.")


class DyadRow(_Row):
    """An undirected pair ranked by activity (overview page)."""

    a: str
    b: str
    events: int = 0
    articles: int = 0
    goldstein_mean: float | None = None
    last_date: dt.date | None = None


class SpeakerRow(_Row):
    """A quoted person or body, ranked by number of quotes."""

    speaker: str
    kind: str | None = None
    quotes: int = 0
    articles: int = 0
    first_date: dt.date | None = None
    last_date: dt.date | None = None


class QuoteRow(_Row):
    """One quote with its speaker and article."""

    article_id: str
    id: str
    text: str
    kind: str
    speaker_name: str | None = None
    speaker_kind: str | None = None
    speaker_description: str | None = None
    cue_text: str | None = None
    date: dt.date | None = None
    title: str | None = None
    publisher: str | None = None


class SourcingRow(_Row):
    """Anonymous sourcing for one outlet or one period."""

    group: str = Field(description="Publisher, or the period label.")
    articles: int = 0
    sources: int = 0
    anonymous_sources: int = 0
    anonymous_source_share: float | None = None
    quotes: int = 0
    anonymous_quotes: int = 0
    anonymous_quote_share: float | None = None


class ClaimRow(_Row):
    """A quantitative claim with the verdict of its check, if it was checked."""

    article_id: str
    id: str
    text: str
    value: float | None = None
    unit: str | None = None
    measure: str | None = None
    period_label: str | None = None
    attributed_to: str | None = None
    speaker: str | None = Field(None, description="Name of the source making the claim.")
    verdict: str | None = None
    series: str | None = None
    observed: float | None = None
    detail: str | None = None
    date: dt.date | None = None
    title: str | None = None
    publisher: str | None = None


class SearchHit(_Row):
    """An article or quote matching a search, with a short excerpt around the match."""

    kind: str = Field(description='"article" or "quote".')
    article_id: str
    id: str | None = Field(None, description="Quote id for quote hits.")
    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None
    speaker: str | None = None
    excerpt: str
    start: int | None = Field(None, description="Offset of the match in the article text.")
