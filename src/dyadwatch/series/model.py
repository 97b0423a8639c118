"""A small model of an official statistical series, so checks never depend on a file's layout.

A *dataset* is one downloaded file (rows with dimensions and value columns); a *series* is
one monthly line cut from it (for example U.S. Border Patrol apprehensions summed over
demographics and citizenship). Claims are checked against series, and every verdict names
the series, the publisher and the release it used, because official figures are revised:
a number that was right in CBP's July release can differ in the August one.

Months are ``"YYYY-MM"`` strings (calendar months, not fiscal ones) so they sort and compare
as text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

Month = str  # "2025-06"


def month_of(day: dt.date) -> Month:
    return f"{day.year:04d}-{day.month:02d}"


def month_range(first: Month, last: Month) -> list[Month]:
    """Every month from first to last inclusive (empty if last < first)."""
    y, m = int(first[:4]), int(first[5:7])
    out: list[Month] = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def add_months(month: Month, n: int) -> Month:
    total = int(month[:4]) * 12 + int(month[5:7]) - 1 + n
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


@dataclass(frozen=True)
class Series:
    """One monthly line with what it measures and where it came from.

    ``release`` names the download the numbers were read from; ``observations`` maps month to
    value and holds only months present in the file (a month absent is unknown, never zero).
    """

    name: str
    measure: str
    unit: str
    frequency: str
    observations: dict[Month, float]
    publisher: str
    release: str
    source: Path | None = None
    geography: str | None = None

    @property
    def first(self) -> Month:
        return min(self.observations)

    @property
    def last(self) -> Month:
        return max(self.observations)

    def covers(self, months: Iterable[Month]) -> bool:
        return all(m in self.observations for m in months)

    def total(self, months: Iterable[Month]) -> float:
        """Sum over months; raises KeyError for a month the file does not have."""
        return sum(self.observations[m] for m in months)


@dataclass
class Dataset:
    """One loaded file: rows of (month, dimension values, numeric values).

    Keeping rows rather than pre-summed totals lets a check cut the reading a claim needs
    (one component, one drug, one region) without reloading the file.
    """

    kind: str
    path: Path
    publisher: str
    title: str
    dims: tuple[str, ...]
    values: tuple[str, ...]
    rows: list[tuple[Month, tuple[str, ...], tuple[float, ...]]] = field(default_factory=list)

    @property
    def first(self) -> Month:
        return min(r[0] for r in self.rows)

    @property
    def last(self) -> Month:
        return max(r[0] for r in self.rows)

    @property
    def release(self) -> str:
        """The download's identity: file name and the last month it holds."""
        return f"{self.path.name} (data through {self.last})"

    def published_after(self, day: dt.date) -> bool:
        """True when this release cannot have been out on ``day``.

        CBP posts a month's figures in the middle of the following month, so a file whose data
        runs through month M appeared no earlier than M+1; if that is after the article, the
        article quoted an earlier release and small differences are revisions, not errors.
        """
        return add_months(self.last, 1) >= month_of(day)

    def series(
        self,
        name: str,
        measure: str,
        unit: str,
        value: str,
        where: dict[str, set[str]] | None = None,
        geography: str | None = None,
    ) -> Series:
        """Sum ``value`` over rows whose dimensions pass ``where`` (dimension -> allowed values)."""
        vi = self.values.index(value)
        tests: list[tuple[int, set[str]]] = [(self.dims.index(d), allowed) for d, allowed in (where or {}).items()]
        obs: dict[Month, float] = {}
        for month, dims, vals in self.rows:
            obs.setdefault(month, 0.0)  # a month in the file with no matching rows is a real zero
            if all(dims[i] in allowed for i, allowed in tests):
                obs[month] += vals[vi]
        return Series(
            name=name,
            measure=measure,
            unit=unit,
            frequency="monthly",
            observations=obs,
            publisher=self.publisher,
            release=self.release,
            source=self.path,
            geography=geography,
        )

    def distinct(self, dim: str) -> set[str]:
        i = self.dims.index(dim)
        return {r[1][i] for r in self.rows}


@dataclass
class SeriesSet:
    """Every dataset loaded for a run, by kind (``cbp-encounters``, ``cbp-drugs``)."""

    datasets: dict[str, Dataset] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Dataset]:
        return iter(self.datasets.values())

    def __len__(self) -> int:
        return len(self.datasets)

    def get(self, kind: str) -> Dataset | None:
        return self.datasets.get(kind)


Loader = Callable[[Path], Dataset]
