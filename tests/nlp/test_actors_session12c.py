"""Actors of session 12, third round: the target of a domestic act and bodies named inside a longer phrase. A bare
"the government" (or "the regime", "the president") in a sentence whose placed actors are all of one country, one
of them that country's own group (opposition, unions, students, judges, clergy, rights groups), is that country's;
a country at the start of a compound chain ("Cambodian riot police", "Montenegro Municipality Association
officials") is the whole phrase's; "Jewish settlers" are Israel's. Beside them are the readings that must not
resolve to the actor's own country: a second state in the sentence, foreigners, migrants and tourists, rebels
across a border, groups in exile."""

from __future__ import annotations

import pytest
from dwtest import event_rows, has_event, has_side

pytestmark = pytest.mark.slow

# (text, trigger word, source code prefix, target code prefix): the sides a reader gives the act
RESOLVED = [
    # a state acting on a body or group of its own country, one state in the sentence
    ("Belarusian authorities detained dozens of opposition activists on Sunday.", "detained", "BLR", "BLR"),
    ("Iran's government arrested several dissidents on Monday.", "arrested", "IRN", "IRN"),
    ("The Kenyan government warned striking doctors to return to work.", "warned", "KEN", "KEN"),
    ("Pakistan's prime minister accused the opposition of plotting against the state.", "accused", "PAK", "PAK"),
    ("The Turkish president threatened the unions with mass arrests.", "threatened", "TUR", "TUR"),
    ("Hong Kong police fired tear gas at students outside the legislature.", "fired", "HKG", "HKG"),
    ("The Thai prime minister met student leaders on Tuesday.", "met", "THA", "THA"),
    ("The Bolivian government accused the strikers of sabotage.", "accused", "BOL", "BOL"),
    ("Cambodian riot police beat protesters with batons.", "beat", "KHM", "KHM"),
    ("The Ugandan army arrested opposition supporters in Kampala.", "arrested", "UGA", "UGA"),
    ("Algeria's president pardoned thousands of prisoners.", "pardoned", "DZA", "DZA"),
    ("The Georgian government criticized the protesters for blocking roads.", "criticized", "GEO", "GEO"),
    ("Serbian police detained students during the protests.", "detained", "SRB", "SRB"),
    ("The Tunisian president dissolved parliament on Sunday.", "dissolved", "TUN", "TUN"),
    # a country's own groups acting on a bare "the government"
    ("The leader of the main opposition party in Kenya accused the government of fraud.", "accused", "KEN", "KEN"),
    ("Kenyan opposition leaders accused the government of fraud.", "accused", "KEN", "KEN"),
    ("Nigerian unions threatened a strike against the government.", "threatened", "NGA", "NGA"),
    ("The Indian Supreme Court ordered the government to release the data.", "ordered", "IND", "IND"),
    # in a story about one state
    (
        "Protests spread across Serbia on Sunday. The government accused the opposition of inciting violence.",
        "accused",
        "SRB",
        "SRB",
    ),
    (
        "Thousands marched in Caracas on Saturday. Venezuelan police fired tear gas at the demonstrators.",
        "fired",
        "VEN",
        "VEN",
    ),
    (
        "Bangladesh has been rocked by unrest for weeks. The government met student leaders on Monday.",
        "met",
        "BGD",
        "BGD",
    ),
    # actors named inside a longer phrase
    ("A spokesman for the foreign ministry of Peru criticized Chile.", "criticized", "PER", "CHL"),
    ("Officials of the Palestinian administration accused Israel of stalling.", "accused", "PSE", "ISR"),
    ("The head of the election commission of Nigeria rejected the complaint.", "rejected", "NGA", None),
    ("A senior official of the ruling party in Zambia met Chinese envoys.", "met", "ZMB", "CHN"),
    ("The chairman of the national assembly of Vietnam visited Laos.", "visited", "VNM", "LAO"),
    ("A spokeswoman for the interior ministry of Ukraine accused Russia of shelling Kharkiv.", "accused", "UKR", "RUS"),
    ("Members of the ruling party of Rwanda praised Uganda.", "praised", "RWA", "UGA"),
    # a country at the start of a body's name no dictionary knows; settlers
    ("Montenegro Municipality Association officials criticized the government.", "criticized", "MNE", "MNE"),
    ("Ghana Teachers Association officials criticized the education ministry.", "criticized", "GHA", "GHA"),
    ("Kenyan riot police fired tear gas at protesters.", "fired", "KEN", "KEN"),
    ("Jewish settlers in the West Bank attacked Palestinian farmers.", "attacked", "ISR", "PSE"),
]

# (text, trigger word, side, code): "source" -> no such row's source has the code; "target" -> no such row has
# the code on both sides (the domestic reading)
UNRESOLVED = [
    ("The Chinese government criticized the opposition in Taiwan.", "criticized", "target", "CHN"),
    ("Russian authorities expelled foreign journalists.", "expelled", "target", "RUS"),
    ("Greek coast guards turned back migrants at sea.", "turned", "target", "GRC"),
    ("Kenya's government welcomed refugees from Somalia.", "welcomed", "target", "KEN"),
    ("Ugandan troops attacked rebels in Congo.", "attacked", "target", "UGA"),
    ("Thai soldiers fired on rebels across the border in Myanmar.", "fired", "target", "THA"),
    ("Indian police arrested tourists from Israel.", "arrested", "target", "IND"),
    ("The French government met student leaders from Algeria.", "met", "target", "FRA"),
    ("Turkish warplanes bombed Kurdish rebels in northern Iraq.", "bombed", "target", "TUR"),
    ("Polish border guards detained migrants crossing from Belarus.", "detained", "target", "POL"),
    ("The Israeli army arrested Palestinian students in Hebron.", "arrested", "target", "ISR"),
    ("The U.S. State Department criticized Iran for jailing dissidents.", "criticized", "target", "USA"),
    ("The envoy of Norway to Sri Lanka met rebel leaders.", "met", "source", "LKA"),
    # a group in exile, or a second country in the sentence, leaves "the government" unplaced
    ("Exiled Iranian dissidents accused the regime of torture.", "accused", "target", "IRN"),
    ("Iranian opposition leaders in exile accused the government of torture.", "accused", "target", "IRN"),
    ("Chinese students in Australia criticized the government.", "criticized", "target", "CHN"),
]


@pytest.mark.parametrize(("text", "word", "source", "target"), RESOLVED)
def test_sides_a_reader_places(analyzer, text, word, source, target):
    rows = event_rows(analyzer, text, "cameo")
    assert has_event(rows, word, source, target), rows


@pytest.mark.parametrize(("text", "word", "side", "code"), UNRESOLVED)
def test_sides_that_stay_unplaced(analyzer, text, word, side, code):
    rows = event_rows(analyzer, text, "cameo")
    if side == "source":
        assert not has_side(rows, word, "source", code), rows
    else:
        assert not any(
            word in r[1] and (r[0] or "").startswith(code) and (r[2] or "").startswith(code) for r in rows
        ), rows
