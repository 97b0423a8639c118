from __future__ import annotations

import re
from pathlib import Path

from dyadwatch.store.export import GDELT_COLUMNS
from dyadwatch.store.schema import TABLES

DOC = Path(__file__).resolve().parents[2] / "docs" / "store.md"


def test_store_docs_list_every_column_of_every_table():
    text = DOC.read_text("utf-8")
    for name, table in TABLES.items():
        match = re.search(rf"^### {name}\n(.*?)(?=^### |\Z)", text, flags=re.M | re.S)
        assert match, f"docs/store.md has no section for table {name}"
        missing = [c.name for c in table.c if f"| `{c.name}` |" not in match.group(1)]
        assert not missing, f"docs/store.md, table {name}: undocumented columns {missing}"


def test_store_docs_describe_every_gdelt_column():
    text = DOC.read_text("utf-8")
    section = text.split("### GDELT-like event TSV", 1)[1].split("## Table reference", 1)[0]
    assert [c for c in GDELT_COLUMNS if c not in section] == []
