"""The team's lemma exceptions (data/coding/lemmas.tsv, nlp/lemmas.py): inflected forms of the lexicon's trigger
verbs that the model's rule lemmatizer got wrong ("raped" read as "rap", criticism) lemmatize to the row's lemma.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest

from dyadwatch.coding import lexicon
from dyadwatch.nlp import lemmas

pytestmark = pytest.mark.slow


def test_exceptions_file_loads_in_its_format() -> None:
    table = lemmas.exceptions()
    assert ("raped", "verb") in table and table[("raped", "verb")] == "rape"
    assert all(pos in {"verb", "noun"} and form == form.lower() for form, pos in table)


def test_every_exception_serves_a_row() -> None:
    """An exception is kept only for a lemma some V or N row of the lexicon, or a frame, triggers on."""
    rows = lexicon.patterns()
    verbs = {lemma for pos, lemma in rows if pos == "V"} | set(lexicon.frames())
    nouns = {lemma for pos, lemma in rows if pos == "N"}
    unused = [
        (form, pos, lemma)
        for (form, pos), lemma in lemmas.exceptions().items()
        if lemma not in (verbs if pos == "verb" else nouns)
    ]
    assert unused == []


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("Soldiers raped women in the villages, the report said.", "raped", "rape"),
        ("The militia rapes and kills villagers.", "rapes", "rape"),
        ("Gunmen were raping women in the camp.", "raping", "rape"),
        ("The rebels waged a long war against the government.", "waged", "wage"),
        ("The army is waging a campaign in the north.", "waging", "wage"),
        ("Farmers staged a protest in the capital.", "staged", "stage"),
        ("The ministry fined the bank for breaking the rules.", "fined", "fine"),
        ("The regulator fines the company every year.", "fines", "fine"),
        ("Japan hoped to hold talks with Seoul.", "hoped", "hope"),
        ("The talks are slated to begin on Monday.", "slated", "slate"),
        ("Snipers sniped at the soldiers from the rooftops.", "sniped", "snipe"),
        ("The envoy dined with the foreign minister.", "dined", "dine"),
        ("The minister lambasted the opposition.", "lambasted", "lambaste"),
        ("The two sides relaunched talks in Geneva.", "relaunched", "relaunch"),
        ("Police rearrested the activist on Friday.", "rearrested", "rearrest"),
        ("The president scapegoated the migrants.", "scapegoated", "scapegoat"),
        ("Interrogators waterboarded the prisoners.", "waterboarded", "waterboard"),
        ("Troops cordoned off the village.", "cordoned", "cordon"),
        ("The leader extolled the alliance.", "extolled", "extol"),
        ("The government unbanned the party.", "unbanned", "unban"),
    ],
)
def test_fixed_forms(nlp, text: str, form: str, lemma: str) -> None:
    token = next(t for t in nlp(text) if t.text == form)
    assert token.lemma_ == lemma


def test_other_words_keep_the_model_lemma(nlp) -> None:
    """Only the listed forms change: the words the wrong stems belong to keep theirs."""
    lemmas_of = {t.text: t.lemma_ for t in nlp("The singer raps while the dog wagged its tail.")}
    assert lemmas_of["raps"] == "rap" and lemmas_of["wagged"] == "wag"


def test_forms_tagged_as_base_forms(nlp) -> None:
    """The rules set the lemma before the lemmatizer runs, so a form the tagger reads as a base form is reached too."""
    lemmas_of = {t.text: t.lemma_ for t in nlp("Mexico forgave the debt after rebels retook the town.")}
    assert lemmas_of["forgave"] == "forgive" and lemmas_of["retook"] == "retake"


def test_a_fresh_pipeline_has_the_rules() -> None:
    """Loading the model is where the rules go in: a new pipeline lemmatizes the forms from its first document."""
    from dyadwatch.nlp.loader import load_base
    from dyadwatch.settings import Settings

    fresh = load_base(Settings().model)
    assert [t.lemma_ for t in fresh("Soldiers raped women.")][1] == "rape"


def test_pipelines_without_the_components_are_left_alone() -> None:
    import spacy

    assert lemmas.install(spacy.blank("en")) == 0
