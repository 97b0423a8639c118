"""Lexicon pass 12 (session 9, third round): rows that demand an object, and the objects force verbs aim at.

"Hit", "strike", "take out" and "knock out" are everyday verbs ("hit a record", "struck a deal", "took out a loan",
"knocked Argentina out of the cup"); their force rows code only on what armed force is aimed at (the `struck` word
class: military sites, hideouts, convoys, vessels, infrastructure) and, for "hit", a town or city or fighters. Places
named as such ("territory") stay out of the "hit" row: "U.S. tariffs hit China" is no attack. "Bomb" has no sense
but force, so its row takes any place.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country_triples

from dyadwatch.coding import lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # force verbs on what force is aimed at
        ("Russian forces hit an energy facility in the Kharkiv region.", ("RUS", "UKR", "190")),
        ("Russia hit Ukraine's power grid again on Tuesday.", ("RUS", "UKR", "190")),
        ("Ukrainian drones hit a Russian oil refinery in Saratov.", ("UKR", "RUS", "195")),
        ("Saudi jets hit a Houthi convoy in Yemen.", ("SAU", "YEM", "195")),
        ("Ukraine hit a Russian warship in the Black Sea.", ("UKR", "RUS", "190")),
        ("Israeli jets hit militants in Gaza.", ("ISR", "PSE", "195")),
        ("The U.S. struck Houthi targets in Yemen.", ("USA", "YEM", "190")),
        ("The Pentagon said U.S. forces struck Islamic State militants in Syria.", ("USA", "IMG", "190")),
        ("Ukraine took out a Russian air defense system.", ("UKR", "RUS", "190")),
        ("Israeli troops took out Hamas fighters in Rafah.", ("ISR", "PSE", "190")),
        ("Ukrainian forces knocked out a Russian radar station.", ("UKR", "RUS", "190")),
        # "bomb" has no everyday sense: a named place bombed is an air strike (195), not a bomb planted (183)
        ("Israel bombed Gaza.", ("ISR", "PSE", "195")),
        ("Turkish jets bombed Kurdish villages in northern Iraq.", ("TUR", "IRQ", "195")),
        # agreements reached, requests and complaints made
        ("Pakistan and India reached a truce.", ("PAK", "IND", "057")),
        ("Armenia and Azerbaijan reached a settlement.", ("ARM", "AZE", "057")),
        # (session 18, lexcoop r1: a request for a loan is an appeal for economic aid, CAMEO 0231, not the bare 020)
        ("Nigeria made a request to the IMF for a loan.", ("NGA", "IGO", "0231")),
        ("Iran made a formal request to Iraq.", ("IRN", "IRQ", "020")),
        ("Iraq made a formal complaint to Turkey.", ("IRQ", "TUR", "114")),
        # missiles and bombers moved are forces mobilized, as troops and warships moved
        ("China moved bombers closer to Taiwan.", ("CHN", None, "154")),
        # patrols conducted alone are a show of force (150); joint ones are military cooperation (062)
        ("The Chinese coast guard conducted patrols near the Philippines.", ("CHN", None, "150")),
        ("China and Russia conducted joint patrols near Japan.", ("CHN", "RUS", "062")),
        # aggression "toward" a side, as "aggression against"
        ("Russia's aggression towards Ukraine continued.", ("RUS", "UKR", "190")),
    ],
)
def test_force_and_object_rows(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Turkish lira hit a record low against the dollar.", {"190"}),
        ("Chinese stocks hit a three-year high.", {"190"}),
        ("German exports to China hit their lowest level in years.", {"190"}),
        ("U.S. tariffs hit China hard.", {"190"}),
        ("China's economic slowdown hit Germany.", {"190"}),
        ("The storm hit a power plant in Texas.", {"190"}),
        ("The Iranian government took out a loan from China.", {"190"}),
        ("Canada took out ads in U.S. newspapers.", {"190"}),
        ("Brazil knocked Argentina out of the World Cup.", {"190"}),
        ("Iran struck a deal with China.", {"190"}),
        ("Brazil's president hit back at Washington.", {"190"}),
        ("Kenya made history by hosting the summit.", {"020", "173"}),
    ],
)
def test_everyday_senses_are_no_force(analyzer, text: str, codes: set[str]):
    found = {c for _, _, c in country_triples(analyzer, text)}
    assert not found & codes, (text, country_triples(analyzer, text))


def test_struck_class_holds_sites_not_places_or_people():
    struck = lexicon.word_classes()["struck"]
    assert {"target", "base", "convoy", "refinery", "facility", "infrastructure", "warship"} <= struck
    # a named place is "territory": "tariffs hit Canada" must not be an attack, so places are the rows' choice
    assert not {"territory", "country", "region", "area", "people", "civilian", "record", "loan"} & struck
    rows = lexicon.patterns()
    hit = [p for p in rows[("V", "hit")] if p.code == "190"]
    assert hit and all(struck <= p.objects and "territory" not in p.objects for p in hit)
    bomb = [p for p in rows[("V", "bomb")] if p.code == "195"]
    assert any(struck <= p.objects and "territory" in p.objects for p in bomb)
