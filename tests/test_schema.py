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


def test_country_coded_actors_carry_their_country():
    from dyadwatch.model import Actor, EventActor

    assert EventActor(text="U.S.", code="USAGOV", start=0, end=4).country == "USA"
    assert EventActor(text="U.N.", code="IGOUNO", start=0, end=4).country is None  # IGO is no country
    assert EventActor(text="x", code="USAGOV", country="MEX", start=0, end=1).country == "MEX"  # as given
    assert Actor(id="a", name="Sinaloa Cartel", code="MEXCRM").country == "MEX"
