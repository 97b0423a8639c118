"""Lexicon mechanics (session 19, round 3, lexmech): what a row could not say, from sentences written fresh in the
plain style of wire news (not taken from any gold set or annotated story), before the coder was run on them.

- "asked its allies for arms": the thing asked "for" is read wherever the parser hangs "for" (on the addressee too),
  and each item of a list asked for counts.
- `cmp:` reads an infinitive under the object as its complement: "accepted an offer by Qatar to mediate" (038),
  "turned down an offer to mediate" (126); an offer to host talks stays a meeting accepted (036).
- A support verb ("made an appeal for", "issued a call for", "renewed its appeal for") utters the act its noun names:
  the noun's own verb rows decide the code where they name what is asked for.
- "let X go", "set X free": the small clause's bare predicate is a word of the phrase (0841; asked 0253).
- A span of time given for an act ("gave Iran until Friday to comply", "gave the junta a week to") is an ultimatum.
- Joint drills begun or conducted are military cooperation (062), as held ones were; a joint venture stays 060.
- Carried-on acts only where asked, offered or refused: what officials said they had done is not carried; a person's
  own trucks let through are no humanitarian access.
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # "for" hung on the addressee, and lists asked for
        (
            "Ukraine appealed to its Western partners for more intelligence on Russian troop movements.",
            "0214",
            "UKR",
            None,
        ),
        ("Mali's military rulers asked Moscow for helicopters and ammunition.", "0232", "MLI", "RUS"),
        ("Armenia asked its allies for weapons to defend its border with Azerbaijan.", "0232", "ARM", None),
        # offers to mediate
        ("Sudan accepted an offer by Qatar to mediate between the army and the rebels.", "038", "SDN", "QAT"),
        ("Ethiopia turned down an Egyptian offer to mediate in the border dispute.", "126", "ETH", "EGY"),
        ("Azerbaijan agreed to a Russian proposal to mediate talks with Armenia.", "038", "AZE", "RUS"),
        ("Colombia accepted Cuba's offer to host peace negotiations with the rebels.", "036", "COL", "CUB"),
        # support verbs
        ("The U.N. Security Council made an appeal for an end to the fighting in Sudan.", "0256", None, None),
        ("Pope Francis issued a call for a ceasefire in Gaza.", "0256", None, None),
        ("The African Union renewed its appeal for a halt to the fighting in eastern Congo.", "0256", None, None),
        ("The World Food Programme issued an appeal for food aid for Afghanistan.", "0233", None, None),
        ("The minister made an appeal to voters on Sunday.", "020", None, None),
        ("Taiwan sent a request to Washington for more air defense missiles.", "0232", "TWN", "USA"),
        ("Ukraine submitted a request to Germany for more tanks.", "0232", "UKR", "DEU"),
        # let go, set free
        ("Iran set two French citizens free after months in prison.", "0841", "IRN", None),
        ("Venezuela let two American prisoners go in a swap.", "0841", "VEN", None),
        ("Germany urged Turkey to let the jailed reporter go.", "0253", "DEU", "TUR"),
        ("Britain called on Iran to set the jailed aid worker free.", "0253", "GBR", "IRN"),
        # deadlines
        ("Washington gave the Taliban until Friday to hand over the suspects.", "139", "USA", None),
        ("Israel gave Gaza residents 24 hours to leave the north.", "139", "ISR", None),
        ("Britain gave Russia until midnight to explain the poisoning.", "139", "GBR", "RUS"),
        ("Moscow set a deadline for the West to respond to its security demands.", "139", "RUS", None),
        # joint drills
        ("India and the United States started joint military exercises in the Himalayas.", "062", "IND", "USA"),
        ("Russia and Belarus launched joint military exercises near the Polish border.", "062", "RUS", "BLR"),
        ("The two firms launched a joint venture in Vietnam.", "060", None, None),
        # access for aid stays
        ("Israel let aid trucks pass into Gaza through the Kerem Shalom crossing.", "0863", "ISR", None),
    ],
)
def test_lexmech_r3(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Officials said they had strengthened inspections and treatment of animals at the farms.", "09"),
        ("The company said it had increased inspections of its factories.", "09"),
        ("A farmer pays a cartel to let his trucks pass the checkpoint.", "086"),
        ("Japan gave the Philippines ten patrol boats to guard its coast.", "139"),
        ("The company gave its workers two days off to celebrate the holiday.", "139"),
        ("The coach let the players go home early.", "0"),
        ("The company let its employees go early on Friday.", "084"),
    ],
)
def test_lexmech_r3_not(analyzer, text, forbidden):
    check_not_coded(analyzer, text, forbidden)
