"""Actors pass (session 17, round 1): sides named the ways wire news names them.

- A place's own name before the kind of place it is ("in Borno state", "in Sagaing region") is
  the scene its bare name would be, so local agents acting there take its country; "state" counts only with a name
  of its own ("Nigeria's Plateau state", "the state of X"), since alone it is also the government.
- "The authorities in X" / "the federal government in X" with X a capital names that capital's state even when the
  parser hangs "in X" on the verb ("criticized the authorities in Ouagadougou").
- A ruling party, and "the government" spoken of by a named person of one country who holds no state post, are
  that country's ("criticized the ruling party", "supporters of a former prime minister criticized the interim
  government").
- "The federal government" is no longer read as Washington's everywhere: many states are federal.
- Facts: "Congolese" is the Democratic Republic of Congo's demonym in news (Brazzaville's state is named by its
  name), "the Islamic Republic" is Iran, "the Zionist regime" is Israel's government, Reuters' "Zelenskiy",
  Jordan's King Abdullah in office today, He Lifeng, more large U.S. firms, "the West African bloc" (ECOWAS), and
  provinces, states and towns of several countries.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a named state, region or island is the scene
        ("Police arrested 20 farmers in Kebbi state.", ("NGACOP", "NGAAGR")),
        ("Gunmen kidnapped eight villagers in Nigeria's Plateau state.", ("NGAREB", "NGACVL")),
        ("Police detained 30 protesters in Sagaing region.", ("MMRCOP", "MMROPP")),
        ("Police arrested five fishermen in Basilan province.", ("PHLCOP", "PHLAGR")),
        # the authorities in a capital
        ("Kenyan officials criticized the authorities in Kampala.", ("KENGOV", "UGAGOV")),
        ("Rebel leaders criticized the federal government in Mogadishu.", (None, "SOMGOV")),
        # facts
        ("Congolese troops arrested two Rwandan soldiers.", ("CODMIL", "RWAMIL")),
        ("Canada criticized the Islamic Republic over the executions.", ("CAN", "IRN")),
        ("Iranian officials accused the Zionist regime of sabotage.", ("IRNGOV", "ISRGOV")),
        ("Zelenskiy criticized Hungary on Friday.", ("UKRGOV", "HUN")),
        ("Jordan's King Abdullah met Egyptian officials in Amman.", ("JORGOV", "EGYGOV")),
        ("The West African bloc criticized Guinea's junta.", ("IGOWAF", "GINGOV")),
        ("Qualcomm criticized the Chinese export rules.", ("USABUS", "CHN")),
    ],
)
def test_sides_named_as_news_names_them(analyzer, text, pair):
    source, target = pair
    pairs = code_pairs(analyzer, text)
    assert any((source is None or s == source) and t == target for s, t in pairs), pairs


def test_ruling_party_is_home(analyzer):
    pairs = code_pairs(analyzer, "Armenian opposition figure Samvel Karapetyan criticized the ruling party.")
    assert any(t == "ARMGOV" for _, t in pairs), pairs


def test_plain_state_is_not_a_scene(analyzer):
    # "the state" with no name of its own is the government, not a place: the protesters stay unplaced
    pairs = code_pairs(analyzer, "Police arrested protesters, the state said.")
    assert not any(t and t.startswith("USA") for _, t in pairs), pairs
