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


# "X said Y must return the helicopter": X demands (10) of Y; "should": X appeals (02).
DEMAND_SPECIFIC = {
    "084": "1053",
    "0841": "1053",
    "0842": "1053",
    "0353": "1053",
    "087": "1056",
    "0871": "1056",
    "0874": "1056",
    "0356": "1056",
    "063": "1013",
    "064": "1014",
    "061": "1011",
    "062": "1012",
    "046": "106",
    "040": "106",
    "036": "106",
    "037": "107",
    "057": "107",
    "030": "107",
    "045": "108",
    "039": "108",
    "085": "1054",
    "086": "1055",
    "081": "1051",
    "082": "1052",
}
DEMAND_OF = {"03": "101", "04": "106", "05": "102", "06": "101", "07": "103", "08": "105"}
APPEAL_SPECIFIC = {
    "084": "0253",
    "0841": "0253",
    "087": "0256",
    "0871": "0256",
    "0874": "0256",
    "046": "026",
    "040": "026",
    "037": "027",
    "045": "028",
    "085": "0254",
    "086": "0255",
}


def demanded(code: str | None, strength: str) -> str:
    """The demand (``must``) or appeal (``should``) code for an action one actor says another must take."""
    if strength == "should":
        return APPEAL_SPECIFIC.get(code or "", "020")
    if code is None:
        return "100"
    return DEMAND_SPECIFIC.get(code, DEMAND_OF.get(code[:2], "100"))
