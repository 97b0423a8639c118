"""Session 11 (events): acts with a lexicon row whose sides the parse hid.

Each mechanism has sentences that must now give the act with both sides, and near sentences where it must not
fire."""

from __future__ import annotations

import pytest
from dwtest import country_triples

# ---- "Russian shelling hit Kharkiv": a subjectless verb whose doer the parser hung before it as a modifier


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Russian shelling hit Kharkiv on Monday.", "RUS", "UKR", "194"),
        ("Continued Russian shelling damaged homes in Kherson.", "RUS", "UKR", "194"),
        ("Turkey shells Kurdish positions in Syria.", "TUR", "SYR", "194"),
    ],
)
def test_a_doer_misread_as_a_modifier_of_the_verb_is_its_subject(analyzer, text, source, target, code):
    assert (source, target, code) in country_triples(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting hit the town.",  # no actor before the verb: nobody is named
        "Russian shelling continued overnight.",  # nothing aimed at: no event is invented
    ],
)
def test_no_doer_is_invented_for_a_subjectless_verb(analyzer, text):
    assert not any(s is not None and t is not None for s, t, _ in country_triples(analyzer, text))


def test_a_verb_with_its_own_subject_keeps_it(analyzer):
    # the adjective belongs to the subject noun, which is the doer anyway
    assert ("KEN", "KEN", "173") in country_triples(analyzer, "Kenyan police arrested ten protesters.")
    # an owner before a participle modifying a noun is the noun's owner, read by the actors, not a doer here
    triples = country_triples(analyzer, "The Iranian-backed militia attacked the base.")
    assert not any(s == "IRN" and c == "180" for s, _, c in triples), triples


# ---- "Iran will, officials said, retaliate": an aside between the auxiliary and the verb


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran will, officials said, retaliate against Israel.", "IRN", "ISR"),
        ("Russia has, the ministry said, attacked Ukrainian ports.", "RUS", "UKR"),
        ("Kenya has, according to officials, deported 30 Somalis.", "KEN", "SOM"),
    ],
)
def test_a_subject_hung_on_the_auxiliary_is_the_verbs(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and (target is None or t == target) for s, t, _ in triples), triples


def test_the_speaker_of_the_aside_is_not_the_doer(analyzer):
    triples = country_triples(analyzer, "Iran will, Israeli officials said, retaliate against Israel.")
    assert ("IRN", "ISR", "130") in triples, triples
    assert not any(s == "ISR" and t == "ISR" for s, t, _ in triples), triples


# ---- "met at the Egyptian capital": a country adjective on the place met at is where, not whom


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Egyptian and Israeli officers met at the Egyptian capital.", "EGY", "ISR"),
        ("Hamas and Israeli negotiators held talks in the Qatari capital.", "PSE", "ISR"),
    ],
)
def test_a_country_adjective_on_the_venue_is_no_partner(analyzer, text, a, b):
    triples = country_triples(analyzer, text)
    assert any(s == a and t == b for s, t, _ in triples), triples
    assert any(s == b and t == a for s, t, _ in triples), triples
    venue = {"EGY"} if "Egyptian capital" in text else {"QAT"}
    # the city's country is no side, unless it is also one of the two who met
    assert not any(t in venue and t not in {a, b} for _, t, _ in triples), triples
    assert not any(s == t for s, t, _ in triples), triples


def test_a_group_meeting_among_itself_at_a_capital_meets_no_state(analyzer):
    triples = country_triples(analyzer, "Hamas leaders met in the Qatari capital.")
    assert not any(t == "QAT" for _, t, _ in triples), triples
    triples = country_triples(analyzer, "Rebel leaders met at the Sudanese capital.")
    assert not any(t == "SDN" for _, t, _ in triples), triples


def test_a_partner_named_with_a_country_adjective_is_still_the_partner(analyzer):
    # the adjective names the people met, not a place they met in
    triples = country_triples(analyzer, "The minister met the Egyptian ambassador.")
    assert any(t == "EGY" for _, t, _ in triples), triples
    triples = country_triples(analyzer, "Kenyan officials met their Somali counterparts in the Ethiopian capital.")
    assert ("KEN", "SOM", "040") in triples, triples
    assert not any(t == "ETH" for _, t, _ in triples), triples
    # a visit's destination is still the place gone to
    assert ("IND", "RUS", "042") in country_triples(analyzer, "The Indian minister visited Moscow.")


# ---- "Iran said talks were held with the United States": a passive act with a partner, reported by one side


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        ("Iran said talks were held with the United States in Oman.", "IRN", "USA", "046"),
        ("Kenya says an agreement was signed with Uganda on Monday.", "KEN", "UGA", "057"),
    ],
)
def test_a_passive_act_with_a_partner_reported_by_a_side_is_the_speakers(analyzer, text, a, b, code):
    triples = country_triples(analyzer, text)
    assert (a, b, code) in triples and (b, a, code) in triples, triples


@pytest.mark.parametrize(
    "text",
    [
        "Talks were held with Iran in Oman on Sunday.",  # no speaker: no side is invented
        "Reuters reported that talks were held with Iran.",  # an outlet reports others' talks
        "Iran said talks were held with Iranian officials.",  # the partner is the speaker's own country
    ],
)
def test_no_speaker_of_another_country_gives_no_source(analyzer, text):
    triples = country_triples(analyzer, text)
    assert not any(s is not None and s != t for s, t, _ in triples), triples
