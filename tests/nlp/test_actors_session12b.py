"""Actors of session 12, second round: actors a reader places that were left without a country, or placed wrongly,
by kind. People killed or hurt in an attack on a place are that place's people; a crew or ships owned by "its"
are the owner's, a nationality on a crew is theirs; a first name that is a country's ("Jordan Bardella") is part
of a person's name; "the Horn of Africa nation", "the Balkan country" describe the one country of that region
named before; "the jihadists" after a group named only as a modifier ("a Boko Haram camp") are that group; "the
X side" is X; "ethnic X in Y" live in Y. Beside each kind are readings that must not resolve: tourists and
foreigners named as such, the attacker's own troops, a region with two of its countries named, a country name
before a place."""

from __future__ import annotations

import pytest
from dwtest import event_rows, has_event, has_side

pytestmark = pytest.mark.slow

# (text, trigger word, source code prefix, target code prefix): the sides a reader gives the act
RESOLVED = [
    # people killed or hurt in an attack on a place are that place's people
    ("Russia struck Kyiv overnight, killing 12 civilians.", "killing", "RUS", "UKR"),
    ("Israeli strikes on Gaza killed 30 people.", "killed", "ISR", "PSE"),
    # the air strike is the act (195), the killing its harm: one event, the noun's (session 14)
    ("Saudi-led airstrikes on Sanaa killed 14 civilians.", "airstrikes", "SAU", "YEM"),
    ("Russian missiles hit Kharkiv on Tuesday, killing three residents.", "killing", "RUS", "UKR"),
    ("Pakistani jets bombed Kandahar, killing eight villagers.", "killing", "PAK", "AFG"),
    ("Turkey shelled northern Syria on Monday, wounding six civilians.", "wounding", "TUR", "SYR"),
    ("Azerbaijani forces shelled Armenia overnight, injuring 20 people.", "injuring", "AZE", "ARM"),
    ("Sudan's army bombed a market in Nyala, killing 40 people.", "killing", "SDNMIL", "SDN"),
    ("A bomb in Mogadishu killed five soldiers.", "killed", None, "SOM"),
    ("A car bomb in Baghdad killed eight people.", "killed", None, "IRQ"),
    ("Israel's airstrike on Beirut killed four people, Lebanese officials said.", "airstrike", "ISR", "LBN"),
    # what "its" owns is the owner's, and a nationality on a crew or ship is its own
    (
        "The Philippine coast guard said Chinese vessels rammed its boats near the shoal.",
        "rammed",
        "CHN",
        "PHL",
    ),
    ("Houthi rebels attacked a tanker and its British crew.", "attacked", "YEM", "GBR"),
    ("Somali pirates boarded the tanker and kidnapped its Indian crew.", "kidnapped", "SOM", "IND"),
    ("Iran seized a tanker and detained its Greek crew.", "detained", "IRN", "GRC"),
    ("Japan's coast guard said a Chinese ship rammed its patrol boat.", "rammed", "CHN", "JPN"),
    ("The Vietnamese navy said Chinese ships harassed its fishing boats.", "harassed", "CHN", "VNM"),
    # a known person whose first name is a country's keeps their own code; a country that is no given name, or
    # before more than a first name and a surname, stays the country
    ("Israel Katz accused Iran of funding Hezbollah.", "accused", "ISR", "IRN"),
    ("Chad Mahamat Deby met Macron.", "met", "TCD", "FRA"),
    # a region's description for the one country of that region named before
    ("Eritrea closed its border. The Horn of Africa nation accused Ethiopia of aggression.", "accused", "ERI", "ETH"),
    (
        "Djibouti hosted talks on Monday. The Horn of Africa country also urged Somalia to hold elections.",
        "urged",
        "DJI",
        "SOM",
    ),
    ("Qatar freed two hostages. The Gulf state also urged Israel to halt the offensive.", "urged", "QAT", "ISR"),
    ("Serbia recalled its envoy. The Balkan country accused Kosovo of provocations.", "accused", "SRB", "KSV"),
    ("Lithuania closed two border posts. The Baltic state accused Belarus of hybrid attacks.", "accused", "LTU", "BLR"),
    (
        "Kyrgyzstan sent troops to the border. The Central Asian republic accused Tajikistan of shelling villages.",
        "accused",
        "KGZ",
        "TJK",
    ),
    (
        "Nepal signed a power deal with India. The Himalayan nation also invited China to invest.",
        "invited",
        "NPL",
        "CHN",
    ),
    (
        "Moldova applied to join the EU. The Eastern European country accused Russia of meddling.",
        "accused",
        "MDA",
        "RUS",
    ),
    # "the jihadists", "the militants" after a group named only as a modifier
    (
        "Nigerian troops raided a Boko Haram camp on Monday. The jihadists later ambushed a Nigerian army convoy.",
        "ambushed",
        "NGAREB",
        "NGA",
    ),
    (
        "Somali forces captured an al-Shabab base near Kismayo. The militants later attacked Somali troops.",
        "attacked",
        "SOMREB",
        "SOM",
    ),
    # "the X side" is X
    ("The Chinese side urged Japan to stop the patrols.", "urged", "CHN", "JPN"),
    ("The Russian side accused Ukraine of shelling the plant.", "accused", "RUS", "UKR"),
    # an armed body loyal to someone is of that one's country
    ("Forces loyal to Assad shelled Idlib.", "shelled", "SYRMIL", "SYR"),
    ("Fighters loyal to Khalifa Haftar attacked Tripoli.", "attacked", "LBY", "LBY"),
    ("Troops loyal to Gbagbo attacked a UN base.", "attacked", "CIV", "IGO"),
    # large cities that are no capital are their country's ground
    ("Police in Abidjan arrested 20 protesters.", "arrested", "CIVCOP", "CIV"),
    ("Police in Casablanca detained five activists.", "detained", "MARCOP", "MAR"),
    # "ethnic X" living in a named country are people of that country
    ("Ethnic Albanians in Macedonia attacked a police station.", "attacked", "MKD", None),
    ("Ethnic Russians in eastern Ukraine protested against Kyiv.", "protested", "UKR", "UKR"),
    ("Ethnic Serbs in northern Kosovo blocked roads to protest against Pristina.", "protest", "KSV", "KSV"),
]

# (text, trigger word, side "source"/"target", code prefix the side must NOT have): readings that must not resolve
UNRESOLVED = [
    # foreigners named as such are not the place's people
    ("Russia struck Kyiv, killing two Israeli tourists.", "killing", "target", "UKR"),
    ("An explosion in Kabul killed two Chinese engineers.", "killed", "target", "AFG"),
    ("Russia shelled Kherson on Monday, killing five foreign volunteers.", "killing", "target", "UKR"),
    ("Israeli strikes on Gaza killed two Israeli hostages.", "killed", "target", "PSE"),
    ("A bomb in Istanbul killed four tourists.", "killed", "target", "TUR"),
    ("Russian strikes on Odesa killed three foreigners.", "killed", "target", "UKR"),
    # the attacker's own troops are not the place's
    ("Ukraine struck Donetsk, killing 12 Russian soldiers.", "killing", "target", "UKR"),
    ("Russia shelled Kharkiv by mistake, killing 12 of its own soldiers.", "killing", "target", "UKR"),
    # people acted on in another's act joined to the attack are not placed by it
    ("Israel struck Lebanon and Hezbollah killed two soldiers.", "killed", "target", "LBN"),
    # a place named as the attackers' base, not as what they hit
    ("Militants from Gaza fired rockets at Israel, killing two people.", "killing", "target", "PSE"),
    # "its" for a place, not the owner
    ("Chinese vessels rammed Philippine boats near the shoal and damaged its reef.", "rammed", "target", "CHN"),
    # a first name that is a country's, before a surname that is no place, is part of a person's name
    ("Jordan Bardella met voters in Lyon.", "met", "source", "JOR"),
    ("Chad Wolf criticized Mexico over the border.", "criticized", "source", "TCD"),
    ("India Walton criticized the police.", "criticized", "source", "IND"),
    # "its" on what a captor takes after a ship is the ship's, not the captor's
    ("Iran seized a tanker and detained its crew.", "detained", "target", "IRN"),
    # a country name before a place is that place ("Jordan Valley" is no person)
    ("Israel seized land in the Jordan Valley on Monday.", "seized", "source", "JOR"),
    # a region with two of its countries named before is either
    (
        "Latvia and Estonia held talks. The Baltic state later accused Russia of hybrid attacks.",
        "accused",
        "source",
        "LVA",
    ),
    # the doers of an attack on a place are not that place's
    ("Armed groups attacked Israel on Monday, killing three soldiers.", "attacked", "source", "ISR"),
    ("Protesters stormed Tripoli and attacked Libya's parliament.", "stormed", "source", "LBY"),
    (
        "Kenya and Somalia signed a deal. The Horn of Africa nation later accused Ethiopia of meddling.",
        "accused",
        "source",
        "KEN",
    ),
    # a description of a region other than the country named
    ("Egypt sent aid to Sudan. The Gulf state later urged Iran to free the sailors.", "urged", "source", "EGY"),
    # loyal to two sides: neither
    ("Militias loyal to Iran and Syria attacked a US base.", "attacked", "source", "IRN"),
    # "ethnic X" abroad with no place stay X; with the place named only as a visit, they are not that place's
    ("Ethnic Albanians traveled to Serbia to protest against Belgrade.", "protest", "source", "SRB"),
]


@pytest.mark.parametrize(("text", "word", "source", "target"), RESOLVED)
def test_sides_a_reader_places(analyzer, text, word, source, target):
    rows = event_rows(analyzer, text, "cameo")
    assert has_event(rows, word, source, target), rows


@pytest.mark.parametrize(("text", "word", "side", "code"), UNRESOLVED)
def test_sides_that_stay_unplaced(analyzer, text, word, side, code):
    rows = event_rows(analyzer, text, "cameo")
    assert not has_side(rows, word, side, code), rows
