"""Lexicon pass (session 13, round 3): act nouns that carry the event when a passive verb of saying or ordering
only reports them ("a truce was proclaimed by X"), and a few wordings of rarer codes.

A truce, ceasefire or armistice is a declared truce (0871: "Declare truce, ceasefire"); a reduction in or halt to
hostilities, or in troops, is de-escalation (087: "De-escalate military engagement"); demobilization and the
disbandment of units or reservists is demobilizing armed forces (0873); joint work, joint projects and a project
joined are material cooperation (060), a joint venture economic cooperation (061), a project one declines to join
its rejection (12x); a display or show of military might is a force posture (150); an embargo or tariffs slapped on
someone are sanctions imposed (163) and, threatened, a threat of sanctions (1312); a wave of dissent, or dissent by
a group, is dissent (140); police put or placed on alert is police alert raised (151: "Increase police alert
status"), an army on alert its own code (152). The tokenizer splits hyphenated words: "go-between" leaves "between"
as the object of "as" (045: "Mediate") and "cease-fire" is "fire" with "cease" as its compound (0871).

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country_triples, event_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a truce or ceasefire reported by a passive verb of saying or ordering (0871)
        ("A ceasefire with Armenia was proclaimed by Azerbaijan's president.", ("AZE", "ARM", "0871")),
        ("A two-week armistice with Ethiopia was announced by the Eritrean government.", ("ERI", "ETH", "0871")),
        # the tokenizer splits "cease-fire": head "fire", compound "cease" (0871)
        ("A cease-fire with the rebels was declared by Colombia's government.", ("COL", "COL", "0871")),
        # disbandment of units (0873)
        ("The disbandment of three reserve battalions was ordered by Ukraine's army chief.", ("UKR", None, "0873")),
        ("Colombia's government disbanded two army brigades on Monday.", ("COL", None, "0873")),
        # joint work and joint projects (060); a project declined (12x)
        ("Joint work between Chile and Peru on port security was expanded by the two navies.", ("CHL", "PER", "060")),
        ("Joint projects with Kenya were announced by Uganda's president.", ("UGA", "KEN", "060")),
        ("Uganda joined a Chinese-led project to build a new railway.", ("UGA", "CHN", "060")),
        ("A joint venture between Toyota and a Chinese carmaker was announced.", ("JPN", "CHN", "061")),
        ("Uganda declined to join a Chinese-led project to build a new railway.", ("UGA", "CHN", "121")),
        # an embargo or tariffs slapped on someone (163), threatened (1312)
        ("The United States slapped an embargo on Venezuelan oil.", ("USA", "VEN", "163")),
        ("China threatened to slap tariffs on Australian wine.", ("CHN", "AUS", "1312")),
        # a go-between: the tokenizer leaves "between" as the object of "as" (045)
        ("Turkey acted as a go-between for Russia and Ukraine.", ("TUR", "RUS", "045")),
    ],
)
def test_reported_acts_reach_their_code(analyzer, text: str, triple: tuple[str | None, str | None, str]):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A 72-hour truce around Khartoum was proclaimed by Sudan's army on Monday.", "0871"),
        # a reduction in or halt to hostilities (087)
        ("A reduction in hostilities along the Lebanese border was ordered by Israel's defence minister.", "087"),
        ("A halt to hostilities with Thailand was ordered by Cambodia's prime minister.", "087"),
        # troops cut (087)
        ("A reduction in troops along the Polish border was announced by Belarus.", "087"),
        # demobilization (0873)
        ("The demobilization of 20,000 Armenian reservists was ordered by the defence ministry in Yerevan.", "0873"),
        # a display of military might (150)
        ("Iran's display of military might near the Gulf was aimed at Saudi Arabia.", "150"),
        # police put or placed on alert (151)
        ("Kenyan police were put on high alert along the Somali border.", "151"),
        ("Egypt placed its police on alert ahead of the protests.", "151"),
        # dissent (140)
        ("A wave of dissent by Kenyan teachers against the government spread to Mombasa.", "140"),
        ("Dissent by Turkish lawyers grew.", "140"),
    ],
)
def test_reported_acts_are_coded(analyzer, text: str, code: str):
    """The sides of these wordings rest on the actor and event readings; the code is the lexicon's."""
    assert code in event_codes(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a ceasefire broken is its violation, not one declared
        ("Russia violated the ceasefire with Ukraine.", {"0871"}),
        # fire opened is no ceasefire
        ("The Israeli army opened fire on protesters in Gaza.", {"0871"}),
        # an army on alert is the armed forces' alert, not police
        ("Pakistan put its army on high alert along the Indian border.", {"151"}),
        # a reduction in staff is no de-escalation
        ("Germany announced a reduction in embassy staff in Moscow.", {"087"}),
        # a crackdown on dissent is repression, not dissent
        ("The crackdown on dissent by Egyptian police continued.", {"140"}),
    ],
)
def test_other_senses(analyzer, text: str, codes: set[str]):
    found = {c for s, t, c in country_triples(analyzer, text)}
    assert not found & codes, (text, country_triples(analyzer, text))
