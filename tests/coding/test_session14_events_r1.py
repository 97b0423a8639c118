"""Session 14, round 1, events: general mechanics of what an act's own sentence says about it.

The sentences are written for this test (not taken from any gold set or annotated story). Each pins one
general reading of English: an act its predicate says ended or failed, what a demand asks for, coordinated
acts under a threat, an act named as only possible, an act that never stopped, and a passive whose agent is
itself the act.
"""

from __future__ import annotations

import pytest
from dwtest import country3, event_codes, make_article

pytestmark = pytest.mark.slow


def _events(analyzer, text: str) -> list[tuple[str, str | None, str | None, bool, str]]:
    """(code, source country, target country, negated, modality) of every event of the sentence."""
    doc = analyzer.nlp(analyzer.make_doc(make_article(text)))
    return [(e.cameo, country3(e.source), country3(e.target), e.negated, e.modality) for e in doc._.dw_events or []]


# ---------------------------------------------------------------- an act its predicate says ended or failed


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire between Armenia and Azerbaijan collapsed on Tuesday.",
        "The truce between the army and the rebels broke down within hours.",
        "The collapse of the ceasefire between Sudan and South Sudan alarmed the region.",
    ],
)
def test_truce_that_collapsed_is_a_violation(analyzer, text: str) -> None:
    codes = event_codes(analyzer, text)
    assert "0871" not in codes  # no truce declared
    assert "196" in codes  # the codebook's "Violate ceasefire"


def test_truce_that_collapsed_is_each_sides(analyzer) -> None:
    # no one is said to have broken it: not the first-named side alone
    evs = _events(analyzer, "The ceasefire between Armenia and Azerbaijan collapsed on Tuesday.")
    assert {(e[1], e[2]) for e in evs if e[0] == "196"} == {("ARM", "AZE"), ("AZE", "ARM")}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Talks between Serbia and Kosovo collapsed last week.", "04"),
        ("Negotiations between Peru and Chile broke down on Friday.", "04"),
        ("The deal between Ghana and Togo fell apart in March.", "05"),
        ("The ceasefire between India and Pakistan expired on Sunday.", "08"),
        ("Kenya said the truce with the rebels was over.", "08"),
    ],
)
def test_act_that_ended_is_not_done(analyzer, text: str, gone: str) -> None:
    assert not any(c.startswith(gone) for c in event_codes(analyzer, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Armenia ended the ceasefire with Azerbaijan.", ("ARM", "AZE")),
        ("Sudan's army terminated the truce with the RSF.", ("SDN", None)),
    ],
)
def test_truce_ended_by_a_side_is_its_violation(analyzer, text: str, pair: tuple[str, str | None]) -> None:
    evs = _events(analyzer, text)
    assert "0871" not in {e[0] for e in evs}
    assert any(e[0] == "196" and e[1] == pair[0] for e in evs)


def test_deal_ended_by_a_side_is_not_made(analyzer) -> None:
    assert not any(c.startswith("05") for c in event_codes(analyzer, "Mali ended its defence deal with France."))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an act whose predicate says nothing of its end stays the act
        ("The ceasefire between Armenia and Azerbaijan held on Tuesday.", "0871"),
        ("Talks between Serbia and Kosovo resumed last week.", "04"),
    ],
)
def test_act_not_ended_kept(analyzer, text: str, code: str) -> None:
    assert any(c.startswith(code) for c in event_codes(analyzer, text))


# ---------------------------------------------------------------- what a demand or insistence asks for


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("The opposition insisted that the government cut its ties with Moscow.", "16"),
        ("Lithuania demanded that Belarus close its border with Poland.", "19"),
        ("The union insisted that the company stop deporting workers.", "17"),
    ],
)
def test_demanded_clause_not_done(analyzer, text: str, done: str) -> None:
    evs = _events(analyzer, text)
    assert any(e[0].startswith("10") for e in evs)
    assert not any(e[0].startswith(done) for e in evs)


def test_insisted_fact_is_no_demand(analyzer) -> None:
    # "insisted that it had not attacked" asserts a fact: no demand is coded
    codes = event_codes(analyzer, "Russia insisted that it had not attacked civilians.")
    assert not any(c.startswith("10") for c in codes)


# ---------------------------------------------------------------- coordinated acts under a threat


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Israel threatened to hunt down and punish the attackers.", "13"),
        ("Turkey threatened to invade and occupy northern Syria.", "13"),
        ("China warned it would track down and arrest the activists.", "13"),
    ],
)
def test_coordinated_acts_under_threat_are_one_threat(analyzer, text: str, root: str) -> None:
    evs = _events(analyzer, text)
    assert len(evs) == 1  # one threat: no event of its own for the framing verb or for a later act
    assert evs[0][0].startswith(root)


def test_one_threat_of_several_acts_is_aimed_at_their_target(analyzer) -> None:
    evs = _events(analyzer, "Belarus threatened to cut ties and impose sanctions on Lithuania.")
    assert len(evs) == 1 and evs[0][0].startswith("13") and evs[0][2] == "LTU"


# ---------------------------------------------------------------- an act named as only possible


@pytest.mark.parametrize(
    "text",
    [
        "Villagers fled the area for fear of a possible attack by Russian forces.",
        "Residents in Taipei prepared for a potential invasion by China.",
        "Officials in Seoul braced for a likely missile strike by North Korea.",
    ],
)
def test_possible_act_not_done(analyzer, text: str) -> None:
    assert not any(e[0][:2] in {"18", "19", "20"} and e[4] == "asserted" for e in _events(analyzer, text))


def test_act_not_called_possible_kept(analyzer) -> None:
    evs = _events(analyzer, "Villagers fled the area after an attack by Russian forces.")
    assert any(e[0][:2] in {"18", "19"} and e[4] == "asserted" for e in evs)


# ---------------------------------------------------------------- an act that never stopped


@pytest.mark.parametrize(
    "text",
    [
        "Russia never stopped shelling Ukrainian towns.",
        "The rebels did not stop attacking army posts in Mali.",
    ],
)
def test_act_never_stopped_goes_on(analyzer, text: str) -> None:
    evs = _events(analyzer, text)
    assert not any(e[0].startswith("124") or e[0].startswith("087") for e in evs)
    assert any(e[0][:2] in {"18", "19"} and not e[3] and e[4] == "asserted" for e in evs)


def test_act_stopped_is_deescalation(analyzer) -> None:
    evs = _events(analyzer, "Russia stopped shelling Ukrainian towns.")
    assert any(e[0].startswith("087") for e in evs)
    assert not any(e[0][:2] in {"18", "19"} for e in evs)


# ---------------------------------------------------------------- a passive whose agent is the act


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("The resolution was blocked by Russia's veto.", "129", "RUS"),
        ("The plan was halted by an American veto.", "129", "USA"),
    ],
)
def test_passive_agent_noun_is_the_act(analyzer, text: str, code: str, source: str) -> None:
    evs = _events(analyzer, text)
    assert (code, source) in {(e[0], e[1]) for e in evs}
    assert not any(e[0] == "120" for e in evs)  # the blocking is the veto, not a second rejection


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("An offer of talks from Cuba was dismissed by Panama.", ("PAN", "CUB")),
        ("Armenia's proposal for negotiations was rejected by Azerbaijan.", ("AZE", "ARM")),
    ],
)
def test_passive_rejection_of_talks_is_125(analyzer, text: str, pair: tuple[str, str]) -> None:
    evs = _events(analyzer, text)
    assert ("125", *pair) in {(e[0], e[1], e[2]) for e in evs}


# ---------------------------------------------------------------- what two sides discuss is no third side


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Erdogan discussed the sale of missiles to Turkey.",
        "Modi and Biden discussed American exports of jet engines to India.",
    ],
)
def test_discussed_topic_is_no_partner(analyzer, text: str) -> None:
    evs = _events(analyzer, text)
    pairs = {(e[1], e[2]) for e in evs if e[0].startswith("04")}
    assert pairs and all(s != t for s, t in pairs)  # no side "discusses" with its own country named in the topic
    assert len(pairs) == 2


# ---------------------------------------------------------------- stopping purchases or sales to a country


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India stopped buying Russian oil.", ("IND", "RUS")),
        ("Germany stopped importing Russian gas last year.", ("DEU", "RUS")),
        ("Canada stopped selling weapons to Saudi Arabia.", ("CAN", "SAU")),
    ],
)
def test_stopped_trade_is_a_boycott_or_embargo(analyzer, text: str, pair: tuple[str, str]) -> None:
    assert ("163", *pair) in {(e[0], e[1], e[2]) for e in _events(analyzer, text)}


def test_stopped_talking_is_no_boycott(analyzer) -> None:
    assert "163" not in event_codes(analyzer, "Armenia stopped negotiating with Azerbaijan.")


# ---------------------------------------------------------------- a warning of another side's act


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania warned of an attack by Belarus.",
        "Estonia warned of a Russian invasion.",
    ],
)
def test_warning_of_others_act_is_no_threat(analyzer, text: str) -> None:
    assert not any(c.startswith("13") for c in event_codes(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned of retaliation against Israel.",
        "North Korea warned of a nuclear attack on South Korea.",
    ],
)
def test_warning_of_own_act_is_a_threat(analyzer, text: str) -> None:
    assert any(c.startswith("13") for c in event_codes(analyzer, text))


# ---------------------------------------------------------------- whom a demand for one's own people is put to


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Georgia demanded the return of its fishermen from Russia.", ("GEO", "RUS")),
        ("Thailand demanded the release of its workers held by Hamas.", ("THA", "PSE")),
        ("Japan called for the return of its citizens from North Korea.", ("JPN", "PRK")),
    ],
)
def test_demand_for_own_people_is_put_to_their_holder(analyzer, text: str, pair: tuple[str, str]) -> None:
    evs = _events(analyzer, text)
    assert pair in {(e[1], e[2]) for e in evs if e[0][:2] in {"02", "10"}}


def test_people_who_stop_buying_boycott_in_protest(analyzer) -> None:
    evs = _events(analyzer, "South Korean shoppers stopped buying Japanese beer.")
    assert ("143", "KOR", "JPN") in {(e[0], e[1], e[2]) for e in evs}


# ---------------------------------------------------------------- a state commanding its own forces


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        ("Morocco ordered its army to reinforce positions along the Algerian border.", "15", ("MAR", "DZA")),
        ("Turkey ordered its troops to withdraw from northern Syria.", "08", ("TUR", "SYR")),
    ],
)
def test_order_to_own_forces_is_the_act_commanded(analyzer, text: str, code: str, pair: tuple[str, str]) -> None:
    evs = _events(analyzer, text)
    assert not any(e[0][:2] == "10" for e in evs)  # no demand of one's own army
    assert any(e[0].startswith(code) and (e[1], e[2]) == pair for e in evs)


def test_order_to_foreign_forces_stays_a_demand_or_expulsion(analyzer) -> None:
    evs = _events(analyzer, "Niger ordered American troops to leave the country.")
    assert any(e[1] == "NER" and e[2] == "USA" for e in evs)


# ---------------------------------------------------------------- a state's threat voiced by its officials


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        ("Russia would cut gas supplies to Moldova, the Kremlin warned.", "13", ("RUS", "MDA")),
        ("Turkish officials warned that Ankara would impose sanctions on Sweden.", "13", ("TUR", "SWE")),
    ],
)
def test_officials_threat_of_their_states_act(analyzer, text: str, code: str, pair: tuple[str, str]) -> None:
    evs = _events(analyzer, text)
    assert any(e[0].startswith(code) and e[0] != "130" and (e[1], e[2]) == pair for e in evs)


def test_warning_of_another_states_act_is_no_threat_of_it(analyzer) -> None:
    # the clause's subject is another country: what it will do is no threat of the speaker's
    evs = _events(analyzer, "The Kremlin warned that Ukraine would attack Russia.")
    assert not any(e[0].startswith("138") for e in evs)
