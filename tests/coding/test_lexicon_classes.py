"""Word classes (data/coding/wordclasses.tsv): a verbs.tsv obj: list may name a family as ``@talks``.

The rows, sentences and user files here are written for this test. A class is expanded once as the lexicon is
read, so a row that cites it reaches every member ("resumed dialogue with", not only "resumed talks with").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from dwtest import make_article

import dyadwatch.coding as coding
from dyadwatch.coding import lexicon, lexicon_hash
from dyadwatch.errors import DyadwatchError
from dyadwatch.pipeline import Analyzer
from dyadwatch.settings import Settings


def _triples(analyzer: Analyzer, text: str) -> set[tuple[str | None, str | None, str]]:
    record = analyzer.analyze(make_article(text))
    return {
        (e.source.code[:3] if e.source and e.source.code else None,
         e.target.code[:3] if e.target and e.target.code else None, e.cameo)
        for e in record.events
    }  # fmt: skip


def test_a_class_expands_to_its_members_and_mixes_with_plain_lemmas():
    classes = lexicon.word_classes()
    assert {"talk", "negotiation", "dialogue", "consultation"} <= classes["talks"]
    p = lexicon.parse_pattern("046", "V", "resume obj:@talks|summit", 1, "x")
    assert p.objects == classes["talks"] | {"summit"}
    assert not any(x.startswith("@") for x in p.objects)
    assert p.specificity == lexicon.parse_pattern("046", "V", "resume obj:talk", 2, "x").specificity


def test_every_class_is_plain_lemmas_and_the_built_in_rows_cite_only_known_classes():
    classes = lexicon.word_classes()
    assert {"talks", "aid", "ties", "ceasefire", "sanctions", "troops", "weapons", "prisoners"} <= classes.keys()
    for name, members in classes.items():
        assert members and all(m and not m.startswith("@") and m == m.lower() for m in members), name
    rows = [p for ps in lexicon.patterns().values() for p in ps]
    assert not any(p.objects and any(x.startswith("@") for x in p.objects) for p in rows)
    # the rows that cite a class now share one list: e.g. every row that stops or resumes aid knows "assistance"
    aid_rows = [p for p in rows if p.objects and "aid" in p.objects and "help" in p.objects]
    assert len(aid_rows) > 20 and all("assistance" in p.objects for p in aid_rows)


def test_an_unknown_class_is_dw301_naming_the_file_and_line(tmp_path: Path):
    with pytest.raises(DyadwatchError) as info:
        lexicon.parse_pattern("046", "V", "resume obj:talk|@chats", 7, "my_verbs.tsv")
    message = str(info.value)
    assert "DW301" in message and "my_verbs.tsv" in message and "line 7" in message and "@chats" in message
    user = tmp_path / "user_verbs.tsv"
    user.write_text("code\tpos\tpattern\n# a comment line\n125\tV\tspurn obj:@talks\n125\tV\tshun obj:@nosuch\n")
    with pytest.raises(DyadwatchError) as info:
        lexicon.patterns((str(user),))
    message = str(info.value)
    assert "DW301" in message and str(user) in message and "line 4" in message and "@nosuch" in message


def test_the_lexicon_hash_changes_when_the_classes_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    real = Path(str(coding.files("dyadwatch")))
    copy = tmp_path / "dyadwatch"
    shutil.copytree(real / "data", copy / "data")
    monkeypatch.setattr(coding, "files", lambda _package: copy)
    base = lexicon_hash()
    assert base == lexicon_hash()  # the copy hashes like itself, again and again
    classes = copy / "data" / "coding" / "wordclasses.tsv"
    classes.write_text(classes.read_text("utf-8").replace("talk|negotiation|", "talk|negotiation|palaver|"), "utf-8")
    assert lexicon_hash() != base


@pytest.mark.slow
def test_a_user_lexicon_row_may_cite_a_built_in_class(analyzer, tmp_path: Path):
    user = tmp_path / "my_verbs.tsv"
    user.write_text("# rejecting an offer of talks\ncode\tpos\tpattern\n125\tV\tspurn obj:@talks\n", encoding="utf-8")
    mine = Analyzer(Settings(verbs=[user], claims=False))
    for text in ("Iran spurned talks with the United States.", "Iran spurned a dialogue with the United States."):
        assert not any(t[2] == "125" for t in _triples(analyzer, text)), text  # no built-in "spurn" row
        assert ("IRN", "USA", "125") in _triples(mine, text), text
    # a lemma outside the class does not reach the row
    assert not any(t[2] == "125" for t in _triples(mine, "Iran spurned a dinner with the United States."))


# Sentences where a member the old hand-written list lacked now reaches the code, across several families
# (each coded differently, or not at all, before the rows cited classes)
SYNONYMS = [
    ("Pakistan suspended consultations with Afghanistan after the border clash.", ("PAK", "AFG", "164")),
    ("Egypt halted discussions with Ethiopia over the dam.", ("EGY", "ETH", "164")),
    ("Spain cut off help to Morocco last year.", ("ESP", "MAR", "162")),
    ("Japan pledged help to the Philippines.", ("JPN", "PHL", "033")),
    ("Kenyan students marched for the impeachment of President Ruto.", ("KEN", "KEN", "1411")),
    ("Turkey agreed to an armistice with Armenia.", ("TUR", "ARM", "0356")),
    ("Armenian forces violated the armistice with Azerbaijan.", ("ARM", "AZE", "196")),
    ("Germany sent armaments to Ukraine.", ("DEU", "UKR", "072")),
    ("Iran supplied weaponry to Russia.", ("IRN", "RUS", "072")),
    ("Russia swapped detainees with Ukraine.", ("RUS", "UKR", "0841")),
    ("Ghana expelled the Nigerian emissary.", ("GHA", "NGA", "161")),
    ("Brazil sought collaboration with Argentina.", ("BRA", "ARG", "021")),
    ("Venezuela refused collaboration with Colombia.", ("VEN", "COL", "121")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "triple"), SYNONYMS)
def test_a_class_member_reaches_the_code(analyzer, text: str, triple: tuple[str, str, str]):
    assert triple in _triples(analyzer, text)


@pytest.mark.slow
def test_narrow_rows_keep_their_own_lists(analyzer):
    # "hold consultations" is a meeting (040), not negotiation: the "hold" row for talks keeps its own list
    held = _triples(analyzer, "Germany held consultations with France in Berlin.")
    assert ("DEU", "FRA", "040") in held and not any(t[2] == "046" for t in held)
    # "call for his freedom" is a call for release (0253), not for civil rights (0243)
    called = _triples(analyzer, "Germany called for the freedom of the jailed Russian journalist.")
    assert not any(t[2] == "0243" for t in called)
    # holding hostages is abduction (181); the prisoners class does not widen it to detainees
    assert not any(t[2] == "181" for t in _triples(analyzer, "Iran held Swedish detainees for months."))
    # "removal" names a leader's fall only in rows about leaders: removing sanctions or troops is not 0241
    for text in ("The United States urged the removal of sanctions on Cuba.",
                 "Protesters pushed for the removal of Russian troops."):  # fmt: skip
        assert not any(t[2] == "0241" for t in _triples(analyzer, text)), text
