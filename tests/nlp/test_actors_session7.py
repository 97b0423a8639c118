"""The sides of events we find (session 7): a home body that nothing near it places is of the country the story
is set in; "he"/"she" may name again a person named only by their post; a post "of" a body is that body's; a
party the text calls ruling is the government's side. Each positive case comes with the reading that must stay
as it was (a story split between countries, an uncoded name before the pronoun, "the leader of the ruling
party")."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, mention_codes

pytestmark = pytest.mark.slow


def sides(analyzer, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes of the events whose trigger starts with ``trigger``."""
    return {(s, t) for s, a, t in event_triples(analyzer, text) if a.split()[0] == trigger}


# ---------------------------------------------------------------- the story's setting


def test_home_bodies_take_the_country_the_story_is_set_in(analyzer):
    text = (
        "Ghana's economy has slowed this year, and Ghanaian unions have warned of strikes. "
        "On Tuesday, striking teachers blocked a road in the capital. Police arrested dozens of teachers."
    )
    assert sides(analyzer, text, "arrested") == {("GHACOP", "GHAEDU")}


def test_a_court_and_a_school_in_a_one_country_story(analyzer):
    text = (
        "Peruvian parents have long complained about uniform rules in Peru. "
        "Last week the school expelled two pupils, and on Monday a judge ordered the school to readmit them."
    )
    codes = mention_codes(analyzer, text)
    assert set(codes_at(codes, "school")) == {"PEREDU"}
    assert codes_at(codes, "judge") == ["PERJUD"]


def test_accused_the_police_of_is_no_body_of_another(analyzer):
    # "of abuse" hangs on "the police" in the parse, but names no body that owns it
    text = "Zambia's opposition rallied on Sunday. Fans cheered. The next day its leader accused the police of abuse."
    assert codes_at(mention_codes(analyzer, text), "police") == ["ZMBCOP"]


def test_officials_and_the_government_are_left_to_the_sentence_before(analyzer):
    # a story about one country often brings in another's officials; only the sentence just before places them
    text = (
        "Floods hit Malawi on Sunday. Rain continued. Officials said roads were closed, and the police closed schools."
    )
    codes = mention_codes(analyzer, text)
    assert codes_at(codes, "Officials") == ["GOV"]
    assert codes_at(codes, "police") == ["MWICOP"]


def test_a_story_split_between_countries_places_no_home_body(analyzer):
    text = "Chad held a vote on Sunday. Chadian officials counted ballots. Turnout was low. Police dispersed a crowd."
    assert any(s == "TCDCOP" for s, _ in sides(analyzer, text, "dispersed"))
    text = "Sudan and Libya traded accusations on Monday. The next day, police arrested dozens of protesters."
    assert {s for s, _ in sides(analyzer, text, "arrested")} == {"COP"}


def test_foreign_bodies_and_other_countries_in_the_sentence_keep_no_setting(analyzer):
    text = (
        "Colombia raised tariffs on Monday. Colombian ministers defended the move. The local press praised it. "
        "Foreign businesses criticized the plan. Ecuador's president criticized it too, and businesses objected."
    )
    codes = mention_codes(analyzer, text)
    assert codes_at(codes, "press") == ["COLMED"]
    assert "COLBUS" not in codes_at(codes, "businesses")


# ---------------------------------------------------------------- he/she for a person named by post


def test_he_in_a_coordinated_clause_is_the_post_holder_subject(analyzer):
    text = "Turkey's president accused Sweden of harboring militants, and he threatened to block its NATO bid."
    assert any(s == "TURGOV" for s, _ in sides(analyzer, text, "threatened"))


def test_he_in_the_next_sentence_is_the_post_holder(analyzer):
    text = "Kenya's foreign minister arrived in Uganda on Monday. He criticized Tanzania over the border dispute."
    assert ("KENGOV", "TZA") in sides(analyzer, text, "criticized")


def test_she_is_not_a_post_holder_when_an_uncoded_name_comes_between(analyzer):
    text = (
        "Ecuador's interior minister visited Colombia on Friday, and she praised the Colombian police. "
        "Activist Lucia Quispe Mamani spoke later. She criticized Peru."
    )
    assert ("ECUGOV", "COLCOP") in sides(analyzer, text, "praised")
    assert all(s != "ECUGOV" for s, _ in sides(analyzer, text, "criticized"))


# ---------------------------------------------------------------- a post in a body; ruling parties


def test_the_leader_of_the_opposition_is_the_opposition(analyzer):
    # the opposition here is a role placed in Bolivia, not a named body: the post must take its sector
    text = "Bolivia's opposition leader flew home. The next day the leader of the opposition accused the government."
    assert ("BOLOPP", "BOLGOV") in sides(analyzer, text, "accused")


def test_the_head_of_the_rebels_is_the_rebels_and_the_ruling_partys_leader_stays_government(analyzer):
    codes = mention_codes(
        analyzer, "The spokesman for the rebels denied the report. The leader of the ruling party spoke."
    )
    assert codes_at(codes, "spokesman") == ["REB"]
    assert codes_at(codes, "leader") == ["GOV"]


def test_a_ruling_party_is_the_government_side(analyzer):
    text = "South Korea held elections on Wednesday. The ruling Democratic Party then criticized Japan."
    assert ("KORGOV", "JPN") in sides(analyzer, text, "criticized")
    text = "South Korea held elections on Wednesday. The opposition Democratic Party then criticized Japan."
    assert ("KOROPP", "JPN") in sides(analyzer, text, "criticized")


def test_a_named_party_that_rules_is_the_government_side(analyzer):
    text = "Japan's ruling Liberal Democratic Party criticized China on Tuesday."
    assert ("JPNGOV", "CHN") in sides(analyzer, text, "criticized")


# ---------------------------------------------------------------- a surname the tagger mislabels


@pytest.mark.parametrize(
    "later",
    ["Yusuf later accused the police of torture.", "On Monday Yusuf accused the police of torture."],
)
def test_a_surname_tagged_as_a_time_or_after_a_day_is_still_the_person(analyzer, later):
    text = "Amina Yusuf, a Nigerian activist, was arrested in Abuja last month. " + later
    assert ("NGAOPP", "NGACOP") in sides(analyzer, text, "accused")


# ---------------------------------------------------------------- a bare title for a person titled in the text


def test_the_minister_is_the_one_the_text_titled_just_before(analyzer):
    text = "Peru's foreign minister Elena Ruiz flew to Chile on Monday. The minister criticized Bolivia."
    assert ("PERGOV", "BOL") in sides(analyzer, text, "criticized")
    # a rank word makes another office: the president is not the vice president named before
    text = "Vice President Sara Duarte of Paraguay flew to Chile on Monday. The president criticized Bolivia."
    assert all(s != "PRYGOV" for s, _ in sides(analyzer, text, "criticized"))
