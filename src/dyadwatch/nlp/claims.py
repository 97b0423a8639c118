"""The ``dyadwatch_claims`` spaCy component: quantitative statements as ``Claim`` records.

For every figure in the text it records the value (digits or words, ranges, vague amounts),
unit, what is measured, the period resolved against the article date, what it is compared
with, the change (stated, or computed from two figures, with an arithmetic check when both are
stated), qualifier, superlative, cited source and, through the quotes component's output,
who makes the claim. Record-type superlatives without a figure ("June saw the lowest border
crossings on record") are claims too, with ``value`` None, so they can be checked.

Cheap by design: one look at the doc's arrays finds number-like tokens; everything else looks only at
the few tokens around each figure. The number grammar lives in ``dyadwatch.extract``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LIKE_NUM, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from dyadwatch.extract import claims_context as ctx
from dyadwatch.extract.claims_periods import resolve
from dyadwatch.extract.claims_spans import NumberExpr, find
from dyadwatch.extract.numbers import FRACTIONS, VAGUE
from dyadwatch.model import Change, Claim, Comparison, Period, SentenceRef
from dyadwatch.nlp import extensions
from dyadwatch.nlp.mentions import tokens_of, tokens_with

COMPARE_MARKERS = (
    ("compared", "with"),
    ("compared", "to"),
    ("up", "from"),
    ("down", "from"),
    ("versus",),
    ("vs",),
    ("vs.",),
    ("against",),
    ("than",),
    ("from",),
)
DATE_COMPARE_MARKERS = (*COMPARE_MARKERS, ("over",))


@dataclass
class _Draft:
    """A claim being assembled, with the token positions the later steps need."""

    expr: NumberExpr | None
    start: int  # token span of the claim text
    end: int
    sent: Span
    measure: str | None = None
    direction: str | None = None
    superlative: str | None = None
    role: str = "main"  # "main" or "comparison"
    main: _Draft | None = None
    period: Period | None = None
    compared: Comparison | None = None
    change: Change | None = None
    comp_value: float | None = None
    extra: dict = field(default_factory=dict)


def _marker_before(doc: Doc, i: int, markers: tuple[tuple[str, ...], ...]) -> str | None:
    for m in markers:
        s = i - len(m)
        if s >= 0 and tuple(t.lower_ for t in doc[s:i]) == m:
            return " ".join(m)
    return None


class ClaimsComponent:
    """Finds where figures start in the doc's arrays, then reads each one's context from the parse."""

    def __init__(self, nlp: Language, name: str = "dyadwatch_claims") -> None:
        extensions.register()
        self.name = name
        # where a figure may start: a number-like word, a vague or fractional amount ("dozens", "half"), or the
        # article read as the number one before a unit ("for a month", "a percentage point"). Each is a word or a
        # fixed pair, looked up in the doc's arrays: spaCy's Matcher did the same at ten times the cost.
        strings = nlp.vocab.strings
        words = set(VAGUE) | set(FRACTIONS) | {"dozen", "hundred"}
        self.figure_words = numpy.array(sorted(strings.add(w) for w in words), dtype=numpy.uint64)
        self.articles = numpy.array(sorted(strings.add(w) for w in ("a", "an")), dtype=numpy.uint64)
        units = ("percentage", "year", "month", "week", "day", "decade", "hour", "century", "mile", "kilometer")
        self.units = numpy.array(sorted(strings.add(w) for w in units), dtype=numpy.uint64)

    def starts(self, doc: Doc) -> list[int]:
        """The tokens where a figure may start, in text order."""
        if not len(doc):
            return []
        arr = doc.to_array([LIKE_NUM, LOWER])
        like_num, lower = arr[:, 0], arr[:, 1]
        hit = (like_num != 0) | numpy.isin(lower, self.figure_words)
        hit[:-1] |= numpy.isin(lower[:-1], self.articles) & numpy.isin(lower[1:], self.units)
        return [int(i) for i in numpy.flatnonzero(hit)]

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.dw_claims = self.extract(doc)
        finally:
            doc.user_data.pop(_ENTS_KEY, None)  # a per-call index of Spans: not part of the Doc's data
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    # ------------------------------------------------------------------ steps

    def extract(self, doc: Doc) -> list[Claim]:
        exprs = find(doc, self.starts(doc))
        article = doc._.dw_article
        date: dt.date | None = getattr(article, "date", None)
        drafts: list[_Draft] = []
        by_sent: dict[int, list[_Draft]] = {}
        for ex in exprs:
            sent = doc[ex.num_start].sent
            d = _Draft(expr=ex, start=ex.start, end=ex.end, sent=sent)
            d.measure, d.direction = ctx.measure_and_change(doc[ex.num_start : ex.end], ex.unit)
            drafts.append(d)
            by_sent.setdefault(sent.start, []).append(d)
        for sent_drafts in by_sent.values():
            self._comparisons(doc, sent_drafts)
        sents = {d.sent.start: d.sent for d in drafts}
        # superlatives: attach to a figure they govern, else a claim of their own
        for sent in _superlative_sentences(doc):
            found = ctx.superlatives(sent)
            if not found:
                continue
            for s, e, text, noun in found:
                host = self._superlative_host(doc, by_sent.get(sent.start, []), s, e)
                if host is not None:
                    host.superlative = text
                    continue
                d = _Draft(
                    expr=None,
                    start=s,
                    end=e,
                    sent=sent,
                    superlative=text,
                    measure=ctx.phrase(noun, max_right=0 if noun.i < e else 8) if noun is not None else None,
                )
                drafts.append(d)
                by_sent.setdefault(sent.start, []).append(d)
                sents[sent.start] = sent
        for key, sent_drafts in by_sent.items():
            sent_drafts.sort(key=lambda d: d.start)
            self._periods(doc, sents.get(key) or sent_drafts[0].sent, sent_drafts, date)
        for d in drafts:
            self._change(d)
        for sent_drafts in by_sent.values():
            self._arithmetic(sent_drafts)
        drafts.sort(key=lambda d: d.start)
        sources = {s: ctx.cited_source(sent) for s, sent in sents.items()}
        return [self._claim(doc, d, k, sources.get(d.sent.start)) for k, d in enumerate(drafts, start=1)]

    def _comparisons(self, doc: Doc, drafts: list[_Draft]) -> None:
        """'compared with 83,532', 'to 425 from 440', 'from $5 to $12': link a figure to its reference."""
        for k, d in enumerate(drafts):
            marker = _marker_before(doc, d.start, COMPARE_MARKERS)
            if marker is None:
                continue
            if marker == "from" and k + 1 < len(drafts) and _marker_before(doc, drafts[k + 1].start, (("to",),)):
                main = drafts[k + 1]
            elif k > 0:
                main = drafts[k - 1]
            else:
                continue
            if main.role == "comparison" or not _same_kind(main.expr, d.expr):
                continue
            d.role, d.main = "comparison", main
            if d.measure is None or d.measure == main.measure:
                d.measure = main.measure
            if main.measure is None:
                main.measure = d.measure

    def _superlative_host(self, doc: Doc, drafts: list[_Draft], s: int, e: int) -> _Draft | None:
        sup = doc[s]
        governed = {t.i for t in doc[s:e]} | {sup.head.i}
        for d in drafts:
            if d.expr is None:
                continue
            t = ctx.top_token(doc[d.expr.num_start : d.expr.num_end])
            chain = [t]
            for _ in range(3):
                chain.append(chain[-1].head)
            if any(c.i in governed for c in chain):
                return d
            # "$4 million ..., the highest figure since ...": the superlative's noun is a container
            # beside the figure
            noun = sup.head
            if noun.lemma_.lower() in ctx.CONTAINERS and noun.head.i == t.head.i:
                return d
        return None

    def _periods(self, doc: Doc, sent: Span, drafts: list[_Draft], date: dt.date | None) -> None:
        """Give each figure the date expression nearest to it; 'compared to X' dates go to compared_with."""
        claimed = [(d.start, d.end) for d in drafts if d.expr is not None]
        dates = []
        for ent in _date_ents(sent):
            if any(s < ent.end and ent.start < e for s, e in claimed):
                continue  # a duration that is itself a claim
            compare = _marker_before(doc, ent.start, DATE_COMPARE_MARKERS)
            dates.append((ent, compare is not None))

        def dist(d: _Draft, ent: Span) -> int:
            return ent.start - d.end if ent.start >= d.end else d.start - ent.end + 1

        chains = {id(d): _chain(doc, d) for d in drafts}
        ordered = [d for d in drafts if d.role == "main"] + [d for d in drafts if d.role != "main"]
        for d in ordered:
            anchor = d.main.period if d.main is not None else None
            allowed = [(ent, cmp) for ent, cmp in dates if _applies(ent, d, chains[id(d)])]
            plain = [ent for ent, cmp in allowed if not cmp]
            for ent in sorted(plain, key=lambda x: dist(d, x)):
                p = resolve(ent.text, date, anchor)
                if p is not None:
                    d.period = p
                    break
            if d.role == "main":
                for ent, cmp in allowed:
                    if cmp:
                        p = resolve(ent.text, date, d.period)
                        if p is not None and d.compared is None:
                            d.compared = Comparison(text=ent.text, value=None, period=p)
        for d in drafts:
            if d.role == "comparison" and d.main is not None:
                main = d.main
                text = doc[d.start : d.end].text
                if d.period is not None and d.period.text:
                    text = doc[d.start : max(d.end, _ent_end(sent, d.period.text, d.end))].text
                main.compared = Comparison(text=text, value=d.expr.value if d.expr else None, period=d.period)
                main.comp_value = d.expr.value if d.expr else None

    def _change(self, d: _Draft) -> None:
        ex = d.expr
        if ex is None:
            return
        if d.direction and ex.value is not None and ex.unit in ("%", "pp"):
            sign = -1 if d.direction == "down" else 1
            d.change = Change(value=sign * ex.value, unit=ex.unit, direction=d.direction, stated=True)
            return
        if d.role == "main" and d.comp_value and ex.value is not None and ex.unit not in ("%", "pp"):
            pct = (ex.value - d.comp_value) / d.comp_value * 100
            direction = "flat" if abs(pct) < 0.05 else ("up" if pct > 0 else "down")
            d.change = Change(value=round(pct, 1), unit="%", direction=direction, stated=False)

    def _arithmetic(self, drafts: list[_Draft]) -> None:
        """A stated % change next to two stated figures: does the arithmetic hold?"""
        stated = [d for d in drafts if d.change is not None and d.change.stated and d.change.unit == "%"]
        computed = [d for d in drafts if d.change is not None and not d.change.stated]
        for s in stated:
            for c in computed:
                tol = _tolerance(s.expr)
                ok = abs(abs(c.change.value) - abs(s.change.value)) <= tol and (
                    c.change.direction == s.change.direction or c.change.direction == "flat"
                )
                s.change = s.change.model_copy(update={"arithmetic_ok": ok})
                c.change = c.change.model_copy(update={"arithmetic_ok": ok})

    def _claim(self, doc: Doc, d: _Draft, k: int, source: str | None) -> Claim:
        span = doc[d.start : d.end]
        ex = d.expr
        attributed = None
        for q in doc._.dw_quotes or []:
            if q.start <= span.start_char and span.end_char <= q.end and q.speaker is not None:
                attributed = q.speaker.source_id
                break
        return Claim(
            id=f"c{k}",
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            value=ex.value if ex else None,
            value_low=ex.parsed.low if ex else None,
            value_high=ex.parsed.high if ex else None,
            vague=bool(ex and ex.parsed.vague),
            unit=ex.unit if ex else None,
            measure=d.measure,
            period=d.period,
            compared_with=d.compared,
            change=d.change,
            qualifier=ex.qualifier if ex else None,
            superlative=d.superlative,
            cited_source=source,
            attributed_to=attributed,
            sentence=SentenceRef(start=d.sent.start_char, end=d.sent.end_char),
        )


SPEECH_LEMMAS = {"say", "tell", "announce", "report", "confirm", "state", "add", "claim", "note", "write", "warn"}
TIME_NOUNS = {"year", "season", "month", "quarter", "period", "semester", "term", "cycle", "campaign"}
DAY_UNITS_SKIP = {"%", "pp", "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD"}


def _chain(doc: Doc, d: _Draft) -> set[int]:
    """Token indices a date may attach to and still describe this figure: the figure and its ancestors."""
    if d.expr is not None:
        top = ctx.top_token(doc[d.expr.num_start : d.expr.end])
    else:
        top = doc[d.start]
    out = set(range(d.start, d.end)) | {top.i}
    out.update(t.i for t in top.ancestors)
    return out


def _date_attach(ent: Span) -> Span | None:
    """The token a date expression modifies ("in 2024" -> the verb or noun "in" hangs on)."""
    head = ent.root.head
    if head.i == ent.root.i:
        return None
    while head.pos_ == "ADP" or (head.dep_ in ("prep", "pcomp") and head.lemma_ in ("compare", "accord")):
        if head.head.i == head.i:
            break
        head = head.head
    return head


def _applies(ent: Span, d: _Draft, chain: set[int]) -> bool:
    """Does this date give the period of this figure? It must hang on the figure or on a word above it,
    and a single day ("on Tuesday") is when something was said or done, not the period of a rate,
    an amount of money or anything a speech verb reports."""
    attach = _date_attach(ent)
    if attach is None:
        return False
    if attach.i not in chain:
        # "UNHCR's 2020 budget was $9.1 billion", "for the 2024 hunting season": the date names a noun
        # that is the figure's subject or a time noun
        if ent.root.dep_ in ("compound", "nmod", "amod", "nummod", "poss") and attach.pos_ in ("NOUN", "PROPN"):
            if attach.dep_ in ("nsubj", "nsubjpass") and attach.head.i in chain:
                return True
            if attach.lemma_.lower() in TIME_NOUNS:
                outer = _date_attach(attach.doc[attach.i : attach.i + 1])
                return outer is not None and outer.i in chain
            return False
        # "221 cases ... reported last year": a date on the clause describing the counted noun
        if attach.dep_ in ("acl", "relcl"):
            return any(a.i in chain for a in list(attach.ancestors)[:3])
        return False
    day_level = any(
        t.lower_ in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday")
        for t in ent
    )
    if day_level:
        unit = d.expr.unit if d.expr is not None else None
        if unit in DAY_UNITS_SKIP or attach.lemma_ in SPEECH_LEMMAS:
            return False
    return True


def _superlative_sentences(doc: Doc) -> list[Span]:
    """The sentences that hold a word `superlatives` starts from ("record", or a superlative by its tag), in
    text order. Reading every word of every sentence for them cost more than the rest of the superlative work;
    a sentence without one gives no superlative."""
    found = [*tokens_of(doc, ("record",)), *tokens_with(doc, TAG, ctx.SUPERLATIVE_TAGS)]
    sents = {t.sent.start: t.sent for t in found}
    return [sents[k] for k in sorted(sents)]


_ENTS_KEY = "dyadwatch_claims.date_ents_by_sentence"


def _sent_date_ents(sent: Span) -> list[Span]:
    """DATE entities of a sentence. ``Span.ents`` scans every entity of the Doc, which made claims
    quadratic in article length, so the Doc's entities are indexed by sentence once per call."""
    index = sent.doc.user_data.get(_ENTS_KEY)
    if index is None:
        index = {}
        for ent in sent.doc.ents:
            if ent.label_ == "DATE":
                index.setdefault(ent.sent.start, []).append(ent)
        sent.doc.user_data[_ENTS_KEY] = index
    return index.get(sent.start, [])


def _date_ents(sent: Span) -> list[Span]:
    """DATE entities, with "the same month" + "in 2024" joined back into one expression."""
    ents = _sent_date_ents(sent)
    out: list[Span] = []
    for ent in ents:
        if out and ent.start - out[-1].end == 1 and sent.doc[out[-1].end].lower_ in ("in", "of"):
            out[-1] = sent.doc[out[-1].start : ent.end]
            continue
        out.append(ent)
    return out


def _ent_end(sent: Span, text: str, default: int) -> int:
    for ent in _date_ents(sent):
        if ent.text == text:
            return ent.end
    return default


def _same_kind(a: NumberExpr | None, b: NumberExpr | None) -> bool:
    if a is None or b is None:
        return False
    return a.unit == b.unit or {a.unit, b.unit} <= {"count"}


def _tolerance(ex: NumberExpr | None) -> float:
    """How far a computed change may be from a stated one: half a unit of the last stated digit, more
    for round or qualified figures."""
    if ex is None or ex.value is None:
        return 0.5
    if ex.qualifier:
        return max(1.0, abs(ex.value) * 0.1)
    text = next((w for w in ex.words if any(c.isdigit() for c in w)), "")
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    if ex.value % 10 == 0:
        return 5.0
    return 0.5


@Language.factory("dyadwatch_claims", assigns=["doc._.dw_claims"], requires=["token.dep", "token.ent_type"])
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp, name)
