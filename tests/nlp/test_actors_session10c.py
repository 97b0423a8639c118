"""Actors of session 10, round 3: backers of a side are a crowd of their own, not the side; the one who attacks
names no place for "the town" it hits; "officials on both sides" are each country's state body; a pronoun that
opens a clause reported by a trailing "X said" is never X. Each positive case comes with the reading that must
stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, mention_codes

pytestmark = pytest.mark.slow


def sides(analyzer, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes of the events whose trigger starts with ``trigger``."""
    return {(s, t) for s, a, t in event_triples(analyzer, text) if a.split()[0] == trigger}


# ---------------------------------------------------------------- supporters, followers, loyalists


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Supporters of Hezbollah attacked the protesters in Beirut.", "attacked", "LBNCVL"),
        ("Followers of Imran Khan clashed with police in Lahore.", "clashed", "PAKOPP"),
        ("Supporters of the Kenyan opposition blocked roads in Nairobi.", "blocked", "KENOPP"),
        ("Supporters of the Taliban attacked a school in Pakistan.", "attacked", None),
    ],
)  # fmt: skip
def test_backers_are_a_crowd_of_their_own(analyzer, text, trigger, source):
    found = {s for s, _ in sides(analyzer, text, trigger)}
    assert found, text
    assert "LBNREB" not in found
    if source is not None:
        assert source in found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Supporters of Venezuela's government attacked journalists in Caracas.", "VENGOV"),
        ("Thousands of supporters of the ruling party marched in Kigali.", "GOV"),
        ("Museveni's supporters beat journalists in Kampala.", "UGAGOV"),
    ],
)
def test_backers_of_a_government_or_party_are_of_its_camp(analyzer, text, code):
    found = mention_codes(analyzer, text)
    assert [c for t, c in found if t.lower().startswith(("supporters", "museveni's"))] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Iran, a key supporter of Hezbollah, condemned the strike.",
        "Russia and Iran, the main backers of Assad, vetoed it.",
    ],
)
def test_a_state_described_as_a_backer_is_no_crowd(analyzer, text):
    assert not any("back" in t or "support" in t for t, _ in mention_codes(analyzer, text))


def test_supporters_of_a_militia_are_not_the_militia(analyzer):
    found = sides(analyzer, "Supporters of the militia stormed the parliament.", "stormed")
    assert found and all(s != "REB" for s, _ in found)


def test_a_militia_itself_still_acts(analyzer):
    assert {s for s, _ in sides(analyzer, "Hezbollah attacked the protesters in Beirut.", "attacked")} == {"LBNREB"}


# ---------------------------------------------------------------- "the town" is not the attacker's


@pytest.mark.parametrize(
    "text",
    [
        "Russia-led strikes hit the town.",
        "Russia hit the town on Monday.",
        "Saudi-led strikes destroyed the city.",
    ],
)
def test_the_attacker_names_no_place(analyzer, text):
    found = mention_codes(analyzer, text)
    assert not any(t.lower() in {"the town", "the city"} and c for t, c in found)


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        ("Russian forces entered Ukraine and shelled the city.", "the city", "UKR"),
        ("Ukraine said Russia shelled the city overnight.", "the city", "UKR"),
        ("In Mali, French troops attacked the town.", "the town", "MLI"),
    ],
)
def test_the_place_named_before_still_counts(analyzer, text, place, code):
    assert codes_at(mention_codes(analyzer, text), place) == [code]


# ---------------------------------------------------------------- "authorities on both sides"


@pytest.mark.parametrize(
    ("text", "word", "codes"),
    [
        ("Kenyan chicken sellers protested against cheap imports from Uganda. Authorities on both sides met on "
         "Friday.", "Authorities on both sides", ["KENGOV", "UGAGOV"]),
        ("Traders from Rwanda and Congo clashed at the border. Officials on both sides blamed each other.",
         "Officials on both sides", ["CODGOV", "RWAGOV"]),
        ("Armenian farmers and Azerbaijani herders fought over land. Police from both sides arrested dozens.",
         "Police from both sides", ["ARMCOP", "AZECOP"]),
    ],
)  # fmt: skip
def test_a_state_body_on_both_sides_is_each_countrys(analyzer, text, word, codes):
    assert codes_at(mention_codes(analyzer, text), word) == codes


def test_both_sides_alone_still_names_the_pair(analyzer):
    text = "Israel and Hamas agreed a truce. Both sides accused each other of violations."
    assert codes_at(mention_codes(analyzer, text), "Both sides") == ["ISR", "PSEREB"]


# ---------------------------------------------------------------- a pronoun before a trailing "X said"


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        ("Rebels seized the town in Congo. They now control the province, residents said.", "They", "CODCVL"),
        ("Russian troops shelled the village. They attacked the school, Ukrainian officials said.", "They",
         "UKRGOV"),
        ("Police arrested the activist in Lagos. He was beaten in custody, his lawyer said.", "He", "NGAJUD"),
        ("The Kenyan minister met the protesters. She promised reforms, the students said.", "She", "KENEDU"),
    ],
)  # fmt: skip
def test_a_pronoun_before_a_trailing_speaker_is_not_the_speaker(analyzer, text, pronoun, speaker):
    assert speaker not in codes_at(mention_codes(analyzer, text), pronoun)


def test_a_pronoun_reported_by_its_own_subject_stays(analyzer):
    text = "Germany and France said they would send aid."
    assert codes_at(mention_codes(analyzer, text), "they") == ["DEU", "FRA"]


# ---------------------------------------------------------------- "the army" of a story about one state


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Fighting flared in northern Mali on Monday. Jihadists ambushed a convoy near Gao. The army said it killed "
         "20 militants.", "MLIMIL"),
        ("Floods displaced thousands in Pakistan. The army rescued 500 people.", "PAKMIL"),
        ("Somalia held elections on Sunday. Al-Shabab attacked a polling station. The army repelled the attack.",
         "SOMMIL"),
        ("Protesters marched in Bangkok against the government. The military warned them to stop.", "THAMIL"),
    ],
)  # fmt: skip
def test_the_army_of_a_story_about_one_state(analyzer, text, code):
    found = mention_codes(analyzer, text)
    assert [c for t, c in found if t in {"army", "military"}] == [code]


@pytest.mark.parametrize(
    "text",
    [
        # two states in play: either's army
        "A Palestinian attack killed two Israelis near Jenin. The army said it arrested the gunman.",
        "The United States and Iran traded threats. The military said it was ready.",
        # a place in a state, not the state itself: as often where another's army fights
        "Fighting raged in Gaza on Tuesday. The army said it struck 30 targets.",
    ],
)
def test_the_army_stays_role_only_when_the_state_is_not_plain(analyzer, text):
    found = mention_codes(analyzer, text)
    assert [c for t, c in found if t in {"army", "military"}] == ["MIL"]


# ---------------------------------------------------------------- names the tagger missed behind a title


def test_a_titled_name_the_tagger_missed_and_its_surname(analyzer):
    text = "Nigerian journalist Emeka Obi criticized the government. Police detained Obi on Tuesday."
    found = mention_codes(analyzer, text)
    assert codes_at(found, "Emeka Obi") == ["NGAMED"]
    assert codes_at(found, "Obi") == ["NGAMED"]
    assert ("NGACOP", "NGAMED") in sides(analyzer, text, "detained")


def test_a_later_surname_the_tagger_missed(analyzer):
    text = "Ugandan lawmaker Francis Zaake was beaten by soldiers. Zaake later fled to Kenya."
    found = mention_codes(analyzer, text)
    assert codes_at(found, "Zaake") == ["UGALEG"]
    assert codes_at(found, "soldiers") == ["MIL"]  # a plural that ends a sentence titles no one


def test_an_untitled_name_stays_uncoded(analyzer):
    text = "Emeka Obi criticized the government in Abuja. Police later detained Obi."
    assert not any(c for t, c in mention_codes(analyzer, text) if "Obi" in t)
