"""Session 12 (targets): who an act is aimed at when the target sits in a phrase of the act's object or clause.

A careful reader of PLOVER's sentences finds the target in places dyadwatch did not look: the "on/against/at/to/for"
phrase of an event noun ("sanctions on Iran", "rockets at Israel"), the place an actor is withdrawn "from", the
subject of the condition a threat names ("... if Iran enriches"), and a protest's stated aim. Each kind has
sentences in varied wordings and near sentences where nothing must be added."""

from __future__ import annotations

import pytest
from dwtest import country_triples


def _has(triples, source, target, root) -> bool:
    return any(s == source and t == target and c.startswith(root) for s, t, c in triples)


# ---- a possessed event noun whose target sits in its own "on/against/at/for/to" phrase


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Ministers welcomed the EU's imposition of sanctions on Iran.", "IGO", "IRN", "16"),
        ("Residents described Hamas's firing of rockets at Israel.", "PSE", "ISR", "19"),
        ("Beijing condemned Washington's revocation of visas for Chinese students.", "USA", "CHN", "17"),
        ("Analysts noted Russia's imposition of tariffs on Turkish steel.", "RUS", "TUR", "16"),
        ("Witnesses reported Israel's firing of artillery shells at Lebanon.", "ISR", "LBN", "19"),
        ("Georgia condemned Moscow's imposition of a ban on Georgian wine.", "RUS", "GEO", "16"),
    ],
)
def test_a_possessed_act_finds_its_target_in_its_object_phrase(analyzer, text, source, target, root):
    triples = country_triples(analyzer, text)
    assert _has(triples, source, target, root), triples


# ---- withdraw/pull out personnel "from" a country: the country is the target, not the people moved


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The United Nations will withdraw its monitors from Syria.", "IGO", "SYR"),
        ("France withdrew its ambassador from Algeria on Tuesday.", "FRA", "DZA"),
        ("Canada pulled its diplomats out of Venezuela.", "CAN", "VEN"),
        ("Germany will withdraw its soldiers and trainers from Mali.", "DEU", "MLI"),
        ("Sweden pulled its embassy staff out of Iraq.", "SWE", "IRQ"),
    ],
)
def test_what_is_withdrawn_from_a_country_targets_the_country(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target for s, t, _ in triples), triples


# ---- a threat whose condition names who must act: "threatened to X if Iran does Y" targets Iran


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia threatened to stop the talks if the United States deploys new missiles in Europe.", "RUS", "USA"),
        ("China warned it would cut trade if Australia keeps criticising it.", "CHN", "AUS"),
        ("Turkey threatened to halt the deal unless Sweden extradites the suspects.", "TUR", "SWE"),
        ("Israel threatened to resume strikes if Hezbollah fires again.", "ISR", "LBN"),
        ("Pakistan warned it would retaliate if India strikes again.", "PAK", "IND"),
    ],
)
def test_a_threat_targets_the_actor_its_condition_names(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] == "13" for s, t, c in triples), triples


def test_a_threat_with_its_own_target_keeps_it(analyzer):
    triples = country_triples(analyzer, "Iran threatened Israel with retaliation if the United States intervenes.")
    assert _has(triples, "IRN", "ISR", "13"), triples


# ---- a protest's stated aim: "to protest X's policy", "in defiance of X", "demands from X"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Demonstrators in Baghdad blocked a road to protest the United States' military policies.", "IRQ", "USA"),
        ("Hundreds of Kenyans marched in Nairobi in defiance of Ugandan authorities.", "KEN", "UGA"),
        ("Students in Manila rallied to denounce China's claims in the South China Sea.", "PHL", "CHN"),
        ("Thousands of Filipinos rallied in Manila in protest at China's claims.", "PHL", "CHN"),
        ("Crowds blocked roads in Caracas in defiance of the Colombian government.", "VEN", "COL"),
    ],
)
def test_a_protest_targets_the_aim_it_states(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] == "14" for s, t, c in triples), triples


# ---- a promise of a specific act: the promise is aimed where the promised act is


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Britain has promised to continue military aid to Mozambique.", "GBR", "MOZ"),
        ("Japan pledged to provide economic aid to Sri Lanka.", "JPN", "LKA"),
        ("Germany vowed to send more weapons to Ukraine.", "DEU", "UKR"),
    ],
)
def test_a_promised_act_gives_the_promise_its_target(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] == "03" for s, t, c in triples), triples


# session 19 (lexmech r2): aid "continued" is the aid its noun names, so the promise is CAMEO's intent to provide
# military aid (0332) or economic aid (0331), not the generic 030
@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        (
            "British Defence Secretary Tom King has promised to continue military aid to Mozambique.",
            "GBR",
            "MOZ",
            "0332",
        ),
        ("Norway promised to continue its funding for the Palestinian Authority.", "NOR", "PSE", "0331"),
    ],
)
def test_the_promise_itself_is_aimed_where_the_promised_act_is(analyzer, text, source, target, code):
    triples = country_triples(analyzer, text)
    assert (source, target, code) in triples, triples


def test_a_threat_conditioned_on_its_own_maker_gets_no_target_from_it(analyzer):
    triples = country_triples(analyzer, "Brazil's president threatened to raise tariffs if he wins re-election.")
    assert not any(c[:2] == "13" and t == "BRA" for _, t, c in triples), triples


# ---- war or force "against" a country on a noun the act serves: "mobilized for a war against Iraq"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Britain mobilized army reservists for a possible war against Iraq.", "GBR", "IRQ"),
        ("Egypt put its air force on alert for a war against Ethiopia.", "EGY", "ETH"),
    ],
)
def test_a_mobilization_for_a_war_targets_the_enemy(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target for s, t, c in triples), triples


# ---- the criticised act's owner when the object comes late ("denounced as a crime Serbia's suppression")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Albania on Friday denounced as an ugly crime Serbia's suppression of the protests.", "ALB", "SRB"),
        ("Poland condemned Russia's annexation of Crimea.", "POL", "RUS"),
        ("Japan criticized China's seizure of the fishing boat.", "JPN", "CHN"),
    ],
)
def test_a_criticised_act_targets_its_owner(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] == "11" for s, t, c in triples), triples


# ---- a possessed event noun as the subject of a passive is still an act of its owner


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey's closure of the border with Armenia was criticized by the European Union.", "TUR", "ARM"),
        ("Russia's expulsion of Estonian diplomats was condemned.", "RUS", "EST"),
    ],
)
def test_a_possessed_act_under_a_passive_is_coded(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target for s, t, _ in triples), triples


# ---- one-sided ties nouns are one-sided, like their verbs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Morocco's severance of ties with Iran angered Tehran.", "MAR", "IRN"),
        ("Bahrain announced the severance of ties with Qatar.", "BHR", "QAT"),
    ],
)
def test_a_severance_of_ties_is_one_sided(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c.startswith("16") for s, t, c in triples), triples
    assert not any(s == target and t == source and c.startswith("16") for s, t, c in triples), triples


# ---- a dash-delimited aside inside the subject adds no event


def test_a_dash_aside_in_the_subject_adds_no_event(analyzer):
    triples = country_triples(analyzer, "An Indian warship — the INS Imphal, a destroyer — paid a visit to Sri Lanka.")
    assert any(s == "IND" and t == "LKA" for s, t, _ in triples), triples
    assert all(s is not None and t is not None for s, t, _ in triples), triples


# ---- must not fire: a place or topic in a phrase is no target, a condition with no actor adds none


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Kenya threatened to quit the talks if the rains delay the harvest.", None),
        ("Germany withdrew its troops from the training area near Munich.", "DEU"),
        ("France promised to continue its support for peace.", None),
        ("Chile's imposition of a curfew on Santiago was criticized.", "CHL"),
        ("Iran threatened to retaliate if it is attacked.", None),
        ("Thousands rallied in Paris in protest against the war.", None),
        ("Greece's severance of ties with the club was announced.", None),
    ],
)
def test_no_foreign_target_from_places_or_topics(analyzer, text, bad):
    triples = country_triples(analyzer, text)
    assert not any(t is not None and t != s and t != bad for s, t, _ in triples), triples


def test_a_dash_aside_keeps_a_meetings_two_sides(analyzer):
    triples = country_triples(analyzer, "A Chinese delegation -- the first in a decade -- held talks with Vietnam.")
    assert any(s == "CHN" and t == "VNM" for s, t, _ in triples), triples
    assert all(s is not None for s, _, _ in triples), triples


def test_a_withdrawal_of_troops_does_not_target_the_troops(analyzer):
    triples = country_triples(analyzer, "Germany will withdraw its soldiers from Mali.")
    assert not any(s == "DEU" and t == "DEU" for s, t, _ in triples), triples
