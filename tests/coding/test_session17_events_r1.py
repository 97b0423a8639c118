"""Events pass (session 17, round 1): sides in wire-news sentence shapes.

- A country adjective on a site struck or a thing acted on names whose it is; "in" only says where it stands
  ("shelled a Turkish military post in Idlib" is aimed at Turkey, not Syria).
- Troops or police named by no country, ordered to act by a state's leader, court or government, are its own: the
  act ordered is the event, by that state, and no demand is made of another side.
- Sanctions a side "faces" or "draws" are aimed at it, as criticism it faces already was.
- A mutual act told by a passive light verb with no agent ("India-Pakistan talks were held") is held by the two
  sides its hyphenated pair names; what talks are "on" is their topic, not a side.
- One expelled or deported "from" a country, with no agent named, is expelled by that country.
- "The American and Chinese defence chiefs": coordinated country adjectives each name a side.
- Sides listed as the subject of a mutual act meet each other, not an uncoded place ("met at Camp David").

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries, main_coded_countries

pytestmark = pytest.mark.slow

_events = coded_countries
_main = main_coded_countries


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Syrian forces shelled a Turkish military post in Idlib province on Monday.", ("194", "SYR", "TUR")),
        ("The president authorized the military to strike Iranian targets in Iraq.", ("190", "MIL", "IRN")),
        ("American jets hit Russian positions in Syria on Sunday.", ("195", "USA", "RUS")),
    ],
)
def test_owner_of_site_struck_is_the_target(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


def test_weapon_adjective_is_still_only_its_make(analyzer) -> None:
    main = _main(analyzer, "Russia fired Iranian missiles at Ukraine on Friday.")
    assert main is not None and main[1:] == ("RUS", "UKR")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The Syrian president ordered troops to open fire on protesters in Deraa.", ("175", "SYR", "SYR")),
        ("A Turkish court ordered police to detain 20 journalists.", ("173", "TUR", "TUR")),
    ],
)
def test_order_to_unnamed_forces_is_the_act(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple
    assert all(code[:2] != "10" for code, _, _ in _events(analyzer, text))


def test_order_to_named_organ_stays_a_demand(analyzer) -> None:
    main = _main(analyzer, "Trump directed the Pentagon to target drug cartels.")
    assert main is not None and main[0] == "100"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Chinese tech firms face new American sanctions over their support for Russia.", ("163", "USA", "CHN")),
        ("Iran faces fresh sanctions from the European Union.", ("163", "IGO", "IRN")),
    ],
)
def test_sanctions_faced_are_aimed_at_the_subject(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        ("India-Pakistan talks on the water treaty were held in Delhi on Wednesday.", "046", {"IND", "PAK"}),
        ("Russian-Turkish consultations on Syria were held in Ankara on Wednesday.", "040", {"RUS", "TUR"}),
    ],
)
def test_hyphen_pair_holds_passive_talks(analyzer, text: str, code: str, pair: set) -> None:
    events = _events(analyzer, text)
    assert {(s, t) for c, s, t in events if c == code} == {tuple(sorted(pair)), tuple(sorted(pair, reverse=True))}


def test_expelled_from_a_country_by_it(analyzer) -> None:
    assert _main(analyzer, "Estonia's ambassador was expelled from Russia on Monday.")[1:] == ("RUS", "EST")
    assert _main(analyzer, "Two Mexicans were deported from the United States on Friday.") == ("174", "USA", "MEX")


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        # session 18 r2: met in a country neither side is, a meeting at a third location (CAMEO 044)
        ("The American and Chinese defence chiefs met in Singapore on Saturday.", "044", ("USA", "CHN")),
        ("A meeting between the American and Chinese defence chiefs took place in Singapore.", "040", ("USA", "CHN")),
    ],
)
def test_coordinated_adjectives_name_two_sides(analyzer, text: str, code: str, pair: tuple) -> None:
    assert _main(analyzer, text) == (code, *pair)


def test_listed_sides_meet_each_other_not_the_place(analyzer) -> None:
    text = "Leaders of the United States, Japan and South Korea met at Camp David on Friday."
    pairs = {(s, t) for c, s, t in _events(analyzer, text) if c == "040"}
    assert pairs == {(a, b) for a in ("USA", "JPN", "KOR") for b in ("USA", "JPN", "KOR") if a != b}
