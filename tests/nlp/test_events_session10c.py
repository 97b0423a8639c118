"""Session 10, round 3 (events): general faults found by the other engineers.

Each mechanism has sentences of its own (several countries, varied wording) that must now give the right act
and sides, and near sentences that must keep their old reading."""

from __future__ import annotations

import pytest
from dwtest import country_triples, event_rows

# ---- "bilateral": the act of one of the pair in view is aimed at the other


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        ("Ruto flew to Addis Ababa to meet Abiy Ahmed. Ruto held bilateral talks on trade.", "KEN", "ETH", "046"),
        ("Egypt sent a delegation to Sudan. Egypt signed a bilateral deal.", "EGY", "SDN", "057"),
        (
            "Modi arrived in Tokyo on Monday. Modi and Japanese officials signed a bilateral agreement on rail.",
            "IND",
            "JPN",
            "057",
        ),
    ],
)
def test_a_bilateral_act_is_aimed_at_the_other_of_the_pair(analyzer, text, a, b, code):
    triples = country_triples(analyzer, text)
    assert (a, b, code) in triples and (b, a, code) in triples, triples
    assert (a, None, code) not in triples, triples


# ---- acts traded between two sides: each side's act on the other


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        ("China and the Philippines clashed at sea. The two countries traded accusations.", "CHN", "PHL", "112"),
        ("Russia and Ukraine exchanged accusations over the strike.", "RUS", "UKR", "112"),
        ("Iran and Israel traded threats.", "IRN", "ISR", "130"),
        ("Venezuela exchanged threats with Guyana.", "VEN", "GUY", "130"),
        ("China traded accusations with the Philippines.", "CHN", "PHL", "112"),
        ("India and Pakistan traded blows over Kashmir.", "IND", "PAK", "190"),
    ],
)
def test_traded_acts_are_each_sides_act_on_the_other(analyzer, text, a, b, code):
    triples = country_triples(analyzer, text)
    assert (a, b, code) in triples and (b, a, code) in triples, triples
    assert not any(t is None for s, t, _ in triples if s in {a, b}), triples


def test_threats_traded_are_no_trade_and_goods_traded_still_are(analyzer):
    assert not any(c == "061" for *_, c in country_triples(analyzer, "Iran and Israel traded threats."))
    assert ("CHN", "BRA", "061") in country_triples(analyzer, "China and Brazil traded soybeans.")
    assert ("RUS", "UKR", "0841") in country_triples(analyzer, "Russia and Ukraine exchanged prisoners.")


# ---- where a plural subject met is not whom it met


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels, whose commanders met in Doha, rejected the deal.", "QAT"),
        ("Hamas leaders met in Cairo on Sunday.", "EGY"),
        ("The rebel commanders met in Doha.", "QAT"),
    ],
)
def test_a_meeting_place_is_not_the_partner(analyzer, text, place):
    rows = event_rows(analyzer, text, "cameo")
    met = [r for r in rows if r[1] == "met"]
    assert met and not any(r[2] and r[2].startswith(place) for r in met), rows


def test_a_partner_named_by_with_after_the_place_is_kept(analyzer):
    triples = country_triples(analyzer, "Putin met in Moscow with the Chinese president.")
    assert ("RUS", "CHN", "040") in triples and ("CHN", "RUS", "040") in triples, triples


# ---- named weapon systems sent, delivered or shipped are military aid


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The United States sent HIMARS to Ukraine.", "USA", "UKR"),
        ("Washington delivered ATACMS to Kyiv.", "USA", "UKR"),
        ("Germany delivered two Patriots to Ukraine.", "DEU", "UKR"),
        ("Britain shipped HIMARS launchers to Ukraine.", "GBR", "UKR"),
    ],
)
def test_named_weapon_systems_are_arms_given(analyzer, text, a, b):
    assert (a, b, "072") in country_triples(analyzer, text)


def test_drones_sent_into_a_country_are_no_aid(analyzer):
    assert not any(c == "072" for *_, c in country_triples(analyzer, "Russia sent drones into Ukraine."))


# ---- a demand or appeal that foreign forces leave asks for their withdrawal; only an order expels them


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        ("Niger demanded that French troops leave.", "NER", "FRA", "1056"),
        ("Mali demanded that French soldiers leave the country.", "MLI", "FRA", "1056"),
        ("Niger demanded French troops to leave.", "NER", "FRA", "1056"),
        ("Lebanon urged Israeli forces to leave the south.", "LBN", "ISR", "0256"),
        ("Niger ordered French troops to leave.", "NER", "FRA", "166"),
        ("Russia told the Estonian ambassador to leave Russia.", "RUS", "EST", "161"),
    ],
)
def test_demanding_is_a_demand_and_ordering_an_expulsion(analyzer, text, a, b, code):
    assert (a, b, code) in country_triples(analyzer, text)


def test_a_demand_that_an_envoy_leave_is_no_withdrawal_demand(analyzer):
    codes = {c for *_, c in country_triples(analyzer, "Iraq demanded that the U.S. ambassador leave.")}
    assert "1056" not in codes and "100" in codes, codes


# ---- a clash between a crowd and the police: who acts decides


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with police in Nairobi.",
        "Police clashed with protesters in Dhaka.",
        "Students clashed with riot police in Jakarta.",
        "Demonstrators clashed with security forces in Tehran.",
    ],
)
def test_a_street_clash_is_violent_protest_and_repression(analyzer, text):
    rows = event_rows(analyzer, text, "cameo")
    codes = {(r[0][3:], r[3]) for r in rows if r[0]}
    assert ("OPP", "145") in codes or ("EDU", "145") in codes, rows
    assert ("COP", "175") in codes, rows
    assert not any(r[3] == "145" and r[0].endswith("COP") for r in rows), rows


def test_a_clash_between_armed_sides_stays_fighting(analyzer):
    codes = {c for *_, c in country_triples(analyzer, "Soldiers clashed with rebels in Goma.")}
    assert codes == {"190"}, codes


# ---- sent out of a room is no sanction


@pytest.mark.parametrize(
    "text",
    [
        "Trump ordered reporters to leave the Oval Office.",
        "The judge told protesters to leave the courtroom.",
    ],
)
def test_ordered_out_of_a_room_is_no_event(analyzer, text):
    assert event_rows(analyzer, text, "cameo") == []


def test_leaving_office_is_still_a_resignation(analyzer):
    assert any(r[3] in {"0831", "0341"} for r in event_rows(analyzer, "Biden will leave office in January.", "cameo"))


# ---- a quoted command is the speaker's demand, not the act


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Hamas said: stop the attacks on Gaza.", "PSE", None, "1056"),
        ('"Stop the attacks," the Hamas official said.', "PSE", None, "1056"),
        ('"Release the hostages now," Netanyahu told Hamas.', "ISR", "PSE", "1053"),
        ('Blinken told Israel: "Stop the bombing of Gaza."', "USA", "ISR", "1056"),
    ],
)
def test_a_quoted_imperative_is_a_demand(analyzer, text, source, target, code):
    rows = event_rows(analyzer, text, "modality")
    assert any(
        r[0] and r[0].startswith(source) and (r[2] or "").startswith(target or "") and r[3] == code for r in rows
    ), rows
    assert not any(r[3][:2] == "08" for r in rows), rows
    if target is None:
        assert all(r[2] is None for r in rows if r[3] == code), rows


def test_a_stated_intention_is_no_imperative(analyzer):
    rows = event_rows(analyzer, "Russia said it would stop the attacks.", "modality")
    assert not any(r[3][:2] == "10" for r in rows), rows


# ---- what an object is given "on" is no topic; to confer a thing is to bestow it


def test_an_honor_conferred_on_someone_is_given_to_them_one_way(analyzer):
    triples = country_triples(analyzer, "Mauritius conferred the country's highest civilian honor on Modi.")
    assert ("MUS", "IND", "051") in triples and ("IND", "MUS", "051") not in triples, triples
    consulted = country_triples(analyzer, "Blinken conferred with Saudi officials.")
    assert ("USA", "SAU", "040") in consulted and ("SAU", "USA", "040") in consulted, consulted


# ---- a stance about a state's affairs is not a stance toward the state


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Many Mexicans are anxious about the American election.", None),
        ("Japan is worried about the Chinese economy.", None),
        ("Japan is worried about Chinese militarism.", "CHN"),
        ("Germany is critical of the Hungarian government.", "HUN"),
    ],
)
def test_a_stance_about_an_election_or_an_economy_names_no_side(analyzer, text, target):
    stances = [t for t in country_triples(analyzer, text) if t[2][:2] == "11"]
    assert stances and all(t[1] == target for t in stances), stances
