"""Actor dictionaries: countries, organizations, generic agents and people with dated roles.

Built-in files live in ``data/actors/``; users add theirs with ``--actors FILE`` in the same
format (docs/dictionaries.md). Countries come from pycountry (every ISO 3166 alpha-3 code) plus
our own short forms, demonyms and capitals, because news text says "U.S.", "Mexican officials"
and "Washington", not "United States of America".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import pycountry

from dyadwatch.coding.tsv import rows
from dyadwatch.errors import error

KINDS = {"country", "demonym", "capital", "organization", "person", "group", "agent", "other"}
# CAMEO role (sector) codes; each also stands alone as the code of an actor whose country is unknown
SECTORS = (
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS", "SEP", "UAF", "CRM", "BUS", "MED", "NGO", "IGO",
    "CVL", "EDU", "HLH", "LAB", "AGR", "REL", "REF", "HRI", "ENV", "ELI", "DEV", "MOD", "RAD",
)  # fmt: skip
SECTORS_HINT = ", ".join(SECTORS)
# CAMEO actor-code prefixes that are not countries (international and transnational actors, and bare roles);
# none of them is an ISO 3166 alpha-3 code, so a code starting with one never reads as a country
NON_STATE = {"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"} | set(SECTORS)
COLUMNS = ("names", "code", "country", "sector", "kind", "start", "end", "title")


@dataclass(frozen=True)
class ActorEntry:
    """One dictionary row: the phrases that name an actor, and what the actor is."""

    name: str
    names: tuple[str, ...]
    code: str | None
    country: str | None
    sector: str | None
    kind: str
    start: dt.date | None = None
    end: dt.date | None = None
    title: str | None = None
    origin: str = ""

    def active(self, on: dt.date | None) -> bool:
        """Whether a dated role holds on a date (undated rows always hold; no date: the latest role)."""
        if on is None:
            return self.end is None
        if self.start and on < self.start:
            return False
        return not (self.end and on > self.end)


def data_dir() -> Path:
    return Path(str(files("dyadwatch") / "data" / "actors"))


def builtin_files() -> list[Path]:
    d = data_dir()
    return [d / "countries.tsv", d / "organizations.tsv", d / "agents.tsv", d / "people.tsv"]


def _date(text: str, where: str, line: int) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise error("DW301", where=where, line=line, why=f"bad date {text!r} (use YYYY-MM-DD)") from None


def _plural(word: str) -> str | None:
    """The plural of a demonym as news writes it ("Mexicans", "South Koreans": the last word decides); none for
    those that do not take an -s ("Chinese", "British", "Swiss", "Czech" as "Czechs" is listed in the file)."""
    if word.endswith((".", "ese", "sh", "ch", "ss", "s", "y")):
        return None
    return word + "s"


def load_countries(path: Path) -> list[ActorEntry]:
    """pycountry names for every country, plus the extra names, demonyms and capitals in ``path``."""
    extras: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for _, (iso3, names, demonyms, capitals) in rows(path, 4):

        def split(cell: str) -> list[str]:
            return [x.strip() for x in cell.split(";") if x.strip() and x.strip() != "-"]

        extras[iso3] = (split(names), split(demonyms), split(capitals))
    claimed = {n for names, _, _ in extras.values() for n in names}
    out: list[ActorEntry] = []
    where = str(path)
    codes = {c.alpha_3: c for c in pycountry.countries}
    for iso3 in sorted(set(codes) | set(extras)):
        c = codes.get(iso3)
        extra_names, demonyms, capitals = extras.get(iso3, ([], [], []))
        names: list[str] = list(extra_names)
        if c is not None:
            for attr in ("common_name", "name", "official_name"):
                value = getattr(c, attr, None)
                if value and "," not in value and value not in claimed and value not in names:
                    names.append(value)
        if not names and c is not None:
            names.append(c.name)  # only comma names ("Saint Helena, Ascension and Tristan da Cunha")
        display = getattr(c, "common_name", None) or (c.name if c else names[0])
        out.append(ActorEntry(display, tuple(names), iso3, iso3, None, "country", origin=where))
        if demonyms:
            forms = list(demonyms) + [p for d in demonyms if (p := _plural(d))]
            out.append(ActorEntry(display, tuple(forms), iso3, iso3, None, "demonym", origin=where))
        if capitals:
            out.append(ActorEntry(display, tuple(capitals), iso3 + "GOV", iso3, "GOV", "capital", origin=where))
    return out


def load_file(path: Path) -> list[ActorEntry]:
    """A dictionary in dyadwatch's general format (docs/dictionaries.md); coded errors on bad lines."""
    path = Path(path)
    if not path.is_file():
        raise error("DW302", where=str(path), why="no such file")
    where = str(path)
    out: list[ActorEntry] = []
    for line, (names, code, country, sector, kind, start, end, title) in rows(path, len(COLUMNS), min_columns=2):
        kind = kind or ("person" if start or end else "other")
        if kind not in KINDS:
            raise error("DW301", where=where, line=line, why=f"unknown kind {kind!r} (one of {sorted(KINDS)})")
        phrases = tuple(n.strip() for n in names.split(";") if n.strip())
        if not phrases:
            raise error("DW301", where=where, line=line, why="no names")
        country = country.upper() or None
        if country and (len(country) != 3 or not country.isalpha()):
            raise error("DW301", where=where, line=line, why=f"country {country!r} is not a 3-letter code")
        code = code.upper() or None
        sector = sector.upper() or None
        if code and not country and len(code) >= 3 and code[:3].isalpha() and code[:3] not in NON_STATE:
            country = code[:3]
        if code and not sector and country and len(code) == 6 and code.startswith(country):
            sector = code[3:]
        if not code and not sector and kind != "agent":
            raise error("DW301", where=where, line=line, why=f"needs a code or a sector ({SECTORS_HINT})")
        s, e = _date(start, where, line), _date(end, where, line)
        if s and e and e < s:
            raise error("DW301", where=where, line=line, why="end date before start date")
        out.append(ActorEntry(phrases[0], phrases, code, country, sector, kind, s, e, title or None, where))
    return out


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


@lru_cache(maxsize=1)
def builtin() -> tuple[ActorEntry, ...]:
    countries, *others = builtin_files()
    entries = load_countries(countries)
    for path in others:
        entries.extend(load_file(path))
    return tuple(entries)


def load(extra: list[str] | list[Path] | None = None) -> list[ActorEntry]:
    """Built-in entries followed by the user's; later files win where phrases collide."""
    entries = list(builtin())
    for path in extra or []:
        entries.extend(load_file(Path(path)))
    return entries


def variants(phrase: str, kind: str) -> set[str]:
    """The surface forms matched for a phrase: as written, sentence-initial, and title case for agents."""
    out = {phrase}
    if phrase[:1].islower():
        out.add(phrase[0].upper() + phrase[1:])
    if phrase.lower().startswith("the "):
        bare = phrase[4:]
        out |= {bare, bare[0].upper() + bare[1:]}
    if kind == "agent":
        out.add(" ".join(w[:1].upper() + w[1:] for w in phrase.split()))
    if kind == "demonym" and phrase[:1].isupper() and "." not in phrase:
        out.add(phrase.lower())  # "tunisian rioters" in informal text
    return out
