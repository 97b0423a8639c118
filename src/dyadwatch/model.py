"""The one record model that every face of dyadwatch shares.

The CLI prints these objects, the store maps them to tables, the API returns them and the web
pages read them from the API. Nothing else defines an article, quote, event or claim: if a
field is needed somewhere, it is added here so that every face gets it at once.

Every extracted fact carries ``start``/``end`` character offsets into ``Article.text``
(Python ``str`` code-point offsets, end exclusive), so ``article.text[start:end]`` reproduces
the span. That is the project's provenance rule: nothing without offsets.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"


class _Model(BaseModel):
    """Base: forbid unknown fields so a typo in a producer fails loudly instead of vanishing."""

    model_config = ConfigDict(extra="forbid")


CODE_DESC = "CAMEO-style code, e.g. USAGOV, MEXCRM; the role alone (REB, GOV) when no country is known."


@functools.cache
def iso_countries() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code, plus the ISO 3166-3 codes of states that no longer exist.

    Old news names the Soviet Union (SUN), Yugoslavia (YUG), East Germany (DDR) or Zaire (ZAR), and
    codes for them must carry their country like any other. A former code is left out when it is
    also a current code, or when its state lives on under a current code and news still uses the old
    name for it: Burma stays MMR (not BUR), East Timor TLS (not TMP).
    """
    import pycountry

    current = {c.alpha_3 for c in pycountry.countries}
    former = {c.alpha_3 for c in pycountry.historic_countries} - current - {"BUR", "TMP"}
    return frozenset(current | former)


class _Coded(_Model):
    """An actor with a CAMEO-style code: a code that starts with a country carries that country.

    Filled in here, whoever made the record (pipeline, a user dictionary, a hand-written JSONL
    file), so that every query may take "USA" to mean ``country == 'USA'`` and use its index.
    """

    @model_validator(mode="after")
    def _country_from_code(self) -> _Coded:
        code: str | None = getattr(self, "code", None)
        if getattr(self, "country", None) is None and code and code[:3] in iso_countries():
            self.country = code[:3]
        return self


class Span(_Model):
    """A piece of the article text, located by offsets."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class SentenceRef(_Model):
    """The sentence a fact was read from, so a reader can always go back to it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


# --------------------------------------------------------------------------- article


class Article(_Model):
    """One news report: metadata plus the exact text every offset points into."""

    id: str = Field(description="Stable identity: hash of the normalised URL, else of the text.")
    title: str | None = None
    date: dt.date | None = Field(None, description="Publication date (ISO).")
    author: str | None = None
    publisher: str | None = None
    dateline: str | None = Field(None, description='Place line opening the body, e.g. "MEXICO CITY".')
    url: str | None = None
    origin: str | None = Field(None, description="Where it was read from: path, path:line or URL.")
    text: str


# --------------------------------------------------------------------------- quotes and sources

QuoteKind = Literal["direct", "indirect", "mixed"]
SourceKind = Literal["person", "anonymous", "group", "organization", "document"]


class Speaker(_Model):
    """Who a quote is attributed to, at the mention next to that quote."""

    name: str | None = Field(None, description="Fullest name known in the article.")
    text: str | None = Field(None, description="The mention at this quote (may be a pronoun).")
    start: int | None = None
    end: int | None = None
    description: str | None = Field(None, description="Title, appositive or relative clause.")
    kind: SourceKind = "person"
    count: int | None = Field(None, description='Number of people when the text gives one ("three people").')
    source_id: str | None = Field(None, description="Id of this speaker's entry in Record.sources.")


class Quote(_Model):
    """A direct, indirect (reported) or mixed quotation with its cue and speaker."""

    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: Span | None = None
    speaker: Speaker | None = None
    sentence: SentenceRef | None = None


class Source(_Model):
    """One distinct source in an article: a person, an anonymous or group source, a body, a document."""

    id: str
    name: str
    kind: SourceKind
    description: str | None = None
    count: int | None = None
    reason: str | None = Field(None, description='Why anonymous, when given ("not authorized to speak").')
    quotes: int = 0
    mentions: list[Span] = Field(default_factory=list)
    actor_code: str | None = Field(None, description="CAMEO-style actor code when resolved.")


class Sourcing(_Model):
    """Article-level sourcing summary: who carries the story."""

    named: int = 0
    anonymous: int = 0
    group: int = 0
    organization: int = 0
    document: int = 0
    quotes: int = 0
    quote_share: dict[str, float] = Field(default_factory=dict, description="Share of quotes by source kind (0..1).")


# --------------------------------------------------------------------------- actors and events


class ActorRole(_Model):
    """A role a person holds in time (Sheinbaum -> MEX GOV from 2024-10-01)."""

    code: str
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


class Actor(_Coded):
    """A resolved actor in one article, with every mention of it."""

    id: str
    code: str | None = Field(None, description=CODE_DESC)
    country: str | None = Field(
        None, description="ISO 3166 alpha-3 (ISO 3166-3 for former states; CAMEO region codes WST, EUR), from the code."
    )
    sector: str | None = Field(None, description="GOV, MIL, COP, JUD, LEG, OPP, REB, CRM, ...")
    name: str
    kind: Literal["country", "organization", "person", "group", "other"] = "other"
    mentions: list[Span] = Field(default_factory=list)


class EventActor(_Coded):
    """The source or target of an event as it appears in the sentence."""

    text: str
    code: str | None = Field(None, description=CODE_DESC)
    country: str | None = Field(
        None, description="ISO 3166 alpha-3 (ISO 3166-3 for former states; CAMEO region codes WST, EUR), from the code."
    )
    sector: str | None = None
    start: int
    end: int


Modality = Literal["asserted", "hypothetical", "conditional", "future", "threatened"]


class Event(_Model):
    """Who did what to whom, CAMEO- and PLOVER-coded, with who reported it."""

    id: str
    source: EventActor | None
    target: EventActor | None
    action: Span
    cameo: str | None = None
    cameo_name: str | None = None
    root: str | None = None
    quad_class: int | None = Field(None, ge=1, le=4)
    quad_name: str | None = None
    goldstein: float | None = None
    plover: str | None = None
    negated: bool = False
    modality: Modality = "asserted"
    date: dt.date | None = None
    date_from_article: bool = Field(True, description="True when no date in the text: article date used.")
    reported_by: str | None = Field(None, description="Source id (Record.sources) that carries the event.")
    quote_id: str | None = Field(None, description="Quote the event was read from, if any.")
    sentence: SentenceRef


# --------------------------------------------------------------------------- claims

Verdict = Literal[
    "consistent",
    "consistent_with_revision",
    "contradicted",
    "depends_on_measure",
    "cannot_check",
]


class Period(_Model):
    """A time period a figure refers to, resolved against the article date."""

    text: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    label: str | None = Field(None, description='Canonical form: "2025-06", "2025-01/2025-06", "2024".')


class Comparison(_Model):
    """The other side of a comparison ("compared with 83,532 for the same month in 2024")."""

    text: str | None = None
    value: float | None = None
    period: Period | None = None


class Change(_Model):
    """A stated or computed change between two figures."""

    value: float | None = None
    unit: str | None = Field(None, description='"%" or the measure unit.')
    direction: Literal["up", "down", "flat"] | None = None
    stated: bool = Field(True, description="False when dyadwatch computed it from two figures.")
    arithmetic_ok: bool | None = Field(None, description="When both figures and a change are stated.")


class Check(_Model):
    """A claim held against an official series, with the numbers behind the verdict."""

    series: str | None = None
    verdict: Verdict
    observed: float | None = None
    detail: str


class Claim(_Model):
    """A quantitative statement as data."""

    id: str
    text: str
    start: int
    end: int
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    vague: bool = False
    unit: str | None = None
    measure: str | None = None
    period: Period | None = None
    compared_with: Comparison | None = None
    change: Change | None = None
    qualifier: str | None = None
    superlative: str | None = None
    cited_source: str | None = None
    attributed_to: str | None = Field(None, description="Source id (Record.sources) making the claim.")
    check: Check | None = None
    sentence: SentenceRef | None = None


# --------------------------------------------------------------------------- the record


class PipelineInfo(_Model):
    """What produced a record, so an upgrade knows what to recompute."""

    dyadwatch: str
    schema_version: str = SCHEMA_VERSION
    model: str
    model_version: str
    lexicons: str = Field(description="Hash of the dictionaries and lexicons in use.")


class Record(_Model):
    """Everything dyadwatch knows about one article. ``analyze --json`` prints exactly this."""

    article: Article
    sources: list[Source] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    sourcing: Sourcing = Field(default_factory=Sourcing)
    pipeline: PipelineInfo | None = None


class Failure(_Model):
    """An input that could not be analysed: recorded, counted and reported, never dropped."""

    origin: str
    code: str
    message: str
    stage: Literal["read", "nlp", "store", "check"] = "read"
