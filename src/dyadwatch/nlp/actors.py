"""spaCy component ``dyadwatch_actors``: find and code the actors of an article.

Dictionary phrases are found with one PhraseMatcher (cheap, whatever the dictionary size); the
parse then combines them the way news text does: a country or demonym modifying a generic agent
("Mexican officials", "the U.S. ambassador", "the government of Mexico") gives COUNTRY+SECTOR,
a title or appositive lends its code to an unknown person ("The U.S. ambassador to Mexico, Ronald
Johnson"), people are coded by the role they held on the article's date (so a former official is
not coded as the government), and later surname-only mentions and cheap pronouns are linked back.
Phrases that refer back are linked conservatively, to the one earlier actor that fits or not at all:
descriptions of a country ("the Southeast Asian nation", regions.tsv), bare titles ("the prime
minister", by the dictionary's dated roles), bodies named again ("the insurgent group", "the council")
and pronoun subjects that continue the subject before ("... authorities refused to comment. They ...").
Peoples named by nationality ("The French, Germans and British objected") are their countries; each
coordinated place phrase places a body ("officials in Kenya and in Uganda"); "we" in a direct quote is the
speaker's body, "its movement" the owner's; a place in a document's name ("the Minsk agreements") is no actor.
A generic agent that nothing places in a country keeps CAMEO's role code alone ("the rebels" ->
code REB, country None; PETRARCH's ``---REB``), so its events are not lost.

Sets ``doc._.dw_actors`` (list of model.Actor) and ``doc._.dw_mentions`` (a MentionIndex the events
component walks).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

import numpy
import pycountry
from spacy.attrs import DEP, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PRON, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dyadwatch.coding import dictionaries
from dyadwatch.coding.dictionaries import ActorEntry
from dyadwatch.model import Actor
from dyadwatch.model import Span as TextSpan
from dyadwatch.nlp import extensions
from dyadwatch.nlp.arms import ARMED_ACT_NOUNS, HARDWARE_AGENTS, MUNITIONS, PLATFORMS
from dyadwatch.nlp.mentions import (
    FORMER,
    Mention,
    MentionIndex,
    aimed_site,
    clause_of,
    country_names,
    display_name,
    entities,
    entities_kept,
    forget_quote_marks,
    has_former,
    in_quote,
    noun_modifier,
    nouns,
    office_holder,
    org_kind,
    place_agent,
    sentence_start,
    span_place,
    tokens_of,
    tokens_with,
)
from dyadwatch.nlp.references import (
    ACTING_DOCUMENTS,
    AWAY_LEMMAS,
    CUE_SENTENCES,
    DESCRIPTION_SENTENCES,
    FOREIGN_WORDS,
    HOSTILE_VERBS,
    MODIFIER_DEPS,
    PLACE_OF_NOUNS,
    POSSESSIVES,
    REGION_CODES,
    REPORTING_LEMMAS,
    STATE_PLURALS,
    STATE_SECTORS,
    STORY_STATE_BODIES,
    UNLIKE_DETERMINERS,
    agrees,
    at_pronoun,
    bilateral_pairs,
    carried_country,
    continued_subject,
    country_descriptions,
    divided_halves,
    forget_sentence_numbers,
    former_latter,
    fronted_clause_subject,
    governing_owner,
    home_agents,
    interview_turns,
    later_names,
    led_bodies,
    not_the_speaker,
    object_them,
    owned_bodies,
    place_descriptions,
    plural_references,
    previous_owner,
    quoted_we,
    same_bodies,
    sentence_group,
    sentence_numbers,
    setting_country,
    shared_surnames,
    state_plural,
    story_state_country,
    surnames_named_before,
    titled_descriptions,
)
from dyadwatch.read.text import DATELINE_RE

LOCATIVE = {"of", "in", "from", "throughout", "across"}  # "police in Mexico", "rebels from Mali"
COMPASS_WORDS = {"West", "East", "North", "South"}  # regions by a compass word alone ("the West")
AFFILIATIVE = {"with"}  # "officials with Immigration and Customs Enforcement": an organization they work for
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
# kinds of named actors that are no person: a place or a body a dictionary reads in a name
NAME_KINDS_NOT_PEOPLE = {"country", "capital", "organization", "group"}
GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "them", "it"}
SPECIFIC_SECTORS = {"REB", "OPP", "MIL", "COP", "CRM", "MED", "JUD", "LEG", "BUS", "NGO", "EDU"}
SPECIFIC_SECTORS |= {"REL", "LAB", "HLH", "UAF", "SPY", "HRI", "ENV", "AGR", "REF"}
# sectors of titles that make a named person an official ("President X", "Gen. Y", "opposition leader Z")
TITLE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "REL", "SPY", "LAB", "UAF", "ELI"}
# posts held in a body, which the dictionaries code as government by default: "the leader of the opposition" holds
# the opposition's post, "the head of the army" the army's
BODY_POSTS = {
    "leader", "head", "chief", "chairman", "chairwoman", "chair", "chairperson", "spokesman", "spokeswoman",
    "spokesperson", "member", "commander", "official", "representative", "secretary", "president", "director",
}  # fmt: skip
ADVISER_POSTS = {"adviser", "advisor", "aide", "counselor", "counsellor"}  # "an adviser to the president" serves them
PERSONAL_STAFF = ADVISER_POSTS | {"spokesman", "spokeswoman", "spokesperson"}  # a named person's own staff
RULING_WORDS = {"ruling", "governing"}  # "the ruling party": in power, so the government's side
PLACE_KINDS = {"country", "demonym", "capital"}
# plain words for a person that say nothing of their role ("a man from Syria"), which no agent row codes
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "child", "person", "teenager", "teen", "couple", "family", "baby", "mother",
    "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather", "widow",
}  # fmt: skip
ENVOYS = {"GOV", "MIL", "LEG", "SPY"}  # titles of those who deal with other states' agents
# where a place names the scene, not a participant ("police arrested protesters in Cairo")
SCENE_PREPS = {"in", "inside", "throughout", "across", "near", "outside", "around"}
SCENE_PREPS |= {"through"}  # "marched through Nairobi": a crowd's route is where it acts
LOCAL_SECTORS = {"COP", "REB", "OPP", "CVL", "CRM", "EDU", "JUD", "LEG", "BUS", "MED"}
LOCAL_SECTORS |= {"LAB", "AGR", "HLH", "REL", "HRI", "ENV", "ELI"}  # refugees and hired guns are often foreign
# sectors of the state acting at home: their generic counterparts in a sentence share their country
DOMESTIC_SECTORS = {"GOV", "COP", "JUD", "LEG"}
# people and fighters whom a state reports on abroad as often as at home ("U.S. officials said civilians were
# killed"): a home body that only says what they did or suffered does not make them its own (_domestic_agents)
REPORTED_ABROAD = {"REB", "UAF", "CVL"}
# verbs of saying and knowing, whose subject reports on the clause below it rather than acting in it
SAYING_LEMMAS = REPORTING_LEMMAS | {
    "report", "confirm", "estimate", "believe", "allege", "note", "stress", "acknowledge", "deny", "think", "know",
}  # fmt: skip
# a state's agents abroad: protesters outside "the U.S. embassy" or stoning "the French ambassador" are not that
# state's own people, so these never make a sentence's local agents domestic
DIPLOMATIC = {"embassy", "consulate", "ambassador", "envoy", "diplomat", "consul", "emissary", "delegation", "mission"}
CURRENCY = {"$", "dollars", "dollar"}
# a wire dateline that gives the day after the place, as AFP and Reuters copy does: "TOKYO, Oct 9 (AFP) -",
# "BAGHDAD, March 3, 2007 (AFP) -", "KABUL, Afghanistan, Jan. 5 (Reuters) -"
DATED_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'\u2019-]{1,40}?(?:,\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ. ]{1,30}?)?)"
    r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"\s*(?:\([A-Za-z ]{1,20}\))?\s*[\u2013\u2014-]{1,2}\s+"
)
DATELINE_TOKENS = 30  # "MEXICO CITY –", "TIJUANA, Baja California (AP) —": a place, a region, an agency, a dash
MAX_LABEL_TOKENS = 5  # a transcript turn label: "VOA", "Richard Armitage", "Deputy Secretary Armitage"
# posts whose holder speaks for a body, whose "they" in reported speech is that body (_spoken_for)
BODY_SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "official", "representative"}
BODY_SPEAKER_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "REB", "OPP", "NGO", "BUS"}
VISIT_LEMMAS = {"visit", "tour", "reach", "enter"}  # verbs whose object is where the subject goes
MAX_DESCRIBED_LABEL = 16  # "Richard Armitage, former U.S. deputy secretary of state:"
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
# faiths and creeds the tagger calls NORP: an agent they qualify still has no country ("Shiite militias")
CREEDS = {
    "islamist", "islamic", "muslim", "christian", "jewish", "shiite", "shia", "shi'ite", "sunni", "catholic",
    "protestant", "orthodox", "hindu", "buddhist", "sikh", "maoist", "communist", "marxist", "jihadist",
    "salafist", "evangelical", "coptic", "druze", "alawite", "western", "arab", "european", "african", "asian",
    "democratic", "republican", "liberal", "conservative",  # "democratic nations": a politics, not a people
}  # fmt: skip
# people named by a body they have left: "a British army veteran" is no member of the army
FORMER_MEMBERS = {"veteran", "retiree", "pensioner", "alumnus", "alumni"}
# a crowd that backs someone: "supporters of the militia" are the militia's backers, not the militia; backers of a
# party, a politician or a government are of its sector ("Khan's supporters" -> PAKOPP), of anything else civilians
BACKER_NOUNS = {"supporter", "follower", "sympathiser", "sympathizer", "loyalist", "backer", "partisan"}
BACKED_SECTORS = {"OPP", "GOV", "LEG"}
HYPHENS = {"-", "\u2013"}  # a hyphen, or the en dash some papers set between a pair ("Israel\u2013Hamas")
# Latin and Greek combining forms of states' names, joined by a hyphen to another state's ("Sino-Indian",
# "Franco-British", "Russo-Ukrainian"), each mapped to the demonym it stands for
COMBINING_FORMS = {
    "sino": "Chinese",
    "franco": "French",
    "indo": "Indian",
    "russo": "Russian",
    "anglo": "British",
    "italo": "Italian",
    "greco": "Greek",
    "turco": "Turkish",
    "austro": "Austrian",
    "luso": "Portuguese",
    "nippo": "Japanese",
    "hispano": "Spanish",
    "germano": "German",
    "irano": "Iranian",
    "syro": "Syrian",
}
STANCE = {"pro", "anti"}  # "pro-Russian", "anti-American": a stance toward a country, not its people
# bodies of water and landforms named after a country or people: "the South China Sea", "the Gulf of Mexico",
# "the Indian Ocean", "the Korean Peninsula" are places, not the country or its government
FEATURES = {
    "sea", "seas", "ocean", "gulf", "strait", "straits", "bay", "channel", "sound", "basin", "peninsula",
    "subcontinent", "trench", "archipelago",
}  # fmt: skip

# texts and settlements named after the place they were signed in or a country they concern ("the Copenhagen
# Charter", "the Minsk agreements", "the Treaty of Rome"): the name's place is not a party to what is done to it
DOCUMENT_NOUNS = {
    "charter", "agreement", "accord", "treaty", "protocol", "declaration", "convention", "pact", "memorandum",
    "communique", "communiqué", "covenant", "compact", "statute", "constitution", "framework", "roadmap",
    "consensus", "criteria", "principles", "act", "resolution", "deal", "plan", "formula", "format", "process",
}  # fmt: skip
# of these, the ones a capital's meeting or deal is named by only: "the Doha talks", "the Geneva process",
# while "the Iran deal", "the U.S. plan" name a country's own side and stay with it; a proposal or initiative named
# after a city ("the Cairo proposal", "the Jeddah initiative") is the one put on the table there, which a reader
# does not take for a proposal of the host government's own ("the Egyptian proposal" is Egypt's)
VENUE_DOCUMENTS = {"deal", "plan", "formula", "format", "process", "talks", "summit", "conference", "negotiations"}
VENUE_DOCUMENTS |= {"proposal", "initiative", "blueprint", "meeting"}
# meetings, talks and signings, which sides hold in a third country as often as at home: "Colombia's president met
# rebel commanders in Havana" says where they met, not that the rebels are Cuban (_meeting_venue)
ARMED_NONSTATE = {"REB", "UAF", "INS", "SEP"}  # armed groups, which hold no capital where they meet or sign
MEETING_VERBS = {"meet", "talk", "negotiate", "confer", "consult", "sign", "attend", "host", "convene", "mediate"}
MEETING_NOUNS = {
    "talk", "meeting", "negotiation", "summit", "conference", "consultation", "dialogue", "ceremony", "forum",
    "session", "round", "deal", "agreement", "accord", "treaty", "pact", "truce", "ceasefire", "cease-fire",
}  # fmt: skip
# people who live away from their own country: a place they are in ("immigrants in Japan", "refugees in
# Uganda") is not theirs; only a place they come from is ("refugees from Syria")
MIGRANT_LEMMAS = {"immigrant", "migrant", "refugee", "seeker", "deportee", "foreigner", "expatriate", "expat", "exile"}
# visitors are from elsewhere too: "a bomb in Istanbul killed four tourists" says nothing of whose they are
MIGRANT_LEMMAS |= {"tourist", "holidaymaker", "vacationer", "visitor", "sightseer"}
# a diaspora and its emigrants live abroad as well: "the Ethiopian diaspora in Germany" is Ethiopian, not German
MIGRANT_LEMMAS |= {"diaspora", "emigrant", "emigre", "émigré"}
# words on people that say they are from elsewhere ("foreign volunteers", "overseas workers")
ELSEWHERE_WORDS = {"foreign", "overseas", "visiting", "expatriate", "international", "exiled"}
# a legislator's title in front of a name: "Representative Jason Crow" sits in a legislature, whatever
# "a representative of the ministry" is alone
LEGISLATOR_TITLES = {
    "representative", "rep.", "rep", "senator", "sen.", "sen", "congressman", "congresswoman", "lawmaker",
    "legislator", "mp", "parliamentarian",
}  # fmt: skip
# "Democratic Representative X", "Republican Sen. X": the two-party usage of the U.S. Congress names the
# country, whatever the places of the sentences before (other countries' "Democratic" parties go by name)
CONGRESS_TITLES = {"representative", "rep.", "rep", "senator", "sen.", "sen", "congressman", "congresswoman"}
HOUSE_TITLES = CONGRESS_TITLES - {"senator", "sen.", "sen"}  # senators sit in many countries' parliaments
CONGRESS_PARTIES = {"Democratic": "USA", "Republican": "USA", "Democrat": "USA"}
# "U.S.-backed rebels", "Iran-funded militias", "Russian-made drones", "Qatar-brokered talks": the country
# backs, pays, arms, builds or mediates; it is not whose the body is, so it neither codes the body nor acts in
# the sentence (CAMEO codes the rebels, not their backer). Their own country still comes from the text
# ("U.S.-backed rebels in Syria" -> SYRREB). Leading, running, owning or housing a body does make it the
# country's ("the Saudi-led coalition", "Chinese-owned companies", "U.S.-based firms").
BACKING_PARTICIPLES = (
    "backed", "funded", "financed", "sponsored", "supported", "armed", "trained", "equipped", "supplied",
    "allied", "aligned", "inspired", "made", "built", "manufactured", "designed", "brokered", "mediated",
    "occupied", "held", "imposed",
)  # fmt: skip
BACKER_AFTER = re.compile(r"\s?[-\u2013]\s?(?:" + "|".join(BACKING_PARTICIPLES) + r")\b", re.IGNORECASE)
# "Chinese-owned companies", "a U.S.-based firm", "Kenyan-run camps", "Russian-installed officials": a country
# that owns, runs, houses or installs a body qualifies it as "Vietnamese-led forces" does (the parser hangs the
# country under the participle). A ship is its flag state's ("a Liberian-flagged tanker", as event coders code
# ships), and a plan or resolution is its drafter's or proposer's ("a French-drafted plan": rejecting the text
# rejects its author), unlike a thing made, built or brokered (BACKING_PARTICIPLES), whose maker is no party
OWNING_PARTICIPLES = {
    "led", "run", "owned", "operated", "based", "commanded", "headed", "installed", "appointed",
    "flagged", "registered", "drafted", "proposed", "authored",
}  # fmt: skip
# "a French-sponsored resolution", "a U.S.-sponsored bill": a text put to a vote is written and tabled by its sponsor,
# so on these nouns "sponsored" names the author as "drafted" does; a sponsored militia or plot stays the backer's proxy
SPONSOR_PARTICIPLES = {"sponsored", "cosponsored", "co-sponsored", "tabled", "introduced", "submitted"}
AUTHORED_TEXTS = {"resolution", "motion", "bill", "amendment", "draft", "text", "proposal", "declaration", "petition"}
# "the mainland" in Chinese, Taiwanese and Hong Kong news is the People's Republic; elsewhere (Greece's islands,
# Zanzibar, Tasmania) it is just land, so it is China only when one of these is named close before it
MAINLAND_OF = {"CHN": frozenset({"CHN", "TWN", "HKG", "MAC"})}
# "opposition" as the act of opposing, not the opposition party: "met with opposition from Russia", "faced
# strong opposition", "voiced its opposition to the plan"
OPPOSING_VERBS = {
    "meet", "face", "voice", "express", "signal", "reiterate", "state", "declare", "drop", "withdraw",
    "register", "encounter", "overcome", "cite", "repeat", "underline", "stress", "soften", "maintain",
}  # fmt: skip
OPPOSING_DEGREE = {
    "strong", "stiff", "fierce", "firm", "vehement", "staunch", "vocal", "strenuous", "growing", "mounting",
    "widespread", "broad", "bitter", "steadfast", "implacable", "outright", "initial", "continued", "public",
}  # fmt: skip
# the nouns of a region's group of states: "Central African states" are the region, not the Central African
# Republic, whose demonym is the region's name
REGION_GROUP_NOUNS = {"states", "countries", "nations", "governments", "neighbors", "neighbours", "economies"}
# a home force: its guardsmen serve in their own country, so, like police, they take the country of the
# scene or of the state acting beside them ("the governor deployed the National Guard in Texas")
# "Mexico would send 10,000 National Guard troops", "Trump deployed troops to Los Angeles": a state sends
# and pulls back its own forces, so the object of these verbs is the subject's
DEPLOY_VERBS = {"deploy", "send", "dispatch", "mobilize", "mobilise", "station", "redeploy", "withdraw", "federalize"}
FORCE_SECTORS = {"MIL", "COP"}
HOME_FORCE_LEMMAS = {"guard", "guardsman", "guardsmen"}  # words of the agent phrase


def _doc_text(doc: Doc) -> str:
    """The article text. ``Doc.text`` rebuilds the whole string on every call, which made slicing it
    per mention quadratic on long articles, so the Article's own text is reused when it is the Doc's."""
    article = doc._.dw_article
    if article is not None and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(article.text):
        return article.text
    return doc.text


class ActorResolver:
    """The component: holds the PhraseMatcher built once from all dictionaries."""

    def __init__(self, nlp: Language, extra_dictionaries: list[str]) -> None:
        extensions.register()
        self.entries = dictionaries.load(list(extra_dictionaries))
        by_phrase: dict[str, list[int]] = {}
        for i, entry in enumerate(self.entries):
            for name in entry.names:
                for form in dictionaries.variants(name, entry.kind):
                    by_phrase.setdefault(form, []).append(i)
        self.phrases: dict[str, tuple[ActorEntry, ...]] = {}
        for phrase, ids in by_phrase.items():
            chosen = [self.entries[i] for i in ids]
            if any(e.kind != "agent" for e in chosen):
                chosen = [e for e in chosen if e.kind != "agent"]
            last_origin = chosen[-1].origin
            self.phrases[phrase] = tuple(e for e in chosen if e.origin == last_origin)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        phrases = sorted(self.phrases)
        for phrase, pattern in zip(phrases, nlp.tokenizer.pipe(phrases), strict=True):
            self.matcher.add(phrase, [pattern])
        # known people in any case, accepted only right behind a title ("President obama")
        self.people_any_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        people = sorted({p for p, e in self.phrases.items() if e[0].kind == "person" and len(p) >= 4})
        for phrase, pattern in zip(people, nlp.tokenizer.pipe(people), strict=True):
            self.people_any_case.add(phrase, [pattern])
        # listed people by the first and the last word of each name ("Lai" of "Lai Ching-te", "Ruto" of "William
        # Ruto"): a family name comes first in some languages, last in others (see _titled_holder)
        self.name_words: dict[str, list[ActorEntry]] = {}
        for entry in self.entries:
            if entry.kind != "person" or not entry.title:
                continue
            for name in entry.names:
                words = name.split()
                for word in {words[0], words[-1]} if len(words) > 1 else ():
                    if len(word) > 2 and word[:1].isupper():
                        self.name_words.setdefault(word, []).append(entry)
        # single-token forms, for parts of hyphenated tokens ("U.S.-Mexican")
        self.single = {p: e for p, e in self.phrases.items() if " " not in p and e[0].kind in {"country", "demonym"}}
        # one-word names of armed groups and bodies, taken inside a hyphenated token only as one of a pair of
        # sides ("U.S.-Taliban talks"): alone there ("Hamas-run") a body qualifies a noun, it acts in no event
        self.single_bodies = {
            p: e for p, e in self.phrases.items() if " " not in p and e[0].kind in {"organization", "group"}
        }
        # singulars of plural agent nouns ("a Chinese national", "a French aid worker"), taken only right
        # behind a nationality: one person of a people, whom the dictionaries list in the plural only
        self.singular_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        singulars: dict[str, tuple[ActorEntry, ...]] = {}
        for phrase, chosen in self.phrases.items():
            if chosen[0].kind != "agent" or not phrase[:1].islower():
                continue
            words = phrase.split()
            one = _singular(words[-1])
            form = " ".join([*words[:-1], one]) if one else None
            if form and form not in self.phrases and form not in singulars:
                singulars[form] = chosen
        self.phrases.update(singulars)
        for phrase, pattern in zip(sorted(singulars), nlp.tokenizer.pipe(sorted(singulars)), strict=True):
            self.singular_matcher.add(phrase, [pattern])

    # ------------------------------------------------------------------ entry point

    def __call__(self, doc: Doc) -> Doc:
        try:
            with entities_kept(doc):
                return self._annotate(doc)
        finally:
            forget_quote_marks(doc)  # a per-call count (see `in_quote`): not part of the Doc's data
            forget_sentence_numbers(doc)  # likewise (see references.sentence_numbers)

    def _annotate(self, doc: Doc) -> Doc:
        article = doc._.dw_article
        date: dt.date | None = article.date if article is not None else None
        mentions = self._dictionary_mentions(doc, date)
        mentions += self._dateline_place(doc, mentions, date)
        mentions += self._hyphen_parts(doc, mentions, date)
        mentions += self._combining_forms(doc, mentions)
        _sports_sides(doc, mentions)
        mentions += _led_bodies(doc, mentions)
        _trade_bodies(doc, mentions)
        mentions += _named_outlets(doc, mentions)
        mentions = self._combine(doc, mentions)
        _activity_objects(doc, mentions)
        mentions += _state_bases(doc, mentions)
        mentions += _carried_people(doc, mentions)
        _foreign_agent_label(doc, mentions)
        _bare_weapons(doc, mentions, _aircraft(doc, mentions))
        _receivers_of_goods(doc, mentions)
        mentions += _people_from(doc, mentions)
        mentions += _counted_crowds(doc, mentions)
        mentions += _mainland(doc, mentions)
        mentions += self._unknown_people(doc, mentions)
        mentions += surnames_named_before(doc, mentions)
        mentions += _unknown_parties(doc, mentions)
        mentions += self._share_conjuncts(doc, mentions)
        opening = _dateline(doc)
        labels = _turn_labels(doc, mentions) | opening
        led_bodies(doc, mentions)
        mentions += titled_descriptions(doc, mentions)
        mentions += country_descriptions(doc, mentions)
        mentions += divided_halves(doc, mentions)
        mentions += place_descriptions(doc, mentions)
        _backed_bodies(doc, mentions)
        _whose_owner(doc, mentions)
        self._vessel_crews(doc, mentions)
        _regional_leaders(doc, mentions)
        _hosts_at_home(doc, mentions)
        _city_officials(doc, mentions)
        self._local_branches(doc, mentions)
        self._state_bodies(doc, mentions)
        self._locate_agents(doc, mentions)
        _party_members(doc, mentions)
        _fleeing_people(doc, mentions)
        _struck_place_people(doc, mentions)
        _ethnic_residents(doc, mentions)
        _militants_at_home(doc, mentions)
        _loyal_agents(doc, mentions)
        _home_congress(doc, mentions)
        self._domestic_agents(doc, mentions)
        _civil_war_sides(doc, mentions)
        _home_government(doc, mentions)
        _host_government(doc, mentions)
        _mandate_country(doc, mentions)
        _deployed_forces(doc, mentions)
        _included_members(doc, mentions)
        _serving_posts(doc, mentions)
        mentions += plural_references(doc, mentions)
        mentions += same_bodies(doc, mentions)
        carried_country(doc, mentions)
        _describe_people(doc, mentions)
        _sector_only(doc, mentions)
        setting_country(doc, mentions, dateline=opening)
        _home_civilians(doc, mentions)
        mentions += _setting_people(doc, mentions)
        documents = _acting_documents(doc, mentions)
        mentions += documents
        story_state_country(doc, mentions, labels)
        _recent_government(doc, mentions, documents)
        for m in documents:  # a law no text or story names the state of is no side
            m.absorbed = m.absorbed or m.country is None
        _ruling_parties(doc, mentions)
        mentions += later_names(doc, mentions)
        mentions += not_the_speaker(doc, mentions, self._pronouns(doc, mentions))
        mentions += quoted_we(doc, mentions)
        mentions += interview_turns(doc, mentions, labels)
        mentions += home_agents(doc, mentions)
        mentions += owned_bodies(doc, mentions)
        mentions += former_latter(doc, mentions)
        self._possessed_agents(doc, mentions)
        mentions += _owned_arms(doc, mentions)
        _neighbouring_states(doc, mentions)
        mentions += _struck_owners(doc, mentions)
        setting_country(doc, mentions, owned=True, dateline=opening)
        for m in mentions:  # "our" has said whose "our embassy" is; as a side of its own it is mostly "our values"
            if m.pronoun and doc[m.head].lower_ == "our":
                m.absorbed = True
        _held_places(doc, mentions)
        _bloc_seats(doc, mentions)
        _one_per_head(mentions)
        _stacked_places(doc, mentions)
        index = MentionIndex.build(mentions)
        index.labels = labels
        _led_modifiers(doc, mentions, index)
        index.pairs = bilateral_pairs(doc, mentions)
        doc._.dw_mentions = index
        doc._.dw_actors = self._actors(index)
        return doc

    # ------------------------------------------------------------------ steps

    def _make(
        self,
        doc: Doc,
        span: Span,
        entry: ActorEntry,
        date: dt.date | None,
        phrase: str,
        named: frozenset[str],
        spelled: str | None = None,
    ) -> Mention:
        code, country, sector, kind = entry.code, entry.country, entry.sector, entry.kind
        title: str | None = None
        # Every row of the winning file that shares this phrase and kind is a candidate: two people
        # can share a surname ("Bush"), and a group can change role ("the Taliban" before and after
        # taking Kabul), so the row in force on the article date wins. Rows of other files are not
        # candidates, so a user's dictionary still overrides the built-in one whole.
        rows = [e for e in self.phrases[phrase] if e.kind == kind and e.origin == entry.origin]
        if kind == "person" and len({e.country for e in rows}) > 1 and (said := self._said_country(doc, span)):
            # "Saudi King Abdullah", "Jordan's King Abdullah": two people share a name and title; the nationality
            # the writer puts before it says which one is meant, whatever the article's date
            own = [e for e in rows if e.country == said]
            if own:
                rows, entry = own, own[0]
        if kind == "person" or any(e.start or e.end for e in rows):
            active = [e for e in rows if e.active(date)]
            if active:
                entry = active[0]
                if kind in {"organization", "group"} and len({e.code for e in active}) > 1:
                    entry = _shared_name(active, named, spelled)
                code, country, sector = entry.code, entry.country, entry.sector
                title = entry.title
            else:  # named, but not in this role on this date: the country, never the government
                code, sector = entry.country, None
            if kind == "person" and has_former(span.root):
                code, sector, title = entry.country, None, None
        name = entry.name
        if kind in PLACE_KINDS and code:
            name = country_names().get(entry.country or code, name)  # "Congo, The Democratic Republic of the"
            if kind == "capital":
                name = display_name(entry.country, sector)  # "Washington" is the "United States government"
        if kind in {"organization", "group", "other"}:
            name = span.text[4:] if span.text.lower().startswith("the ") else span.text
        key = f"person:{entry.name}" if kind == "person" else f"{kind}:{code or sector}:{name}"
        if kind in {"country", "demonym"}:
            key = f"country:{code}"
        return Mention(
            **span_place(span, span.root.i),
            code=code,
            country=country,
            sector=sector,
            kind=kind,
            name=name,
            key=key,
            title=title if kind == "person" else None,
        )

    def _said_country(self, doc: Doc, span: Span) -> str | None:
        """The country a nationality or country word names right before a name, across its title ("Saudi King
        Abdullah", "Jordan's King Abdullah", "Egyptian President Mubarak")."""
        i = span.start - 1
        for _ in range(3):
            if i < 0:
                return None
            tok = doc[i]
            if tok.text in {"'s", "’s"}:
                i -= 1
                continue
            rows = self.single.get(tok.text)
            if rows:
                return rows[0].country
            if not tok.text[:1].isupper():
                return None
            i -= 1
        return None

    def _dictionary_mentions(self, doc: Doc, date: dt.date | None) -> list[Mention]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            spans.append(Span(doc, start, end, label=match_id))
        spans += self._titled_any_case(doc, spans)
        spans += self._nationals(doc, spans)
        spans = [s for s in spans if not _compass_in_name(doc, s)]
        out: list[Mention] = []
        spans = filter_spans(spans)
        demonym_roots = {
            s.root.i for s in spans if self.phrases[doc.vocab.strings[s.label]][0].kind == "demonym"
        }  # nationality words, to tell "the French, Germans and British" from "French and German officials"
        named = frozenset(  # the countries the text names, which tell apart two bodies of one short name ("RSF")
            e.country
            for s in spans
            for e in self.phrases[doc.vocab.strings[s.label]][:1]
            if e.kind in PLACE_KINDS and e.country
        )
        spelled = _spelled_out(doc, spans, self.phrases)
        # places joined by a hyphen to another ("Washington-Beijing talks"): a pair of sides, not a venue
        place_spans = [s for s in spans if self.phrases[doc.vocab.strings[s.label]][0].kind in PLACE_KINDS]
        place_starts = {s.end: s.start for s in place_spans}  # a place ending at a token -> where it starts
        paired: set[int] = set()
        for s in place_spans:
            if s.start - 1 in place_starts and doc[s.start - 1].text in HYPHENS:
                paired |= {s.start, place_starts[s.start - 1]}
        starts = {s.start for s in spans}
        for span in spans:
            phrase = doc.vocab.strings[span.label]
            entry = self.phrases[phrase][0]
            root = span.root
            if (
                entry.kind == "agent"
                and (root.pos_ not in {"NOUN", "PROPN"} or root.dep_ == "amod")
                and not (root.dep_ == "amod" and aimed_site(root.head) and root.head.lemma_.lower() not in KIND_SITES)
            ):
                continue  # "military action": an adjective, not an actor; "attacked a military base" names whose
            if (
                entry.kind == "agent"
                and entry.sector == "GOV"
                and root.lemma_.lower() in STATE_PLURALS
                and _is_scene(root)
            ):
                continue  # "protests erupted in many countries": where, not who
            if entry.kind == "agent" and entry.sector == "GOV" and _part_of_a_name(span):
                continue  # "the Alliance of Democracies", "the League of Nations": a body's name, not states
            if _stance_prefix(doc, span.start):
                continue  # "pro-Russian rebels" are not Russian, "anti-American protesters" not American
            if entry.kind == "agent" and entry.sector == "OPP" and _act_of_opposing(root):
                continue  # "met with opposition from Russia": the act of opposing, not an opposition party
            if entry.kind == "demonym" and _region_group(span):
                continue  # "Central African states": the region's states, not the Central African Republic
            if entry.kind == "demonym" and _official_names(entry.country or "") and _in_region_word(doc, span):
                continue  # "Latin American governments": a region's peoples, not the United States
            if (
                entry.kind in {"country", "demonym"}
                and span.end < len(doc)
                and doc[span.end].text in CURRENCY
                and not _given_to(root)
            ):
                continue  # "US $50 million" names a currency; "gave Ukraine $1 billion" names whom it was given
            if entry.kind == "country" and _first_name(doc, span, starts):
                continue  # "Jordan Bardella", "Chad Wolf": a person whose first name is a country's
            if entry.kind == "person" and _another_bearer(doc, span, starts, self.phrases[phrase]):
                continue  # "Jordan Bardella", "Chad Wolf": a person whose first name is a country's
            if entry.kind in PLACE_KINDS and _in_feature_name(doc, span):
                continue  # "the South China Sea", "the Gulf of Mexico": a sea named after a country
            kind = "capital" if entry.kind == "country" and _city_name(phrase, entry) else entry.kind
            if entry.kind in PLACE_KINDS and span.start not in paired and _names_document(doc, span, kind):
                continue  # "the Copenhagen Charter", "the Minsk agreements": a text, not the place's government
            m = self._make(doc, span, entry, date, phrase, named, spelled.get(phrase))
            if _backer(doc, m):
                m.modifier_only = True  # "Iran-backed militias": the backer is no party to what the militias do
            if (
                entry.kind == "demonym"
                and root.dep_ in MODIFIER_DEPS | {"conj"}
                and root.pos_ in {"ADJ", "PROPN"}
                and not _listed_people(root, demonym_roots)
            ):
                m.modifier_only = True
                if _private_bearer(root):
                    m.absorbed = True  # "the Kenyan runner won": a private person's own deed is no act of Kenya
            out.append(m)
        agent_heads = {m.head for m in out if m.kind == "agent"}
        places = [m for m in out if m.kind in PLACE_KINDS]
        for m in out:
            root = doc[m.head]
            if (
                m.kind == "capital"
                and root.dep_ == "compound"
                and root.head.pos_ == "NOUN"
                and root.head.i not in agent_heads
                and not any(c.dep_ == "poss" for c in root.head.children)
                # "Washington-Beijing talks": one of a pair of sides, not where the talks are
                and not any(_hyphen_joined(doc, o, m) or _hyphen_joined(doc, m, o) for o in places)
                and not _shifted_receiver(root)
            ):
                m.modifier_only = True  # "the Madrid talks", "the Beijing Olympics": a venue, not the government
        return out

    def _dateline_place(self, doc: Doc, mentions: list[Mention], date: dt.date | None) -> list[Mention]:
        """ "NAIROBI —", "NEW DELHI (AP) —": the wire dateline names in capitals the place a story is filed from,
        which the case-sensitive matcher misses. Read in its ordinary case, it is the place's mention (a label,
        no party to any act, see _dateline), and a hint of the country the story is set in, as a mixed-case
        dateline ("Nairobi —") already is."""
        label = sorted(_dateline(doc))
        if not label or any(m.start in label and m.kind in PLACE_KINDS for m in mentions):
            return []
        words: list[Token] = []
        for i in label:
            if not doc[i].is_alpha and doc[i].text not in {".", "'"}:
                break  # the place ends at a comma, a bracket or the dash
            words.append(doc[i])
        if not words or not all(t.is_upper or not t.is_alpha for t in words):
            return []
        phrase = " ".join(t.text.capitalize() for t in words)
        rows = self.phrases.get(phrase)
        if not rows or rows[0].kind not in PLACE_KINDS or rows[0].kind == "demonym":
            return []
        entry = rows[0]
        span = doc[words[0].i : words[-1].i + 1]
        m = self._make(doc, span, entry, date, phrase, frozenset())
        if entry.kind == "country" and _city_name(phrase, entry):
            m.kind = "capital"
        return [m]

    def _titled_any_case(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Known names written in another case ("President obama"), taken only behind a title, since a
        lower-case surname alone is too often a word ("may", "rice", "bush")."""
        title_ends = set()
        for span in spans:
            entry = self.phrases[doc.vocab.strings[span.label]][0]
            if entry.kind == "agent" and entry.sector in TITLE_SECTORS:
                title_ends.add(span.end)
        if not title_ends:
            return []
        exact = {(s.start, s.end) for s in spans}
        out = []
        for match_id, start, end in self.people_any_case(doc):
            if start in title_ends and (start, end) not in exact and not doc[start:end].text[:1].isupper():
                out.append(Span(doc, start, end, label=match_id))
        return out

    def _nationals(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """One person named by nationality and a role that the dictionaries list in the plural ("two Chinese
        nationals" is there, "a Chinese national", "a French aid worker", "a Palestinian man" are not): the
        singular right behind a nationality word is that people's civilian, worker or official."""
        ends = set()
        for span in spans:
            if self.phrases[doc.vocab.strings[span.label]][0].kind in {"demonym", "country"}:
                ends.add(span.end)
        out = []
        for match_id, start, end in self.singular_matcher(doc):
            span = Span(doc, start, end, label=match_id)
            if span.root.tag_ != "NN":
                continue
            if start in ends and span.root.dep_ not in MODIFIER_DEPS:
                out.append(span)
            elif end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON":
                out.append(span)  # "journalist Jose Zamora": the singular is the title of the person it names
        return out

    def _hyphen_parts(self, doc: Doc, mentions: list[Mention], date: dt.date | None) -> list[Mention]:
        """Actors inside one hyphenated token, each with its own character offsets ("U.S.-Mexican", "U.S.-China").
        A pair of sides ("U.S.-China talks", "U.S.-Taliban deal") names two parties, as "India-Pakistan clashes"
        does over three tokens, so neither is a mere modifier; one name alone ("U.S.-backed", "U.S.-Mexican
        border") qualifies its noun."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        hyphenated = [o for o in numpy.unique(doc.to_array(ORTH)).tolist() if "-" in doc.vocab.strings[o]]
        for tok in tokens_with(doc, ORTH, hyphenated):
            if tok.i in covered or len(tok.text) > 40:
                continue
            parts = tok.text.split("-")
            found: list[tuple[int, int, str, tuple[ActorEntry, ...]]] = []  # (part number, start char, part, rows)
            offset = 0
            stance = False
            for n, part in enumerate(parts):
                entries = self.single.get(part) or self.single_bodies.get(part)
                if not entries and n + 1 < len(parts) and part.lower() in COMBINING_FORMS:
                    entries = self.single.get(COMBINING_FORMS[part.lower()])
                if entries and not stance:
                    found.append((n, tok.idx + offset, part, entries))
                offset += len(part) + 1
                stance = part.lower() in STANCE
            backed = any(p.lower() in BACKING_PARTICIPLES or p.lower() in OWNING_PARTICIPLES for p in parts)
            pair = (
                len(found) >= 2
                and not backed
                and (all(e[0].kind != "demonym" for _, _, _, e in found) or not _described_noun(tok.head, mentions))
                and len({e[0].code for _, _, _, e in found}) >= 2
            )
            for n, start, part, entries in found:
                e = entries[0]
                if e.kind not in {"country", "demonym"}:
                    if not pair:
                        continue
                    m = self._make(doc, doc[tok.i : tok.i + 1], e, date, part, frozenset())
                    m.start_char, m.end_char, m.text, m.name = start, start + len(part), part, part
                    m.key = f"{m.kind}:{m.code or m.sector}:{part}"  # the name as "Taliban" alone would give
                    out.append(m)
                    continue
                # "U.S.-backed": a backer, never a party; "U.S.-Mexican": a modifier where it qualifies
                modifier_only = not pair and (
                    tok.dep_ in MODIFIER_DEPS
                    or (
                        n + 1 < len(parts)
                        and parts[n + 1].lower() in BACKING_PARTICIPLES
                        and not (
                            parts[n + 1].lower() in SPONSOR_PARTICIPLES and tok.head.lemma_.lower() in AUTHORED_TEXTS
                        )
                    )
                )
                out.append(_country_part(tok, start, part, e, e.kind, modifier_only))
        return out

    def _combining_forms(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Sino-Indian clashes", "Franco-German talks", "Indo-Pakistani ties": English joins two states with
        a Latin or Greek combining form of the first one's name, which the tokenizer splits off before the
        hyphen. The form names its state only so joined to another state's name or demonym ("Indo-Pacific",
        "Anglo-Saxon" and the surname "Franco" name none), and then as the pair's first side, like the
        demonym it stands for."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        for tok in tokens_of(doc, tuple(COMBINING_FORMS)):
            if tok.i in covered or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-":
                continue
            if doc[tok.i + 1].whitespace_ or tok.whitespace_:
                continue
            other = doc[tok.i + 2]
            mate = self.single.get(other.text)
            entries = self.single.get(COMBINING_FORMS[tok.lower_])
            if not mate or not entries or mate[0].code == entries[0].code:
                continue
            out.append(_country_part(tok, tok.idx, tok.text, entries[0], "demonym", True))
        return out

    def _combine(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Country/person modifiers + generic agents -> COUNTRY+SECTOR; titles folded into people."""
        by_tok: dict[int, list[Mention]] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                by_tok.setdefault(i, []).append(m)
        out: list[Mention] = []
        for m in mentions:
            if m.kind == "agent":
                out.extend(self._qualify_agent(doc, m, by_tok))
            elif m.kind == "person":
                self._fold_title(doc, m, by_tok)
            elif m.kind in {"organization", "group"} and m.sector and m.sector != "IGO":
                # "Rwanda's Senate": the modifier's country, the organization's sector
                # a person owns a body but does not make it theirs: "Hemedti's Rapid Support Forces"
                # "Israel-Hamas talks": a hyphen joins two sides; it does not make Hamas Israel's
                mods = [
                    x
                    for x in self._modifiers(doc, doc[m.head], by_tok)
                    if x.country and x.country != m.country and x.kind != "person" and not _hyphen_joined(doc, x, m)
                ]
                if mods:
                    mod = mods[0]
                    mod.absorbed = True
                    m.country, m.code = mod.country, mod.country + m.sector
                    m.start, m.start_char = min(m.start, mod.start), min(m.start_char, mod.start_char)
                    m.text = _doc_text(doc)[m.start_char : m.end_char]
                    m.key = f"{m.kind}:{m.code}:{m.name}"
        _carry_out_of_office_title(doc, mentions)
        in_person = {i for m in mentions if m.kind == "person" and not m.absorbed for i in range(m.start, m.end)}
        for o in out:  # "Nigerian President" folded into "Nigerian President Olusegun Obasanjo"
            if o.head in in_person:
                o.absorbed = True
        for m in mentions:
            if m.kind == "agent" and any(o.head == m.head and o is not m for o in out):
                m.absorbed = True
        # an agent that is the title of a person ("President" in "President Trump") is not an actor
        for m in mentions:
            if m.kind == "agent" and not m.absorbed:
                head = doc[m.head]
                if head.dep_ == "compound" and any(o.kind == "person" for o in by_tok.get(head.head.i, [])):
                    m.absorbed = True
                elif head.dep_ == "compound" and head.head.ent_type_ == "PERSON":
                    m.modifier_only = True
        return mentions + out

    def _modifiers(
        self, doc: Doc, head: Token, by_tok: dict[int, list[Mention]], own: range = range(0)
    ) -> list[Mention]:
        """Country-bearing mentions that modify ``head``: left modifiers (and their conjuncts) or "of X".
        A preposition inside the phrase's own words (``own``) is not a complement: in "Minister of
        Foreign Affairs Sergei Lavrov" the parser hangs the name under "of", but Lavrov holds the title."""
        found: list[Mention] = []
        tokens: list[Token] = []
        located: list[Token] = []
        children = list(head.children)
        for child in head.children:
            if child.dep_ == "prep" and child.i not in own:
                # "officials in Kenya and in Uganda", "authorities at home and in Europe": each coordinated place
                # phrase locates the noun as the first does; "at home" itself names no place (whose home the
                # sentence rarely says), so it adds nothing and the places after it still count
                children.extend(c for c in child.conjuncts if c.dep_ == "conj" and c.pos_ == "ADP" and c.i > child.i)
        for child in children:
            if child.i < head.i and child.dep_ in MODIFIER_DEPS:
                tokens.append(child)
                tokens.extend(c for c in child.children if c.dep_ == "conj")
                if child.dep_ == "compound" or (child.dep_ == "nmod" and child.pos_ == "PROPN"):
                    # the words a compound chain hangs on its first noun qualify the whole phrase: "Cambodian riot
                    # police" (the parser puts "Cambodian" under "riot"), "Montenegro Municipality Association
                    # officials" (a body no dictionary knows, named after its country), also when a short name in
                    # brackets makes the parser take the name for a noun modifier ("... Association (AKK) officials")
                    tokens.extend(_compound_chain(child))
                else:
                    tokens.extend(c for c in child.children if c.dep_ == "compound")
                if child.dep_ == "poss" and _civil_owner(child, by_tok):
                    # "Iranian women's rights activists", "Egyptian workers' unions": the nationality of the
                    # people a body or group is named for is the group's own; not so the victims of "Russian
                    # troops'" acts, nor a named owner ("China's Huawei" is read as a poss already); a country's own
                    # possessive on those people says the same ("Kenya's doctors' union", "Egypt's workers' unions")
                    tokens.extend(c for c in child.children if c.dep_ in {"amod", "poss"})
                if child.pos_ == "VERB" and child.lower_ in OWNING_PARTICIPLES:  # "Vietnamese-led", "Chinese-owned"
                    tokens.extend(c for c in child.children if c.dep_ in {"npadvmod", "compound", "nmod"})
            elif (
                child.dep_ in {"prep", "conj"}
                and child.i not in own
                and (head.lemma_.lower() not in MIGRANT_LEMMAS or child.lower_ == "from")
                and (child.lower_ in LOCATIVE or (child.lower_ == "for" and head.lower_ in SPOKESPEOPLE))
            ):  # "a spokesman for the Taliban" speaks for the Taliban
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    compounds = [c for c in pobj.children if c.dep_ == "compound"]  # "in the West Bank city"
                    person = next((m for m in by_tok.get(pobj.i, []) if m.kind == "person"), None)
                    if person is not None and any(c.i < person.start for c in compounds):
                        # "the commander of the Quds Force Qassem Soleimani": the name is the title's holder,
                        # not its complement; only the words before it qualify the title
                        located.extend(c for c in compounds if c.i < person.start)
                        continue
                    located.append(pobj)
                    located.extend(pobj.conjuncts)  # "lawmakers in Fornost and Gondor"
                    located.extend(compounds)
                    located.extend(  # "relatives of London-based journalists": the place the people are based in
                        g
                        for c in pobj.children
                        if c.i < pobj.i and c.pos_ == "VERB" and c.lower_ in OWNING_PARTICIPLES
                        for g in c.children
                        if g.dep_ in {"npadvmod", "compound", "nmod"}
                    )
                    if not by_tok.get(pobj.i) and pobj.lemma_.lower() in COUNTRY_PLACE_NOUNS | COMPASS_PLACES:
                        # "farmers in Nigeria's northwest", "police in Kenya's coastal county": a place no
                        # dictionary lists is named as a part of the country whose possessive it bears
                        located.extend(
                            c
                            for c in pobj.children
                            if c.dep_ == "poss" and any(m.kind == "country" for m in by_tok.get(c.i, []))
                        )
            elif child.dep_ == "prep" and child.i not in own and child.lower_ in AFFILIATIVE:
                # "a lawyer with the ACLU" works for it; "talks with China", "officials with Mexico" do not
                # say whose they are, so only an organization named there counts
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if any(m.kind == "organization" and m.start <= pobj.i < m.end for m in by_tok.get(pobj.i, [])):
                        located.append(pobj)
        owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in head.children)
        if located and _from_abroad(head):
            located = []  # "foreign troops in Afghanistan", "the international tribunal in The Hague": not the place's
        backers = {id(m) for t in tokens for m in by_tok.get(t.i, []) if _backer(doc, m)}
        if not owned and not any(
            (m.country or m.code) and id(m) not in backers for t in tokens for m in by_tok.get(t.i, [])
        ):
            # "the US commander in Iraq" is American: a left modifier wins; "its embassy in Tehran" is
            # the owner's, not Iran's (the possessive is resolved later)
            tokens += located
        located_ids = {t.i for t in located}
        for tok in tokens:
            for cand in by_tok.get(tok.i, []):
                if not (cand.country or cand.code) or cand.kind == "agent" or cand in found or id(cand) in backers:
                    continue
                if tok.i in located_ids and cand.kind == "demonym":
                    continue  # "a professor in Modern Chinese Studies", "experts in Arabic": a language
                found.append(cand)
        return found

    def _qualify_agent(self, doc: Doc, agent: Mention, by_tok: dict[int, list[Mention]]) -> list[Mention]:
        head = doc[agent.head]
        former = has_former(head)
        for child in head.lefts:  # "rebel leaders", "opposition candidates": the modifier's sector wins
            inner = [m for m in by_tok.get(child.i, []) if m.kind == "agent" and m is not agent and m.sector]
            named = child.dep_ == "nmod" and child.pos_ == "PROPN"  # "the Farmers Union (KFU) leaders"
            if (child.dep_ in {"compound", "amod"} or named) and inner and inner[0].sector in SPECIFIC_SECTORS:
                agent.sector = inner[0].sector
                inner[0].absorbed = True
                agent.start, agent.start_char = (
                    min(agent.start, inner[0].start),
                    min(agent.start_char, inner[0].start_char),
                )
                agent.text = _doc_text(doc)[agent.start_char : agent.end_char]  # offsets and text stay one span
        if agent.sector == "GOV" and head.lemma_.lower() in BODY_POSTS:
            # "the leader of the opposition", "the head of the army", "a spokesman for the rebels": a post in a
            # body is the body's, as "opposition leader" is; the body keeps its own mention (and country). A
            # company's president or chief is left as the dictionaries have it (a person with no state role)
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    inner = [m for m in by_tok.get(pobj.i, []) if m.kind == "agent" and m.head == pobj.i and m.sector]
                    if inner and inner[0] is not agent and inner[0].sector in SPECIFIC_SECTORS - {"BUS"}:
                        agent.sector = inner[0].sector
        out: list[Mention] = []
        mods = self._modifiers(doc, head, by_tok, range(agent.start, agent.end))
        if (
            not mods
            and head.dep_ == "compound"
            and head.head.pos_ == "NOUN"
            and not by_tok.get(head.head.i)
            and head.head.lemma_.lower() not in FORMER_MEMBERS
        ):
            # "a Nigerian army base", "an Israeli police checkpoint": the country before a compound is the
            # country of the body the compound names (whose base, whose checkpoint), not of the bare thing
            mods = [
                x
                for x in self._modifiers(doc, head.head, by_tok, range(agent.start, head.head.i + 1))
                if x.end <= agent.start and x.kind in {"country", "demonym"}
            ]
        if (
            not mods
            and agent.sector in HOME_BODY_SECTORS
            and head.dep_ in {"compound", "poss"}
            and head.head.pos_ == "NOUN"
            and not by_tok.get(head.head.i)
            and head.head.lemma_.lower() in HOME_BODY_SITES
        ):
            # "a police station in Mali", "the government's offices in Dhaka": police and a government serve at
            # home, so the place their building stands in is theirs (an embassy abroad is not among these sites)
            site = head.head
            mods = [
                x
                for x in self._modifiers(doc, site, by_tok, range(agent.start, site.i + 1))
                if x.start > site.i and x.kind in {"country", "capital"}
            ]
            if not mods and site.dep_ == "dobj":
                # "attacked a police post in Somalia": the parse may hang the place on the verb; the building
                # acted on is where the act is
                places = [g for p in site.head.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
                places += [c for g in places if not by_tok.get(g.i) for c in g.children if c.dep_ == "poss"]
                mods = [x for g in places for x in by_tok.get(g.i, []) if x.kind in {"country", "capital"}]
        if not mods and agent.sector == "GOV" and head.dep_ == "dobj" and _the_only_word(head):
            mods = _seat_after_object(doc, head, by_tok)
        if agent.sector in ARMED_NONSTATE:
            mods = [x for x in mods if not _venue_of(doc, head, x)]
        if any(x.kind != "person" for x in mods):
            # "Osama bin Laden's al-Qaeda militants": the group names whose they are, not the man who leads it
            mods = [x for x in mods if x.kind != "person"]
        if any(x.country for x in mods):
            # "London-based BBC journalists": a body no dictionary gives a country, stacked with a place that says
            # where it is based, is that place's; the body's bare sector is no second side with no country
            mods = [
                x
                for x in mods
                if x.country or x.kind not in {"organization", "group"} or x.code != x.sector or x.sector == "IGO"
            ]
        for mod in mods:
            start = min(mod.start, agent.start)
            end = max(mod.end, agent.end)
            start_char = min(mod.start_char, agent.start_char)
            end_char = max(mod.end_char, agent.end_char)
            sector = None if former else agent.sector
            if sector and mod.end == agent.start and _names_legislator(doc, agent):
                sector = "LEG"  # "U.S. Representative Jason Crow"; "U.S. Trade Representative X" is an envoy
            country = mod.country
            code = (country + sector) if (country and sector) else country
            if mod.kind == "person" and not country and mod.code and not former:
                code, sector = mod.code, mod.sector  # "Guterres's spokesman" speaks for the UN (IGOUNO)
            if mod.kind == "person" and sector == "MIL" and mod.sector != "MIL" and _aide_title(doc, agent):
                sector = "GOV"
                code = (country + sector) if country else code
            if mod.kind in {"organization", "group", "other"} and mod.code and not former:
                if mod.sector == "IGO" and sector in {"MIL", "COP"}:
                    code = mod.code + sector  # "UN troops" -> IGOUNOMIL
                else:
                    code, sector = mod.code, mod.sector or sector  # "Pentagon officials" are the Pentagon
            if (
                mod.kind in {"organization", "capital"}
                and mod.code
                and not former
                and mod.code.startswith(country or "~")
            ):
                sector = _body_sector(mod.sector, agent.sector)
                code = mod.code if sector == mod.sector else (country or "") + (sector or "")
            if head.lemma_.lower() in BACKER_NOUNS and not former:
                sector, code = _backer_sector(mod, country)
            mod.absorbed = True
            kind = org_kind(sector)
            out.append(
                Mention(
                    start=start,
                    end=end,
                    head=agent.head,
                    start_char=start_char,
                    end_char=end_char,
                    text=_doc_text(doc)[start_char:end_char],
                    code=code,
                    country=country,
                    sector=sector,
                    kind=kind,
                    name=display_name(country, sector, mod.name),  # "United States military", "Islamic State rebels"
                    key=f"{kind}:{code}",
                )
            )
        if former and not out:
            agent.former = True  # the sector stays for a title ("former President X"), but codes nothing
        return out

    def _fold_title(self, doc: Doc, person: Mention, by_tok: dict[int, list[Mention]]) -> None:
        """Widen a person mention over its title ("Mexican President Claudia Sheinbaum")."""
        head = doc[person.head]
        start = person.start
        titled = former = False
        title_agents: list[Mention] = []
        bodies: list[Mention] = []  # intergovernmental bodies the title names ("African Union envoy")
        for child in head.lefts:
            if child.i < person.start and child.dep_ in {"compound", "amod"} and child.i + 1 >= start - 3:
                for cand in by_tok.get(child.i, []):
                    if cand.kind in {"agent", "demonym", "country"} and cand is not person:
                        k = cand.start - 1
                        while k >= 0 and doc[k].pos_ == "DET":
                            k -= 1
                        if (
                            cand.kind != "agent"
                            and k >= 0
                            and doc[k].lower_ in LOCATIVE
                            and any(o.kind == "agent" for o in by_tok.get(doc[k].head.i, []))
                        ):
                            continue  # "the envoy of Israel Sergei Lavrov": Israel belongs to "envoy"
                        cand.absorbed = True
                        start = min(start, cand.start)
                        titled = titled or (cand.kind == "agent" and cand.sector is not None)
                        if cand.kind == "agent" and cand.sector:
                            title_agents.append(cand)
                            bodies += _title_bodies(doc[cand.head], by_tok)
                if child.lower_ in FORMER:
                    person.code, person.sector = person.country, None
                    former = True
        article = doc._.dw_article
        former = former or has_former(head) or _former_before(doc, start)
        if titled and not former and person.sector is None and (article is None or article.date is None):
            self._latest_role(person)
        elif titled and not former and person.sector is None and len({b.code for b in bodies}) == 1:
            # "African Union envoy Olusegun Obasanjo": a known person out of national office, serving the body now
            person.code, person.country, person.sector = bodies[0].code, bodies[0].country, bodies[0].sector
        elif titled and not former and person.sector is None and person.country:
            _out_of_office_title(person, title_agents)
        if start < person.start:
            person.start_char = doc[start].idx
            person.start = start
            person.text = _doc_text(doc)[person.start_char : person.end_char]

    def _latest_role(self, person: Mention) -> None:
        """An undated text that gives a known person a title ("President Michel Suleiman") speaks of
        them in office: their latest role, as dictionaries.ActorEntry.active promises for no date."""
        roles = [e for e in self.entries if e.kind == "person" and e.name == person.name and e.sector]
        if roles:
            latest = max(roles, key=lambda e: e.start or dt.date.min)
            person.code, person.country, person.sector = latest.code, latest.country, latest.sector

    def _unknown_people(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """PERSON entities outside the dictionaries that a title or appositive codes, and their surnames."""
        covered: dict[int, Mention] = {}
        for m in mentions:
            if not m.absorbed and not m.modifier_only:
                for i in range(m.start, m.end):
                    covered.setdefault(i, m)
        known_people = {
            i for m in mentions if m.kind == "person" and not m.modifier_only for i in range(m.start, m.end)
        }
        coded: dict[str, Mention] = {}
        out: list[Mention] = []
        shared = shared_surnames(doc)
        listed = _listed_surnames(mentions)
        for ent in sorted([*entities(doc), *_untagged_names(doc, mentions)], key=lambda e: e.start):
            if _named_surname(ent, coded, covered):
                pass  # "Carlos Mendez, a Venezuelan student leader, ... Police detained Mendez": him, whatever the tag
            elif ent.label_ in {"ORG", "NORP"} and not _title_token(doc, ent, mentions):
                continue  # a name the tagger calls an organization is a person only behind a title
            elif ent.label_ not in {"PERSON", "ORG", "NORP"}:
                continue
            if any(i in known_people for i in range(ent.start, ent.end)):
                continue  # a dictionary person keeps their own code, whatever title or place is near
            inside = covered.get(ent.start)
            if (
                inside is not None
                and inside.kind in {"group", "organization"}
                and inside.start <= ent.start
                and ent.end <= inside.end
                and inside.end - inside.start > len(ent)
            ):
                continue  # "a Boko Haram camp" tagged "Haram" a person: a word of a body's name is no one
            name = ent.text
            surname = ent[-1].text
            known = coded.get(name) or coded.get(surname)
            if known is not None and len(ent) == 1 and surname in shared:
                continue  # "Zamora" when Maria Zamora and Jose Ruben Zamora are both named: ambiguous
            if known is not None and name not in coded and not set(name.split()) <= set(known.name.split()):
                known = None  # "Ramon Zamora" after "Jose Ruben Zamora": another person of that surname
            if (
                known is None
                and surname not in shared
                and ent.root.dep_ != "compound"
                and not any(i in covered and covered[i].kind != "agent" for i in range(ent.start, ent.end))
            ):  # "the Biden administration" names the administration, which keeps its own mention
                known = _earlier_bearer(listed.get(surname, []), ent)
                if known is None and len(ent) == 1 and not listed.get(surname):  # two named bearers: ambiguous
                    known = self._titled_holder(doc, ent, mentions)
                    if known is not None:  # "President Lai ... Lai said": the later bare name is the same holder
                        coded[name] = coded[surname] = known
            described_by = known.described_by if known is not None else None
            if known is None:
                source = self._title_of(doc, ent, covered) or self._titled(doc, ent, mentions)
                named = any(i in covered and covered[i].kind != "agent" for i in range(ent.start, ent.end))
                if source is None and ent.label_ == "PERSON" and not named:  # "the gang Tren de Aragua" is a group
                    source = described_by = _appositive_agent(doc, ent, covered) or _occupation(doc, ent, mentions)
                if source is None:
                    continue
                known = source
                coded[name] = coded[surname] = source
            for i in range(ent.start, ent.end):  # a titled person beats a bare dictionary name
                if i in covered and covered[i].kind not in {"person", "agent"}:
                    covered[i].absorbed = True
            start, start_char = ent.start, ent.start_char
            title = covered.get(ent.start - 1)
            if (
                title is not None
                and title is known
                and title.end == ent.start
                and title.kind in {"organization", "group"}
                and title.sector in TITLE_SECTORS
            ):
                # "Kenyan President Zorgo Mbaku": the title coded the person and is the same actor, one mention
                title.absorbed = True
                start, start_char = title.start, title.start_char
            out.append(
                Mention(
                    start=start,
                    end=ent.end,
                    head=ent.root.i,
                    start_char=start_char,
                    end_char=ent.end_char,
                    text=_doc_text(doc)[start_char : ent.end_char],
                    code=known.code,
                    country=known.country,
                    sector=known.sector,
                    kind="person",
                    name=known.name if known.kind == "person" else name,
                    key=f"person:{known.name if known.kind == 'person' else name}",
                    described_by=described_by,
                )
            )
            if known.kind != "person":
                coded[name] = coded[surname] = out[-1]
        return out

    def _titled_holder(self, doc: Doc, ent: Span, mentions: list[Mention]) -> Mention | None:
        """ "President Lai", "Prime Minister Modi": a title and one word of a name read, to a news reader, as the
        one listed person of that name who holds that title on the story's date, whatever other country the
        sentence names ("President Lai condemned the Chinese drills" is Taiwan's president, not China's). Only when
        the title's words are in the holder's listed title and every such holder is one actor; a title held by
        no listed bearer of the name ("Premier Lai" years after he was premier) leaves the person to the title."""
        bearers = self.name_words.get(ent.text)
        if not bearers:
            return None
        title = _title_token(doc, ent, mentions)
        if title is None or title.end != ent.start:
            return None
        words = doc[title.start : title.end].text.lower()
        article = doc._.dw_article
        date = article.date if article is not None else None
        holders = {e.code: e for e in bearers if e.code and e.title and words in e.title.lower() and e.active(date)}
        if len(holders) != 1:
            return None
        e = next(iter(holders.values()))
        return Mention(
            **span_place(ent, ent.root.i),
            code=e.code,
            country=e.country,
            sector=e.sector,
            kind="person",
            name=e.name,
            key=f"person:{e.name}",
            title=e.title,
        )

    def _titled(self, doc: Doc, ent: Span, mentions: list[Mention]) -> Mention | None:
        """A person behind a bare title ("President Michel Suleiman") takes the title's sector and the
        country the text gives nearby, as a human coder would: a place in the same sentence that is not
        an argument of the person's own verb (the nearest one), else the one country all other actors of
        the sentence share, else the nearest place in the two sentences before. With no cue, the
        person keeps the sector only (uncoded)."""
        title = _title_token(doc, ent, mentions)
        if title is None or title.sector not in TITLE_SECTORS:
            return None
        former = has_former(ent.root) or has_former(doc[title.head]) or _former_before(doc, title.start)
        sent = ent.sent
        own = _argument_tokens(ent.root)
        places: list[tuple[int, str]] = []
        others: set[str] = set()
        earlier: list[tuple[int, str]] = []
        sent_start = sent.start
        back = sent
        for _ in range(CUE_SENTENCES):
            if back.start == 0:
                break
            back = doc[back.start - 1].sent
            sent_start = back.start
        for m in mentions:
            if not m.country or m.start >= sent.end or m.end <= sent_start:
                continue
            if title.start <= m.start < ent.end:
                continue
            if m.start < sent.start:
                if m.kind in PLACE_KINDS and not m.pronoun:
                    earlier.append((sent.start - m.end, m.country))
                continue
            if m.kind in PLACE_KINDS and not m.absorbed and m.head not in own:
                dist = title.start - m.end if m.end <= title.start else m.start - ent.end
                places.append((dist, m.country))
            elif not m.modifier_only and m.kind != "pronoun" and (m.head not in own or title.sector not in ENVOYS):
                # whom an official or legislator meets or accuses is seldom of their own country; whom a judge
                # charges or an opposition leader attacks usually is
                others.add(m.country)
        if places:
            country = min(places)[1]
        elif doc[title.start].lower_ in HOUSE_TITLES and title.end - title.start == 1:
            # "Rep. X visited Kyiv": a congressman in a story about abroad is seldom of the country his verb
            # or the sentences before name; a place that says where he acts is the only cue then
            country = None
        elif len(others) == 1:
            country = next(iter(others))
        elif earlier:
            country = min(earlier)[1]
        else:
            country = None
        party = _congress_party(doc, title)
        if party:
            country = party
        sector = None if former else _title_sector(doc, title, mentions)
        if former and country is None:
            return None
        title.absorbed = True  # "Prime Minister" heading "Prime Minister, X" is this person, not another actor
        return Mention(
            start=title.start,
            end=ent.end,
            head=ent.root.i,
            start_char=title.start_char,
            end_char=ent.end_char,
            text=_doc_text(doc)[title.start_char : ent.end_char],
            code=(country + (sector or "")) if country else None,
            country=country,
            sector=sector,
            kind="agent",
            name=ent.text,
            key=f"person:{ent.text}",
        )

    @staticmethod
    def _title_of(doc: Doc, ent: Span, covered: dict[int, Mention]) -> Mention | None:
        root = ent.root
        cands: list[Token] = []
        # "Boko Haram, the jihadist group": an appositive to a name the dictionaries list as a body describes
        # that body; only a title in front ("President X") makes such a name a person's
        listed = all(
            i in covered and covered[i].kind in {"organization", "group"} and covered[i].code
            for i in range(ent.start, ent.end)
        )
        if root.dep_ == "appos" and not listed:
            cands.append(root.head)
        cands.extend(c for c in root.children if c.dep_ == "appos" and not listed)
        cands.extend(c for c in root.lefts if c.dep_ == "compound" and c.i < ent.start)
        for tok in cands:
            m = covered.get(tok.i)
            if m is not None and m.code and m.sector and m.kind != "person":
                if has_former(tok):
                    return None
                return _post_body(tok, covered) if m.kind == "agent" and not m.country else m
        return None

    def _share_conjuncts(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A generic agent conjoined with a located one shares its country or countries, as English
        reads a modifier or complement over a coordination: "the Danish media and government",
        "lawmakers and officials in Fornost and Gondor"."""
        located: dict[int, list[Mention]] = {}
        for m in mentions:
            if (
                m.kind in {"organization", "group"}
                and m.country
                and m.sector
                and not m.absorbed
                and m.key.count(":") == 1
            ):
                located.setdefault(m.head, []).append(m)  # a COUNTRY+SECTOR agent made by _combine
        named: dict[int, list[Mention]] = {}  # any placed body, a dictionary one too ("the BLA, a separatist group")
        for m in mentions:
            if m.kind in {"organization", "group"} and m.country and m.sector:  # absorbed: "militants from the BLA"
                named.setdefault(m.head, []).append(m)
        out: list[Mention] = []
        for m in mentions:
            if m.kind != "agent" or m.code or not m.sector or m.absorbed or m.modifier_only or m.former:
                continue
            head = doc[m.head]
            if noun_modifier(doc, m):
                continue
            countries = sorted({q.country for c in head.conjuncts for q in located.get(c.i, []) if q.country})
            # "an Indian warship, the destroyer INS Delhi", "the BLA, a separatist group": an appositive names the
            # same body again, so it shares that body's one country; a chain of them ("an Indian warship, the INS
            # Imphal, a stealth destroyer") all rename the first
            renamed = [t for t in _appositive_chain(head) if t.i != head.i]
            again = {q.country for c in renamed for q in named.get(c.i, []) if q.country}
            if not countries and len(again) == 1:
                countries = sorted(again)
            for country in countries:
                code = country + m.sector
                kind = org_kind(m.sector)
                out.append(
                    replace(
                        m,
                        code=code,
                        country=country,
                        kind=kind,
                        name=display_name(country, m.sector),
                        key=f"{kind}:{code}",
                    )
                )
            if countries:
                m.absorbed = True
        return out

    def _state_bodies(self, doc: Doc, mentions: list[Mention]) -> None:
        """ "MEXICO CITY – ... a Texas law that lets state police arrest migrants": "state" before a body's noun
        ("state police", "state troopers", "state lawmakers") makes it a body of a state inside a country, and a
        reader takes it as the state's that its sentence names ("Texas", "Lagos"), whatever country the dateline
        or the story is set in. Only a place inside a country counts (a region or city of its row, not the
        country's own name, see _city_name), and only when the sentence's such places are all of one country."""
        bodies = [
            m
            for m in mentions
            if m.kind == "agent"
            and m.sector
            and not m.country
            and m.code in {None, m.sector}
            and not (m.absorbed or m.modifier_only or m.pronoun)
            # the common noun, not a name's word ("Islamic State fighters")
            and any(t.lower_ == "state" and (t.text == "state" or t.is_sent_start) for t in doc[m.start : m.head])
        ]
        if not bodies:
            return
        inner: dict[int, set[str]] = {}  # sentence start -> the countries of its places inside a country
        for o in mentions:
            if o.kind != "country" or not o.country or o.pronoun:
                continue
            entries = self.phrases.get(o.text)
            if entries and any(e.kind == "country" and _city_name(o.text, e) for e in entries):
                inner.setdefault(doc[o.head].sent.start, set()).add(o.country)
        for m in bodies:
            found = inner.get(doc[m.head].sent.start, set())
            if len(found) == 1:
                place_agent(m, next(iter(found)))

    def _local_branches(self, doc: Doc, mentions: list[Mention]) -> None:
        """ "Pakistani security forces killed 20 Taliban militants in the Swat valley": a movement with a national
        branch the dictionary names by demonym ("the Pakistani Taliban") is that branch when its sentence's only
        country is the branch's and that country's own forces or police face it there; news drops the demonym once
        the setting says it. A sentence naming the movement's home country keeps the movement's own code."""
        groups = [m for m in mentions if m.kind == "group" and m.country and not m.pronoun]
        for g in groups:
            sent = doc[g.head].sent
            inside = [o for o in mentions if o.start <= g.start < o.end and o.country == g.country]
            others = [
                o
                for o in mentions
                if o.country and not o.absorbed and o not in inside and sent.start <= o.head < sent.end
            ]
            countries = {o.country for o in others}
            if len(countries) != 1 or g.country in countries:
                continue
            home = next(iter(countries))
            if not any(o.sector in {"MIL", "COP"} and not o.modifier_only for o in others):
                continue
            base = g.text.removeprefix("the ").removeprefix("The ")
            rows = None
            for d, e in self.single.items():
                if e[0].kind == "demonym" and e[0].country == home:
                    rows = self.phrases.get(f"{d} {base}")
                    if rows and rows[0].country == home and rows[0].code:
                        break
                    rows = None
            if rows is None:
                continue
            row = rows[0]
            for o in inside:
                o.country, o.code, o.sector = home, row.code, row.sector
                o.key, o.name = f"{org_kind(o.sector)}:{o.code}", row.name

    def _vessel_crews(self, doc: Doc, mentions: list[Mention]) -> None:
        """ "Indian police arrested the crew of a Pakistani fishing boat": a ship's crew sails under its flag, and a
        news writer names the crew's country by the vessel's ("the Pakistani fishermen"), so the crew takes the
        country the vessel's demonym or name says. Said outright, it runs before any scene or the captor's country
        could place the crew; a vessel with no country word leaves the crew to those rules."""
        for m in mentions:
            if m.kind != "agent" or m.country or m.code not in {None, m.sector} or not m.sector:
                continue
            if m.absorbed or m.modifier_only or m.pronoun:
                continue
            head = doc[m.head]
            if head.lemma_.lower() not in CREW_NOUNS:
                continue
            of = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "aboard", "on"}]
            vessels = [g for c in of for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in VESSEL_NOUNS]
            if len(vessels) != 1:
                continue
            found = set()
            mods = [c for c in vessels[0].children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
            # "a British-flagged tanker", "a Panama-registered ship": the flag's country is on the participle
            mods += [g for c in mods if c.lemma_.lower() in FLAG_PARTICIPLES for g in c.children]
            for c in mods:
                if c.dep_ in {"amod", "compound", "poss", "nmod", "npadvmod", "advmod"}:
                    # a two-word demonym ("Sri Lankan", "South Korean") hangs its first word on the second
                    entries = self.single.get(c.text) or self.phrases.get(doc[c.left_edge.i : c.i + 1].text)
                    if entries and entries[0].kind in {"country", "demonym"} and entries[0].country:
                        found.add(entries[0].country)
            if len(found) == 1:
                place_agent(m, next(iter(found)))

    def _locate_agents(self, doc: Doc, mentions: list[Mention]) -> None:
        """A generic agent with no country ("police", "rebels") takes the country of the scene when its
        clause names exactly one: a country or capital after *in/near/across...* ("Police arrested
        protesters in Cairo" -> EGYCOP, "in the east of the Gaza Strip"). Only the agent's own clause
        counts ("told reporters that ... in Vienna" says nothing about the reporters), and only sectors
        that are usually of the place they act in take it: police, rebels, protesters, civilians, but
        not diplomats or troops, who are often foreign."""
        loose = _loose_local_agents(doc, mentions)
        # "a bomb in Mogadishu killed five soldiers": troops a stateless doer kills at a scene are the scene's
        loose += [m for m in mentions if _harmed_troops(doc, m) and not _state_doer(doc, m, mentions)]
        if not loose:
            return
        scenes: dict[int, set[str]] = {}
        fields: dict[int, set[str]] = {}  # the scenes that are no meeting's venue
        for m in mentions:
            if m.country and not m.pronoun and m.kind in PLACE_KINDS:
                head = (
                    _country_place(doc, m)
                    if m.modifier_only or doc[m.head].dep_ in {"poss", "compound"}
                    else doc[m.head]
                )
                if head is not None and _is_scene(head):
                    venue = _meeting_venue(head)
                    for verb in _scene_clauses(head):
                        scenes.setdefault(verb, set()).add(m.country)
                        if not venue:
                            fields.setdefault(verb, set()).add(m.country)
        if not scenes:
            return
        for m in loose:
            head = doc[m.head]
            # armed groups meet and sign in a third country ("met rebel commanders in Havana"): not their scene
            where = fields if m.sector in ARMED_NONSTATE else scenes
            scene = set(where.get(clause_of(head).i, set()))
            for clause in _described_clauses(head):
                if m.sector in MARKET_SECTORS and doc[clause].lemma_.lower() in MARKET_VERBS:
                    continue  # "companies doing business in Iraq": the market they work in, not their home
                scene |= where.get(clause, set())
            if len(scene) != 1 or m.sector is None or m.former or has_former(head):
                continue
            place_agent(m, next(iter(scene)))

    def _domestic_agents(self, doc: Doc, mentions: list[Mention]) -> None:
        """A generic local agent still without a country ("students", "demonstrators", "the judiciary")
        in a sentence whose other actors are all of one country, one of them that country's state at
        home (government, police, courts, legislature), is of that country as a human coder reads it:
        "Turkish police prevented students from marching" -> TUREDU. Armed forces and rebels do not
        count, since they often act abroad ("Palestinian bombers killed 23 people" says nothing of
        whose people)."""
        loose = _loose_local_agents(doc, mentions)
        if not loose:
            return
        by_sent: dict[int, list[Mention]] = {}  # sentence start -> placed actors (linear on long texts)
        for o in mentions:
            if not (o.absorbed or o.modifier_only or o.pronoun or not o.country):
                by_sent.setdefault(doc[o.start].sent.start, []).append(o)
        for m in loose:
            head = doc[m.head]
            if m.former or has_former(head):
                continue
            others = by_sent.get(head.sent.start, [])
            countries = {o.country for o in others if o.country}
            if len(countries) > 1:
                others = _beside_the_act(doc, head, others)
                countries = {o.country for o in others if o.country}
            acting = others
            if m.sector in REPORTED_ABROAD:
                # "The State Department said militants attacked a convoy": a state that only reports what fighters or
                # civilians did or suffered speaks as often of another country; one that acts on them ("Kenyan police
                # arrested residents") is at home
                acting = [o for o in others if not _reports_on(doc[o.head], head)]
            domestic = any(
                o.sector in DOMESTIC_SECTORS and o.kind != "capital" and doc[o.head].lemma_.lower() not in DIPLOMATIC
                for o in acting
            )
            if len(countries) != 1 or not domestic or m.sector is None:
                continue
            if _travels_to(doc, head, others):
                continue  # "The opposition leader flew to Washington to meet American officials": a visitor
            place_agent(m, next(iter(countries)))

    def _possessed_agents(self, doc: Doc, mentions: list[Mention]) -> None:
        """A role-only agent owned by a pronoun takes the owner's country: "her government" after
        "Sheinbaum said", "Mexico said its embassy ...". The owner is the pronoun's antecedent when
        one was linked, else (its/their) the nearest governing clause's subject that has a country and
        agrees with the pronoun ("crowds burned its embassy": "its" is not the crowds'), else for "its"
        the one country or organization named earlier in the sentence ("He longs for Somalia, given its
        fragile government")."""
        by_tok: dict[int, Mention] = {}
        for m in mentions:
            if m.country and not m.absorbed and not m.modifier_only:
                for i in range(m.start, m.end):
                    by_tok.setdefault(i, m)
        for m in mentions:
            if m.kind != "agent" or m.country or m.code != m.sector or not m.sector or m.absorbed or m.modifier_only:
                continue
            if state_plural(doc, m):
                continue  # "Ukraine and its donors": other states, not Ukraine's
            head = doc[m.head]
            poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES]
            if not poss:
                _described_owner(doc, m, head, mentions)
                continue
            word = poss[0].lower_
            owner = by_tok.get(poss[0].i)
            if owner is None and word in {"its", "their"}:
                owner = governing_owner(doc, head, by_tok, word)
            if owner is None and word == "its":
                owner = _sentence_owner(doc, poss[0], mentions)
            if owner is None and word in {"his", "her"}:
                # "Iran's president said his government ...": the officeholder subject of the clause above speaks
                # for his own state (a holder named by post is a body, so no person-only pronoun link reaches it)
                holder = governing_owner(doc, head, by_tok, "their")
                owner = holder if holder is not None and holder.sector in STATE_SECTORS else None
            if owner is None and word in {"its", "their"}:
                owner = previous_owner(doc, head, poss[0], mentions)
            if owner is None and word == "their" and m.sector == "GOV":
                # "Rebels in Sudan seized the town. Their leaders rejected talks": the leaders of a non-state body
                # are of that body's role ("rebel leaders"), not a government
                owner = previous_owner(doc, head, poss[0], mentions, any_role=True)
                if owner is not None and owner.sector and owner.sector not in STATE_SECTORS:
                    m.sector = owner.sector
                    m.country, m.code = owner.country, (owner.country or "") + owner.sector
                    m.key = f"{org_kind(m.sector)}:{m.code}" if owner.country else f"agent:{m.sector}:{head.lemma_}"
                    m.name = display_name(owner.country, m.sector) if owner.country else m.name
                    continue
                owner = None
            if owner is None or owner.country is None:
                continue
            if (
                head.dep_ == "dobj"
                and head.head.lemma_.lower() in HOSTILE_VERBS
                and _does(head.head, owner, by_tok)
                and not any(c.lower_ == "own" for c in head.children)
            ):
                continue  # "Iran seized a tanker and detained its crew": the tanker's, not the captor's (but "its own")
            if owner.sector in ARMED_NONSTATE and m.sector == "MIL" and head.lemma_.lower() in HARDWARE_AGENTS:
                # "The Houthis said their drones struck a ship": an armed group's weapons are the group, not an army
                m.sector = owner.sector
            m.country, m.code = owner.country, owner.country + m.sector
            m.key = f"{org_kind(m.sector)}:{m.code}"
            m.name = display_name(owner.country, m.sector)

    def _pronouns(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """he/she/him/her -> the subject of the governing clause ("Sheinbaum said she ..."), else the one
        person of matching (learned) gender named in this or the two previous sentences; they/them ->
        the governing clause's group subject only. Ambiguous pronouns stay unlinked."""
        # the dateline ("MEXICO CITY –") is a label the parser often makes a second subject of the first
        # sentence: as a governing subject it would stand between "she" and the president who said it
        dateline = _dateline(doc)
        live = sorted(
            (m for m in mentions if not m.absorbed and not m.modifier_only and m.code and m.head not in dateline),
            key=lambda m: m.start,
        )
        heads = {m.head: m for m in live}
        people = [m for m in live if m.kind == "person"]
        # people named by their post alone ("Kenya's foreign minister said ... He added"), as subjects only: one
        # mentioned in passing as an object is seldom the "he" that follows
        holders = [m for m in live if office_holder(doc, m) and doc[m.head].dep_ in {"nsubj", "nsubjpass"}]
        sent_of = sentence_numbers(doc)
        gender: dict[str, str] = {}
        coded_tokens = {i for m in people for i in range(m.start, m.end)}
        coded_tokens |= {i for m in live if m.key.startswith("person:") for i in range(m.start, m.end)}
        # people no dictionary codes: PERSON entities, and proper-noun subjects no mention covers (the small
        # model calls "Lawyer Lionel Bethune de Moro" an ORG)
        all_tokens = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
        # a "PERSON" the small model makes of a whole name our dictionaries read as a place or a body ("flew to
        # Buenos Aires") is no person who could be the "he" that follows; one that only holds such a name ("Jordan
        # Bardella") still is
        places = [(m.start, m.end) for m in live if m.kind in NAME_KINDS_NOT_PEOPLE]
        unnamed = [
            e
            for e in entities(doc)
            if e.label_ == "PERSON"
            and not any(i in coded_tokens for i in range(e.start, e.end))
            and not any(a <= e.start and e.end <= b for a, b in places)
        ]
        tags = doc.to_array([DEP, POS])  # read in one pass over the arrays, not by making a Token per word
        subjects = numpy.flatnonzero((tags[:, 0] == doc.vocab.strings["nsubj"]) & (tags[:, 1] == PROPN))
        unnamed += [doc[i : i + 1] for i in map(int, subjects) if i not in all_tokens]
        out: list[Mention] = []
        linked: dict[int, list[Mention]] = {}  # pronoun subject -> what it was linked to across sentences
        at_pron: dict[int, list[Mention]] = {}  # pronoun token -> the mentions linked there so far
        seen = 0
        for tok in tokens_with(doc, POS, (PRON,)):
            for m in out[seen:]:
                at_pron.setdefault(m.head, []).append(m)
            seen = len(out)
            low = tok.lower_
            if low not in PERSON_PRONOUNS | GROUP_PRONOUNS:
                continue
            # "It said it killed 40 militants", "He said he would resign": a governing subject that is itself a
            # pronoun passes on what it was linked to
            antes = _governing_subjects(tok, heads) or _governing_subjects(tok, {}, at_pron)
            if antes and in_quote(tok) and not any(in_quote(doc[a.head]) for a in antes):
                antes = []  # "“He is a friend,” Netanyahu said": the one saying a quote is "I" in it, never "he"
            g = GENDER.get(low)
            if not antes and g is not None and tok.dep_ == "poss":
                antes = _own_clause_person(tok, heads)  # "Mahathir is bolder than his predecessor"
            ante = antes[0] if antes else None
            if not antes and not in_quote(tok) and _uncoded_governing_subject(tok, heads):
                continue  # "Lawyer X told AFP he believes": "he" is X, whom no dictionary codes
            if ante is not None and low == "it" and not agrees(doc, ante, low):
                continue  # "crowds said it ...": "it" is not the crowds
            if low == "they" and len(antes) == 1 and tok.head.dep_ == "ccomp" and not in_quote(tok):
                body = _spoken_for(doc, antes[0])
                if body is not None:  # "A ministry official says they are negotiating": the ministry
                    out.append(at_pronoun(body, tok))
                    continue
            if low in GROUP_PRONOUNS and len(antes) > 1:
                # "Obama and Putin said they will attack": one mention of each at the pronoun
                out.extend(at_pronoun(a, tok) for a in antes)
                continue
            if ante is None and g is None and not antes:
                carried = (
                    fronted_clause_subject(doc, tok, heads)
                    or continued_subject(doc, tok, heads, linked, live)
                    or sentence_group(doc, tok, live)
                    or object_them(doc, tok, heads, live)
                )
                if carried:
                    out.extend(at_pronoun(a, tok) for a in carried)
                    linked[tok.i] = carried
                    continue
            if ante is None and g is not None:
                here = sent_of.get(tok.i, 0)
                cands: dict[str, Mention] = {}
                for m in people:
                    if m.start >= tok.i:
                        break
                    if here - sent_of.get(m.start, 0) <= 2 and gender.get(m.key, g) == g:
                        cands[m.key] = m
                for key in _clause_subject_keys(tok, heads, out):
                    cands.pop(key, None)  # "He met Abiy and urged him": "him" is never its own clause's subject
                opening = tok.dep_ in {"nsubj", "nsubjpass"} and not in_quote(tok) and _opens_sentence(tok, live)
                prev = _previous_subject(doc, tok, heads) if opening else None
                if prev is not None and prev.key in cands:
                    # "Erdogan met Putin in Sochi. He urged ...": the subject that opens a sentence continues the
                    # person who was the subject of the sentence before, as news English keeps its topic
                    cands = {prev.key: prev}
                elif prev is not None and prev.kind != "person" and not prev.key.startswith("person:"):
                    # "Egypt's president received Netanyahu. He urged ...": a post holder as that subject, whom the
                    # gender rule cannot see, is the likelier one; no named person is taken
                    cands = {}
                    if not any(prev.start < e.start < tok.i for e in unnamed):
                        ante = prev
                if not cands and opening and ante is None:
                    # the one person of that gender the story has named (further back than the window), when no
                    # other person, coded or not, has come between
                    cands = {m.key: m for m in people if m.start < tok.i and gender.get(m.key, g) == g}
                    last = max((m.start for m in people if m.key in cands), default=tok.i)
                    if (
                        len(cands) != 1
                        or any(p.start < tok.i and p.key not in cands for p in people)
                        or any(last < e.start < tok.i for e in unnamed)
                    ):
                        cands = {}
                if in_quote(tok) and cands:
                    cands = _quoted_candidates(doc, tok, cands, people, gender, g)
                if len(cands) == 1:
                    only = next(iter(cands.values()))
                    # a later subject that no dictionary codes is the likelier one ("Lawyer X said ... He said"),
                    # counted from the candidate's last mention as a subject ("Wyne ... describes Trump as ..."
                    # leaves Wyne the later subject), else from its first in the window
                    own = [m for m in people if m.key == only.key and m.start < tok.i]
                    own = [m for m in own if here - sent_of.get(m.start, 0) <= 2] or own[-1:]
                    as_subject = [m for m in own if doc[m.head].dep_ in {"nsubj", "nsubjpass"}]
                    anchor = (as_subject or own[:1])[-1]
                    later = [
                        e for e in unnamed if anchor.start < e.start < tok.i and e.root.dep_ in {"nsubj", "nsubjpass"}
                    ]
                    if not later or in_quote(tok):  # a speaker is "I" in their own quote, never "he"
                        ante = only
                elif not cands and ante is None and not in_quote(tok) and tok.dep_ in {"nsubj", "nsubjpass"}:
                    ante = _post_holder(doc, tok, holders, unnamed, sent_of)
            if ante is None or (g is not None) != (ante.kind == "person" or office_holder(doc, ante)):
                continue
            if g is not None and ante.kind == "person":
                if gender.setdefault(ante.key, g) != g:
                    continue
            out.append(at_pronoun(ante, tok))
        return out

    @staticmethod
    def _actors(index: MentionIndex) -> list[Actor]:
        groups: dict[str, list[Mention]] = {}
        for m in index.mentions:
            if m.code:
                groups.setdefault(f"{m.key}|{m.code}", []).append(m)
        actors: list[Actor] = []
        for n, (_, ms) in enumerate(sorted(groups.items(), key=lambda kv: kv[1][0].start_char), start=1):
            first = ms[0]
            kind = first.kind
            model_kind = {"demonym": "country", "capital": "organization", "agent": "group"}.get(kind, kind)
            if model_kind not in {"country", "organization", "person", "group", "other"}:
                model_kind = "other"
            actors.append(
                Actor(
                    id=f"a{n}",
                    code=first.code,
                    country=first.country,
                    sector=first.sector,
                    name=first.name,
                    kind=model_kind,  # type: ignore[arg-type]
                    mentions=[TextSpan(text=m.text, start=m.start_char, end=m.end_char) for m in ms],
                )
            )
        return actors


# sectors of a title that a known person holds outside any office our dated rows list ("opposition leader Raila
# Odinga" years after he was prime minister). A state title ("President", "Senator") before a former holder's name
# is as often a courtesy kept after office, so only these give a sector
OUT_OF_OFFICE_SECTORS = {"OPP", "REB", "HRI", "ENV", "MED", "BUS", "LAB", "REL", "EDU", "NGO"}


# where a bare surname stands as a noun phrase of its own
SURNAME_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative", "poss", "attr", "ROOT"}


def _country_part(tok: Token, start: int, text: str, entry: ActorEntry, kind: str, modifier_only: bool) -> Mention:
    """A country named by part of one token ("U.S." in "U.S.-Mexican", "Sino" in "Sino-Indian"): the mention spans
    the token for the parse and the part's own characters for the record."""
    return Mention(
        start=tok.i,
        end=tok.i + 1,
        head=tok.i,
        start_char=start,
        end_char=start + len(text),
        text=text,
        code=entry.code,
        country=entry.country,
        sector=None,
        kind=kind,
        name=entry.name,
        key=f"country:{entry.code}",
        modifier_only=modifier_only,
    )


# sectors of plain people, whose nationality a group named for them shares ("Iranian women's rights activists")
CIVIL_OWNER_SECTORS = {"CVL", "LAB", "HRI", "REL", "EDU", "HLH", "AGR", "MED", "REF"}


def _civil_owner(owner: Token, by_tok: dict[int, list[Mention]]) -> bool:
    """A possessive common noun for plain people ("women's", "workers'", "hostages'"), not a force or a state."""
    if owner.pos_ != "NOUN" or owner.tag_ not in {"NNS", "NN"}:
        return False
    here = by_tok.get(owner.i, [])
    if here:
        return all(m.kind == "agent" and m.sector in CIVIL_OWNER_SECTORS for m in here)
    return owner.lemma_.lower() in PERSON_NOUNS


# places two states share, which two demonyms before them only describe ("the U.S.-Mexican border")
SHARED_PLACES = {"border", "frontier", "boundary", "borderland", "waters", "region", "zone", "area", "crossing"}


def _described_noun(head: Token, mentions: list[Mention]) -> bool:
    """ "a British-Iranian dual national", "an Iranian-American journalist": two demonyms on a person give one
    person two nationalities, not two sides; on a place they share ("the U.S.-Mexican border") they describe it;
    on an act or a relation ("U.S.-Russian talks") they name a pair."""
    if head.pos_ == "PROPN" or head.ent_type_ == "PERSON" or head.lemma_.lower() in SHARED_PLACES:
        return True
    return any(
        m.start <= head.i < m.end and m.kind in {"agent", "person"} and m.sector not in STATE_SECTORS for m in mentions
    ) or head.lemma_.lower() in PERSON_NOUNS | {"national", "citizen"}


def _untagged_names(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """Names the entity tagger missed behind a one-person title ("Nigerian journalist Emeka Obi", "activist Grace
    Achieng"), and the later bare surnames of those names ("Police detained Obi"): two or three capitalised words
    right after a singular agent noun that the parse hangs on the name, none of them in any entity. The title then
    codes the person as it does a tagged name, and the surname carries it."""
    tagged = {i for e in entities(doc) for i in range(e.start, e.end)}
    named = {i for m in mentions if m.kind != "agent" for i in range(m.start, m.end)}
    out: list[Span] = []
    for m in mentions:
        head = doc[m.head]
        if m.kind == "person" or not m.sector or m.absorbed or m.head != m.end - 1:
            continue
        if head.tag_ != "NN" or not head.is_lower:
            continue  # a lower-case singular title noun ("journalist", "Nigerian lawmaker"), not a body's name
        end = m.end
        while end < len(doc) and end - m.end < 4 and _name_word(doc[end]) and end not in tagged | named:
            end += 1
        if not 2 <= end - m.end <= 3 or (end < len(doc) and doc[end].tag_ in {"NNP", "NNPS"}):
            continue
        if head.dep_ != "compound" or head.head.i not in range(m.end, end):
            continue
        out.append(Span(doc, m.end, end, label="PERSON"))
    # the tagger also misses a bare surname of a name it did tag ("Francis Zaake ... Zaake later fled")
    full = [e for e in entities(doc) if e.label_ == "PERSON" and len(e) >= 2] + out
    surnames = {span[-1].text for span in full if span[-1].is_alpha and span[-1].text[:1].isupper()}
    taken = {i for span in out for i in range(span.start, span.end)} | tagged | named
    first = min((span.start for span in full), default=len(doc))
    # the surnames' tokens are picked over the doc's ORTH array: no Token is made of every word after the first name
    out.extend(
        Span(doc, t.i, t.i + 1, label="PERSON")
        for t in tokens_with(doc, ORTH, surnames)
        # a sentence's first word may be tagged a common noun ("Zaake later fled"), but it stays a noun phrase's head
        if t.i >= first and t.i not in taken and t.tag_ in {"NNP", "NN"} and t.dep_ in SURNAME_DEPS
    )
    return out


# the last word of a party's or movement's proper name: "the Umma Party", "the Awami League", "the Patriotic Front"
PARTY_HEADS = {"Party", "League", "Front", "Movement"}


def _unknown_parties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Umma Party accused the commission of fraud": a proper name that ends in Party, League, Front or
    Movement is a political body (a party, or an armed front) even when no dictionary knows it; it is kept as a
    body with no country yet, which the story's one country gives it later (references._shared_party_names), or
    which stays uncoded in a story split between countries. "Opposition" before it makes it the opposition's."""
    covered = {i for m in mentions if not m.modifier_only for i in range(m.start, m.end)}
    spans = [
        ent
        for ent in entities(doc)
        if ent.label_ in {"ORG", "NORP", "PERSON"}
        and ent[-1].text in PARTY_HEADS
        and not any(t.lower_ in LEAGUE_SPORTS for t in ent)
        and all(t.text[:1].isupper() for t in ent[ent[0].lower_ == "the" :] if t.is_alpha and len(t) > 3)
    ]
    # "the Umma party", "the fundamentalist Umma (Nation) party": a name before a lower-case "party"
    for tok in tokens_with(doc, ORTH, {"party"}):
        names = [c for c in tok.lefts if c.tag_ == "NNP" and c.dep_ in {"compound", "nmod"}]
        if names and tok.tag_ == "NN":
            spans.append(doc[names[0].i : tok.i + 1])
    out: list[Mention] = []
    taken: set[int] = set()
    for span in spans:
        start = span.start + (span[0].lower_ == "the")
        if span.end - start < 2 or any(i in covered or i in taken for i in range(span.start, span.end)):
            continue  # "the Front" alone names nothing; a known body keeps its own code
        taken.update(range(span.start, span.end))
        before = doc[span.start - 1] if span.start else None
        sector = "OPP" if before is not None and before.lower_ == "opposition" else None
        name = span.text[4:] if span.text.lower().startswith("the ") else span.text
        out.append(
            Mention(
                **span_place(span, span.root.i),
                code=None,
                country=None,
                sector=sector,
                kind="group",
                name=name,
                key=f"group:{name}",
            )
        )
    return out


def _name_word(tok: Token) -> bool:
    """A word that may be part of a person's name: capitalised letters only, tagged a proper noun."""
    return tok.tag_ == "NNP" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def _backer_sector(backed: Mention, country: str | None) -> tuple[str, str]:
    """The sector and code of a crowd that backs ``backed``: the backers of a politician, a party or a government
    are of its sector ("supporters of the opposition leader" are the opposition, "supporters of the Iraqi
    government" its camp), anyone else's are civilians of its country, as "supporters of the militia" who storm a
    building are no militia themselves."""
    if backed.kind in {"person", "organization", "group"} and backed.sector in BACKED_SECTORS:
        return backed.sector, (country or "") + backed.sector
    return "CVL", (country or "") + "CVL"


def _backed_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """Backers whose "of" complement is a body or a titled leader the country pass left apart ("supporters of the
    opposition", "loyalists of President Assad"): the crowd takes that side's sector and country as _backer_sector
    says, and stands for itself, so the backed side is no longer read as the one who acts."""
    at: dict[int, Mention] = {}
    for m in mentions:
        if not (m.absorbed or m.pronoun or m.modifier_only) and (m.sector or m.country):
            at.setdefault(m.head, m)
    for m in mentions:
        head = doc[m.head]
        if m.absorbed or m.pronoun or head.lemma_.lower() not in BACKER_NOUNS:
            continue
        if head.dep_ in {"appos", "attr"}:
            # "Russia and Iran, the main backers of Assad", "Iran is among the backers": what a state is, no crowd
            m.absorbed = True
            continue
        if m.kind != "agent" or m.sector != "CVL":
            continue
        backed = next(
            (
                at[p.i]
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children
                if p.dep_ == "pobj" and p.i in at
            ),
            None,
        )
        if backed is None or backed is m:
            continue
        if backed.former or has_former(doc[backed.head]):
            # "supporters of the jailed former prime minister": they back a person out of office, not the state he
            # once ran, so they stay the crowd the dictionary reads (the scene places them)
            continue
        kind = "organization" if backed.kind == "agent" else backed.kind  # a role body counts as a named one
        sector, code = _backer_sector(replace(backed, kind=kind), backed.country or m.country)
        if sector == "CVL" and not (backed.country or m.country):
            continue  # "supporters of the militia": civilians of no known country stay as the dictionary has them
        m.sector, m.code, m.country = sector, code, backed.country or m.country
        m.key = f"{org_kind(sector)}:{code}" if m.country else f"agent:{sector}:{head.lemma_}"
        m.name = display_name(m.country, sector) if m.country else m.name


def _out_of_office_title(person: Mention, titles: list[Mention]) -> None:
    """A known person whom no dated row places in a role on the article's date keeps only their country; a title
    right before their name that names a role outside the state says what they are now: "Kenyan opposition
    leader Raila Odinga" -> KENOPP, "rights activist X" -> HRI. The title must be of no other country."""
    sectors = {t.sector for t in titles if not t.country or t.country == person.country}
    if len(sectors) != 1 or any(t.country and t.country != person.country for t in titles):
        return
    sector = next(iter(sectors))
    if sector in OUT_OF_OFFICE_SECTORS:
        person.sector = sector
        person.code = f"{person.country}{sector}"


def _carry_out_of_office_title(doc: Doc, mentions: list[Mention]) -> None:
    """ "Opposition leader Raila Odinga ... Odinga said": the sector a title gave a known person out of office
    (_out_of_office_title) holds for their later, untitled mentions in the article, unless "former" is before one;
    so does the intergovernmental body a title gave them ("African Union envoy Olusegun Obasanjo")."""
    titled: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        if m.kind != "person" or m.absorbed:
            continue
        first = titled.get(m.key)
        if first is None:
            if m.country and m.sector in OUT_OF_OFFICE_SECTORS and m.code == f"{m.country}{m.sector}":
                titled[m.key] = m
            elif (m.code or "").startswith("IGO"):  # "African Union envoy Obasanjo ... Obasanjo said" (_fold_title)
                titled[m.key] = m
            continue
        former = has_former(doc[m.head]) or _former_before(doc, m.start)
        if former or m.sector is not None:
            continue
        if first.code and first.code.startswith("IGO"):
            m.code, m.country, m.sector = first.code, first.country, first.sector
        elif m.country and m.country == first.country:
            m.sector, m.code = first.sector, first.code


def _body_sector(body: str | None, agent: str | None) -> str | None:
    """The sector of an agent noun working for a national body ("Pentagon officials", "officials with
    ICE", "Beijing police"): the body's, which says whom they serve, unless the body is the government at
    large and the noun names a narrower service (a capital's police are police)."""
    if body in {None, "GOV"} and agent is not None and agent != "GOV":
        return agent
    return body or agent


def _sector_only(doc: Doc, mentions: list[Mention]) -> None:
    """An agent whose country nothing in the text gives ("the rebels", "the government", a titled
    person with no place nearby) is still an actor: CAMEO allows a role code with no country when
    none can be identified (PETRARCH writes it ``---REB``). It gets its sector as its code, country
    None, so its events are kept; a country filter never matches it. Mentions with the same sector
    and head word ("the rebels" ... "rebels") are one actor; "rebels" and "militias" stay two."""
    people = {m.start for m in mentions if m.kind == "person" and not m.absorbed and not m.pronoun}
    covered = {i for m in mentions for i in range(m.start, m.end) if m.code or m.country}
    for m in mentions:
        if m.kind not in {"agent", "person"} or m.code or m.country or not m.sector:
            continue
        # a plural that ends a sentence is no title of the name that opens the next ("by soldiers. Zaake fled")
        titled = m.end in people or (m.end + 1 in people and doc[m.end].text == "." and doc[m.head].tag_ != "NNS")
        if m.kind == "agent" and titled:
            m.absorbed = True  # the title of the person after it ("Secretary of State kerry"), not an actor
            continue
        if m.absorbed or m.modifier_only or m.pronoun or m.former:
            continue
        if noun_modifier(doc, m):
            continue  # "government officials", "police station": a modifier, not a participant
        if m.kind == "agent" and _bare_singular(doc[m.head]):
            continue  # "use force", "by force": a mass or abstract use of the word, not a group
        if m.kind == "agent" and _unknown_nationality(doc, doc[m.head], covered):
            continue  # "the Glorbian army": the text names whose it is, the dictionaries do not know it
        m.code = m.sector
        if not m.key.startswith("person:"):
            m.key = f"agent:{m.sector}:{doc[m.head].lemma_.lower()}"
            m.name = m.text[4:] if m.text.lower().startswith("the ") else m.text


# a capital that news names for the bloc seated there rather than for its host state: "Brussels criticized Budapest"
# is the European Union (its Commission and Council sit there), as "Washington" is the U.S. government
BLOC_SEATS = {"brussels": ("BEL", "IGOEUR", "European Union")}


def _bloc_seats(doc: Doc, mentions: list[Mention]) -> None:
    """ "Brussels" as a side is the EU, the way wire news uses it ("Brussels fined the tech giant", "Warsaw clashed
    with Brussels over migration"): Belgium's own government is named "Belgium" or "the Belgian government". It is
    Belgium's when the sentence names Belgium or a Belgian actor beside it ("Belgian police raided homes in
    Brussels"), and a city that is only a scene ("met in Brussels") is no side either way."""
    for m in mentions:
        if m.kind != "capital" or m.absorbed or m.modifier_only or m.pronoun:
            continue
        seat = BLOC_SEATS.get(doc[m.start : m.end].text.lower())
        if seat is None or m.country != seat[0]:
            continue
        sent = doc[m.head].sent
        if any(
            o is not m and o.country == seat[0] and sent.start <= o.start < sent.end and not o.pronoun for o in mentions
        ):
            continue
        m.code, m.country, m.sector, m.name = seat[1], None, "IGO", seat[2]
        m.key = f"organization:{seat[1]}:{seat[2]}"


@lru_cache(maxsize=1)
def _party_words() -> dict[str, str]:
    """Party words that name one country's party (parties.tsv): "Republican" -> USA, "Peronist" -> ARG."""
    out: dict[str, str] = {}
    for line in (dictionaries.data_dir() / "parties.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            word, country = line.split("\t")[:2]
            if word != "word":
                out[word.strip()] = country.strip()
    return out


# sectors of the people a party word describes as the party's own: its lawmakers, ministers, governors, members
PARTY_MEMBER_SECTORS = {"LEG", "GOV", "OPP"}
# the people a party word names as its members ("Democratic nations", "Republican Guard" are no party's)
PARTY_MEMBER_NOUNS = {
    "lawmaker", "legislator", "senator", "congressman", "congresswoman", "representative", "mp", "deputy",
    "parliamentarian", "governor", "minister", "leader", "official", "member", "candidate", "politician", "mayor",
    "senators", "lawmakers", "mps",
}  # fmt: skip


def _party_members(doc: Doc, mentions: list[Mention]) -> None:
    """A party's members named by the party alone are of the party's country: "Republican senators", "Peronist
    lawmakers", "Tory MPs" are American, Argentine and British as any reader takes them, since the party stands in one
    country's politics only. The word must stand right before the members' noun and begin no longer name ("Christian
    Democratic lawmakers", "Kurdistan Democratic" are other parties); words many countries' parties share are not in
    the table. Only a member noun with no country yet is placed ("South Korean Democratic lawmakers" keeps KOR)."""
    words = _party_words()
    for m in mentions:
        if (
            m.kind != "agent"
            or m.country
            or m.absorbed
            or m.modifier_only
            or m.pronoun
            or m.code not in (None, m.sector)
        ):
            continue
        head = doc[m.head]
        if m.sector not in PARTY_MEMBER_SECTORS or head.lemma_.lower() not in PARTY_MEMBER_NOUNS:
            continue
        if m.former or has_former(head):
            continue
        # right before the noun ("Republican senators") or before the mention ("Republican House members")
        adj = next((c for c in head.lefts if c.i in {head.i - 1, m.start - 1} and c.text in words), None)
        if adj is not None and adj.dep_ in {"amod", "compound", "nmod"}:
            longer = adj.i >= 1 and not adj.is_sent_start and doc[adj.i - 1].is_title and doc[adj.i - 1].lower_ != "the"
            # "Christian Democratic", "Kurdistan Democratic": a longer party name, unless the table lists it whole
            two = f"{doc[adj.i - 1].text} {adj.text}" if adj.i >= 1 else ""
            word = two if longer and two in words else (None if longer else adj.text)
            if word is not None and words[word] != "*":
                place_agent(m, words[word])
            elif word is not None:
                _story_party_country(doc, m, mentions)


def _story_party_country(doc: Doc, m: Mention, mentions: list[Mention]) -> None:
    """Members of a party whose name many countries' parties share ("Labour MPs", "Socialist lawmakers") are of the
    country the story is set in, as a reader takes them after "Labour won the British election": the one country
    named before them, by name, people or capital, in the story so far. None named, or two, leaves them role-only."""
    named = {
        o.country
        for o in mentions
        if o.country
        and o.end <= m.start
        and o.country not in REGION_CODES
        and o.kind in {"country", "demonym", "capital"}
        and not o.pronoun  # "Spain's government": a country inside a larger mention is named all the same
    }
    if len(named) == 1:
        place_agent(m, next(iter(named)))


def _ruling_parties(doc: Doc, mentions: list[Mention]) -> None:
    """ "The ruling Democratic Party", "Japan's governing Liberal Democratic Party": a party the text says rules is
    the government's side, not the opposition, whatever a shared party name or a bare party name would give it
    (the dictionaries code "the ruling party" itself as government)."""
    for m in mentions:
        if m.absorbed or m.modifier_only or m.pronoun or m.former or m.kind not in {"agent", "group", "organization"}:
            continue
        if m.sector not in {"OPP", None} or (m.sector is None and m.kind == "agent"):
            continue
        head = doc[m.head]
        if not any(c.lower_ in RULING_WORDS and c.dep_ in {"amod", "compound"} for c in head.lefts):
            continue
        if m.sector is None and not m.country:
            continue
        m.sector = "GOV"
        if m.country:
            m.code = m.country + "GOV"
            m.key = f"{org_kind('GOV')}:{m.code}"
            m.name = display_name(m.country, "GOV")
        elif m.code:
            m.code = "GOV"


def _turn_labels(doc: Doc, mentions: list[Mention]) -> set[int]:
    """In an interview transcript each turn opens with the speaker's name or outlet and a colon
    ("VOA: Putin visited China ...", "Armitage: I'm concerned"). The label says who is talking, not who
    acts in the sentence, so mentions in it are no participants of its events. Returns the label's tokens
    (named or not), so the events component can skip an uncoded one too."""
    labels: set[int] = set()
    for tok in tokens_with(doc, ORTH, (":",)):
        if "\n" in tok.whitespace_ or tok.i + 1 >= len(doc):
            continue  # "Iran:" alone on a line is a heading over what follows
        start = tok.i
        while start > 0 and tok.i - start < MAX_LABEL_TOKENS and not _line_start(doc, start):
            start -= 1
        words = doc[start : tok.i]
        if not words or not _line_start(doc, start) or not all(w.text[:1].isupper() or w.is_punct for w in words):
            start = _described_label(doc, tok.i)
            if start is None:
                continue
        labels.update(range(start, tok.i))
    for m in mentions:
        if m.start in labels and m.end - 1 in labels:
            m.absorbed = True
    return labels


def _clause_subject_keys(tok: Token, heads: dict[int, Mention], links: list[Mention]) -> set[str]:
    """The actors that an object pronoun ("him", "her") cannot be: the subject of its own clause, which English
    would name with "himself" ("He met Abiy and urged him to ..." is Abiy; "Ruto said Kenya would help him" is
    not bound, since "him" is in another clause than "Ruto"). The subject of a verb conjoined to an earlier one
    is that verb's, and so is that of a participle trailing a clause ("Macron called Putin, urging him to ...")."""
    if tok.lower_ not in {"him", "her"} or tok.dep_ not in {"dobj", "dative", "pobj"}:
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return set()
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and (
        verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i)
    ):
        verb = verb.head
    keys: set[str] = set()
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subj.i in heads:
            keys.add(heads[subj.i].key)
        keys.update(m.key for m in links if m.head == subj.i)
    return keys


def _spoken_for(doc: Doc, speaker: Mention) -> Mention | None:
    """The body a spokesperson or official speaks for, as an actor of its own: "Cameroon Livestock Ministry
    official Denise Abanda says they are negotiating" is the ministry's (CMRGOV), "a police spokesman said they
    arrested 20" the police's. Only a speaker whose post is to speak or act for a body (spokesman, official,
    representative) and whose code names a state body or a group that has spokespeople; a minister or a
    president says "we", and "they" after them is someone else."""
    if not speaker.code or speaker.sector not in BODY_SPEAKER_SECTORS or speaker.pronoun:
        return None
    words = doc[max(0, speaker.start - 2) : speaker.end]
    if not any(w.lemma_.lower() in BODY_SPEAKERS for w in words):
        return None
    return replace(
        speaker,
        kind="organization",
        key=f"{org_kind(speaker.sector)}:{speaker.code}",
        name=display_name(speaker.country, speaker.sector) if speaker.country else speaker.name,
        title=None,
    )


def _travels_to(doc: Doc, head: Token, others: list[Mention]) -> bool:
    """Whether the clause of the subject ``head`` takes it to one of the sentence's places: "flew to Washington",
    "traveled to Kenya to meet officials", "visited Beijing". Whoever goes there is seldom of that country."""
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "the leader of the opposition flew to ...": the post's holder travels
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verbs = [head.head]
    verbs += [c for c in head.head.children if c.dep_ in {"xcomp", "conj", "advcl"} and c.pos_ == "VERB"]
    places = {i for o in others if o.kind in PLACE_KINDS for i in range(o.start, o.end)}
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"to", "into"}:
                if any(p.i in places for p in child.children if p.dep_ == "pobj"):
                    return True
            if child.dep_ == "dobj" and verb.lemma_.lower() in VISIT_LEMMAS and child.i in places:
                return True
    return False


def _described_label(doc: Doc, colon: int) -> int | None:
    """The first turn of an interviewee often gives the name and who they are: "Richard Armitage, former U.S.
    deputy secretary of state: The obvious message ...". Such a label is a capitalised name, a comma and a
    description with no verb, from the start of a line or sentence to the colon. Returns its first token."""
    start = colon
    while start > 0 and colon - start < MAX_DESCRIBED_LABEL and not _line_start(doc, start):
        start -= 1
    if not _line_start(doc, start) or colon - start < 3:
        return None
    words = doc[start:colon]
    commas = [w.i for w in words if w.text == ","]
    if not commas or not 1 <= commas[0] - start <= 4:
        return None
    name = doc[start : commas[0]]
    if not all(w.text[:1].isupper() for w in name) or not any(w.ent_type_ == "PERSON" for w in name):
        return None
    if any(w.pos_ in {"VERB", "AUX"} or w.text in {'"', "“", "”"} for w in words):
        return None
    return start


def _named_surname(ent: Span, coded: dict[str, Mention], covered: dict[int, Mention]) -> bool:
    """A lone capitalised word that the text gave before as the surname of a person it described ("Carlos Mendez, a
    Venezuelan student leader, ... police detained Mendez") names that person again, as a reader takes it, though
    the small tagger often calls a lone surname a place or a body. Never a word a dictionary matched (a real place
    or body keeps its mention), and never a word that only begins or ends a longer name."""
    return len(ent) == 1 and ent.text in coded and ent.text[:1].isupper() and ent.start not in covered


def _shared_name(rows: list[ActorEntry], named: frozenset[str], spelled: str | None = None) -> ActorEntry:
    """A short name that two bodies of one file share ("RSF": Reporters Without Borders and Sudan's Rapid Support
    Forces) is the body the text itself spells it out as ("Reporters Without Borders (RSF)"), as a writer who
    defines a short name means it throughout; else the body whose country the text names, as a reader takes it;
    with none or more than one named, the body with no country of its own (the international one), else the
    first row."""
    if spelled is not None:
        own = [e for e in rows if e.code == spelled]
        if own:
            return own[0]
    fits = [e for e in rows if e.country in named]
    if len({e.code for e in fits}) == 1:
        return fits[0]
    return next((e for e in rows if not e.country), rows[0])


def _spelled_out(doc: Doc, spans: list[Span], phrases) -> dict[str, str]:
    """The short names the text defines: a body's full name followed by a short name in parentheses ("Reporters
    Without Borders (RSF)", "the Rapid Support Forces (RSF)"). News writers spell a short name out once and mean
    that body by it for the rest of the story, so the short name -> the code of the full name's body. Only the
    spans the matcher found are read (no scan of the text)."""
    ends = {}
    for s in spans:
        first = phrases[doc.vocab.strings[s.label]][0]
        if first.kind in {"organization", "group"} and first.code:
            ends[s.end] = first.code
    out: dict[str, str] = {}
    for s in spans:
        if s.start < 2 or s.end >= len(doc) or doc[s.start - 1].text != "(" or doc[s.end].text != ")":
            continue
        code = ends.get(s.start - 1)
        if code is not None:
            out.setdefault(doc.vocab.strings[s.label], code)
    return out


def _dateline(doc: Doc) -> set[int]:
    """The place line that opens a wire story ("MEXICO CITY –", "WASHINGTON (AP) —"), read as the text reader
    reads it. The parser often makes the place a second subject of the first sentence, which gave that
    sentence's act a duplicate with the place as its (uncoded) source. Its tokens are a label, as a transcript
    turn's are: no party to an event. The place's mention stays, as a hint of where the story is set."""
    if not len(doc):
        return set()
    # a dateline is a few tokens long (at most ~100 characters): read the opening only, not Doc.text, which
    # spaCy joins anew on every access
    text = doc[: min(len(doc), DATELINE_TOKENS)].text
    lead = len(text) - len(text.lstrip())
    found = DATELINE_RE.match(text[lead:]) or DATED_DATELINE_RE.match(text[lead:])
    if found is None or not any(c.isalpha() for c in found.group("place")):
        return set()
    start = doc[0].idx + lead
    span = doc.char_span(start, start + found.end(), alignment_mode="contract")
    return set(range(span.start, span.end)) if span is not None else set()


def _line_start(doc: Doc, i: int) -> bool:
    """Token i opens the text, a line or a sentence."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.text_with_ws[len(prev.text) :] or prev.is_space or doc[i].is_sent_start is True


def _sentence_owner(doc: Doc, pron: Token, mentions: list[Mention]) -> Mention | None:
    """The one country or organization named before ``pron`` in its sentence, when there is exactly one."""
    sent = pron.sent
    cands = {
        m.country: m
        for m in mentions
        if m.country
        and not m.absorbed
        and not m.pronoun
        and sent.start <= m.start
        and m.end <= pron.i
        and m.kind in {"country", "organization", "capital"}
        and (m.kind != "country" or not m.modifier_only)
    }
    if len(cands) == 1:
        return next(iter(cands.values()))
    return None


def _compass_in_name(doc: Doc, span: Span) -> bool:
    """A region named by a compass word alone ("the West") that begins a longer proper name: "the West
    Bank", "West Africa", "West Papua" name other places, so the shorter region must not win the span."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or words[0].text not in COMPASS_WORDS or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.text[:1].isupper() and nxt.is_alpha


def _in_feature_name(doc: Doc, span: Span) -> bool:
    """Whether a place name is part of the proper name of a sea, strait or other landform: followed by a
    capitalised feature word ("China Sea", "Indian Ocean", "Korean Peninsula") or after "Gulf of",
    "Sea of", "Strait of" ("the Gulf of Mexico", "the Sea of Japan")."""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in FEATURES and nxt.text[:1].isupper():
        return True
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        before = doc[span.start - 2]
        return before.lower_ in FEATURES and before.text[:1].isupper()
    return False


def _city_name(phrase: str, entry: ActorEntry) -> bool:
    """Whether a country's name is a place inside it ("Geneva", "Istanbul", "Dayton"): not the row's first
    name ("Switzerland") or an official name, and not a short form ("U.S.", "UK", "DRC"). Such a place names
    a meeting or a text the way a capital does ("the Geneva talks", "the Dayton accords"). Other names of the
    country itself ("Britain", "Holland") are seldom the name of a meeting or a text."""
    if phrase == entry.names[0] or "." in phrase or phrase.isupper() or not phrase[:1].isupper():
        return False
    return phrase not in _official_names(entry.country or "")


@lru_cache(maxsize=512)
def _official_names(iso3: str) -> frozenset[str]:
    country = pycountry.countries.get(alpha_3=iso3) if len(iso3) == 3 else None
    if country is None:
        return frozenset()
    return frozenset(getattr(country, a, None) or "" for a in ("name", "common_name", "official_name")) - {""}


def _names_document(doc: Doc, span: Span, kind: str) -> bool:
    """Whether a place names a document or settlement ("the Copenhagen Charter", "the Minsk agreements",
    "the Treaty of Rome", "the Doha talks") rather than an actor. A capital in such a name is where it was
    signed or held; a country or nationality only in a capitalised title ("the Kenyan Constitution"), since
    "the Iran deal" or "the U.S. plan" is that country's own side, which a coder keeps."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "the Minsk and Istanbul agreements"
        root = root.head
    head = root.head
    if root.dep_ in {"compound", "amod", "nmod"} and head.i > root.i:
        noun = head
    elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:  # "the Treaty of Rome"
        noun = head.head
    else:
        return False
    word = noun.lemma_.lower()
    if word not in DOCUMENT_NOUNS | VENUE_DOCUMENTS and noun.lower_ not in DOCUMENT_NOUNS | VENUE_DOCUMENTS:
        return False
    if kind == "capital":
        return True
    return word not in VENUE_DOCUMENTS and noun.text[:1].isupper()


# people of sport, the arts and show business, named by their trade: "the Kenyan runner", "a French chef"
PRIVATE_TRADES = {
    "actor", "actress", "singer", "rapper", "musician", "pianist", "violinist", "cellist", "guitarist", "composer",
    "conductor", "dancer", "ballerina", "painter", "sculptor", "novelist", "writer", "poet", "playwright", "author",
    "filmmaker", "comedian", "model", "designer", "chef", "celebrity", "star", "superstar", "athlete", "runner",
    "sprinter", "marathoner", "swimmer", "cyclist", "skier", "skater", "boxer", "wrestler", "golfer", "cricketer",
    "batsman", "bowler", "footballer", "striker", "midfielder", "goalkeeper", "keeper", "winger", "forward",
    "player", "champion", "coach", "jockey", "gymnast", "tennis", "grandmaster", "racer", "climber", "mountaineer",
}  # fmt: skip
# bodies of sport and show business, which no state fields: "the Italian club", "a British band"
PRIVATE_BODIES = {"club", "band", "orchestra", "choir", "troupe", "film", "movie", "album", "brand"}
SIDE_BODIES = {"team", "squad"}
SPORT_WORDS = {
    "national", "olympic", "football", "soccer", "cricket", "rugby", "hockey", "basketball", "volleyball", "tennis",
    "baseball", "relay", "swimming", "cycling", "chess", "ski", "davis", "cup", "youth", "women", "women's", "men's",
}  # fmt: skip


def _private_bearer(root: Token) -> bool:
    """Whether a nationality adjective (``root``) only says where a private person or body of sport and the arts
    is from: CAMEO codes a nationality with no public role as its country's civilians at most, and what a runner,
    a singer or a chef does ("the Kenyan runner blasted his rivals", "the American actor visited Paris") is no act
    of the state. Such a person named as the one acted upon keeps the country ("Iran arrested a French cyclist"):
    what a state does to a citizen of another is done to that country's people; a team or band never does."""
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.i > noun.i:
        noun = noun.head  # "the Argentine tango dancer": the trade is the last word of the compound
    if noun.pos_ != "NOUN" or root.dep_ not in {"amod", "compound"}:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.i != root.i and c.lower_ in PUBLIC_QUALIFIERS for c in noun.children):
        return False  # "the Chinese dissident writer": the public role, not the trade, names the side
    lemma = noun.lemma_.lower()
    if lemma in SIDE_BODIES:
        # "the Iranian negotiating team", "a Chinese inspection team": a team with a task of its own is a state's
        # delegation; "the Chinese team", "the Brazilian national team" play a game
        others = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i != root.i]
        return all(c.lower_ in SPORT_WORDS for c in others)
    if lemma in PRIVATE_BODIES:
        return True
    if (
        lemma not in PRIVATE_TRADES
        or noun.dep_ not in {"nsubj", "conj"}
        or noun.head.pos_ not in {"VERB", "AUX", "NOUN"}
    ):
        return False
    # "the Belarusian athlete sought asylum in Poland", "the Cuban boxer defected": what a person asks of a state
    # or does to their own state as its citizen is done as a national, whatever their trade
    verb = noun.head
    if verb.lemma_.lower() in NATIONAL_ACTS:
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "xcomp"}]
    objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return not any(o.lemma_.lower() in NATIONAL_ACTS for o in objs)


# what a person does as a citizen, not in a trade: asylum and refuge sought, citizenship given up, a defection
NATIONAL_ACTS = {"asylum", "refuge", "citizenship", "passport", "defect", "defection", "nationality"}


PUBLIC_QUALIFIERS = {"dissident", "opposition", "activist", "exiled", "jailed", "detained", "imprisoned", "state"}


def _listed_people(root: Token, demonym_roots: set[int]) -> bool:
    """Whether a nationality word is a people in a list of peoples ("The French, Germans and British
    objected"), not an adjective in a list of modifiers ("French and German officials"): its first
    conjunct is a nationality word used as a noun (subject, object), not as a modifier. CAMEO codes a
    nationality named as a people by its country alone ("Americans protested" -> USA), as it does the
    country's name; no sector is guessed (they may be its government's side or its civilians)."""
    if root.dep_ != "conj":
        return False
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i in demonym_roots and first.dep_ not in MODIFIER_DEPS and first.head.pos_ != "NOUN"


def _bare_singular(tok: Token) -> bool:
    """A lower-case singular noun with no determiner, possessor or number ("use force", "by force"),
    which names a kind of thing rather than a group that acts ("the force", "a force", "Parliament")."""
    if tok.tag_ != "NN" or not tok.text[:1].islower():
        return False
    if tok.dep_ in {"compound", "amod"} and aimed_site(tok.head):
        return False  # "shelled army positions": the word names whose the site is; the site's determiner is its
    return not any(c.dep_ in {"det", "poss", "nummod", "predet", "quantmod"} for c in tok.children)


def _unknown_nationality(doc: Doc, head: Token, covered: set[int]) -> bool:
    """Whether a left modifier of ``head`` names a people or place no dictionary resolved ("Glorbian",
    "Kurdish", "Yoruba"), as opposed to a faith or creed ("Islamist", "Shiite"), which is not a country."""
    for child in head.lefts:
        if child.dep_ not in {"amod", "compound", "nmod"} or child.i in covered or not child.text[:1].isupper():
            continue
        if child.ent_type_ in {"NORP", "GPE"} and child.lower_ not in CREEDS and not _stance_prefix(doc, child.i):
            return True
    return False


def _shifted_receiver(tok: Token) -> bool:
    """Whether a place name the parser hangs as a compound on a verb's object is the verb's first object, whom
    something is given ("give Manila intelligence", "sent Kyiv air defences"): a bare name right after the verb,
    before its object, is the receiver of a two-object verb; a venue comes after a determiner ("the Madrid
    talks") or stands in a phrase of its own."""
    obj = tok.head
    return (
        obj.dep_ == "dobj"
        and obj.head.pos_ == "VERB"
        and tok.i == obj.head.i + 1
        and obj.i > tok.i
        and not any(c.dep_ in {"det", "poss"} for c in obj.children)
    )


def _given_to(tok: Token) -> bool:
    """Whether a country word before a currency sign is whom a sum is given ("gave Ukraine $1 billion", "lent
    Pakistan $2 billion"), not the currency's prefix ("pledged US $50 million"): the parser's indirect object,
    when the verb names no receiver with "to" ("gave US $3 billion to Egypt" is dollars)."""
    return tok.dep_ == "dative" and not any(
        c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in tok.head.children
    )


# Agent rows of fighters and bombers, which name aircraft as often as people ("flew two bombers near Alaska",
# "scrambled fighters"): read as planes only where the text flies, scrambles, downs or intercepts them, or names
# their model or kind; "suicide bombers", "rebel fighters" and every other use stay people
AIRCRAFT_PEOPLE = {"bomber", "fighter"}
# verbs done to aircraft, never to fighters as people ("shot down two bombers", "scrambled fighters")
AIRCRAFT_OBJECT_VERBS = {"scramble", "down", "refuel", "sell", "buy", "purchase", "acquire"}
# verbs aircraft do ("a fighter crashed", "fighters buzzed the ship")
AIRCRAFT_SUBJECT_VERBS = {"crash", "buzz", "refuel", "overfly"}
# where planes fly: "flew over the sea", "near Alaska", "into Japanese airspace"; people fly "to" and "from" places
FLIGHT_PREPS = {"over", "near", "above", "along", "past", "across"}
# what fighters or bombers do to other aircraft: only aircraft intercept, escort or shadow planes and drones
AIR_DUTIES = {"intercept", "escort", "shadow", "chase", "tail"}
AIRBORNE = {"drone", "plane", "aircraft", "jet", "bomber", "fighter", "warplane", "helicopter", "airliner", "balloon"}
AIRCRAFT_KINDS = {"stealth", "strategic", "nuclear", "supersonic", "multirole", "jet", "interceptor", "carrier"}
# a model designation: "B-52", "Tu-95", "Su-35", "F-16", "MiG-29", "J-20", "H-6K"
AIRCRAFT_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?$")


# military agent rows that name ships rather than sailors ("aircraft carriers", "helicopter gunships", "naval
# vessels"): hardware, as warships and tanks are (arms.HARDWARE_AGENTS)
HULLS = {"carrier", "gunship", "ship", "vessel"}


def _aircraft(doc: Doc, mentions: list[Mention]) -> set[int]:
    """Fighters and bombers that are aircraft, not gunmen (AIRCRAFT_PEOPLE): "Russia flew two bombers near
    Alaska" no longer aims a show of force at bombers placed in the U.S., "Ukraine shot down three Russian
    bombers" hits Russia's forces, not Russian rebels. Such a mention becomes its country's (or a bare) military
    force; the heads of bare ones are returned, to be read as hardware (_bare_weapons), with those of military
    ships (HULLS): "sent two aircraft carriers to the region" sends no one to themselves."""
    bare: set[int] = {m.head for m in mentions if m.sector == "MIL" and doc[m.head].lemma_.lower() in HULLS}
    for m in mentions:
        head = doc[m.head]
        if m.absorbed or m.modifier_only or m.sector != "REB" or head.lemma_.lower() not in AIRCRAFT_PEOPLE:
            continue
        if m.end - m.start > 1 and not _aircraft_words(doc[m.start : m.head]) and m.kind == "agent":
            continue  # a row of its own: "suicide bombers", "rebel fighters"
        if any(t.ent_type_ == "ORG" for t in doc[m.start : m.head]):
            continue  # "Hamas fighters", "Islamic State fighters": a group's men; states fly the aircraft
        if not (_aircraft_words(doc[max(head.left_edge.i, head.i - 3) : head.i]) or _flown(head)):
            continue
        m.sector = "MIL"
        m.code = (m.country or "") + "MIL"
        if not m.country and m.kind == "agent":
            bare.add(m.head)
    return bare


def _aircraft_words(span: Span) -> bool:
    """Whether words before a noun name an aircraft's model or kind ("B-52 bombers", "stealth fighters")."""
    return any(AIRCRAFT_MODEL.match(t.text) or t.lower_ in AIRCRAFT_KINDS for t in span)


def _flown(head: Token) -> bool:
    """Whether what the text says of a noun is said of aircraft: scrambled, shot down, downed, flown over or near
    a place (or, for bombers, flown at all or intercepted), crashing, or intercepting or escorting planes."""
    bomber = head.lemma_.lower() == "bomber"
    while head.dep_ in {"conj", "appos"} and head.head.i < head.i:
        head = head.head  # "two bombers and four fighters": the first one's verb
    verb = head.head
    lemma = verb.lemma_.lower()
    if head.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB":
        if lemma in AIRCRAFT_OBJECT_VERBS or (lemma == "shoot" and any(c.lower_ == "down" for c in verb.children)):
            return True
        if bomber and lemma in {"intercept", "fly", "escort"}:
            return True  # "intercepted two Russian bombers"; police intercept fighters heading to a war
        if lemma == "fly" and (_over(verb) or _over(head)):
            return True  # "flew fighters over the strait"; "flew fighters to Libya" are people
    if head.dep_ == "nsubj" and verb.pos_ == "VERB":
        flies_something = any(c.dep_ == "dobj" for c in verb.children)  # "fighters flew paragliders over the fence"
        if lemma in AIRCRAFT_SUBJECT_VERBS or (lemma == "fly" and not flies_something and (bomber or _over(verb))):
            return True
        if lemma in AIR_DUTIES and any(c.dep_ == "dobj" and c.lemma_.lower() in AIRBORNE for c in verb.children):
            return True
    # "bombers flying over the sea", "fighters that flew near the border"
    return any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() == "fly" and (bomber or _over(c)) for c in head.children)


def _over(verb: Token) -> bool:
    """Whether a verb of flying (or what it flies) says it was over or near a place, or into airspace, as planes
    fly."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in FLIGHT_PREPS:
            return True
        if c.dep_ == "prep" and any(o.lemma_.lower() == "airspace" for o in c.children):
            return True
    return False


NAMING_DEPS = {"compound", "amod", "nmod", "poss", "prep", "acl", "relcl", "appos"}  # words that say which document


def _acting_documents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A decree, ordinance, order or law (ACTING_DOCUMENTS) that is the subject of an act stands for whoever
    issued it, as the news means it: "An ordinance last month extended the curfew", "A Russian law bans foreign
    agents". Its owner is the state or body a possessive, a modifier or an "of/by" phrase names ("Kenya's law",
    "a Russian law", "a decree of the ministry"): a country's is its government's (a bill is its parliament's), a
    body's is that body's. "A decree signed by Macron" is left alone: the decree is what he signed, and would be
    his act on himself. One that names no owner is returned role-only as the government, for the story's one
    state to place (story_state_country), and dropped if none does. Only an active subject: "the law was passed"
    and "under the law" are no act of the law's."""
    by_tok: dict[int, Mention] = {}
    for m in mentions:
        if m.code and not m.absorbed and not m.pronoun:
            for i in range(m.start, m.end):
                by_tok.setdefault(i, m)
    heads = {m.head for m in mentions if not m.absorbed and not m.modifier_only}
    out: list[Mention] = []
    for tok in nouns(doc):
        lemma = tok.lemma_.lower()
        if lemma not in ACTING_DOCUMENTS or tok.dep_ != "nsubj" or tok.i in heads:
            continue
        if tok.head.pos_ != "VERB" or tok.i in by_tok:
            continue
        if lemma == "order" and any(c.dep_ == "prep" and c.lower_ != "by" for c in tok.children):
            continue  # "the order of battle", "an order for 40 jets": no command
        sector = "LEG" if lemma == "bill" else "GOV"
        owner = _document_owner(tok, by_tok)
        span = doc[tok.left_edge.i : tok.i + 1]
        # where the document is named, for the mention it becomes either way
        where = {
            "start": span.start,
            "end": span.end,
            "head": tok.i,
            "start_char": span.start_char,
            "end_char": span.end_char,
            "text": span.text,
        }
        if owner is not None:
            if owner.kind in PLACE_KINDS:
                country = owner.country or owner.code
                if not country:
                    continue
                code, country_of = country + sector, country
            else:
                code, country_of, sector = owner.code, owner.country, owner.sector or sector
            out.append(
                replace(
                    owner,
                    **where,
                    code=code,
                    country=country_of,
                    sector=sector,
                    kind=owner.kind if owner.kind not in PLACE_KINDS else "agent",
                    name=owner.name if owner.kind not in PLACE_KINDS else display_name(country_of, sector),
                    key=owner.key if owner.kind not in PLACE_KINDS else f"organization:{code}",
                    absorbed=False,
                    modifier_only=False,
                    pronoun=False,
                    described=True,
                )
            )
            continue
        if any(c.dep_ in NAMING_DEPS and c.pos_ not in {"ADJ", "NUM"} for c in tok.children):
            continue  # "the law of the sea", "a decree signed by X", "the Dayton law": something else says whose
        out.append(
            Mention(
                **where,
                code=sector,
                country=None,
                sector=sector,
                kind="agent",
                name=span.text,
                key=f"agent:{sector}:{lemma}",
            )
        )
    return out


def _recent_government(doc: Doc, mentions: list[Mention], documents: list[Mention]) -> None:
    """ "The government has refused to relax the rules. An ordinance last month extended quarantine": a document
    the story's setting did not place is that of the one state whose government (or authorities, or ministry) the
    text named in its sentence or the DESCRIPTION_SENTENCES before, as a reader takes it; governments of two states
    there leave it unplaced, and a president or officials (people, who also speak of other states' acts) do not
    place it."""
    sent_no = sentence_numbers(doc)
    for d in documents:
        if d.country or d.absorbed:
            continue
        here = sent_no[d.head]
        states = {
            m.country
            for m in mentions
            if m.country
            and m.sector == "GOV"
            and m.kind != "person"
            and doc[m.head].lemma_.lower() in STORY_STATE_BODIES
            and not (m.absorbed or m.modifier_only or m.former)
            and m.end <= d.start
            and here - sent_no[m.head] <= DESCRIPTION_SENTENCES
        }
        if len(states) == 1:
            place_agent(d, next(iter(states)))


def _document_owner(tok: Token, by_tok: dict[int, Mention]) -> Mention | None:
    """Who issued a document, by the words on it: a possessive or modifier ("Kenya's", "Russian"), or an
    "of/by/from" phrase ("an order by the ministry")."""
    for c in tok.children:
        if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i in by_tok:
            return by_tok[c.i]
        if c.dep_ == "prep" and c.lower_ in {"of", "by", "from"}:
            for o in c.children:
                if o.dep_ == "pobj" and o.i in by_tok:
                    return by_tok[o.i]
    return None


def _bare_weapons(doc: Doc, mentions: list[Mention], aircraft: set[int] | None = None) -> None:
    """A weapon named by no country or owner ("the sale of F-16 jets to Turkey", "will send tanks and air
    defenses", "supplied drones to Russia") is goods, not a side: an actor only where it does the act ("drones
    struck a market"), as the force that flies or fires it. "Russian drones" is Russia's forces anywhere (a
    separate, combined mention), so only the bare word loses its code."""
    for m in mentions:
        head = doc[m.head]
        # the sector keeps "think tanks" (NGO) out
        if (
            m.kind != "agent"
            or m.sector != "MIL"
            or m.absorbed
            or m.modifier_only
            or (head.lemma_.lower() not in HARDWARE_AGENTS and m.head not in (aircraft or set()))
        ):
            continue
        # "tanks and air defenses", "a warship, a destroyer, docked": the first one's role
        while head.dep_ in {"conj", "appos"} and head.head.i < head.i:
            head = head.head
        acting = head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent")
        if not acting:  # still a thing the act is done to, so a verb does not borrow another verb's side
            m.code = m.country = m.sector = None
            m.kind = "other"


# verbs whose two bare objects are the receiver and the goods ("sent Syria tanks", "sold India fighter jets")
GIVING_VERBS = {"send", "give", "sell", "supply", "provide", "offer", "ship", "deliver", "lend", "grant", "hand"}


def _receivers_of_goods(doc: Doc, mentions: list[Mention]) -> None:
    """ "Russia sent Syria tanks", "Moscow sold India fighter jets": after a verb of giving, a country's bare
    name before hardware is the first of two objects, whom the goods go to (English says "Syrian tanks" for a
    country's own), though the small parser hangs it on the goods as a compound and the combination of a place
    and an agent reads the pair as that country's army. The country alone is the side, and the hardware is goods
    (see _bare_weapons). A demonym ("sent Syrian tanks") or a possessive ("sent Syria's tanks") still says whose."""
    places = {m.head: m for m in mentions if m.kind in {"country", "capital"} and m.country}
    for m in mentions:
        head = doc[m.head]
        if m.sector != "MIL" or m.absorbed or m.kind == "agent" or head.lemma_.lower() not in HARDWARE_AGENTS:
            continue
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in GIVING_VERBS:
            continue
        if any(c.dep_ in {"dative", "prep"} and c.lower_ in {"to", "for"} for c in verb.children):
            continue  # "sent Syria tanks to Libya": another receiver is named
        names = [
            places[t.i]
            for t in doc[m.start : head.i]
            if t.i in places and t.dep_ == "compound" and t.pos_ == "PROPN" and t.head.i == head.i
        ]
        if len(names) != 1 or names[0].country != m.country or names[0].start != m.start:
            continue
        place = names[0]
        m.end, m.end_char, m.head = place.end, place.end_char, place.head
        m.text, m.code, m.sector, m.kind = place.text, place.country, None, "country"
        m.name, m.key = place.name, place.key
        place.absorbed = True


def _hyphen_joined(doc: Doc, left: Mention, right: Mention) -> bool:
    """Whether a hyphen alone stands between two mentions ("Israel-Hamas", "Washington-Beijing"): a pair of
    sides, as "between" names them, not one qualifying the other."""
    return right.start == left.end + 1 and doc[left.end].text in HYPHENS


def _stance_prefix(doc: Doc, start: int) -> bool:
    """Whether the token at ``start`` follows "pro-" or "anti-" (tokenized apart or not)."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE:
        return True
    return start >= 1 and doc[start - 1].lower_ in {"pro-", "anti-"}


def _scene_clauses(tok: Token) -> list[int]:
    """The clause of a place and the clauses it modifies without a change of speaker: "were killed in
    shelling in X" (an adverbial clause) but not "told reporters that the situation in X" (a ccomp)."""
    out: list[int] = []
    cur = clause_of(tok)
    for _ in range(4):
        out.append(cur.i)
        if cur.dep_ not in {"advcl", "xcomp", "conj", "pcomp"} or cur.head.i == cur.i:
            break
        cur = clause_of(cur.head)
    return out


# nouns for a town or area that a country adjective places in that country: "in the Kenyan capital", "in the
# Nigerian city of Kano". Not "border" or "frontier" (a border has two sides) nor "state" (also the government)
COUNTRY_PLACE_NOUNS = {"capital", "city", "town", "village", "province", "region", "district", "county", "port"}
# kinds of place that follow a place's own name ("Borno state", "Jolo island", "Idlib governorate"); "state" and
# "territory" only so, since alone they also name a government or a whole country
TERRITORY_NOUNS = {"state", "island", "governorate", "prefecture", "oblast", "territory", "municipality", "area"}
# bodies that serve in their own country, and the buildings they serve from: where the building stands is theirs
HOME_BODY_SECTORS = {"COP", "GOV"}
HOME_BODY_SITES = {
    "station", "post", "office", "offices", "headquarters", "building", "compound", "checkpoint", "precinct",
    "ministry", "palace",
}  # fmt: skip
# the parts of a town that a city's possessive places in it ("Kiev's Independence Square", "Minsk's main avenue")
CITY_PART_NOUNS = {
    "square", "street", "streets", "avenue", "boulevard", "district", "neighbourhood", "neighborhood", "suburb",
    "suburbs", "centre", "center", "downtown", "outskirts", "quarter", "park", "highway", "road", "roads", "bridge",
}  # fmt: skip
# the parts of a country named by their compass point after its possessive ("in Nigeria's northwest")
COMPASS_PLACES = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "interior"}


def _country_place(doc: Doc, m: Mention) -> Token | None:
    """The place noun a country adjective stands on ("the Kenyan capital" -> "capital"), so that a scene named
    so places the clause's agents as its name would ("Police in the Kenyan capital" -> KENCOP); else None."""
    tok = doc[m.head]
    noun = tok.head
    if m.kind == "country" and tok.dep_ == "compound" and noun.tag_ == "NN":
        # "in Borno state", "in the Sagaing region", "on Jolo island": a place's own name before the kind of
        # place it is names that place, and the phrase is the scene as the bare name would be
        if noun.lemma_.lower() in COUNTRY_PLACE_NOUNS | TERRITORY_NOUNS:
            return noun
        return None
    if m.kind == "country" and tok.dep_ == "poss":
        # "in Nigeria's northwest", "in Kenya's coastal county": a country's possessive on a place noun names a
        # part of that country, as "the Kenyan county" does
        if noun.lemma_.lower() in COUNTRY_PLACE_NOUNS | COMPASS_PLACES and noun.tag_ == "NN":
            return noun
        if noun.lemma_.lower() in TERRITORY_NOUNS and _named_place(noun):
            return noun  # "in Nigeria's Plateau state": a named state is a place, not the government
        return None
    if m.kind in {"capital", "country"} and tok.dep_ == "poss" and noun.lemma_.lower() in CITY_PART_NOUNS:
        # "in Kiev's Independence Square", "in Cairo's Tahrir Square", "in Nairobi's streets": a city's possessive
        # on a part of a town names a spot in that city, so the scene is the city's country as "in Kiev" is
        return noun
    if m.kind != "demonym" or tok.dep_ not in {"amod", "compound"}:
        return None
    if noun.tag_ != "NN":
        return None
    if noun.lemma_.lower() in COUNTRY_PLACE_NOUNS:
        return noun
    if noun.lemma_.lower() in TERRITORY_NOUNS and _named_place(noun):
        return noun  # "in the Mexican state of Guerrero"
    return None


def _the_only_word(head: Token) -> bool:
    """Whether a noun is a bare definite body: "the" and at most adjectives before it ("the authorities", "the
    federal government", "the military authorities"), no name, possessive or number that says whose it is."""
    lefts = list(head.lefts)
    return bool(lefts) and lefts[0].lower_ == "the" and all(c.dep_ == "amod" and c.pos_ == "ADJ" for c in lefts[1:])


def _seat_after_object(doc: Doc, head: Token, by_tok: dict[int, list[Mention]]) -> list[Mention]:
    """ "criticized the authorities in Ouagadougou", "urged the government in Kabul": news names a state by the
    seat of its government right after "the authorities"/"the government", and the parser often hangs "in X" on
    the verb instead. Read so only when "in" directly follows the bare definite object and its place is a
    capital: a country there ("arrested the officials in Mali") is as often where the act happened. A ruling body
    that is only ever its own country's ("the junta in Niger", "the regime in Syria") takes a country there too:
    news puts no junta or regime "in" a country it does not rule."""
    nxt = head.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ != "in" or doc[nxt].head.i != head.head.i:
        return []
    kinds = {"capital", "country"} if head.lemma_.lower() in RULING_BODY_LEMMAS else {"capital"}
    return [m for g in doc[nxt].children if g.dep_ == "pobj" for m in by_tok.get(g.i, []) if m.kind in kinds]


RULING_BODY_LEMMAS = {"junta", "regime"}


def _named_place(noun: Token) -> bool:
    """Whether a place noun carries its own proper name, before it ("Plateau state") or after "of" ("the state
    of Guerrero"): only then is "state" a territory rather than the government."""
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _is_scene(tok: Token) -> bool:
    """A place named as where things happen: "in Cairo", "in the east of the Gaza Strip"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in SCENE_PREPS:
        return True
    if prep.lower_ == "on" and tok.lemma_.lower() in ISLAND_NOUNS:
        return True  # "on Jolo island": English puts what happens on an island "on" it, as "in" a province
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.pos_ == "NOUN":
        if prep.head.head.lower_ == "on" and prep.head.lemma_.lower() in ISLAND_NOUNS:
            return True  # "on the island of Mindanao"
        return prep.head.head.lower_ in SCENE_PREPS  # "in the north of X", "in the city of X"
    return False


# land one is "on" rather than "in" ("on Jolo island", "on the Korean peninsula")
ISLAND_NOUNS = {"island", "islands", "peninsula"}


def _reports_on(speaker: Token, tok: Token) -> bool:
    """Whether ``speaker`` is the subject of a verb of saying whose reported clause holds ``tok``: "The State
    Department said militants attacked a convoy" (the militants), not "Kenyan police arrested residents"."""
    verb = speaker.head
    if speaker.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in SAYING_LEMMAS:
        return False
    return any(c.dep_ in {"ccomp", "parataxis"} and c.left_edge.i <= tok.i <= c.right_edge.i for c in verb.children)


def _meeting_venue(place: Token) -> bool:
    """Whether a scene ("in Havana") is where a meeting, talks or a signing are held: its clause's verb is one
    ("met rebel commanders in Havana", "signed a truce in Doha"), it hangs on such a noun ("talks in Geneva"), or
    its verb has one as its object ("held talks with Taliban leaders in Doha"). Sides meet on neutral ground, so
    the venue says nothing of whose the unplaced side is; "Police arrested protesters in Cairo" still places."""
    prep = place.head
    if prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in MEETING_NOUNS:
        return True
    verb = clause_of(place)
    if verb.lemma_.lower() in MEETING_VERBS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in verb.children)


def _venue_of(doc: Doc, head: Token, place: Mention) -> bool:
    """Whether a place after an armed group's noun is only where it meets or signs: "met rebel commanders in
    Havana", "talks with rebels in Doha"; "Rebels in Colombia met negotiators" still places them."""
    tok = doc[place.head]
    if place.kind not in PLACE_KINDS or tok.dep_ != "pobj" or tok.head.head.i != head.i:
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "the government and the rebels in Darfur must reach an agreement"
    if head.dep_ in {"nsubj", "nsubjpass"}:
        return False  # "Rebels in Colombia met negotiators": where the subject is, said before what it did
    return tok.head.lower_ in SCENE_PREPS | {"at"} and _meeting_venue(tok)


# a country's sports team is no state actor: "Japan's national team", "the French Olympic squad"
TEAM_NOUNS = {"team", "squad"}
SPORT_WORDS = {
    "national", "olympic", "football", "soccer", "basketball", "hockey", "cricket", "rugby", "volleyball",
    "baseball", "handball", "tennis", "athletics", "swimming", "ski", "chess", "paralympic", "junior", "youth",
}  # fmt: skip
# a sports league or movement is no political body ("the National Football League", "the Premier League"); "national"
# and "youth" name parties as often ("the National Liberation Front", "the Youth League")
LEAGUE_SPORTS = (SPORT_WORDS - {"national", "junior", "youth"}) | {"premier", "champions", "sports", "golf", "racing"}
SCORE = re.compile(r"(?<![\d.,/:$])\b\d{1,3} ?[-–] ?\d{1,3}\b(?![-–/.,:]\d)")
# a score ends its phrase or runs into where, when or how the match went ("2-1 on Sunday", "4-2 in the final",
# "a 3-0 win"); a range of a count or a date runs into its noun ("3-4 times", "on 3-4 May")
SCORE_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\u2014]|$)|\s+(?:on|in|at|after|before|to|and|with|during|victory|win|defeat|loss|draw|aggregate)\b"
)


# "the Saudi-led coalition", "a Kenyan-led mission": a body that a country leads or runs is that country's, while
# "Iranian-backed", "Chinese-made" or "Russian-speaking" say nothing of whose the body is
LED_PARTICIPLES = {"led", "run", "commanded", "headed"}
LED_BODIES = {"coalition", "alliance", "bloc", "mission", "force", "forces", "consortium", "contingent", "delegation"}


def _led_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A body led by a country with no word the dictionaries code ("the Saudi-led coalition", "the U.S.-led
    coalition"): the country leads it, so it is an actor of that country, with no sector (a coalition or a
    mission may be armed or not). A body noun that is already an agent ("Saudi-led coalition forces") takes
    the country from the ordinary combination of a place and an agent."""
    covered = {i for m in mentions for i in range(m.start, m.end) if not m.absorbed}
    out: list[Mention] = []
    for m in mentions:
        if m.kind not in {"country", "demonym"} or m.absorbed or not m.country:
            continue
        tok = doc[m.head]
        if tok.text.lower().endswith(tuple(f"-{p}" for p in LED_PARTICIPLES)):
            participle = tok  # "U.S.-led" as one token
        elif tok.dep_ in {"npadvmod", "compound", "amod"} and tok.head.lower_ in LED_PARTICIPLES:
            participle = tok.head  # "Saudi", "-", "led"
        else:
            continue
        body = participle.head
        if participle.dep_ not in {"amod", "compound"} or body.lower_ not in LED_BODIES or body.i in covered:
            continue
        start = min(t.i for t in body.subtree if t.i <= body.i and t.dep_ != "det") if body.i > m.start else m.start
        start = min(start, m.start)
        span = doc[start : body.i + 1]
        m.absorbed = True
        out.append(_country_mention(span, body.i, m.country))
        covered.update(range(span.start, span.end))
    return out


# nouns for a body that its members form and speak through ("the Kenya Farmers Union", "the Ghana Teachers
# Association", "the National Union of Mineworkers")
MEMBER_BODIES = {
    "union", "association", "federation", "confederation", "syndicate", "guild", "league", "society", "chamber",
    "council", "congress", "alliance", "cooperative", "co-operative", "forum", "network", "coalition",
}  # fmt: skip
MEMBER_SECTORS = {"AGR", "LAB", "EDU", "HLH", "BUS", "MED", "JUD", "REL", "CVL", "REF", "NGO", "ENV", "SPY"}


def _trade_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """ "The Kenya Farmers Union", "the Ghana Teachers Association", "the National Union of Teachers": a body
    named after the people of a trade is theirs (as "the farmers' union" is), so the trade's sector is the
    body's, and a country named in the body's name (the parser hangs it on the body noun, beside the trade) is
    the body's country through the ordinary combination of a place and an agent. The agent's mention grows to
    the whole name, whose head is the body noun. Only people of a civil sector (MEMBER_SECTORS): "the Security
    Council", "the Army Council" or "the Military Council" are state organs, not their members' voice."""
    covered = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
    places = {i for m in mentions if m.kind in {"country", "demonym"} for i in range(m.start, m.end)}
    people_of = [  # the body's people as a dictionary phrase that begins with the body noun ("union leaders")
        o for o in mentions if o.kind == "agent" and not o.absorbed and not o.code and o.end - o.start > 1
    ]
    for m in mentions:
        if m.kind != "agent" or m.absorbed or m.sector not in MEMBER_SECTORS or m.code:
            continue
        tok = doc[m.head]
        if tok.dep_ == "compound" and tok.head.i > tok.i:
            body = tok.head  # "Farmers Union"
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i < tok.i:
            body = tok.head.head  # "Union of Teachers"
        else:
            continue
        if body.lemma_.lower() not in MEMBER_BODIES or not body.text[:1].isupper():
            continue  # a name only: "a farmers union" may be any union the story names
        start = min([m.start, *(c.i for c in body.lefts if c.dep_ in {"compound", "amod"})])
        people = next((o for o in people_of if o.start == body.i and o is not m), None) if body.i in covered else None
        if people is not None:
            # "Kenya Farmers Union leaders": the dictionary matched "union leaders" (labour's), but the leaders,
            # officials or members of a body named after a trade speak for that trade, as the body does
            if any(i in covered - places and not m.start <= i < m.end for i in range(start, body.i)):
                continue
            people.key = people.key.replace(f":{people.sector}:", f":{m.sector}:", 1)
            people.sector = m.sector
            people.start, people.start_char = start, doc[start].idx
            people.text = _doc_text(doc)[people.start_char : people.end_char]
            m.absorbed = True
            continue
        if body.i in covered:
            continue
        end = max(m.end, body.i + 1)
        if any(i in covered - places and not m.start <= i < m.end for i in range(start, end)):
            continue  # another actor's words inside: "the Kenya Police Union" is the police's
        m.start, m.end, m.head = start, end, body.i
        m.start_char, m.end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        m.text = _doc_text(doc)[m.start_char : m.end_char]
        covered.update(range(start, end))


# words that name a kind of news outlet before the outlet's own name ("the daily Yeni Safak", "the weekly Der
# Spiegel", "the tabloid Bild"); "newspaper" and "broadcaster" are dictionary agents, which the appositive reading
# of _unknown_people already names
OUTLET_NOUNS = {"daily", "weekly", "tabloid", "broadsheet", "newspaper", "broadcaster", "magazine"}


def _named_outlets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The pro-government daily Yeni Safak", "the Turkish daily Yeni Safak", "the weekly Taifa Leo": a proper name
    that a word for a kind of news outlet introduces is that outlet, media (MED) as the codebook's media sector
    says, whatever dictionary knows it or not; a country word before it makes it that country's media through the
    ordinary combination of a place and a body. Only a proper name right after the outlet word: "daily attacks",
    "daily Russian strikes" name no paper. The outlet word is found from the name's head (a noun or adjective that
    modifies it) or holds the name as its appositive (the parser's two readings)."""
    covered = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
    out: list[Mention] = []
    for tok in tokens_of(doc, OUTLET_NOUNS):
        if tok.i + 1 >= len(doc) or (tok.text[:1].isupper() and tok.i > 0):
            continue  # "Daily Clarion": a word of the name itself
        first = doc[tok.i + 1]
        if first.pos_ != "PROPN" or not first.text[:1].isupper():
            continue
        if tok.dep_ in {"amod", "compound"} and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
            name_end, head = tok.head.i + 1, tok.head  # "daily" modifies the name
        elif tok.pos_ == "NOUN" and first.dep_ == "appos" and first.head.i == tok.i:
            name_end, head = first.i + 1, tok  # the name is the outlet word's appositive
        else:
            appos = [c for c in tok.children if c.dep_ == "appos" and c.left_edge.i == tok.i + 1]
            if tok.pos_ != "NOUN" or not appos:
                continue
            name_end, head = appos[0].i + 1, tok
        names = doc[tok.i + 1 : name_end]
        if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in names) or len(names) > 4:
            continue
        if any(i in covered for i in range(tok.i + 1, name_end)):
            continue  # a dictionary outlet ("the daily Hurriyet") keeps its own facts
        span = doc[tok.i : name_end]
        if any(i in covered for i in range(span.start, span.end)):
            for m in mentions:  # the dictionary's "newspaper" agent is the same outlet, named
                if not m.absorbed and m.start >= span.start and m.end <= span.end:
                    m.absorbed = True
        country = None
        for m in mentions:  # "the Turkish daily": the parser hangs the country word on the outlet word
            if (
                m.kind in {"country", "demonym"}
                and m.country
                and not m.absorbed
                and m.end == tok.i
                and doc[m.head].head.i == tok.i
                and doc[m.head].dep_ in {"amod", "compound", "poss"}
            ):
                m.absorbed, country = True, m.country
                span = doc[m.start : name_end]
        out.append(
            Mention(
                **span_place(span, head.i),
                code=f"{country}MED" if country else None,
                country=country,
                sector="MED",
                kind="organization" if country else "agent",
                name=names.text,
                key=f"organization:{country}MED:{names.text}" if country else f"agent:MED:{names.text}",
            )
        )
        covered.update(range(span.start, span.end))
    return out


# a crowd named by its count alone ("Thousands rallied", "Tens of thousands marched"): the count nouns, and the verbs
# by which a crowd acts as one in the street
CROWD_COUNTS = {"hundreds", "thousands", "dozens", "scores", "millions", "tens"}
CROWD_VERBS = {
    "demonstrate", "rally", "march", "protest", "gather", "riot", "strike", "chant", "converge", "throng", "mass",
    "take", "pour", "flood", "block", "storm", "clash", "burn", "demand", "denounce", "hold",
}  # fmt: skip


def _counted_crowd(head: Token) -> bool:
    """Whether a noun is a crowd counted in the street: the count itself ("Thousands marched") or the people it
    counts ("tens of thousands of people", "thousands of young people")."""
    if head.lower_ in CROWD_COUNTS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in CROWD_COUNTS


def _counted_crowds(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Thousands demonstrated in Amman against fuel prices", "Tens of thousands rallied in Tbilisi": a bare count
    of people as the subject of a street act is a crowd of ordinary people, as "crowds" and "residents" are (CVL in
    the CAMEO codebook, whose protest codes 14x take a crowd as their source); the scene then places it (see
    _locate_agents: "in Amman" -> JORCVL). The count must name no one after "of" but another count ("hundreds of
    thousands"), since "thousands of protesters" is the protesters, whom the dictionaries code."""
    out: list[Mention] = []
    covered: set[int] | None = None
    for tok in tokens_of(doc, CROWD_COUNTS):
        if tok.dep_ != "nsubj" or tok.tag_ != "NNS" or tok.head.lemma_.lower() not in CROWD_VERBS:
            continue
        if tok.head.pos_ != "VERB":
            continue
        of = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"]
        if any(o.lower_ not in CROWD_COUNTS for p in of for o in p.children if o.dep_ == "pobj"):
            continue
        if covered is None:
            covered = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
        end = max([tok.i] + [o.i for p in of for o in p.children if o.dep_ == "pobj"]) + 1
        start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in {"det", "nummod", "amod", "quantmod"}])
        if any(i in covered for i in range(start, end)):
            continue
        out.append(
            Mention(
                **span_place(doc[start:end], tok.i),
                code=None,
                country=None,
                sector="CVL",
                kind="agent",
                name=doc[start:end].text,
                key="agent:CVL:crowd",
            )
        )
    return out


def _people_from(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Police arrested a man from Syria", "gunmen seized two women from Kenya": a plain word for a person that no
    dictionary codes, followed by "from" and a country, capital or city, is someone of that country, coded as the
    country alone as "a Syrian man" is (see _singular: a man may be anyone, so only his country is sure). Only the
    plain words of PERSON_NOUNS, since "a letter from Iran" or "support from Russia" are no one."""
    covered = {i for m in mentions if not m.absorbed and not m.modifier_only for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        if m.kind not in PLACE_KINDS or not m.country or m.absorbed or m.end - m.start > 4:
            continue
        place = doc[m.head]
        prep = place.head
        noun = prep.head
        if place.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep" or noun.i >= prep.i:
            continue
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSON_NOUNS or noun.i in covered:
            continue
        if any(c.dep_ in {"poss", "amod", "compound"} and c.i in covered for c in noun.children):
            continue  # "his son from Syria", "Kenyan men from Somalia": another word already says whose
        start = min([noun.i, *(c.i for c in noun.lefts if c.dep_ in {"det", "nummod", "amod", "quantmod"})])
        out.append(_country_mention(doc[start : noun.i + 1], noun.i, m.country))  # the place keeps its own mention
        covered.update(range(start, noun.i + 1))
    out += _body_members(doc, mentions, covered)
    return out


# plain words for people who work for or serve in a body ("volunteers from a charity", "staff of the agency")
MEMBER_NOUNS = {
    "volunteer", "member", "staff", "staffer", "employee", "worker", "expert", "engineer", "researcher",
    "representative", "delegate", "inspector", "monitor", "observer", "specialist", "technician", "team",
}  # fmt: skip
MEMBER_PREPS = {"from", "with"}
# the sectors of bodies that belong to no one state: aid groups, charities, rights groups, the UN and its like
TRANSNATIONAL_SECTORS = {"NGO", "IGO"}


def _body_members(doc: Doc, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """ "Doctors from two American aid groups", "engineers from a Chinese state company", "lawyers with a British
    rights group": people named as coming from or serving with a body are its people, as an event coder codes
    them: the body's country and sector, not the scene's where they work ("... treated civilians in Gaza"). The
    person noun is a role the dictionaries know (doctors, lawyers) with no country yet, or a plain word for a
    body's people (MEMBER_NOUNS); "from" a country or a city is where they come from (see _people_from). A body
    that belongs to no one state ("doctors from aid groups", "volunteers from a charity", "engineers from the World
    Bank") gives them its own code as it stands (TRANSNATIONAL_SECTORS): they act for it wherever they come from."""
    roles = {m.head: m for m in mentions if m.kind == "agent" and not m.country and not m.absorbed}
    out: list[Mention] = []
    for body in mentions:
        if body.kind not in {"organization", "group", "agent"} or not body.sector:
            continue
        if not body.country and body.sector not in TRANSNATIONAL_SECTORS:
            continue  # a bare sector is coded later (_sector_only): its code may still be None here
        if body.absorbed or body.modifier_only or body.pronoun or body.sector == "CVL":
            continue
        tok = doc[body.head]
        prep = tok.head
        noun = prep.head
        if tok.dep_ != "pobj" or prep.lower_ not in MEMBER_PREPS or prep.dep_ != "prep" or noun.i >= prep.i:
            continue
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.tag_ not in {"NNS", "NN"}:
            continue
        role = roles.get(noun.i)
        if role is not None:
            if any(c.dep_ in {"poss", "amod", "compound"} and c.i in covered and c.i != noun.i for c in noun.children):
                continue  # "Kenyan doctors from the group": their own country said already
            role.country, role.code, role.sector = body.country, body.code, body.sector
            role.key, role.name = body.key, body.name
            continue
        if noun.i in covered or noun.lemma_.lower() not in MEMBER_NOUNS:
            continue
        start = min([noun.i, *(c.i for c in noun.lefts if c.dep_ in {"det", "nummod", "amod", "quantmod"})])
        if any(i in covered for i in range(start, noun.i)):
            continue
        span = doc[start : noun.i + 1]
        out.append(
            Mention(
                **span_place(span, noun.i),
                code=body.code,
                country=body.country,
                sector=body.sector,
                kind="agent",
                name=body.name,
                key=body.key,
            )
        )
        covered.update(range(span.start, span.end))
    return out


def _country_mention(span: Span, head: int, country: str) -> Mention:
    """A phrase that stands for a whole country ("the Turkish-led alliance", "the mainland")."""
    return Mention(
        **span_place(span, head),
        code=country,
        country=country,
        sector=None,
        kind="country",
        name=country_names().get(country, country),
        key=f"country:{country}",
    )


BASE_LEMMAS = {"base", "airbase"}
# words that make a "base" a military one: "a Turkish military base", "a Russian naval base", "the U.S. air base"
MILITARY_BASE_WORDS = {
    "military", "army", "naval", "navy", "air", "airforce", "marine", "missile", "drone", "submarine", "nuclear",
    "force", "forces", "defence", "defense", "training", "logistics", "logistical", "forward", "operating",
}  # fmt: skip
BASE_PLACE_PREPS = {"in", "near", "at", "on", "outside", "inside"}
# what is done to a base that is done to the forces in it: struck, shelled, fired on, bombed
BASE_HITS = HOSTILE_VERBS | {"hit", "fire", "detonate", "bombard", "overrun", "pound", "rocket", "explode", "blast"}
BASE_HIT_NOUNS = ARMED_ACT_NOUNS | {"attack", "assault", "raid", "strike", "bombing", "explosion", "blast"}


def _state_bases(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Rebels shelled a French base in Mali", "drones struck a Russian naval base", "a bomb at the gate of a Turkish
    military base": a base named with the state whose it is houses that state's forces, so an attack on it is an
    attack on them (MIL of that state), not on the country the base stands in. Only where it is hit: a base that is
    built, hosted, closed or visited ("denied hosting a Chinese naval base") is a facility, and the state that does
    that is the one the sentence names. Only the state's own name, adjective or possessive makes a base a side: a
    base named after its place ("the Ramstein base", "Bagram") or owned by a pronoun ("its naval base") says only
    where it is. A "base" of another kind ("China's industrial base", "the U.S. customer base") is no base of
    forces: the noun needs a military word, or a place it stands in ("a French base in Djibouti"), and no modifier
    of another kind."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind not in {"country", "demonym"} or not m.country or m.pronoun or m.country in REGION_CODES:
            continue
        tok = doc[m.head]
        base = tok.head
        if tok.dep_ not in MODIFIER_DEPS or base.i <= tok.i or base.lemma_.lower() not in BASE_LEMMAS:
            continue
        if base.tag_ not in {"NN", "NNS"}:
            continue
        own = set(range(m.start, m.end))
        words = [c for c in base.children if c.dep_ in {"amod", "compound"} and c.i not in own]
        if any(c.lower_ not in MILITARY_BASE_WORDS and c.pos_ != "PROPN" for c in words):
            continue  # "the U.S. manufacturing base", "Russia's tax base"
        placed = any(
            c.dep_ == "prep" and c.lower_ in BASE_PLACE_PREPS and any(o.dep_ == "pobj" for o in c.children)
            for c in base.children
        )
        if not (placed or any(c.lower_ in MILITARY_BASE_WORDS for c in words) or base.lower_ == "airbase"):
            continue
        if not _hit(base):
            continue
        start = min([m.start] + [c.i for c in words])
        span = doc[start : base.i + 1]
        code = m.country + "MIL"
        m.absorbed = True
        out.append(
            Mention(
                **span_place(span, base.i),
                code=code,
                country=m.country,
                sector="MIL",
                kind="agent",
                name=display_name(m.country, "MIL"),
                key=f"{org_kind('MIL')}:{code}",
            )
        )
    return out


# vehicles that carry people, and the verbs of carrying them: "a convoy carrying Chinese engineers"
CARRIER_NOUNS = {
    "convoy", "bus", "minibus", "vehicle", "car", "truck", "van", "boat", "ship", "vessel", "plane", "aircraft",
    "helicopter", "train", "motorcade", "ferry", "jeep",
}  # fmt: skip
CARRYING_VERBS = {"carry", "transport", "ferry"}
# the people a vessel carries and who sail under its flag ("the crew of a Pakistani fishing boat")
CREW_NOUNS = {"crew", "crewman", "crewmen", "sailor", "seaman", "seamen", "fisherman", "fishermen"}
FLAG_PARTICIPLES = {"flag", "flagged", "registered"}
VESSEL_NOUNS = {"boat", "ship", "vessel", "trawler", "tanker", "freighter", "yacht", "dhow", "tug", "cargo"}


def _carried_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Separatists ambushed a convoy carrying Chinese engineers", "a drone struck a bus carrying Russian soldiers":
    what is done to a vehicle that carries people is done to them, as an event coder codes the attack on the
    passengers. Only a vehicle an attack hits (see _hit), with a participle of carrying whose object is a coded
    actor; a truck carrying goods carries no one, and a vehicle that arrives or leaves is just transport."""
    by_head = {m.head: m for m in mentions if m.code and not (m.absorbed or m.pronoun or m.modifier_only)}
    covered = {i for m in mentions if not m.absorbed and not m.modifier_only for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        if (
            not m.code
            or m.absorbed
            or m.pronoun
            or m.modifier_only
            or m.kind not in {"agent", "group", "organization", "demonym"}
        ):
            continue
        tok = doc[m.head]
        verb = tok.head
        if tok.dep_ != "dobj" or verb.dep_ != "acl" or verb.lemma_.lower() not in CARRYING_VERBS:
            continue
        vehicle = verb.head
        if vehicle.lemma_.lower() not in CARRIER_NOUNS or vehicle.i in covered or vehicle.i in by_head:
            continue
        if not _hit(vehicle):
            continue
        out.append(
            Mention(
                **span_place(doc[vehicle.i : vehicle.i + 1], vehicle.i),
                code=m.code,
                country=m.country,
                sector=m.sector,
                kind=m.kind,
                name=m.name,
                key=m.key,
            )
        )
        covered.add(vehicle.i)
    return out


# participles that name who holds a place: "Russian-held Melitopol", "rebel-held Idlib", "Houthi-controlled Hodeidah"
HOLDING_PARTICIPLES = {"hold", "occupy", "control", "annex", "seize", "capture", "besiege"}


def _held_places(doc: Doc, mentions: list[Mention]) -> None:
    """ "Ukrainian drones struck Russian-held Sevastopol", "shelled rebel-held Idlib", "the Houthi-controlled port of
    Hodeidah": a place named with the side that holds it is, as a side of what is done to it, that holder. The
    dictionaries give a place the state it legally lies in, which is the attacker's own in these sentences; the text
    itself says whose it is now. A holder with no country of its own ("rebel-held") is that role in the place's
    country (SYRREB). Only a place acted on (an object, or after "at", "on", "against", "into") changes, not one named
    as where things happen ("troops raided a village in the Israeli-occupied West Bank" is in Palestinian land), and
    only the place's own mention, after every rule has placed people by it: "residents of Russian-occupied Melitopol"
    are still Ukraine's people. A place with no holder named keeps its state: who holds a city is no dictionary
    fact."""
    by_tok: dict[int, Mention] = {}
    for o in mentions:
        if not o.pronoun and (o.code or o.sector):
            for i in range(o.start, o.end):
                by_tok.setdefault(i, o)
    for m in mentions:
        if m.kind not in {"country", "capital"} or not m.country or m.pronoun or m.absorbed or m.modifier_only:
            continue
        noun = doc[m.head]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PLACE_OF_NOUNS:
            noun = noun.head.head  # "the Russian-held city of Melitopol"
        if not _acted_on(noun):
            continue  # "a village in the Israeli-occupied West Bank": where things happen, the land's own state
        holders = [
            h
            for v in noun.children
            if v.dep_ == "amod" and v.tag_ == "VBN" and v.lemma_.lower() in HOLDING_PARTICIPLES
            for h in v.children
            if h.dep_ in {"npadvmod", "compound", "amod", "nmod"} and h.i < v.i and h.i in by_tok
        ]
        if len(holders) != 1:
            continue
        holder = by_tok[holders[0].i]
        if holder is m or holder.kind == "person":
            continue
        holder.absorbed = True
        if holder.country and holder.sector:
            m.code, m.country, m.sector, m.kind = holder.code, holder.country, holder.sector, "agent"
        elif holder.country:
            m.code, m.country, m.sector, m.kind = holder.country, holder.country, None, "country"
        elif holder.sector:
            m.code, m.sector, m.kind = m.country + holder.sector, holder.sector, "agent"
        else:
            continue
        m.key = f"{org_kind(m.sector)}:{m.code}" if m.sector else f"country:{m.code}"
        m.name = display_name(m.country, m.sector) if m.sector else country_names().get(m.country, m.country)


def _acted_on(noun: Token) -> bool:
    """Whether a noun is what a verb acts on: its object, its passive subject, or the object of "at", "on",
    "against", "into" or "toward" ("fired at", "an attack on", "marched into")."""
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in {"at", "on", "against", "into", "toward", "towards"}


def _hit(thing: Token) -> bool:
    """Whether a thing is what an attack hits: the object of a verb of force ("struck a base"), or the object of
    "at", "on" or "against" after one ("fired rockets at", "an attack on", "a bomb at the gate of")."""
    cur = thing
    for _ in range(4):
        if cur.dep_ in {"dobj", "nsubjpass"}:
            return cur.head.lemma_.lower() in BASE_HITS
        if cur.dep_ != "pobj":
            return False
        prep = cur.head
        if prep.lower_ == "of":  # "the gate of", "the perimeter of": a part of the thing
            cur = prep.head
            continue
        if prep.lower_ not in {"at", "on", "against", "into"}:
            return False
        word = prep.head.lemma_.lower()
        if word in BASE_HITS or word in BASE_HIT_NOUNS:
            return True
        cur = prep.head  # "fired rockets at": the object's verb
        return cur.dep_ == "dobj" and cur.head.lemma_.lower() in BASE_HITS
    return False


def _sports_sides(doc: Doc, mentions: list[Mention]) -> None:
    """Countries that name sports teams are no actors: the team noun ("Japan's national team", "the French
    Olympic squad"), or a match result, whose winner and loser are both bare country names and whose clause
    gives the score ("Brazil beat Argentina 2-1"; a vote "51-49" has no country on both sides)."""
    places = {m.head: m for m in mentions if m.kind in {"country", "demonym"} and not m.absorbed}
    for m in places.values():
        noun = doc[m.head].head
        if doc[m.head].dep_ in MODIFIER_DEPS and noun.lemma_.lower() in TEAM_NOUNS:
            if any(c.lemma_.lower() in SPORT_WORDS for c in noun.children if c.dep_ in MODIFIER_DEPS):
                m.absorbed = True
    countries = {i: m for i, m in places.items() if m.kind == "country"}  # "Palestinians" are people, not a team
    for verb in {doc[i].head for i in countries if doc[i].dep_ == "nsubj"}:
        rest = doc[verb.i : verb.sent.end].text
        if verb.pos_ != "VERB" or not any(SCORE_AFTER.match(rest, x.end()) for x in SCORE.finditer(rest)):
            continue
        subjects = [countries[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in countries]
        losers = [
            places[t.i]
            for c in verb.children
            if c.dep_ == "dobj"
            for t in c.subtree
            if t.i in countries and (t.i == c.i or t.dep_ == "compound")
        ]
        if subjects and losers:
            for m in subjects + losers:
                m.absorbed = True


def _singular(word: str) -> str | None:
    """The singular of a regular English plural noun ("nationals", "aid workers", "gunmen"), or None. Plain
    "men", "women" and "people" are left out: "a Pakistani woman" may be anyone, so only her country is sure."""
    if not word.isalpha() or not word.islower() or len(word) < 4 or word in {"women", "people", "children"}:
        return None
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return None


def _part_of_a_name(span: Span) -> bool:
    """Whether a capitalized agent noun ends the name of a body ("the Alliance of Democracies", "the League of
    Nations"): the object of an "of" under a capitalized name, not at the start of its sentence. A union "of
    Journalists" is still a body of journalists; a league "of Nations" is no state, so callers ask it of states."""
    root = span.root
    prep = root.head
    return (
        not span[0].is_sent_start
        and all(t.is_title or not t.is_alpha for t in span)
        and root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.is_title
        and prep.head.pos_ == "PROPN"
        and not prep.head.is_sent_start
    )


def _appositive_chain(tok: Token) -> list[Token]:
    """Every noun of the appositive chain a noun is in: the first noun and all that rename it, nested or not."""
    top = tok
    while top.dep_ == "appos" and top.head.i != top.i:
        top = top.head
    out, todo = [], [top]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "appos")
    return out


def _post_body(tok: Token, covered: dict[int, Mention]) -> Mention | None:
    """The placed body a post with no country of its own serves ("X, a spokesman for the Somali army", "X, an
    adviser to the French president"): the person speaks and acts for that body, so takes its code, as the bare
    post does; a named person's aide or spokesman serves that person's side ("an aide to Maliki"). Only posts that
    belong to their body: "a critic of the Russian government" is no part of it and
    "an ambassador to France" is another country's envoy there."""
    lemma = tok.lemma_.lower()
    preps = {"of", "for"} if lemma in BODY_POSTS else {"to"} if lemma in ADVISER_POSTS else set()
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in prep.children:
                body = covered.get(pobj.i)
                if (
                    pobj.dep_ == "pobj"
                    and body is not None
                    and body.country
                    and (body.kind != "person" or lemma in PERSONAL_STAFF)
                ):
                    return body  # "an aide to Maliki", "a spokesman for Karzai": a person's staff serve his side
    return covered.get(tok.i)


def _listed_surnames(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """Dictionary people the text names in full, by the last word of the name it uses ("Lai Ching-te" -> "Lai")."""
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "person" and m.code and not (m.absorbed or m.modifier_only or m.pronoun) and " " in m.text:
            # the words of the text and of the listed name: a title folded into the text ("President Lai Ching-te")
            # hides the family name that opens the listed one
            for word in {*m.text.split()[:: max(1, len(m.text.split()) - 1)], *m.name.split()[:1]}:
                out.setdefault(word, []).append(m)
    return out


def _earlier_bearer(bearers: list[Mention], ent: Span) -> Mention | None:
    """The one dictionary person named in full before a bare surname ("President Lai" after "Lai Ching-te"):
    a reader takes the surname, titled or not, for that person, not for a stranger whom the title and the
    sentence's other country would code ("three days after President Lai took office, China ..."). Only when
    every word of the later name is in the earlier one and the text names no other such person."""
    words = set(ent.text.split())
    earlier = {m.key: m for m in bearers if m.end <= ent.start and words <= set(m.text.split())}
    return next(iter(earlier.values())) if len(earlier) == 1 else None


def _appositive_agent(doc: Doc, ent: Span, covered: dict[int, Mention]) -> Mention | None:
    """The singular agent noun in apposition to an unknown person that no country codes yet ("Ali Reza, a
    lawyer for the family", "Mona Seif, an activist"): it says what the person is, and the country it
    resolves to later (the scene, the sentence before) is the person's too. A plural ("X, one of the
    protesters") or an agent out of office ("a former minister") says nothing of the person now."""
    root = ent.root
    cands = [root.head] if root.dep_ == "appos" else []
    cands.extend(c for c in root.children if c.dep_ == "appos")
    if ent.start > 0:
        cands.append(doc[ent.start - 1])  # "student Ahmed Samir", "journalist Jose Zamora": a title with no office
    for tok in cands:
        m = covered.get(tok.i)
        if m is None or m.kind != "agent" or m.code or m.country or not m.sector or m.head != tok.i:
            continue
        if tok.tag_ not in {"NN", "NNP"} or has_former(tok):
            continue
        if m.sector == "GOV" and _heads_named_body(tok, covered):
            continue  # "president of the Poultry Farmers' Association", "adviser at the Crisis Group": not a state's
        return m
    return None


def _occupation(doc: Doc, ent: Span, mentions: list[Mention]) -> Mention | None:
    """A singular agent noun right before an unknown person's name that holds no office ("journalist Jose
    Zamora", "student Ahmed Samir"): the parse makes it a modifier of the name, but it says what the person
    is, so it stays an actor and the person takes the country it resolves to."""
    for m in mentions:
        if m.end == ent.start and m.kind == "agent" and m.modifier_only and not (m.absorbed or m.code or m.country):
            tok = doc[m.head]
            if m.sector and tok.tag_ == "NN" and not has_former(tok) and not _former_before(doc, m.start):
                m.modifier_only = False
                return m
    return None


def _heads_named_body(tok: Token, covered: dict[int, Mention]) -> bool:
    """Whether an office noun is held in a named body that no dictionary codes ("president of Wan Guo
    Company", "vice president of studies at the Observer Research Foundation"): a company's or an
    association's president or adviser is no government official, whatever country the story is in."""
    for t in tok.subtree:
        if t.pos_ != "PROPN" or t.i <= tok.i:
            continue
        body = covered.get(t.i)
        if body is None or (body.kind not in PLACE_KINDS and body.sector not in {"GOV", None}):
            return True  # an uncoded name, or a coded non-state body ("the International Crisis Group")
    return False


def _included_members(doc: Doc, mentions: list[Mention]) -> None:
    """A group of agents named with examples is of the examples' one country ("rights groups, including the
    American Civil Liberties Union" -> USANGO, "armed groups such as Hezbollah" -> LBNREB). Members of two
    countries, or none coded, leave it alone; many states ("countries, including France") are no one country."""
    by_head = {m.head: m for m in mentions if m.country and not (m.absorbed or m.pronoun)}
    for m in mentions:
        if m.kind != "agent" or m.code or m.country or not m.sector or m.absorbed or m.modifier_only or m.former:
            continue
        if state_plural(doc, m) or doc[m.head].tag_ != "NNS":
            continue
        members = []
        for prep in doc[m.head].children:
            if prep.dep_ == "prep" and prep.lower_ in {"including", "like"}:
                objs = [c for c in prep.children if c.dep_ == "pobj"]
            elif prep.dep_ == "amod" and prep.lower_ == "such":  # "groups such as X"
                objs = [g for p in prep.children if p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
            else:
                continue
            for obj in objs:
                members += [by_head.get(t.i) for t in [obj, *obj.conjuncts]]
        countries = {x.country for x in members if x is not None}
        if members and None not in members and len(countries) == 1:
            place_agent(m, countries.pop())


def _describe_people(doc: Doc, mentions: list[Mention]) -> None:
    """Unknown people named with an agent noun in apposition take the code that noun has resolved to
    ("Ali Reza, a lawyer for the family" in a story placed in Egypt -> EGYJUD), and so do their later
    surname mentions, which point to the same noun. A post left with no country takes the placed body it
    serves ("Ahmed Ali, a spokesman for the Somali army" -> SOMMIL), as the bare post's events do."""
    covered: dict[int, Mention] = {}
    for m in mentions:
        if m.code and not (m.absorbed or m.modifier_only or m.pronoun):
            for i in range(m.start, m.end):
                covered.setdefault(i, m)
    for m in mentions:
        d = m.described_by
        if d is None or m.code or d.absorbed or d.former:
            continue
        body = _post_body(doc[d.head], covered) if not d.country else None
        if body is not None and body is not d and body.country:
            d = body
        m.code, m.country, m.sector = d.code, d.country, d.sector
    placed = {m.key: m for m in mentions if m.described_by is not None and m.country}
    for m in mentions:  # placed by the scene of one mention ("police arrested journalist X in Lima"): all of them
        p = placed.get(m.key)
        if p is not None and m.described_by is not None and not m.code:
            m.code, m.country, m.sector = p.code, p.country, p.sector


def _title_token(doc: Doc, ent: Span, mentions: list[Mention]) -> Mention | None:
    """The bare title in front of a name ("President" in "President Michel Suleiman"): an agent mention
    that is a compound on the name or ends right before it."""
    opens_sentence = doc[ent.start].is_sent_start  # read once per name, not once per mention of the story
    for m in mentions:
        if m.kind != "agent" or m.code or not m.sector or m.absorbed:
            continue
        if opens_sentence and m.end <= ent.start:
            continue  # "... clashed with police. Peruvian residents": a noun that ends a sentence titles no one
        if m.end == ent.start or (m.end == ent.start - 1 and doc[m.end].is_punct and doc[m.end].text == "."):
            return m
        if m.end > ent.start:
            continue  # a title comes before the name (asked before making the mention's head Token)
        head = doc[m.head]
        if head.dep_ == "compound" and head.head.i in range(ent.start, ent.end):
            return m
    return None


def _names_legislator(doc: Doc, agent: Mention) -> bool:
    """A legislator's one-word title right in front of a person's name ("Representative Jason Crow")."""
    if agent.end - agent.start != 1 or doc[agent.start].lower_ not in LEGISLATOR_TITLES or agent.end >= len(doc):
        return False
    return doc[agent.end].ent_type_ == "PERSON"


def _title_sector(doc: Doc, title: Mention, mentions: list[Mention]) -> str | None:
    """The sector a bare title gives its holder: the dictionary's, except that a legislator's one-word title
    is LEG when nothing but a country or party qualifies it ("U.S. Representative X", not "Trade
    Representative X" or "Special Representative X", who are envoys)."""
    if title.end - title.start != 1 or doc[title.start].lower_ not in LEGISLATOR_TITLES:
        return title.sector
    if title.start == doc[title.start].sent.start:
        return "LEG"
    prev = doc[title.start - 1]
    placed = any(m.country and m.start <= prev.i < m.end for m in mentions)
    if placed or prev.text in CONGRESS_PARTIES or not (prev.is_title or prev.is_upper):
        return "LEG"
    return title.sector


def _congress_party(doc: Doc, title: Mention) -> str | None:
    """The country a party adjective right before a congressional title names ("Democratic Representative
    X"), unless the adjective is inside a party's longer name ("Christian Democratic ...")."""
    if title.end - title.start != 1 or doc[title.start].lower_ not in CONGRESS_TITLES or title.start == 0:
        return None
    adj = doc[title.start - 1]
    if adj.text not in CONGRESS_PARTIES:
        return None
    if adj.i >= 1 and not adj.is_sent_start and doc[adj.i - 1].is_title and doc[adj.i - 1].lower_ != "the":
        return None  # "Kurdistan Democratic", "Christian Democratic": a longer party name
    return CONGRESS_PARTIES[adj.text]


def _former_before(doc: Doc, start: int) -> bool:
    """ "former"/"ousted" right before a title, which the parser often hangs elsewhere ("Ousted
    president Jean Dupont", "the former Prime Minister X")."""
    return start >= 1 and doc[start - 1].lower_ in FORMER - {"then"}  # "and then President X spoke"


def _argument_tokens(tok: Token) -> set[int]:
    """Tokens that are direct arguments of the verb ``tok`` is the subject of ("X accused Russia")."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return set()
    verb = tok.head
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "attr"}:
            out.add(c.i)
            out.update(x.i for x in c.conjuncts)
        elif c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.add(g.i)
                    out.update(x.i for x in g.conjuncts)
    return out


def _uncoded_governing_subject(tok: Token, heads: dict[int, Mention]) -> bool:
    """Whether a pronoun subject's governing clause has a noun subject that no mention codes ("Lawyer
    Lionel X told AFP he ..."): the pronoun is that subject's, so no earlier person may take it."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in {"ccomp", "xcomp", "advcl"}:
        return False
    low = tok.lower_
    for child in verb.head.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.i not in heads:
            if low in {"it", "they"} and child.ent_type_ == "PERSON" and child.tag_ == "NNP":
                return False  # "It hopes to avoid a repeat, Oh said": one person is neither "it" nor "they"
            if low == "it" and child.tag_ in {"NNS", "NNPS"}:
                return False  # "It plans to appeal, analysts said"
            return child.pos_ in {"PROPN", "NOUN"} and not any(
                c.i in heads for c in child.subtree if c.dep_ in {"compound", "appos", "poss", "flat"}
            )
    return False


def _post_holder(
    doc: Doc, tok: Token, holders: list[Mention], unnamed: list[Span], sent_of: dict[int, int]
) -> Mention | None:
    """For he/she with no named person before it, the one person named by post alone ("Kenya's foreign minister
    arrived ... He criticized") who is the subject of this sentence before the pronoun or of the sentence just
    before. Any uncoded name in that stretch may be the one meant ("The minister met Ms. Khoshbo. She ..."),
    and two posts may be two people, so either leaves the pronoun alone. A post carries no gender, so the window
    is kept short."""
    here = sent_of.get(tok.i, 0)
    window = [m for m in holders if m.start < tok.i and here - sent_of.get(m.start, 0) <= 1]
    if not window or any(window[0].start < e.start < tok.i for e in unnamed):
        return None
    if len({m.key for m in window}) != 1:
        return None
    return window[-1]


def _opens_sentence(tok: Token, live: list[Mention]) -> bool:
    """A pronoun that is the subject of its sentence's main clause with no actor before it in the sentence."""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    start = sentence_start(tok)
    return verb.dep_ == "ROOT" and start > 0 and not any(start <= m.start < tok.i for m in live)


def _previous_subject(doc: Doc, tok: Token, heads: dict[int, Mention]) -> Mention | None:
    """The one person or post holder ("Egypt's president") who is the main subject of the sentence before
    ``tok``'s (not a coordination)."""
    prev = doc[tok.sent.start - 1].sent
    subjects = [c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return None
    m = heads.get(subjects[0].i)
    if m is None or m.pronoun:
        return None
    return m if m.kind == "person" or office_holder(doc, m) else None


def _own_clause_person(tok: Token, heads: dict[int, Mention]) -> list[Mention]:
    """For a possessive his/her, the one person who is the subject of its own clause before it ("Mahathir is a
    bolder man than his predecessor", "X criticized her rival"): the owner a reader takes first."""
    verb = clause_of(tok)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return []
    m = heads.get(subjects[0].i)
    return [m] if m is not None and (m.kind == "person" or office_holder(tok.doc, m)) and not m.pronoun else []


def _governing_subjects(
    tok: Token, heads: dict[int, Mention], pronouns: dict[int, list[Mention]] | None = None
) -> list[Mention]:
    """For a pronoun subject inside a ccomp/xcomp/advcl, the mentions that are the governing verb's
    subject and its conjuncts ("Germany and France said they ..."). With `pronouns`, a governing subject
    that is a pronoun linked earlier gives what it stands for ("It said it ...")."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = tok.head
    while verb.dep_ in {"conj"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in {"ccomp", "xcomp", "advcl"}:
        return []
    gov = verb.head
    if verb.dep_ == "ccomp" and gov.dep_ == "advcl" and gov.tag_ == "VBG" and gov.head.i < gov.i:
        # "Macron called Putin, saying he would visit": the participle's subject is the clause's, who says it
        # ("sending them back as they await" is no saying)
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in gov.children):
            gov = gov.head
    if verb.dep_ == "ccomp" and gov.i > tok.i and not in_quote(tok) and gov.lemma_.lower() in SAYING_LEMMAS:
        # "They now control the province, residents said", "He was beaten, his lawyer said": whoever reports a
        # clause after it speaks of someone else, who would be named, not "he" or "they", were it the speaker
        return []
    for child in gov.children:
        subject = None
        if child.dep_ in {"nsubj", "nsubjpass"}:
            subject = child if child.i in heads else _collective_member(child, heads)
            if subject is child and not heads[child.i].country:
                # "a delegation of Chinese officials": a body with no country of its own is the people it gathers
                member = _collective_member(child, heads)
                subject = member if member is not None and heads[member.i].country else child
        if subject is not None:
            return [heads[subject.i]] + [heads[c.i] for c in subject.conjuncts if c.i in heads and c.i != subject.i]
        if pronouns and child.dep_ in {"nsubj", "nsubjpass"} and child.i in pronouns and not child.conjuncts:
            return list(pronouns[child.i])
    return []


# nouns that count or gather people and name who they are after "of": "a group of Yoruba leaders", "hundreds of
# students", "some of the rebels", "a delegation of Kenyan officials"
COLLECTIVE_NOUNS = {
    "group", "delegation", "team", "band", "handful", "number", "majority", "contingent", "party", "hundreds",
    "thousands", "dozens", "scores", "millions", "some", "many", "most", "several", "few", "all", "none",
}  # fmt: skip


def _collective_member(noun: Token, heads: dict[int, Mention]) -> Token | None:
    """The people a collective or counting subject is made of: "A group of Yoruba leaders announced that they ...":
    "they" are the leaders, whom "group" stands for as their gathering (its own noun names no actor)."""
    if noun.lower_ not in COLLECTIVE_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.i in heads:
                    return pobj
    return None


def _quoted_candidates(
    doc: Doc, tok: Token, cands: dict[str, Mention], people: list[Mention], gender: dict[str, str], g: str
) -> dict[str, Mention]:
    """For a he/she/him/her inside a direct quote, whom it may be: a speaker says "I" for themselves, so never the
    quote's own speaker; and a person the window holds only as the speaker of another quote ("“He will never
    accept it,” Zelenskyy said. ... “He has no choice,” said an analyst") is not whom the new quote is about,
    which is rather the one the story is about, named further back. So the window's one candidate is kept only
    when it was named there other than as a speaker, or when it is the only person of that gender, other than
    the speaker, that the story has named so far; else no one (a wrong person is worse than none)."""
    spans = _quote_spans(doc)
    own = [sp for q, sp in spans if q[0] <= tok.idx < q[1]]
    speaking = {sp for _, sp in spans}

    def speaks(m: Mention, where: set[tuple[int, int]]) -> bool:
        char = doc[m.head].idx
        return any(a <= char < b for a, b in where)

    speakers = {m.key for m in people if speaks(m, set(own))}  # named after the quote, as a rule
    kept = {k: m for k, m in cands.items() if k not in speakers}
    story = {m.key for m in people if m.start < tok.i and gender.get(m.key, g) == g and m.key not in speakers}
    if len(story) == 1 and set(kept) == story:
        return kept
    if len(kept) != 1:
        return {}
    key = next(iter(kept))
    first = _window_start(doc, tok)
    named = [m for m in people if m.key == key and first <= m.start < tok.i]
    return kept if any(not speaks(m, speaking) for m in named) else {}


def _window_start(doc: Doc, tok: Token) -> int:
    """The first token of the sentence two before ``tok``'s (the pronoun window of ``_pronouns``)."""
    sent = tok.sent
    for _ in range(2):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start


def _quote_spans(doc: Doc) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (start, end) characters of each direct quote with a speaker, and of that speaker's mention."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for q in doc._.dw_quotes or []:
        if q is None or q.kind != "direct" or q.speaker is None:
            continue
        if q.speaker.start is None or q.speaker.end is None:
            continue
        out.append(((q.start, q.end), (q.speaker.start, q.speaker.end)))
    return out


@Language.factory("dyadwatch_actors", default_config={"extra_dictionaries": []})
def make_actor_resolver(nlp: Language, name: str, extra_dictionaries: list[str]) -> ActorResolver:
    return ActorResolver(nlp, extra_dictionaries)


# countries whose names are also English given names ("Jordan Bardella", "Chad Wolf", "India Walton"); another
# country before a name ("Chad Mahamat Deby" in a headline) is the country's
FIRST_NAME_COUNTRIES = {"jordan", "chad", "india", "georgia", "israel", "kenya", "america", "cuba"}
# nouns of a place that a country's name begins ("the Jordan Valley", "the Chad Basin"), so never a surname
NAMED_PLACE_NOUNS = {"valley", "river", "basin", "sea", "lake", "street", "road", "square", "avenue", "desert"}


def _first_name(doc: Doc, span: Span, starts: set[int]) -> bool:
    """Whether a country's one-word name opens a person's name the tagger found, followed by a capitalised surname
    that no dictionary reads and that names no place: "Jordan Bardella met voters", "Chad Wolf said", "India
    Walton won". A reader takes the whole for a person; the country is no side of what the person does."""
    tok = doc[span.start]
    if len(span) != 1 or tok.ent_iob_ != "B" or tok.ent_type_ != "PERSON" or not tok.is_title:
        return False
    if tok.lower_ not in FIRST_NAME_COUNTRIES or span.end + 1 >= len(doc):
        return False
    nxt = doc[span.end]
    return (
        doc[span.end + 1].ent_iob_ != "I"  # a first name and a surname, no more
        and nxt.ent_iob_ == "I"
        and nxt.pos_ == "PROPN"
        and nxt.is_title
        and nxt.i not in starts
        and nxt.lower_ not in NAMED_PLACE_NOUNS
    )


def _another_bearer(doc: Doc, span: Span, starts: set[int], rows: tuple[ActorEntry, ...]) -> bool:
    """Whether an office holder's bare surname follows a first name of another person, in one name the tagger
    found ("Jeb Bush", "Laura Bush", "Bill Gates"), or stands as the given name of another ("Sharon Stone").
    The full name a dictionary lists is matched whole, so a surname matched alone beside a name no dictionary
    reads belongs to someone else, as a reader takes it; a title ("President Bush", "Gen. Petraeus") is no
    given name, and a given name with the initial of a listed one is read as another spelling of it ("Mahmud
    Ahmadinejad" for "Mahmoud Ahmadinejad", "Mouammar Kadhafi")."""
    if len(span) != 1:
        return False
    tok = doc[span.start]
    if span.end < len(doc) and tok.ent_type_ == "PERSON" and tok.is_title:
        nxt = doc[span.end]
        if (
            nxt.ent_iob_ == "I"
            and nxt.pos_ == "PROPN"
            and nxt.is_title
            and nxt.is_alpha
            and nxt.i not in starts
            and nxt.lower_ not in NAMED_PLACE_NOUNS
        ):
            return True  # "Sharon Stone": the surname of one is the given name of another
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    initials = {n.split()[0][:1].lower() for row in rows for n in row.names if " " in n}
    if prev.lower_[:1] in initials:
        return False
    return (
        tok.ent_iob_ == "I"
        and tok.ent_type_ == "PERSON"
        and prev.ent_type_ == "PERSON"
        and prev.pos_ == "PROPN"
        and prev.is_title
        and prev.is_alpha
        and prev.i not in starts
        and prev.lower_ not in PERSON_TITLES
    )


# words that stand before a surname as a title or an honorific, never as a given name
PERSON_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "president", "premier", "chancellor", "minister", "secretary", "general",
    "gen", "king", "queen", "prince", "sheikh", "ayatollah", "senator", "sen", "governor", "gov", "ambassador",
    "envoy", "commander", "colonel", "col", "admiral", "lieutenant", "major", "captain", "sir", "lord", "judge",
    "chairman", "leader", "emir", "sultan", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "mullah",
    "marshal", "brigadier", "representative", "rep", "speaker", "mayor", "dame", "madame", "monsieur", "herr",
}  # fmt: skip


def _from_abroad(head: Token) -> bool:
    """Whether a noun is said to come from outside the place its sentence puts it in: "foreign troops in
    Afghanistan", "international monitors in Ukraine", "the international tribunal in The Hague", "foreign
    workers in Qatar" are no forces, monitors, court or workers of that country, as a reader takes them. A
    state's foreign-affairs post ("the foreign ministry in Kabul", "the foreign minister in Baghdad") is named
    by the word, not sent from abroad, so it stays the place's."""
    if head.lemma_.lower() in FOREIGN_AFFAIRS_NOUNS:
        return False
    return any(c.dep_ == "amod" and c.lower_ in ABROAD_WORDS for c in head.children)


ABROAD_WORDS = {"foreign", "international", "multinational", "overseas"}
FOREIGN_AFFAIRS_NOUNS = {
    "minister", "ministry", "secretary", "office", "service", "affairs", "policy", "relation", "committee",
    "spokesman", "spokeswoman", "spokesperson", "department", "chief", "head",
}  # fmt: skip


# the count nouns of a crowd: "hundreds of students", "thousands of farmers", "dozens of nurses"
COUNT_NOUNS = {"hundred", "thousand", "dozen", "score", "million", "ten", "tens"}


# "firms operating in Congo", "companies doing business in Iraq", "investors buying in Vietnam": a firm's participle
# of trade names a market, where firms of any country work, so its scene says nothing of whose the firm is
MARKET_SECTORS = {"BUS"}
MARKET_VERBS = {"do", "operate", "invest", "trade", "sell", "export", "buy", "conduct", "expand"}
# "do business", "conduct business": the activity, not a body the act is done to
ACTIVITY_OBJECTS = {"business"}
ACTIVITY_VERBS = {"do", "conduct"}


def _activity_objects(doc: Doc, mentions: list[Mention]) -> None:
    """ "Energy companies doing business in Iraq", "firms that conduct business with Iran": "business" as what is
    done names the trade itself, as "doing work" does, so it is no firm and no side of the act."""
    for m in mentions:
        if m.kind not in {"agent", "organization"} or m.absorbed or m.end - m.start > 4:
            continue
        tok = doc[m.head]
        if (
            tok.is_lower
            and tok.lower_ in ACTIVITY_OBJECTS
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in ACTIVITY_VERBS
        ):
            m.absorbed = True


def _described_clauses(noun: Token) -> list[int]:
    """The participle clauses that tell of a noun's own people where they are or what they did: "supporters planning
    rallies in Kampala", "students living in Dhaka", and a crowd counted by a number word, "hundreds of students
    protested in Dhaka", whose verb the small parser hangs on the count as a participle ("hundreds ... protested").
    The scene of such a clause is where those people are, as a scene of their own clause is."""
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        count = noun.head.head
        if count.tag_ == "NNS" and (count.lemma_.lower() in COUNT_NOUNS or count.ent_type_ == "CARDINAL"):
            holders.append(count)
    return [c.i for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG", "VBD"}]


# verbs of leaving a place in flight: "refugees fleeing Sudan", "migrants escaping the war in Syria"
FLEEING_VERBS = {"flee", "escape"}
# what people flee that is in a place: "fleeing the fighting in Myanmar", "escaping violence in Haiti"
STRIFE_NOUNS = {
    "war", "fighting", "violence", "conflict", "persecution", "crackdown", "famine", "unrest", "clashes", "bombing",
    "bombardment", "shelling", "offensive", "insurgency", "drought", "poverty", "repression", "turmoil", "chaos",
}  # fmt: skip
# people who leave a place: refugees and migrants, and people, civilians or families who flee it
FLEEING_PEOPLE = MIGRANT_LEMMAS | {"civilian", "people", "family", "resident", "villager", "person", "child"}


def _fleeing_people(doc: Doc, mentions: list[Mention]) -> None:
    """ "refugees from Sudan", "refugees fleeing Sudan", "migrants escaping the war in Syria", "civilians who fled the
    fighting in Myanmar": people named by the place they left, or the strife in it they fled, are that country's people
    (CAMEO codes refugees by the country they come from: SDNREF). A place they are in ("refugees in Uganda") is not
    theirs (see MIGRANT_LEMMAS), and one they flee to ("fled to Chad") is not either."""
    places = {m.head: m.country for m in mentions if m.country and not m.pronoun and m.kind in PLACE_KINDS}
    if not places:
        return
    for m in mentions:
        if m.kind != "agent" or m.code not in (None, m.sector) or m.country or m.absorbed or m.modifier_only:
            continue
        head = doc[m.head]
        if m.pronoun or head.lemma_.lower() not in FLEEING_PEOPLE or m.sector not in {"REF", "CVL"}:
            continue
        left: list[Token] = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
        for verb in head.children:
            if verb.dep_ not in {"acl", "relcl"} or verb.lemma_.lower() not in FLEEING_VERBS:
                continue
            fled = [o for o in verb.children if o.dep_ == "dobj"]
            left += fled
            left += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
            if any(o.lemma_.lower() in STRIFE_NOUNS for o in fled):
                # "fleeing the civil war in Liberia", where the parser hangs the war's place on the verb
                left += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
        countries = set()
        for o in left:
            if o.i in places:
                countries.add(places[o.i])
            elif o.lemma_.lower() in STRIFE_NOUNS:
                countries |= {
                    places[x.i]
                    for p in o.children
                    if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                    for x in p.children
                    if x.i in places
                }
        if len(countries) == 1:
            place_agent(m, next(iter(countries)))


def _loose_local_agents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Generic agents still without a code, of sectors that usually belong to where they act."""
    return [
        m
        for m in mentions
        if (m.kind == "agent" or (m.kind == "person" and m.described_by is not None))  # "journalist Jose Zamora"
        and not m.code
        and not m.absorbed
        and not m.modifier_only
        and (
            m.sector in LOCAL_SECTORS
            or (m.sector == "MIL" and any(t.lower_ in HOME_FORCE_LEMMAS for t in doc[m.start : m.end]))
        )
        and not noun_modifier(doc, m)
        and doc[m.head].lemma_.lower() not in MIGRANT_LEMMAS  # "police arrested migrants in Tokyo": not Japanese
        and not any(c.dep_ == "amod" and c.lower_ in ELSEWHERE_WORDS for c in doc[m.head].children)
        # "China evacuated its nationals in Sudan": the owner's people, placed by the pronoun (_possessed_agents)
        and not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in doc[m.head].children)
    ]


def _backer(doc: Doc, m: Mention) -> bool:
    """Whether a country mention backs, arms or builds what it qualifies ("Iran-backed", "U.S.-made"). Only the
    few tokens after it are read, since the whole text is costly to rebuild on every call."""
    if m.kind not in PLACE_KINDS or m.end < 1:
        return False
    last = doc[m.end - 1]
    near = doc[m.end - 1 : min(len(doc), m.end + 2)].text
    return bool(BACKER_AFTER.match(near, max(0, m.end_char - last.idx)))


def _act_of_opposing(tok: Token) -> bool:
    """ "opposition" as the act of opposing: with a complement of what or whom ("opposition to the plan",
    "opposition from Russia"), a degree ("strong opposition"), or as what is met, faced or voiced ("faced
    opposition", "met with opposition"). "The opposition" that acts or is acted on stays the party."""
    if tok.lower_ != "opposition" or tok.dep_ in {"compound", "amod"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"to", "from", "against"} for c in tok.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in OPPOSING_DEGREE for c in tok.children):
        return True
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else tok.head
    return tok.dep_ in {"dobj", "pobj", "nsubjpass"} and verb.lemma_.lower() in OPPOSING_VERBS


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """The region descriptions of regions.tsv ("central african", "west african")."""
    words: set[str] = set()
    for line in (dictionaries.data_dir() / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            words.update(w.strip().lower() for w in line.split("\t")[0].split(";"))
    return frozenset(words)


def _region_group(span: Span) -> bool:
    """A demonym that is also a region's name, qualifying the region's states: "Central African states"."""
    root = span.root
    return (
        span.text.lower() in _region_words()
        and root.dep_ in {"amod", "compound"}
        and root.head.lower_ in REGION_GROUP_NOUNS
    )


def _in_region_word(doc: Doc, span: Span) -> bool:
    """A nationality word that ends a region's description ("Latin American", "North American"): the word
    before it makes the pair a region (regions.tsv), whose peoples are many states', not the one state's. Only a
    state's nationality word is checked: "Eastern European" keeps the continent's word for the region rules."""
    if span.start == 0 or len(span) != 1:
        return False
    return f"{doc[span.start - 1].lower_} {span.text.lower()}" in _region_words()


# plural heads of several states that a region's adjective gathers ("West African leaders", "Gulf rulers")
REGIONAL_LEADER_NOUNS = {"leader", "ruler", "president", "head", "minister"}


def _regional_leaders(doc: Doc, mentions: list[Mention]) -> None:
    """ "West African leaders gave Niger's junta a week", "Southeast Asian leaders urged Myanmar's generals": the
    heads of a region's states acting together speak as their regional bloc, which CAMEO codes as an
    intergovernmental actor (IGO), no one government among them. Only a plural head noun with a region's description
    (regions.tsv) before it; "African leaders" of one named country keep that country."""
    for m in mentions:
        if m.kind != "agent" or m.country or m.sector != "GOV" or m.absorbed or m.modifier_only or m.pronoun:
            continue
        head = doc[m.head]
        if head.tag_ != "NNS" or head.lemma_.lower() not in REGIONAL_LEADER_NOUNS:
            continue
        mods = [c for c in head.lefts if c.dep_ in {"amod", "compound"}]
        if not mods:
            continue
        region = doc[mods[0].left_edge.i : head.i].text.lower()
        if region not in _region_words():
            continue
        m.code, m.sector, m.name = "IGO", "IGO", f"{region} leaders"
        m.key = f"organization:IGO:{region}"


# the nouns by which "the city's mayor", "the town's residents" name again a place just named
CITY_OWNER_NOUNS = {"city", "town", "capital", "village", "port"}


def _city_officials(doc: Doc, mentions: list[Mention]) -> None:
    """ "Russian forces attacked Kharkiv overnight. The city's mayor says three people were killed": "the city's"
    names again the place just named, so its mayor, police or residents are of that place's country. Only a role-only
    agent owned by a bare "the city"/"the town"/"the capital", and only when the places named before it in its own
    sentence, or else in the sentence before, are all of one country (a city or the country itself)."""
    owned = [
        m
        for m in mentions
        if m.kind == "agent"
        and not m.country
        and m.sector
        and not (m.absorbed or m.modifier_only or m.pronoun)
        and any(
            c.dep_ == "poss" and c.lemma_.lower() in CITY_OWNER_NOUNS and any(d.lower_ == "the" for d in c.children)
            for c in doc[m.head].children
        )
    ]
    if not owned:
        return
    places = [
        m
        for m in mentions
        if m.kind in {"country", "capital"} and m.country and not (m.absorbed or m.pronoun or m.modifier_only)
    ]
    for m in owned:
        sent = doc[m.head].sent
        near = [p for p in places if sent.start <= p.start < m.start]
        if not near and sent.start > 0:
            before = doc[sent.start - 1].sent
            near = [p for p in places if before.start <= p.start < before.end]
        countries = {p.country for p in near}
        if len(countries) == 1:
            place_agent(m, next(iter(countries)))


# verbs of receiving a visitor: the one who receives or hosts does so at home
HOSTING_VERBS = {"receive", "host", "welcome"}


def _hosts_at_home(doc: Doc, mentions: list[Mention]) -> None:
    """ "The emir received the Iraqi delegation in Kuwait City", "The king hosted the American envoy in Doha": one who
    receives or hosts a visitor does so in his own capital, so an officeholder named by title alone takes the country
    of the capital the reception is in. Only a capital, and only the subject of a verb of hosting: "met" is said of
    neutral ground too."""
    capitals = {m.head: m for m in mentions if m.kind == "capital" and m.country and not m.pronoun}
    if not capitals:
        return
    for m in mentions:
        if m.kind != "agent" or m.country or m.sector != "GOV" or m.absorbed or m.modifier_only or m.pronoun:
            continue
        head = doc[m.head]
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in HOSTING_VERBS:
            continue
        places = {
            capitals[g.i].country
            for t in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            for p in t.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for g in p.children
            if g.dep_ == "pobj" and g.i in capitals
        }
        if len(places) == 1:
            place_agent(m, next(iter(places)))


def _mainland(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the mainland" as a noun is the People's Republic when China, Taiwan or Hong Kong is named in its
    sentence or the two before ("Taiwan accused the mainland of ..."); with no such cue it is just land."""
    found = list(tokens_of(doc, ("mainland",)))
    if not found:  # most stories: no need to walk their sentences
        return []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    cues = sorted((m.start, m.country) for m in mentions if m.country and not m.pronoun)
    sent_starts = [s.start for s in doc.sents]
    out: list[Mention] = []
    for tok in found:
        if tok.i in covered or tok.dep_ in {"compound", "amod"} or tok.pos_ != "NOUN":
            continue
        if tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        k = max(i for i, s in enumerate(sent_starts) if s <= tok.i)
        window = sent_starts[max(0, k - 2)]
        near = {c for start, c in cues if window <= start < tok.sent.end}
        for country, places in MAINLAND_OF.items():
            if near & places:
                out.append(_country_mention(doc[tok.i - 1 : tok.i + 1], tok.i, country))
                break
    return out


# sectors of people and groups outside the state, whose leaders and officials are theirs, not a government's
NONSTATE_OWNER_SECTORS = {"OPP", "REB", "UAF", "INS", "SEP", "CVL", "LAB", "EDU", "BUS", "REL", "HRI", "NGO", "MED"}


def _whose_owner(doc: Doc, mentions: list[Mention]) -> None:
    """A role-only body owned by "whose" is the body of the noun the relative clause hangs on: "Kenya, whose police
    are deployed in Haiti" -> KENCOP, "Ruto, whose government faces protests" -> KENGOV. The owner is said outright,
    so it wins over any place the clause names; it runs before a scene or a deploying subject could place the body."""
    owners: dict[int, Mention] = {}
    for m in mentions:
        if (m.country or m.code or m.sector) and not (m.absorbed or m.modifier_only or m.pronoun):
            owners.setdefault(m.head, m)
    for m in mentions:
        if m.kind != "agent" or m.country or m.code not in {None, m.sector} or not m.sector or m.absorbed:
            continue
        head = doc[m.head]
        if m.modifier_only or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children):
            continue
        clause = head
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        owner = owners.get(clause.head.i) if clause.dep_ == "relcl" else None
        if owner is None:
            continue
        if owner.kind in {"organization", "group", "other"} and owner.code:
            # "Hamas, whose officials met mediators": a body's people are the body, as "Hamas's leaders" are;
            # "the UN, whose troops" are its force (IGOUNOMIL)
            armed = owner.sector == "IGO" and m.sector in {"MIL", "COP"}
            m.sector = m.sector if armed else (owner.sector or m.sector)
            m.code, m.country = (owner.code + (m.sector or "")) if armed else owner.code, owner.country
            m.key = f"{org_kind(m.sector)}:{m.code}"
            m.name = owner.name
        elif owner.country and owner.sector not in NONSTATE_OWNER_SECTORS:
            place_agent(m, owner.country)
        elif owner.sector in NONSTATE_OWNER_SECTORS and m.sector in {"GOV", "MIL"}:
            # "Protesters, whose leaders were arrested", "rebels, whose commanders": a non-state side's own sector
            m.sector = owner.sector
            m.country = owner.country
            m.code = (owner.country or "") + owner.sector
            m.key = f"{org_kind(m.sector)}:{m.code}" if owner.country else f"agent:{m.sector}:{head.lemma_}"
            m.name = display_name(owner.country, m.sector) if owner.country else m.name
        else:
            continue
        m.former = m.former or owner.former


def _led_modifiers(doc: Doc, mentions: list[Mention], index: MentionIndex) -> None:
    """A country before "-led" on an act or a thing ("Saudi-led airstrikes", "a Russia-led offensive") is who
    leads it, as "Saudi airstrikes" names who strikes. The parser hangs the country under the participle ("Saudi" <-
    "led" <- "airstrikes"), so the participle carries the country for the noun's modifiers, as the one token
    "U.S.-led" does. A body that backs, arms or brokers (BACKING_PARTICIPLES) stays no party to what it backs."""
    for m in mentions:
        if not m.code or not m.country or m.absorbed or m.kind not in {"country", "demonym"}:
            continue
        tok = doc[m.head]
        verb = tok.head
        if tok.dep_ not in {"npadvmod", "compound", "nmod", "amod"}:
            continue
        if verb.lower_ not in OWNING_PARTICIPLES and not _sponsored_text(verb):
            continue
        if verb.dep_ != "amod" or verb.i != m.end + 1 or doc[m.end].text not in HYPHENS:
            continue  # only the hyphened compound itself: "Saudi - led", not "led by Saudi" nor "Saudi troops led"
        if index.at(verb.head.i):
            continue  # an actor noun ("the Saudi-led coalition") has taken its country already
        index.modifiers.setdefault(verb.i, m)


def _sponsored_text(verb: Token) -> bool:
    """ "a French-sponsored resolution": a resolution, motion or bill is its sponsor's own text, so the sponsor is
    its author (as "French-drafted" says), unlike a sponsored militia, a backer's proxy (BACKING_PARTICIPLES)."""
    return verb.lower_ in SPONSOR_PARTICIPLES and verb.head.lemma_.lower() in AUTHORED_TEXTS


def _deployed_forces(doc: Doc, mentions: list[Mention]) -> None:
    """A role-only force that is what a state deploys, sends or withdraws is that state's: "Mexico would
    send 10,000 National Guard troops" -> MEXMIL, "Trump deployed troops" -> USAMIL, "Mexico has deployed
    thousands of National Guard members". The deploying subject must be placed in exactly one country."""
    heads: dict[int, Mention] = {}
    for m in mentions:
        if m.country and not (m.absorbed or m.modifier_only or m.pronoun):
            heads.setdefault(m.head, m)
    for m in mentions:
        if m.kind != "agent" or m.code or m.sector not in FORCE_SECTORS or m.absorbed or m.modifier_only or m.former:
            continue
        tok = doc[m.head]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "deployed National Guard troops and active-duty Marines": each is the state's
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
            tok = tok.head.head  # "thousands of National Guard members"
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in DEPLOY_VERBS:
            continue
        verb = tok.head
        while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in {"xcomp", "conj"}:
            verb = verb.head  # "agreed to send troops", "met and deployed troops"
        subjects = [heads[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in heads]
        if len(subjects) == 1 and subjects[0].country and subjects[0].sector in {None, "GOV", "MIL"}:
            place_agent(m, subjects[0].country)


# verbs that give a group a legal status ("labeled the paper a foreign agent", "designated them foreign agents")
STATUS_VERBS = {"label", "brand", "designate", "declare", "list", "register", "name", "deem", "call", "classify"}


def _foreign_agent_label(doc: Doc, mentions: list[Mention]) -> None:
    """ "Foreign agent" is also a legal status that states give groups and journalists ("registered as foreign
    agents", "the foreign agents law", "foreign agent status", "labeled them foreign agents"), where no police or
    spy body stands: such a mention is no actor. Only the status uses are meant (a noun's modifier, "as ...", or
    what a labeling verb calls someone); "foreign agents operating in Mexico" are agents, and a country's agents
    ("Russian agents", "federal agents") keep their reading."""
    for m in mentions:
        if m.absorbed or m.kind != "agent" or m.code or m.country:
            continue
        head = doc[m.head]
        if head.lemma_.lower() != "agent" or not any(c.lower_ == "foreign" for c in head.children if c.dep_ == "amod"):
            continue
        status = (
            head.dep_ in {"compound", "nmod", "oprd"}
            or (head.dep_ == "pobj" and head.head.lower_ == "as")
            or (head.dep_ in {"dobj", "attr", "appos", "ccomp", "xcomp"} and head.head.lemma_.lower() in STATUS_VERBS)
        )
        if status:
            m.absorbed = True


# verbs and nouns of an attack on a place ("struck Kyiv", "strikes on Gaza", "fired at Sderot"), and of harm done
STRIKE_LEMMAS = {"strike", "hit", "attack", "bomb", "shell", "pound", "target", "raid", "storm", "bombard", "rocket"}
STRIKE_LEMMAS |= {"airstrike", "bombing", "shelling", "assault", "bombardment", "barrage", "offensive", "fire"}
STRIKE_PREPS = {"on", "against", "at"}
HARM_LEMMAS = {"kill", "wound", "injure", "hurt", "maim"}
# what is done to soldiers by whoever fights them where they are: killing them, and attacking or ambushing them
TROOP_HARM_LEMMAS = HARM_LEMMAS | {"attack", "ambush"}


def _loyal_agents(doc: Doc, mentions: list[Mention]) -> None:
    """ "Forces loyal to Assad", "fighters loyal to Khalifa Haftar", "militants loyal to Iraq's Al-Qaeda leader": an
    armed body named by whom it is loyal to is, as a reader codes it, of that one's country; the sector stays its
    own (troops MIL, fighters or militants REB). Only an agent no rule has placed, and only "loyal to" on its own
    noun."""
    by_head = {m.head: m for m in mentions if m.country and not m.absorbed and not m.pronoun}
    by_tok = {i: m for m in by_head.values() for i in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "agent" or m.country or m.absorbed or m.modifier_only or not m.sector:
            continue
        head = doc[m.head]
        adjs = [a for a in head.children if a.dep_ == "amod" and a.lower_ == "loyal"]
        if head.dep_ == "nsubj" and head.head.lower_ == "loyal" and head.head.pos_ == "ADJ":
            # "Militiamen loyal to Sadr attacked ...": the parser may make "loyal" the clause's predicate and the
            # act a clause under it; the words still read as a noun and its modifier
            adjs.append(head.head)
        for adj in adjs:
            whom = [o for p in adj.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
            whom = [w for o in whom if o.dep_ == "pobj" for w in (o, *o.conjuncts)]
            owners = [o for o in (_loyalty_owner(w, by_head, by_tok) for w in whom) if o is not None]
            if len(whom) == 1 and len(owners) == 1 and owners[0].country:
                place_agent(m, owners[0].country)
            elif len(whom) <= 1 and not owners and (named := _named_after_to(doc, adj, by_tok)) is not None:
                place_agent(m, named.country)


def _named_after_to(doc: Doc, adj: Token, by_tok: dict[int, Mention]) -> Mention | None:
    """ "Troops loyal to President Mohamed al-Menfi attacked ...": "loyal to" is always followed by whom, but a long
    name after a title is often parsed as the clause's subject, leaving "to" with no object. Then whom it names is
    the placed name that follows "to" at once or after a title of at most two words ("army chief"), as a reader
    reads it; a verb in between ends the phrase."""
    to = next((p for p in adj.children if p.dep_ == "prep" and p.lower_ == "to"), None)
    if to is None:
        return None
    for i in range(to.i + 1, min(to.i + 4, len(doc))):
        if i in by_tok:
            return by_tok[i]
        if doc[i].pos_ in {"VERB", "AUX"} or doc[i].is_punct:
            return None
    return None


def _loyalty_owner(whom: Token, by_head: dict[int, Mention], by_tok: dict[int, Mention]) -> Mention | None:
    """Whom "loyal to" names, read as a reader reads the phrase: the body or person headed there, else the person
    named beside the word ("the Syrian warlord Abu Hassan", "al-Shabab frontman Ahmed Diriye", the name in
    apposition), else a placed phrase covering the word, else the country it is owned by ("Somalia's ... frontman":
    the loyalty is to that country's man)."""
    if whom.i in by_head:
        return by_head[whom.i]
    for c in whom.children:
        if c.dep_ == "appos" and c.i in by_head:
            return by_head[c.i]
    if whom.i in by_tok:
        return by_tok[whom.i]
    for c in whom.children:
        if c.dep_ == "poss" and c.i in by_head:
            return by_head[c.i]
    return None


RESIDENT_PREPS = {"in", "of"}
RESIDING_VERBS = {"live", "operate", "reside", "base", "fight", "settle"}  # "guerrillas operating in Macedonia"


def _ethnic_residents(doc: Doc, mentions: list[Mention]) -> None:
    """ "Ethnic Albanians in Macedonia", "ethnic Russians in eastern Ukraine", "ethnic Albanian guerrillas operating in
    Macedonia", "the Albanians of southern Serbia": a people named by their ethnicity and by the state they live in
    are, as a reader and an event coder take them, of that state; the demonym says who they are, not whose. Only
    with "ethnic", or a demonym plural with "of" its state, and only the place of their own phrase ("in", "of",
    "living in", "operating in"): "ethnic Albanians traveled to Serbia" stay Albanian."""
    places = {m.head: m for m in mentions if m.country and not m.pronoun and not m.absorbed and m.kind in PLACE_KINDS}
    # the country words a place noun may bear ("the Serbian town of", "the Kosovo town of"), whether or not
    # they stand as mentions of their own
    named = {m.head: m.country for m in mentions if m.country and not m.pronoun and m.kind in PLACE_KINDS}
    scenes: list[tuple[int, str]] | None = None  # read only once a people with no home of its own is met
    for m in mentions:
        if m.absorbed or m.modifier_only or m.pronoun or not m.country or m.kind not in {"demonym", "group", "agent"}:
            continue
        head = doc[m.head]
        if m.kind == "demonym" and head.tag_ not in {"NNS", "NNPS"}:
            continue
        words = {t.lower_ for t in doc[max(0, m.start - 1) : m.end]}
        ethnic = "ethnic" in words or any(c.lower_ == "ethnic" for c in head.children)
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in RESIDENT_PREPS]
        preps += [
            p
            for v in head.children
            if v.dep_ == "acl" and v.lemma_.lower() in RESIDING_VERBS
            for p in v.children
            if p.dep_ == "prep" and p.lower_ == "in"
        ]
        people = m.kind in {"agent", "group"} and head.lemma_.lower() in ETHNIC_PEOPLE_NOUNS and m.start < m.head
        if not ethnic and not people and not (m.kind == "demonym" and any(p.lower_ == "of" for p in preps)):
            continue
        homes = {c for p in preps for o in p.children if o.dep_ == "pobj" for c in _resident_place(o, places, named)}
        if not homes and (ethnic or people):  # no home in their phrase, or one that names no state ("of the province")
            if scenes is None:
                scenes = _scene_countries(doc, mentions)
            homes = _ethnic_setting(scenes, sentence_numbers(doc)[m.head])
        if len(homes) != 1 or m.country in homes:
            continue
        home = next(iter(homes))
        if m.kind == "demonym":
            m.country, m.code, m.key = home, home, f"country:{home}"
            m.name = country_names().get(home, home)
        elif m.sector:
            place_agent(m, home)


# "the Albanian population", "the Serb minority", "the Russian-speaking community": a people as residents of a state
ETHNIC_PEOPLE_NOUNS = {"population", "minority", "community"}
SCENE_PLACE_PREPS = {"in", "across", "throughout", "inside"}
# a state's own parts ("Macedonia's border", "Ukraine's east") name it as where things happen
SCENE_PLACE_NOUNS = PLACE_OF_NOUNS | {"border", "north", "south", "east", "west", "countryside", "territory"}
ETHNIC_SETTING_SENTENCES = 2  # how far back a named scene sets where an ethnic people lives


def _scene_countries(doc: Doc, mentions: list[Mention]) -> list[tuple[int, str]]:
    """(sentence number, country) of the places the text names as where things are or happen ("in Kosovo",
    "across North Macedonia"): the story's scenes, in text order."""
    sent_no = sentence_numbers(doc)
    out = []
    for m in mentions:
        if not m.country or m.pronoun or m.absorbed or m.kind not in PLACE_KINDS:
            continue
        tok = doc[m.head]
        if tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PLACE_PREPS:
            out.append((sent_no[m.head], m.country))
        elif tok.dep_ == "poss" and tok.head.lemma_.lower() in SCENE_PLACE_NOUNS:  # "near Macedonia's border"
            out.append((sent_no[m.head], m.country))
    return out


def _ethnic_setting(scenes: list[tuple[int, str]], here: int) -> set[str]:
    """Where an ethnic people with no home of its own phrase lives: "Fighting continued in Kosovo. Ethnic Albanians
    accused Serbian police ..." are Kosovo's, as a reader takes a people named in a story set in another state. The
    one country named as a scene in their sentence or the ETHNIC_SETTING_SENTENCES before; none or several say
    nothing, and the people keep their own state."""
    return {c for n, c in scenes if here - ETHNIC_SETTING_SENTENCES <= n <= here}


def _resident_place(place: Token, places: dict[int, Mention], named: dict[int, str]) -> set[str]:
    """The country of the place a people live in: a named place ("in Macedonia"), or a part of a country named
    by a place noun and that country's possessive or adjective ("in Ukraine's western region", "in the Serbian
    town of Presevo", "in the Kosovo town of X"): the part lies in the country that names it."""
    if place.i in places:
        return {places[place.i].country}
    if place.lemma_.lower() not in COUNTRY_PLACE_NOUNS | COMPASS_PLACES or place.tag_ != "NN":
        return set()
    return {named[c.i] for c in place.children if c.dep_ in {"poss", "amod", "compound"} and c.i in named}


def _one_per_head(mentions: list[Mention]) -> None:
    """Two live mentions of one actor on one head word ("Russia's TASS news agency" read as the country's agency and
    as the named agency "TASS news agency") are one phrase naming it once: the longer stays, the other is absorbed,
    so the phrase is not two sides of its act."""
    kept: dict[tuple[int, str], Mention] = {}
    for m in mentions:
        if not m.code or m.absorbed or m.modifier_only or m.pronoun:
            continue
        key = (m.head, m.code)
        other = kept.get(key)
        if other is None:
            kept[key] = m
            continue
        inner, outer = (m, other) if m.end - m.start <= other.end - other.start else (other, m)
        if outer.start <= inner.start and inner.end <= outer.end:
            inner.absorbed = True
            kept[key] = outer


def _stacked_places(doc: Doc, mentions: list[Mention]) -> None:
    """ "Kosovo Albanian guerrillas", "Bosnian Serb forces", "Greek Cypriot police": a place word stacked right before a
    people's word narrows who they are (the Albanians of Kosovo, the Serbs of Bosnia), so the whole phrase is one
    side, coded by its first word, and the shorter reading inside it ("Albanian guerrillas") is no second side. Two
    words joined by "and" or a comma ("American and Chinese officials") name two owners and are left as they are."""
    live = [m for m in mentions if m.code and not (m.absorbed or m.modifier_only or m.pronoun)]
    by_head: dict[int, list[Mention]] = {}
    for m in live:
        by_head.setdefault(m.head, []).append(m)
    for group in by_head.values():
        if len(group) < 2:
            continue
        for outer in group:
            for inner in group:
                if inner is outer or inner.absorbed or not (outer.start < inner.start and inner.end == outer.end):
                    continue
                between = doc[outer.start : inner.start]
                if any(t.dep_ == "cc" or t.is_punct for t in between) or doc[outer.start].pos_ not in {"PROPN", "ADJ"}:
                    continue
                inner.absorbed = True


# the armed and state bodies a rebellion fights, and the words that name a side by its revolt against its own state
INSURGENT_SECTORS = {"REB", "INS", "SEP"}
FOUGHT_STATE_SECTORS = {"MIL", "GOV", "COP"}
REVOLT_LEMMAS = {"rebel", "opposition", "insurgent"}
SITE_PLACE_PREPS = {"in", "near", "around", "outside"}
# sites an adjective sorts by kind rather than owner: "struck military targets" are targets of a military sort
KIND_SITES = {"target", "facility", "installation", "infrastructure"}


def _civil_war_sides(doc: Doc, mentions: list[Mention]) -> None:
    """A rebellion is fought at home: rebels fight the state of their own country, and "rebels" or "the
    opposition" are, by the word's sense, against their own government. So in a clause whose doer is a rebel body
    of one country ("The Rapid Support Forces shelled army positions"), a bare army, police or government it acts on
    is that country's (not so for protesters or exiles: "Palestinian protesters clashed with the army" is
    Israel's army); and in a clause whose doer is a country's army, police or
    government acting at home, a bare "rebel"/"opposition" side it acts on is that country's ("South Sudan's army
    attacked rebel positions"). Only where the sentence names no other country, so a foreign force ("U.S. forces
    struck militants") is left alone."""
    placed = [o for o in mentions if o.country and not (o.absorbed or o.modifier_only or o.pronoun)]
    if not placed:
        return
    for m in mentions:
        if m.kind != "agent" or m.country or m.absorbed or m.modifier_only or m.pronoun or m.former or not m.sector:
            continue
        if noun_modifier(doc, m):
            continue  # "a police station": a word on a thing, not a side (one on a site hit is, see noun_modifier)
        head = doc[m.head]
        if head.dep_ in {"compound", "amod"} and aimed_site(head.head):
            # "hit military targets in Tripoli", "shelled army positions near Goma": a site placed in a country is
            # held by that country's forces or rebels, whoever strikes it
            sites = {
                o.country
                for o in placed
                if o.kind in {"country", "capital"}
                and doc[o.head].dep_ == "pobj"
                and doc[o.head].head.lower_ in SITE_PLACE_PREPS
                and doc[o.head].head.head.i in {head.head.i, head.head.head.i if head.head.dep_ == "dobj" else -1}
            }
            if len(sites) == 1 and m.sector in FOUGHT_STATE_SECTORS | INSURGENT_SECTORS | {"OPP"}:
                place_agent(m, next(iter(sites)))
                continue
        if m.sector in FOUGHT_STATE_SECTORS:
            doers = INSURGENT_SECTORS
        elif head.lemma_.lower() in REVOLT_LEMMAS and m.sector in INSURGENT_SECTORS | {"OPP"}:
            doers = FOUGHT_STATE_SECTORS
        else:
            continue
        sent = head.sent
        countries = {o.country for o in placed if sent.start <= o.start < sent.end}
        if len(countries) != 1:
            continue
        verb = clause_of(head)
        subjects = [
            o
            for o in placed
            if o.sector in doers
            and sent.start <= o.start < sent.end
            and doc[o.head].dep_ in {"nsubj", "nsubjpass"}
            and clause_of(doc[o.head]).i == verb.i
            and o.head != m.head
        ]
        if subjects:
            place_agent(m, next(iter(countries)))


# states whose national legislature is called "Congress" in English news ("Peru's Congress", "Congreso de la Nación")
CONGRESS_STATES = {"ARG", "BRA", "CHL", "COL", "PER", "MEX", "GTM", "HND", "PRY", "PHL", "DOM"}


def _home_congress(doc: Doc, mentions: list[Mention]) -> None:
    """A bare "Congress" is the U.S. Congress only in a story about the United States: in one about Argentina,
    Peru or Brazil, whose legislatures are also called Congress, and which names no U.S. side up to that sentence,
    "protesters clashed with police outside Congress" is that country's legislature, as a reader takes it."""
    bare = [m for m in mentions if m.code == "USALEG" and m.text == "Congress" and not m.absorbed]
    if not bare:
        return
    for m in bare:
        end = doc[m.head].sent.end
        named = {
            o.country
            for o in mentions
            if o.country and o is not m and not o.absorbed and not o.pronoun and o.start < end
        }
        homes = named & CONGRESS_STATES
        if "USA" in named or len(homes) != 1:
            continue
        place_agent(m, next(iter(homes)))


def _militants_at_home(doc: Doc, mentions: list[Mention]) -> None:
    """A militant movement that spans countries ("Islamic State", "al-Qaeda": coded IMG) acts in each through a
    local branch, and a reader and an event coder take its fighters who strike in one country as that
    country's militants: "an Islamic State gunman attacked a mosque in Kabul" is Afghan insurgency. Only when
    the movement is the doer of its clause (or the word before its doer, "an Islamic State bomber") and that
    clause is set in one country, not at a meeting venue ("met in Doha")."""
    scenes: dict[int, set[str]] = {}
    for p in mentions:
        if not p.country or p.pronoun or p.absorbed or p.kind not in {"country", "capital"}:
            continue
        tok = doc[p.head]
        if _is_scene(tok) and not _meeting_venue(tok):
            for c in _scene_clauses(tok):
                scenes.setdefault(c, set()).add(p.country)
    if not scenes:
        return
    for m in mentions:
        if not (m.code or "").startswith("IMG") or m.country or m.absorbed or m.modifier_only or m.pronoun:
            continue
        if m.kind not in {"group", "organization"} or not m.sector:
            continue
        head = doc[m.head]
        if head.dep_ == "compound":
            head = head.head  # "an Islamic State bomber": the bomber is the doer
        if head.dep_ != "nsubj":
            continue
        homes = scenes.get(clause_of(head).i, set())
        if len(homes) == 1:
            place_agent(m, next(iter(homes)))


def _harmed_troops(doc: Doc, m: Mention) -> bool:
    """Unplaced soldiers or troops whom an act kills, wounds or attacks ("killing five soldiers", "two soldiers were
    wounded", "ambushed soldiers"), owned by no one ("its own soldiers") and not said to be from elsewhere."""
    head = doc[m.head]
    if m.sector != "MIL" or m.kind != "agent" or m.country or head.dep_ not in {"dobj", "nsubjpass"}:
        return False
    if head.head.lemma_.lower() not in TROOP_HARM_LEMMAS or any(t.lower_ == "own" for t in doc[m.start : m.end]):
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ in ELSEWHERE_WORDS) for c in head.children)


def _state_doer(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the act done to ``m`` has a doer that some country's mention covers: its subject, its "by" agent, or
    a word before it in the doer's phrase ("a Russian strike", "Israeli forces"). A doer that is an armed group
    outside any state's forces ("Boko Haram fighters", "Pakistani Taliban militants", "Islamic State militants")
    is no state, whatever country its name or a demonym gives it: insurgents fight the forces of the country they
    are in, so the soldiers they kill there are that country's, as for a stateless bomb."""
    verb = doc[m.head].head
    doers = [c for c in verb.children if c.dep_ in {"nsubj", "agent"}]
    doers = [d for d in doers if not _armed_group_at(d, mentions)]
    spans = [(d.left_edge.i, d.right_edge.i) for d in doers]
    # a place in the doer's phrase is where it struck ("a bomb in Mogadishu"), not whose it is
    return any(
        o.country and doc[o.head].dep_ != "pobj" and any(a <= o.head <= b for a, b in spans)
        for o in mentions
        if not o.absorbed
    )


def _armed_group_at(tok: Token, mentions: list[Mention]) -> bool:
    """Whether the phrase headed by ``tok`` (or its "by" object) names an armed group outside a state's forces: a
    mention of such a sector (ARMED_NONSTATE) or of a movement that spans countries (IMG) covers its head."""
    if tok.dep_ == "agent":
        tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
    return any(
        o.start <= tok.i < o.end and not o.absorbed and (o.sector in ARMED_NONSTATE or (o.code or "").startswith("IMG"))
        for o in mentions
    )


def _struck_place_people(doc: Doc, mentions: list[Mention]) -> None:
    """People killed or hurt in an attack on a place are, as a reader takes them, that place's people: "Russia struck
    Kyiv, killing 12 civilians" (Ukraine's), "Israeli strikes on Gaza killed 30 people" (the Palestinians'). The
    place is the attack's object ("struck Kyiv"), its "on"/"against"/"at" ("strikes on Gaza") or where the object
    is ("bombed a market in Nyala"), and the people are acted on in that clause or a clause hanging from it ("...,
    killing 12 civilians"); the doers are not placed. Who is placed are the local sectors the scene of an act places
    (_loose_local_agents: not migrants, tourists or "foreign volunteers", nor anyone a
    possessive owns, "its own soldiers"), and soldiers or troops whom the attack kills or wounds: the defender's.
    A clause whose attack is on two countries' places places no one. A place named as where attackers come from
    ("militants from Gaza fired at Israel") is no object of the attack."""
    struck: dict[int, set[str]] = {}
    for m in mentions:
        if not m.country or m.pronoun or m.absorbed or m.modifier_only or m.kind not in {"country", "capital"}:
            continue
        place = doc[m.head]
        act = place.head
        if place.dep_ == "pobj" and act.lower_ == "in":
            # "bombed a market in Nyala", "shelled targets in Odesa": what was struck is in the place
            act = act.head.head if act.head.dep_ == "dobj" else act.head
        elif place.dep_ == "pobj" and act.lower_ in STRIKE_PREPS:
            act = act.head
        elif place.dep_ != "dobj":
            continue
        if act.lemma_.lower() not in STRIKE_LEMMAS:
            continue
        struck.setdefault(clause_of(act).i, set()).add(m.country)
    if not struck:
        return
    loose = {id(m) for m in _loose_local_agents(doc, mentions)}
    for m in mentions:
        if m.country or m.absorbed or m.modifier_only or m.kind != "agent" or m.sector is None or m.former:
            continue
        head = doc[m.head]
        if id(m) not in loose and not _harmed_troops(doc, m):
            continue
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ not in {"dobj", "nsubjpass", "dative"}:
            continue  # "Armed groups attacked Israel": the doers are not the place's, only those acted on
        cur = clause_of(head)
        for _ in range(4):
            if cur.i in struck:
                if len(struck[cur.i]) == 1:
                    place_agent(m, next(iter(struck[cur.i])))
                break
            if cur.dep_ not in {"advcl", "conj", "xcomp", "ccomp"} or cur.head.i == cur.i:
                break
            if any(c.dep_ in {"nsubj", "agent"} for c in cur.children):
                break  # "Israel struck Lebanon and Hezbollah killed two soldiers": another's act, not the attack's
            cur = clause_of(cur.head)


HOME_FORCE_WORDS = {"government", "regime", "security", "junta", "police", "riot"}
# the words for a place's own population; migrants, refugees or workers in a country are often from elsewhere
HOME_POPULATION = {"civilian", "resident", "villager", "inhabitant", "population", "people", "townspeople"}
HOME_CIVILIAN_WINDOW = 2  # sentences before the civilians' own that must name no other country either


def _home_civilians(doc: Doc, mentions: list[Mention]) -> None:
    """Civilians whom a state's own forces act on are that state's civilians when nothing names another country:
    "Syrian government forces used chemical weapons against civilians", "security forces fired on civilians".
    Only forces that news names as acting at home count ("government", "regime" or "security" forces, police):
    "Russian troops shelled civilians" in a war story is about another country's people, whom the text may name
    sentences before. So the civilians' sentence and the HOME_CIVILIAN_WINDOW before it must name no country but
    the forces' own."""
    sent_of = sentence_numbers(doc)
    live = [m for m in mentions if not m.absorbed and not m.pronoun]
    by_head = {m.head: m for m in live}
    for m in live:
        if m.sector != "CVL" or m.country or m.kind != "agent" or m.modifier_only:
            continue
        if doc[m.head].lemma_.lower() not in HOME_POPULATION:
            continue
        here = sent_of[m.head]
        verb = doc[m.head]
        while verb.dep_ in {"pobj", "dobj", "nsubjpass", "prep", "conj"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if doc[m.head].dep_ == "nsubjpass":  # "civilians were attacked by government forces"
            doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        subjects = [by_head[c.i] for c in doers if c.i in by_head]
        force = subjects[0] if len(subjects) == 1 else None
        if force is None or force.sector not in FORCE_SECTORS or not force.country:
            continue
        words = {t.lower_ for t in doc[force.start : force.end]}
        if force.sector == "MIL" and not words & HOME_FORCE_WORDS:
            continue
        named = {x.country for x in live if x.country and here - HOME_CIVILIAN_WINDOW <= sent_of[x.head] <= here}
        if named == {force.country}:
            place_agent(m, force.country)


def _setting_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """People the story names with no title, post or description ("Feniya Mbewe took the school to court") are, as a
    reader takes them, private people of the place the story is set in, on the same terms as "residents" there
    (setting_country's people and fighters: a story about one state that names it as where things happen, no other
    country in their sentence or the two before, no state's arms beside them): civilians of that country. Whoever
    the text gives a title, post, party or country has been coded by then and is left alone; so is a name that
    only qualifies another ("the Biden administration"). The first mention decides for all of the person's later
    ones, so a name is never placed in one sentence and left in the next."""
    covered = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
    shared = shared_surnames(doc)
    firsts: dict[str, Mention] = {}  # surname -> the candidate standing for that person's first mention
    out: list[Mention] = []
    for ent in entities(doc):
        if ent.label_ != "PERSON" or any(i in covered for i in range(ent.start, ent.end)):
            continue
        if ent.root.dep_ in {"compound", "amod", "nmod"} or not all(t.text[:1].isupper() for t in ent if t.is_alpha):
            continue
        if _described_name(ent):
            continue  # "Omar Fathy, a former minister": the text says who the person is, and no rule coded it
        surname = ent[-1].text
        if surname in shared or not ent[-1].is_alpha:
            continue
        m = Mention(
            **span_place(ent, ent.root.i),
            code="CVL",
            country=None,
            sector="CVL",
            kind="agent",
            name=ent.text,
            key=f"person:{ent.text}",
        )
        first = firsts.get(surname)
        if first is not None and not (set(ent.text.split()) <= set(first.name.split())):
            continue  # "Ramon Zamora" after "Jose Zamora": another person, whom nothing here places
        if first is None:
            firsts[surname] = m
        out.append(m)
    if not out:
        return []
    setting_country(doc, mentions, only=list(firsts.values()), dateline=_dateline(doc))
    placed: list[Mention] = []
    for m in out:
        first = firsts[doc[m.end - 1].text]
        if not first.country:
            continue
        m.kind, m.name, m.key = "person", first.name, f"person:{first.name}"
        m.country, m.code = first.country, first.code
        placed.append(m)
    return placed


def _described_name(ent: Span) -> bool:
    """Whether the text says who a named person is beside the name: an appositive ("X, a former minister"), a
    noun before it ("mother X", "the former envoy X"), or a "who" clause ("X, who came from Uganda")."""
    root = ent.root
    if root.dep_ == "appos" or any(c.dep_ in {"appos", "relcl", "acl"} for c in root.children):
        return True
    return any(c.i < ent.start and c.pos_ in {"NOUN", "ADJ", "PROPN"} for c in root.lefts)


def _serving_posts(doc: Doc, mentions: list[Mention]) -> None:
    """A post with no country of its own that serves a placed body ("a spokesman for the Kenyan government", "the
    head of Somalia's army", "an adviser to the French president") is that body's, as its own events already take
    it (_post_body): placed here, before the rules that name it again, so "The spokesman said" two sentences on
    is the same body's spokesman and not a role-only one. A post serving a country by name ("a representative of
    Somalia") is of that country's state, in the post's own sector."""
    covered: dict[int, Mention] = {}
    for m in mentions:
        if not (m.absorbed or m.modifier_only or m.pronoun):
            for i in range(m.start, m.end):
                covered.setdefault(i, m)
    for m in mentions:
        if m.kind != "agent" or m.country or not m.sector or m.absorbed or m.modifier_only or m.pronoun or m.former:
            continue
        head = doc[m.head]
        if has_former(head) or any(c.dep_ == "poss" for c in head.children):
            continue
        body = _post_body(head, covered)
        if body is None or body is m or not body.country or body.former:
            continue
        if body.kind in PLACE_KINDS or body.kind == "person" or not body.sector:
            place_agent(m, body.country)  # a person's aide is his country's, in the post's own sector
        else:
            m.code, m.country, m.sector = body.code, body.country, body.sector
            m.key, m.name = body.key, body.name


def _title_bodies(title: Token, by_tok: dict[int, list[Mention]]) -> list[Mention]:
    """The intergovernmental bodies a title noun names as its own ("UN envoy", "African Union envoy", "EU foreign
    policy chief"): organizations coded IGO among the words the parse hangs on it."""
    return [
        o
        for c in title.children
        if c.dep_ in {"compound", "nmod", "amod"} and c.i < title.i
        for o in by_tok.get(c.i, [])
        if o.kind == "organization" and (o.code or "").startswith("IGO")
    ]


def _does(verb: Token, owner: Mention, by_tok: dict[int, Mention]) -> bool:
    """Whether ``owner`` is the subject of ``verb`` or of the verb it is conjoined to ("Iran seized a tanker and
    detained ...")."""
    verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(c.dep_ == "nsubj" and c.i in by_tok and by_tok[c.i].key == owner.key for v in verbs for c in v.children)


def _owned_arms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Israel said its aircraft struck a base", "The Houthis said their missiles hit a ship": weapons a state or an
    armed group calls its own and that do the act stand for its forces, as "Israeli aircraft" would - the owner
    is found as for "its forces" (governing_owner, else the one body named before in the sentence). A state's
    arms are its military; an armed group's are the group itself. Owners of other kinds ("Boeing said its
    aircraft ...") own goods, not forces, and a weapon no one is found to own stays no side."""
    taken = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
    by_tok: dict[int, Mention] = {}
    for m in mentions:
        if m.code and not m.absorbed and not m.modifier_only:
            for i in range(m.start, m.end):
                by_tok.setdefault(i, m)
    out: list[Mention] = []
    for tok in tokens_of(doc, ("its", "their")):
        thing = tok.head
        if tok.dep_ != "poss" or thing.i in taken or thing.lemma_.lower() not in PLATFORMS | MUNITIONS:
            continue
        acting = thing
        while acting.dep_ == "conj" and acting.head.i < acting.i:
            acting = acting.head  # "its jets and drones struck": the first one's role
        if acting.dep_ != "nsubj" or in_quote(tok):
            continue
        owner = governing_owner(doc, thing, by_tok, tok.lower_)
        if owner is None and tok.lower_ == "its":
            owner = _sentence_owner(doc, tok, mentions)
        if owner is None or owner.kind == "person" or owner.key.startswith("person:") or owner.former:
            continue
        if owner.sector in STATE_SECTORS or (owner.sector is None and owner.country):
            code, country, sector = (owner.country or "") + "MIL", owner.country, "MIL"
        elif owner.sector in ARMED_NONSTATE:
            code, country, sector = owner.code, owner.country, owner.sector
        else:
            continue
        if not country and sector == "MIL":
            continue
        out.append(
            Mention(
                **span_place(doc[thing.i : thing.i + 1], thing.i),
                code=code,
                country=country,
                sector=sector,
                kind="agent",
                name=display_name(country, sector) if country else (owner.name or sector),
                key=f"{org_kind(sector)}:{code}" if sector == "MIL" else owner.key,
            )
        )
    return out


def _struck_owners(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Ukraine said Russia attacked its power grid", "China said the Philippines seized its fishing boats": the
    owner of a thing attacked, seized or invaded is the reporting subject above the attack, never the attacker
    (governing_owner), and stands at "its" or "their" as "Ukraine's" would, so the act is aimed at it. Only a
    possessive on the verb's own object, that no rule has linked yet."""
    by_tok: dict[int, Mention] = {}
    for m in mentions:
        if m.country and not m.absorbed and not m.modifier_only:
            for i in range(m.start, m.end):
                by_tok.setdefault(i, m)
    taken = {m.head for m in mentions if not m.absorbed}
    out: list[Mention] = []
    for tok in tokens_of(doc, ("its", "their")):
        if tok.dep_ != "poss" or tok.i in taken or tok.i in by_tok:
            continue
        thing = tok.head
        if thing.dep_ != "dobj" or thing.i in taken:
            continue
        verb = thing.head
        if verb.lemma_.lower() not in HOSTILE_VERBS or any(t.lower_ == "own" for t in thing.subtree):
            continue
        owner = governing_owner(doc, thing, by_tok, tok.lower_)
        if owner is None or owner.country is None or owner.kind == "person":
            continue
        if any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i in by_tok and by_tok[c.i].key == owner.key for c in verb.children
        ):
            continue  # the attacker is never the owner it attacks
        out.append(at_pronoun(owner, tok))
    return out


CHAIN_DEPS = {"compound", "amod"}
MAX_CHAIN = 4  # "Montenegro Municipality Association officials": three nouns before the head at most


def _compound_chain(tok: Token) -> list[Token]:
    """The left words under a compound modifier, down its own compounds and their adjectives: in "Cambodian riot
    police" and "the Kenya Farmers Union officials" they name whose the whole phrase is."""
    out: list[Token] = []
    frontier = [tok]
    for _ in range(MAX_CHAIN):
        frontier = [c for t in frontier for c in t.children if c.dep_ in CHAIN_DEPS and c.i < t.i]
        if not frontier:
            break
        out.extend(frontier)
    return out


# a country's own groups, who deal with their own state far more often than with another's
HOME_GROUP_SECTORS = {"OPP", "LAB", "EDU", "JUD", "LEG", "REL", "HRI", "MED", "HLH", "AGR", "REB"}
# bare nouns for a state's executive ("the government", "the regime", "the president", and its ministries and
# ministers: "Kenyan farmers criticized the agriculture ministry")
EXECUTIVE_LEMMAS = {"government", "administration", "regime", "authority", "cabinet", "president", "presidency"}
EXECUTIVE_LEMMAS |= {"ministry", "minister", "party"}  # "party": only a GOV agent, "the ruling party"
EXECUTIVE_LEMMAS |= {"chancellor", "premier"}  # heads of government: "the opposition leader accused the chancellor"
# "the junta", "the military rulers": a country's rulers are a body, named in the plural as well
RULER_LEMMAS = {"junta", "ruler"}
EXECUTIVE_LEMMAS |= RULER_LEMMAS


def _home_government(doc: Doc, mentions: list[Mention]) -> None:
    """A bare "the government" (or "the regime", "the president", "the ministry") in a sentence whose every placed
    actor is of one country, one of them that country's own group (opposition, unions, students, judges, clergy, rights
    groups), is that country's, as a reader takes it: "Kenyan opposition leaders accused the government of
    fraud" -> KENGOV. A state named as such ("Washington criticized the government"), a diplomat or a group away
    from home ("Iranian exiles") speak as often of another state, so none of them may be in the sentence."""
    bare = [
        m
        for m in mentions
        if m.kind == "agent"
        and m.code in (None, m.sector)
        and not (m.country or m.absorbed or m.modifier_only or m.pronoun or m.former)
        and (
            (m.sector == "GOV" and doc[m.head].lemma_.lower() in EXECUTIVE_LEMMAS)
            or (m.sector in BARE_FORCE_SECTORS and doc[m.head].lemma_.lower() in BARE_FORCE_LEMMAS)
            or _government_force(doc, m)
        )
        and (
            doc[m.head].tag_ in {"NN", "NNP"} or doc[m.head].lemma_.lower() in RULER_LEMMAS or _government_force(doc, m)
        )
    ]
    if not bare:
        return
    by_sent: dict[int, list[Mention]] = {}
    hosted: set[int] = set()  # sentences where an international body acts ("the UN mission in Colombia")
    for o in mentions:
        if not (o.absorbed or o.modifier_only or o.pronoun or not o.country):
            by_sent.setdefault(doc[o.start].sent.start, []).append(o)
        elif o.sector in TRANSNATIONAL_SECTORS and not (o.absorbed or o.pronoun or o.country):
            hosted.add(doc[o.start].sent.start)
    for m in bare:
        head = doc[m.head]
        others = by_sent.get(head.sent.start, [])
        countries = {o.country for o in others}
        if len(countries) != 1 or m.former or has_former(head):
            continue
        if any(c.dep_ == "poss" or c.lower_ in FOREIGN_WORDS | UNLIKE_DETERMINERS for c in head.children):
            continue  # "its government", "foreign governments", "any government": whose, the sentence says
        # a country or capital named as where things happen ("Protesters marched in Tehran against the government")
        # is the scene, not a state that speaks of another's government
        if any(
            (o.kind in {"country", "capital"} and not _is_scene(doc[o.head]))
            or doc[o.head].lemma_.lower() in DIPLOMATIC
            for o in others
        ):
            continue
        if any(doc[o.head].lemma_.lower() in AWAY_LEMMAS or _exiled(doc[o.head]) for o in others):
            continue
        figures = [o for o in others if _private_figure(o) or _home_figure(doc, o)]
        if m.sector != "GOV" and not _government_force(doc, m):
            # "the army", "the police", "the courts" fight or judge abroad as well as at home ("Palestinian protesters
            # clashed with the army"): only a figure of the country's own politics speaks of them as its own
            if figures:
                place_agent(m, next(iter(countries)))
            continue
        home = any(o.sector in HOME_GROUP_SECTORS or _home_civilians_of(doc, o) for o in others)
        # an international body at work in the one country its sentence names as a scene speaks of that country's
        # government, its host: "The head of the UN mission in Colombia praised the government's commitment"
        host = head.sent.start in hosted and all(o.kind in {"country", "capital"} for o in others)
        if home or figures or host or head.lemma_.lower() == "party":
            # a ruling party ("the ruling party", sector GOV) is a player in its own country's politics: whoever of
            # one country speaks of it speaks of their own
            place_agent(m, next(iter(countries)))


def _government_force(doc: Doc, m: Mention) -> bool:
    """ "government troops", "government forces": a force named as the government's is that of the government the
    sentence's own people speak of, as "the government" itself is."""
    return m.sector in FORCE_SECTORS and any(t.lower_ == "government" for t in doc[m.start : m.head])


# titles an army and a politician's office share: "the army chief of staff" commands, "Lula's chief of staff" runs
# the leader's office
AIDE_TITLES = {"chief of staff", "deputy chief of staff"}


def _aide_title(doc: Doc, agent: Mention) -> bool:
    """Whether an agent is a leader's aide by title: a person's "chief of staff" is no soldier but the head of that
    person's office, so "Lula's chief of staff" is Brazil's government where "Israel's chief of staff" is its army."""
    return doc[agent.start : agent.end].text.lower() in AIDE_TITLES


def _described_owner(doc: Doc, m: Mention, head: Token, mentions: list[Mention]) -> None:
    """A state's post owned by a description that was read as a country or bloc only after the posts were
    ("Jordan ... the kingdom's foreign minister", "The EU ... the bloc's top diplomat"): the post is that state's
    or bloc's, as "Jordan's foreign minister" and "the EU's top diplomat" are."""
    if m.sector not in STATE_SECTORS:
        return
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return
    owner = next(
        (
            o
            for o in mentions
            if o.start <= poss.i < o.end
            and o.code
            and o is not m
            and not (o.absorbed or o.modifier_only or o.pronoun)
            and o.kind in {"country", "organization"}
        ),
        None,
    )
    if owner is None:
        return
    if owner.country:
        place_agent(m, owner.country)
    elif owner.sector == "IGO" and owner.code:
        m.code, m.sector, m.name = owner.code, "IGO", owner.name  # "the bloc's top diplomat" speaks for the bloc
        m.key = f"organization:{owner.code}"


# civilians named by their tie to their own state or to a victim: citizens, voters and taxpayers deal with their own
# state, and the kin of victims, captives or the missing ask their own state to act for them
HOME_CIVILIAN_LEMMAS = {
    "family", "relative", "parent", "mother", "father", "widow", "citizen", "voter", "taxpayer", "pensioner",
}  # fmt: skip


def _home_civilians_of(doc: Doc, o: Mention) -> bool:
    """Civilians of a country who speak of "the government" as their own ("Israeli hostages' families accused the
    government", "French taxpayers"): only the words of HOME_CIVILIAN_LEMMAS, since residents, villagers or
    civilians as such are often under a foreign state's rule or fire."""
    if o.kind == "demonym" and o.sector is None and doc[o.head].tag_ in {"NNS", "NNPS"}:
        return True  # "Arab Israelis criticized the government": a people named by its nationality, its own state
    if o.sector == "CVL" and o.kind == "agent" and _counted_crowd(doc[o.head]):
        return True  # "Thousands marched in Seoul against the president": a street crowd is the place's own people
    return o.sector == "CVL" and o.kind in {"agent", "group"} and doc[o.head].lemma_.lower() in HOME_CIVILIAN_LEMMAS


# people living where they now are by that state's leave; exiles and a diaspora speak of the state they left
HOSTED_LEMMAS = MIGRANT_LEMMAS - {"diaspora", "emigrant", "emigre", "émigré", "exile"}


def _host_government(doc: Doc, mentions: list[Mention]) -> None:
    """Migrants, refugees or a diaspora named with the country they live in ("Syrian refugees in Turkey", "Afghan
    migrants in Pakistan") speak of "the government" of that country, not of the one they left: "Syrian refugees in
    Turkey criticized the government's deportation plans" -> TURGOV. Only where the sentence's other actors are
    those people and the one country they are in (any other state there could be the one meant). Exiles and a
    diaspora are not hosted so: "the Ethiopian diaspora in the U.S. criticized the government" means Ethiopia's."""
    bare = [
        m
        for m in mentions
        if m.kind == "agent"
        and m.sector == "GOV"
        and m.code in (None, m.sector)
        and not (m.country or m.absorbed or m.modifier_only or m.pronoun or m.former)
        and doc[m.head].lemma_.lower() in EXECUTIVE_LEMMAS
        and _the_only_word(doc[m.head])
    ]
    if not bare:
        return
    by_sent: dict[int, list[Mention]] = {}  # sentence start -> its live mentions (one pass over the story)
    for o in mentions:
        if not (o.absorbed or o.modifier_only or o.pronoun):
            by_sent.setdefault(doc[o.start].sent.start, []).append(o)
    for m in bare:
        others = [o for o in by_sent.get(doc[m.head].sent.start, []) if o is not m]
        hosts: set[int] = set()  # tokens of the places the migrants are in
        for o in others:
            head = doc[o.head]
            if o.kind not in PLACE_KINDS and head.lemma_.lower() in HOSTED_LEMMAS:
                hosts.update(g.i for p in head.children if p.lower_ == "in" for g in p.children if g.dep_ == "pobj")
        if not hosts:
            continue
        placed = [o for o in others if o.country]
        host = {o.country for o in placed if o.kind == "country" and o.head in hosts}
        rest = [o for o in placed if o.head not in hosts and doc[o.head].lemma_.lower() not in MIGRANT_LEMMAS]
        if len(host) == 1 and not rest:
            place_agent(m, next(iter(host)))


# bare nouns for a state's forces and courts ("the army", "the police", "the judges"), which _home_government
# places only beside a figure of the country's own politics
BARE_FORCE_SECTORS = {"MIL", "COP", "JUD"}
BARE_FORCE_LEMMAS = {"army", "military", "police", "court", "courts", "judiciary", "judge"}
# posts of a part of a country ("the governor of Texas", "the mayor of Kyiv"): their holders deal with their own
# country's national government, never another's
LOCAL_POSTS = {"governor", "mayor"}
LOCAL_POSTS |= {"chief minister", "first minister"}  # "Kerala's chief minister", "Scotland's first minister"
# a part of a country's own government ("the Flemish regional government", "the Lagos state government", "the Aceh
# provincial administration"): it deals with its own country's national ("federal", "central") government
SUBSTATE_BODIES = {"government", "administration", "authorities", "authority", "assembly", "legislature", "council"}
SUBSTATE_WORDS = {"regional", "provincial", "state", "municipal", "county", "district", "city", "local", "prefectural"}


def _home_figure(doc: Doc, o: Mention) -> bool:
    """A figure of a country's own politics who holds no national post now: a former official ("Iran's former
    president", "a former Israeli army chief") or a governor or mayor. Such a figure speaks of "the government", "the
    president" or "the army" as their own country's, as a named private person does (_private_figure). So does a
    part of the country's government, which deals with the national one: a regional, state or provincial government
    or assembly ("the Flemish regional government", "the Lagos state government"), a chief or first minister."""
    head = doc[o.head]
    if o.country is None or o.kind in {"country", "capital"}:
        return False
    if o.former or has_former(head) or head.lemma_.lower() in LOCAL_POSTS:
        return True
    if o.kind not in {"agent", "organization"} or o.sector not in {"GOV", "LEG"}:
        return False
    words = [doc[i].lower_ for i in range(o.start, o.head)]  # the mention's own words before its head
    if any(" ".join([*words[k:], head.lower_]) in LOCAL_POSTS for k in (-1, -2)):
        return True  # "chief minister", "first minister"
    return head.lemma_.lower() in SUBSTATE_BODIES and bool(SUBSTATE_WORDS.intersection(words))


# titles of those sent to deal with one country's conflict or rights ("the UN envoy for Yemen", "the special
# rapporteur on Myanmar"), and the role-only sides of that country they deal with
MANDATE_TITLES = {"envoy", "rapporteur", "mediator", "representative", "coordinator", "emissary"}
MANDATE_PREPS = {"for", "on", "to"}
MANDATE_SIDES = {"GOV", "MIL", "REB", "CRM", "COP", "OPP", "UAF", "INS"}


def _mandate_country(doc: Doc, mentions: list[Mention]) -> None:
    """ "The UN envoy for Yemen urged the government ...", "the special rapporteur on Myanmar criticized the junta":
    an envoy or rapporteur named for one country deals with that country's sides, so a bare "the government", "the
    junta", "the army", "the rebels" or "the gangs" in the title's sentence is that country's, as a reader takes it.
    Only where no other state is named in the sentence ("the UN envoy for Syria met the Turkish government")."""
    titles = [t for t in tokens_of(doc, MANDATE_TITLES) if t.pos_ == "NOUN"]
    if not titles:
        return
    countries_at: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.country and not (m.absorbed or m.pronoun) and m.country not in REGION_CODES:
            countries_at.setdefault(m.head, []).append(m)
    for title in titles:
        named = {
            m.country
            for p in title.children
            if p.dep_ == "prep" and p.lower_ in MANDATE_PREPS
            for g in p.children
            if g.dep_ == "pobj"
            for m in countries_at.get(g.i, [])
            if m.kind == "country"
        }
        if len(named) != 1:
            continue
        country = next(iter(named))
        sent = title.sent
        placed = {m.country for h, ms in countries_at.items() if sent.start <= h < sent.end for m in ms}
        if placed - {country, None}:
            continue
        for m in mentions:
            if (
                sent.start <= m.head < sent.end
                and m.kind == "agent"
                and m.sector in MANDATE_SIDES
                and m.code in (None, m.sector)
                and not (m.country or m.absorbed or m.modifier_only or m.pronoun or m.former)
                and not any(c.dep_ == "poss" for c in doc[m.head].children)
            ):
                place_agent(m, country)


def _private_figure(o: Mention) -> bool:
    """A named person of a country who holds no state post the dictionaries know (an opposition politician, a former
    leader, "Nigel Farage"): such a person speaks of "the government" as their own country's, as a group does."""
    return o.kind == "person" and o.sector is None and o.country is not None


NEIGHBOUR_WORDS = {"neighbours", "neighbors"}


def _neighbouring_states(doc: Doc, mentions: list[Mention]) -> None:
    """A state's neighbours are the states around it: "Iran warned its neighbours", "China's neighbours", "the
    neighbours of Sudan", and a bare "the neighbours" that a state named as such acts on or with ("Egypt urged the
    neighbours to ..."). Which states those are the sentence does not say, so they are no side; read as the people
    next door (the agent row's civilians) they gave the state's own civilians or a civilian side with no country. A
    person's neighbours ("the man's neighbours", "her neighbours") and neighbours with no state beside them are the
    people next door, as before."""
    for m in mentions:
        if m.kind not in {"agent", "group"} or m.sector != "CVL" or m.absorbed or m.modifier_only or m.pronoun:
            continue
        head = doc[m.head]
        if head.lower_ not in NEIGHBOUR_WORDS:
            continue
        places = {i for o in mentions if o.kind in PLACE_KINDS and not o.pronoun for i in range(o.start, o.end)}
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += [
            o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        if owners:
            state = all(o.lower_ == "its" or o.i in places for o in owners)
        else:
            verb = clause_of(head)
            state = any(c.dep_ == "nsubj" and c.i in places for c in verb.children)
        if state:
            m.absorbed = True


def _beside_the_act(doc: Doc, agent: Token, others: list[Mention]) -> list[Mention]:
    """The actors of a sentence that stand beside a local agent, less those named only in what its own act is for,
    about or against: "Turkish police stopped a march by students to protest the sending of troops to Iraq", "Kenyan
    police dispersed students who marched to demand that Uganda ..." name Iraq and Uganda as what the students protest
    or demand, not as a party beside them, so the police still make them their own. A purpose or complement clause of
    the agent's own verb ("to protest ...", "demanding that ...") or of a clause on its noun ("students who marched to
    ...") is such a topic; that clause itself is not, as it may say where they come from ("people arriving from
    India"). Read only where the sentence names more than one country: a topic's state
    that is the only one ("fundamentalists ... demand the resignation of Algerian President X") still places them."""
    verb = clause_of(agent)
    topics = [c for c in verb.children if c.dep_ in {"advcl", "xcomp", "ccomp"} and c.i != agent.i]
    topics = [c for c in topics if not c.left_edge.i <= agent.i <= c.right_edge.i]
    # "students who marched to demand that ...": the purpose of the act a clause on the noun tells; the clause itself
    # may say where they are from ("people arriving from India"), which is no topic
    topics += [
        g
        for c in agent.children
        if c.dep_ in {"acl", "relcl"}
        for g in c.children
        if g.dep_ in {"advcl", "xcomp", "ccomp"}
    ]
    if not topics:
        return others
    spans = [(c.left_edge.i, c.right_edge.i) for c in topics]
    return [o for o in others if not any(a <= o.head <= b for a, b in spans)]


def _exiled(tok: Token) -> bool:
    """Whether a group is said to be away from home: "exiled dissidents", "opposition leaders in exile"."""
    return any(c.lower_ in FOREIGN_WORDS for c in tok.children) or any(
        c.dep_ == "prep" and any(g.lower_ == "exile" for g in c.children) for c in tok.children
    )
