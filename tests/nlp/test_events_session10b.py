"""Session 10, round 2 (events): general faults found in real news, each with sentences of our own in several
countries and wordings, and near sentences that must keep their old reading."""

from __future__ import annotations

import pytest
from dwtest import country_triples, event_rows

# ---- frames: "needs X to do", "interested in doing", "persuaded X to do"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pakistan needs China to invest in its ports.", "invest"),
        ("India needs Russia to supply more oil.", "supply"),
        ("Egypt is interested in buying tanks from South Korea.", "buying"),
        ("Brazil said it was interested in joining the alliance with Argentina.", "joining"),
    ],
)
def test_an_act_needed_or_wished_for_is_not_done(analyzer, text, word):
    rows = [r for r in event_rows(analyzer, text, "modality") if word in r[1]]
    assert rows, event_rows(analyzer, text, "modality")
    assert all(r[4] == "hypothetical" for r in rows), rows


def test_a_needed_act_keeps_its_doer(analyzer):
    rows = event_rows(analyzer, "Pakistan needs China to invest in its ports.", "modality")
    assert any(r[0] == "CHN" and "invest" in r[1] for r in rows), rows


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        ("Germany persuaded Turkey to release the journalist.", "DEU", "TUR", "0253"),
        ("Qatar persuaded Hamas to meet Israeli negotiators.", "QAT", "PSE", "026"),
        ("Germany managed to persuade Turkey to free the journalist.", "DEU", "TUR", "0253"),
    ],
)
def test_persuading_someone_to_act_is_an_appeal_as_urging_is(analyzer, text, a, b, code):
    triples = country_triples(analyzer, text)
    assert (a, b, code) in triples, triples
    # the act won is folded into the appeal, as the act an urging asks for is: it is not reported as done
    assert not any(s == b and c[:2] in {"08", "04"} for s, _, c in triples), triples


def test_being_convinced_of_something_is_no_appeal(analyzer):
    assert not any(
        c[:2] == "02" for _, _, c in country_triples(analyzer, "Iran convinced the IAEA that its program was peaceful.")
    )


# ---- a press conference is no meeting


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese prime minister held a press conference with Chinese reporters.",
        "Macron held a news conference in Paris.",
        "Putin held a joint press conference with Erdogan in Ankara.",
        "Blinken attended a news briefing in Seoul with South Korean officials.",
    ],
)
def test_a_press_conference_is_not_a_meeting(analyzer, text):
    assert not any(c[:2] in {"04", "06"} for _, _, c in country_triples(analyzer, text))


def test_a_conference_of_sides_is_still_a_meeting(analyzer):
    assert any(
        c == "040" for _, _, c in country_triples(analyzer, "The Arab League held a conference on Gaza with Egypt.")
    )
    triples = country_triples(analyzer, "Macron held a news conference after meeting Scholz.")
    assert ("FRA", "DEU", "040") in triples, triples


# ---- retaliation


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        # a state's retaliation to come leaves its means open (tariffs as often as force): a threat, 130
        ("Iran said it would retaliate against Israel.", "IRN", "ISR", "130"),
        ("Iran warned that it would retaliate against the United States.", "IRN", "USA", "130"),
        ("Canada said it would retaliate against the United States.", "CAN", "USA", "130"),
        # an armed force's is a threat of force (138 family)
        ("Hezbollah will retaliate against Israel, its leader said.", "LBN", "ISR", "138"),
        ("The Israeli army warned that it would retaliate against Hezbollah.", "ISR", "LBN", "138"),
    ],
)
def test_a_retaliation_to_come_is_a_threat(analyzer, text, a, b, code):
    assert any(s == a and t == b and c[: len(code)] == code for s, t, c in country_triples(analyzer, text))


def test_a_retaliation_done_is_force_only_by_an_armed_force_or_with_its_means(analyzer):
    assert ("ISR", "PSE", "190") in country_triples(analyzer, "The Israeli army retaliated against Hamas.")
    assert ("ISR", "LBN", "195") in country_triples(analyzer, "Israel retaliated against Hezbollah with airstrikes.")
    assert ("AZE", "ARM", "194") in country_triples(analyzer, "Azerbaijan retaliated against Armenia with artillery.")
    # a state striking back may use tariffs or expulsions: no force is plain
    assert not any(c[:2] == "19" for _, _, c in country_triples(analyzer, "Russia retaliated against Britain."))
    assert ("CHN", "USA", "163") in country_triples(
        analyzer, "China retaliated against the United States with tariffs."
    )
    assert ("CAN", "USA", "163") in country_triples(
        analyzer, "Canada imposed retaliatory tariffs on the United States."
    )


# ---- fighting a problem is no fight


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine pledged to fight disinformation with the European Union.",
        "Mexico agreed to fight crime with the United States.",
        "Pakistan is fighting against extremism with Chinese support.",
        "Brazil will fight poverty with Argentina.",
        "Kenya vowed to combat corruption with help from Britain.",
    ],
)
def test_fighting_an_abstract_problem_is_no_armed_fight(analyzer, text):
    assert not any(c[:2] in {"18", "19"} or c[:3] == "138" for _, _, c in country_triples(analyzer, text))


def test_fighting_forces_is_still_a_fight(analyzer):
    assert ("RUS", "UKR", "190") in country_triples(analyzer, "Russian troops fought Ukrainian forces near Bakhmut.")
    assert ("AFG", "AFG", "190") in country_triples(analyzer, "The Afghan army fought the Taliban in Helmand.")


# ---- "stopped short of": the act was not done


@pytest.mark.parametrize(
    ("text", "a", "b", "word"),
    [
        ("The United States stopped short of condemning Israel.", "USA", "ISR", "condemning"),
        ("Germany fell short of condemning China.", "DEU", "CHN", "condemning"),
        ("Britain stopped short of blaming Russia for the attack.", "GBR", "RUS", "blaming"),
        ("The EU stopped short of imposing sanctions on Hungary.", "IGO", "HUN", "imposing"),
    ],
)
def test_an_act_stopped_short_of_is_negated_and_keeps_its_code(analyzer, text, a, b, word):
    rows = event_rows(analyzer, text, "negated")
    assert any((r[0] or "").startswith(a) and (r[2] or "").startswith(b) and word in r[1] and r[4] for r in rows), rows
    # the stopping itself is no act (no 160)
    assert not any(r[3] == "160" for r in rows), rows


def test_a_plain_stop_is_still_coded(analyzer):
    assert ("USA", "ISR", "111") not in country_triples(analyzer, "The United States stopped Israel.")
    assert any(c == "111" for _, _, c in country_triples(analyzer, "The United States condemned Israel."))


# ---- ordered out


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        ("Mali ordered French troops to leave the country.", "MLI", "FRA", "166"),
        ("Niger ordered the French ambassador to leave the country.", "NER", "FRA", "161"),
        ("Burkina Faso ordered the French ambassador to leave.", "BFA", "FRA", "161"),
        ("The Congo ordered U.N. peacekeepers to leave.", "COD", "IGO", "1661"),
        ("Iran told the Swiss ambassador to leave the country.", "IRN", "CHE", "161"),
    ],
)
def test_a_state_ordering_anothers_people_out_expels_them(analyzer, text, a, b, code):
    assert (a, b, code) in country_triples(analyzer, text)


def test_ordering_ones_own_troops_out_is_no_expulsion(analyzer):
    triples = country_triples(analyzer, "Israel ordered its troops to withdraw from Gaza.")
    assert not any(c[:3] in {"161", "166"} for _, _, c in triples), triples
    # nor is sending one's own reporters out of a room, nor a leader told to pull back his troops
    triples = country_triples(analyzer, "Trump ordered reporters to leave the Oval Office.")
    assert not any(c in {"166", "174"} for _, _, c in triples), triples
    assert ("RUS", "UKR", "1056") in country_triples(analyzer, "Putin told Zelensky to withdraw his troops from Kursk.")


# ---- a nominal act's "by" agent


@pytest.mark.parametrize(
    ("text", "a", "word"),
    [
        ("The blockade of the port by Russia angered Ukraine.", "RUS", "blockade"),
        ("The closure of the border by Pakistan angered Afghanistan.", "PAK", "closure"),
        ("The arrest of two Chinese nationals by India drew a protest from China.", "IND", "arrest"),
        ("The expulsion of the diplomats by Russia angered Poland.", "RUS", "expulsion"),
    ],
)
def test_a_by_agent_is_the_nominal_acts_source(analyzer, text, a, word):
    rows = [r for r in event_rows(analyzer, text, "cameo") if word in r[1]]
    assert rows and all((r[0] or "").startswith(a) for r in rows), rows


# ---- crowds storming or burning buildings protest


@pytest.mark.parametrize(
    ("text", "b", "code"),
    [
        ("Protesters stormed the U.S. embassy in Baghdad.", "USA", "145"),
        ("Demonstrators set fire to the French embassy in Niamey.", "FRA", "145"),
        ("The crowd attacked the Turkish embassy in Stockholm.", "TUR", "145"),
        ("Protesters occupied the Israeli embassy in Ankara.", "ISR", "144"),
    ],
)
def test_a_crowd_storming_or_burning_a_building_protests_violently(analyzer, text, b, code):
    triples = country_triples(analyzer, text)
    assert any(t == b and c == code for _, t, c in triples), triples
    assert not any(c[:3] in {"171", "192"} for _, _, c in triples), triples


def test_forces_storming_a_building_still_seize_it(analyzer):
    assert any(
        c[:2] in {"17", "19"}
        for _, _, c in country_triples(analyzer, "Russian forces stormed the Ukrainian embassy building.")
    )


# ---- naming misparsed


@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        ("Trump called Xi a dear friend.", "USA", "CHN", "051"),
        ("Trump called Xi Jinping a dear friend.", "USA", "CHN", "051"),
        ("Biden called Xi a dictator.", "USA", "CHN", "111"),
        ("Putin called Biden a killer.", "RUS", "USA", "111"),
    ],
)
def test_a_name_given_is_coded_however_the_parser_hangs_it(analyzer, text, a, b, code):
    assert (a, b, code) in country_triples(analyzer, text)


def test_a_phone_call_is_still_a_call(analyzer):
    assert ("FRA", "RUS", "041") in country_triples(analyzer, "Macron called Putin on Friday.")
