"""dyadwatch's own lemma exceptions (data/coding/lemmas.tsv), added to the model's attribute ruler when it loads.

The lexicon's rows match a token's lemma, so a verb the model's rules lemmatize wrongly fires no row: "Soldiers raped
women" read "raped" as "rap" (criticize). English inflection is regular enough for rules, but where stripping "-ed"
leaves two stems the model's word index both knows ("rap"/"rape", "wag"/"wage", "stag"/"stage"), the rules take the
shorter one; and a form the tagger reads as a base form ("forgave" as VB) is never inflected back at all. Each
exception is one attribute-ruler rule (the word and the tags of its part of speech -> its lemma), found over the doc's
arrays with the model's own rules (nlp/attribute_ruler.py); no download.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from spacy.language import Language


def lemmas_path() -> Path:
    return Path(str(files("dyadwatch") / "data" / "coding" / "lemmas.tsv"))


@cache
def exceptions(path: Path | None = None) -> dict[tuple[str, str], str]:
    """(form, universal part of speech) -> lemma, from the team's file (format in its header)."""
    table: dict[tuple[str, str], str] = {}
    for line in (path or lemmas_path()).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("form\t"):
            continue
        form, pos, lemma = line.split("\t")
        table[(form.lower(), pos.lower())] = lemma
    return table


# The Penn tags a form of each part of speech may carry: the rule applies only where the tagger read the word so
TAGS = {"verb": ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"], "noun": ["NN", "NNS"]}


def install(nlp: Language, path: Path | None = None) -> int:
    """Add the exceptions to `nlp`'s attribute ruler as lemma rules; the number added (0 for a pipeline without one).

    Why the attribute ruler: it runs before the lemmatizer, which keeps a lemma already set (its `overwrite` is off),
    so a rule there decides the lemma through spaCy's public API, as the model's own exceptions ("'s" is "be") do. It
    also reaches forms the tagger reads as a base form ("forgave" tagged VB), which the lemmatizer never inflects."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return 0
    table = exceptions(path)
    ruler = nlp.get_pipe("attribute_ruler")
    for (form, pos), lemma in table.items():
        ruler.add([[{"LOWER": form, "TAG": {"IN": TAGS[pos]}}]], {"LEMMA": lemma})
    return len(table)
