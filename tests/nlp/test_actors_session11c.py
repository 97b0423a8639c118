"""Actors of session 11 (round 3): plural demonyms of countries with two-word names ("South Koreans") are the
country's people as "Iranians" are; civilians whom a state's home forces act on, with no other country named near,
are that state's; "foreign agents" is a legal status, no police; a few business nouns and "Foggy Bottom". Each
positive case comes with the reading that must stay."""

from __future__ import annotations

import pytest
from dwtest import codes_at, first_codes_at, make_article, mention_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "who", "code"),
    [
        ("South Koreans demonstrated against Japan.", "South Koreans", "KOR"),
        ("North Koreans protested against China.", "North Koreans", "PRK"),
        ("Sri Lankans rallied against India.", "Sri Lankans", "LKA"),
        ("New Zealanders protested against France.", "New Zealanders", "NZL"),
        ("Costa Ricans marched against Nicaragua.", "Costa Ricans", "CRI"),
        ("Iranians protested against the United States.", "Iranians", "IRN"),
    ],
)
def test_plural_demonyms_of_two_word_countries_are_that_country(analyzer, text, who, code):
    assert codes_at(mention_codes(analyzer, text), who) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Syrian government forces used chemical weapons against civilians.", "SYRCVL"),
        ("Myanmar security forces opened fire on civilians.", "MMRCVL"),
        ("Civilians were attacked by Ethiopian government forces.", "ETHCVL"),
        ("Iranian police beat civilians during the protests.", "IRNCVL"),
        # must stay: an army abroad, or another country named beside the civilians
        ("Russian troops shelled civilians.", "CVL"),
        ("Ukraine said Russian troops shelled civilians.", "CVL"),
        ("Kenyan police protected civilians from Somali militants.", "CVL"),
    ],
)
def test_civilians_of_a_states_home_forces_are_its_own(analyzer, text, code):
    assert first_codes_at(mention_codes(analyzer, text), "civilians", "Civilians") == [code]


def _live_codes(analyzer, text: str) -> list[str | None]:
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return [m.code for m in doc._.dw_mentions if not m.absorbed]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow labeled the journalists foreign agents.",
        "The group was registered as foreign agents.",
        "Russia passed a foreign agents law.",
        "The ministry designated the newspaper a foreign agent.",
    ],
)
def test_foreign_agents_is_a_status_not_police(analyzer, text):
    assert "COP" not in {c[-3:] for c in _live_codes(analyzer, text) if c}


@pytest.mark.parametrize(
    ("text", "who", "code"),
    [
        ("Federal agents arrested two Mexican men.", "Federal agents", "COP"),
        ("Russian agents poisoned a former spy in Britain.", "Russian agents", "RUSCOP"),
        ("The law restricted foreign agents operating in Mexico.", "agents", "COP"),
    ],
)
def test_other_agents_keep_their_reading(analyzer, text, who, code):
    assert codes_at(mention_codes(analyzer, text), who) == [code]


@pytest.mark.parametrize(
    ("text", "who", "code"),
    [
        ("The Indian company Tata sued a British steelmaker.", "British steelmaker", "GBRBUS"),
        ("Foggy Bottom criticized Beijing.", "Foggy Bottom", "USAGOV"),
    ],
)
def test_business_nouns_and_foggy_bottom(analyzer, text, who, code):
    assert codes_at(mention_codes(analyzer, text), who) == [code]
