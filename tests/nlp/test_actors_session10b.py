"""Actors of session 10, round 2: a pair of countries just named stands for "both governments", "the two leaders";
a country that is only what talks are about is no side of the pair; "bilateral" maps to the pair of states in view;
"X-led" makes X the one who leads an act as "X" alone does; a "whose" owner wins over the place a body is in. Each
positive case comes with the reading that must stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, make_article, mention_codes

pytestmark = pytest.mark.slow


def sides(analyzer, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes of the events whose trigger starts with ``trigger``."""
    return {(s, t) for s, a, t in event_triples(analyzer, text) if a.split()[0] == trigger}


def pairs(analyzer, text: str) -> dict[str, tuple[str | None, str | None]]:
    """The word of each "bilateral" the mentions map to a pair of states, with the pair's codes."""
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return {doc[i].text: (a.code, b.code) for i, (a, b) in doc._.dw_mentions.pairs.items()}


# ---------------------------------------------------------------- a pair of countries as "both governments"


@pytest.mark.parametrize(
    ("text", "word", "codes"),
    [
        ("Kenya and Ethiopia have long disputed the border. Both governments condemned the attack.", "governments",
         ["ETHGOV", "KENGOV"]),
        ("Germany and France are close allies. The two governments signed a defense pact.", "governments",
         ["DEUGOV", "FRAGOV"]),
        ("India and China held border talks. The two leaders agreed to ease tensions.", "leaders",
         ["CHNGOV", "INDGOV"]),
        ("Talks in Geneva brought Iran and the United States together. Both governments praised the outcome.",
         "governments", ["IRNGOV", "USAGOV"]),
    ],
)  # fmt: skip
def test_a_pair_of_countries_stands_for_both_governments(analyzer, text, word, codes):
    assert codes_at(mention_codes(analyzer, text), word) == codes


def test_both_governments_act_on_each_other(analyzer):
    text = "Germany and France are close allies. The two governments signed a defense pact."
    assert sides(analyzer, text, "signed") == {("DEUGOV", "FRAGOV"), ("FRAGOV", "DEUGOV")}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # three countries: no pair
        ("Japan, South Korea and China met on Monday. Both governments agreed to talk again.", "governments"),
        # a country talked about is no side
        ("Kenya hosted talks on Sudan. Both governments welcomed the plan.", "governments"),
        ("Kenya hosted talks on Sudan. The two countries signed a deal.", "countries"),
        # leaders of a party are no pair of states
        ("India and China held border talks. Opposition leaders criticized the deal.", "Opposition leaders"),
    ],
)
def test_no_pair_in_view_leaves_the_plural_uncoded(analyzer, text, word):
    assert all(c in {None, "GOV", "OPP"} for c in codes_at(mention_codes(analyzer, text), word))


# ---------------------------------------------------------------- "bilateral"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ruto flew to Addis Ababa to meet Abiy Ahmed. Ruto held bilateral talks on trade.", {"ETH", "KEN"}),
        ("Kenya and Ethiopia signed a border deal. Ruto also held bilateral talks on trade.", {"ETH", "KEN"}),
        ("Poland and Germany disagree on energy. Warsaw wants more bilateral trade.", {"POL", "DEU"}),
    ],
)
def test_bilateral_maps_to_the_pair_of_states_in_view(analyzer, text, pair):
    found = pairs(analyzer, text)
    assert list(found) == ["bilateral"]
    assert {(code or "")[:3] for code in found["bilateral"]} == pair


@pytest.mark.parametrize(
    "text",
    [
        "Ruto held bilateral talks on trade.",  # one state
        "Kenya hosted the leaders of Uganda and Tanzania. They held bilateral talks.",  # three
        "Kenya hosted talks on Sudan. Ruto held bilateral talks on trade.",  # Sudan is only the topic
    ],
)
def test_bilateral_without_exactly_two_states_names_no_pair(analyzer, text):
    assert pairs(analyzer, text) == {}


# ---------------------------------------------------------------- "X-led"


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        # the air strike is the act (195) and the killing its harm: one event, the noun's (session 14)
        ("Saudi-led airstrikes killed 20 civilians in Yemen.", "airstrikes", ("SAU", "YEMCVL")),
        ("A French-led offensive killed 10 militants in Mali.", "killed", ("FRA", "MLIREB")),
        ("U.S.-led strikes hit the town.", "strikes", ("USA", None)),
    ],
)
def test_the_country_before_led_leads_the_act(analyzer, text, trigger, side):
    assert side in sides(analyzer, text, trigger)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The Saudi-led coalition bombed Sanaa.", "The Saudi-led coalition", "SAUMIL"),
        ("Iranian-backed militias attacked U.S. troops in Iraq.", "militias", "IRQREB"),  # a backer is no side
        ("Russian-backed separatists shelled the city.", "separatists", "REB"),
    ],
)
def test_led_bodies_are_the_leaders_and_backed_bodies_their_own(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_a_backer_does_not_strike(analyzer):
    assert not any(s and s.startswith("IRN") for s, _ in sides(analyzer, "Iranian-backed strikes hit the base.", "hit"))


# ---------------------------------------------------------------- "whose"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Kenya, whose police are deployed in Haiti, condemned the attack.", "police", "KENCOP"),
        ("Egypt, whose mediators are in Qatar, urged calm.", "mediators", "EGYGOV"),
        ("Israel, whose troops entered Gaza, rejected the plan.", "troops", "ISRMIL"),
        ("Ruto, whose government faces protests, fired his cabinet.", "government", "KENGOV"),
        # a body's people are the body, as "Hamas's leaders" are; the UN's troops are its force
        ("Hamas, whose officials met Egyptian mediators, rejected the plan.", "officials", "PSEREB"),
        ("The United Nations, whose troops are deployed in Lebanon, urged calm.", "troops", "IGOUNOMIL"),
        # the leaders of a non-state side are of its sector
        ("Protesters, whose leaders were arrested in Moscow, marched.", "leaders", "OPP"),
        ("Rebels, whose commanders met in Doha, rejected the deal.", "commanders", "REB"),
    ],
)
def test_a_whose_owner_wins_over_the_place(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_without_whose_the_scene_still_places(analyzer):
    mentions = mention_codes(analyzer, "The minister said police arrested protesters in Cairo.")
    assert codes_at(mentions, "police") == ["EGYCOP"]


# ---------------------------------------------------------------- capitals and weapons (pinned readings)


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        ("Zelenskyy visited Washington on Monday.", "visited", ("UKRGOV", "USAGOV")),
        ("Moscow warned Kyiv against joining NATO.", "warned", ("RUSGOV", "UKRGOV")),
        ("Beijing criticized Washington over the tariffs.", "criticized", ("CHNGOV", "USAGOV")),
    ],
)
def test_a_capital_as_a_side_is_its_government(analyzer, text, trigger, side):
    assert side in sides(analyzer, text, trigger)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The United States deployed Marines to the Gulf.", "Marines", "USAMIL"),
        ("South Korean Marines fired back.", "South Korean Marines", "KORMIL"),
        ("The Marines landed in Okinawa.", "Marines", "MIL"),  # troops are as often abroad
    ],
)
def test_marines_are_a_force_of_the_state_that_has_them(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


def test_weapon_names_are_no_actors(analyzer):
    text = "Britain supplied Storm Shadow missiles and Challenger tanks to Ukraine, and Russia fired Kinzhal missiles."
    assert {c for _, c in mention_codes(analyzer, text) if c} == {"GBR", "UKR", "RUS"}
