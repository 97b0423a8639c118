"""CAMEO event codes: names, Goldstein weights, roots and quad classes.

The table is data (``data/coding/cameo.tsv``): CAMEO 1.1b3 codes and names with the Goldstein
(1992) conflict-cooperation weights as mapped onto CAMEO in the ICEWS event-type table. Keeping
it in a file lets a reader check every number against the published table line by line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from dyadwatch.coding.tsv import rows

GOLDSTEIN_TABLE = "Goldstein (1992) scale as mapped to CAMEO 1.1b3 codes in the ICEWS CAMEO event-type table"

# Quad classes as used with CAMEO by Phoenix/ICEWS-style aggregations (01-05, 06-08, 09-13, 14-20);
# the record model has no "neutral" class, so 01 statements count as verbal cooperation.
QUAD_NAMES = {
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float


def data_path() -> Path:
    return Path(str(files("dyadwatch") / "data" / "coding" / "cameo.tsv"))


@lru_cache(maxsize=1)
def table() -> dict[str, CameoCode]:
    """Every CAMEO code (roots "01".."20" and their sub-codes) by code."""
    out: dict[str, CameoCode] = {}
    for _, (code, gold, name) in rows(data_path(), 3):
        out[code] = CameoCode(code=code, name=name, goldstein=float(gold))
    return out


def lookup(code: str) -> CameoCode | None:
    return table().get(code)


def root(code: str) -> str:
    """The two-digit root category ("0211" -> "02")."""
    return code[:2]


def quad_class(code: str) -> int:
    r = int(code[:2])
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13:
        return 3
    return 4


def quad_name(code: str) -> str:
    return QUAD_NAMES[quad_class(code)]


# CAMEO manual conventions for actions that have not happened (yet):
# - cooperative actions (04-08) reported in the future tense or as intentions are intents (03);
# - conflictual actions (14-20) reported in the future tense are threats (13);
# - cooperative actions (03-08) the source says it will not take are rejections (12).
INTENT_OF = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
INTENT_SPECIFIC = {
    "0874": "0356",
    "087": "0356",
    "0871": "0356",
    "084": "0353",
    "0841": "0353",
    "0842": "0353",
    "085": "0354",
    "086": "0355",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "057": "030",
    "0861": "0355",
    "0862": "0355",
    "0863": "0355",
    "0872": "0356",
    "0873": "0356",
    "081": "0351",
    "0811": "0351",
    "0812": "0351",
    "0813": "0351",
    "0814": "0351",
    "082": "0352",
    "083": "034",
    "0831": "0341",
    "0832": "0342",
    "0833": "0343",
    "0834": "0344",
    "045": "039",
}
THREAT_OF = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "1383", "19": "138", "20": "1385"}
THREAT_SPECIFIC = {
    "163": "1312",
    "161": "1313",
    "162": "1311",
    "1621": "1311",
    "1622": "1311",
    "164": "134",
    "165": "135",
    "166": "136",
    "191": "1381",
    "192": "1382",
    "190": "1384",
    "172": "132",
    "1723": "1323",
    "1724": "1324",
    "1721": "1321",
    "1722": "1322",
}
REJECT_OF = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
REJECT_SPECIFIC = {
    "0874": "1246",
    "087": "1246",
    "0871": "1246",
    "084": "1243",
    "0841": "1243",
    "0842": "1243",
    "085": "1244",
    "086": "1245",
    "0861": "1245",
    "0862": "1245",
    "0863": "1245",
    "061": "1211",
    "062": "1212",
    "063": "1213",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "074": "1224",
    "083": "123",
    "0831": "1231",
    "0832": "1232",
    "0833": "1233",
    "0834": "1234",
    "036": "125",
    "046": "125",
    "045": "126",
    "037": "127",
    "030": "120",
}


def unrealized(code: str, modality: str, negated: bool) -> str:
    """The CAMEO code for an action that is intended, threatened or refused rather than done."""
    r = code[:2]
    if negated and r in REJECT_OF and modality != "threatened":
        return REJECT_SPECIFIC.get(code, REJECT_OF[r])
    if negated:
        return code
    if modality == "threatened" and r not in THREAT_OF:
        return code if r == "13" else "130"  # whatever is threatened, the event is the threat
    if modality in {"future", "conditional"} and r in INTENT_OF:
        return INTENT_SPECIFIC.get(code, INTENT_OF[r])
    if modality != "asserted" and r in THREAT_OF:
        return THREAT_SPECIFIC.get(code, THREAT_OF[r])
    return code


# What an actor asks another to do. CAMEO's appeals (02), intents (03), demands (10) and rejections (12)
# share their sub-codes: the digits after the root name the same request (1 material cooperation,
# 2 diplomatic cooperation, 3 aid, 4 political reform, 5 yielding, 6 meeting, 7 settling, 8 mediation),
# so an action asked for is coded through its intent code ("release the prisoners": 0841 -> 0353 ->
# appeal 0253, demand 1053). The intent tables above say which intent each action is; where the parallel
# breaks: an intent to mediate (039) is asked for as mediation (028/108), and signing
# an agreement is asked for as settling the dispute (027/107)
ASKED_EXCEPTIONS = {"039": "8", "057": "7"}


def intent_of(code: str) -> str | None:
    """The CAMEO intent (03) code for an action, or None for actions that have no intent code."""
    if code[:2] == "03":
        return code
    r = code[:2]
    if r not in INTENT_OF:
        return None
    return INTENT_SPECIFIC.get(code, INTENT_OF[r])


def demanded(code: str | None, strength: str) -> str:
    """The demand (``must``) or appeal (``should``) code for an action one actor asks another to take:
    the sub-code parallel to the action's intent code when CAMEO has one, else the generic 100 or 020."""
    prefix = "02" if strength == "should" else "10"
    generic = prefix + "0"
    if code is None:
        return generic
    intent = intent_of(code)
    if intent is None:
        return generic
    rest = ASKED_EXCEPTIONS.get(code) or ASKED_EXCEPTIONS.get(intent) or intent[2:]
    if not rest:
        return generic
    asked = prefix + rest
    return asked if asked in table() else generic
