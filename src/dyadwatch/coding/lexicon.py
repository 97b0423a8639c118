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

from dyadwatch.coding import cameo
from dyadwatch.coding.tsv import rows
from dyadwatch.errors import error


@dataclass(frozen=True)
class Pattern:
    """One lexicon row: a trigger lemma with required dependents and the code it gives."""

    code: str
    pos: str  # "V" verb or "N" noun
    lemma: str
    words: tuple[str, ...]  # required particle/preposition/adverb children, in order
    objects: frozenset[str] | None  # required object lemmas
    line: int
    reverse: bool = False  # converse verbs: "X received aid from Y" is Y aiding X

    @property
    def specificity(self) -> int:
        return len(self.words) + (2 if self.objects else 0)


@dataclass(frozen=True)
class Frame:
    lemma: str
    control: str  # "subject" | "object"
    effect: str  # modality name or "negated"


def data_dir() -> Path:
    return Path(str(files("dyadwatch") / "data" / "coding"))


def parse_pattern(code: str, pos: str, text: str, line: int, where: str) -> Pattern:
    parts = text.lower().split()
    if not parts or pos not in {"V", "N"}:
        raise error("DW301", where=where, line=line, why="pattern needs a trigger word and pos V or N")
    words: list[str] = []
    objects: frozenset[str] | None = None
    lemma = parts[0]
    rest = parts[1:]
    if pos == "N" and rest and not rest[0].startswith("obj:") and len(rest) == 1 and rest[0].isalpha():
        # two-word nouns ("phone call", "air strike"): the head is the last word
        lemma, words = rest[0], [parts[0]]
        rest = []
    reverse = False
    for part in rest:
        if part == "<>":
            reverse = True
        elif part.startswith("obj:"):
            objects = frozenset(x for x in part[4:].split("|") if x)
        else:
            words.append(part)
    if code not in cameo.table():
        raise error("DW303", where=f"{where}:{line}", cameo=code)
    return Pattern(code=code, pos=pos, lemma=lemma, words=tuple(words), objects=objects, line=line, reverse=reverse)


@lru_cache(maxsize=1)
def patterns() -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """Lexicon rows by (pos, trigger lemma), most specific first."""
    path = data_dir() / "verbs.tsv"
    by_key: dict[tuple[str, str], list[Pattern]] = {}
    for line, (code, pos, text) in rows(path, 3):
        p = parse_pattern(code, pos.upper(), text, line, str(path))
        by_key.setdefault((p.pos, p.lemma), []).append(p)
    return {k: tuple(sorted(v, key=lambda p: (-p.specificity, p.line))) for k, v in by_key.items()}


@lru_cache(maxsize=1)
def frames() -> dict[str, Frame]:
    path = data_dir() / "frames.tsv"
    out: dict[str, Frame] = {}
    for line, (lemma, control, effect) in rows(path, 3):
        if control not in {"subject", "object"} or effect not in {
            "future",
            "hypothetical",
            "threatened",
            "conditional",
            "negated",
        }:
            raise error("DW301", where=str(path), line=line, why=f"bad control/effect {control!r}/{effect!r}")
        out[lemma.lower()] = Frame(lemma=lemma.lower(), control=control, effect=effect)
    return out
