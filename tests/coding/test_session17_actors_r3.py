"""Actors pass (session 17, round 3): office-holders, bodies and groups named the ways wire news names them.

- A cabinet title by its portfolio after a country's adjective or possessive is that country's office-holder ("the
  U.S. treasury secretary", "the Japanese chief cabinet secretary", "Britain's business secretary"); so are a
  service's spokesman and chiefs (MIL: "the army spokesman", "the chief of army staff"; COP: "the police inspector
  general"), the speaker of a named chamber (LEG: "the Duma speaker", "the lower house speaker"), a supreme-court
  judge (JUD), regulators and watchdogs by their field and election commissions (GOV), anti-graft agencies (COP),
  sovereign wealth funds, state utilities and refiners (BUS).
- A union named by its size or trade after a country's possessive is a labour union ("Britain's largest union",
  "Italy's biggest union", "Canada's postal union"), never the European Union; a country's possessive on the people a
  union is named for is the union's country ("Kenya's doctors' union").
- A diaspora, like migrants, is not of the country it lives in ("the Kurdish diaspora in Germany" is not German);
  migrants' and refugees' bare "the government", beside only them and the one country they are in, is that host
  country's ("Syrian refugees in Turkey criticized the government" -> TURGOV); a diaspora's is not (it speaks of home).
- A part of a country's government (a regional, state or provincial government, a chief or first minister) speaks of
  the national ("federal") government as its own country's.
- Facts: regions news names for their country (Flanders and "Flemish", Bavaria, New South Wales, Abkhazia,
  Transnistria, Somaliland, the Kurdistan Region).

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The U.S. commerce secretary criticized Vietnam over steel exports.", ("USAGOV", "VNM")),
        ("The Japanese chief cabinet secretary criticized Russia's drills near Hokkaido.", ("JPNGOV", "RUS")),
        ("Britain's business secretary praised India's trade offer.", ("GBRGOV", "IND")),
        ("The Nigerian army spokesman criticized Niger over the border raid.", ("NGAMIL", "NER")),
        ("India's chief of army staff accused China of building roads near the border.", ("INDMIL", "CHN")),
        ("The Ghanaian police inspector general criticized the protesters.", ("GHACOP", None)),
        ("The Russian Duma speaker criticized Moldova.", ("RUSLEG", "MDA")),
        ("India's lower house speaker criticized the opposition lawmakers.", ("INDLEG", None)),
        ("Mexico's supreme court justice criticized the president's reform.", ("MEXJUD", None)),
        ("Brazil's securities regulator criticized the bank.", ("BRAGOV", None)),
        ("Kenya's anti-graft agency arrested a former governor.", ("KENCOP", None)),
        ("Norway's sovereign wealth fund criticized the mining company.", ("NORBUS", None)),
        ("South Africa's state power utility criticized the coal miners.", ("ZAFBUS", None)),
        ("Italy's biggest union criticized the government over the pension plan.", ("ITALAB", "ITAGOV")),
        ("Canada's largest postal union criticized the government.", ("CANLAB", "CANGOV")),
        ("Ghana's doctors' union criticized the government.", ("GHAHLH", "GHAGOV")),
        ("Afghan refugees in Iran criticized the government's deportation campaign.", ("AFGREF", "IRNGOV")),
        ("The Flemish regional government criticized the federal government.", ("BELGOV", "BELGOV")),
        ("Kerala's chief minister criticized the federal government.", ("INDGOV", "INDGOV")),
    ],
)
def test_offices_bodies_and_groups(analyzer, text, pair):
    found = code_pairs(analyzer, text)
    assert any(_fits(pair[0], s) and _fits(pair[1], t) for s, t in found), found


def _fits(want: str | None, got: str | None) -> bool:
    """A full code must match; a country (three letters) is any of its actors; None is any side."""
    return want is None or (got is not None and (got == want or (len(want) == 3 and got[:3] == want)))


def test_transnistria_is_moldova(analyzer):
    found = code_pairs(analyzer, "Separatist authorities in Transnistria accused Moldova of a blockade.")
    assert any(s and s.startswith("MDA") for s, _ in found), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the country a diaspora lives in is not its own
        ("The Kurdish diaspora in Sweden criticized Turkey.", "SWE"),
        # "New South Wales" is Australian, not Welsh
        ("The New South Wales government criticized Canberra.", "GBR"),
    ],
)
def test_no_side_from_where_they_live(analyzer, text, absent):
    found = code_pairs(analyzer, text)
    assert found and not any(s and s.startswith(absent) for s, _ in found), found


def test_diaspora_government_is_not_the_host(analyzer):
    found = code_pairs(analyzer, "The Eritrean diaspora in Norway criticized the government.")
    assert found and not any(t and t.startswith("NOR") for _, t in found), found


def test_a_national_premier_is_no_local_post(analyzer):
    found = code_pairs(analyzer, "The Chinese premier criticized the government.")
    assert found and not any(t == "CHNGOV" for _, t in found), found
