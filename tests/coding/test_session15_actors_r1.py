"""Actors pass (session 15, round 1): place names used as labels of a proposal or meeting ("the Cairo proposal"),
a country's neighbours as an unnamed group, bases named with their state, people placed by the scene of the
clause that tells what they did ("Hundreds of students protested in Dhaka"), by the dateline that opens the story
("DHAKA, Bangladesh —"), people fleeing a country, and places named with the side that holds them
("Russian-held Melitopol", "rebel-held Idlib").

The sentences are written for this test (not taken from any gold set or annotated story): each checks that the
actor of a general phrasing gets the right country or sector, or that a rule does not fire on another reading.
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs, mention_codes

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- a place as a label


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # a capital or city naming a proposal, initiative or meeting says where it was made, not whose side it is
        ("Israel rejected the Cairo proposal on Tuesday.", ("ISR", "EGYGOV")),
        ("Hamas welcomed the Doha proposals for a phased truce.", ("PSEREB", "QATGOV")),
        ("Sudan's army rejected the Jeddah initiative.", ("SDNMIL", "SAUGOV")),
        ("Armenia endorsed the Washington framework for peace with Azerbaijan.", ("ARM", "USAGOV")),
        ("The rebels praised the Nairobi meeting.", ("REB", "KENGOV")),
    ],
)
def test_place_labels_are_no_party(analyzer, text, bad):
    assert bad not in code_pairs(analyzer, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a country's own adjective or possessive on a proposal stays its side
        ("Israel rejected the Egyptian proposal on Tuesday.", ("ISR", "EGY")),
        ("Israel rejected Egypt's proposal on Tuesday.", ("ISR", "EGY")),
    ],
)
def test_own_proposals_keep_their_author(analyzer, text, pair):
    assert pair in code_pairs(analyzer, text)


# --------------------------------------------------------------------------- neighbours


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # a state's neighbours are other states the sentence does not name: no side, not the state's civilians
        ("Iran warned its neighbours against hosting American bases.", "IRNCVL"),
        ("Egypt urged the neighbours to respect the ceasefire.", "CVL"),
        ("China's neighbours criticized its military build-up.", "CHNCVL"),
        ("Ethiopia accused its neighbours of arming the rebels.", "ETHCVL"),
    ],
)
def test_neighbouring_states_are_no_civilians(analyzer, text, bad):
    codes = {c for pair in code_pairs(analyzer, text) for c in pair}
    assert bad not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lagos said the man's neighbours had heard gunshots.",
        "Her neighbours told reporters they had heard gunshots.",
    ],
)
def test_a_persons_neighbours_stay_civilians(analyzer, text):
    """A person's neighbours live next door: people, as before."""
    codes = [c for t, c in mention_codes(analyzer, text) if "neighbours" in t]
    assert codes and all(c and c.endswith("CVL") for c in codes), codes


# --------------------------------------------------------------------------- bases


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a base named with its state's adjective is that state's forces ("at the gate of" aims at what it houses)
        ("Militants detonated a car bomb at the gate of a Turkish military base in Mogadishu.", "TURMIL"),
        ("Iraqi militias fired rockets at a Russian air base near the border.", "RUSMIL"),
        ("Ukrainian drones struck a Russian naval base in the Black Sea.", "RUSMIL"),
        ("Rebels shelled a French base in northern Mali.", "FRAMIL"),
    ],
)
def test_bases_of_a_named_state(analyzer, text, pair):
    found = code_pairs(analyzer, text)
    assert any(t == pair for _, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a "base" of another kind names no forces
        "China's industrial base grew faster than expected.",
        "The U.S. manufacturing base depends on imports from Mexico.",
    ],
)
def test_other_bases_are_no_forces(analyzer, text):
    codes = [c for _, c in mention_codes(analyzer, text)]
    assert not any(c and c.endswith("MIL") for c in codes), codes


def test_a_base_named_by_place_alone_is_no_side(analyzer):
    """ "the Ramstein base": a place's name on a base says where it is, not whose forces it houses."""
    found = code_pairs(analyzer, "Protesters rallied outside the Ramstein base on Saturday.")
    assert not any(t and t.startswith("DEU") for _, t in found)


# --------------------------------------------------------------------------- a counted crowd and its scene


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "Hundreds of X protested in Y": the parser hangs the verb on the count, the scene still places the crowd
        ("Hundreds of students protested in Dhaka against the government.", "BGDEDU"),
        ("Thousands of farmers marched in Paris against the trade deal.", "FRAAGR"),
        ("Dozens of nurses protested in Nairobi over unpaid wages.", "KENHLH"),
    ],
)
def test_counted_crowd_at_a_scene(analyzer, text, code):
    codes = [c for _, c in mention_codes(analyzer, text)]
    assert code in codes, codes


def test_counted_crowd_without_a_scene_stays_unplaced(analyzer):
    codes = [c for _, c in mention_codes(analyzer, "Hundreds of students protested against the new fees.")]
    assert "EDU" in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a dateline with its country names where the story is set: the first sentence's people are of it
        ("DHAKA, Bangladesh — Hundreds of students protested outside parliament on Monday.", "BGDEDU"),
        ("HARARE, Zimbabwe — Teachers went on strike on Tuesday over unpaid salaries.", "ZWEEDU"),
    ],
)
def test_dateline_sets_the_first_sentence(analyzer, text, code):
    codes = [c for _, c in mention_codes(analyzer, text)]
    assert code in codes, codes


# --------------------------------------------------------------------------- people fleeing a country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # people fleeing a country, or a war in it, are its refugees
        ("The UN will provide food to refugees fleeing the fighting in Myanmar.", "MMRREF"),
        ("Chad opened its border to refugees fleeing Sudan.", "SDNREF"),
        ("Poland sheltered thousands of civilians fleeing the war in Ukraine.", "UKR"),
        ("Kenya gave land to refugees fleeing the civil war in Somalia, officials said.", "SOMREF"),
        ("Greece rescued dozens of migrants who fled the violence in Libya.", "LBY"),
    ],
)
def test_people_fleeing_a_country(analyzer, text, code):
    codes = [c for _, c in mention_codes(analyzer, text)]
    assert any(c and c.startswith(code) for c in codes), codes


def test_refugees_fleeing_to_a_country_are_not_its_own(analyzer):
    codes = [c for _, c in mention_codes(analyzer, "Thousands of refugees fled to Chad on Monday.")]
    assert "TCDREF" not in codes, codes


def test_refugees_in_a_country_stay_unplaced(analyzer):
    """Refugees in a country are not its own (the older rule): only where they fled from places them."""
    codes = [c for _, c in mention_codes(analyzer, "Aid workers said refugees in Uganda lacked clean water.")]
    assert "UGAREF" not in codes


# --------------------------------------------------------------------------- places named with their holder


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a place named as held, occupied or controlled by a side is that side's when it is acted on
        ("Ukrainian drones struck the Russian-occupied city of Melitopol.", ("UKRMIL", "RUS")),
        ("Ukrainian drones attacked Russian-held Sevastopol on Sunday.", ("UKRMIL", "RUS")),
        ("Syrian forces shelled rebel-held Idlib.", ("SYRMIL", "SYRREB")),
        ("Saudi jets bombed Houthi-controlled Hodeidah.", ("SAUMIL", "YEMREB")),
    ],
)
def test_held_places_are_their_holders(analyzer, text, pair):
    assert pair in code_pairs(analyzer, text)


def test_held_place_keeps_its_residents(analyzer):
    """The people of a held place are still its own people: the holder is the place's side, not theirs."""
    codes = [c for _, c in mention_codes(analyzer, "Residents of Russian-occupied Melitopol protested on Sunday.")]
    assert not any(c and c.startswith("RUS") and c != "RUS" for c in codes), codes


def test_a_hosted_base_is_no_side(analyzer):
    """A base built, hosted or closed is a facility: the state that hosts it acts on no forces."""
    codes = [c for _, c in mention_codes(analyzer, "Cambodia denied hosting a Chinese naval base on its coast.")]
    assert "CHNMIL" not in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Palestinians in the Israeli-occupied West Bank protested.",
        "Israeli troops raided a village in the Israeli-occupied West Bank.",
    ],
)
def test_a_held_place_named_as_the_scene_keeps_its_state(analyzer, text):
    """Where things happen is the land's own state: only a held place acted on is its holder's."""
    codes = [c for t, c in mention_codes(analyzer, text) if "West Bank" in t]
    assert codes and all(c == "PSE" for c in codes), codes


# --------------------------------------------------------------------------- a story that moves


MOVED = (
    "The United States cut its aid budget on Monday. Washington said the cuts would hit programs in many countries. "
    "The U.S. Congress approved them. In Nairobi, Kenya's health ministry warned of a shortage of drugs. Kenya has "
    "recorded 300 cholera deaths this year. Teachers went on strike on Tuesday over unpaid salaries."
)


def test_a_story_that_moved_sets_its_people_where_it_is_now(analyzer):
    """Half the country words before name the United States, but the last sentences are all Kenya's."""
    codes = [c for t, c in mention_codes(analyzer, MOVED) if t == "Teachers"]
    assert codes == ["KENEDU"], codes


def test_a_story_split_between_two_countries_sets_nothing(analyzer):
    text = (
        "The United States cut its aid budget on Monday. Kenya's health ministry warned of a shortage of drugs. "
        "Washington said the cuts would hit Kenya and Uganda. Teachers went on strike on Tuesday over unpaid salaries."
    )
    codes = [c for t, c in mention_codes(analyzer, text) if t == "Teachers"]
    assert codes == ["EDU"], codes


# --------------------------------------------------------------------------- a named UN body


def test_un_commission_on_the_continental_shelf(analyzer):
    pairs = code_pairs(
        analyzer, "China urged the Commission on the Limits of the Continental Shelf to reject the claim."
    )
    assert ("CHN", "IGOUNO") in pairs, pairs


# --------------------------------------------------------------------------- "a group of X said they ..."


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "they" after a collective subject are the people it gathers or counts
        ("A group of Kenyan opposition leaders said they would sue the electoral commission.", "KENOPP"),
        ("Some of the Malian rebels said they would attack the army base.", "MLIREB"),
        ("A delegation of Chinese officials announced that they would visit Brazil.", "CHNGOV"),
    ],
)
def test_they_after_a_collective_subject(analyzer, text, pair):
    found = code_pairs(analyzer, text)
    assert any(s == pair for s, _ in found), found


# --------------------------------------------------------------------------- what a local group protests is no company


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a state's police acting on a local group make it theirs; a country named only in what the group protests
        # or demands is its topic, not a second country beside it
        (
            "Turkish police stopped a march staged by students in Ankara to protest the sending of troops to Iraq.",
            "TUREDU",
        ),
        ("Kenyan police dispersed students who marched to demand that Uganda release their classmates.", "KENEDU"),
    ],
)
def test_topics_of_a_protest_do_not_unplace_the_protesters(analyzer, text, code):
    codes = [c for t, c in mention_codes(analyzer, text) if "students" in t]
    assert codes and all(c == code for c in codes), codes


def test_where_people_come_from_is_no_topic(analyzer):
    """ "people arriving from India": a clause on the noun that says where they come from keeps them unplaced."""
    codes = [
        c
        for t, c in mention_codes(analyzer, "Italy tightened the rules on people arriving from India.")
        if t == "people"
    ]
    assert codes and not any(c and c.startswith("ITA") for c in codes), codes


def test_a_second_country_beside_the_group_still_unplaces_it(analyzer):
    """ "Kenyan police and Ugandan officials questioned students": two states beside the students, whose is unsure."""
    codes = [
        c
        for t, c in mention_codes(analyzer, "Kenyan police and Ugandan officials questioned students.")
        if t == "students"
    ]
    assert codes == ["EDU"], codes
