"""Session 10, round 4 (events): found acts that lost a side the sentence names.

Each mechanism has sentences of its own (several countries, varied wording) that must now give the right sides,
and near sentences that must keep their old reading."""

from __future__ import annotations

import pytest
from dwtest import country_triples, event_rows

# ---- a place named before a war noun is where it is fought: the target, once the author is named otherwise


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia's Ukraine war has killed thousands of people.", "RUS", "UKR"),
        ("Saudi Arabia's Yemen war drew wide criticism.", "SAU", "YEM"),
        ("Turkey's Syria incursion angered Washington.", "TUR", "SYR"),
        ("The Gaza offensive by Israel killed dozens.", "ISR", "PSE"),
        ("Russia's Kyiv strikes continued overnight.", "RUS", "UKR"),
    ],
)
def test_a_place_before_a_war_noun_is_its_target(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] in {"18", "19", "20"} for s, t, c in triples), triples
    assert not any(s == target and c[:2] in {"18", "19", "20"} for s, t, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "The Ukraine war entered its third year.",  # no author named: nothing to aim it from
        "Ethiopia's Tigray war displaced millions.",  # a region of the author's own country
    ],
)
def test_a_war_noun_without_a_foreign_author_keeps_its_reading(analyzer, text):
    triples = country_triples(analyzer, text)
    assert not any(t is not None and c[:2] == "19" for s, t, c in triples), triples


# ---- the speaker of a report on talks "with" another is the other side of them


@pytest.mark.parametrize(
    ("text", "speaker", "partner", "root"),
    [
        ("Iran said the talks with the United States were constructive.", "IRN", "USA", "04"),
        ("Russia says negotiations with Ukraine have stalled.", "RUS", "UKR", "04"),
        ("The Kremlin said a meeting with Turkey was possible.", "RUS", "TUR", "04"),
        ("Washington said cooperation with Seoul would deepen.", "USA", "KOR", "06"),
        ("Mexican officials said talks with U.S. counterparts on steel were continuing.", "MEX", "USA", "04"),
    ],
)
def test_the_speaker_is_a_side_of_reported_talks_with_another(analyzer, text, speaker, partner, root):
    triples = country_triples(analyzer, text)
    assert any(s == speaker and t == partner and c[:2] == root for s, t, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Reuters said talks with Iran had resumed.",  # a news outlet reports others' talks
        "Analysts said the talks with Iran would fail.",  # no coded speaker
        "Israeli officials said talks with Israeli settlers were tense.",  # no partner of another country
    ],
)
def test_a_reporter_of_others_talks_is_no_side(analyzer, text):
    triples = country_triples(analyzer, text)
    assert not any(s is not None and c[:2] == "04" and s != "ISR" for s, t, c in triples), triples
    assert ("ISR", "ISR", "040") not in triples, triples


# ---- who weighs a course "of" doing something would do it


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Germany is considering the option of sending tanks to Ukraine.", "DEU", "UKR"),
        ("Japan raised the prospect of holding talks with North Korea.", "JPN", "PRK"),
        ("Seoul is exploring the possibility of sanctioning Pyongyang.", "KOR", "PRK"),
        ("Washington talks about the possibility of restoring trade ties with Moscow.", "USA", "RUS"),
    ],
)
def test_a_weighed_course_is_the_weighers_act(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target for s, t, c in triples), triples
    # a course weighed is not taken: the act keeps its code, as one that may come (never asserted)
    acts = [r for r in event_rows(analyzer, text, "modality") if r[2] and r[2].startswith(target)]
    assert acts and all(r[4] == "hypothetical" for r in acts), acts


@pytest.mark.parametrize(
    "text",
    [
        "Berlin ruled out the possibility of sending jets to Kyiv.",  # a course ruled out is not taken
        "Britain said the idea of recognizing Palestine was premature.",  # an idea spoken of, not weighed
    ],
)
def test_a_course_not_weighed_gets_no_author(analyzer, text):
    triples = country_triples(analyzer, text)
    assert not any(s in {"DEU", "GBR"} and t in {"UKR", "PSE"} for s, t, c in triples), triples
