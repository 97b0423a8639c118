"""Sides of acts we find: the agent of a passive that the parser hangs below the verb, the one an act of help is
done for, the subject behind a transcript's speaker label, the holder of a chance taken, and a role tied to a body
with a sector of its own."""

from __future__ import annotations

import pytest
from dwtest import event_rows, make_article
from dwtest import has_event as _has
from spacy.tokens import Doc

from dyadwatch.nlp.events import _affiliated
from dyadwatch.nlp.mentions import Mention, MentionIndex

pytestmark = pytest.mark.slow


def _rows(analyzer, text: str) -> list[tuple]:
    return event_rows(analyzer, text, "negated")


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("Western democracies have been threatened with consequences by China.", "threatened", "CHN", "WST"),
        ("Taiwan was threatened with retaliation by Beijing on Monday.", "threatened", "CHN", "TWN"),
        ("Seoul was pressured into talks by Washington.", "pressured", "USA", "KOR"),
        ("Kenya was urged to act by the United Nations.", "urged", "IGOUNO", "KEN"),
        ("Mali was urged to hold elections by ECOWAS.", "urged", "IGOWAF", "MLI"),
        ("Japanese fishermen were accused of spying by Russia.", "accused", "RUS", "JPN"),
        ("Ukrainian soldiers were accused of war crimes by Moscow.", "accused", "RUS", "UKR"),
    ],
)
def test_a_passive_agent_hung_below_the_verb_is_the_source(analyzer, text, word, source, target):
    rows = _rows(analyzer, text)
    assert _has(rows, word, source, target), rows


def test_a_topics_own_agent_is_not_the_passive_source(analyzer):
    # the militants attack; whoever warned is not named
    rows = _rows(analyzer, "The refugees were warned of attacks by militants in Mali.")
    assert not any("warned" in r[1] and (r[0] or "").startswith("MLI") for r in rows), rows


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("India will cooperate in building a new parliament for Mauritius.", "cooperate", "IND", "MUS"),
        ("China will help in building a railway for Kenya.", "help", "CHN", "KEN"),
    ],
)
def test_an_act_of_help_is_aimed_at_whom_it_is_for(analyzer, text, word, source, target):
    rows = _rows(analyzer, text)
    assert _has(rows, word, source, target), rows
    # the one helped is no partner of the cooperation
    assert not _has(rows, word, target, source), rows


def test_a_partner_still_cooperates_back(analyzer):
    rows = _rows(analyzer, "Japan will cooperate with India in building a port for Sri Lanka.")
    assert _has(rows, "cooperate", "JPN", "IND") and _has(rows, "cooperate", "IND", "JPN"), rows


def test_whom_help_is_for_must_be_a_placed_actor(analyzer):
    rows = _rows(analyzer, "The mother said providing food for her four children is difficult.")
    assert not any("providing" in r[1] for r in rows), rows


def test_a_subject_hung_on_a_transcript_label_is_the_party(analyzer):
    # the parse the parser gives this line inside a whole interview: the label as subject, the actor as its appositive
    words = ["VOA", ":", "Russia", "'s", "President", "Vladimir", "Putin", "recently", "visited", "China", "."]
    heads = [8, 0, 4, 2, 6, 6, 0, 8, 8, 8, 8]
    deps = ["nsubj", "punct", "poss", "case", "compound", "compound", "appos", "advmod", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PART", "PROPN", "PROPN", "PROPN", "ADV", "VERB", "PROPN", "PUNCT"]
    doc = Doc(analyzer.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    putin = doc[4:7]
    mention = Mention(
        start=4,
        end=7,
        head=6,
        start_char=putin.start_char,
        end_char=putin.end_char,
        text=putin.text,
        code="RUSGOV",
        country="RUS",
        sector="GOV",
        kind="person",
        name="Vladimir Putin",
        key="putin",
    )
    index = MentionIndex.build([mention])
    index.labels = {0}
    coder = analyzer.nlp.get_pipe("dyadwatch_events")
    assert [p.code for p in coder._resolve([doc[0]], index, subject=True)] == ["RUSGOV"]


def test_the_subject_behind_a_transcript_label_is_the_source(analyzer):
    text = (
        "Armitage: I think Taiwan is safe.\n"
        "VOA: Russia's President Vladimir Putin recently visited China after he began a fifth term.\n"
        "Armitage: That is right."
    )
    rows = _rows(analyzer, text)
    assert _has(rows, "visited", "RUS", "CHN"), rows


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("The Japanese foreign minister had the chance to meet Wang Yi in Beijing.", "meet", "JPN", "CHN"),
        ("Modi took the opportunity to visit Mauritius.", "visit", "IND", "MUS"),
        ("Macron used the occasion to criticize Russia.", "criticize", "FRA", "RUS"),
    ],
)
def test_who_has_a_chance_does_what_it_is_for(analyzer, text, word, source, target):
    rows = _rows(analyzer, text)
    assert _has(rows, word, source, target), rows


def test_a_chance_never_had_is_no_act(analyzer):
    rows = _rows(analyzer, "Poland never got the chance to attack Russia.")
    hits = [r for r in rows if "attack" in r[1]]
    assert hits and all(r[4] for r in hits), rows


def test_a_right_is_no_act_of_its_holder(analyzer):
    # having the right to demand is not demanding
    rows = _rows(analyzer, "Germany has the right to demand compensation from Poland.")
    assert not _has(rows, "demand", "DEU", "POL"), rows


def test_a_role_tied_to_a_body_with_a_sector_takes_the_bodys_code(analyzer):
    doc = analyzer.nlp(analyzer.make_doc(make_article("The leader of the opposition criticized Russia.")))
    words = [t.text for t in doc]
    lead, opp = words.index("leader"), words.index("opposition")

    def mention(i: int, code: str | None, country: str | None, sector: str) -> Mention:
        tok = doc[i]
        return Mention(
            start=i,
            end=i + 1,
            head=i,
            start_char=tok.idx,
            end_char=tok.idx + len(tok),
            text=tok.text,
            code=code,
            country=country,
            sector=sector,
            kind="agent",
            name=tok.text,
            key=tok.text,
        )

    role, body = mention(lead, "GOV", None, "GOV"), mention(opp, "BLROPP", "BLR", "OPP")
    party = _affiliated(doc, role, MentionIndex.build([role, body]))
    assert party is not None and party.code == "BLROPP", party


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("Turkey bought the S-400 from Russia.", "bought", "TUR", "RUS"),
        ("India purchased Rafale from France.", "purchased", "IND", "FRA"),
        ("Britain will lease back Diego Garcia from Mauritius.", "lease", "GBR", "MUS"),
    ],
)
def test_goods_named_by_a_proper_noun_are_no_party_to_a_trade(analyzer, text, word, source, target):
    rows = _rows(analyzer, text)
    assert _has(rows, word, source, target), rows


def test_a_person_moved_from_a_place_is_still_no_trade_partner(analyzer):
    # an evacuation moves people: the capital they are taken from is where, not whom
    rows = _rows(analyzer, "Qatar evacuated Smith from Kabul.")
    assert not any("evacuated" in r[1] and (r[2] or "").startswith("AFG") for r in rows), rows


def test_a_dateline_is_no_party_of_the_first_sentence(analyzer):
    """The parser makes "MEXICO CITY" a second subject of "rejected": the act had a duplicate with the place as
    its uncoded source. The dateline is a label, as the text reader takes it."""
    record = analyzer.analyze(
        make_article("MEXICO CITY – Mexico's foreign minister rejected the U.S. proposal on Tuesday.")
    )
    rejected = [e for e in record.events if e.action.text == "rejected"]
    assert len(rejected) == 1 and rejected[0].source is not None and rejected[0].source.code == "MEXGOV"
    record = analyzer.analyze(make_article("WASHINGTON (AP) — Iraq's foreign minister met Iran's president."))
    assert not any(e.source and e.source.text.startswith("WASHINGTON") for e in record.events)
    assert any(e.source and e.source.code == "IRQGOV" for e in record.events)
