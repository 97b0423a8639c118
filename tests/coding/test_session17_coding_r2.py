"""Coding pass (session 17, round 2): threats, intents and refusals coded by the act they embed, and lemmas.

- `cameo.framed`: a frame verb whose own row names the act it embeds ("threaten obj:attack": 138) takes the
  embedded act's sub-code where that narrows the row's code (a conventional attack threatened, 1384), and keeps the
  row's code where the act's reading would leave its family.
- Threats, intents and refusals under "threatened/vowed/pledged/offered/agreed/refused to" keep their specific codes
  (pinned from sentences that pass).
- "raped" is "rape" (1821), not "rap" (criticism): see tests/nlp/test_lemmas.py for the lemma exceptions.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import main_coded_countries

from dyadwatch.coding import cameo

_main = main_coded_countries


@pytest.mark.parametrize(
    ("frame_code", "act_code", "effect", "offered", "want"),
    [
        ("138", "190", "threatened", False, "1384"),  # threatened to attack: a conventional attack threatened
        ("138", "195", "threatened", False, "1384"),  # threatened to bomb (aerial weapons)
        ("138", "192", "threatened", False, "1382"),  # threatened to occupy
        ("138", "191", "future", False, "1381"),  # vowed to blockade
        ("131", "163", "threatened", False, "1312"),  # threatened to cut off (row 131), an embargo
        ("133", "143", "threatened", False, "133"),  # threatened to boycott: the act's reading is the row's own
        ("138", "163", "threatened", False, "138"),  # leaves the row's family: the row stays
        ("122", "073", "negated", False, "1223"),  # refused to send food aid
        ("124", "0841", "negated", False, "1243"),  # refused to free the prisoners
        ("033", "073", "future", True, "0333"),  # pledged to send humanitarian aid
        ("138", "190", "hypothetical", False, "138"),  # wanted to attack: no stance lifted
    ],
)
def test_framed_takes_the_narrower_code(frame_code, act_code, effect, offered, want) -> None:
    assert cameo.framed(frame_code, act_code, effect, offered) == want
    assert want in cameo.table()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Israel threatened to bomb Lebanon.", ("1384", "ISR", "LBN")),
        ("China threatened to blockade Taiwan.", ("1381", "CHN", "TWN")),
        ("The United States threatened to cut off aid to Iraq.", ("1311", "USA", "IRQ")),
        ("China threatened to recall its ambassador to Washington.", ("1313", "CHN", "USA")),
        ("Beijing vowed to sanction Lithuanian firms.", ("1312", "CHN", "LTU")),
        ("Japan pledged to provide economic aid to Ukraine.", ("0331", "JPN", "UKR")),
        ("Kenya offered to send police officers to Haiti.", ("0334", "KEN", "HTI")),
        ("Iran offered to release British prisoners.", ("0353", "IRN", "GBR")),
        ("Israel agreed to pull its troops out of Lebanon.", ("0356", "ISR", "LBN")),
        ("The United States refused to send food aid to North Korea.", ("1223", "USA", "PRK")),
        ("Britain refused to send weapons to Ukraine.", ("1222", "GBR", "UKR")),
        ("Israel refused to free Palestinian prisoners.", ("1243", "ISR", "PSE")),
        ("China refused to resume trade with Australia.", ("1211", "CHN", "AUS")),
        ("Russia refused to pull its troops out of Ukraine.", ("1246", "RUS", "UKR")),
    ],
)
def test_threats_intents_refusals_keep_their_sub_codes(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


@pytest.mark.slow
def test_raped_is_sexual_violence_not_criticism(analyzer) -> None:
    main = _main(analyzer, "Government soldiers raped women in the occupied villages, a United Nations report said.")
    assert main is not None and main[0] == "1821"
