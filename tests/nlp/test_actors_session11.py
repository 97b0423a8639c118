"""Actors of session 11: a bare "the military" that fends off an attack ("said it downed 40 drones") after one
country struck another is either side's, so stays unplaced; people named with no title or description in a story
about one state are its civilians; a post serving a placed body ("a spokesman for the Kenyan government") is that
body's before "the spokesman" names it again; a named armed group is "they" as a plural is; "They" after "the
foreign ministers of Kenya and Ethiopia" is both. Each positive case comes with the reading that must stay."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, first_codes_at, mention_codes

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------- a force fending off an attack


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones hit Kyiv overnight. The military said it downed 40 drones.",
        "Russian drones hit Kyiv overnight. The military said it shot down 40 drones.",
        "Iranian missiles struck Israel on Sunday. The army said it intercepted most of them.",
        "Russian troops attacked Kharkiv on Monday. The military said it repelled the assault.",
    ],
)
def test_a_force_that_fends_off_one_states_attack_on_another_is_either_and_stays_unplaced(analyzer, text):
    assert first_codes_at(mention_codes(analyzer, text), "The military", "military", "The army", "army") == ["MIL"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the attacker's own act is no defence
        ("Russian shelling killed three civilians in Kharkiv. The military said it had struck only military targets.",
         "RUSMIL"),
        # one state in play: its army repels the attack on its base
        ("Nigerian troops raided a camp in Borno. The army said it repelled an attack on the base.", "NGAMIL"),
        # the same word names the same army again, whatever it does
        ("The Israeli army struck Gaza. The army said it intercepted five rockets.", "ISRMIL"),
    ],
)  # fmt: skip
def test_a_force_named_again_or_of_the_one_state_keeps_its_country(analyzer, text, code):
    assert first_codes_at(mention_codes(analyzer, text), "The military", "military", "The army", "army") == [code]


# ---------------------------------------------------------------- people named without a description


def test_a_named_person_in_a_story_about_one_state_is_its_civilian_in_every_mention(analyzer):
    text = (
        "Protests spread in Kenya on Tuesday. Grace Wanjiru said police beat her. "
        "Wanjiru accused the police of brutality."
    )
    mentions = mention_codes(analyzer, text)
    assert codes_at(mentions, "Grace Wanjiru") == ["KENCVL"]
    assert codes_at(mentions, "Wanjiru") == ["KENCVL"]
    assert ("KENCVL", "accused", "KENCOP") in event_triples(analyzer, text)


def test_a_named_person_takes_the_setting_as_residents_do(analyzer):
    text = "Floods hit villages in Pakistan on Monday. Aisha Bibi criticized the government."
    assert ("PAKCVL", "criticized", "PAKGOV") in event_triples(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two states in play: the person may be of either
        ("Kenya and Uganda held talks in Nairobi on Monday. John Mwangi criticized the deal.", "John Mwangi"),
        # another state named just before
        ("Fighting flared in Sudan on Monday. Egypt called for calm. Ahmed Osman said the fighters looted his home.",
         "Ahmed Osman"),
        # the text says who the person is: no guess over it
        ("Police in Cairo fired tear gas. Omar Fathy, a former minister, condemned the police.", "Omar Fathy"),
    ],
)  # fmt: skip
def test_a_named_person_outside_a_one_state_story_or_described_stays_unplaced(analyzer, text, name):
    assert not any(code for t, code in mention_codes(analyzer, text) if t == name)


# ---------------------------------------------------------------- posts serving a placed body


def test_the_spokesman_named_again_is_the_spokesman_of_the_body_named_first(analyzer):
    text = "A spokesman for the Kenyan government spoke on Monday. The spokesman accused Somalia of backing militants."
    assert ("KENGOV", "accused", "SOM") in event_triples(analyzer, text)


def test_a_spokeswoman_for_an_army_named_again_is_the_armys(analyzer):
    text = (
        "A spokeswoman for the Israeli military said troops were operating in Jenin. "
        "The spokeswoman accused Hamas of hiding in hospitals."
    )
    assert any(s == "ISRMIL" and "accused" in w for s, w, _ in event_triples(analyzer, text))


def test_the_head_of_an_army_named_again_is_the_armys(analyzer):
    text = "The commander of Somalia's army visited Nairobi. The commander accused Kenya of arming militias."
    assert any(s == "SOMMIL" and "accused" in w for s, w, _ in event_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A critic of the Russian government fled to Georgia.", "critic"),  # no part of the body it criticises
        ("The ambassador to France criticized Iran.", "ambassador"),  # another state's envoy there
    ],
)
def test_a_post_that_does_not_serve_the_body_named_stays_unplaced(analyzer, text, word):
    assert not any(code and code[:3] in {"RUS", "FRA"} for t, code in mention_codes(analyzer, text) if word in t)


# ---------------------------------------------------------------- "they" for a named armed group, and for a pair


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The Pakistani Taliban attacked a police station in Peshawar. They killed five officers.",
         ("PAKREB", "killed")),
        ("Boko Haram attacked a village in Borno on Sunday. They abducted 40 girls.", ("NGAREB", "abducted")),
    ],
)  # fmt: skip
def test_they_opening_the_next_sentence_continues_a_named_armed_group(analyzer, text, triple):
    assert any((s, w) == triple for s, w, _ in event_triples(analyzer, text))


def test_they_as_a_passive_subject_is_not_the_group_that_acted(analyzer):
    # the hostages are handed over, not Hamas
    text = "Hamas released two hostages on Friday. They were handed to the Red Cross."
    assert codes_at(mention_codes(analyzer, text), "They") == []


def test_they_after_the_officials_of_two_countries_is_both(analyzer):
    text = "The foreign ministers of Kenya and Ethiopia met in Nairobi. They agreed to reopen the border."
    assert codes_at(mention_codes(analyzer, text), "They") == ["ETHGOV", "KENGOV"]


# ---------------------------------------------------------------- a known person out of office with an IGO title


def test_a_known_person_out_of_office_with_an_igo_title_serves_that_body_in_every_mention(analyzer):
    text = (
        "African Union envoy Olusegun Obasanjo arrived in Addis Ababa on Monday. "
        "Obasanjo urged Ethiopia to end the war."
    )
    sources = {s for s, w, _ in event_triples(analyzer, text)}
    assert sources == {"IGOAFR"}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # no body in the title: the person keeps the country the dictionary gives
        ("Former Nigerian President Olusegun Obasanjo criticized the Nigerian government.", "Obasanjo", "NGA"),
        # a title of a non-state role still gives that role's sector
        ("Kenyan opposition leader Raila Odinga met Ruto. Odinga urged Ruto to end the protests.", "Odinga", "KENOPP"),
    ],
)
def test_a_known_person_without_an_igo_title_keeps_their_country(analyzer, text, name, code):
    mentions = mention_codes(analyzer, text)
    assert any(code == c for t, c in mentions if t.endswith(name))
    assert not any(c and c.startswith("IGO") for t, c in mentions if t.endswith(name))


# ---------------------------------------------------------------- "its" on what an attacker strikes or seizes


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ukraine said Russia attacked its power grid overnight.", ("RUS", "UKR")),
        ("China said the Philippines seized its fishing boats.", ("PHL", "CHN")),
        ("Venezuela said Guyana had invaded its territory.", ("GUY", "VEN")),
    ],
)
def test_its_on_what_is_attacked_is_the_reporting_state_and_the_target(analyzer, text, triple):
    assert any((s, t) == triple for s, _, t in event_triples(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked its own positions by mistake, Ukraine said.",  # "its own": the attacker's
        "Kenya's president said the country would defend its borders.",  # no attack: nothing aimed at Kenya
    ],
)
def test_its_is_no_target_of_ones_own_act(analyzer, text):
    assert not any(s and t and s[:3] == t[:3] for s, _, t in event_triples(analyzer, text))
    assert codes_at(mention_codes(analyzer, text), "its") == []


# ---------------------------------------------------------------- "accused the army of ...": the charge, not an owner


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Fighting flared in Sudan. Residents accused the army of bombing markets.", ("SDNCVL", "SDNMIL")),
        ("Fighting flared in Sudan. Residents accused the army of abuses.", ("SDNCVL", "SDNMIL")),
        ("The Ethiopian army clashed with Fano militias in Amhara. The militias accused the army of killing civilians.",
         ("ETHREB", "ETHMIL")),
        ("Kenyan President William Ruto met Somali officials. The opposition accused the president of betraying Kenya.",
         ("KENOPP", "KENGOV")),
    ],
)  # fmt: skip
def test_the_charge_after_an_accused_body_does_not_hide_whose_body_it_is(analyzer, text, triple):
    assert any((s, t) == triple and "accused" in w for s, w, t in event_triples(analyzer, text))


def test_an_of_phrase_that_names_another_country_still_says_whose_army(analyzer):
    text = "Fighting flared in Sudan. Residents said the army of Chad attacked the town."
    mentions = mention_codes(analyzer, text)
    assert not any(code == "SDNMIL" for _, code in mentions)
