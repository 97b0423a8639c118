"""Lexicon pass 9 and the frames of weighing and looking to act.

The sentences are written for this test (not taken from any gold set or annotated story): each checks that a
general phrasing reaches the CAMEO code the codebook gives it, or that a row does not fire on another sense.
"""

from __future__ import annotations

import pytest
from dwtest import country_triples, event_codes, make_article

from dyadwatch.coding import lexicon
from dyadwatch.errors import DyadwatchError

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # territory handed over (0842)
        ("Britain handed over the Chagos Islands to Mauritius.", ("GBR", "MUS", "0842")),
        # agreements walked away from or revoked (160)
        ("Washington walked away from the nuclear deal with Iran.", ("USA", "IRN", "160")),
        ("Niger revoked its military pact with the United States.", ("NER", "USA", "160")),
        # an offensive called off is de-escalation (087)
        ("Russia called off its offensive on Kyiv.", ("RUS", "UKR", "087")),
        # a side's account challenged (110); approval given (051)
        ("Lithuania challenged Belarus's account of the incident.", ("LTU", "BLR", "110")),
        ("Turkey gave the green light to Finland's NATO membership.", ("TUR", "FIN", "051")),
        # a vessel rammed (171); weapons handed (072); medical supplies shipped are humanitarian aid (073, session 12:
        # the codebook's 073 names medicine and medical supplies, and "sent medical supplies" was already 073)
        ("Chinese coast guard ships rammed a Philippine supply boat.", ("CHN", "PHL", "171")),
        ("The Netherlands handed F-16 fighter jets to Ukraine.", ("NLD", "UKR", "072")),
        ("China shipped medical supplies to Italy.", ("CHN", "ITA", "073")),
    ],
)
def test_pass9_rows_code_the_act(analyzer, text, triple):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


def test_opposing_a_policy_is_disapproval_and_a_proposal_rejection(analyzer):
    assert "110" in event_codes(analyzer, "Japan opposes China's maritime expansion.")
    assert "120" not in event_codes(analyzer, "Japan opposes China's maritime expansion.")
    assert "120" in event_codes(analyzer, "Russia opposed the British proposal.")


def test_rows_do_not_fire_on_other_senses(analyzer):
    # a strike called off is the end of a strike (082), not de-escalation; a bare walk-away is a rejection
    assert "087" not in event_codes(analyzer, "Unions in France called off the strike against the government.")
    assert "160" not in event_codes(analyzer, "Serbia walked away from the talks with Kosovo.")
    # talks that end with a deal leave no agreement
    assert "160" not in event_codes(analyzer, "The talks between Israel and Hamas ended with an agreement.")
    # returning to a place is no property returned
    assert "0842" not in event_codes(analyzer, "The Iranian president returned to Tehran after his visit to China.")


def test_a_visa_denied_is_a_sanction_and_a_request_denied_a_rejection(analyzer):
    assert "172" in event_codes(analyzer, "The United States denied a visa to the Iranian foreign minister.")
    assert "120" in event_codes(analyzer, "Egypt denied Israel's request.")


def test_frames_of_weighing_and_looking_leave_the_act_undone(analyzer):
    # "weighing sending tanks" has not sent any: the act is only considered
    flagged = {
        (e.cameo, e.modality)
        for e in analyzer.analyze(make_article("Germany is weighing sending tanks to Ukraine.")).events
    }
    assert ("072", "hypothetical") in flagged, flagged
    assert ("072", "asserted") not in flagged, flagged
    codes = {
        e.modality
        for e in analyzer.analyze(make_article("Japan is looking to expand its cooperation with India.")).events
    }
    assert codes == {"hypothetical"}, codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The United States withdrew from UNESCO.", "160"),
        ("Burkina Faso, Mali and Niger withdrew from ECOWAS.", "160"),
        ("Hungary withdrew from the International Criminal Court.", "160"),
        ("Nicaragua left the Organization of American States.", "160"),
        ("Sweden joined NATO in March.", "050"),
    ],
)
def test_a_state_leaving_or_joining_an_international_body(analyzer, text, code):
    assert code in event_codes(analyzer, text), (text, country_triples(analyzer, text))


def test_troops_withdrawn_from_a_place_and_people_quitting_a_council_are_no_exit(analyzer):
    assert "0874" in event_codes(analyzer, "Israel pulled its troops out of Gaza.")
    assert "160" not in event_codes(analyzer, "Israel pulled its troops out of Gaza.")
    assert "160" not in event_codes(analyzer, "The mayor of Kyiv quit the city council.")


def test_a_bid_to_join_is_not_yet_membership(analyzer):
    record = analyzer.analyze(make_article("Finland applied to join NATO."))
    assert {(e.cameo, e.modality) for e in record.events} == {("050", "hypothetical")}


def test_cooperation_strengthened_is_material_cooperation_and_ties_diplomatic(analyzer):
    assert "060" in event_codes(analyzer, "Japan and India strengthened their cooperation.")
    assert "050" in event_codes(analyzer, "Japan and India strengthened their ties.")


def test_rallying_pulling_back_and_pushing_in_by_who_does_it(analyzer):
    # a crowd rallying against a side protests; a state rallying allies against one rallies opposition
    assert "141" in event_codes(analyzer, "Thousands rallied in Seoul against Japan's release of wastewater.")
    assert "113" in event_codes(analyzer, "Saudi Arabia rallied its Arab allies against Iran.")
    # forces pulling back from a place retreat; a side pulling back from a pledge leaves it
    assert "0874" in event_codes(analyzer, "The Israeli army pulled back from the Rafah crossing.")
    assert "160" in event_codes(analyzer, "Washington pulled back from its pledge to Kyiv.")
    pushed = country_triples(analyzer, "Ukrainian troops pushed into the Kursk region of Russia.")
    assert ("UKR", "RUS", "190") in pushed


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russia's occupation of Crimea is illegal.", ("RUS", "UKR", "192")),
        ("China's recognition of the Taliban government was a first.", ("CHN", "AFG", "054")),
        ("Trade between China and Australia has rebounded.", ("CHN", "AUS", "061")),
        ("US funding for Ukraine has slowed.", ("USA", "UKR", "071")),
        ("China's invitation to Putin came days after the summit.", ("CHN", "RUS", "020")),
        ("China shielded Russia from censure at the United Nations.", ("CHN", "RUS", "052")),
    ],
)
def test_event_nouns_with_their_prepositions(analyzer, text, triple):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


def test_event_nouns_need_their_preposition(analyzer):
    # "trade" and "funding" alone name no act between sides; civilians shielded from a blast are no defence
    assert "061" not in event_codes(analyzer, "Trade has rebounded in China this year.")
    assert "052" not in event_codes(analyzer, "Israeli soldiers shielded civilians from the blast.")


def test_ignored_proposals_disowned_attacks_and_boarded_vessels(analyzer):
    # session 14: a proposal for talks turned down is CAMEO 125 ("Reject proposal to meet, discuss, or negotiate")
    assert ("PRK", "KOR", "125") in country_triples(analyzer, "North Korea ignored South Korea's proposal for talks.")
    assert "016" in event_codes(analyzer, "The Iraqi government disowned the rocket attack on the American embassy.")
    assert ("CHN", "TWN", "170") in country_triples(analyzer, "China's coast guard boarded a Taiwanese fishing boat.")
    assert "170" not in event_codes(analyzer, "The Indian minister boarded a plane to Moscow.")


def test_returning_to_a_place_is_no_property_returned(analyzer):
    # with no preposition named, the object of "to" counts as the object of an intransitive "return"
    assert "0842" not in event_codes(analyzer, "The Chinese governor returned to the province after the talks.")
    assert "0842" not in event_codes(analyzer, "The Philippine president returned to the island on Monday.")


def test_stance_adjectives_are_lexicon_rows_of_their_own_pos():
    """Adjectives are data like verbs and nouns: one row per preposition that names whom the stance is toward."""
    rows = lexicon.patterns()[("A", "critical")]
    assert [(p.code, p.words) for p in rows] == [("111", ("of",))]
    assert lexicon.parse_pattern("120", "A", "opposed to", 1, "x").words == ("to",)
    with pytest.raises(DyadwatchError):
        lexicon.parse_pattern("120", "J", "opposed to", 1, "x")


def test_raising_frames_are_frames_tsv_rows_read_as_subject_frames():
    """Control "raising": "is scheduled to meet" is the subject's act with a modality, but no intent code."""
    scheduled, agreed = lexicon.frames()["schedule"], lexicon.frames()["agree"]
    assert (scheduled.control, scheduled.effect, scheduled.raising) == ("subject", "future", True)
    assert (agreed.control, agreed.raising) == ("subject", False)
