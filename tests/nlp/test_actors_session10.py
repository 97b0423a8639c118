"""Actors of session 10: people and fighters take the country of a story set in one state, unless a state's arms
are beside them; a state that only reports what fighters or civilians did does not make them its own; armed groups
do not take the country of a meeting's venue; a known person out of office takes the sector of a title outside the
state ("opposition leader X"); "it"/"they" opening a sentence that ends "…, X said" continue the subject before.
Each positive case comes with the reading that must stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, mention_codes

pytestmark = pytest.mark.slow


def sides(analyzer, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes of the events whose trigger starts with ``trigger``."""
    return {(s, t) for s, a, t in event_triples(analyzer, text) if a.split()[0] == trigger}


# ---------------------------------------------------------------- people and fighters of a story set in one state


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Violence has surged in Nigeria this year. Nigeria's government said gunmen abducted 30 villagers on Sunday.",
         "gunmen", "NGAREB"),
        ("Violence has surged in Nigeria this year. Nigeria's government said gunmen abducted 30 villagers on Sunday.",
         "villagers", "NGACVL"),
        ("Fighting flared again in Sudan on Monday. Residents said the fighters looted homes.", "fighters", "SDNREB"),
        ("Fighting flared again in Sudan on Monday. Residents said the fighters looted homes.", "Residents", "SDNCVL"),
        ("Floods hit several districts in Bangladesh. Bangladesh's disaster ministry said 40 villagers died.",
         "villagers", "BGDCVL"),
        ("Clashes broke out in the north of Mozambique last week. Mozambique's president visited the region. "
         "Insurgents burned a church on Sunday.", "Insurgents", "MOZREB"),
    ],
)  # fmt: skip
def test_people_and_fighters_take_the_country_a_story_is_set_in(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a state's arms beside them: whose people they are only knowledge of the war tells
        ("Fighting continues in Israel and the region. Israel's cabinet met on Sunday. Israeli strikes killed 30 "
         "people.", "people", "CVL"),
        ("Violence has surged in Nigeria this year. Nigerian troops killed 20 militants on Sunday.", "militants",
         "REB"),
        # a story about one state that never sets anything there: its forces are abroad
        ("The Pentagon said on Tuesday that U.S. forces remain on alert. American officials said Washington would "
         "respond. Militants attacked a convoy overnight.", "Militants", "REB"),
        # a dateline names the bureau, not the scene
        ("WASHINGTON — The State Department said on Monday that officials were watching closely. Militants attacked "
         "a convoy.", "Militants", "REB"),
        # two countries in play
        ("Tensions rose in Ethiopia on Monday. Eritrea closed the border. Gunmen attacked a bus.", "Gunmen", "REB"),
        # people who are as often from elsewhere
        ("Unrest continued in Haiti on Monday. Haiti's prime minister said hostages were freed.", "hostages", "CVL"),
    ],
)  # fmt: skip
def test_people_and_fighters_stay_unplaced_when_the_story_does_not_say_whose(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_the_placed_fighters_reach_the_event(analyzer):
    text = "Violence has surged in Nigeria this year. Nigeria's government said gunmen abducted 30 villagers on Sunday."
    assert sides(analyzer, text, "abducted") == {("NGAREB", "NGACVL")}


# ---------------------------------------------------------------- a state reporting on fighters or civilians


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The State Department said militants attacked a convoy.", "militants", "REB"),
        ("U.S. officials said civilians were killed in the strike.", "civilians", "CVL"),
        ("The U.S. government believes gunmen killed the two aid workers.", "gunmen", "REB"),
    ],
)
def test_a_state_that_only_reports_on_fighters_or_civilians_does_not_make_them_its_own(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Turkish police detained 12 militants.", "militants", "TURREB"),
        ("Kenyan police arrested 40 residents.", "residents", "KENCVL"),
        ("Kenyan officials said students protested.", "students", "KENEDU"),
    ],
)
def test_a_home_body_acting_on_them_still_places_them(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


# ---------------------------------------------------------------- the venue of a meeting


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Colombia's president met rebel commanders in Havana.", "rebel commanders"),
        ("Sudanese army officers met rebel negotiators in Jeddah on Saturday.", "rebel negotiators"),
        ("Rebels met government negotiators in Geneva.", "Rebels"),
        ("Mediators met militants in Doha.", "militants"),
    ],
)
def test_armed_groups_do_not_take_the_country_they_meet_in(analyzer, text, word):
    assert codes_at(mention_codes(analyzer, text), word) == ["REB"]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Rebels in Colombia met government negotiators.", "Rebels in Colombia", "COLREB"),
        ("Rebels attacked a village in northern Mali.", "Rebels", "MLIREB"),
        ("Police arrested 20 protesters in Cairo.", "protesters", "EGYOPP"),
    ],
)
def test_a_scene_that_is_no_meeting_still_places(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


# ---------------------------------------------------------------- a known person out of office


def test_a_title_outside_the_state_gives_a_known_person_out_of_office_its_sector(analyzer):
    text = (
        "Kenyan opposition leader Raila Odinga urged supporters to boycott the vote. "
        "Odinga also criticized the electoral commission."
    )
    mentions = mention_codes(analyzer, text)
    assert codes_at(mentions, "opposition leader Raila Odinga") == ["KENOPP"]
    assert codes_at(mentions, "Odinga") == ["KENOPP"]


def test_a_state_title_or_former_before_a_known_person_out_of_office_keeps_the_country_only(analyzer):
    mentions = mention_codes(analyzer, "President Jimmy Carter visited North Korea.")
    assert codes_at(mentions, "President Jimmy Carter") == ["USA"]  # a courtesy title kept after office
    mentions = mention_codes(analyzer, "Former opposition leader Raila Odinga met the president.")
    assert [c for t, c in mentions if t.endswith("Raila Odinga")] == ["KEN"]


# ---------------------------------------------------------------- "it"/"they" before a trailing attribution


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Kenya rejected the ruling on Monday. It plans to appeal, analysts said.", "It", "KEN"),
        ("Beijing has rejected the arbitral ruling. It hopes to avoid a repeat, Stephen Nagy said.", "It", "CHNGOV"),
        ("Kenya has rejected the ruling, analysts said. It plans to appeal, Mwangi said.", "It", "KEN"),
    ],
)
def test_it_before_a_trailing_attribution_continues_the_subject_before(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_the_empty_it_before_an_attribution_stays_unlinked(analyzer):
    mentions = mention_codes(analyzer, "Kenya rejected the ruling on Monday. It is clear the court erred, Oh said.")
    assert codes_at(mentions, "It") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Rebels in Mali seized the town of Gao on Monday, officials said. They killed 20 soldiers.", ["MLIREB"]),
        ("Kenya and Uganda signed a trade deal, officials said. They will cut tariffs next year.", ["KEN", "UGA"]),
    ],
)
def test_a_sentence_that_ends_with_its_attribution_is_about_what_was_reported(analyzer, text, codes):
    # the subject of what was reported, not the officials who only said it (their reading until this session)
    assert codes_at(mention_codes(analyzer, text), "They") == codes


def test_a_home_body_in_a_clause_of_purpose_still_places_them(analyzer):
    text = (
        "Islamic fundamentalists began a hunger strike to demand the resignation of Algerian President Ahmed Ben Bella."
    )
    assert codes_at(mention_codes(analyzer, text), "fundamentalists") == ["DZAREB"]
