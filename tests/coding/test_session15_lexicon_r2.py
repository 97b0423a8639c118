"""Lexicon pass (session 15, round 2): bombings named by their explosion, arms asked for by what they defend.

- A bomb's explosion is the bombing (183, CAMEO's non-military bombing): "a bomb explosion", "the explosion of a
  bomb", "a bomb went off"; a car bomb's is a car bombing (1832) and a roadside bomb's a roadside bombing (1833),
  as "car bomb" and "roadside bomb" already were.
- Air defences asked for, requested or appealed for are military aid asked for (0232), as weapons are. (Demanded,
  they would be 1032, but a demand with an object row takes the side of a conjoined clause with another subject,
  which tests/nlp/test_events_session8.py pins: left to the events role.) A demand for defence cooperation or about
  a defence minister is no demand for arms.
- Weapons of mass destruction (WMD) or nuclear weapons deployed AGAINST a side are used on it (204, 2042: "Use
  weapons of mass destruction"), as chemical weapons deployed are (2041); deployed somewhere, they stay a deployment
  (154). ("Weapons of mass destruction" written out need the "of" phrase read, which no row can: see the report.)
- People expelled from a country (its leaders in exile, clerics, militants, dissidents, opponents) are individuals
  expelled (174, "Expel or deport individuals"), as journalists and activists were; a bare "expel" stays 166, and
  diplomats (161), peacekeepers and missions (1661) keep their rows.
- Another state's sovereignty violated is defiance of a norm (128: "Violate or refuse to comply with international
  or domestic law ... or norms"); its airspace violated or breached by aircraft a show of military power (150), as
  earlier sessions pinned.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country_triples

from dyadwatch.coding import lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a bomb's explosion is the bombing, of its kind
        ("Islamist militants set off a bomb explosion at a Kenyan police station.", ("KEN", "KEN", "183")),
        ("Rebels claimed the explosion of a bomb at a Malian army post.", ("REB", "MLI", "183")),
        ("Militants claimed the explosion of a car bomb at a Somali army base.", ("REB", "SOM", "1832")),
        ("Taliban fighters claimed the explosion of a roadside bomb at an Afghan checkpoint.", ("AFG", "AFG", "1833")),
        # air defences asked for are military aid asked for
        ("Ukraine asked Germany for more air defence systems.", ("UKR", "DEU", "0232")),
        ("Poland requested air defense systems from the United States.", ("POL", "USA", "0232")),
        # weapons of mass destruction deployed against a side are used on it (204, 2042)
        ("Syria deployed WMD against Kurdish rebels in Syria.", ("SYR", "SYR", "204")),
        ("Iraq deployed WMDs against the Iranian army.", ("IRQ", "IRN", "204")),
        ("North Korea deployed nuclear weapons against South Korean forces.", ("PRK", "KOR", "2042")),
        # people expelled from a country are individuals expelled (174), not an international mission withdrawn (166)
        ("Qatar expelled exiled leaders of an Egyptian opposition group.", ("QAT", "EGY", "174")),
        ("Bahrain expelled two Iranian clerics.", ("BHR", "IRN", "174")),
        ("Tajikistan expelled Afghan militants.", ("TJK", "AFG", "174")),
        ("Nicaragua expelled Costa Rican dissidents.", ("NIC", "CRI", "174")),
        # sovereignty and airspace violated (pinned: 128 and 150)
        ("Russia violated the sovereignty of Moldova.", ("RUS", "MDA", "128")),
        ("Turkish jets breached Greek airspace.", ("TUR", "GRC", "150")),
    ],
)
def test_codes(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a demand for defence cooperation or about a defence minister is no demand for arms
        ("Poland demanded closer defence cooperation from Germany.", {"1032", "0232"}),
        ("Lithuania demanded the resignation of the Latvian defence minister.", {"1032", "0232"}),
        # weapons of mass destruction deployed somewhere are a deployment, not their use
        ("Russia deployed WMD in Belarus.", {"204", "2042", "2041"}),
        ("Russia deployed nuclear weapons in Belarus.", {"204", "2042", "2041"}),
        # a mission or diplomats expelled keep their codes
        ("Mali expelled the UN peacekeeping mission.", {"174"}),
        ("Russia expelled two Polish diplomats.", {"174"}),
        # a gas explosion is no bombing
        ("A gas explosion killed three Nigerian workers.", {"183", "1832", "1833"}),
    ],
)
def test_other_readings_are_not_coded(analyzer, text: str, codes: set[str]):
    found = {c for s, t, c in country_triples(analyzer, text)}
    assert not found & codes, (text, country_triples(analyzer, text))


def test_rows():
    rows = lexicon.patterns()
    assert any(p.code == "1832" and p.objects and "car" in p.objects for p in rows[("N", "explosion")])
    assert any(p.code == "0232" and p.objects and "defence" in p.objects for p in rows[("V", "ask")])
