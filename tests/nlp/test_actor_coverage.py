"""Actor coverage: role codes with no country, the wider agent/organization/people/place dictionaries,
titles before known names in any case, and the eval's PETRARCH spelling of a role-only actor."""

from __future__ import annotations

import importlib.util

import pycountry
import pytest
from dwtest import ROOT, make_article

from dyadwatch.coding import dictionaries

pytestmark = pytest.mark.slow


def _record(analyzer, text: str, date: str | None = "2015-06-20"):
    record = analyzer.analyze(make_article(text, date))
    for a in record.actors:
        for m in a.mentions:
            assert record.article.text[m.start : m.end] == m.text
    return record


def _codes(record) -> dict[str, str | None]:
    return {m.text: a.code for a in record.actors for m in a.mentions}


def _triples(record) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.root) for e in record.events}


# ---------------------------------------------------------------- role codes with no country


def test_coverage_agent_with_no_country_gets_its_role_code(analyzer):
    record = _record(analyzer, "The rebels attacked the town before dawn.")
    rebels = [a for a in record.actors if a.name == "rebels"]
    assert [(a.code, a.country, a.sector, a.kind) for a in rebels] == [("REB", None, "REB", "group")]
    assert ("REB", None, "18") in _triples(record)  # the event is kept, not dropped for want of a country


def test_coverage_two_role_only_sides_make_a_dyad(analyzer):
    record = _record(analyzer, "Demonstrators attacked the police on Sunday.")
    assert ("OPP", "COP") in {(s, t) for s, t, _ in _triples(record)}
    record = _record(analyzer, "Rebels accused the government of torture.")
    assert ("REB", "GOV") in {(s, t) for s, t, _ in _triples(record)}


def test_coverage_same_word_is_one_actor_different_words_two(analyzer):
    record = _record(analyzer, "The rebels shelled the town. Later the rebels and the militias withdrew.")
    reb = sorted((a.name, len(a.mentions)) for a in record.actors if a.code == "REB")
    assert reb == [("militias", 1), ("rebels", 2)]


def test_coverage_a_role_noun_used_as_a_modifier_is_not_an_actor(analyzer):
    codes = _codes(_record(analyzer, "Gunmen attacked a police station and Haitian government officials."))
    assert "police" not in codes and "government" not in codes
    assert codes["Haitian government officials"] == "HTIGOV"


def test_coverage_a_bare_singular_role_word_is_not_a_group(analyzer):
    text = "They took power by force, and then the force withdrew."
    record = _record(analyzer, text)
    starts = [m.start for a in record.actors if a.code == "MIL" for m in a.mentions]
    assert starts == [text.index("force withdrew")]  # "the force" acts; "by force" is how


def test_coverage_unknown_nationality_stays_uncoded_but_a_creed_does_not(analyzer):
    glorbian = _record(analyzer, "The Glorbian army invaded Mexico.")
    assert not any(a.sector == "MIL" for a in glorbian.actors)  # a country is named, just not one we know
    creed = _codes(_record(analyzer, "Shiite militias attacked the village."))
    assert creed["militias"] == "REB"  # a faith is not a country: the role only


def test_coverage_stance_is_not_a_nationality_and_gives_the_role(analyzer):
    codes = _codes(_record(analyzer, "The airliner was shot down by pro-Russia rebels."))
    assert codes["rebels"] == "REB"


def test_coverage_title_before_a_name_is_not_a_second_actor(analyzer):
    record = _record(analyzer, "Minister of Foreign Affairs Sergei Lavrov spoke in Geneva.", "2016-05-01")
    assert [a.code for a in record.actors if a.kind == "group"] == []
    assert [a.code for a in record.actors if a.name == "Sergei Lavrov"] == ["RUSGOV"]
    assert len(record.actors) == 2  # Lavrov and Geneva: the title is his, not a second actor


# ---------------------------------------------------------------- countries from the sentence


def test_coverage_local_agent_shares_the_country_of_the_state_acting_at_home(analyzer):
    codes = _codes(_record(analyzer, "Turkish police detained students outside the university."))
    assert codes["Turkish police"] == "TURCOP" and codes["students"] == "TUREDU"
    bombers = _codes(_record(analyzer, "Palestinian bombers killed 23 people."))
    assert bombers["people"] == "CVL"  # armed groups act abroad: whose people is not said


def test_coverage_conjoined_agents_share_a_country(analyzer):
    codes = _codes(_record(analyzer, "The Danish media and government warned Russia."))
    assert codes["Danish media"] == "DNKMED" and codes["government"] == "DNKGOV"
    both = _record(analyzer, "Lawmakers and officials in Peru welcomed the deal.")
    officials = [a.code for a in both.actors for m in a.mentions if m.text == "officials"]
    assert officials == ["PERGOV"]


def test_coverage_pronoun_owner_gives_the_country(analyzer):
    her = _codes(_record(analyzer, "Sheinbaum said the decision was unilateral and that her government would help."))
    assert her["government"] == "MEXGOV"
    its = _codes(_record(analyzer, "Mexico said its embassy had been closed."))
    assert its["embassy"] == "MEXGOV"


def test_coverage_a_people_of_one_country_and_a_folded_title(analyzer):
    record = _record(analyzer, "Yoruba leaders praised Nigerian President Olusegun Obasanjo.", "2004-01-01")
    codes = _codes(record)
    assert codes["Yoruba leaders"] == "NGAGOV" and codes["President Olusegun Obasanjo"] == "NGAGOV"
    assert "Nigerian President" not in codes  # the title joined the person, it is not a second actor


def test_coverage_former_titled_unknown_person_keeps_the_country_only(analyzer):
    codes = _codes(_record(analyzer, "Ousted president Zed Quorlan was accused by Haitian government officials."))
    quorlan = [c for t, c in codes.items() if "Quorlan" in t]
    assert quorlan == ["HTI"]
    alone = _record(analyzer, "Former Prime Minister Zed Quorlan spoke on Friday.")
    assert not any("Quorlan" in a.name for a in alone.actors)  # no cue and no office: nothing to code


def test_coverage_currency_is_not_a_country(analyzer):
    codes = _codes(_record(analyzer, "Officials in Haiti misused up to US $50 million."))
    assert "US" not in codes


# ---------------------------------------------------------------- wider dictionaries


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Union leaders called a general strike.", "Union leaders", "LAB"),
        ("Clerics condemned the decision.", "Clerics", "REL"),
        ("Doctors treated the wounded.", "Doctors", "HLH"),
        ("Farmers blocked the highway.", "Farmers", "AGR"),
        ("Refugees crossed the border.", "Refugees", "REF"),
        ("The junta dissolved parliament.", "junta", "GOV"),
        ("Peacekeepers patrolled the buffer zone.", "Peacekeepers", "MIL"),
        ("Warlords seized the port.", "Warlords", "UAF"),
    ],
)
def test_coverage_generic_nouns_of_each_sector(analyzer, text, word, code):
    assert _codes(_record(analyzer, text))[word] == code


def test_coverage_organizations_and_armed_groups(analyzer):
    codes = _codes(
        _record(analyzer, "The IRGC seized a tanker as ECOWAS leaders met and Boko Haram attacked Maiduguri.")
    )
    assert codes["IRGC"] == "IRNMIL"
    assert codes["ECOWAS leaders"].startswith("IGO")
    assert codes["Boko Haram"] == "NGAREB" and codes["Maiduguri"] == "NGA"


def test_coverage_people_are_coded_by_role_on_the_date(analyzer):
    assert _codes(_record(analyzer, "Bouteflika met the envoy.", "2010-03-01"))["Bouteflika"] == "DZAGOV"
    assert _codes(_record(analyzer, "Bouteflika met the envoy.", "2021-03-01"))["Bouteflika"] == "DZA"
    assert _codes(_record(analyzer, "Rutte met the envoy.", "2025-03-01"))["Rutte"] == "IGONAT"


def test_coverage_places_code_as_their_country(analyzer):
    codes = _codes(_record(analyzer, "Police in New Mexico arrested a man from Tijuana."))
    assert codes["Police in New Mexico"] == "USACOP"  # not Mexico
    assert codes["Tijuana"] == "MEX"


# ---------------------------------------------------------------- titles and case


def test_coverage_known_name_in_lower_case_after_a_title(analyzer):
    codes = _codes(_record(analyzer, "President obama expressed sorrow for the shootings in South Carolina."))
    assert codes["President obama"] == "USAGOV" and codes["South Carolina"] == "USA"
    plain = _codes(_record(analyzer, "The rice harvest may fall, farmers said."))
    assert not any(c and c.startswith("USA") for c in plain.values())  # a lower-case word alone is a word


def test_coverage_undated_text_gives_a_titled_known_person_the_latest_role(analyzer):
    titled = _codes(_record(analyzer, "The envoy held talks with President Michel Suleiman.", None))
    assert titled["President Michel Suleiman"] == "LBNGOV"
    bare = _codes(_record(analyzer, "Michel Suleiman spoke.", None))
    assert bare["Michel Suleiman"] == "LBN"
    former = _codes(_record(analyzer, "Former President Michel Suleiman spoke.", None))
    assert [c for t, c in former.items() if "Suleiman" in t] == ["LBN"]


# ---------------------------------------------------------------- dictionaries and the eval spelling


def test_coverage_role_codes_are_never_country_codes():
    iso = {c.alpha_3 for c in pycountry.countries}
    assert not (set(dictionaries.SECTORS) & iso)
    assert not (dictionaries.NON_STATE & iso)


def test_coverage_user_row_with_a_role_code_has_no_country(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("names\tcode\tcountry\tsector\tkind\nthe dockers' union\tLAB\t\t\tgroup\n", "utf-8")
    (entry,) = dictionaries.load_file(path)
    assert (entry.code, entry.country) == ("LAB", None)


def test_coverage_eval_writes_a_role_without_country_as_petrarch_does():
    spec = importlib.util.spec_from_file_location("dw_eval_events", ROOT / "eval" / "events.py")
    assert spec is not None and spec.loader is not None
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)

    class Side:
        def __init__(self, code, country, sector):
            self.code, self.country, self.sector = code, country, sector

    assert ev.petr_code(Side("REB", None, "REB")) == "---REB"
    assert ev.petr_code(Side("IGOUNO", None, "IGO")) == "IGOUNO"  # an international body is not role-only
    assert ev.petr_code(Side("MEXGOV", "MEX", "GOV")) == "MEXGOV"
    assert ev.petr_code(Side(None, None, "GOV")) is None


# ---------------------------------------------------------------- people and states of real news (1980s-2000s)


def test_coverage_a_2008_leader_is_coded_as_their_government(analyzer):
    record = _record(analyzer, "Ehud Olmert met Mahmud Abbas in Jerusalem on Monday.", "2008-03-31")
    codes = _codes(record)
    assert codes["Ehud Olmert"] == "ISRGOV" and codes["Mahmud Abbas"] == "PSEGOV"
    codes = _codes(_record(analyzer, "Moammar Gadhafi accused Yoweri Museveni of plotting.", "2008-06-01"))
    assert codes["Moammar Gadhafi"] == "LBYGOV" and codes["Yoweri Museveni"] == "UGAGOV"
    codes = _codes(_record(analyzer, "Mahathir Mohamad criticized the Thai government.", "1998-02-02"))
    assert codes["Mahathir Mohamad"] == "MYSGOV"


def test_coverage_a_former_leader_after_their_term_is_not_the_government(analyzer):
    codes = _codes(_record(analyzer, "Mahathir Mohamad criticized the Thai government.", "2008-02-02"))
    assert codes["Mahathir Mohamad"] == "MYS"
    codes = _codes(_record(analyzer, "Gorbachev met Thatcher in London.", "1987-12-07"))
    assert codes["Gorbachev"] == "SUNGOV"
    codes = _codes(_record(analyzer, "Gorbachev criticized the Kremlin.", "2005-05-01"))
    assert codes["Gorbachev"] == "RUS"  # a former Soviet leader who lives on as a Russian citizen


def test_coverage_historical_states_in_an_event(analyzer):
    record = _record(analyzer, "The Soviet Union accused West Germany of violating the treaty.", "1984-05-01")
    assert ("SUN", "DEU") in {(s, t) for s, t, _ in _triples(record)}
    codes = _codes(_record(analyzer, "East German troops sealed the border with Czechoslovakia.", "1968-08-20"))
    assert codes["East German troops"] == "DDRMIL" and codes["Czechoslovakia"] == "CSK"
    codes = _codes(_record(analyzer, "Zairean soldiers looted shops in Kinshasa.", "1991-09-23"))
    assert codes["Zairean soldiers"] == "ZARMIL"


def test_coverage_national_bodies_and_parties_by_name(analyzer):
    codes = _codes(_record(analyzer, "The Duma approved the treaty, and the Majlis rejected it.", "2010-06-01"))
    assert codes["The Duma"] == "RUSLEG" and codes["the Majlis"] == "IRNLEG"
    codes = _codes(_record(analyzer, "The Rapid Support Forces attacked El Fasher.", "2024-06-01"))
    assert codes["The Rapid Support Forces"] == "SDNREB"


def test_coverage_a_shared_surname_takes_the_person_in_office_on_the_date(analyzer):
    # Two rows of people.tsv share "Bush": the role in force on the date decides, not file order.
    assert _codes(_record(analyzer, "Bush met the envoy.", "1990-05-01"))["Bush"] == "USAGOV"
    assert _codes(_record(analyzer, "Bush met the envoy.", "2005-05-01"))["Bush"] == "USAGOV"
    assert _codes(_record(analyzer, "Bush met the envoy.", "1996-05-01"))["Bush"] == "USA"


def test_coverage_a_dated_group_changes_role_on_the_date(analyzer):
    assert _codes(_record(analyzer, "The Taliban attacked Kabul.", "2015-05-01"))["The Taliban"] == "AFGREB"
    assert _codes(_record(analyzer, "The Taliban arrested the journalist.", "2023-05-01"))["The Taliban"] == "AFGGOV"


def test_coverage_a_user_person_overrides_every_builtin_row_of_the_phrase(tmp_path):
    from dyadwatch.model import Article
    from dyadwatch.pipeline import Analyzer
    from dyadwatch.settings import Settings

    path = tmp_path / "mine.tsv"
    path.write_text("Bush;Brenda Bush\tGLBOPP\tGLB\tOPP\tperson\t2010-01-01\t\tOpposition leader\n", "utf-8")
    analyzer = Analyzer(Settings(actors=[path], claims=False))
    record = analyzer.analyze(Article(id="u", text="Bush met the envoy.", date="2005-05-01"))
    assert _codes(record)["Bush"] == "GLB"  # her row is not in force; the built-in Bushes are not candidates
    record = analyzer.analyze(Article(id="u", text="Bush met the envoy.", date="2015-05-01"))
    assert _codes(record)["Bush"] == "GLBOPP"


# ---------------------------------------------------------------- dictionary breadth (session 6)

# (sentence, article date, a word of the mention, the code it must resolve to). Sentences written for the test.
BREADTH_CASES = [
    # armed, militant and criminal groups with their country; transnational ones as IMGREB
    ("Los Choneros attacked a prison before dawn.", "2024-01-10", "Choneros", "ECUCRM"),
    ("Viv Ansanm gangs attacked the port.", "2024-03-05", "Viv Ansanm", "HTICRM"),
    ("The Polisario Front accused Morocco of breaking the truce.", "2021-01-01", "Polisario", "ESHREB"),
    ("The Arakan Rohingya Salvation Army attacked police posts.", "2017-08-25", "Arakan Rohingya", "MMRREB"),
    ("Jaish al-Adl claimed the bombing.", "2019-02-14", "Jaish al-Adl", "IRNREB"),
    ("The Islamic State in the Greater Sahara attacked soldiers.", "2020-01-10", "Greater Sahara", "IMGREB"),
    ("The Ulster Volunteer Force denied the report.", "2010-06-01", "Ulster Volunteer", "GBRUAF"),
    # parties: a party that never left power is the government; others carry their country only
    ("The People's Action Party won every seat.", "2015-09-12", "People's Action Party", "SGPGOV"),
    ("The United Socialist Party of Venezuela rallied supporters.", "2018-05-20", "United Socialist", "VENGOV"),
    ("Pheu Thai criticized the army.", "2023-05-01", "Pheu Thai", "THA"),
    ("The Kuomintang criticized the president.", "2022-01-01", "Kuomintang", "TWN"),
    # intergovernmental bodies, courts, NGOs and media
    (
        "The International Security Assistance Force said two soldiers died.",
        "2010-05-01",
        "Security Assistance",
        "IGONAT",
    ),
    ("The Inter-American Commission on Human Rights criticized Nicaragua.", "2019-05-01", "Inter-American", "IGOOAS"),
    ("The Permanent Court of Arbitration ruled against China.", "2016-07-12", "Arbitration", "IGOJUD"),
    ("Al-Haq condemned the raid.", "2022-08-18", "Al-Haq", "PSENGO"),
    ("B'Tselem criticized the demolitions.", "2021-06-01", "B'Tselem", "ISRNGO"),
    # national agencies, courts, legislatures and companies
    ("The SBU detained two suspected Russian agents.", "2023-04-01", "SBU", "UKRSPY"),
    ("The Verkhovna Rada passed the law.", "2023-04-01", "Verkhovna Rada", "UKRLEG"),
    ("The Carabinieri arrested the mayor.", "2019-04-01", "Carabinieri", "ITACOP"),
    ("The Federal Constitutional Court ruled against the government.", "2023-11-15", "Constitutional Court", "DEUJUD"),
    ("The Japan Coast Guard rescued the crew.", "2021-04-01", "Japan Coast Guard", "JPNCOP"),
    ("The Legislative Yuan approved the budget.", "2024-04-01", "Legislative Yuan", "TWNLEG"),
    ("The Union Buildings rejected the report.", "2019-04-01", "Union Buildings", "ZAFGOV"),
    ("Boeing signed a deal with Qatar Airways.", "2025-05-14", "Qatar Airways", "QATBUS"),
    ("Boeing signed a deal with Qatar Airways.", "2025-05-14", "Boeing", "USABUS"),
    # a dated body: its role holds only within its dates, then the country alone
    ("The National Directorate of Security arrested a commander.", "2015-05-01", "Directorate", "AFGSPY"),
    ("The National Directorate of Security arrested a commander.", "2023-05-01", "Directorate", "AFG"),
    ("The State Administration Council extended the emergency.", "2023-01-31", "Administration Council", "MMRGOV"),
    # people: armed-group leaders, heads of international bodies, security chiefs, by date
    ("Ayman al-Zawahiri called for attacks on the West.", "2010-01-01", "Zawahiri", "IMGREB"),
    ("Riek Machar accused the government of betrayal.", "2017-03-01", "Machar", "SSDREB"),
    ("Riek Machar met the president.", "2021-03-01", "Machar", "SSDGOV"),
    ("Karim Khan requested arrest warrants.", "2024-05-20", "Karim Khan", "IGOJUD"),
    ("Filippo Grandi visited the camp.", "2019-05-01", "Grandi", "IGOUNO"),
    ("Valery Gerasimov inspected the troops.", "2023-01-01", "Gerasimov", "RUSMIL"),
    ("Hossein Salami threatened Israel.", "2024-04-20", "Salami", "IRNMIL"),
    ("Hossein Salami threatened Israel.", "2025-08-01", "Salami", "IRN"),
    ("Mike Waltz criticized China.", "2023-06-01", "Waltz", "USALEG"),
    ("Mike Waltz criticized China.", "2025-03-01", "Waltz", "USAGOV"),
    ("Paul Wolfowitz defended the loan.", "2006-05-01", "Wolfowitz", "IGOECO"),
    ("Paolo Gentiloni criticized Russia.", "2015-05-01", "Gentiloni", "ITAGOV"),
    ("Paolo Gentiloni criticized Russia.", "2021-05-01", "Gentiloni", "IGOEUR"),
    ("Elon Musk criticized the regulators.", "2025-03-01", "Musk", "USAGOV"),
    ("Elon Musk criticized the regulators.", "2023-03-01", "Musk", "USABUS"),
    ("The FAA grounded the jets.", "2024-01-08", "FAA", "USAGOV"),
    ("The U.S.-led coalition struck the bridge.", "2016-01-01", "coalition", "USAMIL"),
    ("Wagner fighters seized the town.", "2023-06-24", "Wagner", "RUSUAF"),
    # generic role nouns
    ("Federal prosecutors charged the suspect.", "2020-01-01", "prosecutors", "JUD"),
    ("The cartel leader fled.", "2020-01-01", "cartel leader", "CRM"),
    ("Human smugglers abandoned the boat.", "2020-01-01", "smugglers", "CRM"),
    ("Rights advocates criticized the verdict.", "2020-01-01", "advocates", "HRI"),
    ("Separatist fighters attacked an army post.", "2020-01-01", "Separatist fighters", "REB"),
    ("Commandos stormed the building.", "2020-01-01", "Commandos", "MIL"),
    ("A U.S. citizen was detained.", "2020-01-01", "citizen", "USACVL"),
    ("Tribal chiefs met the governor.", "2020-01-01", "Tribal chiefs", "ELI"),
    ("Climate campaigners blocked the road.", "2020-01-01", "campaigners", "ENV"),
    ("China's state-controlled media outlets praised the plan.", "2020-01-01", "media outlets", "CHNMED"),
]


@pytest.mark.parametrize(("text", "date", "word", "code"), BREADTH_CASES)
def test_coverage_breadth_of_the_dictionaries(analyzer, text, date, word, code):
    codes = _codes(_record(analyzer, text, date))
    found = sorted({c for t, c in codes.items() if word in t}, key=str)
    assert found == [code], (text, codes)


def test_coverage_no_phrase_has_two_undated_codes_in_one_file():
    # Rows of one file that share a phrase must differ by their dates, or the file's order silently decides.
    from collections import defaultdict
    from pathlib import Path

    codes: dict[tuple[str, bool, str], set[str | None]] = defaultdict(set)
    for entry in dictionaries.builtin():
        if entry.start or entry.end:
            continue
        for name in entry.names:
            codes[(Path(entry.origin).name, entry.kind == "agent", name)].add(entry.code or entry.sector)
    assert {key: found for key, found in codes.items() if len(found) > 1} == {}
