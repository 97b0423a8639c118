"""Lexicon pass (session 13, round 1): acts that name the sub-code of what is asked, promised or done.

A dispute settled (057, asked for as settling: 027/107), a policy rethought or reconsidered (0832, asked for as
policy change: 0242/1042), rights respected (0833: 0243/1043), democracy, parliament or constitutional order
restored (0834: 0244/1044) and inspectors let in (0862, as inspectors received or accepted: 0255/1055). An
appeal or demand is coded through the act it asks for (`cameo.demanded`), so the act's own row names the
appeal's sub-code. Also: protests, rallies and strikes against a law or measure (1412, 1432);
inquiries into rammings, incursions and abuses (093, 092); diplomatic or political cooperation and positions
coordinated (050), joint projects launched (060); humanitarian and military aid cut or frozen (1623, 1622); property
confiscated (1711).

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
        # a dispute settled, asked for: an appeal or demand to settle the dispute (027, 107)
        ("Ghana urged Togo to settle the fishing dispute through talks.", ("GHA", "TGO", "027")),
        ("Chile called on Bolivia to settle their water dispute.", ("CHL", "BOL", "027")),
        ("Egypt demanded that Sudan settle the border row.", ("EGY", "SDN", "107")),
        # a policy rethought or reconsidered, asked for: policy change (0242, 1042)
        ("Norway urged Iceland to rethink its whaling policy.", ("NOR", "ISL", "0242")),
        ("Germany asked Poland to reconsider its decision on the pipeline.", ("DEU", "POL", "0242")),
        ("Spain demanded that Morocco reconsider its fishing policy.", ("ESP", "MAR", "1042")),
        # rights respected, asked for: rights (0243, 1043)
        ("Sweden urged Turkey to respect the rights of Kurdish prisoners.", ("SWE", "TUR", "0243")),
        ("Austria demanded that Hungary respect the rights of refugees.", ("AUT", "HUN", "1043")),
        # democracy, parliament or constitutional order restored, asked for: change in institutions (0244, 1044)
        ("Nigeria urged Guinea's junta to restore democracy.", ("NGA", "GIN", "0244")),
        ("The African Union demanded that Gabon's junta restore constitutional order.", ("IGO", "GAB", "1044")),
        # inspectors let in or allowed are inspectors received (0862); asked for, international involvement (0255, 1055)
        ("Iran allowed UN inspectors to visit the Fordow site.", ("IRN", "IGO", "0862")),
        ("France urged Syria to allow chemical weapons inspectors into the country.", ("FRA", "SYR", "0255")),
        ("Britain demanded that Iran allow UN inspectors to visit its nuclear sites.", ("GBR", "IRN", "1055")),
        # protests, rallies, marches and strikes against a law, policy or measure demand its change (1412, 1432), as
        # "protested the law" and "protest for reform" do
        ("Farmers in Paris protested against the new fuel tax.", ("FRA", None, "1412")),
        ("Thousands of Greeks marched against the pension reform in Athens.", ("GRC", None, "1412")),
        ("Kenyan students staged a rally against the finance bill in Nairobi.", ("KEN", None, "1412")),
        ("Serbian teachers held a demonstration against the new education law.", ("SRB", None, "1412")),
        ("A strike by Nigerian unions against the fuel subsidy cut shut down Lagos.", ("NGA", None, "1432")),
        # an inquiry into a ramming, an incursion or an attack is one into military action (093)
        ("Japan launched an inquiry into the incursion by Chinese jets.", ("JPN", "CHN", "093")),
        # cooperation or coordination called diplomatic or political is diplomatic cooperation (050), as "military
        # cooperation" is military (062); positions coordinated are diplomatic; joint projects launched are material
        # cooperation (060)
        ("Kenya announced closer diplomatic coordination with Ethiopia.", ("KEN", "ETH", "050")),
        ("Kenya's political cooperation with Ethiopia has grown this year.", ("KEN", "ETH", "050")),
        ("Chile coordinated its positions with Peru ahead of the summit.", ("CHL", "PER", "050")),
        ("Senegal launched joint projects with Gambia on fisheries and roads.", ("SEN", "GMB", "060")),
        # humanitarian aid or relief stopped, cut, frozen or paused is humanitarian aid reduced (1623); military aid
        # withheld, frozen or cut off is military aid reduced (1622)
        ("Sweden suspended humanitarian aid to Somalia.", ("SWE", "SOM", "1623")),
        ("Britain cut humanitarian assistance to Yemen.", ("GBR", "YEM", "1623")),
        ("Japan froze humanitarian aid to Myanmar.", ("JPN", "MMR", "1623")),
        ("Norway halted relief shipments to Sudan.", ("NOR", "SDN", "1623")),
        ("Washington withheld military aid from Egypt.", ("USA", "EGY", "1622")),
        ("Germany froze military assistance to Niger.", ("DEU", "NER", "1622")),
        # whatever is confiscated is property taken (1711: "Confiscate property"); a company, subsidiary or stake seized
        # is property confiscated, as assets and land seized are
        ("Belarus confiscated the local branch of a Polish bank.", ("BLR", "POL", "1711")),
        ("Venezuela seized the Colombian company's subsidiary in Caracas.", ("VEN", "COL", "1711")),
    ],
)
def test_asked_acts_name_the_sub_code(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a lawsuit, a bill or a debt settled is no dispute settled between sides; a ceasefire respected stays 0871
        ("Ghana settled its debt with the IMF last year.", {"057", "027", "107"}),
        ("Ghana respected the ceasefire with Togo.", {"0833"}),
        # electricity restored is no change of institutions
        ("Kenya restored electricity to Uganda's border towns.", {"0834"}),
        # a rally against a rival team or a strike against militants is no protest for a policy change
        ("Kenyan fans rallied against Uganda's football team in Nairobi.", {"1412"}),
        ("Nigerian jets carried out strikes against Boko Haram camps.", {"1432"}),
        # a project launched at home names no partner
        ("Senegal launched a new housing project in Dakar.", {"060"}),
        # military operations paused are no aid stopped
        ("Israel paused military operations in Gaza.", {"1622", "162"}),
    ],
)
def test_other_senses_are_no_event(analyzer, text: str, codes: set[str]):
    found = {c for s, t, c in country_triples(analyzer, text) if s and t and s != t}
    assert not found & codes, (text, country_triples(analyzer, text))


def test_rows():
    rows = lexicon.patterns()
    # inspectors allowed or let in are received (0862) before the row of observers and monitors (086)
    allow = rows[("V", "allow")]
    inspectors = next(p for p in allow if p.code == "0862")
    others = next(p for p in allow if p.code == "086")
    assert inspectors.line < others.line
    assert any(p.code == "057" and p.objects and "dispute" in p.objects for p in rows[("V", "settle")])
