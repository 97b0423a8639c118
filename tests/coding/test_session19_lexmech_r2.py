"""Lexicon mechanics (session 19, round 2, lexmech): what a row could not say, from sentences written fresh in the
plain style of wire news (not taken from any gold set or annotated story), before the coder was run on them.

- A verb that only carries an act on ("keep up", "continue", "step up", "speed up", "extend": `lexicon.CARRY_ON`),
  asked for, promised or refused, is the act its object noun names by its own row: military cooperation kept up is
  asked for as 0212, arms deliveries sped up as 0232; a narrower noun row beats the verb's family row ("step up
  humanitarian aid": 0233, not 023).
- Stopping an armed act named by a noun or a gerund ("halted its air strikes", "stop firing") is de-escalation (087),
  so asking for it is 0256/1056; asking a side NOT to use force ("urged Israel not to launch an attack") is the same.
- The one let ("let girls attend school") is read as the object of "let", "allow" and "permit".
- `cmp:` reads a participle modifier as written ("an elected government") and a "to" the small model tags dative
  ("hand power to a civilian government").
- Rows: investigations named by the crime as a modifier (091, 092, 094); civilian rule restored or power handed to a
  civilian government (0834: asked 0244, demanded 1044, refused 1234); protests and strikes against or over a policy
  and demands for lower taxes or prices (1412, 1432, 1042); pay and wages stay a labour dispute (141, 143).
"""

from __future__ import annotations

import pytest
from dwtest import check_main_event, check_not_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # carried-on acts, asked for or promised
        ("Kabul urged the United States to keep up military cooperation.", "0212", "AFG", "USA"),
        ("Tokyo urged Washington to continue joint military exercises.", "0212", "JPN", "USA"),
        ("Poland asked the United States to speed up arms deliveries.", "0232", "POL", "USA"),
        ("Congo asked the United Nations to extend the peacekeeping mission.", "0234", "COD", None),
        ("The U.N. appealed to donors to step up humanitarian aid to Gaza.", "0233", None, None),
        # stopping force, and force not to be used
        ("Turkey urged Israel to stop its air strikes on Gaza.", "0256", "TUR", "ISR"),
        ("Germany urged Turkey to end its military incursion into Syria.", "0256", "DEU", "TUR"),
        ("Washington urged Israel not to launch an attack on Rafah.", "0256", "USA", "ISR"),
        ("Japan urged China not to use force in the Taiwan Strait.", "0256", "JPN", "CHN"),
        ("Washington urged the militia not to attack U.S. bases.", "0256", "USA", None),
        # letting
        ("The United Nations urged the Taliban to let girls attend secondary school.", "0243", None, "AFG"),
        ("The EU urged Belarus to allow independent media to operate freely.", "0243", None, "BLR"),
        # regime, policy
        ("The opposition demanded that the junta restore civilian rule.", "1044", None, None),
        ("Protesters demanded a return to civilian rule.", "1044", None, None),
        ("ECOWAS urged Mali's junta to hand power to an elected civilian government.", "0244", None, "MLI"),
        ("The military refused to hand power to a civilian government.", "1234", None, None),
        ("The European Commission urged Poland to reverse its judicial reforms.", "0242", None, "POL"),
        ("The IMF urged Egypt to abolish fuel subsidies.", "0242", None, "EGY"),
        # protests by purpose
        ("Nurses staged a strike over pension cuts.", "1432", None, None),
        ("Fishermen protested outside the ministry over new fishing quotas.", "1412", None, None),
        ("Students rallied against the tuition fee increase.", "1412", None, None),
        ("Crowds rallied in Khartoum demanding a return to civilian rule.", "1414", None, None),
        # investigations by kind
        ("The International Criminal Court opened a war crimes probe in Ukraine.", "094", None, None),
        ("The court launched a corruption probe into the former minister.", "091", None, None),
        ("U.N. investigators opened a human rights inquiry into the crackdown.", "092", None, None),
    ],
)
def test_carried_stopped_and_rows(analyzer, text, code, source, target):
    check_main_event(analyzer, text, code, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # "speed up" is no act by itself: only the act its object names is coded
        ("The company decided to speed up production at its plant.", "0"),
        # a labour strike stopped is no de-escalation of force
        ("Union leaders agreed to end the strike.", "087"),
        # an appeal not to do something other than force keeps no de-escalation code
        ("The EU urged Hungary not to veto the aid package.", "0256"),
    ],
)
def test_not_carried(analyzer, text, forbidden):
    check_not_coded(analyzer, text, forbidden)
