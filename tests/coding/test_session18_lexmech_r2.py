"""Lexicon mechanics (session 18, round 2, lexmech): what a verbs.tsv row can see, from sentences written fresh in the
plain style of wire news (not taken from any gold set or annotated story), before the coder was run on them.

- `cmp:a|b` asks of the row's object its own complement, the noun it governs by of/to/for/on/into/against: "demanded
  the lifting of sanctions" is 1054 where "demanded the lifting of the curfew" is not; a request "for missiles"
  rejected is 1222; access "to news sites" blocked is 1721.
- A second `obj:` list is a second requirement on the same objects: cooperation that is military (0212, 0312), aid
  that is military, economic or humanitarian (07x, announced 033x).
- A "no event" row that ties a coded row wins the tie unless it matched only a word of the object's proper name:
  "launched a lunar probe" and "broke off merger talks" are no events; "withdrew from the Open Skies Treaty" stays 160.
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

from dyadwatch.coding import lexicon
from dyadwatch.errors import DyadwatchError

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Iran demanded the lifting of U.S. sanctions on its oil sector.", "1054", "IRN", "USA"),
        ("Cuba again demanded the removal of the U.S. trade embargo.", "1054", "CUB", "USA"),
        ("Brazil called for an end to the U.S. embargo on Cuba.", "0254", "BRA", None),
        ("The United States rejected calls for an end to the embargo on Cuba.", "1244", "USA", None),
        ("Lebanon demanded an end to Israeli air strikes on its south.", "1056", "LBN", "ISR"),
        ("Germany rejected Ukraine's request for long-range missiles.", "1222", "DEU", "UKR"),
        ("The United States turned down Kyiv's request for F-16 fighter jets.", "1222", "USA", "UKR"),
        ("Germany rejected Greece's call for debt relief.", "1221", "DEU", "GRC"),
        ("The president rejected calls for his resignation.", "1231", None, None),
        ("Iran rejected French demands for the release of a jailed academic.", "1243", "IRN", "FRA"),
        ("Russia blocked access to independent news sites.", "1721", "RUS", None),
        ("Poland appealed to the United States for closer military cooperation.", "0212", "POL", "USA"),
        ("Japan pledged closer defense cooperation with the Philippines.", "0312", "JPN", "PHL"),
        ("The United States sent $1 billion in military aid to Ukraine.", "072", "USA", "UKR"),
        ("Japan provided Kenya with $200 million in development aid.", "071", "JPN", "KEN"),
        ("The United States announced $100 million in humanitarian aid for Sudan.", "0333", "USA", "SDN"),
        ("India handed over 17 Bangladeshi fishermen to Bangladesh.", "0841", "IND", "BGD"),
        ("Gunmen sexually assaulted girls in the camp.", "1821", None, None),
        ("The United States called for respect for the rights of Uighurs in China.", "0243", "USA", None),
        # the parser reads "calls" as a verb under the rejection: what it asks for still codes it
        ("Russia rejected U.N. calls for a ceasefire in Ukraine.", "1246", "RUS", None),
        ("Israel rejected demands for a halt to its military campaign in Gaza.", "1246", "ISR", None),
        ("Pakistan blocked access to X after the election.", "1721", "PAK", None),
        ("Haiti asked the United States for humanitarian assistance after the earthquake.", "0233", "HTI", "USA"),
        ("The World Bank announced $6 billion in financial support for Egypt.", "0331", None, "EGY"),
        # the small model hangs the object's "from" on the verb
        ("The United States granted Venezuela relief from oil sanctions.", "085", "USA", "VEN"),
        ("Mali granted U.N. peacekeepers access to the north.", "0861", "MLI", None),
    ],
)
def test_complement_and_second_object(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # the same heads with another complement, or none
        ("Iran demanded new sanctions on Israel.", "1054"),
        ("The opposition demanded the lifting of the curfew.", "1054"),
        ("Germany rejected Ukraine's request for talks.", "122"),
        ("Protesters blocked access to the parliament building.", "1721"),
        ("Poland appealed to the United States for more military aid.", "0212"),
        ("The United States granted Venezuela a loan from its reserve fund.", "085"),
        # "no event" rows that win a tie with a coded row
        ("India launched a lunar probe on Friday.", "0"),
        ("Honda and Nissan broke off merger talks.", "0"),
    ],
)
def test_not_that_reading(analyzer, text, forbidden):
    check_not_coded(analyzer, text, forbidden)


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # a coded row keeps a tie with a "no event" row that matched only a word of the object's name
        ("Russia withdrew from the Open Skies Treaty.", "160", "RUS", None),
        ("Britain launched an investigation into the collapse of the bank.", "090", "GBR", None),
        ("Honda and Nissan broke off talks with the union.", "164", None, None),
    ],
)
def test_coded_reading_kept(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)


def test_row_format():
    row = lexicon.parse_pattern("1054", "V", "demand obj:lifting|end cmp:@sanctions", 1, "t")
    assert row.objects == {"lifting", "end"} and "embargo" in row.complement
    two = lexicon.parse_pattern("0212", "V", "appeal for obj:@cooperation obj:military", 1, "t")
    assert two.also == (frozenset({"military"}),)
    # more requirements are more specific: each obj: list and the cmp: list count as an object does
    assert row.specificity == 4 and two.specificity == 5
    with pytest.raises(DyadwatchError):
        lexicon.parse_pattern("1054", "V", "demand cmp:sanction", 1, "t")  # a complement needs an object
    with pytest.raises(DyadwatchError):
        lexicon.parse_pattern("1054", "V", "demand obj:end cmp:a cmp:b", 1, "t")
