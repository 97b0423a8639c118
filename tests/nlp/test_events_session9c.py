"""Session 9c (events, round 3): the country an attack on an unowned thing fell in, "hit" landed by arms or
fighters, arms bought "from" a side, and what two sides agree "on".

Each mechanism has sentences that must now give the act, and near sentences that must keep their old reading."""

from __future__ import annotations

import pytest
from dwtest import code_triples, country_triples

_rows = code_triples


# ---- 1: "in X" hung on the verb of an attack on a thing nobody is named as owning: the country it fell in


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("U.S. drones bombed hideouts in eastern Afghanistan.", ("USA", "AFG", "195")),
        ("Turkish jets bombed villages in northern Iraq.", ("TUR", "IRQ", "195")),
        ("Israel bombed targets in Syria.", ("ISR", "SYR", "195")),
        ("Russian troops destroyed bridges in Ukraine.", ("RUS", "UKR", "1712")),
        ("Hideouts were bombed in Afghanistan by U.S. drones.", ("USA", "AFG", "195")),
        ("Israeli jets hit a market in Lebanon.", ("ISR", "LBN", "195")),
    ],
)
def test_the_country_an_attack_fell_in_is_its_target(analyzer, text, triple):
    assert triple in country_triples(analyzer, text), country_triples(analyzer, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # an owner named on the thing is the one hit, not the country it stands in
        ("Israeli jets bombed Hamas positions in Gaza City.", ("ISR", "PSE", "195")),
        # people attacked are the target themselves
        ("Russian troops attacked civilians in Ukraine.", ("RUS", "UKR", "190")),
    ],
)
def test_an_owner_or_a_people_hit_keeps_the_target(analyzer, text, triple):
    assert triple in country_triples(analyzer, text), country_triples(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops attacked a camp in Borno.",  # fighting at home names no other side
        "Egyptian troops destroyed tunnels in Sinai.",
    ],
)
def test_an_attack_at_home_is_not_aimed_at_its_own_country(analyzer, text):
    triples = country_triples(analyzer, text)
    assert not any(s is not None and s == t for s, t, _ in triples), triples


def test_a_meeting_place_is_still_no_target(analyzer):
    # only acts of force take the country they happened in: talks held somewhere are not with it
    triples = country_triples(analyzer, "Iran and the United States held talks in Oman.")
    assert not any(t == "OMN" for _, t, _ in triples), triples


# ---- 2: "hit" landed by arms, armed acts or fighters is an attack whatever it hits; a storm or a crisis is not


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russian drones hit Kharkiv.", ("RUS", "UKR", "195")),
        ("Kharkiv was hit by Russian drones.", ("RUS", "UKR", "190")),
        ("Russia hit Kyiv with missiles.", ("RUS", "UKR", "190")),
        ("Turkish drones hit a wedding in northern Iraq.", ("TUR", "IRQ", "195")),
        ("Israeli jets struck a market in Lebanon.", ("ISR", "LBN", "195")),
        ("Russian missiles hit shoppers in Kharkiv.", ("RUS", "UKR", "195")),
    ],
)
def test_arms_that_hit_something_attack_it(analyzer, text, triple):
    assert triple in country_triples(analyzer, text), country_triples(analyzer, text)


def test_fighters_that_hit_a_city_attack_it(analyzer):
    rows = _rows(analyzer, "Hamas fighters hit Tel Aviv.")
    assert any(t == "ISR" and c[:2] in {"18", "19"} for _, t, c in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the Philippines.",
        "The crisis hit Italy hard.",
        "Inflation hit Argentina.",
        "The new phone hit the market in May.",
        # fighters or aircraft that fight a fire or a social ill attack no one
        "Soldiers fought wildfires in Greece.",
        "The army fought corruption.",
        "Helicopters hit the blaze.",
    ],
)
def test_what_merely_lands_is_no_attack(analyzer, text):
    rows = _rows(analyzer, text)
    assert not any(c[:2] in {"18", "19", "20"} for _, _, c in rows), rows


def test_sanctions_that_hit_stay_sanctions(analyzer):
    assert ("RUS", "UKR", "163") in country_triples(analyzer, "Russia hit Ukraine with new sanctions.")


# ---- 3: arms bought "from" a side are its arms sale, even though arms are no actors


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("India acquired drones from Turkey.", ("TUR", "IND", "072")),
        ("Pakistan acquired fighter jets from China.", ("CHN", "PAK", "072")),
        ("Egypt received missiles from Russia.", ("RUS", "EGY", "072")),
    ],
)
def test_arms_acquired_from_a_side_are_its_supply(analyzer, text, triple):
    triples = country_triples(analyzer, text)
    assert triple in triples, triples
    assert not any(s is None for s, _, c in triples if c == "072"), triples


# ---- 5: what sides agree or cooperate "on" is no third side; a mutual agreement is each to the other


def test_two_sides_agreeing_on_an_exchange_agree_with_each_other(analyzer):
    rows = _rows(analyzer, "Russia and Ukraine agreed on an exchange of prisoners.")
    assert ("RUS", "UKR", "030") in rows and ("UKR", "RUS", "030") in rows, rows
    assert not any(t is not None and t.endswith("CVL") for _, t, _ in rows), rows


def test_one_side_agreeing_on_an_exchange_with_another(analyzer):
    triples = country_triples(analyzer, "Russia agreed on an exchange of prisoners with Ukraine.")
    assert ("RUS", "UKR", "030") in triples, triples
    assert not any(s is None and c == "030" for s, _, c in triples), triples


def test_cooperating_on_a_third_country_is_with_each_other(analyzer):
    triples = country_triples(analyzer, "Japan and South Korea cooperate on North Korea.")
    assert ("JPN", "KOR", "060") in triples, triples
    assert not any(t == "PRK" for _, t, _ in triples), triples


def test_a_partner_named_with_with_is_kept(analyzer):
    triples = country_triples(analyzer, "Iran agreed on a deal with the United States.")
    assert ("IRN", "USA", "031") in triples, triples
