"""Headlines: the verb of a title the small model read as a noun or an adjective, given back its verb reading.

Feed titles are written in headline English: present tense, no articles, no final stop ("Sweden expels Russian
diplomat over spying", "India, Bangladesh pledge to boost trade", "Chinese coast guard fires water cannon at
Philippine boats"). The small model, trained on running text, often takes the headline's verb for a plural noun
("expels", "fires"), a noun ("pledge", "vow") or an adjective ("relaxed"), and then parses the title as one long
noun phrase: no verb, no event. Headline English has a fixed shape, subject, verb, object, then adverbials; so a
line that ends without a stop and has no finite verb at all, whose first lowercase word after a noun-phrase
subject is a form of a verb the lexicon codes, is read as that shape: the word becomes the verb (present "-s"
form, plain form after a plural subject, "-ed" form as past), the words before it its subject (commas and "and"
joining coordinated subjects, as in "Paris, Berlin vow ..."), the noun phrase after it its object and the first
preposition after that the verb's own. And a title whose verb the model did find but whose object it took for an
adjective complement ("Turkey launches offensive against ...": "offensive" as an adjective) gets the noun object
back: only linking verbs take adjective complements.

Runs after the model's own components (the attribute rules keep their place in the model's pipeline) and gives
the words it reads anew the tag, part of speech and lemma the tag map and the lemmatizer would have given them (the
lemma is the lexicon verb the form was found as). The cost is one pass over the tags of lines without a stop;
sentences of running text end with one and are not read.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadwatch.coding import lexicon

ENDS = frozenset({".", "!", "?", ";", ":", '"', "'", "\u201d", "\u2019", ")"})
FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
# what a headline's subject is made of: names, nouns, their adjectives, "'s", and the commas and "and" joining them
SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "POS", "HYPH", "DT", ",", "CC"})
# words of an object noun phrase
OBJECT_TAGS = frozenset(
    {"NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "CD", "DT", "PRP$", "POS", "HYPH", "VBN", "VBG"}
)
# verbs that take an adjective complement ("remains calm", "looks unlikely"): any other verb's adjective is its object
LINKING = frozenset(
    {
        "be",
        "seem",
        "become",
        "remain",
        "look",
        "appear",
        "sound",
        "feel",
        "stay",
        "grow",
        "turn",
        "get",
        "prove",
        "keep",
    }
)
MAX_TOKENS = 30


@Language.factory("dyadwatch_headlines")
def make_headlines(nlp: Language, name: str) -> HeadlineReader:
    return HeadlineReader()


class HeadlineReader:
    """Pipeline component: see the module docstring."""

    def __init__(self) -> None:
        self.verbs = frozenset(lemma for pos, lemma in lexicon.patterns(()) if pos == "V")

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        arr = None
        for sent in list(doc.sents):
            last = sent[-1]
            while last.i > sent.start and last.is_space:
                last = doc[last.i - 1]
            if last.text in ENDS or len(sent) > MAX_TOKENS:
                continue
            if arr is None:
                arr = doc.to_array([HEAD, DEP])
            if self._read(doc, sent, arr):
                doc.from_array([HEAD, DEP], arr)
                arr = None
        return doc

    def _verb_form(self, text: str, plural: bool) -> tuple[str, str] | None:
        """The tag and lemma of `text` as a form of a lexicon verb, or None: "-s" present, plain present, "-ed"
        past."""
        low = text.lower()
        if low.endswith("s") and len(low) > 3:
            for stem in (low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else ""):
                if stem in self.verbs:
                    return "VBZ", stem
        if low.endswith("ed") and len(low) > 4:
            for stem in (low[:-1], low[:-2], low[:-3]):
                if stem in self.verbs:
                    return "VBD", stem
        if plural and low in self.verbs:
            return "VBP", low
        return None

    def _read(self, doc: Doc, sent: Span, arr: numpy.ndarray) -> bool:
        tags = [t.tag_ for t in sent]
        if any(tag in FINITE for tag in tags):
            return self._object_back(doc, sent, arr)
        start, end = sent.start, sent.end
        verb = None
        form = None
        for tok in sent[1:]:
            if tok.tag_ not in SUBJECT_TAGS and tok.tag_ != "VB":
                return False
            if tok.text.islower() and tok.tag_ not in {",", "CC", "HYPH", "POS", "DT"}:
                words = [t for t in doc[start : tok.i] if t.tag_ not in {",", "CC", "HYPH", "POS", "DT"}]
                if not words or not any(t.tag_ in {"NNP", "NNPS"} or t.text[:1].isupper() for t in words):
                    return False
                plural = words[-1].tag_ in {"NNS", "NNPS"} or any(t.tag_ in {",", "CC"} for t in doc[start : tok.i])
                form = self._verb_form(tok.text, plural)
                if form is not None and tok.i + 1 < end:
                    verb = tok
                    break
        if verb is None or form is None:
            return False
        v = verb.i
        heads = {}  # token index -> (head index, dep)
        heads[v] = (v, "ROOT")
        subject_end = v
        # a hyphened verb ("test-fires"): its first part and hyphen are the verb's, not the subject's
        if v - 2 > start and doc[v - 1].tag_ == "HYPH" and doc[v - 2].text.islower():
            heads[v - 2] = (v, "compound")
            heads[v - 1] = (v, "punct")
            subject_end = v - 2
        # the subject: noun phrases joined by commas and "and", each headed by its last word
        groups: list[list[int]] = [[]]
        seps = []
        for i in range(start, subject_end):
            if doc[i].tag_ in {",", "CC"}:
                seps.append(i)
                groups.append([])
            else:
                groups[-1].append(i)
        groups = [g for g in groups if g]
        if not groups:
            return False
        first = groups[0][-1]
        for n, group in enumerate(groups):
            head = group[-1]
            heads[head] = (v, "nsubj") if n == 0 else (first, "conj")
            for i in group[:-1]:
                heads[i] = (head, _modifier(doc[i].tag_))
        for i in seps:
            heads[i] = (first, "cc" if doc[i].tag_ == "CC" else "punct")
        # what follows: "to" and a verb, or an object noun phrase, then the first preposition
        rest = region = v + 1
        if doc[rest].lower_ == "to" and rest + 1 < end and doc[rest + 1].tag_ == "VB":
            heads[rest + 1] = (v, "xcomp")
            heads[rest] = (rest + 1, "aux")
            rest += 2
        else:
            obj = []
            # a bare plain form after the verb is a noun ("pledges aid to ..."): the verb has been found
            while rest < end and (doc[rest].tag_ in OBJECT_TAGS or (doc[rest].tag_ == "VB" and not obj)):
                if doc[rest].tag_ == "VB":
                    _noun(doc[rest])
                obj.append(rest)
                rest += 1
            if obj:
                for i in obj[:-1]:
                    heads[i] = (obj[-1], _modifier(doc[i].tag_))
                heads[obj[-1]] = (v, "dobj")
            if rest < end and doc[rest].tag_ in {"IN", "RP"}:
                heads[rest] = (v, "prep" if doc[rest].tag_ == "IN" else "prt")
            region = rest
        # the words after keep the model's heads among themselves; one whose head was elsewhere hangs on the verb
        for i in range(rest, end):
            if i in heads:
                continue
            h = doc[i].head.i
            if not (region <= h < end) or h == i:
                heads[i] = (v, "prep" if doc[i].tag_ == "IN" else "dep")
        for i, (h, dep) in heads.items():
            arr[i, 0] = numpy.int64(h - i).astype(numpy.uint64)
            arr[i, 1] = doc.vocab.strings.add(dep)
        verb.tag_, verb.pos_, verb.lemma_ = form[0], "VERB", form[1]
        return True

    def _object_back(self, doc: Doc, sent: Span, arr: numpy.ndarray) -> bool:
        """A non-linking verb's adjective complement, followed by a preposition, is its noun object."""
        changed = False
        for tok in sent:
            if tok.dep_ != "acomp" or tok.tag_ != "JJ" or tok.i != tok.head.i + 1 or tok.head.tag_ != "VBZ":
                continue
            if tok.head.lower_ in {"is", "seems", "looks", "remains"} or _plain(tok.head.lower_) in LINKING:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if nxt is None or nxt.tag_ != "IN":
                continue
            _noun(tok)
            arr[tok.i, 1] = doc.vocab.strings.add("dobj")
            changed = True
        return changed


def _noun(tok: Token) -> None:
    """Read a word as the noun it is here ("launches offensive against", "pledges aid to")."""
    tok.tag_, tok.pos_, tok.lemma_ = "NN", "NOUN", tok.lower_


def _plain(text: str) -> str:
    if text.endswith("es") and text[:-2] in LINKING:
        return text[:-2]
    return text[:-1] if text.endswith("s") else text


def _modifier(tag: str) -> str:
    return {"JJ": "amod", "JJR": "amod", "JJS": "amod", "DT": "det", "PRP$": "poss", "POS": "case", "CD": "nummod"}.get(
        tag, "punct" if tag == "HYPH" else "compound"
    )
