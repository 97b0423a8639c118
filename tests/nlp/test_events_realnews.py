"""Event mechanics that real news stories exposed: interviews, composed appeals with no one asked, quarrels
between coordinated subjects, conventional force, and acts named by a noun under a light or timing verb."""

from __future__ import annotations

import pytest
from dwtest import make_article

pytestmark = pytest.mark.slow


def _coded(analyzer, text: str) -> list[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) for each event, in text order."""
    record = analyzer.analyze(make_article(text))
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in record.events]


def _countries(events) -> set[tuple[str | None, str | None, str]]:
    return {(s[:3] if s else None, t[:3] if t else None, code) for s, t, code in events}


# ---------------------------------------------------------------- 1. media interviews


@pytest.mark.parametrize(
    "text",
    [
        "The BBC spoke with the Iranian foreign minister about the nuclear talks.",
        "Reuters talked with the Turkish president on Monday.",
    ],
)
def test_an_outlet_talking_to_someone_is_no_consultation(analyzer, text):
    assert not [e for e in _coded(analyzer, text) if e[2].startswith("04")]


def test_an_official_speaking_with_a_counterpart_is_still_a_consultation(analyzer):
    assert ("FRA", "CHN", "040") in _countries(
        _coded(analyzer, "The French foreign minister spoke with his Chinese counterpart about trade.")
    )


# ---------------------------------------------------------------- 2. "said ... should" needs someone asked


@pytest.mark.parametrize(
    "text",
    [
        "Merkel said one should not read too much into the timing of the visit.",
        "Merkel said the sanctions should not be lifted yet.",
    ],
)
def test_should_with_no_actor_to_act_is_no_appeal(analyzer, text):
    assert not [e for e in _coded(analyzer, text) if e[2].startswith("02")]


def test_should_with_an_actor_is_an_appeal_to_it(analyzer):
    events = _coded(analyzer, "Merkel said Iran should return to the negotiating table.")
    assert any(s and s.startswith("DEU") and t == "IRN" and c.startswith("02") for s, t, c in events)


def test_a_passive_should_asks_its_agent(analyzer):
    events = _coded(analyzer, "Merkel said the prisoners should be released by Iran.")
    appeals = [(s, t) for s, t, c in events if c.startswith("02")]
    assert appeals and all(t == "IRN" for _, t in appeals)


# ---------------------------------------------------------------- 3. coordinated sides of a mutual verb


def test_disagreeing_subjects_are_each_others_targets(analyzer):
    events = _countries(_coded(analyzer, "Vietnam and Indonesia are disagreeing over Indonesia's fishing rights."))
    assert ("VNM", "IDN", "110") in events
    assert ("IDN", "VNM", "110") in events
    assert ("IDN", "IDN", "110") not in events


def test_the_topic_of_a_meeting_between_subjects_is_no_side(analyzer):
    events = _countries(_coded(analyzer, "Vietnam and Indonesia met over Japan's fishing claims."))
    assert ("VNM", "IDN", "040") in events and ("IDN", "VNM", "040") in events
    assert not [e for e in events if e[1] == "JPN"]


def test_a_disagreement_with_someone_stays_one_sided(analyzer):
    events = _countries(_coded(analyzer, "Vietnam disagreed with Indonesia over the fishing rights."))
    assert ("VNM", "IDN", "110") in events
    assert ("IDN", "VNM", "110") not in events


# ---------------------------------------------------------------- 4. assault (18) and fight (19)


@pytest.mark.parametrize(
    "text, source",
    [
        ("Russian forces attacked Ukraine on Friday.", "RUSMIL"),
        ("Russia attacked Ukraine on Friday.", "RUS"),
    ],
)
def test_a_state_attacking_uses_conventional_force(analyzer, text, source):
    assert (source, "UKR", "190") in set(_coded(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a police station in the north.",
        "Ukrainians attacked a Russian convoy.",  # its people, not the state
    ],
)
def test_an_attack_by_others_stays_an_assault(analyzer, text):
    codes = {c for _, _, c in _coded(analyzer, text)}
    assert "180" in codes and "190" not in codes


def test_a_specific_assault_keeps_its_code(analyzer):
    codes = {c for _, _, c in _coded(analyzer, "Russian soldiers abducted the mayor of the town.")}
    assert "181" in codes


# ---------------------------------------------------------------- 5. acts named by a noun


def test_drills_around_a_country_are_aimed_at_it(analyzer):
    assert ("CHN", "TWN", "150") in _countries(_coded(analyzer, "China conducted military drills around Taiwan."))


def test_a_noun_act_aimed_by_a_participle(analyzer):
    events = _countries(_coded(analyzer, "The European Union imposed sanctions targeting Iran."))
    assert any(t == "IRN" and c == "163" for _, t, c in events)


def test_in_announcing_an_act_the_subject_did_it(analyzer):
    events = _countries(
        _coded(
            analyzer,
            "In announcing the sanctions on Iran this week, the French foreign minister said they were needed.",
        )
    )
    assert ("FRA", "IRN", "163") in events


def test_the_speaker_after_talks_held_them(analyzer):
    events = _countries(
        _coded(
            analyzer,
            "Following talks with the Japanese prime minister, the Indian prime minister said ties were strong.",
        )
    )
    assert ("IND", "JPN", "040") in events and ("JPN", "IND", "040") in events


def test_the_speaker_after_an_attack_did_not_carry_it_out(analyzer):
    events = _countries(_coded(analyzer, "After the attack on Israel, the Egyptian president said the war must end."))
    assert not [e for e in events if e[0] == "EGY" and e[2][:2] in {"18", "19"}]


# ---------------------------------------------------------------- 6. transcripts, reciprocal objects


def test_a_transcript_speaker_label_takes_no_part_in_the_act(analyzer):
    events = _coded(analyzer, "VOA: Russia's President Vladimir Putin recently visited China.")
    assert events == [("RUSGOV", "CHN", "042")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israel and Hamas accused each other of violating the truce.", "112"),
        ("India and Pakistan blamed one another for the clashes.", "112"),
        ("Russia and Ukraine attacked each other's ports.", "190"),
    ],
)
def test_acts_aimed_at_each_other_go_both_ways(analyzer, text, code):
    events = _countries(_coded(analyzer, text))
    assert len(events) == 2 and all(s and t and s != t and c == code for s, t, c in events), events


def test_one_side_accusing_a_third_party_is_not_mutual(analyzer):
    assert _countries(_coded(analyzer, "Israel and Hamas accused Egypt of delays.")) == {
        ("ISR", "EGY", "112"),
        ("PSE", "EGY", "112"),
    }


# ---------------------------------------------------------------- 7. judgements and talk about things


@pytest.mark.parametrize(
    "text",
    [
        "Experts say the China-Russia partnership poses a threat to U.S. interests.",
        "Washington sees China as a threat.",
        "The minister said the militias remain a danger to Iraq.",
    ],
)
def test_a_threat_someone_poses_or_is_seen_as_is_a_judgement_not_an_act(analyzer, text):
    assert [c for _, _, c in _coded(analyzer, text) if c.startswith("13")] == []


def test_a_threat_made_is_still_a_threat(analyzer):
    assert ("PSE", "ISR", "130") in _countries(_coded(analyzer, "Hamas made threats against Israel."))


def test_talking_about_something_with_no_one_is_no_consultation(analyzer):
    alone = _coded(analyzer, "The White House talks about restoring economic cooperation with Russia.")
    assert [e for e in alone if e[2] == "040"] == []
    pair = _countries(_coded(analyzer, "Putin and Xi talked about trade."))
    assert {("RUS", "CHN", "040"), ("CHN", "RUS", "040")} <= pair


def test_a_visit_needs_someone_or_somewhere_visited(analyzer):
    assert [e for e in _coded(analyzer, "People just want to travel.") if e[2] in {"042", "043"}] == []
    assert ("KEN", "042") in {
        (t[:3] if t else None, c) for _, t, c in _coded(analyzer, "The president traveled to Kenya.")
    }
