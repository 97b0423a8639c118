"""Lexicon pass (session 18, round 1, lexcoop): CAMEO roots 01 to 09, from sentences written fresh in the plain style
of wire news (not taken from any gold set or annotated story), before the coder was run on them.

- A call, appeal, plea or request "for" something, as a noun, is coded by what it asks for, as the verb rows of
  asking read it: weapons (0232), loans (0231), restraint or a ceasefire (0256), a release (0253), talks (026).
- Cooperation called for without a kind is CAMEO's 021, not economic cooperation (0211); judicial cooperation asked
  for is 0213; military or defence cooperation deepened is 0312.
- Diplomatic relations restored are diplomatic recognition (054); a crackdown ended or eased is an administrative
  sanction eased (081, asked for 0251, promised 0351); people the modifier calls detained, jailed or abducted who are
  released or handed back are persons released (0841); observers or inspectors permitted in are received (0862);
  a suspect extradited "to" a country has that country as target (063); a reform withdrawn is a policy change (0832);
  an incursion investigated is military action investigated (093).
- Doubt or confidence voiced (gloomy about 012, confident of 013).
- Readings that are no event: fans thanked, met or apologized to, books signed, firms agreeing to merge, firms bought
  or sold, flights offered, profits warned of, fines paid, shows hosted.

Each case pins the sentence's MAIN event (code, source country, target country), as the evaluations choose it. The
negatives use the same words in a reading that is not that code.
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Armenia renewed its plea to India for artillery shells.", "0232", "ARM", "IND"),
        ("Sri Lanka's request to China for a new loan was approved on Monday.", "0231", "LKA", "CHN"),
        ("Germany's appeal to Russia for restraint was welcomed in Kyiv.", "0256", "DEU", "RUS"),
        ("Mongolia called for greater cooperation with South Korea.", "021", "MNG", "KOR"),
        ("Italy asked Tunisia for judicial cooperation in the smuggling case.", "0213", "ITA", "TUN"),
        ("Australia pledged to deepen defence cooperation with Indonesia.", "0312", "AUS", "IDN"),
        ("Bahrain restored diplomatic relations with Qatar on Tuesday.", "054", "BHR", "QAT"),
        ("The EU urged Belarus to end its crackdown on the opposition.", "0251", None, "BLR"),
        ("Venezuela promised to ease its crackdown on the press.", "0351", "VEN", None),
        ("Iran released the detained French tourists on Friday.", "0841", "IRN", "FRA"),
        ("Belarus handed back the abducted Lithuanian border guard.", "0841", "BLR", "LTU"),
        ("Iran permitted U.N. inspectors at the Fordow site.", "0862", "IRN", None),
        ("Colombia extradited the cocaine trafficker to the United States.", "063", "COL", "USA"),
        ("Kenya withdrew its tax reform after days of protests.", "0832", "KEN", None),
        ("Vietnam investigated the Chinese incursion into its fishing grounds.", "093", "VNM", "CHN"),
        ("Turkey's foreign minister said he was gloomy about the talks with Armenia.", "012", "TUR", "ARM"),
        ("Chile's president said he was confident of an agreement with Bolivia.", "013", "CHL", "BOL"),
    ],
)
def test_main_event(analyzer, text: str, code: str, source: str | None, target: str | None):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("The Argentine goalkeeper thanked the fans in Madrid.", "0"),
        ("The British singer apologized to fans in France for the late start.", "0"),
        ("The Chilean poet signed books for readers in Lima.", "0"),
        ("Two Korean chipmakers agreed to merge.", "0"),
        ("The French carmaker agreed to acquire an Italian rival.", "0"),
        ("The Dutch bank sold its Turkish unit last year.", "061"),
        ("The German retailer warned of lower profits from its Polish stores.", "0"),
        ("The Qatari airline offered cheap flights to Kenya.", "0"),
        ("The Brazilian singer met fans in Lisbon.", "04"),
        ("The Italian fashion house hosted a show in Shanghai.", "04"),
        ("The Swedish bank paid a fine to settle a U.S. case.", "08"),
        ("The Norwegian company released its quarterly figures.", "084"),
        ("Iran released the seized Greek tanker on Sunday.", "0841"),
    ],
)
def test_not_coded(analyzer, text: str, forbidden: str):
    check_not_coded(analyzer, text, forbidden)
