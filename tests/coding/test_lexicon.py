"""The verb lexicon and frames: format checks and coded errors for bad rows."""

from __future__ import annotations

import pytest

from dyadwatch.coding import cameo, lexicon, lexicon_hash
from dyadwatch.errors import DyadwatchError


def test_lexicon_every_row_has_a_known_code_and_is_sorted_specific_first():
    pats = lexicon.patterns()
    assert ("V", "reject") in pats and ("N", "crackdown") in pats
    for rows in pats.values():
        assert all(p.code in cameo.table() or p.code == lexicon.NO_EVENT for p in rows)
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


def _refines(child: str, parent: str) -> bool:
    """0233 refines 023; 073 refines 070 (a root's "not specified" code ends in 0)."""
    stem = parent[:2] if len(parent) == 3 and parent.endswith("0") else parent
    return child != parent and child.startswith(stem) and len(child) >= len(parent)


def test_lexicon_sub_code_rows_come_before_their_parent_rows():
    """With equal requirements the first row wins, so a sub-code row must come first: "asked for food aid"
    matches "ask for obj:aid" (023) and "ask for obj:food" (0233), and 0233 is meant."""
    for key, rows in lexicon.patterns().items():
        for i, p in enumerate(rows):
            for q in rows[i + 1 :]:
                if q.specificity == p.specificity and _refines(q.code, p.code):
                    raise AssertionError(f"{key}: line {q.line} ({q.code}) should come before line {p.line} ({p.code})")
