"""Lexicon pass (session 19, round 1, lexcoop): CAMEO roots 01 to 09, from sentences written fresh in the style of
older wire copy (not taken from any gold set or annotated story), before the coder was run on them.

- Arms whose sale, export or transfer a government clears or authorizes are arms supplied (072, as "approved");
  warships handed over to a state are arms given (072); a loan or tranche released or paid out is economic aid (071).
- People handed over, or released when the object names them by nationality or trade, are persons released (0841);
  a cartel boss handed over "to" a state is judicial cooperation with that state (063).
- An easing of sanctions announced is sanctions eased (085); a withdrawal of troops or a disengagement completed is
  the retreat done (0874); reports or charges dismissed "as" baseless are denied (016).
- A bleak or rosy picture painted or assessment given is a pessimistic or optimistic comment (012, 013); a welcome
  given to a leader is a visit hosted (043); a military alliance strengthened is military cooperation meant (0312);
  a ban lifted on a politician is a ban on politicians eased (0812); praise received from a side is that side's
  praise (051).
- Readings that are no event: prices welcomed, tourists welcomed, players or suppliers signed, a situation monitored,
  reforms pressed ahead with.

Each case pins the sentence's MAIN event (code, source country, target country), as the evaluations choose it. The
negatives use the same words in a reading that is not that code.
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Berlin authorized the export of howitzers to Lithuania on Wednesday.", "072", "DEU", "LTU"),
        ("Israel cleared the export of drones to Morocco, officials said.", "072", "ISR", "MAR"),
        ("Italy handed over two frigates to Indonesia.", "072", "ITA", "IDN"),
        ("The World Bank released a $300 million loan tranche to Ghana.", "071", "IGO", "GHA"),
        ("The EU paid out 2 billion euros to Moldova on Monday.", "071", "IGO", "MDA"),
        ("Armenia handed over five Azerbaijani captives to Azerbaijan.", "0841", "ARM", "AZE"),
        ("Iran released two Britons held in Evin prison.", "0841", "IRN", "GBR"),
        ("Colombia handed over the cartel boss to the United States.", "063", "COL", "USA"),
        ("The Treasury announced the easing of sanctions on Cuba.", "085", "USA", "CUB"),
        ("India completed the disengagement of its forces along the frontier.", "0874", "IND", None),
        ("Beijing dismissed as groundless reports that it had sent arms to Russia.", "016", "CHN", None),
        ("The IMF painted a bleak picture of Argentina's economy.", "012", "IGO", None),
        ("The OECD gave an upbeat assessment of Spain's economy.", "013", "IGO", None),
        ("Qatar gave the French president a warm welcome in Doha.", "043", "QAT", "FRA"),
        ("Tokyo and Canberra vowed to strengthen their military alliance.", "0312", "JPN", "AUS"),
        ("A Thai court lifted the ban on the former prime minister on Friday.", "0812", "THA", None),
        ("Kenya received praise from the United Nations for its role in Haiti.", "051", "IGO", "KEN"),
    ],
)
def test_main_event(analyzer, text: str, code: str, source: str | None, target: str | None):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Indian airlines welcomed a drop in fuel prices.", "0"),
        ("Greek hotels welcomed tourists from Germany.", "0"),
        ("The Spanish club signed a striker from Argentina.", "0"),
        ("The Korean carmaker signed a new supplier in Vietnam.", "0"),
        ("Egypt's government vowed to press ahead with reforms.", "02"),
        ("The Thai central bank is monitoring the situation in Myanmar.", "09"),
    ],
)
def test_not_coded(analyzer, text: str, forbidden: str):
    check_not_coded(analyzer, text, forbidden)
