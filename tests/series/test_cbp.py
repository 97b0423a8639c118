"""CBP loaders: fiscal months, sums, and coded errors for every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from dwtest import shared_path

from dyadwatch.errors import SeriesError
from dyadwatch.series import cbp

ENC_HEADER = (
    "Fiscal Year,Month Grouping,Month (abbv),Component,Demographic,Citizenship Grouping,"
    "Title of Authority,Encounter Type,Encounter Count\r\n"
)
ENC_ROWS = (
    "2024,FYTD,JUN,U.S. Border Patrol,Single Adults,Mexico,Title 8,Apprehensions,100\r\n"
    "2024,FYTD,JUN,U.S. Border Patrol,UAC,Other,Title 8,Apprehensions,20\r\n"
    "2024,FYTD,JUN,Office of Field Operations,Single Adults,Mexico,Title 8,Inadmissibles,7\r\n"
    "2025 (FYTD),FYTD,OCT,U.S. Border Patrol,Single Adults,Mexico,Title 8,Apprehensions,50\r\n"
)
DRUG_HEADER = (
    "FY,Month (abbv),Component,Region,Land Filter,Area of Responsibility,Drug Type,Count of Event,Sum Qty (lbs)\n"
)


def write(tmp_path: Path, text: str, name: str = "f.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8", newline="")
    return p


def test_cbp_fiscal_year_maps_to_calendar_month():
    assert cbp.calendar_month(2025, "OCT") == "2024-10"
    assert cbp.calendar_month(2025, "JUN") == "2025-06"
    assert cbp.calendar_month(2022, "SEP") == "2022-09"


def test_cbp_encounters_sum_by_component(tmp_path):
    ds = cbp.load_encounters(write(tmp_path, ENC_HEADER + ENC_ROWS))
    usbp = ds.series("u", "m", "people", "Encounter Count", {"Component": {"U.S. Border Patrol"}})
    allc = ds.series("a", "m", "people", "Encounter Count")
    assert usbp.observations == {"2024-06": 120.0, "2024-10": 50.0}
    assert allc.observations["2024-06"] == 127.0
    assert (ds.first, ds.last) == ("2024-06", "2024-10")


@pytest.mark.parametrize(
    ("text", "code", "needle"),
    [
        ("", "DW403", "empty"),
        (ENC_HEADER, "DW403", "empty"),
        ("a,b,c\n1,2,3\n", "DW402", "missing column"),
        (ENC_HEADER + "2024,FYTD,JUN,U.S. Border Patrol,UAC,Other\r\n", "DW401", "line 2"),
        (
            ENC_HEADER + ENC_ROWS + "2024,FYTD,JUN,U.S. Border Patrol,UAC,Other,Title 8,Apprehensions,1",
            "DW401",
            "truncated",
        ),
        (ENC_HEADER + "2024,FYTD,JUX,U.S. Border Patrol,UAC,Other,Title 8,Apprehensions,3\n", "DW401", "month"),
        (ENC_HEADER + "20x4,FYTD,JUN,U.S. Border Patrol,UAC,Other,Title 8,Apprehensions,3\n", "DW401", "fiscal"),
        (
            ENC_HEADER + ENC_ROWS + "2024,FYTD,JUN,U.S. Border Patrol,UAC,Other,Title 8,Apprehensions,lots\r\n",
            "DW401",
            "line 6",
        ),
        (ENC_HEADER + "2024,FYTD,JUN,U.S. Border Patrol,UAC,Other,Title 8,Apprehensions,-3\n", "DW401", "line 2"),
    ],
)
def test_cbp_bad_files_raise_coded_errors_naming_file_and_line(tmp_path, text, code, needle):
    path = write(tmp_path, text, "bad-encounters.csv")
    with pytest.raises(SeriesError) as info:
        cbp.load_encounters(path)
    assert info.value.code == code
    assert "bad-encounters.csv" in info.value.message
    assert needle in info.value.message


def test_cbp_drugs_wrong_file_kind_names_missing_columns(tmp_path):
    with pytest.raises(SeriesError) as info:
        cbp.load_drugs(write(tmp_path, ENC_HEADER + ENC_ROWS))
    assert info.value.code == "DW402" and "Sum Qty (lbs)" in info.value.message


def test_cbp_drugs_reads_weight_and_events(tmp_path):
    rows = (
        "2025,JAN,U.S. Border Patrol,Southwest Border,Land Only,YUMA SECTOR,Fentanyl,2,10.5\n"
        "2025,JAN,Office of Field Operations,Coastal/Interior,Other,MIAMI FIELD OFFICE,Fentanyl,1,0.5\n"
        "2025,JAN,Office of Field Operations,Coastal/Interior,Other,MIAMI FIELD OFFICE,Cocaine,4,100\n"
    )
    ds = cbp.load_drugs(write(tmp_path, DRUG_HEADER + rows))
    lbs = ds.series("f", "m", "lb", "Sum Qty (lbs)", {"Drug Type": {"Fentanyl"}})
    ev = ds.series("f", "m", "ev", "Count of Event", {"Drug Type": {"Fentanyl"}, "Region": {"Southwest Border"}})
    assert lbs.observations == {"2025-01": 11.0}
    assert ev.observations == {"2025-01": 2.0}


@pytest.mark.parametrize("bad", ["nan", "inf", "-1.5"])
def test_cbp_drugs_rejects_non_finite_and_negative_weights(tmp_path, bad):
    row = f"2025,JAN,U.S. Border Patrol,Southwest Border,Land Only,YUMA SECTOR,Fentanyl,2,{bad}\n"
    with pytest.raises(SeriesError) as info:
        cbp.load_drugs(write(tmp_path, DRUG_HEADER + row))
    assert info.value.code == "DW401" and "line 2" in info.value.message


def test_cbp_missing_file_is_dw105(tmp_path):
    with pytest.raises(Exception) as info:
        cbp.load_encounters(tmp_path / "nope.csv")
    assert "DW105" in str(info.value)


def test_cbp_real_encounters_file_matches_published_checks():
    ds = cbp.load_encounters(shared_path("data", "cbp", "sbo-encounters-fy22-fy25-aug.csv"))
    usbp = ds.series("u", "m", "people", "Encounter Count", {"Component": {"U.S. Border Patrol"}})
    assert len(ds.rows) == 1936 and (ds.first, ds.last) == ("2021-10", "2025-08")
    assert usbp.observations["2024-06"] == 83532 and usbp.observations["2025-06"] == 6068


def test_cbp_real_truncated_copy_is_refused(tmp_path):
    data = shared_path("data", "cbp", "nationwide-drugs-fy23-fy26-dec.csv").read_bytes()
    cut = tmp_path / "drugs-cut.csv"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(SeriesError) as info:
        cbp.load_drugs(cut)
    assert info.value.code == "DW401" and "drugs-cut.csv" in info.value.message
