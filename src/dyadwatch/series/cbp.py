"""Loaders for CBP's public CSV downloads, strict enough that a bad file never yields a verdict.

Two downloads are supported, with CBP's own column names:

* Southwest Land Border Encounters (``sbo-encounters-*.csv``): monthly counts by component,
  demographic, citizenship, title of authority and encounter type.
* Nationwide Drug Seizures (``nationwide-drugs-*.csv``): monthly count of seizure events and
  weight in pounds, by component, region, area of responsibility and drug type.

Fiscal years start in October (FY2025 = Oct 2024 - Sep 2025); rows are stored by calendar
month. Every row is validated: a wrong field count, an unknown month, a non-numeric count or a
file cut off mid-line raises DW401 naming the file and line, so a half-read file can never be
summed into a wrong total.
"""

from __future__ import annotations

import csv
import io
import math
import re
from pathlib import Path

from dyadwatch.errors import error
from dyadwatch.series.model import Dataset

MONTHS = ("OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP")
MONTH_NUMBER = {
    m: i
    for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)
}
FY_RE = re.compile(r"^\s*(\d{4})(?:\s*\(FYTD\))?\s*$", re.IGNORECASE)
PUBLISHER = "U.S. Customs and Border Protection"

ENCOUNTER_DIMS = (
    "Component",
    "Demographic",
    "Citizenship Grouping",
    "Title of Authority",
    "Encounter Type",
)
DRUG_DIMS = ("Component", "Region", "Land Filter", "Area of Responsibility", "Drug Type")


def calendar_month(fiscal_year: int, abbv: str) -> str:
    """FY2025 OCT -> 2024-10; FY2025 JUN -> 2025-06."""
    month = MONTH_NUMBER[abbv]
    year = fiscal_year - 1 if month >= 10 else fiscal_year
    return f"{year:04d}-{month:02d}"


def _read_text(path: Path) -> str:
    if not path.exists():
        raise error("DW105", where=str(path))
    data = path.read_bytes()
    if not data.strip():
        raise error("DW403", where=str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error("DW401", where=str(path), line=line, why="not UTF-8 text") from None
    if not text.endswith(("\n", "\r")):
        last = text.count("\n") + 1
        raise error(
            "DW401",
            where=str(path),
            line=last,
            why="the file ends in the middle of a line (truncated download?)",
        )
    return text


def _load(
    path: Path,
    kind: str,
    title: str,
    fy_col: str,
    dims: tuple[str, ...],
    values: dict[str, type],
) -> Dataset:
    path = Path(path)
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise error("DW403", where=str(path)) from None
    except csv.Error as exc:
        raise error("DW401", where=str(path), line=1, why=f"unreadable CSV header ({exc})") from None
    need = (fy_col, "Month (abbv)", *dims, *values)
    missing = [c for c in need if c not in header]
    if missing:
        raise error(
            "DW402", where=str(path), missing=", ".join(missing), found=", ".join(header) or "nothing", kind=title
        )
    index = {c: header.index(c) for c in need}
    ds = Dataset(kind=kind, path=path, publisher=PUBLISHER, title=title, dims=dims, values=tuple(values))
    line = 1
    try:
        for row in reader:
            line = reader.line_num
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise error("DW401", where=str(path), line=line, why=f"expected {len(header)} fields, found {len(row)}")
            fy = FY_RE.match(row[index[fy_col]])
            if not fy:
                raise error(
                    "DW401", where=str(path), line=line, why=f"{fy_col} {row[index[fy_col]]!r} is not a fiscal year"
                )
            abbv = row[index["Month (abbv)"]].strip().upper()
            if abbv not in MONTH_NUMBER:
                raise error(
                    "DW401", where=str(path), line=line, why=f"month {abbv!r} is not one of {', '.join(MONTHS)}"
                )
            nums: list[float] = []
            for col, typ in values.items():
                cell = row[index[col]].strip().replace(",", "")
                try:
                    num = float(typ(cell))
                except ValueError:
                    raise error(
                        "DW401", where=str(path), line=line, why=f"{col} {row[index[col]]!r} is not a number"
                    ) from None
                if not math.isfinite(num) or num < 0:
                    raise error("DW401", where=str(path), line=line, why=f"{col} {cell!r} is not a count or weight")
                nums.append(num)
            month = calendar_month(int(fy.group(1)), abbv)
            ds.rows.append((month, tuple(row[index[d]].strip() for d in dims), tuple(nums)))
    except csv.Error as exc:
        raise error("DW401", where=str(path), line=line + 1, why=f"malformed CSV ({exc})") from None
    if not ds.rows:
        raise error("DW403", where=str(path))
    return ds


def load_encounters(path: Path) -> Dataset:
    """CBP Southwest Land Border Encounters (monthly, by component/demographic/citizenship/type)."""
    return _load(
        path,
        "cbp-encounters",
        "Southwest Land Border Encounters",
        "Fiscal Year",
        ENCOUNTER_DIMS,
        {"Encounter Count": int},
    )


def load_drugs(path: Path) -> Dataset:
    """CBP Nationwide Drug Seizures (monthly count of events and pounds, by drug type and region)."""
    return _load(
        path,
        "cbp-drugs",
        "Nationwide Drug Seizures",
        "FY",
        DRUG_DIMS,
        {"Count of Event": int, "Sum Qty (lbs)": float},
    )
