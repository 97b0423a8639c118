"""CAMEO -> PLOVER, per the PLOVER project's published crosswalk (``data/coding/plover.tsv``).

Also maps the old PLOVER 0.5 category names (used by the PLOVER gold-standard records) onto the
current ones, so evaluations compare like with like.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from dyadwatch.coding.tsv import rows

CATEGORIES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# PLOVER 0.5 (2016) -> current manual: DEMAND became REQUEST, DISAPPROVE and INVESTIGATE became
# ACCUSE, FIGHT was folded into ASSAULT; the others kept their names.
FROM_V05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

# Where the PLOVER 0.5 crosswalk (cameo/CAMEO-PLOV.txt in the PLOVER repository) put a CAMEO code
# in a different category than the 2021 crosswalk does. Data coded under 0.5 (the PLOVER
# gold-standard records) must be compared through these, or embargoes, property destruction and
# assassination attempts count as errors that are only a change of definitions.
V05_MOVES = {"163": "SANCTION", "1712": "COERCE", "185": "THREATEN"}


def data_path() -> Path:
    return Path(str(files("dyadwatch") / "data" / "coding" / "plover.tsv"))


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, str | None]:
    return {code: (None if p == "-" else p) for _, (code, p) in rows(data_path(), 2)}


def plover(code: str | None) -> str | None:
    """The PLOVER category of a CAMEO code; unknown sub-codes fall back to their parent codes."""
    if not code:
        return None
    table = crosswalk()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def from_v05(category: str) -> str:
    """A PLOVER 0.5 category name in current terms."""
    return FROM_V05.get(category, category)


def plover_v05(code: str | None) -> str | None:
    """The PLOVER category a CAMEO code had under PLOVER 0.5, in current category names."""
    if code and code in V05_MOVES:
        return V05_MOVES[code]
    return plover(code)
