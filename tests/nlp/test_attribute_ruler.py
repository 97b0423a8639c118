"""The model's attribute rules found over arrays (nlp/attribute_ruler.py) must give exactly the matches, and so the
annotations, of spaCy's own AttributeRuler (model-loading: slow)."""

from __future__ import annotations

import json

import pytest
import spacy
from dwtest import shared_path
from spacy.pipeline import AttributeRuler

from dyadwatch.nlp import lemmas
from dyadwatch.nlp.attribute_ruler import ArrayAttributeRuler, swap_in
from dyadwatch.settings import Settings

pytestmark = pytest.mark.slow

# the model's multi-token and exception rules: contractions, "gonna", "let's", "y'all", "there is", spaces
TEXTS = [
    "",
    "   ",
    "Ain't nobody gonna stop us, and we gotta go, let's say y'all know it.",
    "There is a deal and there were talks; it gets done, he got it.\n\nNew line  and  spaces.",
    "C'mon, the minister said. He's going to Kyiv; they're not, isn't it?",
    "Mexico's president rejected the U.S. offer on Friday, officials said.",
]
ATTRS = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]


@pytest.fixture(scope="module")
def models():
    name = Settings().model
    plain = spacy.load(name)
    swapped = spacy.load(name)
    swap_in(swapped)
    return plain, swapped


def stories(n: int) -> list[str]:
    path = shared_path("corpora", "voa", "voa_stories.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line, _ in zip(fh, range(n), strict=False)]


def test_the_pipeline_finds_the_rules_over_arrays(analyzer, models):
    ruler = analyzer.nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, ArrayAttributeRuler)
    assert ruler.uses_arrays
    assert analyzer.nlp.pipe_names.index("attribute_ruler") == models[0].pipe_names.index("attribute_ruler")
    # the model's rules, then the team's lemma exceptions (nlp/lemmas.py), all found over arrays
    model_rules = len(models[0].get_pipe("attribute_ruler").attrs)
    assert model_rules > 100 and len(ruler.attrs) == model_rules + len(lemmas.exceptions())


def test_same_matches_and_annotations_as_spacy(models):
    plain, swapped = models
    texts = TEXTS + stories(12)
    spacy_ruler = plain.get_pipe("attribute_ruler")
    array_ruler = swapped.get_pipe("attribute_ruler")
    assert type(spacy_ruler) is AttributeRuler
    # the rules read what the tagger and parser left, as in the pipeline
    for doc in plain.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert array_ruler.match(doc) == spacy_ruler.match(doc)
    for a, b in zip(plain.pipe(texts), swapped.pipe(texts), strict=True):
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
    # the exception rules did fire: "ai" is lemmatized "be" by a two-token rule, "gon" "go"
    doc = swapped(TEXTS[2])
    assert [t.lemma_ for t in doc[:2]] == ["be", "not"]
    assert doc[3].lemma_ == "go"


def test_a_rule_of_another_shape_keeps_spacys_matcher(models):
    plain, _ = models
    ruler = ArrayAttributeRuler(plain.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"LEMMA": "much"}, index=-1)
    assert not ruler.uses_arrays
    doc = plain("It was very very good.")
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert len(ruler.match(doc)) == 2


def test_rules_added_later_are_read(models):
    plain, _ = models
    ruler = ArrayAttributeRuler(plain.vocab)
    ruler.add([[{"LOWER": "cartel"}]], {"LEMMA": "gang"})
    doc = plain("The cartel and the other cartel met.")
    assert [(s, e) for _, _, s, e in ruler.match(doc)] == [(1, 2), (5, 6)]
    ruler.add([[{"TAG": "DT"}, {"LOWER": "other"}]], {"LEMMA": "another"}, index=0)
    assert ruler.uses_arrays
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert len(ruler.match(doc)) == 3
