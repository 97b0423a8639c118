"""Actors pass (session 17, round 2): sides named the ways wire news names them.

- A hyphenated pair the tokenizer keeps whole is a pair of sides also when one or both halves are demonyms ("U.S.-
  Russian talks", "U.S.-Chinese talks"); on a person ("a British-Iranian dual national", "an Iranian-American
  journalist") two demonyms still give one person two nationalities, not two sides.
- Latin and Greek combining forms of a state's name ("Sino-", "Franco-", "Russo-", "Anglo-", "Indo-") name that
  state when a hyphen joins them to another state's name or demonym ("Sino-Indian clashes"); never alone
  ("Indo-Pacific", the surname "Franco").
- The nationality of plain people a group is named for by a possessive is the group's ("Iranian women's rights
  activists", "Egyptian workers' unions"); not so the victims of a force ("Russian soldiers' victims").
- A bare "the government", "the president", "the army", "the police" or "the court" beside a figure of one country's
  own politics who holds no national post now (a former official, a governor, a mayor) is that country's: such a
  figure speaks of their own ("Egypt's former president criticized the army"). A force or a court is so placed
  only beside such a figure, never beside protesters or opposition alone ("Palestinian protesters clashed with the
  army" says nothing of whose army).
- An envoy or rapporteur named for one country ("the UN envoy for Yemen", "the special rapporteur on Myanmar") deals
  with that country's sides: a bare "the government", "the junta" or "the gangs" in the sentence is that country's,
  unless another state is named there.
- What happens "on" an island or peninsula happens there, as "in" a province ("on Jolo island").
- Facts: "GOP" is the U.S. Republican Party; "Social Democrats", "Christian Democrats", "Liberal Democrats" and the
  like are many states' parties, never the U.S. Democrats.

The sentences are written for this test (not taken from any gold set or annotated story).
"""

from __future__ import annotations

import pytest
from dwtest import coded_countries

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("U.S.-Russian talks on prisoner swaps resumed in Geneva on Monday.", ("040", "USA", "RUS")),
        ("U.S.-Chinese talks on trade resumed in Stockholm on Tuesday.", ("040", "USA", "CHN")),
        ("Sino-Indian clashes on the border killed 20 soldiers.", ("190", "CHN", "IND")),
        ("Russo-Ukrainian negotiations on grain exports resumed in Istanbul.", ("046", "RUS", "UKR")),
        ("The Anglo-Irish agreement was signed in 1985.", ("057", "GBR", "IRL")),
        ("Iranian women's rights activists criticized the government.", ("111", "IRN", None)),
        ("Egyptian workers' unions criticized the government over price rises.", ("111", "EGY", None)),
        ("Afghan women's rights campaigners criticized the Taliban government.", ("111", "AFG", "AFG")),
        ("GOP lawmakers criticized Mexico over fentanyl trafficking.", ("111", "USA", "MEX")),
        ("Egypt's former president criticized the army.", ("111", "EGY", "EGY")),
        ("Kenya's former deputy president criticized the president.", ("111", "KEN", "KEN")),
        ("The governor of Belgorod criticized the defense ministry.", ("111", "RUS", "RUS")),
        ("The mayor of Davao criticized the president over the arrest.", ("111", "PHL", "PHL")),
        ("Police arrested 12 fishermen on Sumatra island.", ("173", "IDN", "IDN")),
        ("The UN special rapporteur on Myanmar criticized the junta.", ("111", "IGO", "MMR")),
        ("The UN envoy to Haiti criticized the gangs.", ("111", "IGO", "HTI")),
    ],
)
def test_sides_named_as_news_names_them(analyzer, text, triple):
    code, source, target = triple
    found = coded_countries(analyzer, text)
    assert any(c == code and s == source and (target is None or t == target) for c, s, t in found), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # two nationalities of one person: the person is no pair of sides, so no U.S. source appears
        ("An Iranian-American journalist criticized China.", "IRN"),
        # a combining form alone names no state: the Indo-Pacific is a region, not India
        ("China criticized the Indo-Pacific strategy of the United States.", "IND"),
        # the victims of a force are not of its nationality
        ("Russian soldiers' victims criticized Moscow.", "RUS"),
        # a party of Germany or Sweden, not the U.S. Democrats
        ("Social Democrats criticized the chancellor's budget.", "USA"),
    ],
)
def test_no_side_from_a_word_that_names_none(analyzer, text, absent):
    found = coded_countries(analyzer, text)
    assert found and not any(s == absent for _, s, _ in found), found


def test_protesters_do_not_place_the_army(analyzer):
    found = coded_countries(analyzer, "Palestinian protesters clashed with the army.")
    assert found and not any(s == "PSE" and t == "PSE" for _, s, t in found), found


def test_envoy_leaves_a_named_state_alone(analyzer):
    found = coded_countries(analyzer, "The UN envoy for Syria criticized the Turkish government.")
    assert any(t == "TUR" for _, _, t in found) and not any(t == "SYR" for _, _, t in found), found
