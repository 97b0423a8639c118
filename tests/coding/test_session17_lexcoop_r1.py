"""Lexicon pass (session 17, round 1, lexcoop): CAMEO roots 01 to 09 code by code, from sentences written fresh
in the plain style of wire news (not taken from any gold set or annotated story), before the coder was run on them.

- What an appeal, intent or refusal is about is coded through the act asked for, promised or refused, so the new
  rows are acts: institutions reformed, overhauled or rewritten (0834), policies and rules revised, altered,
  rethought or scrapped (0832), rights protected, expanded or citizenship restored (0833), restraint shown (087),
  talks come back to (046), disputes resolved (057, asked for as 027), legal help promised (0313), demonstrations
  ended (082); "urged Nigeria to reform its police" is then 0244 and "vowed to overhaul its courts" 0344.
- What is asked for by its kind: financial, economic or budget help (0231), military or security help (0232), rescue
  teams (0233), legal or judicial help (0213), cooperation (0211) and drills (0212).
- Words of other roots: common ground found and eye to eye (019), responsibility disclaimed (016), policies and sales
  under review (014), regret "for" an act (055), forgiveness asked for (055), an apology accepted (056), support
  gathered or mustered (053), fighting alongside (062), tipped off (064), a political figure sheltered (075), boats
  released and fishermen handed back (0842, 0841), troops stood down (0873), bans on goods ended (085), an
  investigation "for" a crime or opened as a corruption inquiry (091).

Each case pins the sentence's MAIN event (code, source country, target country; None where the sentence names no
target), as the evaluations choose it. The negatives use the same words in a reading that is not that code.
"""

from __future__ import annotations

import pytest
from dwtest import main_coded_countries

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Britain is reviewing its arms sales to Saudi Arabia.", "014", "GBR", "SAU"),
        ("Venezuela disclaimed any link to the attack in Colombia.", "016", "VEN", "COL"),
        ("Spain saw eye to eye with Portugal on the migration plan.", "019", "ESP", "PRT"),
        ("India found common ground with Russia on the Afghan crisis.", "019", "IND", "RUS"),
        ("Nigeria appealed to Britain for economic cooperation.", "0211", "NGA", "GBR"),
        ("Estonia appealed to Finland for joint military drills.", "0212", "EST", "FIN"),
        ("Brazil sought legal assistance from Switzerland in the corruption probe.", "0213", "BRA", "CHE"),
        ("Japan sought intelligence from South Korea on the missile launch.", "0214", "JPN", "KOR"),
        ("Pakistan sought financial assistance from Saudi Arabia.", "0231", "PAK", "SAU"),
        ("Egypt appealed to Qatar for economic aid.", "0231", "EGY", "QAT"),
        ("Ghana asked Britain for debt relief.", "0231", "GHA", "GBR"),
        ("Armenia appealed to Russia for military assistance.", "0232", "ARM", "RUS"),
        ("Turkey appealed to Greece for rescue teams after the earthquake.", "0233", "TUR", "GRC"),
        ("India asked Canada to revise its visa rules.", "0242", "IND", "CAN"),
        ("Egypt appealed to Ethiopia to alter its plans for the dam.", "0242", "EGY", "ETH"),
        ("Sweden called on Iran to protect women's rights.", "0243", "SWE", "IRN"),
        ("Norway appealed to Russia to allow freedom of assembly.", "0243", "NOR", "RUS"),
        ("France urged Lebanon to overhaul its political system.", "0244", "FRA", "LBN"),
        ("Germany called on Poland to restore the independence of its courts.", "0244", "DEU", "POL"),
        ("Britain urged Nigeria to reform its police.", "0244", "GBR", "NGA"),
        ("Ireland called on Bosnia to change its constitution.", "0244", "IRL", "BIH"),
        ("France called on Haitian protesters to end their demonstrations.", "0252", "FRA", "HTI"),
        ("Belarus called on Lithuania to lift the ban on potash transit.", "0254", "BLR", "LTU"),
        ("France appealed to Azerbaijan to show restraint.", "0256", "FRA", "AZE"),
        ("The United States asked North Korea to come back to talks.", "026", "USA", "PRK"),
        ("Britain urged India to resolve its dispute with Pakistan peacefully.", "027", "GBR", "IND"),
        ("Egypt urged Sudan to find a peaceful solution to the conflict with South Sudan.", "027", "EGY", "SDN"),
        ("Switzerland promised legal assistance to Brazil in the bribery case.", "0313", "CHE", "BRA"),
        ("Italy offered judicial cooperation to Albania.", "0313", "ITA", "ALB"),
        ("Mexico agreed to revise its energy rules.", "0342", "MEX", None),
        ("Myanmar vowed to give the Rohingya citizenship.", "0343", "MMR", None),
        ("Ukraine vowed to overhaul its courts.", "0344", "UKR", None),
        ("Hungary agreed to restore judicial independence.", "0344", "HUN", None),
        ("Brazil gathered backing for Bolivia's bid.", "053", "BRA", "BOL"),
        ("Germany asked Namibia for forgiveness for colonial crimes.", "055", "DEU", "NAM"),
        ("Belgium expressed regret to Congo for colonial abuses.", "055", "BEL", "COD"),
        ("Serbia accepted Croatia's apology.", "056", "SRB", "HRV"),
        ("Turkey's army fought alongside Azerbaijani forces.", "062", "TUR", "AZE"),
        ("Egypt tipped off Israel about the attack.", "064", "EGY", "ISR"),
        ("China shipped tents and blankets to Afghanistan.", "073", "CHN", "AFG"),
        ("Mexico sheltered the former Bolivian president.", "075", "MEX", "BOL"),
        ("Jordan's king gave in to protesters' calls for reform.", "083", "JOR", None),
        ("The French government scrapped the fuel tax increase after protests.", "0832", "FRA", None),
        ("Myanmar restored citizenship to the Rohingya.", "0833", "MMR", None),
        ("North Korea handed back South Korean fishermen.", "0841", "PRK", "KOR"),
        ("China released the Vietnamese fishing boat.", "0842", "CHN", "VNM"),
        ("Russia ended its ban on Turkish tomatoes.", "085", "RUS", "TUR"),
        ("Serbia stood down its troops on the border.", "0873", "SRB", None),
        ("France opened a corruption investigation into the Lebanese central bank governor.", "091", "FRA", "LBN"),
        ("U.S. prosecutors investigated the Mexican general for drug trafficking.", "091", "USA", "MEX"),
        ("Russia's foreign minister commented on the U.S. election results on Monday.", "010", "RUS", "USA"),
        ("Egypt voiced doubts about Ethiopia's commitment to a dam deal.", "012", "EGY", "ETH"),
        ("Kenya voiced hope for better ties with Somalia.", "013", "KEN", "SOM"),
        ("The Chinese president sent a message of sympathy to Indonesia after the floods.", "018", "CHN", "IDN"),
        ("Australia extended its sympathies to New Zealand.", "018", "AUS", "NZL"),
        ("Germany made an appeal to Poland on the border issue.", "020", "DEU", "POL"),
        ("Kazakhstan called for greater economic cooperation with China.", "0211", "KAZ", "CHN"),
        ("The Philippines sought closer defense ties with Australia.", "0212", "PHL", "AUS"),
        ("Kenya requested information from Somalia about the attackers.", "0214", "KEN", "SOM"),
        ("Lebanon sought help from France after the blast.", "023", "LBN", "FRA"),
        ("Taiwan requested weapons from the United States.", "0232", "TWN", "USA"),
        ("Libya sought medical supplies from Egypt.", "0233", "LBY", "EGY"),
        ("Haiti asked Kenya to send police officers to restore order.", "0234", "HTI", "KEN"),
        ("Argentina appealed to Peru's president to resign.", "0241", "ARG", "PER"),
        ("Germany pressed Turkey to respect press freedom.", "0243", "DEU", "TUR"),
        ("Ethiopia urged Egypt to drop its demands.", "025", "ETH", "EGY"),
        ("Mexico asked the United States to relax border controls.", "0251", "MEX", "USA"),
        ("Ukraine urged Russia to return the deported children.", "0253", "UKR", "RUS"),
        ("Venezuela appealed to Washington to ease oil sanctions.", "0254", "VEN", "USA"),
        ("Canada called on Myanmar to admit international monitors.", "0255", "CAN", "MMR"),
        ("Qatar asked Iran to de-escalate tensions in the Gulf.", "0256", "QAT", "IRN"),
        ("Japan called on China to settle the maritime dispute through dialogue.", "027", "JPN", "CHN"),
        ("Ethiopia called on Egypt to agree to mediation by South Africa.", "028", "ETH", "EGY"),
        ("Turkey agreed to conduct joint exercises with Somalia.", "0312", "TUR", "SOM"),
        ("South Korea agreed to exchange military information with Japan.", "0314", "KOR", "JPN"),
        ("Turkey said it would support Azerbaijan's position in the talks.", "032", "TUR", "AZE"),
        ("China promised assistance to Cambodia.", "033", "CHN", "KHM"),
        ("China offered a loan to Sri Lanka.", "0331", "CHN", "LKA"),
        ("The United States promised to send tanks to Poland.", "0332", "USA", "POL"),
        ("The United Arab Emirates offered relief supplies to Libya.", "0333", "ARE", "LBY"),
        ("Rwanda pledged peacekeepers to the Central African Republic.", "0334", "RWA", "CAF"),
        ("Zimbabwe's president said he would step down.", "0341", "ZWE", None),
        ("Australia promised to review its policy on China.", "0342", "AUS", "CHN"),
        ("China promised to lift the ban on Japanese tour groups.", "0351", "CHN", "JPN"),
        ("Iran promised to free the French prisoners.", "0353", "IRN", "FRA"),
        ("The United States said it would lift sanctions on Syria.", "0354", "USA", "SYR"),
        ("Syria said it would let UN monitors in.", "0355", "SYR", None),
        ("Israel offered a ceasefire to Lebanon.", "0356", "ISR", "LBN"),
        ("Turkey offered to meet Greek officials.", "036", "TUR", "GRC"),
        ("Turkey offered to mediate between Russia and Ukraine.", "039", "TUR", "RUS"),
        ("China held a summit with Russia in Beijing.", "040", "CHN", "RUS"),
        ("Japan's prime minister held a phone call with the Indian prime minister.", "041", "JPN", "IND"),
        ("The Chinese president traveled to Russia.", "042", "CHN", "RUS"),
        ("Japan hosted the Australian prime minister.", "043", "JPN", "AUS"),
        ("Negotiators from Armenia and Azerbaijan gathered in Washington.", "044", "ARM", "AZE"),
        ("Oman's mediation between Iran and the United States continued.", "045", "OMN", "IRN"),
        ("Ukraine held peace talks with Russia in Istanbul.", "046", "UKR", "RUS"),
        ("Israel normalized relations with Bahrain.", "050", "ISR", "BHR"),
        ("France endorsed Germany's candidate.", "051", "FRA", "DEU"),
        ("China defended Russia against Western criticism.", "052", "CHN", "RUS"),
        ("Egypt mobilized Arab support for Sudan.", "053", "EGY", "SDN"),
        ("Japan apologized to South Korea for wartime forced labor.", "055", "JPN", "KOR"),
        ("Russia concluded an energy deal with China.", "057", "RUS", "CHN"),
        ("Poland ratified the defense pact with the United States.", "057", "POL", "USA"),
        ("Japan boosted trade with India.", "061", "JPN", "IND"),
        ("Russia conducted joint naval drills with China.", "062", "RUS", "CHN"),
        ("Italy surrendered the suspect to French authorities.", "063", "ITA", "FRA"),
        ("Japan provided assistance to Sri Lanka.", "070", "JPN", "LKA"),
        ("China lent Pakistan $2 billion.", "071", "CHN", "PAK"),
        ("The United States sent tanks to Ukraine.", "072", "USA", "UKR"),
        ("India sent relief supplies to Myanmar.", "073", "IND", "MMR"),
        ("Russia deployed peacekeepers to Kazakhstan.", "074", "RUS", "KAZ"),
        ("Germany took in Syrian refugees.", "075", "DEU", "SYR"),
        ("Russia relaxed entry rules for Chinese visitors.", "081", "RUS", "CHN"),
        ("Thailand allowed political parties to resume activities.", "0812", "THA", None),
        ("Ethiopia ended the curfew in Tigray.", "0813", "ETH", None),
        ("Kenyan opposition supporters called off their protests.", "082", "KEN", None),
        ("The Tunisian prime minister quit after weeks of protests.", "0831", "TUN", None),
        ("Russia freed an American journalist.", "0841", "RUS", "USA"),
        ("Russia handed back three Ukrainian ships.", "0842", "RUS", "UKR"),
        ("Japan scrapped export controls on South Korea.", "085", "JPN", "KOR"),
        ("Iraq received weapons inspectors.", "0862", "IRQ", None),
        ("Israel declared a ceasefire in Gaza.", "0871", "ISR", None),
        ("Saudi Arabia lifted its blockade of Qatar.", "0872", "SAU", "QAT"),
        ("Sudan disarmed the militias.", "0873", "SDN", None),
        ("Syrian troops pulled out of the town.", "0874", "SYR", None),
        ("Brazil investigated the Paraguayan businessman for money laundering.", "091", "BRA", "PRY"),
        ("Ukraine investigated Russian war crimes.", "094", "UKR", "RUS"),
    ],
)
def test_main_event(analyzer, text: str, code: str, source: str | None, target: str | None):
    got = main_coded_countries(analyzer, text)
    assert got is not None, text
    assert got[0] == code, (text, got)
    assert source is None or got[1] == source, (text, got)
    assert target is None or got[2] == target, (text, got)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("The company released its quarterly results.", "08"),
        ("The Japanese ministry released a statement on China's exports.", "0842"),
        ("China's exports to Japan fell last year.", "061"),
        ("India's aid budget rose by 5 percent.", "07"),
        ("Prisoners in Brazil rioted over food.", "0841"),
        ("The ceasefire line between India and Pakistan runs through Kashmir.", "0871"),
        ("Iran denied a visa to a German journalist.", "016"),
        ("The Chinese team beat Japan in the final.", "04"),
        ("India's central bank lifted interest rates.", "08"),
        ("Egypt lifted the trophy after beating Nigeria.", "08"),
        ("Russia called the sanctions illegal.", "02"),
        ("China called the meeting with Japan a success.", "02"),
        ("Japan returned to growth in the second quarter.", "084"),
        ("French troops returned fire after militants attacked them in Mali.", "084"),
        ("Egypt expressed concern about Ethiopia's dam.", "018"),
        ("The tanker ran aground off the coast of Oman.", "0"),
        ("A Chinese court sentenced the Australian writer to death.", "056"),
        ("The Indian government launched a new weather satellite.", "0"),
        ("Australia's trade deficit with China widened.", "061"),
        ("Thai police arrested a Cambodian man for theft.", "063"),
        ("Israeli troops opened fire on Lebanese shepherds.", "086"),
        ("The United States deported Guatemalan migrants.", "075"),
        ("Spain beat Portugal 2-1 in a friendly.", "04"),
        ("The Chinese ambassador received an award in Nairobi.", "043"),
        ("Poland shares a long border with Belarus.", "064"),
        ("France's share of the Chinese market shrank.", "064"),
        ("Brazil's ban on imports of Argentine beef remains in place.", "085"),
        ("The U.S. central bank lifted its growth forecast for Mexico.", "08"),
        ("Cuba's economy grew despite the American embargo.", "085"),
        ("The Egyptian army drilled soldiers near the Libyan border.", "062"),
        ("Greek ferries carried Turkish tourists to Lesbos.", "0"),
        ("Iran rejected Saudi Arabia's offer of talks.", "03"),
        ("Japanese stocks fell on fears about Chinese growth.", "012"),
        ("The Korean won rose on hopes of a trade deal with the United States.", "013"),
        ("Russia's largest bank opened a branch in Shanghai.", "0"),
        ("Indian scientists studied the Chinese rover's data.", "09"),
        ("Chinese firms supplied Kenya with cheap phones.", "072"),
        ("Mexico's president lifted the spirits of voters with a speech.", "081"),
        ("Iran's foreign minister expressed regret over the British decision to expel diplomats.", "055"),
        ("Turkey's president reviewed a military parade in Ankara.", "014"),
        ("The ambassador spoke about the weather in Madrid.", "010"),
        ("Britain reformed its pension system.", "0834"),
        ("Rescue teams from Greece arrived in Turkey after the earthquake.", "023"),
    ],
)
def test_not_that_code(analyzer, text: str, forbidden: str):
    """The same words in another reading: the main event, if any, is not of the forbidden code ("0": no event)."""
    got = main_coded_countries(analyzer, text)
    assert got is None or (forbidden != "0" and not got[0].startswith(forbidden)), (text, got)
