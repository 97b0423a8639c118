"""The committed JSON Schema is exactly what the model generates."""

from __future__ import annotations

import json

from dwtest import ROOT

from dyadwatch.schema import record_schema


def test_schema_file_matches_model():
    committed = json.loads((ROOT / "schema" / "record.schema.json").read_text("utf-8"))
    assert committed == record_schema(), "run `make schema` and commit schema/record.schema.json"


def test_schema_has_the_top_level_keys():
    props = record_schema()["properties"]
    assert {"article", "sources", "quotes", "events", "claims", "actors"} <= set(props)
