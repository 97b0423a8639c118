"""Referring back by pronoun and by a body's kind (session 6): an it/they subject of a clause coordinated with
an earlier one continues that clause's subject, and "the group", "the agency", "the bloc" name the one body
of that kind just named. Each must also stay unlinked when two actors fit or when the subject is no actor."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, mention_codes

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------- it/they in a coordinated clause


def test_they_after_but_continues_the_plural_body_subject(analyzer):
    text = "Interior Ministry officials in Kenya did not respond to questions, but they have denied the reports."
    assert "KENGOV" in codes_at(mention_codes(analyzer, text), "they")


def test_they_after_but_continues_a_plural_role_subject(analyzer):
    text = "Cabinet ministers say they want tourism to return, but they insist it will depend on vaccines."
    assert codes_at(mention_codes(analyzer, text), "they") == ["GOV", "GOV"]


def test_it_after_and_continues_the_body_subject(analyzer):
    text = "The Chinese Foreign Ministry rejected the report and it accused Washington of lying."
    assert ("CHNGOV", "accused", "USAGOV") in event_triples(analyzer, text)


def test_it_after_and_is_not_the_empty_it(analyzer):
    text = "Iran rejected the offer, but it is unclear why."
    assert codes_at(mention_codes(analyzer, text), "it") == []


def test_they_after_but_is_not_a_singular_country(analyzer):
    # "they" for one country is too loose to take: it may be the people, the players or anyone
    text = "France won the match, but they were exhausted."
    assert codes_at(mention_codes(analyzer, text), "they") == []


def test_they_after_but_stays_with_an_uncoded_subject(analyzer):
    # the first clause's subject is no actor, so no other actor of the sentence takes "they"
    text = "Passengers waited for Kenyan police for hours, but they were finally rescued."
    # session 9: "Passengers" has become a CVL agent (placed KENCVL) and a capitalised plural opening a sentence
    # now counts as plural, so "they" is the passengers, the first clause's subject; never the police
    assert codes_at(mention_codes(analyzer, text), "they") == ["KENCVL"]
    text = "Hikers waited for Kenyan police for hours, but they were finally rescued."
    assert codes_at(mention_codes(analyzer, text), "they") == []


# ---------------------------------------------------------------- "the group", "the agency", "the bloc"


def test_the_group_is_the_one_armed_group_named_before(analyzer):
    text = "Al-Shabab attacked a hotel in Mogadishu on Tuesday. The group later claimed the attack."
    assert codes_at(mention_codes(analyzer, text), "The group") == codes_at(mention_codes(analyzer, text), "Al-Shabab")
    assert codes_at(mention_codes(analyzer, text), "The group") != [None]


def test_the_agency_is_the_one_agency_named_before(analyzer):
    text = "UNICEF warned on Monday that children face famine. The agency needs a billion dollars this year."
    assert codes_at(mention_codes(analyzer, text), "The agency") == ["IGOUNO"]


def test_the_bloc_is_the_one_intergovernmental_body(analyzer):
    text = "The European Union imposed tariffs on China. The bloc said it would not back down."
    assert codes_at(mention_codes(analyzer, text), "The bloc") == ["IGOEUR"]


def test_the_group_with_two_groups_named_stays_unlinked(analyzer):
    text = "Hamas and Islamic Jihad fired rockets at Israel. The group said it would continue."
    assert codes_at(mention_codes(analyzer, text), "The group") == []


def test_the_group_that_says_more_stays_unlinked(analyzer):
    text = "The Taliban seized Kabul in 2021. The same group of fighters later left, and the rival group stayed."
    codes = mention_codes(analyzer, text)
    assert codes_at(codes, "The same group") == []
    assert codes_at(codes, "the rival group") == []


def test_the_organization_after_an_uncoded_name_stays_unlinked(analyzer):
    # the tagger does not know "Clean Air Watch Asia": it, not the WHO, may be the organization meant
    text = (
        "The World Health Organization warned about smog. Data from Clean Air Watch Asia show pollution rising "
        "in Delhi, according to the organization."
    )
    assert codes_at(mention_codes(analyzer, text), "the organization") == []


def test_the_bloc_is_not_a_country(analyzer):
    text = "Germany criticized the plan on Monday. The bloc said it would study it."
    assert codes_at(mention_codes(analyzer, text), "The bloc") == []


# ---------------------------------------------------------------- a speaker is "I" in their own quote


def _pronoun_links(analyzer, text: str) -> list[tuple[str, str | None]]:
    """The pronoun links the pipeline keeps (after not_the_speaker)."""
    from dwtest import make_article

    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return [(m.text, m.code) for m in doc._.dw_mentions if m.pronoun]


def test_he_inside_the_speakers_own_quote_is_not_the_speaker(analyzer):
    # the gender rule alone would take the only man named, the speaker himself, who says "I" of himself
    text = "Vladimir Putin met the envoy on Monday. “He is not someone we trust,” Putin said."
    assert ("He", "RUSGOV") not in _pronoun_links(analyzer, text)


def test_he_outside_a_quote_still_takes_the_speaker(analyzer):
    text = "Vladimir Putin said on Monday that he would visit China in May."
    assert ("he", "RUSGOV") in _pronoun_links(analyzer, text)


def test_he_after_a_later_uncoded_subject_is_not_the_person_described(analyzer):
    # the uncoded analyst is the subject after the named leader's last mention as a subject: "he" is likelier
    # the analyst, so it is left unlinked rather than given to the leader he wrote about
    text = (
        "Vladimir Putin spoke on Monday. Analyst John Marsh describes Putin as cautious. "
        "He said the talks would take months."
    )
    assert ("He", "RUSGOV") not in _pronoun_links(analyzer, text)


# ---------------------------------------------------------------- "..., accusing it of": the object goes on


def test_it_after_a_trailing_participle_is_the_clause_object(analyzer):
    text = "Pakistani officials blamed archrival India, accusing it of providing support to militants."
    assert ("PAKGOV", "accusing", "IND") in event_triples(analyzer, text)


def test_them_after_a_trailing_participle_is_the_plural_object(analyzer):
    text = "Russia condemned Ukrainian troops on Monday, accusing them of shelling Donetsk."
    assert codes_at(mention_codes(analyzer, text), "them") == ["UKRMIL"]


def test_it_after_a_participle_stays_with_a_non_actor_object(analyzer):
    # "it" is the building, which no dictionary codes: no actor of the sentence takes it
    text = "Israel bombed the building near Gaza City, calling it a Hamas base."
    assert codes_at(mention_codes(analyzer, text), "it") == []


def test_it_after_a_participle_is_not_a_plural_object(analyzer):
    text = "Kenya criticized the rebels, accusing it of bad faith."
    assert codes_at(mention_codes(analyzer, text), "it") == []


# ---------------------------------------------------------------- session 6, round 3: countries, owners, parties


def test_both_countries_are_states_not_a_countrys_companies(analyzer):
    # a country's businesses or people say nothing of which two states "both countries" are
    text = (
        "Mexican officials said Chinese-owned companies had paused plans until after the elections in both countries."
    )
    assert codes_at(mention_codes(analyzer, text), "both countries") == []


def test_both_countries_still_are_the_two_states_named(analyzer):
    text = "Kenya and Uganda signed a trade pact on Monday. Officials said both countries would gain."
    assert codes_at(mention_codes(analyzer, text), "both countries") == ["KEN", "UGA"]


def test_authorities_keep_the_country_when_the_sentence_names_only_a_place_in_it(analyzer):
    text = (
        "Indonesia declared a state of emergency on Monday. Police arrested three suspects in Bali, authorities said."
    )
    assert codes_at(mention_codes(analyzer, text), "authorities") == ["IDNGOV"]


def test_authorities_are_not_carried_into_a_sentence_naming_another_country(analyzer):
    text = "Indonesia declared a state of emergency. Police arrested three suspects in Australia, authorities said."
    assert "IDNGOV" not in codes_at(mention_codes(analyzer, text), "authorities")


def test_its_in_the_object_of_an_attack_is_the_reporting_subjects(analyzer):
    text = "Pakistan said the Taliban killed its soldiers near the border."
    assert codes_at(mention_codes(analyzer, text), "soldiers") == ["PAKMIL"]


def test_its_embassy_attacked_is_not_the_attackers(analyzer):
    text = "Iran said Israel attacked its embassy in Damascus."
    assert "ISRGOV" not in codes_at(mention_codes(analyzer, text), "embassy")


def test_its_own_in_the_object_of_an_attack_stays_the_attackers(analyzer):
    text = "Iran said Israel attacked its own embassy."
    assert codes_at(mention_codes(analyzer, text), "embassy") == ["ISRGOV"]


def test_its_subject_of_the_attack_is_still_the_reporting_subjects(analyzer):
    text = "Israel said its jets attacked targets in Gaza."
    assert codes_at(mention_codes(analyzer, text), "jets") == ["ISRMIL"]


def test_a_countrys_leadership_is_its_government(analyzer):
    text = "China's leadership insists it is committed to reform."
    assert codes_at(mention_codes(analyzer, text), "China's leadership") == ["CHNGOV"]


def test_bare_fighter_jets_give_the_military_role_only(analyzer):
    assert codes_at(mention_codes(analyzer, "Fighter jets bombed the village on Tuesday."), "Fighter jets") == ["MIL"]


def test_a_shared_party_name_takes_the_storys_country(analyzer):
    text = "Albanian police detained protesters on Monday. The Democratic Party accused the government of fraud."
    assert codes_at(mention_codes(analyzer, text), "Democratic Party") == ["ALBOPP"]


def test_a_shared_party_name_takes_its_modifiers_country(analyzer):
    text = "The Socialist Party of Albania won the vote, and Spain's Socialist Party congratulated it."
    codes = mention_codes(analyzer, text)
    assert "USAOPP" not in [c for _, c in codes]
    assert "ESPOPP" in [c for _, c in codes]


def test_the_democratic_party_in_a_us_story_stays_american(analyzer):
    text = "President Biden met lawmakers on Monday. The Democratic Party criticized Republicans."
    assert codes_at(mention_codes(analyzer, text), "Democratic Party") == ["USAOPP"]


def test_a_shared_party_name_in_a_story_split_between_two_countries_has_no_country(analyzer):
    text = "Trump imposed tariffs on China. The Democratic Party criticized the move."
    assert codes_at(mention_codes(analyzer, text), "Democratic Party") == ["OPP"]


def test_democrats_stay_american(analyzer):
    assert codes_at(mention_codes(analyzer, "Democrats in Congress criticized the plan."), "Democrats") == ["USAOPP"]


def test_both_governments_are_not_carried_to_the_one_country_before(analyzer):
    text = "Mexico arrested Zambada in Culiacan. An analyst in Monterrey said the arrests would test both governments."
    assert "MEXGOV" not in codes_at(mention_codes(analyzer, text), "governments")
