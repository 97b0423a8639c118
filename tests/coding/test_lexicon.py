"""The verb lexicon and frames: format checks and coded errors for bad rows."""

from __future__ import annotations

import pytest

from dyadwatch.coding import cameo, lexicon, lexicon_hash
from dyadwatch.errors import DyadwatchError


def test_lexicon_every_row_has_a_known_code_and_is_sorted_specific_first():
    pats = lexicon.patterns()
    assert ("V", "reject") in pats and ("N", "crackdown") in pats
    for rows in pats.values():
        assert all(p.code in cameo.table() for p in rows)
        specs = [p.specificity for p in rows]
        assert specs == sorted(specs, reverse=True)


def test_lexicon_parse_pattern_words_and_objects():
    p = lexicon.parse_pattern("163", "V", "impose obj:sanction|tariff", 1, "x")
    assert p.lemma == "impose" and p.objects == {"sanction", "tariff"} and p.words == ()
    q = lexicon.parse_pattern("020", "V", "call on", 2, "x")
    assert q.words == ("on",) and q.objects is None
    n = lexicon.parse_pattern("195", "N", "air strike", 3, "x")
    assert n.lemma == "strike" and n.words == ("air",)


def test_lexicon_unknown_code_is_dw303():
    with pytest.raises(DyadwatchError) as exc:
        lexicon.parse_pattern("999", "V", "frobnicate", 7, "verbs.tsv")
    assert exc.value.code == "DW303"


def test_lexicon_frames_have_control_and_effect():
    frames = lexicon.frames()
    assert frames["direct"].control == "object"
    assert frames["agree"].control == "subject" and frames["agree"].effect == "future"
    assert frames["refuse"].effect == "negated"


def test_lexicon_hash_changes_with_user_dictionaries(tmp_path):
    base = lexicon_hash([])
    extra = tmp_path / "mine.tsv"
    extra.write_text("names\tcode\nGlorbia\tGLB\n", "utf-8")
    assert lexicon_hash([extra]) != base
    assert lexicon_hash([]) == base and len(base) == 12


def test_lexicon_hash_missing_user_file_is_dw302(tmp_path):
    with pytest.raises(DyadwatchError) as exc:
        lexicon_hash([tmp_path / "nope.tsv"])
    assert exc.value.code == "DW302"
