"""Actors pass (session 19, round 1): sides named the ways wire news names them.

- "The Foreign Office" (and the FCDO, "Westminster") is Britain's own name for its ministry: bare, it is
  GBR; with another country's word ("Germany's Foreign Office") that country wins, as it does for "Home Office".
- Peoples of one state among its demonyms: "Rohingya" (Myanmar), "Tigrayan"/"Oromo" (Ethiopia), "Yazidi" (Iraq).
- "Troops loyal to President X" when the parser leaves "to" with no object: the name right after "to".
- "The junta" / "the regime" after a story names one country: the country it criticizes is another party,
  so it does not count against the story's country ("Burkina Faso's army ... The junta criticized Paris").
- "The transitional council", "the military council" (a state's ruling body for a transition) are placed
  like "the junta"; "the Chancellery" is a government word; "a military convoy" is the armed forces.
- "Rulers" is a word for a government ("Afghanistan's Taliban rulers ... The rulers").
- A lower-case title word the tagger calls a proper noun ("The Solomon Islands' prime minister") is still
  part of the post named again ("the premier").
- Facts: missing small states (Solomon Islands, Vanuatu, Tonga, ...), Marine Le Pen,
  MOFCOM, METI.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Foreign Office criticized Russia over the detention of a British citizen.", ("GBRGOV", "RUS")),
        ("Germany's Foreign Office criticized Russia.", ("DEUGOV", "RUS")),
        ("The Scottish government accused Westminster of ignoring Scottish voters.", ("GBRGOV", "GBRGOV")),
        ("Rohingya refugees criticized Myanmar over the slow repatriation.", ("MMRREF", "MMR")),
        ("Yazidi leaders criticized Baghdad over the slow return of survivors.", ("IRQGOV", "IRQGOV")),
        ("Troops loyal to President Mohamed al-Menfi attacked rebels in Tripoli.", ("LBYMIL", "LBYREB")),
        ("Burkina Faso's army took power last year. The junta criticized Paris.", ("BFAGOV", "FRAGOV")),
        ("Afghanistan's Taliban rulers spoke on Monday. The rulers criticized Pakistan.", ("AFGGOV", "PAK")),
        (
            "The Solomon Islands' prime minister spoke in Honiara. The premier criticized Australia.",
            ("SLBGOV", "AUS"),
        ),
        ("Vanuatu's government criticized France over New Caledonia.", ("VUTGOV", "FRA")),
        ("Marine Le Pen's party criticized Algeria over migration.", ("FRAOPP", "DZA")),
        ("MOFCOM criticized the European Union's tariffs on electric vehicles.", ("CHNGOV", "IGOEUR")),
        ("Chad held a vote. The military council criticized France.", ("TCDGOV", "FRA")),
        ("The Chancellery in Berlin criticized Moscow over the attacks.", ("DEUGOV", "RUSGOV")),
        ("Baloch separatists attacked a military convoy in Pakistan.", ("PAKREB", "PAKMIL")),
    ],
)
def test_sides_named_as_news_names_them(analyzer, text, pair):
    source, target = pair
    pairs = code_pairs(analyzer, text)
    assert any(s == source and (target is None or t == target) for s, t in pairs), pairs
