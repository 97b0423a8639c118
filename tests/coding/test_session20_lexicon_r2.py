"""Lexicon pass over all roots (session 20, round 2, lexicon): wordings of new domains of wire copy.

- Military or defence cooperation demanded is 1012 (its own row now; test_lexicon_session8.COMPOSED_AND_ROWS); a
  hunger strike gone on or begun against a law or a closure is one for a policy change (1422); a side that says it
  will respond or retaliate militarily threatens military force (138); a president or a government ousted is no
  expulsion (166 is peacekeepers, inspectors or aid agencies sent out; CAMEO has no coup code), diplomats ousted are
  relations cut (161).
- A port call made by a warship is a visit (042); vaccine doses gifted are humanitarian aid (073); vaccines
  appealed for are humanitarian aid asked for (0233); water cannon blasted at boats is violent repression (175); an
  arbitration ruling rejected is a rejection (120), not mediation refused (126); the withdrawal of a tax demanded is
  a policy change demanded (1042); funds withheld are economic aid cut (1621); pounds pledged are economic aid
  promised (0331); an embassy stoned is a violent protest (145).
- NEG: a leader ousted is not expelled; funds withheld are no armed act; troops' withdrawal demanded stays
  de-escalation, not a policy change.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow

POS = [
    ("Ukraine demanded defence cooperation from its Western partners.", "1012", "UKR", None),
    ("Coal miners went on hunger strike against the closure of their mine.", "1422", None, None),
    ("Beijing said it would respond militarily to any Taiwanese declaration of independence.", "138", "CHN", None),
    ("Serbia ousted two Croatian diplomats.", "161", "SRB", "HRV"),
    ("A French frigate made a port call in Vietnam.", "042", "FRA", "VNM"),
    ("China gifted 500,000 vaccine doses to Cambodia.", "073", "CHN", "KHM"),
    ("The Red Cross appealed for vaccines for refugees in Uganda.", "0233", None, None),
    ("Chinese coast guard ships blasted water cannon at Vietnamese fishing boats.", "175", "CHN", "VNM"),
    ("Beijing rejected the arbitration ruling on its claims in the South China Sea.", "120", "CHN", None),
    ("Farmers demanded the withdrawal of the new fuel tax.", "1042", None, None),
    ("The European Union withheld funds from Hungary.", "1621", None, "HUN"),
    ("Britain pledged 50 million pounds to Jordan.", "0331", "GBR", "JOR"),
    ("Angry protesters stoned the Danish embassy in Tehran.", "145", None, "DNK"),
]

NEG = [
    ("The army ousted the elected president of Niger.", "166"),
    ("The European Union withheld funds from Hungary.", "19"),
    ("The opposition demanded the withdrawal of the new tax.", "1056"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), POS)
def test_new_domain_wording_codes_its_act(analyzer, text: str, code: str, source, target) -> None:
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(("text", "forbidden"), NEG)
def test_other_reading_is_not_that_act(analyzer, text: str, forbidden: str) -> None:
    check_not_coded(analyzer, text, forbidden)
