"""The model's lemmatizer asked once per word form (nlp/array_lemmatizer.py) must give exactly spaCy's lemmas
(model-loading: slow)."""

from __future__ import annotations

import json

import pytest
import spacy
from dwtest import shared_path
from spacy.pipeline import Lemmatizer

from dyadwatch.nlp import array_lemmatizer, attribute_ruler, lemmas
from dyadwatch.nlp.array_lemmatizer import ArrayLemmatizer
from dyadwatch.settings import Settings

pytestmark = pytest.mark.slow

TEXTS = [
    "",
    "   ",
    "Soldiers raped women and forgave nobody; the talks were held, he's going, they'd gone.",
    "Mexico's president rejected the U.S. offer on Friday, officials said. Bases, basis, leaves, left.",
    "The leaves fell as he leaves; she saw the saw and was seeing things. Better, best, worse, worst.",
]


def stories(n: int) -> list[str]:
    path = shared_path("corpora", "voa", "voa_stories.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line, _ in zip(fh, range(n), strict=False)]


def pipelines(overwrite: bool = False) -> tuple[spacy.language.Language, spacy.language.Language]:
    """spaCy's lemmatizer and ours, each after the same attribute ruler with the team's exceptions."""
    out = []
    for swap in (False, True):
        nlp = spacy.load(Settings().model)
        attribute_ruler.swap_in(nlp)
        lemmas.install(nlp)
        nlp.get_pipe("lemmatizer").overwrite = overwrite
        if swap:
            array_lemmatizer.swap_in(nlp)
        out.append(nlp)
    return out[0], out[1]


@pytest.mark.parametrize("overwrite", [False, True])
def test_same_lemmas_as_spacy(overwrite):
    plain, swapped = pipelines(overwrite)
    assert isinstance(swapped.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert swapped.pipe_names == plain.pipe_names
    texts = TEXTS + stories(12)
    # twice: the second pass answers every form from what the first remembered
    for _ in range(2):
        for a, b in zip(plain.pipe(texts), swapped.pipe(texts), strict=True):
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert swapped.get_pipe("lemmatizer").known  # forms were remembered


def test_a_lemma_the_attribute_ruler_set_is_kept():
    _, swapped = pipelines()
    doc = swapped("Soldiers raped women in the village.")
    assert doc[1].lemma_ == "rape"  # the team's exception (data/coding/lemmas.tsv), not the rules' "rap"


def test_the_pipeline_uses_it_and_keeps_the_models_tables(analyzer):
    lemmatizer = analyzer.nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, ArrayLemmatizer)
    assert isinstance(lemmatizer.inner, Lemmatizer)
    # the event coder reads the model's irregular verb forms through it
    assert lemmatizer.lookups is not None and lemmatizer.lookups.has_table("lemma_exc")
    coder = analyzer.nlp.get_pipe("dyadwatch_events")
    assert coder.irregular.get("retook") == ["retake"]
