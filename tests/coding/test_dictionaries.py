"""Actor dictionaries: built-in coverage, the user format, and coded errors on bad lines."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from dyadwatch.coding import dictionaries
from dyadwatch.errors import DyadwatchError


def _by_name(name: str):
    return [e for e in dictionaries.builtin() if name in e.names]


def test_dictionaries_every_iso_country_has_an_entry():
    codes = {e.code for e in dictionaries.builtin() if e.kind == "country"}
    missing = {c.alpha_3 for c in pycountry.countries} - codes
    assert not missing


def test_dictionaries_short_forms_demonyms_and_capitals():
    assert any(e.code == "USA" and e.kind == "country" for e in _by_name("U.S."))
    assert any(e.code == "MEX" and e.kind == "demonym" for e in _by_name("Mexicans"))
    assert any(e.code == "USAGOV" and e.kind == "capital" for e in _by_name("Washington"))


def test_dictionaries_agencies_and_groups():
    assert _by_name("the Pentagon")[0].code == "USAMIL"
    assert _by_name("DEA")[0].code == "USACOP"
    assert _by_name("Sinaloa Cartel")[0].code == "MEXCRM"
    assert _by_name("OAS")[0].sector == "IGO"


def test_dictionaries_people_roles_in_time():
    rows = [e for e in _by_name("Sheinbaum") if e.kind == "person"]
    assert any(e.active(dt.date(2025, 8, 8)) and e.code == "MEXGOV" for e in rows)
    assert not any(e.active(dt.date(2020, 1, 1)) for e in rows)
    trump = [e for e in _by_name("Trump") if e.kind == "person"]
    assert any(e.active(dt.date(2018, 5, 1)) for e in trump)
    assert not any(e.active(dt.date(2022, 5, 1)) for e in trump)


def test_dictionaries_user_file_format(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text(
        "# my actors\nnames\tcode\tcountry\tsector\tkind\tstart\tend\ttitle\n"
        "Glorbia;Glorbian Republic\tGLB\t\t\tcountry\n"
        "Zed Zorn;Zorn\tGLBGOV\t\t\tperson\t2020-01-01\t\tPresident\n",
        "utf-8",
    )
    entries = dictionaries.load_file(path)
    assert entries[0].country == "GLB" and entries[0].names == ("Glorbia", "Glorbian Republic")
    assert entries[1].sector == "GOV" and entries[1].start == dt.date(2020, 1, 1)


@pytest.mark.parametrize(
    "line",
    ["Glorbia\tGLB\t\t\tplanet\n", "Glorbia\tGLB\tGLORB\n", "Zorn\tGLBGOV\t\t\tperson\t2020-13-01\n", "Zorn\n"],
)
def test_dictionaries_bad_line_is_dw301_with_line_number(tmp_path, line):
    path = tmp_path / "bad.tsv"
    path.write_text("names\tcode\n" + line, "utf-8")
    with pytest.raises(DyadwatchError) as exc:
        dictionaries.load_file(path)
    assert exc.value.code == "DW301" and "line 2" in exc.value.message


def test_dictionaries_missing_file_is_dw302(tmp_path):
    with pytest.raises(DyadwatchError) as exc:
        dictionaries.load_file(tmp_path / "absent.tsv")
    assert exc.value.code == "DW302"


# ---------------------------------------------------------------- historical states and people of real news


def test_dictionaries_historical_states_use_iso_3166_3_codes():
    from dyadwatch.model import iso_countries

    for name, code in [("Soviet Union", "SUN"), ("USSR", "SUN"), ("Yugoslavia", "YUG"), ("Czechoslovakia", "CSK"),
                       ("East Germany", "DDR"), ("Zaire", "ZAR"), ("Serbia and Montenegro", "SCG"),
                       ("Upper Volta", "HVO"), ("Dahomey", "DHY"), ("Rhodesia", "RHO"), ("North Vietnam", "VDR"),
                       ("West Germany", "DEU"), ("South Vietnam", "VNM"), ("Burma", "MMR")]:  # fmt: skip
        assert {e.code for e in _by_name(name) if e.kind == "country"} == {code}, name
        assert code in iso_countries()
    assert {e.code for e in _by_name("Soviet") if e.kind == "demonym"} == {"SUN"}
    # a former code whose state lives on under a current code, with its old name still in use, is not a country
    assert "BUR" not in iso_countries() and "TMP" not in iso_countries()


def test_dictionaries_a_code_of_a_historical_state_carries_its_country():
    from dyadwatch.model import Actor

    assert Actor(id="a1", code="SUNGOV", name="Soviet government").country == "SUN"
    assert Actor(id="a2", code="DDRMIL", name="East German army").country == "DDR"
    assert Actor(id="a3", code="BURGOV", name="x").country is None


def test_dictionaries_wire_spellings_of_one_leader_are_one_person():
    for spelling in ("Moammar Gadhafi", "Muammar Qaddafi", "Gaddafi", "Gadhafi"):
        (person,) = {e.name for e in _by_name(spelling) if e.kind == "person"}
        assert person == "Muammar Gaddafi"
    assert {e.name for e in _by_name("Mahmud Abbas")} == {"Mahmoud Abbas"}


def test_dictionaries_every_role_of_a_person_answers_to_all_their_names():
    """A surname added to one row only would code the person by that row alone, whatever the date."""
    names: dict[str, set[tuple[str, ...]]] = {}
    for e in dictionaries.builtin():
        if e.kind == "person":
            names.setdefault(e.name, set()).add(e.names)
    assert {n for n, forms in names.items() if len(forms) > 1} == set()


def test_dictionaries_people_rows_are_well_formed_and_not_repeated():
    seen = set()
    for e in dictionaries.builtin():
        if e.kind != "person":
            continue
        key = (e.name, e.code, e.start, e.end)
        assert key not in seen, key
        seen.add(key)
        assert (e.country and len(e.country) == 3) or (e.code[:3] in dictionaries.NON_STATE and e.country is None)
        assert e.start is None or e.end is None or e.start <= e.end
    assert len(seen) > 1000
