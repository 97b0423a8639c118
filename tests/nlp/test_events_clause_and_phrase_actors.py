"""Actors and flags that general clause and phrase structures give an event: attempts that took place,
orders that shut a body down, the object a relative clause or participle leaves out, agents of staged
nominal acts and of gerunds, the first item of a subject list the parser strands, bans on entering a
country, and infinitives of purpose; strife and standing rules that are no actors, statements aimed at no one,
the person kept from a place rather than the place, the sides of a passive agreement, who runs an effort, acts
only asked for, suggested, alleged or weighed, an "it" that is no one, and nominal acts that name their own sides
beside the verb that reacts to them."""

from __future__ import annotations

import pytest
from dwtest import event_rows, make_article

pytestmark = pytest.mark.slow


def _coded(analyzer, text: str) -> list[tuple[str | None, str, str | None, str, str]]:
    """(source code, trigger, target code, CAMEO code, modality) for each event, in text order."""
    return event_rows(analyzer, text, "modality")


def test_a_reported_assassination_attempt_took_place(analyzer):
    events = _coded(analyzer, "A rebel faction said it had attempted to assassinate Peru's defense minister.")
    assert [(e[3], e[4]) for e in events if e[1] == "assassinate"] == [("185", "asserted")]


def test_an_attempt_that_may_come_stays_hypothetical(analyzer):
    events = _coded(analyzer, "Rebels may try to assassinate the Chadian president.")
    assert [(e[3], e[4]) for e in events if e[1] == "assassinate"] == [("185", "hypothetical")]


def test_an_order_to_shut_down_a_newspaper_is_a_sanction(analyzer):
    events = _coded(analyzer, "Zambia's government ordered the independent newspaper The Post to suspend publication.")
    assert [(e[0], e[2], e[3]) for e in events] == [("ZMBGOV", "ZMBMED", "172")]


def test_an_order_to_a_state_stays_a_demand(analyzer):
    events = _coded(analyzer, "The U.N. ordered Israel to halt the offensive.")
    assert [e[3][:2] for e in events if e[1] == "ordered"] == ["10"]


def test_an_order_to_own_troops_is_no_sanction(analyzer):
    events = _coded(analyzer, "The Russian president ordered the army to halt the offensive.")
    assert "172" not in [e[3] for e in events]


def test_relative_clause_object_is_the_noun_it_modifies(analyzer):
    events = _coded(analyzer, "Officials hinted at lifting the sanctions Washington has imposed on Moscow.")
    assert ("USAGOV", "imposed", "RUSGOV", "163", "asserted") in events


def test_passive_participle_object_is_the_noun_it_modifies(analyzer):
    events = _coded(analyzer, "The sanctions imposed on Russia by the European Union remain.")
    assert [(e[0], e[2], e[3]) for e in events] == [("IGOEUR", "RUS", "163")]


def test_agent_of_a_staging_participle_authors_the_nominal_act(analyzer):
    events = _coded(analyzer, "Farmers suffer from trade restrictions put in place by Cameroon and Nigeria.")
    assert sorted((e[0], e[3]) for e in events if e[1] == "restrictions") == [("CMR", "172"), ("NGA", "172")]


def test_owner_of_a_campaign_authors_the_act_it_is_of(analyzer):
    events = _coded(analyzer, "Russia's campaign of repression against dissidents continued.")
    assert [(e[0], e[1]) for e in events] == [("RUS", "repression")]


def test_by_phrase_after_coordinated_acts_names_the_author_of_each(analyzer):
    events = _coded(analyzer, "Despite protests and lobbying by tourism businesses, the government refused.")
    assert [(e[0], e[3]) for e in events if e[1] == "protests"] == [("BUS", "140")]


def test_gerund_by_phrase_is_its_doer(analyzer):
    events = _coded(analyzer, "Despite lobbying by tourism businesses, the government refused.")
    assert [e[0] for e in events if e[1] == "lobbying"] == ["BUS"]


def test_stranded_first_item_of_a_subject_list_acts_too(analyzer):
    text = "Malaysia, the Philippines, Brunei, Vietnam and Taiwan contest all or parts of China's claims."
    events = _coded(analyzer, text)
    assert sorted(e[0] for e in events if e[1] == "contest") == ["BRN", "MYS", "PHL", "TWN", "VNM"]


def test_a_time_adverbial_is_no_list_item(analyzer):
    events = _coded(analyzer, "On Monday, Vietnam and Taiwan protested China's claims.")
    assert sorted(e[0] for e in events) == ["TWN", "VNM"]


def test_barred_from_entering_a_country_is_that_country_barring(analyzer):
    events = _coded(analyzer, "Albanian officials are barred from entering the United States.")
    assert [(e[0], e[2], e[3]) for e in events] == [("USA", "ALBGOV", "172")]


def test_ban_on_travel_from_a_country_is_aimed_at_it_not_by_it(analyzer):
    events = _coded(analyzer, "The EU still has a ban on leisure travel from the U.S.")
    assert [(e[0], e[2]) for e in events if e[1] == "ban"] == [(None, "USA")]


def test_purpose_of_an_act_has_not_happened(analyzer):
    events = _coded(analyzer, "India and Mauritius signed eight pacts to boost cooperation.")
    assert [e[1] for e in events if e[1] == "boost"] == []
    assert {e[1] for e in events} == {"signed eight pacts"}


def test_force_and_meetings_done_as_a_purpose_are_kept(analyzer):
    police = _coded(analyzer, "Police fired tear gas to disperse the protesters in Nairobi.")
    assert "disperse" in [e[1] for e in police]
    trip = _coded(analyzer, "The Chinese foreign minister flew to Moscow to meet Russian President Vladimir Putin.")
    assert "meet" in [e[1] for e in trip]


def test_a_permission_infinitive_is_no_purpose(analyzer):
    events = _coded(analyzer, "Russia gave Iran permission to help Syria.")
    assert [(e[0], e[2]) for e in events if e[1] == "help"] == [("IRN", "SYR")]


def test_each_coordinated_act_asked_for_is_part_of_the_appeal(analyzer):
    events = _coded(analyzer, "The UN urged Israel to halt the offensive and withdraw its troops.")
    assert [(e[0], e[1], e[2]) for e in events] == [("IGOUNO", "urged", "ISR")]


def test_visiting_before_a_named_official_makes_the_official_the_guest(analyzer):
    events = _coded(
        analyzer, "Chinese President Xi Jinping met visiting Russian Foreign Minister Sergei Lavrov in Beijing."
    )
    assert ("CHNGOV", "met", "RUSGOV", "040", "asserted") in events
    assert [(e[0], e[2], e[3]) for e in events if e[1] == "visiting"] == [
        ("CHNGOV", "RUSGOV", "043"),
        ("RUSGOV", "CHNGOV", "042"),
    ]


def test_visiting_a_place_is_still_a_visit_made(analyzer):
    events = _coded(analyzer, "Xi met Putin while visiting Moscow.")
    assert [(e[0], e[3]) for e in events if e[1] == "visiting"] == [("CHNGOV", "042")]


def test_a_participle_that_aims_an_act_is_no_act_of_its_own(analyzer):
    events = _coded(analyzer, "The US imposed sanctions targeting Russian banks.")
    assert [(e[0], e[1], e[2]) for e in events] == [("USA", "imposed sanctions", "RUSBUS")]
    troops = _coded(analyzer, "Troops encircling the city shelled it.")
    assert "encircling" in [e[1] for e in troops]  # aimed at no act noun: the encircling is itself an act


def test_aid_drawn_from_a_country_goes_to_the_subject(analyzer):
    events = _coded(analyzer, "Malaysia could tease out more aid from Beijing.")
    assert [(e[0], e[1], e[2], e[3]) for e in events] == [("CHNGOV", "aid", "MYS", "070")]
    assert not _coded(analyzer, "Analysts expect more aid from China.")


def test_troops_deployed_by_a_country_go_where_they_are_sent(analyzer):
    events = _coded(analyzer, "Troops deployed by Russia to Belarus arrived.")
    assert [(e[0], e[2], e[3]) for e in events] == [("RUS", "BLR", "154")]


def test_insisting_on_what_is_so_is_no_demand(analyzer):
    # what is insisted on is so: no demand (10) on "insists" (a commitment it states may be coded on its own)
    events = _coded(analyzer, "In response, China's leadership insists it is committed to peace.")
    assert not [e for e in events if e[1].startswith("insist") or e[3].startswith("10")]
    events = _coded(analyzer, "Iran insisted that the United States lift all sanctions.")
    assert ("IRN", "insisted", "USA") in [(e[0], e[1], e[2]) for e in events]


def test_participles_that_describe_a_state_are_no_acts(analyzer):
    assert not _coded(analyzer, "The Japanese are friendly and accepting, Chin said.")
    assert not _coded(analyzer, "We are so invested in Ukraine.")
    events = _coded(analyzer, "Japan has invested heavily in Vietnam.")
    assert [(e[0], e[2]) for e in events] == [("JPN", "VNM")]


def test_a_visit_not_made_to_anyone_is_no_event(analyzer):
    assert not _coded(analyzer, "There are a lot of Chinese people traveling who don't normally travel.")
    events = _coded(analyzer, "Obama refused to visit Cuba.")
    assert [(e[0], e[2], e[3]) for e in events] == [("USA", "CUB", "125")]


def test_who_works_for_talks_with_a_country_is_a_party_to_them(analyzer):
    events = _coded(analyzer, "Malaysians are trying to create leverage for future negotiations with China.")
    assert sorted((e[0], e[2]) for e in events if e[1] == "negotiations") == [("CHN", "MYS"), ("MYS", "CHN")]


def test_talks_prepared_for_are_still_to_come(analyzer):
    events = _coded(analyzer, "The Iraqi minister prepared for talks with Iran.")
    talks = [e for e in events if e[1] == "talks"]
    assert talks and {e[4] for e in talks} == {"future"} and {e[3] for e in talks} == {"040"}


def test_the_one_allowed_to_act_is_the_object_of_allow(analyzer):
    events = _coded(
        analyzer, "Zimbabwe's High Court allowed opposition candidate Nelson Chamisa to take part in the vote."
    )
    assert [(e[0], e[1], e[2], e[3]) for e in events] == [("ZWEJUD", "allowed", "ZWEOPP", "0812")]


def test_what_pressure_asks_for_has_not_happened(analyzer):
    events = _coded(analyzer, "The German chancellor faces pressure from parliament to help Ukraine.")
    assert [e[1] for e in events] == ["faces pressure"]


def test_an_act_prevented_did_not_happen_and_is_the_object_s(analyzer):
    record = analyzer.analyze(make_article("Israel prevented Hamas from attacking Egypt."))
    attack = [e for e in record.events if e.action.text == "attacking"]
    assert [(e.source.code, e.target.code, e.negated) for e in attack] == [("PSEREB", "EGY", True)]


def test_an_act_refrained_from_is_the_subject_s_and_did_not_happen(analyzer):
    record = analyzer.analyze(make_article("Russia refrained from attacking Ukraine."))
    assert [(e.source.code, e.target.code, e.negated) for e in record.events] == [("RUS", "UKR", True)]


def test_a_meeting_at_home_is_not_with_oneself(analyzer):
    events = _coded(analyzer, "Leaders of Germany, France and Italy met in Rome.")
    assert ("ITAGOV", "met", "ITAGOV", "040", "asserted") not in events
    assert ("DEUGOV", "met", "ITAGOV", "040", "asserted") in events


def test_the_subject_receives_criticism_it_draws(analyzer):
    events = _coded(analyzer, "Pakistan drew criticism from India.")
    assert [(e[0], e[1], e[2], e[3]) for e in events] == [("IND", "criticism", "PAK", "111")]


def test_who_comes_under_pressure_is_its_target(analyzer):
    events = _coded(analyzer, "Iran came under pressure from the United States.")
    assert [(e[0], e[1], e[2]) for e in events] == [("USA", "pressure", "IRN")]


def test_an_order_with_no_one_named_behind_it_is_no_failure(analyzer):
    """A passive "is directed at" has no author: the order check must not stop the article (it once did)."""
    events = _coded(analyzer, "I believe their hostility is directed at women, the writer said.")
    assert all(e[3][:3] != "172" for e in events)


def test_strife_with_no_side_named_is_no_actor(analyzer):
    assert not _coded(analyzer, "The fighting drove thousands of families from their homes in Darfur.")
    events = _coded(analyzer, "Sudanese troops drove thousands of families from their homes in Darfur.")
    assert [(e[0], e[3]) for e in events] == [("SDNMIL", "201")]


def test_a_standing_law_bans_nothing_but_a_new_decree_does(analyzer):
    assert not _coded(analyzer, "The law bans foreigners from owning land in Indonesia.")
    events = _coded(analyzer, "A decree last week banned Indonesian workers from leaving the country.")
    assert [(e[1], e[2], e[3]) for e in events] == [("banned", "IDNLAB", "172")]


def test_a_plain_statement_needs_an_actor_as_its_target(analyzer):
    assert not _coded(analyzer, "The Japanese foreign ministry released a statement on Tuesday.")
    events = _coded(analyzer, "The Japanese prime minister commented on China's military buildup.")
    assert ("JPNGOV", "commented", "CHN", "010", "asserted") in events


def test_the_one_kept_from_a_place_is_the_target_not_the_place(analyzer):
    events = _coded(analyzer, "Israel barred him from Gaza.")
    assert [(e[0], e[2], e[3]) for e in events] == [("ISR", None, "172")]
    envoy = _coded(analyzer, "Russia expelled the Estonian ambassador from Moscow.")
    assert [(e[0], e[2]) for e in envoy] == [("RUS", "ESTGOV")]
    delegation = _coded(analyzer, "Putin met a delegation from China.")
    assert ("RUSGOV", "met", "CHNGOV", "040", "asserted") in delegation


def test_sides_of_an_agreement_signed_in_the_passive_signed_it(analyzer):
    events = _coded(analyzer, "The trade accord between Kenya and Uganda was signed on Friday.")
    assert sorted((e[0], e[2], e[3]) for e in events) == [("KEN", "UGA", "057"), ("UGA", "KEN", "057")]
    assert not _coded(analyzer, "The trade accord was signed on Friday.")


def test_an_act_asked_for_with_no_appeal_code_of_its_own_is_still_only_asked(analyzer):
    events = _coded(analyzer, "Western politicians called on China to limit or cease its support for Iran.")
    assert [(e[1], e[2]) for e in events] == [("called", "CHN")]


def test_who_runs_an_effort_does_what_it_is_to_do(analyzer):
    events = _coded(analyzer, "India and China have stepped up efforts to build ties with Kenya.")
    assert sorted((e[0], e[1], e[2]) for e in events) == [("CHN", "build ties", "KEN"), ("IND", "build ties", "KEN")]
    drive = _coded(analyzer, "The sanctions are part of a drive by the new U.S. administration to punish Russia.")
    assert [(e[0], e[1], e[2]) for e in drive] == [("USAGOV", "punish", "RUS")]


def test_efforts_welcomed_are_not_the_welcomers_own(analyzer):
    events = _coded(analyzer, "The United States welcomed efforts to build ties with Kenya.")
    assert [e[0] for e in events if e[1] == "build ties"] == [None]


def test_ties_built_with_an_unnamed_partner_are_not_with_each_other(analyzer):
    events = _coded(analyzer, "India and China have stepped up efforts to build ties with Indian Ocean countries.")
    # the partners are the countries named by "with" (coded or not, as the actor lexicon reads them), never
    # the two subjects each other
    assert sorted(e[0] for e in events) == ["CHN", "IND"], events
    assert not [e for e in events if e[2] in {"CHN", "IND"}], events
    mutual = _coded(analyzer, "Brazil and Argentina signed a trade deal.")
    assert sorted((e[0], e[2]) for e in mutual) == [("ARG", "BRA"), ("BRA", "ARG")]


def test_what_a_speaker_says_another_must_do_is_only_demanded(analyzer):
    events = _coded(
        analyzer, "The Japanese foreign minister said China should withdraw its troops and pay compensation."
    )
    assert [(e[0], e[1], e[2]) for e in events] == [("JPNGOV", "said", "CHN")]
    stop = _coded(analyzer, "Taiwanese President Lai said China must stop its drills.")
    assert [(e[1], e[3][:2]) for e in stop] == [("said", "10")]


def test_a_suggestion_of_what_is_so_is_no_proposal(analyzer):
    assert not _coded(analyzer, "The report suggests that China is interested in Russian technology.")


def test_an_act_wanted_in_a_that_clause_is_asked_for_not_done(analyzer):
    events = _coded(analyzer, "Japan suggested that China and South Korea hold talks.")
    assert sorted((e[0], e[1], e[2], e[3]) for e in events) == [
        ("JPN", "suggested", "CHN", "026"),
        ("JPN", "suggested", "KOR", "026"),
    ]
    demand = _coded(analyzer, "Iran demanded that the United States lift all sanctions.")
    assert [(e[1], e[3]) for e in demand] == [("demanded", "1054")]


def test_an_act_done_seldom_is_denied(analyzer):
    record = analyzer.analyze(make_article("Malaysia rarely criticizes China."))
    assert [(e.source.code, e.target.code, e.negated) for e in record.events] == [("MYS", "CHN", True)]


def test_an_it_that_stands_for_no_one_does_nothing(analyzer):
    assert not _coded(analyzer, "From New Delhi's standpoint, it helps if there is some American presence there.")
    events = _coded(analyzer, "The Chinese government said it would help Pakistan if asked.")
    assert ("CHNGOV", "help", "PAK") in [(e[0], e[1], e[2]) for e in events]


def test_a_means_used_for_an_act_does_not_do_it(analyzer):
    events = _coded(analyzer, "Liberian riot police used tear gas to disperse demonstrators in Monrovia.")
    assert [(e[0], e[2]) for e in events if e[1] == "disperse"] == [("LBRCOP", "LBROPP")]


def test_an_act_weighed_as_a_subject_is_not_done(analyzer):
    assert not _coded(analyzer, "US authorities said that removing the sanctions on Burma is out of the question.")
    assert not _coded(analyzer, "Attacking Iran would be a mistake, the Israeli minister said.")


def test_what_befell_a_passive_subject_is_not_its_own_act(analyzer):
    events = _coded(analyzer, "Four children were killed in shelling in Gaza.")
    assert [(e[1], e[2]) for e in events] == [("killed", "PSECVL")]
    meeting = _coded(analyzer, "After meeting Putin, the Chinese minister criticized Japan.")
    assert ("CHNGOV", "meeting", "RUSGOV", "040", "asserted") in meeting


def test_an_act_that_names_its_own_sides_is_coded_beside_the_verb_reacting_to_it(analyzer):
    events = _coded(analyzer, "India would support a planned deal between Britain and Mauritius.")
    deal = [e for e in events if e[1] == "deal"]
    # session 14: a "planned" deal is still to come (`in_prospect`), not one made
    assert sorted((e[0], e[2], e[3], e[4]) for e in deal) == [
        ("GBR", "MUS", "057", "future"),
        ("MUS", "GBR", "057", "future"),
    ]
    blamed = _coded(analyzer, "Her supplier blamed travel restrictions by Cameroon and Europe for the shortages.")
    assert sorted(e[0] for e in blamed if e[1] == "restrictions") == ["CMR", "EUR"]
    assert [e[1] for e in _coded(analyzer, "The EU imposed sanctions on Russia.")] == ["imposed sanctions"]


def test_what_a_staged_campaign_does_its_stager_does(analyzer):
    events = _coded(analyzer, "Hamas began a campaign attacking Israeli towns.")
    assert [(e[0], e[1], e[2]) for e in events] == [("PSEREB", "attacking", "ISR")]


def test_rules_on_people_arriving_from_a_country_are_aimed_at_it(analyzer):
    events = _coded(analyzer, "The Italian government tightened the rules on people arriving from India.")
    assert [(e[0], e[2], e[3]) for e in events] == [("ITAGOV", "IND", "172")]
    banks = _coded(analyzer, "The EU imposed sanctions on Russian banks.")
    assert [(e[0], e[2]) for e in banks] == [("IGOEUR", "RUSBUS")]


def test_what_a_speaker_says_its_own_side_must_do_is_no_demand(analyzer):
    assert not _coded(analyzer, '"We must do more to help Ukraine," the German chancellor said.')
    events = _coded(analyzer, "The German chancellor said Russia must withdraw its troops.")
    assert [(e[0], e[2], e[3][:2]) for e in events] == [("DEUGOV", "RUS", "10")]


def test_people_flown_somewhere_are_not_visiting_it(analyzer):
    assert not _coded(analyzer, "The detainees were flown to Louisiana.")
    events = _coded(analyzer, "The Chinese foreign minister flew to Moscow.")
    assert [(e[0], e[2], e[3]) for e in events] == [("CHNGOV", "RUSGOV", "042")]


def test_what_is_alleged_is_the_accusation_not_an_act_done(analyzer):
    events = _coded(analyzer, "Ukraine alleged that Russian troops had attacked civilians in Bucha.")
    assert [(e[0], e[1], e[2], e[3]) for e in events] == [("UKR", "alleged", "RUSMIL", "112")]


def test_a_warning_of_what_is_so_is_a_grim_remark_not_a_threat(analyzer):
    events = _coded(analyzer, "The Chinese foreign ministry warned that the American sanctions are counterproductive.")
    assert [(e[0], e[2], e[3]) for e in events if e[1] == "warned"] == [("CHNGOV", "USA", "012")]
    threat = _coded(analyzer, "Russia warned that it would retaliate against Poland.")
    assert [(e[0], e[2], e[3]) for e in threat] == [("RUS", "POL", "130")]


def test_the_city_a_protest_is_held_in_is_not_its_target(analyzer):
    events = _coded(analyzer, "Americans protested against the war in Washington.")
    assert [(e[0], e[2], e[3][:2]) for e in events] == [("USA", None, "14")]


def test_a_protest_against_a_named_body_keeps_its_target_beside_the_scene(analyzer):
    events = _coded(analyzer, "Students protested against the Chinese government in Hong Kong.")
    assert [e[2] for e in events if e[3][:2] == "14"] == ["CHNGOV"]


def test_a_guest_received_somewhere_is_still_the_guest(analyzer):
    for place in ("in the Kremlin", "in Ankara"):
        events = _coded(analyzer, f"Putin received the Chinese foreign minister {place}.")
        assert ("RUSGOV", "received", "CHNGOV", "043", "asserted") in events, (place, events)


def test_a_preposition_fronted_with_which_names_no_partner_of_the_verb(analyzer):
    events = _coded(analyzer, "Officials noted the seriousness with which the United States takes the issue.")
    assert not [e for e in events if e[1] == "takes"], events


def test_told_to_act_is_a_demand_and_what_is_asked_is_part_of_it(analyzer):
    events = _coded(analyzer, "The US president told Israel to halt the offensive.")
    assert [(e[0], e[2], e[3][:2]) for e in events] == [("USAGOV", "ISR", "10")]


def test_workers_striking_are_on_strike_but_jets_striking_attack(analyzer):
    assert [e[3] for e in _coded(analyzer, "Teachers in Kenya are striking over pay.")] == ["143"]
    assert [e[3] for e in _coded(analyzer, "Israeli jets struck Gaza overnight.")] == ["195"]
