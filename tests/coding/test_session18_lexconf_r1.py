"""Lexicon pass over CAMEO roots 10-20 (session 18, round 1, lexconf): general rows for wordings met in fresh sentences.

- A retaliation, reprisal, revenge or response threatened, vowed, promised or warned of names no means (tariffs as
  often as force), as "said it would retaliate" is a bare threat (130); a modifier that names force keeps 138
  ("a military response"), and trade reprisals or tariffs threatened are a threat of sanctions (1312).
- A strike threatened by its labour words ("a nationwide strike") is dissent threatened (133), not an air strike.
- Monitors expelled, aid groups kicked or ordered out are inspectors (1662) and aid agencies (1663) expelled;
  embassy or diplomatic staff expelled or withdrawn are diplomats (161); a mission quit is a withdrawal (166).
- Debt relief or financial aid demanded is economic aid demanded (1031); humanitarian aid demanded is 1033.
- Freedoms curbed are political freedoms restricted (1721).
- Gas or oil supplies cut off or halted are an energy embargo (163; threatened, 1312), not a siege (191).
- Protesters beaten or killed, students fired on, are violent repression (175); "abuse" alone is not sexual (182).
- A nuclear test detonates a nuclear weapon (2042); a missile test stays a show of force (150).
- Ethnic minorities forced or driven out are a mass expulsion (201); a firefight engaged in, gunfire or shots
  exchanged or traded are small-arms fighting (193); a person assaulted is physically assaulted (182); a terror
  alert raised is police alert (151); a party disbanded is banned (1722); atrocities carried out are mass violence.
- NEG: everyday readings of the same triggers (a market share seized, a software update blocked, a concert
  cancelled, a fan banned, a player suspended, a shot fired at goal, a website targeted, power abused, a dinner
  boycotted, a student expelled from school, players sanctioned by a club, charts conquered, a rider attacking on a
  climb).

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow

POS = [
    ("Iran threatened the United States with a harsh response.", "130", "IRN", "USA"),
    ("Russia vowed revenge on Ukraine for the bridge attack.", "130", "RUS", "UKR"),
    ("Russia threatened NATO with a military response.", "138", "RUS", None),
    ("China threatened Lithuania with trade reprisals.", "1312", "CHN", "LTU"),
    ("Kenyan unions threatened a nationwide strike.", "133", "KEN", None),
    ("Russia kicked out OSCE monitors.", "1662", "RUS", None),
    ("Ethiopia ordered the aid group Doctors Without Borders out of the country.", "1663", "ETH", None),
    ("Algeria expelled 12 French embassy staff.", "161", "DZA", "FRA"),
    ("The United States withdrew its embassy staff from Kabul.", "161", "USA", "AFG"),
    ("Pakistan demanded debt relief from the IMF.", "1031", "PAK", None),
    ("Haiti demanded humanitarian assistance from the United States after the earthquake.", "1033", "HTI", "USA"),
    ("Beijing threatened to curb press freedom in Hong Kong.", "1321", "CHN", None),
    ("Moscow threatened to cut off gas supplies to Armenia.", "1312", "RUS", "ARM"),
    ("Belarusian riot police beat peaceful demonstrators.", "175", "BLR", None),
    ("Bangladeshi police opened fire on students.", "175", "BGD", None),
    ("India tested a nuclear bomb.", "2042", "IND", None),
    ("Azerbaijan forced ethnic Armenians out of Karabakh.", "201", "AZE", None),
    ("Troops engaged rebels in a firefight.", "193", None, None),
    ("Indian guards assaulted a Pakistani diplomat.", "182", "IND", "PAK"),
    ("Armenian and Azerbaijani soldiers traded gunfire on the border.", "193", "ARM", "AZE"),
    ("France raised its terror alert to the highest level.", "151", "FRA", None),
    ("Thailand's Constitutional Court disbanded the opposition party.", "1722", "THA", None),
    ("Sudan's paramilitary carried out atrocities against civilians.", "200", "SDN", None),
]

KEEP = [
    # the same triggers with their other objects keep their codes
    ("India tested a long-range missile near the border with China.", "150"),
    ("North Korea conducted a missile test to warn South Korea.", "150"),
    ("South Korea suspended talks with North Korea.", "164"),
    ("The United States suspended military aid to Egypt.", "1622"),
    ("The United States withdrew its troops from Afghanistan.", "0874"),
    ("Israel cut off electricity to Gaza.", "191"),
    # the army whose base is assaulted is now a side (session 19 r3): an armed group's assault on the military is
    # CAMEO 19, conventional force by organized armed groups; the row still reads "assault" as force, not 1821
    ("Militants assaulted the army base near Kabul.", "190"),
    ("Indian and Pakistani troops exchanged fire in Kashmir.", "190"),
    ("South Korea raised the alert level of its army.", "152"),
    ("Russia expelled the American student activist.", "174"),
    ("The United States sanctioned Russian officials.", "163"),
    ("Russian troops conquered the Ukrainian town.", "192"),
]

NEG = [
    ("Toyota seized a larger share of the European market.", "0"),
    ("The Chinese company blocked a software update for its phones.", "0"),
    ("The Canadian band cancelled its concerts in Britain.", "0"),
    ("The Italian club banned the fan for life.", "0"),
    ("The Indian batsman attacked the Australian bowlers.", "0"),
    ("Spain's midfielder fired a shot at the Italian goal.", "0"),
    ("The Russian hacker group targeted a hospital's computer systems in Germany.", "0"),
    ("The Italian soccer federation suspended the striker for three matches.", "0"),
    ("The French minister abused his position, the court in Paris said.", "18"),
    ("The Brazilian team boycotted the gala dinner in Paris.", "0"),
    ("The Danish student was expelled from university in Germany for plagiarism.", "0"),
    ("The German club sanctioned three players after the brawl in Spain.", "0"),
    ("The Korean boy band conquered the American charts.", "0"),
    ("The Slovenian rider attacked on the last climb in Italy.", "0"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), POS)
def test_conflict_wording_codes_its_act(analyzer, text: str, code: str, source, target) -> None:
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(("text", "code"), KEEP)
def test_same_trigger_with_other_objects_keeps_its_code(analyzer, text: str, code: str) -> None:
    check_main_event(analyzer, text, code, None, None)


@pytest.mark.parametrize(("text", "forbidden"), NEG)
def test_everyday_reading_is_no_conflict_event(analyzer, text: str, forbidden: str) -> None:
    check_not_coded(analyzer, text, forbidden)
