"""Session 12c (events): acts named by a possessed event noun under another act, asylum sought in a country,
places as the target of an attack, and appeals that embed the act asked for.

Each kind has sentences that must give the act with its sides and near sentences where it must not fire."""

from __future__ import annotations

import pytest
from dwtest import country_triples

# ---- a possessed event noun as the object of a coded verb ("condemned Russia's annexation of Crimea"): the inner
# noun is an act of its own, done by its possessor to its object, besides the outer act on the possessor


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("The UN condemned Russia's annexation of Crimea.", "RUS", "UKR", "19"),
        ("Iran denounced Saudi Arabia's bombing of Yemen.", "SAU", "YEM", "195"),
        ("Turkey condemned Israel's invasion of Lebanon.", "ISR", "LBN", "19"),
        ("Germany praised Japan's delivery of aid to Nepal.", "JPN", "NPL", "07"),
        ("Washington welcomed Egypt's mediation between Israel and Hamas.", "EGY", "ISR", "04"),
        ("The UN condemned Israel's bombing of Gaza.", "ISR", "PSE", "195"),
        # talks about another's act named with its author: the act talked about was done
        ("Diplomats discussed Israel's shelling of Lebanon.", "ISR", "LBN", "19"),
        ("Diplomats discussed Israel's firing of shells at Lebanon.", "ISR", "LBN", "19"),
        ("Egypt and Jordan discussed Israel's occupation of the West Bank.", "ISR", "PSE", "19"),
        ("Kenya welcomed Ethiopia's release of Kenyan prisoners.", "ETH", "KEN", "0"),
        ("Egypt condemned Israel's occupation of the West Bank.", "ISR", "PSE", "19"),
    ],
)
def test_a_possessed_event_noun_under_a_coded_verb_keeps_its_own_act(analyzer, text, source, target, root):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c.startswith(root) for s, t, c in triples), triples


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("The UN condemned Russia's annexation of Crimea.", None, "RUS", "1"),
        ("Iran denounced Saudi Arabia's bombing of Yemen.", "IRN", "SAU", "1"),
        ("Germany praised Japan's delivery of aid to Nepal.", "DEU", "JPN", "05"),
    ],
)
def test_the_outer_act_still_targets_the_possessor(analyzer, text, source, target, root):
    triples = country_triples(analyzer, text)
    assert any((source is None or s == source) and t == target and c.startswith(root) for s, t, c in triples), triples


@pytest.mark.parametrize(
    ("text", "bad_source", "bad_target"),
    [
        # a topic noun without an author names no act of anyone
        ("Ministers from France and Italy discussed the annexation of Crimea.", "FRA", "UKR"),
        ("Ministers from France and Italy discussed the annexation of Crimea.", "ITA", "UKR"),
        # the inner act is the possessor's, not the outer speaker's
        ("Iran denounced Saudi Arabia's bombing of Yemen.", "IRN", "YEM"),
        ("The UN condemned Russia's annexation of Crimea.", "UKR", "RUS"),
        # one's own act talked about may be a plan, not a deed
        ("Putin discussed Russia's withdrawal from Syria.", "RUS", "SYR"),
        ("Russia discussed its shelling of Ukraine with Turkey.", "RUS", "UKR"),
    ],
)
def test_an_event_noun_gives_no_act_to_the_wrong_doer(analyzer, text, bad_source, bad_target):
    triples = country_triples(analyzer, text)
    assert not any(s == bad_source and t == bad_target and c[:1] in "10" for s, t, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats criticized Israel's planned annexation of the West Bank.",
        "The UN condemned Russia's possible invasion of Ukraine.",
    ],
)
def test_a_planned_act_reacted_to_is_not_done(analyzer, text):
    triples = country_triples(analyzer, text)
    assert not any(c[:2] == "19" for _, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned al-Shabab's bombing of the Nairobi mall.",
        "The bombing of the U.S. embassy in Kenya killed dozens.",
    ],
)
def test_a_militant_bombing_stays_unconventional(analyzer, text):
    codes = {c for _, _, c in country_triples(analyzer, text)}
    assert "195" not in codes, codes


# ---- asylum or refuge sought "in" a country is an appeal to that country


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Russian dissident sought refuge in Germany.", "RUS", "DEU"),
        ("Hundreds of Syrians asked for asylum in Sweden.", "SYR", "SWE"),
        ("A Venezuelan opposition leader sought asylum in Spain.", "VEN", "ESP"),
        ("The Belarusian athlete sought asylum in Poland.", "BLR", "POL"),
        ("An Iranian journalist asked for refuge in France.", "IRN", "FRA"),
        ("Two Afghan journalists sought asylum in Canada.", "AFG", "CAN"),
        ("Two Saudi sisters requested asylum in Australia.", "SAU", "AUS"),
    ],
)
def test_asylum_sought_in_a_country_is_an_appeal_to_it(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] == "02" for s, t, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian refugees live in Sweden.",
        "The Russian dissident stayed in Germany for a week.",
        "Sweden's asylum law was debated in Germany.",
    ],
)
def test_living_or_debating_in_a_country_is_no_appeal(analyzer, text):
    triples = country_triples(analyzer, text)
    assert not any(c[:2] == "02" for _, _, c in triples), triples


def test_granting_asylum_is_not_asking_for_it(analyzer):
    triples = country_triples(analyzer, "Sweden granted asylum to a Russian dissident.")
    assert not any(c[:2] == "02" for _, _, c in triples), triples


# ---- a town of a known country named as what is attacked: the country is the target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # towns in the actor dictionaries (a town not there, e.g. "Jericho", has no country to give)
        ("Israeli troops shelled Jenin.", "ISR", "PSE"),
        ("Israeli aircraft struck Nabatieh on Sunday.", "ISR", "LBN"),
        ("Russian warplanes bombed Aleppo.", "RUS", "SYR"),
        ("Saudi jets struck Sanaa on Tuesday.", "SAU", "YEM"),
        ("Turkish artillery shelled Idlib.", "TUR", "SYR"),
        ("Russian forces attacked Kharkiv overnight.", "RUS", "UKR"),
    ],
)
def test_a_known_town_attacked_makes_its_country_the_target(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:1] in "19" for s, t, c in triples), triples


# ---- an appeal that embeds the act asked for: the appeal is the act done, the embedded act is not


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Egypt urged the European Union to support the Palestinians.", "EGY", "IGO"),
        ("The United States urged the EC to support the PLO.", "USA", "IGO"),
        ("Japan called on China to release the detained journalists.", "JPN", "CHN"),
        ("France asked Iran to free the hostages.", "FRA", "IRN"),
        ("India urged Nepal to cooperate on border security.", "IND", "NPL"),
    ],
)
def test_an_appeal_with_an_embedded_act_is_the_appeal(analyzer, text, source, target):
    triples = country_triples(analyzer, text)
    assert any(s == source and t == target and c[:2] in ("02", "10") for s, t, c in triples), triples


@pytest.mark.parametrize(
    ("text", "bad_source"),
    [
        ("Japan called on China to release the detained journalists.", "CHN"),
        ("France asked Iran to free the hostages.", "IRN"),
    ],
)
def test_the_act_asked_for_is_not_done(analyzer, text, bad_source):
    triples = country_triples(analyzer, text)
    assert not any(s == bad_source and (c[:2] == "07" or c[:3] == "086") for s, _, c in triples), triples
