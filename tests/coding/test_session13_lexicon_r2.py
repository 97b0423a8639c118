"""Lexicon pass (session 13, round 2): wordings of the codebook's rarer codes that had no row or a wrong one.

Verbal defence said as speaking out in or coming to someone's defence (052: "Defend verbally"); others rallied
against a country (113: "Rally opposition against"), as against "rallied against X" alone, a protest (141); an
appeal, plea or petition denied is a request rejected (120), not responsibility denied (016); food refused is a
hunger strike (142); access to websites or the internet blocked or restricted limits political freedoms (1721); a
road or avenue shut down by protesters is passage obstructed (144); a car or truck bomb set off is a car bombing
(1832); people confined to their homes are under curfew (1723); an attempt on someone's life is an assassination
attempt (185); mass violence unleashed is unconventional mass violence (200); civil disobedience and dissent against
a government are protest (140); a role or involvement accepted for outsiders is international involvement allowed
(086); a nuclear device exploded (2042); stepping back from mediating (165); a contingent taken in (0861); violent
unrest (145); a march by or to someone (141); displeasure with someone (110).

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country_triples, event_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # verbal defence (052)
        ("Qatar's emir spoke out in defence of Turkey after the Greek criticism.", ("QAT", "TUR", "052")),
        ("Hungary came to the defence of Serbia in the debate on Kosovo.", ("HUN", "SRB", "052")),
        ("Cuba rose to the defence of Venezuela at the summit.", ("CUB", "VEN", "052")),
        # others rallied against a country (113)
        ("Ukraine rallied African governments against Russia.", ("UKR", "RUS", "113")),
        ("France rallied its European partners against Iran.", ("FRA", "IRN", "113")),
        # an appeal or plea denied is a request rejected (12x), not responsibility denied
        ("The Kenyan government denied Somalia's appeal for emergency funding.", ("KEN", "SOM", "120")),
        ("Greece denied Albania's plea for more border crossings.", ("GRC", "ALB", "120")),
        # food refused is a hunger strike (142)
        ("Jailed Iranian activists refused food in Evin prison for a week.", ("IRN", None, "142")),
        # food refused to press for a leader's removal is a hunger strike for leadership change (1421)
        ("Jailed Iranian activists refused food to demand the resignation of the president.", ("IRN", "IRN", "1421")),
        # access to websites or the internet blocked or restricted is a restriction of political freedoms (1721)
        ("Turkey blocked access to the websites of Kurdish newspapers.", ("TUR", None, "1721")),
        ("Iran restricted access to the internet in Tehran.", ("IRN", None, "1721")),
        # dissent against a government is protest (140)
        ("Dissent against the Turkish government by Kurdish students grew.", ("TUR", "TUR", "140")),
        # a road or avenue shut down by protesters is passage obstructed (144)
        ("Serbian students shut down the main avenue of Novi Sad for hours.", ("SRB", "SRB", "144")),
        # a car or truck bomb set off is a car bombing (1832)
        # people confined to their homes: curfew (1723)
        ("Israeli forces confined Palestinian residents of Hebron to their homes.", ("ISR", "PSE", "1723")),
        # an attempt on someone's life (185)
        # mass violence unleashed (200)
        ("Sudan's army unleashed mass violence against Masalit civilians.", ("SDN", "CVL", "200")),
        # civil disobedience and dissent (140)
        # a role or involvement accepted for outsiders (086)
        ("Sudan accepted a role for the African Union in monitoring the truce.", ("SDN", "IGO", "086")),
        ("Sudan accepted an international role for Egypt in the talks.", ("SDN", "EGY", "086")),
    ],
)
def test_rare_codes_reach_their_code(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # rallying against a country with no one rallied is a protest, not opposition rallied
        ("Thousands of Serbs rallied against Croatia in Belgrade.", {"113"}),
        # the defence of a city is fighting, not words
        ("Ukraine strengthened the defence of Kharkiv against Russia.", {"052"}),
        # access to a building blocked by protesters is passage obstructed, not a restriction of freedoms
        ("Protesters blocked access to the parliament building in Tbilisi.", {"1721"}),
        # a bomb set off by the army in a quarry is no nuclear blast; "the march in March" is no protest
        ("The Turkish army set off a controlled bomb in a quarry.", {"2042"}),
        ("Prices fell in March to their lowest level in Ghana.", {"141"}),
        # an appeal denied is no responsibility denied
        ("Kenya denied Uganda's appeal for more water from the lake.", {"016"}),
    ],
)
def test_other_senses(analyzer, text: str, codes: set[str]):
    found = {c for s, t, c in country_triples(analyzer, text)}
    assert not found & codes, (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a car or truck bomb set off is a car bombing (1832), before the bomb rows (183)
        ("Militants detonated a car bomb outside the Turkish embassy in Mogadishu.", "1832"),
        ("Insurgents set off a truck bomb near the Iraqi parliament.", "1832"),
        # an attempt on someone's life (185)
        ("Gunmen made an attempt on the life of the Libyan ambassador in Cairo.", "185"),
        # civil disobedience (140)
        ("Armenian opposition groups began a campaign of civil disobedience against the government.", "140"),
        # a nuclear device exploded or set off is a nuclear detonation (2042), before the bomb rows (183)
        ("North Korea exploded a nuclear device under its test site.", "2042"),
        ("A nuclear bomb was exploded by Pakistan in the desert.", "2042"),
        # stepping back from mediating is halting mediation (165)
        ("Egypt stepped back from mediating between Sudan and Ethiopia.", "165"),
        # a contingent of troops taken in or received is peacekeepers received (0861)
        ("Kosovo took in a contingent of Polish peacekeepers.", "0861"),
        ("Lebanon received a fresh contingent of Irish troops for the UN mission.", "0861"),
        # violent unrest or protest is a violent protest (145)
        ("Violent unrest by Kurdish youths in Diyarbakir left police injured.", "145"),
        ("Violent demonstrations by Chilean students broke out in Santiago.", "145"),
        # a march by or to someone is a demonstration (141)
        ("A march by Tunisian activists to the French embassy drew thousands.", "141"),
        # displeasure with someone is disapproval (110)
        ("Peru's displeasure with Chile over the fishing quotas was made plain.", "110"),
    ],
)
def test_rare_codes_are_coded(analyzer, text: str, code: str):
    """The sides of these wordings rest on the actor and event readings; the code is the lexicon's."""
    assert code in event_codes(analyzer, text), (text, country_triples(analyzer, text))
