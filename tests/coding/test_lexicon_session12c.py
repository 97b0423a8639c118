"""Lexicon pass 16 (session 12, round 3): the nouns of sanctions tightened or extended and of missiles launched,
boats chased and warships tailed at sea, humanitarian goods shipped or supplied, and monitors withdrawn.

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
        # sanctions tightened, extended or expanded as nouns (163), eased or lifted (085): the source is the owner,
        # the target the sanctions' own "on"/"against"
        ("The EU's tightening of sanctions on Iran angered Tehran.", ("IGO", "IRN", "163")),
        ("Washington's tightening of sanctions against Venezuela drew criticism.", ("USA", "VEN", "163")),
        ("Britain announced an extension of sanctions on Russia.", ("GBR", "RUS", "163")),
        ("Japan's expansion of sanctions against North Korea was welcomed.", ("JPN", "PRK", "163")),
        ("Canada's extension of its sanctions on Belarus took effect on Monday.", ("CAN", "BLR", "163")),
        ("The U.S. lifting of sanctions on Cuba was praised.", ("USA", "CUB", "085")),
        ("Australia's easing of sanctions on Fiji surprised observers.", ("AUS", "FJI", "085")),
        # missiles, rockets, drones, airstrikes and offensives launched or fired, as nouns (194, 195, 190)
        ("Iran's launch of missiles at Saudi Arabia alarmed the region.", ("IRN", "SAU", "194")),
        ("North Korea's launch of rockets toward Japan was condemned.", ("PRK", "JPN", "194")),
        ("Hezbollah's launch of rockets at Israel continued overnight.", ("LBN", "ISR", "194")),
        ("Russia's launch of drones at Ukraine lasted for hours.", ("RUS", "UKR", "195")),
        ("Israel's firing of shells at Lebanon killed two people.", ("ISR", "LBN", "194")),
        ("Turkey's launch of airstrikes against Syria drew protests.", ("TUR", "SYR", "195")),
        ("Ukraine's launch of an offensive against Russia surprised Moscow.", ("UKR", "RUS", "190")),
        ("The Houthis' firing of missiles at Israel triggered sirens.", ("YEM", "ISR", "194")),
        # boats chased (off) are harassed (170, as "harassed"); warships tailed, shadowed or buzzed, and aircraft
        # intercepted by jets, are a show of force (150)
        ("Chinese coast guard ships chased Philippine patrol boats near the shoal.", ("CHN", "PHL", "170")),
        ("Iranian speedboats chased a British tanker in the Gulf.", ("IRN", "GBR", "170")),
        ("Chinese vessels chased away Vietnamese fishing boats.", ("CHN", "VNM", "170")),
        ("Russian warships tailed a Dutch frigate in the Baltic.", ("RUS", "NLD", "150")),
        ("A Chinese destroyer tailed an American warship through the strait.", ("CHN", "USA", "150")),
        ("Russian jets shadowed a British spy plane over the Black Sea.", ("RUS", "GBR", "150")),
        ("Russian fighters buzzed a U.S. destroyer in the Baltic Sea.", ("RUS", "USA", "150")),
        ("Iranian boats harassed an American warship in the Strait of Hormuz.", ("IRN", "USA", "170")),
        ("Chinese coast guard vessels harassed Philippine supply boats.", ("CHN", "PHL", "170")),
        ("A Chinese jet harassed an Australian patrol aircraft.", ("CHN", "AUS", "170")),
        ("Russian jets intercepted a Norwegian patrol plane.", ("RUS", "NOR", "150")),
        # medicine, medical supplies, food and vaccines shipped, delivered, supplied or sent are humanitarian aid (073)
        ("China shipped medical supplies to Italy.", ("CHN", "ITA", "073")),
        ("Turkey shipped food to Gaza.", ("TUR", "PSE", "073")),
        ("India shipped vaccines to Nepal.", ("IND", "NPL", "073")),
        ("Russia delivered vaccines to Serbia.", ("RUS", "SRB", "073")),
        ("Egypt delivered medical supplies to Sudan.", ("EGY", "SDN", "073")),
        ("Jordan supplied medicine to Syria.", ("JOR", "SYR", "073")),
        ("Qatar supplied food to Afghanistan.", ("QAT", "AFG", "073")),
        ("Japan supplied vaccines to Vietnam.", ("JPN", "VNM", "073")),
        ("Cuba sent vaccines to Venezuela.", ("CUB", "VEN", "073")),
        ("The United Arab Emirates shipped humanitarian supplies to Lebanon.", ("ARE", "LBN", "073")),
        ("Germany provided medical supplies to Ukraine.", ("DEU", "UKR", "073")),
        # monitors, observers and peacekeepers withdrawn end an international mission (166, not a military retreat);
        # said of the future, it is the threat to end one (136)
        ("The Arab League will withdraw its monitors from Syria.", ("IGO", "SYR", "136")),
        ("The OSCE withdrew its monitors from Ukraine.", ("IGO", "UKR", "166")),
        ("The United Nations withdrew its observers from Mali.", ("IGO", "MLI", "166")),
        ("Russia withdrew its peacekeepers from Azerbaijan.", ("RUS", "AZE", "166")),
    ],
)
def test_nouns_harassment_relief_and_monitors(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # thieves, suspects and rivals chased, candidates shadowed, a ranking tailed: no side harassed
        ("Police chased a thief through the streets of Manila.", {"170", "150"}),
        ("Kenyan police chased a suspect across the border into Uganda.", {"170", "150"}),
        ("British reporters shadowed the French candidate during the campaign.", {"150", "170"}),
        ("German fans chased their Dutch rivals through the streets.", {"150", "170"}),
        ("Chinese investors chased Australian assets.", {"170", "150"}),
        ("The Indian airline tailed a Pakistani flight in the rankings.", {"150"}),
        # a satellite, a fund, visas or trade launched or extended are no attack or sanction; a coach fired no shell
        ("The Russian launch of a satellite was watched by China.", {"194", "195", "190"}),
        ("Japan's launch of a new fund for Africa was welcomed by Kenya.", {"194", "195", "190"}),
        ("Britain's extension of visas for Ukrainians was welcomed by Kyiv.", {"163"}),
        ("China's expansion of trade with Brazil continued.", {"163"}),
        ("The firing of the Mexican coach angered Brazil.", {"194", "195"}),
        ("The Nigerian union's launch of a general strike against the government of Ghana.", {"190"}),
        # goods traded are no aid or arms; an ambassador withdrawn is diplomacy (161), not a mission ended
        ("China shipped steel to Italy.", {"073", "072"}),
        ("France withdrew its ambassador from Mali.", {"166"}),
        ("Monitors from the EU observed the vote in Kenya.", {"166", "0356", "0874"}),
        # troops withdrawn in the future stay an intent to de-escalate, not a threat to end a mission
        ("Russia will withdraw its troops from Syria.", {"136", "166"}),
    ],
)
def test_other_senses_are_no_event(analyzer, text: str, codes: set[str]):
    found = {c for s, t, c in country_triples(analyzer, text) if s and t and s != t}
    assert not found & codes, (text, country_triples(analyzer, text))


def test_rows():
    rows = lexicon.patterns()
    # a general strike launched is a protest: its row comes before the attack row, whose objects name "strike"
    launch = rows[("N", "launch")]
    general = next(p for p in launch if p.code == "143")
    attack = next(p for p in launch if p.code == "190")
    assert general.line < attack.line
    # humanitarian goods shipped come before the bare "supply" row of goods shipped (070)
    ship = rows[("V", "ship")]
    relief = next(p for p in ship if p.code == "073" and p.objects and "medical" in p.objects)
    goods = next(p for p in ship if p.code == "070" and p.objects and "supply" in p.objects)
    assert relief.line < goods.line
    # monitors withdrawn are named with observers and inspectors (166)
    assert any(p.code == "166" and p.objects and "monitor" in p.objects for p in rows[("V", "withdraw")])
