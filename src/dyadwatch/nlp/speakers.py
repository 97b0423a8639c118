"""Who is speaking: the speaker of a cue, how far its mention reaches, what describes it, and
which earlier mention a surname, a pronoun or "those people" points back to.

No coreference model is installed (coreferee does not support spaCy 3.8) and a second model would
cost more than the whole component may, so this is a small, explainable resolver over the parse:
names are matched by surname, "he"/"she" go to the most salient compatible person in the nearest
earlier sentence, "they" and "those people" to the most recent plural source.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from dyadwatch.model import SourceKind
from dyadwatch.nlp.mentions import entities

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = {"they", "them"}
COLLECTIVE = {"authority", "authorities", "police", "prosecutor", "prosecutors", "military"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
# dependency labels that belong to a noun phrase's own extent (not appositives or clauses)
NP_RIGHT_DEPS = {"compound", "flat", "amod", "nummod", "prep", "acl", "npadvmod", "case", "nmod"}
QUOTE_CHARS = '"“”„«»‟'
NP_STOP = {",", ";", ":", "–", "—", "--", "(", ")", "[", "]"}


@dataclass(frozen=True)
class Lexicon:
    """The word lists in data/quotes/lexicon.txt, one frozenset per section."""

    sections: dict[str, frozenset[str]]
    numbers: dict[str, int]

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.sections.get(name, frozenset())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Read the lexicon once per process; it is data, so users can extend it without code."""
    text = resources.files("dyadwatch").joinpath("data/quotes/lexicon.txt").read_text("utf-8")
    sections: dict[str, set[str]] = {}
    numbers: dict[str, int] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, set())
            continue
        if current == "number_words":
            word, _, value = line.partition(" ")
            numbers[word.lower()] = int(value)
        else:
            sections[current].add(line.lower())
    return Lexicon({k: frozenset(v) for k, v in sections.items()}, numbers)


@dataclass
class Mention:
    """One mention of a speaker, with everything the record needs and the resolver's link."""

    head: int
    start: int
    end: int
    text: str
    kind: SourceKind = "person"
    name: str | None = None
    description: str | None = None
    count: int | None = None
    reason: str | None = None
    gender: str | None = None
    pronoun: bool = False
    definite: bool = False
    head_lemma: str = ""
    plural: bool = False
    key: str = ""
    antecedent: Mention | None = field(default=None, repr=False)


# --------------------------------------------------------------------------- finding the speaker


def can_speak(tok: Token) -> bool:
    """A token that can head a speaker's mention: it has a letter or a digit.

    White space (an NBSP the parser made a subject or an object), punctuation and lone quote marks
    are never a speaker, whatever the parse says.
    """
    return not (tok.is_space or tok.is_punct) and any(c.isalnum() for c in tok.text)


def speaker_token(cue: Token, inside: list[bool] | None = None) -> Token | None:
    """The token heading the speaker of a cue verb (or of "according to").

    ``inside`` marks tokens inside direct quotes: a subject found there ("..., Full panic mode,”
    said X" parsed with two subjects) is the quote's own words, not the speaker. A head that
    cannot speak (:func:`can_speak`) means no speaker.
    """
    tok = _speaker_head(cue, inside)
    return tok if tok is not None and can_speak(tok) else None


def _speaker_head(cue: Token, inside: list[bool] | None) -> Token | None:
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        nxt = cue.i + 2
        doc = cue.doc
        return doc[nxt] if nxt < len(doc) and doc[nxt].pos_ in ("PROPN", "NOUN", "PRON") else None
    cur = cue
    for _ in range(4):
        passive = False
        for child in cur.children:
            if inside is not None and inside[child.i]:
                continue
            if child.dep_ == "nsubj":
                if child.tag_ in ("WP", "WDT") or child.lower_ in RELATIVE_PRONOUNS:
                    if cur.dep_ == "relcl":
                        return cur.head
                    return None
                if child.dep_ == "nsubj" and child.lower_ in ("it", "there") and _is_expletive(child):
                    return None
                return child
            if child.dep_ == "nsubjpass":
                passive = True
        if passive:
            for child in cur.children:
                if child.dep_ == "agent":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return obj
            return None
        if cur.dep_ in ("acl",) and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head
        if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    # "said Arturo Rocha" when the parser missed the inverted subject
    doc = cue.doc
    nxt = cue.i + 1
    if nxt < len(doc) and doc[nxt].ent_type_ == "PERSON":
        ent_end = nxt
        while ent_end + 1 < len(doc) and doc[ent_end + 1].ent_type_ == "PERSON" and doc[ent_end + 1].ent_iob_ == "I":
            ent_end += 1
        return doc[ent_end]
    return None


def _is_expletive(tok: Token) -> bool:
    """ "It is said that" has no speaker; "it said" (an organisation) has one."""
    return tok.head.lemma_ in ("be", "seem", "appear") or any(c.dep_ == "nsubjpass" for c in tok.head.children)


# --------------------------------------------------------------------------- describing a mention


def _ent_span(tok: Token, ents: dict[int, Span]) -> Span | None:
    return ents.get(tok.i)


def _strip_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim punctuation, quote marks and white space from a token range [start, end)."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _text(doc: Doc, start: int, end: int) -> str:
    start, end = _strip_span(doc, start, end)
    return doc[start:end].text if end > start else ""


def clean_name(span: Span, lex: Lexicon) -> tuple[int, int]:
    """Token range of a person name without titles in front and a possessive at the end.

    White space and punctuation are trimmed from both ends; the range is empty (end <= start) when
    nothing else is left, and callers must then treat it as no name.
    """
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].lower_ in ("'s", "’s")
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
    ):
        end -= 1
    while start < end - 1 and doc[start].lower_ in lex["titles"]:
        start += 1
    return start, end


def _count(head: Token, lex: Lexicon) -> int | None:
    for child in head.children:
        if child.dep_ == "nummod" or (child.dep_ in ("det", "quantmod") and child.like_num):
            word = child.lower_.replace(",", "")
            if word.isdecimal():  # not isdigit: int() refuses "³"
                return int(word)
            if word in lex.numbers:
                return lex.numbers[word]
    if head.tag_ in ("NN", "NNP"):
        for child in head.children:
            if child.dep_ == "det" and child.lower_ in ("a", "an", "another", "one"):
                return 1
    return None


def np_extent(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the head's own noun phrase: modifiers but no clause or appositive."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("punct", "appos", "cc", "conj") or child.is_space:
            start = head.i
            continue
        start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ not in NP_RIGHT_DEPS or child.is_punct:
            break
        end = max(end, child.right_edge.i + 1)
    doc = head.doc
    # never reach across a quote mark, a clause mark (dateline dash, comma) or a line break
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].is_space or doc[i].text in QUOTE_CHARS or doc[i].text in NP_STOP:
            start = i + 1
            break
    for i in range(head.i + 1, end):
        if doc[i].is_space or doc[i].text in QUOTE_CHARS:
            end = i
            break
    return start, end


def _clause_text(tok: Token) -> str:
    doc = tok.doc
    return _text(doc, tok.left_edge.i, tok.right_edge.i + 1)


def _reason_in(tok: Token, lex: Lexicon) -> str | None:
    """A reason for anonymity inside a relative clause or participle ("who were not authorized...")."""
    words = {t.lower_ for t in tok.subtree}
    if not (
        "anonymity" in words
        or "authorized" in words
        or "authorised" in words
        or "permitted" in words
        or ({"named", "identified"} & words and ("not" in words or "n't" in words))
    ):
        return None
    doc = tok.doc
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    while start < end and (doc[start].lower_ in RELATIVE_PRONOUNS or doc[start].pos_ == "AUX" or doc[start].is_punct):
        start += 1
    return _text(doc, start, end) or None


def gender_of(name_tokens: list[Token], lex: Lexicon) -> str | None:
    for tok in name_tokens:
        low = tok.lower_
        if low in ("mr.", "mr"):
            return "m"
        if low in ("ms.", "mrs.", "ms", "mrs", "miss"):
            return "f"
    given = [t for t in name_tokens if t.lower_ not in lex["titles"] and t.is_alpha]
    if given:
        first = given[0].lower_
        if first in lex["female_names"]:
            return "f"
        if first in lex["male_names"]:
            return "m"
    return None


def describe(
    head: Token, ents: dict[int, Span], lex: Lexicon, surnames: frozenset[str] | set[str] = frozenset()
) -> Mention | None:
    """Build the Mention for a speaker head: its extent, kind, description, count and reason.

    ``surnames`` are the last names of the article's PERSON entities: the small model often tags a
    lone "Sheinbaum" or "Deare" as an organisation, but the article has already named the person.

    None when the head cannot speak (:func:`can_speak`) or no word of the mention is left once white
    space and punctuation are trimmed: a mention always has text, and ``start <= end``.
    """
    if not can_speak(head):
        return None
    doc = head.doc
    low = head.lower_
    if head.pos_ == "PRON":
        kind: SourceKind = "group" if low in PLURAL_PRONOUNS else ("organization" if low == "it" else "person")
        return Mention(
            head=head.i,
            start=head.idx,
            end=head.idx + len(head.text),
            text=head.text,
            kind=kind,
            gender=PERSON_PRONOUNS.get(low),
            pronoun=True,
            head_lemma=low,
            plural=low in PLURAL_PRONOUNS,
        )
    # "The U.S. ambassador to Mexico, Ronald Johnson": the person is the appositive
    person_tok = head
    title_np: tuple[int, int] | None = None
    if head.ent_type_ != "PERSON":
        for child in head.rights:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                person_tok = child
                title_np = np_extent(head)
                break
    elif head.dep_ == "appos" and head.head.pos_ == "NOUN":
        title_np = np_extent(head.head)

    parts: list[str] = []
    known = person_tok.lower_ in surnames and _namey(person_tok)
    if (
        person_tok.ent_type_ == "PERSON"
        or known
        or _described_as_person(person_tok, lex)
        or (person_tok.pos_ == "PROPN" and not person_tok.ent_type_ and low not in lex["organization_nouns"])
    ):
        ent = _ent_span(person_tok, ents)
        if ent is None or ent.label_ != "PERSON":
            s, e = person_tok.i, person_tok.i + 1
            while s > 0 and doc[s - 1].dep_ in ("compound", "flat") and doc[s - 1].pos_ == "PROPN":
                s -= 1
            ent = doc[s:e]
        s, e = clean_name(ent, lex)
        if e <= s:
            return None  # only punctuation or white space: "『" taken as a name is no speaker
        # the small model sometimes leaves a given name out of the entity ("Ana" in "Ana Morales")
        while (
            s > 0
            and doc[s - 1].pos_ == "PROPN"
            and doc[s - 1].is_title
            and doc[s - 1].head.i in range(s, e)
            and doc[s - 1].lower_ not in lex["titles"]
            and doc[s - 1].dep_ in ("compound", "flat")
        ):
            s -= 1
        if title_np is not None:
            parts.append(_text(doc, title_np[0], min(title_np[1], ent.start)))
        else:
            np_start, _ = np_extent(person_tok)
            np_start = min(np_start, s)
            while np_start < s and (doc[np_start].dep_ in ("det", "poss") or doc[np_start].tag_ == "POS"):
                np_start += 1
            title = [t for t in doc[np_start:s] if t.lower_ not in ("mr.", "ms.", "mrs.", "mr", "ms", "mrs")]
            if title:
                words = doc[title[0].i : s].text.strip(" ,")
                for child in person_tok.rights:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        words += " " + _clause_text(child)
                        break
                parts.append(words)
        for child in person_tok.rights:
            if child.dep_ == "appos" and child.i >= e and child.ent_type_ != "PERSON":
                parts.append(_clause_text(child))
            elif child.dep_ == "relcl":
                parts.append(_clause_text(child))
        gender = gender_of(list(doc[ent.start : e]), lex)
        text = doc[s:e].text
        return Mention(
            head=person_tok.i,
            start=doc[s].idx,
            end=doc[e - 1].idx + len(doc[e - 1].text),
            text=text,
            kind="person",
            name=text,
            description=", ".join(p for p in parts if p) or None,
            gender=gender,
            head_lemma=doc[e - 1].lower_,
        )

    start, end = np_extent(head)
    ent = _ent_span(head, ents)
    if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC") and ent.start >= start and ent.end <= end:
        pass
    start, end = _strip_span(doc, start, end)
    if end <= start:
        start, end = head.i, head.i + 1
    text = doc[start:end].text
    lemma = head.lemma_.lower()
    plural = head.tag_ in ("NNS", "NNPS")
    definite = any(c.dep_ in ("det",) and c.lower_ in ("the", "those", "these", "that", "this") for c in head.children)
    count = _count(head, lex)
    reason = None
    for child in head.rights:
        if child.dep_ in ("relcl", "acl"):
            reason = reason or _reason_in(child, lex)
            if child.dep_ == "relcl" and not reason:
                parts.append(_clause_text(child))
        elif child.dep_ == "appos" and child.ent_type_ != "PERSON":
            parts.append(_clause_text(child))
    np_words = {t.lower_ for t in doc[start:end]}
    head_low = head.lower_
    kind: SourceKind
    if head_low in lex["document_nouns"] or lemma in lex["document_nouns"]:
        kind = "document"
    elif (
        head_low in lex["anonymous_nouns"]
        and (count is not None or np_words & lex["anonymity_markers"] or lemma == "source" or reason)
        and head.ent_type_ not in ("ORG", "GPE")
    ):
        kind = "anonymous"
    elif (
        (head.ent_type_ in ("ORG", "GPE", "FAC") and not _capitalised_plural(head))
        or head_low in lex["organization_nouns"]
        or lemma in lex["organization_nouns"]
    ):
        kind = "organization"
    elif plural or head.ent_type_ == "NORP":
        kind = "group"
    else:
        kind = "person"
    if kind == "organization" and plural and head.ent_type_ not in ("ORG", "GPE") and lemma not in COLLECTIVE:
        kind = "group"  # "press freedom groups", "several companies": many bodies speaking as one group
    if kind == "anonymous" and count is None and not plural:
        count = 1
    return Mention(
        head=head.i,
        start=doc[start].idx,
        end=doc[end - 1].idx + len(doc[end - 1].text),
        text=text,
        kind=kind,
        name=text,
        description=", ".join(p for p in parts if p) or None,
        count=count,
        reason=reason,
        definite=definite,
        head_lemma=lemma,
        plural=plural or (count or 0) > 1,
    )


# --------------------------------------------------------------------------- resolving mentions


@dataclass
class _PersonRef:
    pos: int
    sent: int
    name: str
    subject: bool
    depth: int
    gender: str | None


class Resolver:
    """Links mentions in text order: surnames to full names, pronouns and definite NPs to antecedents."""

    def __init__(self, doc: Doc, ents: dict[int, Span], inside_quote: list[bool], lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.sent_of: dict[int, int] = {}
        self.sent_starts: list[int] = []
        self.sent_ends: list[int] = []
        for sent in doc.sents:
            self.sent_starts.append(sent.start)
            self.sent_ends.append(sent.end)
        self.full_names: dict[str, list[tuple[int, str]]] = {}
        self.genders: dict[str, str] = {}
        self.people: list[_PersonRef] = []
        self.history: list[Mention] = []
        persons = [e for e in entities(doc) if e.label_ == "PERSON"]
        for ent in persons:
            s, e = clean_name(ent, lex)
            if e <= s:
                continue
            name = doc[s:e].text
            self.full_names.setdefault(doc[e - 1].lower_, []).append((doc[s].idx, name))
        self.surnames = frozenset(self.full_names)
        refs: list[tuple[int, int]] = []
        for ent in persons:
            s, e = clean_name(ent, lex)
            if e > s:
                refs.append((s, e))
        in_person = {i for s, e in refs for i in range(s, e)}
        self.surname_tokens: list[int] = []
        if self.surnames:
            # find surname tokens in numpy: a Python loop over every token costs more than the rest
            lowers = doc.to_array([LOWER])
            wanted = numpy.array([doc.vocab.strings.add(s) for s in self.surnames], dtype=lowers.dtype)
            for i in numpy.flatnonzero(numpy.isin(lowers, wanted)).tolist():
                tok = doc[i]
                if _namey(tok) and i not in in_person:
                    refs.append((i, i + 1))
                    self.surname_tokens.append(i)
        refs.sort()
        for s, e in refs:
            ent = doc[s:e]
            if inside_quote[s]:
                continue
            name = self.fullest(doc[s:e].text, doc[s].idx)
            gender = gender_of(list(doc[max(0, s - 1) : e]), lex) or self._pronoun_after(ent)
            if gender and name not in self.genders:
                self.genders[name] = gender
            head = doc[e - 1]
            subject = head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass")
            )
            self.people.append(_PersonRef(head.i, self._sent(head.i), name, subject, tree_depth(head), gender))

    def sentence_chars(self, i: int) -> tuple[int, int]:
        """Character range of the sentence holding token i (without spaCy's per-call sentence scan)."""
        n = self._sent(i)
        doc = self.doc
        last = doc[self.sent_ends[n] - 1]
        return doc[self.sent_starts[n]].idx, last.idx + len(last.text)

    def _sent(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def _pronoun_after(self, ent: Span) -> str | None:
        """Learn a gender from the first he/his/she/her after a name in its sentence, before another name."""
        sent_end = self.sent_ends[self._sent(ent.start)]
        for tok in self.doc[ent.end : min(sent_end, ent.end + 25)]:
            if tok.ent_type_ == "PERSON":
                return None
            g = {
                "he": "m",
                "his": "m",
                "him": "m",
                "himself": "m",
                "she": "f",
                "her": "f",
                "herself": "f",
            }.get(tok.lower_)
            if g:
                return g
        return None

    def fullest(self, name: str, pos: int) -> str:
        """The longest name in the article ending in the same word ("Johnson" -> "Ronald Johnson")."""
        words = name.split()
        if not words:
            return name
        options = self.full_names.get(words[-1].lower(), [])
        best = name
        best_key = (len(words), 0)
        for opos, full in options:
            fwords = full.split()
            if not set(w.lower() for w in words) <= set(w.lower() for w in fwords):
                continue
            key = (len(fwords), 1 if opos <= pos else 0)
            if key > best_key:
                best, best_key = full, key
        return best

    def resolve(self, m: Mention) -> None:
        """Fill m.name/gender/antecedent and the grouping key."""
        if m.pronoun:
            if m.head_lemma in PERSON_PRONOUNS:
                ref = self._person_for(m)
                if ref is not None:
                    m.name = ref.name
                    m.key = "p:" + ref.name
                    m.gender = m.gender or self.genders.get(ref.name)
            elif m.plural or m.head_lemma == "it":
                ante = self._recent(
                    lambda h: (
                        (h.plural or h.kind in ("group", "anonymous"))
                        if m.plural
                        else h.kind in ("organization", "document")
                    )
                )
                if ante is not None:
                    self._link(m, ante)
            if not m.key:
                m.key = f"u:{m.start}"
        elif m.kind == "person" and m.name and m.head_lemma and _namey(self.doc[m.head]):
            m.name = self.fullest(m.name, m.start)
            m.key = "p:" + m.name
            m.gender = m.gender or self.genders.get(m.name)
            if m.gender:
                self.genders.setdefault(m.name, m.gender)
        elif m.definite and not any(
            t.pos_ == "PROPN" or t.ent_type_ for t in self.doc.char_span(m.start, m.end, alignment_mode="expand") or ()
        ):
            ante = self._recent(lambda h: not h.pronoun and h.kind != "person" and h.head_lemma == m.head_lemma)
            if ante is not None:
                self._link(m, ante)
            else:
                m.key = f"k:{m.kind}:{_norm(m.text)}"
        elif m.kind == "anonymous":
            m.key = f"a:{m.start}"
        else:
            m.key = f"k:{m.kind}:{_norm(m.text)}"
        self.history.append(m)
        if m.kind == "person" and m.name and m.key.startswith("p:"):
            self.people.append(_PersonRef(m.head, self._sent(m.head), m.name, True, 0, m.gender))
            self.people.sort(key=lambda r: r.pos)

    def _link(self, m: Mention, ante: Mention) -> None:
        root = ante.antecedent or ante
        m.antecedent = root
        m.key = root.key
        m.kind = root.kind
        m.name = root.name
        m.count = m.count if m.count is not None else root.count

    def _recent(self, ok) -> Mention | None:
        for h in reversed(self.history):
            if ok(h):
                return h
        return None

    def _person_for(self, m: Mention) -> _PersonRef | None:
        sent = self._sent(m.head)
        fallback: _PersonRef | None = None
        for s in range(sent, max(-1, sent - 7), -1):
            cands = [
                r
                for r in self.people
                if r.sent == s and r.pos < m.head and (m.gender is None or r.gender is None or r.gender == m.gender)
            ]
            if not cands:
                continue
            subjects = [r for r in cands if r.subject]
            if subjects:
                return min(subjects, key=lambda r: (r.depth, -r.pos))
            fallback = fallback or cands[-1]
        return fallback


def _described_as_person(tok: Token, lex: Lexicon) -> bool:
    """A name the model called an ORG but the text describes as a person ("X, director of ...", "X, who")."""
    if tok.pos_ != "PROPN":
        return False
    for child in tok.rights:
        if child.dep_ == "appos" and (child.lower_ in lex["titles"] or child.lemma_ in lex["person_roles"]):
            return True
        if child.dep_ == "relcl" and any(c.lower_ == "who" for c in child.children):
            return True
    return False


def _capitalised_plural(tok: Token) -> bool:
    """ "Farmers said" at a sentence start: the small model calls it an ORG, but it is a group."""
    ent = [t for t in tok.doc[max(0, tok.i - 3) : tok.i + 4] if t.ent_type_ == tok.ent_type_]
    return tok.is_sent_start is True and tok.tag_ in ("NNS", "NNPS") and len(ent) <= 1


def _namey(tok: Token) -> bool:
    """Could be a name: the small model tags some surnames ("Reyes") as common nouns."""
    return tok.pos_ == "PROPN" or (tok.is_title and tok.pos_ in ("NOUN", "X", "ADJ"))


def tree_depth(tok: Token) -> int:
    """Steps from ``tok`` up to its sentence root (capped at 50)."""
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def _norm(text: str) -> str:
    words = text.lower().split()
    while words and words[0] in ("the", "a", "an", "those", "these", "some"):
        words = words[1:]
    return " ".join(words)
