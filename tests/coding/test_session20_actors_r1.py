"""Actors pass (session 20, round 1): sides named the ways long wire copy of the 1990s-2010s names them.

- A dateline that gives the day after the place, as AFP and Reuters copy does ("TOKYO, Oct 9 (AFP) -"), is a
  label like "TOKYO (AFP) -": the agency in it is no side of the story's first act.
- An office holder's bare surname after a given name the dictionaries do not read belongs to another person
  ("Jeb Bush", "Bill Gates"), and a surname that is another's given name ("Sharon Stone") names that other.
- "Foreign troops in Afghanistan", "the international tribunal in The Hague": a noun said to come from abroad
  is not the place's where the sentence puts it.
- "An aide to Maliki", "a spokesman for Karzai": a named person's own staff serve that person's side.
- "Militiamen loyal to Sadr attacked ...": when the parser makes "loyal" the clause's predicate, the noun is still
  the one "loyal to" describes.
- Epithets wire copy uses for a state: "the Jewish state", "the Islamic republic", "the Hashemite kingdom";
  "international peacekeepers" and "the Quartet" are intergovernmental.
- Facts: bare surnames of famous office holders (Sharon, Gates, Izetbegovic, Beshir, Barak, Hu, Jiang,
  Qureshi, Mukherjee, Ashton, Mousavi), and officials of the era missing from the people table (Holbrooke,
  Petraeus, Crocker, Mullen, McChrystal, Khalilzad, Gambari, Sahhaf, Rogozin, Nuland, ...); "West African
  peacekeepers" (ECOWAS), the Union of Islamic Courts, Shabaab spellings.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country3, make_article

pytestmark = pytest.mark.slow


def _country_pairs(analyzer, text: str, date: str) -> set[tuple[str | None, str | None]]:
    record = analyzer.analyze(make_article(text, date))
    return {(country3(e.source), country3(e.target)) for e in record.events}


@pytest.mark.parametrize(
    ("date", "text", "pair"),
    [
        (
            "2006-10-09",
            "TOKYO, Oct 9 (AFP) - Tokyo on Monday condemned the nuclear test conducted by Pyongyang.",
            ("JPN", "PRK"),
        ),
        ("2003-06-24", "Bush met Sharon at the White House on Monday.", ("USA", "ISR")),
        ("1995-11-01", "Izetbegovic met Milosevic in Dayton on Wednesday.", ("BIH", "SRB")),
        ("2009-03-04", "Beshir denounced the ICC on Wednesday as a tool of neo-colonialism.", ("SDN", "IGO")),
        ("2011-06-04", "Gates arrived in Kabul on Saturday on an unannounced visit.", ("USA", "AFG")),
        ("2003-06-30", "West African peacekeepers arrived in Monrovia on Monday.", ("IGO", "LBR")),
        ("2009-02-10", "Holbrooke arrived in Islamabad on Monday.", ("USA", "PAK")),
        ("2008-04-08", "Petraeus accused Iran on Tuesday of training and arming militias in Iraq.", ("USA", "IRN")),
        ("2005-04-15", "Hu met Lien in Beijing on Friday.", ("CHN", "TWN")),
        ("2008-07-10", "An aide to Maliki criticised the US military on Thursday.", ("IRQ", "USA")),
        ("2006-12-24", "The Union of Islamic Courts accused Ethiopia of invading Somalia.", ("SOM", "ETH")),
        (
            "2004-04-09",
            "Shiite militiamen loyal to Moqtada al-Sadr attacked US troops in Kut on Friday.",
            ("IRQ", "USA"),
        ),
        ("2005-06-01", "Iran criticised the Jewish state.", ("IRN", "ISR")),
        ("2005-06-01", "Syria criticised the Hashemite kingdom.", ("SYR", "JOR")),
        ("1999-09-20", "Militias attacked international peacekeepers near Dili on Monday.", ("TLS", "IGO")),
        ("2005-06-01", "The Quartet criticised Israel.", ("IGO", "ISR")),
        ("2006-05-01", "Mahmud Ahmadinejad criticised Israel on Monday.", ("IRN", "ISR")),
    ],
)
def test_sides_of_wire_copy(analyzer, date, text, pair):
    pairs = _country_pairs(analyzer, text, date)
    assert pair in pairs, pairs


@pytest.mark.parametrize(
    ("date", "text", "side"),
    [
        ("2006-10-09", "Jeb Bush criticised Iran on Monday.", "USA"),
        ("2006-10-09", "Laura Bush visited Kabul on Monday.", "USA"),
        ("2003-10-09", "Sharon Stone visited Kabul on Monday.", "ISR"),
        ("2011-06-04", "Bill Gates arrived in Kabul on Saturday.", "USA"),
        ("2008-10-09", "Foreign troops in Iraq killed three insurgents on Monday.", "IRQ"),
        ("2008-10-09", "International troops in Afghanistan killed six Taliban in a raid.", "AFG"),
    ],
)
def test_not_the_side_the_words_suggest(analyzer, date, text, side):
    sources = {s for s, _ in _country_pairs(analyzer, text, date)}
    assert side not in sources, sources


def test_foreign_ministry_in_its_capital_stays_its_own(analyzer):
    pairs = _country_pairs(analyzer, "The foreign ministry in Kabul criticised Pakistan.", "2008-10-09")
    assert ("AFG", "PAK") in pairs, pairs
