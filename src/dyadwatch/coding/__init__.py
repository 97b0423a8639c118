"""Event and actor coding: CAMEO table, Goldstein, quad classes, PLOVER crosswalk, lexicons.

``lexicon_hash`` names the exact set of dictionaries and lexicons a record was coded with, so a
store can tell which records an edited dictionary makes stale.
"""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path

from dyadwatch.errors import error


def lexicon_hash(extra_paths: list[Path] | list[str] | None = None) -> str:
    """A short hash of every built-in data file under data/actors and data/coding, plus the user's.

    Every *.tsv counts, not a list of names: wordclasses.tsv widens verbs.tsv rows that cite ``@class``, so
    editing a class recodes like editing the rows themselves, and a new data file cannot be forgotten here.
    """
    h = hashlib.sha256()
    data = Path(str(files("dyadwatch") / "data"))
    for sub in ("actors", "coding"):
        for path in sorted((data / sub).glob("*.tsv")):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    try:
        h.update(version("pycountry").encode())
    except PackageNotFoundError:
        pass
    for p in extra_paths or []:
        path = Path(p)
        try:
            h.update(path.read_bytes())
        except OSError as exc:
            raise error("DW302", where=str(path), why=str(exc)) from None
    return h.hexdigest()[:12]


__all__ = ["lexicon_hash"]
