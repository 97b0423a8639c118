"""Lexicon pass over CAMEO roots 10-20 (session 19, round 1, lexconf): general rows for wordings met in fresh sentences.

- A request, appeal, plea, call or proposal rejected, refused, declined, turned down, rebuffed, spurned, dismissed or
  balked at is coded by what it asks for, read from its complement: loans or credit (1221), weapons (1222), food,
  relief or humanitarian aid (1223), peacekeepers or protection (1224), a joint venture, project or trade (1211),
  a resignation or leadership change (1231), rights, self-rule or independence (1233), reform or democracy (123,
  CAMEO's own "political reform"), a ceasefire or withdrawal (1246).
- People expelled from their homes or villages are a mass expulsion
  (201); sarin or poison gas released is a chemical weapon used (2041); crowds beaten back are repressed (175);
  mediation walked out of is halted (165); a mobilisation ordered is the mobilisation (154); the closure of an
  embassy ordered cuts diplomatic relations (161); control taken of assets or firms is confiscation (1711); talks
  cut off are broken off (164); a decision blocked is rejected (120); loans halted, stopped, withheld or ended
  are economic aid stopped (1621); an outpost, garrison or checkpoint taken over or captured is held (192).
- NEG: a side demolished in a match is beaten, not property destroyed; a shot fired over the bar is a miss; a film
  panned is reviewed.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow

POS = [
    ("Germany turned down Greece's request for new loans.", "1221", "DEU", "GRC"),
    ("Washington rejected Kyiv's appeal for more weapons.", "1222", "USA", "UKR"),
    ("Britain declined Yemen's plea for humanitarian aid.", "1223", "GBR", "YEM"),
    ("France rebuffed Mali's request for peacekeepers.", "1224", "FRA", "MLI"),
    ("Japan rejected a Chinese proposal for a joint gas venture.", "1211", "JPN", "CHN"),
    ("Madrid rejected Catalan demands for independence.", "1233", "ESP", None),
    ("Cairo rejected American calls for democratic reform.", "123", "EGY", "USA"),
    ("Israel rebuffed French calls for a ceasefire in Lebanon.", "1246", "ISR", "FRA"),
    ("Italy balked at a Greek request for emergency credit.", "1221", "ITA", "GRC"),
    ("Serb forces expelled Muslims from their homes.", "201", "SRB", None),
    ("The Iraqi army released sarin on Kurdish villages.", "2041", "IRQ", None),
    ("Kenyan police beat back protesters with batons.", "175", "KEN", None),
    ("Armenia ordered a partial mobilisation.", "154", "ARM", None),
    ("Tehran ordered the closure of the British embassy.", "161", "IRN", "GBR"),
    ("Russia took control of the assets of Finnish firms.", "1711", "RUS", "FIN"),
    ("Poland cut off talks with Belarus.", "164", "POL", "BLR"),
    ("Austria blocked an EU decision on Serbia.", "120", "AUT", None),
    ("The IMF halted loans to Zambia.", "1621", None, "ZMB"),
    ("Vietnamese troops took over a Chinese outpost on the reef.", "192", "VNM", "CHN"),
]

KEEP = [
    # the same triggers with their other objects keep their codes
    ("Germany rejected the Greek request.", "120"),
    ("Russian troops took control of the town.", "192"),
    ("The army demolished the houses of the militants.", "1712"),
    ("Israel cut off electricity to Gaza.", "191"),
    ("Protesters blocked the road to the airport.", "144"),
]

NEG = [
    ("The Dutch team demolished the Belgian side in the final.", "0"),
    ("The Spanish champions demolished their Italian opponents 5-0.", "17"),
    ("The Brazilian winger fired a shot over the bar against Argentina.", "19"),
    ("British critics panned the American film.", "11"),
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
