"""dyadwatch_actors: dictionary actors, country+sector combinations, roles in time, later mentions."""

from __future__ import annotations

import pytest
from dwtest import make_article

pytestmark = pytest.mark.slow


def _actors(analyzer, text: str, date: str = "2025-08-08"):
    record = analyzer.analyze(make_article(text, date))
    for a in record.actors:
        for m in a.mentions:
            assert record.article.text[m.start : m.end] == m.text
    return record.actors


def _codes(actors) -> dict[str, str | None]:
    return {m.text: a.code for a in actors for m in a.mentions}


def test_actors_demonym_modifier_gives_country_and_sector(analyzer):
    codes = _codes(_actors(analyzer, "Mexican officials met U.S. troops and the Brazilian police."))
    assert codes["Mexican officials"] == "MEXGOV"
    assert codes["U.S. troops"] == "USAMIL"
    assert codes["Brazilian police"] == "BRACOP"


def test_actors_of_and_in_complements_give_the_country(analyzer):
    codes = _codes(_actors(analyzer, "The government of Peru thanked rebels in Colombia."))
    assert codes["government of Peru"] == "PERGOV"
    assert codes["rebels in Colombia"] == "COLREB"


def test_actors_agencies_capitals_and_groups(analyzer):
    codes = _codes(_actors(analyzer, "The Pentagon, the DEA and Washington watched the Sinaloa Cartel and the OAS."))
    assert codes["The Pentagon"] == "USAMIL"
    assert codes["the DEA"] == "USACOP"
    assert codes["Washington"] == "USAGOV"
    assert codes["the Sinaloa Cartel"] == "MEXCRM"
    assert codes["OAS"].startswith("IGO")


def test_actors_people_are_coded_by_their_role_on_the_article_date(analyzer):
    now = _codes(_actors(analyzer, "Sheinbaum spoke in the capital.", "2025-08-08"))
    before = _codes(_actors(analyzer, "Sheinbaum spoke in the capital.", "2020-03-01"))
    assert now["Sheinbaum"] == "MEXGOV"
    assert before["Sheinbaum"] == "MEX"  # not yet president: the country, not the government


def test_actors_former_official_is_not_the_government(analyzer):
    codes = _codes(_actors(analyzer, "Former President Obama praised Canada."))
    obama = [c for t, c in codes.items() if "Obama" in t]
    assert obama == ["USA"]


def test_actors_surname_and_pronoun_join_the_same_actor(analyzer):
    actors = _actors(analyzer, "President Claudia Sheinbaum spoke on Friday. Later, Sheinbaum said she would travel.")
    sheinbaum = [a for a in actors if a.name == "Claudia Sheinbaum"]
    assert len(sheinbaum) == 1
    texts = [m.text for m in sheinbaum[0].mentions]
    assert "Sheinbaum" in texts and "she" in texts and texts[0].startswith("President")


def test_actors_title_codes_an_unknown_person_and_later_surname(analyzer):
    actors = _actors(analyzer, "The U.S. ambassador to Mexico, Ronald Johnson, spoke. Johnson smiled later.")
    johnson = [a for a in actors if a.name == "Ronald Johnson"]
    assert johnson and johnson[0].code == "USAGOV"
    assert [m.text for m in johnson[0].mentions] == ["Ronald Johnson", "Johnson"]


def test_actors_ids_in_text_order_and_nothing_for_plain_text(analyzer):
    actors = _actors(analyzer, "Kenya and Chile signed a deal.")
    assert [a.id for a in actors] == ["a1", "a2"] and [a.code for a in actors] == ["KEN", "CHL"]
    assert _actors(analyzer, "The weather was pleasant in the mountains all week.") == []


def test_actors_user_dictionary_adds_made_up_actors(tmp_path):
    from dyadwatch.pipeline import Analyzer
    from dyadwatch.settings import Settings

    path = tmp_path / "tolkien.tsv"
    path.write_text("names\tcode\tcountry\tsector\tkind\nGondor\tGON\t\t\tcountry\nMordor\tMOR\t\t\tcountry\n", "utf-8")
    analyzer = Analyzer(Settings(actors=[path], claims=False))
    record = analyzer.analyze(make_article("Gondor accused Mordor of aggression."))
    assert {a.code for a in record.actors} == {"GON", "MOR"}
    assert [(e.source.code, e.target.code, e.root) for e in record.events] == [("GON", "MOR", "11")]
    assert record.pipeline is not None and record.pipeline.lexicons != Analyzer(Settings()).info.lexicons


def test_actors_bare_title_takes_the_country_named_nearby(analyzer):
    codes = _codes(_actors(analyzer, "President Zed Quorlan accused Russia of invading Georgia.", "2008-08-12"))
    quorlan = [c for t, c in codes.items() if "Quorlan" in t]
    assert quorlan == ["GEOGOV"]  # Russia is the object of his own verb, so Georgia is his country
    alone = [
        a for a in _actors(analyzer, "President Zed Quorlan spoke on Friday.", "2008-08-12") if "Quorlan" in a.name
    ]
    assert [(a.code, a.country, a.sector) for a in alone] == [("GOV", None, "GOV")]  # no country cue: the role only


def test_actors_generic_agents_take_the_one_scene_of_the_sentence(analyzer):
    codes = _codes(_actors(analyzer, "Police arrested 20 protesters in Cairo on Sunday."))
    assert codes["Police"] == "EGYCOP" and codes["protesters"] == "EGYOPP"
    two = _codes(_actors(analyzer, "Police arrested protesters in Cairo and in Amman."))
    assert two.get("Police") == "COP"  # two scenes: no country, the role only


def test_actors_they_after_a_compound_subject_is_both(analyzer):
    actors = _actors(analyzer, "Germany and France said they would support Spain.")
    they = sorted(a.code for a in actors for m in a.mentions if m.text == "they")
    assert they == ["DEU", "FRA"]


def test_actors_pro_and_anti_prefixes_are_a_stance_not_a_nationality(analyzer):
    codes = _codes(_actors(analyzer, "Pro-Russian separatists attacked anti-American protesters."))
    assert not any(c and (c.startswith("RUS") or c.startswith("USA")) for c in codes.values())
