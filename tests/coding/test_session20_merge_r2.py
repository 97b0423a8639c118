"""Session 20, round 2 merge: a headline's "X to do Y" announces what is to come, as "X will do Y" does (round 2's
mechanics engineer found it; the modality lies outside the files that round gave it).

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import main_coded_countries

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        ("Japan to lend Vietnam $2 billion for metro line", "Japan will lend Vietnam $2 billion for a metro line."),
        ("Germany to send Poland more air defence systems", "Germany will send Poland more air defence systems."),
    ],
)
def test_a_headline_infinitive_is_coded_as_will(analyzer, headline, sentence):
    got = main_coded_countries(analyzer, headline)
    assert got is not None and got == main_coded_countries(analyzer, sentence), (got, headline)
    assert got[0][:2] == "03"  # an intent, where the plain act would be 07 (aid given)
