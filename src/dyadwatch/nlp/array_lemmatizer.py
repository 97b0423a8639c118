"""The model's lemmatizer, asked once per distinct word form, with the doc's lemmas read and written as arrays.

spaCy's ``Lemmatizer`` makes a ``Token`` of every word of every story and asks its rules for each, and it keeps no
answer for a word in its base form: over the 89 VOA stories that is 65,000 calls and about 2% of the whole run. A
rule lemma depends only on the word, its part of speech and its morphology (the key spaCy's own cache uses), and a
lookup lemma on the word alone. So ``ArrayLemmatizer`` reads those three columns, asks the model's lemmatizer once
for each key it has not met before, and writes the lemmas back as one column: the tokens get the lemmas spaCy's
component gives them (tests/nlp/test_array_lemmatizer.py and ``benchmarks/analyze_speed.py`` compare the two token
by token).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc


class ArrayLemmatizer:
    """Answers for a wrapped spaCy lemmatizer: its tables, its mode and its ``overwrite`` (off in the pinned model,
    so a lemma the attribute ruler set, as the team's exceptions do, is kept)."""

    def __init__(self, inner: Lemmatizer | None = None) -> None:
        self.inner = inner
        self.known: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma, for the vocab's life

    @property
    def lookups(self) -> Lookups | None:
        """The model's tables, which the event coder also reads (its irregular verb forms)."""
        return getattr(self.inner, "lookups", None)

    def __call__(self, doc: Doc) -> Doc:
        if self.inner is None or not len(doc):
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = list(range(len(doc))) if self.inner.overwrite else (columns[:, 3] == 0).nonzero()[0].tolist()
        if not todo:
            return doc
        rows = columns[todo]
        keys = list(zip(rows[:, 0].tolist(), rows[:, 1].tolist(), rows[:, 2].tolist(), strict=True))
        known = self.known
        found = [known.get(key) for key in keys]
        for n, lemma in enumerate(found):
            if lemma is None:  # a form not met before (or twice in this doc): the model's lemmatizer decides, once
                key = keys[n]
                lemma = known.get(key)
                if lemma is None:
                    lemma = known[key] = doc.vocab.strings.add(self.inner.lemmatize(doc[todo[n]])[0])
                found[n] = lemma
        lemmas = columns[:, 3].copy()
        lemmas[todo] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("dyadwatch_lemmatizer")
def make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    return ArrayLemmatizer()


def swap_in(nlp: Language, names: Iterable[str] = ("lemmatizer",)) -> None:
    """Run the pipeline's spaCy lemmatizer(s) through ArrayLemmatizer: same name, same place, same tables."""
    for name in names:
        if name not in nlp.pipe_names:
            continue
        old = nlp.get_pipe(name)
        if isinstance(old, Lemmatizer):
            nlp.replace_pipe(name, "dyadwatch_lemmatizer").inner = old
