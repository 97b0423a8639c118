"""Lexicon pass (session 17, round 2, lexicon): rows from sentences written fresh in the plain style of wire news
(not taken from any gold set or annotated story), before the coder was run on them.

- Police of every kind are one word class, @police (police, policeman, officer, gendarme, carabiniere ...), which the
  rows of alerting, mobilizing, sending, deploying, training and clashing with police cite.
- New readings: no comment had and silence maintained (011), ships blocked at sea (191, restricted movement, not
  a protest's obstruction of passage), arms and warships moved to a place (154), hope "of" a deal (013), an apology
  said as "sorry" (055), aid workers turned away (1223), recognition switched to another government (054).
- Narrowed: "deploy" and "beat" lost their bare rows. Software, robots and planes on routes are deployed too, and a
  side beaten in a match or an election has lost it: the rows now name what a military posture moves (or, with no
  object, where forces deploy to) and the people an assault beats.

Each case pins the sentence's MAIN event (code, source country, target country; None where the sentence names no
target or the reading does not decide it), as the evaluations choose it. The negatives use the same words in a
reading that is not that code.
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

from dyadwatch.coding import lexicon

pytestmark = pytest.mark.slow


def test_police_class_expands_in_rows():
    """@police is read from wordclasses.tsv and joins the rows that cite it (same meaning, one list)."""
    police = lexicon.word_classes()["police"]
    assert {"police", "policeman", "officer", "gendarme", "carabiniere"} <= police
    rows = [p for p in lexicon.patterns()[("V", "deploy")] if p.code == "153"]
    assert rows and all(police <= p.objects for p in rows)


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("The Kremlin had no comment on the report.", "011", "RUS", None),
        ("The Japanese government had no immediate comment on the North Korean launch.", "011", "JPN", None),
        ("Iran maintained its silence over the killing.", "011", "IRN", None),
        ("Turkish warships blocked two Greek vessels in the Aegean.", "191", "TUR", "GRC"),
        ("Chinese coast guard ships blocked a Philippine supply boat.", "191", "CHN", "PHL"),
        ("Russia moved tactical nuclear weapons to Belarus.", "154", "RUS", "BLR"),
        ("Washington moved an aircraft carrier into the Gulf.", "154", "USA", None),
        ("France deployed troops to Romania.", "154", "FRA", None),
        ("Turkey's foreign minister said he was optimistic of a breakthrough.", "013", "TUR", None),
        ("Myanmar's junta turned away U.N. aid workers at the border.", "1223", "MMR", "IGO"),
        ("Honduras switched recognition from Taiwan to China.", "054", "HND", "CHN"),
        ("The Japanese prime minister said sorry to South Korea.", "055", "JPN", None),
        ("Israeli soldiers beat a Palestinian man at a checkpoint.", "182", "ISR", "PSE"),
        ("Belarusian police beat protesters with batons.", "175", "BLR", None),  # protesters beaten: repression
        ("Iranian guards beat him in prison, his lawyer said.", "182", "IRN", None),
        ("Italy sent extra carabinieri to Lampedusa.", "153", "ITA", None),
        ("France deployed gendarmes to New Caledonia.", "153", "FRA", None),
        ("Spain put its police on high alert after the attack.", "151", "ESP", None),
        ("Italian protesters scuffled with carabinieri in Rome.", "145", "ITA", None),
        ("Kenya mobilized police officers across Nairobi.", "153", "KEN", None),
    ],
)
def test_main_event(analyzer, text: str, code: str, source: str | None, target: str | None):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("The Indian bank deployed new software to handle payments from Singapore.", "0"),
        ("German carmakers deployed artificial intelligence tools in their Chinese plants.", "0"),
        ("The Japanese firm deployed robots in its American warehouses.", "0"),
        ("The Spanish utility deployed solar panels in Portugal.", "0"),
        ("The Japanese airline deployed larger planes on routes to Europe.", "0"),
        ("The German champions beat the Spanish side in Munich.", "18"),
        ("The Spanish club beat the Turkish champions in Istanbul.", "18"),
        ("The Indian prime minister's party beat the opposition in the state election.", "18"),
        ("The Norwegian fund moved its assets out of Russian companies.", "15"),
        ("The nation kept a minute's silence for the victims of the attack in France.", "011"),
    ],
)
def test_not_that_code(analyzer, text: str, forbidden: str):
    check_not_coded(analyzer, text, forbidden)
