"""Rules that link a later phrase to an actor named earlier in the article.

News names an actor once and then refers back to it: by pronoun ("They"), by surname ("Biden"), by a bare title
("the prime minister"), by a description ("the Southeast Asian nation", "the insurgent group"), by "the former"
and "the latter", by "we" in a speaker's quote or "its" for an owner. Each rule here makes the same bet
(docs/dictionaries.md items 9 and 10): link only to the one earlier actor that fits, or to none, because a
wrong link puts an event on the wrong country while a missed one only loses it. They share the agreement tests
and the way a referring phrase is given its antecedent's code, so they live together, apart from the
dictionary matching in actors.py that finds the actors in the first place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache

from spacy.attrs import ORTH, TAG
from spacy.tokens import Doc, Span, Token

from dyadwatch.coding import dictionaries
from dyadwatch.coding.tsv import rows
from dyadwatch.nlp.arms import ARMED_ACT_NOUNS
from dyadwatch.nlp.mentions import (
    Mention,
    clause_of,
    country_names,
    display_name,
    entities,
    has_former,
    in_quote,
    noun_modifier,
    nouns,
    office_holder,
    org_kind,
    place_agent,
    span_place,
    tokens_of,
    tokens_with,
)

MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "npadvmod", "nummod"}

CUE_SENTENCES = 2  # how far back a titled person looks for its country

# role-only agents that take the country a story is set in (setting_country): a country's police, courts and
# legislature and its people's bodies; not troops, spies, refugees or hired guns, who are as often abroad, nor
# "officials" or "the government", whom a story about one country often brings in from another (the sentence
# just before places those: carried_country)
SETTING_SECTORS = {"COP", "JUD", "LEG", "EDU", "BUS", "MED", "LAB", "AGR", "HLH", "REL", "HRI", "ENV"}
SETTING_SECTORS |= {"CRM", "OPP", "ELI"}
# people away from home and bodies said to be from elsewhere
AWAY_LEMMAS = {"immigrant", "migrant", "refugee", "seeker", "deportee", "foreigner", "expatriate", "exile", "tourist"}
# people and armed groups of the place a story is set in (setting_country): residents, villagers, rebels, gunmen
# live or fight where the story happens far more often than they come from elsewhere, but unlike a country's own
# bodies they are also the ones another state strikes or holds ("Israeli strikes killed 30 people"), so they take
# the setting only of a story about one state that says things happen there, and not beside a state's arms
LOCAL_SETTING_SECTORS = {"CVL", "REB", "UAF", "INS", "SEP"}
# people of those sectors who are as often from elsewhere: held, travelling, hired or abroad
LOCAL_AWAY_LEMMAS = AWAY_LEMMAS | {
    "hostage", "captive", "abductee", "prisoner", "detainee", "inmate", "passenger", "crew", "seafarer", "pilgrim",
    "holidaymaker", "traveler", "traveller", "national", "expat", "diaspora", "mercenary", "contractor", "visitor",
}  # fmt: skip
# offices of a part of a country, held at home ("Gov. Greg Abbott", "the mayor", "the National Guard")
HOME_OFFICES = {"governor", "governors", "gov", "govs", "mayor", "mayors", "guardsmen", "guardsman"}
FOREIGN_WORDS = {"foreign", "international", "overseas", "multinational", "global", "visiting", "exiled", "other"}

PLACE_ENTS = {"GPE", "LOC", "FAC"}  # entity types of places, which a bare surname may also be ("Zamora" the town)
CALENDAR_ENTS = {"DATE", "TIME"}  # "On Monday Yusuf": the day is no part of the name

# "the two countries", "both sides": plurals that point back to the pair just named
COUNTRY_NOUNS = {"country", "nation", "state"}
# "the two neighbors", "both neighbours": a pair of countries only when counted, since "the neighbors" alone are
# as often the people next door
NEIGHBOR_NOUNS = {"neighbor", "neighbour"}
SIDE_NOUNS = {"side", "party"}
# "both governments", "the two administrations", "the two leaders": a pair of countries just named stands for its
# two governments
GOVERNMENT_NOUNS = {"government", "administration", "leader"}
PAIR_WORDS = {"both", "two", "2"}

CARRIED_SECTORS = {"GOV", "COP", "JUD", "LEG"}  # role-only agents that take the country of the sentence before
# people who act between states: the host or the other side is named beside them as often as their own state
BETWEEN_STATES = {
    "envoy", "diplomat", "ambassador", "mediator", "delegate", "delegation", "emissary", "consul", "negotiator",
    "intermediary", "go-between",
}  # fmt: skip
POSSESSIVES = {"his", "her", "its", "their", "our", "my"}  # "our embassy" in a minister's quote is his state's
PAIR_SCENE_PREPS = {"in", "at", "near", "outside", "inside"}
PERSONAL_OWNERS = {"his", "her", "their", "my", "our"}  # "her supplier": a person's or people's, not a body's
# verbs of attack, seizure and expulsion, whose subject does not own the object's possessive (_hostile_to_own)
HOSTILE_VERBS = {
    "attack", "bomb", "strike", "raid", "shell", "storm", "invade", "seize", "ransack", "loot", "torch", "shoot",
    "kill", "expel", "arrest", "detain", "abduct", "kidnap", "assassinate", "besiege", "blockade", "hack",
    "target", "sanction", "ambush", "capture",
    # at sea: "China said the Philippines rammed its boats", "Japan said a Chinese ship chased its patrol boats"
    "ram", "harass", "chase", "board", "hijack", "sink", "intercept",
}  # fmt: skip
REFERENCE_ORDER = {"former": 0, "latter": 1}  # "the former" / "the latter": the first / second of the last two
# "the former" used as a noun (subject, object, possessor), not as an adjective ("the former president")
REFERENCE_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "conj"}

# "the Southeast Asian nation", "the kingdom": nouns that describe a country without naming it. "state" and
# "republic" need a fitting modifier ("the Gulf state"): alone they are the state at large or a name's part
DESCRIPTION_NOUNS = {"nation", "country", "kingdom", "emirate", "sultanate", "city-state", "archipelago", "state"}
DESCRIPTION_NOUNS |= {"republic"}  # "the Islamic republic", often capitalised ("the Islamic Republic")
# "the island", "the communist-run island": an island state (regions.tsv), not an island of a state ("the island
# of Bali", with its "of", is no description)
DESCRIPTION_NOUNS |= {"island"}
PLACE_NOUNS = {"city", "town", "village", "capital"}  # "shelled the city": the place just named (place_descriptions)
BARE_DESCRIPTIONS = {"nation", "country"}  # "the country": the one country the text is about, if only one
# words that describe a country's size or plight and say nothing about which one it is
PLAIN_DESCRIPTORS = {
    "small", "tiny", "poor", "impoverished", "whole", "entire", "oil-rich", "war-torn", "war-ravaged",
    "cash-strapped", "troubled", "embattled", "landlocked", "populous", "vast", "reclusive", "isolated",
}  # fmt: skip
REGION_CODES = {"WST", "EUR"}  # regions in the country slot: no description of a country names them
MOTION_PREPS = {"from", "into"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
DESCRIPTION_SENTENCES = 2  # how far back a description of a country looks for the country it describes
TITLE_SPELLINGS = {"defence": "defense"}
# other words news uses for a post it has just named ("India's prime minister ... the premier", "Iran's foreign
# minister ... the top diplomat", "the Dutch king ... the monarch", "Sudan's army chief ... the general"): a bare
# title of the left column names again the one holder just named under one of the right column's titles (a title
# ending in it: "deputy foreign minister" is another office, as RANK_WORDS say), and only of the same sector
FOREIGN_MINISTERS = {
    "foreign minister", "foreign secretary", "secretary of state", "minister of foreign affairs",
    "foreign affairs minister", "external affairs minister",
}  # fmt: skip
ARMY_HEADS = {"army chief", "military chief", "chief of staff", "army commander", "military commander", "army head"}
HEADS_OF_GOVERNMENT = {"president", "prime minister", "premier", "chancellor"}
SPOKESPEOPLE_TITLES = {"spokesman", "spokeswoman", "spokesperson"}
TITLE_SYNONYMS = {
    "premier": {"prime minister"},
    "prime minister": {"premier"},
    "top diplomat": FOREIGN_MINISTERS,
    "diplomat": FOREIGN_MINISTERS | {"top diplomat", "ambassador", "envoy", "high commissioner"},
    "envoy": {"ambassador", "high commissioner"},
    "ambassador": {"envoy"},
    "monarch": {"king", "queen", "emir", "sultan", "emperor"},
    "general": ARMY_HEADS | {"commander"},
    "commander": ARMY_HEADS | {"general"},
    "leader": HEADS_OF_GOVERNMENT,
    # a station named by its name and kind ("Qatar's Al Jazeera network", "Russia's RT channel")
    "broadcaster": {"network", "channel", "television", "tv", "station", "radio"},
    "spokesman": SPOKESPEOPLE_TITLES,
    "spokeswoman": SPOKESPEOPLE_TITLES,
    "spokesperson": SPOKESPEOPLE_TITLES,
}
# words that make a title another office than the bare noun: "the president" is not the vice president
RANK_WORDS = {"prime", "vice", "deputy", "assistant", "junior", "under", "acting", "interim", "former"}
# a pronoun subject of these verbs is mostly the empty "it" of "it is", "it seems", "it takes"
EXPLETIVE_VERBS = {"be", "seem", "appear", "happen", "take", "remain", "matter", "mean", "look", "sound", "feel"}
# words that may qualify "the group", "the military" named again ("the banned separatist militant group");
# any other ("the rival group", "the other militants", "Afghan troops") may mean another body
AGAIN_MODIFIERS = {
    "banned", "outlawed", "proscribed", "designated", "separatist", "extremist", "jihadist", "islamist", "armed",
    "militant", "insurgent", "terrorist", "terror", "rebel", "radical", "hardline", "powerful", "ruling",
    "notorious", "shadowy", "feared", "secretive", "paramilitary", "mercenary",
}  # fmt: skip
# sectors of armed groups outside a state's forces: one named group of these may be named again by any of their
# words ("The RSF ... the paramilitary group", "Wagner ... the mercenary force", "Hamas ... the militants")
ARMED_GROUP_SECTORS = {"REB", "UAF", "INS", "SEP"}
# epithets that make "the force", "the group" an armed group outside the state's forces
ARMED_GROUP_WORDS = {"paramilitary", "mercenary", "militia", "rebel", "insurgent", "militant", "jihadist", "separatist"}
FORCE_SECTORS = {"MIL", "COP"}  # forces a bare "the army", "the police" may stand for (_force_country)
# the common words for a country's state bodies and for armed groups, which "the ..." names again by role
GENERIC_BODIES = {
    "government", "administration", "regime", "junta", "authority", "military", "army", "force", "troop", "police",
    "group", "militant", "insurgent", "rebel", "militia", "fighter", "official", "ministry", "navy", "terrorist",
    "extremist", "jihadist", "guerrilla", "gunman", "separatist", "court", "judge", "prosecutor", "parliament",
    "lawmaker", "legislature", "mercenary",
}  # fmt: skip
# a club of states named as a group of so many ("the Group of Seven", "G20"), which news calls "the group"
GROUP_OF_STATES = re.compile(r"(?:the )?(?:G-?\d+|Group of )", re.IGNORECASE)
# nouns that name a body by its kind and no role ("the group", "the agency"): no agent row codes them, so they
# are linked back only to the one named body of that kind just before them (see _fits_kind)
KIND_NOUNS = {
    "group", "organization", "organisation", "agency", "bloc", "alliance", "company", "firm", "ministry", "party",
    # like "the ministry", a body whose own name says so: "the State Department ... the department", "the Foreign
    # Office ... the office", "the Federal Security Service ... the service", "the U.S. defense secretary ... the
    # secretary" (an office the dictionary codes as a body)
    "department", "office", "service", "secretary", "commission", "grouping",
    # "the Arab League ... the league", as "the ministry" is
    "league",
}  # fmt: skip
LEADING_VERBS = {"lead", "head", "chair"}  # "the government led by Mario Draghi": the leader's country

# "we" and "us" inside a direct quote speak for the speaker's body ("We will not accept ...", said the minister)
FIRST_PLURAL = {"we", "us", "our"}
# "I", "me", "my": in a speaker's own direct quote or transcript turn, always the speaker
FIRST_SINGULAR = {"i", "me", "my", "myself", "mine"}
SECOND_PERSON = {"you", "your", "yours", "yourself"}
REPORTING_LEMMAS = {"say", "tell", "add", "insist", "claim", "declare", "announce", "argue", "warn", "write", "state"}
# roles whose holders say "we" for their body; a scholar, journalist or analyst's "we" is as often their
# country, their field or the public, so it is left alone
SPOKEN_FOR = STATE_SECTORS | {"IGO", "OPP", "REB", "INS", "SEP", "UAF", "HRI", "LAB"}
SPEAKER_PLACES = {"country", "demonym", "capital"}  # "Moscow said": a place speaks through a body, never as "I"

# plural nouns for states as such ("many countries", "donors", "the international community"): actors when
# they act or are acted on, places when they are where something happens ("protests in many countries")
STATE_PLURALS = {"country", "nation", "donor", "community", "power", "state"}
# bodies a person or group names as theirs: "his organization", "their movement", "its alliance"
OWN_BODIES = {"organization", "organisation", "movement", "alliance", "coalition", "bloc", "agency", "party"}


@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """Descriptions of countries ("southeast asian", "kingdom") -> the countries they fit (regions.tsv)."""
    out: dict[str, frozenset[str]] = {}
    for _, (names, countries) in rows(dictionaries.data_dir() / "regions.tsv", 2):
        fit = frozenset(c.strip() for c in countries.split(";") if c.strip())
        for name in names.split(";"):
            out[name.strip().lower()] = fit
    if "republic" not in out:
        # "the republic": a state with no monarch, i.e. any country the table lists as no kind of monarchy
        monarchies = (
            out.get("kingdom", frozenset()) | out.get("emirate", frozenset()) | out.get("sultanate", frozenset())
        )
        out["republic"] = frozenset(c for c in country_names() if len(c) == 3 and c not in monarchies)
    return out


SENTENCE_NUMBERS = "dyadwatch.sentence_numbers"  # a doc.user_data key of our own, beside spaCy's extensions


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """Token index -> the number of its sentence, for rules that look one or two sentences back.

    Built once per call of the actors component (which drops it again, see `forget_sentence_numbers`): a dozen
    rules ask for it, and rebuilding it walked every sentence of the story each time. Callers only read it."""
    numbers = doc.user_data.get(SENTENCE_NUMBERS)
    if numbers is None or len(numbers) != len(doc):
        numbers = {i: n for n, sent in enumerate(doc.sents) for i in range(sent.start, sent.end)}
        doc.user_data[SENTENCE_NUMBERS] = numbers
    return numbers


def forget_sentence_numbers(doc: Doc) -> None:
    """Drop the per-call sentence numbers (see `sentence_numbers`): not part of the Doc's data."""
    doc.user_data.pop(SENTENCE_NUMBERS, None)


def reporting_outlets(mentions: list[Mention]) -> set[int]:
    """The ids of news outlets named only by their own name ("Reuters", "Xinhua", "the BBC"): their country is a
    dictionary fact about who tells the story, not a place the story is set in or about ("Thousands marched in
    Nairobi, Xinhua reported. The police ..." is Kenya's police), so the rules that read a story's setting from
    the countries it names do not count them. An outlet the text itself places ("Iran's state media", "Chinese
    state broadcaster CCTV") holds a country word in its own span, and that word does count."""
    places = {i for m in mentions if m.kind in {"country", "demonym", "capital"} for i in range(m.start, m.end)}
    return {
        id(m)
        for m in mentions
        if m.sector == "MED" and m.kind == "organization" and not any(i in places for i in range(m.start, m.end))
    }


def carried_country(doc: Doc, mentions: list[Mention]) -> None:
    """A role-only state agent ("officials", "the authorities", "the government") in a sentence that
    names no country, not even as an adjective, belongs, as a reader takes it, to the one country the
    sentence before names: "... north of Australia's biggest city. The fire's front is 60 kilometers
    long and officials warn". "The country" naming a country again (and what it places) names none.
    Any other count there (none, or two countries talking) leaves it role-only: a wrong country is
    worse than none. A sentence that names only that same country again (a city or province of it: "Police
    arrested three suspects in Bali, authorities said" after a sentence on Indonesia) still carries it."""
    sent_no = sentence_numbers(doc)
    countries: dict[int, set[str]] = {}
    adjectives: set[int] = set()  # sentences with a country word of any use ("over the Australian summer")
    described: dict[int, set[str]] = {}  # countries a sentence names again by description ("the country")
    outlets = reporting_outlets(mentions)
    for o in mentions:
        if id(o) in outlets:
            continue
        if o.country and not (o.absorbed or o.modifier_only or o.pronoun):
            countries.setdefault(sent_no[o.start], set()).add(o.country)
            if o.described:
                described.setdefault(sent_no[o.start], set()).add(o.country)
        elif o.country and o.modifier_only:
            adjectives.add(sent_no[o.start])
    heads = {o.head: o.sector for o in mentions if not o.absorbed}  # bodies by head token, for "X of Y"
    for m in mentions:
        if m.kind != "agent" or m.code or m.country or m.sector not in CARRIED_SECTORS or state_plural(doc, m):
            continue
        if m.absorbed or m.modifier_only or m.former or has_former(doc[m.head]) or noun_modifier(doc, m):
            continue
        if any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in POSSESSIVES) for c in doc[m.head].children):
            continue  # "Bashir's government", "their leaders": its owner says whose it is (see _possessed_agents)
        if doc[m.head].tag_ == "NNS" and _pair_words(doc[m.head]):
            continue  # "both governments", "two governments": more states than one
        if any(c.dep_ == "det" and c.lower_ in UNLIKE_DETERMINERS for c in doc[m.head].children):
            continue  # "any government", "every government": no one state's
        if doc[m.head].lemma_.lower() in BETWEEN_STATES:
            continue  # "Taiwan welcomed the visit. The envoy said ...": a visitor as often as Taiwan's own
        if any(
            p.lower_ == "of" and any(heads.get(o.i, m.sector) != m.sector for o in p.children)
            for p in doc[m.head].children
        ):
            continue  # "the leader of the Democratic Party": another body's, whatever the sentence before names
        here = sent_no[m.head]
        before = countries.get(here - 1, set())
        own = countries.get(here, set()) - described.get(here, set())  # "rebels in the country": not a new one
        if here == 0 or (own and own != before) or here in adjectives or len(before) != 1:
            continue  # a sentence whose own one country is the one before's ("... in Bali") keeps it
        country = next(iter(before))
        if _subject_elsewhere(doc, doc[m.head].sent.start - 1, country, mentions):
            continue
        place_agent(m, country)
    _shared_party_names(doc, mentions)


def _subject_elsewhere(doc: Doc, last: int, country: str, mentions: list[Mention]) -> bool:
    """Whether the sentence ending at token ``last`` has as its main subject an actor that is not of
    ``country``: "The government accused the United States of meddling. Officials arrested two diplomats" names
    the United States only as whom the (unplaced) government acts on, and the officials who go on acting are the
    subject's side as often as not, so the one country there says nothing of whose they are. A subject that is
    no actor ("Floods hit the south of Bangladesh") leaves the country as the sentence's topic."""
    if last < 0:
        return False
    sent = doc[last].sent
    if not any(sent.start <= o.start < sent.end and o.country == country and not o.absorbed for o in mentions):
        return False  # the sentence names no such country: nothing there was acted on
    root = sent.root
    for subj in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}):
        span = range(subj.left_edge.i, subj.right_edge.i + 1)
        actors = [o for o in mentions if o.head in span and not o.absorbed and (o.code or o.sector or o.country)]
        if actors and not any(o.country == country for o in actors):
            return True
    return False


def _shared_party_names(doc: Doc, mentions: list[Mention]) -> None:
    """ "The Democratic Party", "the Labour Party": a name many states' parties share (agents.tsv), left
    role-only when no modifier, scene or earlier naming said whose, is a party of the country the story is
    about: the one country that more than half of the country-bearing mentions before it name (all of them,
    when it opens the story). A story split between two countries ("Trump ... China ... the Democratic
    Party") names no such country and leaves it role-only rather than guess."""
    outlets = reporting_outlets(mentions)
    placed = [
        o
        for o in mentions
        if o.country
        and o.country not in REGION_CODES
        and not (o.absorbed or o.modifier_only or o.pronoun)
        and id(o) not in outlets
    ]
    for m in mentions:
        head = doc[m.head]
        if m.code or m.country or m.absorbed or m.modifier_only:
            continue
        # a party's name no dictionary knows ("the Umma Party", see actors._unknown_parties) is read the same way
        unknown = m.kind == "group" and m.key == f"group:{m.name}"
        if not unknown and (m.kind != "agent" or head.text != "Party" or m.sector != "OPP"):
            continue
        before = [o.country for o in placed if o.end <= m.start] or [o.country for o in placed]
        counts: dict[str, int] = {}
        for country in before:
            counts[country or ""] = counts.get(country or "", 0) + 1
        top = max(counts, key=lambda c: counts[c], default="")
        if top and counts[top] * 2 > len(before):
            if m.sector:
                place_agent(m, top)
            else:  # a body of the country with no sector said, coded as the country alone
                m.country = m.code = top


def setting_country(
    doc: Doc,
    mentions: list[Mention],
    owned: bool = False,
    only: list[Mention] | None = None,
    dateline: Collection[int] = (),
) -> None:
    """A role-only agent of the home sectors ("the school", "businesses", "police", "the court") that nothing
    near it placed is, as a reader takes it, of the country the story is set in: "A Malawian mother sued. The
    school refused to enroll her daughter" -> MWIEDU. The setting is the one country that more than half of the
    country words before it name (all of them, when it opens the story). The agent's own sentence may name no
    country, region or people at all: one named beside it is as often the other side ("Police met Chinese
    envoys") or where it is ("suppliers in Europe"), and the rules that read the sentence itself
    (_locate_agents, _domestic_agents) have had their say. A story split between countries has no setting and
    leaves it role-only, since a wrong country is worse than none. Troops, spies, refugees and migrants are as
    often abroad, "foreign" or "international" bodies are not the setting's, and a body whose owner is given
    ("her supplier", "Bashir's police") is the owner's (see _possessed_agents). With ``owned``, run after the owners
    are read, it places only such bodies that a person's pronoun owns and whose owner no rule coded: "She says her
    supplier blamed the restrictions", of a Cameroonian trader no dictionary knows, is a Cameroonian supplier.
    People and fighters (LOCAL_SETTING_SECTORS: "residents", "villagers", "gunmen", "rebels") take it only in a story
    about one state (three quarters of the country words before, no other country in their sentence or the two
    before) that names it as where things happen ("in Sudan", "the town of X"), and not in a sentence that names a
    state's arms ("Israeli strikes killed 30 people", "Nigerian troops killed 20 militants"): "Fighting flared in
    Sudan. Residents said the fighters looted homes" -> SDNCVL, SDNREB. With ``only``, just those candidates are
    placed, read against the evidence of ``mentions`` (see actors._setting_people). The ``dateline`` tokens
    ("DHAKA, Bangladesh —") are no part of the first sentence they open: the place they name comes before it, so the
    story's opening sentence is set there as the sentences after it are."""
    outlets = reporting_outlets(mentions)
    words = sorted(
        # what the text names: a role placed by a rule (kind "agent") is no evidence of its own
        (
            o
            for o in mentions
            if o.country and not o.absorbed and not o.pronoun and o.kind != "agent" and id(o) not in outlets
        ),
        key=lambda o: o.start,
    )
    if not words:
        return
    sent_no = sentence_numbers(doc)
    by_sent: dict[int, set[str]] = {}
    opening = [o for o in words if o.start in dateline]
    if opening:
        words = [o for o in words if o.start not in dateline]
    for o in words:
        by_sent.setdefault(sent_no[o.start], set()).add(o.country or "")
    starts = [o.start for o in words]
    bodies = {o.head for o in mentions if not o.absorbed and (o.code or o.sector)}
    # where the story says things happen: "in Haiti", "in Nigeria's northwest", "the town of X", among the names
    # with a country before this pass places any; which of them are places is read only once people or fighters
    # get that far (the pass runs several times a story, most often with none)
    countried = [o for o in mentions if o.country and not o.pronoun]
    places: list[Mention] | None = None
    # sentences with a country in any use, inside a body's name or placed by a rule too ("Israeli troops")
    any_country: dict[int, set[str]] = {}
    for o in mentions:
        if o.country:
            any_country.setdefault(sent_no[o.start], set()).add(o.country)
    named = [o for o in mentions if o.country]  # before this pass places any: its own guesses are no evidence
    for m in mentions if only is None else only:
        if m.country or m.code != m.sector:
            continue  # placed, or more than a bare sector: asked first, as most mentions are and the rest reads tokens
        home = _home_office(doc, m)
        local = m.kind == "agent" and m.sector in LOCAL_SETTING_SECTORS and not home
        placeable = home or (m.kind == "agent" and m.sector in SETTING_SECTORS | LOCAL_SETTING_SECTORS)
        if not placeable:
            continue
        if m.absorbed or m.modifier_only or m.pronoun or m.former or noun_modifier(doc, m) or state_plural(doc, m):
            continue
        head = doc[m.head]
        if head.lemma_.lower() in (LOCAL_AWAY_LEMMAS if local else AWAY_LEMMAS):
            continue
        if any(c.lower_ in FOREIGN_WORDS for c in head.children):
            continue
        poss = [c for c in head.children if c.dep_ == "poss"]
        if has_former(head) or (bool(poss) != owned) or (owned and home):
            continue
        if owned and not all(c.lower_ in PERSONAL_OWNERS for c in poss):
            continue
        if any(p.lower_ == "of" and any(o.i in bodies for o in p.children) for p in head.children):
            continue  # "the leader of the group": another body's ("accused the government of fraud" is not)
        own = by_sent.get(sent_no[m.head])
        # beside a country of its own sentence, the setting must come from the sentences before ("Students protested
        # outside the U.S. embassy" sets no story in the United States)
        n = bisect_left(starts, head.sent.start if own else m.start)
        before = [o.country for o in opening + words[:n]] or ([] if own else [o.country for o in words])
        if not before:
            continue
        counts: dict[str, int] = {}
        for country in before:
            counts[country or ""] = counts.get(country or "", 0) + 1
        top = max(counts, key=lambda c: counts[c])
        if (not top or counts[top] * 2 <= len(before)) and not local:
            top = _recent_setting(words[:n], sent_no, sent_no[m.head])
        elif counts[top] * 2 <= len(before):
            top = ""
        if not top or top in REGION_CODES:
            continue
        if local and (counts[top] * 4 < len(before) * 3 or _other_country_near(sent_no[m.head], top, any_country)):
            continue  # people and fighters take the setting only of a story about one state
        if local and places is None:
            places = [o for o in countried if _named_as_place(doc, o)]
        if local and not any(o.start < m.start and o.country == top for o in places or ()):
            continue  # ... that the story has set there: "U.S. forces ... Militants attacked a convoy" is abroad
        sent = head.sent  # read once: each ``.sent`` finds the sentence's bounds anew
        beside = [o for o in named if sent.start <= o.start < sent.end]
        if local and _armed_beside(doc, m, beside):
            continue  # "Israeli strikes killed 30 people": a state that strikes them is as often their foe
        if own and top not in own:
            # "Police met Chinese envoys": a country in the sentence other than the setting is as often the other
            # side; beside the setting's own name ("Peru's court fined the company"), a home body is the setting's
            continue
        if m.kind == "person":  # every mention of a titled person ("Governor X ... X said") is placed
            for o in mentions:
                if o.key == m.key and o.code == m.sector and not o.country:
                    place_agent(o, top)
        place_agent(m, top)


RECENT_SENTENCES = 3  # how far back a story that has moved on to another country is read for where it now is


def _recent_setting(before: list[Mention], sent_no: dict[int, int], here: int) -> str:
    """The country a story that has moved is set in now: "... my flight from New York ... Italian authorities reported
    144 deaths. Italy has registered ... The coalition government led by Draghi ... despite lobbying by businesses":
    the businesses are Italy's, though the story named the United States more often before. Read when the words before
    name no country more than half the time: more than half of at least two country words of the RECENT_SENTENCES
    before this one name it, and it is named at least twice. A region ("in Europe") is no rival of a country in it,
    so regions do not count."""
    recent = [
        o.country or ""
        for o in before
        if here - RECENT_SENTENCES <= sent_no[o.start] < here and o.country not in REGION_CODES
    ]
    if len(recent) < 2:
        return ""
    top = max(sorted(set(recent)), key=recent.count)
    return top if recent.count(top) * 2 > len(recent) and recent.count(top) >= 2 else ""


LOCATIVE_PREPS = {"in", "at", "near", "across", "throughout", "inside", "outside", "around", "within"}
# nouns for a place whose name follows "of" ("the town of Wad Madani", "the province of Idlib")
PLACE_OF_NOUNS = {"town", "city", "village", "region", "province", "state", "district", "capital", "area", "port"}
PLACE_OF_NOUNS |= {"county", "island", "enclave", "territory", "outskirts", "suburb"}


def _named_as_place(doc: Doc, o: Mention) -> bool:
    """Whether a country or city is named as where things are or happen, not as a side: the object of "in", "at",
    "near", "across" (also as its owner: "in Nigeria's northwest"), or the name after "the town of", "in the north
    of" and their like. "Washington said", "U.S. forces", "Russia's army" name a state acting, which a story about
    it does as often abroad; a dateline ("WASHINGTON —", "NAIROBI —") names the bureau, which covers a region."""
    if o.kind not in {"country", "capital"}:
        return False
    tok = doc[o.head]
    if tok.dep_ == "poss" and tok.head.dep_ == "pobj":
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    if prep.lower_ != "of":
        return False
    # "the town of Wad Madani"; "in the north of Mozambique"
    noun = prep.head
    return noun.lemma_.lower() in PLACE_OF_NOUNS or (noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS)


ARMED_SECTORS = {"MIL", "SPY", "REB", "UAF", "INS", "SEP"}


def _armed_beside(doc: Doc, m: Mention, named: list[Mention]) -> bool:
    """Whether the sentence of an unplaced people or fighters' noun ``m`` names a state's arms: an armed body with a
    country ("Nigerian troops", "the Pentagon"), a country's armed act ("Israeli strikes", "a Russian offensive"), or
    a country that does to them what HOSTILE_VERBS name ("Israel bombed militants"). Whose people or fighters those
    are, only knowledge of the war tells; a home body that is no army ("Kenyan police arrested residents", "the
    government said rebels attacked") leaves them the setting's."""
    verb = clause_of(doc[m.head])
    hostile = verb.lemma_.lower() in HOSTILE_VERBS
    for o in named:
        if o is m or o.pronoun:
            continue
        if o.sector in ARMED_SECTORS:
            return True
        tok = doc[o.head]
        if tok.dep_ in MODIFIER_DEPS and tok.head.lemma_.lower() in ARMED_ACT_NOUNS:
            return True
        if hostile and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head == verb:
            return True  # "Israel bombed militants"
        if hostile and tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head == verb:
            return True  # "militants were bombed by Israel"
    return False


def _other_country_near(here: int, country: str, named: dict[int, set[str]]) -> bool:
    """Whether the sentence ``here`` or the two before it name a country other than ``country`` (regions aside)."""
    return any(named.get(n, set()) - {country} - REGION_CODES for n in range(here - DESCRIPTION_SENTENCES, here + 1))


def _home_office(doc: Doc, m: Mention) -> bool:
    """A governor, a mayor or a National Guard governs or guards a part of its own country, never another's:
    "Gov. Greg Abbott", "the mayor", "National Guard troops" in a story set in one country are that country's,
    even beside the country's own name ("Governor X sued the Trump administration") and whatever their sector.
    A person counts by the title right before their name."""
    if m.absorbed or m.modifier_only or m.pronoun or not m.sector:
        return False
    if m.kind == "agent":
        head = doc[m.head]
        return head.lower_.rstrip(".") in HOME_OFFICES or (
            head.lower_ == "guard" and doc[m.start : m.end].text.lower().endswith("national guard")
        )
    if m.kind != "person" or m.start == 0:
        return False
    before = doc[m.start - 1]
    if before.text == "." and m.start > 1:
        before = doc[m.start - 2]
    return before.lower_.rstrip(".") in HOME_OFFICES  # "Governor X", "Gov. X", "Mayor X"


def plural_references(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A definite plural that points back to a pair just named stands for both of them: "Modi met
    Ramgoolam ... both leaders reaffirmed", "the prime ministers signed eight pacts", "the two countries",
    "both sides". The pair is the two countries' actors of the plural's kind (leaders: the government
    people; countries: the countries; sides: whoever was named) found nearest first in its sentence and
    the CUE_SENTENCES before it; any other count is ambiguous and leaves the plural alone. One mention
    per actor is placed at the plural, as a "they" after "Obama and Putin" is. "Both countries" are two
    states, so only a country or its state bodies count toward them: "Chinese-owned companies" or "Mexican
    migrants" name a country's people, not the country the elections are in."""
    sent_no = sentence_numbers(doc)
    named = [m for m in mentions if m.country and m.code and not m.absorbed and not m.pronoun and not m.modifier_only]
    out: list[Mention] = []
    # "the two countries" are the countries themselves, which the noun path below places; as a role-only
    # agent ("countries", GOV) it would look for two governments instead
    candidates = [
        (m, doc[m.head])
        for m in mentions
        if m.kind == "agent" and not m.code and not m.country and not _country_plural(doc[m.head])
    ]
    role_only = {m.head: m for m in mentions if m.kind == "agent" and not m.country}
    # the plural tag first: it rules out most words before the lemma and children are read
    candidates += [
        (None, t) for t in tokens_with(doc, TAG, ("NNS",)) if _country_plural(t) or t.lemma_.lower() in SIDE_NOUNS
    ]
    candidates.sort(key=lambda c: c[1].i)
    for m, head in candidates:
        if head.tag_ != "NNS" or (m is not None and (m.absorbed or m.modifier_only or m.former or m.sector is None)):
            continue
        inside = range(m.start, m.end) if m is not None else range(head.i, head.i + 1)
        if head.dep_ in MODIFIER_DEPS or not _pair_determined(head, inside):
            continue
        lemma = "country" if _country_plural(head) else head.lemma_.lower()
        # "Kenya and Ethiopia ... both governments": a pair of countries names their governments as well
        governments = m is not None and m.sector == "GOV" and lemma in GOVERNMENT_NOUNS
        here = sent_no[head.i]
        start = m.start if m is not None else min(t.i for t in head.subtree)
        # "officials on both sides", "troops from both sides": a state body of each side, whoever named the side
        body = _body_on_sides(doc, head, role_only) if m is None and lemma in SIDE_NOUNS else None
        if body is not None:
            start = body.start
        per_country: dict[str, Mention] = {}
        for back in range(CUE_SENTENCES + 1):
            if here - back < 0:
                break
            window = [
                x
                for x in named
                if sent_no.get(x.start) == here - back
                and x.end <= start
                and (
                    m is None
                    or (
                        x.sector == m.sector
                        and (x.kind in {"person", "organization", "capital"} or office_holder(doc, x))
                    )
                    or (governments and x.kind == "country" and x.sector is None)
                )
                and (
                    m is not None
                    or body is not None
                    or lemma not in COUNTRY_NOUNS
                    or x.sector in STATE_SECTORS | {None}
                )
                and (body is None or x.country not in REGION_CODES)
                and not _scene_place(doc, x)
                and not _topic_place(doc, x)
            ]
            for x in sorted(window, key=lambda x: -x.start):
                per_country.setdefault(x.country or "", x)
            if len(per_country) >= 2:
                break
        if len(per_country) != 2:
            continue
        end = m.end if m is not None else head.i + 1
        span = doc[start:end]
        if body is not None:
            span = doc[body.start : head.i + 1]
        for ante in sorted(per_country.values(), key=lambda x: x.start):
            if body is not None and body.sector:
                country, sector = ante.country or "", body.sector
                code = f"{country}{sector}"
                ante = replace(ante, code=code, sector=sector, kind="agent", key=f"{org_kind(sector)}:{code}")
                ante.name = display_name(country, sector)
                out.append(_standing_at(ante, span, body.head))
                continue
            if m is None and lemma in COUNTRY_NOUNS:
                country = ante.country or ""
                ante = replace(ante, code=country, sector=None, kind="country", key=f"country:{country}")
                ante.name = country_names().get(country, country)
            elif governments and ante.kind == "country":
                country = ante.country or ""
                code = f"{country}GOV"
                ante = replace(ante, code=code, sector="GOV", kind="agent", key=f"{org_kind('GOV')}:{code}")
                ante.name = display_name(country, "GOV")
            out.append(_standing_at(ante, span, head.i))
        named += out[-2:]  # "both leaders ... the prime ministers ... the two countries": a chain
        if m is None:
            m = body or role_only.get(head.i)
        if m is not None:
            m.absorbed = True
    return out


def _body_on_sides(doc: Doc, side: Token, role_only: dict[int, Mention]) -> Mention | None:
    """The role-only state body that "both sides" places: "authorities on both sides", "officials from both sides",
    "troops on both sides of the border". Each side's body is that country's body of the same role (GOV, MIL...),
    not whichever of its people the story named last ("chicken sellers")."""
    prep = side.head
    if side.dep_ != "pobj" or prep.lower_ not in {"on", "from", "of"} or prep.dep_ != "prep":
        return None
    body = role_only.get(prep.head.i)
    if body is None or body.sector not in STATE_SECTORS or body.absorbed or body.modifier_only:
        return None
    return body


# adjectives that say an act is between the two states a story is about: "bilateral talks", "bilateral trade"
PAIR_ADJECTIVES = {"bilateral"}


def bilateral_pairs(doc: Doc, mentions: list[Mention]) -> dict[int, tuple[Mention, Mention]]:
    """ "Ruto flew to Addis Ababa to meet Abiy. Ruto held bilateral talks on trade": "bilateral" names the pair of
    states in view, so its act is between them even where one is not said beside it. Each such adjective maps to
    the two states' mentions (the nearest of each, earliest first) when its sentence and the CUE_SENTENCES before
    name exactly two states (or their state bodies and people); with one, three or more it names no pair. A place
    where they met, a country talked about ("talks on Sudan") and regions do not count. The events component may
    take the other of the pair as the target of a "bilateral" act whose source is one of them."""
    out: dict[int, tuple[Mention, Mention]] = {}
    # the adjective is rare: find it over the doc's arrays, and read the states only for a story that has one
    adjectives = [tok for tok in tokens_of(doc, PAIR_ADJECTIVES) if tok.dep_ == "amod"]
    if not adjectives:
        return out
    sent_no = sentence_numbers(doc)
    named = [
        m
        for m in mentions
        if m.country
        and m.country not in REGION_CODES
        and not (m.absorbed or m.pronoun or m.modifier_only)
        and m.sector in STATE_SECTORS | {None}
        and not _scene_place(doc, m)
        and not _topic_place(doc, m)
    ]
    for tok in adjectives:
        here = sent_no[tok.i]
        sent_end = tok.sent.end
        per_country: dict[str, Mention] = {}
        window = [x for x in named if here - CUE_SENTENCES <= sent_no.get(x.start, -1) <= here and x.start < sent_end]
        for x in sorted(window, key=lambda x: abs(x.start - tok.i)):
            per_country.setdefault(x.country or "", x)
        if len(per_country) == 2:
            a, b = sorted(per_country.values(), key=lambda x: x.start)
            out[tok.i] = (a, b)
    return out


def _country_plural(tok: Token) -> bool:
    """ "countries", "nations", "states", and "neighbors" counted as a pair ("the two neighbors")."""
    lemma = tok.lemma_.lower()
    if lemma in NEIGHBOR_NOUNS:
        return any(c.lower_ in PAIR_WORDS for c in tok.children)
    return lemma in COUNTRY_NOUNS


def _scene_place(doc: Doc, x: Mention) -> bool:
    """ "met in Istanbul", "talks at the Kremlin" name where a pair met, not a third party to it: a place after a
    preposition of location (a seat of government after "at") is never one of "the two sides"."""
    head = doc[x.head]
    if head.dep_ != "pobj":
        return False
    if x.kind == "organization":  # "talks at the Kremlin", "met at the White House": the seat as a venue
        return head.head.lower_ == "at"
    return x.kind in {"country", "capital"} and head.head.lower_ in PAIR_SCENE_PREPS


# prepositions whose object a story is about, not one who acts: "talks on Sudan", "a dispute over Taiwan"
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}


def _topic_place(doc: Doc, x: Mention) -> bool:
    """ "Kenya hosted talks on Sudan ... both governments": a country after "on", "about" or "over" is what the
    talks or the dispute are about, not one of the pair that holds them."""
    head = doc[x.head]
    return x.kind in {"country", "capital"} and head.dep_ == "pobj" and head.head.lower_ in TOPIC_PREPS


def _pair_words(head: Token) -> bool:
    """A plural counted as a pair or more: "both officials", "two governments", "three ministers"."""
    return any(c.lower_ == "both" or c.dep_ == "nummod" for c in head.children)


def _pair_determined(head: Token, inside: range) -> bool:
    """A plural that can only mean a known set: "both leaders", "the two countries", "the prime
    ministers", never "leaders", "other countries", "many nations" or "Western leaders"."""
    kids = [c for c in head.children if c.i < head.i and c.i not in inside]  # "prime" is the name's own
    words = {c.lower_ for c in kids}
    if any(c.dep_ in {"amod", "poss"} or (c.dep_ == "nummod" and c.lower_ not in PAIR_WORDS) for c in kids):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids):
        return False
    if words & {"both"}:
        return True
    return "the" in words and not any(c.dep_ == "prep" for c in head.children)


def _plural_mention(doc: Doc, m: Mention) -> bool:
    """A mention that "they"/"their" can point to but "it"/"its" cannot: a plural noun ("crowds",
    "Mexican officials") or a pronoun already standing for such a one."""
    head = doc[m.head]
    if m.pronoun:
        return head.lower_ in {"they", "them", "their"}
    # a generic plural noun ("crowds", "Turkish leaders"), not a plural proper name ("the United Nations")
    if head.tag_ in {"NNS", "NNPS"} and head.text[:1].islower() and m.kind not in {"country", "capital"}:
        return True
    # one that opens its sentence, which the tagger often takes for a name ("Rebels in Mali attacked ...")
    # ("Hamas" is a body's own name, key "group:CODE:name", not a role noun)
    return (
        head.is_sent_start
        and (m.kind == "agent" or (m.kind == "group" and m.key.count(":") == 1))
        and head.text[1:].islower()
        and head.lower_.endswith("s")
        and not head.lower_.endswith("ss")
    )


def state_plural(doc: Doc, m: Mention) -> bool:
    """A role-only agent that names many states ("countries", "donors", "the international community"): no
    one country's government, so nothing near it (the country before, an owner) places it."""
    head = doc[m.head]
    return (
        m.kind == "agent"
        and head.lemma_.lower() in STATE_PLURALS
        and (head.tag_ == "NNS" or head.lower_ == "community")
    )


def agrees(doc: Doc, m: Mention, word: str) -> bool:
    """Number and kind agreement of a possessive or pronoun with a candidate antecedent: it/its name
    one country, organization or body; they/their a plural or a collective (countries and bodies are
    often "they" in news English); neither names a person."""
    if m.kind == "person" or m.key.startswith("person:"):
        return False
    if word in {"it", "its"}:
        return not _plural_mention(doc, m)
    return True


def governing_owner(doc: Doc, tok: Token, by_tok: dict[int, Mention], word: str) -> Mention | None:
    """The subject, with a country, of the nearest clause above ``tok`` that agrees with the possessive
    ``word`` ("Mexico said its embassy"; in "crowds burned its embassy" the crowds do not agree, so the
    owner is looked for higher up). The subject of an attack on the possessed thing is not its owner
    ("Iran said Israel attacked its embassy" is Iran's embassy), so that clause is passed over too."""
    cur = tok
    hostile: Token | None = None
    for _ in range(8):
        if cur.head.i == cur.i:
            break
        below, cur = cur, cur.head
        if cur.pos_ not in {"VERB", "AUX"}:
            continue
        if _hostile_to_own(cur, below):
            hostile = cur
            continue
        if below.dep_ == "conj" and below is hostile:
            continue  # "Iran seized a tanker and detained its crew": the attack's subject is shared, no owner
        hostile = None
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and cur.dep_ == "xcomp":  # "prompting France to recall its ambassador": France recalls
            subjects = [c for c in cur.head.children if c.dep_ == "dobj"]
        for child in subjects:
            if child.i in by_tok and child.i != tok.i and agrees(doc, by_tok[child.i], word):
                return by_tok[child.i]
        if word == "its" and (fronted := _fronted_clause_subject(cur, tok, by_tok)) is not None:
            return fronted
    return None


def _fronted_clause_subject(verb: Token, tok: Token, by_tok: dict[int, Mention]) -> Mention | None:
    """The one body that is the subject of an adverbial clause opening the sentence before "its" ("As the Kremlin
    weighs talks with Kyiv, some of its officials urge a truce"): the fronted clause sets its subject up as the
    topic, and a main clause whose own subject names no body refers back to it, as a reader takes it."""
    found: list[Mention] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > tok.i or clause.i > verb.i:
            continue
        for c in clause.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i in by_tok and agrees(c.doc, by_tok[c.i], "its"):
                found.append(by_tok[c.i])
    return found[0] if len({m.country for m in found}) == 1 else None


def _hostile_to_own(verb: Token, below: Token) -> bool:
    """A possessive in the object of an attack verb ("Israel attacked its embassy", "Britain expelled its
    diplomats"): news seldom tells of an actor attacking, seizing or expelling what is its own, and when it
    does it says "its own". So the attacker is no owner, and the owner is the reporting subject above."""
    if verb.lemma_.lower() not in HOSTILE_VERBS or below.dep_ not in {"dobj", "prep", "dative"}:
        return False
    return not any(t.lower_ == "own" for t in below.subtree)


def former_latter(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the former" / "the latter" used as a noun ("for the latter's refusal to cave", "the former
    accused the latter") points, like a pronoun, to the first / second of the two actors named last:
    the two most recent distinct coded actors before it in its sentence and the one before. Fewer than
    two leaves it unlinked; "the former president" is an adjective and not a reference at all. The one
    other actor of the reference's own clause does not count: English would say "its" for it."""
    live = sorted(
        (m for m in mentions if m.code and not (m.absorbed or m.modifier_only or m.pronoun)), key=lambda m: m.start
    )
    sent_no = sentence_numbers(doc)
    out: list[Mention] = []
    for tok in tokens_of(doc, REFERENCE_ORDER):
        # "the latter’s refusal": a possessive "'s" makes the word a noun however the parser tags it (with a curly
        # apostrophe it is often read as an adjective, "the" hung on the possessed noun)
        owned = any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in tok.children)
        if tok.dep_ not in REFERENCE_DEPS and not owned:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not (
            owned and tok.i > 0 and doc[tok.i - 1].lower_ == "the"
        ):
            continue
        here = sent_no[tok.i]
        clause = clause_of(tok).i
        # "Cairo rejected the latter's proposal": the one other actor of its own clause is not one of the pair;
        # two there are the pair itself ("Russia criticized Ukraine for the latter's refusal")
        own = {
            m.code for m in live if m.end <= tok.i and sent_no[m.start] == here and clause_of(doc[m.head]).i == clause
        }
        last: list[Mention] = []  # the latest mention of each actor, most recent first
        for m in reversed(live):
            if m.end > tok.i or here - sent_no[m.start] > 1:
                continue
            if len(own) == 1 and m.code in own and sent_no[m.start] == here and clause_of(doc[m.head]).i == clause:
                continue
            if all(x.code != m.code for x in last):
                last.append(m)
            if len(last) == 2:
                break
        if len(last) == 2:
            first, second = last[1], last[0]
            out.append(at_pronoun(first if REFERENCE_ORDER[tok.lower_] == 0 else second, tok))
    return out


def at_pronoun(ante: Mention, tok: Token) -> Mention:
    return _standing_at(ante, tok.doc[tok.i : tok.i + 1], tok.i, pronoun=True)


def _standing_at(ante: Mention, span: Span, head: int, **changes: bool) -> Mention:
    """A copy of an actor's mention placed where another phrase refers to it (a pronoun, "both leaders",
    a later surname): same actor, the referring phrase's own offsets."""
    return replace(
        ante,
        **span_place(span, head),
        **changes,
    )


def shared_surnames(doc: Doc) -> set[str]:
    """Surnames that two people of the article bear ("Maria Zamora", "Jose Ruben Zamora"): a bare
    "Zamora" then names neither for sure. A name whose words all belong to the other ("Jose Zamora" and
    "Jose Ruben Zamora") is the same person."""
    names: dict[str, set[frozenset[str]]] = {}
    for ent in entities(doc):
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text.isalpha():
            names.setdefault(ent[-1].text, set()).add(frozenset(t.text for t in ent))
    return {surname for surname, sets in names.items() if any(not (a <= b or b <= a) for a in sets for b in sets)}


# generational suffixes that close a name after the family name ("Ferdinand Marcos Jr.", "Martin Luther King III")
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _family_word(ent: Span) -> str:
    """The family name of a full name: its last word, or the word before a generational suffix, which a later bare
    mention drops ("Ferdinand Marcos Jr." ... "Marcos")."""
    if len(ent) > 2 and ent[-1].text in NAME_SUFFIXES:
        return ent[-2].text
    return ent[-1].text


def surnames_named_before(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Irish Foreign Minister Simon Harris spoke in Dublin. Harris criticized Israel": a bare surname that the
    dictionary gives to a listed person (Kamala Harris) is the person the article itself named in full with that
    family name before it, as a reader takes it; the listed person only when the text names no one else so. Two
    such people before it (or the listed one named in full too) leave it as it was: then it is no one for sure."""
    people = [
        p
        for p in mentions
        if p.kind == "person" and p.code and p.name and not (p.absorbed or p.modifier_only or p.pronoun)
    ]
    out: list[Mention] = []
    for m in people:
        if m.end - m.start != 1 or " " not in m.name or m.text != doc[m.start].text:
            continue
        before = {}
        for p in people:
            words = p.name.split()
            if (
                p.end <= m.start
                and len(words) >= 2
                and (words[-1] if words[-1] not in NAME_SUFFIXES else words[-2]) == m.text
            ):
                before[p.key] = p
        if len(before) != 1 or m.key in before:
            continue
        ante = next(iter(before.values()))
        out.append(_standing_at(ante, doc[m.start : m.end], m.head, absorbed=False, modifier_only=False))
        m.absorbed = True
    return out


def later_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A coded person's later bare surname ("Zamora", "Lai") or full name that no step above caught is
    that person, as a reader takes it: the small model often calls the second "Zamora" an ORG, and a
    dictionary row without a surname alias ("Jimmy Lai") never matches "Lai". Only a PERSON entity of
    two or more words gives a surname, only after its first coded mention, and never when another
    person of the article (coded or not) bears the same surname: then "Lai" is ambiguous."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    owner_at: dict[int, Mention] = {}
    for m in mentions:
        if m.kind == "person" and m.code and not (m.absorbed or m.modifier_only or m.pronoun):
            for i in range(m.start, m.end):
                owner_at.setdefault(i, m)
    first: dict[str, tuple[Mention, Span]] = {}
    bearers: dict[str, list[tuple[str | None, tuple[str, ...]]]] = {}
    opening: dict[str, list[tuple[str | None, tuple[str, ...]]]] = {}  # the first words of two-word names
    front: dict[str, tuple[Mention, Span]] = {}
    for ent in entities(doc):
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        surname = _family_word(ent)
        if not surname.isalpha() or not surname[:1].isupper():
            continue
        owner = owner_at.get(ent.root.i)
        bearers.setdefault(surname, []).append((owner.key if owner else None, tuple(t.text for t in ent)))
        if owner is not None and surname not in first:
            first[surname] = (owner, ent)
        if len(ent) == 2 and ent[0].text.isalpha() and ent[0].text[:1].isupper():
            opening.setdefault(ent[0].text, []).append((owner.key if owner else None, tuple(t.text for t in ent)))
            if owner is not None and owner.title and owner.kind == "person":
                front.setdefault(ent[0].text, (owner, ent))
    # a listed officeholder's two-word name whose family name comes first ("Wang Yi" ... "Wang", "Lee Jae-myung"
    # ... "Lee"), as Chinese and Korean names do: the first word too, when no other name of the story has it
    for word, (owner, ent) in front.items():
        if word not in first and not bearers.get(word):
            first[word] = (owner, ent)
            bearers[word] = opening[word]
    out: list[Mention] = []
    for surname, (owner, ent) in first.items():
        names = {t.text for t in ent}
        # another bearer: a coded person of another key, or an uncoded name that is not a part of this one
        if any(key != owner.key if key else not set(words) <= names for key, words in bearers[surname]):
            continue
        full = [t.text for t in ent]
        for tok in tokens_with(doc, ORTH, (surname,)):
            if tok.i < ent.end or tok.i in covered or tok.pos_ != "PROPN":
                continue
            start = tok.i
            if [t.text for t in doc[max(tok.i - len(full) + 1, 0) : tok.i + 1]] == full:
                start = tok.i - len(full) + 1
            elif tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].ent_type_ not in CALENDAR_ENTS:
                continue  # "Maria Zamora": another first name, maybe another person ("On Monday Zamora" is not)
            if any(i in covered for i in range(start, tok.i + 1)):
                continue
            if (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") or tok.dep_ == "compound":
                continue  # "the Zamora Foundation", "the Bashir regime": the name qualifies another
            if tok.ent_type_ in PLACE_ENTS and tok.dep_ != "nsubj":
                continue  # "Zamora" the town: a place the tagger saw (one no dictionary knows seldom acts itself)
            # the small model often tags a lone surname as a date, a time or a work of art ("On Monday Yusuf",
            # "Yusuf later"): only a longer name (other proper nouns in the entity) makes it part of another
            if tok.ent_type_ and any(
                (e.start < start or e.end > tok.i + 1)
                and any(
                    doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in CALENDAR_ENTS
                    for j in range(e.start, e.end)
                    if j != tok.i
                )
                for e in entities(doc)
                if e.start <= tok.i < e.end
            ):
                continue  # part of a longer name
            span = doc[start : tok.i + 1]
            out.append(_standing_at(owner, span, tok.i, absorbed=False, modifier_only=False, pronoun=False))
            covered.update(range(start, tok.i + 1))
    return out


def _live_by_token(mentions: list[Mention]) -> dict[int, Mention]:
    """Token -> the coded mention covering it (the first such), skipping absorbed, modifier-only and pronoun ones."""
    out: dict[int, Mention] = {}
    for m in mentions:
        if m.code and not (m.absorbed or m.modifier_only or m.pronoun):
            for i in range(m.start, m.end):
                out.setdefault(i, m)
    return out


def led_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """A body with no country that a named person leads ("the coalition government led by Mario Draghi",
    "a delegation headed by Foreign Minister X") is of the leader's country, as bodies are led by their
    own people. Only a coded person in office leads here: a former one, or a country ("the coalition led
    by Saudi Arabia", an alliance of many), says nothing about whose body it is."""
    owners = _live_by_token(mentions)
    for m in mentions:
        if m.kind != "agent" or m.code or m.country or not m.sector or m.absorbed or m.modifier_only or m.former:
            continue
        head = doc[m.head]
        if has_former(head):
            continue
        leaders = [
            owners.get(g.i)
            for c in head.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LEADING_VERBS
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj"
        ]
        people = {p.country for p in leaders if p is not None and p.kind == "person" and p.country and p.sector}
        if len(people) == 1:
            place_agent(m, next(iter(people)))


# verbs whose object's "of" phrase is the charge, not whose the object is: "accused the army of killing civilians",
# "suspected the police of abuses", "convicted the minister of graft"
CHARGE_VERBS = {"accuse", "suspect", "convict", "acquit", "clear", "absolve"}


def charge_of(prep: Token) -> bool:
    """Whether an "of" phrase on a body's noun says what it is charged with rather than whose it is: the object of
    an accusation ("accused the army of bombing markets", "of corruption") or a gerund ("the army of killing")."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    if any(c.dep_ == "pcomp" for c in prep.children):
        return True
    noun = prep.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in CHARGE_VERBS


def _title_words(text: str) -> str:
    """A title in one spelling for comparison: lower case, "defence" as "defense"."""
    words = text.lower().replace("-", " ").split()
    return " ".join(TITLE_SPELLINGS.get(w, w) for w in words)


def title_fits(held: str, title: str) -> bool:
    """Whether a bare ``title`` ("the premier") names again a holder of the post ``held`` ("prime minister"): the
    same title, or one TITLE_SYNONYMS gives for it that ``held`` ends in with no rank word before it ("deputy
    foreign minister" is not "the top diplomat"). Both in _title_words spelling."""
    if held == title:
        return True
    for other in TITLE_SYNONYMS.get(title, ()):
        if held == other or (held.endswith(" " + other) and not set(held[: -len(other)].split()) & RANK_WORDS):
            return True
    return False


def _post_words(doc: Doc, b: Mention) -> str:
    """The words of the post a body-like mention names ("India's prime minister" -> prime minister, "the Dutch
    king" -> king): its span without determiners, possessives, names and place words, in _title_words spelling.
    A word in lower case is never a name, whatever the tagger says ("The Solomon Islands' prime minister" tags
    "prime" as a proper noun after the name)."""
    words = [
        t.text
        for t in doc[b.start : b.end]
        if not (
            t.is_punct
            or t.dep_ in {"det", "case", "poss"}
            or t.tag_ == "POS"
            or (t.pos_ == "PROPN" and not t.is_lower)
            or t.ent_type_
        )
    ]
    return _title_words(" ".join(words))


def _bare_definite(doc: Doc, head: Token, inside: range, former_ok: bool = False) -> Token | None:
    """The "the" of a definite noun phrase that nothing else qualifies ("the prime minister", "the
    Southeast Asian nation" with its modifiers inside ``inside``): no possessor, number, "of"-phrase,
    appositive, clause or name after it. None otherwise, or when "former" makes it a past holder, unless
    ``former_ok`` (the description "the former Soviet republic" names a present state)."""
    dets = [c for c in head.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i != inside.start - 1:
        return None
    for c in head.children:
        if c.i in inside or c is dets[0]:
            continue
        if c.dep_ in {"poss", "nummod", "appos", "prep", "relcl", "acl", "amod", "compound", "nmod"} and not charge_of(
            c
        ):
            return None
    nxt = head.i + 1
    if nxt < len(doc) and (doc[nxt].pos_ == "PROPN" or doc[nxt].text == ","):
        if doc[nxt].pos_ == "PROPN" or (nxt + 1 < len(doc) and doc[nxt + 1].pos_ == "PROPN"):
            return None  # "the president, Lai Ching-te": the name follows, the title is its apposition
    if has_former(head) and not former_ok:
        return None
    return dets[0]


def titled_descriptions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The prime minister", "the foreign minister": a definite title with no name, country or owner
    refers back to the one person named before it who holds that title on the article's date (the
    dictionary's dated roles say who does), as a reader takes it: the one named in its sentence or the
    DESCRIPTION_SENTENCES before, else the one named in the article. Two such people there (a president
    of each side) leave it unlinked, and a former holder never takes it: "Malaysia's former prime minister,
    Najib" is not "the prime minister" a year after he left."""
    people = sorted(
        (
            m
            for m in mentions
            if m.kind == "person"
            and m.title
            and m.code
            and m.sector
            and not (m.absorbed or m.modifier_only or m.pronoun or m.former)
        ),
        key=lambda m: m.start,
    )
    # people with a title in the text, known to the dictionaries or not ("Peru's foreign minister Elena Ruiz")
    titled = [
        p
        for p in mentions
        if p.key.startswith("person:")
        and p.code
        and p.sector
        and not (p.absorbed or p.modifier_only or p.pronoun or p.former)
        and _text_title(doc, p)
    ]
    if not people and not titled:
        return []
    sent_no = sentence_numbers(doc)
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "agent" or m.code or m.country or not m.sector or m.absorbed or m.modifier_only or m.former:
            continue
        head = doc[m.head]
        if (
            head.tag_ in {"NNS", "NNPS"}
            or head.dep_ in (MODIFIER_DEPS - {"poss"}) | {"conj", "appos"}
            or head.conjuncts
        ):
            continue  # "the government, the prime minister, the president": a list of another country's offices
        # "the supreme leader": words of the title the agent row does not hold ("leader") are part of it
        first = m.start
        while first > 0 and doc[first - 1].head.i == head.i and doc[first - 1].dep_ in {"amod", "compound"}:
            if doc[first - 1].pos_ == "PROPN" or doc[first - 1].ent_type_:
                break
            first -= 1
        the = _bare_definite(doc, head, range(first, m.end))
        if the is None:
            continue
        title = _title_words(doc[first : m.end].text)
        before = [
            p
            for p in people
            if p.end <= m.start and any(title_fits(_title_words(t), title) for t in (p.title or "").split("/"))
        ]
        # the one holder named in the last sentences, else the one holder named in the article
        here = sent_no[m.head]
        recent = {p.key: p for p in before if here - sent_no[p.start] <= DESCRIPTION_SENTENCES}
        holders = recent or {p.key: p for p in before}
        if not holders:
            holders = _recent_title_holder(doc, m, title, titled, sent_no, mentions)
        if len(holders) != 1:
            continue
        holder = next(iter(holders.values()))
        span = doc[the.i : m.end]
        out.append(_standing_at(holder, span, m.head, absorbed=False, modifier_only=False, described=True))
        m.absorbed = True
    return out


def _text_title(doc: Doc, p: Mention) -> list[str]:
    """The words of the title a person's mention carries before the name, in the text ("Peru's foreign minister
    Elena Ruiz" -> foreign minister); places, possessives and determiners are not part of it."""
    name_start = next(
        (t.i for t in doc[p.start : p.end] if t.idx - doc[p.start].idx >= len(p.text) - len(p.name)), p.end
    )
    if not p.text.endswith(p.name):
        return []
    words = [
        t
        for t in doc[p.start : name_start]
        if not (t.is_punct or t.dep_ in {"det", "case"} or t.ent_type_ in {"GPE", "NORP"} or t.tag_ == "POS")
    ]
    return _title_words(" ".join(t.text for t in words)).split()


def _recent_title_holder(
    doc: Doc, m: Mention, title: str, titled: list[Mention], sent_no: dict[int, int], mentions: list[Mention]
) -> dict[str, Mention]:
    """ "Peru's foreign minister Elena Ruiz flew to Chile. The minister criticized Bolivia": a bare title whose
    words are part of the title the text gave a person in its sentence or the DESCRIPTION_SENTENCES before,
    ending in the same noun, is that person. A rank word the description lacks makes another office ("the
    president" is not the vice president, "the minister" not the prime minister), and another holder of the
    noun named between them by post alone ("Chile's foreign minister") may be the one meant."""
    words = title.split()
    if not words:
        return {}
    here = sent_no[m.head]
    found: dict[str, Mention] = {}
    for p in titled:
        if p.end > m.start or here - sent_no[p.start] > DESCRIPTION_SENTENCES:
            continue
        held = _text_title(doc, p)
        if held[-1] != words[-1] or not set(words) <= set(held) or (set(held) - set(words)) & RANK_WORDS:
            continue
        found[p.key] = p
    if len(found) == 1:
        holder = next(iter(found.values()))
        noun = doc[m.head].lemma_.lower()
        if any(
            o.kind != "person"
            and not o.key.startswith("person:")
            and holder.end <= o.start < m.start
            and doc[o.head].lemma_.lower() == noun
            and not o.absorbed
            for o in mentions
        ):
            return {}
    return found


def country_descriptions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Southeast Asian nation", "the island nation", "the kingdom", "the country": a definite
    description of a country stands for the country named just before it (in its sentence or the
    DESCRIPTION_SENTENCES before) that fits the description (regions.tsv), when exactly one does; a bare
    "the country" or "the nation" stands for the country of the nearest sentence there that names any,
    when that sentence names only one (before the description, in its own). A description with a
    modifier the table does not know ("the neighboring country", "the other nation") stays unlinked."""
    regions = _regions()
    sent_no = sentence_numbers(doc)
    # a mention left with no code is no reading of the noun ("the Central American country": "American" alone
    # names the United States, which the region word has undone)
    covered = {i for m in mentions if not m.absorbed and m.code for i in range(m.start, m.end)}
    named = sorted(
        (
            m
            for m in mentions
            if m.country in country_names()
            and m.code
            and m.country not in REGION_CODES
            and m.sector in STATE_SECTORS | {None}  # the country or its state, not its people ("Chinese nationals")
            and not (m.absorbed or m.pronoun)
        ),
        key=lambda m: m.start,
    )
    out: list[Mention] = []
    # role-only agents by head, for "the country's military": a description owning a body places it
    unplaced = {
        m.head: m
        for m in mentions
        if m.kind == "agent" and not m.country and m.sector and not (m.absorbed or m.modifier_only or m.former)
    }
    # "the Eastern European country": a region's body the dictionary reads in a description's last words ("European
    # country", EUR), which the description replaces when it finds the one country it stands for
    regional = {m.head: m for m in mentions if m.country in REGION_CODES and not m.absorbed and m.kind != "demonym"}
    for tok in tokens_of(doc, DESCRIPTION_NOUNS):
        noun = tok.lower_
        owned = unplaced.get(tok.head.i) if tok.dep_ == "poss" else None
        region = regional.get(tok.i)
        if region is not None and (region.start >= tok.i or region.end != tok.i + 1):
            region = None
        if (tok.i in covered and region is None) or (tok.dep_ in MODIFIER_DEPS and owned is None):
            continue
        if tok.tag_ != "NN" and not (tok.tag_ == "NNP" and noun == "republic"):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in MOTION_PREPS:
            continue  # "barred him from the country", "fled into the country": a place, not a party
        first = tok.i
        while (
            first > 0
            and doc[first - 1].head.i == tok.i
            and (doc[first - 1].dep_ in {"amod", "compound", "npadvmod"} or doc[first - 1].tag_ == "HYPH")
        ):
            first -= 1  # "the city-state": the hyphen joins a word of the kind
        # "Southeast Asian": the modifier's own modifiers
        while (
            first > 0
            and doc[first - 1].dep_ in {"amod", "compound", "npadvmod", "advmod", "punct"}
            and (tok.i > doc[first - 1].head.i >= first)
        ):
            first -= 1
        # "the Horn of Africa nation": a modifier with its own "of" phrase
        first = min([first] + [c.left_edge.i for c in tok.children if c.dep_ == "nmod" and c.i < tok.i])
        words = [w for w in doc[first : tok.i].text.lower().split() if w not in PLAIN_DESCRIPTORS]
        if words and words[-1].endswith("-") and words[-1] + noun in regions:
            # "the city-state": the tokenizer splits a hyphenated kind of state the table lists whole
            noun = words.pop() + noun
        # "the former Soviet republic", "the ex-Soviet state": a description (regions.tsv), not a past office
        former_ok = bool(words) and words[0] in {"former", "ex-soviet"} and " ".join(words) in regions
        the = _bare_definite(doc, tok, range(first, tok.i + 1), former_ok)
        mine = set(range(region.start, region.end)) if region is not None else set()
        if the is None or (not former_ok and any(i in covered - mine for i in range(first, tok.i))):
            continue
        fit: frozenset[str] | None = None
        if words:
            fit = regions.get(" ".join(words))
            if fit is None:
                continue
        if noun in regions:
            fit = fit & regions[noun] if fit is not None else regions[noun]
        # "the reclusive state", "the impoverished republic": words that say only its size or plight make "state"
        # and "republic" a country as bare "the country" is, not the state at large
        plainly = first < tok.i and not words and noun in {"state", "republic"}
        if fit is None and noun not in BARE_DESCRIPTIONS and not plainly:
            continue
        if former_ok:
            for m in mentions:  # "Soviet" in "the former Soviet republic" is part of the description, no actor
                if first <= m.start and m.end <= tok.i:
                    m.absorbed = True
        here = sent_no[tok.i]
        near = [m for m in named if m.end <= the.i and here - sent_no[m.start] <= DESCRIPTION_SENTENCES]
        if fit is not None:
            countries = {m.country for m in near} & fit
        else:  # the countries of the nearest sentence that names any ("the country" is the one just spoken of)
            last = max((sent_no[m.start] for m in near), default=-1)
            countries = {m.country for m in near if sent_no[m.start] == last}
        if len(countries) > 1 and fit is None:
            countries = _subject_country(doc, tok, named, countries)
        if len(countries) != 1:
            continue
        country = next(iter(countries))
        ante = [m for m in near if m.country == country][-1]
        name = country_names().get(country, country)
        as_country = replace(
            ante, code=country, sector=None, kind="country", key=f"country:{country}", name=name, title=None
        )
        span = doc[the.i : tok.i + 1]
        if region is not None:
            region.absorbed = True
        if owned is not None:
            # "North Korea fired a missile. The country's military said ...": the body is that country's, and the
            # description only says whose it is
            place_agent(owned, country)
        out.append(
            _standing_at(as_country, span, tok.i, absorbed=False, modifier_only=owned is not None, described=True)
        )
        covered.update(range(the.i, tok.i + 1))
    return out


# a divided country's halves, each named "the North" or "the South" in a story about the other half
OTHER_HALF = {("KOR", "north"): "PRK", ("PRK", "south"): "KOR", ("SDN", "south"): "SSD", ("SSD", "north"): "SDN"}
HALF_WORDS = {"north", "south"}


def divided_halves(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Seoul rejected the North's call", "Sudan accused the South of arming rebels": in a story about one half
    of a divided country, "the North" or "the South" alone (capitalized, with "the", not a compass word before a
    name) is the other half's state, as wire copy names it after the first mention."""
    named = [m for m in mentions if m.code and m.country and not (m.absorbed or m.pronoun) and m.kind != "agent"]
    if not named:
        return []
    covered = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
    out: list[Mention] = []
    for tok in tokens_of(doc, HALF_WORDS):
        if tok.i in covered or tok.text[0] != tok.text[0].upper() or tok.pos_ != "PROPN" or tok.i == 0:
            continue
        the = doc[tok.i - 1]
        if the.lower_ != "the" or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            continue  # "the North Atlantic", "North Korea": a name's first word
        if tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "dative"}:
            continue
        before = [m for m in named if m.start < tok.i]
        halves = {OTHER_HALF.get((m.country, tok.lower_)) for m in before} - {None}
        if len(halves) != 1:
            continue
        country = next(iter(halves))
        ante = before[-1]
        name = country_names().get(country, country)
        as_country = replace(
            ante,
            code=country,
            country=country,
            sector=None,
            kind="country",
            key=f"country:{country}",
            name=name,
            title=None,
        )
        out.append(_standing_at(as_country, doc[the.i : tok.i + 1], tok.i, absorbed=False, described=True))
    return out


def _subject_country(doc: Doc, tok: Token, named: list[Mention], last: set[str]) -> set[str]:
    """ "Nigeria said it would expel the French ambassador. The country accused France of meddling": a bare "the
    country" that opens its sentence as the main subject continues the main subject of the sentence before, when
    that subject is a country or its state, and every other country that sentence named (``last``) is named again
    in the description's own sentence, so cannot be it. "Kenya accused Somalia. The country recalled its
    ambassador" may be either and stays unlinked. Returns that country, or nothing."""
    sent = tok.sent
    again = {m.country for m in named if tok.i < m.start < sent.end}
    if tok.dep_ != "nsubj" or tok.head.i != sent.root.i or sent.start == 0:
        return set()
    if any(sent.start <= m.start < tok.i for m in named):
        return set()
    before = doc[sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(c.conjuncts for c in subjects):
        return set()  # "Ethiopia and Sudan traded accusations. The country ...": either of two
    found = {m.country for m in named for c in subjects if m.start <= c.i < m.end and m.country}
    if len(found) != 1 or not last - found <= again:
        return set()
    return found


def place_descriptions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Russian forces shelled the city", "drones struck the capital overnight": a bare "the city", "the town",
    "the capital" that is attacked, entered or taken is the place named just before, and so its country, as
    CAMEO codes an attack on Kharkiv as one on Ukraine. Only as the object or passive subject of its verb (or after
    "on", "against"): "in the city" is where something happens, not a party. Only when the places named in its
    sentence before it, or else in the sentence before, are all of one country (a city or the country itself);
    a people's or state's forces do not count ("Russian forces" say who attacks, not where)."""
    sent_no = sentence_numbers(doc)
    covered = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
    places = sorted(
        (
            m
            for m in mentions
            if m.kind in {"country", "capital"}
            and m.code
            and m.country in country_names()
            and not (m.absorbed or m.pronoun or m.modifier_only)
        ),
        key=lambda m: m.start,
    )
    out: list[Mention] = []
    for tok in tokens_of(doc, PLACE_NOUNS):
        if tok.i in covered or tok.tag_ != "NN" or _bare_definite(doc, tok, range(tok.i, tok.i + 1)) is None:
            continue
        if not (
            tok.dep_ in {"dobj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.lower_ in {"on", "against", "upon"})
        ):
            continue
        here = sent_no[tok.i]
        # who attacks names no place: "Russia hit the town", "Russia-led strikes hit the town" (the subject's words)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        actor_words = {
            t.i for c in verb.children if c.dep_ in {"nsubj", "agent", "csubj"} and c.i < tok.i for t in c.subtree
        }
        own = [m for m in places if sent_no[m.start] == here and m.end <= tok.i and m.head not in actor_words]
        near = own or [m for m in places if sent_no[m.start] == here - 1]
        countries = {m.country for m in near}
        if len(countries) != 1:
            continue
        ante = near[-1]
        country = next(iter(countries))
        as_country = replace(
            ante,
            code=country,
            sector=None,
            kind="country",
            key=f"country:{country}",
            name=country_names().get(country, country),
            title=None,
        )
        span = doc[tok.i - 1 : tok.i + 1]
        out.append(_standing_at(as_country, span, tok.i, absorbed=False, modifier_only=False, described=True))
    return out


def continued_subject(
    doc: Doc, tok: Token, heads: dict[int, Mention], linked: dict[int, list[Mention]], live: list[Mention]
) -> list[Mention]:
    """ "Malawi's education authorities refused to comment. They have until Feb. 4 to appeal": an "it" or
    "they" that opens a sentence as its main subject, with no actor before it in the sentence, continues
    the main subject of the sentence just before, as news English keeps its topic. Only when that subject
    agrees: "it" one country, organization or body, "they" a plural or a coordination ("Germany and
    France ... They"). The empty "it" of "it is", "it seems" and pronouns inside quotes (which speak of
    anyone) are left alone."""
    low = tok.lower_
    if low not in {"it", "they"} or tok.dep_ not in {"nsubj", "nsubjpass"} or in_quote(tok):
        return []
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ROOT" and not (verb.dep_ == "ccomp" and _reported_main(verb.head) == verb):
        return []  # "It hopes to avoid a repeat, Oh said": the attribution after the clause leaves it the main one
    if low == "it" and (tok.head.lemma_.lower() in EXPLETIVE_VERBS or tok.head.pos_ == "AUX"):
        return []
    sent = tok.sent
    if sent.start == 0 or any(sent.start <= m.start < tok.i for m in live):
        return []
    prev = doc[sent.start - 1].sent
    subjects = [c for c in _reported_main(prev.root).children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return []
    subj = subjects[0]
    cands = list(linked.get(subj.i, []))
    if not cands and subj.i in heads:
        # "The foreign ministers of Kenya and Ethiopia met": one head, a mention of each country's ministers
        shared = [m for m in live if m.head == subj.i and m.code and m.code != heads[subj.i].code]
        cands = [*shared[:1], heads[subj.i]] if len({m.code for m in shared}) == 1 else [heads[subj.i]]
        cands += [heads[c.i] for c in subj.conjuncts if c.i in heads and c.i != subj.i]
    if not cands:
        return []
    if low == "it":
        one = cands[0]
        # "Leaders of the Front formed the NCP. It grew ...": not the leaders (a capital letter hides their number)
        plural = doc[one.head].tag_ == "NNS" and one.kind == "agent"
        return [one] if len(cands) == 1 and one.kind != "person" and not plural and agrees(doc, one, "it") else []
    if len(cands) >= 2:
        return cands
    one = cands[0]
    return (
        [one] if one.kind != "person" and (_plural_mention(doc, one) or _collective_they(tok, one, prev, subj)) else []
    )


def fronted_clause_subject(doc: Doc, tok: Token, heads: dict[int, Mention]) -> list[Mention]:
    """ "After Japan protested the incursion, it recalled its ambassador", "Although Turkey opposed the bid, it
    later approved it", "When Kenya and Uganda signed, they ...": an "it" or "they" subject of a clause whose
    adverbial clause comes first is that clause's subject, as a reader takes it, when that subject is an actor
    that agrees ("it" one country or body, "they" a plural, a coordination or a named armed group). A subject
    that is no actor ("After the storm hit Cuba, it moved north") links nothing; nor does the empty "it" of "it
    is", "it seems"."""
    low = tok.lower_
    if low not in {"it", "they"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = tok.head
    if low == "it" and (verb.lemma_.lower() in EXPLETIVE_VERBS or verb.pos_ == "AUX"):
        return []
    if verb.dep_ != "ROOT":
        return []  # "After Russia invaded, it imposed sanctions, the EU said": the one reporting may be "it"
    fronted = [c for c in verb.children if c.dep_ == "advcl" and c.i < tok.i]
    if len(fronted) != 1:
        return []
    subjects = [c for c in fronted[0].children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].i not in heads:
        return []
    subj = subjects[0]
    cands = [heads[subj.i]] + [heads[c.i] for c in subj.conjuncts if c.i in heads and c.i != subj.i]
    one = cands[0]
    if one.kind == "person" or one.key.startswith("person:") or one.pronoun:
        return []
    inside = range(fronted[0].left_edge.i, fronted[0].right_edge.i + 1)
    again = {m.country for i, m in heads.items() if i > tok.i and i not in inside and doc[i].sent == tok.sent}
    if any(c.country in again for c in cands):
        return []  # "After Russia invaded, it imposed sanctions on Moscow": a side named again is not "it"
    if tok.sent.start > 0:
        # "Japan summoned the envoy. After Russia protested, it accused China": the topic before competes
        prev = doc[tok.sent.start - 1].sent
        topics = [heads.get(c.i) for c in _reported_main(prev.root).children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(t is not None and t.code not in {c.code for c in cands} and agrees(doc, t, low) for t in topics):
            return []
    if low == "it":
        return [one] if len(cands) == 1 and not subj.conjuncts and agrees(doc, one, "it") else []
    if len(cands) >= 2:
        return cands
    collective = one.kind == "group" and one.sector in COLLECTIVE_SECTORS
    return [one] if _plural_mention(doc, one) or collective else []


# sectors of named groups that news English calls "they" as often as "it": "The Taliban seized Kabul. They promised
# an amnesty", "Al-Shabab claimed the attack. They said ..."
COLLECTIVE_SECTORS = {"REB", "INS", "UAF", "SEP", "CRM"}


def _collective_they(tok: Token, m: Mention, prev: Span, subj: Token) -> bool:
    """Whether an active "they" may continue a named armed group or gang (the Taliban, al-Shabab) that was the
    subject before: only when that sentence names no other plural it could be ("Hamas fired rockets at Israel.
    They hit Tel Aviv" are the rockets), and never as a passive subject ("They were handed over": the hostages)."""
    if m.kind != "group" or m.sector not in COLLECTIVE_SECTORS or m.pronoun or tok.dep_ != "nsubj":
        return False
    inside = range(subj.left_edge.i, subj.right_edge.i + 1)
    return not any(t.tag_ in {"NNS", "NNPS"} and t.i not in inside for t in prev)


def _reported_main(root: Token) -> Token:
    """The clause a sentence is about: its root, or, when the root only attributes what came before it ("Beijing
    has rejected the ruling, analysts said"; "It hopes to avoid a repeat, Oh said"), the reported clause, which
    opens the sentence ahead of the reporting verb and its subject."""
    if root.lemma_.lower() not in REPORTING_LEMMAS:
        return root
    said_by = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    reported = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    if len(reported) == 1 and said_by and all(reported[0].right_edge.i < c.i for c in said_by):
        return reported[0]
    return root


def object_them(doc: Doc, tok: Token, heads: dict[int, Mention], live: list[Mention]) -> list[Mention]:
    """ "Hamas fighters attacked Israel. Israel barred them from Gaza": an object "them" with nothing plural
    before it in its sentence is the main subject of the sentence before, when that subject is the only
    plural there (a plural actor, or actors coordinated), since no other word could be it. Any other plural
    noun, an actor or not ("... seized weapons. Israel took them back"), leaves it unlinked."""
    participial = _participial_object(doc, tok, live)
    if participial is not None:
        return participial
    conjoined = _conjoined_object(doc, tok, live)
    if conjoined is not None:
        return conjoined
    if tok.lower_ != "them" or tok.dep_ not in {"dobj", "pobj", "dative"} or in_quote(tok):
        return []
    sent = tok.sent
    verb = clause_of(tok)
    own = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}  # "Police arrested them"
    if sent.start == 0 or any(
        (t.tag_ in {"NNS", "NNPS"} or t.lower_ == "they") and t.i not in own for t in doc[sent.start : tok.i]
    ):
        return []
    prev = doc[sent.start - 1].sent
    subjects = [c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].i not in heads:
        return _only_plural(doc, tok, prev, heads)
    subj = subjects[0]
    cands = [heads[subj.i]] + [heads[c.i] for c in subj.conjuncts if c.i in heads and c.i != subj.i]
    if any(c.kind == "person" or c.key.startswith("person:") for c in cands):
        return _only_plural(doc, tok, prev, heads)
    if len(cands) == 1 and not (cands[0].kind == "group" or _plural_mention(doc, cands[0])):
        return _only_plural(doc, tok, prev, heads)
    subtree = {t.i for t in subj.subtree}
    if any(t.tag_ in {"NNS", "NNPS"} and t.i not in subtree for t in prev):
        return []  # another plural the sentence names could be "them"
    return cands


def _only_plural(doc: Doc, tok: Token, prev: Span, heads: dict[int, Mention]) -> list[Mention]:
    """ "Haiti's prime minister met Kenyan officials. He thanked them": when "he", "she" or "it" acts on "them",
    the sentence before having no plural subject, "them" can only be the one plural that sentence names, here
    its object. It must be the only plural word there (no other plural noun, no "they"/"them") and an actor that
    is no named person; coordinated actors count as one plural ("met Kenyan and Somali officials"). A plural or
    noun subject of its own ("Police arrested the activist. Officials released them") leaves "them" open, as it
    may be a singular "them" for someone the sentence before named."""
    verb = clause_of(tok)
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"he", "she", "it"} for c in verb.children):
        return []
    plurals = [t for t in prev if t.tag_ in {"NNS", "NNPS"} or t.lower_ in {"they", "them"}]
    if not plurals:
        return []
    head = plurals[-1]
    while head.dep_ == "conj" and head.head.tag_ in {"NNS", "NNPS"}:
        head = head.head
    group = [head, *head.conjuncts]
    if any(t not in group for t in plurals) or any(t.i not in heads for t in group):
        return []
    cands = [heads[t.i] for t in group]
    if any(c.kind == "person" or c.key.startswith("person:") or c.pronoun for c in cands):
        return []
    return cands


def _participial_object(doc: Doc, tok: Token, live: list[Mention]) -> list[Mention] | None:
    """ "Pakistani officials blamed India, accusing it of supporting militants", "China criticized the United
    States, urging it to stop": the object it/them of a participle that trails a clause is that clause's
    object, whom the subject goes on acting on. When that object is an actor that agrees (one body or country
    for "it", a group, plural or coordinated actors for "them") it is the pronoun's; when it is anything else
    (no actor, a person, a disagreeing number), an empty list leaves the pronoun unlinked. None means the
    pronoun is not such an object and other rules may look."""
    low = tok.lower_
    verb = tok.head
    if low not in {"it", "them"} or tok.dep_ not in {"dobj", "dative"} or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if len(objects) != 1:
        return None
    return _agreeing_actors(doc, objects[0], live, low)


def _conjoined_object(doc: Doc, tok: Token, live: list[Mention]) -> list[Mention] | None:
    """ "China criticized the United States and urged it to stop", "The UN praised Ethiopia but warned it",
    "Kenya welcomed the rebels' offer and urged them to disarm": the object it/them of a verb joined by
    and/but to an earlier one whose subject it shares is that earlier verb's object (or the actor owning it),
    since an object pronoun is never its own clause's subject and the subject goes on acting on whom it
    named. An agreeing actor there is the pronoun's; anything else (no actor, a person, a disagreeing number)
    gives an empty list. None means the pronoun is not such an object."""
    low = tok.lower_
    verb = tok.head
    if low not in {"it", "them"} or tok.dep_ != "dobj" or verb.dep_ != "conj" or in_quote(tok):
        return None
    first = verb.head
    if first.pos_ not in {"VERB", "AUX"} or first.i > verb.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # a subject of its own: another clause, which the other rules read
    objects = [c for c in first.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    obj = objects[0]
    heads = {m.head for m in live if not m.pronoun}
    if obj.i not in heads:
        owners = [c for c in obj.children if c.dep_ == "poss" and c.i in heads]
        if len(owners) != 1:
            return []
        obj = owners[0]
    found = _agreeing_actors(doc, obj, live, "they" if low == "them" else low)
    return [] if low == "it" and any(office_holder(doc, m) for m in found) else found  # "the ambassador" is no "it"


def sentence_group(doc: Doc, tok: Token, live: list[Mention]) -> list[Mention]:
    """ "If the Taliban are sincere in what they say, then they must stop ...", "the Taliban's announcement
    that they will no longer grant me access": a "they" subject with no governing subject to take it is
    the one group or plural body named earlier in its sentence, when exactly one actor there agrees with
    it and is the nearest subject before it (of its clause, or owning it). Persons, countries and single
    organizations are left out ("some told VOA they agree": not VOA)."""
    conjoined = _conjoined_subject(doc, tok, live)
    if conjoined is not None:
        return conjoined
    if tok.lower_ != "they" or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    sent = tok.sent
    # the nearest subject before it ("soldiers shot two militants, and four of them blew themselves up when
    # they realized": the four), looking through other "they"s
    nearest = [t.i for t in doc[sent.start : tok.i] if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ != "they"]
    if not nearest:
        return []
    cands: dict[str, Mention] = {}
    for m in live:
        if m.start < sent.start or m.end > tok.i or m.pronoun or m.key.startswith("person:") or not m.sector:
            continue
        head = doc[m.head]
        owner = head.head if head.dep_ == "poss" else head  # "the Taliban's announcement that they ..."
        if owner.dep_ not in {"nsubj", "nsubjpass"} or owner.i != nearest[-1]:
            continue  # "I took my children to a school, they refused": an object is seldom the next subject
        if _plural_body(doc, m):
            cands.setdefault(m.code or "", m)
    return list(cands.values()) if len(cands) == 1 else []


def _plural_body(doc: Doc, m: Mention) -> bool:
    """A mention "they" can stand for in its own sentence: a group, or a plural noun of a role or of a body
    ("militants", "DHS officials", "Iraqi forces"), never a person, a country or one organization by name."""
    return m.kind == "group" or (m.kind in {"agent", "organization"} and _plural_mention(doc, m))


def _conjoined_subject(doc: Doc, tok: Token, live: list[Mention]) -> list[Mention] | None:
    """ "DHS officials did not respond, but they have denied the allegations", "The ministry rejected the
    report and it said ...": an it/they subject of a clause coordinated with an earlier one continues that
    clause's subject, as English keeps the subject across "and"/"but". The first clause's subject decides:
    when it is an actor that agrees (one body for "it", a group or plural for "they", or coordinated
    actors), that is the pronoun's; when it is anything else (a person, a noun no dictionary codes, a
    disagreeing number), the pronoun is that subject's and no other actor of the sentence may take it, so
    an empty list is returned. None means the pronoun is not such a subject and other rules may look."""
    low = tok.lower_
    if low not in {"it", "they"} or tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "conj":
        return None
    if low == "it" and (tok.head.lemma_.lower() in EXPLETIVE_VERBS or tok.head.pos_ == "AUX"):
        return None  # "..., but it is unclear whether": the empty "it"
    first = tok.head
    while first.dep_ == "conj" and first.head.i != first.i and first.head.i < first.i:
        first = first.head
    subjects = [c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i]
    if len(subjects) != 1:
        return None  # no subject of its own (a shared one, or the parse lost it): nothing to continue
    subj = subjects[0]
    if subj.lower_ in {"it", "they"}:
        return None  # a pronoun continues a pronoun: whatever took the first takes this one
    return _agreeing_actors(doc, subj, live, low, sectored=True)


def _agreeing_actors(doc: Doc, head: Token, live: list[Mention], low: str, sectored: bool = False) -> list[Mention]:
    """The actors an it/they/them stands for when `head` (with its conjuncts) is what it continues: one body or
    country for "it", coordinated actors or one plural body for "they"/"them"; an empty list when `head` is no
    actor, a person, or disagrees in number. `sectored`: a coded phrase with neither sector nor country kind (a
    bare name the dictionaries place nowhere) does not count either."""
    heads = {m.head: m for m in live if not m.pronoun}
    if head.i not in heads:
        return []
    cands = [heads[head.i]] + [heads[c.i] for c in head.conjuncts if c.i in heads and c.i != head.i]
    if any(
        c.kind == "person" or c.key.startswith("person:") or (sectored and not c.sector and c.kind != "country")
        for c in cands
    ):
        return []
    if low == "it":
        one = cands[0]
        plural = doc[one.head].tag_ in {"NNS", "NNPS"} and one.kind in {"agent", "organization"}
        return [one] if len(cands) == 1 and not plural and agrees(doc, one, "it") else []
    if len(cands) >= 2:
        return cands
    return cands if _plural_body(doc, cands[0]) else []


def same_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Taliban ... the insurgent group denied involvement", "Myanmar's military ... the military
    continues to defy calls": a definite body with no country or name of its own ("the group", "the
    militants", "the military", "the government") is the body of the same role named just before it (in
    its sentence or the DESCRIPTION_SENTENCES before): the one actor there named with the same word ("the
    U.N. Security Council ... the council", from anywhere before for a word less common than GENERIC_BODIES),
    else, for those common words, the one actor of that role, a named group or organization
    or a country's body (people of that role make it ambiguous, but are never taken: "Trump ... the
    administration"). Its only modifiers are the body's usual epithets (AGAIN_MODIFIERS); "the rival
    group" or "the other militants" stay unlinked."""
    sent_no = sentence_numbers(doc)
    named = sorted(
        (m for m in mentions if m.code and not (m.absorbed or m.modifier_only or m.former)), key=lambda m: m.start
    )
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "agent" or m.code or m.country or not m.sector or m.absorbed or m.modifier_only or m.former:
            continue
        if state_plural(doc, m):
            continue
        head = doc[m.head]
        if head.dep_ in MODIFIER_DEPS | {"appos"} or has_former(head) or noun_modifier(doc, m):
            continue
        if (plain := _plain_the(head, m.start)) is None:
            continue
        det, start = plain
        if any(c.dep_ in {"poss", "nummod", "appos", "prep"} and not charge_of(c) for c in head.children):
            continue  # "the group's", "the army of Mali": something else says whose
        here = sent_no[m.head]
        lemma = head.lemma_.lower()
        generic = lemma in GENERIC_BODIES
        own_verb = _argument_of(head)
        window = [
            b
            for b in named
            if b.end <= det
            and here - sent_no[b.start] <= DESCRIPTION_SENTENCES
            and (own_verb is None or _argument_of(doc[b.head]) != own_verb)
        ]
        # the same word names it ("the U.N. Security Council ... the council"), whatever its role; a word as
        # specific as "council" or "court" anywhere before, one as common as "officials" only nearby
        near = [
            b
            for b in named
            if b.end <= det
            and (own_verb is None or _argument_of(doc[b.head]) != own_verb)
            # a body's own name reaches further, as does a placed body of a word as specific as "cartels": "drug
            # cartels inside Mexico ... (sentences later) offered U.S. help against the cartels" names them again
            and (b in window or (not generic and (b.key.count(":") == 2 or b.country)))
            and not b.pronoun
            and (
                doc[b.head].lemma_.lower() == lemma
                # "India's prime minister ... the premier": another word for the post just named (TITLE_SYNONYMS)
                or (
                    b in window
                    and b.sector == m.sector
                    and b.kind in {"agent", "organization"}
                    and any(
                        title_fits(held, _title_words(doc[start : m.end].text.split(" ", 1)[-1]))
                        for held in _held_posts(doc, b)
                    )
                )
            )
        ]
        if not near:
            if not generic:
                continue
            # a body of the same role; people of that role only compete ("Trump ... the administration")
            near = [b for b in window if _same_role(doc, m, start, b) and not _capital_scene(doc, b)]
            if m.sector == "MIL" and _defends(head) and _other_state_before(mentions, near, det):
                continue  # "Russian drones hit Kyiv. The military said it downed 40": the defender's, or either
            if len({b.code for b in near}) > 1 and (topic := _continued_body(doc, m, near)) is not None:
                # "Ukraine's army said Russian drones hit Odesa. The military accused Russia": the topic goes on
                if topic.kind in {"group", "organization"}:
                    near = [topic]
                elif topic.country:
                    place_agent(m, topic.country)
                    continue
            if not any(
                b.kind in {"group", "organization", "capital"} and not b.key.startswith("person:") for b in near
            ):
                irregular = any(t.lower_ in ARMED_GROUP_WORDS for t in doc[start : m.end])  # "the paramilitary force"
                if m.sector in FORCE_SECTORS and not irregular and (country := _force_country(doc, mentions, m, det)):
                    place_agent(m, country)  # "Israeli strikes hit Gaza. The army said ..." -> ISRMIL
                continue
        if len({b.code for b in near}) != 1:
            continue
        ante = near[-1]
        if ante.key.startswith("person:"):  # "President X ... the president's government": a body, not X
            continue
        out.append(_standing_at(ante, doc[start : m.end], m.head, absorbed=False, modifier_only=False, described=True))
        m.absorbed = True
    return out + _bodies_by_kind(doc, mentions + out, named)


def _argument_of(tok: Token) -> Token | None:
    """The verb ``tok`` is an argument of (its subject, object, or the object of one of its prepositions), or
    None. Two arguments of one verb are two parties: a description cannot repeat the other side of its own act
    ("Washington criticized the government", "Beijing urged the government to act": English says "itself" or
    "its own government" for that), so a definite description is never linked to its co-argument (same_bodies)."""
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ in {"prep", "agent"} and tok.head.head.pos_ in {"VERB", "AUX"}:
        return tok.head.head
    return None


def _continued_body(doc: Doc, m: Mention, near: list[Mention]) -> Mention | None:
    """Of two bodies of one role named just before, the one a definite "the military", "the group" that opens
    its sentence as the main subject stands for: the main subject of the sentence just before, as news English
    keeps its topic (continued_subject does the same for "it" and "they"). None unless that subject is one of
    ``near`` and no actor comes before the description in its own sentence."""
    head = doc[m.head]
    verb = head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    sent = head.sent
    if head.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ROOT" or sent.start == 0 or in_quote(head):
        return None
    if any(sent.start <= b.start < m.start for b in near):
        return None
    prev = doc[sent.start - 1].sent
    subjects = [c for c in _reported_main(prev.root).children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return None
    # "Russian forces shelled Kharkiv, Ukraine's military said. The military ...": the speaker after the report
    # is as near a topic as what it reports, so the speaker counts too, and two of them leave it open
    speakers = {c.i for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}}
    found = [b for b in near if b.head in speakers | {subjects[0].i} and not b.pronoun]
    return found[0] if len({b.code for b in found}) == 1 else None


def _force_country(doc: Doc, mentions: list[Mention], m: Mention, before: int) -> str | None:
    """ "Israeli strikes hit Gaza on Monday. The army said it targeted commanders", "Kenyan police fired tear gas
    in Nairobi. [...] The police said 20 people were arrested": a bare "the army", "the military" or "the police"
    that no named body just before stands for is the force of the one country whose force of that sector the text
    has named before it (in any sentence), or, for the armed forces, whose armed acts it has named (ARMED_ACT_NOUNS:
    "Israeli strikes", "Russian shelling", "a Turkish offensive"). Not the country struck (Gaza, Iraq), which names
    no force; forces or acts of two countries ("Israeli airstrikes and Iranian missiles") leave it unplaced, as
    a wrong country is worse than none."""
    countries: set[str] = set()
    defends = m.sector == "MIL" and _defends(doc[m.head])
    own_verb = _argument_of(doc[m.head])
    for x in mentions:
        if x.absorbed or x.end > before or not x.country:
            continue
        if own_verb is not None and _argument_of(doc[x.head]) == own_verb:
            continue  # "Russian troops attacked the army": the other side of its own act
        if x.sector == m.sector:
            countries.add(x.country)
        elif m.sector == "MIL" and x.kind in {"country", "demonym"}:
            tok = doc[x.head]
            if tok.dep_ in {"amod", "compound", "poss", "nmod"} and tok.head.lemma_.lower() in ARMED_ACT_NOUNS:
                countries.add(x.country)
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    if defends and any(x.country and x.country != country and x.end <= before and not x.absorbed for x in mentions):
        return None  # the force of the one that struck, or of the one struck that fends it off: either
    return country


# what a force does against an attack: the attacked side's army as often as the attacker's ("The military said it
# downed 40 drones" after "Russian drones hit Kyiv"), so no sign of which one it is
DEFENSIVE_VERBS = {"intercept", "down", "repel", "repulse", "thwart", "foil", "neutralize", "neutralise"}
# what is shot down or destroyed in the air: "shot down 12 drones", "destroyed 30 missiles"
PROJECTILE_NOUNS = {"drone", "missile", "rocket", "projectile", "uav", "shahed", "aircraft", "jet", "plane", "warplane"}


def _defends(head: Token) -> bool:
    """Whether a bare force's own act, or the act it reports of itself ("The military said it downed 40 drones"),
    fends off an attack: a DEFENSIVE_VERBS verb, or shooting down or destroying drones or missiles."""
    verb = clause_of(head)
    verbs = [verb]
    if head.dep_ == "nsubj" and head.head == verb:  # "said it downed": the act it reports of itself
        verbs += [
            c
            for c in verb.children
            if c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children)
        ]
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma in DEFENSIVE_VERBS:
            return True
        if lemma in {"shoot", "destroy", "bring"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PROJECTILE_NOUNS for c in v.children
        ):
            return True
    return False


def _other_state_before(mentions: list[Mention], near: list[Mention], before: int) -> bool:
    """Whether, beside the forces ``near`` of one country, the text before names another country (the one struck)."""
    own = {b.country for b in near if b.country}
    if len(own) != 1:
        return False
    return any(x.country and x.country not in own and x.end <= before and not x.absorbed for x in mentions)


def _fits_kind(noun: str, b: Mention) -> bool:
    """Whether a named body can be called "the group", "the agency", "the bloc", ... (KIND_NOUNS): a group is
    any named group or a non-state organization (the Taliban, a rebel front, a rights group); an agency an
    organization that is no company, court or parliament; a bloc or alliance an intergovernmental body; a
    company a business; a ministry or party a body whose own name says so."""
    if b.kind not in {"group", "organization"} or b.sector is None or b.key.count(":") < 1:
        return False
    if noun == "group":
        # "the G7 ... the group": a club of states named as a group of so many ("Group of Seven", "G20")
        if b.sector == "IGO":
            return bool(GROUP_OF_STATES.match(b.text))
        return b.kind == "group" or b.sector not in STATE_SECTORS | {"IGO", "BUS", "MED"}
    if noun == "grouping":
        return b.sector == "IGO"
    if noun in {"organization", "organisation"}:
        return b.sector not in STATE_SECTORS | {"BUS"}
    if noun == "agency":
        return b.kind == "organization" and b.sector not in {"BUS", "LEG", "JUD", "REB", "INS", "SEP", "UAF", "CRM"}
    if noun in {"bloc", "alliance"}:
        return b.sector == "IGO"
    if noun in {"company", "firm"}:
        return b.sector == "BUS"
    return noun in b.text.lower()  # "the ministry", "the party": "the Foreign Ministry", "the Zanu PF party"


def _named_as_kind(doc: Doc, b: Mention, noun: str) -> bool:
    """Whether the text itself calls a named body a ``noun`` right after its name ("Russia's FSB security
    service", "Iran's IRNA news agency", "the Shin Bet security agency"): the name modifies a phrase headed by that
    noun, so "the service", "the agency" after it is that body, as "the Federal Security Service ... the service"
    is by _fits_kind."""
    kind = _kind_after_name(doc, b)
    return kind is not None and kind.lemma_.lower() == noun


def _held_posts(doc: Doc, b: Mention) -> list[str]:
    """The post words a body's mention gives ("India's prime minister" -> prime minister) and, for a named body, the
    kind the text gives its name ("Russia's RT channel" -> channel), for TITLE_SYNONYMS to compare."""
    kind = _kind_after_name(doc, b)
    return [w for w in (_post_words(doc, b), kind.lower_ if kind is not None else "") if w]


def _kind_after_name(doc: Doc, b: Mention) -> Token | None:
    """The noun right after a named body's name that its name modifies ("FSB security service" -> service, "RT
    channel" -> channel), or None."""
    if b.kind not in {"group", "organization"} or b.sector is None or b.key.count(":") < 1:
        return None
    tok = doc[b.head]
    while tok.dep_ in {"compound", "amod"} and tok.head.i > tok.i:  # the tagger takes some acronyms for adjectives
        tok = tok.head
    if tok.i < b.end or tok.i - b.end > 2:
        return None
    if not all(t.head.i == tok.i and t.dep_ in {"compound", "amod"} for t in doc[b.end : tok.i]):
        return None
    return tok


def _bodies_by_kind(doc: Doc, mentions: list[Mention], named: list[Mention]) -> list[Mention]:
    """ "The BLA attacked a train ... The group gave authorities 48 hours", "UNICEF said ... the agency needs
    a billion dollars": a bare definite "the group", "the agency", "the bloc" (KIND_NOUNS), words no agent row
    codes because alone they name no role, is the one named body of that kind (_fits_kind) in its sentence or
    the DESCRIPTION_SENTENCES before. Two such bodies, or a named organization there that no dictionary
    codes (it may be the one meant), leave it unlinked; so do "the group of immigrants", "the same group",
    "the group Hamas" and "the rival group", which say more than "the one just named"."""
    sent_no = sentence_numbers(doc)
    covered = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
    coded = {i for m in named for i in range(m.start, m.end)}
    out: list[Mention] = []
    for tok in tokens_with(doc, TAG, ("NN",)):
        noun = tok.lemma_.lower()
        if noun not in KIND_NOUNS or tok.i in covered:
            continue
        if tok.dep_ in (MODIFIER_DEPS - {"poss"}) | {"appos", "attr", "conj"} or tok.conjuncts:
            continue  # "the group leader", "the largest group of immigrants", "the group and its allies"
        if (plain := _plain_the(tok, tok.i)) is None:
            continue
        _, start = plain
        if any(c.dep_ in {"prep", "acl", "appos", "nummod", "poss"} for c in tok.children):
            continue  # "the group of seven", "the group led by X", "the group's own": something else says which
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            continue  # "the group Hamas": the name follows
        here = sent_no[tok.i]
        own_verb = _argument_of(tok)  # "Hamas accused the group": the other side of its own act (_argument_of)
        window = [
            b
            for b in named
            if b.end <= start
            and here - sent_no[b.start] <= DESCRIPTION_SENTENCES
            and (own_verb is None or _argument_of(doc[b.head]) != own_verb)
        ]
        fits = [b for b in window if not b.pronoun and (_fits_kind(noun, b) or _named_as_kind(doc, b, noun))]
        if len({b.key for b in fits}) != 1:
            continue  # "Hamas and Islamic Jihad ... the group": two bodies, even of one code
        if _uncoded_name(doc, fits[-1].end, start, coded):
            continue  # a named body no dictionary codes, between the body and the phrase, may be the one meant
        out.append(
            _standing_at(fits[-1], doc[start : tok.i + 1], tok.i, absorbed=False, modifier_only=False, described=True)
        )
        covered.update(range(start, tok.i + 1))
    return out


def _uncoded_name(doc: Doc, start: int, end: int, coded: set[int]) -> bool:
    """Whether tokens start..end name an organization that no mention codes: an ORG entity, or a run of two or
    more proper nouns the tagger gives no other type ("Dog Meat Free Indonesia", which it often misses)."""
    if any(
        e.label_ == "ORG" and start <= e.start < end and not coded & set(range(e.start, e.end)) for e in entities(doc)
    ):
        return True
    run: list[Token] = []
    for t in [*doc[start:end], None]:
        if t is not None and t.pos_ == "PROPN" and t.ent_type_ in {"", "ORG"}:
            run.append(t)
            continue
        if len(run) >= 2 and any(x.i not in coded for x in run):
            return True
        run = []
    return False


def _capital_scene(doc: Doc, m: Mention) -> bool:
    """A capital named as where something happened ("met the minister in Cairo"), which is no government
    acting: "the administration" in the next sentence is not the host's because a visitor was there."""
    head = doc[m.head]
    return m.kind == "capital" and head.dep_ == "pobj" and head.head.lower_ in {"in", "at", "near", "outside"}


def quoted_we(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "We will not accept ...", said the prime minister: a speaker who holds office or speaks for a body
    says "we" for that body, so "we"/"us" in a direct quote is the speaker's own code (a minister's
    government, a spokesman's group), as CAMEO codes the office and not the person. The speaker is the quotes
    component's (it runs first); a speaker no mention codes, or one with no role (a bare country, a
    citizen), leaves the pronoun alone, since "we" may then be anyone from a family to a nation. "I", "me" and
    "my" in a direct quote are the speaker whoever they are ("“I will visit Beijing,” Putin said"), as long as the
    speaker is a person or body, not a place ("Moscow said")."""
    quotes = [q for q in (doc._.dw_quotes or []) if q is not None and q.kind == "direct" and q.speaker is not None]
    if not quotes:
        return []
    live = [m for m in mentions if m.code and not (m.absorbed or m.modifier_only)]
    out: list[Mention] = []
    for tok in sorted([*tokens_of(doc, FIRST_PLURAL), *tokens_of(doc, FIRST_SINGULAR)], key=lambda t: t.i):
        singular = tok.lower_ in FIRST_SINGULAR
        if tok.pos_ != "PRON" or tok.text in {"US", "i"}:
            continue
        inside = [q for q in quotes if q.start <= tok.idx < q.end]
        if not inside:
            continue
        quote = min(inside, key=lambda q: q.end - q.start)
        start, end = quote.speaker.start, quote.speaker.end
        if start is None or end is None or start <= tok.idx < end:
            continue
        said = doc.char_span(start, end, alignment_mode="expand")
        if said is None:
            continue
        speakers = [
            m
            for m in live
            if m.start <= said.root.i < m.end and (m.kind not in SPEAKER_PLACES if singular else m.sector in SPOKEN_FOR)
        ]
        codes = {m.code for m in speakers}
        if len(codes) != 1:
            continue
        out.append(at_pronoun(speakers[0], tok))
    return out


def interview_turns(doc: Doc, mentions: list[Mention], labels: set[int]) -> list[Mention]:
    """In an interview transcript ("VOA: During your visit ... Armitage: I had met Dr. Lai before") each turn
    is the labelled speaker's own words with no quote marks: "I", "me", "my" in it are the speaker, "we" and "us"
    the speaker's body when the speaker holds office or speaks for a group (as in a quote) or the speaker's country
    when they are interviewed as a former official of it, and "you" in another speaker's turn is the one person
    interviewed, when the transcript's labels name exactly one coded person. A label is that person when a coded
    mention lies inside it or its last word is the surname of the one coded person whom the text names so. A
    transcript has at least two turns; a lone "Note:" or "Update:" is no interview. Direct quotes inside a turn, and
    words the speaker reports of another ("Lai said we are open"), have speakers of their own."""
    runs: list[tuple[int, int]] = []
    for i in sorted(labels):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    runs = [r for r in runs if r[1] < len(doc) and doc[r[1]].text == ":"]
    if len(runs) < 2:
        return []
    coded = [m for m in mentions if m.code and not m.pronoun and not m.modifier_only and m.kind not in SPEAKER_PLACES]
    people = [m for m in coded if m.kind == "person"]

    def speaker(start: int, end: int) -> Mention | None:
        inside = [m for m in coded if start <= m.start and m.end <= end]
        inside = [m for m in inside if m.kind == "person"] or inside  # the name, not its description
        if not inside:
            name = doc[start:end]
            commas = [w.i for w in name if w.text == ","]
            last = doc[(commas[0] if commas else end) - 1]
            if not last.is_alpha:
                return None
            inside = [m for m in people if m.text.split()[-1] == last.text]
        return inside[0] if len({m.key for m in inside}) == 1 else None

    speakers = [speaker(a, b) for a, b in runs]
    guests = {m.key: m for m in speakers if m is not None and m.sector != "MED"}
    guest = next(iter(guests.values())) if len(guests) == 1 else None
    quotes = [q for q in (doc._.dw_quotes or []) if q is not None and q.kind == "direct"]
    out: list[Mention] = []
    for n, ((_, label_end), who) in enumerate(zip(runs, speakers, strict=True)):
        turn_end = runs[n + 1][0] if n + 1 < len(runs) else len(doc)
        for tok in doc[label_end + 1 : turn_end]:
            low = tok.lower_
            if tok.pos_ != "PRON" or tok.text in {"US", "i"} or any(q.start <= tok.idx < q.end for q in quotes):
                continue
            if in_quote(tok) or _reported_by_another(tok, labels):
                continue  # 'China says "We respect ..."', "Lai said we are open": someone else's words
            meant = None
            if low in FIRST_SINGULAR and who is not None and who.sector != "MED":
                meant = who
            elif low in FIRST_PLURAL and who is not None and (who.sector in SPOKEN_FOR or _former_official(who)):
                meant = who
            elif low in SECOND_PERSON and guest is not None and (who is None or who.key != guest.key):
                meant = guest
            if meant is not None:  # the label's own mention is absorbed: the pronoun is a live one
                out.append(_standing_at(meant, doc[tok.i : tok.i + 1], tok.i, pronoun=True, absorbed=False))
    return out


def _reported_by_another(tok: Token, labels: set[int]) -> bool:
    """Whether a pronoun stands in words the turn's speaker reports of someone else ("Lai said we are open for
    dialogue"): a verb of saying above it whose subject is not a first-person pronoun (nor the turn's label, which
    the parser may take for one)."""
    ups = list(tok.ancestors)
    # "Lai said, we are open": the parser may hang the reporting clause under the reported one
    verbs = ups + [c for up in ups[:2] for c in up.children if c.dep_ in {"parataxis", "advcl", "ccomp"}]
    for up in verbs:
        if up.lemma_.lower() in REPORTING_LEMMAS:
            subjects = [c for c in up.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(
                c.i != tok.i and c.i not in labels and c.lower_ not in FIRST_SINGULAR | FIRST_PLURAL for c in subjects
            ):
                return True
    return False


def _former_official(m: Mention) -> bool:
    """A person coded by country alone because they left office ("Richard Armitage, former U.S. deputy secretary of
    state"): interviewed as such, their "we" is their country ("the message we brought to Taiwan")."""
    return m.kind == "person" and m.sector is None and m.country is not None and m.code == m.country


def not_the_speaker(doc: Doc, mentions: list[Mention], links: list[Mention]) -> list[Mention]:
    """ "“He is not someone we trust,” Mujahid said", "“They know they need to get rid of the S-400,” a State
    Department official said": a speaker says "I" and "we" for themselves, so a third-person pronoun inside
    their own direct quote is someone else, never the speaker or the speaker's body. Returns the pronoun
    links (at_pronoun copies) less those that put the quote's own speaker (by identity or code) inside the
    quote, whichever rule linked them (a governing "said", the only person of that gender named before)."""
    quotes = [q for q in (doc._.dw_quotes or []) if q is not None and q.kind == "direct" and q.speaker is not None]
    if not quotes:
        return links
    live = [m for m in mentions if m.code and not (m.absorbed or m.modifier_only or m.pronoun)]
    out: list[Mention] = []
    for link in links:
        tok = doc[link.head]
        inside = [q for q in quotes if q.start <= tok.idx < q.end]
        if link.pronoun and inside and tok.lower_ not in FIRST_PLURAL | FIRST_SINGULAR:
            quote = min(inside, key=lambda q: q.end - q.start)
            start, end = quote.speaker.start, quote.speaker.end
            said = doc.char_span(start, end, alignment_mode="expand") if start is not None and end is not None else None
            if said is not None and not start <= tok.idx < end:
                speakers = [m for m in live if m.start <= said.root.i < m.end]
                if any(m.key == link.key or (m.code == link.code and not _two_people(m, link)) for m in speakers):
                    continue
        out.append(link)
    return out


def _two_people(a: Mention, b: Mention) -> bool:
    """Two people named apart, whom a shared code does not make one ("Scholz" quoting Merkel: both DEU)."""
    return a.key != b.key and a.key.startswith("person:") and b.key.startswith("person:")


def home_agents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Cameroon's farmers are calling on authorities at home and in Europe": "at home" is the home of the
    clause's subject, so an agent placed "at home" that is not itself that subject takes the subject's
    country (beside any other place it is given). When the agent is the subject ("Authorities at home
    condemned ...") or the subject has no country, the sentence does not say whose home, and nothing is added."""
    by_head: dict[int, list[Mention]] = {}
    for m in mentions:
        by_head.setdefault(m.head, []).append(m)
    out: list[Mention] = []
    for tok in tokens_of(doc, ("home",)):
        if tok.dep_ != "pobj" or tok.head.lower_ != "at" or tok.head.dep_ != "prep":
            continue
        noun = tok.head.head
        agents = [m for m in by_head.get(noun.i, []) if m.kind == "agent" and m.sector and not m.former]
        if not agents or noun.dep_ in {"nsubj", "nsubjpass"}:
            continue
        verb = noun.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ in {"conj", "xcomp"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(subjects) != 1 or noun.i in {t.i for t in subjects[0].subtree}:
            continue
        owners = {
            m.country
            for m in by_head.get(subjects[0].i, [])
            if m.country and m.country not in REGION_CODES and not m.absorbed and not m.modifier_only
        }
        if len(owners) != 1:
            continue
        country = next(iter(owners))
        agent = agents[0]
        if any(m.country == country for m in by_head.get(noun.i, []) if not m.absorbed):
            continue
        kind = org_kind(agent.sector)
        code = country + (agent.sector or "")
        out.append(
            replace(
                agent,
                code=code,
                country=country,
                kind=kind,
                name=display_name(country, agent.sector),
                key=f"{kind}:{code}",
                absorbed=False,
                modifier_only=False,
            )
        )
        if agent.code == agent.sector:
            agent.absorbed = True  # the role-only "authorities" is now placed
    return out


def owned_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "his organization", "its alliance", "their movement": a body its owner calls its own is the owner's
    body, so it takes the owner's code when the possessive's owner is a coded person or body with a role
    (a NATO chief's organization is NATO). A party or movement is no state's, so a government owner's
    ("the president said his party") leaves it alone; a bare country owner does too."""
    by_tok: dict[int, Mention] = {}
    for m in mentions:
        if m.code and not (m.absorbed or m.modifier_only):
            for i in range(m.start, m.end):
                by_tok.setdefault(i, m)
    out: list[Mention] = []
    for tok in nouns(doc):
        if tok.lemma_.lower() not in OWN_BODIES or tok.i in by_tok:
            continue
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES]
        if not poss:
            continue
        owner = by_tok.get(poss[0].i)
        if owner is None and poss[0].lower_ in {"its", "their"}:
            owner = governing_owner(doc, tok, by_tok, poss[0].lower_)
        if owner is None or not owner.sector or owner.sector == "CVL" or owner.former:
            continue
        if owner.sector in STATE_SECTORS and tok.lemma_.lower() in {"party", "movement"}:
            continue
        if any(c.dep_ in {"amod", "compound", "appos"} and c.lower_ != "own" for c in tok.children):
            continue  # "its parent agency", "their rival party, the X": another body than the owner
        span = doc[poss[0].i : tok.i + 1]
        out.append(_standing_at(owner, span, tok.i))
    return out


def previous_owner(
    doc: Doc, head: Token, poss: Token, mentions: list[Mention], any_role: bool = False
) -> Mention | None:
    """ "Japan summoned the ambassador. Its foreign ministry said ...": an its/their agent that is the main
    subject of a sentence naming no actor before it belongs to the main subject of the sentence just before,
    as a pronoun subject there would ("It said ..."), when that subject agrees with the possessive and is a
    country or its state (the agent takes the owner's country and keeps its own role). A subject that is no
    actor passes the role to the country that owns it ("Nigeria's oil output fell. Its army ..."). With
    ``any_role`` the owner may be a body of any role ("Rebels seized the town. Their leaders ...")."""
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.head.dep_ != "ROOT" or in_quote(poss):
        return None
    sent = head.sent
    live = [m for m in mentions if m.code and not (m.absorbed or m.modifier_only)]
    if sent.start == 0 or any(sent.start <= m.start < poss.i for m in live):
        return None
    prev = doc[sent.start - 1].sent
    subjects = [c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    owners = [m for m in live if m.head == subj.i and (m.country or any_role)]
    if not owners and not any(m.start <= subj.i < m.end for m in live):
        owned_by = [c.i for c in subj.children if c.dep_ == "poss"]
        owners = [m for m in live if owned_by and m.head == owned_by[0] and m.kind in {"country", "demonym"}]
    if len(owners) != 1 or subj.conjuncts:
        return None
    owner = owners[0]
    word = poss.lower_
    if owner.kind == "person" or owner.key.startswith("person:") or not agrees(doc, owner, word):
        return None
    if owner.sector not in STATE_SECTORS | {None} and not any_role:
        return None  # "Rebels attacked. Their leaders ...": the rebels' leaders are no government of Mali
    if word == "its" and doc[owner.head].tag_ == "NNS" and owner.kind == "agent":
        return None
    return owner


def _same_role(doc: Doc, m: Mention, start: int, b: Mention) -> bool:
    """Whether a named body ``b`` has the role a definite description ``m`` (from ``start``) names: the same
    sector, or, for a description of an armed group ("the paramilitary group", "the mercenary force", "the
    militia"), any named armed group outside a state's forces (ARMED_GROUP_SECTORS), which dictionaries sort
    into rebels, militias and insurgents where the press calls them all of these."""
    armed = any(t.lower_ in ARMED_GROUP_WORDS for t in doc[start : m.end])
    if b.sector == m.sector and not (armed and m.sector not in ARMED_GROUP_SECTORS):
        return True
    named_group = b.kind in {"group", "organization"} and b.key.count(":") >= 1
    return (armed or m.sector in ARMED_GROUP_SECTORS) and b.sector in ARMED_GROUP_SECTORS and named_group


def _plain_the(head: Token, before: int) -> tuple[int, int] | None:
    """Where "the" and the phrase start when the words before `before` that hang on `head` are "the" and nothing
    but words that name a thing again ("the group", "the same agency"); None when any other word says which one
    ("the rival group", "a group")."""
    kids = [c for c in head.children if c.i < before]
    dets = [c for c in kids if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return None
    words = [t for c in kids if c is not dets[0] for t in c.subtree]
    if any(t.lower_ not in AGAIN_MODIFIERS and not t.is_punct for t in words):
        return None
    return dets[0].i, min([dets[0].i, *(t.i for t in words)])


# state sectors whose bare bodies ("the government", "the authorities") take the one country a story is about
# (story_state_country); police, courts and legislatures take the setting (setting_country), and armies the
# country whose force or armed acts were named (_force_country): "A Palestinian attack killed two settlers. The
# army said ..." is Israel's army, which the story never names
STORY_STATE_SECTORS = {"GOV", "MIL"}
# a state's one army, which a story that names no other country means by "the army" (story_state_country); troops
# and forces are as often abroad, so only the singular body itself
STORY_ARMIES = {"army", "military"}
# the state's own bodies, which a story about one country names by their kind alone; people ("officials",
# "leaders", "diplomats") are as often another state's, which a story about one country often brings in
STORY_STATE_BODIES = {
    "government", "authority", "ministry", "regime", "administration", "cabinet", "junta", "presidency",
    # a state's ruling body for a transition, named by its kind alone once the story has named the state
    "transitional council", "military council", "ruling council", "sovereignty council", "sovereign council",
}  # fmt: skip
# what a state issues, which acts for it as its subject: "An ordinance extended the curfew", "The decree banned
# rallies" (actors._acting_documents); bare, they are the story's one state's, as "the government" is
ACTING_DOCUMENTS = {"decree", "ordinance", "edict", "directive", "regulation", "order", "law", "legislation", "bill"}
# bodies of which a story names one per state: their plural ("governments", "regimes") is many states
ONE_PER_STATE = {"government", "administration", "regime", "ministry", "junta", "cabinet"}
# bodies that rule their own state only, by force or by a transition: never the state they criticize or meet
RULING_BODIES = {"junta", "regime", "transitional council", "military council", "ruling council", "sovereignty council"}
UNLIKE_DETERMINERS = {"any", "every", "each", "no", "another", "such"}  # "any government": no one state's


def _names_the_state(m: Mention, country: str) -> bool:
    """Whether a mention names a state by its own name or its capital ("Mali", "Bangkok"), not by a place in it."""
    if m.country != country or m.kind not in {"country", "capital"}:
        return False
    name = country_names().get(country, "").lower()
    return m.kind == "capital" or m.text.lower().removeprefix("the ") == name


def _shared_clauses(head: Token, verb: Token) -> list[Token]:
    """The clause of ``head`` and, when it is that clause's subject, the coordinated verbs with no subject of their
    own, which it is the subject of too: in "The ministry holds briefings and criticized Israel", Israel is whom
    the ministry criticized, as in its own clause."""
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.head != verb:
        return [verb]
    return [verb] + [
        c
        for c in verb.conjuncts
        if c.pos_ in {"VERB", "AUX"} and not any(s.dep_.startswith("nsubj") for s in c.children)
    ]


def story_state_country(doc: Doc, mentions: list[Mention], labels: set[int] | None = None) -> None:
    """ "Thousands marched in Nairobi. The government said ...", "Pakistan held elections. The ministry rejected
    criticism": a bare state body (the government, the authorities, the ministry, the regime; STORY_STATE_BODIES)
    that nothing near it placed is, as a reader takes it, of the one country whose state is in play.
    That is the only country named in the story up to it and in its own sentence (the West and Europe, blocs
    named as such, do not count: "The government blamed Western sanctions"), or one that at least
    three quarters of those words name when no other country is named in its sentence or the two before. A
    story with two countries in play ("Ethiopia and Eritrea signed ... The government") leaves it role-only, as
    a wrong country is worse than none. People of the state ("officials", "diplomats") are as often another
    state's, and plural bodies ("governments", "regimes") are many states, so neither is placed. "The army" or
    "the military" (STORY_ARMIES) is placed only more strictly: the story so far names that one country and no
    other at all, and names it as a state (its name or capital): "Fighting flared in Mali ... The army said" ->
    MLIMIL, while "Fighting raged in Gaza. The army said" stays role-only."""
    sent_no = sentence_numbers(doc)
    outlets = reporting_outlets(mentions)
    words = sorted(
        # the West and Europe are blocs, whose governments are named as such ("Western governments")
        (
            o
            for o in mentions
            if o.country
            and o.country not in REGION_CODES
            and not (o.absorbed or o.pronoun)
            and o.kind != "agent"
            and id(o) not in outlets
        ),
        key=lambda o: o.start,
    )
    if not words:
        return
    bodies = {o.head for o in mentions if not o.absorbed and (o.code or o.sector)}
    for m in mentions:
        if m.kind != "agent" or m.country or m.code != m.sector or m.sector not in STORY_STATE_SECTORS:
            continue
        if m.absorbed or m.modifier_only or m.pronoun or m.former or noun_modifier(doc, m) or state_plural(doc, m):
            continue
        head = doc[m.head]
        lemma = head.lemma_.lower()
        phrase = doc[m.start : m.end].text.lower().removeprefix("the ")
        army = m.sector == "MIL"
        if army:
            if lemma not in STORY_ARMIES or head.tag_ != "NN":
                continue  # "troops", "forces", "soldiers": as often abroad
        elif lemma not in STORY_STATE_BODIES and phrase not in STORY_STATE_BODIES and lemma not in ACTING_DOCUMENTS:
            continue
        document = lemma in ACTING_DOCUMENTS  # "a 2020 law": a year, no count of bodies
        if has_former(head) or (head.tag_ == "NNS" and lemma in ONE_PER_STATE) or (_pair_words(head) and not document):
            continue
        if any(c.dep_ == "poss" for c in head.children):
            continue
        if any(c.lower_ in FOREIGN_WORDS and not m.start <= c.i < m.end for c in head.children):
            continue  # "foreign governments"; "the Foreign Ministry" is the state's own
        if any(c.dep_ == "det" and c.lower_ in UNLIKE_DETERMINERS for c in head.children):
            continue  # "any government", "many officials": no one state's
        if any(p.dep_ == "prep" and p.lower_ in {"of", "from"} and not charge_of(p) for p in head.children):
            continue  # "officials of the party", "leaders from the region": another body says whose
        if any(p.dep_ == "prep" and any(o.i in bodies for o in p.children) and not charge_of(p) for p in head.children):
            continue
        here = sent_no[m.head]
        sent = head.sent
        before = [o for o in words if o.start < sent.start]
        own = [o for o in words if sent.start <= o.start < sent.end]
        if (lemma in RULING_BODIES or phrase in RULING_BODIES) and (own_verb := _argument_of(head)) is not None:
            # "Burkina Faso's army took power. The junta criticized Paris": the other argument of the body's own
            # act is another party (_argument_of), and a junta or regime is not the state it acts on; only its
            # own clause's other side is set aside, so "The junta criticized Paris" counts Burkina Faso alone
            own = [o for o in own if _argument_of(doc[o.head]) != own_verb]
        verbs = _shared_clauses(head, clause_of(head))
        if not document and any(
            clause_of(doc[o.head]) in verbs and not o.modifier_only and o.start not in (labels or ()) for o in own
        ):
            continue  # "The envoy of Sudan met the president": whom a named state meets is as often another's
        named = [o.country for o in before + own]
        counts: dict[str, int] = {}
        for country in named:
            counts[country or ""] = counts.get(country or "", 0) + 1
        if not counts:
            continue
        top = max(counts, key=lambda c: counts[c])
        if not top or top in REGION_CODES:
            continue
        if army and (len(counts) > 1 or any(o.country and o.country != top for o in mentions if o.start < sent.end)):
            continue  # "A Palestinian attack killed two Israelis. The army said": with two states in play, either's
        if army and not any(_names_the_state(o, top) for o in before + own):
            continue  # "Fighting raged in Gaza. The army said": a place in a state is as often where another's army is
        if len(counts) > 1:
            # a document's own sentence names whom it is aimed at ("extended quarantine for travelers from India")
            near = {
                o.country
                for o in before + ([] if document else own)
                if here - sent_no[o.start] <= DESCRIPTION_SENTENCES
            }
            if counts[top] < 3 or counts[top] * 4 < len(named) * 3 or near - {top}:
                continue
        if _subject_elsewhere(doc, sent.start - 1, top, mentions):
            continue  # "The ruling party accused France ... The authorities": France is only whom it accused
        place_agent(m, top)
