"""Actors of session 9, round 2: a group's own adjective before a noun names the group ("Houthi targets", "a
Houthi commander"); the object him/her of a participle that trails a clause is that clause's object ("called
Putin, urging him"), and a pronoun under a saying participle is the clause's subject ("..., saying he would"); a
he/she inside a direct quote is never its speaker, nor a person the window names only as the speaker of another
quote; bare officials take no country from a sentence whose subject is another, unplaced actor. Each positive case
comes with the reading that must stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, mention_codes

pytestmark = pytest.mark.slow


def sides(analyzer, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes of the events whose trigger starts with ``trigger``."""
    return {(s, t) for s, a, t in event_triples(analyzer, text) if a.split()[0] == trigger}


# ---------------------------------------------------------------- a group's adjective before a noun


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("A Houthi commander said the group would retaliate.", "Houthi commander", "YEMREB"),
        ("Houthi fighters seized a cargo ship in the Red Sea.", "Houthi fighters", "YEMREB"),
        ("Saudi jets bombed Huthi positions near the border.", "Huthi", "YEMREB"),
        ("Zapatista rebels blocked a highway in Chiapas.", "Zapatista rebels", "MEXREB"),
        ("Sadrist protesters stormed the parliament in Baghdad.", "Sadrist protesters", "IRQ"),
    ],
)
def test_a_group_s_adjective_names_the_group(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_the_group_s_targets_are_the_group(analyzer):
    assert ("USAMIL", "YEMREB") in sides(analyzer, "U.S. warplanes struck Houthi targets in Yemen.", "struck")
    # a country's own demonym still reads as before
    assert codes_at(mention_codes(analyzer, "Yemeni troops clashed with the rebels."), "Yemeni troops") == ["YEMMIL"]


# ---------------------------------------------------------------- pronouns of a trailing participle


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Macron called Putin on Friday, urging him to end the war.", "RUSGOV"),
        ("Erdogan phoned Netanyahu on Sunday, telling him to stop the strikes.", "ISRGOV"),
        ("Ruto praised Museveni, thanking him for his support.", "UGAGOV"),
    ],
)
def test_the_object_him_of_a_trailing_participle_is_the_clause_s_object(analyzer, text, code):
    assert codes_at(mention_codes(analyzer, text), "him") == [code]


def test_the_participle_s_event_reaches_the_object(analyzer):
    assert ("FRAGOV", "RUSGOV") in sides(
        analyzer, "Macron called Putin on Friday, urging him to end the war.", "urging"
    )


def test_him_before_the_subject_stays_the_other_person(analyzer):
    assert codes_at(mention_codes(analyzer, "Before meeting Putin, Macron called him a dictator."), "him") == ["RUSGOV"]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Macron called Putin on Friday, saying he would visit Moscow.", "he", "FRAGOV"),
        ("Kenya recalled its ambassador, saying it would review ties with Uganda.", "it", "KEN"),
    ],
)
def test_a_pronoun_under_a_saying_participle_is_the_clause_s_subject(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_a_pronoun_in_a_clause_of_time_under_a_participle_is_not_the_clause_s_subject(analyzer):
    text = (
        "The United States cleared out the last migrants at its base, sending them back to the mainland as they "
        "await deportation."
    )
    assert "USA" not in codes_at(mention_codes(analyzer, text), "they")


# ---------------------------------------------------------------- he/she inside a direct quote


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ('Netanyahu met Trump in Washington. "He is the best friend Israel ever had," Netanyahu said.', "He",
         "USAGOV"),
        ('Sheinbaum met Trudeau in Ottawa. "She is a strong leader," Trudeau said.', "She", "MEXGOV"),
        # two people with one code are still two people: Scholz is not "she"
        ('Merkel spoke in Berlin. Later, Scholz praised Merkel. "She led us through hard times," Scholz said.',
         "She", "DEU"),
    ],
)  # fmt: skip
def test_he_in_a_quote_is_the_other_person_not_the_speaker(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_he_in_a_quote_is_not_the_speaker_of_the_quote_before(analyzer):
    text = (
        'Putin rejected the plan. "He will never accept it," Zelenskyy said. Analysts were divided. '
        '"He has no choice," said Anna Petrova, an analyst in Moscow.'
    )
    mentions = mention_codes(analyzer, text)
    assert "UKRGOV" not in codes_at(mentions, "He")
    text = (
        'Trump criticized Xi on Monday. "He is cheating," Trump said. Analyst John Smith disagreed. '
        '"He is naive," Smith said.'
    )
    assert codes_at(mention_codes(analyzer, text), "He") == ["CHNGOV"]


def test_we_in_a_quote_is_still_the_speaker(analyzer):
    text = 'Erdogan met Putin in Sochi. "We will respond," Erdogan said.'
    assert codes_at(mention_codes(analyzer, text), "We") == ["TURGOV"]


# ---------------------------------------------------------------- officials after a sentence about another actor


@pytest.mark.parametrize(
    "text",
    [
        "The government accused the United States of meddling. Officials arrested two diplomats.",
        "Rebels accused Nigeria of bombing villages. Officials denied the charge.",
        "The ruling party accused France of interference. The authorities expelled the ambassador.",
    ],
)
def test_officials_take_no_country_named_only_as_the_object_of_another_actor(analyzer, text):
    mentions = mention_codes(analyzer, text)
    word = "Officials" if "Officials" in text else "authorities"
    assert codes_at(mentions, word) in ([], ["GOV"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police in Kenya arrested 20 protesters. Officials said the protests were illegal.", "KENGOV"),
        ("Floods hit the north of Ghana on Sunday. Officials said 3,000 people had fled.", "GHAGOV"),
    ],
)
def test_officials_still_take_the_country_of_the_subject_or_the_scene_before(analyzer, text, code):
    assert codes_at(mention_codes(analyzer, text), "Officials") == [code]
