"""Actors of session 9, round 3: sides missing or on the wrong country. A bare surname after a listed person's full
name is that person, titled or not ("President Lai" after "Lai Ching-te"), not a stranger the title and the
sentence's other country would code; a country before a compound names the body in it ("a Nigerian army base");
"democracies" are states; a person in apposition to a post serves the body the post is of ("X, a spokesman for
the Somali army"); an appositive never turns a listed body into a person; a chain of appositives renames the first
noun. Each positive case comes with the reading that must stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, mention_codes

pytestmark = pytest.mark.slow


def sides(analyzer, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes of the events whose trigger starts with ``trigger``."""
    return {(s, t) for s, a, t in event_triples(analyzer, text) if a.split()[0] == trigger}


# ---------------------------------------------------------------- a listed person's later surname


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Officials met Lai Ching-te in Taipei. Three days after President Lai took office, China held drills.",
            "TWNGOV",
        ),
        (
            "Lee Jae-myung won the election in June. A day after President Lee took office, North Korea fired "
            "missiles into the sea.",
            "KORGOV",
        ),
        ("Lai Ching-te spoke in Taipei. Later, Dr. Lai said China must stop its drills.", "TWNGOV"),
    ],
)
def test_a_later_surname_is_the_listed_person(analyzer, text, code):
    mentions = mention_codes(analyzer, text)
    later = [c for t, c in mentions if t in {"Lai", "Lee", "President Lai", "President Lee", "Dr. Lai"}]
    assert later and set(later) == {code}, mentions


def test_another_person_of_that_surname_keeps_their_own_code(analyzer):
    # "Lee Hae-chan" is not "Lee Jae-myung": their words differ, so the appositive codes him
    text = "Lee Jae-myung met Japanese officials. Lee Hae-chan, a North Korean diplomat, criticized Seoul."
    assert codes_at(mention_codes(analyzer, text), "Lee Hae-chan") == ["PRKGOV"]


def test_a_surname_two_listed_people_share_is_not_forced_on_either(analyzer):
    text = "Officials met Lai Ching-te and Jimmy Lai. Three days later President Lai said China must stop."
    assert "TWNGOV" not in codes_at(mention_codes(analyzer, text), "Lai")


# ---------------------------------------------------------------- a country before a compound


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        ("The rebels attacked a Nigerian army base.", "attacked", ("REB", "NGAMIL")),
        ("Hamas fired rockets at an Israeli army post.", "fired", ("PSEREB", "ISRMIL")),
        ("Ukraine's drones hit a Russian army depot.", "hit", ("UKRMIL", "RUSMIL")),
    ],
)
def test_a_country_before_a_compound_names_its_body(analyzer, text, trigger, pair):
    assert pair in sides(analyzer, text, trigger)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Gunmen stormed a Pakistani police station.", "Pakistani police", "PAKCOP"),
        ("An Indian navy contingent marched in the parade.", "Indian navy", "INDMIL"),
    ],
)
def test_the_compound_body_is_one_placed_mention(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized a Russian-made army truck.",  # made in Russia: no Russian army
        "A British army veteran criticized the Russian government.",  # a veteran has left the army
    ],
)
def test_a_country_elsewhere_in_the_phrase_places_no_body(analyzer, text):
    assert codes_at(mention_codes(analyzer, text), "army") == [None]


def test_a_border_country_does_not_place_the_base_hit(analyzer):
    # the border's country, not the base's; the base hit is an (unplaced) army's, a side of the attack
    text = "Militants attacked an army base near the Nigerian border."
    assert codes_at(mention_codes(analyzer, text), "army") == ["MIL"]


# ---------------------------------------------------------------- democracies


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        ("Many other democracies have been threatened by China.", "threatened", ("CHN", "GOV")),
        ("Russia accused Western democracies of meddling.", "accused", ("RUS", "WST")),
        ("European democracies condemned the coup in Niger.", "condemned", ("EURGOV", "NER")),
    ],
)
def test_democracies_are_states(analyzer, text, trigger, pair):
    assert pair in sides(analyzer, text, trigger)


def test_democracy_the_system_is_no_actor(analyzer):
    assert not codes_at(mention_codes(analyzer, "China says democracy has failed in the West."), "democracy")


# ---------------------------------------------------------------- a person in apposition to a post


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Ahmed Ali, a spokesman for the Somali army, accused al-Shabab of killing civilians.", "accused", "SOMMIL"),
        ("Jean Dupont, an adviser to the French president, met Algerian officials.", "met", "FRAGOV"),
        ("Li Wei, a spokesman for the Chinese foreign ministry, criticized Japan.", "criticized", "CHNGOV"),
        ("Juan Perez, a member of the Mexican Senate, criticized the United States.", "criticized", "MEXLEG"),
    ],
)
def test_a_post_s_holder_serves_its_body(analyzer, text, trigger, source):
    assert source in {s for s, _ in sides(analyzer, text, trigger)}


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        # a critic of a government is no part of it
        ("Ivan Petrov, a critic of the Russian government, accused the Kremlin of fraud.", "Ivan Petrov", "RUSGOV"),
        # an ambassador to a country is another country's envoy there
        ("John Smith, an ambassador to France, met Macron.", "John Smith", "FRAGOV"),
        # a lawyer for a family serves no state
        ("Sara Cohen, a lawyer for the Kenyan family, spoke to reporters.", "Sara Cohen", "KENGOV"),
    ],
)
def test_a_body_the_person_does_not_serve_gives_no_code(analyzer, text, person, wrong):
    assert wrong not in codes_at(mention_codes(analyzer, text), person)


# ---------------------------------------------------------------- appositives of listed bodies and chains


def test_an_appositive_never_makes_a_listed_body_a_person(analyzer):
    mentions = mention_codes(analyzer, "Boko Haram, the jihadist group, kidnapped students in Nigeria.")
    assert codes_at(mentions, "Boko Haram") == ["NGAREB"]


def test_a_titled_name_is_still_a_person(analyzer):
    text = "Kenyan President Zorgo Mbaku, a former lawyer, criticized Uganda."
    assert codes_at(mention_codes(analyzer, text), "Kenyan President Zorgo Mbaku") == ["KENGOV"]


def test_a_chain_of_appositives_renames_the_first(analyzer):
    text = "An Indian warship, the INS Imphal, a stealth destroyer, visited Port Louis."
    assert codes_at(mention_codes(analyzer, text), "destroyer") == ["INDMIL"]
    assert ("INDMIL", "MUSGOV") in sides(analyzer, text, "visited")


def test_an_appositive_of_an_unplaced_noun_stays_unplaced(analyzer):
    text = "The destroyer, a stealth ship, visited Port Louis."
    assert "INDMIL" not in {c for _, c in mention_codes(analyzer, text)}


# ---------------------------------------------------------------- a trade named by its sector


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        (
            "Cameroon's national poultry sector, which imports chicks from Europe, has struggled.",
            "imports",
            ("CMRBUS", "EUR"),
        ),
        ("Russian missiles struck Ukraine's energy sector.", "struck", ("RUS", "UKRBUS")),
        ("The Kenyan tourism sector urged the government to lift the curfew.", "urged", ("KENBUS", "GOV")),
    ],
)
def test_a_trade_s_sector_is_its_business(analyzer, text, trigger, pair):
    assert pair in sides(analyzer, text, trigger)


@pytest.mark.parametrize(
    "text", ["The security sector in Mali is weak.", "Jobs in the public sector were cut in Ghana."]
)
def test_the_state_s_sectors_are_no_business(analyzer, text):
    assert "BUS" not in {(c or "")[-3:] for _, c in mention_codes(analyzer, text)}


def test_a_listed_person_s_name_in_a_body_s_name_stays_the_body(analyzer):
    text = "Joe Biden spoke on Monday. The Biden administration has made clear that it will fight corruption."
    assert codes_at(mention_codes(analyzer, text), "The Biden administration") == ["USAGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "The Alliance of Democracies, headquartered in Copenhagen, was sanctioned by Beijing.",
        "Delegates recalled the failure of the League of Nations.",
    ],
)
def test_states_in_a_body_s_name_are_no_states(analyzer, text):
    assert not [c for t, c in mention_codes(analyzer, text) if t in {"Democracies", "Nations"}]


def test_a_body_of_journalists_keeps_its_sector(analyzer):
    text = "The Federation of Journalists condemned the arrest."
    assert codes_at(mention_codes(analyzer, text), "Journalists") == ["MED"]


@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        (
            "MEXICO CITY – President Claudia Sheinbaum said over the weekend that she had rejected a proposal from "
            "President Donald Trump, telling him that Mexico's sovereignty was not for sale.",
            "she",
            "MEXGOV",
        ),
        (
            "NAIROBI – President William Ruto said on Monday that he had rejected a proposal from the IMF.",
            "he",
            "KENGOV",
        ),
    ],
)
def test_a_capitals_dateline_stands_between_no_pronoun_and_its_speaker(analyzer, text, pronoun, code):
    # the parser makes the dateline a second subject of the first sentence: it is a label, no antecedent
    assert codes_at(mention_codes(analyzer, text), pronoun) == [code]
