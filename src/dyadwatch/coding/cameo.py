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
# Sending one's own police or troops to a place (153, 154) is a show of force when done, planned or
# threatened ("will deploy more troops to its border with Ukraine", "will send troops into Gaza": 138). Offered,
# pledged or agreed to ("Kenya offered to send police to Haiti") it is the intent to provide military
# protection (0334): the caller says so with `offered`, since "will" and "offered to" share the future
# modality. Appealed for it is the appeal for protection (0234: "urged NATO to send troops"), and refused the
# rejection of that request (1224); an order or demand to deploy is generic (100), as orders mostly go to
# one's own forces ("ordered the army to send troops to the border").
DEPLOYMENTS = {"153": "0334", "154": "0334"}
# Mass violence threatened is unconventional violence (1383); only weapons of mass destruction are 1385
THREAT_OF = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "1383", "19": "138", "20": "1383"}
THREAT_SPECIFIC = {
    "163": "1312",
    "161": "1313",
    "162": "1311",
    "1621": "1311",
    "1622": "1311",
    "1623": "1311",
    "164": "134",
    "165": "135",
    "166": "136",
    "1661": "136",
    "1662": "136",
    "1663": "136",
    "191": "1381",
    "192": "1382",
    "190": "1384",
    "193": "1384",
    "194": "1384",
    "195": "1384",
    "172": "132",
    "1723": "1323",
    "1724": "1324",
    "1721": "1321",
    "1722": "1322",
    "204": "1385",
    "2041": "1385",
    "2042": "1385",
}
# A refusal rejects what an intent would offer, so the rejection codes (12) follow the intent codes (03),
# with the codebook's own order of the 12 sub-codes: material cooperation 121, aid 122, political reform
# 123, yielding 124 (1241-1246 as 0351-0356), meeting 125, mediation, offered or accepted, 126, a
# settlement 127. Diplomatic cooperation (032) has no rejection code of its own, so it is the generic 120.
REJECT_OF_INTENT = {
    "030": "120",
    "031": "121",
    "032": "120",
    "033": "122",
    "034": "123",
    "035": "124",
    "036": "125",
    "037": "127",
    "038": "126",
    "039": "126",
}


def rejection_of(code: str) -> str | None:
    """The CAMEO rejection (12) code for refusing an action, or None for actions a refusal does not turn into
    a rejection (conflictual ones: "refused to attack" is a negated attack)."""
    intent = intent_of(code)
    if intent is None:
        return None
    head = REJECT_OF_INTENT.get(intent[:3], "120")
    if len(intent) == 4 and head != "120":
        sub = head + intent[3]  # 0343 -> 1233, 0351 -> 1241, 0312 -> 1212
        if sub in table():
            return sub
    return head


def unrealized(code: str, modality: str, negated: bool, offered: bool = False) -> str:
    """The CAMEO code for an action that is intended, threatened or refused rather than done. `offered`: the
    action is the object of a commitment (agree, offer, pledge, promise to ...), not only said to come."""
    r = code[:2]
    rejection = rejection_of(code) if negated and modality != "threatened" else None
    if rejection is not None:
        return rejection
    if negated:
        return code
    if modality == "threatened" and r not in THREAT_OF:
        return code if r == "13" else "130"  # whatever is threatened, the event is the threat
    if modality in {"future", "conditional"} and (r in INTENT_OF or (offered and code in DEPLOYMENTS)):
        return intent_of(code) or code
    if modality != "asserted" and r in THREAT_OF:
        return THREAT_SPECIFIC.get(code, THREAT_OF[r])
    return code


def framed(frame_code: str, act_code: str, effect: str, offered: bool = False) -> str:
    """The code of a frame verb whose own row already names the act it embeds ("threatened to attack": the row
    "threaten obj:attack" says 138), given the embedded act's own code (190) and the frame's effect (frames.tsv).

    Why: a frame row codes the act by its noun ("a threat of attack", "a refusal of aid"), so it can only name the
    family; the infinitive is the act itself, and the same reading that codes "threatened that it would strike"
    (`unrealized`) names the sub-code: a conventional attack threatened is 1384, aid refused 1223. The act's
    reading is taken only where it narrows the row's code (a sub-code of it): where it would leave the row's family
    ("threatened to boycott": 133 by the row, a protest's boycott by the act) the row, written for that frame and
    noun, is the better judge."""
    if effect == "negated":
        composed = unrealized(act_code, "asserted", True)
    elif effect in {"threatened", "future", "conditional"}:
        composed = unrealized(act_code, effect, False, offered)
    else:
        return frame_code
    if composed != frame_code and composed.startswith(frame_code):
        return composed
    return frame_code


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
    if code in DEPLOYMENTS:
        return DEPLOYMENTS[code]
    r = code[:2]
    if r not in INTENT_OF:
        return None
    return INTENT_SPECIFIC.get(code, INTENT_OF[r])


def demanded(code: str | None, strength: str) -> str:
    """The demand (``must``) or appeal (``should``) code for an action one actor asks another to take:
    the sub-code parallel to the action's intent code when CAMEO has one, else the generic 100 or 020."""
    prefix = "02" if strength == "should" else "10"
    generic = prefix + "0"
    if code is None or (code in DEPLOYMENTS and strength != "should"):
        # "ordered the army to send troops to the border" commands one's own forces: no demand for protection
        return generic
    intent = intent_of(code)
    if intent is None:
        return generic
    rest = ASKED_EXCEPTIONS.get(code) or ASKED_EXCEPTIONS.get(intent) or intent[2:]
    if not rest:
        return generic
    asked = prefix + rest
    return asked if asked in table() else generic
