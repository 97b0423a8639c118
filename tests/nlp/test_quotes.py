"""dyadwatch_quotes: direct, reported and mixed quotes, their cues and speakers, on short texts."""

from __future__ import annotations

import pytest
from dwtest import make_article

pytestmark = pytest.mark.slow


def _record(analyzer, text: str):
    return analyzer.analyze(make_article(text))


def _check_offsets(record) -> None:
    text = record.article.text
    for q in record.quotes:
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker is not None and q.speaker.start is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
    for s in record.sources:
        for m in s.mentions:
            assert text[m.start : m.end] == m.text


def _by_text(record, fragment: str):
    found = [q for q in record.quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r}: {[q.text for q in record.quotes]}"
    return found[0]


def test_quotes_direct_with_pronoun_and_continuation(analyzer):
    rec = _record(
        analyzer,
        "Governor Alma Reyes of Sonora rejected the proposal on Monday.\n\n"
        "“We will not accept troops on our land,” she said. “Our police can do this work.”\n\n"
        "Reyes added that talks would go on.",
    )
    _check_offsets(rec)
    first = _by_text(rec, "We will not accept")
    assert first.kind == "direct"
    assert first.cue is not None and first.cue.text == "said"
    assert first.speaker.text == "she" and first.speaker.name == "Alma Reyes"
    assert first.speaker.kind == "person"
    second = _by_text(rec, "Our police")
    assert second.speaker.name == "Alma Reyes"
    assert second.speaker.source_id == first.speaker.source_id
    later = _by_text(rec, "talks would go on")
    assert later.kind == "indirect" and later.speaker.name == "Alma Reyes"
    src = next(s for s in rec.sources if s.id == first.speaker.source_id)
    assert src.quotes == 3
    assert src.description and "Governor" in src.description


def test_quotes_inverted_cue_with_relative_clause_description(analyzer):
    rec = _record(
        analyzer,
        '"Nobody in this town trusts the water any more," said Peter Hall, who ran the utility until 2019.',
    )
    _check_offsets(rec)
    q = _by_text(rec, "Nobody in this town")
    assert q.kind == "direct"
    assert q.speaker.name == "Peter Hall"
    assert "ran the utility until 2019" in (q.speaker.description or "")


def test_quotes_multi_paragraph_quote_is_one_quote(analyzer):
    rec = _record(
        analyzer,
        "“The first part of the plan is simple,” said Dana Whitfield, a planner in the city.\n\n"
        "“The second part is much harder and will take years of work.\n\n"
        "“But we will finish it before the next election.”",
    )
    _check_offsets(rec)
    q = _by_text(rec, "second part")
    assert "next election" in q.text
    assert q.speaker is not None and q.speaker.name == "Dana Whitfield"


def test_quotes_mixed_quote_inside_reported_speech(analyzer):
    rec = _record(
        analyzer,
        "The trade minister, Luis Ortega, insisted on Tuesday that the new tariffs were "
        "“a temporary measure” and would end soon.",
    )
    _check_offsets(rec)
    q = _by_text(rec, "temporary measure")
    assert q.kind == "mixed"
    assert q.cue.text == "insisted"
    assert q.speaker.name == "Luis Ortega"
    assert "trade minister" in (q.speaker.description or "")


def test_quotes_anonymous_source_with_count_and_reason(analyzer):
    rec = _record(
        analyzer,
        "Two officials who were not authorized to speak publicly said the agreement was nearly done. "
        "The officials said a signing could come within days.",
    )
    _check_offsets(rec)
    q1 = _by_text(rec, "agreement was nearly done")
    q2 = _by_text(rec, "signing could come")
    assert q1.speaker.kind == "anonymous" and q1.speaker.count == 2
    assert q2.speaker.source_id == q1.speaker.source_id
    src = next(s for s in rec.sources if s.id == q1.speaker.source_id)
    assert src.quotes == 2
    assert src.reason and "not authorized" in src.reason


def test_quotes_organization_group_and_document_sources(analyzer):
    rec = _record(
        analyzer,
        "The Foreign Ministry said the ambassador had been recalled for consultations.\n\n"
        "Unemployment fell to 4 percent in May, according to Labor Department figures.\n\n"
        "The measure will probably slow growth next year, economists say. It could also raise prices, "
        "they added.",
    )
    _check_offsets(rec)
    assert _by_text(rec, "ambassador had been recalled").speaker.kind == "organization"
    doc_q = _by_text(rec, "Unemployment fell")
    assert doc_q.speaker.kind == "document"
    assert doc_q.cue.text == "according to"
    group = _by_text(rec, "slow growth")
    assert group.speaker.kind == "group"
    they = _by_text(rec, "raise prices")
    assert they.speaker.text == "they"
    assert they.speaker.source_id == group.speaker.source_id


def test_quotes_straight_marks_and_colon_cue(analyzer):
    rec = _record(analyzer, 'The mayor, Tom Baines, told reporters: "We have enough buses for everyone this winter."')
    _check_offsets(rec)
    q = _by_text(rec, "enough buses")
    assert q.kind == "direct"
    assert q.speaker.name == "Tom Baines"


def test_quotes_short_scare_quote_is_not_a_quote(analyzer):
    rec = _record(analyzer, "The so-called “peace dividend” never arrived in the valley.")
    assert rec.quotes == []


def test_quotes_no_quotes_and_empty_inputs(analyzer):
    rec = _record(analyzer, "The river rose two meters overnight. Roads were closed in three towns.")
    assert rec.quotes == [] and rec.sources == []


@pytest.mark.parametrize(
    "text",
    [
        '"Unclosed quote at the start, said nobody in particular and it runs on.',
        "A closing mark first” and then “an opening one with no end",
        '““”” ” “ \' " "',
        "He said “one.\n\nShe said “two” and “three",
    ],
)
def test_quotes_unbalanced_marks_do_not_crash(analyzer, text):
    rec = _record(analyzer, text)
    _check_offsets(rec)


def test_quotes_many_marks_keep_their_offsets(analyzer):
    # 12,000 marks, straight and curly, most unpaired: every quote still points at its own text. How long it takes
    # is measured in benchmarks/pathological.py, not here (pytest-timeout is the only clock a test keeps)
    text = ('"a" said he, “b ' * 4000) + "end."
    rec = _record(analyzer, text)
    assert rec.quotes
    _check_offsets(rec)


def test_quotes_pairing_of_half_a_million_marks(nlp):
    from dyadwatch.nlp.quotes import _pair_marks

    doc = nlp.make_doc('" ' * 500_000)
    quotes, paras = _pair_marks(doc)
    assert len(quotes) == 250_000 and len(paras) == len(doc)


def test_quotes_parenthetical_cue_and_colon_paragraph(analyzer):
    rec = _record(
        analyzer,
        "The new bridge, the mayor said, will open in June.\n\n"
        "Nora Vance, the city engineer, said:\n\n"
        "“The steel arrived late, but the crews made up the time over the winter.”",
    )
    _check_offsets(rec)
    paren = _by_text(rec, "will open in June")
    assert paren.kind == "indirect" and paren.speaker.text == "the mayor"
    colon = _by_text(rec, "steel arrived late")
    assert colon.kind == "direct" and colon.speaker.name == "Nora Vance"


def test_quotes_naming_verb_needs_quote_marks(analyzer):
    rec = _record(
        analyzer,
        "The senator called the budget “a recipe for disaster” on Tuesday.\n\nThe neighbors called the police.",
    )
    _check_offsets(rec)
    q = _by_text(rec, "recipe for disaster")
    assert q.kind == "mixed" and q.cue.text == "called"
    assert not [x for x in rec.quotes if "police" in x.text]


def test_quotes_dash_signature(analyzer):
    rec = _record(
        analyzer,
        "Readers wrote in after the debate.\n\n"
        "“Nobody on that stage answered a single question about rent.” ― Marta Ruiz",
    )
    _check_offsets(rec)
    q = _by_text(rec, "answered a single question")
    assert q.speaker is not None and q.speaker.name == "Marta Ruiz"


def test_quotes_pairing_invariants_on_random_marks(nlp):
    import random

    from dyadwatch.nlp.quotes import _pair_marks

    rng = random.Random(11)
    pieces = ['"', "“", "”", "«", "»", " word", " two words", "\n\n", "\n", ", ", ". "]
    for _ in range(300):
        doc = nlp.make_doc("".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))))
        quotes, paras = _pair_marks(doc)
        assert len(paras) == len(doc)
        last_end = 0
        for q in quotes:
            assert last_end <= q.start < q.end <= len(doc)
            last_end = q.end


# --------------------------------------------------------------------------- the seed article


def _seed_quote(record, fragment: str):
    return _by_text(record, fragment)


def test_quotes_seed_every_speaker(seed_record):
    rec = seed_record
    _check_offsets(rec)
    expected = {
        "not going to come to Mexico": ("Claudia Sheinbaum", "she", "direct"),
        "not part of any agreement": ("Claudia Sheinbaum", None, "direct"),
        "was coming": ("Claudia Sheinbaum", "Sheinbaum", "mixed"),
        "blindsided": ("three people familiar with the matter", None, "indirect"),
        "pull back its cooperation": ("three people familiar with the matter", "those people", "indirect"),
        "would read Trump": ("Claudia Sheinbaum", "Sheinbaum", "indirect"),
        "had been assured": ("Claudia Sheinbaum", "She", "indirect"),
        "They need Mexico": ("Arturo Rocha", "Arturo Rocha", "direct"),
        "deepest fear": ("Arturo Rocha", "he", "direct"),
        "sovereignty is a redline": ("Arturo Rocha", None, "direct"),
        "due to a secure border": ("Ronald Johnson", "Ronald Johnson", "mixed"),
        "going bankrupt": ("Ronald Johnson", "Johnson", None),
        "lowest border crossings": ("Customs and Border Protection data", None, "indirect"),
        "hit her hard": ("analysts", "analysts", "indirect"),
        "undermine her ability": ("analysts", "they", "indirect"),
        "mistrusted us": ("Craig Deare", "Craig Deare", "direct"),
        "snap back": ("Craig Deare", None, "direct"),
        "little indication": ("Craig Deare", "Deare", "indirect"),
        "lethal drone programs": ("Mexican officials", "Mexican officials", "indirect"),
        "hundred years": ("Todd Robinson", "Todd Robinson", "direct"),
        "does not have the relationships": ("Todd Robinson", "He", "indirect"),
        "build cases": ("Todd Robinson", "he", "direct"),
        "shove the U.S. military": ("Todd Robinson", "he", "direct"),
    }
    sources = {s.id: s for s in rec.sources}
    for fragment, (name, mention, kind) in expected.items():
        q = _seed_quote(rec, fragment)
        assert q.speaker is not None, fragment
        src = sources[q.speaker.source_id]
        assert src.name == name, (fragment, src.name)
        if mention is not None:
            assert q.speaker.text == mention, (fragment, q.speaker.text)
        if kind is not None:
            assert q.kind == kind, (fragment, q.kind)


def test_quotes_seed_descriptions(seed_record):
    rec = seed_record
    desc = {s.name: s.description or "" for s in rec.sources}
    assert "President" in desc["Claudia Sheinbaum"] and "Mexico" in desc["Claudia Sheinbaum"]
    assert "resigned late last year from the Mexican Foreign Ministry" in desc["Arturo Rocha"]
    assert desc["Ronald Johnson"] == "The U.S. ambassador to Mexico"
    assert "former military attache" in desc["Craig Deare"]
    assert "assistant secretary of state" in desc["Todd Robinson"]
    johnson_later = _seed_quote(rec, "going bankrupt")
    assert johnson_later.speaker.description == "The U.S. ambassador to Mexico"


def test_quotes_seed_anonymous_source(seed_record):
    rec = seed_record
    anon = [s for s in rec.sources if s.kind == "anonymous"]
    assert len(anon) == 1
    src = anon[0]
    assert src.name == "three people familiar with the matter"
    assert src.count == 3
    assert src.quotes == 2
    assert src.reason and "sensitive internal deliberations" in src.reason
    assert {m.text for m in src.mentions} >= {"three people familiar with the matter", "those people", "They"}


def test_quotes_seed_kinds_and_counts(seed_record):
    rec = seed_record
    kinds = {s.name: s.kind for s in rec.sources}
    assert kinds["Customs and Border Protection data"] == "document"
    assert kinds["analysts"] == "group"
    assert kinds["Mexican officials"] == "group"
    assert sum(s.quotes for s in rec.sources) == sum(1 for q in rec.quotes if q.speaker)
    assert [q.id for q in rec.quotes] == [f"q{i}" for i in range(1, len(rec.quotes) + 1)]
    assert [q.start for q in rec.quotes] == sorted(q.start for q in rec.quotes)


# --------------------------------------------------------------------------- the PolNeAR evaluation's plumbing


def _eval_module():
    import importlib
    import sys
    from pathlib import Path

    eval_dir = Path(__file__).resolve().parents[2] / "eval"
    if str(eval_dir) not in sys.path:
        sys.path.insert(0, str(eval_dir))
    return importlib.import_module("quotes"), importlib.import_module("polnear")


def test_quotes_eval_reads_brat_and_matches_by_half_the_tokens():
    quotes_eval, polnear = _eval_module()
    text = "Prices will rise next year, the minister said on Monday."
    ann = (
        "T1\tContent 0 26\tPrices will rise next year\n"
        "T2\tSource 28 40\tthe minister\n"
        "T3\tCue 41 45\tsaid\n"
        "T4\tAttribution 41 45\tsaid\n"
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    )
    (gold,) = polnear.parse_ann(ann, text)
    assert gold.content == [(0, 26)] and gold.source_text == "the minister"
    sys_q = quotes_eval.SysQuote(0, 16, speaker=(32, 40), name="minister")  # "Prices will rise": 3 of 5 tokens
    assert quotes_eval.match(text, [sys_q], [gold]) == [(0, 0)]
    assert quotes_eval.speaker_ok(sys_q, gold, text)
    too_short = quotes_eval.SysQuote(0, 6)  # "Prices": 1 token of the shorter span is all of it
    assert quotes_eval.match(text, [too_short], [gold]) == [(0, 0)]
    elsewhere = quotes_eval.SysQuote(28, 45)
    assert quotes_eval.match(text, [elsewhere], [gold]) == []
    assert quotes_eval.is_speech(gold, quotes_eval.speech_forms())


def test_quotes_eval_runs_on_two_dev_articles(tmp_path):
    from dwtest import shared_path

    shared_path("eval", "quotes", "PolNeAR", "data", "dev")
    quotes_eval, _ = _eval_module()
    out = tmp_path / "quotes.json"
    assert quotes_eval.main(["--split", "dev", "--limit", "2", "--out", str(out)]) == 0
    import json

    result = json.loads(out.read_text())
    assert result["articles"] == 2
    assert {r["subset"] for r in result["rows"]} >= {"all", "speech"}
