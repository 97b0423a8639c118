"""Events pass (session 16, round 2): general mechanics of real-news wordings.

- "Help X do Y" (a clause under "help"/"assist", or "assisted X in doing Y") is no aid: CAMEO's 07 is the giving of
  resources for another's use, while taking part in another side's act is working with it on a shared undertaking,
  which is material cooperation (060), from the helper to the helped side. The helped act keeps its own code.
- A warning of repression or force that the speaker cannot carry out (a rights group, a news outlet, a UN body, the
  opposition) or that names another doer is no threat by the speaker: it is read as the plain "warn of" (012).
- A noun list right after a verb that takes no clause ("Israel bombed Gaza and Hamas fired rockets", parsed with
  "Gaza and Hamas" the subject of "fired") is split: the first item is the first verb's object, the last the next
  verb's subject.
- A sentence the parser left with a noun root ("Doctors from two aid groups donated and delivered medicine") has the
  participle joined to a finite verb as its main verb and the root noun as its subject.
- Inmates who riot at a jail protest against the state holding them; a protest made "to press demands on X" or "to
  pressure X" is against X; investigating "the feasibility of X" takes no target from X.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # help to act: cooperation with the helped side, not aid
        ("Iran helped Hezbollah rebuild its arsenal.", ("IRN", "LBN", "060")),
        ("Turkey helped Azerbaijan win the war.", ("TUR", "AZE", "060")),
        ("Swiss experts assisted the Lebanese army in removing the mines.", ("CHE", "LBN", "060")),
        ("Qatar helped Kenya organize the summit.", ("QAT", "KEN", "060")),
    ],
)
def test_help_to_act(analyzer, text: str, triple):
    found = country_triples(analyzer, text)
    assert triple in found, (text, found)
    assert not {c for s, t, c in found if c.startswith("07")}, (text, found)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # bare help and help with things stay aid
        ("Turkey helped Syria.", ("TUR", "SYR", "070")),
        ("Japan helped Vietnam with food.", ("JPN", "VNM", "073")),
    ],
)
def test_help_stays_aid(analyzer, text: str, triple):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch warned of a crackdown on Ethiopian activists.",
        "Reuters warned of arrests of Pakistani journalists.",
        "The UN refugee agency warned of a crackdown on Afghan refugees in Iran.",
        "Doctors Without Borders warned of attacks on hospitals in Sudan.",
        "Kenya's opposition warned of a police crackdown on its supporters.",
    ],
)
def test_warning_of_others_act_is_no_threat(analyzer, text: str):
    found = country_triples(analyzer, text)
    assert not {c for s, t, c in found if c.startswith("13")}, (text, found)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a speaker who can carry it out threatens
        ("Ugandan police warned protesters of a crackdown.", ("UGA", "UGA", "137")),
        ("Egypt warned of retaliation against Israel.", ("EGY", "ISR", "130")),  # no means named: 130
    ],
)
def test_own_warning_stays_threat(analyzer, text: str, triple):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "triple", "wrong"),
    [
        # a list after a verb that takes no clause: its first item is the object, its last the next clause's subject
        ("Israel bombed Gaza and Hamas fired rockets at Tel Aviv.", ("PSE", "ISR", "194"), None),
        ("Turkey shelled Kobani and Syria condemned the attack.", ("SYR", None, "111"), ("TUR", "SYR", "194")),
        ("Ethiopia attacked Eritrea and Sudan condemned the attack.", ("SDN", "ETH", "111"), ("ETH", "SDN", "190")),
    ],
)
def test_object_list_split_from_next_subject(analyzer, text: str, triple, wrong):
    found = country_triples(analyzer, text)
    assert triple in found, (text, found)
    if wrong is not None:
        assert wrong not in found, (text, found)


@pytest.mark.parametrize(
    ("text", "triple", "wrong"),
    [
        # a root noun and a participle joined to a finite verb: the participle is the main verb, the noun its subject
        (
            "Volunteers from three Turkish charities collected and delivered food to Gaza.",
            ("TUR", "PSE", "073"),
            None,
        ),
        (
            "Nurses from two Canadian aid groups donated and personally delivered vaccines.",
            ("CAN", None, "073"),
            (None, "CAN", "073"),
        ),
    ],
)
def test_fragment_subject(analyzer, text: str, triple, wrong):
    found = country_triples(analyzer, text)
    assert triple in found, (text, found)
    if wrong is not None:
        assert wrong not in found, (text, found)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # inmates protest against the state that holds them
        ("Eritrean prisoners rioted at a jail in southern Sudan.", ("ERI", "SDN", "145")),
        ("Inmates protested at a prison in Turkey.", ("TUR", "TUR", "140")),
        # a protest made to press demands is against whom they are pressed on or wanted from
        ("Farmers blocked roads in Punjab to press their demands on the Indian government.", ("IND", "IND", "144")),
        (
            "Young Kenyans blocked roads to press their demands for jobs from the Kenyan government.",
            ("KEN", "KEN", "144"),
        ),
        ("Truckers blocked the highway to pressure the Canadian government.", ("CAN", "CAN", "144")),
    ],
)
def test_protest_aim(analyzer, text: str, triple):
    assert triple in country_triples(analyzer, text), (text, country_triples(analyzer, text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # what could be done is examined, not the conduct of whoever it would involve
        ("Russia will investigate the feasibility of a naval base in Sudan.", ("RUS", "SDN", "090")),
        ("The EU will examine the possibility of a Turkish peacekeeping force.", ("IGO", "TUR", "090")),
    ],
)
def test_prospect_is_no_target(analyzer, text: str, wrong):
    assert wrong not in country_triples(analyzer, text), (text, country_triples(analyzer, text))
