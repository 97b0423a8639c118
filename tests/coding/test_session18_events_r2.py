"""Session 18, events engineer round 2: how an event is found (main event, frames, sides).

- a cooperative act the source says it wants or hopes to take is its intent (036 for talks), while "could" leaves
  it a possibility;
- settling or resolving a dispute, pledged or refused, is the intent to settle (037) or its refusal (127);
- an attempt to kill an official is an attempted assassination (185);
- aid groups a state orders off its soil are expelled (1663);
- two sides meeting in a country or capital neither of them is meet at a third location (044);
- a vow or warning to "hit" or "crush" a named side is a threat of conventional attack (1384);
- a state's boycott is an embargo (163) and its threat a threat of sanctions (1312); consumers' stays 143;
- rebels or pirates seizing a ship hijack it (181); a state seizing one confiscates it (1711);
- teams, performers and bare craft travelling visit no one; natural forces act on no one;
- a reaction to an arrest named with its place is aimed at the state of that place;
- a hyphened pair of nationalities, one the actor's own, is coded with the other.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("China said it wants to hold trade talks with the United States.", "036", "CHN", "USA"),
        ("Israel said it hopes to hold talks with Saudi Arabia on normalising ties.", "036", "ISR", "SAU"),
        ("Thailand promised to settle its border dispute with Cambodia.", "037", "THA", "KHM"),
        ("Nicaragua refused to settle its border dispute with Costa Rica.", "127", "NIC", "CRI"),
        ("Gunmen attempted to kill the Pakistani interior minister.", "185", None, "PAK"),
        ("The Taliban ordered foreign aid agencies to leave Afghanistan.", "1663", "AFG", None),
        ("Armenian and Azerbaijani foreign ministers met in Geneva.", "044", "ARM", "AZE"),
        ("Pakistani and Afghan officials met in Doha on Tuesday.", "044", "PAK", "AFG"),
        ("Russia vowed to hit Ukraine hard.", "1384", "RUS", "UKR"),
        ("Iran warned that it would hit American bases.", "1384", "IRN", "USA"),
        ("Turkey threatened to boycott French products.", "1312", "TUR", "FRA"),
        ("China boycotted Japanese seafood products.", "163", "CHN", "JPN"),
        ("Chinese consumers boycotted Japanese cars.", "143", "CHN", "JPN"),
        ("Houthi fighters seized a Liberian-flagged vessel in the Red Sea.", "181", "YEM", "LBR"),
        ("The Indonesian navy seized a Vietnamese fishing boat.", "1711", "IDN", "VNM"),
        ("Canada condemned the detention of a Canadian citizen in China.", "111", "CAN", "CHN"),
        ("Iran detained a British-Iranian charity worker.", "173", "IRN", "GBR"),
        ("Chinese authorities detained a Chinese-American scholar.", "173", "CHN", "USA"),
    ],
)
def test_session18_r2_readings(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # the other readings of the same shapes
        ("China could hold trade talks with the United States.", "036"),
        ("Kenyan and Ethiopian officials met in Nairobi.", "044"),
        ("Trump vowed to hit China with new tariffs.", "138"),
        # no side acts
        ("The Brazilian football team arrived in Qatar.", "0"),
        ("A Chinese orchestra toured the United States.", "0"),
        ("A South Korean cargo plane landed in Frankfurt.", "0"),
        ("Heavy rain blocked roads in southern Germany.", "0"),
        ("Snow cut off mountain villages in northern Japan.", "0"),
    ],
)
def test_session18_r2_other_readings(analyzer, text, forbidden):
    check_not_coded(analyzer, text, forbidden)


def test_arrest_at_home_stays_own(analyzer):
    check_main_event(analyzer, "France condemned the arrest of protesters in Paris.", "111", "FRA", None)
    check_main_event(analyzer, "The German chancellor's plane landed in Tokyo.", "042", "DEU", "JPN")
