"""dyadwatch_events: source, action, target from the parse; codes, flags, dates and reporters."""

from __future__ import annotations

import datetime as dt

import pytest
from dwtest import make_article

pytestmark = pytest.mark.slow


def _events(analyzer, text: str, date: str = "2025-08-08"):
    record = analyzer.analyze(make_article(text, date))
    text = record.article.text
    for e in record.events:
        assert text[e.action.start : e.action.end] == e.action.text
        for side in (e.source, e.target):
            if side is not None:
                assert text[side.start : side.end] == side.text
        assert text[e.sentence.start : e.sentence.end].strip()
    return record.events


def _triples(events):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.root) for e in events]


def test_events_active_and_passive_give_the_same_direction(analyzer):
    active = _events(analyzer, "The Sinaloa Cartel attacked Mexican troops.")
    passive = _events(analyzer, "Mexican troops were attacked by the Sinaloa Cartel.")
    assert _triples(active) == _triples(passive) == [("MEXCRM", "MEXMIL", "18")]
    assert active[0].quad_class == 4 and active[0].quad_name == "Material Conflict"
    assert active[0].plover == "ASSAULT" and active[0].goldstein is not None and active[0].cameo_name


def test_events_coordinated_sources_and_targets(analyzer):
    events = _events(analyzer, "France and Germany condemned Russia and Iran.")
    assert sorted(_triples(events)) == sorted(
        [("FRA", "RUS", "11"), ("FRA", "IRN", "11"), ("DEU", "RUS", "11"), ("DEU", "IRN", "11")]
    )
    assert [e.id for e in events] == ["e1", "e2", "e3", "e4"]


def test_events_verb_chain_object_control(analyzer):
    events = _events(analyzer, "President Donald Trump directed the Pentagon to target drug cartels.")
    direct = [e for e in events if e.action.text == "directed"]
    target = [e for e in events if e.action.text == "target"]
    assert direct and direct[0].source.code == "USAGOV" and direct[0].target.code == "USAMIL"
    assert target and target[0].source.code == "USAMIL" and target[0].target.sector == "CRM"
    assert target[0].modality == "future"


def test_events_nominal_event_with_possessor(analyzer):
    events = _events(analyzer, "China's crackdown on Taiwanese activists angered the Japanese government.")
    crack = [e for e in events if e.action.text == "crackdown"]
    assert crack and crack[0].source.code == "CHN" and crack[0].target.code == "TWNOPP" and crack[0].root == "17"


def test_events_negation(analyzer):
    events = _events(analyzer, "U.S. troops were not authorized to attack the cartels.")
    assert events and events[0].negated and events[0].source.code == "USAMIL"
    plain = _events(analyzer, "U.S. troops attacked the cartels.")
    assert plain and not plain[0].negated and plain[0].modality == "asserted"


def test_events_conditional_future_and_threat(analyzer):
    cond = _events(analyzer, "Canada could suspend aid to Haiti if the government refuses the plan.")
    assert cond and cond[0].modality == "conditional" and cond[0].source.code == "CAN"
    future = _events(analyzer, "Japan will sign a trade agreement with India.")
    assert future and future[0].modality == "future" and future[0].root == "03"  # intent, per CAMEO
    threat = _events(analyzer, "Russia threatened to cut gas supplies to Ukraine.")
    assert any(e.modality == "threatened" and e.quad_class == 3 for e in threat)


def test_events_refusal_is_a_rejection(analyzer):
    events = _events(analyzer, "Syria said it will not accept refugees from Iraq.")
    assert events and events[0].root == "12" and events[0].source.code == "SYR"


def test_events_must_in_reported_speech_is_a_demand(analyzer):
    events = _events(analyzer, "Russia said that Sudan must return the helicopter.")
    demand = [e for e in events if e.root == "10"]
    assert demand and demand[0].source.code == "RUS" and demand[0].target.code == "SDN"


def test_events_dates_relative_to_the_article(analyzer):
    dated = _events(analyzer, "Israel attacked Hamas on Tuesday.", "2025-08-08")
    assert dated[0].date == dt.date(2025, 8, 5) and not dated[0].date_from_article
    undated = _events(analyzer, "Israel attacked Hamas.", "2025-08-08")
    assert undated[0].date == dt.date(2025, 8, 8) and undated[0].date_from_article


def test_events_unknown_actor_keeps_text_and_no_actor_gives_no_event(analyzer):
    events = _events(analyzer, "The Glorbian army invaded Mexico.")
    assert events and events[0].source.code is None and "army" in events[0].source.text
    assert events[0].target.code == "MEX"
    assert _events(analyzer, "The committee rejected the proposal after a long debate.") == []


def test_events_reported_speech_carries_the_reporter(analyzer):
    record = analyzer.analyze(make_article("Sheinbaum said the United States had sent troops to Mexico."))
    assert record.quotes, "the quotes component must find the reported speech"
    event = next(e for e in record.events if e.action.text == "sent")
    quote = next(q for q in record.quotes if q.id == event.quote_id)
    assert quote.start <= event.action.start < quote.end
    assert event.reported_by == quote.speaker.source_id


# ----------------------------------------------------------------- the seed article (read by path)


def _find(record, action: str, **want):
    for e in record.events:
        if e.action.text != action:
            continue
        if all(
            getattr(e.source, k[7:], None) == v if k.startswith("source_") else getattr(e.target, k[7:], None) == v
            for k, v in want.items()
        ):
            return e
    raise AssertionError(
        f"no {action!r} event with {want}: {[(e.action.text, e.source, e.target) for e in record.events]}"
    )


def test_events_seed_sheinbaum_rejects_us_military(seed_record):
    e = _find(seed_record, "rejected", source_code="MEXGOV", target_code="USAMIL")
    assert e.root == "12" and e.quad_class == 3 and e.plover == "REJECT"
    assert e.date == dt.date(2025, 8, 8) and not e.date_from_article  # "on Friday"


def test_events_seed_trump_directs_pentagon_to_target_cartels(seed_record):
    _find(seed_record, "directed", source_code="USAGOV", target_code="USAMIL")
    e = _find(seed_record, "target", source_code="USAMIL", target_sector="CRM")
    assert e.quad_class == 4


def test_events_seed_crackdown_and_cooperation(seed_record):
    crack = _find(seed_record, "crackdown", target_code="MEXCRM")
    assert crack.source.country == "MEX" and crack.quad_class == 4
    coop = _find(seed_record, "cooperated", source_code="USAGOV", target_code="MEX")
    assert coop.quad_class == 2 and coop.plover == "COOPERATE"


def test_events_seed_conditional_pullback_is_reported_by_its_sources(seed_record):
    e = _find(seed_record, "pull", source_code="MEX")
    assert e.modality == "conditional" and e.quad_class == 3
    quote = next(q for q in seed_record.quotes if q.id == e.quote_id)
    assert e.reported_by == quote.speaker.source_id and e.reported_by is not None


def test_events_passive_without_agent_takes_the_attacker_of_the_weapon(analyzer):
    events = _events(analyzer, "Three civilians were killed by a Kenyan drone strike in Somalia.")
    assert ("KEN", "SOMCVL", "19") in _triples(events)


def test_events_light_verb_nominal_event_needs_no_target(analyzer):
    events = _events(analyzer, "Serbian police have launched an investigation into the killings.")
    assert [(e.source.code, e.target, e.root) for e in events] == [("SRBCOP", None, "09")]


def test_events_effort_noun_carries_mediation_between_two_parties(analyzer):
    events = _events(analyzer, "Norway launched a mediation effort between Sudan and Chad.")
    assert sorted(_triples(events)) == [("NOR", "SDN", "04"), ("NOR", "TCD", "04")]


def test_events_converse_verb_finds_the_giver_on_the_object(analyzer):
    events = _events(analyzer, "Georgian demonstrators received assurances from the Georgian government.")
    assert _triples(events) == [("GEOGOV", "GEOOPP", "03")]


def test_events_attempted_assassination_is_coded_as_the_attempt(analyzer):
    events = _events(analyzer, "Rebels tried to assassinate the Chadian president.")
    assert [e.cameo for e in events] == ["185"]


def test_events_mislemmatized_verb_still_triggers(analyzer):
    events = _events(analyzer, "Thousands of students in Chile staged demonstrations on Saturday.")
    assert [(e.source.code, e.cameo) for e in events] == [("CHLEDU", "141")]


def test_events_passive_agent_weapon_gives_way_to_its_user(analyzer):
    events = _events(analyzer, "The airliner was blown up by a missile believed to be fired by Russian troops.")
    assert [e.source.code for e in events if e.source] == ["RUSMIL"]


def test_events_owner_of_the_object_is_the_target(analyzer):
    events = _events(analyzer, "The Iraqi government rejected a US demand to delay the elections.")
    assert [(e.source.code, e.target.code if e.target else None, e.root) for e in events] == [("IRQGOV", "USA", "12")]


def test_events_preposition_under_a_particle_completes_the_phrase(analyzer):
    """"pulled out of the treaty": the parser hangs "of" under "out"; the row "pull out of obj:treaty" still applies."""
    events = _events(analyzer, "Iran pulled out of the nuclear deal with France on Monday.")
    assert [(e.source.code, e.cameo) for e in events] == [("IRN", "160")]


def test_events_object_of_a_time_or_place_adjunct_does_not_satisfy_a_row(analyzer):
    """"storm obj:city" needs the city stormed, not a hotel stormed in a city."""
    events = _events(analyzer, "Rebels stormed a bank in the Somali capital city on Tuesday.")
    assert not [e for e in events if e.action.text == "stormed" and e.root == "19"]
    events = _events(analyzer, "Rebels stormed the Somali city of Beledweyne on Tuesday.")
    assert [e.root for e in events if e.action.text == "stormed"] == ["19"]


def test_events_bare_role_noun_in_the_phrase_is_not_the_target(analyzer):
    """"use force": "force" names the action, not whom it is aimed at, even though it is a MIL role noun."""
    events = _events(analyzer, "Officials said the Pentagon was ready to use force.")
    assert [e.target for e in events if e.action.text == "use"] == [None]
    events = _events(analyzer, "Officials said the Pentagon could use force against the Sinaloa Cartel.")
    assert [e.target.code for e in events if e.action.text == "use" and e.target] == ["MEXCRM"]
