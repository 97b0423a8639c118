"""Lexicon mechanics (session 20, round 2): what rows could not say before.

- A clause said with "that" under a trigger is a word of its phrase, as a preposition is: "agreed that X is so" is
  accord (019), while an agreement on what will or should be done (a modal in the clause) stays a commitment (030);
  "optimistic/hopeful/confident that" is an optimistic comment (013), "pessimistic/doubtful/worried/concerned that"
  a pessimistic one (012), the clause found on the adjective or on its copula.
- A proposal states willingness to do what is proposed: "proposed to hold talks" is intent to negotiate (036).
- "Labelled the statement irresponsible": the parser's small clause under a verb of naming is what the object is
  called (111 with a hostile predicate).
- Questioned "over"/"about" a corruption charge is a criminal inquiry (091); a rejected demand for another
  government or constitution is a rejected regime change (1234).
- A span of time given for a demanded act is an ultimatum (139); time allowed for one's own task is no act.
- Armed groups wiped out or crushed are fought (190); vowed, that is a threat of force (1384).

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Spain and Portugal agreed that the energy market reform was overdue.", "019", "ESP", "PRT"),
        ("Chile and Peru agreed that they would hold a joint naval exercise next spring.", "030", "CHL", "PER"),
        (
            "Indonesia's foreign minister said she was optimistic that the border deal would be signed soon.",
            "013",
            "IDN",
            None,
        ),
        (
            "Mexico's president said he was doubtful that the trade dispute would be settled this year.",
            "012",
            "MEX",
            None,
        ),
        ("Kenya proposed to hold talks with Ethiopia on the border dispute.", "036", "KEN", "ETH"),
        ("Algeria labelled Morocco's decision hostile and irresponsible.", "111", "DZA", "MAR"),
        ("Prosecutors in Lima questioned the former president over bribery allegations.", "091", "PER", None),
        ("Myanmar's generals rejected calls for a new constitution.", "1234", "MMR", None),
        ("Nigeria gave the kidnappers two days to free the hostages.", "139", "NGA", None),
        ("Somalia's president vowed to wipe out the al Shabaab militants.", "1384", "SOM", None),
    ],
)
def test_main_event(analyzer, text: str, code: str, source: str | None, target: str | None):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("The coach gave the players a week to recover before the final.", "0"),
        ("The teacher gave the class an hour to complete the test.", "0"),
    ],
)
def test_not_coded(analyzer, text: str, forbidden: str):
    check_not_coded(analyzer, text, forbidden)
