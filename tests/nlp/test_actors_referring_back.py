"""dyadwatch_actors on phrases that refer back to an actor named earlier: descriptions of a country
("the Southeast Asian nation", "the country"), bare titles ("the prime minister"), pronoun subjects
across and within sentences, bodies led by a named person and role-only bodies of the text's country."""

from __future__ import annotations

import pytest
from dwtest import codes_at, make_article

pytestmark = pytest.mark.slow


def _mentions(analyzer, text: str, date: str = "2025-08-08") -> list[tuple[str, str | None]]:
    doc = analyzer.nlp(analyzer.make_doc(make_article(text, date)))
    return [(m.text, m.code) for m in doc._.dw_mentions]


def _events(analyzer, text: str, date: str = "2025-08-08") -> set[tuple[str | None, str, str | None]]:
    record = analyzer.analyze(make_article(text, date))
    return {
        (e.source.code if e.source else None, e.action.text, e.target.code if e.target else None) for e in record.events
    }


# ---------------------------------------------------------------- descriptions of a country


def test_region_description_is_the_one_fitting_country_named_before(analyzer):
    text = (
        "China and Malaysia are disagreeing over Malaysia's rights at sea. "
        "On Dec. 12, the Southeast Asian nation accused Beijing of bullying."
    )
    assert codes_at(_mentions(analyzer, text), "the Southeast Asian nation") == ["MYS"]
    assert ("MYS", "accused", "CHNGOV") in _events(analyzer, text)


def test_island_nation_fits_the_island_country_not_the_other(analyzer):
    text = "Fiji accused Australia of neglect. The island nation demanded aid from Canberra."
    assert codes_at(_mentions(analyzer, text), "The island nation") == ["FJI"]


def test_description_that_fits_two_countries_stays_unlinked(analyzer):
    # both are kingdoms: "the kingdom" could be either
    text = "Thailand and Cambodia fought over a temple. The kingdom accused Cambodia of shelling."
    assert not any(t.lower() == "the kingdom" for t, _ in _mentions(analyzer, text))


def test_description_with_an_unknown_modifier_stays_unlinked(analyzer):
    text = "Kenya accused Somalia of meddling. The neighboring country recalled its ambassador."
    assert not any("country" in t for t, _ in _mentions(analyzer, text))


def test_bare_country_is_the_one_country_of_the_nearest_sentence(analyzer):
    text = (
        "Pakistan's parliament passed the budget on Friday. "
        "Officials said the budget would guide the country towards growth."
    )
    mentions = _mentions(analyzer, text)
    assert codes_at(mentions, "the country") == ["PAK"]
    assert codes_at(mentions, "Officials") == ["PAKGOV"]  # "the country" names no second country


def test_bare_country_after_two_countries_stays_unlinked(analyzer):
    text = "Kenya accused Somalia of meddling. The country recalled its ambassador."
    assert codes_at(_mentions(analyzer, text), "The country") == []


def test_country_left_or_entered_is_a_place_not_a_party(analyzer):
    text = "The Taliban ruled Afghanistan. They barred the envoy from the country on Tuesday."
    assert codes_at(_mentions(analyzer, text), "the country") == []


# ---------------------------------------------------------------- bare titles


def test_bare_title_is_the_one_holder_named_before(analyzer):
    text = "Malaysian Prime Minister Mahathir Mohamad met Chinese officials. The prime minister criticized China."
    mentions = _mentions(analyzer, text, "2019-12-23")
    assert codes_at(mentions, "The prime minister") == ["MYSGOV"]
    assert ("MYSGOV", "criticized", "CHN") in _events(analyzer, text, "2019-12-23")


def test_bare_title_with_two_holders_named_stays_unlinked(analyzer):
    text = (
        "Malaysian Prime Minister Mahathir Mohamad met Indian Prime Minister Narendra Modi. "
        "The prime minister criticized China."
    )
    assert codes_at(_mentions(analyzer, text, "2019-12-23"), "The prime minister") == []


def test_bare_title_is_not_given_to_a_person_out_of_that_office(analyzer):
    # in 2010 Mahathir held no office: "the prime minister" is someone else
    text = "Former leader Mahathir Mohamad met Chinese officials. The prime minister criticized China."
    assert codes_at(_mentions(analyzer, text, "2010-06-01"), "The prime minister") == []


def test_title_in_a_list_of_offices_is_not_linked(analyzer):
    text = (
        "President Donald Trump spoke on Monday. There has been talk about the Albanian government, "
        "the prime minister, the president."
    )
    assert codes_at(_mentions(analyzer, text), "the president") == []


# ---------------------------------------------------------------- pronoun subjects


def test_they_opening_a_sentence_continues_the_plural_subject_before(analyzer):
    text = "Malawi's education authorities refused to comment. They condemned the court."
    mentions = _mentions(analyzer, text)
    assert codes_at(mentions, "They") == codes_at(mentions, "Malawi's education authorities") != []


def test_it_opening_a_sentence_continues_the_country_subject_before(analyzer):
    text = "Japan summoned the Chinese ambassador on Monday. It accused China of violating its airspace."
    assert ("JPN", "accused", "CHN") in _events(analyzer, text)


def test_empty_it_is_not_linked(analyzer):
    text = "Japan summoned the Chinese ambassador on Monday. It is not clear what China will do."
    assert codes_at(_mentions(analyzer, text), "It") == []


def test_it_does_not_continue_a_plural_subject(analyzer):
    text = "Turkish officials condemned the attack. It accused Greece of provocation."
    assert codes_at(_mentions(analyzer, text), "It") == []


def test_pronoun_after_an_actor_in_its_own_sentence_is_not_carried(analyzer):
    text = "Japan summoned the Chinese ambassador. After Russia protested, it accused China of spying."
    assert codes_at(_mentions(analyzer, text), "it") == []


def test_they_within_a_sentence_is_the_group_subject_before_it(analyzer):
    text = "\u201cIf the Taliban are sincere, then they must stop killing Afghan civilians,\u201d he said."
    assert codes_at(_mentions(analyzer, text, "2021-05-03"), "they") == ["AFGREB"]


def test_they_after_a_nearer_uncoded_subject_is_not_linked(analyzer):
    text = (
        "Somali soldiers shot dead two militants, and four of them blew themselves up when they realized "
        "they could not escape."
    )
    assert codes_at(_mentions(analyzer, text), "they") == []


# ---------------------------------------------------------------- bodies


def test_body_led_by_a_named_office_holder_is_of_their_country(analyzer):
    text = "The coalition government led by Mario Draghi has begun relaxing its pandemic restrictions."
    assert codes_at(_mentions(analyzer, text, "2021-05-03"), "coalition government") == ["ITAGOV"]


def test_government_takes_the_country_named_again_as_the_country(analyzer):
    text = (
        "The coalition government led by Mario Draghi has begun relaxing its restrictions. "
        "The rate of infections still remains high in the south of the country. "
        "Despite protests, the government has refused to relax the rules on travel."
    )
    mentions = _mentions(analyzer, text, "2021-05-03")
    assert codes_at(mentions, "the country") == ["ITA"]
    assert codes_at(mentions, "the government") == ["ITAGOV"]


def test_government_with_an_uncoded_owner_is_not_carried(analyzer):
    text = "The United States imposed sanctions. Members of Bashir's government face trial."
    assert codes_at(_mentions(analyzer, text), "government") == ["GOV"]


def test_the_group_is_the_armed_group_named_just_before(analyzer):
    text = (
        "Afghan officials accused the Taliban of plotting the attack on the school. "
        "The insurgent group denied involvement."
    )
    mentions = _mentions(analyzer, text, "2021-05-03")
    assert codes_at(mentions, "The insurgent group") == codes_at(mentions, "the Taliban") == ["AFGREB"]


def test_the_council_is_the_council_named_before_not_the_country_at_hand(analyzer):
    text = (
        "UNICEF's director told a meeting of the U.N. Security Council that children were starving. "
        "Fighting continues in Sudan. Khartoum blamed the rebels. The aid worker told the council that "
        "hospitals were full."
    )
    assert codes_at(_mentions(analyzer, text), "the council") == ["IGOUNO"]


def test_a_group_with_another_epithet_stays_unlinked(analyzer):
    text = "Afghan officials accused the Taliban of plotting the attack. The rival group denied involvement."
    assert codes_at(_mentions(analyzer, text, "2021-05-03"), "The rival group") == []


def test_the_administration_is_not_taken_when_a_leader_of_another_country_is_named(analyzer):
    text = (
        "Turkey's foreign ministry pinned its hopes on U.S. President Donald Trump. "
        '"What matters is the decision of the administration," the minister said.'
    )
    assert codes_at(_mentions(analyzer, text, "2019-12-01"), "administration") == ["GOV"]


def test_its_body_opening_a_sentence_belongs_to_the_subject_before(analyzer):
    text = "Japan summoned the Chinese ambassador on Monday. Its foreign ministry accused China of spying."
    assert codes_at(_mentions(analyzer, text), "foreign ministry") == ["JPNGOV"]


def test_their_body_after_a_non_state_subject_is_not_placed(analyzer):
    text = "Rebels in Mali attacked a convoy. Their leaders accused France of bombing villages."
    assert codes_at(_mentions(analyzer, text), "leaders") == ["GOV"]


def test_bare_title_as_a_possessor_is_the_holder(analyzer):
    text = (
        "Geza urged protests to push President Emmerson Mnangagwa out of office. "
        "He blamed the president's failure to govern."
    )
    assert codes_at(_mentions(analyzer, text, "2025-03-31"), "the president") == ["ZWEGOV"]


def test_bare_title_prefers_the_one_holder_named_in_the_last_sentences(analyzer):
    text = (
        "U.S. President Joe Biden announced the withdrawal. Troops will leave by September. "
        "Gunmen attacked a school in Kabul. Afghan President Ashraf Ghani condemned the attack. "
        "The president declared a national day of mourning."
    )
    assert codes_at(_mentions(analyzer, text, "2021-05-10"), "The president") == ["AFGGOV"]


# ---------------------------------------------------------------- peoples, places, "we" and documents


def test_nationalities_listed_as_peoples_are_each_their_country(analyzer):
    text = "The Dutch, Belgians and Austrians protested against the tariff on Monday."
    mentions = _mentions(analyzer, text)
    assert codes_at(mentions, "Belgians") == ["BEL"]
    assert codes_at(mentions, "Austrians") == ["AUT"]
    assert ("AUT", "protested", None) in _events(analyzer, text)


def test_nationalities_listed_as_modifiers_stay_modifiers(analyzer):
    text = "Dutch and Belgian diplomats met in Vienna."
    mentions = _mentions(analyzer, text)
    assert codes_at(mentions, "Belgian") == []
    assert "BELGOV" in {c for _, c in mentions}


def test_each_coordinated_place_phrase_places_the_body(analyzer):
    text = "Police in Peru and in Chile arrested dozens of smugglers."
    codes = {c for _, c in _mentions(analyzer, text)}
    assert {"PERCOP", "CHLCOP"} <= codes


def test_authorities_at_home_are_of_the_subjects_country(analyzer):
    text = "Ghana's cocoa farmers are calling on authorities at home and in Europe to lift the ban."
    codes = {c for _, c in _mentions(analyzer, text)}
    assert {"GHAGOV", "EURGOV"} <= codes


def test_at_home_on_the_subject_itself_says_no_country(analyzer):
    text = "Authorities at home criticized Ghana's cocoa farmers."
    assert codes_at(_mentions(analyzer, text), "Authorities") == ["GOV"]


def test_we_in_an_officials_quote_is_the_officials_body(analyzer):
    text = '"We will not extend the deadline," Chilean Finance Minister Tomas Rivera said.'
    assert codes_at(_mentions(analyzer, text), "We") == ["CHLGOV"]


def test_we_in_a_private_persons_quote_is_not_coded(analyzer):
    text = '"We are worried about prices," said Ana Soto, a teacher in Lima.'
    assert codes_at(_mentions(analyzer, text), "We") == []


def test_its_movement_is_the_owning_group(analyzer):
    text = "Hamas said its movement would free the hostages."
    mentions = _mentions(analyzer, text)
    assert codes_at(mentions, "its movement") == codes_at(mentions, "Hamas") != []


def test_a_qualified_own_body_is_another_body(analyzer):
    text = "Hamas said its rival movement had attacked the convoy."
    assert not any("movement" in t for t, _ in _mentions(analyzer, text))


def test_a_government_leaders_party_is_not_the_government(analyzer):
    text = "The Kenyan president said his party would win the vote."
    assert not any("party" in t for t, _ in _mentions(analyzer, text))


def test_a_document_named_after_a_capital_is_not_its_government(analyzer):
    text = "Serbia accused Kosovo of breaking the Brussels agreement. The Lisbon Treaty obliges Hungary to act."
    mentions = _mentions(analyzer, text)
    assert codes_at(mentions, "Brussels") == codes_at(mentions, "Lisbon") == []
    assert not any("BEL" in str(s) + str(t) for s, _, t in _events(analyzer, text))


def test_a_treaty_of_a_capital_is_not_its_government(analyzer):
    text = "Spain ratified the Treaty of Rome."
    assert codes_at(_mentions(analyzer, text), "Rome") == []


def test_a_countrys_own_plan_still_names_the_country(analyzer):
    text = "Iran rejected the U.S. plan."
    assert ("IRN", "rejected", "USA") in _events(analyzer, text)


# ---------------------------------------------------------------- legislators' titles


def test_a_party_adjective_before_a_congressional_title_names_the_us_not_the_story_country(analyzer):
    text = (
        "Ukraine asked for more weapons on Monday. Kyiv said Russia shelled Kharkiv. "
        "Democratic Representative Jason Crow criticized the delay."
    )
    assert codes_at(_mentions(analyzer, text), "Jason Crow") == ["USALEG"]


def test_a_republican_senator_in_a_foreign_story_is_a_us_legislator(analyzer):
    text = "Russia attacked Ukraine. Republican Senator John Smithers criticized Moscow."
    assert codes_at(_mentions(analyzer, text), "John Smithers") == ["USALEG"]


def test_a_house_title_takes_no_country_from_the_place_visited(analyzer):
    text = "Ukraine asked for aid. Rep. Jason Crow visited Kyiv."
    assert codes_at(_mentions(analyzer, text), "Jason Crow") == ["LEG"]


def test_a_countrys_representative_before_a_name_is_its_legislator(analyzer):
    text = "U.S. Representative Jason Crow met Chinese officials."
    assert codes_at(_mentions(analyzer, text), "U.S. Representative Jason Crow") == ["USALEG"]


def test_a_special_or_trade_representative_stays_an_envoy(analyzer):
    assert codes_at(
        _mentions(analyzer, "U.S. Trade Representative Jamieson Greer met Chinese officials."),
        "U.S. Trade Representative Jamieson Greer",
    ) == ["USAGOV"]
    text = "Kenya's parliament met. Special Representative Anna Berg urged calm."
    assert "LEG" not in str(codes_at(_mentions(analyzer, text), "Anna Berg"))


def test_a_senator_still_takes_the_country_of_the_sentence_before(analyzer):
    # senators sit in many parliaments: only the house titles and party adjectives are the U.S. Congress's
    text = "Nigeria held a vote. Senator Ada Okafor criticized the police."
    assert codes_at(_mentions(analyzer, text), "Ada Okafor") == ["NGALEG"]


# ---------------------------------------------------------------- many states at once


def test_many_countries_are_governments_with_no_one_country(analyzer):
    mentions = _mentions(analyzer, "Many countries recognized Kosovo.")
    assert codes_at(mentions, "countries") == ["GOV"]
    mentions = _mentions(analyzer, "The international community condemned North Korea.")
    assert codes_at(mentions, "The international community") == ["GOV"]
    assert codes_at(_mentions(analyzer, "Democratic nations condemned Russia."), "nations") == ["GOV"]


def test_countries_where_something_happens_are_no_actor(analyzer):
    assert not any("countries" in t for t, _ in _mentions(analyzer, "Protests erupted in many countries."))


def test_many_nations_do_not_take_the_country_of_the_sentence_before(analyzer):
    text = "China signed a pact on Monday. Asian nations welcomed it."
    assert codes_at(_mentions(analyzer, text), "nations") == ["GOV"]


def test_a_countrys_donors_are_not_its_government(analyzer):
    assert codes_at(_mentions(analyzer, "Ukraine and its donors met in Rome."), "donors") == ["GOV"]


def test_the_two_countries_stay_the_pair_named_before(analyzer):
    text = "India and Pakistan fought. The two countries agreed to a ceasefire."
    assert codes_at(_mentions(analyzer, text), "The two countries") == ["IND", "PAK"]


# ---------------------------------------------------------------- the former's, the latter's, them


def test_possessive_former_and_latter_skip_their_own_clause(analyzer):
    mentions = _mentions(
        analyzer, "Russia and China met. The latter's foreign minister criticized the former's stance."
    )
    assert codes_at(mentions, "latter") == ["CHN"]
    assert codes_at(mentions, "former") == ["RUS"]
    assert codes_at(
        _mentions(analyzer, "Egypt and Israel talked. Cairo rejected the latter's proposal."), "latter"
    ) == ["ISR"]


def test_object_them_is_the_plural_subject_of_the_sentence_before(analyzer):
    text = "Hamas fighters attacked Israel. Israel barred them from Gaza."
    assert codes_at(_mentions(analyzer, text), "them") == ["PSEREB"]
    text = "The rebels attacked the town. Police arrested them on Monday."
    assert codes_at(_mentions(analyzer, text), "them") == ["REB"]


def test_object_them_with_another_plural_before_stays_unlinked(analyzer):
    assert codes_at(_mentions(analyzer, "Hamas fighters seized weapons. Israel took them back."), "them") == []


# ---------------------------------------------------------------- people away from their country


def test_immigrants_and_refugees_in_a_country_are_not_of_it(analyzer):
    assert codes_at(_mentions(analyzer, "New immigrants in Japan protested against the government."), "immigrants") == [
        "CVL"
    ]
    assert codes_at(_mentions(analyzer, "Refugees in Uganda criticized the government."), "Refugees") == ["REF"]
    text = "Japan welcomed new workers last year. Police arrested migrants in Tokyo."
    assert codes_at(_mentions(analyzer, text), "migrants") == ["CVL"]


def test_refugees_from_a_country_are_of_it(analyzer):
    text = "Refugees from Syria in Turkey accused the police of abuse."
    assert codes_at(_mentions(analyzer, text), "Refugees from Syria") == ["SYRREF"]
