"""Lexicon pass over CAMEO roots 10-20 (session 20, round 1, lexconf): rows for wordings of wire copy.

- Cooperation rejected or refused whose kind a modifier names is that kind: military or defence (1212), economic,
  trade or energy (1211), and economic cooperation demanded is 1011; reform called political is CAMEO's own
  "political reform" (104), where a reform alone stays a policy change (1042); information demanded is
  information (101), not intelligence.
- A mobilisation declared or announced is armed forces mobilised (154); forces placed or put on combat readiness or
  a war footing are a military alert (152); the deployment of troops or riot police ordered is their mobilisation
  (154, 153); the withdrawal or departure of peacekeepers or inspectors ordered is their expulsion (1661, 1662),
  while one's own troops withdrawn stay a de-escalation (0874); an offensive or air strikes ordered are the attack
  (190, 195).
- A side threatened with nuclear or chemical weapons is a WMD threat (1385); suicide attacks threatened are
  unconventional violence threatened (1383); live ammunition, rubber bullets or tear gas used are violent repression
  (175); a ministry, a parliament or an administration building occupied or blockaded is obstruction (144), never
  territory occupied (192) or a blockade (191); a hunger strike against a law or a measure is one for a policy
  change (1422); an Interpol red notice issued is a warrant (173).
- Strikes or raids launched that a modifier names as missile, air or drone ones are aerial weapons (195, as the
  nouns "missile strike" and "air strike"), where missiles launched alone stay artillery fire (194); shells or
  mortars lobbed are fired (194); an invitation or talks snubbed or rebuffed are a meeting rejected (125).

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event

pytestmark = pytest.mark.slow

POS = [
    ("Athens demanded economic cooperation from Ankara on energy.", "1011", "GRC", "TUR"),
    ("Azerbaijan rejected military cooperation with Iran.", "1212", "AZE", "IRN"),
    ("Tbilisi refused trade cooperation with Moscow.", "1211", "GEO", "RUS"),
    ("The European Union demanded political reform in Azerbaijan.", "104", None, None),
    ("Turkey demanded information from Sweden on the suspects.", "101", "TUR", "SWE"),
    ("Azerbaijan declared a partial military mobilisation.", "154", "AZE", None),
    ("Ukraine announced a general mobilisation.", "154", "UKR", None),
    ("Armenia placed its armed forces on full combat readiness.", "152", "ARM", None),
    ("North Korea put its troops on a war footing.", "152", "PRK", None),
    ("Moscow ordered the deployment of additional troops to the border.", "154", "RUS", None),
    ("Congo ordered the withdrawal of UN peacekeepers.", "1661", "COD", None),
    ("Tehran ordered the withdrawal of IAEA inspectors from the site.", "1662", "IRN", None),
    ("The Ethiopian prime minister ordered a military offensive against Tigray.", "190", "ETH", None),
    ("The Israeli prime minister ordered air strikes on southern Lebanon.", "195", "ISR", "LBN"),
    ("North Korea threatened the United States with nuclear attack.", "1385", "PRK", "USA"),
    ("Al Shabaab threatened suicide bombings in Kenya.", "1383", None, None),
    ("Iranian security forces used live ammunition against protesters.", "175", "IRN", None),
    ("Protesters occupied the regional administration building in Donetsk.", "144", None, None),
    ("Activists blockaded the justice ministry in Tbilisi.", "144", None, None),
    ("Kurdish prisoners in Turkey began a hunger strike against the new prison law.", "1422", None, None),
    ("Interpol issued a red notice for the former Ukrainian minister.", "173", None, None),
    ("The United States launched missile strikes on a Syrian air base.", "195", "USA", "SYR"),
    ("Bosnian Serb gunners lobbed mortar shells into the enclave.", "194", None, None),
    ("The separatists snubbed an invitation to talks in Minsk.", "125", None, None),
    ("Yerevan rebuffed an invitation to a summit in Baku.", "125", "ARM", None),
]

KEEP = [
    # the same triggers with their other objects keep their codes
    ("Kyiv ordered the withdrawal of its troops from the town.", "0874"),
    ("Turkish troops occupied the Syrian border town.", "192"),
    ("Israel blockaded the Gaza coast.", "191"),
    ("Russia threatened Ukraine with a massive attack.", "138"),
    ("Ukraine demanded intelligence from its allies.", "1014"),
    ("The opposition demanded pension reform.", "1042"),
    ("Iran launched missiles at the base.", "194"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), POS)
def test_conflict_wording_codes_its_act(analyzer, text: str, code: str, source, target) -> None:
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(("text", "code"), KEEP)
def test_same_trigger_with_other_objects_keeps_its_code(analyzer, text: str, code: str) -> None:
    check_main_event(analyzer, text, code, None, None)
