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


def test_actors_its_takes_a_singular_owner_not_the_plural_subject(analyzer):
    # "crowds" cannot be "its": the embassy is the country's that governs the clause above
    codes = _codes(
        _actors(analyzer, "Kenya restored ties with Chile five years after Peruvian crowds burned its embassy.")
    )
    assert codes["embassy"] == "KENGOV"
    codes = _codes(_actors(analyzer, "Germany said its embassy in Tehran was attacked."))
    assert codes["embassy"] == "DEUGOV"  # the possessive owns it; "in Tehran" is only where it is


def test_actors_its_owner_is_never_a_person_nor_a_plural_and_follows_object_control(analyzer):
    text = "Turkish leaders traded barbs, with Erdogan saying Macron needed help, prompting France to recall its envoy."
    codes = _codes(_actors(analyzer, text, "2020-11-01"))
    assert codes["envoy"] == "FRAGOV"  # France recalls; not Macron (a person) nor the Turkish leaders (plural)


def test_actors_its_with_one_country_earlier_in_the_sentence(analyzer):
    codes = _codes(
        _actors(analyzer, "He longs for Somalia but considers that unrealistic, given its fragile government.")
    )
    assert codes["government"] == "SOMGOV"


def test_actors_seas_and_gulfs_named_after_countries_are_not_the_country(analyzer):
    text = "Chinese ships sailed in the South China Sea, the Gulf of Mexico, the Sea of Japan and the Indian Ocean."
    codes = _codes(_actors(analyzer, text))
    assert not any(c in {"CHN", "MEX", "JPN", "IND"} for c in codes.values())
    places = _codes(_actors(analyzer, "Police in New Mexico met officials of Guinea-Bissau and Niger."))
    assert places["Police in New Mexico"] == "USACOP" and places["officials of Guinea-Bissau"] == "GNBGOV"
    assert "NERGOV" in places.values() and not any(c and c.startswith("NGA") for c in places.values())


def test_actors_republic_of_congo_is_not_the_drc(analyzer):
    codes = _codes(_actors(analyzer, "Chad borders the Republic of Congo and the Democratic Republic of the Congo."))
    assert codes["Republic of Congo"] == "COG"
    assert codes["Democratic Republic of the Congo"] == "COD"


def test_actors_combined_actor_has_a_readable_name_and_the_same_code(analyzer):
    actors = _actors(analyzer, "East German soldiers fired on Albanian officials.")
    by_code = {a.code: a.name for a in actors}
    assert by_code == {"DDRMIL": "East Germany military", "ALBGOV": "Albania government"}
    # a capital standing for the government is named as the government, not as the country
    actors = _actors(analyzer, "Washington warned Ottawa about the deal.")
    assert {a.code: a.name for a in actors} == {"USAGOV": "United States government", "CANGOV": "Canada government"}


def test_actors_unknown_titled_person_with_a_demonym_is_one_actor(analyzer):
    actors = _actors(analyzer, "Kenyan President Zorgo Mbaku met Deputy Foreign Minister Zorak Velani of Iran.")
    mbaku = [(a.code, [m.text for m in a.mentions]) for a in actors if a.name == "Zorgo Mbaku"]
    assert mbaku == [("KENGOV", ["Kenyan President Zorgo Mbaku"])]
    assert [a.code for a in actors if a.name == "Zorak Velani"] == ["IRNGOV"]


def test_actors_spokesman_for_a_group_speaks_for_it(analyzer):
    codes = _codes(_actors(analyzer, "Jamal Harouk, a spokesman for Hamas, said the group would not attend."))
    assert codes["Jamal Harouk"] == "PSEREB"


def test_actors_pronoun_of_an_uncoded_speaker_is_not_an_earlier_person(analyzer):
    text = "President Laurent Gbagbo spoke on Monday. Lawyer Zed Quorlan told reporters he believes it was planned."
    he = [a.code for a in _actors(analyzer, text, "2005-01-01") for m in a.mentions if m.text == "he"]
    assert he == []  # "he" is the lawyer, whom no dictionary codes, not Gbagbo


def test_actors_a_capital_naming_a_venue_is_not_the_government(analyzer):
    codes = _codes(_actors(analyzer, "Environment groups tried to influence the Madrid talks."))
    assert "Madrid" not in codes


def test_actors_a_known_person_keeps_their_own_country(analyzer):
    codes = _codes(_actors(analyzer, "Israeli officials said Gen. Qassem Soleimani had planned it.", "2019-05-01"))
    assert [c for t, c in codes.items() if "Soleimani" in t] == ["IRNMIL"]
    # a title phrase whose complement runs into the name ("commander of ... Force Qassem Soleimani") does not
    # re-code him: after his death the dictionary gives the country only, whatever the title says
    actors = _actors(analyzer, "Israel killed the commander of Iran's elite Quds Force Qassem Soleimani.", "2021-05-01")
    assert [a.code for a in actors if a.name == "Qasem Soleimani"] == ["IRN"]
    envoy = _actors(analyzer, "The envoy of Israel Sergei Lavrov spoke in Geneva.", "2016-05-01")
    assert [(a.code, [m.text for m in a.mentions]) for a in envoy if a.name == "Sergei Lavrov"] == [
        ("RUSGOV", ["Sergei Lavrov"])
    ]
