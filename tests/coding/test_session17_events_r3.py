"""Events pass (session 17, round 3): breadth of wire-news shapes.

- A subject set off from its verb by an apposition, a relative clause or an aside ("Egypt's president, Abdel Fattah
  al-Sisi, offered ...") keeps its verb, which the parser hangs on the subject noun as a modifier.
- A state's attack threatened or vowed is a threat of conventional attack (1384), not of mass violence (1383).
- On an armed act named as a thing ("Israeli incursions into Quneitra"), the country adjective names the doer; the
  place in its phrase is only where it happened. Likewise a "by" phrase after such an act noun ("the shelling of
  Kharkiv by Russian forces") names the doer even where the parser hangs it on the verb of words.
- A pact or alliance named with a hyphenated pair and no verb that makes it is a standing bond, no act.
- A withdrawal ordered with the particle "out" ("ordered Israeli troops out of the zone") is a demand (1056) when
  the forces are another's and the place is not the orderer's own, an expulsion (166) off its own soil ("ordered US
  troops out", "out of the country"), and no demand when they are the commander's own forces.
- A weapon that damages something strikes it; "across"/"throughout" a country places what was hit in it.
- Money invested "in" a country, or in its sector, goes to that country; what is sold "in" one is in its market.
- "would not comment", "made no comment" are a declined comment (011).
- A phrase after a list of objects ("fired missiles and drones at Ukraine") goes with the verb.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import main_coded_countries

pytestmark = pytest.mark.slow

_main = main_coded_countries


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Egypt's president, Abdel Fattah al-Sisi, criticized Israel over the raid.", ("111", "EGY", "ISR")),
        (
            "South Korea's new president, who took office last month, offered to meet North Korean leader Kim Jong Un.",
            ("036", "KOR", "PRK"),
        ),
        ("Turkey's foreign minister, Hakan Fidan, offered to mediate between Moscow and Kyiv.", ("039", "TUR", "RUS")),
    ],
)
def test_interrupted_subject_keeps_its_verb(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russia vowed to attack Poland if NATO troops were deployed there.", ("1384", "RUS", "POL")),
        ("North Korea warned it would attack South Korea if provoked.", ("1384", "PRK", "KOR")),
    ],
)
def test_state_attack_threatened_is_conventional(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


def test_armed_group_attack_threatened_stays_unconventional(analyzer) -> None:
    assert _main(analyzer, "Al-Shabaab vowed to attack Kenya again.")[0] == "1383"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Damascus criticized Israeli incursions into the southern province of Quneitra.", ("111", "SYR", "ISR")),
        ("Syria protested the occupation of its northern territory by Turkish troops.", ("114", "SYR", "TUR")),
        ("Georgia criticized the detention of its citizens by Russian border guards.", ("111", "GEO", "RUS")),
    ],
)
def test_doer_of_an_armed_act_named_as_a_thing(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


def test_standing_pact_is_no_act(analyzer) -> None:
    assert _main(analyzer, "Beijing described the Sino-Russian pact as a pillar of world stability.") is None
    assert _main(analyzer, "The China-Russia pact was signed in Moscow on Monday.") == ("057", "CHN", "RUS")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Egypt ordered Israeli troops out of the Gaza buffer zone.", ("1056", "EGY", "ISR")),
        ("Mali ordered French soldiers to leave within six months.", ("166", "MLI", "FRA")),
        ("Niger ordered US troops out.", ("166", "NER", "USA")),
        ("Turkey ordered Russian troops out of northern Syria.", ("1056", "TUR", "RUS")),
    ],
)
def test_forces_ordered_out(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


def test_own_forces_ordered_out_demand_nothing(analyzer) -> None:
    assert (_main(analyzer, "Russia ordered its troops out of Kherson.") or ("",))[0] != "1056"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russian drones damaged a Ukrainian power plant overnight.", ("195", "RUS", "UKR")),
        ("Russian drones hit power stations across Ukraine.", ("195", "RUS", "UKR")),
        ("Russia fired 40 missiles and 200 drones at Ukraine overnight.", ("194", "RUS", "UKR")),
    ],
)
def test_weapons_and_where_they_hit(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The UAE invested $35 billion in Egypt's coastal development.", ("061", "ARE", "EGY")),
        ("Japanese firms invested $2 billion in Vietnam last year.", ("061", "JPN", "VNM")),
    ],
)
def test_invested_in_a_country(analyzer, text: str, triple: tuple) -> None:
    assert _main(analyzer, text) == triple


@pytest.mark.parametrize(
    "text",
    [
        "If the cars do not sell in the United States, the parts do not move.",
        "Few Brazilian cars are sold in Japan today.",
    ],
)
def test_sold_in_a_country_names_a_market(analyzer, text: str) -> None:
    """Only money is put "in" a partner: what is sold "in" a country is sold in its market (review of the demo)."""
    main = _main(analyzer, text)
    assert main is None or main[2] not in {"USA", "JPN"}


@pytest.mark.parametrize(
    "text",
    [
        "A British foreign office spokesman would not comment on the report.",
        "The German government made no comment on the report.",
    ],
)
def test_declined_comment(analyzer, text: str) -> None:
    assert _main(analyzer, text)[0] == "011"
