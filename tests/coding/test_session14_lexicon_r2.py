"""Lexicon pass (session 14, round 2): families of phrasings left open by earlier sessions.

- Inspectors, monitors and observers let in, granted access, denied access, blocked, obstructed or pulled out: CAMEO's
  international involvement codes (0862 received, 1245 refused, 1662 pulled out, 0355 agreed to), and what is asked
  of a side about them (0255 appealed for, 1055 demanded), whatever verb of the appeal or demand family asks it; an
  inspector granted or allowed access is received (0862), as aid agencies granted access are humanitarian access
  (0863); humanitarian access appealed for is 0255 (allowing it is 086), not an appeal for aid.
- The appeal family (call for, urge, ask for, appeal for, seek, request, push for, plead for) and the demand family
  (demand, press for, insist on) name what is asked by their object: the release of people or property (0253/1053),
  a ceasefire, withdrawal or de-escalation (0256/1056), inspections, monitors or access (0255/1055). "The return of"
  hostages is a release asked for where the verb takes it as its direct object ("urged", "sought", "requested",
  "demanded"), and "a return to talks" is told apart by its "to"; under "called for" the row cannot see the
  object's own preposition, so "called for the return of" stays a plain appeal (020).
- People killed in a massacre or genocide are mass killing (202), as "massacred" and "committed a massacre" are.
- A ban or restrictions lifted or eased on parties or politicians are CAMEO's 0812, on protests, the press or the
  internet 0811 (the "on" object under the ban names what is freed); leaders, politicians and officials released are
  persons released (0841) (officials are left out: "released official figures").
- A ban lifted, dropped, eased or relaxed "on" imports, exports or trade is an embargo eased (085); curbs rolled back
  are eased like curbs lifted (081, or 085 for export and import curbs).
- A report, figures, data, footage or a budget released is information made public (010, as a statement released
  is), not CAMEO's return or release (084).
- An embassy's or consulate's operations suspended are relations reduced (161), not a military operation stopped;
  talks frozen or halted are negotiations halted (164: rows of earlier sessions, pinned here).

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
        # inspectors and monitors let in, granted access: received (0862)
        ("Iran let in UN nuclear inspectors last week.", ("IRN", "IGO", "0862")),
        ("Iraq granted UN inspectors access to the palace.", ("IRQ", None, "0862")),
        # refused: denied, blocked, obstructed or banned (1245)
        ("Iran denied IAEA inspectors access to the site.", ("IRN", "IGO", "1245")),
        ("Syria blocked UN inspectors from the town.", ("SYR", "IGO", "1245")),
        ("Iraq obstructed the UN inspectors for months.", ("IRQ", "IGO", "1245")),
        ("Russia denied OSCE monitors access to the region.", ("RUS", "IGO", "1245")),
        # withdrawn or pulled out: 1662
        ("The UN pulled out its weapons inspectors from Iraq.", ("IGO", "IRQ", "1662")),
        # agreed to: intent to allow international involvement (0355)
        ("Iran agreed to inspections of its nuclear sites.", ("IRN", None, "0355")),
        # appealed for or demanded, by any verb of the family (0255, 1055); humanitarian access too (allowing it is 086)
        ("The UN called for humanitarian access to Gaza.", ("IGO", "PSE", "0255")),
        ("France called for UN inspections of the Syrian sites.", ("FRA", "IGO", "0255")),
        ("Britain called for international monitors in Kosovo.", ("GBR", "KSV", "0255")),
        ("Germany asked for inspections of Iranian nuclear sites.", ("DEU", "IRN", "0255")),
        ("Israel pressed for snap inspections of Iranian sites.", ("ISR", "IRN", "1055")),
        # the release or return asked for (0253) or demanded (1053)
        ("Ukraine urged the return of its children from Russia.", ("UKR", "RUS", "0253")),
        ("Kuwait urged the return of Kuwaiti prisoners from Iraq.", ("KWT", "IRQ", "0253")),
        ("Israel sought the release of its hostages from Hamas.", ("ISR", "PSE", "0253")),
        ("Qatar requested the release of Qatari nationals held by Iran.", ("QAT", "IRN", "0253")),
        ("Mexico pushed for the release of its citizens from Venezuela.", ("MEX", "VEN", "0253")),
        ("Armenia pressed for the release of its prisoners from Azerbaijan.", ("ARM", "AZE", "1053")),
        ("Greece insisted on the return of the Parthenon marbles from Britain.", ("GRC", "GBR", "1053")),
        # a ceasefire or withdrawal asked for by any verb of the appeal family (0256)
        ("Egypt pushed for a ceasefire in Gaza.", ("EGY", "PSE", "0256")),
        ("Lebanon sought the withdrawal of Israeli troops from its south.", ("LBN", "ISR", "0256")),
        ("Mali requested the withdrawal of French troops.", ("MLI", "FRA", "0256")),
        # killed in a massacre or genocide: mass killing (202)
        ("Soldiers killed dozens of Sudanese villagers in a massacre.", ("MIL", "SDN", "202")),
        ("Serbian forces killed Bosnian men in a genocide.", ("SRB", "BIH", "202")),
        # talks frozen or halted: negotiations halted (164)
        ("The European Union froze its accession talks with Turkey.", ("IGO", "TUR", "164")),
        ("Russia halted peace talks with Ukraine.", ("RUS", "UKR", "164")),
        # a ban or restrictions lifted or eased on parties and politicians (0812), or on protests and the press (0811)
        ("Ethiopia lifted the ban on opposition parties.", ("ETH", "OPP", "0812")),
        ("Sudan eased restrictions on political parties.", ("SDN", None, "0812")),
        ("Egypt lifted the ban on street protests.", ("EGY", None, "0811")),
        ("Myanmar eased restrictions on the press.", ("MMR", "MED", "0811")),
        # a ban lifted, dropped or eased on imports, exports or trade is an embargo eased (085), not an administrative
        # restriction; export or import curbs rolled back too
        ("Canada dropped the ban on Chinese imports.", ("CAN", "CHN", "085")),
        ("India lifted the ban on rice exports to Bangladesh.", ("IND", "BGD", "085")),
        ("Japan rolled back export curbs on South Korea.", ("JPN", "KOR", "085")),
        ("China rolled back restrictions on foreign journalists.", ("CHN", "MED", "081")),
        # people of office or note released: persons released (0841), not property
        ("The Nigerien junta released the ousted president.", ("NER", None, "0841")),
        ("Belarus released an opposition politician from prison.", ("BLR", "OPP", "0841")),
        # an embassy's operations suspended: relations reduced (161)
        ("Canada suspended embassy operations in Iran.", ("CAN", None, "161")),
    ],
)
def test_families(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a return to talks, calm or constitutional order asked for is no release of people or property
        ("The African Union urged a return to constitutional order in Gabon.", {"0253"}),
        ("The EU called for a return to constitutional order in Niger.", {"0253"}),
        ("Britain demanded a return to the negotiating table in Yemen.", {"1053"}),
        # a report, figures, data or footage released is information made public, no return or release (084)
        ("The Turkish defence ministry released official figures on Monday.", {"084", "0841", "0842"}),
        ("Israel released video footage of the raid.", {"084", "0841", "0842"}),
        ("Russia released its defence budget for next year.", {"084", "0841", "0842"}),
        ("Human Rights Watch released a report on Ethiopia.", {"084", "0841", "0842"}),
        ("Hamas released a video of two Israeli hostages.", {"084", "0841", "0842"}),
        # sanctions lifted on an official are eased sanctions, not a party unbanned
        ("The United States lifted sanctions on a Hungarian minister.", {"0812", "0811"}),
        # access denied to a journalist or a court is no international involvement refused
        ("Belarus denied the journalist access to the courtroom.", {"1245"}),
        # a military operation suspended is no relations reduced
        ("Israel suspended its military operations in Rafah.", {"161"}),
        # people killed in a raid or an attack are no mass killing
        ("Soldiers killed three Malian fighters in a raid.", {"202"}),
        # a road blocked is a protest blockade, and inspectors' reports are not inspectors
        ("Farmers blocked the highway to Brussels.", {"1245"}),
    ],
)
def test_other_senses(analyzer, text: str, codes: set[str]):
    found = {c for s, t, c in country_triples(analyzer, text)}
    assert not found & codes, (text, country_triples(analyzer, text))


def test_rows():
    rows = lexicon.patterns()
    assert any(p.code == "0862" and p.objects and "inspector" in p.objects for p in rows[("V", "let")])
    assert any(p.code == "1245" and p.objects and "inspector" in p.objects for p in rows[("V", "deny")])
    assert any(p.code == "0253" and p.objects and "return" in p.objects for p in rows[("V", "urge")])
    assert any(p.code == "202" and p.objects and "massacre" in p.objects for p in rows[("V", "kill")])
    assert any(p.code == "164" and p.objects and "talk" in p.objects for p in rows[("V", "freeze")])
