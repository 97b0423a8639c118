"""Lexicon pass in the house style of VOA wire copy (session 20, round 3, lexicon): rows found missing.

- Concern said of a situation (violence, tensions, a crisis, fighting) is a pessimistic comment (012); concern said
  of a side or of its act stays disapproval (110).
- A town, a palace or a building surrounded is movement restricted (191, as "encircle"); questions or doubts that
  "surround" a deal are no event.
- "push" has no bare row (merge: "push the pest back south", "would push Mexico toward recession", "pushing in the
  same direction" are no appeals); a bill pushed through parliament is no pressure on anyone; forces pushing toward
  a town advance (190).
- An agreement, accord or treaty ended is relations cut (160, as "scrap" and "terminate"); firms or people designated
  for sanctions are sanctioned (163); a ban on drones or vehicles is an embargo (163); drills launched without
  "joint" are a show of force (150), as conducted or held ones are; the activities of political parties suspended
  are a ban on parties (1722); diplomats declared persona non grata are expelled (161); a militant hideout stormed
  is fighting (190); a travel advisory issued is a warning (130).

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow

POS = [
    (
        "Washington is concerned about the deteriorating situation in eastern Congo, the State Department says.",
        "012",
        "USA",
        None,
    ),
    ("Israeli tanks surrounded Arafat's headquarters in Ramallah.", "191", "ISR", "PSE"),
    ("Soldiers surrounded the presidential palace early on Wednesday.", "191", None, None),
    ("Russian troops pushed toward the city of Pokrovsk, the Ukrainian army says.", "190", "RUS", "UKR"),
    ("Burkina Faso ended its defense agreement with France.", "160", "BFA", "FRA"),
    ("The Treasury designated three Iranian firms for sanctions.", "163", "USA", "IRN"),
    ("Washington announced a ban on Chinese drones.", "163", "USA", "CHN"),
    ("China launched military drills around Taiwan on Monday.", "150", "CHN", "TWN"),
    ("China and Russia launched joint naval drills on Monday.", "062", "CHN", "RUS"),
    ("The junta suspended the activities of all political parties.", "1722", None, None),
    ("Poland declares a Belarusian diplomat persona non grata over espionage.", "161", "POL", "BLR"),
    ("Nigerian soldiers stormed a militant hideout in Borno state.", "190", "NGA", None),
    ("Britain issued a travel advisory for Lebanon on Monday.", "130", "GBR", "LBN"),
    ("The United States halted weapons shipments to Israel.", "1622", "USA", "ISR"),
]

NEG = [
    ("The United States is concerned about Russia's decision to deploy nuclear weapons to Belarus.", "012"),
    ("The government pushed the bill through parliament on Tuesday.", "020"),
    ("The health ministry issued an advisory on the heat wave.", "130"),
    ("The court declared the law unconstitutional, officials say.", "161"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), POS)
def test_wire_wording_codes_its_act(analyzer, text: str, code: str, source, target) -> None:
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(("text", "forbidden"), NEG)
def test_other_reading_is_not_that_act(analyzer, text: str, forbidden: str) -> None:
    check_not_coded(analyzer, text, forbidden)
