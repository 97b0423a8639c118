"""The one reader for dyadwatch's TSV data files, so every file has the same comment and error rules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dyadwatch.errors import error


def rows(path: Path, columns: int, *, min_columns: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, cells) for each data line; '#' comments, blanks and the header are skipped.

    Short rows are padded with "" so optional trailing columns may be left off; rows with fewer
    than ``min_columns`` cells raise DW301 with the line number, because a silently skipped
    dictionary line is a silently missing actor.
    """
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error("DW302", where=str(path), why=str(exc)) from None
    need = columns if min_columns is None else min_columns
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            header_seen = True
            if cells and cells[0] in {"code", "names", "iso3", "cameo", "lemma", "class"}:
                continue
        if len(cells) < need or not cells[0]:
            raise error("DW301", where=str(path), line=number, why=f"expected {columns} tab-separated columns")
        yield number, (cells + [""] * columns)[:columns]
