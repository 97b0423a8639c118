"""Lexicon pass 14 (session 12): event nouns of verbs that had rows, everyday verbs of wire news with no row, and
the other senses of the same words that must stay no event.

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
        # a clampdown is a crackdown (170), on protesters a repression of them (175)
        ("Russia's clampdown on Georgian migrants angered Tbilisi.", ("RUS", "GEO", "170")),
        ("Beijing's clampdown on Taiwanese businesses drew criticism.", ("CHN", "TWN", "170")),
        # retaliation or a reprisal against a side is force used on it (190)
        ("Israel's retaliation against Iran was limited.", ("ISR", "IRN", "190")),
        ("Pakistan's reprisal against India came within days.", ("PAK", "IND", "190")),
        ("Ukraine's retaliation against Russia hit an oil depot.", ("UKR", "RUS", "190")),
        ("Armenia's retaliation against Azerbaijan was swift.", ("ARM", "AZE", "190")),
        # a border or crossing reopened is a blockade eased (0872); an embassy reopened restores ties (050)
        ("Turkey's reopening of its border with Armenia eased trade.", ("TUR", "ARM", "0872")),
        ("Jordan's reopening of the border crossing with Syria eased trade.", ("JOR", "SYR", "0872")),
        # an envoy summoned is a formal complaint (114)
        ("Germany's summoning of the Russian ambassador angered Moscow.", ("DEU", "RUS", "114")),
        ("Poland's summoning of the Belarusian envoy followed the incident.", ("POL", "BLR", "114")),
        ("Belgium's summoning of the Iranian ambassador followed the verdict.", ("BEL", "IRN", "114")),
        # opposition to a side's plan rejects it (120); talks or a visit cancelled (164, 161)
        ("China's opposition to the Japanese plan is firm.", ("CHN", "JPN", "120")),
        ("Turkey's opposition to Sweden's membership bid delayed the process.", ("TUR", "SWE", "120")),
        ("Hungary's opposition to Ukraine's accession bid was firm.", ("HUN", "UKR", "120")),
        ("India's cancellation of talks with Pakistan angered Islamabad.", ("IND", "PAK", "164")),
        # rockets or missiles fired, as the noun (194)
        ("North Korea's firing of missiles toward Japan alarmed Tokyo.", ("PRK", "JPN", "194")),
        # visas revoked (172)
        ("Canada's revocation of Iranian visas angered Tehran.", ("CAN", "IRN", "172")),
        # ties strengthened or severed, cooperation deepened, arms sent, as -ing nouns
        ("The strengthening of ties between India and Japan worries China.", ("IND", "JPN", "050")),
        ("Morocco's severing of ties with Iran surprised observers.", ("MAR", "IRN", "161")),
        ("The deepening of cooperation between Vietnam and India worries China.", ("VNM", "IND", "031")),
        ("Britain's sending of missiles to Ukraine angered Moscow.", ("GBR", "UKR", "072")),
        ("Canada's sending of weapons to Ukraine continued.", ("CAN", "UKR", "072")),
        # a side backed, financed or armed, as the noun with "of"; hostility "to"
        ("Iran's backing of Hezbollah angered Israel.", ("IRN", "LBN", "050")),
        ("Washington's backing of Israel drew protests in Jordan.", ("USA", "ISR", "050")),
        ("Tehran's financing of the Houthis worries Saudi Arabia.", ("IRN", "YEM", "071")),
        ("The West's arming of Ukraine angers Russia.", ("WST", "UKR", "072")),
        ("China's hostility to Taiwan is growing.", ("CHN", "TWN", "110")),
        # verbs of abuse in everyday news (111); blame shifted (112)
        ("Trump bashed Canada over dairy tariffs.", ("USA", "CAN", "111")),
        ("Russian state media demonized Ukraine.", ("RUS", "UKR", "111")),
        ("Serbia's president demonised Kosovo in a speech.", ("SRB", "KSV", "111")),
        ("North Korea slandered South Korea again.", ("PRK", "KOR", "111")),
        ("Iran defamed Saudi Arabia in a statement.", ("IRN", "SAU", "111")),
        ("Greece bashed Turkey over the migrants.", ("GRC", "TUR", "111")),
        ("China slandered Lithuania.", ("CHN", "LTU", "111")),
        ("Russia scapegoated Ukraine for the blast.", ("RUS", "UKR", "112")),
        ("China scapegoated the United States for the outbreak.", ("CHN", "USA", "112")),
        ("Britain rapped Iran over the detentions.", ("GBR", "IRN", "111")),
        ("The European Union rapped Hungary for its media law.", ("IGO", "HUN", "111")),
        ("Australia rapped China for the detention of a journalist.", ("AUS", "CHN", "111")),
        ("Venezuela inveighed against the United States at the summit.", ("VEN", "USA", "111")),
        # word classes widened: "dialog", contacts (talks), coordination (cooperation), a representative or a
        # chargé d'affaires (diplomats), asylum seekers written apart (migrants)
        ("Japan resumed dialog with North Korea.", ("JPN", "PRK", "046")),
        ("Seoul suspended contacts with Pyongyang.", ("KOR", "PRK", "164")),
        ("Lithuania recalled its representative from Taiwan.", ("LTU", "TWN", "161")),
        ("Slovakia expelled a Russian representative.", ("SVK", "RUS", "161")),
        ("Italy sent back asylum seekers to Libya.", ("ITA", "LBY", "174")),
        ("Greece returned asylum seekers to Turkey.", ("GRC", "TUR", "174")),
        # stances said of their holder
        ("India is unimpressed by Pakistan's offer.", ("IND", "PAK", "110")),
        ("Poland is unimpressed with Germany's response.", ("POL", "DEU", "110")),
        ("Iran is amenable to talks with the United States.", ("IRN", "USA", "036")),
        # rows that were already there, kept
        ("Mexico hailed Canada's decision.", ("MEX", "CAN", "051")),
        ("Japan backed the Philippines in the dispute.", ("JPN", "PHL", "051")),
        ("Poland slammed Germany over the pipeline.", ("POL", "DEU", "111")),
        ("Kenya spurned Somalia's offer.", ("KEN", "SOM", "120")),
        ("Russia's ban on Georgian wine hurt Tbilisi.", ("RUS", "GEO", "163")),
        ("Colombia's rebuke of Venezuela was sharp.", ("COL", "VEN", "111")),
        ("Lithuania's expulsion of Russian diplomats angered Moscow.", ("LTU", "RUS", "161")),
    ],
)
def test_news_nouns_and_verbs(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a car backed up, a wall slammed, a band's rap: no stance
        ("A driver in Peru backed the car into a wall.", {"051"}),
        ("A man from Chile slammed the door.", {"111"}),
        ("A singer from Nigeria rapped about poverty in Lagos.", {"111"}),
        # a ban on smoking by no actor, a clampdown on littering by a city is no foreign act
        ("A ban on smoking took effect in Ireland.", {"163", "172"}),
        # a rally behind a team, a storm's reopening of old wounds
        ("Fans in Brazil rallied behind their team against Argentina.", {"051"}),
        # a cancelled match, a closing ceremony, a firing squad, a bank's firing of staff
        ("The cancellation of the match between Spain and Italy disappointed fans.", {"161", "164"}),
        ("The closing ceremony in Japan drew athletes from France.", {"191", "161"}),
        ("A bank in Germany announced the firing of staff in France.", {"194", "195", "193"}),
        # the opposition party is no stance against its own government; opposition in a vote by no country
        ("The opposition in Venezuela called for new elections.", {"110", "120"}),
        # demanded extradition is asked for, not done; an extradition treaty; a firing squad; an opposition leader
        ("Britain and Thailand signed an extradition treaty.", {"063"}),
        ("A firing squad in Iran executed a man from Iraq.", {"194", "195"}),
        ("The opposition leader in Belarus fled to Lithuania.", {"110", "120"}),
        ("Turkey demanded the extradition of the cleric from the United States.", {"063"}),
        # a reopened school or shop is no border act
        ("The reopening of schools in Italy was welcomed by parents from Spain.", {"0872", "050"}),
        # a summons to court by no state
        ("A court in Kenya issued a summons to a businessman from Uganda.", {"114"}),
        # a vow of silence or of marriage
        ("A monk from Thailand took a vow of silence in India.", {"138"}),
        # a bashing of a car by a storm, a pan of the camera
        ("A storm in Cuba bashed boats against the pier in Florida.", {"111"}),
        # retaliation in a football match is no force between states
        ("A player from Ghana was sent off for retaliation against a Nigerian defender.", {"190"}),
        # contact lost with a ship, an unimpressed investor, charges withdrawn are no talks, stance or recall
        ("A company in Norway lost contact with a ship near Yemen.", {"164", "040"}),
        ("Investors in Brazil are unimpressed by the weather.", {"110"}),
        ("A sales representative from Italy was expelled from the meeting in Spain.", {"161"}),
        # a currency strengthened and letters sent are no ties or arms
        ("The strengthening of the dollar against the euro hurt exporters in Spain.", {"050", "060"}),
        ("The sending of letters from Chile to Peru was delayed.", {"072"}),
        # a singer backed by fans, a state's own schools funded, aggression among pupils or in a region
        ("The backing of the singer by fans in Brazil was loud.", {"050"}),
        ("Kenya's funding of its schools rose after talks with Uganda.", {"071"}),
        ("Aggression in schools in Britain is rising.", {"190"}),
        # aggression "in" a region is no force on a side named after it ("aggression in" is no row: it mostly names a
        # place, and the parser hangs a coordinated "ties with" on it)
        ("China's aggression in the region and its ties with Russia worry Japan.", {"190"}),
        # visas issued are no revocation
        ("Canada issued visas for Indian students.", {"172"}),
        # an arms deal backed by banks is no endorsement between states
        ("Japan's military backed the car off the ramp.", {"051"}),
    ],
)
def test_other_senses_are_no_event(analyzer, text: str, codes: set[str]):
    found = {c for s, t, c in country_triples(analyzer, text) if s and t and s != t}
    assert not found & codes, (text, country_triples(analyzer, text))


def test_classes_widened_and_words_left_out():
    classes = lexicon.word_classes()
    assert {"dialog", "contact"} <= classes["talks"]
    assert "coordination" in classes["cooperation"]
    assert {"chargé", "representative"} <= classes["diplomats"]
    # a bare "charge" is also a court's: "withdrew the charges" is no envoy recalled
    assert "charge" not in classes["diplomats"]
    assert "seeker" in classes["migrants"]


def test_rows_name_the_sense():
    rows = lexicon.patterns()
    # retaliation and a reprisal code force only with the side they are "against": "in retaliation for" is
    # the reason for another act, coded on that act's own verb
    assert all(p.words for p in rows[("N", "retaliation")])
    assert all(p.words for p in rows[("N", "reprisal")])
    # "rapped" takes its target from the object, not from the reason after "for" or "over"
    assert all(not p.words for p in rows[("V", "rap")])
    # opposition is also the opposition party: only "opposition to" is a stance
    assert all(p.words for p in rows[("N", "opposition")])
    # a reopening, summoning, closing or firing is coded only with the object that makes it a political act
    for head in ("reopening", "summoning", "closing", "firing", "cancellation", "revocation"):
        assert all(p.objects for p in rows[("N", head)]), head
