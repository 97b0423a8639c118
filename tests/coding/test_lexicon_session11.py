"""Lexicon pass 13 (session 11): the objects ordinary news puts after verbs whose rows named only the codebook's
phrasing, event nouns of verbs that had rows, stances in general English, and "moved to" as an announced step.

The sentences are written for this test (not taken from any gold set or annotated story): each checks that a
general phrasing reaches the CAMEO code the codebook gives it between the right countries, or that a row does not
fire on another sense of its word.
"""

from __future__ import annotations

import pytest
from dwtest import country_triples, make_article

from dyadwatch.coding import lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # insults, barbs and accusations swapped or exchanged (as "traded insults"); strikes and fire exchanged
        ("Ethiopia and Eritrea swapped insults.", ("ETH", "ERI", "111")),
        ("Venezuela and Guyana exchanged barbs over the Essequibo region.", ("VEN", "GUY", "111")),
        ("Armenia and Azerbaijan swapped accusations on Tuesday.", ("ARM", "AZE", "112")),
        ("Israel and Hezbollah exchanged strikes across the border.", ("ISR", "LBN", "190")),
        ("India and Pakistan swapped artillery fire along the frontier.", ("IND", "PAK", "190")),
        # the insult itself, or a tirade against a side
        ("Trump's insult to Canada angered Ottawa.", ("USA", "CAN", "111")),
        ("Maduro's tirade against the United States drew applause.", ("VEN", "USA", "111")),
        # visa and entry requirements eased or lifted
        ("Saudi Arabia eased visa requirements for Qatari citizens.", ("SAU", "QAT", "081")),
        ("Japan eased entry requirements for Chinese tourists.", ("JPN", "CHN", "081")),
        # a council statement, an appointment or sanctions blocked are rejected (120)
        ("Russia blocked a statement by the U.N. Security Council.", ("RUS", None, "120")),
        ("Hungary blocked new EU sanctions against Russia.", ("HUN", "IGO", "120")),
        # a corridor blocked by a state is a blockade (191), not protesters on a road (144)
        ("Azerbaijan blocked the Lachin corridor to Armenia.", ("AZE", "ARM", "191")),
        ("Egypt blocked the humanitarian corridor to Gaza.", ("EGY", "PSE", "191")),
        # levies and countermeasures (wordclasses.tsv sanctions); import duties as a noun
        ("Canada slapped levies on U.S. goods.", ("CAN", "USA", "163")),
        ("The EU imposed countermeasures on the United States.", ("IGO", "USA", "163")),
        ("Beijing lifted its levies on Australian wine.", ("CHN", "AUS", "085")),
        ("India's import duties on Chinese goods angered Beijing.", ("IND", "CHN", "163")),
        ("Washington's levy on Canadian lumber angered Ottawa.", ("USA", "CAN", "163")),
        ("The U.S. tariff hike on Chinese goods angered Beijing.", ("USA", "CHN", "163")),
        ("Russia's pullback of troops from the border with Ukraine eased tension.", ("RUS", "UKR", "0874")),
        # naval vessels and navy ships sent (the send rows); brigades and garrisons (wordclasses.tsv troops)
        ("Russia sent naval vessels toward Ukraine.", ("RUS", "UKR", "154")),
        ("Britain sent navy ships toward Iran.", ("GBR", "IRN", "154")),
        ("Israel sent an infantry brigade to the border with Lebanon.", ("ISR", "LBN", "154")),
        ("The United States withdrew its garrison from Iraq.", ("USA", "IRQ", "0874")),
        ("Russia stepped up troop deployments near Finland.", ("RUS", None, "154")),
        # a cessation of hostilities (wordclasses.tsv ceasefire); prisoners of war written POWs
        # (the appeal is made to the two sides its "between" names, who are to stop: session 19)
        ("The U.N. called for a cessation of hostilities between Israel and Hamas.", ("IGO", "ISR", "0256")),
        ("Russia and Ukraine swapped POWs.", ("RUS", "UKR", "0841")),
        # arms deliveries resumed are arms given (072), not aid (070) or trade (061); gas deliveries cut (160)
        ("Washington resumed arms deliveries to Ukraine.", ("USA", "UKR", "072")),
        ("Germany resumed weapons shipments to Israel.", ("DEU", "ISR", "072")),
        ("Russia cut gas deliveries to Poland.", ("RUS", "POL", "160")),
        # a news or internet blackout imposed on a side
        ("Iran imposed an internet blackout on Kurdish areas.", ("IRN", None, "1721")),
        # a call received from a side is that side's call (not aid received); a call had with a side
        ("Erdogan received a phone call from Putin.", ("RUS", "TUR", "041")),
        ("Macron had a phone call with Putin.", ("FRA", "RUS", "041")),
        ("Kenya received a visit from the Chinese foreign minister.", ("CHN", "KEN", "042")),
        # a barrage fired at a side; drones fired; territorial waters entered
        ("Hezbollah fired a barrage of rockets at Israel.", ("LBN", "ISR", "194")),
        ("Russia fired drones at Kyiv overnight.", ("RUS", "UKR", "195")),
        ("Chinese coast guard ships entered Japanese territorial waters.", ("CHN", "JPN", "150")),
        # stances said of their holder
        ("Japan is fearful of China.", ("JPN", "CHN", "110")),
        ("Ankara is infuriated by Sweden's decision.", ("TUR", "SWE", "110")),
        ("Poland is enthusiastic about Ukraine's accession.", ("POL", "UKR", "051")),
    ],
)
def test_news_objects_nouns_and_stances(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # jerseys and stories swapped are no insults or prisoners; a letter sent is no deployment
        ("The teams from Brazil and Argentina exchanged jerseys after the match.", {"111", "112", "0841", "190"}),
        ("Villagers in Peru swapped stories about the flood.", {"111", "112", "0841", "190"}),
        ("Russia and Iran exchanged drone technology.", {"190"}),
        ("Colombia sent a letter to Venezuela.", {"154", "042"}),
        # naval cooperation strengthened or increased is cooperation (060), no mobilization; naval training offered
        ("India and France strengthened naval cooperation.", {"154"}),
        ("Japan and the Philippines increased naval cooperation.", {"154"}),
        ("Russia offered naval training to Myanmar.", {"0334"}),
        ("Vietnam and India stepped up military cooperation.", {"154"}),
        # an army chief sent abroad is no deployment ("army" is kept out of the troops class)
        ("Pakistan sent its army chief to Saudi Arabia.", {"154"}),
        # a bank's lending requirements eased are no visa rules
        ("A bank in Chile eased lending requirements for firms from Peru.", {"081"}),
        # a call from a customer is nobody's telephone diplomacy
        ("A factory in Mexico received a call from a customer in Texas.", {"041", "070"}),
        # a levy on remittances or drinks is a tax, not a trade sanction
        ("Britain's levy on sugary drinks from France took effect.", {"163"}),
        # fishermen in the water are no show of force
        ("Fishermen from Peru entered the water near Chile at dawn.", {"150"}),
        # sailors back on duty are no import duty
        ("The sailors in Greece returned to duty after the storm.", {"163"}),
    ],
)
def test_other_senses_are_no_event(analyzer, text: str, codes: set[str]):
    found = {c for s, t, c in country_triples(analyzer, text) if s and t and s != t}
    assert not found & codes, (text, country_triples(analyzer, text))


def test_classes_widened_and_words_left_out():
    classes = lexicon.word_classes()
    assert {"brigade", "garrison"} <= classes["troops"]
    # "army" names chiefs and spokesmen as a compound ("army chief"), "naval" cooperation and training; embassy
    # staff stay envoys
    assert not {"army", "naval", "navy", "personnel"} & classes["troops"]
    assert {"levy", "countermeasure"} <= classes["sanctions"]
    # "duty" is also an office or a shift: rows name it, the class does not
    assert "duty" not in classes["sanctions"]
    assert "cessation" in classes["ceasefire"]
    assert {"pow", "inmate"} <= classes["prisoners"]
    rows = lexicon.patterns()
    # a bare "duty" noun would fire on "returned to duty"; only import, export and customs duties are rows
    assert all(p.words for p in rows[("N", "duty")])
    # a bare "requirement" is also a bank's lending rule: the easing rows name visa and entry instead
    assert all("requirement" not in (p.objects or ()) for p in rows[("V", "ease")])


@pytest.mark.parametrize(
    ("text", "code", "modality"),
    [
        # "moved to" is an announced step: the act keeps its own code, still to come
        ("Russia moved to expel two British diplomats.", "161", "future"),
        ("Britain moved quickly to impose sanctions on Belarus.", "163", "future"),
        # troops moved are moved now: no frame
        ("Russia moved troops to the border with Ukraine.", "154", "asserted"),
    ],
)
def test_moved_to_is_an_announced_step(analyzer, text: str, code: str, modality: str):
    record = analyzer.analyze(make_article(text))
    found = [(e.cameo, e.modality) for e in record.events]
    assert (code, modality) in found, (text, found)
