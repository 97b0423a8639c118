"""Series kinds by name, so ``--series KIND=PATH`` picks the right loader.

Fetching series by URL is deliberately not implemented: series are read from local files
only. A URL is refused with DW701 when network access is off, and with DW703 when it is on.
"""

from __future__ import annotations

from pathlib import Path

from dyadwatch.errors import error
from dyadwatch.series import cbp
from dyadwatch.series.model import Loader, SeriesSet

KINDS: dict[str, Loader] = {
    "cbp-encounters": cbp.load_encounters,
    "cbp-drugs": cbp.load_drugs,
}


def load_all(specs: dict[str, Path], allow_network: bool = False) -> SeriesSet:
    """Load every ``kind -> path``; any bad file stops the run with a coded error (no partial set)."""
    out = SeriesSet()
    for kind, path in specs.items():
        loader = KINDS.get(kind)
        if loader is None:
            raise error("DW404", kind=kind, spec=f"{kind}={path}", known=", ".join(sorted(KINDS)))
        raw = str(path)
        if raw.startswith(("http:/", "https:/")):
            if not allow_network:
                raise error("DW701", url=raw)
            raise error("DW703", url=raw, why="fetching series by URL is not supported; download the CSV")
        out.datasets[kind] = loader(Path(path))
    return out
