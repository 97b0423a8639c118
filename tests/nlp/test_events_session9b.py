"""Session 9b (events, round 2): nouns of leaving, forces and envoys that are moved rather than acted on, "between"
pairs on what an act is of, sums of money, a meeting's occasion, strikes begun, name-calling lists, a state's
protest, and a killing whose author is named.

Each mechanism has sentences that must now give the act, and near sentences that must keep their old reading."""

from __future__ import annotations

import pytest
from dwtest import code_triples, country_triples

_rows = code_triples


# ---- 1, 2: a pullout, withdrawal or retreat "from" a place is aimed at that place's country; one's own forces or
# envoys "of" the noun (or the verb's object) leave, they are not its target


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Russia's pullout from Syria angered Iran.", "RUS", "SYR", "0874"),
        ("The U.S. withdrawal from Afghanistan was chaotic.", "USA", "AFG", "0874"),
        ("Israel completed its retreat from Gaza.", "ISR", "PSE", "0874"),
        ("France's withdrawal from Mali was completed in August.", "FRA", "MLI", "0874"),
        ("Russia announced the withdrawal of its troops from Moldova.", "RUS", "MDA", "0874"),
        ("Russia completed the withdrawal of its troops from Kherson.", "RUS", "UKR", "0874"),
        ("The withdrawal of Russian troops from Syria began on Monday.", "RUS", "SYR", "0874"),
        ("The retreat of Russian forces from Kharkiv was swift.", "RUS", "UKR", "0874"),
        ("Ukraine announced the recall of its ambassador to Hungary.", "UKR", "HUN", "161"),
        ("Poland announced the withdrawal of its ambassador from Israel.", "POL", "ISR", "161"),
        ("Russia ordered the withdrawal of its troops from Kherson.", "RUS", "UKR", "0874"),
        ("Russia withdrew its troops from Syria.", "RUS", "SYR", "0874"),
        ("Israel recalled its ambassador from Turkey.", "ISR", "TUR", "161"),
    ],
)
def test_what_is_left_is_the_target_and_own_forces_are_not(analyzer, text, source, target, code):
    triples = country_triples(analyzer, text)
    assert (source, target, code) in triples, triples
    assert not any(s == t for s, t, _ in triples), triples  # never aimed at its own troops or envoy


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # forces of another side named after a demand are whom it is made of
        ("Mali demanded the withdrawal of French troops.", ("MLI", "FRA", "1056")),
        # an expelled envoy is still the target
        ("Russia expelled the Estonian ambassador.", ("RUS", "EST", "161")),
        # leaving a body is still an exit (160)
        ("Britain's withdrawal from the European Union hurt trade.", ("GBR", "IGO", "160")),
    ],
)
def test_others_forces_and_bodies_left_keep_their_reading(analyzer, text, triple):
    assert triple in country_triples(analyzer, text), country_triples(analyzer, text)


def test_a_withdrawal_from_no_side_is_no_event(analyzer):
    assert not country_triples(analyzer, "Biden's withdrawal from the race shocked Democrats.")


def test_something_other_than_forces_taken_back_is_no_retreat(analyzer):
    codes = {
        c for _, _, c in country_triples(analyzer, "Russia's withdrawal of recognition from Kosovo angered Serbia.")
    }
    assert "0874" not in codes, codes


# ---- 3: "N of OBJ between X and Y": the pair names the act's sides


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        ("The exchange of prisoners between Russia and Ukraine took place on Sunday.", "RUS", "UKR", "0841"),
        ("The resumption of ties between Iran and Saudi Arabia surprised Washington.", "IRN", "SAU", "050"),
        ("The restoration of diplomatic relations between Egypt and Qatar was announced.", "EGY", "QAT", "050"),
    ],
)
def test_a_pair_between_on_what_the_act_is_of_names_its_sides(analyzer, text, a, b, code):
    triples = country_triples(analyzer, text)
    assert {(a, b, code), (b, a, code)} <= triples, triples
    assert not any(s is None for s, _, _ in triples), triples


def test_an_exchange_is_with_its_partner_not_with_what_is_exchanged(analyzer):
    triples = country_triples(analyzer, "Russia's exchange of prisoners with Ukraine was the largest in months.")
    assert ("RUS", "UKR", "0841") in triples, triples
    assert all(t in {"RUS", "UKR"} for _, t, _ in triples), triples


# ---- 4: goods named by their maker's country are the state's to give; a missed clause is no list


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The delivery of German tanks to Ukraine alarmed Russia.", "DEU", "UKR"),
        ("The shipment of Iranian drones to Russia worried Kyiv.", "IRN", "RUS"),
        ("The sale of American jets to Taiwan angered China.", "USA", "TWN"),
    ],
)
def test_goods_given_to_a_side_are_given_by_their_state(analyzer, text, source, target):
    rows = _rows(analyzer, text)
    assert rows == {(source, target, "072")}, rows


def test_a_list_in_apposition_still_names_each_side(analyzer):
    triples = country_triples(analyzer, "The US, Russia, and Switzerland met in Geneva.")
    assert {("USA", "RUS", "040"), ("RUS", "CHE", "040")} <= triples, triples


# ---- 5: sums of money


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Japan pledged $50 million to Ukraine.", "JPN", "UKR", "0331"),
        ("Germany pledged 50 million euros to Jordan.", "DEU", "JOR", "0331"),
        ("Britain pledged £2 billion to Kenya.", "GBR", "KEN", "0331"),
        ("Saudi Arabia gave $3 billion to Pakistan.", "SAU", "PAK", "071"),
        ("The EU provided €300 million to Jordan.", "IGO", "JOR", "071"),
        ("China provided 1.5 billion dollars to Pakistan.", "CHN", "PAK", "071"),
        # a sum "in" something is what it is given as
        ("The United States pledged $2 billion in humanitarian aid to Sudan.", "USA", "SDN", "0333"),
        ("The U.S. provided $1 billion in weapons to Ukraine.", "USA", "UKR", "072"),
    ],
)
def test_a_sum_of_money_is_money_given(analyzer, text, source, target, code):
    assert (source, target, code) in country_triples(analyzer, text), country_triples(analyzer, text)


def test_a_sum_that_prices_something_else_is_no_aid(analyzer):
    codes = {c for _, _, c in country_triples(analyzer, "The State Department offered a reward of $15 million.")}
    assert not codes & {"0331", "071"}, codes


# ---- 6: a meeting's occasion is not its partner


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Xi met Biden on the sidelines of the APEC summit.", "CHN", "USA"),
        ("Modi met Putin on the sidelines of the SCO summit in Uzbekistan.", "IND", "RUS"),
        ("Blinken met Wang Yi on the sidelines of the ASEAN meeting in Jakarta.", "USA", "CHN"),
    ],
)
def test_a_meeting_on_the_sidelines_is_with_the_one_met(analyzer, text, a, b):
    triples = country_triples(analyzer, text)
    assert {(a, b), (b, a)} <= {(s, t) for s, t, c in triples if c.startswith("04")}, triples
    assert not any(t == "IGO" or s == "IGO" for s, t, _ in triples), triples


# ---- 7: strikes begun, names called, a state's protest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenyan teachers began an indefinite strike.", "143"),
        ("Nigerian doctors started a strike over unpaid wages.", "143"),
        ("French rail workers began a walkout on Monday.", "143"),
        ("Palestinian detainees started a hunger strike.", "142"),
        ("Prisoners in Israel began a hunger strike.", "142"),
    ],
)
def test_a_strike_begun_is_a_strike_and_only_hunger_makes_it_a_hunger_strike(analyzer, text, code):
    assert code in {c for _, _, c in country_triples(analyzer, text)}, country_triples(analyzer, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israel began strikes on Gaza.", "ISR", "PSE"),
        ("The US began strikes on Houthi targets in Yemen.", "USA", "YEM"),
    ],
)
def test_strikes_begun_on_a_place_are_attacks(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert (source, target, "190") in triples, triples
    assert not {c for _, _, c in triples} & {"142", "143"}, triples


@pytest.mark.parametrize(
    "text",
    [
        "Duterte called Obama a thief and a liar.",
        "Duterte called Obama a sinner and a liar.",
        "Zelenskyy called Lukashenko a coward and a puppet.",
    ],
)
def test_each_hostile_name_in_a_list_is_name_calling(analyzer, text):
    assert any(c == "111" for _, _, c in country_triples(analyzer, text)), country_triples(analyzer, text)


def test_a_friendly_name_list_stays_praise(analyzer):
    codes = {c for _, _, c in country_triples(analyzer, "Maduro called Biden a friend and a partner.")}
    assert codes == {"051"}, codes


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("China protested the U.S. sale of arms to Taiwan.", "CHN", "USA"),
        ("China summoned the Japanese ambassador to protest the visit.", "CHN", "JPN"),
        ("Poland summoned the Russian envoy to protest the missile strike.", "POL", "RUS"),
    ],
)
def test_a_states_protest_is_an_official_complaint(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert (source, target, "114") in triples, triples
    assert not any(c.startswith("14") for _, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Thousands protested against the government in Nairobi.",
        "Kenyans protested against the government.",
        "Opposition supporters protested in Harare.",
        "Students gathered to protest the war.",
        # a country before the noun is where people protest
        "U.S. protests against the war in Gaza spread to campuses.",
    ],
)
def test_peoples_protest_stays_dissent(analyzer, text):
    codes = {c for _, _, c in country_triples(analyzer, text)}
    assert "140" in codes and "114" not in codes, codes


# ---- 8: a killing that names its author and its victims is an act in its own right


def test_a_killing_condemned_with_its_author_named_is_an_event_too(analyzer):
    rows = _rows(analyzer, "Egypt condemned the killing of Palestinian civilians by Israeli troops.")
    assert ("EGY", "ISRMIL", "111") in rows and ("ISRMIL", "PSECVL", "190") in rows, rows
    rows = _rows(analyzer, "The killing of two Israeli soldiers by Hamas sparked outrage.")
    assert ("PSEREB", "ISRMIL", "190") in rows, rows


def test_a_killing_condemned_with_no_author_is_the_condemnations_aim_only(analyzer):
    rows = _rows(analyzer, "Egypt condemned the killing of Palestinian civilians.")
    assert rows == {("EGY", "PSECVL", "111")}, rows
