"""Mutual consultations, frames that already code the act they embed, and meetings that were called off."""

from __future__ import annotations

import pytest
from dwtest import event_rows

pytestmark = pytest.mark.slow


def _coded(analyzer, text: str) -> list[tuple[str | None, str, str | None, str, bool]]:
    """(source code, trigger, target code, CAMEO code, negated) for each event, in text order."""
    return event_rows(analyzer, text, "negated")


def _pairs(events) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, code) for s, _, t, code, _ in events}


@pytest.mark.parametrize(
    "text, code",
    [
        ("The French foreign minister spoke with his Chinese counterpart on Tuesday.", "040"),
        ("France held a phone call with China on Tuesday.", "041"),
        ("France negotiated with China on Tuesday.", "046"),
    ],
)
def test_consulting_with_someone_is_coded_both_ways(analyzer, text, code):
    pairs = _pairs(_coded(analyzer, text))
    sides = {(s[:3] if s else None, t[:3] if t else None) for s, t, c in pairs if c == code}
    assert sides == {("FRA", "CHN"), ("CHN", "FRA")}


def test_consulting_both_ways_matches_met_with(analyzer):
    spoke = _pairs(_coded(analyzer, "The French foreign minister spoke with his Chinese counterpart."))
    met = _pairs(_coded(analyzer, "The French foreign minister met with his Chinese counterpart."))
    assert spoke == met


def test_a_topic_is_no_partner(analyzer):
    # "about" names what is talked over, not who talks back
    pairs = _pairs(_coded(analyzer, "The French foreign minister spoke with the German chancellor about China."))
    assert {(s[:3], t[:3]) for s, t, _ in pairs if s and t} == {("FRA", "DEU"), ("DEU", "FRA")}


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        ("Iran refused to meet the American envoy.", "refused to meet", "125"),
        ("Iran declined to meet the American envoy.", "declined to meet", "125"),
        ("Iran agreed to meet the American envoy.", "agreed to meet", "036"),
        ("Iran threatened to attack Israel.", "threatened to attack", "1384"),  # conventional attack threatened
    ],
)
def test_a_frame_that_codes_its_act_gives_one_event(analyzer, text, trigger, code):
    events = _coded(analyzer, text)
    assert len(events) == 1, events
    source, action, _, cameo, negated = events[0]
    assert (source[:3], action, cameo, negated) == ("IRN", trigger, code, False)


def test_a_frame_without_a_code_for_its_act_gives_way_to_it(analyzer):
    # "agree" has no code of its own for cooperation: the embedded act carries the (intended) event
    events = _coded(analyzer, "Iran agreed to cooperate with Russia.")
    assert events and {a for _, a, *_ in events} == {"agreed to cooperate"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia postponed the meeting with Ukraine.",
        "Russia shelved the talks with Ukraine.",
        "Russia put off the summit with Ukraine.",
    ],
)
def test_a_meeting_put_off_by_its_source_is_a_refusal_to_meet(analyzer, text):
    events = _coded(analyzer, text)
    assert [(s, t, c) for s, _, t, c, _ in events] == [("RUS", "UKR", "125")]


def test_a_meeting_put_off_by_no_one_named_did_not_happen(analyzer):
    events = _coded(analyzer, "The meeting between Russia and Ukraine was postponed.")
    assert events and all(negated for *_, negated in events)
    assert not any(code == "040" and not negated for *_, code, negated in events)


def test_a_meeting_held_is_still_a_meeting(analyzer):
    events = _coded(analyzer, "Russia held a meeting with Ukraine.")
    assert ("RUS", "UKR", "040") in _pairs(events)
    assert not any(negated for *_, negated in events)


def test_called_off_and_cancelled_keep_their_own_codes(analyzer):
    assert [c for *_, c, _ in _coded(analyzer, "Russia called off the talks with Ukraine.")] == ["164"]
    assert [c for *_, c, _ in _coded(analyzer, "Russia cancelled the visit to Ukraine.")] == ["161"]


def test_a_delayed_meeting_and_an_abandoned_offensive_are_left_as_they_were(analyzer):
    # "delayed" may mean late, not off; an offensive given up was under way, not a plan that never happened
    assert ("RUS", "UKR", "040") in _pairs(_coded(analyzer, "Russia delayed the meeting with Ukraine."))
    offensive = _coded(analyzer, "Russia abandoned its offensive against Ukraine.")
    assert offensive and not any(negated for *_, negated in offensive)


@pytest.mark.parametrize(
    "text, off",
    [
        ("Russia called off the talks with Ukraine.", True),
        ("Russia put off the talks with Ukraine.", True),
        ("The talks with Ukraine were postponed.", True),
        ("Russia kicked off the talks with Ukraine.", False),
        ("Russia held the talks with Ukraine.", False),
    ],
)
def test_only_verbs_that_put_a_meeting_off_call_it_off(nlp, text, off):
    from dyadwatch.nlp.event_syntax import called_off

    talks = next(t for t in nlp(text) if t.lower_ == "talks")
    assert called_off(talks) is off
