"""Session 9d (events, round 4): measures that "hit" without force, one attack told by an act noun and a verb of
impact, the place of an attack at home, and sums, aid and arms handed or sent to a named side.

Each mechanism has sentences that must now give the act, and near sentences that must keep their old reading."""

from __future__ import annotations

import pytest
from dwtest import country_triples, event_rows, make_article


def _rows(analyzer, text: str) -> list[tuple[str | None, str, str | None, str]]:
    """(source code, trigger text, target code, CAMEO code) of every event, in order."""
    record = analyzer.analyze(make_article(text))
    return [
        (e.source.code if e.source else None, e.action.text, e.target.code if e.target else None, e.cameo or "")
        for e in record.events
    ]


# ---- 1: a measure or a condition that "hits" or "strikes" lands no attack; the measure's own act stays


@pytest.mark.parametrize(
    "text",
    [
        "New U.S. sanctions hit Russian oil tankers.",
        "U.S. sanctions hit Iranian refineries.",
        "Chinese tariffs struck American farmers.",
        "Iranian refineries were hit by U.S. sanctions.",
        "Sanctions that hit Russian tankers took effect on Monday.",
        "Rising prices hit Egyptian shoppers.",
        "The ban hit Chinese firms and struck Huawei.",
    ],
)
def test_a_measure_that_hits_is_no_attack(analyzer, text):
    rows = _rows(analyzer, text)
    assert not any(code[:2] in {"18", "19", "20"} for *_, code in rows), rows


def test_the_measure_itself_is_still_coded(analyzer):
    assert ("USA", None, "163") in country_triples(analyzer, "New U.S. sanctions hit Russian oil tankers.")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russian missiles hit Kyiv.", ("RUS", "UKR", "195")),
        ("Russian drones struck a refinery in Ukraine.", ("RUS", "UKR", "195")),
        ("Hamas fighters hit an Israeli base.", ("PSE", "ISR", "190")),
    ],
)
def test_arms_or_fighters_that_hit_still_attack(analyzer, text, triple):
    assert triple in country_triples(analyzer, text), country_triples(analyzer, text)


# ---- 4: an act noun that a verb of impact says landed is one attack, with the verb's target


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("An Israeli strike hit a school in Rafah.", ("ISR", "strike", "PSEEDU", "190")),
        ("An Israeli airstrike struck a school in Gaza.", ("ISR", "airstrike", "PSEEDU", "195")),
        ("A school in Rafah was hit by an Israeli airstrike.", ("ISR", "airstrike", "PSEEDU", "195")),
        ("A Russian strike hit Kharkiv.", ("RUS", "strike", "UKR", "190")),
    ],
)
def test_an_act_noun_and_its_impact_verb_are_one_event(analyzer, text, row):
    rows = _rows(analyzer, text)
    assert rows == [row], rows


def test_other_verbs_of_an_act_noun_keep_their_own_event(analyzer):
    # killing people is reported beside the strikes on Gaza, not merged into them
    triples = country_triples(analyzer, "Israeli strikes on Gaza killed dozens of people.")
    assert ("ISR", "PSE", "190") in triples, triples
    assert len(triples) == 2, triples


# ---- 3: an attack at home falls on the place's people, unless it is on an armed site


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Syrian troops shelled a market in Idlib.", ("SYR", "SYR", "194")),  # "in X" on the noun
        ("Syrian jets bombed a market on Tuesday in Idlib.", ("SYR", "SYR", "195")),  # "in X" on the verb
        ("Russian troops shelled a hospital in Belgorod.", ("RUS", "RUS", "194")),
        ("Syrian troops shelled Idlib.", ("SYR", "SYR", "194")),
    ],
)
def test_an_attack_on_a_civil_place_at_home_falls_on_that_country(analyzer, text, triple):
    assert triple in country_triples(analyzer, text), country_triples(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops shelled a camp in Idlib.",  # "in X" on the noun
        "Syrian troops shelled positions in Idlib.",
        "Russian troops shelled hideouts in Belgorod.",
    ],
)
def test_an_armed_site_at_home_names_no_side(analyzer, text):
    triples = country_triples(analyzer, text)
    assert triples and not any(s is not None and s == t for s, t, _ in triples), triples


def test_an_armed_site_abroad_still_takes_the_country(analyzer):
    assert ("RUS", "SYR", "195") in country_triples(analyzer, "Russian jets bombed hideouts in Syria.")


# ---- 2: sums, aid and arms handed or sent to a side named as the indirect object


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Japan handed Kyiv $2 billion.", ("JPN", "UKR", "071")),
        ("Washington handed Kyiv $1 billion in aid.", ("USA", "UKR", "070")),
        ("Washington gave Kyiv $1 billion in aid.", ("USA", "UKR", "070")),
        ("Germany gave Kyiv $2 billion in weapons.", ("DEU", "UKR", "072")),
        ("The United States sent Israel 2,000 bombs.", ("USA", "ISR", "072")),
        ("The EU handed Kyiv a 50 billion euro loan.", (None, "UKR", "071")),
    ],
)
def test_a_sum_or_arms_go_to_the_indirect_object(analyzer, text, triple):
    got = country_triples(analyzer, text)
    assert any(all(w is None or w == g for w, g in zip(triple, t, strict=True)) for t in got), got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a country name before "$" is whom the sum is given when the parser makes it the indirect object
        ("The United States gave Ukraine $1 billion in aid.", ("USA", "UKR", "070")),
        ("Japan lent Pakistan $2 billion.", ("JPN", "PAK", "071")),
        # ... and stays the currency's prefix otherwise, or when "to" names the receiver
        ("Washington pledged US $50 million to Kenya.", ("USA", "KEN", "0331")),
        ("The IMF gave US $3 billion to Egypt.", ("IGO", "EGY", "071")),
    ],
)
def test_a_country_before_a_currency_sign_is_the_receiver_only_as_indirect_object(analyzer, text, triple):
    got = country_triples(analyzer, text)
    assert triple in got, got
    assert not any(t[1] == "USA" for t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The minister handed Kyiv a letter.",  # handing a thing that is no aid
        "He handed the keys to the mayor.",
        "Russia dropped bombs on Aleppo.",  # bombs dropped are no arms given
    ],
)
def test_handing_other_things_is_no_aid(analyzer, text):
    rows = _rows(analyzer, text)
    assert not any(code[:2] == "07" for *_, code in rows), rows


def test_a_loan_from_the_imf_is_economic_aid_from_it(analyzer):
    # CAMEO 071 covers credit extended: the lender is the source, whoever "took out" the loan
    assert ("IGOECO", "loan", "UKR", "071") in _rows(analyzer, "Ukraine took out a loan from the IMF.")


# ---- an act noun denied of something by a negated copula is negated; a judgement without "not" is untouched


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Sheinbaum said the flights were not a violation of Mexican sovereignty.", "violation", True),
        ("This is not an attack on China.", "attack", True),
        ("The visit was not a snub to Japan, Tokyo said.", "snub", True),
        ("The flights were a violation of Mexican sovereignty, Sheinbaum said.", "violation", False),
        ("Russia's invasion was not a mistake, Putin said.", "invasion", False),  # the act is the subject
    ],
)
def test_an_act_noun_denied_by_the_copula_is_negated(analyzer, text, word, negated):
    rows = event_rows(analyzer, text, "negated")
    assert [r[4] for r in rows if r[1] == word] == [negated], rows
