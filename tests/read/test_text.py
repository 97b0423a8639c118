"""Plain-text reading: header, dateline, identity and the refusals of bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.errors import DyadwatchError
from dyadwatch.read.text import article_id, decode, normalise_url, parse_plain, split_byline


def test_text_header_and_dateline_are_read():
    art = parse_plain("date 2025-03-04 By Ana Ruiz The Guardian\nTIJUANA, Mexico – Border agents met on Tuesday.")
    assert art.date == dt.date(2025, 3, 4)
    assert art.author == "Ana Ruiz"
    assert art.publisher == "The Guardian"
    assert art.dateline == "TIJUANA, Mexico"
    assert art.text.startswith("TIJUANA")  # offsets keep pointing at what a reader sees


def test_text_without_header_keeps_every_line():
    art = parse_plain("Officials met.\nThey talked.")
    assert art.date is None and art.text == "Officials met.\nThey talked."
    assert art.dateline is None


def test_text_unknown_publisher_stays_in_author():
    assert split_byline("Jo Bloggs Riverside Gazette") == ("Jo Bloggs Riverside Gazette", None)


def test_text_identity_ignores_whitespace_and_tracking():
    assert article_id("A  b\nc") == article_id("A b c")
    assert normalise_url("HTTPS://Example.COM/a/?utm_source=x#top") == "https://example.com/a"
    assert article_id("x", "https://example.com/a/") == article_id("y", "https://example.com/a?utm_medium=m")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "DW101"),
        (b"  \n\t ", "DW101"),
        (bytes(range(256)) * 20, "DW102"),
        (b"\x00\x01\x02\x03" * 1000, "DW102"),
    ],
)
def test_text_bad_bytes_are_refused_with_a_code(data, code):
    with pytest.raises(DyadwatchError) as info:
        decode(data, "in.txt", 1_000_000)
    assert info.value.code == code
    assert "in.txt" in info.value.message


def test_text_huge_input_names_the_limit():
    with pytest.raises(DyadwatchError) as info:
        decode(b"a" * 2000, "big.txt", 1000)
    assert info.value.code == "DW104" and "1,000" in info.value.message


def test_text_legacy_encoding_is_detected():
    raw = "Le président a déclaré que la coopération était « essentielle » pour les deux pays.".encode("cp1252")
    assert "président" in decode(raw, "fr.txt", 10_000)


@pytest.mark.parametrize("encodings", [("utf-8", "cp1252"), ("cp1252", "utf-8"), ("utf-8", "cp1252", "cp1252")])
def test_text_mixed_utf8_and_windows_sentences_both_read_right(encodings):
    """Files glued from a UTF-8 and a Windows source: no mojibake, no refusal of the whole file."""
    part = "Le président a déclaré « nous sommes là » — São Paulo, Zürich. "
    raw = b"".join(part.encode(enc) for enc in encodings * 50)
    assert decode(raw, "mixed.txt", 10**6) == part * len(encodings) * 50


def test_text_legacy_file_with_a_lookalike_pair_stays_legacy():
    """A cp1252 file is not taken for UTF-8 because one pair of its bytes happens to be valid UTF-8."""
    text = "Le président a déclaré que la coopération était « essentielle ». " * 20 + "(Ã© is é in UTF-8.)"
    assert decode(text.encode("cp1252"), "cp.txt", 10**6) == text


def test_text_utf16_with_bom_is_decoded():
    raw = "Officials said the talks went well.".encode("utf-16")
    assert decode(raw, "u16.txt", 10_000) == "Officials said the talks went well."


def test_text_accented_dateline_is_recognised():
    art = parse_plain("CULIACÁN, México – Soldiers patrolled the city.")
    assert art.dateline == "CULIACÁN, México"


def test_text_header_only_is_empty():
    with pytest.raises(DyadwatchError) as info:
        parse_plain("date 2025-01-01 By A Writer Reuters\n\n", origin="hdr.txt")
    assert info.value.code == "DW101" and "hdr.txt" in info.value.message
