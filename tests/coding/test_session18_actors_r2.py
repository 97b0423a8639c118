"""Actors pass (session 18, round 2): sides named again by description, and arms named as a side's own.

- Weapons a state or armed group calls "its"/"their" that do the act ("Israel said its aircraft struck", "the
  Houthis said their drones attacked") are its forces; an armed group's are the group, a company's are no side.
- A region description the actor dictionary half-reads ("the Central American country": "American") is still
  a description; "the republic" is a country with no monarch; Sahel and central European countries.
- Members of a party whose name many countries' parties share ("Labour MPs") are of the story's one country.
- "The department", "the office", "the commission", "the grouping", "the group" (after the G7), "the world body",
  "the supreme leader" name the body or holder just named.
- A lone later surname the tagger takes for a place is the person when it acts ("... Yunus. Yunus criticized"); a
  listed officeholder's two-word name may put the family name first ("Wang Yi" ... "Wang").
- "his government" of an officeholder named by post ("Iran's president said his government") is his state's.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # arms of a state or group
        ("Israel said its aircraft struck a Syrian air base.", ("ISRMIL", "SYRMIL")),
        ("Moscow said its missiles hit energy facilities in Ukraine.", ("RUSMIL", "UKR")),
        ("Israeli officials said their aircraft had struck targets in Gaza.", ("ISRMIL", None)),
        ("The Houthis said their drones attacked a U.S. warship.", ("YEMREB", "USAMIL")),
        ("The Houthi movement said its missiles targeted Israel.", ("YEMREB", "ISR")),
        # descriptions of a country
        ("Panama runs the canal. The Central American country criticized the United States.", ("PAN", "USA")),
        ("Chile filed a complaint. The South American country criticized Argentina.", ("CHL", "ARG")),
        ("France expelled a diplomat. The republic criticized Russia.", ("FRA", "RUS")),
        ("Mali expelled the envoy. The Sahel state criticized France.", ("MLI", "FRA")),
        ("The Czech Republic expelled diplomats. The central European country criticized Russia.", ("CZE", "RUS")),
        # shared party words in a story set in one country
        ("Labour won the British election. Labour MPs criticized Israel over the strikes.", ("GBRLEG", "ISR")),
        ("Spain's government faced a vote. Socialist lawmakers criticized Morocco.", ("ESPLEG", "MAR")),
        # bodies and holders named again
        ("The State Department issued a statement. The department criticized Iran.", ("USAGOV", "IRN")),
        ("The U.S. defense secretary spoke in Singapore. The secretary criticized China.", ("USAGOV", "CHN")),
        ("The United Nations issued a report. The world body criticized Israel.", ("IGOUNO", "ISR")),
        ("The G7 met in Canada. The group criticized Russia.", ("IGOG07", "RUS")),
        ("Ayatollah Ali Khamenei spoke in Tehran. The supreme leader criticized Israel.", ("IRNGOV", "ISR")),
        ("Bangladesh's interim leader Muhammad Yunus spoke in Dhaka. Yunus criticized India.", ("BGDGOV", "IND")),
        ("China's foreign minister Wang Yi spoke in Beijing. Wang criticized Japan.", ("CHNGOV", "JPN")),
        # an officeholder's own state
        ("Iran's president spoke in Tehran. He said his government criticized the United States.", ("IRNGOV", "USA")),
        ("Brazil's president said his administration criticized the United States.", ("BRAGOV", "USA")),
    ],
)
def test_sides_named_again(analyzer, text, pair):
    source, target = pair
    pairs = code_pairs(analyzer, text)
    assert any(s == source and (target is None or t == target) for s, t in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        "Boeing said its aircraft struck a runway barrier in Seattle.",  # a company's aircraft are no force
        "Britain and Australia held talks. Labour MPs criticized China.",  # two countries: whose Labour?
        "Wang Yi met Wang Wenbin in Beijing. Wang criticized Japan.",  # two Wangs: neither for sure
    ],
)
def test_no_country_where_the_text_gives_none(analyzer, text):
    pairs = code_pairs(analyzer, text)
    assert not any(s in {"USAMIL", "GBRLEG", "AUSLEG"} or (s == "CHNGOV" and t == "JPN") for s, t in pairs), pairs
