"""The verb lexicon (phrases -> CAMEO codes) and the clause frames, both dyadwatch's own data.

Patterns are matched against a trigger token and its dependents, not against the raw string, so
"rejected the use of", "has flatly rejected" and "was rejected by" all reach the same row.
See docs/events.md for the file formats.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from dyadwatch.coding import cameo
from dyadwatch.coding.tsv import rows
from dyadwatch.errors import error

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

# Prepositions a noun row may require after its head ("action against", "call on"): a closed list, so that
# "phone call" (modifier + head) and "action against" (head + preposition) can be told apart
NOUN_ROW_PREPS = frozenset(
    {
        "about", "against", "among", "around", "as", "at", "between", "by", "for", "from", "in", "into",
        "of", "on", "onto", "over", "to", "toward", "towards", "upon", "with",
    }
)  # fmt: skip


# The code of a row that says "this reading is no event": the row "- V seize obj:lead|title" is "seized the lead" in
# a match or a market, where a bare "seize" (171) or "seize obj:@places" (192) would code an act. Such a row wins by
# specificity like any other, and the coder then emits nothing for the trigger: the same verb with other objects
# keeps its codes, and only the everyday reading the row names is dropped
NO_EVENT = "-"

# Verbs that carry an act on rather than name one: "urged Washington to keep up military
# cooperation", "pledged to expand trade", "asked Germany to speed up arms deliveries". In English such a verb's
# object is the act itself, so the act wanted, promised or refused is the one its noun names, and the noun's own
# row codes it (062, 072, ...). Read only where the verb is itself asked, offered or refused (an infinitive or a
# that-clause under another verb); "stepped up attacks" said of what was done keeps its noun's own event.
CARRY_ON = frozenset(
    {
        "continue", "maintain", "expand", "deepen", "extend", "resume", "boost", "intensify", "broaden",
        "strengthen", "accelerate", "renew", "sustain", "enhance", "increase", "widen", "hasten",
    }
)  # fmt: skip
# Verbs of letting: in "let girls attend school", "let aid convoys into the town" the one let
# is the verb's object in English, which the small model parses as the subject (or the head) of a small clause
PERMITTING = frozenset({"let", "allow", "permit"})
# the same with the particle "up" ("keep up", "step up", "speed up", "scale up", "ramp up")
CARRY_ON_UP = frozenset({"keep", "step", "speed", "scale", "ramp", "beef"})
# Support verbs: in "made an appeal for an end to the fighting", "issued a call for a
# ceasefire", "renewed its plea for aid" the verb only utters the act its object noun names, and English says the
# same act with the noun's own verb ("appealed for an end to the fighting"): the noun's verb rows read the phrase
SUPPORT_VERBS = frozenset(
    {"make", "issue", "renew", "repeat", "reiterate", "launch", "voice", "reissue", "lodge", "send", "submit", "file"}
)
# the act nouns such a verb utters, and the verb that says the same act
ACT_NOUN_VERBS = {"appeal": "appeal", "call": "call", "plea": "plead", "request": "request"}
# Spans of time a deadline is given in: "gave Iran until Friday to comply", "gave the junta
# a week to hand back power" set a limit on the act demanded, which is an ultimatum (CAMEO 139) whatever is demanded
DEADLINE_SPANS = frozenset({"hour", "day", "week", "month", "deadline"})
# tasks a span of time is allowed for, which nobody is pressed to do: one's own work,
# study or rest ("gave the students an hour to finish the exam", "gave the panel a month to complete its review").
# An ultimatum is a demand with a deadline; time allowed for such a task is no demand, so it is no ultimatum
ALLOWED_TASKS = frozenset(
    {
        "finish", "complete", "prepare", "study", "review", "read", "write", "practice", "practise", "train",
        "learn", "rest", "recover", "adjust", "adapt", "register", "enrol", "enroll", "celebrate", "enjoy", "think",
        "reflect", "draft", "revise",
    }
)  # fmt: skip
# people who down tools: "the unions threatened to strike", "nurses struck for a second day".
# A "strike" with no object and no place struck ("on", "at", "against") is a walkout when those who strike are
# workers or their unions (CAMEO 143, and threatened 133), not an armed blow (190), which needs a target or an army
WORKING_PEOPLE = frozenset(
    {
        "union", "worker", "employee", "staff", "teacher", "nurse", "doctor", "physician", "miner", "docker",
        "dockworker", "driver", "pilot", "crew", "farmer", "trucker", "porter", "cleaner", "lawyer", "professor",
        "lecturer", "labourer", "laborer", "workforce", "medic", "controller", "conductor", "machinist", "railwayman",
        "steelworker", "autoworker", "journalist", "civil", "servant", "firefighter", "postman", "courier",
    }
)  # fmt: skip
# verbs that refuse what is asked as "reject" does, with the particle some need:
# "dismissed calls for a new constitution", "brushed aside demands for his resignation", "shrugged off calls for
# reform". What a rejection refuses decides its sub-code (CAMEO 12: by what was asked), whichever of these says it,
# so where "reject"'s rows read what is asked more narrowly, they decide for these verbs too
REJECTING = {"dismiss": "", "rebuff": "", "spurn": "", "brush": "aside", "shrug": "off", "turn": "down"}
# the prepositions naming what an armed blow hits: "struck at the base", "strike against militants"
STRUCK_AT = frozenset({"on", "at", "against", "into", "inside"})
# verbs that declare their object something in a small clause ("declared two diplomats persona non grata", "declared
# the vote void"): the parser often makes the predicate a clause of its own, with the object its subject or compound
DECLARING_VERBS = frozenset({"declare", "pronounce", "proclaim"})
# possessives that make the one let a person's own belongings ("let his trucks pass"): private traffic, not the
# access for aid and agencies that a permitting row names
PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "your"})
# verbs of carrying on that have no row of their own get a "no event" row ("- V speed up") so that they are read at all


@dataclass(frozen=True)
class Pattern:
    """One lexicon row: a trigger lemma with required dependents and the code it gives."""

    code: str
    pos: str  # "V" verb, "N" noun or "A" adjective said of its holder ("critical of")
    lemma: str
    words: tuple[str, ...]  # required particle/preposition/adverb children, in order
    objects: frozenset[str] | None  # required object lemmas
    line: int
    reverse: bool = False  # converse verbs: "X received aid from Y" is Y aiding X
    # further `obj:` lists, each of which the object must also answer to: "appeal for obj:cooperation
    # obj:military|defense" is military cooperation asked for, where a single list could not tell it from military aid
    also: tuple[frozenset[str], ...] = ()
    # `cmp:` the object's own complement ("the lifting OF sanctions", "an end TO the embargo", "a request FOR
    # missiles"): the noun an object governs says what a demand, an appeal or a rejection is about
    complement: frozenset[str] | None = None

    @property
    def specificity(self) -> int:
        return len(self.words) + (2 if self.objects else 0) + 2 * len(self.also) + (2 if self.complement else 0)


@dataclass(frozen=True)
class Frame:
    lemma: str
    control: str  # "subject" | "object"
    effect: str  # modality name or "negated"
    # a raising predicate ("X is scheduled to meet Y", "X is likely to attack Y") reads as a subject frame, but
    # it is the reporter's account of a schedule or a forecast, not X's stated stance: CAMEO's intent and threat
    # codes do not apply, and the act keeps its own code with the frame's modality
    raising: bool = False


def data_dir() -> Path:
    return Path(str(files("dyadwatch") / "data" / "coding"))


def parse_pattern(code: str, pos: str, text: str, line: int, where: str) -> Pattern:
    parts = text.lower().split()
    if not parts or pos not in {"V", "N", "A"}:
        raise error("DW301", where=where, line=line, why="pattern needs a trigger word and pos V, N or A")
    words: list[str] = []
    objects: frozenset[str] | None = None
    lemma = parts[0]
    rest = parts[1:]
    if pos == "N":
        lemma, words, rest = _noun_head(parts, where, line)
    reverse = False
    also: list[frozenset[str]] = []
    complement: frozenset[str] | None = None
    for part in rest:
        if part == "<>":
            reverse = True
        elif part.startswith("obj:"):
            if objects is None:
                objects = _objects(part[4:], where, line)
            else:
                also.append(_objects(part[4:], where, line))
        elif part.startswith("cmp:"):
            if complement is not None:
                raise error("DW301", where=where, line=line, why="a row has one cmp: list")
            complement = _objects(part[4:], where, line)
        else:
            words.append(part)
    if complement is not None and objects is None:
        raise error("DW301", where=where, line=line, why="cmp: names the complement of an obj:, so it needs one")
    if code != NO_EVENT and code not in cameo.table():
        raise error("DW303", where=f"{where}:{line}", cameo=code)
    return Pattern(
        code=code,
        pos=pos,
        lemma=lemma,
        words=tuple(words),
        objects=objects,
        line=line,
        reverse=reverse,
        also=tuple(also),
        complement=complement,
    )


# The prepositions by which a noun takes its own complement: "the lifting OF sanctions", "an end TO the embargo", "a
# request FOR missiles", "curbs ON the press", "an inquiry INTO the killing", "relief FROM sanctions". A `cmp:` list
# is matched against the nouns these govern under the row's object
COMPLEMENT_PREPS = frozenset({"of", "to", "for", "on", "into", "against", "from"})


def complement_words(objects: list[Token], trigger: Token | None = None) -> set[str]:
    """The words the complements of `objects` answer to in a `cmp:` list: each noun an object governs through a
    COMPLEMENT_PREPS preposition (and its conjuncts), as its lemma, its form and its compound and adjective modifiers.

    Why: an object's own complement says what the act is about, where the object alone is only its shape: "demanded
    the lifting of sanctions" is a demand to ease sanctions (1054), "demanded the lifting of the curfew" another; a
    request "for missiles" is one for military aid. Reading the complement's modifiers as `obj:` reads the object's
    lets "access to independent news sites" answer to "news". The small model often hangs the complement on the verb
    ("granted Venezuela relief | from sanctions"): a `trigger`'s own such preposition after an object counts too, as
    a `cmp:` list names things, never the side an act is aimed at."""
    out: set[str] = set()
    first = min((o.i for o in objects), default=None)
    preps = [p for o in objects for p in o.children]
    if trigger is not None and first is not None:
        preps += [p for p in trigger.children if p.i > first]
    # "accepted an offer by Qatar to mediate", "rejected a proposal to hold talks": an infinitive clause under the
    # object is its complement as "an offer OF mediation" is; English says what an offer, a plan or a call is for
    # with "to" and a verb as often as with a noun
    out.update(
        c.lemma_.lower()
        for o in objects
        for c in o.children
        if c.dep_ in {"acl", "relcl"}
        and c.pos_ == "VERB"
        and c.i > o.i
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    )
    for p in preps:
        # "handed power to a civilian government": the small model tags a verb's "to" after its object as a dative
        if not (p.dep_ == "prep" or (p.dep_ == "dative" and p.lower_ == "to")) or p.lower_ not in COMPLEMENT_PREPS:
            continue
        for g in p.children:
            if g.dep_ not in {"pobj", "pcomp"}:
                continue
            for n in (g, *g.conjuncts):
                out.add(n.lemma_.lower())
                out.add(n.lower_)
                # "to an elected government": a participle's form as written too ("elected", lemma "elect")
                out.update(
                    w for c in n.children if c.dep_ in {"compound", "amod"} for w in (c.lemma_.lower(), c.lower_)
                )
    return out


def name_words(objects: Iterable[Token]) -> tuple[set[str], set[str]]:
    """(the objects' own words, the words of a proper name before them): "the Open Skies Treaty" is a treaty whose
    name holds "Open" and "Skies"; `tie_goes_to_code` reads them."""
    heads: set[str] = set()
    named: set[str] = set()
    for o in objects:
        heads |= {o.lemma_.lower(), o.lower_}
        named |= {
            w
            for c in o.children
            if c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN" and c.i < o.i
            for w in (c.lemma_.lower(), c.lower_)
        }
    return heads, named


def tie_goes_to_code(coded: Pattern, none: Pattern, found: set[str], heads: set[str], named: set[str]) -> bool:
    """Whether a coded row keeps a tie of specificity with a "no event" row that also matched (`found`: the words
    the objects answer to; `heads`, `named`: from `name_words`).

    Why: a modifier narrows its head to a kind ("a lunar probe" is a spacecraft, "merger talks" are a firm's), so a
    "no event" row keyed on the object or on a common modifier of it names the reading more narrowly than a coded
    row keyed on the head, and wins the tie. A word of a proper name says what the thing is called, not what kind it
    is: "withdrew from the Open Skies Treaty" is a treaty left, and the coded row on the head keeps it. Rows without
    objects keep file order (the coded row first)."""
    if coded.objects is None or none.objects is None:
        return True
    said = none.objects & found
    return bool(said) and said <= named and bool(coded.objects & found & heads)


def _objects(text: str, where: str, line: int) -> frozenset[str]:
    """The lemmas of an ``obj:`` list, with each ``@class`` replaced by its members from wordclasses.tsv.

    Expanding here, once per row as the file is read, keeps matching a set lookup: a class costs nothing
    per sentence, and rows that name the same class cannot drift apart the way hand-copied lists did.
    """
    out: set[str] = set()
    for item in text.split("|"):
        if item.startswith("@"):
            members = word_classes().get(item[1:])
            if members is None:
                raise error("DW301", where=where, line=line, why=f"unknown word class {item!r} (see wordclasses.tsv)")
            out |= members
        elif item:
            out.add(item)
    return frozenset(out)


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """Named object families (``talks``: talk, negotiation, dialogue ...) that verbs.tsv rows cite as ``@talks``.

    A class lists plain lemmas only: a class inside a class would make the file's meaning depend on its order
    and hide how wide a row really is.
    """
    path = data_dir() / "wordclasses.tsv"
    out: dict[str, frozenset[str]] = {}
    for line, (name, members) in rows(path, 2):
        name = name.lower()
        lemmas = frozenset(x for x in members.lower().split("|") if x)
        if not lemmas or name in out or any(x.startswith("@") or " " in x for x in lemmas):
            why = f"word class {name!r} needs one or more plain lemmas a|b|c and a name used once"
            raise error("DW301", where=str(path), line=line, why=why)
        out[name] = lemmas
    return out


def _noun_head(parts: list[str], where: str, line: int) -> tuple[str, list[str], list[str]]:
    """Split a noun row into its head, required children and the rest (`obj:`, `<>`).

    A noun row reads "[modifier] head [preposition ...]": "phone call" is a compound (head "call"), while
    "action against" is the noun "action" with a required "against" child. Both are two plain words, so a
    trailing word from the closed NOUN_ROW_PREPS list is a preposition; a compound never ends in one.
    """
    plain = [x for x in parts if not x.startswith("obj:") and x != "<>"]
    rest = [x for x in parts if x.startswith("obj:") or x == "<>"]
    if parts[: len(plain)] != plain:
        raise error("DW301", where=where, line=line, why="obj: and <> come after the noun and its prepositions")
    cut = len(plain)
    while cut > 1 and plain[cut - 1] in NOUN_ROW_PREPS:
        cut -= 1
    if plain[0] in NOUN_ROW_PREPS:
        raise error("DW301", where=where, line=line, why=f"noun pattern starts with a preposition: {plain[0]!r}")
    nouns, preps = plain[:cut], plain[cut:]
    return nouns[-1], [*nouns[:-1], *preps], rest


@lru_cache(maxsize=8)
def patterns(extra: tuple[str, ...] = ()) -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """Lexicon rows by (pos, trigger lemma), most specific first.

    ``extra`` are users' lexicons in the same format (``--verbs FILE``). Their rows join the built-in ones
    rather than replace the file: a user adds "serenade" or recodes "oppose" without copying 2,000 rows. Among
    rows with the same requirements a user's row is tried first, so it overrides the built-in code; a more
    specific built-in row ("oppose obj:proposal") still wins over a bare user row, as specificity always does.
    """
    by_key: dict[tuple[str, str], list[Pattern]] = {}
    for path in [*map(Path, extra), data_dir() / "verbs.tsv"]:  # a missing or unreadable file: DW302 (rows)
        for line, (code, pos, text) in rows(path, 3):
            p = parse_pattern(code, pos.upper(), text, line, str(path))
            by_key.setdefault((p.pos, p.lemma), []).append(p)
    # a stable sort: within the same requirements, rows keep the order read (users' files in turn, then ours)
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in by_key.items()}


@lru_cache(maxsize=1)
def frames() -> dict[str, Frame]:
    path = data_dir() / "frames.tsv"
    out: dict[str, Frame] = {}
    for line, (lemma, control, effect) in rows(path, 3):
        if control not in {"subject", "object", "raising"} or effect not in {
            "future",
            "hypothetical",
            "threatened",
            "conditional",
            "negated",
        }:
            raise error("DW301", where=str(path), line=line, why=f"bad control/effect {control!r}/{effect!r}")
        raising = control == "raising"
        out[lemma.lower()] = Frame(
            lemma=lemma.lower(), control="subject" if raising else control, effect=effect, raising=raising
        )
    return out
