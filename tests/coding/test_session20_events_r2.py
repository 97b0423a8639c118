"""Session 20, events engineer round 2: headlines, the main act, and things of a side.

- a headline's comma pair ("Seoul, Tokyo agree to ...") is the subject of what the pair agrees, pledges or vows
  to do, and the name given first is the doer of the sentence's own telling;
- what a clause of denial tells ("denied that it had supplied weapons") is, as far as the sentence goes, not
  done: the denial (016) is the sentence's act;
- no one expels, seizes or attacks its own envoys or property: "its" there is another's, and in a state's
  report ("Ukraine said Russia had launched drones at its power plants") it is the reporting state's;
- those who man a vessel are of its flag ("the captain of a Chinese trawler");
- money people send home is a private remittance, no aid given by one side to another.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries, main_coded_countries

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Athens, Rome agree to share intelligence", "GRC", "ITA"),
        ("Armenia, Georgia hold talks in Brussels", "ARM", "GEO"),
        ("Ottawa, Canberra agree to meet next month", "CAN", "AUS"),
    ],
)
def test_headline_comma_pair_acts_together(analyzer, text, source, target):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[1:] == (source, target), (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "Tehran denied that it had sold drones to Moscow.",
        "Belgrade denied that it had shipped ammunition to Kyiv.",
    ],
)
def test_denial_is_the_act_not_what_is_denied(analyzer, text):
    got = main_coded_countries(analyzer, text)
    assert got is not None and got[0] == "016", (text, got)


def test_expelled_its_envoy_is_the_reporting_states(analyzer):
    got = coded_countries(analyzer, "Berlin said Niger had expelled its ambassador.")
    assert ("161", "NER", "DEU") in got, got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kyiv said Russia had fired dozens of missiles at its power grid overnight.", "UKR"),
        ("Vietnam said Chinese ships had fired water cannon at its fishing boats.", "VNM"),
    ],
)
def test_force_at_its_things_in_a_report_hits_the_reporter(analyzer, text, target):
    got = coded_countries(analyzer, text)
    assert any(code[:2] in {"17", "18", "19", "20"} and t == target for code, _, t in got), (text, got)


def test_own_its_stays_untargeted(analyzer):
    got = coded_countries(analyzer, "Moscow said it had fired missiles at its own positions by mistake.")
    assert not any(t is not None and t != "RUS" for _, _, t in got), got


def test_crew_of_a_vessel_is_of_its_flag(analyzer):
    got = main_coded_countries(analyzer, "Indonesia's navy detained the captain of a Vietnamese fishing boat.")
    assert got is not None and got[2] == "VNM", got


@pytest.mark.parametrize(
    "text",
    [
        "Remittances sent home by Kenyan workers in the Gulf rose sharply.",
        "Guatemalan migrants sent home $20 billion last year.",
    ],
)
def test_money_sent_home_is_no_aid(analyzer, text):
    got = coded_countries(analyzer, text)
    assert not any(code[:2] == "07" for code, _, _ in got), (text, got)


def test_help_asked_from_a_side_against_another(analyzer):
    got = main_coded_countries(analyzer, "Estonia requested military aid from Britain against Russian forces.")
    assert got is not None and got[1:] == ("EST", "GBR"), got
    left = main_coded_countries(analyzer, "Moldova demanded the withdrawal of Russian troops from Transnistria.")
    assert left is not None and left[2] == "RUS", left
