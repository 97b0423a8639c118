"""Composed acts: an action embedded under an intent, offer, threat, refusal, appeal or demand takes the CAMEO
code of the composition, and the codebook's parallel sub-codes say which one (0841 release -> 0353 intent,
1243 refusal, 0253 appeal, 1053 demand)."""

from __future__ import annotations

import pytest
from dwtest import event_rows, make_article

from dyadwatch.coding import cameo


def coded(analyzer, text: str) -> set[tuple[str | None, str, str | None]]:
    """(source code, CAMEO code, target code) of every event: the trigger's text is not what is checked here."""
    record = analyzer.analyze(make_article(text))
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None) for e in record.events}


@pytest.mark.parametrize(
    ("code", "rejected"),
    [
        ("0813", "1241"),  # lift a curfew: refuse to ease administrative sanctions
        ("082", "1242"),  # ease political dissent
        ("085", "1244"),  # ease sanctions
        ("0841", "1243"),  # release
        ("0872", "1246"),  # ease a blockade: de-escalate
        ("063", "1213"),  # judicial cooperation has its own rejection
        ("064", "121"),  # intelligence has none: material cooperation
        ("0331", "1221"),  # an intent refused is the rejection of what it offered
        ("046", "125"),  # negotiate
        ("045", "126"),  # mediate
        ("037", "127"),  # settle
        ("051", "120"),  # diplomatic cooperation has no rejection code of its own
        ("154", "1224"),  # sending troops: reject the request for protection
        ("190", None),  # a refused attack is a negated attack, no rejection
        ("150", None),  # nor is a show of force that is not a deployment
    ],
)
def test_rejections_follow_the_intent_codes(code, rejected):
    assert cameo.rejection_of(code) == rejected
    assert cameo.unrealized(code, "asserted", True) == (rejected or code)


@pytest.mark.parametrize(
    ("code", "modality", "expected"),
    [
        ("154", "future", "138"),  # "will deploy more troops to its border with Ukraine"
        ("154", "threatened", "138"),
        ("154", "hypothetical", "138"),  # "could send troops"
        ("154", "conditional", "138"),  # "will send troops if attacked"
        ("150", "future", "138"),  # drills and alerts to come stay threats
        ("1623", "future", "1311"),  # stop humanitarian aid
        ("1661", "future", "136"),  # withdraw peacekeepers: halt international involvement
        ("195", "future", "1384"),  # air strikes: a conventional attack
        ("202", "future", "1383"),  # mass killing is unconventional violence, not WMD
        ("2042", "future", "1385"),
    ],
)
def test_unrealized_deployments_and_threats(code, modality, expected):
    assert cameo.unrealized(code, modality, False) == expected


def test_an_offered_deployment_is_protection_and_a_threatened_one_a_threat():
    assert cameo.unrealized("153", "future", False, offered=True) == "0334"  # "offered to send police to Haiti"
    assert cameo.unrealized("154", "future", False, offered=True) == "0334"
    assert cameo.unrealized("154", "threatened", False, offered=True) == "138"
    assert cameo.unrealized("154", "hypothetical", False, offered=True) == "138"
    assert cameo.unrealized("190", "future", False, offered=True) == "1384"  # an attack agreed on is still a threat


def test_every_composed_code_is_in_the_codebook():
    for code in cameo.table():
        for modality in ("future", "hypothetical", "conditional", "threatened"):
            assert cameo.unrealized(code, modality, False) in cameo.table()
            assert cameo.unrealized(code, modality, False, offered=True) in cameo.table()
        assert cameo.unrealized(code, "asserted", True) in cameo.table()
        for strength in ("should", "must"):
            assert cameo.demanded(code, strength) in cameo.table()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia will deploy more troops to its border with Ukraine.", ("RUS", "138", "UKR")),
        ("Russia threatened to send troops to Ukraine.", ("RUS", "138", "UKR")),
        ("Kenya offered to send police to Haiti.", ("KEN", "0334", "HTI")),  # a deployment offered: protection
        ("Poland pledged to send troops to Lithuania.", ("POL", "0334", "LTU")),
        ("Germany refused to send troops to Ukraine.", ("DEU", "1224", "UKR")),
        ("Kenya urged Ethiopia to send troops to Sudan.", ("KEN", "0234", "ETH")),
        ("Kenya refused to lift the curfew.", ("KEN", "1241", None)),
        ("The European Union refused to ease sanctions on Iran.", ("IGOEUR", "1244", "IRN")),
        ("Kenya declined to release the prisoners.", ("KEN", "1243", None)),
        ("Kenya agreed to release the prisoners.", ("KEN", "0353", None)),
        ("Kenya called on Ethiopia to lift the curfew.", ("KEN", "0251", "ETH")),
        ("Kenya demanded that Ethiopia withdraw its troops from Sudan.", ("KEN", "1056", "ETH")),
    ],
)
def test_composed_acts_in_sentences(analyzer, text, expected):
    assert expected in coded(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya undertook to release the prisoners.", ("KEN", "0353", None)),
    ],
)
def test_commitment_frames_make_intents(analyzer, text, expected):
    assert expected in coded(analyzer, text)


def test_an_act_someone_is_pushed_to_take_is_theirs_and_not_done(analyzer):
    rows = event_rows(analyzer, "Kenya pushed Ethiopia to release the prisoners.", "modality")
    released = [r for r in rows if r[3] == "0841"]
    assert released and all(r[0] == "ETH" and r[4] == "hypothetical" for r in released)


def test_a_deployment_is_asked_for_as_protection_but_not_ordered_as_it():
    assert cameo.demanded("154", "should") == "0234"  # "urged NATO to send troops to Ukraine"
    assert cameo.demanded("154", "must") == "100"  # "ordered the army to send troops to the border"
