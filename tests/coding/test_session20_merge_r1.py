"""Session 20, round 1 merge: two readings the round's changes broke together, mended in the merge.

- a wire dateline with a day ("RIYADH, June 5 (Reuters) -") is a label, no party; the parser may make its place the
  subject and hang the real subjects on it as conjuncts, which are still the sides;
- an admission of responsibility reported by a spokesperson ("..., a military spokeswoman told AFP") blames no
  one: the reporter's speech is no accusation of the army that owned up.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries, main_coded_countries

pytestmark = pytest.mark.slow


def test_subjects_joined_to_a_dated_dateline_are_the_sides(analyzer):
    text = "RIYADH, June 5 (Reuters) - Saudi Arabia, Egypt and Bahrain cut diplomatic ties with Qatar on Monday."
    sources = {s for code, s, t in coded_countries(analyzer, text) if t == "QAT" and code[:2] == "16"}
    assert {"SAU", "EGY", "BHR"} <= sources


def test_a_reported_admission_is_no_accusation(analyzer):
    text = (
        "The Russian army admitted responsibility for the shelling of a hospital in Kharkiv, "
        "a military spokesman told Reuters."
    )
    assert main_coded_countries(analyzer, text)[0] == "015"
    assert not [c for c in coded_countries(analyzer, text) if c[0][:3] == "112"]
