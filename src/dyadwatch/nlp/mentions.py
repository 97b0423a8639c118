"""Mentions of actors, and the few facts about a mention that both the resolver and the referring-back rules use.

A Mention is the unit everything downstream shares: the resolver makes them, the rules in references.py copy
one earlier actor onto a later phrase, and the events component walks the MentionIndex. Keeping the
dataclasses and their small helpers (display names, placing an agent in a country, reading a token's clause or
quote) here lets actors.py and references.py both import them without importing each other.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from dyadwatch.coding import dictionaries
from dyadwatch.nlp.arms import STRUCK_SITES

FORMER = {"former", "ex", "ex-", "onetime", "one-time", "retired", "late", "then", "ousted", "deposed", "toppled"}

ORG_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO", "SPY", "MED", "BUS", "NGO"}

# readable words for the sector part of a combined actor's display name ("Albania government")
SECTOR_WORDS = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
    "SPY": "intelligence", "OPP": "opposition", "REB": "rebels", "INS": "insurgents", "SEP": "separatists",
    "UAF": "armed groups", "CRM": "criminals", "BUS": "business", "MED": "media", "NGO": "NGOs", "IGO": "IGO",
    "CVL": "civilians", "EDU": "education", "HLH": "health", "LAB": "labor", "AGR": "agriculture",
    "REL": "religious", "REF": "refugees", "HRI": "rights activists", "ENV": "environmentalists", "ELI": "elites",
    "DEV": "development", "MOD": "moderates", "RAD": "radicals",
}  # fmt: skip


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Each country code's first dictionary name ("United States", "East Germany"): the short form news
    uses, where pycountry's display name can be a long official one."""
    out: dict[str, str] = {}
    for e in dictionaries.builtin():
        if e.kind == "country" and e.code and e.names:
            out.setdefault(e.code, e.names[0])
    return out


def display_name(country: str | None, sector: str | None, owner: str | None = None) -> str:
    """The display name of a combined actor: the country's (or owning body's) name and the sector in words
    ("Albania government", "East Germany military", "UN military"). Codes are unchanged; this is for people."""
    first = country_names().get(country, country) if country else owner
    words = SECTOR_WORDS.get(sector, sector) if sector else None
    return " ".join(x for x in (first, words) if x)


@dataclass
class Mention:
    """One mention of an actor: token range, exact character offsets and the code it resolved to."""

    start: int  # first token
    end: int  # token after the last
    head: int  # syntactic head token
    start_char: int
    end_char: int
    text: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str  # country, demonym, capital, organization, person, group, agent, other
    name: str
    key: str  # identity of the actor this mention belongs to
    pronoun: bool = False
    modifier_only: bool = False  # a demonym/country used only to qualify a non-actor noun
    absorbed: bool = False  # merged into a larger mention ("U.S." in "U.S. officials")
    former: bool = False  # "former officials": out of office, so no sector code of their own
    title: str | None = None  # a dictionary person's title in the role held on the article's date
    described: bool = False  # "the Southeast Asian nation", "the group": an actor named again, not another one
    # "Ali Reza, a lawyer for the family": the unplaced agent noun that says who an unknown person is; the person
    # takes whatever country and sector that noun resolves to later
    described_by: Mention | None = None

    @property
    def resolved(self) -> bool:
        return self.code is not None


@dataclass
class MentionIndex:
    """All mentions in a doc plus a token -> mentions lookup for the events component."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, list[Mention]] = field(default_factory=dict)
    by_head: dict[int, list[Mention]] = field(default_factory=dict)
    modifiers: dict[int, Mention] = field(default_factory=dict)  # country adjectives on non-actors
    labels: set[int] = field(default_factory=set)  # tokens of a transcript's speaker label ("VOA:")
    # "bilateral" -> the two states in view that it names (references.bilateral_pairs); events may take the other
    # of the pair as the target of a "bilateral" act whose source is one of them
    pairs: dict[int, tuple[Mention, Mention]] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    def at(self, i: int) -> list[Mention]:
        """Mentions headed by token i, else mentions covering it."""
        return self.by_head.get(i) or self.by_token.get(i, [])

    @classmethod
    def build(cls, mentions: list[Mention]) -> MentionIndex:
        live = sorted((m for m in mentions if not m.absorbed and not m.modifier_only), key=lambda m: m.start_char)
        index = cls(mentions=live)
        for m in mentions:
            if m.modifier_only and not m.absorbed and m.code:
                index.modifiers.setdefault(m.head, m)
        for m in live:
            index.by_head.setdefault(m.head, []).append(m)
            for i in range(m.start, m.end):
                index.by_token.setdefault(i, []).append(m)
        return index


# singular nouns for one holder of an office or post: "the foreign minister", "Turkey's president", "a police
# spokesman" is one human being, whom "he" or "she" may name again; "the government", "the army" are bodies
OFFICE_HOLDERS = {
    "president", "minister", "premier", "chancellor", "leader", "chief", "head", "secretary", "ambassador",
    "envoy", "diplomat", "spokesman", "spokeswoman", "spokesperson", "official", "general", "commander",
    "governor", "mayor", "senator", "lawmaker", "legislator", "congressman", "congresswoman", "judge",
    "prosecutor", "king", "queen", "prince", "princess", "emir", "sultan", "monarch", "pope", "cleric", "imam",
    "bishop", "officer", "adviser", "advisor", "director", "chairman", "chairwoman", "negotiator", "lawyer",
    "activist", "journalist", "executive", "dictator", "ruler", "speaker", "representative", "attorney",
    "mediator", "inspector", "coordinator", "commissioner", "administrator", "deputy", "aide", "chairperson",
}  # fmt: skip


def office_holder(doc: Doc, m: Mention) -> bool:
    """Whether an agent mention names one person by the post they hold ("the defense minister", "Kenya's
    president"), so that a later "he" or "she" can be them, while a body or a plural ("the ministry",
    "officials") cannot."""
    head = doc[m.head]
    return (
        m.kind in {"agent", "organization", "group"}
        and not m.pronoun
        and head.tag_ == "NN"
        and head.lemma_.lower() in OFFICE_HOLDERS
    )


def span_place(span: Span, head: int) -> dict[str, Any]:
    """Where a mention stands, from the span it covers: its token range, head token, character offsets and text
    (the six fields every pass that makes or moves a mention fills the same way)."""
    return {
        "start": span.start,
        "end": span.end,
        "head": head,
        "start_char": span.start_char,
        "end_char": span.end_char,
        "text": span.text,
    }


def tokens_with(doc: Doc, attr: int, values: Collection[str | int]) -> Iterator[Token]:
    """The tokens whose ``attr`` (a spaCy attribute id: LOWER, ORTH, TAG, POS ...) is one of ``values`` (strings,
    or symbols such as NOUN), in text order. Found over the doc's arrays: a rule that looks for a rare word
    ("mainland", "the former", "must") or one kind of token need not make a Token of every word of every
    story, which spaCy does anew on each pass over the doc."""
    wanted = numpy.array([doc.vocab.strings[v] if isinstance(v, str) else int(v) for v in values], dtype=numpy.uint64)
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(attr), wanted)):
        yield doc[int(i)]


def tokens_of(doc: Doc, words: Collection[str]) -> Iterator[Token]:
    """The tokens whose lower-case form is one of ``words`` (see tokens_with)."""
    return tokens_with(doc, LOWER, words)


def nouns(doc: Doc) -> Iterator[Token]:
    """The tokens the tagger calls common nouns (POS NOUN), in text order (see tokens_with)."""
    return tokens_with(doc, POS, (NOUN,))


def org_kind(sector: str | None) -> str:
    return "organization" if sector in ORG_SECTORS else "group"


def noun_modifier(doc: Doc, m: Mention) -> bool:
    """An agent word that only qualifies another noun ("police station", "government officials"). On a site that
    an act is aimed at ("attacked rebel positions", "shelled army bases", "a raid on opposition headquarters") the
    word says whose the site is, and so who is hit: that is the side the act is done to, as a country adjective
    there is ("struck Iranian targets"), so it is no mere modifier."""
    head = doc[m.head]
    if m.kind != "agent" or head.dep_ not in {"compound", "amod"}:
        return False
    return not aimed_site(head.head)


def aimed_site(noun: Token) -> bool:
    """Whether a noun is a site (STRUCK_SITES) that a verb takes as its object, or that "at", "on", "against" or
    "into" names."""
    if noun.lemma_.lower() not in STRUCK_SITES and noun.lower_[:-1] not in STRUCK_SITES:
        return False  # the plural read as its lemma or, where the lemmatizer errs ("bases" -> "basis"), less its "s"
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # "sent its coast guard ships": the possessor says whose they are, and they are the means
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in {"at", "on", "against", "into"}


def clause_of(tok: Token) -> Token:
    """The verb whose clause holds ``tok`` (the sentence root if there is none)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in {"VERB", "AUX"} or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def has_former(tok: Token) -> bool:
    """ "former"/"ex-" on the noun itself or on the title it carries."""
    for child in tok.children:
        if child.lower_ in FORMER and child.dep_ in {"amod", "advmod", "compound"}:
            return True
        if child.dep_ == "compound" and any(g.lower_ in FORMER for g in child.children):
            return True
    return tok.lower_.startswith("ex-")


QUOTE_MARKS = {'"', "“", "”", "``", "''"}
QUOTE_MARK_HASHES = numpy.array([hash_string(m) for m in QUOTE_MARKS], dtype=numpy.uint64)


def in_quote(tok: Token) -> bool:
    """Whether ``tok`` is inside a direct quotation (by the quote marks of its sentence, which may close a
    quote opened in an earlier one)."""
    start, end = _sentence_bounds(tok.doc)
    marks = _quote_marks(tok.doc)
    before = marks[tok.i] - marks[start[tok.i]]
    after = marks[end[tok.i]] - marks[tok.i + 1]
    return before % 2 == 1 or (before == 0 and after % 2 == 1)


def sentence_start(tok: Token) -> int:
    """Where ``tok``'s sentence starts (``tok.sent.start`` without walking the sentence each time)."""
    return _sentence_bounds(tok.doc)[0][tok.i]


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each token's sentence starts and ends, found once per Doc: ``Token.sent`` walks the sentence to its
    edges on every call, which made pronoun resolution quadratic in one long sentence full of quotes."""
    bounds = doc.user_data.get(SENTENCE_BOUNDS)
    if bounds is None or len(bounds[0]) != len(doc):
        start, end = [0] * len(doc), [0] * len(doc)
        for sent in doc.sents:
            start[sent.start : sent.end] = [sent.start] * len(sent)
            end[sent.start : sent.end] = [sent.end] * len(sent)
        bounds = (start, end)
        doc.user_data[SENTENCE_BOUNDS] = bounds
    return bounds


def _quote_marks(doc: Doc) -> list[int]:
    """How many quote marks precede each token (and the end), counted once per Doc: counting a sentence's marks
    for every pronoun was quadratic in a long sentence full of them."""
    marks = doc.user_data.get(QUOTE_MARK_COUNTS)
    if marks is None or len(marks) != len(doc) + 1:
        # over the Doc's ORTH array: a Token object per word cost as much as the rest of quote finding
        is_mark = numpy.isin(doc.to_array(ORTH), QUOTE_MARK_HASHES)
        marks = [0, *numpy.cumsum(is_mark).tolist()]
        doc.user_data[QUOTE_MARK_COUNTS] = marks
    return marks


def forget_quote_marks(doc: Doc) -> None:
    doc.user_data.pop(QUOTE_MARK_COUNTS, None)
    doc.user_data.pop(SENTENCE_BOUNDS, None)


QUOTE_MARK_COUNTS = "dyadwatch.quote_mark_counts"  # a doc.user_data key of our own, beside spaCy's extensions
SENTENCE_BOUNDS = "dyadwatch.sentence_bounds"  # likewise


ENTITIES = "dyadwatch.entities"  # likewise


def entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's named entities. spaCy builds every entity Span anew on each read of ``doc.ents``, and the quote
    and actor passes read them a dozen times per story (a twentieth of their time); inside ``entities_kept``
    they are built once."""
    kept = doc.user_data.get(ENTITIES)
    return kept if kept is not None else doc.ents


@contextmanager
def entities_kept(doc: Doc) -> Iterator[None]:
    """Keep the doc's entities for the length of one component's call (nothing in dyadwatch changes them), and
    drop them after: Spans are no part of the Doc's data and would not serialise."""
    doc.user_data[ENTITIES] = doc.ents
    try:
        yield
    finally:
        doc.user_data.pop(ENTITIES, None)


def place_agent(m: Mention, country: str) -> None:
    """Give an agent a country: its code, key and name follow. A person keeps their own name and identity."""
    assert m.sector is not None
    m.country, m.code = country, country + m.sector
    if m.kind == "person":
        return
    m.key = f"{org_kind(m.sector)}:{m.code}"
    m.name = display_name(country, m.sector)
