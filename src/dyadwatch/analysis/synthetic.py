"""Hand-built records with exact offsets, for tests, the demo dashboard and the load benchmark.

The analysis, API and web code must be testable without the NLP components, so this module
writes ``model.Record`` objects directly: ``RecordBuilder`` finds each span in the article text
(so ``text[start:end]`` always holds), ``sample_records()`` is a small realistic corpus and
``synthetic_records()`` makes any number of events for load tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections.abc import Iterator

from dyadwatch.model import (
    Actor,
    Article,
    Change,
    Check,
    Claim,
    Event,
    EventActor,
    Period,
    PipelineInfo,
    Quote,
    Record,
    SentenceRef,
    Source,
    Span,
    Speaker,
)
from dyadwatch.pipeline import sourcing_summary

PIPELINE = PipelineInfo(dyadwatch="0.1.0", model="handmade", model_version="0", lexicons="none")

# (code, goldstein, quad class, name): a few CAMEO verbs, enough to draw every quad class
VERBS = {
    "010": (0.0, 1, "Make statement"),
    "036": (4.0, 1, "Express intent to meet or negotiate"),
    "040": (1.0, 1, "Consult"),
    "051": (3.4, 1, "Praise or endorse"),
    "061": (6.4, 2, "Cooperate economically"),
    "070": (7.0, 2, "Provide aid"),
    "111": (-2.0, 3, "Criticize or denounce"),
    "125": (-5.0, 3, "Reject proposal to meet, discuss, or negotiate"),
    "138": (-7.0, 3, "Threaten with military force"),
    "163": (-8.0, 4, "Impose embargo, boycott, or sanctions"),
    "173": (-5.0, 4, "Arrest, detain"),
    "190": (-10.0, 4, "Use conventional military force"),
}
QUAD_NAMES = {
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}


_BOUNDARY = re.compile(r"\n|(?<=[a-z”])\.\s+(?=[A-Z“])")


def _id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class RecordBuilder:
    """Builds one Record whose every span is located in the text by search, never typed by hand."""

    def __init__(self, text: str, **article: object) -> None:
        self.text = text
        self.article = Article(id=str(article.pop("id", _id(text))), text=text, **article)  # type: ignore[arg-type]
        self.sources: list[Source] = []
        self.quotes: list[Quote] = []
        self.events: list[Event] = []
        self.claims: list[Claim] = []
        self.actors: list[Actor] = []

    def find(self, needle: str, after: int = 0) -> tuple[int, int]:
        start = self.text.find(needle, after)
        if start < 0:
            raise ValueError(f"{needle!r} not in the article text")
        return start, start + len(needle)

    def span(self, needle: str, after: int = 0) -> Span:
        start, end = self.find(needle, after)
        return Span(text=needle, start=start, end=end)

    def sentence(self, pos: int) -> SentenceRef:
        """The sentence around ``pos``: lines, split again after a full stop that ends a lower-case word."""
        start, end = 0, len(self.text)
        for m in _BOUNDARY.finditer(self.text):
            if m.end() <= pos:
                start = m.end()
            elif m.start() >= pos:
                end = m.start() + (1 if m.group().startswith(".") else 0)
                break
        return SentenceRef(start=start, end=end)

    def source(
        self,
        name: str,
        kind: str = "person",
        description: str | None = None,
        count: int | None = None,
        reason: str | None = None,
        actor_code: str | None = None,
    ) -> str:
        sid = f"s{len(self.sources) + 1}"
        mentions = []
        pos = self.text.find(name)
        if pos >= 0:
            mentions.append(Span(text=name, start=pos, end=pos + len(name)))
        self.sources.append(
            Source(
                id=sid,
                name=name,
                kind=kind,
                description=description,
                count=count,  # type: ignore[arg-type]
                reason=reason,
                mentions=mentions,
                actor_code=actor_code,
            )
        )
        return sid

    def quote(self, text: str, speaker: str, cue: str, source_id: str, kind: str = "direct") -> str:
        qid = f"q{len(self.quotes) + 1}"
        start, end = self.find(text)
        s_start, s_end = self.find(speaker, self.sentence(start).start)
        src = next(s for s in self.sources if s.id == source_id)
        self.quotes.append(
            Quote(
                id=qid,
                text=text,
                start=start,
                end=end,
                kind=kind,  # type: ignore[arg-type]
                cue=self.span(cue, self.sentence(start).start),
                speaker=Speaker(
                    name=src.name,
                    text=speaker,
                    start=s_start,
                    end=s_end,
                    kind=src.kind,
                    description=src.description,
                    count=src.count,
                    source_id=source_id,
                ),
                sentence=self.sentence(start),
            )
        )
        src.quotes += 1
        return qid

    def actor(
        self, name: str, code: str, country: str | None, sector: str | None = None, kind: str = "country"
    ) -> None:
        pos = self.text.find(name)
        mentions = [Span(text=name, start=pos, end=pos + len(name))] if pos >= 0 else []
        self.actors.append(
            Actor(
                id=f"a{len(self.actors) + 1}",
                code=code,
                country=country,
                sector=sector,
                name=name,
                kind=kind,
                mentions=mentions,
            )
        )  # type: ignore[arg-type]

    def event(
        self,
        source: tuple[str, str, str | None],
        action: str,
        target: tuple[str, str, str | None],
        cameo: str,
        *,
        negated: bool = False,
        modality: str = "asserted",
        reported_by: str | None = None,
        quote_id: str | None = None,
    ) -> str:
        eid = f"e{len(self.events) + 1}"
        act = self.span(action)
        gold, quad, name = VERBS[cameo]

        def side(spec: tuple[str, str, str | None]) -> EventActor:
            text, code, country = spec
            start, end = self.find(text, max(0, self.sentence(act.start).start))
            return EventActor(text=text, code=code, country=country, sector=code[3:6] or None, start=start, end=end)

        self.events.append(
            Event(
                id=eid,
                source=side(source),
                target=side(target),
                action=act,
                cameo=cameo,
                cameo_name=name,
                root=cameo[:2],
                quad_class=quad,
                quad_name=QUAD_NAMES[quad],
                goldstein=gold,
                negated=negated,
                modality=modality,
                date=self.article.date,  # type: ignore[arg-type]
                reported_by=reported_by,
                quote_id=quote_id,
                sentence=self.sentence(act.start),
            )
        )
        return eid

    def claim(
        self,
        text: str,
        value: float,
        unit: str,
        measure: str,
        period: str | None = None,
        verdict: str | None = None,
        observed: float | None = None,
        attributed_to: str | None = None,
        change: float | None = None,
    ) -> str:
        cid = f"c{len(self.claims) + 1}"
        start, end = self.find(text)
        check = None
        if verdict:
            check = Check(
                series="cbp-encounters",
                verdict=verdict,
                observed=observed,  # type: ignore[arg-type]
                detail=f"official figure {observed:,.0f}" if observed is not None else "no series",
            )
        self.claims.append(
            Claim(
                id=cid,
                text=text,
                start=start,
                end=end,
                value=value,
                unit=unit,
                measure=measure,
                period=Period(label=period) if period else None,
                attributed_to=attributed_to,
                check=check,
                change=Change(value=change, unit="%", direction="down" if change < 0 else "up")
                if change is not None
                else None,
                sentence=self.sentence(start),
            )
        )
        return cid

    def build(self) -> Record:
        record = Record(
            article=self.article,
            sources=self.sources,
            quotes=self.quotes,
            events=self.events,
            claims=self.claims,
            actors=self.actors,
            pipeline=PIPELINE,
        )
        record.sourcing = sourcing_summary(record)
        return record


USA, MEX, CAN, CHN = ("USA", "USA"), ("MEX", "MEX"), ("CAN", "CAN"), ("CHN", "CHN")


def sample_records() -> list[Record]:
    """Six hand-written reports, June to August 2025, three outlets, four countries."""
    out: list[Record] = []

    b = RecordBuilder(
        "WASHINGTON – The United States and Mexico agreed on Tuesday to expand security cooperation "
        "along the border, officials said.\n"
        "“We cooperate, we collaborate, and we will keep doing so,” President Claudia Sheinbaum told "
        "reporters in Mexico City.\n"
        "Washington praised Mexico for the arrest of 40 cartel members in May, the State Department said.\n"
        "Migrant encounters fell to 8,725 in June, down 45% from a year earlier, according to officials.",
        title="U.S. and Mexico expand security cooperation",
        date=dt.date(2025, 6, 10),
        author="Ana Ruiz",
        publisher="Voice of America",
        dateline="WASHINGTON",
        url="https://example.org/a1",
    )
    s1 = b.source("Claudia Sheinbaum", description="President", actor_code="MEXGOV")
    s2 = b.source("State Department", kind="organization", actor_code="USAGOV")
    q1 = b.quote("“We cooperate, we collaborate, and we will keep doing so,”", "Claudia Sheinbaum", "told", s1)
    b.actor("United States", "USA", "USA")
    b.actor("Mexico", "MEX", "MEX")
    b.actor("Claudia Sheinbaum", "MEXGOV", "MEX", "GOV", kind="person")
    b.event(("United States", "USA", "USA"), "agreed", ("Mexico", "MEX", "MEX"), "061")
    b.event(
        ("We", "MEXGOV", "MEX"),
        "collaborate",
        ("Mexico City", "MEX", "MEX"),
        "040",
        reported_by=s1,
        quote_id=q1,
        modality="asserted",
    )
    b.event(("Washington", "USAGOV", "USA"), "praised", ("Mexico", "MEX", "MEX"), "051", reported_by=s2)
    b.claim(
        "Migrant encounters fell to 8,725 in June",
        8725,
        "encounters",
        "migrant encounters",
        "2025-06",
        verdict="consistent",
        observed=8725,
        change=-45,
    )
    out.append(b.build())

    b = RecordBuilder(
        "MEXICO CITY – President Claudia Sheinbaum rejected any U.S. military action on Mexican soil on "
        "Friday.\n"
        "“There is not going to be an invasion,” Sheinbaum said at her morning news conference.\n"
        "Three officials familiar with the matter said Mexico could curb cooperation with the United States. "
        "They spoke on condition of anonymity.\n"
        "The Pentagon threatened strikes on cartels in Mexico, two people briefed on the plans said.",
        title="Sheinbaum rejects U.S. military action",
        date=dt.date(2025, 8, 8),
        author="Maria Lopez",
        publisher="New York Times",
        dateline="MEXICO CITY",
        url="https://example.org/a2",
    )
    s1 = b.source("Claudia Sheinbaum", description="President", actor_code="MEXGOV")
    s2 = b.source(
        "Three officials familiar with the matter",
        kind="anonymous",
        count=3,
        reason="on condition of anonymity",
    )
    s3 = b.source("two people briefed on the plans", kind="anonymous", count=2)
    q1 = b.quote("“There is not going to be an invasion,”", "Sheinbaum", "said", s1)
    q2 = b.quote(
        "Mexico could curb cooperation with the United States",
        "Three officials familiar with the matter",
        "said",
        s2,
        kind="indirect",
    )
    b.quote(
        "The Pentagon threatened strikes on cartels in Mexico",
        "two people briefed on the plans",
        "said",
        s3,
        kind="indirect",
    )
    b.actor("Claudia Sheinbaum", "MEXGOV", "MEX", "GOV", kind="person")
    b.actor("Mexico", "MEX", "MEX")
    b.actor("United States", "USA", "USA")
    b.actor("Pentagon", "USAMIL", "USA", "MIL", kind="organization")
    b.event(("Claudia Sheinbaum", "MEXGOV", "MEX"), "rejected", ("U.S.", "USAMIL", "USA"), "125")
    b.event(
        ("Mexico", "MEX", "MEX"),
        "curb",
        ("United States", "USA", "USA"),
        "163",
        modality="hypothetical",
        reported_by=s2,
        quote_id=q2,
    )
    b.event(("Pentagon", "USAMIL", "USA"), "threatened", ("cartels", "MEXCRM", "MEX"), "138", reported_by=s3)
    out.append(b.build())

    b = RecordBuilder(
        "OTTAWA – Canada and the United States will meet next week to discuss tariffs on steel, "
        "the Canadian government said on Monday.\n"
        "“We want a fair deal for workers on both sides,” said Prime Minister Mark Carney.\n"
        "The United States criticized Canada over dairy quotas, a senior official said.",
        title="Canada and U.S. to hold tariff talks",
        date=dt.date(2025, 7, 14),
        author="Paul Martin",
        publisher="Reuters",
        dateline="OTTAWA",
        url="https://example.org/a3",
    )
    s1 = b.source("Canadian government", kind="organization", actor_code="CANGOV")
    s2 = b.source("Mark Carney", description="Prime Minister", actor_code="CANGOV")
    s3 = b.source("a senior official", kind="anonymous", count=1)
    b.quote("“We want a fair deal for workers on both sides,”", "Mark Carney", "said", s2)
    b.actor("Canada", "CAN", "CAN")
    b.actor("United States", "USA", "USA")
    b.actor("Mark Carney", "CANGOV", "CAN", "GOV", kind="person")
    b.event(
        ("Canada", "CAN", "CAN"),
        "meet",
        ("United States", "USA", "USA"),
        "036",
        modality="future",
        reported_by=s1,
    )
    b.event(("United States", "USA", "USA"), "criticized", ("Canada", "CAN", "CAN"), "111", reported_by=s3)
    out.append(b.build())

    b = RecordBuilder(
        "TIJUANA – Mexican police arrested 12 suspects wanted in the United States on Wednesday, "
        "prosecutors said.\n"
        "The United States sent aid to Mexico to help shelters for migrants, the embassy said.\n"
        "Border encounters reached 80,000 in July, the White House said.",
        title="Mexico arrests suspects wanted in U.S.",
        date=dt.date(2025, 7, 2),
        author="Luis Perez",
        publisher="Voice of America",
        dateline="TIJUANA",
        url="https://example.org/a4",
    )
    s1 = b.source("prosecutors", kind="group")
    s2 = b.source("embassy", kind="organization", actor_code="USAGOV")
    s3 = b.source("White House", kind="organization", actor_code="USAGOV")
    b.actor("Mexican police", "MEXCOP", "MEX", "COP", kind="organization")
    b.actor("United States", "USA", "USA")
    b.actor("Mexico", "MEX", "MEX")
    b.event(("Mexican police", "MEXCOP", "MEX"), "arrested", ("suspects", "USACRM", "USA"), "173", reported_by=s1)
    b.event(("United States", "USA", "USA"), "sent aid", ("Mexico", "MEX", "MEX"), "070", reported_by=s2)
    b.claim(
        "Border encounters reached 80,000 in July",
        80000,
        "encounters",
        "border encounters",
        "2025-07",
        verdict="contradicted",
        observed=4601,
        attributed_to=s3,
    )
    out.append(b.build())

    b = RecordBuilder(
        "BEIJING – China denounced new U.S. tariffs on Chinese electric vehicles on Thursday, "
        "a foreign ministry spokesperson said.\n"
        "“These measures harm both peoples,” said spokesperson Lin Jian.\n"
        "The United States imposed sanctions on three Chinese firms last month.",
        title="China denounces U.S. tariffs",
        date=dt.date(2025, 8, 21),
        author=None,
        publisher="Reuters",
        dateline="BEIJING",
        url="https://example.org/a5",
    )
    s1 = b.source("Lin Jian", description="foreign ministry spokesperson", actor_code="CHNGOV")
    b.quote("“These measures harm both peoples,”", "Lin Jian", "said", s1)
    b.actor("China", "CHN", "CHN")
    b.actor("United States", "USA", "USA")
    b.event(("China", "CHN", "CHN"), "denounced", ("U.S.", "USA", "USA"), "111", reported_by=s1)
    b.event(("United States", "USA", "USA"), "imposed sanctions", ("Chinese firms", "CHNBUS", "CHN"), "163")
    out.append(b.build())

    b = RecordBuilder(
        "WASHINGTON – U.S. officials did not rule out strikes on Mexican cartels, a spokesperson said, "
        "but Mexico said it would not accept them.\n"
        "“Our sovereignty is a red line,” said Foreign Minister Juan Ramon de la Fuente.\n"
        "Mexico and the United States consulted on migration on Monday.",
        title="Mexico warns U.S. over strikes",
        date=dt.date(2025, 8, 12),
        author="Ana Ruiz",
        publisher="Voice of America",
        dateline="WASHINGTON",
        url="https://example.org/a6",
    )
    s1 = b.source("a spokesperson", kind="anonymous", count=1)
    s2 = b.source("Juan Ramon de la Fuente", description="Foreign Minister", actor_code="MEXGOV")
    b.quote("“Our sovereignty is a red line,”", "Juan Ramon de la Fuente", "said", s2)
    b.actor("Mexico", "MEX", "MEX")
    b.actor("United States", "USA", "USA")
    b.event(("Mexico", "MEX", "MEX"), "would not accept", ("U.S. officials", "USAGOV", "USA"), "125")
    b.event(("Mexico", "MEX", "MEX"), "consulted", ("United States", "USA", "USA"), "040")
    b.event(
        ("U.S. officials", "USAGOV", "USA"),
        "strikes",
        ("Mexican cartels", "MEXCRM", "MEX"),
        "190",
        negated=True,
        reported_by=s1,
    )
    out.append(b.build())
    return out


COUNTRIES = ("USA", "MEX", "CAN", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "IND")
SECTORS = ("", "GOV", "MIL", "COP", "BUS", "CRM")
PUBLISHERS = ("Voice of America", "Reuters", "New York Times", "Associated Press")


def synthetic_records(
    n_events: int,
    events_per_article: int = 20,
    seed: int = 7,
    first: dt.date = dt.date(2023, 1, 1),
    days: int = 1000,
) -> Iterator[Record]:
    """Records holding ``n_events`` coded events in all, spread over ``days`` days, reproducibly.

    Each article's text is its event sentences, so every offset is real and the article page
    renders them exactly as it renders a real report.
    """
    rng = random.Random(seed)
    codes = sorted(VERBS)
    made = 0
    n = 0
    while made < n_events:
        k = min(events_per_article, n_events - made)
        sentences = []
        specs = []
        for _ in range(k):
            a, b = rng.sample(COUNTRIES, 2)
            if rng.random() < 0.5:
                a, b = "USA", rng.choice([c for c in COUNTRIES if c != "USA"])
            sa, sb = a + rng.choice(SECTORS), b + rng.choice(SECTORS)
            cameo = rng.choice(codes)
            verb = f"did-{cameo}"
            sentences.append(f"Officials of {sa} {verb} with counterparts of {sb} on the matter.")
            specs.append((sa, a, verb, sb, b, cameo))
        date = first + dt.timedelta(days=rng.randrange(days))
        text = "\n".join(sentences)
        builder = RecordBuilder(
            text,
            id=f"syn{n:07d}",
            title=f"Synthetic report {n}",
            date=date,
            publisher=rng.choice(PUBLISHERS),
            author="Load Test",
        )
        builder.source("Officials", kind="group")
        pos = 0
        for sa, a, verb, sb, b, cameo in specs:
            # locate each sentence in turn so repeated phrases get their own offsets
            s_start = text.find("Officials of", pos)
            s_end = text.find("\n", s_start)
            s_end = len(text) if s_end < 0 else s_end
            src = text.find(sa, s_start)
            act = text.find(verb, src)
            tgt = text.find(sb, act)
            gold, quad, name = VERBS[cameo]
            builder.events.append(
                Event(
                    id=f"e{len(builder.events) + 1}",
                    source=EventActor(text=sa, code=sa, country=a, sector=sa[3:] or None, start=src, end=src + len(sa)),
                    target=EventActor(text=sb, code=sb, country=b, sector=sb[3:] or None, start=tgt, end=tgt + len(sb)),
                    action=Span(text=verb, start=act, end=act + len(verb)),
                    cameo=cameo,
                    cameo_name=name,
                    root=cameo[:2],
                    quad_class=quad,
                    quad_name=QUAD_NAMES[quad],
                    goldstein=gold,
                    date=date,
                    sentence=SentenceRef(start=s_start, end=s_end),
                )
            )
            pos = s_end
        made += k
        n += 1
        yield builder.build()
