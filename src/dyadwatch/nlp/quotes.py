"""The ``dyadwatch_quotes`` component: direct, reported and mixed quotes with cue and speaker.

How it works, in one pass over the tokens plus one look-up in the doc's arrays:

1. Quote marks are paired per paragraph (curly or straight). A quote left open at a paragraph end
   continues only when the next paragraph opens with a mark (the news convention for
   multi-paragraph quotes); otherwise it ends there, so an odd number of marks cannot swallow the
   article. Pairing is linear in the number of marks.
2. Cue verbs ("said", "warned", "boasted", "according to", ...) are found by lemma (``CueFinder``)
   (data/quotes/lexicon.txt). A cue's content is its clausal complement (or, for verbs like
   "touted", its object). Content that is all inside quote marks makes those quotes *direct*; content
   with quoted fragments is *mixed*; content without marks is *indirect*.
3. A direct quote that no cue's content reaches takes the cue beside it ("..., she said" /
   "said X: ..."), else continues the previous quote's speaker when it follows it in the same or the
   next paragraph; short unattributed quotes are scare quotes and are left out.
4. Speakers are described and resolved by :mod:`dyadwatch.nlp.speakers`, grouped into sources by
   :mod:`dyadwatch.extract.sources`.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_SPACE, LEMMA, LOWER, ORTH, POS
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dyadwatch.extract import sources as source_drafts
from dyadwatch.model import Quote, QuoteKind, SentenceRef, Speaker
from dyadwatch.model import Span as TextSpan
from dyadwatch.nlp import extensions
from dyadwatch.nlp.mentions import entities, entities_kept
from dyadwatch.nlp.speakers import (
    Lexicon,
    Mention,
    Resolver,
    clean_name,
    describe,
    lexicon,
    np_extent,
    speaker_token,
)

OPENERS = {"“", "«", "„", "‟"}
CLOSERS = {"”", "»"}
AMBIGUOUS = {'"', "''", "``"}
MAX_CONTENT_TOKENS = 400
XCOMP_VERBS = {"tell", "urge", "ask", "promise", "pledge", "vow", "warn", "threaten", "advise", "demand"}
DASHES = {"―", "—", "–", "--", "-"}
NEGATABLE = {"comment", "respond", "reply", "answer", "return"}
MIN_UNATTRIBUTED_WORDS = 8


@dataclass
class _Q:
    """A paired quotation (token range, inclusive of marks)."""

    start: int
    end: int  # exclusive
    para: int
    opens_para: bool
    used: bool = False
    owner: int = -1  # index into candidates that claimed it


@dataclass
class _Cand:
    """A quote being assembled before speakers are resolved."""

    start: int  # token range, exclusive end
    end: int
    kind: QuoteKind
    cue: tuple[int, int] | None
    speaker: Token | None
    para: int
    inherit: int = -1  # index of the candidate whose speaker a continuation takes


@Language.factory("dyadwatch_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(nlp)


class QuoteFinder:
    """Sets doc._.dw_quotes (list[Quote]) and doc._.dw_sources (list[Source])."""

    def __init__(self, nlp: Language) -> None:
        extensions.register()
        self.lex: Lexicon = lexicon()
        self.cues = CueFinder(nlp.vocab, self.lex["speech_verbs"] | self.lex["naming_verbs"])

    def __call__(self, doc: Doc) -> Doc:
        with entities_kept(doc):
            quotes, sources = extract(doc, self.cues, self.lex)
        doc._.dw_quotes = quotes
        doc._.dw_sources = sources
        return doc


# --------------------------------------------------------------------------- marks


def _pair_marks(doc: Doc) -> tuple[list[_Q], list[int]]:
    """Pair quote marks paragraph-aware; also return the paragraph number of every token.

    Linear in the number of tokens whatever the marks: a mark either opens, closes, re-opens a
    quote continued into a new paragraph, or is ignored as stray. Only marks and paragraph breaks
    are visited in Python; the scan for them runs in numpy over token attributes.
    """
    n = len(doc)
    if n == 0:
        return [], []
    arr = doc.to_array([ORTH, IS_SPACE])
    orth = arr[:, 0]
    spaces = numpy.flatnonzero(arr[:, 1])
    breaks = numpy.array([i for i in spaces.tolist() if "\n" in doc[i].text], dtype=numpy.int64)
    step = numpy.zeros(n + 1, dtype=numpy.int64)
    numpy.add.at(step, breaks + 1, 1)
    para_arr = numpy.cumsum(step[:n])
    para_of: list[int] = para_arr.tolist()
    nonspace_mask = numpy.ones(n, dtype=bool)
    nonspace_mask[spaces] = False
    nonspace = numpy.flatnonzero(nonspace_mask)
    if len(nonspace) == 0:
        return [], para_of
    ns_paras = para_arr[nonspace]
    # first and last non-space token of each paragraph that has any
    firsts_idx = numpy.flatnonzero(numpy.r_[True, ns_paras[1:] != ns_paras[:-1]])
    lasts_idx = numpy.r_[firsts_idx[1:] - 1, len(nonspace) - 1]
    para_first = dict(zip(ns_paras[firsts_idx].tolist(), nonspace[firsts_idx].tolist(), strict=True))
    para_last = dict(zip(ns_paras[firsts_idx].tolist(), nonspace[lasts_idx].tolist(), strict=True))
    strings = doc.vocab.strings
    kind_of = {strings.add(m): "o" for m in OPENERS}
    kind_of.update({strings.add(m): "c" for m in CLOSERS})
    kind_of.update({strings.add(m): "a" for m in AMBIGUOUS})
    marks = numpy.flatnonzero(numpy.isin(orth, numpy.array(list(kind_of), dtype=orth.dtype)))
    orth_list = orth[marks].tolist()

    quotes: list[_Q] = []
    open_at = -1
    open_first = False
    cur_para = -1  # paragraph the open quote has reached
    for i, o in zip(marks.tolist(), orth_list, strict=True):
        kind = kind_of[o]
        if kind == "a":
            kind = _straight_kind(doc, i, kind)
        p = para_of[i]
        if open_at >= 0 and p != cur_para:
            skipped = any(q in para_first for q in range(cur_para + 1, p))
            if kind not in ("c", "ac") and para_first.get(p) == i and not skipped:
                cur_para = p  # a multi-paragraph quote: this paragraph re-opens it
                continue
            quotes.append(_Q(open_at, para_last[cur_para] + 1, para_of[open_at], open_first))
            open_at = -1
        if open_at >= 0 and kind == "ao":
            # a straight mark that can only open ("said "Yes") while one is open: the earlier was stray
            open_at = i
            open_first = para_first.get(p) == i
            cur_para = p
            continue
        if open_at < 0:
            if kind not in ("c", "ac"):  # a stray closing mark opens nothing
                open_at = i
                open_first = para_first.get(p) == i
                cur_para = p
        elif kind not in ("o", "ao"):
            quotes.append(_Q(open_at, i + 1, para_of[open_at], open_first))
            open_at = -1
        # an opener inside an open quote is a nested or stray mark: the outer quote stays open
    if open_at >= 0:
        end = para_last[cur_para]
        if end > open_at:
            quotes.append(_Q(open_at, end + 1, para_of[open_at], open_first))
    return quotes, para_of


def _straight_kind(doc: Doc, i: int, kind: str) -> str:
    """Read a straight mark's role from its spacing: "ao" can only open, "ac" can only close."""
    space_before = i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_space
    space_after = i + 1 >= len(doc) or bool(doc[i].whitespace_) or doc[i + 1].is_space
    if space_before and not space_after and not doc[i + 1].is_punct:
        return "ao"
    if (space_after and not space_before and not doc[i - 1].is_punct) or (
        not space_before and i + 1 < len(doc) and doc[i + 1].is_punct and doc[i + 1].text not in '"“«'
    ):
        return "ac"
    return kind


# --------------------------------------------------------------------------- cues


def _content(cue: Token, lex: Lexicon, para_of: list[int]) -> tuple[int, int] | None:
    """Token range of what the cue reports, never outside the cue's paragraph."""
    found = _content_range(cue, lex, para_of)
    if found is None:
        return None
    start, end = found
    para = para_of[cue.i]
    while start < end and para_of[start] != para:
        start += 1
    while end > start and para_of[end - 1] != para:
        end -= 1
    return (start, end) if end > start else None


def _content_range(cue: Token, lex: Lexicon, para_of: list[int]) -> tuple[int, int] | None:
    """Token range of what the cue reports: its clausal complement, or for some verbs its object."""
    if cue.lower_ == "according":
        head = cue.head
        if head is cue or head.i == cue.i:
            return _according_fallback(cue)
        phrase_start, phrase_end = cue.left_edge.i, cue.right_edge.i + 1
        h_start, h_end = head.left_edge.i, head.right_edge.i + 1
        if h_start <= phrase_start and phrase_end <= h_end:
            before = (h_start, phrase_start)
            after = (phrase_end, h_end)
            pick = before if before[1] - before[0] >= 2 else after
            return pick if pick[1] > pick[0] else None
        return None
    para = para_of[cue.i]
    comps = [c for c in cue.children if c.dep_ == "ccomp" and para_of[c.i] == para]
    if not comps:
        comps = [c for c in cue.children if c.dep_ == "parataxis" and c.i < cue.i and para_of[c.i] == para]
    if comps:
        left = [c for c in comps if c.i < cue.i]
        right = [c for c in comps if c.i > cue.i]
        if right:
            c = right[0]
            # the content runs to the end of the cue's own clause, but not into a coordinated
            # clause ("..., and rights groups warned that ...": someone else's attribution)
            return c.left_edge.i, _clause_end(cue, c)
        c = left[-1]
        return cue.left_edge.i, c.right_edge.i + 1
    if cue.lemma_ in XCOMP_VERBS:
        # "told his advisers to find a way", "vowed to fight": the infinitive is what was said
        for c in cue.children:
            if c.dep_ == "xcomp" and c.i > cue.i and para_of[c.i] == para:
                return c.left_edge.i, c.right_edge.i + 1
    if (
        cue.dep_ == "parataxis"
        and cue.head.i > cue.i
        and _after_comma(cue)
        and cue.head.lemma_ not in lex["speech_verbs"]
    ):
        # "Climate change, Mr. Obama often says, is the greatest threat": the cue sits inside its content
        return cue.head.left_edge.i, cue.head.right_edge.i + 1
    if cue.lemma_ in lex["naming_verbs"]:
        # "called the senator a “nasty guy”": kept only when quote marks fall inside (checked by caller)
        rights = [c for c in cue.rights if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr", "prep")]
        if rights:
            return rights[0].left_edge.i, _clause_end(cue, rights[0])
    if cue.lemma_ in lex["np_content_verbs"]:
        for c in cue.children:
            if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i > cue.i:
                if c.right_edge.i - c.left_edge.i >= 1:
                    return c.left_edge.i, c.right_edge.i + 1
    # "..., she said." parsed with the reported clause as the head of the cue
    if (
        cue.dep_ in ("parataxis", "ccomp")
        and cue.head.i < cue.i
        and cue.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "nsubj" for c in cue.children)
        and cue.head.lemma_ not in lex["speech_verbs"]
        and _after_comma(cue)
    ):
        return cue.head.left_edge.i, cue.left_edge.i
    return None


def _after_comma(cue: Token) -> bool:
    """The cue's clause opens right after a comma or dash (the parser may hang that comma on the cue)."""
    doc = cue.doc
    lo = cue.left_edge.i
    while lo < cue.i and doc[lo].is_punct:
        lo += 1
    return lo > 0 and doc[lo - 1].is_punct


def _according_fallback(cue: Token) -> tuple[int, int] | None:
    """ "According to X, ..." parsed with "According" as the root: the rest of the sentence is content."""
    sent = cue.sent
    spk = speaker_token(cue)
    if spk is None:
        return None
    _, np_end = np_extent(spk)
    if cue.i == sent.start:
        return np_end, sent.end
    if np_end >= sent.end - 1:
        return sent.start, cue.i
    return None


def _clause_end(cue: Token, first: Token) -> int:
    """Exclusive end of the cue's clause from ``first`` on, stopping before a coordinated clause."""
    end = first.right_edge.i + 1
    for c in cue.rights:
        if c.i <= first.i:
            continue
        if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.text in ",;" and _has_conj_after(cue, c.i)):
            break
        end = max(end, c.right_edge.i + 1)
    return end


def _has_conj_after(cue: Token, i: int) -> bool:
    return any(c.dep_ == "conj" and c.i > i for c in cue.rights)


def _trim(doc: Doc, start: int, end: int, keep_marks: bool) -> tuple[int, int]:
    """Trim white space and punctuation at the ends (quote marks stay when they belong to the content)."""

    def drop(t: Token) -> bool:
        if t.is_space:
            return True
        if keep_marks and (t.text in OPENERS or t.text in CLOSERS or t.text in AMBIGUOUS):
            return False
        return t.is_punct

    while start < end and drop(doc[start]):
        start += 1
    while end > start and drop(doc[end - 1]):
        end -= 1
    return start, end


# --------------------------------------------------------------------------- main


class CueFinder:
    """The words that can open reported speech: a speech or naming verb (by lemma, tagged VERB or AUX), "according
    to", and the marks of an anonymous source ("anonymity", "not authorized").

    Every pattern is one word or two fixed words, so they are looked up in the doc's attribute arrays with numpy
    rather than run through spaCy's Matcher, whose general state machine cost a tenth of the component's time on
    news stories. Calling it gives ``(label, start, end)`` in text order, as the Matcher did."""

    def __init__(self, vocab: Vocab, verbs: Collection[str]) -> None:
        def ids(words: Collection[str]) -> numpy.ndarray:
            return numpy.array(sorted(vocab.strings.add(w) for w in words), dtype=numpy.uint64)

        self.verbs = ids(verbs)
        self.according, self.to = vocab.strings.add("according"), vocab.strings.add("to")
        self.anonymity = vocab.strings.add("anonymity")
        self.negations = ids(("not", "n't"))
        self.permitted = ids(("authorized", "authorised", "permitted"))
        self.verb_pos = numpy.array([VERB, AUX], dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        if not len(doc):
            return []
        arr = doc.to_array([LEMMA, POS, LOWER])
        lemma, pos, lower = arr[:, 0], arr[:, 1], arr[:, 2]
        found: list[tuple[int, int, int, str]] = []  # start, end, order of the labels, label
        cue = numpy.isin(lemma, self.verbs) & numpy.isin(pos, self.verb_pos)
        found += [(int(i), int(i) + 1, 0, "CUE") for i in numpy.flatnonzero(cue)]
        pair = (lower[:-1] == self.according) & (lower[1:] == self.to)
        found += [(int(i), int(i) + 2, 1, "ACCORDING") for i in numpy.flatnonzero(pair)]
        found += [(int(i), int(i) + 1, 2, "ANON") for i in numpy.flatnonzero(lower == self.anonymity)]
        denied = numpy.isin(lower[:-1], self.negations) & numpy.isin(lower[1:], self.permitted)
        found += [(int(i), int(i) + 2, 2, "ANON") for i in numpy.flatnonzero(denied)]
        return [(label, start, end) for start, end, _, label in sorted(found)]


def extract(doc: Doc, cues_of: CueFinder, lex: Lexicon):
    """All quotes and sources of one Doc (the component's work, callable without a pipeline)."""
    if len(doc) == 0:
        return [], []
    qs, para_of = _pair_marks(doc)
    n = len(doc)
    q_at: list[int] = [-1] * n
    for k, q in enumerate(qs):
        for i in range(q.start, q.end):
            q_at[i] = k
    inside = [k >= 0 for k in q_at]

    cues: list[tuple[Token, tuple[int, int]]] = []
    anon: list[Token] = []
    for label, start, end in cues_of(doc):
        tok = doc[start]
        if label == "ANON":
            anon.append(doc[end - 1])
            continue
        if inside[start]:
            continue  # speech inside a direct quote belongs to the quote
        if label == "ACCORDING":
            cues.append((tok, (start, end)))
        else:
            if tok.lemma_ == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
                continue
            span = (start, start + 1)
            for c in tok.children:
                if c.dep_ == "prt" and c.i == start + 1:
                    span = (start, start + 2)
            cues.append((tok, span))

    cands: list[_Cand] = []
    for cue, cue_span in cues:
        if cue.lemma_ in NEGATABLE and any(c.dep_ == "neg" for c in cue.children):
            continue  # "declined to comment", "did not respond": no content is reported
        spk = speaker_token(cue, inside)
        if spk is not None and para_of[spk.i] != para_of[cue.i]:
            spk = _local_subject(doc, cue, para_of)  # a heading glued to the sentence by the parser
        if spk is not None and inside[spk.i]:
            spk = None
        content = _content(cue, lex, para_of)
        if content is not None:
            start, end = content
            end = min(end, start + MAX_CONTENT_TOKENS)
            if cue_span[0] <= start < cue_span[1]:
                start = cue_span[1]
            start, end = _trim(doc, start, end, keep_marks=True)
            if end - start < 2:
                content = None
        if content is None:
            _attach_adjacent(doc, cue, cue_span, spk, qs, q_at, para_of, cands)
            continue
        touched: list[int] = []
        outside_words = 0
        spk_lo, spk_hi = np_extent(spk) if spk is not None else (-1, -1)
        for i in range(start, end):
            k = q_at[i]
            if k >= 0:
                if not touched or touched[-1] != k:
                    touched.append(k)
            elif doc[i].is_alpha and not (spk_lo <= i < spk_hi) and i != cue.i:
                outside_words += 1
        if touched:
            start = min(start, qs[touched[0]].start)
            end = max(end, qs[touched[-1]].end)
        if not touched and cue.lemma_ in lex["naming_verbs"] and cue.lemma_ not in lex["speech_verbs"]:
            continue  # "called the police" is no quotation; "called him “a disaster”" is
        if touched and outside_words == 0:
            for k in touched:
                if not qs[k].used:
                    qs[k].used = True
                    qs[k].owner = len(cands)
                    cands.append(_Cand(qs[k].start, qs[k].end, "direct", cue_span, spk, qs[k].para))
            continue
        if spk is None:
            continue  # reported content with no speaker ("is said to") is no attribution we can use
        for k in touched:
            qs[k].used = True
        cands.append(_Cand(start, end, "mixed" if touched else "indirect", cue_span, spk, para_of[start]))

    _continuations(doc, qs, cands, para_of)
    cands = _outermost(cands)
    return _build(doc, cands, anon, inside, lex)


def _local_subject(doc: Doc, cue: Token, para_of: list[int]) -> Token | None:
    """The last nominal before the cue in its own paragraph whose head lies outside that stretch."""
    para = para_of[cue.i]
    lo = cue.i
    while lo > 0 and para_of[lo - 1] == para and cue.i - lo < 40:
        lo -= 1
    best = None
    for tok in doc[lo : cue.i]:
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and not (lo <= tok.head.i < cue.i):
            best = tok
    return best


def _attach_adjacent(doc: Doc, cue: Token, cue_span, spk, qs: list[_Q], q_at, para_of, cands) -> None:
    """Give a bare cue ("..., she said" / "said X:") to the quote right beside it."""
    if spk is None:
        return
    spk_lo = spk.left_edge.i
    if spk.ent_type_ == "PERSON" or spk.pos_ in ("PRON", "PROPN"):
        spk_lo = min(spk_lo, spk.i)
    lo = min(cue.i, spk_lo)
    para = para_of[cue.i]
    # a quote ending just before the cue clause
    i = lo - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and q_at[i] < 0:
        if doc[i].is_space and "\n" in doc[i].text:
            break
        i -= 1
    if i >= 0 and q_at[i] >= 0 and doc[i].i == qs[q_at[i]].end - 1:
        k = q_at[i]
        q = qs[k]
        if not q.used and para_of[q.end - 1] == para:
            q.used = True
            q.owner = len(cands)
            cands.append(_Cand(q.start, q.end, "direct", cue_span, spk, q.para))
            return
    # a quote starting just after the cue clause ("she said: “...”", "said Ms. X, “...”")
    hi = max(cue_span[1] - 1, spk.right_edge.i if spk.i > cue.i else cue_span[1] - 1)
    j = hi + 1
    colon = False
    while j < len(doc) and q_at[j] < 0:
        tok = doc[j]
        if tok.text == ":":
            colon = True
        elif tok.is_space:
            if not colon:  # "He said:" closing a paragraph introduces the quote below it
                break
        elif not (tok.is_punct or tok.lower_ == "that"):
            break
        j += 1
    if j < len(doc) and q_at[j] >= 0 and qs[q_at[j]].start == j:
        k = q_at[j]
        q = qs[k]
        if not q.used and (para_of[j] == para or (colon and para_of[j] == para + 1)):
            q.used = True
            q.owner = len(cands)
            cands.append(_Cand(q.start, q.end, "direct", cue_span, spk, q.para))


def _continuations(doc: Doc, qs: list[_Q], cands: list[_Cand], para_of: list[int]) -> None:
    """Unattributed quotes right after an attributed one keep its speaker; short ones are scare quotes."""
    ends = sorted((c.end, idx) for idx, c in enumerate(cands))
    end_keys = [e for e, _ in ends]

    def add(cand: _Cand) -> None:
        idx = len(cands)
        cands.append(cand)
        pos = bisect.bisect_right(end_keys, cand.end)
        end_keys.insert(pos, cand.end)
        ends.insert(pos, (cand.end, idx))

    for q in sorted(qs, key=lambda q: q.start):
        if q.used:
            continue
        words = sum(1 for t in doc[q.start : q.end] if t.is_alpha)
        signed = _dash_signature(doc, q, para_of)
        if signed is not None:
            q.used = True
            add(_Cand(q.start, q.end, "direct", (signed[0].i, signed[0].i + 1), signed[1], q.para))
            continue
        pos = bisect.bisect_right(end_keys, q.start) - 1
        if pos >= 0 and words >= 3:
            idx = ends[pos][1]
            prev = cands[idx]
            last_para = para_of[prev.end - 1]
            qp = para_of[q.start]
            if prev.speaker is not None and (qp == last_para or (qp == last_para + 1 and q.opens_para)):
                q.used = True
                root = prev.inherit if prev.inherit >= 0 else idx
                add(_Cand(q.start, q.end, "direct", None, prev.speaker, q.para, inherit=root))
                continue
        if words >= MIN_UNATTRIBUTED_WORDS:
            q.used = True
            add(_Cand(q.start, q.end, "direct", None, None, q.para))


def _dash_signature(doc: Doc, q: _Q, para_of: list[int]) -> tuple[Token, Token] | None:
    """ "“…” ― Ana Ruiz" closing a paragraph: the dash is the cue, the name the speaker."""
    i = q.end
    n = len(doc)
    while i < n and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    if i >= n or doc[i].text not in DASHES:
        return None
    dash = doc[i]
    name: list[Token] = []
    i += 1
    while i < n and len(name) <= 5:
        tok = doc[i]
        if tok.is_space:
            if "\n" in tok.text:
                break
            i += 1
            continue
        if tok.text in ".,":
            break
        if not tok.is_title:
            return None
        name.append(tok)
        i += 1
    if not name or len(name) > 5:
        return None
    if i < n and not doc[i].is_space and doc[i].text not in ".,":
        return None
    return dash, name[-1]


def _outermost(cands: list[_Cand]) -> list[_Cand]:
    """Drop a reported quote nested inside another quote (outermost attribution wins)."""
    order = sorted(range(len(cands)), key=lambda i: (cands[i].start, -cands[i].end))
    keep: list[int] = []
    max_end = -1
    owner = -1
    for i in order:
        c = cands[i]
        if c.end <= max_end and owner >= 0 and c.kind != "direct":
            continue
        if c.end <= max_end and c.kind == "direct" and cands[owner].kind != "direct":
            continue  # a quote inside a mixed quote is already part of it
        keep.append(i)
        if c.end > max_end:
            max_end = c.end
            owner = i
    keep_set = set(keep)
    # continuations point at indices: keep them pointing at kept candidates
    return (
        [c for i, c in enumerate(cands) if i in keep_set] if len(keep_set) == len(cands) else _reindex(cands, keep_set)
    )


def _reindex(cands: list[_Cand], keep: set[int]) -> list[_Cand]:
    new_index = {}
    out: list[_Cand] = []
    for i, c in enumerate(cands):
        if i in keep:
            new_index[i] = len(out)
            out.append(c)
    for c in out:
        c.inherit = new_index.get(c.inherit, -1)
    return out


def _build(doc: Doc, cands: list[_Cand], anon: list[Token], inside: list[bool], lex: Lexicon):
    ents: dict[int, Span] = {}
    for ent in entities(doc):
        for i in range(ent.start, ent.end):
            ents[i] = ent
    resolver = Resolver(doc, ents, inside, lex)
    order = sorted(range(len(cands)), key=lambda i: (cands[i].start, cands[i].end))
    mentions: dict[int, Mention] = {}
    mention_cache: dict[int, Mention | None] = {}  # None: the token cannot be a speaker
    # resolve speakers, and the subjects of "they spoke on condition of anonymity", in the order
    # their mentions appear (a cue can follow its quote; a pronoun looks back from where it stands)
    events: list[tuple[int, int, object]] = []
    for i in order:
        tok = cands[i].speaker
        if tok is not None and cands[i].inherit < 0:
            events.append((tok.i, 0, i))
    for tok in anon:
        site = _reason_site(tok)
        if site is not None:
            events.append((site[0].i, 1, site))
    events.sort(key=lambda e: (e[0], e[1]))
    reasons: list[tuple[Mention, str]] = []
    for pos, what, payload in events:
        tok = doc[pos]
        m = mention_cache.get(pos)
        if what == 0:
            if pos not in mention_cache:
                m = describe(tok, ents, lex, resolver.surnames)
                if m is not None:
                    resolver.resolve(m)
                mention_cache[pos] = m
            if m is not None:  # else the quote keeps no speaker
                mentions[payload] = m  # type: ignore[index]
            continue
        if m is None:
            m = describe(tok, ents, lex, resolver.surnames)
            if m is None or not (m.pronoun or m.definite):
                continue
            resolver.resolve(m)
            if not m.key or m.key.startswith("u:"):
                continue
        reasons.append((m, payload[1]))  # type: ignore[index]
    for i in order:
        c = cands[i]
        if c.inherit >= 0 and c.inherit in mentions:
            mentions[i] = mentions[c.inherit]

    drafts: dict[str, source_drafts.SourceDraft] = {}
    for i in order:
        m = mentions.get(i)
        if m is None:
            continue
        _add(drafts, m, quoted=True)
    for m, reason in reasons:
        d = drafts.get(m.key)
        if d is None:
            continue
        d.reason = d.reason or reason
        if d.kind == "group":
            d.kind = "anonymous"
        _add(drafts, m, quoted=False)
    # other mentions of named people who are sources
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        s, e = clean_name(ent, lex)
        if e <= s:
            continue
        full = resolver.fullest(doc[s:e].text, doc[s].idx)
        d = drafts.get("p:" + full)
        if d is not None:
            if d.description is None and not inside[s]:
                described = describe(doc[e - 1], ents, lex, resolver.surnames)
                d.description = described.description if described is not None else None
            d.mentions.setdefault(
                doc[s].idx,
                TextSpan(text=doc[s:e].text, start=doc[s].idx, end=doc[e - 1].idx + len(doc[e - 1].text)),
            )
            d.first = min(d.first, doc[s].idx)
    for pos in resolver.surname_tokens:
        if inside[pos]:
            continue
        tok = doc[pos]
        d = drafts.get("p:" + resolver.fullest(tok.text, tok.idx))
        if d is not None:
            d.mentions.setdefault(tok.idx, TextSpan(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)))
    sources, ids = source_drafts.finish(drafts)
    by_id = {s.id: s for s in sources}

    quotes: list[Quote] = []
    # Doc.text joins every token in Python: take the article's text when the Doc was made from it
    article = doc._.dw_article
    doc_len = doc[-1].idx + len(doc[-1].text_with_ws)
    full_text = article.text if article is not None and len(article.text) == doc_len else doc.text
    for n, i in enumerate(order, 1):
        c = cands[i]
        s_tok, e_tok = doc[c.start], doc[c.end - 1]
        start, end = s_tok.idx, e_tok.idx + len(e_tok.text)
        cue = None
        if c.cue is not None:
            cs = doc[c.cue[0] : c.cue[1]]
            cue = TextSpan(text=cs.text, start=cs.start_char, end=cs.end_char)
        speaker = None
        m = mentions.get(i)
        if m is not None:
            sid = ids.get(m.key)
            src = by_id.get(sid or "")
            speaker = Speaker(
                name=(src.name if src is not None and src.kind == "person" else m.name) or m.text,
                text=m.text,
                start=m.start,
                end=m.end,
                description=m.description or (src.description if src is not None else None),
                kind=src.kind if src is not None else m.kind,
                count=m.count if m.count is not None else (src.count if src is not None else None),
                source_id=sid,
            )
        sent_start = resolver.sentence_chars(s_tok.i)[0]
        sent_end = resolver.sentence_chars(e_tok.i)[1]
        quotes.append(
            Quote(
                id=f"q{n}",
                text=full_text[start:end],
                start=start,
                end=end,
                kind=c.kind,
                cue=cue,
                speaker=speaker,
                sentence=SentenceRef(start=sent_start, end=max(sent_end, sent_start)),
            )
        )
    return quotes, sources


def _add(drafts, m: Mention, quoted: bool) -> None:
    source_drafts.add_mention(
        drafts,
        key=m.key,
        text=m.text,
        start=m.start,
        end=m.end,
        kind=m.kind,
        name=m.name,
        pronoun=m.pronoun or m.antecedent is not None,
        description=m.description,
        count=m.count,
        reason=m.reason,
        quoted=quoted,
    )


def _reason_site(tok: Token) -> tuple[Token, str] | None:
    """Who "spoke on condition of anonymity" (or "was not authorized to speak"), and the reason given."""
    doc = tok.doc
    cur = tok
    verb = None
    subj = None
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            for c in cur.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    verb, subj = cur, c
                    break
            if subj is not None:
                break
            if cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN"):
                verb, subj = cur, cur.head
                break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if subj is None or verb is None:
        return None
    if subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        subj = verb.head
    end = verb.right_edge.i + 1
    if tok.lower_ == "anonymity":
        # the reason is what follows "on condition of anonymity" ("to discuss ..."), else the clause
        reason = _span_text(doc, tok.i + 1, end) or _span_text(doc, verb.i, end)
    else:
        reason = _span_text(doc, tok.i - 1, end)
    return subj, reason


def _span_text(doc: Doc, start: int, end: int) -> str:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end].text if end > start else ""
