"""Actors pass (session 18, round 3): a post named again by another word, a body by the noun its name stood on,
a surname by the person the article named in full.

- "India's prime minister ... the premier", "China's ambassador ... the envoy", "the Dutch king ... the monarch",
  "Ethiopia's army chief ... the general", "South Africa's foreign minister ... the top diplomat": a bare title
  that news uses for the post just named is its holder (TITLE_SYNONYMS), a dictionary person or a body; a rank
  word ("deputy foreign minister") makes another office, and two holders leave it unlinked.
- "Ukraine's SBU security service ... the service": a named body the text calls a service or agency right after
  its name is "the service", "the agency" after it.
- "Irish Foreign Minister Simon Harris ... Harris": a bare surname is the person named in full before it, not a
  listed person of that surname.
- Soldiers an armed group outside a state's forces kills, attacks or ambushes in a country are that country's
  ("Boko Haram fighters killed 12 soldiers in northeast Nigeria"): the group is no state doer, even when a demonym
  or its dictionary row gives it a country.
- "Qatar's Al Jazeera network ... the broadcaster", "the Arab League ... the league".
- "Russia's TASS news agency", read both as the country's agency and as the named agency, is one side, not two.
- Rows: "Araqchi" (a common spelling of Iran's foreign minister), "the Kurdish regional government", "King Felipe".

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import code_pairs, make_article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # another word for the post just named
        ("India's prime minister addressed parliament on Tuesday. The premier criticized Pakistan.", ("INDGOV", "PAK")),
        (
            "China's ambassador to the United Nations spoke on Monday. The envoy criticized the United States.",
            ("CHNGOV", "USA"),
        ),
        ("Russia's ambassador in London spoke to the BBC. The envoy criticized Britain.", ("RUSGOV", "GBR")),
        (
            "Ethiopia's army chief spoke on state television. The general accused Eritrea of backing rebels.",
            ("ETHMIL", "ERI"),
        ),
        (
            "Israel's military chief toured the north. The commander accused Lebanon of failing to act.",
            ("ISRMIL", "LBN"),
        ),
        (
            "The Dutch king opened the new bridge on Thursday. The monarch praised Belgium for its help.",
            ("NLDGOV", "BEL"),
        ),
        (
            "South Africa's foreign minister spoke in Pretoria. The top diplomat criticized Israel over Gaza.",
            ("ZAFGOV", "ISR"),
        ),
        ("India's high commissioner to Canada spoke in Ottawa. The diplomat criticized Canada.", ("INDGOV", "CAN")),
        # the same for a listed person
        (
            "U.S. Secretary of State Marco Rubio spoke in Washington. The top diplomat criticized China.",
            ("USAGOV", "CHN"),
        ),
        ("Jordan's King Abdullah spoke in Amman. The monarch criticized Israel.", ("JORGOV", "ISR")),
        # a body the text calls a service right after its name
        (
            "Ukraine's SBU security service said it foiled a plot. The service accused Russia of recruiting teenagers.",
            ("UKRSPY", "RUS"),
        ),
        (
            "Russia's FSB security service said it detained a saboteur. The service accused Ukraine of plotting.",
            ("RUSSPY", "UKR"),
        ),
        # a station named again by its kind, a league of states
        (
            "Qatar's Al Jazeera network said its reporter was killed. The broadcaster criticized Israel.",
            ("QATMED", "ISR"),
        ),
        ("The Arab League met in Cairo. The league criticized Israel.", ("IGOARL", "ISR")),
        # rows
        ("Spain's King Felipe spoke in Madrid. The monarch praised Morocco.", ("ESPGOV", "MAR")),
        (
            "Iran's Foreign Minister Abbas Araqchi spoke in Tehran. Araqchi accused Israel of war crimes.",
            ("IRNGOV", "ISR"),
        ),
        ("The Kurdish regional government criticized Turkey.", ("IRQGOV", "TUR")),
    ],
)
def test_sides_named_again(analyzer, text, pair):
    source, target = pair
    pairs = code_pairs(analyzer, text)
    assert any(s == source and (target is None or t == target) for s, t in pairs), pairs


def test_surname_of_the_person_named_in_full(analyzer):
    """A listed Harris is not the one the article named."""
    pairs = code_pairs(analyzer, "Irish Foreign Minister Simon Harris spoke in Dublin. Harris criticized Israel.")
    assert any(t == "ISR" and s and s.startswith("IRL") for s, t in pairs), pairs
    assert not any(s and s.startswith("USA") for s, _ in pairs), pairs


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a deputy is another office than the one "the top diplomat" names
        ("Iran's deputy foreign minister spoke in Tehran. The top diplomat criticized Israel.", ("IRNGOV", "ISR")),
        # two army heads: which one is "the general" the text does not say
        ("Thailand's army chief met Cambodia's army chief. The general accused Laos of smuggling.", ("THAMIL", "LAO")),
        ("Thailand's army chief met Cambodia's army chief. The general accused Laos of smuggling.", ("KHMMIL", "LAO")),
        # another sector: a foreign minister is no general
        (
            "Sudan's foreign minister spoke in Port Sudan. The general accused the UAE of arming rebels.",
            ("SDNGOV", "ARE"),
        ),
    ],
)
def test_no_link_where_the_post_differs(analyzer, text, wrong):
    pairs = code_pairs(analyzer, text)
    assert wrong not in pairs, pairs


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Boko Haram fighters killed 12 soldiers in northeast Nigeria.", "NGAMIL"),
        ("Islamist militants ambushed soldiers in western Niger.", "NERMIL"),
        ("PKK militants killed two soldiers in southeastern Turkey.", "TURMIL"),
        ("Pakistani Taliban militants killed six soldiers in Khyber Pakhtunkhwa.", "PAKMIL"),
    ],
)
def test_soldiers_an_armed_group_fights_at_home(analyzer, text, target):
    pairs = code_pairs(analyzer, text)
    assert any(t == target for _, t in pairs), pairs


def test_one_phrase_is_one_side(analyzer):
    record = analyzer.analyze(make_article("Russia's TASS news agency criticized Estonia."))
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in record.events] == [
        ("RUSMED", "EST")
    ]
