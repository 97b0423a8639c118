"""Session 11, round 2 (fixes): general-English errors round 1 found and left.

Each mechanism has sentences where it must fire and near sentences where it must not."""

from __future__ import annotations

import pytest
from dwtest import country_triples, event_codes, event_rows

# ---- a craft one travels in is no object of "fly": "flew two bombers" is a show of force, "flown on a plane" not


@pytest.mark.parametrize(
    "text",
    [
        "Detainees were flown aboard a nonmilitary aircraft to Guantanamo.",
        "The president flew in a military helicopter to the border.",
        "The United States flew the prisoners to Qatar on a chartered plane.",
    ],
)
def test_a_craft_travelled_in_is_no_show_of_force(analyzer, text):
    assert "150" not in event_codes(analyzer, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russia flew two bombers near Alaska.", "RUS"),
        ("China flew 30 warplanes into Taiwan's air defense zone.", "CHN"),
    ],
)
def test_flying_warplanes_is_still_a_show_of_force(analyzer, text, source):
    assert any(s == source and c == "150" for s, _, c in country_triples(analyzer, text))


# ---- "negotiating to", "working to": the act under them is intended, not done


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cameroon is negotiating to import eggs from Brazil.", "import"),
        ("Germany is working to deliver tanks to Ukraine.", "deliver"),
        ("France struggled to evacuate its citizens from Sudan.", "evacuate"),
    ],
)
def test_an_act_negotiated_or_worked_toward_is_not_done(analyzer, text, word):
    rows = [r for r in event_rows(analyzer, text, "modality") if word in r[1]]
    assert rows
    assert all(r[4] != "asserted" for r in rows)


def test_negotiating_is_still_talks(analyzer):
    rows = event_rows(analyzer, "Cameroon is negotiating to import eggs from Brazil.", "modality")
    assert any(r[3] == "046" and r[0] == "CMR" and r[4] == "asserted" for r in rows)


def test_working_with_a_partner_is_still_cooperation(analyzer):
    rows = event_rows(analyzer, "Japan worked with Australia on the deal.", "modality")
    assert any(r[0] == "JPN" and r[2] == "AUS" and r[4] == "asserted" for r in rows)


# ---- "X is mediating between": the progressive read as the copula's complement keeps its subject


@pytest.mark.parametrize(
    ("text", "source", "sides"),
    [
        ("Qatar is mediating between Israel and Hamas.", "QAT", {"ISR", "PSE"}),
        ("Norway is mediating between Colombia and Venezuela.", "NOR", {"COL", "VEN"}),
    ],
)
def test_a_progressive_mediator_is_the_source(analyzer, text, source, sides):
    triples = country_triples(analyzer, text)
    assert {t for s, t, c in triples if s == source and c == "045"} == sides


# ---- missiles and drones intercepted, also as "them" and through a quantity, are military force (190)


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 40 missiles and drones at Ukraine. The Ukrainian army said it intercepted most of them.",
        "Iran fired dozens of drones at Israel, but Israel intercepted them.",
        "Hezbollah fired rockets at towns in northern Israel. The Israeli military said it intercepted some of them.",
    ],
)
def test_intercepted_missiles_are_no_arrest(analyzer, text):
    rows = [r for r in event_rows(analyzer, text, "modality") if "intercepted" in r[1]]
    assert rows
    assert all(r[3] == "190" for r in rows)


def test_intercepted_smugglers_are_still_held(analyzer):
    text = "Police stopped three smugglers near the border. Greek coast guard intercepted them."
    rows = [r for r in event_rows(analyzer, text, "modality") if "intercepted" in r[1]]
    assert rows and all(r[3] == "173" for r in rows)


# ---- "welcomed Putin to Beijing": a host's guest is the object, the place only the venue


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("Xi welcomed Putin to Beijing.", "CHN", "RUS"),
        ("Erdogan welcomed Zelenskyy to Istanbul on Friday.", "TUR", "UKR"),
        ("Lula welcomed Macron to Brazil.", "BRA", "FRA"),
    ],
)
def test_welcoming_a_guest_to_ones_country_is_hosting(analyzer, text, host, guest):
    assert (host, guest, "043") in country_triples(analyzer, text)


def test_welcoming_a_decision_is_no_visit(analyzer):
    codes = event_codes(analyzer, "Germany welcomed the decision to send troops.")
    assert "043" not in codes


# ---- "launched a swarm of drones at Israel": the target hung on the measure of the row's object


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran launched a swarm of drones at Israel.", "IRN", "ISR"),
        ("Hamas fired a barrage of rockets at Israel.", "PSE", "ISR"),
        ("The EU announced a package of sanctions against Russia.", "IGO", "RUS"),
    ],
)
def test_a_target_on_the_measure_counts(analyzer, text, source, target):
    assert any(s == source and t == target for s, t, _ in country_triples(analyzer, text))


# ---- "Armenia and Azerbaijan swapped accusations.": the verb read as the noun's modifier still trades


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Armenia and Azerbaijan swapped accusations.", "ARM", "AZE"),
        ("Serbia and Kosovo exchanged accusations.", "SRB", "KSV"),
        ("India and Pakistan traded threats.", "IND", "PAK"),
    ],
)
def test_a_traded_act_goes_both_ways(analyzer, text, one, other):
    pairs = {(s, t) for s, t, _ in country_triples(analyzer, text)}
    assert {(one, other), (other, one)} <= pairs


# ---- lexicon: approving sanctions imposes them; seizing power is no seizure of property


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The EU approved new sanctions against Belarus.", "IGO", "BLR"),
        ("Canada approved sanctions on Iranian officials.", "CAN", "IRN"),
        ("Britain unveiled sanctions on Russian oligarchs.", "GBR", "RUS"),
    ],
)
def test_approved_sanctions_are_imposed(analyzer, text, source, target):
    assert (source, target, "163") in country_triples(analyzer, text)


def test_approving_a_loan_is_no_sanction(analyzer):
    assert "163" not in event_codes(analyzer, "The IMF approved a loan to Pakistan.")


def test_seizing_power_is_no_seizure_of_property(analyzer):
    assert "171" not in event_codes(analyzer, "Soldiers seized power in Niger on Wednesday.")
    assert "171" in event_codes(analyzer, "Rebels seized a power plant in Sudan.")
