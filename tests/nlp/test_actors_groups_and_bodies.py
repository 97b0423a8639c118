"""Actor coverage for whole news stories: social and occupational groups, agencies and watchdogs by name
or acronym, regional sides ("the West", "European countries") and people who work for a named body."""

from __future__ import annotations

import pytest
from dwtest import make_article

pytestmark = pytest.mark.slow


def _codes(analyzer, text: str) -> dict[str, str | None]:
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return {m.text: m.code for m in doc._.dw_mentions if not m.absorbed}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The DOJ filed charges on Monday.", "The DOJ", "USAJUD"),
        ("USCIS paused the applications.", "USCIS", "USAGOV"),
        ("CENTCOM said the strike killed two militants.", "CENTCOM", "USAMIL"),
        ("The ACLU sued the administration.", "The ACLU", "USANGO"),
        ("Freedom House criticized the vote.", "Freedom House", "NGO"),
        ("The Frontier Corps opened fire.", "The Frontier Corps", "PAKMIL"),
        ("Europe banned the imports.", "Europe", "EUR"),
        ("The West condemned the coup.", "The West", "WST"),
    ],
)
def test_named_bodies_and_regions(analyzer, text: str, mention: str, code: str) -> None:
    assert _codes(analyzer, text).get(mention) == code


def test_regional_demonyms_qualify_agents(analyzer) -> None:
    codes = _codes(analyzer, "Western politicians and European leaders urged restraint.")
    assert codes.get("Western politicians") == "WSTGOV"
    assert codes.get("European leaders") == "EURGOV"


def test_european_union_stays_an_organization(analyzer) -> None:
    assert _codes(analyzer, "The European Union imposed sanctions.").get("The European Union") == "IGOEUR"


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Poultry farmers protested the imports.", "Poultry farmers", "AGR"),
        ("Chicken sellers blamed the drought.", "sellers", "BUS"),
        ("Tourism businesses demanded compensation.", "Tourism businesses", "BUS"),
        ("Publishers rejected the new law.", "Publishers", "MED"),
        ("Advocacy groups filed a lawsuit.", "Advocacy groups", "NGO"),
        ("Deportees were flown out on Friday.", "Deportees", "CVL"),
        ("Lawyers appealed the ruling.", "Lawyers", "JUD"),
    ],
)
def test_social_and_occupational_groups(analyzer, text: str, mention: str, sector: str) -> None:
    assert _codes(analyzer, text).get(mention) == sector


def test_person_with_an_organization_is_its_country(analyzer) -> None:
    codes = _codes(analyzer, "Officials with Immigration and Customs Enforcement flew the detainees out.")
    assert (codes.get("Officials with Immigration and Customs Enforcement") or "").startswith("USA")


def test_with_a_country_is_no_affiliation(analyzer) -> None:
    # "talks with China" says who the other party is, not whose the officials are
    codes = _codes(analyzer, "Officials held talks with China on Monday.")
    assert codes.get("Officials") == "GOV"
    assert codes.get("China") == "CHN"


def test_people_without_office_keep_their_sector(analyzer) -> None:
    codes = _codes(analyzer, "Joshua Wong and Maria Ressa spoke to reporters.")
    assert codes.get("Joshua Wong") == "HKGOPP"
    assert codes.get("Maria Ressa") == "PHLMED"


def test_dated_role_ends_with_its_spell(analyzer) -> None:
    doc = analyzer.nlp(analyzer.make_doc(make_article("Navalny criticized the Kremlin.", date="2025-03-01")))
    assert {m.text: m.code for m in doc._.dw_mentions}.get("Navalny") == "RUS"
    doc = analyzer.nlp(analyzer.make_doc(make_article("Navalny criticized the Kremlin.", date="2020-03-01")))
    assert {m.text: m.code for m in doc._.dw_mentions}.get("Navalny") == "RUSOPP"


def test_compass_region_does_not_take_a_longer_place_name(analyzer) -> None:
    codes = _codes(analyzer, "Israel raided the West Bank. The West condemned the raid in West Africa.")
    assert codes.get("West Bank") == "PSE"
    assert codes.get("The West") == "WST"
    assert not any(c and c.startswith("WST") for t, c in codes.items() if t != "The West")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("ICE officials detained the man.", "ICE officials", "USACOP"),
        ("Pentagon officials briefed reporters.", "Pentagon officials", "USAMIL"),
        ("Officials with ICE detained the man.", "Officials with ICE", "USACOP"),
        ("DEA agents seized the cargo.", "DEA agents", "USACOP"),
        ("State Department officials briefed reporters.", "State Department officials", "USAGOV"),
        ("Beijing police detained the activist.", "Beijing police", "CHNCOP"),
        ("Mexican officials briefed reporters.", "Mexican officials", "MEXGOV"),
        ("U.S. troops entered the town.", "U.S. troops", "USAMIL"),
    ],
)
def test_agent_of_a_named_body_takes_the_narrower_sector(analyzer, text: str, mention: str, code: str) -> None:
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    found = {m.text: m for m in doc._.dw_mentions if not m.absorbed}
    assert found[mention].code == code
    assert found[mention].sector == code[3:]  # the code and the sector say the same thing


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Iran rejected the European offer.", "European", "EUR"),
        ("European officials urged restraint.", "European officials", "EURGOV"),
        ("European troops arrived on Monday.", "European troops", "EURMIL"),
        ("The European Commission fined the company.", "The European Commission", "IGOEUR"),
        ("The European Parliament condemned the arrests.", "The European Parliament", "IGOEUR"),
        ("The European Court of Human Rights ruled on Tuesday.", "The European Court of Human Rights", "IGOCOE"),
        ("The European Investment Bank lent the money.", "The European Investment Bank", "IGOEUR"),
    ],
)
def test_european_is_a_demonym_but_not_inside_a_body_name(analyzer, text: str, mention: str, code: str) -> None:
    index = analyzer.nlp(analyzer.make_doc(make_article(text)))._.dw_mentions
    codes = {m.text: m.code for m in [*index, *index.modifiers.values()]}  # "European offer": a modifier
    assert codes.get(mention) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Russia criticized Ukraine for the latter's refusal to cave.", "latter", "UKR"),
        ("China and Japan met, and the former criticized the latter.", "former", "CHN"),
        ("China and Japan met, and the former criticized the latter.", "latter", "JPN"),
        ("Iran and Iraq traded blame. The latter accused the former of shelling.", "latter", "IRQ"),
        ("Iran and Iraq traded blame. The latter accused the former of shelling.", "former", "IRN"),
    ],
)
def test_former_and_latter_point_to_the_last_two_actors(analyzer, text: str, word: str, code: str) -> None:
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    assert {m.text: m.code for m in doc._.dw_mentions if m.pronoun}.get(word) == code


def test_former_and_latter_need_two_actors_and_a_noun_use(analyzer) -> None:
    doc = analyzer.nlp(analyzer.make_doc(make_article("Iran said the latter option was better than the former.")))
    assert not any(m.pronoun for m in doc._.dw_mentions)
    doc = analyzer.nlp(analyzer.make_doc(make_article("Russia and Ukraine met. The former president spoke.")))
    assert not any(m.pronoun and m.text == "former" for m in doc._.dw_mentions)
