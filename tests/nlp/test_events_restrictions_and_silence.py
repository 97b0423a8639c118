"""Event mechanics from real news: whom restrictions on travel and trade are aimed at,
silence toward the press as declining to comment, and acts whose doer is a condition, not an actor."""

from __future__ import annotations

import pytest
from dwtest import make_article

pytestmark = pytest.mark.slow


def _events(analyzer, text: str):
    return analyzer.analyze(make_article(text)).events


def _countries(analyzer, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) for each event."""
    out = set()
    for e in _events(analyzer, text):
        s = e.source.code[:3] if e.source and e.source.code else None
        t = e.target.code[:3] if e.target and e.target.code else None
        out.add((s, t, e.cameo))
    return out


# ---------------------------------------------------------------- 1. restrictions on goods and travel


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain tightened restrictions on all travel from Brazil.", ("ESP", "BRA", "172")),
        ("Israel imposed a ban on flights from South Africa.", ("ISR", "ZAF", "172")),
        # a ban on goods lifted is an embargo eased (085), as the same ban imposed is an embargo (163)
        ("The United States lifted the ban on exports to China.", ("USA", "CHN", "085")),
        # restrictions on goods are an embargo (163), as the lexicon's "restriction on exports" row says
        ("Spain tightened restrictions on Brazil's exports.", ("ESP", "BRA", "163")),
    ],
)
def test_a_restriction_is_aimed_at_where_its_goods_or_travel_come_from(analyzer, text, expected):
    assert expected in _countries(analyzer, text)


def test_a_nominal_ban_finds_the_same_target(analyzer):
    assert ("ISR", "ZAF", "172") in _countries(analyzer, "Israel's ban on flights from South Africa angered Pretoria.")


def test_an_actor_on_the_restriction_itself_is_still_first(analyzer):
    events = _countries(analyzer, "The United States lifted sanctions on Russian banks.")
    assert any(s == "USA" and t == "RUS" and c.startswith("08") for s, t, c in events)


def test_other_codes_do_not_walk_through_from(analyzer):
    # a consultation "on flights from X" is about them, not with X
    assert not any(
        t == "ZAF" for _, t, _ in _countries(analyzer, "Israel discussed a proposal on flights from South Africa.")
    )


# ---------------------------------------------------------------- 2. no answer to the press


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran did not respond to requests for comment.", "IRN"),
        ("The Russian embassy has not responded to questions.", "RUS"),
        ("The Pentagon did not reply to a request for comment.", "USA"),
        ("China did not reply.", "CHN"),
        ("Neither Iran nor Iraq has responded to requests for comment.", "IRN"),
    ],
)
def test_no_answer_to_the_press_is_declining_to_comment(analyzer, text, source):
    events = [e for e in _events(analyzer, text) if e.cameo == "011"]
    assert events, text
    assert any(e.source and e.source.code and e.source.code.startswith(source) for e in events)
    assert all(not e.negated and e.modality == "asserted" for e in events)


def test_an_outlet_that_asked_is_no_party_to_the_silence(analyzer):
    text = "China's foreign ministry did not respond to a request from VOA."
    events = [e for e in _events(analyzer, text) if e.cameo == "011"]
    assert events and all(e.target is None for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Israel did not respond to the attack.",  # an act not answered is no comment declined
        "Iran responded to requests for comment.",  # an answer is no silence
        "The Iranian delegation did not return home.",
    ],
)
def test_other_answers_are_not_declined_comment(analyzer, text):
    assert not [e for e in _events(analyzer, text) if e.cameo == "011"]


# ---------------------------------------------------------------- 3. conditions are no actors


def test_a_condition_that_forced_something_makes_no_event(analyzer):
    text = (
        "The Kenyan farmers union says the situation has forced more than a third of Somalia's farmers and "
        "sellers out of business."
    )
    assert _events(analyzer, text) == []


def test_a_speaker_is_not_borrowed_for_a_clause_with_its_own_subject(analyzer):
    events = _countries(analyzer, "Kenya says the situation has forced Somali refugees out of the camps.")
    assert not any(s == "KEN" for s, _, _ in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia said it would attack Ukraine.", ("RUS", "UKR")),  # the pronoun is the speaker
        ("France says Russia attacked Ukraine.", ("RUS", "UKR")),  # the clause's own actor
    ],
)
def test_reported_acts_keep_their_own_actors(analyzer, text, expected):
    pairs = {(s, t) for s, t, _ in _countries(analyzer, text)}
    assert expected in pairs
    assert ("FRA", "UKR") not in pairs
