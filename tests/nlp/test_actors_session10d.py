"""Actors of session 10, round 4: a country adjective on a town or area ("in the Kenyan capital", "in a Ugandan
town") places the role-only agents of its clause as the place's own name would; an object "them" after "he", "she"
or "it" is the one plural actor the sentence before names ("X met Kenyan officials. He thanked them"). Each positive
case comes with the reading that must stay as it was."""

from __future__ import annotations

import pytest
from dwtest import codes_at, event_triples, mention_codes

pytestmark = pytest.mark.slow


def sides(analyzer, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes of the events whose trigger starts with ``trigger``."""
    return {(s, t) for s, a, t in event_triples(analyzer, text) if a.split()[0] == trigger}


# ---------------------------------------------------------------- a country adjective on a place noun as the scene


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Police in the Kenyan capital arrested two journalists.", "Police", "KENCOP"),
        ("Police in the Kenyan capital arrested two journalists.", "journalists", "KENMED"),
        ("Security forces clashed with protesters in the Ethiopian capital.", "protesters", "ETHOPP"),
        ("Police arrested dozens of students in a Ugandan town on Monday.", "students", "UGAEDU"),
        ("Militants attacked a police station in a Pakistani province.", "Militants", "PAKREB"),
    ],
)  # fmt: skip
def test_a_country_adjective_on_a_place_noun_places_the_clause(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a border has two sides
        ("Rebels attacked a village near the Syrian border.", "Rebels", "REB"),
        # troops are as often abroad: the scene does not place them
        ("Soldiers fired on protesters in the Sudanese city of Omdurman.", "Soldiers", "MIL"),
    ],
)  # fmt: skip
def test_a_border_or_troops_stay_unplaced(analyzer, text, word, code):
    assert codes_at(mention_codes(analyzer, text), word) == [code]


# ---------------------------------------------------------------- object "them": the one plural of the sentence before


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        ("Haiti's prime minister met Kenyan officials. He thanked them for the troops.", "thanked",
         ("HTIGOV", "KENGOV")),
        ("The Nigerian president met Chinese investors in Abuja. He urged them to build factories.", "urged",
         ("NGAGOV", "CHNBUS")),
        ("Ghana's foreign ministry summoned Russian diplomats on Monday. It accused them of spying.", "accused",
         ("GHAGOV", "RUSGOV")),
    ],
)  # fmt: skip
def test_object_them_is_the_one_plural_before(analyzer, text, trigger, pair):
    assert pair in sides(analyzer, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a noun subject of its own: "them" may be a singular "them" for the activist
        ("Police arrested the activist. Officials later released them.", "released"),
        ("Police arrested the activist. The court released them.", "released"),
        # two plurals before: either could be "them"
        ("The Kenyan minister met Ethiopian officials in Addis Ababa to discuss refugees. He thanked them.", "thanked"),
    ],
)  # fmt: skip
def test_object_them_stays_open_when_ambiguous(analyzer, text, trigger):
    assert {t for _, t in sides(analyzer, text, trigger)} == {None}
