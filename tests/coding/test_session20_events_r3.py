"""Session 20, round 3 (events): headline English read as such, open questions flagged as not stated, and forces
entering another state's ground.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, main_coded_countries, make_article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # the verb the small model takes for an adjective's head, a plural noun or a noun (nlp/headlines.py)
        ("Israel launches offensive against Hezbollah in Lebanon", "190", "ISR", "LBN"),
        ("Chinese coast guard fires water cannon at Philippine supply boat", "175", "CHN", "PHL"),
        ("Armenia, Georgia ink transit pact", "057", "ARM", "GEO"),
    ],
)
def test_headline_verbs(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)


def test_a_sentence_with_a_stop_is_not_read_as_a_headline(analyzer):
    # the same words with a full stop are running text: the headline reader leaves them to the parser
    assert main_coded_countries(analyzer, "Norway expels Russian diplomats over espionage.") == (
        main_coded_countries(analyzer, "Norway expelled Russian diplomats over espionage.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether Russia will attack Finland.",
        "Analysts question whether China will blockade Taiwan.",
        "Whether Serbia will recognise Kosovo remains an open question.",
    ],
)
def test_an_open_question_is_flagged_hypothetical_and_no_threat(analyzer, text):
    # kept, as a question asked about an act, flagged as not stated (merge: the seed article's "questions over whether
    # the United States may use unilateral military force" stays a hypothetical 190)
    events = analyzer.analyze(make_article(text)).events
    assert events, text
    assert all(e.modality == "hypothetical" and e.cameo[:2] not in {"03", "13"} for e in events), [
        (e.cameo, e.modality) for e in events
    ]


def test_troops_entering_another_state_occupy(analyzer):
    check_main_event(analyzer, "Russian troops entered Georgia on Friday.", "192", "RUS", "GEO")
