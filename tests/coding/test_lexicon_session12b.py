"""Lexicon pass 15 (session 12, round 2): another state's waters and airspace entered, military goods named in
general given as arms, places taken told from persons arrested by a word class, and wary stances.

The sentences are written for this test (not taken from any gold set or annotated story): each checks that a
general phrasing reaches the CAMEO code the codebook gives it between the right countries, or that a row does not
fire on another sense of its word.
"""

from __future__ import annotations

import pytest
from dwtest import country_triples

from dyadwatch.coding import lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # another state's waters or airspace entered, violated or intruded into is a show of force (150), as the
        # rows for "entered its territorial waters" and "violated its airspace" have it
        ("China's coast guard entered Japanese waters.", ("CHN", "JPN", "150")),
        ("Chinese coast guard vessels entered Philippine waters.", ("CHN", "PHL", "150")),
        ("Two Russian bombers entered Japanese airspace on Tuesday.", ("RUS", "JPN", "150")),
        ("Chinese military aircraft entered Philippine airspace.", ("CHN", "PHL", "150")),
        ("Russian warships entered Estonian waters.", ("RUS", "EST", "150")),
        ("Iranian boats entered Kuwaiti waters.", ("IRN", "KWT", "150")),
        ("Chinese fishing vessels entered Indonesian waters.", ("CHN", "IDN", "150")),
        ("North Korean drones entered South Korean airspace.", ("PRK", "KOR", "150")),
        ("Turkish jets violated Greek waters.", ("TUR", "GRC", "150")),
        ("Pakistani jets violated Indian airspace.", ("PAK", "IND", "150")),
        ("A Russian drone crossed into Polish airspace.", ("RUS", "POL", "150")),
        ("A Russian drone strayed into Romanian airspace.", ("RUS", "ROU", "150")),
        ("Russian jets strayed into Swedish airspace.", ("RUS", "SWE", "150")),
        # military hardware, systems, vehicles and equipment given are arms (072), not a show of force (154)
        ("Germany is sending air defense systems to Ukraine.", ("DEU", "UKR", "072")),
        ("Poland sent military equipment to Ukraine.", ("POL", "UKR", "072")),
        ("Belarus sent military equipment to Russia.", ("BLR", "RUS", "072")),
        ("Iran sent military hardware to Russia.", ("IRN", "RUS", "072")),
        ("Britain sent armored vehicles to Ukraine.", ("GBR", "UKR", "072")),
        ("Russia delivered military equipment to Mali.", ("RUS", "MLI", "072")),
        ("France delivered air defense systems to Ukraine.", ("FRA", "UKR", "072")),
        ("Turkey supplied armored vehicles to Ukraine.", ("TUR", "UKR", "072")),
        ("Israel supplied military equipment to India.", ("ISR", "IND", "072")),
        ("China shipped military equipment to Serbia.", ("CHN", "SRB", "072")),
        ("The United States transferred military equipment to Taiwan.", ("USA", "TWN", "072")),
        ("Britain provided armored vehicles to Ukraine.", ("GBR", "UKR", "072")),
        ("The Netherlands delivered fighter jets to Ukraine.", ("NLD", "UKR", "072")),
        ("South Korea supplied artillery shells to the United States.", ("KOR", "USA", "072")),
        ("North Korea sent artillery shells to Russia.", ("PRK", "RUS", "072")),
        # places taken are occupied (192); persons captured are arrested (173)
        ("Russia captured the town of Bakhmut from Ukraine.", ("RUS", "UKR", "192")),
        ("Ukrainian troops seized the town of Kupiansk from Russia.", ("UKR", "RUS", "192")),
        ("Israeli forces took control of the city of Rafah.", ("ISR", "PSE", "192")),
        ("Azerbaijan seized the town of Shusha from Armenia.", ("AZE", "ARM", "192")),
        ("Ethiopian troops captured the Eritrean town of Badme.", ("ETH", "ERI", "192")),
        ("Russian troops captured a Ukrainian village near Donetsk.", ("RUS", "UKR", "192")),
        ("Sudanese troops seized an Ethiopian town.", ("SDN", "ETH", "192")),
        ("Russia took over the Ukrainian city of Kherson.", ("RUS", "UKR", "192")),
        ("Russian forces captured the outskirts of Kharkiv.", ("RUS", "UKR", "192")),
        ("Russian forces captured Ukrainian positions near Bakhmut.", ("RUS", "UKR", "192")),
        ("Iraqi police captured a Syrian militant in Mosul.", ("IRQ", "SYR", "173")),
        ("Turkish police captured an Iranian spy.", ("TUR", "IRN", "173")),
        ("Pakistani forces captured an Indian pilot.", ("PAK", "IND", "173")),
        ("Ukraine captured two Russian soldiers.", ("UKR", "RUS", "173")),
        # wary of a side or unfriendly toward it is disapproval (110), as "leery of" and "hostile to"
        ("Japan is wary of China.", ("JPN", "CHN", "110")),
        ("India remains wary of Pakistan.", ("IND", "PAK", "110")),
        ("Poland is wary of Germany's plans.", ("POL", "DEU", "110")),
        ("Saudi Arabia is wary about Iran.", ("SAU", "IRN", "110")),
        ("Kenya is unfriendly toward Somalia.", ("KEN", "SOM", "110")),
        ("Colombia is unfriendly to Venezuela.", ("COL", "VEN", "110")),
        # rows that were already there, kept
        ("Vietnam is leery of China's intentions.", ("VNM", "CHN", "110")),
        ("Lithuania is distrustful of Russia.", ("LTU", "RUS", "110")),
        ("Egypt is suspicious of Ethiopia.", ("EGY", "ETH", "110")),
    ],
)
def test_waters_arms_places_and_stances(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # troops and warships sent stay a show of force; envoys and delegations sent are no arms
        ("Russia sent troops to Belarus.", {"072"}),
        ("Ukraine sent a delegation to Turkey.", {"072", "154"}),
        ("France sent its defense minister to India.", {"072", "154"}),
        ("China sent its foreign minister to Pakistan.", {"072", "154"}),
        # relief goods sent or delivered stay relief
        ("Japan sent medical equipment to Turkey.", {"072", "154"}),
        ("Germany sent rescue equipment to Morocco.", {"072", "154"}),
        ("Italy sent firefighting aircraft to Greece.", {"072", "154"}),
        # goods traded are no arms
        ("China supplied telecom equipment to Iran.", {"072"}),
        ("Germany delivered energy equipment to Ukraine.", {"072"}),
        ("Iran supplied oil to Syria.", {"072"}),
        ("Qatar delivered gas to Britain.", {"072"}),
        # waters entered by swimmers, markets entering bear territory, a traveller crossing a border
        ("A Japanese swimmer entered the waters off Australia.", {"150"}),
        ("China's economy entered deflationary territory, worrying the United States.", {"150"}),
        ("Japanese shares entered bear market territory as China slowed.", {"150"}),
        ("A German tourist entered French territory by train.", {"150"}),
        ("Syrian refugees crossed into Turkey.", {"150"}),
        # attention, a market share or a mood captured is no arrest or occupation; a passport seized no territory
        ("Indian police captured the attention of Pakistani viewers.", {"173", "192"}),
        ("Chinese firms captured a large share of the Kenyan market.", {"173", "192"}),
        ("The Brazilian film captured the mood in Argentina.", {"173", "192"}),
        ("Kenyan police seized the passport of an Ugandan activist.", {"192"}),
        # wary of risk or of the weather is no stance toward a side
        ("Japanese investors are wary of risk after China's slowdown.", {"110"}),
        ("German tourists are wary of the weather in Spain.", {"110"}),
    ],
)
def test_other_senses_are_no_event(analyzer, text: str, codes: set[str]):
    found = {c for s, t, c in country_triples(analyzer, text) if s and t and s != t}
    assert not found & codes, (text, country_triples(analyzer, text))


def test_classes_and_rows():
    classes = lexicon.word_classes()
    # military goods named in general; a bare "equipment" is no member (telecom or energy equipment is trade)
    assert {"hardware", "system", "vehicle"} <= classes["materiel"]
    assert "equipment" not in classes["materiel"]
    # places for the occupation rows; no person is one
    assert {"town", "city", "village", "territory", "outskirts"} <= classes["places"]
    assert not classes["places"] & {"soldier", "militant", "pilot", "spy", "leader"}
    rows = lexicon.patterns()
    send = rows[("V", "send")]
    arms = next(p for p in send if p.code == "072" and p.objects and "equipment" in p.objects)
    force = next(p for p in send if p.code == "154")
    relief = next(p for p in send if p.code == "073" and p.objects and "medical" in p.objects)
    # among rows of equal requirements the first wins: "sent medical equipment" is relief, "sent military
    # equipment" arms (the show-of-force row also takes the modifier "military")
    assert relief.line < arms.line < force.line
    # "crossed into" names no bare territory: a named place answers as "territory", and refugees cross into one
    assert all("territory" not in (p.objects or ()) for p in rows[("V", "cross")])
    assert all("territory" not in (p.objects or ()) for p in rows[("V", "enter")] if p.code == "150")
    # the bare "capture" stays an arrest: persons are arrested, places (named in the class) occupied
    assert any(p.code == "173" and not p.objects for p in rows[("V", "capture")])
