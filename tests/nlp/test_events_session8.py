"""Sides of acts we find (session 8): a verb joined to an earlier one acts on the same side, those who act
"together with" the subject act too, an act noun's author is whom a reaction to it is aimed at, a visit made
"in" a capital is to it, a kind word "for" someone hung on the verb is for them; and acts that are only charged
("accused Iran of supplying drones to Russia") are no acts reported as done, and denied ones no refusals.

The sentences are written for these tests, in several wordings and between several countries."""

from __future__ import annotations

import pytest
from dwtest import event_rows
from dwtest import has_event as _has

pytestmark = pytest.mark.slow


def _rows(analyzer, text: str) -> list[tuple]:
    return event_rows(analyzer, text, "negated")


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("China summoned the U.S. ambassador and demanded an explanation.", "demanded", "CHN", "USA"),
        (
            "The Saudi crown prince received Iran's foreign minister in Riyadh and discussed regional security.",
            "discussed",
            "SAU",
            "IRN",
        ),
        ("Japan's foreign minister called his South Korean counterpart and urged restraint.", "urged", "JPN", "KOR"),
        ("Germany welcomed the Polish president and pledged more support.", "pledged", "DEU", "POL"),
        # through a subject-control frame on the conjunct
        ("India held talks with China and agreed to reduce troops along the border.", "reduce", "IND", "CHN"),
    ],
)
def test_a_conjoined_verb_with_no_side_of_its_own_acts_on_the_earlier_verbs_target(
    analyzer, text, word, source, target
):
    rows = _rows(analyzer, text)
    assert _has(rows, word, source, target), rows


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # help and opposition go different ways; the later verb names a side of its own, though not one we code
        (
            "The United States opposes China's maritime expansion and gives military support to Chinese rivals.",
            "gives",
            "CHN",
        ),
        # the subject's own envoy is no partner
        ("France recalled its ambassador from Washington and criticized the deal.", "criticized", "FRA"),
        # a clause of its own
        ("Russia attacked Kyiv and Ukraine demanded more air defenses.", "demanded", "RUS"),
    ],
)
def test_a_conjoined_verb_does_not_take_a_side_that_is_not_its_own(analyzer, text, word, wrong):
    rows = _rows(analyzer, text)
    assert not any(word in r[1] and (r[2] or "").startswith(wrong) for r in rows), rows


def test_a_conjoined_verb_with_its_own_target_keeps_it(analyzer):
    rows = _rows(analyzer, "Kenya criticized Sudan and praised Ethiopia for its help.")
    assert _has(rows, "praised", "KEN", "ETH") and not _has(rows, "praised", "KEN", "SDN"), rows


@pytest.mark.parametrize(
    ("text", "word", "sources", "target"),
    [
        ("South Africa, together with Brazil, called for a ceasefire in Gaza.", "called", ("ZAF", "BRA"), None),
        ("Japan, along with South Korea, condemned North Korea's missile launch.", "condemned", ("JPN", "KOR"), "PRK"),
        ("Along with Germany, the Netherlands pledged aid to Ukraine.", "pledged", ("NLD", "DEU"), "UKR"),
        ("Pakistan, together with China, criticized India's decision.", "criticized", ("PAK", "CHN"), "IND"),
    ],
)
def test_those_acting_together_with_the_subject_act_too(analyzer, text, word, sources, target):
    rows = _rows(analyzer, text)
    for source in sources:
        assert any(
            word in r[1] and (r[0] or "").startswith(source) and (target is None or (r[2] or "").startswith(target))
            for r in rows
        ), (source, rows)


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("The Arab League condemned the Turkish invasion of northern Syria.", "condemned", "IGOARL", "TUR"),
        ("The Turkish invasion of northern Syria was condemned by the Arab League.", "condemned", "IGOARL", "TUR"),
        ("The Hungarian blockade of Ukrainian grain was denounced by Poland.", "denounced", "POL", "HUN"),
    ],
)
def test_a_reaction_to_an_act_is_aimed_at_the_acts_author_named_by_its_adjective(analyzer, text, word, source, target):
    rows = _rows(analyzer, text)
    assert _has(rows, word, source, target), rows


def test_an_act_with_no_author_is_still_aimed_at_those_it_was_done_to(analyzer):
    rows = _rows(analyzer, "Egypt condemned the killing of Palestinian civilians.")
    assert _has(rows, "condemned", "EGY", "PSE"), rows


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("The United States accused Iran of supplying drones to Russia.", "supplying"),
        ("Britain accused China of sending weapons to Myanmar.", "sending"),
        ("Israel accused Hezbollah of firing rockets at Israeli towns.", "firing"),
        ("Iran was accused of supplying drones to Russia.", "supplying"),
        ("Washington accused Beijing of providing weapons to Moscow.", "providing"),
        ("The allegations that Iran supplied drones to Russia angered Tehran.", "supplied"),
    ],
)
def test_an_act_only_charged_is_not_reported_as_done(analyzer, text, charged):
    rows = _rows(analyzer, text)
    assert not any(charged in r[1] for r in rows), rows


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Iran denied supplying drones to Russia.", "supplying", "072"),
        ("Belarus denied sending troops to Ukraine.", "sending", "15"),
    ],
)
def test_an_act_denied_is_negated_and_no_refusal(analyzer, text, word, code):
    # the source's account is that it did not happen; "refused to supply" would be a rejection (12), a denial is not
    rows = _rows(analyzer, text)
    acts = [r for r in rows if word in r[1]]
    assert acts and all(r[4] and r[3].startswith(code) and not r[3].startswith("12") for r in acts), rows


def test_a_denial_is_aimed_at_the_denied_acts_target_not_at_what_it_gave(analyzer):
    rows = _rows(analyzer, "Iran denied supplying drones to Russia.")
    assert _has(rows, "denied", "IRN", "RUS"), rows


def test_the_accusation_itself_is_kept_and_an_act_reported_as_done_still_is(analyzer):
    accusation = _rows(analyzer, "The United States accused Iran of supplying drones to Russia.")
    assert _has(accusation, "accused", "USA", "IRN"), accusation
    assert _has(_rows(analyzer, "Iran supplied drones to Russia."), "supplied", "IRN", "RUS")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("During Modi's visit in Washington, the two sides signed a deal.", "IND", "USA"),
        ("The Japanese prime minister's three-day visit in Jakarta ended on Friday.", "JPN", "IDN"),
        ("Lula's state visit in Beijing strengthened ties with China.", "BRA", "CHN"),
    ],
)
def test_a_visit_made_in_a_foreign_capital_is_a_visit_to_it(analyzer, text, source, target):
    rows = _rows(analyzer, text)
    assert any(r[1] == "visit" and (r[0] or "").startswith(source) and (r[2] or "").startswith(target) for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Biden's visit in Pennsylvania drew crowds.",  # a trip at home
        "Modi's visit was a success, officials said.",  # no host named: none is invented
    ],
)
def test_a_visit_with_no_foreign_place_gets_no_invented_host(analyzer, text):
    rows = _rows(analyzer, text)
    assert not any(r[1] == "visit" for r in rows), rows


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Australia expressed support on Monday for the Philippines.", "AUS", "PHL"),
        ("Canada voiced strong support this week for Ukraine.", "CAN", "UKR"),
    ],
)
def test_a_kind_words_for_hung_on_the_verb_names_whom_it_is_for(analyzer, text, source, target):
    rows = _rows(analyzer, text)
    assert any((r[0] or "").startswith(source) and (r[2] or "").startswith(target) for r in rows), rows


def test_concern_for_someones_safety_is_not_disapproval_of_them(analyzer):
    rows = _rows(analyzer, "India expressed concern on Friday for the safety of Indian nationals in Sudan.")
    assert not any((r[2] or "").startswith("SDN") for r in rows), rows


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Germany announced the delivery of tanks to Ukraine.", "UKR"),
        ("The delivery of fighter jets to Taiwan angered China.", "TWN"),
        ("Turkey's sale of drones to Ethiopia worried Egypt.", "ETH"),
    ],
)
def test_the_weapons_given_are_not_whom_they_are_given_to(analyzer, text, target):
    rows = _rows(analyzer, text)
    given = [r for r in rows if r[3] == "072"]
    assert given and all((r[2] or "").startswith(target) for r in given), rows


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The delivery of German tanks to Ukraine began on Monday.", "DEU", "UKR"),
        ("The sale of American weapons to Taiwan angered China.", "USA", "TWN"),
        ("The delivery of Iranian drones to Russia alarmed Kyiv.", "IRN", "RUS"),
    ],
)
def test_weapons_named_by_their_makers_country_are_its_to_give(analyzer, text, source, target):
    rows = _rows(analyzer, text)
    assert _has([r for r in rows if r[3] == "072"], "", source, target), rows


def test_weapons_with_no_country_give_no_source(analyzer):
    rows = _rows(analyzer, "The delivery of tanks to Ukraine began on Monday.")
    assert [r[0] for r in rows if r[3] == "072"] == [None], rows


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("Backed by Washington, Israel expanded its offensive in Gaza.", "Backed", "USA", "ISR"),
        ("Supported by Turkey, Azerbaijan launched an offensive in Karabakh.", "Supported", "TUR", "AZE"),
    ],
)
def test_a_fronted_passive_participle_is_done_to_the_main_clauses_subject(analyzer, text, word, source, target):
    rows = _rows(analyzer, text)
    assert _has(rows, word, source, target), rows


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("In a meeting with Modi, Biden praised India's democracy.", "USA", "IND"),
        ("In talks with Iranian officials, the Omani foreign minister proposed a new deal.", "OMN", "IRN"),
    ],
)
def test_a_meeting_the_clause_is_set_in_was_held_by_its_subject(analyzer, text, source, target):
    rows = _rows(analyzer, text)
    assert any(
        r[3].startswith("04") and (r[0] or "").startswith(source) and (r[2] or "").startswith(target) for r in rows
    )


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's president flew to Cairo after meeting Biden.",
        "Ghana's president invited Nigerian investors to Accra.",
    ],
)
def test_the_sources_own_capital_named_as_where_it_went_is_no_side(analyzer, text):
    rows = _rows(analyzer, text)
    assert not any(r[0] and r[0] == r[2] for r in rows), rows


def test_a_question_from_an_outlet_is_no_appeal(analyzer):
    rows = _rows(analyzer, "Asked by VOA about the sanctions, the Chinese minister declined to comment.")
    assert not any(r[1] == "Asked" for r in rows), rows


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Poland was furious on Tuesday at Russia.", "POL", "RUS"),
        ("Seoul was angry again with Tokyo.", "KOR", "JPN"),
        ("Japan was angry on Monday with China over the boat collision.", "JPN", "CHN"),
    ],
)
def test_a_stance_adjectives_preposition_hung_on_the_copula_still_names_its_target(analyzer, text, source, target):
    rows = _rows(analyzer, text)
    assert any(r[3] == "110" and (r[0] or "").startswith(source) and (r[2] or "").startswith(target) for r in rows)


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("Mali's junta, having expelled French troops, turned to Russia for help.", "expelled", "MLI", "FRA"),
        ("Colombia's president, having recalled his ambassador, criticized Israel.", "recalled", "COL", None),
    ],
)
def test_a_perfect_participle_on_a_noun_is_that_nouns_act(analyzer, text, word, source, target):
    rows = _rows(analyzer, text)
    assert any(
        word in r[1] and (r[0] or "").startswith(source) and (target is None or (r[2] or "").startswith(target))
        for r in rows
    ), rows


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        ("The decision by Germany to send tanks to Ukraine was praised by Kyiv.", "send", "DEU", "UKR"),
        ("A bid by Turkey to join the European Union stalled.", "join", "TUR", "IGOEUR"),
    ],
)
def test_the_by_agent_of_a_decision_or_bid_does_what_it_decides(analyzer, text, word, source, target):
    rows = _rows(analyzer, text)
    assert _has(rows, word, source, target), rows


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The India-Pakistan clashes killed dozens.", "IND", "PAK"),
        ("The Egypt-Sudan border talks ended without a deal.", "EGY", "SDN"),
        ("Indian-Chinese border clashes erupted again.", "IND", "CHN"),
        # one token the tokenizer keeps whole, read by the actor layer as two mentions
        ("U.S.-Iran clashes killed five sailors.", "USA", "IRN"),
        ("The U.S.-Taliban negotiations resumed in Doha.", "USA", "AFG"),
        ("The Israel-Hamas fighting killed dozens.", "ISR", "PSE"),
    ],
)
def test_a_hyphenated_pair_before_a_mutual_act_names_its_two_sides(analyzer, text, a, b):
    rows = _rows(analyzer, text)
    pairs = {((r[0] or "")[:3], (r[2] or "")[:3]) for r in rows}
    assert (a, b) in pairs and (b, a) in pairs, rows


def test_a_hyphenated_pair_before_an_aimed_act_did_it_together(analyzer):
    rows = _rows(analyzer, "U.S.-Israeli strikes on Iran killed several commanders.")
    assert _has(rows, "strikes", "USA", "IRN") and _has(rows, "strikes", "ISR", "IRN"), rows
    assert not _has(rows, "strikes", "USA", "ISR"), rows


def test_a_hyphenated_pair_before_a_joint_show_of_force_is_no_act_on_each_other(analyzer):
    rows = _rows(analyzer, "Russian-Chinese military drills began near Japan.")
    assert not any((r[0] or "").startswith("RUS") and (r[2] or "").startswith("CHN") for r in rows), rows


def test_a_stance_asked_about_in_a_question_is_not_stated(analyzer):
    rows = _rows(analyzer, "How concerned are you about the deepening ties between Russia and China?")
    assert not any(r[1] == "concerned" for r in rows), rows
    assert any(r[1] == "concerned" for r in _rows(analyzer, "Japan is concerned about China.")), "control"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan announced a package of sanctions against Russia.", "JPN", "RUS"),
        ("Britain announced a new round of sanctions on Iran.", "GBR", "IRN"),
        ("Israel carried out a series of raids on Palestinian towns.", "ISR", "PSE"),
    ],
)
def test_a_measure_of_the_act_takes_the_acts_own_target(analyzer, text, source, target):
    rows = _rows(analyzer, text)
    assert any((r[0] or "").startswith(source) and (r[2] or "").startswith(target) for r in rows), rows


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Germany pledged a further 500 million euros in aid to Ukraine.", "DEU", "UKR"),
        ("Japan gave 2 billion dollars in loans to Sri Lanka.", "JPN", "LKA"),
    ],
)
def test_a_sum_given_in_aid_is_one_act_of_the_giver_to_the_receiver(analyzer, text, source, target):
    rows = _rows(analyzer, text)
    assert any((r[0] or "").startswith(source) and (r[2] or "").startswith(target) for r in rows), rows
    assert all(r[0] for r in rows), rows  # no second, sourceless event on the noun the sum is given as


def test_a_hyphenated_pair_before_a_standing_relation_is_no_new_act(analyzer):
    rows = _rows(analyzer, "The China-Russia partnership worries Washington.")
    assert not any((r[0] or "")[:3] in {"CHN", "RUS"} and (r[2] or "")[:3] in {"CHN", "RUS"} for r in rows), rows


def test_a_one_token_modifier_naming_one_side_is_no_pair(analyzer):
    rows = _rows(analyzer, "The U.S.-backed offensive on Mosul began.")
    assert _has(rows, "offensive", "USA", "IRQ") and not _has(rows, "offensive", "IRQ", "USA"), rows


def test_a_named_agreement_is_no_act_of_its_hyphenated_parties(analyzer):
    rows = _rows(analyzer, "The tariffs apply to goods traded under the U.S.-Mexico-Canada Agreement.")
    assert not [r for r in rows if "Agreement" in r[1]], rows
