"""``load_all``: kinds, bad specs and URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.cli.common import parse_series
from dyadwatch.errors import DyadwatchError
from dyadwatch.series import registry


def test_registry_unknown_kind_lists_known_kinds(tmp_path):
    with pytest.raises(DyadwatchError) as info:
        registry.load_all({"cbp-weather": tmp_path / "x.csv"})
    assert info.value.code == "DW404"
    assert "cbp-drugs" in info.value.message and "cbp-encounters" in info.value.message


def test_registry_url_refused_without_network():
    with pytest.raises(DyadwatchError) as info:
        registry.load_all({"cbp-drugs": Path("https://www.cbp.gov/x.csv")})
    assert info.value.code == "DW701"


def test_registry_url_not_fetched_even_with_network():
    with pytest.raises(DyadwatchError) as info:
        registry.load_all({"cbp-drugs": Path("https://www.cbp.gov/x.csv")}, allow_network=True)
    assert info.value.code == "DW703"


def test_registry_bad_spec_form_is_dw405():
    with pytest.raises(DyadwatchError) as info:
        parse_series(["cbp-drugs"])
    assert info.value.code == "DW405"
