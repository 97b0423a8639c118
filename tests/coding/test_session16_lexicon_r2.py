"""Lexicon pass (session 16, round 2): sanctions eased by degree, travel bans, and property destroyed by arms.

- Sanctions reduced, scaled back, loosened or softened are eased (085), as "eased" and "relaxed" sanctions already
  were: a bare "reduce" is a cut in relations (160), which a hint or plan turned into a threat (131).
- Curbs or restrictions on named goods or their sale lifted, eased or relaxed are an embargo eased (085), as curbs on
  imports, exports and trade already were ("ban on" those goods is an embargo, 163); curbs on people stay 081.
- A travel ban is an administrative sanction (172: "travel ban", "barred from", "suspended travel" already were);
  the codebook's 191 (impose blockade, restrict movement) is the blockade of a territory, which "banned travel" is
  not. A travel ban on a politician is no ban of the politician (1722): "banned from travel" names what is banned.
- Permission given or granted is yielding (080), not aid (070): "refused to give permission" is then the codebook's
  refusal to yield (124), where it was a refusal of aid (122).
- Property destroyed, damaged or blown up with or in a missile, drone or air strike is the force the weapon is (195
  aerial; 194 artillery and rockets), not the non-military destruction of property (1712). The passive's "by a
  missile" is the parser's agent, which no row can require: it needs an events rule (xfail below).

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
        # sanctions eased by degree
        ("The European Union reduced sanctions on Belarus.", ("IGO", "BLR", "085")),
        ("The United States scaled back sanctions on Cuba.", ("USA", "CUB", "085")),
        ("Japan loosened sanctions on Russia.", ("JPN", "RUS", "085")),
        ("Canada softened its sanctions against Iran.", ("CAN", "IRN", "085")),
        ("Britain reduced its embargo on Venezuela.", ("GBR", "VEN", "085")),
        ("Japan trimmed its sanctions against Iran.", ("JPN", "IRN", "085")),
        ("Washington plans to reduce sanctions on Venezuela.", ("USA", "VEN", "0354")),
        ("The EU's reduction of sanctions on Belarus angered Poland.", ("IGO", "BLR", "085")),
        ("Officials in Washington hinted at reducing the sanctions on Syria.", ("USA", "SYR", "0354")),
        # curbs on named goods eased: an embargo eased (085), not an administrative restriction (081)
        ("China eased curbs on Australian coal.", ("CHN", "AUS", "085")),
        ("China lifted curbs on Australian wine.", ("CHN", "AUS", "085")),
        ("China relaxed restrictions on Japanese seafood.", ("CHN", "JPN", "085")),
        ("The United States eased curbs on chip sales to China.", ("USA", "CHN", "085")),
        # (curbs on people or gatherings stay administrative)
        ("Iran lifted restrictions on Afghan women in stadiums.", ("IRN", "AFG", "081")),
        # travel bans: administrative sanctions
        ("Jordan banned Syrian refugees from travel.", ("JOR", "SYR", "172")),
        ("Turkey banned travel to Iraq.", ("TUR", "IRQ", "172")),
        ("Russia banned the Georgian opposition leader from travel.", ("RUS", "GEO", "172")),
        ("Egypt barred the Sudanese journalist from leaving the country.", ("EGY", "SDN", "172")),
        # permission given is yielding (080); withheld, a refusal to yield (124)
        ("Egypt gave permission to Russia to use the canal.", ("EGY", "RUS", "080")),
        ("Turkey granted permission to the United States to use its air bases.", ("TUR", "USA", "080")),
        ("Egypt refused to give permission to Israel to use its airspace.", ("EGY", "ISR", "124")),
        ("The president would not give permission to Russia to help Syria.", ("GOV", "RUS", "124")),
        # property destroyed by arms: the force of the weapon
        ("Israel destroyed the Lebanese bridge with a missile.", ("ISR", "LBN", "195")),
        ("A Somali militant camp was destroyed in an American airstrike.", ("USA", "SOM", "195")),
    ],
)
def test_codes(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("A Ukrainian arms depot was destroyed by a Russian missile.", ("RUS", "UKR", "195")),
        ("A Houthi radar was blown up by an American missile.", ("USA", "YEM", "195")),
        ("A Syrian army depot was blown up by an Israeli drone.", ("ISR", "SYR", "195")),
        ("A Lebanese bridge was damaged by Israeli artillery.", ("ISR", "LBN", "194")),
    ],
)
def test_passive_by_weapon(analyzer, text: str, triple):
    # session 17: the passive's weapon agent is read as the row's "with"/"in" means (events.weapon_agent)
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.xfail(reason="'hit' has no row of means: an armed impact is 190 whatever the weapon", strict=True)
def test_passive_hit_by_weapon(analyzer):
    text = "An Iranian oil tanker was hit by an Israeli drone."
    assert ("ISR", "IRN", "195") in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # no weapon: property destroyed stays 1712
        ("Rebels blew up a Nigerian oil pipeline.", "1712"),
        ("Kenyan police destroyed the homes of Somali refugees.", "1712"),
    ],
)
def test_destruction_without_arms_stays(analyzer, text: str, code: str):
    codes = {c for _, _, c in country_triples(analyzer, text)}
    assert code in codes, (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Washington are hinting at lifting or reducing the sanctions on Iran.",
        "European diplomats signalled they could reduce the sanctions on Syria.",
    ],
)
def test_reduced_sanctions_are_no_threat(analyzer, text: str):
    codes = {c for _, _, c in country_triples(analyzer, text)}
    assert codes & {"0354", "085"} and not any(c.startswith("13") for c in codes), (text, codes)


@pytest.mark.parametrize(
    "text",
    [
        "The European Union announced the lifting of sanctions on Belarus.",
        "The European Union approved the easing of sanctions on Syria.",
    ],
)
@pytest.mark.xfail(
    reason="needs an events rule: 'announce/approve obj:@sanctions' reads through the act noun 'lifting of'",
    strict=True,
)
def test_sanctions_lifting_announced_is_no_imposition(analyzer, text: str):
    codes = {c for _, _, c in country_triples(analyzer, text)}
    assert "085" in codes and "163" not in codes, (text, codes)


def test_rows():
    rows = lexicon.patterns()
    assert any(p.code == "085" and p.objects and "sanction" in p.objects for p in rows[("V", "reduce")])
    assert all(p.code != "191" for p in rows[("V", "ban")])
    assert any(p.code == "080" and p.objects and "permission" in p.objects for p in rows[("V", "give")])
