"""Lexicon pass (session 16, round 1): "help" and "assist" read by what is given, and charges faced.

- Help that names what is given is aid of that kind: "helped Ukraine with weapons" (072), "with loans" (071), "with
  food" or "assisted flood victims" (073), "with aid" (070). The bare "help"/"assist" rows stay: "helped Syria" is aid
  of no named kind, and earlier sessions' tests pin it. "Help X do Y" ("helped the party win the election") is no aid
  by the codebook, but the lexicon cannot tell it from "helped Syria" (the act is a clausal complement the parser
  hangs on "help", which no row can require or forbid): it needs a rule in the events component (xfail below).
- Charges faced are the legal action of 173 taken against the one who faces them ("faces murder charges"), as
  "were charged with murder" and "were indicted on charges" are; the side that brings them is not named.
- Charging people is the codebook's formal charge (173), with or without "with" ("charged two men over the
  attack", "were charged on Monday", "charged the journalist under the cybercrime law"); a charge made in words ("Iran
  charged that ...", with no one charged) stays an accusation (112).
- Repression warned of ("warned protesters of a harsh crackdown", "of arrests") or threatened with ("threatened
  the journalists with a crackdown") is a threat of repression (137), as "threatened a crackdown" already was.
- Mediation of a named nation rejected is 126 toward that nation ("rejected Swiss mediation"), whatever the
  country adjective.

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
        # help that names what is given, or who is in need: aid by its kind
        ("Poland helped Ukraine with weapons.", ("POL", "UKR", "072")),
        ("Norway assisted Ukraine with artillery shells.", ("NOR", "UKR", "072")),
        ("Saudi Arabia helped Pakistan with loans.", ("SAU", "PAK", "071")),
        ("Kuwait helped Egypt with cash.", ("KWT", "EGY", "071")),
        ("Turkey helped Syria with food and medicine.", ("TUR", "SYR", "073")),
        ("Jordan assisted Gaza with food.", ("JOR", "PSE", "073")),
        ("Turkish rescuers assisted flood victims in Libya.", ("TUR", "LBY", "073")),
        ("Greek volunteers helped earthquake survivors in Turkey.", ("GRC", "TUR", "073")),
        ("Japan helped Bangladesh with aid.", ("JPN", "BGD", "070")),
        ("Germany helped Moldova with reconstruction.", ("DEU", "MDA", "070")),
        # charges faced: legal action against the one who faces them
        ("Three Kenyan police officers face murder charges.", (None, "KEN", "173")),
        ("Two Chinese nationals are facing espionage charges.", (None, "CHN", "173")),
        ("The Ugandan opposition leader faces an indictment for treason.", (None, "UGA", "173")),
        # people charged, with or without "with": a formal charge (173), not an accusation
        ("Ugandan police charged two Kenyan men over the attack.", ("UGA", "KEN", "173")),
        ("Kenyan prosecutors charged a Somali man for the bombing.", ("KEN", "SOM", "173")),
        ("Tanzania charged the Kenyan journalist under the cybercrime law.", ("TZA", "KEN", "173")),
        ("Three Chinese nationals were charged on Monday.", (None, "CHN", "173")),
        ("Two Nigerian students were charged in connection with the killing.", (None, "NGA", "173")),
        ("Malaysian prosecutors charged four Thai fishermen.", ("MYS", "THA", "173")),
        # a charge made in words is an accusation (112)
        ("Iran charged that the United States was arming the rebels.", ("IRN", "USA", "112")),
        # repression warned of or threatened: a threat of repression (137), as "threatened a crackdown" is
        ("Kenyan police warned protesters of a harsh crackdown.", ("KEN", "KEN", "137")),
        ("Zimbabwe's police chief warned opposition supporters of arrests.", ("ZWE", "ZWE", "137")),
        ("Belarus threatened the Polish journalists with a crackdown.", ("BLR", "POL", "137")),
        # (the parser hangs "by Nigeria's police" on the crackdown, so the passive has no source yet)
        ("Protesters in Lagos were warned of a crackdown by Nigeria's police.", (None, "NGA", "137")),
        # mediation of a named nation rejected
        ("Ethiopia rejected Egyptian mediation.", ("ETH", "EGY", "126")),
        ("Morocco rejected Algerian mediation over the border.", ("MAR", "DZA", "126")),
    ],
)
def test_codes(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Russian consultants helped the ruling party win the election.",
        "French detectives helped Belgian police find the suspects.",
        "China helped Pakistan build a nuclear reactor.",
        "Egypt helped Israel and Hamas reach a ceasefire.",
        "American lawyers assisted the Kenyan government in drafting the law.",
    ],
)
def test_help_to_act_is_no_aid(analyzer, text: str):
    found = {c for s, t, c in country_triples(analyzer, text)}
    assert not {c for c in found if c.startswith("07")}, (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the helped act keeps its own code and its own sides
        ("Egypt helped Israel and Hamas reach a ceasefire.", ("ISR", "PSE", "057")),
        ("France helped Mali fight the rebels.", ("MLI", "REB", "190")),
    ],
)
def test_helped_act_is_coded(analyzer, text: str, triple):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


def test_rows():
    rows = lexicon.patterns()
    assert any(p.code == "072" and p.objects and "weapon" in p.objects for p in rows[("V", "help")])
    assert any(p.code == "173" and p.reverse and p.objects and "charge" in p.objects for p in rows[("V", "face")])
