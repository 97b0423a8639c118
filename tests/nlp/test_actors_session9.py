"""Actors of session 9: a pronoun subject governed by a pronoun already linked ("It said it ..."); a capitalised
plural that opens a sentence is plural ("Rebels ... They"); "he"/"she" opening a sentence continues the person who
was the subject of the sentence before, and reaches back to the one person of the story; a bare "the government",
"the authorities" or "the ministry" is the one country whose state the story names; a noun that ends a sentence is
no title of a name that opens the next; news nouns for roles ("regulators", "diaspora", "creditors"). Each positive
case comes with the reading that must stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, mention_codes

pytestmark = pytest.mark.slow


def sides(analyzer, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes of the events whose trigger starts with ``trigger``."""
    return {(s, t) for s, a, t in event_triples(analyzer, text) if a.split()[0] == trigger}


# ---------------------------------------------------------------- a pronoun governed by a linked pronoun


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Nigerian army launched an offensive against Boko Haram on Monday. It said it had killed 40 militants.",
         "NGAMIL"),
        ("Ghana's foreign ministry summoned the Togolese ambassador on Friday. It said it would protest the closure.",
         "GHAGOV"),
        ("Hamas fired rockets at Israel overnight. It said it had targeted Tel Aviv.", "PSEREB"),
        ("Rebels in Mali attacked an army base on Sunday. They said they had captured 20 soldiers.", "MLIREB"),
    ],
)  # fmt: skip
def test_a_pronoun_under_a_linked_pronoun_is_the_same_actor(analyzer, text, code):
    mentions = mention_codes(analyzer, text)
    word = "it" if " it " in text else "they"
    assert codes_at(mentions, word) == [code]
    assert codes_at(mentions, word.capitalize()) == [code]


def test_a_linked_pronoun_passes_on_its_actor_to_the_event(analyzer):
    text = "The Nigerian army launched an offensive against Boko Haram on Monday. It said it had killed 40 militants."
    assert sides(analyzer, text, "killed") == {("NGAMIL", "REB")}


def test_the_empty_it_stays_unlinked(analyzer):
    mentions = mention_codes(analyzer, "Kenya rejected the report. It is clear that it will appeal.")
    assert codes_at(mentions, "It") == []
    mentions = mention_codes(analyzer, "Ghana closed the border. It was not clear whether Togo would respond.")
    assert codes_at(mentions, "It") == []


# ---------------------------------------------------------------- a capitalised plural opening a sentence


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels in Mali attacked an army base on Sunday. They killed ten soldiers.", "MLIREB"),
        ("Protesters gathered outside parliament in Lima. They demanded the president's resignation.", "PEROPP"),
        ("Militants in Somalia stormed a hotel in Mogadishu. They held guests hostage for hours.", "SOMREB"),
    ],
)
def test_they_continues_a_capitalised_plural_subject(analyzer, text, code):
    assert codes_at(mention_codes(analyzer, text), "They") == [code]


def test_they_never_takes_a_single_named_body(analyzer):
    # "Hamas" ends in s but is one body's name: "they" is not it, "it" is
    mentions = mention_codes(analyzer, "Hamas fired rockets at Israel. They hit Tel Aviv.")
    assert codes_at(mentions, "They") == []


# ---------------------------------------------------------------- he/she opening a sentence


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday. "
            "He urged Moscow to respect the ceasefire.",
            "TURGOV",
        ),
        ("Putin hosted Erdogan in Sochi on Friday. He warned Ankara against new strikes in Syria.", "RUSGOV"),
        ("Sheinbaum received Trump in Mexico City. She asked Washington to lift the tariffs.", "MEXGOV"),
    ],
)
def test_he_opening_a_sentence_is_the_subject_of_the_sentence_before(analyzer, text, code):
    mentions = mention_codes(analyzer, text)
    assert codes_at(mentions, "He") + codes_at(mentions, "She") == [code]


def test_he_in_the_middle_of_a_sentence_with_two_people_stays_unlinked(analyzer):
    text = "Putin hosted Erdogan in Sochi on Friday. Officials said he would return in May."
    assert codes_at(mention_codes(analyzer, text), "he") == []


def test_he_reaches_back_to_the_one_person_of_the_story(analyzer):
    text = (
        "Kenyan President William Ruto addressed parliament on Monday. The budget includes new taxes. "
        "Fuel prices rose sharply last month. Many traders complained about the costs. He said the taxes would stay."
    )
    assert codes_at(mention_codes(analyzer, text), "He") == ["KENGOV"]


def test_he_far_back_is_not_the_named_person_when_another_has_come_between(analyzer):
    text = (
        "Ruto spoke on Monday. The budget includes new taxes. Fuel prices rose. "
        "A trader, John Kamau, complained about the costs. He said the taxes would hurt."
    )
    assert "KENGOV" not in codes_at(mention_codes(analyzer, text), "He")


# ---------------------------------------------------------------- the state of a one-country story


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "Thousands of people marched in Nairobi on Saturday against rising prices. Shops stayed closed. "
            "The government said the protests were illegal.",
            "government",
            "KENGOV",
        ),
        (
            "Zimbabwe's economy shrank again last year. Inflation rose above 200 percent. "
            "The government blamed Western sanctions. The authorities arrested several opposition leaders.",
            "authorities",
            "ZWEGOV",
        ),
        (
            "Pakistan held elections in February. Turnout was low. The ministry rejected criticism from opposition "
            "parties.",
            "ministry",
            "PAKGOV",
        ),
        (
            "Voters in Bolivia went to the polls on Sunday. Queues were long in La Paz. Results were slow. "
            "The regime denied any fraud.",
            "regime",
            "BOLGOV",
        ),
    ],
)
def test_a_bare_government_is_the_one_state_of_the_story(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # two states in play
        (
            "Ethiopia and Eritrea signed a peace deal in 2018. Fighting resumed later. "
            "The government accused the rebels of attacking civilians.",
            "government",
        ),
        (
            "Russia struck Ukraine's power grid overnight. Repairs will take weeks. Winter is near. "
            "The government appealed for generators.",
            "government",
        ),
        # many states or any state
        ("Floods killed 40 people in Bangladesh. Rain continued. Foreign governments sent aid.", "governments"),
        ("Floods killed 40 people in Bangladesh. Rain continued. Any government would struggle.", "government"),
        # a country word of its own sentence may be the setting
        ("A charity based in Japan sent tents. Rain fell. The authorities said the Australian summer was hot.",
         "authorities"),
    ],
)  # fmt: skip
def test_a_bare_government_stays_role_only_when_the_story_has_no_one_state(analyzer, text, word):
    assert codes_at(mention_codes(analyzer, text), word) in ([], ["GOV"])


def test_people_and_armies_are_not_placed_by_the_story_alone(analyzer):
    # officials and armies are as often another state's ("A Palestinian attack ... the army" is Israel's)
    text = "Floods hit Malawi on Sunday. Rain continued. Officials said roads were closed."
    assert codes_at(mention_codes(analyzer, text), "Officials") == ["GOV"]
    text = "A Palestinian attack killed two settlers on Monday. Roads were closed. The army said it was searching."
    assert "PSEMIL" not in codes_at(mention_codes(analyzer, text), "army")


# ---------------------------------------------------------------- a noun ending a sentence is no title


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Protesters in Lima clashed with police. Peruvian residents blocked the roads.", "Peruvian residents",
         "PERCVL"),
        ("Ugandan prosecutors charged the activists. Nigerian diplomats protested the arrests.", "Nigerian diplomats",
         "NGAGOV"),
        ("Students marched past the soldiers. Egyptian officials said the march was illegal.", "Egyptian officials",
         "EGYGOV"),
    ],
)  # fmt: skip
def test_a_demonym_opening_a_sentence_is_not_titled_by_the_noun_before(analyzer, text, word, code):
    mentions = mention_codes(analyzer, text)
    assert codes_at(mentions, word) == [code]
    assert all(t != word.split()[0] for t, _ in mentions)


# ---------------------------------------------------------------- role nouns of general news


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Kenyan regulators fined the company.", "Kenyan regulators", "KENGOV"),
        ("The Ethiopian diaspora protested in Washington.", "Ethiopian diaspora", "ETHCVL"),
        ("Chinese creditors agreed to restructure the debt.", "Chinese creditors", "CHNBUS"),
        ("Qatari mediators met the negotiators on Monday.", "Qatari mediators", "QATGOV"),
        ("The Brazilian negotiating team left Geneva.", "Brazilian negotiating team", "BRAGOV"),
    ],
)
def test_role_nouns_of_general_news_take_their_nationality(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


# ---------------------------------------------------------------- people between states, and owners


@pytest.mark.parametrize("word", ["envoy", "Diplomats", "mediators", "ambassador"])
def test_people_between_states_take_no_country_from_the_sentence_before(analyzer, word):
    text = f"Taiwan welcomed the visit on Monday. The {word.lower()} said the talks were useful."
    mentions = mention_codes(analyzer, text)
    assert "TWNGOV" not in codes_at(mentions, word.lower())


def test_officials_still_take_the_country_of_the_sentence_before(analyzer):
    text = "Floods hit the south of Bangladesh on Sunday. Officials said thousands of people were evacuated."
    assert codes_at(mention_codes(analyzer, text), "Officials") == ["BGDGOV"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels in Sudan seized El Fasher. Their leaders rejected talks with the army.", "SDNREB"),
        ("Protesters marched in Tbilisi on Sunday. Their leaders demanded new elections.", "GEOOPP"),
    ],
)
def test_the_leaders_of_a_non_state_body_are_of_its_role(analyzer, text, code):
    assert codes_at(mention_codes(analyzer, text), "leaders") == [code]


def test_their_leaders_after_two_countries_stay_unplaced(analyzer):
    text = "Germany and France met on Monday. Their leaders agreed on a plan."
    assert codes_at(mention_codes(analyzer, text), "leaders") in ([], ["GOV"])


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Nigeria's oil output fell last year. Its army attacked militants in the delta.", "army", "NGAMIL"),
        ("Kenya's debt rose sharply. Its government asked the IMF for help.", "government", "KENGOV"),
    ],
)
def test_its_body_belongs_to_the_country_that_owned_the_subject_before(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


# ---------------------------------------------------------------- a dateline in capitals


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "NAIROBI — Fuel prices rose again this week. Traders complained. The government said subsidies would "
            "return.",
            "The government",
            "KENGOV",
        ),
        ("NEW DELHI (Reuters) — The government said on Monday it would cut fuel taxes.", "The government", "INDGOV"),
        ("ISLAMABAD — Floods killed 30 people. Rain continued. The authorities warned of more rain.", "The authorities",
         "PAKGOV"),
        ("KYIV, Ukraine — The government said on Monday it would cut fuel taxes.", "government", "UKRGOV"),
    ],
)  # fmt: skip
def test_a_dateline_in_capitals_sets_the_story(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_a_dateline_is_no_party_and_a_capitalised_word_is_no_dateline(analyzer):
    text = "CAIRO — Egyptian police arrested 20 protesters on Friday."
    assert ("EGYCOP", "EGYOPP") in sides(analyzer, text, "arrested")
    assert not any(s == "EGYGOV" for s, _ in sides(analyzer, text, "arrested"))
    # an all-capital word that opens a sentence with no dash is no dateline
    assert codes_at(mention_codes(analyzer, "UN officials met in Geneva."), "UN") in ([], ["IGOUNO"])


# ---------------------------------------------------------------- "the country's" body, the Foreign Ministry


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("North Korea fired a missile on Sunday. The country's military said it was a test.", "military", "PRKMIL"),
        ("Sri Lanka defaulted on its debt. The country's opposition called for elections.", "opposition", "LKAOPP"),
        ("Chile held a referendum on Sunday. The nation's election authority counted ballots.", "authority",
         "CHLGOV"),
    ],
)  # fmt: skip
def test_a_body_owned_by_the_country_is_that_country_s(analyzer, text, word, code):
    mentions = mention_codes(analyzer, text)
    assert codes_at(mentions, word) == [code]


def test_the_country_s_body_after_two_countries_stays_unplaced(analyzer):
    text = "Floods hit Kenya and Uganda on Sunday. The country's president declared an emergency."
    assert codes_at(mention_codes(analyzer, text), "president") in ([], ["GOV"])


def test_the_foreign_ministry_of_a_one_country_story_is_that_state_s(analyzer):
    text = (
        "Iran executed a man on Monday. Rights groups condemned the execution. The Foreign Ministry said it was fair."
    )
    assert codes_at(mention_codes(analyzer, text), "Foreign Ministry") == ["IRNGOV"]
    text = "China warned Japan on Monday. Tensions rose. The Foreign Ministry said the talks were off."
    assert codes_at(mention_codes(analyzer, text), "Foreign Ministry") in ([], ["GOV"])


# ---------------------------------------------------------------- the object pronoun of a joined verb


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("China criticized the United States and urged it to stop arms sales to Taiwan.", "urged", ("CHN", "USA")),
        ("The UN praised Ethiopia but warned it against new offensives.", "warned", ("IGOUNO", "ETH")),
        ("Kenya welcomed the rebels' offer and urged them to lay down their arms.", "urged", ("KEN", "REB")),
        ("Egypt hosted Hamas leaders and pressed them to accept the truce.", "pressed", ("EGY", "PSEREB")),
    ],
)
def test_the_object_pronoun_of_a_joined_verb_is_the_first_verb_s_object(analyzer, text, trigger, expected):
    assert expected in sides(analyzer, text, trigger)


def test_the_object_pronoun_of_a_joined_verb_stays_unlinked_without_an_actor_object(analyzer):
    text = "Russia attacked Ukraine on Monday. The European Union condemned the attack and warned it of sanctions."
    assert codes_at(mention_codes(analyzer, text), "it") == []
    # a person's post is no "it"
    assert codes_at(mention_codes(analyzer, "France recalled its ambassador and summoned it."), "it") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenya's foreign minister met Blinken in Nairobi on Monday. He said ties would deepen.", "KENGOV"),
        ("The Egyptian president received Netanyahu in Cairo. He urged Israel to end the war.", "EGYGOV"),
    ],
)
def test_he_opening_a_sentence_is_the_post_holder_subject_before_not_the_named_object(analyzer, text, code):
    assert codes_at(mention_codes(analyzer, text), "He") == [code]


def test_he_after_a_plural_subject_is_the_one_named_person(analyzer):
    text = "Kenyan officials met Rubio in Nairobi on Monday. He said ties would deepen."
    assert codes_at(mention_codes(analyzer, text), "He") == ["USAGOV"]
