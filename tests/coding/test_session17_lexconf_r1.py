"""Lexicon pass over CAMEO roots 10-20 (session 17, round 1, lexconf): wordings written fresh, code by code.

Each code of roots 10 to 20 was written out in the ways wire news says it (verbs, phrasal verbs, event nouns,
passives, verb chains), one sentence per wording, before the coder was run; the misses that a general row fixes:

- "took exception to" is disapproval (110); "representations" made or lodged are an official complaint (114);
  "legal" action or steps taken against a side are a suit (115), not the use of force the bare "took action" is.
- Aid refused by its kind (1223 humanitarian or medical, 1221 a bailout, loan or credit), as aid cut by its kind
  already was; "refused food" stays a hunger strike (142).
- Police mobilised add police power (153) and an army or troops mobilised add armed force (154); the bare verb stays
  the show of force (150). A "build-up" (the tagger splits it at the hyphen) is a military build-up (154).
- Economic, development, financial or budget aid stopped, cut, frozen, paused or withheld is economic aid
  reduced (1621).
- Goods of a named kind banned ("banned Australian coal") are an embargo (163), as imports banned are; parties
  placed or put "under sanctions", or on an "entity list", are sanctioned (163).
- Bombs dropped that carry a chemical agent ("chlorine bombs") are chemical weapons used (2041); pepper spray fired
  is repression (175) as tear gas is.

SAMPLE is one in five of the fresh sentences that already passed, kept so that later rows do not lose them; NEG are
the same words in readings that are no event of that root ("the threat of rain", "a protest song").
The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country_triples, main_coded_countries

from dyadwatch.coding import lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("India took exception to China's remarks.", ("110", "IND", "CHN")),
        ("China made stern representations to the Philippines.", ("114", "CHN", "PHL")),
        ("Britain took legal action against Russia.", ("115", "GBR", "RUS")),
        ("North Korea refused humanitarian aid from the United States.", ("1223", "PRK", "USA")),
        ("Greece turned down an EU loan.", ("1221", "GRC", "IGO")),
        ("Britain mobilised extra police.", ("153", "GBR", "GBR")),
        ("Armenia mobilized its army.", ("154", "ARM", "ARM")),
        ("Chinese military build-up opposite Taiwan continued.", ("154", "CHN", None)),
        ("The Chinese build-up continued.", ("154", "CHN", None)),
        ("Washington suspended economic aid to Egypt.", ("1621", "USA", "EGY")),
        ("Germany halted development aid to Niger.", ("1621", "DEU", "NER")),
        ("The Netherlands cut development assistance.", ("1621", "NLD", None)),
        ("China banned Australian coal.", ("163", "CHN", "AUS")),
        ("Russia banned Georgian wine.", ("163", "RUS", "GEO")),
        ("The US banned Chinese chips.", ("163", "USA", "CHN")),
        ("China put US defence firms on its entity list.", ("163", "CHN", "USA")),
        ("The US placed Iranian officials under sanctions.", ("163", "USA", "IRN")),
        ("Syrian forces dropped chlorine bombs.", ("2041", "SYR", None)),
        ("Police fired pepper spray at protesters.", ("175", "COP", "OPP")),
    ],
)
def test_fixed_wordings(analyzer, text: str, main):
    assert main_coded_countries(analyzer, text) == main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("The United States demanded that China explain the buildup.", ("100", "USA", "CHN")),
        ("France demanded that Algeria extradite the suspect.", ("1013", "FRA", "DZA")),
        ("Washington demanded that Syria's president step down.", ("1041", "USA", "SYR")),
        ("The United States demanded the release of the American journalist from Russia.", ("1053", "USA", "RUS")),
        ("The EU demanded that Syria let inspectors into the site.", ("1055", "IGO", "SYR")),
        ("Armenia demanded that Azerbaijan settle the dispute peacefully.", ("107", "ARM", "AZE")),
        ("Britain frowned on Iran's enrichment plans.", ("110", "GBR", "IRN")),
        ("The United States condemned Russia's attack.", ("111", "USA", "RUS")),
        ("Japan lambasted North Korea for its missile launch.", ("111", "JPN", "PRK")),
        ("Egypt deplored Israel's strike on the camp.", ("111", "EGY", "ISR")),
        ("France issued a strong condemnation of Russia.", ("111", "FRA", "RUS")),
        ("The Chinese foreign ministry assailed the United States over Taiwan.", ("111", "CHN", "USA")),
        ("Iran blamed Israel for the blast.", ("112", "IRN", "ISR")),
        ("The United States accused Venezuela's leaders of drug trafficking.", ("1121", "USA", "VEN")),
        ("The EU accused Russia of persecuting dissidents.", ("1122", "IGO", "RUS")),
        ("Russia accused the American of spying.", ("1125", "RUS", "USA")),
        ("India filed a complaint against Pakistan with the UN.", ("114", "IND", "PAK")),
        ("Ukraine sued Russia at the International Court of Justice.", ("115", "UKR", "RUS")),
        ("An Iranian court found the British woman guilty of spying.", ("116", "IRN", "GBR")),
        ("Venezuela refused the US offer.", ("120", "VEN", "USA")),
        ("India turned down a US offer of joint military patrols.", ("1212", "IND", "USA")),
        ("Russia refused to free the American.", ("1243", "RUS", "USA")),
        ("North Korea rejected talks with the United States.", ("125", "PRK", "USA")),
        ("Iran defied the UN resolution.", ("128", "IRN", "IGO")),
        ("Russia vetoed the Security Council resolution.", ("129", "RUS", "IGO")),
        ("Russia warned that Poland would face consequences.", ("130", "RUS", "POL")),
        ("Washington warned Iran of new sanctions.", ("1312", "USA", "IRN")),
        ("Turkey threatened to ban the pro-Kurdish party.", ("1322", "TUR", None)),
        ("Iran threatened to crack down on protesters.", ("137", "IRN", None)),
        ("Azerbaijan warned Armenia of military action.", ("138", "AZE", "ARM")),
        ("The United States gave Iran an ultimatum.", ("139", "USA", "IRN")),
        ("Iranian students held a sit-in at the university.", ("141", "IRN", "EDU")),
        ("French rail workers walked off the job.", ("143", "FRA", None)),
        ("Greek workers held a 24-hour strike.", ("143", "GRC", None)),
        ("Truckers blockaded the bridge in Ontario.", ("144", "CAN", None)),
        ("Pakistani protesters stormed the French embassy.", ("145", "PAK", "FRA")),
        ("Russia put its nuclear forces on high alert.", ("152", "RUS", None)),
        ("Israel called up reservists along the border with Lebanon.", ("154", "ISR", "LBN")),
        ("China reduced relations with Lithuania.", ("160", "CHN", "LTU")),
        ("Turkey recalled its ambassador from Israel.", ("161", "TUR", "ISR")),
        ("Algeria recalled its envoy to France.", ("161", "DZA", "FRA")),
        ("The United States imposed sanctions on Iran.", ("163", "USA", "IRN")),
        ("Washington blacklisted Russian banks.", ("163", "USA", "RUS")),
        ("Canada's sanctions on Russia took effect.", ("163", "CAN", "RUS")),
        ("North Korea called off talks with South Korea.", ("164", "PRK", "KOR")),
        ("Ethiopia expelled aid agencies from Tigray.", ("1663", "ETH", "ETH")),
        ("Israel demolished Palestinian homes.", ("1712", "ISR", "PSE")),
        ("Thailand's court dissolved the opposition party.", ("1722", "THA", "THA")),
        ("Peru imposed a state of emergency in Lima.", ("1724", "PER", None)),
        ("India apprehended a Pakistani spy.", ("173", "IND", "PAK")),
        ("The Kremlin critic was arrested by Russian police.", ("173", "RUS", "RUS")),
        ("The US deported Mexican migrants.", ("174", "USA", "MEX")),
        ("Pakistan expelled Afghan migrants.", ("174", "PAK", "AFG")),
        ("Belarus's violent crackdown on protesters drew criticism.", ("175", "BLR", "OPP")),
        ("Gunmen attacked a village in Nigeria.", ("180", "NGA", "NGA")),
        ("Pirates hijacked a US-flagged ship.", ("181", "CRM", "USA")),
        ("Al-Shabaab bombed a hotel in Mogadishu.", ("183", "SOM", "SOM")),
        ("Hamas used civilians as human shields.", ("184", "PSE", "CVL")),
        ("Gunmen assassinated Haiti's president.", ("186", "HTI", "HTI")),
        ("Israeli forces attacked Hamas positions.", ("190", "ISR", "PSE")),
        ("Israel struck targets in Lebanon.", ("190", "ISR", "LBN")),
        ("US forces carried out a strike in Syria.", ("190", "USA", "SYR")),
        ("China encircled Taiwan with warships.", ("191", "CHN", "TWN")),
        ("Russian forces captured the town of Bakhmut.", ("192", "RUS", "UKR")),
        ("Azerbaijan shelled Armenian positions.", ("194", "AZE", "ARM")),
        ("Russian jets bombed rebel positions in Syria.", ("195", "RUS", "SYR")),
        ("Ukraine targeted Russian refineries with drones.", ("195", "UKR", "RUS")),
        ("Fighters massacred civilians in Darfur.", ("202", "SDN", "SDN")),
        ("The Syrian army used sarin gas.", ("2041", "SYR", None)),
        ("Ukraine demanded the withdrawal of Russian troops.", ("1056", "UKR", "RUS")),
        ("Germany sharply criticised Russia.", ("111", "DEU", "RUS")),
        ("Iran accused Washington of plotting the unrest.", ("112", "IRN", "USA")),
        ("Poland summoned Russia's charge d'affaires.", ("114", "POL", "RUS")),
        ("An Iranian court convicted a French citizen of espionage.", ("116", "IRN", "FRA")),
        ("Ukraine rejected Russia's terms.", ("120", "UKR", "RUS")),
        ("North Korea defied US warnings and launched a missile.", ("128", "PRK", "USA")),
        ("Trump threatened to raise tariffs on Chinese goods.", ("1312", "USA", "CHN")),
        ("Thousands of Israelis rallied outside parliament.", ("141", "ISR", None)),
        ("British doctors staged a strike over pay.", ("143", "GBR", None)),
        ("Rioters looted shops in Marseille.", ("145", "FRA", None)),
        ("Britain sent a warship to the Gulf.", ("154", "GBR", None)),
        ("Lithuania downgraded its diplomatic ties with China.", ("161", "LTU", "CHN")),
        ("The EU adopted new sanctions against Iran.", ("163", "IGO", "IRN")),
        ("Washington imposed export controls on China.", ("163", "USA", "CHN")),
        ("China censored news of the protests.", ("1721", "CHN", None)),
        ("China detained a US businessman.", ("173", "CHN", "USA")),
        ("The US deported hundreds of migrants to Guatemala.", ("174", "USA", "CVL")),
        ("The rebels took aid workers captive.", ("181", "REB", "NGO")),
        ("Ukrainian forces attacked a Russian base in Crimea.", ("190", "UKR", "RUS")),
        ("Indian troops fired at Pakistani posts.", ("193", "IND", "PAK")),
        ("Pakistan carried out air strikes inside Afghanistan.", ("195", "PAK", "AFG")),
        ("Myanmar rejected food aid from the UN.", ("1223", "MMR", "IGO")),
    ],
)
def test_wordings_kept(analyzer, text: str, main):
    assert main_coded_countries(analyzer, text) == main


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Farmers worry about the threat of rain at harvest.", "13"),
        ("The band played a protest song at the festival.", "14"),
        ("The strike rate of the batsman was high.", "14"),
        ("The striker scored twice in the second half.", "19"),
        ("The company launched a new phone on Tuesday.", "19"),
        ("Lightning struck the tower.", "19"),
        ("A heart attack killed the singer.", "18"),
        ("The film was a box office bomb.", "18"),
        ("The campaign trail took the candidate to Ohio.", "19"),
        ("The factory rejected faulty parts.", "12"),
        ("The bank cut interest rates.", "16"),
        ("The government cut taxes on fuel.", "16"),
        ("The storm destroyed homes along the coast.", "17"),
        ("The critics praised the novel.", "11"),
        ("The students were on alert for exam results.", "15"),
        ("Germany imposed a speed limit on motorways.", "16"),
        ("The team fought back to win the match.", "19"),
        ("The heat wave threatens crops in India.", "13"),
        ("Demand for oil rose in China.", "10"),
        ("The fire brigade battled the blaze for hours.", "19"),
        ("The suspect was shot by police after the robbery.", "18"),
        ("The hotel was hit by a cyber attack.", "18"),
        ("Floods hit villages in Bangladesh.", "19"),
        ("The virus attacked the immune system.", "19"),
        ("The report criticized the design of the bridge.", "11"),
        ("Climate change poses a threat to coral reefs.", "13"),
        ("The march of technology continues.", "14"),
        ("The airline suspended flights because of fog.", "16"),
        ("The cleansing of the river took years.", "20"),
        ("The army band marched in the parade.", "19"),
        ("Apple withdrew the product from stores.", "16"),
        ("The chef took the kitchen hostage to his moods.", "18"),
        ("The warning lights on the dashboard came on.", "13"),
        ("A shell company was set up in Panama.", "19"),
        ("Stocks were detained by supply problems.", "17"),
        ("Prices shot up in March.", "19"),
        ("The football fans rallied behind their team.", "14"),
        ("Investors see inflation as the biggest threat to growth.", "13"),
        ("The coach warned his players about complacency.", "13"),
        ("Thousands of runners marched to the start line.", "14"),
        ("The museum opened an exhibition of protest posters.", "14"),
        ("The studio cut ties with the actor.", "16"),
        ("Shops banned plastic bags.", "16"),
        ("The hospital expelled the patient's visitors.", "17"),
        ("The fire was started by a faulty heater.", "18"),
        ("The bomb squad defused an old shell on the beach.", "18"),
        ("The players clashed on the pitch.", "19"),
        ("Shares in the company fell under heavy fire from analysts.", "19"),
        ("The tennis star fired a powerful serve.", "19"),
        ("The chemistry teacher tested a new compound.", "20"),
        ("The volcano threatened nearby villages.", "13"),
        ("The singer staged a comeback tour.", "14"),
    ],
)
def test_same_words_no_event_of_the_root(analyzer, text: str, root: str):
    codes = {c for _, _, c in country_triples(analyzer, text)}
    assert not {c for c in codes if c.startswith(root)}, (text, codes)


def test_rows():
    rows = lexicon.patterns()
    assert any(p.code == "115" and p.objects and "legal" in p.objects for p in rows[("V", "take")])
    assert any(p.code == "1621" and p.objects and "development" in p.objects for p in rows[("V", "suspend")])
    assert any(p.code == "163" and p.objects and "coal" in p.objects for p in rows[("V", "ban")])
