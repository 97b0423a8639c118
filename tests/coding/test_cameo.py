"""CAMEO table, quad classes, Goldstein weights and the CAMEO->PLOVER crosswalk (no model needed)."""

from __future__ import annotations

import pytest

from dyadwatch.coding import cameo, plover


def test_cameo_table_has_every_root_and_known_subcodes():
    table = cameo.table()
    for r in range(1, 21):
        assert f"{r:02d}" in table
    assert table["0211"].name == "Appeal for economic cooperation"
    assert table["173"].name.startswith("Arrest")
    assert len(table) > 300


@pytest.mark.parametrize(
    ("code", "quad", "goldstein"),
    [("010", 1, 0.0), ("057", 1, 8.0), ("061", 2, 6.4), ("120", 3, -4.0), ("1384", 3, -7.0), ("190", 4, -10.0)],
)
def test_cameo_quad_class_and_goldstein(code, quad, goldstein):
    assert cameo.quad_class(code) == quad
    assert cameo.lookup(code).goldstein == goldstein
    assert cameo.quad_name(code) in cameo.QUAD_NAMES.values()


def test_cameo_goldstein_weights_stay_on_the_scale():
    assert all(-10 <= c.goldstein <= 10 for c in cameo.table().values())


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("020", "REQUEST"),
        ("100", "REQUEST"),
        ("036", "AGREE"),
        ("051", "SUPPORT"),
        ("0841", "RETREAT"),
        ("081", "CONCEDE"),
        ("163", "COERCE"),
        ("175", "ASSAULT"),
        ("191", "COERCE"),
        ("195", "ASSAULT"),
        ("112", "ACCUSE"),
        ("090", "ACCUSE"),
        ("154", "MOBILIZE"),
        ("010", None),
    ],
)
def test_plover_crosswalk(code, category):
    assert plover.plover(code) == category


def test_plover_every_code_maps_to_a_current_category_or_none():
    for code in cameo.table():
        value = plover.plover(code)
        assert value is None or value in plover.CATEGORIES


def test_plover_v05_names_map_to_current_names():
    assert plover.from_v05("DEMAND") == "REQUEST"
    assert plover.from_v05("DISAPPROVE") == plover.from_v05("INVESTIGATE") == "ACCUSE"
    assert plover.from_v05("FIGHT") == "ASSAULT"
    assert plover.from_v05("AGREE") == "AGREE"


@pytest.mark.parametrize(
    ("code", "modality", "negated", "expected"),
    [
        ("042", "future", False, "036"),
        ("0874", "future", False, "0356"),
        ("190", "future", False, "1384"),
        ("030", "asserted", True, "120"),
        ("0841", "asserted", True, "1243"),
        ("190", "asserted", True, "190"),
        ("120", "future", False, "120"),
        ("057", "asserted", False, "057"),
    ],
)
def test_cameo_unrealized_actions_follow_the_manual(code, modality, negated, expected):
    assert cameo.unrealized(code, modality, negated) == expected


def test_cameo_demanded_maps_must_and_should():
    assert cameo.demanded("0841", "must") == "1053"
    assert cameo.demanded(None, "must") == "100"
    assert cameo.demanded("0871", "should") == "0256"


@pytest.mark.parametrize(
    ("action", "should", "must"),
    [
        ("085", "0254", "1054"),  # ease sanctions
        ("0841", "0253", "1053"),  # release persons
        ("046", "026", "106"),  # negotiate
        ("042", "026", "106"),  # visit: a meeting
        ("045", "028", "108"),  # mediate
        ("057", "027", "107"),  # sign an agreement: settle
        ("0832", "0242", "1042"),  # change policy
        ("081", "0251", "1051"),  # ease administrative sanctions
        ("073", "0233", "1033"),  # humanitarian aid
        ("061", "0211", "1011"),  # economic cooperation
        ("051", "022", "102"),  # diplomatic cooperation
        ("190", "020", "100"),  # no appeal code for force: the generic one
        ("0356", "0256", "1056"),  # an intent asked for is the act asked for
    ],
)
def test_cameo_what_is_asked_for_follows_the_parallel_sub_codes(action, should, must):
    assert cameo.demanded(action, "should") == should
    assert cameo.demanded(action, "must") == must


def test_cameo_intent_codes_for_yielding_and_mediation():
    assert cameo.unrealized("0841", "future", False) == "0353"
    assert cameo.unrealized("045", "future", False) == "039"
    assert cameo.unrealized("0832", "future", False) == "0342"
    assert cameo.intent_of("190") is None


def test_plover_v05_crosswalk_differs_only_where_the_2021_crosswalk_moved_codes():
    assert plover.plover("163") == "COERCE" and plover.plover_v05("163") == "SANCTION"
    assert plover.plover("1712") == "ASSAULT" and plover.plover_v05("1712") == "COERCE"
    assert plover.plover_v05("190") == plover.plover("190") == "ASSAULT"
    assert plover.plover_v05(None) is None
