"""Actors pass (session 18, round 1): sides named the ways wire news names them.

- A party word that names one country's party only (data/actors/parties.tsv: "Republican", "Tory", "Peronist")
  right before a member noun with no country ("Republican senators", "Peronist lawmakers") gives that country;
  words many countries' parties share ("Labour", "Christian Democratic") give none.
- "Brussels" as a side is the European Union unless its sentence names Belgium or a Belgian actor.
- A later bare family name after a full name with a generational suffix ("Ferdinand Marcos Jr." ... "Marcos").
- "The government" spoken of by citizens, taxpayers or a victim's kin of one country is that country's.
- "The junta in X" / "the regime in X" name X's rulers even with a country (not only a capital) after "in".
- A post owned by a description read late ("the city-state's prime minister", "the bloc's top diplomat").
- A person's "chief of staff" heads that person's office (GOV), not an army.
- Facts: OFAC (U.S. Treasury), "Langley" (the CIA), Greenland among island states.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # party members
        ("Republican senators criticized China over the fentanyl trade.", ("USALEG", "CHN")),
        ("The Republican senator criticized Russia.", ("USALEG", "RUS")),
        ("Democratic governors criticized Mexico.", ("USAGOV", "MEX")),
        # Brussels as the EU
        ("Brussels criticized Budapest over the media law.", ("IGOEUR", "HUNGOV")),
        ("Warsaw criticized Brussels over the migration pact.", ("POLGOV", "IGOEUR")),
        # surname after a suffixed full name
        ("Philippine President Ferdinand Marcos Jr. spoke in Manila. Marcos criticized China.", ("PHLGOV", "CHN")),
        # the government of those who speak of it
        ("Israeli hostages' families accused the government of abandoning the captives.", ("ISRCVL", "ISRGOV")),
        ("French taxpayers criticized the government over the new levy.", ("FRACVL", "FRAGOV")),
        # rulers in a country
        ("ECOWAS criticized the junta in Niger.", ("IGOWAF", "NERGOV")),
        # descriptions owning posts
        ("Singapore is a major port. The city-state's prime minister criticized China.", ("SGPGOV", "CHN")),
        ("The EU imposed sanctions on Belarus. The bloc's top diplomat criticized Minsk.", ("IGOEUR", "BLRGOV")),
        (
            "Greenland is a Danish territory. The island's prime minister criticized the United States.",
            ("GRLGOV", "USA"),
        ),
        # a leader's aide
        ("Trump's chief of staff criticized Canada.", ("USAGOV", "CAN")),
        # facts
        ("OFAC sanctioned Russian oil traders.", ("USAGOV", None)),
        ("Langley accused Tehran of plotting attacks.", ("USASPY", "IRNGOV")),
    ],
)
def test_sides_named_as_news_names_them(analyzer, text, pair):
    source, target = pair
    pairs = code_pairs(analyzer, text)
    assert any(s == source and (target is None or t == target) for s, t in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        "Christian Democratic lawmakers criticized Russia.",  # a longer party name many countries' parties share
        "Labour MPs criticized Israel over the strikes.",  # Britain's, New Zealand's, ...: the word says no country
    ],
)
def test_shared_party_words_give_no_country(analyzer, text):
    pairs = code_pairs(analyzer, text)
    assert not any(s and s != "LEG" and len(s) > 3 for s, _ in pairs), pairs


def test_brussels_is_belgium_beside_belgians(analyzer):
    pairs = code_pairs(analyzer, "Belgian police arrested two men in Brussels.")
    assert not any("IGOEUR" in (s, t) for s, t in pairs), pairs


def test_army_chief_of_staff_stays_military(analyzer):
    pairs = code_pairs(analyzer, "Israel's chief of staff criticized Lebanon.")
    assert ("ISRMIL", "LBN") in pairs, pairs
