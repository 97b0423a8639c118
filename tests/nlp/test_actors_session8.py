"""Actors of session 8: "I" in a speaker's own quote is the speaker; in an interview transcript "I" is the turn's
speaker and "you" the one person interviewed; governors, mayors and the National Guard are of the country the story
is set in; a home body beside the setting country's own name is that country's. Each positive case comes with the
reading that must stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, mention_codes

pytestmark = pytest.mark.slow


def sides(analyzer, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes of the events whose trigger starts with ``trigger``."""
    return {(s, t) for s, a, t in event_triples(analyzer, text) if a.split()[0] == trigger}


# ---------------------------------------------------------------- "I" in a direct quote


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ('"I will visit Beijing next month," Putin said.', "visit", ("RUSGOV", "CHNGOV")),
        (
            "“I met the Iranian foreign minister in Oman,” the Saudi foreign minister told reporters.",
            "met",
            ("SAUGOV", "IRNGOV"),
        ),
        ('Erdogan said: "I will meet Netanyahu in Ankara next week."', "meet", ("TURGOV", "ISRGOV")),
    ],
)
def test_i_in_a_quote_is_its_speaker(analyzer, text, trigger, expected):
    assert expected in sides(analyzer, text, trigger)


def test_i_is_never_a_place_that_speaks(analyzer):
    # "Moscow said": the capital speaks through a body, and "I" in its quote is some person we do not know
    codes = mention_codes(analyzer, '"I will not go to Kyiv," Moscow said on Monday.')
    assert codes_at(codes, "I") == []


def test_he_in_a_quote_still_is_not_the_speaker(analyzer):
    codes = mention_codes(analyzer, "“He is not someone I trust,” Putin said of the Ukrainian leader.")
    assert codes_at(codes, "I") == ["RUSGOV"]
    assert codes_at(codes, "He") == []


# ---------------------------------------------------------------- interview transcripts

TRANSCRIPT = (
    "VOA spoke with Richard Armitage about his trip to Taiwan. "
    "VOA: During your visit to Taiwan, you met with the new president. What did you discuss? "
    "Armitage: I met President Tsai before. I think China must stop threatening Taiwan. "
    "VOA: Do you expect Beijing to respond? "
    "Armitage: I do not."
)


def test_transcript_you_is_the_guest_and_i_the_speaker(analyzer):
    assert ("USA", "TWN") in sides(analyzer, TRANSCRIPT, "visit")
    assert ("USA", "TWN") in sides(analyzer, TRANSCRIPT, "met")  # Tsai, no longer in office on the test date
    codes = mention_codes(analyzer, TRANSCRIPT)
    assert set(codes_at(codes, "I")) == {"USA"}
    assert set(codes_at(codes, "you")) == {"USA"}


def test_a_described_label_opens_a_turn(analyzer):
    text = (
        "VOA: What did you tell the Kenyan president? "
        "Amina Mohamed, former Kenyan foreign minister: I told him we support the talks. "
        "VOA: Why? Mohamed: Because I met Ethiopian leaders last week."
    )
    codes = mention_codes(analyzer, text)
    assert set(codes_at(codes, "I")) == {"KEN"}
    assert codes_at(codes, "you") == ["KEN"]


def test_a_transcript_with_two_guests_leaves_you_alone(analyzer):
    # two people interviewed: "you" may be either, so it stays unlinked; each "I" is still its own speaker
    text = (
        "VOA: What do you expect? "
        "Kenyan President William Ruto: I expect peace. "
        "VOA: And you? "
        "Ugandan President Yoweri Museveni: I expect war."
    )
    codes = mention_codes(analyzer, text)
    assert codes_at(codes, "you") == []


def test_one_colon_is_no_transcript(analyzer):
    codes = mention_codes(analyzer, "Update: I will visit Beijing, you know. Putin met Xi on Monday.")
    assert codes_at(codes, "I") == []
    assert codes_at(codes, "you") == []


# ---------------------------------------------------------------- offices held at home


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Wildfires burned across California this week. Governor Gavin Newsom sued the Trump administration.",
            "Gavin Newsom",
            "USAGOV",
        ),
        (
            "Texas is suing over the border policy. Gov. Greg Abbott criticized the Biden administration.",
            "Greg Abbott",
            "USAGOV",
        ),
        (
            "Protests spread in Nigeria after the vote. Governor Babajide Sanwo-Olu imposed a curfew.",
            "Babajide Sanwo-Olu",
            "NGAGOV",
        ),
        (
            "Floods hit northern Italy on Monday. Rescue teams worked all night. The mayor asked for help.",
            "mayor",
            "ITAGOV",
        ),
        (
            "Protests spread across several American cities. The National Guard arrested dozens of protesters.",
            "National Guard",
            "USAMIL",
        ),
    ],
)
def test_governors_mayors_and_the_national_guard_are_of_the_setting(analyzer, text, name, code):
    assert codes_at(mention_codes(analyzer, text), name) == [code]


def test_a_governors_later_surname_shares_the_country(analyzer):
    text = "Wildfires burned across California this week. Governor Gavin Newsom toured the area. Newsom thanked Mexico."
    assert codes_at(mention_codes(analyzer, text), "Newsom") == ["USAGOV"]


def test_an_office_beside_only_another_country_stays_unplaced(analyzer):
    # the sentence names China alone: the mayor may be Chinese, so the story's setting is not forced on him
    text = "Floods hit northern Italy on Monday. Rescue teams worked all night. The mayor thanked China for its help."
    assert codes_at(mention_codes(analyzer, text), "mayor") == ["GOV"]


def test_gov_abbreviation_is_a_title(analyzer):
    assert codes_at(mention_codes(analyzer, "Gov. Kathy Hochul met with the mayor."), "Kathy Hochul") == ["GOV"]


def test_a_separatist_leader_is_a_rebel(analyzer):
    codes = mention_codes(analyzer, "A Russian-backed separatist leader accused Ukraine of shelling civilians.")
    assert codes_at(codes, "separatist leader") == ["REB"]


# ---------------------------------------------------------------- home bodies beside the setting's name


def test_a_home_body_beside_the_settings_own_name(analyzer):
    text = (
        "Albania's opposition has rallied for weeks. Albanian prosecutors opened a case. "
        "Berisha remained in Parliament after Albania's election."
    )
    assert codes_at(mention_codes(analyzer, text), "Parliament") == ["ALBLEG"]


def test_a_one_sentence_story_sets_nothing_for_its_own_bodies(analyzer):
    assert codes_at(mention_codes(analyzer, "Students protested outside the U.S. embassy on Friday."), "Students") == [
        "EDU"
    ]


def test_the_opposition_beside_the_settings_own_name(analyzer):
    text = (
        "Kenya held elections last year. Kenyan officials counted votes. "
        "The leader of the opposition said France should stop backing President William Ruto."
    )
    assert codes_at(mention_codes(analyzer, text), "opposition") == ["KENOPP"]


def test_a_court_beside_another_country_stays_unplaced(analyzer):
    base = "Peru's economy slowed this year. Peruvian unions warned of strikes. "
    assert codes_at(mention_codes(analyzer, base + "On Monday a court fined Peru's largest miner."), "court") == [
        "PERJUD"
    ]
    assert codes_at(mention_codes(analyzer, base + "On Monday a court fined Chile's largest miner."), "court") == [
        "JUD"
    ]


# ---------------------------------------------------------------- a body owned by someone no dictionary knows


@pytest.mark.parametrize(
    ("text", "noun", "code"),
    [
        (
            "Cameroon's poultry farmers are struggling. Chicken prices in Cameroon have doubled. "
            "Lamou says her supplier blamed the restrictions.",
            "supplier",
            "CMRBUS",
        ),
        (
            "Floods hit Bangladesh this week. Roads in Bangladesh were closed. "
            "Karim said his lawyer had sued the bank.",
            "lawyer",
            "BGDJUD",
        ),
    ],
)
def test_a_home_body_of_an_unknown_owner_is_of_the_setting(analyzer, text, noun, code):
    assert codes_at(mention_codes(analyzer, text), noun) == [code]


def test_a_home_body_of_a_known_owner_keeps_the_owners_country(analyzer):
    text = (
        "Floods hit Bangladesh this week. Roads in Bangladesh were closed. "
        "Indian Prime Minister Narendra Modi said his lawyers had sued the bank."
    )
    assert codes_at(mention_codes(analyzer, text), "lawyers") != ["BGDJUD"]


# ---------------------------------------------------------------- "the country" and "the two sides"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nigeria said it would expel the French ambassador. The country accused France of meddling.", "NGA"),
        ("Chile recalled its envoy from Bolivia on Monday. The country also summoned Bolivia's ambassador.", "CHL"),
    ],
)
def test_the_country_continues_the_subject_when_the_other_is_named_again(analyzer, text, code):
    assert codes_at(mention_codes(analyzer, text), "The country") == [code]


def test_the_country_after_a_compound_subject_stays_unlinked(analyzer):
    text = "Ethiopia and Sudan traded accusations. The country accused Egypt of backing rebels."
    assert codes_at(mention_codes(analyzer, text), "The country") == []


@pytest.mark.parametrize(
    ("text", "noun", "pair"),
    [
        (
            "Russian and Ukrainian negotiators met in Istanbul. Both sides agreed to exchange prisoners.",
            "Both sides",
            ["RUSGOV", "UKRGOV"],
        ),
        (
            "Armenia's prime minister met Azerbaijan's president in Washington. The two leaders signed a declaration.",
            "leaders",
            ["ARMGOV", "AZEGOV"],
        ),
        (
            "Thai and Cambodian officials held talks at the Kremlin. The two sides agreed to a ceasefire.",
            "The two sides",
            ["KHMGOV", "THAGOV"],
        ),
    ],
)
def test_a_pair_is_not_joined_by_the_place_it_met_in(analyzer, text, noun, pair):
    assert codes_at(mention_codes(analyzer, text), noun) == pair


def test_a_third_party_still_makes_the_pair_ambiguous(analyzer):
    text = "Russian and Ukrainian negotiators met Turkish officials. Both sides agreed to exchange prisoners."
    assert codes_at(mention_codes(analyzer, text), "Both sides") == []


def test_a_former_officials_we_is_their_country_in_an_interview(analyzer):
    text = (
        "VOA: What did you tell Taiwan? "
        "Richard Armitage, former U.S. deputy secretary of state: We brought a message of support to Taiwan. "
        "Lai said we are all open for dialogue. "
        "VOA: Thank you. Armitage: Thank you."
    )
    codes = mention_codes(analyzer, text)
    assert codes_at(codes, "We") == ["USA"]
    assert codes_at(codes, "we") == []  # Lai's words, reported by the speaker


def test_a_quote_inside_a_turn_is_its_own_speakers(analyzer):
    text = (
        "VOA: What does Beijing say? "
        "Armitage: China always says that “We respect the sovereignty of all states.” I do not believe it. "
        "VOA: Why? Armitage: Because I have seen the drills."
    )
    codes = mention_codes(analyzer, text)
    assert codes_at(codes, "We") != ["USA"]


def test_a_governor_is_of_the_city_he_governs(analyzer):
    codes = mention_codes(analyzer, "Governor Zorgo Mbaku imposed a curfew in Lagos.")
    assert codes_at(codes, "Zorgo Mbaku") == ["NGAGOV"]


# ---------------------------------------------------------------- "our" and "my" in a speaker's quote


@pytest.mark.parametrize(
    ("text", "noun", "code"),
    [
        ('"Our troops will stay in Syria," Turkish Defense Minister Zeki Bulut said.', "troops", "TURMIL"),
        (
            '"My government will not negotiate with terrorists," said Colombian President Ivan Duque.',
            "government",
            "COLGOV",
        ),
        ("“We condemn the attack on our embassy,” the Iranian foreign minister said.", "embassy", "IRNGOV"),
    ],
)
def test_our_and_my_in_a_quote_own_bodies_for_the_speaker(analyzer, text, noun, code):
    assert codes_at(mention_codes(analyzer, text), noun) == [code]


def test_our_of_a_speaker_who_speaks_for_no_body_stays_unowned(analyzer):
    codes = mention_codes(analyzer, '"Our farmers cannot sell their chickens," said a Cameroonian trader.')
    assert codes_at(codes, "farmers") == ["AGR"]


# ---------------------------------------------------------------- a visitor is not of the country visited


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The leader of the opposition flew to Washington to meet American officials.", "opposition"),
        ("The opposition leader visited Beijing to meet Chinese officials.", "opposition leader"),
        ("Student leaders traveled to Cairo to meet Egyptian officials.", "Student leaders"),
    ],
)
def test_a_local_agent_that_travels_to_the_country_is_not_its(analyzer, text, noun):
    code = codes_at(mention_codes(analyzer, text), noun)
    assert code and all(c is not None and len(c) == 3 for c in code), code


def test_a_local_agent_meeting_at_home_is_still_of_the_country(analyzer):
    codes = mention_codes(analyzer, "The leader of the opposition met Kenyan officials in Nairobi.")
    assert codes_at(codes, "opposition") == ["KENOPP"]


# ---------------------------------------------------------------- "him" is never its own clause's subject


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        (
            "Kenyan President Zorgo Mbaku arrived in Addis Ababa on Monday. "
            "He met Ethiopian Prime Minister Abiy Ahmed and urged him to resume talks with Egypt.",
            "urged",
            ("KENGOV", "ETHGOV"),
        ),
        (
            "Turkish Foreign Minister Zeki Bulut called Russian Foreign Minister Sergei Lavrov on Tuesday. "
            "Bulut urged him to extend the grain deal.",
            "urged",
            ("TURGOV", "RUSGOV"),
        ),
    ],
)
def test_an_object_pronoun_skips_its_own_subject(analyzer, text, trigger, pair):
    assert pair in sides(analyzer, text, trigger)


def test_an_object_pronoun_with_two_others_in_view_stays_unlinked(analyzer):
    text = (
        "Kenyan President Zorgo Mbaku met Ethiopian Prime Minister Abiy Ahmed and Sudanese General Abdel Fattah "
        "al-Burhan. Mbaku urged him to accept a ceasefire."
    )
    assert codes_at(mention_codes(analyzer, text), "him") == []


# ---------------------------------------------------------------- "the city" that is attacked


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        ("Oleksandr, a volunteer in Kharkiv, said Russian forces shelled the city.", "shelled", ("RUSMIL", "UKR")),
        (
            "Israeli jets struck Khan Younis on Monday. Israeli tanks later stormed the town.",
            "stormed",
            ("ISRMIL", "PSE"),
        ),
        ("Sudan's army retook Omdurman last year. The RSF paramilitary attacked the city again.", "attacked", None),
    ],
)
def test_an_attacked_city_is_the_place_just_named(analyzer, text, trigger, pair):
    found = sides(analyzer, text, trigger)
    if pair is None:  # the attacker is no matter here: the target is the city's country
        assert any(t == "SDN" for _, t in found), found
    else:
        assert pair in found, found


def test_a_city_as_a_scene_or_after_two_countries_stays_unlinked(analyzer):
    codes = mention_codes(analyzer, "Protesters gathered in Nairobi. Police fired tear gas in the city.")
    assert codes_at(codes, "the city") == []
    codes = mention_codes(analyzer, "Russian troops crossed from Belarus into Ukraine. Missiles struck the capital.")
    assert codes_at(codes, "the capital") == []


# ---------------------------------------------------------------- "they" in a spokesperson's reported words


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        (
            "A Peruvian Agriculture Ministry official said they are negotiating to import wheat from Argentina.",
            "negotiating",
            ("PERGOV", "ARG"),
        ),
        ("A Hamas official said they had accepted the Egyptian proposal.", "accepted", ("PSEREB", "EGY")),
        ("A police spokesman in Lagos said they arrested 20 protesters.", "arrested", ("NGACOP", "NGAOPP")),
    ],
)
def test_they_after_a_spokesperson_is_the_body(analyzer, text, trigger, pair):
    assert pair in sides(analyzer, text, trigger)


def test_they_in_a_clause_joined_to_another_subject_is_not_the_body(analyzer):
    codes = mention_codes(
        analyzer, "A Kenyan police spokesman said the protesters threw stones and they were arrested."
    )
    assert codes_at(codes, "they") != ["KENCOP"]


def test_they_after_a_minister_is_left_alone(analyzer):
    codes = mention_codes(analyzer, "The Turkish foreign minister said they would meet Syrian officials next week.")
    assert codes_at(codes, "they") == []
