"""Actors pass (session 20, round 2): crowds, coalitions, envoys and the government a side speaks of.

- A multinational coalition's or the international community's forces ("coalition forces in Basra", "international
  forces in Kunduz") and envoys ("the international envoy for Syria", "the high representative in Bosnia") are
  intergovernmental (IGO), no force or envoy of the country they serve in.
- A crowd named by its count alone ("Thousands demonstrated in Amman") is a side: the place's civilians, who speak
  of "the president" / "the government" as their own.
- A country or capital named as the scene ("marched in Tehran against the government") is no state that speaks of
  another's government; an international body at work in one country speaks of that country's government.
- "The city state" (two words) describes a city-state as "the city-state" does.
- Backers of a former office holder ("supporters of the jailed former prime minister") back a person out of office,
  not the state he once ran.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import country3, make_article

pytestmark = pytest.mark.slow


def _pairs(analyzer, text: str, date: str = "2025-06-01") -> set[tuple[str | None, str | None]]:
    record = analyzer.analyze(make_article(text, date))
    return {(country3(e.source), country3(e.target)) for e in record.events}


@pytest.mark.parametrize(
    ("date", "text", "pair"),
    [
        ("2004-04-06", "Militiamen loyal to the cleric attacked coalition forces in Basra on Sunday.", ("IRQ", "IGO")),
        ("2010-05-01", "International forces killed a Taliban commander in Kunduz, officials said.", ("IGO", "AFG")),
        ("2025-06-01", "Gang members opened fire on multinational troops near the airport in Port-au-Prince.", None),
        (
            "2012-05-01",
            "The international envoy for Syria met the Syrian president in Damascus on Monday.",
            ("IGO", "SYR"),
        ),
        ("2004-06-30", "The international community's high representative in Bosnia criticised Serb leaders.", None),
    ],
)
def test_multinational_forces_and_envoys(analyzer, date, text, pair):
    pairs = _pairs(analyzer, text, date)
    if pair is None:
        assert any("IGO" in p for p in pairs), pairs
        assert not any(p[0] == p[1] and p[0] not in (None, "IGO") for p in pairs), pairs
    else:
        assert pair in pairs, pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Thousands demonstrated in Amman against fuel price rises.", ("JOR", None)),
        ("Tens of thousands rallied in Tbilisi against the new law.", ("GEO", None)),
        ("Thousands marched through Nairobi on Tuesday against the finance bill.", ("KEN", None)),
        ("Thousands rallied in Seoul on Saturday, demanding the president's impeachment.", ("KOR", "KOR")),
        ("Thousands of protesters marched in Tehran against the government's economic policies.", ("IRN", "IRN")),
        ("Tens of thousands of supporters of the jailed former prime minister rallied in Islamabad.", ("PAK", None)),
        ("Tens of thousands of people marched across France against the government's budget cuts.", ("FRA", "FRA")),
        ("Germany's conservative opposition leader accused the chancellor of breaking promises.", ("DEU", "DEU")),
    ],
)
def test_crowds_are_the_places_people(analyzer, text, pair):
    assert pair in _pairs(analyzer, text), _pairs(analyzer, text)


def test_international_body_speaks_of_its_hosts_government(analyzer):
    pairs = _pairs(analyzer, "The UN envoy in Yemen urged the government to reopen the airport.")
    assert ("IGO", "YEM") in pairs, pairs


def test_crowd_count_of_named_people_is_those_people(analyzer):
    # "thousands of farmers" are the farmers the dictionary codes, not a crowd of no kind
    record = analyzer.analyze(make_article("Thousands of farmers marched towards New Delhi on Tuesday."))
    assert any(e.source is not None and e.source.code.endswith("AGR") for e in record.events), record.events


def test_city_state_in_two_words(analyzer):
    text = "Singapore's prime minister spoke on Monday. The city state criticised Malaysia's water plan."
    assert ("SGP", "MYS") in _pairs(analyzer, text)


def test_residents_do_not_place_the_government(analyzer):
    # residents and civilians as such are often under a foreign state's rule: "the government" stays unplaced
    pairs = _pairs(analyzer, "Residents of Gaza accused the government of abandoning them.")
    assert not any(t == "PSE" for _, t in pairs), pairs
