"""Speaker description and our own light resolver (surnames, pronouns), on short parsed sentences."""

from __future__ import annotations

import pytest

from dyadwatch.nlp import speakers


def test_speakers_lexicon_has_every_section():
    lex = speakers.lexicon()
    for section in ("speech_verbs", "titles", "anonymous_nouns", "document_nouns", "organization_nouns"):
        assert lex[section], section
    assert "say" in lex["speech_verbs"] and "according" not in lex["speech_verbs"]
    assert lex.numbers["three"] == 3


def _ents(doc):
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


def _cue(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
def test_speakers_appositive_title_becomes_description(nlp):
    doc = nlp("The foreign minister of Chile, Ana Morales, said on Friday that the talks had failed.")
    head = speakers.speaker_token(_cue(doc, "said"))
    assert head is not None
    m = speakers.describe(head, _ents(doc), speakers.lexicon())
    assert m.kind == "person"
    assert m.text == "Ana Morales"
    assert m.description and "foreign minister of Chile" in m.description


@pytest.mark.slow
def test_speakers_anonymous_count_from_number_word(nlp):
    doc = nlp("Four people familiar with the negotiations said the deal was off.")
    head = speakers.speaker_token(_cue(doc, "said"))
    m = speakers.describe(head, _ents(doc), speakers.lexicon())
    assert m.kind == "anonymous" and m.count == 4
    assert m.text == "Four people familiar with the negotiations"


@pytest.mark.slow
def test_speakers_group_and_document_kinds(nlp):
    lex = speakers.lexicon()
    doc = nlp("Farmers said the rain came too late.")
    assert speakers.describe(speakers.speaker_token(_cue(doc, "said")), _ents(doc), lex).kind == "group"
    doc = nlp("Prices rose 3 percent, according to the census report.")
    head = speakers.speaker_token(_cue(doc, "according"))
    assert head is not None and head.text == "report"
    assert speakers.describe(head, _ents(doc), lex).kind == "document"


@pytest.mark.slow
def test_speakers_resolver_surname_and_pronoun(nlp):
    lex = speakers.lexicon()
    doc = nlp("Mayor Helen Grant opened the bridge on Sunday. Grant said it was safe. She said more work was needed.")
    ents = _ents(doc)
    resolver = speakers.Resolver(doc, ents, [False] * len(doc), lex)
    assert resolver.fullest("Grant", 0) == "Helen Grant"
    said = [t for t in doc if t.text == "said"]
    surname = speakers.describe(speakers.speaker_token(said[0]), ents, lex, resolver.surnames)
    resolver.resolve(surname)
    assert surname.name == "Helen Grant"
    pron = speakers.describe(speakers.speaker_token(said[1]), ents, lex, resolver.surnames)
    resolver.resolve(pron)
    assert pron.pronoun and pron.name == "Helen Grant" and pron.key == surname.key


@pytest.mark.slow
def test_speakers_pronoun_respects_gender(nlp):
    lex = speakers.lexicon()
    doc = nlp("Robert Klein met Susan Park in Lima. She said the visit went well.")
    ents = _ents(doc)
    resolver = speakers.Resolver(doc, ents, [False] * len(doc), lex)
    pron = speakers.describe(speakers.speaker_token(_cue(doc, "said")), ents, lex, resolver.surnames)
    resolver.resolve(pron)
    assert pron.name == "Susan Park"


@pytest.mark.slow
def test_speakers_named_director_is_a_person_and_plural_bodies_a_group(nlp):
    lex = speakers.lexicon()
    doc = nlp("Lena Ortiz, director of the Clean Water Institute, said the river was safe again.")
    m = speakers.describe(speakers.speaker_token(_cue(doc, "said")), _ents(doc), lex)
    assert m.kind == "person" and m.text == "Lena Ortiz"
    assert m.description and "director of the Clean Water Institute" in m.description
    doc = nlp("Several farm groups said the new rules were too strict.")
    assert speakers.describe(speakers.speaker_token(_cue(doc, "said")), _ents(doc), lex).kind == "group"


def test_speakers_whitespace_and_punctuation_never_speak():
    import spacy

    doc = spacy.blank("en")("Ana \u00a0 『 , said 3")
    assert [t.text for t in doc if speakers.can_speak(t)] == ["Ana", "said", "3"]
    lex = speakers.lexicon()
    for tok in doc:
        if not speakers.can_speak(tok):
            assert speakers.describe(tok, {}, lex) is None, repr(tok.text)
    s, e = speakers.clean_name(doc[1:4], lex)  # NBSP, "『", ","
    assert e <= s


# fuzz finds (tests/fuzz/crashers/analyze-17154890ed9a.bin and -5995b96d4cba.bin): "『" (or an NBSP) taken
# as the speaker gave a speaker ('', 29, 28) with end < start
SPEAKER_CRASHERS = [
    "\uf628 o according to taened\u00a0î¯x\U000e8a94 『",
    # analyze-5995b96d4cba.bin: ('', 125, 124)
    "\x1c\u2066\x85 «نحن هنا» Hrthreatened \x88¨\U000dfe25\x17\U00083f28\n\x00『\xa0WASHINGTON (AP) — «نحن هنا»\t"
    "\x00\x8dI\xa0\x81\xa0«نحن هنا» \x9f\uf628 Mexico according to threatened ¼%\x0b\x1e\x9f\xa0î¯x\U000e8a94 『",
    "MEXICO CITY \u2014 \u00a0 said \u00a0\u201cWe will not,\u201d \u00a0 said\u00a0\u00a0.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", SPEAKER_CRASHERS)
def test_speakers_spans_are_never_reversed_or_empty(analyzer, text):
    from dyadwatch.model import Article
    from dyadwatch.read.text import article_id

    doc = analyzer.nlp(analyzer.make_doc(Article(id=article_id(text), text=text, origin="test")))
    for tok in doc:
        if tok.lower_ in ("according", "said"):
            head = speakers.speaker_token(tok)
            assert head is None or speakers.can_speak(head)
    record = analyzer.record(doc)
    spans = [(q.speaker.text, q.speaker.start, q.speaker.end) for q in record.quotes if q.speaker]
    spans += [(m.text, m.start, m.end) for s in record.sources for m in s.mentions]
    for piece, start, end in spans:
        assert 0 <= start < end <= len(text) and text[start:end] == piece and piece.strip(), (piece, start, end)
