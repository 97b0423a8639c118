"""The quote cues and figure starts are looked up in the doc's arrays instead of spaCy's Matcher (for speed);
they must find exactly what the Matcher patterns they replaced find (model-loading: slow)."""

from __future__ import annotations

import pytest
from dwtest import shared_path
from spacy.matcher import Matcher

from dyadwatch.extract.numbers import FRACTIONS, VAGUE

pytestmark = pytest.mark.slow

TEXTS = [
    "",
    "Said.",
    "According to officials, the talks failed, a spokesman said, speaking on condition of anonymity.",
    "The official, who was not authorized to speak publicly and wasn't permitted to comment, described the plan.",
    "He called the deal a disaster, pointed out its flaws and noted that it was n't authorised by anyone.",
    "For a month, a percentage point, an hour, dozens of people and half the 3,000 troops were counted.",
    "Two-thirds of the 1.5 million voters and a hundred others stayed home, according to",
    "A week later, nearly 40% said a decade was too long; an a year.",
]


def matcher_quotes(nlp, lex) -> Matcher:
    matcher = Matcher(nlp.vocab)
    verbs = sorted(lex["speech_verbs"] | lex["naming_verbs"])
    matcher.add("CUE", [[{"LEMMA": {"IN": verbs}, "POS": {"IN": ["VERB", "AUX"]}}]])
    matcher.add("ACCORDING", [[{"LOWER": "according"}, {"LOWER": "to"}]])
    not_allowed = [{"LOWER": {"IN": ["not", "n't"]}}, {"LOWER": {"IN": ["authorized", "authorised", "permitted"]}}]
    matcher.add("ANON", [[{"LOWER": "anonymity"}], not_allowed])
    return matcher


def matcher_figures(nlp) -> Matcher:
    matcher = Matcher(nlp.vocab)
    words = sorted(set(VAGUE) | set(FRACTIONS) | {"dozen", "hundred"})
    matcher.add("FIGURE", [[{"LIKE_NUM": True}], [{"LOWER": {"IN": words}}]])
    units = ["percentage", "year", "month", "week", "day", "decade", "hour", "century", "mile", "kilometer"]
    matcher.add("ONE", [[{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": units}}]])
    return matcher


@pytest.fixture(scope="module")
def docs(nlp):
    seed = shared_path("seed", "us-mexico-2025-08-08.txt").read_text("utf-8")
    ours = [n for n in nlp.pipe_names if n.startswith("dyadwatch")]
    with nlp.select_pipes(disable=ours):
        return list(nlp.pipe([*TEXTS, seed]))


def test_quote_cues_are_what_the_matcher_found(nlp, docs):
    finder = nlp.get_pipe("dyadwatch_quotes").cues
    matcher = matcher_quotes(nlp, nlp.get_pipe("dyadwatch_quotes").lex)
    labels = set()
    for doc in docs:
        want = [(nlp.vocab.strings[k], s, e) for k, s, e in matcher(doc)]
        assert finder(doc) == want, doc.text[:80]
        labels |= {label for label, _, _ in want}
    assert labels == {"CUE", "ACCORDING", "ANON"}  # the texts exercise every pattern


def test_figure_starts_are_what_the_matcher_found(nlp, docs):
    claims = nlp.get_pipe("dyadwatch_claims")
    matcher = matcher_figures(nlp)
    for doc in docs:
        assert claims.starts(doc) == sorted({s for _, s, _ in matcher(doc)}), doc.text[:80]
    assert claims.starts(docs[5])[:2] == [1, 4]  # "a month", "a percentage point": the article is the one
