"""Session 18, events engineer round 3: sides inside phrases, and the act a verb of approving names.

- an appeal or demand for the release or return of one's own people is put to the state that holds them: the
  country they are held, detained, jailed or sentenced in, or taken to; one for captives named only by their role
  ("the aid workers held by the Taliban") is put to whoever holds them;
- a country adjective that opens a plural noun compound ("Russian shadow fleet tankers") places its members;
- a host's guest is the one received, and where ("at his residence", "at the Elysee Palace") is only the venue;
- an armed group's killings stay unconventional violence (18), as the session-14 tests pin its assaults;
- a verb of approving or completing a sale or delivery of arms codes the transfer (072), not praise or a pact.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Rome called for the release of two Italian engineers detained in Libya.", "0253", "ITA", "LBY"),
        ("Ottawa demanded the release of a Canadian teacher jailed in China.", "1053", "CAN", "CHN"),
        ("Kyiv demanded the return of Ukrainian children deported to Russia.", "1053", "UKR", "RUS"),
        ("Stockholm urged the release of detained Swedish citizens in Iran.", "0253", "SWE", "IRN"),
        ("Washington called for the release of the aid workers held by the Taliban.", "0253", "USA", "AFG"),
        ("Canada sanctioned Russian shadow fleet oil tankers.", "163", "CAN", "RUS"),
        ("Putin received the Vietnamese president at his residence near Moscow.", "043", "RUS", "VNM"),
        ("Macron received the Japanese prime minister at the Elysee Palace.", "043", "FRA", "JPN"),
        ("Spain approved the sale of fighter jets to Egypt.", "072", "ESP", "EGY"),
        ("Russia finalized the sale of S-400 missiles to Turkey.", "072", "RUS", "TUR"),
    ],
)
def test_session18_r3_readings(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)


def test_release_at_home_stays_own(analyzer):
    # the people asked for are held at home: no foreign holder is named, so the appeal's target is not moved
    check_main_event(analyzer, "Paris called for the release of French hostages held in Paris.", "0253", "FRA", "FRA")


def test_armed_group_killing_soldiers_is_an_act_of_war(analyzer):
    # (session 19) CAMEO 19 is "all uses of conventional force and acts of war typically by organized armed groups"
    check_main_event(analyzer, "Separatist militants killed six soldiers in Balochistan.", "190", None, None)
