"""spaCy component ``dyadwatch_events``: who did what to whom, read off the dependency parse.

A trigger is a verb (or event noun) whose lemma and dependents match a row of the verb lexicon.
Its source and target come from the parse: subject and object in the active, agent and subject in
the passive, conjuncts for compound actors, the controller of an embedding frame for verb chains
("directed the Pentagon to target cartels": the Pentagon is the source of "target"), possessors
and light-verb subjects for nominal events ("X launched a crackdown on Y"), the body a role serves
("the spokesman for X"), the clause subject for a gerund ("after meeting X"). Flags (negation,
modality, date) come from the same walk, including noun frames ("has no plans to"). Events inside a
quote are reported by its speaker.

Only syntax and the data files decide anything here: there are no rules for particular texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container
from dataclasses import dataclass, replace
from typing import Any

import numpy
from spacy.attrs import IDX, POS
from spacy.language import Language
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence  # a sentence of the Doc; `Span` is the record's offsets

from dyadwatch.coding import cameo, lexicon, plover
from dyadwatch.coding.lexicon import Frame, Pattern
from dyadwatch.model import Event, EventActor, SentenceRef, Span
from dyadwatch.nlp import extensions
from dyadwatch.nlp.actors import AUTHORED_TEXTS, PERSON_NOUNS, Mention, MentionIndex
from dyadwatch.nlp.arms import (
    ARMED_ACT_NOUNS,
    ATTACK_MEANS,
    GOODS,
    MUNITIONS,
    PLATFORMS,
    STRUCK_SITES,
    bombing_kind,
    roadside_bomb,
    weapon_agent,
    weapon_subject,
)
from dyadwatch.nlp.event_syntax import (
    ADJUNCT_PREPS,
    AIMING,
    ALLEGATION_NOUNS,
    CARRIERS,
    IMPACT_VERBS,
    MEDIA,
    MEETING_AIM_PREPS,
    NOT_HOLDERS,
    OBJECT_LEMMAS,
    OBLIGING_MODALS,
    OWNING_UP,
    OWNING_VERBS,
    PERMITS,
    RELATIVE,
    SUBJ_DEPS,
    TOPIC_PREPS,
    WEEKDAYS,
    actor_like,
    adjectival,
    aim_clauses,
    aimed_at,
    aimed_for,
    answerable_agents,
    antecedents,
    armed_impact,
    armed_site,
    armed_site_place,
    asked_about,
    asserts,
    assessment,
    background,
    beneficiaries,
    by_agents,
    called_name,
    called_off,
    carrier_owners,
    charged_acts,
    circumstance_subject,
    civil_drill,
    companions,
    copula_preps,
    credit_lines,
    doer_participle,
    each_other,
    ended_by_predicate,
    entry_destination,
    everyday,
    facing,
    for_clause_subjects,
    for_clauses,
    fragment_subject,
    from_authors,
    fronted_participle,
    held_from,
    helped_act,
    hyphen_pair,
    impersonal,
    in_prospect,
    in_the_course_of,
    joint,
    kept_from,
    labour_strike,
    listed_first,
    mass_demand,
    measure_doer,
    medium_host,
    misread_name,
    money_act,
    moved_patient,
    named_as,
    norm_subject,
    noun_agents,
    object_lemmas,
    object_tokens,
    object_words,
    open_question,
    own_clause,
    own_threat_clause,
    particle_clauses,
    passive_verb,
    place,
    predicated_subject,
    prep_objects,
    purpose,
    question,
    raised_objects,
    relative_only,
    self_restraint,
    shared_objects,
    shared_subjects,
    sides_between,
    split_subject,
    stance_adjective,
    stance_holders,
    stopped_short,
    stranded,
    stranded_subject,
    stray_agents,
    stray_first_item,
    strike_by_workers,
    struck_at,
    subjectless_between,
    subjunctive,
    sum_in,
    talk_about,
    to_infinitive,
    told_obliged,
    told_to,
    topic_noun,
    unanswered,
    verb_read_as_noun,
    visiting_guest,
    wanted,
    weapon_test,
    weapon_user,
    when_only,
    who_antecedent,
    with_someone_else,
)
from dyadwatch.nlp.mentions import tokens_of, tokens_with
from dyadwatch.nlp.references import HOSTILE_VERBS
from dyadwatch.nlp.speakers import tree_depth

EMPTY_PATTERN = Pattern(code="010", pos="V", lemma="", words=(), objects=None, line=0)
# "told Iran to stop enriching uranium": told to act, a demand like "instructed"; "told reporters" is speech
TOLD = Pattern(code="100", pos="V", lemma="tell", words=(), objects=None, line=0)
# "persuaded Turkey to release the journalist", "convinced Italy to accept refugees": an appeal that worked is an
# appeal (020, refined by what was asked, as "urged" is); the act it won is still to come (frames.tsv)
PERSUADED = Pattern(code="020", pos="V", lemma="persuade", words=(), objects=None, line=0)
INSTRUCTING = {"tell": TOLD, "persuade": PERSUADED, "convince": PERSUADED}
# "X did not respond to requests for comment": declining to comment (CAMEO 011), which the silence is
NO_COMMENT = Pattern(code="011", pos="V", lemma="", words=(), objects=None, line=0)
# "the president called the Chinese president on Tuesday": a call to an actor that asks nothing of them ("on",
# "for", "to do") and names them nothing ("called him a liar") is a telephone call (CAMEO 041)
PHONED = Pattern(code="041", pos="V", lemma="call", words=(), objects=None, line=0)
# Verbs of damage whose rows name only property a crowd or an authority damages: with a weapon as the subject, the
# damage is an armed attack whatever was hit (CAMEO 190, narrowed to the weapon's kind by `_fight`)
DAMAGING = {"damage"}
WEAPON_DAMAGE = Pattern(code="190", pos="V", lemma="damage", words=(), objects=None, line=0)
# Verbs of forces going over or into land: a state's troops that cross into another state's land take ground there
# (CAMEO 192, occupy territory), whichever verb of motion says it (`_forces_crossed`)
CROSSING = {"cross", "push", "pour", "roll", "move", "march", "advance", "drive", "sweep", "enter"}
# verbs of motion whose direct object is the ground gone into ("troops entered the Georgian town of Gori")
ENTERING = {"enter"}
INCURSION = Pattern(code="192", pos="V", lemma="cross", words=("into",), objects=None, line=0)
# "wants U.S. troops out": wanting another state's forces gone is demanding that they withdraw (`_wanted_out`)
WANTING = {"want"}
WANTED_OUT = Pattern(code="1056", pos="V", lemma="want", words=(), objects=None, line=0)

WORD_DEPS = {
    "prt",
    "prep",
    "advmod",
    "compound",
    "agent",
    "dative",
    "compound:prt",
    "acomp",
    "dobj",
    "npadvmod",
    "amod",
}
FALLBACK_PREPS = ("with", "against", "on", "to", "toward", "towards", "at", "into", "over", "from")
# acts done for someone's good (pledges of help, material cooperation, aid): "for X" may name who gets it
BENEFIT_ROOTS = {"03", "06", "07"}
# "expressed appreciation for X's help", "conducted drills around Taiwan"
# ("inside" places as "in" does: "struck hideouts inside Afghanistan")
OBJECT_PREPS = ("of", *FALLBACK_PREPS, "in", "inside", "for", "around")
# whom a measure or stance named as a thing is aimed at
SIDE_PREPS = {"on", "against", "with", "to", "toward", "towards"}
# Texts drafted, tabled and voted on: "on" names their topic ("a resolution on Syria"), not a side they are aimed at
TEXTS = AUTHORED_TEXTS | {"report", "statement"}
NOUN_PREPS = ("on", "against", "with", "to", "toward", "towards", "of", "over", "for", "into", "around")
DASHES = {"—", "–", "--", "-"}
# Nouns of a protest's manner phrase that name whom it is against ("in defiance of X", "in protest at X")
PROTEST_MANNERS = {"defiance", "protest", "opposition"}
# Verbs that take people or forces out of a place ("withdrew its monitors from Syria", "pulled troops out of X")
WITHDRAWING = {"withdraw", "pull"}
# What a curb is said to be caused by ("because of fog", "due to snow", "owing to"), and the causes that make it a
# precaution aimed at no one (the word class "weather" of wordclasses.tsv)
CAUSE_WORDS = {"because", "due", "owing"}
WEATHER = lexicon.word_classes()["weather"]
# Sending people out of a country: with no agent named, the country they are sent out of does it
EXPELLING = {"expel", "deport"}
# Things a side takes back that are words, requests or business, not forces: "withdrew its offer/bid/application"
WITHDRAWN_THINGS = {
    "offer", "bid", "application", "proposal", "request", "complaint", "nomination", "candidacy", "candidature",
    "claim", "lawsuit", "suit", "motion", "statement", "remark", "comment", "product", "licence", "license",
    "permit", "accreditation", "endorsement", "approval", "guidance", "forecast", "tender", "takeover",
}  # fmt: skip
# the prepositions on an act's means that name whom it is aimed at ("sanctions on Iran", "rockets at Israel")
MEANS_PREPS = {"on", "against", "at", "to", "toward", "towards", "for", "into"}
WALK_DEPS = {"prep", "pobj", "compound", "poss", "nmod", "appos", "npadvmod"}
# Adverbs that deny an act as good as "not" does: "seldom criticized China" reports no criticism
SELDOM = {"seldom", "rarely", "hardly", "scarcely"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "can"}
FUTURE_AUX = {"will", "shall", "'ll"}
CONDITION_MARKS = {"if", "unless", "provided"}
PREP_LIGHT = {"engage", "participate", "join", "involve"}
LIGHT_SKIP = {"have", "be", "need", "want", "read", "see", "get"}
MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
# CAMEO codes the manual treats as reciprocal: one event each way when both sides are coded
RELATIONAL = {
    "agreement",
    "deal",
    "pact",
    "treaty",
    "accord",
    "talk",
    "tie",
    "relation",
    "cooperation",
    "partnership",
    "alliance",
    "negotiation",
    "dialogue",
    "meeting",
    "summit",
    "war",
    "conflict",
    "dispute",
    "relationship",
    "contact",
}
# Verbs that charge someone with a deed: before a court an indictment (173), against a state an accusation (112)
ACCUSING = {"charge", "indict"}
# Verbs whose "of" names the act charged ("accused of plotting", "suspected of spying", "convicted of smuggling"):
# the one charged is the doer the charge names (see `_inherited_source`)
CHARGED_OF = {"accuse", "suspect", "convict"}
# Verbs that give their object a name ("called Putin a killer", "termed the group a menace"): coded as labelling
NAMING_VERBS = {"call", "term"}
# Relations that stand between two sides rather than happen: a hyphenated pair before one ("the China-Russia
# partnership", "U.S.-China ties", "the Russia-Ukraine war") names them in passing, as background
STANDING = {
    "tie", "relation", "relationship", "partnership", "alliance", "cooperation", "friendship", "rivalry",
    "conflict", "dispute", "war", "feud", "standoff", "tension",
}  # fmt: skip
# Quarrels between two sides: the side a yielding act gives way to is the other side of one it yields in
DISPUTES = {"row", "dispute", "standoff", "feud", "quarrel", "spat", "confrontation", "showdown", "tussle", "conflict"}
# Roots of acts done in words (statements to rejections and threats, 01-05 and 10-14): they take no "by" agent
WORDS_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"}
# Bonds that last once made: named with a hyphenated pair and no verb that makes them, they stand (see `STANDING`)
STANDING_PACTS = {"pact", "alliance", "treaty", "accord"}
# Verbs that make or end such a bond: with one, the bond's noun is the act's own ("signed the China-Russia pact")
# Verbs of approving or completing a transfer their object names ("approved the sale of", "finalized the delivery
# of"): the transfer goes ahead, and is the act (`EventCoder._enacted_transfer`)
ENACTING = {
    "approve", "authorize", "authorise", "clear", "finalize", "finalise", "complete", "greenlight", "okay", "ratify",
}  # fmt: skip
PACT_MAKING = {"sign", "conclude", "reach", "ink", "seal", "strike", "forge", "clinch", "finalize", "finalise", "agree"}
# Symmetric actions the CAMEO manual codes both ways ("X met Y" is also "Y met X")
RECIPROCAL = {
    "meet",
    "talk",
    "negotiate",
    "confer",
    "consult",
    "discuss",
    "cooperate",
    "collaborate",
    "agree",
    "sign",
    "trade",
    "partner",
    "clash",
    "fighting",
    "exchange",
    "swap",
    "telephone",
    "phone",
    "reconcile",
    "deepen",
    "negotiation",
    "meeting",
    "cooperation",
    "collaboration",
    "partnership",
    "agreement",
    "summit",
    "accord",
}
# What the sides of a mutual act settle or work on is its matter, not a third side ("agreed on an exchange of
# prisoners", "cooperate on border security"), as what they talk or quarrel about is
MATTER_PREPS = TOPIC_PREPS | {"on", "upon"}
# Verbs of a quarrel: their coded act is one-sided (disapproval, 11), but coordinated subjects
# ("X and Y disagree", "X and Y are feuding") each hold it against the other
# Verbs of a give-and-take: "traded accusations", "exchanged threats", "swapped insults" each side does the act its
# object names to the other, even one CAMEO codes one way (an accusation, a threat)
EXCHANGE_VERBS = {"trade", "exchange", "swap"}
MUTUAL_STANCE = {"disagree", "quarrel", "feud", "bicker", "squabble", "wrangle", "spar"}
# Prepositions that join what a stance or speech is about to its verb ("hinted at", "talked of", "spoke about")
GERUND_PREPS = {"at", "of", "about"}
# Verbs of talk that open no infinitive but speak of an act to come ("talked of easing curbs", "spoke of lifting the
# blockade"); "boasted of killing" and "accused of attacking" tell of acts done, and are not here
TALK_OF = {"talk", "speak", "muse", "dream"}
SPEECH = {
    "say",
    "tell",
    "announce",
    "declare",
    "insist",
    "reiterate",
    "state",
    "warn",
    "add",
    "stress",
    "argue",
    "maintain",
    "claim",
    "write",
    "urge",
    "remind",
    "repeat",
    "emphasize",
    "affirm",
}
# Verbs that let a stance be read without saying it outright: "signaled it would ease sanctions" tells the source's own
# plan as "said it would" does, so a "would" under them is the future of an intent, not a hypothetical
SIGNALS = {"signal", "indicate", "hint"}
# Ways of speaking to a reporter ("spoke with Reuters", "an interview with the BBC") besides SPEECH verbs
INTERVIEW = {"speak", "talk", "interview", "chat", "comment", "explain", "brief", "confirm", "statement", "remark"}
# Verbs whose object event noun is an event that happened: "staged demonstrations", "launched an
# investigation into ...". Such a nominal event may have no target, like a verb.
LIGHT_EVENT = {
    "stage",
    "launch",
    "hold",
    "conduct",
    "carry",
    "mount",
    "undertake",
    "begin",
    "start",
    "open",
    "organize",
    "organise",
    "wage",
    "initiate",
    "step",
}
# Verbs of saying, ordering or doing that report an act named by their passive subject, whose "by" agent did it: "a
# truce was proclaimed by X", "a crackdown was ordered by X", "closer cooperation with Y was announced by X". The act
# is the news; the verb only makes it known or brings it about, and an act ordered by its doer's chief is done
DECLARED_BY = {
    "announce", "declare", "proclaim", "convey", "express", "voice", "unveil", "reveal", "confirm", "outline",
    "order", "direct", "decree", "authorize", "authorise", "approve", "command",
    "launch", "stage", "conduct", "mount", "undertake", "initiate", "begin", "start", "expand", "extend", "step",
    "make", "carry", "wage",
}  # fmt: skip
# Verbs that say only that the act their subject names happened ("fighting broke out", "clashes erupted", "talks
# took place"): whom it was between is the act's own sides
HAPPENING = {
    "break", "erupt", "flare", "occur", "happen", "take", "begin", "start", "resume", "continue", "rage", "ensue",
    "escalate", "intensify", "unfold", "spark",
}  # fmt: skip
# A role tied to the body it serves: "the spokesman for X", "an official of X", "troops from X"
AFFILIATION_PREPS = {"of", "for", "from"}
# People named by whom they stand against: "opponents of X" are not X, and X is what they act against
ADVERSARIES = {"opponent", "critic", "enemy", "foe", "rival", "adversary", "detractor", "challenger"}
# People who judge, watch or buy as private persons: "in" a country says where they are, not that they are its state
AUDIENCES = {
    "critic", "fan", "reader", "viewer", "spectator", "listener", "audience", "tourist", "shopper", "consumer",
    "customer", "moviegoer", "concertgoer", "follower", "subscriber",
}  # fmt: skip
# Nouns that frame an infinitive as their verbs do ("plans to attack" as "planned to attack"): the
# noun's verb, whose row in frames.tsv says what the frame does to the embedded action
NOUN_FRAMES = {
    "plan": "plan",
    "intention": "intend",
    "intent": "intend",
    "decision": "decide",
    "threat": "threaten",
    "promise": "promise",
    "pledge": "pledge",
    "vow": "vow",
    "offer": "offer",
    "attempt": "attempt",
    "bid": "try",
    "effort": "try",
    "proposal": "propose",
    "refusal": "refuse",
    "failure": "fail",
    "readiness": "ready",
    "willingness": "willing",
    "unwillingness": "unwilling",
    "reluctance": "reluctant",
    "determination": "determined",
    "commitment": "committed",
    "permission": "permit",
    "authorization": "authorize",
    "authorisation": "authorize",
    "approval": "permit",
    "license": "permit",
    "licence": "permit",
    "go-ahead": "permit",
    "mandate": "authorize",
}
# Verbs through which their subject owns such a noun: "Israel has no plans to", "announced a decision to";
# the ones that call the plan off negate what it was for ("denied plans to attack", "scrapped plans to")
PLAN_CANCELLERS = {"deny", "abandon", "drop", "shelve", "scrap", "cancel", "withdraw", "reverse", "suspend"}
# Frames that are acts of their own beside the act they intend: "is negotiating to import eggs from Brazil" is
# talks (046) as well as an import not yet done
ACTING_FRAMES = {"negotiate"}
NOUN_FRAME_HOSTS = {
    "have", "announce", "unveil", "make", "outline", "present", "reveal", "take", "express", "show",
    "signal", "confirm", "declare", "reiterate", "voice", *PLAN_CANCELLERS,
}  # fmt: skip
# Occasions whose holder does what they are an occasion for ("had the chance to meet X", "took the opportunity to
# visit"), through the verbs that hold or seize them. Rights and abilities are not here: having one is no act
CHANCES = {"chance", "opportunity", "occasion"}
CHANCE_TAKERS = {"have", "take", "use", "seize", "get", "grab"}
# Courses one weighs for oneself ("is considering the option of sending tanks", "talks about the possibility of
# restoring ties"), and the verbs that weigh them: the act of the gerund after "of" is the weigher's own. Not
# verbs that rule a course out or merely report on it ("ruled out", "denied", "reported")
OPTIONS = {"option", "possibility", "prospect", "idea", "way", "means", "chance", "opportunity"}
OPTION_WEIGHERS = {
    "consider", "discuss", "weigh", "explore", "study", "examine", "mull", "float", "raise", "propose", "suggest",
    "talk", "debate", "seek", "look", "eye", "contemplate", "offer",
}  # fmt: skip
# Adverbs a direction may hang off: "flew close to X", "advanced deep into X"
DISTANCE_ADVERBS = {"close", "near", "deep", "closer", "nearer", "deeper", "far", "right", "straight", "back"}
# Ways and lines that name the place they reach: "the roads leading into X", "its border with X"
PATHS = {"lead", "go", "run", "connect", "link", "head"}
BOUNDARIES = {"border", "frontier", "boundary", "crossing", "line"}
# Prepositions whose gerund shares the clause's subject ("after meeting X", "by attacking X"), unlike
# "of"/"for", whose gerund is often the object's act ("accused X of attacking", "praised X for helping")
CIRCUMSTANCE_PREPS = {"after", "before", "while", "since", "upon", "on", "by", "without", "despite", "through", "in"}
# Prepositions that place a clause after or around a meeting ("Following talks with X, Modi said"): the
# clause's subject is the one who held it
MEETING_TIME_PREPS = {"after", "following", "before", "during", "ahead", "prior", "since", "in", "at"}
# Verbs of giving and telling, whose passive keeps an object ("were offered transportation", "was told
# the news"): a second verb of this kind joined to a passive is passive too, whatever the tagger says
DATIVE_VERBS = {
    "give", "offer", "grant", "hand", "show", "send", "tell", "ask", "promise", "award", "deny", "lend", "pay",
    "teach", "allow", "refuse", "assign", "issue", "provide", "serve", "charge", "fine", "sentence",
}  # fmt: skip
# Adjectives and nouns for a part one had in an act ("was instrumental in brokering", "played a key role
# in mediating"): the one who had it did the act. Not wishes ("interested in buying"), which are not done
ACCOMPLICES = {"instrumental", "key", "crucial", "pivotal", "central", "active", "complicit", "united", "unanimous"}
SHARES = {"role", "part", "hand", "lead"}
# Words for a part of a group ("most of the Chinese ships"): the group's country adjective places the part
PARTITIVES = {"some", "many", "most", "several", "few", "all", "none", "dozens", "hundreds", "thousands", "scores"}
# Journeys one is "on" while doing something else ("On a visit to Moscow, the minister signed ..."): the
# clause's subject is the traveller
JOURNEYS = {"visit", "trip", "tour"}
# Verbs whose "on" names what is talked about ("commented on a visit"), not where the subject is
TALKED_ON = {"comment", "report", "remark", "focus", "reflect", "speculate", "brief", "frown", "elaborate", "dwell"}
# Verbs whose object is the subject's own stance ("expressed its commitment to X"): its owner is no target
SELF_EXPRESSION = {
    "express", "voice", "reaffirm", "reiterate", "affirm", "extend", "convey", "offer", "pledge", "renew",
    "declare", "state", "signal", "show", "demonstrate", "underline", "stress", "emphasize",
}  # fmt: skip
# Sectors whose arrival is an official visit someone hosts (not troops, migrants or tourists)
OFFICIAL = {"GOV", "LEG", "JUD", "DIP", "ELI"}
# Verbs of pressing demands on someone ("blocked roads to press their demands on the government")
PRESSING = {"press", "pressure", "push", "force"}
# Places where people are held: a riot or protest there is against the state that holds them
DETENTION_SITES = {"jail", "prison", "penitentiary", "gaol", "cell", "cellblock"}
# Nouns of what could be done: investigating or studying "the feasibility of X" examines a prospect, not X's conduct
PROSPECT_NOUNS = {"feasibility", "possibility", "viability", "prospect", "practicality", "cost", "option"}
# Sectors that have no means of the coercion a threat row names, so that a warning of it from them is a warning of
# another side's act (`EventCoder._others_act`): repression (137) is done by a state's forces, force (138) by
# armed forces and armed groups, sanctions (1312) by states and intergovernmental bodies
_VOICES = {"NGO", "HRI", "MED", "EDU", "OPP", "CVL", "LAB", "REL", "BUS", "REF"}
UNARMED_VOICES = {"137": _VOICES | {"IGO"}, "138": _VOICES, "131": _VOICES}
# A visit X hosted is a visit its guest made (CAMEO 043 -> 042): hosting says the guest came. A visit made
# is not also coded as hosted: the text does not say the host invited or received anyone, PETR-2's gold and
# our own annotators code the visit alone, and a second event would count one trip twice in a dyad's series.
MIRRORED = {"043": "042"}
VISITS = {"042", "043"}
# Who uses a state's conventional force: its armed forces, its government, or the state named as such
STATE_FORCE = {"MIL", "GOV"}
# Sectors of a state's armed and police forces, which it commands rather than asks
COMMANDED_SECTORS = {"MIL", "COP", "SPY"}
OWN_POSSESSIVES = {"its", "their", "his", "her", "our"}
# the forces that police a crowd: what they do to protesters in a clash is repression (175)
SECURITY = {"COP", "MIL"}
# Roots of armed force, whose nominal act may be aimed at the country it is fought in ("war in Ukraine")
FORCE_ROOTS = {"18", "19", "20"}
# Words of bombing, which CAMEO codes 183 (non-military) for an armed group and 195 (aerial) for a state's forces
BOMBING_WORDS = {"bomb", "bombing"}
# acts of cruelty done to a captive or a body, not fighting: whoever does them to a soldier, no act of war
ATROCITIES = frozenset({"behead", "beheading", "lynch", "lynching", "torture", "mutilate", "execute", "execution"})
# Verbs of letting captives go, and of taking or keeping them: the captor is the one who frees (`_captors`)
FREEING = {"release", "free", "liberate"}
CAPTURING = {"seize", "hold", "abduct", "kidnap", "capture", "detain", "take", "snatch", "arrest", "jail"}
# Sectors of armed groups that are no state's forces (`_fight`)
NON_STATE_ARMED = {"REB"}
# who travel on no state's errand: sports teams, performers and craft named alone; and the heads a compound of
# them makes so ("ballet company", "football club", "cargo plane")
TRAVELLERS = frozenset(
    {"team", "squad", "orchestra", "ballet", "troupe", "choir", "band", "ensemble", "philharmonic", "runner"}
    | {"athlete", "player", "cyclist", "footballer", "cricketer", "plane", "airliner", "cruise", "ferry"}
)
TRAVELLER_HEADS = frozenset({"company", "club", "ship", "liner", "group", "flight"})
# who take a ship or a plane by force outside any law: rebels and criminals (pirates); and what they hijack with
# those on board (trucks and convoys seized are the goods taken, 1711)
OUTLAWS = {"REB", "CRM", "INS"}
CRAFT = frozenset(
    {"ship", "vessel", "tanker", "boat", "trawler", "freighter", "ferry", "yacht", "carrier", "dhow", "barge"}
    | {"plane", "aircraft", "airliner", "jet", "bus", "train"}
)
# Mentions that can name where a war is fought when they stand before its noun ("the Gaza war", "the Kyiv strikes",
# "the Hamas war"): not a person or an agent noun, which would be a sponsor or a speaker
GROUND_KINDS = {"country", "capital", "group", "organization"}
# Roots of acts done with another side (consultation, cooperation, aid): no nominal event without it
PARTNERED_ROOTS = {"04", "05", "06", "07", "08"}
# Roots of acts whose noun names its author with "from" ("criticism from X", "pressure from X", "a
# demand from X"); not movements and force, where "from" is a place left or fired from ("withdrawal from
# Kabul", "an attack from the north"), nor the ban on what comes from somewhere
FROM_AUTHORED = {"01", "02", "03", "10", "11", "12", "13", "14", "17"}
# Measures one side takes against another (reduced ties, sanctions), which the other "faces" or "draws" as it does
# criticism ("Chinese firms face new American sanctions"): the subject of such a verb is the one aimed at
MEASURE_ROOTS = {"16"}
# Nouns that name an act only by whom it is aimed at: "measures against X" reduce relations with X, while
# "China's measures" or "Chinese measures to curb inflation" may be anything
GENERIC_ACTS = {"measure", "step", "action", "move", "response"}
# Restrictions, bans and sanctions imposed or eased (CAMEO 172, 163, 081, 085): they fall on goods, travel
# or people named by where they come from or go ("restrictions on travel from Brazil", "a ban on exports to
# China"), and that place is whom they are aimed at
RESTRICTIONS = {"172", "163", "081", "085"}
# Prepositions that name where restricted goods or travel come from or go
ORIGINS = {"from", "to", "into"}
# Ways of coming that place people by where they come from: "travelers arriving from India"
ARRIVING = {"arrive", "come", "travel", "fly", "return"}
# Appeals and demands (CAMEO 02, 10): with their author named, a noun's "from" names who is asked
ASKED_ROOTS = {"02", "10"}
# Demands, disapproval, rejections and threats are one side's stance even when the act is mutual
ONE_SIDED = {"10", "11", "12", "13"}
# Material cooperation (06): what states named together as its subject do with no one else named, they do with
# each other ("China and Pakistan cooperated on a railway"); de-escalation (087) is shared the same way
SHARED_ROOTS = {"06"}
# Acts had with someone by their nature (accord, a coordinated stand, a truce): see `_events` and `_shared_by_states`
SHARED_CODES = {"019", "050", "0871"}
# words of two facing sides pulling apart, and the lines they face each other across (`_pulled_apart`)
DISENGAGING = {"disengagement", "disengage", "separation"}
FRONTIERS = {"border", "frontier", "boundary", "line"}
# Information given or shared, and the prepositions that name what it is about
INFORMATION = frozenset({"intelligence", "information", "data", "details", "evidence", "findings", "assessment"})
ABOUT_PREPS = {"on", "about", "regarding", "concerning"}
# roots of giving and sharing (pledges, cooperation, aid): what they hand over may be information
SHARING_ROOTS = {"03", "06", "07"}
# roots where a staged noun names its act over the verb's own root: a ban or restriction on imports or goods is an
# embargo (163), not an administrative sanction (172), whatever verb imposed, renewed or extended it
NOUN_DECIDES = {("17", "16")}
# protests whose CAMEO sub-code names what they demand (1411 ... 1454: leadership change, policy change, rights,
# institutions), in the order of the demand (104x) and appeal (024x) sub-codes
PROTEST_KINDS = {"141", "142", "143", "144", "145"}
# verbs of a deployment's purpose that make it protection of others (074)
GUARDING = {"protect", "guard", "defend", "shield", "escort"}
GUARDED = Pattern(code="074", pos="V", lemma="protect", words=(), objects=None, line=0)
DEMAND_KINDS = {"104", "024"}
# Acts made to the same side as the act before them in a list of verbs with one subject ("summoned the
# ambassador and demanded an explanation"): not statements (an "and said" is to reporters), protests or force,
# whose second act may be aimed anywhere
SHARED_PARTNER_ROOTS = {"02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16", "17"}
# Consultations CAMEO codes both ways (its notes: meetings and calls are "typically reciprocal"): talking,
# calling, meeting abroad and negotiating *with* someone is something both sides do, whatever the verb
# ("spoke with", "held a phone call with"). Only the partner named by "with" is mirrored: one spoken *to*
# ("spoke to parliament") is addressed, not consulted. Visits (042/043) are one-sided (see MIRRORED), and
# mediation (045) is done between others, not with them. Cooperation stays mutual through
# RECIPROCAL ("cooperated with Y"): it takes two, as event coders' "collaborate" categories say, while
# appeals, demands, rejections and threats made "with" someone stay one-sided (ONE_SIDED).
MUTUAL_CONSULT = {"040", "041", "044", "046"}
# Frames that report a try, not an intention: CAMEO codes the attempted act itself
ATTEMPT_FRAMES = {"attempt", "try"}
# verbs of a blow that no row codes with a state as object (`_struck_in_threat`)
BLOW_VERBS = {"hit", "crush", "smash"}
# a state's boycott done or threatened: an embargo (163) or the threat of one (1312), not a protest (143, 133)
BOYCOTT_STANCES = {"143": "163", "133": "1312"}
# what is boycotted by staying away rather than by not buying: a boycott of these is no embargo
GATHERINGS = frozenset(
    {"summit", "conference", "meeting", "talks", "session", "election", "vote", "poll", "referendum", "games"}
    | {"olympics", "olympic", "ceremony", "forum", "parade", "inauguration", "cup", "tournament", "event", "debate"}
)
# frames of wanting an act: a cooperative act the source says it wants is its intent (03), as a plan is; "seek"
# is an effort, as "try" is ("sought to reset relations" tells what was done)
DESIRES = {"want", "hope", "wish", "desire"}
# the objects of a settlement row ("resolve obj:dispute|row"), and what its intent and refusal are: CAMEO's
# intent to settle a dispute (037) and refusal to settle it (127)
SETTLED = frozenset({"dispute", "row", "conflict", "feud", "quarrel", "standoff"})
SETTLEMENT_STANCES = {"030": "037", "120": "127"}
# frames whose act happens when the frame does: to be forced to leave is to leave, unlike being asked to
IMPLICATIVE = {"force", "compel", "oblige"}
# acts whose "of" object may be the actor's own means: forces deployed (15), envoys recalled (16)
OWN_MEANS_ROOTS = {"15", "16"}
# A state's posts abroad: with a possessive pronoun ("closed its embassy in X") its own, like its envoys
OWN_POSTS = {"embassy", "consulate", "mission", "legation"}
# Nouns of leaving a place or post: "the pullout from Syria", "the recall of its ambassador" (see `_noun_parties`)
LEAVING_NOUNS = {"withdrawal", "pullout", "pull-out", "retreat", "recall", "drawdown", "pullback"}
# Armed bodies a withdrawal moves besides troops ("the withdrawal of Wagner fighters from Bakhmut")
MOVED_FORCES = frozenset({"fighter", "mercenary", "personnel", "contingent", "unit"})
# What trades on a market, whose "rally" is a rise in price
MARKET_THINGS = frozenset({
    "share", "stock", "market", "price", "currency", "bond", "index", "yen", "dollar", "euro", "rouble", "ruble",
    "peso", "yuan", "rupee", "pound", "lira", "franc", "shekel", "rand", "equity", "futures", "bitcoin", "commodity",
})  # fmt: skip
# Owners that point back to a clause's subject ("suspended its mediation", "ended their talks")
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# Craft that are a navy's or an air force's by their name alone ("warships", "frigates"), and what makes a craft
# one ("naval vessels", "coast guard ships", "military aircraft")
WARCRAFT = frozenset({"warship", "destroyer", "frigate", "submarine", "cruiser", "corvette", "gunboat", "bomber"}) | {
    "warplane", "navy", "fleet", "flotilla", "armada",
}  # fmt: skip
WAR_MARKS = frozenset({"naval", "military", "navy", "guard", "war", "army"})


def warcraft(tok: Token) -> bool:
    """Whether a noun names armed craft: forces asked to leave a place may sail or fly as well as march ("demanded
    that foreign warships leave its waters", "that coast guard vessels leave the shoal"), which is de-escalation
    asked for (1056) as a withdrawal of troops is."""
    lemma = tok.lemma_.lower()
    if lemma in WARCRAFT:
        return True
    return lemma in CRAFT and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in WAR_MARKS for c in tok.children
    )


# Warships and warplanes a show of force brings up ("sent warships off Venezuela's coast", "flew bombers near Japan")
SHOWN_CRAFT = frozenset(
    {"warship", "ship", "vessel", "destroyer", "frigate", "carrier", "submarine", "cruiser", "corvette", "bomber"}
    | {"jet", "warplane", "aircraft", "plane", "fighter", "helicopter", "navy", "fleet", "flotilla", "armada"}
)
# Verbs that order rather than ask: "ordered / told French troops to leave" puts them out (`_ordered_out`), while
# "demanded that they leave" asks for their withdrawal
ORDERING_VERBS = {"order", "tell", "direct", "instruct", "command"}
# the code of a force's withdrawal ("withdraw" in verbs.tsv), what a demand that forces leave asks for
WITHDRAWAL = "0874"
# verbs of saying that quote a bare command ("said: stop the attacks")
IMPERATIVE_SAYERS = {"say", "tell", "add", "write", "declare", "tweet", "post", "shout", "chant", "state"}
# rooms and buildings one is sent out of, which are no side's ground ("told reporters to leave the room")
ROOMS = {
    "room", "office", "chamber", "hall", "building", "courtroom", "court", "stage", "studio", "podium", "premises",
    "venue", "stadium", "floor", "meeting", "session", "briefing", "plane", "aircraft", "bus", "train", "car",
}  # fmt: skip
# what the ones ordered out of a country are told to do ("ordered French troops to leave", "to withdraw")
LEAVING_VERBS = {"leave", "depart", "quit", "exit", "withdraw", "vacate"}
# verbs whose bare sense is force only when an armed force is the doer (`FORCE_IF_ARMED` in `_events`)
FORCE_IF_ARMED = {"retaliate"}
# what a stance can be about without being toward a side: "anxious about the American election", "worried about
# the Chinese economy" say how the holder feels about a state's affairs, not toward the state (no 110 to USA)
STANCE_TOPICS = {"election", "vote", "referendum", "economy", "market", "future", "weather", "climate", "outcome"}
# who uses force as such: an armed force's bare "retaliate" is plainly force (`_means_open`)
ARMED_SECTORS = {"MIL", "REB"}
# acts on property or ground that a crowd does as protest (`_crowd`), and, for plain force (180, 190), the
# buildings whose storming by a crowd is one: a crowd fighting police or troops is no protest coded for both sides
CROWD_SEIZURES = {"171", "192"}
BUILDINGS = {
    "embassy", "consulate", "mission", "parliament", "building", "office", "compound", "station", "headquarters",
    "palace", "residence", "ministry", "court", "courthouse", "legislature", "congress", "capitol", "chancery",
}  # fmt: skip
# the people a crowd is named as
CROWDS = {
    "protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher", "supporter", "student", "youth",
}  # fmt: skip
# verbs whose object is what is talked about, not a party ("discussed Ukraine with Putin")
DISCUSSING = {"discuss", "debate"}
# What one asks a country for by going there ("sought asylum in Sweden", "asked for refuge in Germany"): the
# request is put to the country it is sought "in"
SHELTER = {"asylum", "refuge", "sanctuary"}
# verbs that carry on an act already under way ("will continue working with X")
CONTINUATIONS = {"continue", "keep"}
FORECASTS = {"likely"}  # a forecast frames only the act right under it
# frames that commit the subject to the act ("offered/pledged to send police"): a deployment promised is protection
COMMITMENTS = {"agree", "offer", "promise", "pledge", "vow", "volunteer", "undertake", "commit", "willing"}
# frames of effort toward an act not yet reached ("working to prevent", "strove to reach"): under a commitment or
# plan ("committed to work to prevent", "pledged to strive for") the promise is what the sentence reports, so its
# future outranks the effort's hypothetical, as "promised to try to meet" is a promise to meet
EFFORTS = {"work", "strive", "struggle", "endeavor", "endeavour", "try", "attempt"}
# verbs whose clause is the source's denial of the act in it ("denied attacking", "denied that it attacked")
DENIALS = {"deny"}
# Generic appeal and demand codes, which take the code of the action asked for ("should" -> 02, "must" -> 10)
ASK_GENERIC = {"020": "should", "100": "must"}
# Nouns that ask another to act ("pressure to resign", "calls for Israel to withdraw", "a demand to leave"):
# the act they ask for has not happened
ASKING_NOUNS = {"pressure", "call", "demand", "request", "appeal", "plea", "ultimatum"}
# what a rejection can refuse that asks for or offers an act ("rejected calls/an offer to hold talks")
REQUESTS = ASKING_NOUNS | {"proposal", "offer", "suggestion", "invitation", "bid", "plan", "idea", "initiative"}
# what one answers by accepting or rejecting it, whose country adjective names its author: "rejected French
# mediation", "accepted the Egyptian proposal" answer France and Egypt
AUTHORED_ACTS = REQUESTS | {"mediation"}
# Armed acts named as things ("Israeli incursions", "Russian attacks", "Turkish raids"): a country adjective on one
# names who carried it out, as on a proposal it names the author; arms themselves ("Iranian missiles") do not
ATTACKS_DONE = (ARMED_ACT_NOUNS - PLATFORMS) | {"attack", "raid", "assault", "bombing", "incursion", "shelling"}
# Acts of words that a meeting, call, trip or summons is made for, and that are made there ("summoned the envoy
# to lodge a protest", "called Erdogan to express condolences"): statements, appeals, pledges, support,
# demands, disapproval, rejections and threats. Other aims ("met to boost trade") are still to come (`purpose`)
SPOKEN_AIMS = {"01", "02", "03", "05", "10", "11", "12", "13"}
# Verbs that call an envoy in: a contact in which something is said to them
SUMMONS = {"summon"}
# Arrests and detentions (173): only a state's authorities do them on its soil, so the place names the doer
# (`_held_where`)
HELD_BY_STATE = {"173"}
# Reactions to another's act (disapproval, rejection): the act they take as object was done (`_reacted_act`)
REACTIONS = {"11", "12"}
# Modifiers of an act noun that say it has not been done ("a planned annexation", "a possible attack")
UNREALIZED = {"planned", "possible", "potential", "proposed", "prospective", "expected", "future", "threatened"}
# Prepositions of an act the clause's subject acts under or in spite of ("under pressure from X", "despite
# protests by Y"): that act was aimed at the subject
CONCEDED = {"under", "despite"}
# Verbs whose subject is on the receiving end of the act that is their object ("drew criticism from X")
RECEIVING = {
    "draw", "attract", "receive", "earn", "face", "get", "encounter", "provoke", "spark", "trigger", "prompt",
    "invite", "incur",
}  # fmt: skip
# Cooperation, material help and aid (CAMEO 05-07) one side may draw "from" another ("aid from Beijing")
GIVEN_ROOTS = {"05", "06", "07"}
# Orders given with authority, and what they may order a body to do that stops its work ("ordered the
# newspaper to suspend publication", "ordered the party to disband"): see `_ordered_shutdown`
ORDERS = {"order", "direct", "instruct"}
SHUTDOWNS = {"suspend", "close", "shut", "halt", "cease", "stop", "disband", "dissolve", "vacate", "leave"}
# Acts of handing over (material cooperation such as extradition, aid, and the return or release of people and
# things: CAMEO 06-08) whose "to" names the receiver ("returned the prisoners to Ukraine")
HANDED_ROOTS = {"06", "07", "08"}
# Verbs of claiming: a hostile act claimed of another is an accusation, one's own a claim of responsibility
# (see `_claimed_acts`); "allege", "charge" and "accuse" have rows of their own
CLAIMING = {"claim"}
# Stance frames whose passive is a forecast by others ("is expected to"): see `_frame`
FORECAST_PASSIVES = {"expect"}
# Verbs whose object may be an activity given up ("quit fighting"): with one they mean "stop" (see `_lemma`)
QUIT_DOING = {"quit"}
# Roots of acts aimed at whoever holds the building they are done outside ("protested outside the Turkish embassy",
# "opened fire outside the US consulate"): protests and force
SITE_AIMED_ROOTS = {"14", "18", "19"}
# The parts of a building an act is done at ("at the gates of the embassy"): the building's holder is meant
BUILDING_PARTS = {"gate", "entrance", "door", "doorstep", "wall", "fence", "perimeter", "compound"}


def site_owners(places: list[Token]) -> list[Token]:
    """The buildings an act is done outside or in front of, and through a part of one ("outside the gates of the
    Israeli embassy") the building itself: a protest or an attack outside an embassy or a ministry is aimed at the
    body it houses, as one at its gate is."""
    return [g for p in places for g in (prep_objects(p, {"of"}) if p.lemma_.lower() in BUILDING_PARTS else [p])]


# halting negotiations or mediation (164, 165): done to the sides the talks or mediation are between
HALTED_BETWEEN = {"164", "165"}
# Prepositions that place what is hit close by a town ("targets near Damascus"): see `_near_town`
CLOSE_BY_PREPS = {"near", "outside"}
# Prepositions that place forces brought up by a country ("massed troops near Ukraine", see `_faced_places`)
NEAR_PREPS = {"near", "off", "around", "outside"}
# Verbs that end an activity named by their gerund ("stopped attacking", "ceased shelling"): see `_events`
# Cooperative acts whose end a predicate can report ("the talks collapsed", "the truce expired"): `ended_by_predicate`.
# Conflict acts that failed were still done ("the attack failed"). Of those, the lasting states (promises, deals,
# cooperation, aid, yielding) are also not done when they ran out; talks and visits that ended were held.
ENDED_ROOTS = {"01", "02", "03", "04", "05", "06", "07", "08"}
LASTING_ROOTS = {"03", "05", "06", "07", "08"}
# Buying and selling, whose stopping is a boycott or an embargo (163, by the lexicon's rows); by people, a boycott in
# protest (143: see `_events`)
TRADING = {"buy", "import", "purchase", "sell", "export"}
# A ceasefire that broke down was violated (CAMEO 196 "Violate ceasefire")
BROKEN_AS = {"0871": "196"}
STOPPING = {"stop", "cease", "halt", "quit", "end", "suspend", "discontinue"}
# Sectors that are organs of a state: they order, or are commanded, rather than being sanctioned
STATE_BODIES = {"GOV", "LEG", "JUD", "DIP", "ELI", "MIL", "COP", "SPY"}
# Acts that are done in the course of what they are the aim of (see `purpose`): "fired tear gas to disperse
# protesters", "flew to Moscow to meet Putin", "opened the bridge to allow deliveries", "sent a team to
# investigate", "deployed ships to patrol the strait", "gathered to protest the law"
DONE_AIMS = {"04", "08", "09", "14", "15", "17", "18", "19", "20"}
# Errands done by sending people ("sent a team to investigate", "to mediate", "to hold talks"): no show of force
PEACEFUL_ERRANDS = {"04", "08", "09"}
SENDING = {"send", "deploy", "dispatch"}
# How far after its verb a row's object, or before its noun a light verb, may stand to be part of the action
SPAN_REACH = 6
MODALITY_RANK = {"conditional": 4, "threatened": 3, "hypothetical": 2, "future": 1, "asserted": 0}


@dataclass
class Party:
    """A source or target: a coded/uncoded mention, or a bare noun phrase nobody resolved."""

    text: str
    start: int
    end: int
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    mention: Mention | None = None

    def model(self) -> EventActor:
        return EventActor(
            text=self.text,
            code=self.code,
            country=self.country,
            sector=self.sector,
            start=self.start,
            end=self.end,
        )


def _party(m: Mention) -> Party:
    return Party(m.text, m.start_char, m.end_char, m.code, m.country, m.sector, m)


def _phrase(tok: Token) -> Party:
    doc = tok.doc
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in {"det", "amod", "compound", "poss", "nummod", "nmod"}:
            left = min(left, child.left_edge.i)
    span = doc[left : tok.i + 1]
    return Party(span.text, span.start_char, span.end_char)


class EventCoder:
    """The component; the lexicon and frames are loaded once per process."""

    def __init__(self, nlp: Language, extra_lexicons: list[str] | None = None) -> None:
        extensions.register()
        self.patterns = lexicon.patterns(tuple(extra_lexicons or ()))
        self.frames = lexicon.frames()
        self.codes = cameo.table()
        # stance adjectives ("critical of", "opposed to"), keyed by the word as written: the tagger takes
        # "concerned" and "opposed" for participles as often as for adjectives, so the lemma is no key
        self.stances = {lemma: rows for (pos, lemma), rows in self.patterns.items() if pos == "A"}
        self.act_nouns = frozenset(lemma for pos, lemma in self.patterns if pos == "N")
        # forces and envoys: what a withdrawal or recall moves ("the withdrawal of its troops")
        classes = lexicon.word_classes()
        self.movers = classes.get("troops", frozenset()) | classes.get("diplomats", frozenset()) | MOVED_FORCES
        self.forces = classes.get("troops", frozenset()) | MOVED_FORCES  # armed forces alone, not envoys
        # what a show of force brings up: forces and arms ("massed tanks near Ukraine"), see `_faced_places`
        self.shown = (
            self.forces | classes.get("weapons", frozenset()) | classes.get("weaponkinds", frozenset()) | SHOWN_CRAFT
        )
        # "called Putin a killer", "called Lula a friend": a name given to a side is the labelling the lexicon
        # codes for "label" and "describe as" (111 for a hostile name, 051 for a friendly one)
        self.naming = tuple(
            replace(p, words=tuple(w for w in p.words if w != "as"))
            for lemma in ("label", "describe")
            for p in self.patterns.get(("V", lemma), ())
            if p.objects and set(p.words) <= {"as"}
        )
        # The small model's tagger sometimes takes an irregular past for a present ("retook" as VBP) and
        # its lemmatizer then leaves it as is; its own table of irregular verb forms still knows it.
        self.irregular: dict[str, list[str]] = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_exc"):
                self.irregular = dict(lookups.get_table("lemma_exc").get("verb", {}))

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[OBJECT_LEMMAS] = {}  # answers kept for this call only (see event_syntax.object_lemmas)
        try:
            return self._code(doc)
        finally:
            doc.user_data.pop(OBJECT_LEMMAS, None)  # not part of the Doc's data

    def _code(self, doc: Doc) -> Doc:
        index: MentionIndex | None = doc._.dw_mentions
        if index is None or not (len(index) or index.modifiers):
            doc._.dw_events = []
            return doc
        article = doc._.dw_article
        date = article.date if article is not None else None
        quotes = [q for q in (doc._.dw_quotes or []) if q is not None]
        found: list[tuple[int, int, Event]] = []
        # actions an appeal or demand asked for (coded in its code); kept per call, not on the component,
        # which one process shares across worker threads
        asked: set[int] = set()
        credits = credit_lines(doc)
        # only verbs, nouns and adjectives can trigger (a noun read as a verb is still tagged NOUN, and a stance
        # adjective is tagged ADJ or VERB): picked over the doc's arrays, so no Token is made for the other words
        for tok in tokens_with(doc, POS, (VERB, NOUN, PROPN, ADJ)):
            if tok.pos_ == "VERB" or verb_read_as_noun(tok):
                pos = "V"
            elif tok.pos_ in {"NOUN", "PROPN"}:
                pos = "N"
            elif stance_adjective(tok, self.stances):
                pos = "A"
            else:
                continue
            if tok.i in credits or (pos == "N" and mass_demand(tok)):
                continue
            if pos == "N" and tok.lemma_.lower() in ALLEGATION_NOUNS:
                asked.update(v.i for v in charged_acts(tok))  # "the allegations that Iran supplied drones"
            # the mended verb lemma, read once: the checks below asked for it up to four times per word
            verb_lemma = self._lemma(tok) if pos == "V" else ""
            cands = self.patterns.get((pos, verb_lemma if pos == "V" else tok.lemma_.lower()))
            if pos == "A" or (
                pos == "V" and stance_adjective(tok, self.stances) and not (cands and self._match(tok, cands))
            ):
                # "France was concerned about ...": a stance said of the subject, whether the tagger took the
                # word for an adjective or for a participle no verb row knows
                pos, cands = "A", self.stances[tok.lower_]
            if (
                pos == "V"
                and not cands
                and verb_lemma in INSTRUCTING
                and (told_to(tok) or told_obliged(tok) is not None)
                # "told the Swiss ambassador to leave the country": a leaving asked has no row, and may expel
                and (self._asked_action(tok) or (verb_lemma == "tell" and leaving_asked(tok) is not None))
            ):
                cands = (INSTRUCTING[verb_lemma],)
            if pos == "V" and verb_lemma in NAMING_VERBS and named_as(tok):
                cands = self.naming or cands
            silent = pos == "V" and unanswered(tok)
            crossed = pos == "V" and verb_lemma in CROSSING and self._forces_crossed(tok, index)
            ousted = pos == "V" and verb_lemma in WANTING and self._wanted_out(tok, index)
            if not (silent or crossed or ousted) and (not cands or (pos == "N" and index.by_token.get(tok.i))):
                continue
            pattern = NO_COMMENT if silent else self._match(tok, cands) if cands else None
            if crossed and (pattern is None or pattern.code == "-"):
                pattern = INCURSION
            elif ousted and (pattern is None or pattern.code == "-"):
                pattern = WANTED_OUT
            if pattern is None and pos == "V" and self._phone_call(tok, index):
                pattern = PHONED
            if pattern is None and pos == "V" and verb_lemma in DAMAGING and weapon_subject(tok) is not None:
                # "Russian drones damaged a power plant": what a weapon damages it strikes, whatever the thing, as
                # "Russian missiles destroyed a depot" is a strike (`_fight` names the kind of force)
                pattern = WEAPON_DAMAGE
            if pattern is None or background(tok):
                continue
            anchor = None
            if pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIERS:
                anchor = tok.head  # "a mediation effort between X and Y": the effort holds the parties
            elif pos == "N" and tok.dep_ == "compound" and self._plain_holder(tok.head, index):
                # "resumed deportation flights to Syria", "an aid program for Haiti": the act names the kind of a
                # thing, and the thing's phrase holds the parties and the verb that stages it
                anchor = tok.head
            for ev in self._events(tok, pattern, index, date, quotes, asked, anchor):
                found.append((ev.action.start, ev.source.start if ev.source else -1, ev))
        for ev in self._demands(doc, index, date, quotes, asked):
            found.append((ev.action.start, ev.source.start if ev.source else -1, ev))
        for ev in self._claimed_acts(doc, index, date, quotes, [f[2] for f in found], asked):
            found.append((ev.action.start, ev.source.start if ev.source else -1, ev))
        # "urged the US to lift sanctions" is one event, the appeal (0254): what is asked for has not happened
        absorbed = {doc[i].idx for i in asked}
        found = [f for f in found if f[2].action.start not in absorbed]
        carried = _carried_by_agent(doc, [f[2] for f in found])
        found = [f for f in found if id(f[2]) not in carried]
        landed, merged = _landed_twice(doc, [f[2] for f in found])
        found = [f for f in found if id(f[2]) not in landed]
        found += [(ev.action.start, ev.source.start if ev.source else -1, ev) for ev in merged]
        found = _owned_up_targets(doc, found)
        events = []
        for n, (_, _, ev) in enumerate(sorted(found, key=lambda x: (x[0], x[1])), start=1):
            ev.id = f"e{n}"
            events.append(ev)
        doc._.dw_events = events
        return doc

    def _demands(
        self, doc: Doc, index: MentionIndex, date: dt.date | None, quotes: list, asked: set[int]
    ) -> list[Event]:
        """ "X said Y must do Z" is X demanding Z of Y (CAMEO 10; "should": an appeal, 02). Z itself, and
        what is joined to it ("must withdraw and pay"), is then part of the demand (added to `asked`): it
        has not been done."""
        out: list[Event] = []
        for aux in tokens_of(doc, ("must", "should")):
            if aux.dep_ != "aux":
                continue
            verb = aux.head
            speech = verb.head
            if verb.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH or speech.pos_ != "VERB":
                continue
            subj = [c for c in speech.children if c.dep_ in SUBJ_DEPS]
            # the one asked is who is to act: the subject, or in the passive the agent ("should be freed by
            # Israel"); "the sanctions should not be considered" asks no one in particular
            addressee = [c for c in verb.children if c.dep_ == "nsubj"] + [
                g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
            ]
            sources = [p for p in self._resolve(subj, index, subject=True) if p.code]
            # an actor, not a generic "one should not read too much into it" or "it should be noted"
            targets = [p for p in self._resolve(addressee, index, subject=True) if p.code or p.mention is not None]
            if not sources and subj and any(p.code for p in targets) and not _first_person(addressee):
                # "Iran must free the prisoners, he said": a speaker we cannot code still asks it of the one named;
                # what is asked has not been done, so it is no act of the addressee's own either
                asked.update([verb.i, *(c.i for c in verb.conjuncts if c.pos_ == "VERB" and c.i > verb.i)])
                continue
            if not sources or not targets:
                continue
            inner = None
            cands = self.patterns.get(("V", self._lemma(verb)))
            if cands and (pat := self._match(verb, cands)) is not None:
                inner = pat.code
            elif verb.lemma_ == "be":  # "must be ready to mediate"
                for c in verb.children:
                    for x in [c, *[g for g in c.children if g.dep_ == "xcomp"]]:
                        cands = self.patterns.get(("V", self._lemma(x)))
                        if cands and (pat := self._match(x, cands)) is not None:
                            inner = pat.code
            code = cameo.demanded(inner, aux.lower_)
            asked.update([verb.i, *(c.i for c in verb.conjuncts if c.pos_ == "VERB" and c.i > verb.i)])
            for s_ in sources:
                for t in targets:
                    if (s_.start, s_.end) == (t.start, t.end) or s_.code == t.code or _one_actor(s_, t):
                        continue  # "we must do more", the minister said: an exhortation of one's own side
                    out.append(self._said_act(speech, s_.model(), t.model(), code, date, quotes))
        return out

    def _said_act(
        self, word: Token, source: EventActor, target: EventActor, code: str, date: dt.date | None, quotes: list
    ) -> Event:
        """An asserted act whose action is the one word that says it ("said" of a demand, "claimed" of an
        accusation): what it asks or charges is in the code, not in a trigger of its own."""
        action = Span(text=word.text, start=word.idx, end=word.idx + len(word.text))
        dated, reported = self._date(word, date, "asserted"), _quote_for(word, quotes)
        return self._event(source, target, action, code, word.sent, False, "asserted", dated, reported)

    def _event(
        self,
        source: EventActor | None,
        target: EventActor | None,
        action: Span,
        code: str,
        sent: Sentence,
        negated: bool,
        modality: str,
        dated: tuple[dt.date | None, bool],
        reported: tuple[str | None, str | None],
    ) -> Event:
        """The record of one coded act: its code's name, root, quad class, Goldstein weight and PLOVER category
        are read from the codebook tables here, once for every way an act is found."""
        info = self.codes[code]
        when, from_text = dated
        quote_id, reported_by = reported
        return Event(
            id="e0",
            source=source,
            target=target,
            action=action,
            cameo=code,
            cameo_name=info.name,
            root=cameo.root(code),
            quad_class=cameo.quad_class(code),
            quad_name=cameo.quad_name(code),
            goldstein=info.goldstein,
            plover=plover.plover(code),
            negated=negated,
            modality=modality,  # type: ignore[arg-type]
            date=when,
            date_from_article=not from_text,
            reported_by=reported_by,
            quote_id=quote_id,
            sentence=SentenceRef(start=sent.start_char, end=sent.end_char),
        )

    def _claimed_acts(
        self, doc: Doc, index: MentionIndex, date: dt.date | None, quotes: list, found: list[Event], asked: set[int]
    ) -> list[Event]:
        """ "Russia claimed that Ukraine shelled the plant" is Russia accusing Ukraine (112), as "alleged" is: the
        hostile act claimed of another is the accusation's content, not an act reported as done (added to `asked`).
        "The group claimed it had attacked the convoy" claims its own act: responsibility (015), the act kept.
        Only hostile acts (roots 13-20) with a coded doer, under a "claim" verb with a coded subject of its own;
        a claim of anything else ("claimed victory", "claimed that talks went well") is no accusation."""
        out: list[Event] = []
        # the trigger of an act by where it starts, looked up only for the few hostile acts with a coded doer
        # (a dict of every token by offset cost as much as the rest of this pass)
        starts: numpy.ndarray | None = None
        seen: set[tuple[int, str, str, str]] = set()
        for ev in found:
            if ev.negated or ev.source is None or not ev.source.code or not ev.cameo:
                continue
            if not 13 <= int(ev.cameo[:2]) <= 20:
                continue
            if starts is None:
                starts = doc.to_array(IDX)
            at = int(numpy.searchsorted(starts, ev.action.start))
            if at == len(starts) or starts[at] != ev.action.start:
                continue
            act = doc[at]
            clause = act if act.dep_ == "ccomp" else act.head if act.dep_ == "conj" else None
            laid = answerable_agents(act) if act.pos_ == "NOUN" else []
            if laid and laid[0].head.lemma_.lower() in OWNING_VERBS:
                # "the army admitted responsibility for the shelling, a spokeswoman told AFP": an admission reported
                # blames no one; its own verb's row codes it (015)
                continue
            if laid:
                # "Iran said Israel was behind the killing", "the group said it was responsible for the attack":
                # an act said to be someone's doing is laid to them, as a claim is (blame, or one's own claim)
                clause = next((h for h in (laid[0].head, laid[0].head.head) if h.dep_ == "ccomp"), None)
            if clause is None or clause.dep_ != "ccomp":
                continue
            claim = clause.head
            verbs = CLAIMING | (SPEECH if laid else set())
            if claim.lemma_.lower() not in verbs or claim.pos_ != "VERB":
                continue
            subj = [c for c in claim.children if c.dep_ in SUBJ_DEPS]
            for who in (p for p in self._resolve(subj, index, subject=True) if p.code):
                own = _same_side(who.code, ev.source.code)
                code, target = ("015", ev.target) if own else ("112", ev.source)
                if target is None or not target.code:
                    continue
                if not own:
                    asked.add(act.i)
                if (claim.i, who.code, target.code, code) in seen:
                    continue
                seen.add((claim.i, who.code, target.code, code))
                out.append(self._said_act(claim, who.model(), target, code, date, quotes))
        return out

    # ------------------------------------------------------------------ lexicon matching

    def _lemma(self, tok: Token) -> str:
        """The verb's lemma, mended where the small model's lemmatizer strips too much or too little
        ("staged" -> "stag") or misses an irregular form ("retook"): the form's entry in the irregular
        verb table, or the inflected form minus its ending, if that is a lexicon verb."""
        lemma = self._mended(tok, lambda f: ("V", f) in self.patterns)
        if lemma in QUIT_DOING and _doing(tok):
            # "China must quit intimidating Taiwan", "the rebels quit fighting": to quit doing something is to stop
            # it (087 for attacks, 160 else), not to resign (0831, "the minister quit")
            return "stop"
        return lemma

    def _frame(self, tok: Token) -> Frame | None:
        """The clause frame a verb opens, by its mended lemma: the small model reads "hopes" as "hop"."""
        frame = self.frames.get(self._mended(tok, lambda f: f in self.frames))
        if frame is not None and not frame.raising and frame.lemma in FORECAST_PASSIVES and _passive_verb(tok):
            # "Israel is expected to attack Iran", "Modi is expected to visit Mauritius": others' forecast, not the
            # subject's stance ("China expects to sign"), so no intent or threat code: the act keeps its own
            return replace(frame, raising=True)
        return frame

    def _light(self, verb: Token) -> bool:
        """Whether a verb stages the act its object names (`LIGHT_EVENT`), by its mended lemma: the small model
        reads "staged" as "stag"."""
        return self._mended(verb, lambda f: f in LIGHT_EVENT) in LIGHT_EVENT

    def _mended(self, tok: Token, known: Callable[[str], bool]) -> str:
        """The lemma, or the first repaired form the lexicon knows when the parser's lemma is unknown."""
        lemma = tok.lemma_.lower()
        if known(lemma) or tok.pos_ != "VERB":
            return lemma
        low = tok.lower_
        forms = list(self.irregular.get(low, ()))
        if low.endswith("ed"):
            forms += [low[:-1], low[:-2], low[:-3]]  # staged, wanted, barred
        elif low.endswith("ing"):
            forms += [low[:-3] + "e", low[:-3], low[:-4]]
        elif low.endswith("es"):
            forms += [low[:-1], low[:-2]]
        elif low.endswith("s"):
            forms.append(low[:-1])
        return next((f for f in forms if known(f)), lemma)

    def _trigger_words(
        self, tok: Token, cands: tuple[Pattern, ...], children: list[Token], dobjs: list[Token]
    ) -> tuple[set[str], list[Token]]:
        """The words under a trigger that rows' `words` may ask for, and its children that may hold them (`kids`:
        not a time, a fronted relative preposition or a sum's "in"), for `_match`."""
        # a noun's "on Monday" says when, not what the act is aimed at: "the strike on Monday" is no "strike on"
        # nor is a verb's: "called the president on Tuesday" is no appeal "on" anyone
        kids = [c for c in children if not when_only(c)]
        # "the seriousness with which the US takes the issue": a preposition fronted with its relative pronoun
        # belongs to the noun the clause describes, and names no partner of the verb's own
        kids = [c for c in kids if not (c.dep_ == "prep" and relative_only(c))]
        # "gave 10 million pounds in aid": the "in" says what the sum is, and is no particle ("gave in")
        in_sum = sum_in(tok)  # read once, not once per child
        kids = [c for c in kids if c not in in_sum]
        words = {c.lemma_.lower() for c in kids if c.dep_ in WORD_DEPS} | {
            c.lower_ for c in kids if c.dep_ in WORD_DEPS
        }
        # a result the parser hung elsewhere: "found the journalist guilty" (a small clause of its own),
        # "set free two sailors" (an adjective right after the verb taken as the object's modifier)
        words |= {c.lower_ for c in children if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ == "ADJ"}
        # "let inspectors in": a particle the parser took for a small clause's verb
        words |= {p.lower_ for p, _ in particle_clauses(tok)}
        if tok.pos_ in {"NOUN", "PROPN"}:
            # "joint bomber flights": a modifier of the noun's own compound modifies the act as well
            words |= {
                g.lemma_.lower()
                for c in kids
                if c.dep_ == "compound"
                for g in c.children
                if g.dep_ in {"amod", "compound"} and g.i < c.i
            }
        if tok.pos_ == "VERB" and for_clauses(tok):
            words.add("for")  # "called for Russia to withdraw": the "for" marks the clause asked for
        if cands and cands[0].pos == "A":
            words |= {c.lower_ for c in copula_preps(tok) if not when_only(c)}  # "was furious on Tuesday at X"
        words |= {g.lower_ for o in dobjs for g in o.children if g.dep_ == "amod" and g.i == tok.i + 1}
        return words, kids

    def _match(
        self, tok: Token, cands: tuple[Pattern, ...], *, support: bool = True, as_reject: bool = True
    ) -> Pattern | None:
        # the trigger's children and its objects' prepositions are read once here, not once per candidate row:
        # spaCy makes a new Token for every child on every walk, and a trigger may have dozens of rows
        children = list(tok.children)
        dobjs = [o for o in children if o.dep_ == "dobj"]
        # a verb that only carries an act on or stops it: "urged Washington to keep up
        # military cooperation", "asked Berlin to speed up arms deliveries" ask for the act its object noun names (the
        # noun's own row: 062, 072), and "halted its air strikes" ends an armed act, which is de-escalation (087)
        # whatever noun names the act. Used where no row of the verb names an object (`lexicon.CARRY_ON`)
        carried: Pattern | None = None
        lemma = tok.lemma_.lower()
        particle = lexicon.REJECTING.get(lemma)
        if (
            as_reject
            and particle is not None
            and tok.pos_ == "VERB"
            and (not particle or any(c.dep_ == "prt" and c.lower_ == particle for c in children))
            and any(o.lemma_.lower() in ASKING_NOUNS for o in dobjs)
            and (rcands := self.patterns.get(("V", "reject")))
        ):
            # "dismissed calls for a new constitution": a verb of refusal refuses what is
            # asked as "reject" does (`lexicon.REJECTING`); the narrower reading of the two decides
            own = self._match(tok, cands, support=support, as_reject=False)
            other = self._match(tok, rcands, support=support, as_reject=False)
            if (
                other is not None
                and other.code != lexicon.NO_EVENT
                and own is not None
                and own.code[:2] == "12"
                and other.code != own.code
                and other.specificity > own.specificity
            ):
                return replace(other, lemma=lemma)
            return own
        if lemma in {"strike", "threaten"} and tok.pos_ == "VERB" and cands:
            # "the unions threatened to strike", "teachers struck for higher pay": a strike
            # with no one struck, by workers (`lexicon.WORKING_PEOPLE`), is a walkout (143; threatened, 133), not an
            # armed blow. The doer is the verb's subject, or its frame's ("threatened to strike")
            doer = tok.head if tok.dep_ in {"xcomp", "conj"} else tok
            subj = [g for g in (*children, *doer.children) if g.dep_ in {"nsubj", "nsubjpass"}]
            if subj and subj[0].lemma_.lower() in lexicon.WORKING_PEOPLE:
                struck = [tok] if lemma == "strike" else [c for c in dobjs if c.lemma_.lower() == "strike"]
                struck += [c for c in children if lemma == "threaten" and c.dep_ == "xcomp" and c.lemma_ == "strike"]
                for s in struck:
                    kids = list(s.children)
                    if (s is not tok or not dobjs) and not any(
                        (c.dep_ == "dobj" and s.pos_ == "VERB") or (c.dep_ == "prep" and c.lower_ in lexicon.STRUCK_AT)
                        for c in kids
                    ):
                        return _bare_row(cands[0], code="143" if s is tok else "133", objects=None)
        if (
            tok.pos_ == "VERB"
            and dobjs
            and (
                lemma in STOPPING
                or (
                    (
                        lemma in lexicon.CARRY_ON
                        or (
                            lemma in lexicon.CARRY_ON_UP and any(c.dep_ == "prt" and c.lower_ == "up" for c in children)
                        )
                    )
                    # "said they had strengthened inspections" reports what was done, not an act asked or offered
                    and (
                        tok.dep_ == "xcomp"
                        or (tok.dep_ == "ccomp" and tok.head.lemma_.lower() not in SPEECH)
                        or (tok.dep_ == "advcl" and to_infinitive(tok))
                    )
                )
            )
        ):
            for o in dobjs:
                ncands = self.patterns.get(("N", o.lemma_.lower()))
                q = self._match(o, ncands) if ncands else None
                if q is None or q.code == lexicon.NO_EVENT:
                    continue
                if lemma not in STOPPING or q.code[:2] in FORCE_ROOTS:
                    # the noun is the act carried on, not a side: its phrase's "to"/"for" names the target
                    carried = _bare_row(
                        q,
                        code="087" if lemma in STOPPING else q.code,
                        pos="V",
                        lemma=lemma,
                        objects=frozenset({o.lemma_.lower()}),
                    )
                break
        if carried is None and tok.pos_ == "VERB" and lemma in STOPPING:
            # "demanded that both sides stop firing", "urged Russia to cease shelling": the armed act stopped is
            # named by a gerund as well as by a noun
            for act in (c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
                row = self._verb_row(act)
                if row is not None and row.code[:2] in FORCE_ROOTS:
                    carried = _bare_row(row, code="087", lemma=lemma, objects=None)
                    break
        # "made an appeal for an end to the fighting", "issued a call for a ceasefire": a
        # support verb utters the act its object noun names, which the noun's own verb rows read, on the noun (where
        # the parser hangs "for" on it) or on the support verb (where it hangs "for" there). Only a row that names
        # what is asked for decides; a bare appeal stays the support verb's own row
        supported: Pattern | None = None
        if support and tok.pos_ == "VERB" and lemma in lexicon.SUPPORT_VERBS:
            for o in dobjs:
                said = lexicon.ACT_NOUN_VERBS.get(o.lemma_.lower())
                vcands = self.patterns.get(("V", said)) if said else None
                if not vcands:
                    continue
                for at in (o, tok):
                    q = self._match(at, vcands, support=False)
                    if q is not None and q.code != lexicon.NO_EVENT and q.objects is not None:
                        supported = replace(
                            q, lemma=lemma, objects=frozenset({o.lemma_.lower()}), also=(), complement=None
                        )
                        break
                break
            if supported is not None:
                # "sent a request to Washington for missiles": the verb only delivers the request, so no row of its
                # own ("send obj:@weapons", arming) reads what the request asks for
                return supported
        # "gave Iran until Friday to comply", "gave the residents 24 hours to leave": a span
        # of time given for an act is a deadline set on it, an ultimatum (139), whatever the act demanded is
        if tok.pos_ == "VERB" and lemma == "give" and cands:
            spans = [
                n
                for c in children
                for n in (c, *(g for g in c.children if g.dep_ == "pobj" and c.lower_ in {"until", "by"}))
                if (n is not c and c.dep_ == "prep")
                or (n.lemma_.lower() in lexicon.DEADLINE_SPANS and n.dep_ in {"npadvmod", "dobj", "dative"})
            ]
            # not where the act is a task of the side's own that a span of time is only allowed for
            # (`lexicon.ALLOWED_TASKS`): "gave the students an hour to finish the exam" demands nothing, and the
            # time given is no aid either
            acts = (
                [
                    g
                    for g in (
                        *(c for c in children if c.dep_ in {"xcomp", "advcl"}),
                        *(g for n in spans for g in n.children if g.dep_ in {"relcl", "acl"}),
                    )
                    if to_infinitive(g)
                ]
                if spans
                else []
            )
            if acts:
                if all(g.lemma_.lower() in lexicon.ALLOWED_TASKS for g in acts):
                    return None
                return _bare_row(cands[0], code="139", objects=None)
        # the words under the trigger are only asked of rows that list some: about half the triggers have none
        words: set[str] = set()
        kids: list[Token] = children
        if any(p.words for p in cands):
            words, kids = self._trigger_words(tok, cands, children, dobjs)
            # "said no to the plan", "said yes to talks": the answer given is an interjection the verb says, a word
            # of the phrase as "sorry" is of "said sorry"
            # (the parser hangs it on the verb or on the "to" after it)
            words |= {
                g.lower_
                for c in children
                for g in (c, *(c.children if c.dep_ == "prep" else ()))
                if g.dep_ == "intj" and g.lower_ in {"no", "yes"}
            }
            # "described the report as baseless", read as a clause "as baseless" of its own: its "as" is the verb's
            words |= {
                g.lower_
                for c in children
                if c.dep_ == "advcl" and c.pos_ == "ADJ"
                for g in c.children
                if g.lower_ == "as" and g.i < c.i
            }
            # "agreed that sanctions were unacceptable", "optimistic that a deal will be reached": a
            # clause under the trigger said with "that" is what is agreed or hoped, a word of the phrase as a
            # preposition is (`agree that`, `optimistic that`); an agreement on what will or should be done ("agreed
            # that they would meet", "agree that disputes should be resolved through arbitration", a modal in the
            # clause) is a commitment to act (030), which the trigger's own rows and frames read
            # (a stance adjective's clause may hang on its copula: "was pessimistic that", as its prepositions may)
            stance = cands[0].pos == "A"
            words |= {
                "that"
                for c in (*children, *(tok.head.children if stance and tok.dep_ == "acomp" else ()))
                if c.dep_ == "ccomp"
                and c.i > tok.i
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                and (stance or not any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children))
            }
            # "let the prisoners go", "set two citizens free": the bare predicate of the small
            # clause under a verb says what is made of its object, a word of the phrase as "free" is of "set free"
            # (the parser makes it a clause of its own); only a predicate with no object of its own
            named = {w for p in cands for w in p.words}
            # (an adjective after its noun is said of it, not a modifier: "set the two Canadians free")
            words |= {
                g.lower_ for o in dobjs for g in o.children if g.dep_ == "amod" and g.i > o.i and g.lower_ in named
            }
            words |= {
                c.lower_
                for c in children
                if c.dep_ in {"ccomp", "advcl", "xcomp"}
                and c.lower_ in named
                and not any(g.dep_ in {"dobj", "aux", "mark", "nsubjpass"} for g in c.children)
            }
        # "appealed to its allies for arms", "asked Gulf states for investment": the parser
        # hangs the thing asked "for" on the addressee, but it is what the verb asks for
        hung_for: list[Token] = []
        if tok.pos_ == "VERB" and any("for" in p.words for p in cands):
            hung_for = [
                g
                for c in children
                if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"to", "on", "upon", "with"})
                for n in ((c,) if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
                for f in n.children
                if f.dep_ == "prep" and f.lower_ == "for"
                for g in f.children
                if g.dep_ == "pobj"
            ]
            if hung_for:
                words.add("for")
            # "asked Moscow for helicopters and ammunition": each thing of a list asked for is asked for
            hung_for += [
                j
                for c in children
                if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children
                if g.dep_ == "pobj"
                for j in g.conjuncts
            ] + [j for g in hung_for for j in g.conjuncts]
        # (word under the trigger, the prepositions under that word), and the prepositions under its direct
        # objects: read on the first row that needs them
        word_preps: list[tuple[str, list[str]]] | None = None
        dobj_preps: list[str] | None = None
        # rows of one trigger share few prepositions: read the objects once per distinct set, not once per row
        objects: dict[tuple[str, ...], set[str]] = {}
        # the object tokens, for `cmp:` rows and ties with a "no event" row: read once per set of words, on demand
        tokens: dict[tuple[str, ...], list[Token]] = {}
        # "was blown up by a Russian missile": a passive's weapon agent is what the act was done with
        means = [p for p in cands if p.words and p.words[-1] in MEANS_WORDS and p.objects]
        arms = weapon_agent(children) if means else set()
        # what a rejection's asking noun asks for is its object (`_asked_for`). "rejected U.S. calls for a ceasefire":
        # the small model reads the plural noun as a verb with the name as its subject, but a rejection takes no
        # clause, so a present-tense asking verb under it is that noun
        asking = [
            *dobjs,
            *(c for c in children if c.dep_ == "ccomp" and c.tag_ == "VBZ" and c.lemma_.lower() in ASKING_NOUNS),
        ]

        naming = lemma in NAMING_VERBS or lemma in {"label", "dub", "brand"}

        def called_as() -> list[Token]:
            """What a verb of naming calls its object, where the parser made it no predicate
            of the verb: an apposition or a second object of the object ("called Ukraine's attack on the bridge an
            act of terrorism"; with a comma before it, "called Netanyahu, a close ally," only describes the one
            called), or the object of the object's last noun taken for a verb ("called Iran's missile strike a
            reckless escalation", "called the UN report a disgrace"). Why: a naming verb's second noun phrase after
            its object says what the object is, whatever the tagger made of the words"""
            out = [c for c in children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
            for c in children:
                if c.dep_ == "dobj":
                    out += [
                        a
                        for a in c.children
                        if a.dep_ in {"appos", "dobj"} and a.i > c.i and a.doc[a.left_edge.i - 1].lower_ != ","
                    ]
                elif (
                    c.dep_ in {"dep", "oprd", "ccomp"}
                    and c.pos_ == "VERB"
                    and c.i > tok.i
                    and not any(g.dep_ in {"nsubj", "mark", "aux"} for g in c.children)
                ):
                    out += [a for a in c.children if a.dep_ == "dobj" and a.pos_ == "NOUN"]
            return out

        def objects_of(p: Pattern) -> list[Token]:
            if p.words not in tokens:
                found = object_tokens(tok, p.words)
                if p.code[:2] == "12":
                    # "rejected calls for an end to the embargo": what a call asks for is a rejection's object
                    # (as `_asked_for` reads it), and its complement the complement that `cmp:` asks about
                    found = found + _asked_nouns(asking)
                if hung_for and "for" in p.words:
                    found = found + hung_for
                if naming:
                    found = found + called_as()
                tokens[p.words] = found
            return tokens[p.words]

        def fits(p: Pattern) -> bool:
            nonlocal word_preps, dobj_preps
            have = words
            if len(p.words) > 1:  # "pulled out of the treaty": the parser hangs "of" under "out", not the verb
                if word_preps is None:
                    word_preps = [
                        (c.lower_, [g.lower_ for g in c.children if g.dep_ == "prep"])
                        for c in children
                        if c.dep_ in WORD_DEPS
                    ]
                have = words | {g for low, preps in word_preps if low in p.words for g in preps}
            if p.objects or p.reverse:
                if dobj_preps is None:
                    dobj_preps = [g.lower_ for o in dobjs for g in o.children if g.dep_ == "prep"]
                    # "deployed weapons of mass destruction against rebels": the parser hangs the verb's phrase on the
                    # last noun of the object's "of" phrase, which cannot take it ("destruction against rebels")
                    dobj_preps += [
                        h.lower_
                        for o in dobjs
                        for n in prep_objects(o, {"of"})
                        for h in n.children
                        if h.dep_ == "prep" and h.lower_ != "of"
                    ]
                if p.objects:  # "investigated the minister for corruption": the row's preposition under the object
                    have = have | {g for g in dobj_preps if g in p.words}
                if p.reverse:  # "received assurances from Y": the source may hang off the object
                    have = words | set(dobj_preps)
            if not have.issuperset(p.words):
                return False
            if p.code in VISITS and p.words and p.objects is None and any(c.dep_ == "dobj" for c in kids):
                # "flew the prisoners to Qatar", "took the statues to Delhi": to carry something or someone
                # somewhere is no visit by the one who carries; a visitor's own going takes no object
                return False
            if p.objects is not None:
                if p.words not in objects:
                    objects[p.words] = object_lemmas(tok, p.words)
                    # "over a money-laundering scheme", "a drug-trafficking network": the
                    # tagger reads the hyphened gerund as a participle and lemmatizes it to its verb ("launder"),
                    # while rows name the act by its noun, the word as written; a gerund modifier names the act
                    # its noun is about, as a noun modifier would
                    objects[p.words] |= {
                        m.lower_
                        for o in objects_of(p)
                        for m in o.children
                        if m.dep_ in {"amod", "compound"} and m.tag_ == "VBG" and m.i < o.i
                    }
                    if hung_for and "for" in p.words:
                        objects[p.words] |= {w for g in hung_for for w in object_words(g)}
                    if lemma in lexicon.PERMITTING:
                        # "let girls attend school", "let aid convoys into the town": the one let, and its modifiers
                        objects[p.words] |= {
                            w
                            for c in children
                            if c.dep_ == "ccomp"
                            for g in (c, *(g for g in c.children if g.dep_ == "nsubj"))
                            if g.pos_ in {"NOUN", "PROPN"}
                            # "let his trucks pass": one person's own belongings are private traffic
                            and not any(
                                m.lower_ in lexicon.PERSONAL_POSSESSIVES for m in g.children if m.dep_ == "poss"
                            )
                            for w in (
                                g.lemma_.lower(),
                                *(m.lemma_.lower() for m in g.children if m.dep_ in {"compound", "amod"}),
                            )
                        }
                    if tok.lemma_.lower() in NAMING_VERBS or tok.lemma_.lower() in {"label", "dub", "brand"}:
                        # "called the report biased", "called the referendums a sham": what a verb of naming says of
                        # its object is read as the object's predicate whatever the tagger made of it (a participle,
                        # or the only complement when the parser took the object for a second one)
                        objects[p.words] |= {
                            w
                            for c in children
                            if c.dep_ == "oprd" and (c.pos_ in {"NOUN", "ADJ"} or c.tag_ == "VBN")
                            for w in (c.lemma_.lower(), c.lower_)
                        }
                        # what the parser hung elsewhere (`called_as`)
                        objects[p.words] |= {
                            w
                            for a in called_as()
                            for w in (a.lemma_.lower(), *(m.lemma_.lower() for m in a.children if m.dep_ == "amod"))
                        }
                        # "labelled the statement irresponsible and provocative": the parser makes the
                        # object and what it is called a small clause of their own; its predicate, with its
                        # conjuncts, is what the object is called
                        objects[p.words] |= {
                            w
                            for c in children
                            if c.dep_ == "ccomp"
                            and c.pos_ in {"NOUN", "ADJ"}
                            and any(g.dep_ == "nsubj" for g in c.children)
                            for a in (c, *c.conjuncts)
                            for w in (a.lemma_.lower(), *(m.lemma_.lower() for m in a.children if m.dep_ == "amod"))
                        }
                    if tok.lemma_.lower() in lexicon.DECLARING_VERBS:
                        # "declared two diplomats persona non grata": the parser makes the
                        # predicate a clause of its own (the object its subject or a compound of it); the predicate
                        # said with no "that", auxiliary or object of its own named is what the object is declared
                        objects[p.words] |= {
                            c.lower_
                            for c in children
                            if c.dep_ == "ccomp" and not any(g.dep_ in {"mark", "aux", "auxpass"} for g in c.children)
                        }
                    if "as" in p.words:
                        # "described the move as illegal", "hailed the deal as historic": the small model hangs the
                        # adjective said of the object under "as" as its modifier, with no noun for it to modify;
                        # it is what the object is called, as the noun of "described it as a sham" is (or it takes
                        # the adjective for a clause of its own with "as" under it: "described the report as baseless")
                        objects[p.words] |= {
                            a.lemma_.lower()
                            for c in children
                            if c.dep_ == "prep" and c.lower_ == "as"
                            for a in (*c.children, *(j for g in c.children for j in g.conjuncts))
                            if a.pos_ == "ADJ" and a.dep_ in {"amod", "acomp", "conj", "advmod"}
                        } | {
                            c.lemma_.lower()
                            for c in children
                            if c.dep_ == "advcl" and c.pos_ == "ADJ" and any(g.lower_ == "as" for g in c.children)
                        }
                found = objects[p.words]
                if not found & p.objects:
                    if p.code[:2] != "12" or not p.objects & _asked_for(asking):
                        return False
                    found = found | _asked_for(asking)
                # "appealed for closer military cooperation": every further `obj:` list is met by the same objects
                if any(not found & more for more in p.also):
                    return False
                # "demanded the lifting of sanctions": the complement the row asks of its object
                # (of the objects the row names by their head, if any: "rejected demands for a halt to its military
                # campaign" asks "for" a halt, and the halt's complement is not the demand's)
                if p.complement is not None:
                    objs = objects_of(p)
                    named = [o for o in objs if {o.lemma_.lower(), o.lower_} & p.objects] or objs
                    if not lexicon.complement_words(named, tok) & p.complement:
                        return False
            return True

        for p in cands:
            if arms and p in means and set(p.words[:-1]) <= words and arms & p.objects:
                return p
            if not fits(p):
                continue
            # a "no event" row ("seized the lead", "blocked a penalty") is the most specific reading found: it
            # stops the search, so neither a less specific row nor the armed-impact reading below codes the verb
            if p.code == lexicon.NO_EVENT:
                # "- V speed up": a verb that is no act by itself may still carry on the act its object names
                return carried if carried is not None and p.objects is None else None
            if p.objects is not None and any(
                q.code == lexicon.NO_EVENT and q.specificity == p.specificity and q.objects is not None for q in cands
            ):
                # "launched a lunar probe", "broke off merger talks": a "no event" row as specific as the coded row
                # wins the tie unless it matched only a word of the object's name (`lexicon.tie_goes_to_code`)
                heads, named = lexicon.name_words(objects_of(p))
                for q in cands:
                    if q.code != lexicon.NO_EVENT or q.specificity != p.specificity or not fits(q):
                        continue
                    found = objects.get(q.words, set()) | objects.get(p.words, set())
                    if not lexicon.tie_goes_to_code(p, q, found, heads, named):
                        return None
            # "suspended flights because of fog", "closed the road due to heavy snow": a curb whose stated cause is the
            # weather is a precaution against it, aimed at no one; a cause that is an act ("because of the attack")
            # leaves the sanction coded. Read only for curbs (16, 17), from the trigger's children and its objects'
            # (the parser hangs "due to" on the object: "suspended flights due to snow")
            if p.code[:2] in {"16", "17"}:
                for c in [*children, *(g for o in dobjs for g in o.children)]:
                    if c.lower_ in CAUSE_WORDS:
                        causes = [g for g in c.subtree if g.dep_ == "pobj"]
                        if causes and causes[0].lemma_.lower() in WEATHER:
                            return None
            if carried is not None and (
                p.objects is None
                or (carried.code != p.code and p.code.endswith("0") and carried.code.startswith(p.code.rstrip("0")))
            ):
                # "keep up cooperation", "stop the air strikes": the act is the object's; and where the verb's row
                # names only the family ("step up obj:aid", 070), the noun's narrower row ("humanitarian aid", 073),
                # read with the verb's own row's requirements
                return carried if p.objects is None else replace(p, code=carried.code)
            if p.pos == "V" and p.code in ASK_GENERIC:
                # "urged Israel not to launch an attack", "called on the army not to use force": asking a side to
                # refrain from armed force is asking it to de-escalate (CAMEO 0256, 1056), what the act's absence is
                for c in children:
                    if (
                        (c.dep_ == "ccomp" or (c.dep_ in {"xcomp", "advcl"} and to_infinitive(c)))
                        and any(g.dep_ == "neg" for g in c.children)
                        and (act := self._verb_row(c)) is not None
                        and act.code[:2] in FORCE_ROOTS
                    ):
                        return replace(p, code=cameo.demanded("087", ASK_GENERIC[p.code]))
            return p
        if carried is not None:
            return carried
        if armed_impact(tok):
            # "Russian drones hit Kharkiv", "hit a market in Gaza": arms or fighters landing on anything attack
            # it, whatever the object is; the row lists only what a bare "hit" would leave unclear
            force = next((p for p in cands if p.code[:2] in FORCE_ROOTS and not p.words), None)
            if force is not None:
                return replace(force, objects=None)
        return None

    # ------------------------------------------------------------------ building events

    def _events(
        self,
        trigger: Token,
        pattern: Pattern,
        index: MentionIndex,
        date: dt.date | None,
        quotes: list,
        asked_for: set[int],
        anchor: Token | None = None,
    ) -> list[Event]:
        tok = anchor if anchor is not None else trigger  # where the parties and flags hang
        told: Token | None = None  # the verb of saying an imperative is quoted by (`_imperative_speech`)
        collapsed = False  # a truce that broke down with no one said to break it (`ended_by_predicate`)
        if asked_about(tok):
            return []  # "Do you condemn the attack?": asked, not stated
        if (
            pattern.pos == "V"
            and pattern.code[:2] == "14"
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in MARKET_THINGS for c in tok.children)
        ):
            return []  # "shares rallied", "the yen rallied", "oil prices staged a rally": a market moved, no crowd
        if pattern.pos == "N":
            if pattern.code[:2] in {"06", "15"} and civil_drill(tok):
                return []  # "a fire drill at the school"
            if assessment(tok):
                return []  # "the partnership poses a threat to U.S. interests": a judgement, not an act
            ended = ended_by_predicate(tok) if pattern.code[:2] in ENDED_ROOTS else None
            if ended == "ended by" and self._coded_verb(tok.head):
                ended = None  # "Hamas violated the truce", "ended talks with X": the verb's row codes the act
            if ended in {"failed", "ended by"} and pattern.code in BROKEN_AS:
                # "the truce between X and Y collapsed", "Israel ended the ceasefire": a ceasefire that broke down or
                # was broken off was breached (196); by whoever ended it, else by each of the sides the truce names
                pattern = replace(pattern, code=BROKEN_AS[pattern.code], words=(), objects=None)
                collapsed = ended == "failed"
            elif ended in {"failed", "ended by"} or (ended == "ended" and pattern.code[:2] in LASTING_ROOTS):
                # "talks between X and Y collapsed", "the deal fell apart", "the truce expired", "Russia ended the
                # grain deal": news of the act's end, not of the act (talks that ended were held; a truce or deal
                # that ran out was not made now)
                return []
            if (
                tok.dep_ in {"dobj", "pobj", "nsubjpass"}
                and self._coded_verb(tok.head)
                and not (
                    tok.dep_ == "dobj"
                    and not self._own_named_act(tok)
                    and (
                        self._named_sides(tok, index)
                        or self._reacted_act(tok, pattern, index)
                        or (
                            self._traded_act(tok.head, tok) is not None
                            and not getattr(self._verb_row(tok.head), "objects", None)
                        )
                    )
                )
                # "Turkey's closure of the border with Armenia was criticized": the passive reacts to the act as
                # the active verb does ("the EU criticized Turkey's closure ...")
                and not (tok.dep_ == "nsubjpass" and self._reacted_act(tok, pattern, index))
                # "a crackdown on X was ordered by Y": a bare verb of saying or ordering only reports the act
                and not (tok.dep_ == "nsubjpass" and self._declared_noun(tok.head))
            ):
                # "pulled back its cooperation": the verb carries the event. A noun that names its own sides
                # ("blamed restrictions by Cameroon and Europe", "backed a deal between Britain and Mauritius")
                # is an act of others that the verb reacts to, and an event of its own
                return []
            measure = tok.head.head if tok.dep_ == "pobj" else None
            if (
                measure is not None
                and measure.dep_ == "dobj"
                and getattr(money_act(measure), "i", None) == tok.i
                and self._coded_verb(measure.head)
            ):
                return []  # "pledged 500 million euros in aid to Ukraine": the verb carries the act, its sum and aim
            particle = tok.head.head if tok.dep_ == "pobj" else tok
            if particle.dep_ in {"prep", "prt", "advmod"} and particle.i != tok.i and self._coded_verb(particle.head):
                return []  # "pulled out of the deal", "walked away from the talks": the phrasal verb's object
            if self._row_object(tok):
                return []  # "took part in talks with X": the verb's row names the talks, and codes them
            if tok.dep_ == "pobj" and tok.head.lower_ in ABOUT_PREPS and tok.head.head.lemma_.lower() in INFORMATION:
                # "agreed to share intelligence on Chinese cyber attacks", "gave details about the strikes": what
                # information is about is its subject matter, not news of its own told by the sentence
                return []
            if self._asked_for_noun(tok):
                # "called for sanctions against Niger", "pushed for talks between Israel and Hamas": what an appeal
                # or demand asks for has not been done; the appeal is the one event, as for "demanded sanctions"
                return []
            if pattern.code == "0874" and any(o.lemma_.lower() not in self.movers for o in prep_objects(tok, {"of"})):
                return []  # "the withdrawal of recognition from Kosovo": something other than forces taken back
            sources, targets = self._noun_parties(tok, index, pattern.words, pattern.code, pattern.objects)
            if pattern.code[:3] in RESTRICTIONS and not any(t.code and t.country for t in targets):
                slots = prep_objects(tok, {"on", "for"})
                targets = (
                    self._restricted_origin(slots, index, sources)
                    or self._restricted_origin([tok], index, sources, after=slots)
                    or targets
                )
            if pattern.code == "143" and tok.lemma_.lower() == "strike" and _armed_author(sources):
                # "a Russian strike hit Kharkiv", "a U.S. strike killed a commander": a state's or its forces' strike
                # is an attack; workers' ("a strike by Nigerian doctors") stops work
                pattern = replace(pattern, code="190")
            if pattern.code == "183" and tok.lemma_.lower() == "bombing" and _state_bombing(sources, targets):
                # "Saudi Arabia's bombing of Yemen", "Israel's bombing of Gaza": a state's bombing of another's land
                # is an air strike; a bombing by a militant group ("a bombing by al-Shabab") stays unconventional
                pattern = replace(pattern, code="195")
            if pattern.code[:2] == "04" and not any(p.code for p in sources):
                sources = self._meeting_host(tok, index) or sources
            if pattern.code[:2] in PARTNERED_ROOTS and not any(p.code for p in sources):
                sources = self._reporting_partner(tok, targets, index) or sources
            if pattern.code in VISITS and not targets and any(p.code for p in sources):
                targets = self._visited_place(tok, sources, index)
            embedded = False
            carried = tok.dep_ == "dobj" and (self._light(tok.head) or self._traded_act(tok.head, tok) is not None)
            carried = carried or declaring_host(tok) is not None  # "a truce was proclaimed by X": done, by X
            if not any(p.code for p in sources) and pattern.code[:2] in FROM_AUTHORED:
                # "opposition from China's U.N. mission", "pressure from Washington": who it came from
                taken = {(t.start, t.end) for t in targets}
                authors = [p for p in self._resolve(from_authors(tok), index, subject=True) if p.code]
                sources = [p for p in authors if (p.start, p.end) not in taken] or sources
            thanked = self._thanked_for(tok, index) if pattern.code[:2] in GIVEN_ROOTS else None
            if thanked is not None:
                # "thanked the United States for its military aid": the one thanked gave it, to the one thanking
                sources = sources if any(p.code for p in sources) else thanked[0]
                targets = targets if any(t.code for t in targets) else thanked[1]
            if not any(t.code for t in targets) and pattern.code[:2] in GIVEN_ROOTS:
                sources, targets = self._sought_from(tok, index) or (sources, targets)
            if not any(t.code for t in targets) and pattern.code[:2] in FROM_AUTHORED | FORCE_ROOTS | MEASURE_ROOTS:
                sources, targets = self._received(tok, index, sources) or (sources, targets)
            if not any(t.code for t in targets) and pattern.code[:2] in FORCE_ROOTS:
                sources, targets = self._compound_ground(tok, sources, index) or (sources, targets)
            if not targets and pattern.code[:2] in FORCE_ROOTS:
                targets = self._war_ground(tok, sources, index)
            if not targets and not (carried and any(s.code for s in sources)):
                if topic_noun(tok) or not self._own_author(tok, pattern, sources, index):
                    return []  # "questions about the sanctions", "the trial": no actor in its own phrase
        elif pattern.pos == "A":
            # "Germany is critical of the Hungarian government": the subject holds the stance, toward whom the
            # adjective's preposition names
            if question(tok.sent):
                return []  # "How concerned are you about ...?": a stance asked about, not stated
            holders = stance_holders(tok)
            sources = self._resolve(holders, index, subject=True) if holders else self._inherited_source(tok, index)
            toward = [
                g
                for w in pattern.words
                for c in copula_preps(tok)
                if c.lower_ == w
                for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() not in STANCE_TOPICS
            ]
            targets = self._first_with_actor(toward, index, exclude=sources)
            embedded = False
        else:
            frame = self._frame(tok)
            if (
                frame is not None
                and frame.control == "subject"
                # "Kenya is scheduled to visit Sudan": a raised subject's act, whatever the row reads as object
                and ((not pattern.words and not pattern.objects) or (frame.raising and passive_verb(tok)))
                # "threatened to hunt down and punish": any of the coordinated acts it frames
                and any(
                    (c.dep_ == "xcomp" or _split_infinitive(tok, c))
                    and any(self._coded_verb(v) for v in [c, *c.conjuncts] if v.i >= c.i)
                    for c in tok.children
                )
                and tok.lemma_.lower() not in ACTING_FRAMES
            ):
                return []  # "agreed to meet", "threatened to cut": the embedded action carries the event
            if self._later_threatened(tok):
                return []  # "threatened to invade and occupy X": one threat, coded by the first act it names
            lemma = tok.lemma_.lower()
            if (
                lemma in NOUN_FRAME_HOSTS
                and lemma not in PLAN_CANCELLERS
                and any(
                    self._coded_verb(a)
                    for o in tok.children
                    if o.dep_ == "dobj" and o.lemma_.lower() in NOUN_FRAMES
                    for a in o.children
                    if a.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in a.children)
                )
            ):
                return []  # "expressed willingness to resume talks": the same, through the frame's noun
            if not pattern.words and not pattern.objects and self._declared_noun(tok):
                return []  # "a crackdown on X was ordered by Y": the act its subject names is the event (`DECLARED_BY`)
            if norm_subject(tok) and (
                pattern.code[:2] in {"02", "10"} or (pattern.code[:2] == "17" and tok.tag_ in {"VBZ", "VBP", "VBG"})
            ):
                # "a policy requiring students to ...", "the law bans foreigners from owning land": the rule's
                # wording, not an actor's demand or ban. A rule that did something ("an ordinance last month
                # extended the restrictions") reports a new one being made, by whoever made it
                return []
            if self._ended_activity(tok):
                return []  # "agreed to stop shelling the ports": what is stopped is no act done or to come
            if self._stop_denied(tok):
                return []  # "never stopped attacking X": no stop was made; the attacks, which went on, are coded
            if stopped_short(tok):
                return []  # "stopped short of condemning X": nothing was stopped; the act held back is coded, negated
            if circumstance_subject(tok):
                return []  # "the situation has forced farms to close": no actor did it
            if pattern.code[:2] in FORCE_ROOTS and measure_doer(tok):
                return []  # "new sanctions hit Russian tankers": the sanctions are the act (163), not an assault
            if (
                tok.tag_ == "VBG"
                and tok.dep_ in {"csubj", "nsubj"}
                and tok.head.lemma_ == "be"
                and tok.head.tag_ != "VBD"
            ):
                # "removing the sanctions is out of the question", "attacking Iran would be a mistake": an act
                # weighed as a subject, not one done
                return []
            if (
                pattern.code in VISITS
                and {"to", "into"} & set(pattern.words)
                and any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
                and not any(c.dep_ == "agent" for c in tok.children)
            ):
                return []  # "the detainees were flown to Louisiana": taken there by someone, not visiting
            if impersonal(tok, index):
                return []  # "it helps if there is an American presence": a judgement of a state of affairs
            if adjectival(tok):
                return []  # "the Japanese are friendly and accepting", "we are so invested in Ukraine"
            if tok.dep_ == "acl" and tok.head.lemma_.lower() in ASKING_NOUNS and to_infinitive(tok):
                return []  # "faces pressure from Congress to help Iran": asked for, not done (as an appeal's)
            if pattern.code[:2] in {"02", "10"} and not pattern.words and not pattern.objects and asserts(tok):
                # "China insists it is committed to peace", "suggesting that China is interested in ...": said
                # to be so, not demanded or proposed
                return []
            if lemma in AIMING and tok.dep_ == "acl" and ("N", tok.head.lemma_.lower()) in self.patterns:
                return []  # "sanctions targeting X", "drills encircling Taiwan": it aims that act (`aimed_at`)
            if (
                pattern.code[:2] not in DONE_AIMS
                and purpose(tok)
                and self._frame(tok.head) is None
                and not (
                    _spoken(tok, pattern) and (self._contact(tok, index) is not None or medium_host(tok) is not None)
                )
            ):
                # "signed pacts to boost cooperation": what the pacts are for has not happened yet; a frame's
                # infinitive ("urged X to help", "vowed to help") is read as the frame's act instead
                return []
            if pattern.code[:2] == "15" and self._peaceful_errand(tok):
                return []  # "sent military officers to Mali to investigate the attacks": the errand is the act
            if pattern.code[:2] == "13" and not pattern.words and not pattern.objects and asserts(tok):
                # "warned that the sanctions are failing": a grim view of what is so, not a threat to act
                pattern = replace(pattern, code="012")
            if everyday(tok, pattern, object_lemmas(tok, pattern.words)):
                return []
            if not pattern.objects and not pattern.words and self._traded_act(tok) is not None:
                return []  # "Iran and Israel traded threats": the threats are the act, not a trade (`_traded_act`)
            if pattern.code == WITHDRAWAL and not pattern.objects and self._withdrawn_thing(tok):
                return []  # "the company withdrew its offer": something other than forces taken back
            if pattern.code == "190" and lemma == "strike" and labour_strike(tok):
                pattern = replace(pattern, code="143")  # "the miners went on striking": a strike, not an attack
            elif pattern.code[:2] == "19" and strike_by_workers(tok):
                pattern = replace(pattern, code="143")  # "doctors launched a strike": the same, staged
            elif pattern.code == "143" and struck_at(tok):
                pattern = replace(pattern, code="190")  # "began strikes on rebel positions": attacks, not a walkout
            if not pattern.words and not pattern.objects and (given := self._enacted_transfer(tok)) is not None:
                # "approved the sale of fighter jets to Israel", "finalized the sale of warships to Qatar": a verb of
                # approving or completing says only that the transfer its object names goes ahead; the transfer is
                # the act (its "to" the receiver), not praise (051) or a signed agreement (057)
                pattern = replace(pattern, code=given)
            if pattern.code[:2] == "07" and not pattern.words and not pattern.objects and helped_act(tok) is not None:
                # "helped the party win the election", "assisted the government in drafting the law": CAMEO's aid
                # (07) is resources given for another's use; taking part in another side's act is working with it on
                # a shared undertaking, material cooperation (060), from the helper to the helped side. The helped
                # act is coded on its own, with its own sides
                pattern = replace(pattern, code="060")
            refined = self._object_refined(tok, pattern)
            if refined != pattern.code:
                pattern = replace(pattern, code=refined)
            if pattern.code == "160" and self._lemma(tok) in STOPPING and self._armed_activity(tok):
                # "refused to stop firing rockets", "will stop shelling": stopping an armed activity de-escalates
                # (087) whatever is said of the stop, so refusing it is a refusal to de-escalate (1246)
                pattern = replace(pattern, code="087")
            sources, targets, embedded = self._verb_parties(tok, pattern, index)
            if pattern.code == "040" and self._received_guest(tok, sources, targets, index):
                pattern = replace(pattern, code="043")
            if not any(t.code for t in targets):
                # "threatened to cut ties and impose sanctions on Georgia": one threat for the acts it names
                # (`_later_threatened`), aimed at whom the later ones are
                for later in (c for c in tok.conjuncts if c.i > tok.i and self._later_threatened(c)):
                    row = self._verb_row(later)
                    aimed = [t for t in self._verb_parties(later, row, index)[1] if t.code] if row else []
                    if aimed:
                        targets = aimed
                        break
            if pattern.code[:2] == "09" and targets:
                # "investigate the feasibility of a peacekeeping force": what could be done is examined, no side's
                # conduct; what the prospect is of is a topic, not the one investigated
                prospects = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in PROSPECT_NOUNS]
                spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in prospects]
                targets = [t for t in targets if not any(a <= t.start < b for a, b in spans)]
            if pattern.code == "163" and self._traded_activity(tok) and _people_only(sources):
                # "Chinese consumers stopped buying Japanese seafood": people, not a state, refusing to buy boycott
                # in protest (143), as workers who stop work strike; who acts decides, as for "strike"
                pattern = replace(pattern, code="143")
            if pattern.code[:2] in {"02", "10"} and (_aimed_at_own(sources, targets) or _people_only(targets)):
                # "demanded the return of its children from Russia", "called for the release of its soldiers held by
                # Russia": one's own people are what is asked for; who is asked is who holds them. So are captives
                # named only by their role ("the hostages held by Hamas"), who cannot themselves release anyone
                holders = [p for p in self._resolve(held_from(tok), index) if p.code]
                own = _home_countries(sources)
                targets = [p for p in holders if p.country not in own] or targets
            if pattern.code[:2] == "13" and pattern.objects and self._others_act(tok, pattern, sources, index):
                # "Poland warned of an attack by Russia", "warned of a Russian strike": the act warned of is another
                # side's, so the warning threatens nothing; it is read as the verb's plain row ("warn of", 012)
                plain = next(
                    (
                        q
                        for q in self.patterns.get(("V", self._lemma(tok)), ())
                        if q.words == pattern.words and not q.objects
                    ),
                    None,
                )
                if plain is not None and plain.code[:2] != "13":
                    pattern = plain
            told = self._imperative_speech(tok) if pattern.code[:2] not in {"02", "10"} else None
            if told is not None:
                # "Hamas said: stop the attacks on Gaza", '"Release the hostages," Netanyahu told Hamas': a command
                # quoted is the speaker's demand of whom it is told to (10), not the act itself, which is not done
                subj = [c for c in told.children if c.dep_ in SUBJ_DEPS]
                sources = self._resolve(subj, index, subject=True) if subj else self._inherited_source(told, index)
                heard = [c for c in told.children if c.dep_ in {"dobj", "dative"}] + prep_objects(told, {"to"})
                targets = [p for p in self._resolve(heard, index) if p.code]
                embedded = False
                pattern = replace(
                    pattern, code=cameo.demanded(pattern.code, ASK_GENERIC["100"]), words=(), objects=None
                )
            if pattern.code[:3] == "173" and lemma in ACCUSING and _states_charged(sources, targets):
                # "Seoul charged Pyongyang with sending balloons": no court tries a state; one state charging
                # another with an act accuses it (112), as "accused Pyongyang of" does
                pattern = replace(pattern, code="112")
        if pattern.reverse:
            sources, targets = targets, sources
        spoken = tok.lemma_.lower() in SPEECH | INTERVIEW or bool(pattern.objects and pattern.objects & INTERVIEW)
        if targets and pattern.code[:2] in {"01", "04"} and spoken:
            # "told VOA", "spoke with Reuters", "in an interview with the BBC": the outlet that carries the
            # words is no party to them
            kept = [t for t in targets if t.sector != "MED"]
            if not kept:
                return []
            targets = kept
        silent = pattern is NO_COMMENT
        if silent:
            # the outlet that asked ("did not respond to VOA's request") is no party to the silence
            targets = [t for t in targets if t.code and t.sector != "MED"]
        if (
            pattern.code[:2] in {"02", "04"}
            and sources
            and all(s.sector == "MED" for s in sources)
            and (pattern.code[:2] == "04" or tok.lemma_.lower() == "ask")
            and not shelter_sought(tok)  # "Afghan journalists asked for asylum in Canada" ask for themselves
        ):
            # "VOA spoke with Armitage", "the BBC interviewed the minister", "asked by VOA about ...": an outlet
            # talking to someone is reporting, not a political consultation or appeal, as the words said *to* an
            # outlet are not either
            return []
        # "Trump criticized his rival", "China praised its own forces": the owner reached through "his/its" is
        # the source again, and the one acted on is someone the text does not name, not the source itself
        own_codes = {s.code for s in sources if s.code}
        targets = [t for t in targets if not (t.code in own_codes and _owner_pronoun(tok.doc, t))]
        # "Egypt's president flew to Cairo", "invited Nigerian investors to Accra": the source's own capital or
        # country, coded as the source is, named as where it went or acted is no side; a trip at home is hosted by
        # no one ("Kurdish officials sent oil to Baghdad" is sent to another side)
        targets = [
            t
            for t in targets
            if not (t.code in own_codes and _place_party(t) and _destination(tok, t, pattern.code[:2] < "10"))
        ]
        if pattern.pos == "V" and (pattern.code[:2] in REACTIONS or pattern.lemma == "protest"):
            targets = self._held_reacted(tok, sources, index) or targets
        homes = {s.country for s in sources if s.code and s.country}
        if homes and any(t.country in homes for t in targets):
            targets = [self._dual_national(tok.doc, t, homes, index) if t.country in homes else t for t in targets]
        if pattern.pos == "V" and pattern.code[:2] in {"17", "18", "19", "20"} and not any(t.code for t in targets):
            targets = self._reported_owner(tok, sources, index) or targets
        if pattern.code[:2] == "19" and pattern.pos == "V" and not any(t.code for t in targets) and weapon_test(tok):
            pattern = replace(pattern, code="150")  # a test launch or a missile into the sea: a show of force
        if pattern.code in MUTUAL_CONSULT and pattern.pos == "V" and _met_among_themselves(tok):
            # "rebels, whose commanders met in Doha", "Hamas leaders met in Cairo": a plural subject meeting with no
            # one named meets among itself; where ("in"/"at" a place) is not whom
            targets = [t for t in targets if not _venue(tok, t)]
        if not any(t.code for t in targets):
            # "Ruto held bilateral talks on trade" after his trip to meet Abiy: "bilateral" names the pair in view
            # (references.bilateral_pairs), so the act of one of them is aimed at the other
            other = self._bilateral_partner(tok, pattern, sources, index)
            targets = [other] if other is not None else targets
        coded_sources = [s for s in sources if s.code]
        coded_targets = [t for t in targets if t.code]
        if pattern.code[:2] == "04" and talk_about(tok) and not targets and len(coded_sources) < 2:
            return []  # "the White House talks about restoring ties": speaking of something, with no one
        if not coded_sources and not coded_targets:
            return []
        if (
            pattern.code[:2] == "07"
            and pattern.pos == "V"
            and _people_only(sources)
            and any(c.lower_ == "home" and c.dep_ in {"advmod", "npadvmod", "dobj", "prt"} for c in tok.children)
        ):
            # "money sent home by migrants", "Nepalese workers sent home $11 billion": what people send home is a
            # private remittance to their families, no aid given by one side to another
            return []
        if pattern.code == "010" and not coded_targets:
            # the lexicon codes a plain statement only when an actor is its target ("commented on China"):
            # "the company released a statement", "gave a speech" alone say nothing to or about anyone
            return []
        # "called Erdogan to express condolences": said in the call, as surely as the call was made
        contact = self._contact(tok, index) if pattern.pos == "V" and _spoken(tok, pattern) else None
        negated, modality, own, neg_own = self._flags(contact[0] if contact is not None else told or tok)
        if pattern.pos == "N" and pattern.code[:2] == "04" and modality == "asserted" and aimed_for(tok):
            modality, own = "future", False  # "prepared for talks with Iran": the talks are still to come
        prospect = in_prospect(tok) if pattern.pos == "N" and modality == "asserted" else None
        if prospect is not None:
            # "for fear of a possible attack by X", "a planned deal between X and Y": in prospect, by the writer's
            # word, not done; and no stance of the source (no threat or intent code)
            modality, own = prospect, False
        if silent:
            negated = neg_own = False  # the "not" is the act: no answer given is a comment declined
        if pattern.pos == "N" and pattern.code[:2] == "04" and called_off(tok):
            # "postponed the talks with Y": the talks did not take place. Put off by the subject, that is its
            # refusal to meet now (a negated consultation is a rejection, 125); "the talks were postponed"
            # names no one who put them off, so the talks are only marked as not held.
            negated = True
            neg_own = neg_own or tok.dep_ == "dobj"
        dated, reported = self._date(tok, date, modality), _quote_for(tok, quotes)
        frames = [(v, f) for v, f in self._chain(tok) if f is not None]
        # "offered to send police to Haiti" is an intent to protect (0334); "will send troops" alone a threat (138)
        offered = any(f.lemma in COMMITMENTS for _, f in frames)
        # "India plans to hold talks with Japan", "Trump wants to meet Putin": a stance taken by the subject (a
        # frame it controls, not a reporter's schedule or forecast) is its own; the partner takes none, so the act
        # is not mirrored back (see the pairs below), though "X and Y agreed to meet" is each one's stance
        # "trying to create leverage for future negotiations with China": a noun's talks are no stance's object
        stance = pattern.pos == "V" and any(f.control == "subject" and not f.raising for _, f in frames)
        base = pattern.code
        if base in {"180", "190", "195"} and own and modality != "asserted" and not negated and coded_sources:
            # "Russia vowed to attack Poland": a state's attack is conventional force (190, `_fight`) whether done or
            # only threatened, so its threat is the threat of conventional attack (1384), not of mass violence (1383);
            # and what an armed group would do is read as its deed would be: "threatened to kill the hostages" is
            # violence needing no military means (1383), "threatened to attack army posts" war on a state's forces
            base = _fight(base, coded_sources[0], tok, coded_targets[0] if coded_targets else None)
        if (
            own
            and modality == "hypothetical"
            and base[:2] in cameo.INTENT_OF
            and any(f.lemma in DESIRES and f.control == "subject" and not f.raising for _, f in frames)
        ):
            # "Iran said it wants to resume talks with Washington", "hopes to meet Putin": a wish the source states
            # for a cooperative act of its own is its stated intent (03), as "plans to" is; only a modal ("could
            # meet") or an attempt leaves the act a bare possibility
            modality = "future"
        code = cameo.unrealized(base, modality if own else "asserted", negated and neg_own, offered)
        if base == "057" and pattern.objects and SETTLED & pattern.objects and code in SETTLEMENT_STANCES:
            # "pledged to resolve its border dispute with Eritrea", "refused to settle the row": a settlement row
            # names the quarrel settled, not a paper signed, so the intent or refusal is to settle a dispute (037,
            # 127), not the bare intent to cooperate (030) that "will sign a deal" is
            code = SETTLEMENT_STANCES[code]
        # "threatened to attack Greece": a frame row names the act by its object (138 for any threat of attack), while
        # the infinitive is the act itself; its own code narrows the row's where it is a sub-code (1384, cameo.framed)
        if pattern.pos == "V" and pattern.objects and not negated and (frame := self._frame(tok)) is not None:
            acts = self._framed_act(tok, pattern)
            row = self._verb_row(tok.doc[acts[0]]) if acts else None
            if row is not None and not _means_open(row, coded_sources):
                act_code = _fight(row.code, coded_sources[0] if coded_sources else None, tok.doc[acts[0]])
                code = cameo.framed(code, act_code, frame.effect, frame.lemma in COMMITMENTS)
        if code in {"030", "130"} and pattern.pos == "V" and not negated:
            struck = self._struck_in_threat(tok, coded_sources, index)
            if struck:
                # "Israel vowed to hit Lebanon hard", "warned it would hit the United States": a blow promised to a
                # named side is a threat of conventional attack (1384, as "vowed to strike Israel"), not a pledge to
                # cooperate, whatever frame carries it
                code, targets = cameo.unrealized("190", "threatened", False), struck
        if code in BOYCOTT_STANCES and pattern.pos == "V" and _state_voice(coded_sources):
            boycotted = object_lemmas(tok, pattern.words)
            if (pattern.lemma == "boycott" or "boycott" in boycotted) and not boycotted & GATHERINGS:
                # "China threatened to boycott Japanese goods", "Turkey boycotted French products": who does it
                # decides the code, as for "strike": a state's boycott of another's goods is an embargo (163) and
                # its threat a threat of sanctions (1312); consumers' and workers' stay a protest (143, 133), and a
                # boycott of a summit or a vote stays what the rows say
                code = BOYCOTT_STANCES[code]
        if code == pattern.code and _means_open(pattern, coded_sources):
            # "Israel retaliated against Hezbollah": striking back names no means, and a state may strike back with
            # tariffs or expulsions as well as force; only an armed force's is plainly force
            return []
        if code in {"180", "183", "190"} and (kind := _bombing_means(tok)):
            # "was struck by an IED", "killed by a roadside bomb", "wounded in an IED attack": CAMEO's roadside
            # bombing (1833), whoever laid it; "a car bomb explosion killed 12", "killed in a suicide bombing": the
            # car (1832) or suicide (1831) bombing the harm was done by
            code = kind
        if code[:3] == "138" and _means_open(pattern, coded_sources):
            # "Canada said it would retaliate against the United States": said to come by a state, striking back is a
            # threat whose means it leaves open (tariffs as often as force): 130, not a threat of force
            code = "130"
        if _crowd_on_property(tok, code) and _crowd(coded_sources):
            # "protesters stormed the embassy", "demonstrators set fire to the consulate": crowds, not states or
            # armed forces, storming, burning or occupying a building protest violently (145) or block it (144), as
            # a workers' strike is no attack (who acts decides, as for "strike")
            code = "144" if code == "192" else "145"
        attempt = next((v for v, f in frames if f.lemma in ATTEMPT_FRAMES), None)
        if code in {"180", "190"} and attempt is not None and any(t.sector == "GOV" for t in coded_targets):
            # "tried to kill the Haitian prime minister", "attempted to murder the interior minister": an attempt on
            # a leader's or official's life is CAMEO's attempted assassination, whatever verb of killing names it
            code = "186"
        if code == "186" and attempt is not None:
            # an attempted assassination has its own code, and the attempt is what took place: its flags are
            # those of the attempt ("they attempted to assassinate X" happened, "may try to" did not yet)
            code = "185"
            negated, modality, _, neg_own = self._flags(attempt)
        if (
            code == "040"
            and pattern.pos == "V"
            and (coded_targets or len({s.code for s in coded_sources}) > 1)
            and self._third_place(tok, coded_sources + coded_targets, index)
        ):
            # "Serbian and Croatian officials met in Brussels", "Wang met Blinken in Munich": a meeting of sides in a
            # country or capital none of them is, or stands for, is CAMEO's meeting at a third location (044)
            code = "044"
        if code == "042" and pattern.pos == "V" and _travellers_only(tok):
            # "the Brazilian football team arrived in Qatar", "a Chinese orchestra toured the United States", "a cargo
            # plane landed in Frankfurt": a team, a company of performers or a craft with no one's name on it goes
            # there on no state's errand; a visit is a political actor's ("the German chancellor's plane" is his)
            return []
        if code == "042" and visiting_guest(tok) is not None:
            code = "043"  # the host receives the "visiting minister"; the visit made is its mirror (MIRRORED)
        if code != pattern.code and negated:
            negated = False  # "will not accept refugees" is coded as a rejection, not a negated acceptance
        if (
            pattern.pos == "V"
            and code == pattern.code
            and code in ASK_GENERIC
            and self._lemma(tok) in ORDERING_VERBS
            and _own_forces_told(tok.doc, sources, targets)
            and self._asked_action(tok) is not None
        ):
            # "Algeria ordered its army to reinforce positions on the border", "Russia ordered its troops to withdraw":
            # a state commanding its own forces makes no demand of another side; the act commanded is the event,
            # coded as the forces' own (still to come)
            return []
        if pattern.pos == "V" and code == pattern.code and code in ASK_GENERIC and self._left_room(tok, index):
            # "Trump ordered reporters to leave the Oval Office", "told protesters to leave the building": sent out
            # of a room or a building, not off a country's soil; no demand or coercion between sides
            return []
        if pattern.pos == "V" and code == pattern.code and code in ASK_GENERIC:
            asked = self._asked_action(tok)
            if asked is not None:
                composed = cameo.demanded(asked[1], ASK_GENERIC[code])
                # "insisted that the government cut its ties": what a that-clause demands is wanted, not done,
                # whether or not CAMEO has a demand sub-code for it
                if composed != code or code == "020" or asked[0].dep_ == "ccomp":
                    # "urged Israel to halt the offensive and withdraw its troops": each of the acts asked for
                    # is part of the appeal, even one CAMEO has no appeal sub-code for ("called on China to
                    # cease its support"): it has not been done. An order with no such sub-code keeps its act
                    # as one still to come ("directed the Pentagon to target cartels")
                    code = composed
                    asked_for.update([asked[0].i, *(c.i for c in asked[0].conjuncts if c.pos_ == "VERB")])
            left = self._withdrawal_asked(tok) if code == pattern.code else None
            if left is not None and left.pos_ != "VERB":
                # "ordered Israeli troops out of the zone" demands another's forces withdraw; a commander sending
                # its own out ("ordered its troops out", bare "troops" under a state's leader) demands nothing
                homes = {p.country for p in sources if p.code and p.country}
                forces = _commanders_forces(targets, sources)
                if not homes or not any(
                    (t.country and t.country not in homes) or (t.code or "").startswith("IGO") for t in forces
                ):
                    withdrawn = self._own_forces_out(tok, left, homes, forces, index)
                    if withdrawn is not None:
                        # "Russia ordered its troops out of Kherson": a state pulling its own forces out retreats
                        # (0874) from the place it leaves; the order is how it withdraws, not a demand of anyone
                        code, targets = "0874", withdrawn
                        asked_for.add(left.i)
                    left = None
            if left is not None:
                # "demanded that French troops leave", "urged Russian forces to leave": a demand or appeal that
                # forces go is one for their withdrawal (1056, 0256), as "demanded that X withdraw" is; only an
                # order puts them out (`_ordered_out`)
                code = cameo.demanded(WITHDRAWAL, ASK_GENERIC[code])
                asked_for.add(left.i)
            ordering = self._lemma(tok) in ORDERING_VERBS
            sent_off = (
                self._ordered_out(tok, sources, targets, index)
                if code[:2] == "10" and ordering and not negated
                else None
            )
            if sent_off is not None:
                # "Mali ordered French troops to leave", "told the ambassador to leave the country": a state ordering
                # another's forces, envoys or monitors off its soil expels them (161, 166 ...), as "expelled" says
                code = sent_off[1]
                asked_for.add(sent_off[0].i)
            closed = self._ordered_shutdown(tok, sources, targets) if code[:2] == "10" else None
            if closed is not None:
                code = "172"  # "ordered the newspaper to suspend publication": a sanction, not a request
                asked_for.add(closed.i)
        if pattern.pos == "V" and code[:3] == "112":
            # "alleged the government had prevented lawyers from ...": what is alleged is the accusation's
            # content, not an act reported as done
            asked_for.update(
                v.i for c in tok.children if c.dep_ == "ccomp" for v in [c, *c.conjuncts] if v.pos_ in {"VERB", "AUX"}
            )
        if pattern.pos == "V" and code[:3] == "112":
            # "accused Iran of supplying drones to Russia", "blamed Kyiv for shelling the plant": the act charged.
            # An act denied is coded, negated ("denied attacking Ukraine"): the source's account that it was not
            asked_for.update(v.i for v in charged_acts(tok))
        if pattern.pos == "V" and code[:2] == "13" and embedded:
            # "warned that it would retaliate against Poland": the act warned of is the threat's content, whose
            # target the threat took; coded again it would be a second threat for one warning
            asked_for.update(
                v.i for c in tok.children if c.dep_ == "ccomp" for v in [c, *c.conjuncts] if v.pos_ in {"VERB", "AUX"}
            )
        if pattern.pos == "V" and code[:2] == "12" and not negated:
            rejected = self._rejected_request(tok)
            if rejected is not None:
                # "rejected calls to adopt reforms", "rejected an offer to hold talks": the act asked or offered
                # was not done; the rejection is coded by what it refuses (1232, 125) where CAMEO says
                composed = cameo.rejection_of(rejected[1])
                if composed is not None and composed != "120":
                    code = composed
                asked_for.update([rejected[0].i, *(c.i for c in rejected[0].conjuncts if c.pos_ == "VERB")])
        if (
            pattern.pos == "V"
            and code[:3] in {"087", "160"}
            and not negated
            and self._lemma(tok) in STOPPING
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
        ):
            # "Israel stopped attacking Gaza", "Russia ceased shelling the ports": the act coded is the stopping
            # (the activity itself is dropped, `_ended_activity`); stopping an armed activity de-escalates (087)
            for act in (c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
                row = self._verb_row(act)
                if row is not None and row.code[:2] in FORCE_ROOTS and code[:3] == "160":
                    code = "087"
        if pattern.pos == "V" and code == "130" and not pattern.objects:
            threatened = self._threatened_act(tok)
            if threatened is not None:
                # "Iran threatened that it would close the Strait", "warned it would send troops": one threat, coded
                # by what it threatens (1381, 138) as "threatened to close" is; the act itself has not been done
                verb, act = threatened
                # "warned that it would retaliate against Poland": a state's retaliation leaves its means open
                # a state's attack is its conventional force (190, `_fight`): "warned it would attack" is 1384
                coded = next((s for s in sources if s.code), None)
                act_code = _fight(act.code, coded, verb) if act.code == "180" else act.code
                code = "130" if _means_open(act, sources) else cameo.unrealized(act_code, "threatened", False)
                # "the Kremlin warned that Russia would cut gas to Moldova": the state named as the clause's subject
                # is the one threatening, not the one threatened
                if not targets or _aimed_at_own(sources, targets):
                    inner = self._verb_parties(verb, act, index)[1]
                    own = {p.code for p in sources if p.code}
                    targets = [p for p in inner if p.code and p.code not in own]
                asked_for.update([verb.i, *(c.i for c in verb.conjuncts if c.pos_ == "VERB")])
        if pattern.code in cameo.DEPLOYMENTS and pattern.pos == "V" and not negated:
            guard = self._guarding_aim(tok, pattern)
            if guard is not None:
                # "deployed troops to Cabo Delgado to protect civilians": forces sent to guard others give them
                # military protection (074; 0334 when promised), not a show of force; the ones guarded, when named,
                # are whom it is given to
                code = "074" if code == pattern.code else code
                own = {s_.country for s_ in sources if s_.code and s_.country}
                guarded = [p for p in self._verb_parties(guard, GUARDED, index)[1] if p.code and p.country not in own]
                kept = [t for t in targets if t.code and t.country not in own]
                targets = kept or guarded or targets
        if code[:2] == "12" and pattern.pos == "V" and not any(t.code for t in targets):
            # "dismissed an offer from Taipei", "declined to hand over records requested by Malaysian prosecutors":
            # what is turned down was made or asked for by someone, and the refusal is aimed at them
            makers = refused_makers(object_tokens(tok, pattern.words))
            if makers:
                home = {s_.country for s_ in sources if s_.code and s_.country}
                found = self._first_with_actor(makers, index, exclude=sources)
                targets = [p for p in found if p.code and p.country not in home] or targets
        own_lands = {s_.country for s_ in sources if s_.code and s_.country}
        if code[:2] == "09" and not any(t.code and t.country not in own_lands for t in targets):
            # "an inquiry into a Chinese vessel's ramming of a boat", "into allegations that Belarusian guards tortured
            # detainees", "into why a Russian ship entered its waters": whoever did the act looked into is investigated.
            # So is the author of an act probed directly ("probed the Russian air strike on its troops"): those it
            # fell on, the investigator's own here, are what it was about, not whom the probe is aimed at
            probed = object_tokens(tok, pattern.words) if pattern.pos == "V" else []
            looked = probed_doers(tok, probed) + [o for o in probed if o.lemma_.lower() in self.act_nouns]
            found = self._first_with_actor(looked, index, exclude=sources) if looked else []
            targets = [p for p in found if p.code and p.country not in own_lands] or targets
        if code in PROTEST_KINDS and not negated:
            aim = self._protest_aim(tok, pattern, index)
            if aim is not None:
                # "rallied demanding the president's resignation", "went on strike calling for reforms": the
                # protest is coded by what it demands (1411, 1432), and is aimed at whom the demand is made of
                code, demanded_of, clause = aim
                if code != pattern.code and (row := self._verb_row(clause)) is not None and row.code[:2] == "14":
                    # "blocked roads to protest against the rules": the blocking is the protest, not a second one,
                    # once it carries what that protest is for (1442)
                    asked_for.add(clause.i)
                if not any(t.code for t in targets):
                    own = {s_.code for s_ in sources if s_.code}
                    targets = [t for t in demanded_of if t.code and t.code not in own] or targets
        if (
            code[:2] == "14"
            and tok.lemma_.lower() == "protest"
            # "U.S. protests spread to campuses": a country before the noun is where people protest; a state's own
            # protest is its verb's or owned ("China's protest")
            and (pattern.pos == "V" or any(c.dep_ == "poss" for c in tok.children))
            and _state_voice(sources)
        ):
            # "China protested the U.S. arms sale", "Beijing lodged protests": a state's or its officials' protest is
            # an official complaint (CAMEO 114); political dissent (140) is people's, in the streets
            code = "114"
            contact = self._contact(tok, index) if not any(t.code for t in targets) else None
            if contact is not None:
                # "summoned the Japanese ambassador to protest the visit": lodged with the envoy summoned
                targets = [p for p in self._first_with_actor(contact[1], index, exclude=sources) if p.code] or targets
        if code[:2] == "13" and not any(t.code for t in targets):
            # "threatened to stop the talks if the United States deploys missiles", "warned it would cut trade
            # unless Australia ...": a threat is aimed at the one whose act its condition names
            # ("... if he returns to office": the threatener's own act is no target)
            own = {p.code for p in sources if p.code}
            doers = self._first_with_actor(condition_doers(tok), index, exclude=sources)
            targets = [p for p in doers if p.code and p.code not in own] or targets
        if code[:2] == "14":
            # "protested against the war in Washington": a country or city named as where the protest took
            # place is its scene, not whom it is against
            targets = [t for t in targets if not _venue(tok, t)]
        if code[:2] == "14" and not any(t.code for t in targets):
            # "marched in defiance of Ugandan authorities", "rallied in protest at China's claims": the manner
            # phrase names whom the protest is against
            holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "blocked streets in defiance of X"
            stance = [n for h in holders for n in prep_objects(h, {"in"}) if n.lemma_.lower() in PROTEST_MANNERS]
            aims = [g for n in stance for g in prep_objects(n, {"of", "against", "at", "over", "to"})]
            targets = [p for p in self._first_with_actor(aims, index, exclude=sources) if p.code] or targets
        if code[:2] == "14" and pattern.pos == "V" and not any(t.code for t in targets):
            # "blocked roads to press their demands on the government", "to put pressure on X": a protest made to
            # press demands is against whom they are pressed on or wanted from
            pressing = [c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PRESSING]
            asked = [d for c in pressing for d in c.children if d.dep_ == "dobj"]
            wanted = [n for d in asked for n in prep_objects(d, {"for"})]  # "demands for jobs from X"
            aims = [g for h in pressing + asked + wanted for g in prep_objects(h, {"on", "from", "upon"})]
            aims += [d for c in pressing if c.lemma_.lower() == "pressure" for d in c.children if d.dep_ == "dobj"]
            targets = [p for p in self._first_with_actor(aims, index, exclude=sources) if p.code] or targets
        if code[:2] == "14" and pattern.pos == "V" and not any(t.code for t in targets):
            # "prisoners rioted at a jail in northern Israel": inmates who riot or protest where they are held
            # protest against their keepers, the state whose jail it is
            held = [j for j in prep_objects(tok, {"at", "in", "inside"}) if j.lemma_.lower() in DETENTION_SITES]
            keepers = [_party(m) for j in held for g in prep_objects(j, {"in"}) for m in index.at(g.i)]
            targets = [replace(p, code=p.country, sector=None) for p in keepers if p.country] or targets
        pairs: list[tuple[Party | None, Party | None, str]] = []
        # "signed an accord to supply Gondor": the embedded action's target is no partner to the signing
        symmetric = (tok.lemma_.lower() in RECIPROCAL or pattern.code in {"046", "057"}) and not embedded
        # "conferred its highest honor on Modi": to confer something is to bestow it, not to consult
        symmetric = symmetric and not (
            tok.lemma_.lower() == "confer" and any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children)
        )
        # "Syria and Lebanon agreed to establish diplomatic relations": a relation has two sides
        relational = pattern.pos == "V" and bool(object_lemmas(tok, pattern.words) & RELATIONAL)
        # "the restoration of ties between Iran and Saudi Arabia": a relation has two sides, each the other's
        # "Morocco's severance of ties with Iran" is one side's act, as "Morocco severed ties with Iran" is
        symmetric = symmetric or (
            pattern.pos == "N"
            and not embedded
            and bool(self._of_lemmas(tok) & RELATIONAL)
            and (code[:2] != "16" or any(prep_objects(o, {"between"}) for o in [tok, *prep_objects(tok, {"of"})]))
        )
        if code[:2] in ONE_SIDED:
            symmetric = relational = False  # "X declined to meet Y" is X's refusal, not Y's
        # "the two countries traded accusations", "China exchanged threats with Japan": each side's act on the other
        traded = not embedded and (
            (
                pattern.pos == "V"
                and bool(pattern.objects)
                and self._mended(tok, lambda f: f in EXCHANGE_VERBS) in EXCHANGE_VERBS
            )
            or (pattern.pos == "N" and tok.dep_ == "dobj" and self._traded_act(tok.head, tok) is not None)
            # "Armenia and Azerbaijan swapped accusations.": the small model reads the verb as the noun's modifier
            or (
                pattern.pos == "N"
                and any(
                    c.dep_ == "amod"
                    and c.tag_ == "VBD"
                    and c.lemma_.lower() in EXCHANGE_VERBS
                    and any(g.dep_ == "nsubj" for g in c.children)
                    for c in tok.children
                )
            )
        )
        symmetric = symmetric or traded
        # "the truce between X and Y collapsed": no one is said to have broken it, so it is read as each side's, as
        # the truce was both sides'
        symmetric = symmetric or collapsed
        consult = pattern.code in MUTUAL_CONSULT and not embedded and code[:2] not in ONE_SIDED
        # "held joint drills with X": what is done jointly with a partner, the partner does too
        consult = consult or (joint(tok) and not embedded and code[:2] not in ONE_SIDED)
        # "China and Malaysia are disagreeing": a quarrel between the subjects is each one's stance toward
        # the other, though a disagreement with an object ("X disagreed with Y") stays X's alone
        among = (
            symmetric
            or relational
            or (tok.lemma_.lower() in MUTUAL_STANCE and not embedded)
            # "Japan and Australia agreed to share intelligence": what two share with no one else named, each
            # shares with the other (only for two or more coded subjects, below)
            # ("share concerns about X" is a stance on X, no act between them)
            or (tok.lemma_.lower() == "share" and not targets and code[:2] in {"03", "05", "06", "07"})
            or each_other(tok)
            or (joint(tok) and code[:2] not in ONE_SIDED)
            or consult  # "Iran and the U.S. held talks in Oman": with each other
            or (pattern.pos == "V" and _mutual_kind(tok, pattern.code) and bool(subjectless_between(tok)))
        )
        mutual = among and len({s.code for s in coded_sources}) >= 2
        shared = code[:2] in SHARED_ROOTS or (code[:3] == "087" and _pulled_apart(tok))
        # "France and India share the same views", "Armenia and Azerbaijan declared a truce", "Egypt and Sudan
        # coordinated their positions": accord, a truce and coordination are had with someone, and states named
        # together with no one else are had with each other; so is what they agreed to do together ("India and the
        # UAE agreed to expand trade"), an agreement being between those who agree
        # (only where no one else is named at all: "stepped up efforts to build ties with Indian Ocean countries")
        shared = shared or (
            not targets
            and (
                code in SHARED_CODES
                or (code[:2] == "03" and (tok.lemma_.lower() == "agree" or any(f.lemma == "agree" for _, f in frames)))
            )
        )
        if not embedded and shared and _shared_by_states(coded_sources, targets):
            mutual, targets = True, []
        if symmetric and not mutual and pattern.pos == "V":
            # "Russia agreed on an exchange of prisoners with Ukraine": what one settles on is no partner (nor
            # does it settle back); one named "with" inside it is
            matter = [t for t in targets if _topic(tok, t, MATTER_PREPS - TOPIC_PREPS)]
            if matter:
                partners = [
                    g
                    for p in tok.children
                    if p.dep_ == "prep" and p.lower_ in MATTER_PREPS
                    for w in p.subtree
                    if w.dep_ == "prep" and w.lower_ == "with"
                    for g in w.children
                    if g.dep_ == "pobj"
                ]
                kept = [t for t in targets if t not in matter]
                found = [p for p in self._first_with_actor(partners, index, exclude=sources) if p.code]
                targets = kept or found
        if targets and (mutual or code[:2] in SHARING_ROOTS):
            # "exchanged data on North Korean missiles", "gave Manila intelligence on Chinese vessels": what the
            # information given or shared is about is its topic, not the one it goes to
            targets = [t for t in targets if not _information_topic(tok, t)]
        if mutual:
            # the sides of a mutual act are each other's partners; what it is about ("over X's rights") is
            # not a third side, nor is the country or city where they met ("held talks in Oman")
            # "Russia and Ukraine agreed on an exchange of prisoners": what the sides settle on is no third side
            targets = [t for t in targets if not _topic(tok, t, MATTER_PREPS) and not _venue(tok, t)]
            # "Armenia and Azerbaijan signed a deal at the White House", "met at the UN": what two subjects do
            # together "at" a body's seat is done at its place; their partner is each other, not the host
            if len({s.code for s in coded_sources}) >= 2:
                targets = [t for t in targets if not _on_trigger_after(tok, t, {"at"})]
            if self._lemma(tok) in DISCUSSING:
                # "Putin and Erdogan discussed Russia's sale of missiles to Turkey": what two sides discuss is their
                # topic, and no one named inside it (however the parser hangs its "to") is a third side of the talk
                targets = [
                    t
                    for t in targets
                    if not _inside_object(tok, t) and not _on_trigger_after(tok, t, TOPIC_PREPS | {"to", "on", "of"})
                ]
        if not targets and mutual and with_someone_else(tok):
            # "India and China stepped up efforts to build ties with Indian Ocean countries": the partners are
            # the ones named by "with", though unresolved, not the subjects each other
            pairs = [(s, None, _fight(code, s, tok)) for s in coded_sources]
        elif not targets and mutual:
            # "Brazil and the United States are seeking to deepen a partnership": reciprocal events
            for a in coded_sources:
                for b in coded_sources:
                    if a.code != b.code:
                        pairs.append((a, b, _fight(code, a, tok)))
        else:
            for s in sources or [None]:  # no source named ("were arrested"): the target alone
                for t in targets or [None]:
                    if s is not None and t is not None and (s.start, s.end) == (t.start, t.end):
                        continue
                    if (
                        s is not None
                        and t is not None
                        and s.code
                        and s.code == t.code
                        and s.text.lower() in {"he", "she"}
                    ):
                        # "He calls President Xi a dear friend": "he" read as the very person he speaks of; one
                        # acting on oneself says "himself"
                        continue
                    if (
                        code[:2] == "04"
                        and s is not None
                        and t is not None
                        and (s.code == t.code or (_place_party(t) and t.country is not None and t.country == s.country))
                        and _scene(tok, t)
                    ):
                        # "Italy's leader met in Rome": a meeting at home is not one with oneself (a curfew
                        # "in Algiers" does fall on the city)
                        continue
                    pairs.append((s, t, _fight(code, s, tok, t)))
                    if (
                        (symmetric or (consult and t is not None and _with_partner(tok, t)))
                        and not stance
                        and s is not None
                        and t is not None
                        and s.code
                        and t.code
                        and not _scene(tok, t)
                        and not _topic(tok, t)
                        and not any(t.start <= g.idx < t.end for g in beneficiaries(tok))
                    ):
                        # "met in Zurich": the place does not meet back; "cooperate in building a port for X":
                        # the one helped is no partner
                        pairs.append((t, s, code))
                    elif code in MIRRORED and s is not None and t is not None and s.code and t.code:
                        visitor, host = t, s
                        # officials visit and are hosted; troops, migrants and tourists only arrive, and
                        # officials travelling at home are hosted by no one
                        home = host.sector is None and host.country == visitor.country
                        if visitor.sector in OFFICIAL and not home:
                            pairs.append((t, s, MIRRORED[code]))  # a visit hosted is a visit made
        if symmetric or mutual:
            # "protesters clashed with police": who acts decides; the crowd protests violently (145), the police
            # use force on it (175, violent repression), whichever of them the sentence names first
            pairs = [(s, t, _street_clash(tok.doc, s, t, c)) for s, t, c in pairs]
        sent = tok.sent
        sides = [(p.start, p.end) for pair in pairs for p in pair[:2] if p is not None]
        action = self._action_span(trigger, pattern, sides)
        out: list[Event] = []
        seen: set[tuple] = set()
        for s, t, code in pairs:
            if not ((s and s.code) or (t and t.code)):
                continue
            if (code in VISITS or pattern.code in VISITS) and not (t and t.code):
                # "people who want to travel": a visit is to someone or somewhere, or it is no event; nor is
                # one refused or not made ("people who don't normally travel")
                continue
            key = (s.start if s else None, s.code if s else None, t.start if t else None, t.code if t else None)
            if key in seen or (s is not None and t is not None and _one_actor(s, t)):
                continue
            seen.add(key)
            source, target = (s.model() if s else None), (t.model() if t else None)
            out.append(self._event(source, target, action, code, sent, negated, modality, dated, reported))
        if out and pattern.pos == "V":
            asked_for.update(self._framed_act(tok, pattern))
        return out

    def _object_refined(self, verb: Token, pattern: Pattern) -> str:
        """The code of the act a verb's row stages through its object noun, refined by the noun's own words.
        "imposed a ban", "launched a probe", "staged a hunger strike": the row codes the noun's plain act, and
        the noun with its dependents may name it more narrowly ("a probe into corruption" 091, "a hunger strike
        for the president's resignation" 1421, "a ban on Russian gas" 163). The noun decides only where the
        verb merely stages it (the row's code is that of a plainer row of the same noun) and stays in the act's
        root or in a root the codebook lets the noun choose (`NOUN_DECIDES`): "challenged the ruling against
        him" or "called a strike on the docks" keep the verb's reading."""
        if not pattern.objects:
            return pattern.code
        for o in object_tokens(verb, pattern.words):
            if o.pos_ not in {"NOUN", "PROPN"} or not object_words(o) & pattern.objects:
                continue
            cands = self.patterns.get(("N", o.lemma_.lower()))
            noun = self._match(o, cands) if cands else None
            if cands and noun is not None and not noun.words:
                noun = self._hung_on_verb(verb, o, cands) or noun
            if noun is None or noun.code == pattern.code or noun.code not in self.codes:
                continue
            staged = any(
                q.code == pattern.code and q.specificity < noun.specificity and self._match(o, (q,)) is not None
                for q in cands or ()
            )
            roots = (pattern.code[:2], noun.code[:2])
            if staged and (roots[0] == roots[1] or roots in NOUN_DECIDES):
                return noun.code
        return pattern.code

    def _said_through(
        self, tok: Token, host: Token, reached: list[Token], index: MentionIndex
    ) -> tuple[list[Party], list[Party], bool]:
        """Parties of words said in a call, a meeting or a letter (`host`): the one who made the call or put the
        words out says them, to the side the act names itself ("flew to Cairo to urge Hamas"), else to whom the
        call or the letter went (`reached`)."""
        sources = self._doers(host, index)
        named = [c for c in tok.children if c.dep_ in {"dobj", "dative"} and index.at(c.i)]
        named += prep_objects(tok, {"to", "with", "against"})
        own = self._first_with_actor(named, index, exclude=sources)
        if any(p.code for p in own):
            return sources, own, False
        return sources, self._first_with_actor(reached, index, exclude=sources), False

    def _bilateral_partner(
        self, tok: Token, pattern: Pattern, sources: list[Party], index: MentionIndex
    ) -> Party | None:
        """The other state of the pair a "bilateral" on the act's noun names (the trigger noun, or the object a verb's
        row or a light verb stages: "held bilateral talks", "signed a bilateral agreement"), when the act's source
        is one of the pair and the other is not also a source."""
        if not index.pairs:
            return None
        nouns = [tok] if pattern.pos == "N" else []
        if pattern.pos == "V":
            nouns += [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
            nouns += [g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        own = {s.country for s in sources if s.code and s.country}
        for noun in nouns:
            for adj in noun.children:
                pair = index.pairs.get(adj.i)
                if pair is None or adj.dep_ != "amod":
                    continue
                first, second = pair
                if first.country in own and second.country not in own:
                    return _party(second)
                if second.country in own and first.country not in own:
                    return _party(first)
        return None

    def _enacted_transfer(self, verb: Token) -> str | None:
        """The code of a transfer of goods or aid (06, 07) that a verb of approving or completing (`ENACTING`) takes
        as its object ("approved the sale of jets", "completed the delivery of tanks"): the decision or its
        completion is how news reports the transfer itself."""
        if verb.pos_ != "VERB" or self._lemma(verb) not in ENACTING:
            return None
        for o in verb.children:
            if o.dep_ != "dobj" or o.pos_ != "NOUN":
                continue
            cands = self.patterns.get(("N", o.lemma_.lower()))
            row = self._match(o, cands) if cands else None
            if row is not None and row.code[:2] in {"06", "07"} and row.code in self.codes:
                return row.code
        return None

    def _traded_act(self, verb: Token, noun: Token | None = None) -> Token | None:
        """The act noun a verb of give-and-take trades ("traded accusations", "exchanged threats", "swapped
        insults"): a noun trigger outside material exchange (06-08: "traded oil", "exchanged prisoners" keep the
        verb's own reading), which each side then does to the other. `noun` asks about that object only."""
        if self._mended(verb, lambda f: f in EXCHANGE_VERBS) not in EXCHANGE_VERBS:
            return None
        for o in verb.children:
            if o.dep_ != "dobj" or (noun is not None and o.i != noun.i) or o.pos_ != "NOUN":
                continue
            cands = self.patterns.get(("N", o.lemma_.lower()))
            found = self._match(o, cands) if cands else None
            if found is not None and found.code[:2] not in {"06", "07", "08"}:
                return o
        return None

    def _hung_on_verb(self, verb: Token, noun: Token, cands: tuple[Pattern, ...]) -> Pattern | None:
        """A noun row whose preposition the parser hung on the verb after the noun: "launched a probe into
        corruption" reads "into" as the verb's, though it says what the probe is into."""
        for q in cands:
            if len(q.words) != 1 or q.objects is None:
                continue
            objs = [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == q.words[0] and c.i > noun.i
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if any(object_words(g) & q.objects for g in objs):
                return q
        return None

    def _guarding_aim(self, tok: Token, pattern: Pattern) -> Token | None:
        """The purpose clause of a deployment that guards someone or something ("sent troops to protect the
        pipeline", "deployed police to guard the embassy"): why forces are sent, said by the sender."""
        objects = object_tokens(tok, pattern.words)
        return next((c for c in aim_clauses(tok, objects) if c.lemma_.lower() in GUARDING), None)

    def _protest_aim(self, tok: Token, pattern: Pattern, index: MentionIndex) -> tuple[str, list[Party], Token] | None:
        """The protest sub-code a protest's purpose clause gives it, and whom that clause demands of: a clause
        that demands or calls for a change of leadership, of policy, rights or institutions (1041-1044,
        0241-0244) makes a demonstration 1411-1414, a hunger strike 1421-1424, and so on."""
        objects = object_tokens(tok, pattern.words) if pattern.pos == "V" else []
        # "barricaded by truck drivers demanding that Kampala scrap the fees", "farmers demanding aid blocked roads":
        # the protesters' own participle says what they protest for
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        clauses = aim_clauses(tok, objects + [d for d in doers if d.pos_ in {"NOUN", "PROPN"}])
        # "rioted, hurling stones at police to demand ...": the demand may be the aim of the protest's own means
        clauses += [g for c in clauses for g in aim_clauses(c, []) if self._verb_row(c) is None or c.tag_ == "VBG"]
        for clause in clauses:
            row = self._verb_row(clause)
            if row is None:
                continue
            sub = row.code
            if sub in ASK_GENERIC and (asked := self._asked_action(clause)) is not None:
                # "marched, demanding that the president step down": a bare demand or appeal takes its kind from
                # the act it asks for, as the demand itself is coded (1041 for a resignation)
                sub = cameo.demanded(asked[1], ASK_GENERIC[sub])
            # "blocked roads to protest against new rules", "went on strike to protest pension cuts": a protest done
            # for a protest's sake has the aim its own clause names, as a demand's would
            if sub[:2] not in {"10", "02"} and not (sub[:2] == "14" and to_infinitive(clause)):
                continue
            kinded = sub[:3] in DEMAND_KINDS | PROTEST_KINDS and len(sub) == 4
            code = pattern.code[:3] + sub[3] if kinded else pattern.code
            # a demand of no kind CAMEO names ("demanding that the government scrap the fees") still says whom the
            # protest is aimed at
            return (code if code in self.codes else pattern.code), self._verb_parties(clause, row, index)[1], clause
        return None

    def _plain_holder(self, head: Token, index: MentionIndex) -> bool:
        """Whether the noun an act word modifies is a thing that carries that act ("deportation flights to Syria",
        "an aid program for Haiti", "arrest warrant for X"), so that its phrase holds the parties: not an actor
        ("aid workers"), not a place, record or role the act only qualifies ("war zone", "ceasefire line",
        "mediation role"), and not an act of its own ("peace talks", which its own row codes)."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma in NOT_HOLDERS or index.at(head.i) or head.i in index.modifiers:
            return False
        cands = self.patterns.get(("N", lemma))
        return not (cands and self._match(head, cands))

    def _third_place(self, tok: Token, sides: list[Party], index: MentionIndex) -> bool:
        """Whether a meeting is put "in"/"at" a country or capital that is none of its sides' own: the place is
        named on the verb or, as the parser often hangs it, on the one met ("met Blinken in Munich")."""
        homes = {p.country or (p.code or "")[:3] for p in sides}
        spots = prep_objects(tok, {"in", "at"}) + [
            g for c in tok.children if c.dep_ == "dobj" for g in prep_objects(c, {"in", "at"})
        ]
        places = [p for p in self._resolve(spots, index) if p.code and _place_party(p)]
        return bool(places) and not any((p.country or p.code[:3]) in homes for p in places)

    def _consult_host(self, tok: Token, index: MentionIndex) -> Token | None:
        """The call or meeting a discussion is the purpose of ("called Putin to discuss Ukraine", "met Putin to
        discuss"): its parties are the ones who discuss, not someone the caller asks to."""
        if tok.lemma_.lower() not in DISCUSSING or tok.dep_ not in {"xcomp", "advcl"} or not to_infinitive(tok):
            return None
        host = tok.head
        if host.pos_ != "VERB" or not any(
            c.dep_ in {"dobj", "dative"} and c.i in index.by_token for c in host.children
        ):
            return None
        cands = self.patterns.get(("V", self._lemma(host)))
        pat = self._match(host, cands) if cands else None
        consult = pat is not None and pat.code[:2] == "04" and not pat.words
        return host if consult or self._phone_call(host, index) else None

    def _contact(self, tok: Token, index: MentionIndex) -> tuple[Token, list[Token]] | None:
        """The meeting, call, trip or summons a spoken act is the purpose of, and whom it reaches: "called
        Erdogan to express condolences", "summoned Pakistan's envoy to lodge a protest", "traveled to Israel to
        urge restraint". What is said there is said, by the one who called or went, to the one reached."""
        if tok.dep_ not in {"xcomp", "advcl"} or not to_infinitive(tok):
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children):
            return None  # "for Cameroon to lift ...", "in order to": a clause of its own
        host = tok.head
        if host.pos_ != "VERB" or host.i > tok.i:
            return None
        cands = self.patterns.get(("V", self._lemma(host)))
        pat = self._match(host, cands) if cands else None
        if not (
            (pat is not None and pat.code[:2] == "04") or self._lemma(host) in SUMMONS or self._phone_call(host, index)
        ):
            return None
        reached = [c for c in host.children if c.dep_ in {"dobj", "dative"}] + called_name(host)
        reached += prep_objects(host, {"to", "with"})
        reached = [c for c in reached if index.at(c.i)]
        return (host, reached) if reached else None

    def _phone_call(self, tok: Token, index: MentionIndex) -> bool:
        """Whether "call" reaches an actor and nothing else: its one object is a mention, and there is no
        particle, complement or second object that makes it a naming ("called him a liar"), a summons
        ("called the envoy in"), an appeal ("called on") or a convening ("called elections")."""
        if tok.lemma_.lower() != "call":
            return False
        objs = [c for c in tok.children if c.dep_ in {"dobj", "dative"}] or called_name(tok)
        if len(objs) != 1 or objs[0].i < tok.i or objs[0].i not in index.by_token:
            return False
        if any(
            c.dep_ in {"prt", "oprd", "xcomp", "ccomp", "attr", "acomp", "nsubjpass"} and c.i != objs[0].i
            for c in tok.children
        ):
            return False
        if any(c.dep_ in {"oprd", "appos", "acl", "relcl"} for c in objs[0].children):
            return False  # "called the move a violation", "called Putin a killer"
        # a preposition that is more than a time or a place asks something of the one called ("called him for
        # talks", "called Iran to account")
        return not any(c.dep_ == "prep" and not when_only(c) and c.lower_ not in {"in", "at"} for c in tok.children)

    def _own_named_act(self, noun: Token) -> bool:
        """Whether a direct object is the verb's subject's own act that the verb's row names ("suspended its
        mediation between Israel and Hamas", "ended their talks with the rebels"): the pronoun owner is the one
        who acts, so the sides the noun names are whom the verb's act concerns, not a second act by them."""
        if not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children):
            return False
        row = self._verb_row(noun.head)
        return row is not None and bool(row.objects) and noun.lemma_.lower() in row.objects

    def _row_object(self, noun: Token) -> bool:
        """Whether a noun is the object that a coded verb's row asks for, reached through a preposition or a
        light noun ("took part in talks", "met with opposition", "engaged in negotiations"): the verb's row
        codes the act the noun names, which is then no second event."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "took part in": the light noun between
            verb = verb.head
        if verb.pos_ != "VERB" or not (cands := self.patterns.get(("V", self._lemma(verb)))):
            return False
        pattern = self._match(verb, cands)
        if pattern is None or not pattern.objects or not object_words(noun) & pattern.objects:
            return False
        return any(o.i == noun.i for o in object_tokens(verb, pattern.words))

    def _action_span(self, trigger: Token, pattern: Pattern, sides: list[tuple[int, int]] | None = None) -> Span:
        """The words the act was read from: the trigger, and the words that made it this act. A row's object
        ("gives military support", "met with opposition", "held talks"), the light verb that stages a
        nominal act ("launched an investigation", "took part in talks") and the frame whose stance the code
        carries ("refused to relax", "threatened to cut") are part of the action, as a reader marks it. The
        action never takes in a side of the event ("received the Chinese foreign minister", "rejected the U.S.
        plan"): it says what was done, and the source and target say by and to whom."""
        first = last = trigger

        def clear(a: int, b: int) -> bool:
            return not any(s < b and a < e for s, e in sides or [])

        if pattern.pos == "V" and pattern.objects:
            # the object the row asked for, close after the verb and in its own phrase
            subtree = {t.i for t in trigger.subtree}
            objs = [
                o
                for o in object_tokens(trigger, pattern.words)
                if trigger.i < o.i <= trigger.i + SPAN_REACH and o.i in subtree and object_words(o) & pattern.objects
            ]
            # not past another complement ("designated BLA as a terrorist group", "warned Washington of
            # consequences"): the action stops short of whom it is aimed at
            others = [c for c in trigger.children if c.dep_ in {"dobj", "dative"}]
            objs = [o for o in objs if not any(trigger.i < c.i < o.i and o not in c.subtree for c in others)]
            # what a converse row's source gives is the action's own word even where a side was read into it ("met
            # with opposition from Russia", "received weapons from Iran"); a person received is not
            objs = [o for o in objs if pattern.reverse or clear(trigger.idx, o.idx + len(o.text))]
            if objs:
                last = min(objs, key=lambda o: o.i)
        elif pattern.pos == "N" and trigger.dep_ in {"dobj", "pobj"}:
            verb = trigger.head
            staged = trigger.dep_ == "dobj" and (self._light(verb) or self._traded_act(verb, trigger) is not None)
            if trigger.dep_ == "pobj" and verb.dep_ == "prep":
                verb = verb.head
                staged = verb.lemma_.lower() in PREP_LIGHT  # "engaged in talks"
                if verb.lemma_.lower() == "part" and verb.dep_ == "dobj":  # "took part in talks"
                    verb, staged = verb.head, True
            if verb.pos_ == "VERB" and staged and 0 < trigger.i - verb.i <= SPAN_REACH and clear(verb.idx, trigger.idx):
                first = verb
        if pattern.pos == "V" and trigger.dep_ == "xcomp" and trigger.head.i < trigger.i:
            frame_verb = trigger.head
            frame = self._frame(frame_verb)
            cands = self.patterns.get(("V", self._lemma(frame_verb))) if frame_verb.pos_ == "VERB" else None
            own = self._match(frame_verb, cands) if cands else None
            gave_way = own is not None and not own.words and not own.objects
            if frame is not None and frame.control == "subject" and gave_way and clear(frame_verb.idx, trigger.idx):
                first = frame_verb  # the frame gave way to this act (see `_events`): its stance is in the code
        # the span's own text: Doc.text rebuilds the whole article on every access
        start, end = first.idx, last.idx + len(last.text)
        return Span(text=trigger.doc[first.i : last.i + 1].text, start=start, end=end)

    def _own_author(self, noun: Token, pattern: Pattern, sources: list[Party], index: MentionIndex) -> bool:
        """Whether a nominal act aimed at no one names its author in its own phrase, so that it is an event.

        A noun names an act far more often than it reports one: "the trial", "the war", "the sanctions" are
        repeated in every sentence of a story, and each mention is not a new event. The rule: a noun event
        needs an actor attached to the noun itself, as its target (a preposition, handled by the caller) or,
        when it is aimed at no one, as its author by a possessive ("Australia's refusal", "China's
        protest"), a "by" phrase ("protests by tourism businesses") or a country adjective or name before it
        ("the U.S. designation", "Russian aggression"). A subject of a verb the noun is merely the object of
        ("Trump has an order") does not count, except for the light verbs that stage the act (the caller).
        Acts that only exist between two sides (consultation, cooperation, aid, 04-08) still need their
        other side: "China's talks" or "U.S. aid" says nothing about a dyad."""
        if pattern.code[:2] in PARTNERED_ROOTS or noun.lemma_.lower() in GENERIC_ACTS:
            return False
        attached = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"}] + noun_agents(noun)
        attached += self._staged_agents(noun) + carrier_owners(noun)
        if pattern.code[:2] in FROM_AUTHORED:
            attached += from_authors(noun)
        if not attached:
            return False
        spans = {(p.start, p.end) for p in self._resolve(attached, index, subject=True) if p.code}
        return any((s.start, s.end) in spans for s in sources if s.code)

    def _received(
        self, noun: Token, index: MentionIndex, sources: list[Party]
    ) -> tuple[list[Party], list[Party]] | None:
        """Author and target of an act the clause's subject is on the receiving end of: "Pakistan drew
        criticism from India", "the plan faced opposition from Russia", "Iran came under pressure from the
        United States", "the town came under attack by rebels". The subject is the target; the "from" or
        "by" phrase (on the noun or, for an object, the verb) is the author, unless one is named already.

        The act may also be the agent of a passive verb that says only that it reached its subject ("Russian
        banks were hit by new U.S. sanctions", "the port was targeted by Israeli strikes"): in English the passive
        subject is what the agent acted on, so that subject is the act's target when the verb is no event itself."""
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in RECEIVING:
            authors = from_authors(noun) + from_authors(verb) + noun_agents(noun)
        elif noun.dep_ == "pobj" and verb.dep_ == "agent" and not self._coded_verb(verb.head):
            verb = verb.head
            authors = noun_agents(noun)
        elif conceded(first := listed_first(noun)):
            # "Despite protests and lobbying by Italian businesses, the government refused ...": what the subject
            # held out against was aimed at it, and a list's agent is each item's
            verb = first.head.head
            authors = from_authors(noun) + noun_agents(noun) + from_authors(first) + noun_agents(first)
        else:
            return None
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        coded = [p for p in sources if p.code]
        givers = coded or [p for p in self._resolve(authors, index, subject=True) if p.code]
        subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS | {"nsubjpass"}]
        takers = self._resolve(subj, index, subject=True) if subj else self._inherited_source(verb, index)
        spans = {(p.start, p.end) for p in givers}
        takers = [p for p in takers if p.code and (p.start, p.end) not in spans]
        return (givers, takers) if givers and takers else None

    def _thanked_for(self, noun: Token, index: MentionIndex) -> tuple[list[Party], list[Party]] | None:
        """Giver and receiver of help one side thanks or praises another "for" ("Zelenskyy thanked the United
        States for its military aid"): the one thanked gave it, unless the help names its own giver, to the one
        who thanks (a receiver the noun names is kept: "for the delivery of tanks to Ukraine")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
            return None
        verb = prep.head
        row = self._verb_row(verb)
        if row is None or row.code != "051" or asked_about(verb):
            return None
        givers = [
            p
            for p in self._resolve(
                [c for c in noun.children if c.dep_ in {"poss", "compound", "amod"} and c.pos_ != "PRON"], index
            )
            if p.code
        ]
        givers = givers or [p for p in self._resolve([c for c in verb.children if c.dep_ == "dobj"], index) if p.code]
        takers = self._doers(verb, index)
        spans = {(p.start, p.end) for p in givers}
        takers = [p for p in takers if p.code and (p.start, p.end) not in spans]
        return (givers[:1], takers) if givers else None

    def _sought_from(self, noun: Token, index: MentionIndex) -> tuple[list[Party], list[Party]] | None:
        """The giver and the receiver of aid or support one side draws from another ("Malaysia could tease
        out more aid from Beijing", "hopes to exploit more development aid from China"): the "from" phrase
        gives, the subject of the verb the noun is the object of receives. Only where that verb is no
        coded event itself ("received aid from X" is coded on the verb)."""
        if noun.dep_ != "dobj":
            return None
        verb = noun.head
        # "tease out more aid from Beijing": the parser may hang the "from" on the verb
        givers = [p for p in self._resolve(from_authors(noun) + from_authors(verb), index, subject=True) if p.code]
        if not givers:
            return None
        takers = self._doers(verb, index)
        given = {p.country for p in givers}
        takers = [p for p in takers if p.code and p.country not in given]
        return (givers, takers) if takers else None

    def _staged_agents(self, noun: Token) -> list[Token]:
        """The agent of a participle that only says a nominal act was done ("the pressures put forward by
        the mainland", "restrictions put in place by Cameroon"): who did the act. A participle that is a
        coded event of its own ("sanctions imposed by X") is coded there, with its agent."""
        return [
            g
            for a in noun.children
            if a.dep_ == "acl" and a.tag_ == "VBN" and not self._coded_verb(a)
            for g in by_agents(a)
        ]

    def _restricted_origin(
        self, slots: list[Token], index: MentionIndex, sources: list[Party], after: list[Token] | None = None
    ) -> list[Party]:
        """Where the goods, travel or people a restriction falls on come from or go ("restrictions on all
        travel from Brazil", "a ban on flights from South Africa", "the ban on exports to China"): the coded
        actor there is the one restricted. Only slots that are not actors themselves: "sanctions on Russian
        banks" already name theirs. With `after`, the slot is the restriction noun itself and the place
        counts only after what is restricted, where the parser may hang it ("a ban on travel | from the
        U.S."): "sanctions from the EU on Russia" names its author first."""
        # the slot, or those the rules it names are "on" or "for" ("tightened the rules on people arriving
        # from India"): people with no country of their own are placed by where they come from
        slots = [*slots, *(g for slot in slots if slot.pos_ == "NOUN" for g in prep_objects(slot, {"on", "for"}))]
        origins = [
            g
            for slot in slots
            if slot.pos_ in {"NOUN", "PROPN"} and not any(m.country for m in index.at(slot.i))
            for item in [slot, *slot.conjuncts]
            for p in [
                *item.children,
                *(g for a in item.children if a.dep_ == "acl" and a.lemma_ in ARRIVING for g in a.children),
            ]
            if p.dep_ == "prep" and p.lower_ in ORIGINS
            for g in p.children
            if g.dep_ == "pobj"
        ]
        if after is not None:
            goods = [a for a in after if a.pos_ in {"NOUN", "PROPN"} and not index.at(a.i)]
            origins = [g for g in origins if goods and g.i > min(a.i for a in goods)]
        return [p for p in self._first_with_actor(origins, index, exclude=sources) if p.code]

    def _war_ground(self, noun: Token, sources: list[Party], index: MentionIndex) -> list[Party]:
        """The country a war or an attack is fought in, when it is not the author's own ("Russia's war in
        Ukraine", "Israel's strikes in Lebanon"): the force is aimed at that country. Only with a coded
        foreign author: "the war in Syria" or "Syria's war in Syria" names no one attacked."""
        home = {s.country for s in sources if s.code and s.country}
        if not home:
            return []
        ground = prep_objects(noun, {"in"})
        return [
            p
            for p in self._resolve(ground, index)
            if p.code and p.mention is not None and p.mention.kind == "country" and p.country not in home
        ]

    def _reporting_partner(self, noun: Token, targets: list[Party], index: MentionIndex) -> list[Party]:
        """The one who reports on its own talks or dealings "with" another ("Iran said the talks with the United
        States were constructive", "Russia says negotiations with Ukraine have stalled"): an act done with a
        partner and reported with no author of its own is the speaker's. Only the subject of the reported
        clause, only with a coded "with" partner (the act's target) of another country than the speaker, and
        not a news outlet reporting on others' talks."""
        if noun.dep_ not in {"nsubj", "nsubjpass"}:
            return []
        return self._dealings_speaker(noun, noun.head, targets, index)

    def _dealings_speaker(
        self, dealing: Token, clause: Token, targets: list[Party], index: MentionIndex
    ) -> list[Party]:
        """The coded subject of the speaking verb that reports `clause`, when the "with" partner of `dealing` (the
        talks, or the passive verb "held") is the act's target and of another country than the speaker; never a
        news outlet, which reports on others' talks."""
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH:
            return []
        partners = [t for t in self._resolve(prep_objects(dealing, {"with"}), index) if t.code]
        aimed = {(t.start, t.end) for t in targets}
        if not any((p.start, p.end) in aimed for p in partners):
            return []
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
        named = [p for p in self._resolve(speakers, index, subject=True) if p.code]
        away = {p.country for p in partners}
        return [p for p in named if p.sector != "MED" and p.country and p.country not in away]

    def _compound_ground(
        self, noun: Token, sources: list[Party], index: MentionIndex
    ) -> tuple[list[Party], list[Party]] | None:
        """A place named before a war noun is where the force is used, so whom it is aimed at ("Russia's Ukraine
        war", "Israel's Gaza offensive", "the Gaza offensive by Israel"), once the author is named otherwise and
        is from another country. Alone ("the Ukraine war") it names no author and nothing changes here."""
        doc = noun.doc

        def before(p: Party) -> bool:
            head = doc[p.mention.head] if p.mention is not None else None
            return head is not None and head.dep_ == "compound" and head.head.i == noun.i

        ground = [p for p in sources if p.code and before(p)]
        authors = [p for p in sources if p.code and not before(p)]
        if not authors:
            authors = [p for p in self._resolve(noun_agents(noun), index, subject=True) if p.code]
        home = {p.country for p in authors if p.country}
        aimed = [
            # a capital named as the ground is the country struck there, not its government ("Kyiv strikes")
            replace(p, code=p.country, sector=None) if p.mention is not None and p.mention.kind == "capital" else p
            for p in ground
            if p.country and p.country not in home and p.mention is not None and p.mention.kind in GROUND_KINDS
        ]
        if not aimed or not home:
            return None
        return authors, aimed

    def _visited_place(self, noun: Token, sources: list[Party], index: MentionIndex) -> list[Party]:
        """The country or capital a visit is made "in" ("during Modi's visit in Washington", "the minister's
        two-day visit in Tokyo"): the host, as "to" names it. Only a place named as such, and not the visitor's
        own country: "Biden's visit in Pennsylvania" is a trip at home."""
        home = _home_countries(sources)
        return [
            p
            for p in self._resolve(prep_objects(noun, {"in"}), index)
            if p.code and _place_party(p) and p.country not in home
        ][:1]

    def _meeting_host(self, noun: Token, index: MentionIndex) -> list[Party]:
        """Who held a meeting a clause is timed by ("Following talks with X, Modi said", "after a meeting
        with Y, the minister announced") or works toward ("prepared for talks with X", "seeks leverage for
        negotiations with China"): the clause's subject. Only meetings: the one who speaks after an attack or
        a ruling did not carry it out."""
        prep = noun.head
        journey = prep.lower_ == "on" and noun.lemma_.lower() in JOURNEYS
        if noun.dep_ != "pobj" or (prep.lower_ not in MEETING_TIME_PREPS | MEETING_AIM_PREPS and not journey):
            return []
        if prep.lower_ in {"ahead", "prior"}:  # "ahead of talks": the "of" hangs on "ahead"
            return []
        verb = prep.head
        if prep.lower_ in MEETING_AIM_PREPS and verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb = verb.head  # "create leverage for future negotiations with China": the one who creates it
        if prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
            return []
        if prep.lower_ == "at" and prep.i > verb.i and verb.lemma_.lower() not in SPEECH | {"speak"}:
            return []  # "At a meeting with X, Y said", "spoke at a meeting with X"; not "laughed at talks with X"
        if journey and prep.i > verb.i and verb.lemma_.lower() in SPEECH | TALKED_ON:
            return []  # "signed a deal on a visit to Hanoi"; not "commented on a visit to Hanoi", someone else's
        return [p for p in self._doers(verb, index) if p.code]

    def _framed_act(self, tok: Token, pattern: Pattern) -> list[int]:
        """The embedded act a subject-control frame's own code already names ("refused to meet": 125,
        "agreed to meet": 036, "threatened to attack": 138). The frame verb is the event that took place
        (the refusal, agreement or threat was made), so the act it embeds is not coded again: one act, one
        event, as an appeal absorbs what it asks for. A frame with no code of its own for the act ("agreed
        to cooperate") gives way to the embedded act instead (see `_events`)."""
        frame = self._frame(tok)
        if frame is None or frame.control != "subject" or not pattern.objects:
            return []
        return [
            c.i
            for c in tok.children
            if (c.dep_ == "xcomp" or _split_infinitive(tok, c))
            and c.lemma_.lower() in pattern.objects
            and self._coded_verb(c)
        ]

    def _asked_action(self, tok: Token) -> tuple[Token, str] | None:
        """The coded action an appeal or demand asks its object to take ("urged the US to lift sanctions",
        "called on Israel to release", "demanded that Hamas free"), with the action's own code. An appeal
        not to act ("urged X not to attack") has no such code."""
        frame = self._frame(tok)
        controls = frame is not None and frame.control == "object"
        for c in tok.children:
            to = any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            # a wanted that-clause is asked for whatever the verb ("suggested that X and Y hold talks")
            if not (
                (controls and c.dep_ in {"xcomp", "advcl", "ccomp"} and to)
                or (c.dep_ == "ccomp" and (wanted(c) or told_obliged(tok) == c))
            ):
                continue
            if any(g.dep_ == "neg" for g in c.children):
                return None
            inner = self._frame(c)
            # "urged X to agree to resume talks": what X is to agree to is what is asked
            deeper = [g for g in c.children if g.dep_ == "xcomp"] if inner and inner.control == "subject" else []
            # "called on China to limit or cease its support": any coded act of the ones asked for
            for v in [*deeper, c, *(g for g in c.conjuncts if g.i > c.i)]:
                if (pat := self._verb_row(v)) is not None:
                    return v, pat.code
        return None

    def _threatened_act(self, tok: Token) -> tuple[Token, Pattern] | None:
        """The coded act a threat or warning says its maker will do, in a clause of its own ("threatened that
        it would close the Strait"), with the act's lexicon row: the first coded one of the acts coordinated
        there ("warned it would track down and arrest them")."""
        for c in tok.children:
            if not (own_threat_clause(c) or self._own_country_clause(c)) or any(g.dep_ == "neg" for g in c.children):
                continue
            for v in [c, *(g for g in c.conjuncts if g.i > c.i and g.pos_ == "VERB")]:
                cands = self.patterns.get(("V", self._lemma(v)))
                pat = self._match(v, cands) if cands else None
                if pat is not None:
                    return v, pat
        return None

    def _own_country_clause(self, clause: Token) -> bool:
        """Whether a that-clause in the future says what the country of the verb's subject will do, named another
        way ("Russia would cut gas supplies, the Kremlin warned", "Chinese officials warned that Beijing would
        ..."): a state's officials speak of their state's act, its own, as with "it" (`own_threat_clause`)."""
        index: MentionIndex | None = clause.doc._.dw_mentions
        if index is None or clause.dep_ != "ccomp" or clause.pos_ != "VERB":
            return False
        if not any(c.dep_ == "aux" and c.lower_ in {"would", "will", "shall", "'ll"} for c in clause.children):
            return False
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        above = [c for c in clause.head.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or len(above) != 1:
            return False
        inner = countries_at(index, [subj[0], *subj[0].children])
        return bool(inner) and inner == countries_at(index, [above[0], *above[0].children])

    def _later_threatened(self, tok: Token) -> bool:
        """Whether a verb is a later one of coordinated acts a threat frame embeds, after one that is coded
        ("threatened to invade and occupy X"): a threat of several acts at once is one threatening, coded by the
        first act it names (as `_threatened_act` codes a threat clause), not one more threat for each verb."""
        if tok.dep_ != "conj" or tok.pos_ != "VERB":
            return False
        first = tok.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ != "xcomp" and not _split_infinitive(first.head, first):
            return False
        frame = self._frame(first.head)
        if frame is None or frame.effect != "threatened" or frame.control != "subject":
            return False
        return any(self._coded_verb(v) for v in [first, *first.conjuncts] if v.i < tok.i)

    def _rejected_request(self, tok: Token) -> tuple[Token, str] | None:
        """The coded act that a rejected request or offer asks for, with its code: "rejected calls to adopt
        reforms", "turned down an offer to hold talks", "rejected an appeal for deploying troops"."""
        for obj in (c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}):
            if obj.lemma_.lower() not in REQUESTS:
                continue
            acts = [a for a in obj.children if a.dep_ == "acl" and to_infinitive(a)] + [
                g
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children
                if g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG"
            ]
            for v in acts:
                if any(g.dep_ == "neg" for g in v.children):
                    continue
                if (pat := self._verb_row(v)) is not None:
                    return v, pat.code
            # "dismissed an offer of talks", "a proposal for negotiations was rejected": the act the request
            # names by a noun of its own is what it asks for, as its infinitive would be
            for noun in prep_objects(obj, {"of", "for"}):
                if noun.pos_ != "NOUN" or any(g.dep_ == "det" and g.lower_ == "no" for g in noun.children):
                    continue
                cands = self.patterns.get(("N", noun.lemma_.lower()))
                if cands and (pat := self._match(noun, cands)) is not None:
                    return noun, pat.code
        return None

    def _imperative_speech(self, tok: Token) -> Token | None:
        """The verb of saying that quotes `tok` as a command: a bare verb with no subject, auxiliary or "to" ("stop",
        "release"), the complement of "said" or "told" ("Hamas said: stop the attacks", '"Stop the attacks," the
        official said'). A command denied ("don't attack") is left to the plain reading."""
        if tok.tag_ != "VB" or tok.dep_ not in {"ccomp", "xcomp", "parataxis"}:
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg", "expl"} for c in tok.children):
            return None
        head = tok.head
        if head.pos_ != "VERB" or self._lemma(head) not in IMPERATIVE_SAYERS:
            return None
        return head

    def _left_room(self, tok: Token, index: MentionIndex) -> bool:
        """Whether an order or request asks its object to leave a room or a building ("leave the Oval Office",
        "leave the room", "vacate the building"): a common room word, or a named building or office that is no
        place name or country's mention."""
        for c in tok.children:
            if c.dep_ not in {"xcomp", "ccomp", "advcl"} or c.lemma_.lower() not in LEAVING_VERBS - {"withdraw"}:
                continue  # what is withdrawn ("withdraw its troops") is no place left
            left = [g for g in c.children if g.dep_ == "dobj"]
            if any((g.lemma_.lower() in ROOMS or g.ent_type_ == "FAC") and not place(g, index) for g in left):
                return True
        return False

    def _withdrawal_asked(self, tok: Token) -> Token | None:
        """The leaving of forces a demand or appeal asks for with a verb the lexicon has no row for ("demanded that
        French troops leave", "urged the soldiers to depart"): the leavers, the clause's subject or the verb's
        object, are troops or forces (`forces`), not envoys."""
        for c in tok.children:
            if c.dep_ not in {"xcomp", "ccomp", "advcl"} or c.lemma_.lower() not in LEAVING_VERBS:
                continue
            if any(g.dep_ == "neg" for g in c.children) or self._verb_row(c) is not None:
                continue
            if not (to_infinitive(c) or (c.dep_ == "ccomp" and wanted(c))):
                continue
            leavers = [g for g in c.children if g.dep_ == "nsubj"] or [
                g for g in tok.children if g.dep_ == "dobj"
            ] + prep_objects(tok, {"on", "upon"})  # "called on French troops to leave"
            if any(g.lemma_.lower() in self.forces or warcraft(g) for g in leavers):
                return c
        # "ordered Israeli troops out of the buffer zone", "wants foreign forces out of Syria": the particle "out"
        # with the forces as the verb's object asks them to go, as "to leave" does; the place is where from
        if any(g.lemma_.lower() in self.forces for g in tok.children if g.dep_ == "dobj"):
            return next(
                (c for c in tok.children if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ == "out" and c.i > tok.i),
                None,
            )
        return None

    def _own_forces_out(
        self, tok: Token, out: Token, homes: set[str], forces: list[Party], index: MentionIndex
    ) -> list[Party] | None:
        """The sides a commander's own forces are ordered "out" of, for an order that is a withdrawal: an order verb
        (not a wish: "wants its troops out" is no act yet), every coded force the commander's own, and none of
        them negated. The place left ("out of Kherson") gives the target when it is another country's; else the
        retreat has none."""
        if tok.lemma_.lower() not in ORDERS or any(c.dep_ == "neg" for c in tok.children):
            return None
        coded = [t for t in forces if t.code]
        if not coded or any(t.country not in homes for t in coded):
            return None
        places = [p for p in self._resolve(prep_objects(out, {"of"}), index) if p.code and p.country]
        return [p for p in places if p.country not in homes]

    def _ordered_out(
        self, tok: Token, sources: list[Party], targets: list[Party], index: MentionIndex | None = None
    ) -> tuple[Token, str] | None:
        """The leaving a state orders of another state's people, with the expulsion code its "expel" row gives
        those people (envoys 161, peacekeepers 1661, troops 166 ...), or None. Ordering one's own forces out
        ("ordered its troops to withdraw") is a withdrawal, coded as the order's own act."""
        homes = {s.country for s in sources if s.code and s.country}
        # another state's people, or U.N. peacekeepers (no state's); "told reporters to leave the room" expels no one.
        # "ordered foreign aid agencies to leave the country": aid groups and charities (NGO, of no state) put off the
        # state's soil are expelled as aid agencies (1663), as "expelled the charities" says
        ordered = [t for t in targets if t.code and (t.country or t.code.startswith("IGO") or t.code.startswith("NGO"))]
        if not homes or not ordered or any(t.country in homes for t in ordered):
            return None
        leave = leaving_asked(tok)
        if leave is None and index is not None:
            leave = self._out_of_home(tok, homes, index)
        if leave is None:
            return None
        people = object_lemmas(tok, ())
        for p in self.patterns.get(("V", "expel"), ()):
            if not p.words and p.objects and people & p.objects and p.code[:2] != "20":
                return leave, p.code
        return (leave, "166") if people & self.movers else None

    def _out_of_home(self, tok: Token, homes: set[str], index: MentionIndex) -> Token | None:
        """The particle of "ordered US troops out", "out of the country": ordered off the orderer's own soil (no
        place named, or one in its own country), the people are put out as "to leave" puts them (`_ordered_out`);
        "out of the Gaza buffer zone" elsewhere is a demand that they withdraw (`_withdrawal_asked`)."""
        out = next((c for c in tok.children if c.lower_ == "out" and c.i > tok.i and c.dep_ != "dobj"), None)
        if out is None:
            return None
        places = [p for p in self._resolve(prep_objects(out, {"of"}), index) if p.code and p.country]
        return None if any(p.country not in homes for p in places) else out

    def _ordered_shutdown(self, tok: Token, sources: list[Party], targets: list[Party]) -> Token | None:
        """The verb of an order by an authority that a body under it stop working ("the government ordered the
        newspaper to suspend publication", "a court ordered the company to close its offices"). Such an
        order is not asked of an equal but imposed: CAMEO codes it as an administrative sanction (172), not
        a demand (10). Only state bodies (or a state itself) order so, and only bodies that are not state
        organs are so ordered: "the president ordered troops to halt" commands its own forces, and "the
        U.N. ordered Israel to halt" demands of a state."""
        if tok.lemma_.lower() not in ORDERS:
            return None
        coded = [t for t in targets if t.code]
        if not coded or any(t.sector is None or t.sector in STATE_BODIES for t in coded):
            return None
        if not any(s.code and s.country and s.sector in (None, *STATE_BODIES) for s in sources):
            return None
        for c in tok.children:
            if c.dep_ not in {"xcomp", "ccomp", "advcl"} or c.pos_ != "VERB" or c.lemma_.lower() not in SHUTDOWNS:
                continue
            if any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and not any(
                g.dep_ == "neg" for g in c.children
            ):
                return c
        return None

    def _named_sides(self, noun: Token, index: MentionIndex) -> bool:
        """Whether a nominal act names who did it in its own phrase: a coded "by" agent, or two coded sides
        it is "between"."""
        if any(p.code for p in self._resolve(by_agents(noun), index, subject=True)):
            return True
        sides = self._resolve(prep_objects(noun, {"between"}), index, subject=True)
        return len({p.code for p in sides if p.code}) >= 2

    def _said_of(self, noun: Token, index: MentionIndex) -> Token:
        """The subject a class noun is said of ("Spain was among the countries that ..."), for a noun that names
        no country of its own; else the noun."""
        if any(m.country for m in index.at(noun.i)):
            return noun
        subject = predicated_subject(noun)
        return subject if subject is not None and index.at(subject.i) else noun

    def _reacted_act(self, noun: Token, pattern: Pattern, index: MentionIndex) -> bool:
        """Whether an act noun that a verb of disapproval, rejection or praise (or of talks, for an act whose
        author is a possessor) takes as its object is an act of others in its own right: "condemned Iran's missile
        attack on Israel", "protested the U.S. sale of jets to Taiwan", "criticized China's detention of a
        Japanese businessman". The reaction presupposes the act, which names both its author and whom it is aimed
        at; a verb that stops or withholds the act ("blocked EU aid to Ukraine", "suspended its cooperation with
        X") carries it instead, and a modifier that says it is still to come ("a planned annexation") undoes it."""
        row = self._verb_row(noun.head)
        # talks whose topic is another's act named with its author ("discussed Israel's shelling of Lebanon"): the
        # act talked about was done, as one reacted to was
        talked = self._lemma(noun.head) in DISCUSSING and any(c.dep_ == "poss" for c in noun.children)
        if row is None or not (row.code[:2] in REACTIONS or row.code == "051" or talked) or asked_about(noun.head):
            return False  # "Do you condemn Russia's attack on Ukraine?": the question, not the act, is put
        if any(c.dep_ == "amod" and c.lower_ in UNREALIZED for c in noun.children):
            return False  # "condemned Israel's planned annexation": the act is not done yet
        sources, targets = self._noun_parties(noun, index, pattern.words, pattern.code, pattern.objects)
        authors = {p.code for p in sources if p.code}
        if talked:
            # "discussed Israel's shelling of Lebanon" is the talkers' topic; "Russia discussed its withdrawal"
            # is the talker's own plan, not a done act
            talkers = self._resolve([c for c in noun.head.children if c.dep_ == "nsubj"], index, subject=True)
            if any(p.code and p.code[:3] in {a[:3] for a in authors} for p in talkers):
                return False
        return bool(authors) and any(t.code and t.code not in authors for t in targets)

    def _asked_doers(self, verb: Token, index: MentionIndex, sources: list[Party]) -> list[Party]:
        """Who is asked to act by a demand or appeal put as a wanted that-clause ("demanded that Y share ...",
        "insisted that Y's government resign", "urged that the prisoners be freed by Y"): the clause's doer, its
        subject or, in the passive, its agent. Coded actors only; none when the clause names no actor."""
        doers = [
            g
            for c in verb.children
            if c.dep_ == "ccomp" and wanted(c)
            for g in [
                *(x for x in c.children if x.dep_ == "nsubj"),
                *(x for a in c.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"),
            ]
        ]
        # "demanded that Nepal's government share intelligence", "insisted that X's government resign": a bare verb
        # the tagger took for a noun still opens the clause its "that" marks, and its subject (hung on it or on the
        # noun before it) is the doer
        doers += [
            g
            for c in verb.children
            if c.pos_ == "NOUN" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for x in [c, *(y for y in c.children if y.i < c.i)]
            for g in x.children
            if g.dep_ == "nsubj" or (x.i == c.i and g.dep_ == "compound" and g.i < c.i)
        ]
        if not doers:
            return []
        return [p for p in self._first_with_actor(doers, index, exclude=sources) if p.code]

    def _declared_noun(self, verb: Token) -> bool:
        """Whether a passive verb of saying, ordering or doing only reports the act its subject names, with who did it
        as its agent ("a crackdown was ordered by X"): that noun, when the lexicon codes it, carries the event. A verb
        whose own row names what it takes ("sanctions were imposed by X", "a truce was declared") codes it itself."""
        row = self._verb_row(verb)
        if row is not None and (row.words or row.objects):
            return False
        for subj in verb.children:
            if subj.dep_ == "nsubjpass" and subj.pos_ == "NOUN" and declaring_host(subj) is not None:
                cands = self.patterns.get(("N", subj.lemma_.lower()))
                if cands and self._match(subj, cands) is not None:
                    return True
        return False

    def _verb_row(self, tok: Token) -> Pattern | None:
        """The lexicon row a verb matches, if any."""
        if tok.pos_ != "VERB" and not verb_read_as_noun(tok):
            return None
        cands = self.patterns.get(("V", self._lemma(tok)))
        return self._match(tok, cands) if cands else None

    def _coded_verb(self, tok: Token) -> bool:
        return self._verb_row(tok) is not None

    def _asked_for_noun(self, tok: Token) -> bool:
        """Whether an act noun is what an appeal or demand verb asks for through "for" ("appealed for more
        sanctions", "called for talks", "pressed for the release of"), its conjuncts included ("called for talks
        and a ceasefire"). Only a verb whose own row is an appeal or demand (02, 10): "paid for the aid",
        "thanked X for the support" are no asking, and "for" under a noun ("a call for talks") is left as is."""
        head = tok
        while head.dep_ == "conj":
            head = head.head
        prep = head.head
        if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
            return False
        row = self._verb_row(prep.head)
        return row is not None and row.code[:2] in {"02", "10"}

    # ------------------------------------------------------------------ parties

    def _held_people(self, tok: Token, targets: list[Party], index: MentionIndex) -> list[Party]:
        """The people a passive is done to, when the target found is only the place it was done in ("Three men have
        been charged with murder in Colombia", "two students were sentenced to prison in Iran"): the passive's
        subject is who was charged or sentenced, though no country names them; a place after "in" is the scene."""
        doc = tok.doc
        for t in targets:
            if t.code is None or t.mention is None or t.mention.kind not in {"country", "capital"}:
                return []
            span = doc.char_span(t.start, t.end)
            if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in {"in", "inside", "across"}:
                return []
        held = [
            c
            for c in tok.children
            if c.dep_ == "nsubjpass"
            and not index.at(c.i)
            and c.pos_ == "NOUN"
            and (c.lemma_.lower() in PERSON_NOUNS | {"people"} or any(g.dep_ == "nummod" for g in c.children))
        ]
        return self._resolve(held, index) if held else []

    def _withdrawn_thing(self, verb: Token) -> bool:
        """Whether a verb of withdrawing takes back a thing, not forces: CAMEO's retreat (0874) is of troops, envoys
        or the side itself ("Israel withdrew from Gaza"), while "withdrew its offer/bid/application" takes back
        words or a request, no military move (`WITHDRAWN_THINGS`; people and staff pulled out are a retreat)."""
        return any(c.dep_ == "dobj" and c.lemma_.lower() in WITHDRAWN_THINGS for c in verb.children)

    def _verb_parties(self, tok: Token, pattern: Pattern, index: MentionIndex) -> tuple[list[Party], list[Party], bool]:
        """Sources, targets, and whether the targets are the embedded action's rather than the verb's own."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or (
            tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)  # "Asked by VOA, ..."
        )
        # a passive participle after a noun ("migrants held at the base") is done to that noun's referent; one
        # with an object of its own is an active verb the tagger misread ("Trump directed the Pentagon")
        participle = (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.i < tok.i
            and tok.head.pos_ in {"NOUN", "PROPN"}
            and not any(c.dep_ in {"dobj", "nsubj"} for c in tok.children)
            and misread_name(tok) is None  # "Trump called Xi a dear friend", misread as Trump so called
            and not (tok.head.dep_ == "ROOT" and _crowd_act(tok))  # "Hundreds of students protested in Dhaka"
            and fragment_subject(tok) is None  # "Doctors from two aid groups donated and delivered medicine"
        )
        passive = passive or participle
        guest = visiting_guest(tok)
        if guest is not None:
            # "Blinken assured visiting Australian Foreign Minister Payne": Payne is the visitor, hosted by
            # whoever the clause is about (coded as the host's 043, see `_events`)
            hosts = [c for c in tok.head.children if c.dep_ in SUBJ_DEPS] if tok.dep_ != "amod" else []
            sources = self._resolve(hosts, index, subject=True) if hosts else self._inherited_source(tok.head, index)
            return sources, self._first_with_actor([guest], index, exclude=sources), False
        if passive:
            subj = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            # "is designated as a terrorist group by X": the parser hangs the agent on the predicate noun
            subj = subj or [
                g
                for a in tok.children
                if a.dep_ == "prep" and a.lower_ == "as"
                for n in a.children
                if n.dep_ == "pobj"
                for b in n.children
                if b.dep_ in {"prep", "agent"} and b.lower_ == "by"
                for g in b.children
                if g.dep_ == "pobj"
            ]
            if not subj and index is not None:
                # "Taiwan was threatened with retaliation by Beijing": an agent the parser hung lower down
                stray = stray_agents(tok, accusation=pattern.code.startswith("112"))
                subj = [g for g in stray if any(m.code for m in index.at(g.i))]
            # "blown up by a missile believed to be fired by X": the weapon's user is the source
            subj = [weapon_user(g) for g in subj]
            # "was struck by an IED", "hit by a rocket": a weapon no one is named to have used is the means, not a
            # side; its owner, if a modifier names one ("by a U.S. drone"), is (`_instrument_source`)
            subj = [g for g in subj if index.at(g.i) or not _bare_weapon(g)]
        else:
            subj = _without_asides([c for c in tok.children if c.dep_ in SUBJ_DEPS])
            # "Iran will, officials said, retaliate": an aside between the auxiliary and the verb makes the parser
            # hang the subject on the auxiliary
            subj = subj or [
                g for a in tok.children if a.dep_ == "aux" and a.i < tok.i for g in a.children if g.dep_ in SUBJ_DEPS
            ]
            if not subj and tok.tag_ == "VBG":
                subj = by_agents(tok)  # "despite lobbying by tourism businesses": a gerund's doer
            subj = stray_first_item(tok, subj, index) + subj
            if not subj and (own := stranded_subject(tok)) is not None:
                subj = [own]  # "Israel bombed Gaza on Monday and Hamas called for a ceasefire": Hamas called
            if (own := split_subject(tok)) is not None:
                subj = [own]  # "Russia shelled Kharkiv and Ukraine asked for weapons": Ukraine asked
            if not subj and (own := fragment_subject(tok)) is not None:
                subj = [own]  # "Doctors from two aid groups donated and delivered medicine": the doctors did
            if tok.dep_ == "relcl" and subj and all(s.lower_ in RELATIVE for s in subj):
                subj = [who_antecedent(tok, index) if any(s.lower_ == "who" for s in subj) else tok.head]
                subj = [self._said_of(s, index) for s in subj]  # "Spain was among the countries that ..."
        stative = passive and not subj and "to" in pattern.words  # "Israel is opposed to X", "committed to"
        if stative:
            subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if subj:
            sources = self._resolve(subj, index, subject=True)
            if len(subj) == 1 and getattr(split_subject(tok), "i", None) == subj[0].i:
                # the list's earlier items are the first clause's object, not this verb's subject (`split_subject`)
                sources = [p for p in sources if p.start >= subj[0].idx] or sources
            if (
                tok.dep_ == "relcl"
                and not any(p.country for p in sources)
                and any(g.dep_ == "poss" and g.lower_ == "whose" for s in subj for g in s.children)
            ):
                # "Hamas, whose fighters attacked Israel": the fighters are the antecedent's, and act for it; a
                # country's forces or officials keep their sector ("Russia, whose troops invaded": RUSMIL)
                role = next((p.sector for p in sources if p.sector), None)
                owner = self._resolve([self._said_of(tok.head, index)], index, subject=True)
                sources = [
                    replace(p, code=p.country + role, sector=role)
                    if role and p.country and p.code == p.country and not p.sector
                    else p
                    for p in owner
                ] or sources
            if not passive:  # "Japan, along with South Korea, condemned ...": a named actor, not "its allies"
                sources += [p for p in self._resolve(companions(tok, subj), index, subject=True) if p.code]
        elif passive:
            sources = self._instrument_source(tok, index)
            moved = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in self.movers]
            if not sources and moved and tok.lemma_.lower() in WITHDRAWING:
                # "Russian troops were withdrawn from Syria": with no agent named, a state's forces pulled back are
                # its own retreat, as "Russia withdrew its troops" is; the place they leave is the target
                sources = [p for p in self._resolve(moved, index, subject=True) if p.code]
            if not sources and (tok.lemma_.lower() in RECIPROCAL or pattern.code in {"046", "057"}):
                # "the agreement between Egypt and Israel was signed": with no agent named, the sides the
                # agreement is between are the ones who made it, each with the other
                sides = [p for p in self._resolve(sides_between(tok), index, subject=True) if p.code]
                if len({p.code for p in sides}) >= 2:
                    return sides, [], False
            if not sources and (tok.lemma_.lower() in RECIPROCAL or pattern.code in MUTUAL_CONSULT | {"057"}):
                # "India-Pakistan talks were held", "Russian-Turkish consultations took place": the hyphenated pair
                # on the act noun names who held them, each with the other, as "between" does
                for noun in (c for c in tok.children if c.dep_ == "nsubjpass"):
                    paired = self._hyphen_sides(noun, index, pattern.code)
                    if paired is not None and not paired[0][1:] and len(paired[1]) == 1:
                        return [*paired[0], *paired[1]], [], False
            if not sources and tok.lemma_.lower() in FREEING:
                sources = self._captors(tok, index)
            if not sources and tok.lemma_.lower() in EXPELLING:
                # "Estonia's ambassador was expelled from Russia": one is expelled or deported from a country by it
                sources = [p for p in self._resolve(prep_objects(tok, {"from"}), index, subject=True) if p.code][:1]
        else:
            host = self._consult_host(tok, index)
            if host is not None:
                # "Merkel called Putin on Monday to discuss Ukraine", "met Putin to discuss": the two who talk
                # discuss it with each other; Ukraine is the topic
                sources = self._doers(host, index)
                objs = [c for c in host.children if c.dep_ in {"dobj", "dative"}]
                return sources, self._first_with_actor(objs, index, exclude=sources), False
            contact = self._contact(tok, index) if _spoken(tok, pattern) else None
            if contact is not None:
                # "called Erdogan to express condolences": the caller expresses them, to the one called, unless the
                # act names a side of its own ("flew to Cairo to urge Hamas to ...")
                host, reached = contact
                return self._said_through(tok, host, reached, index)
            medium = medium_host(tok) if _spoken(tok, pattern) else None
            if medium is not None:
                # "sent a letter to Putin to demand ...", "issued a statement to condemn X": the one who put the
                # words out says them, to whom the act names or else to whom the letter went
                letters = [c for c in medium.children if c.dep_ == "dobj" and c.lemma_.lower() in MEDIA]
                reached = [
                    g
                    for c in medium.children
                    if c.dep_ == "dative"  # "sent Putin a letter", "sent a letter to Putin" (a dative "to")
                    for g in ([c] if c.pos_ != "ADP" else [x for x in c.children if x.dep_ == "pobj"])
                ] + prep_objects(medium, {"to"})
                reached += [g for c in letters for g in prep_objects(c, {"to"})]
                return self._said_through(tok, medium, [c for c in reached if index.at(c.i)], index)
            sources = self._inherited_source(tok, index)
            if not any(p.code for p in sources):
                sources = self._misread_doer(tok, index) or sources
            if not any(p.code for p in sources) and _mutual_kind(tok, pattern.code):
                # "fighting between Israel and Hamas resumed": with no subject, the two sides named by "between"
                # do it, each to the other (see `_events`)
                sides = [p for p in self._resolve(subjectless_between(tok), index, subject=True) if p.code]
                if len({p.code for p in sides}) >= 2:
                    return sides, [], False
        cand = self._target_slots(tok, pattern, passive and not stative, index)
        if participle and pattern.objects and object_words(tok.head) & pattern.objects:
            # "troops deployed by Russia to Belarus": the noun is the act's own word, as "deploy troops" is
            cand = [*cand, tok.head]
        elif participle:
            cand = [tok.head, *cand]  # "the migrants being held at the base", "journalists detained in Iran"
        elif passive and fronted_participle(tok):
            # "Backed by Washington, Israel expanded its offensive": the main clause's subject is the one backed
            cand = [*(c for c in tok.head.children if c.dep_ in SUBJ_DEPS | {"nsubjpass"}), *cand]
        elif passive and not stative and not any(c.dep_ == "nsubjpass" for c in tok.children):
            cand = [*cand, *shared_subjects(tok)]  # "have confessed to or been charged with murder"
        if tok.dep_ == "relcl":  # "a group that is designated ...": the group, and what the sentence says it is
            # a name, not a thing's modifier; "Egypt was among the countries that Israel accused": Egypt
            named = [self._said_of(x, index) for x in antecedents(tok, index) if index.at(x.i)]
            cand = [x for c in cand for x in (named if c.lower_ in RELATIVE else [c])]
        targets = self._first_with_actor(cand, index, exclude=sources, goods=pattern.code[:2] == "06")
        if (
            not passive
            and pattern.code[:2] in WORDS_ROOTS
            and (wrongdoer := self._wrongdoer(tok, targets, sources, index))
        ):
            targets = wrongdoer
        if passive and not participle and targets and (held := self._held_people(tok, targets, index)):
            targets = held
        if _forceful(pattern.code) and targets and all(self._home_site(tok.doc, t, sources) for t in targets):
            targets = []  # "Egyptian troops destroyed tunnels in Sinai": an unnamed enemy's site at home
        if not any(t.code for t in targets) and _forceful(pattern.code):
            targets = self._struck_place(tok, sources, index) or targets
        if passive and not subj and pattern.code[:3] in RESTRICTIONS:
            # "X are barred from travel to the United States", "were banned from entering Israel": a country
            # bars entry to itself, and those barred are the target
            host = [p for p in self._resolve(entry_destination(tok), index) if p.code]
            if host:
                sources = host[:1]
                barred = [c for c in tok.children if c.dep_ == "nsubjpass"]
                if participle:
                    barred = [tok.head, *barred]
                targets = self._first_with_actor(barred, index, exclude=sources)
                return sources, targets, False
        if pattern.code[:3] in RESTRICTIONS and not any(t.code and t.country for t in targets):
            targets = self._restricted_origin(cand, index, sources) or targets
        if (
            not passive
            and pattern.code[:2] in HANDED_ROOTS
            and targets
            and not any(t.code and t.country for t in targets)
            and (
                to := prep_objects(tok, {"to"})
                # the parser often hangs the "to" on the object ("extradited a cartel leader to Mexico")
                or [g for o in tok.children if o.dep_ == "dobj" for g in prep_objects(o, {"to"})]
            )
        ):
            # "returned the bodies of 500 soldiers to Ukraine", "extradited the drug lord to Mexico": what is handed
            # over goes to the one named by "to", who receives the act; people handed over with no country of
            # their own known tell less of whom the act is done toward than the receiving state does
            received = [t for t in self._first_with_actor(to, index, exclude=sources) if t.code and t.country]
            targets = received or targets
        if not targets and subj:  # "opponents of the Senate protested": against the Senate
            opposed = [
                g
                for t in subj
                if t.lemma_.lower() in ADVERSARIES and not index.at(t.i)
                for p in t.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            targets = [p for p in self._first_with_actor(opposed, index, exclude=sources) if p.code]
        if pattern.code[:2] in ASKED_ROOTS and (asked := self._asked_doers(tok, index, sources)):
            # "demanded that Nepal's government share intelligence on the smugglers": whoever is to do what is
            # demanded is the one asked, even where the demand's row reads its object from the clause
            targets = asked
        mutual = tok.lemma_.lower() in RECIPROCAL and len({s.code for s in sources if s.code}) >= 2
        if mutual and not any(t.code for t in targets):
            # "Leaders of the United States, Japan and South Korea met at Camp David": sides who meet each other
            # meet no uncoded place or thing; each is the other's partner
            targets = []
        if not targets and not mutual:  # "X and Y agree that ...": each other, not the clause's subject
            # a frame's target is its embedded action's ("promised to continue aid to Mozambique"),
            # a demand's is the subject of what is demanded ("demanded that Hamas renounce ...")
            for child in tok.children:
                infinitive = child.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
                if child.dep_ in {"xcomp", "ccomp"} or infinitive:
                    # a gift's own row knows which object is the thing given ("denied supplying drones to
                    # Russia": the drones are what was supplied, Russia whom to)
                    row = self._verb_row(child)
                    row = row if row is not None and row.code[:2] in GIVEN_ROOTS else EMPTY_PATTERN
                    inner = self._target_slots(child, row, False, index)
                    if child.dep_ == "ccomp":
                        # "urged that the prisoners be freed by Israel": the agent is who is asked
                        agents = [
                            g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                        ]
                        subjects = [g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}]
                        inner = (agents if subjunctive(child) else []) + subjects + inner
                    for grand in child.children:
                        if grand.dep_ == "xcomp":
                            inner += self._target_slots(grand, EMPTY_PATTERN, False)
                        elif (
                            grand.dep_ == "ccomp"
                            and grand.tag_ == "VB"
                            and not any(g.dep_ in {"mark", "aux", "auxpass"} for g in grand.children)
                        ):
                            # "vowed to help Somalia rebuild its army", "pledged to let Ukraine join": the bare
                            # clause's subject is the one helped or let, as it is with no frame above
                            inner += [g for g in grand.children if g.dep_ == "nsubj"]
                    # "promised to continue military aid to Mozambique", "vowed to keep sanctions on Iran": what the
                    # embedded act is done with names whom it is for or against
                    inner += [g for o in child.children if o.dep_ == "dobj" for g in prep_objects(o, MEANS_PREPS)]
                    # "China warned that it would ...", "Hamas denied that its fighters ...": the speaker, named
                    # again, is not its own target
                    own = {p.code for p in sources if p.code}
                    # "refused to withdraw its troops from Moldova", "vowed to keep its troops in Chad": one's own
                    # forces or envoys are the means of the embedded act; the side past them is its target
                    movers = [c for c in inner if c.dep_ == "dobj" and self._own_movers(c)]
                    if movers:
                        inner = [c for c in inner if c not in movers]
                        inner += [g for c in movers for g in prep_objects(c, {"from", "to", "in", "into"})]
                        inner += prep_objects(child, {"in", "into"})
                        inner += [g for o in child.children if o.lower_ == "out" for g in prep_objects(o, {"of"})]
                    found = [
                        p
                        for p in self._first_with_actor(inner, index, exclude=sources)
                        if p.code and not (p.code in own and _self_reference(tok.doc, p))
                    ]
                    if found:
                        return sources, found, True
        if not any(t.code for t in targets) and not mutual:
            targets = self._object_sides(cand, index, sources) or targets
        if not targets and pattern.code[:2] in SHARED_PARTNER_ROOTS:
            targets = self._conjunct_partner(tok, pattern.code, sources, index)
        if not any(t.code for t in targets) and pattern.code[:2] in SPOKEN_AIMS:
            targets = self._meeting_partner(tok, index, sources) or targets
        if passive and not any(p.code for p in sources) and pattern.code[:2] in PARTNERED_ROOTS:
            sources = self._reported_passive_partner(tok, targets, index) or sources
        return sources, targets, False

    def _reported_owner(self, tok: Token, sources: list[Party], index: MentionIndex) -> list[Party]:
        """Whose is "its" in a force used on what a reporter's clause calls "its" ("Ukraine said Russia had launched
        drones at its energy infrastructure", "Manila said Beijing fired water cannon at its vessels"): no one
        attacks or seizes what is its own, so the possessor is not the doer, and the one other body of the sentence,
        the state that says so, is. Only where "its" is linked to no one, the clause is what a state said, and that
        state is not the doer's."""
        hit = [c for c in tok.children if c.dep_ == "dobj"] + prep_objects(tok, {"at", "on", "against"})
        hit += [g for c in tok.children if c.dep_ == "dobj" for g in prep_objects(c, {"at", "on", "against"})]
        if not any(g.dep_ == "poss" and g.lower_ == "its" and not index.at(g.i) for o in hit for g in o.children):
            return []
        node = tok
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ != "ccomp" or node.head.lemma_.lower() not in SPEECH:
            return []
        said = [c for c in node.head.children if c.dep_ == "nsubj"]
        doers = _home_countries(sources) | {p.code for p in sources if p.code}
        speakers = [p for p in self._resolve(said, index, subject=True) if p.code and p.country]
        if len(speakers) != 1 or speakers[0].country in doers:
            return []
        return [replace(speakers[0], code=speakers[0].country, sector=None)]

    def _forces_crossed(self, tok: Token, index: MentionIndex) -> bool:
        """Whether a verb of motion tells a state's forces going into another country's land ("Israeli troops
        crossed into southern Lebanon", "Russian troops entered the Georgian town of Gori", "Russian tanks crossed the
        border into Ukraine", "Turkish troops pushed into northern Syria"): soldiers sent over a border take ground,
        whatever the verb; people or goods moving so
        ("refugees crossed into Poland") are no force, and a move within one's own country is no incursion."""
        forces = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.forces]
        if not forces:
            return False
        own = countries_at(index, [forces[0], *forces[0].children])
        if not own:
            return False
        into = prep_objects(tok, {"into"})
        into += [
            g
            for o in tok.children
            if o.dep_ == "dobj" and o.lemma_.lower() in BOUNDARIES
            for g in prep_objects(o, {"into"})
        ]
        if tok.lemma_.lower() in ENTERING:
            into += [o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() not in BOUNDARIES]
        entered = countries_at(index, [x for g in into for x in (g, *g.children)])
        return bool(entered) and not entered <= own

    def _wanted_out(self, tok: Token, index: MentionIndex) -> bool:
        """Whether "want" says another state's forces are to leave ("The Taliban want U.S. troops out of the region",
        "wants foreign forces out"): the object with "out" after it is a wish that it withdraw, a demand made of
        those forces; one's own troops wanted out, or people who are no force, are no such demand."""
        outs = [c for c in tok.children if c.lower_ == "out"]
        forces = [c for c in tok.children if c.dep_ == "dobj" and any(o.i > c.i for o in outs)]
        forces += small_clause_subjects(outs)  # "want American forces out", read as a clause "forces out"
        forces = [c for c in forces if c.lemma_.lower() in self.forces]
        if not forces:
            return False
        subj = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
        theirs = countries_at(index, [forces[0], *forces[0].children])
        return bool(theirs) and not theirs & countries_at(index, subj)

    def _received_guest(self, tok: Token, sources: list[Party], targets: list[Party], index: MentionIndex) -> bool:
        """Whether "received" names a host receiving a visitor ("Xi received Macron in Beijing"): a leader or
        official received as the direct object, of a state other than the subject's, is a guest hosted (043), as
        the row "receive obj:president" says when the visitor is named by title rather than by name."""
        if self._lemma(tok) != "receive" or not sources or not targets:
            return False
        homes = {p.country for p in sources if p.country}
        objs = {c.i for c in tok.children if c.dep_ == "dobj"}
        return all(
            (m := t.mention) is not None
            and m.kind == "person"
            and m.head in objs
            and t.country is not None
            and t.country not in homes
            for t in targets
        )

    def _captors(self, tok: Token, index: MentionIndex) -> list[Party]:
        """Who freed the people a passive release names with no agent: "The hostages, seized by Hamas in October,
        were freed on Saturday", "aid workers held by militants were released". Only a captor can free those it
        holds, so the one a participle or relative clause on them names as having taken or held them let them go."""
        freed = [c for c in tok.children if c.dep_ == "nsubjpass"]
        agents = [
            g
            for c in freed
            for a in c.children
            if a.dep_ in {"acl", "relcl"} and a.lemma_.lower() in CAPTURING
            for b in a.children
            if b.dep_ == "agent"
            for g in b.children
            if g.dep_ == "pobj"
        ]
        return [p for p in self._resolve(agents, index, subject=True) if p.code][:1]

    def _wrongdoer(self, tok: Token, targets: list[Party], sources: list[Party], index: MentionIndex) -> list[Party]:
        """Whom a state's words about an act done to its own people are aimed at. "Ukraine condemned the deportation
        of Ukrainian children to Russia", "the detention of its soldiers by Mali", "of British nationals held in
        Iran": a state speaks for its own people wronged, and against the other state the act's phrase names (its
        doer by "by", else where they were taken, held or sent from), not against them. Empty when the target is
        not the speaker's own people inside the object, or the phrase names no other state."""
        home = {p.country for p in sources if p.code and p.country}
        coded = [t for t in targets if t.code]
        if not home or not coded or any(t.country not in home for t in coded):
            return []
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            span = obj.doc[obj.left_edge.i : obj.right_edge.i + 1]
            if not all(span.start_char <= t.start < span.end_char and t.start > obj.idx for t in coded):
                continue
            # the act's doer first, whether the parser hung "by" on the noun or on the verb
            agents = by_agents(obj) + [g for g in prep_objects(tok, {"by"}) if g.i > obj.i]
            places = [g for g in span if g.dep_ == "pobj" and g.head.lower_ in {"to", "into", "from", "in", "by"}]
            # "the deportation of children to Russia": the parser may hang where they went on the verb
            places += [g for g in prep_objects(tok, {"to", "into", "from"}) if g.i > obj.i]
            for g in agents + places:
                found = [
                    p
                    for p in self._resolve([g], index)
                    if p.code and p.country and p.country not in home and p.start > obj.idx
                ]
                if found:
                    return found[:1]
        return []

    def _object_sides(self, cand: list[Token], index: MentionIndex, sources: list[Party]) -> list[Party]:
        """Whom an act is aimed at when its object names no actor but a thing that points to one. A request,
        call or offer comes from its author, and to turn it down is to turn down the author ("rejected a request
        from Laos", "calls from Britain were brushed aside"); a measure is aimed at whom it is on, against or
        with ("is considering a ban on Russian vessels"); and a thing owned or named by a country is that
        country's ("blocked a Danish-drafted resolution"). Read only when no slot holds a coded actor."""
        held = [c for c in cand if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN" and not index.at(c.i)]
        if not held:
            return []
        slots = [g for c in held for g in from_authors(c)]
        # "a resolution on Myanmar", "a report on Iran": a text is "on" its topic, which is not the side it is aimed
        # at (a ban or a strike "on" X is)
        slots += [
            g for c in held for g in prep_objects(c, SIDE_PREPS - {"on"} if c.lemma_.lower() in TEXTS else SIDE_PREPS)
        ]
        slots += [
            g
            for c in held
            for g in c.children
            if g.dep_ in {"poss", "amod", "compound", "nmod"}
            and g.i < c.i
            and (g.i in index.modifiers or any(m.code for m in index.at(g.i)))
        ]
        return [p for p in self._first_with_actor(slots, index, exclude=sources) if p.code]

    def _reported_passive_partner(self, verb: Token, targets: list[Party], index: MentionIndex) -> list[Party]:
        """The speaker of a report on talks or dealings "held with" another, in the passive and with no agent
        ("Iran said talks were held with the United States in Oman", "Kenya says an agreement was signed with
        Uganda"): the speaker's own, as when the talks are the subject (`_reporting_partner`). Only a passive
        clause reported by a speaking verb, with a coded "with" partner (the act's target) of another country
        than the speaker, and not an outlet reporting on others' talks."""
        return self._dealings_speaker(verb, verb, targets, index)

    def _struck_place(self, tok: Token, sources: list[Party], index: MentionIndex) -> list[Party]:
        """The country or capital an attack on an unowned thing fell in ("hit a market in Gaza", "bombed hideouts
        in eastern Afghanistan"): the parser hangs "in X" on the verb as often as on the noun, and the noun-hung
        place already stands for the side hit ("struck a hospital in Gaza"). Only a thing, not a person or body.
        At home the place stands for the country's own people when what was hit is theirs ("Syrian troops shelled
        a market in Idlib", as "shelled Idlib"), but an armed site there ("attacked a camp in Borno") is an enemy's
        the sentence leaves unnamed (`armed_site`), the same rule as for "in X" hung on the thing."""
        things = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not things or any(
            c.pos_ != "NOUN"
            or actor_like(c, index)
            or any(g.dep_ in {"poss", "compound", "amod", "nmod"} and index.at(g.i) for g in c.children)
            or c.i in index.modifiers
            for c in things
        ):
            return []
        home = _home_countries(sources)
        if not home:
            return []
        places = [
            g
            for c in tok.children
            # "hit power stations across Ukraine", "throughout the country": spread over a country, as "in" it
            # "struck targets near Damascus": close by a town named, in its country (`_near_town`)
            if c.dep_ == "prep"
            and (c.lower_ in {"in", "at", "inside", "across", "throughout"} or c.lower_ in CLOSE_BY_PREPS)
            for g in c.children
            if g.dep_ == "pobj" and (c.lower_ not in CLOSE_BY_PREPS or _near_town(g))
        ]
        # "destroyed a power plant near Kyiv": the town may hang on the thing hit
        places += [g for c in things for g in prep_objects(c, CLOSE_BY_PREPS) if _near_town(g)]
        at_home_ok = not any(armed_site(c) for c in things)
        for g in places:
            found = [p for p in self._resolve([g], index) if p.code and _place_party(p) and p.country]
            # "raided hideouts across the province": hits spread over one's own country are a campaign against a
            # foe the sentence leaves unnamed, not an act on one's own people (as one market "in Idlib" is)
            spread = g.head.lower_ in {"across", "throughout"}
            if found and ((at_home_ok and not spread) or all(p.country not in home for p in found)):
                return found[:1]
        return []

    def _home_site(self, doc: Doc, party: Party, sources: list[Party]) -> bool:
        """Whether a target is a place in the source's own country named only as where an armed site stands
        ("destroyed tunnels in Sinai", "raided hideouts in Waziristan" by that country's forces)."""
        home = _home_countries(sources)
        span = doc.char_span(party.start, party.end, alignment_mode="expand")
        return span is not None and _place_party(party) and party.country in home and armed_site_place(span.root)

    def _meeting_partner(self, tok: Token, index: MentionIndex, sources: list[Party]) -> list[Party]:
        """Whom an act of words is made to when it is made "in a call with X" or "during talks with X" ("In a
        phone call with Zelenskyy, Macron promised more air defense"): the partner of that consultation."""
        partners = [
            g
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in {"in", "during", "at"}
            for n in p.children
            if n.dep_ == "pobj" and any(r.code[:2] == "04" for r in self.patterns.get(("N", n.lemma_.lower()), ()))
            for g in prep_objects(n, {"with"})
        ]
        return [p for p in self._first_with_actor(partners, index, exclude=sources) if p.code]

    def _conjunct_partner(self, tok: Token, code: str, sources: list[Party], index: MentionIndex) -> list[Party]:
        """The side a verb joined to an earlier one acts on, when it names none of its own: "China summoned
        the U.S. ambassador and demanded an explanation", "received Iran's minister and discussed security",
        "held talks with China and agreed to reduce troops". The verbs share their subject, and a demand, talk
        or pledge that follows an act on someone is made to the same side. Only an earlier verb in the lexicon,
        in the active voice, of the same kind (cooperation or conflict, by the CAMEO root `code` of the later
        one), whose own target is a coded actor other than the subject; never past a side the later verb names
        itself ("and gives support to Chinese rivals"), whether we know that side or not."""
        node = tok
        while node.dep_ == "xcomp" and to_infinitive(node) and node.head.i != node.i:
            frame = self._frame(node.head)
            if frame is None or frame.control != "subject":
                return []
            node = node.head  # "and agreed to reduce troops": the frame is the conjunct
        gov = node.head
        # "met Biden at the White House, asking for more air defense": a participle after the verb is the same
        # subject's next act in the same exchange, as a conjunct is
        trailing = (
            node.dep_ == "advcl"
            and node.tag_ == "VBG"
            and not any(c.dep_ in {"aux", "mark"} for c in node.children)
            and node.i > 0
            and node.doc[node.i - 1].lower_ == ","
        )
        if (node.dep_ != "conj" and not trailing) or gov.i >= node.i or gov.pos_ != "VERB":
            return []
        if any(c.dep_ in SUBJ_DEPS | {"nsubjpass"} for c in node.children):
            return []  # "Russia attacked Kyiv and Ukraine demanded ...": a clause of its own
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in gov.children):
            return []  # "was attacked by X and condemned ...": the passive's subject is the one acted on
        if any(c.dep_ in {"prep", "dative"} and c.lower_ in FALLBACK_PREPS for v in {tok, node} for c in v.children):
            return []  # "... and gives support to Chinese rivals": a side of its own, though not an actor we know
        row = self._verb_row(gov) or (PHONED if self._phone_call(gov, index) else None)
        if row is None or row.reverse:
            return []
        if (row.code[:2] < "10") != (code[:2] < "10"):
            return []  # "opposes China's expansion and helps its rivals": help and opposition go different ways
        # "recalled its ambassador and criticized the deal": the subject's own envoy or forces are no partner
        own = {p.code for p in sources if p.code} | _home_countries(sources)
        slots = self._target_slots(gov, row, False, index)
        if len({p.code for p in sources if p.code}) >= 2 and not _forceful(row.code):
            # "Armenia and Azerbaijan signed a deal at the White House, ending decades of conflict": what two
            # subjects do together "at" a place is done there, and the place is no partner of their next act
            slots = [c for c in slots if not (c.dep_ == "pobj" and c.head.lower_ == "at" and c.head.head.i == gov.i)]
        found = self._first_with_actor(slots, index, exclude=sources)
        return [p for p in found if p.code and p.code not in own and p.country not in own]

    def _instrument_source(self, tok: Token, index: MentionIndex) -> list[Party]:
        """A passive with no agent may name the attack that did it: "were killed in Israeli tank
        shelling", "was hit by a U.S. drone strike". The attack's country or owner is the source."""
        for prep in tok.children:
            if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in {"in", "by", "during"}:
                continue
            for noun in prep.children:
                lemma = noun.lemma_.lower()
                if noun.dep_ != "pobj" or not (
                    self.patterns.get(("N", lemma)) or lemma in ATTACK_MEANS or prep.lower_ == "by"
                ):
                    continue
                owners = [c for c in noun.subtree if c.i < noun.i and c.dep_ in {"amod", "compound", "poss", "nmod"}]
                found = [p for p in self._resolve(owners, index, subject=True) if p.code]
                if found:
                    return found[:1]
        return []

    def _target_slots(
        self, tok: Token, pattern: Pattern, passive: bool, index: MentionIndex | None = None
    ) -> list[Token]:
        """Where a target may stand, in order of preference."""

        # "flew close to Taiwan", "advanced deep into Syria": the preposition may hang off an adverb
        heads = [tok, *(c for c in tok.children if c.dep_ == "advmod" and c.lower_ in DISTANCE_ADVERBS)]
        # "fired 40 missiles and 200 drones at Ukraine", "sent food and medicine to Gaza": a phrase after a list of
        # objects, which the parser hangs on the last item, goes with the verb as it does after one object
        for o in (c for c in tok.children if c.dep_ == "dobj"):
            items = [g for g in o.conjuncts if g.i > o.i]
            if items and not any(p.dep_ == "prep" for p in o.children):
                heads.append(items[-1])

        # (preposition, its objects) under the heads, read once: pobjs is asked for a dozen prepositions
        head_preps = [
            (c.lower_, [g for g in c.children if g.dep_ == "pobj"])
            for h in heads
            for c in h.children
            if c.dep_ == "prep"
        ]

        def pobjs(prep: str) -> list[Token]:
            found = [g for word, objs in head_preps if word == prep for g in objs]
            # "called for Russia to withdraw": the one a "for" clause asks to act is the object of "for"
            return found + for_clause_subjects(tok) if prep == "for" else found

        cand: list[Token] = []
        if passive:
            cand += [c for c in tok.children if c.dep_ == "nsubjpass"]
            # a subject the parser hung under "was" ("The Philippines was heavily criticized")
            cand += [g for a in tok.children if a.dep_ == "auxpass" for g in a.children if g.dep_ == "nsubj"]
        if pattern.code[:3] == "043":
            # "welcomed Putin to Beijing": a host's guest is the direct object; the place named after "to" is
            # only where the visit is
            cand += [c for c in tok.children if c.dep_ == "dobj"]
        for word in pattern.words:
            cand += pobjs(word)
            if pattern.reverse:
                cand += [
                    g
                    for o in tok.children
                    if o.dep_ == "dobj"
                    for c in o.children
                    if c.dep_ == "prep" and c.lower_ == word
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
        if tok.lemma_.lower() in DISCUSSING:
            # "discussed Ukraine with Putin": what is discussed is the topic; the partner is "with" (which the
            # parser may hang under the topic)
            cand += [
                g
                for o in tok.children
                if o.dep_ == "dobj"
                for p in o.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            cand += [c for c in tok.children if c.dep_ in {"dative", "attr"}]
        else:
            cand += [c for c in tok.children if c.dep_ in {"dobj", "dative", "attr"}]
        # "wants American forces out": the parser may make the object the subject of the particle
        cand += small_clause_subjects([c for c in tok.children if c.lower_ == "out"])
        if tok.lemma_.lower() == "call":
            cand += called_name(tok)  # "Macron called Putin on Friday", parsed as if Putin were what he was called
        # "called the German decision hostile": the parser may run the object into the predicate adjective, as its
        # modifier; the noun before that adjective is what is so called, and its owner the one answered
        for c in (c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "ADJ"):
            run = [
                g
                for g in c.children
                if g.dep_ in {"compound", "nmod", "npadvmod"} and g.pos_ in {"NOUN", "PROPN"} and g.i < c.i
            ]
            # the owner's adjective or possessor hangs on the adjective too ("the German decision")
            cand += run + [g for g in c.children if run and g.dep_ in {"amod", "poss"} and g.i < run[0].i]
        cand += shared_objects(tok)  # "arrested and charged three diplomats"
        cand += raised_objects(tok)  # "allowed candidate Ouattara to participate"
        cand += [g for c in tok.children if (g := visiting_guest(c)) is not None]  # "met visiting minister X"
        preps = FALLBACK_PREPS + (("in",) if pattern.code.startswith("04") else ()) + ("between",)  # "meet in Zurich"
        for prep in preps:
            found = pobjs(prep)
            if prep == "at" and prep not in pattern.words and not _forceful(pattern.code) and pattern.code[:2] != "14":
                # "pledged aid at a donors' conference", "spoke at an EU summit": the gathering an act is done at is
                # its occasion, and those who hold it are no side (a partner named "with" in it still is)
                found = [g for g in found if g.lemma_.lower() not in GATHERINGS or prep_objects(g, {"with"})]
            cand += found
        if not passive and pattern.code[:2] in WORDS_ROOTS:
            # "protested the occupation of its territory by Turkish troops": an active verb of words takes no "by"
            # agent, so a "by" phrase the parser hung on it after an act noun names that act's doer, the one answered
            acts = [c for c in tok.children if c.dep_ == "dobj" and ("N", c.lemma_.lower()) in self.patterns]
            if acts and all(a.i < tok.i + 8 for a in acts):
                cand += [g for g in pobjs("by") if g.i > acts[0].i]
        if pattern.code[:2] in SITE_AIMED_ROOTS:
            fronts = [g for f in pobjs("in") if f.lower_ == "front" for g in prep_objects(f, {"of"})]
            cand += site_owners(
                pobjs("outside") + fronts + [p for p in pobjs("at") if p.lemma_.lower() in BUILDING_PARTS]
            )
        if not _forceful(pattern.code):
            # "refused to share data on drug flights with Bolivia": the parser may hang the partner of an act on
            # what its topic preposition names, though flights have no partner
            cand += [g for prep in ("on", "about") for o in pobjs(prep) for g in prep_objects(o, {"with"})]
        if pattern.code[:2] == "02" and (sought := shelter_sought(tok)):
            # "sought refuge in Germany": asylum is asked of the country it is sought in
            cand += pobjs("in") + [g for o in sought for g in prep_objects(o, {"in"})]
        if pattern.code[:2] == "15":
            # "mobilized its forces near Taiwan", "deployed troops near the Finnish border": the side a show of force
            # faces comes before the forces shown
            # one's own forces shown are the means, not the target; where they were brought up to may be
            shown = [
                x
                for c in cand
                for x in (
                    [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
                    if self._own_forces(c, index)
                    else [c]
                )
            ]
            cand = facing(tok) + self._faced_places(tok, index) + shown
        # "mobilized reservists for a possible war against Iraq": the side an act prepares a fight against
        cand += [
            g
            for o in pobjs("for")
            if (row := self._match(o, self.patterns.get(("N", o.lemma_.lower()), ()))) is not None
            and row.code[:2] in FORCE_ROOTS
            for g in prep_objects(o, {"against", "on"})
        ]
        if pattern.code[:2] in PEACEFUL_ERRANDS and purpose(tok) and tok.head.lemma_.lower() in SENDING:
            # "sent officers to Bosnia to investigate": an errand is run where its envoys were sent
            cand += [
                g
                for c in tok.head.children
                if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into"}
                for g in c.children
                if g.dep_ == "pobj"
            ]
        # "denounced as an ugly crime Serbia's suppression of ...": the object moved past an "as" phrase
        cand += [g for o in pobjs("as") for g in o.children if g.dep_ == "appos"]
        if pattern.code[:2] == "08":
            # "backed down in its row with China", "gave ground in the standoff with Washington": one yields to
            # the other side of the dispute it yields in
            cand += [g for o in pobjs("in") if o.lemma_.lower() in DISPUTES for g in prep_objects(o, {"with"})]
        if pattern.code[:3] == "045":
            # "brokered a truce between Israel and Hamas": a mediator acts on the two its deal or talks are between;
            # "acted as a broker between X and Y", "served as mediator between": the role it took is between them
            cand += [g for c in tok.children if c.dep_ == "dobj" for g in prep_objects(c, {"between"})]
            cand += [g for o in pobjs("as") for g in prep_objects(o, {"between"})]
        if pattern.code[:2] in BENEFIT_ROOTS and index is not None:
            # only a placed actor: "providing food for her children" is no act between political actors
            cand += [g for g in beneficiaries(tok) if any(m.country for m in index.at(g.i))]
        # "pledged 500 million euros in aid to Ukraine": who gets the sum is named on what it is given as
        cand += [
            g
            for c in list(cand)
            if c.dep_ == "dobj" and (act := money_act(c)) is not None
            for p in act.children
            if p.dep_ == "prep" and p.lower_ in {"to", "for"}
            for g in p.children
            if g.dep_ == "pobj"
        ]
        if pattern.code == "061" and pattern.lemma == "invest" and not pattern.words:
            # "invested $35 billion in Egypt", "in India's energy sector": what money is put "in" is whom the
            # investment goes to, as the row "invest in" says when the parser leaves the sum out. Only money put in:
            # what is sold, traded or imported "in" a country names the market, not a partner ("if the cars do not
            # sell in the United States", review of the demo corpus)
            cand += pobjs("in")
        if pattern.code == "0874" or pattern.code[:2] in OWN_MEANS_ROOTS:
            # "withdrew its troops from Syria", "recalled its ambassador to Hungary", "deployed its troops in Mali":
            # one's own forces or envoys are what the act moves; the place they leave or go to is the target
            # "closed its embassy in Azerbaijan": one's own mission is a post of the same kind
            # "Paris said Mali had expelled its ambassador": no one expels, seizes or attacks its own envoys or
            # forces, so "its" there is another's (references.HOSTILE_VERBS) and the envoy's state the target
            hostile = tok.lemma_.lower() in HOSTILE_VERBS
            own = [
                c
                for c in cand
                if c.dep_ == "dobj"
                and not hostile
                and (
                    self._own_movers(c)
                    or (
                        c.lemma_.lower() in OWN_POSTS and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
                    )
                )
            ]
            cand = [c for c in cand if c not in own] + [x for c in own for x in prep_objects(c, {"from", "to", "in"})]
            # "reinforced its troops in Estonia": the parser may hang where they are on the verb
            cand += pobjs("in") if own else []
            if tok.lemma_.lower() in WITHDRAWING:
                # "will withdraw weapons inspectors from Iraq", "pulled its diplomats out of Venezuela": whoever
                # is withdrawn, the country they leave is the one the act is aimed at
                left = pobjs("from") + [g for c in tok.children if c.lower_ == "out" for g in prep_objects(c, {"of"})]
                cand = left + [c for c in cand if c not in left]
        if not pattern.objects:
            return cand
        if (
            pattern.code[:2] in {"01", "05"}
            and tok.lemma_.lower() in SELF_EXPRESSION
            and any(object_words(c) & pattern.objects for c in cand)
        ):
            # "expressed support on Monday for the Philippines", "voiced sympathy again for Ukraine": the one a
            # kind word is for, which the parser hangs on the verb past an adverbial ("concern for" is a worry
            # about someone's welfare, no disapproval of them)
            cand += pobjs("for")
        # "announced a package of sanctions against Russia", "a new round of sanctions on Iran": a measure of the
        # row's object stands for it, and the object's own preposition names the target
        measured: dict[int, Token] = {}  # the measured object's index -> the measure ("a barrage" of rockets)
        counted: list[Token] = []
        for c in cand:
            g = (
                next(
                    (
                        g
                        for p in c.children
                        if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children
                        if g.dep_ == "pobj" and object_words(g) & pattern.objects
                    ),
                    c,
                )
                if c.pos_ == "NOUN"
                and not object_words(c) & pattern.objects
                and index is not None
                and not actor_like(c, index)  # "accused the police of torture": the one accused, not a measure
                else c
            )
            if g.i != c.i:
                measured[g.i] = c
            counted.append(g)
        cand = counted
        # "received the Chinese minister in Ankara", "at the Elysee Palace", "at his residence": where a meeting
        # took place comes after the guest the object names, even though that object is also the word the row
        # requires; a venue ("at" a palace, an office) is owned by the host, never the one met
        scene = set(pobjs("in") + pobjs("at")) if pattern.code.startswith("04") else set()
        # "use force against X", "demand the withdrawal of X": the object is part of the action. A statement
        # is aimed at whom it is about ("released a statement about the ambassador")
        preps_of_object = set(OBJECT_PREPS) | (TOPIC_PREPS if pattern.code[:2] == "01" else set())
        if pattern.code[:2] in {"02", "10"}:
            # "called for the resumption of talks between Russia and Ukraine": an appeal for what two sides are to
            # do together is made to them, the ones its "between" names
            preps_of_object.add("between")
        if pattern.code in HALTED_BETWEEN:
            # "suspended its mediation between Israel and Hamas", "broke off talks between the two sides": the
            # halt falls on the sides its "between" names, who lose the go-between or the talks
            preps_of_object.add("between")
        if pattern.code[:2] in FORCE_ROOTS or pattern.code in WEAPON_KINDED:
            # "struck targets near Damascus", "shelled villages outside Kharkiv": what is hit close by a named town
            # lies in that town's country, as what is hit "in" it does (a town by name only, `_near_town`)
            preps_of_object |= CLOSE_BY_PREPS
        expanded: list[Token] = []
        late: list[Token] = []
        venue: list[Token] = []
        for c in cand:
            if object_words(c) & pattern.objects:
                owners: list[Token] = []
                actor = index is not None and any(m.code and (m.country or m.kind != "agent") for m in index.at(c.i))
                if index is not None and not actor:
                    # "rejected a US demand", "Washington's request": the owner of the demand. When the object
                    # is itself an act, its owner did it and comes before where it went ("welcomed the
                    # minister's visit to Beijing"); goods and stances are only where the act came from ("sold
                    # U.S. missiles to Turkey", "expressed the administration's commitment to Israel"), and a
                    # pronoun owner ("its sanctions on X") is often the subject itself
                    # "rejected the U.S. offer of talks": a measure or vehicle of the row's object ("an offer of
                    # talks") has the owner of the whole
                    owners = [
                        g
                        for h in ([c, measured[c.i]] if c.i in measured else [c])
                        for g in h.children
                        if g.dep_ in {"poss", "compound", "amod", "nmod"}
                        and g.i < h.i
                        and (g.i in index.modifiers or any(m.code for m in index.at(g.i)))
                    ]
                    # "blocked a British-sponsored resolution": who sponsored or drafted a text owns it
                    owners += [
                        n
                        for g in c.children
                        if g.dep_ == "amod" and doer_participle(g)
                        for n in g.children
                        if n.dep_ in {"npadvmod", "compound", "nmod", "amod"}
                        and n.i < g.i
                        and (n.i in index.modifiers or any(m.code for m in index.at(n.i)))
                    ]
                    act = ("N", c.lemma_.lower()) in self.patterns and tok.lemma_.lower() not in SELF_EXPRESSION
                    # "condemned the killing of civilians by Israeli troops": the agent of the act is its owner
                    owners = by_agents(c) + owners if act else owners
                    first = [g for g in owners if g.pos_ != "PRON"] if act else []
                    late += [g for g in owners if g not in first]
                    expanded += first
                # "launched a swarm of drones at Israel": the parser may hang the target on the measure
                holders = [c, measured[c.i]] if c.i in measured else [c]
                # "used weapons of mass destruction against rebels": the parser hangs the verb's phrase on the last
                # noun of the object's "of" phrase (as the row's preposition, `_match`)
                holders += prep_objects(c, {"of"})
                attached = [
                    g
                    for h in holders
                    for p in h.children
                    if p.dep_ == "prep"
                    and p.lower_ in preps_of_object
                    and not (h.i != c.i and p.lower_ == "of")
                    # "blocked a resolution on Myanmar": a text is "on" its topic, not on a side it is aimed at
                    and not (p.lower_ == "on" and h.lemma_.lower() in TEXTS)
                    for g in p.children
                    if g.dep_ == "pobj" and (p.lower_ not in CLOSE_BY_PREPS or _near_town(g))
                ]
                # "held talks in Nairobi with Ethiopia", "launched strikes in Syria against ISIS": whom the act is
                # with or against comes first, and beside such a partner the place is only where it happened (with
                # none, "attend a summit in Switzerland on X", the place stays the one gone to)
                partners = [g for g in attached if g.head.lower_ in {"with", "against"}]
                # the partner may hang on the verb instead: "held a meeting in Paris with the German chancellor"
                named = partners or prep_objects(tok, {"with", "against"})
                where = [g for g in attached if g.head.lower_ in {"in", "at", "inside"}] if named else []
                attached = partners + [g for g in attached if g not in partners and g not in where] + where
                if pattern.code[:2] in {"02", "10"} and c.lemma_.lower() not in LEAVING_NOUNS:
                    # "demanded air defence support from Germany against Russian drones": what is asked for is
                    # asked of whom it is to come "from"; whom it is to be used "against" is only its aim (a
                    # withdrawal "from" a place is another matter: that is the place left)
                    asked = [g for g in attached if g.head.lower_ == "from" and g.head.head.i == c.i]
                    attached = asked + [g for g in attached if g not in asked]
                if pattern.code.startswith("04"):
                    scene.update(where)
                if c.lemma_.lower() in LEAVING_NOUNS:
                    # "ordered the withdrawal of its troops from Kherson": one's own forces leave, and what they
                    # leave is the target ("demanded the withdrawal of French troops": the French are asked)
                    own = [g for g in attached if g.head.lower_ == "of" and self._own_movers(g)]
                    attached = [g for g in attached if g not in own]
                    attached += [x for g in own for x in prep_objects(g, {"from", "to", "in"})]
                # "closed the U.S. embassy in Nairobi", "suspended U.S. operations at Incirlik": the object's own
                # country is whom the act is aimed at, the place it stands in only where; with no owner the place
                # gives the side ("struck a hospital in Gaza")
                placed = (
                    [g for g in attached if g.head.lower_ in {"in", "at", "inside"}]
                    if (actor and not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children))
                    or any(o.pos_ != "PRON" for o in owners)
                    else []
                )
                # "summoned the British ambassador over comments by the foreign secretary": an actor acted on comes
                # before what the act is over, whose author is only the cause
                topical = [g for g in attached if actor and g.head.lower_ in TOPIC_PREPS]
                if pattern.code.startswith("04") and c.dep_ == "pobj":
                    # "met Biden on the sidelines of the APEC summit": a meeting's occasion is where it was held,
                    # not its partner, while a partner is named
                    venue += [g for g in attached if g not in placed]
                elif pattern.code[:2] == "12" and c.lemma_.lower() in REQUESTS and _named_owner(c):
                    # "rejected the North's call for the withdrawal of U.S. troops": a request rejected is turned
                    # down to whoever made it, its owner; those its "for" or "of" names are what it asked about
                    expanded += [
                        g
                        for g in attached
                        if g not in placed and g not in topical and g.head.lower_ not in {"for", "of"}
                    ]
                else:
                    expanded += [g for g in attached if g not in placed and g not in topical]
                expanded += aimed_at(c)  # "conducted drills encircling Taiwan", "imposed sanctions targeting X"
                # "would lift the restrictions it imposed on French diplomats", "eased the curbs placed on X": a
                # measure is aimed at whom the clause that says it was put in place names
                # (a participle or relative clause, not an aim: "the decision to act against X" is no measure on X)
                expanded += [
                    g
                    for a in c.children
                    if a.dep_ == "relcl" or (a.dep_ == "acl" and a.tag_ == "VBN")
                    for g in prep_objects(a, {"on", "against"})
                ]
                expanded += [  # "blocked the roads leading into X"
                    g
                    for a in c.children
                    if a.dep_ == "acl" and a.lemma_ in PATHS
                    for p in a.children
                    if p.dep_ == "prep" and p.lower_ in {"to", "into", "toward", "towards"}
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
                if actor:
                    # still the target if it is an actor ("banned Egyptian opposition candidates"); a bare
                    # role noun is the action's own word ("use force", "deploy troops"), not whom it is aimed at
                    late.append(c)
                late += placed + topical
            else:
                expanded.append(c)
        if any(c in late and c.dep_ == "dobj" for c in cand):
            # "summoned the Turkish envoy over remarks by the minister": with the verb's object an actor, what the act
            # is over, hung on the verb, is only its cause
            over = [c for c in expanded if c.dep_ == "pobj" and c.head.lower_ in TOPIC_PREPS and c.head.head.i == tok.i]
            expanded = [c for c in expanded if c not in over]
            late += over
        if pattern.code[:2] == "02":
            # "appealed to Japan for aid for Syrian refugees": an appeal is aimed at the one it is made to, who is to
            # act; whom the aid is for comes after
            addressed = [g for g in pobjs("to") + pobjs("with") if g in expanded]
            expanded = addressed + [c for c in expanded if c not in addressed]
        return [c for c in expanded if c not in scene] + late + [c for c in expanded if c in scene] + venue

    def _of_lemmas(self, noun: Token) -> set[str]:
        """The lemmas of what an act noun is of ("ties" in "the restoration of ties")."""
        return {o.lemma_.lower() for o in prep_objects(noun, {"of"})}

    def _ended_activity(self, tok: Token) -> bool:
        """Whether a gerund is the activity a stopping verb ends ("stopped attacking Gaza", "agreed to stop
        shelling"): not while the stop is denied or only demanded ("never stopped attacking", "must quit
        intimidating Taiwan"), which says it goes on."""
        while tok.dep_ == "conj" and tok.tag_ == "VBG":  # "stopped attacking and shelling"
            tok = tok.head
        stop = tok.head
        if tok.dep_ != "xcomp" or tok.tag_ != "VBG" or stop.pos_ != "VERB" or self._lemma(stop) not in STOPPING:
            return False
        frame = self._frame(stop.head) if stop.dep_ == "xcomp" else None
        if frame is not None and frame.effect == "negated":
            return False  # "Hamas refused to stop firing rockets": the firing goes on
        # "Russia will stop attacking": the activity is to end, as with "agreed to stop"; "must stop" demands it
        return not any(
            (c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in FUTURE_AUX)
            or c.dep_ == "neg"
            or (c.dep_ == "advmod" and c.lower_ == "never")
            for c in stop.children
        )

    def _armed_activity(self, stop: Token) -> bool:
        """Whether a stopping verb ends an armed activity ("stopped shelling", "ceased firing rockets")."""
        return any(
            c.dep_ == "xcomp"
            and c.tag_ == "VBG"
            and (row := self._verb_row(c)) is not None
            and row.code[:2] in FORCE_ROOTS
            for c in stop.children
        )

    def _others_act(self, verb: Token, pattern: Pattern, sources: list[Party], index: MentionIndex) -> bool:
        """Whether the act a threat row names as its object is said to be done by a side other than the verb's
        subject ("warned of an attack by Russia", "warned of a Russian strike"): a "by" phrase, a possessor or a
        country adjective on the noun that names a coded side, none of them the subject's country."""
        coded = [p for p in sources if p.code]
        if not coded:
            return False
        if all(p.sector in UNARMED_VOICES.get(pattern.code[:3], ()) for p in coded):
            # "Amnesty warned of a crackdown on journalists", "the UN warned of arrests": a rights group, a news
            # outlet, a UN body or the opposition has no police or army to carry it out, so the act warned of is
            # another side's whoever it is
            return True
        own = {p.country or p.code for p in coded}
        state = any(p.sector is None or p.sector in STATE_BODIES for p in coded)
        for o in object_tokens(verb, pattern.words):
            if o.pos_ not in {"NOUN", "PROPN"} or not object_words(o) & (pattern.objects or set()):
                continue
            named = noun_agents(o) + [c for c in o.children if c.dep_ in {"poss", "amod", "compound"}]
            doers = [p for p in self._resolve(named, index, subject=True) if p.code] if named else []
            # a doer of one's own country is one's own only if both are the state ("Kenya warned of a police
            # crackdown"); the opposition warning of a police crackdown warns of the state's act
            if doers and not any(
                (p.country or p.code) in own and state == (p.sector is None or p.sector in STATE_BODIES) for p in doers
            ):
                return True
        return False

    def _traded_activity(self, stop: Token) -> bool:
        """Whether a stopping verb ends buying or selling ("stopped importing Russian gas")."""
        return any(c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in TRADING for c in stop.children)

    def _stop_denied(self, tok: Token) -> bool:
        """Whether a stopping verb is denied of a coded activity it would end ("Russia never stopped shelling
        Kharkiv", "did not stop attacking"): the sentence reports the activity going on, not a refusal to
        de-escalate, which is said ("refused to stop firing", "will not stop until ..." keep their reading)."""
        if tok.pos_ != "VERB" or self._lemma(tok) not in STOPPING:
            return False
        kids = list(tok.children)
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
            return False
        if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in kids):
            return False
        return any(c.dep_ == "xcomp" and c.tag_ == "VBG" and self._coded_verb(c) for c in kids)

    def _faced_places(self, tok: Token, index: MentionIndex | None) -> list[Token]:
        """The country a show of force is brought up to ("mobilized its forces near Taiwan", "massed troops near
        Ukraine", "sent warships off Venezuela's coast"), named on the act or on the forces moved: it is faced,
        unless it is the actor's own soil ("deployed troops near Delhi"), or the actor's country is unknown. A
        preposition on an act noun ("patrols near the Philippines") says only where."""
        if index is None:
            return []
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if any(c.lemma_.lower() not in self.shown for c in objects):
            return []  # "stepped up troop deployments near Finland": an act noun, placed only (as patrols are)
        holders = [tok, *objects]
        places = [g for h in holders for g in prep_objects(h, NEAR_PREPS)]
        if not places:
            return []
        subjects = [s for s in tok.children if s.dep_ in SUBJ_DEPS]
        own = countries_at(index, [x for s in subjects for x in (s, *s.children)])
        return [g for g in places if own and (found := countries_at(index, [g, *g.children])) and not found & own]

    def _own_forces(self, tok: Token, index: MentionIndex | None) -> bool:
        """Whether the object of a show of force is the actor's own forces ("India deployed troops", "mobilized
        the army"): what is shown, not whom it is shown to."""
        if index is None or tok.dep_ != "dobj" or tok.lemma_.lower() not in self.forces:
            return False
        own = countries_at(index, [s for s in tok.head.children if s.dep_ in SUBJ_DEPS])
        return bool(own) and countries_at(index, [tok, *tok.children]) <= own

    def _own_movers(self, tok: Token) -> bool:
        """Whether a word names the forces or envoys of the clause's own side ("its troops", "our ambassador")."""
        return tok.lemma_.lower() in self.movers and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)

    def _doers(self, verb: Token, index: MentionIndex) -> list[Party]:
        """Who does a verb's act: its own subjects, or, with none, the subject it takes over from the clause it
        hangs on (`_inherited_source`)."""
        subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
        return self._resolve(subj, index, subject=True) if subj else self._inherited_source(verb, index)

    def _misread_doer(self, tok: Token, index: MentionIndex) -> list[Party]:
        """The doer of a subjectless verb that the parser hung before it as a modifier: "Russian shelling hit
        Kharkiv" (a gerund read as the verb, "Russian" its adjective), "Turkey shells Kurdish positions" ("Turkey"
        read as a compound). A verb that modifies a noun itself ("Iran-backed militias") is the noun's owner,
        which the actors read, and a verb with a subject or passive of its own never gets here."""
        if tok.dep_ in {"amod", "acl", "relcl", "compound"} or tok.pos_ != "VERB":
            return []
        name = tok.head
        if (
            tok.dep_ == "dobj"
            and tok.tag_ in {"VBZ", "VBD"}
            and name.dep_ == "ROOT"
            and name.i < tok.i
            and name.tag_.startswith("VB")
            and any(m.code for m in index.at(name.i))
        ):
            # "Modi heads to Japan for summit": a headline's name read as its verb, and the verb as that verb's
            # object; a verb with a tense has a doer, and a name is no verb
            return [p for p in self._resolve([name], index, subject=True) if p.code]
        lead = [
            c
            for c in tok.children
            if c.dep_ in {"amod", "compound", "poss", "nmod"}
            and c.i < tok.i
            and (any(m.code for m in index.at(c.i)) or (c.i in index.modifiers and c.dep_ != "nmod"))
        ]
        if len(lead) != 1:
            return []
        return [p for p in self._resolve(lead, index, subject=True) if p.code]

    def _inherited_source(self, tok: Token, index: MentionIndex, depth: int = 0) -> list[Party]:
        """Subject of a verb with none of its own: its frame's controller, its conjunct's or relative head."""
        if depth > 4:
            return []
        gov = tok.head
        if gov.i == tok.i:  # the root (spaCy makes a new Token on each access: never compare with "is")
            return []
        if tok.dep_ == "attr" and tok.tag_ == "VBG" and gov.lemma_ == "be":
            # "Qatar is mediating between Israel and Hamas": the small model reads the progressive as the
            # copula's complement, so the copula's subject is the one who acts
            subj = [c for c in gov.children if c.dep_ in SUBJ_DEPS]
            if subj:
                return self._resolve(subj, index, subject=True)
        if tok.dep_ in {"xcomp", "advcl", "acl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "gave Iran permission to help Syria", "granted X approval to buy": whoever receives the permission
            # does what it permits, not the one who gives it
            host = gov.head if tok.dep_ == "acl" and gov.dep_ == "dobj" else gov
            permit = gov if tok.dep_ == "acl" else next((c for c in gov.children if c.dep_ == "dobj"), None)
            if permit is not None and permit.lemma_.lower() in PERMITS and permit.head.i == host.i:
                holder = [c for c in host.children if c.dep_ == "dative" and c.pos_ != "ADP"] + [
                    g
                    for c in [*host.children, *permit.children]  # "permission to Egypt to send"
                    if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                if holder:
                    return self._resolve(holder[:1], index, subject=True)
        if (
            tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and gov.dep_ == "xcomp"
            and tok.left_edge.i > 0
            and tok.doc[tok.left_edge.i - 1].lower_ == ","
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)
            and not any(c.dep_ == "aux" for c in tok.children)
        ):
            # "Niger ordered the French ambassador to leave the country, accusing Paris of meddling": a participle
            # set off by a comma after the whole clause tells what the clause's subject did as it acted, not what
            # the one told to act did; the parser hangs it on the infinitive next to it
            matrix = gov.head
            subj = [c for c in matrix.children if c.dep_ in SUBJ_DEPS]
            return (
                self._resolve(subj, index, subject=True) if subj else self._inherited_source(matrix, index, depth + 1)
            )
        if tok.dep_ in {"xcomp", "advcl", "acomp"}:
            frame = self._frame(gov)
            # "urged X to act": X acts; but not "Threatening to kill them, X demanded ...": a participle is
            # the subject's own act
            to = tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            # with no frame, an object controls only if it can act: "used tear gas to disperse protesters" is
            # the police's dispersal, the gas only its means, as drones are ("used drones to attack Kurdish
            # fighters"), though drones do stand for the forces that fly them
            if (frame is not None and frame.control == "object" and to) or (
                frame is None
                and tok.dep_ == "xcomp"
                and any(
                    c.dep_ == "dobj" and actor_like(c, index) and c.lemma_.lower() not in ATTACK_MEANS | GOODS
                    for c in gov.children
                )
            ):
                obj = [c for c in gov.children if c.dep_ in {"dobj", "nsubjpass"}]
                # "called on Israel to halt", "appealed to Russia to allow", "pleaded with X to"
                obj = obj or [
                    g
                    for p in gov.children
                    if p.dep_ == "prep" and p.lower_ in {"on", "upon", "to", "with"} and p.i < tok.i
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
                if obj:
                    told = self._resolve(obj, index, subject=True)
                    if gov.lemma_.lower() in ORDERING_VERBS:
                        commanders = [c for c in gov.children if c.dep_ in SUBJ_DEPS]
                        told = _commanders_forces(told, self._resolve(commanders, index, subject=True))
                    return told
            subj = [c for c in gov.children if c.dep_ in SUBJ_DEPS]
            # "Seoul, Tokyo agree to share intelligence": a headline's comma pair is the controlling verb's subject
            # as much as its own, so both do what they agree, pledge or vow to do (`stray_first_item`)
            subj = stray_first_item(gov, _without_asides(subj), index) + subj if subj else subj
            if subj:
                return self._resolve(subj, index, subject=True)
            # "Kenya is expected/set/scheduled to sign": the passive subject of a raising or subject-control frame
            # is who would act, as it is with no frame ("was forced to")
            if any(c.dep_ == "nsubjpass" for c in gov.children) and (frame is None or frame.control == "subject"):
                return self._resolve([c for c in gov.children if c.dep_ == "nsubjpass"], index, subject=True)
            return self._inherited_source(gov, index, depth + 1)
        if tok.dep_ == "conj":
            subj = [c for c in gov.children if c.dep_ in SUBJ_DEPS]
            report = reporter_conj(tok, index)
            if report is not None:
                # "Officials said the mills were not the problem and warned against tariffs": the parser hangs
                # the second verb on what was said; a thing cannot warn, so the one who spoke did
                return self._resolve([c for c in report.children if c.dep_ in SUBJ_DEPS], index, subject=True)
            # "Russia, Ukraine meet and agree to swap prisoners": the pair is the second verb's subject too
            subj = stray_first_item(gov, _without_asides(subj), index) + subj if subj else subj
            if subj:
                return self._resolve(subj, index, subject=True)
            patient = [c for c in gov.children if c.dep_ == "nsubjpass"]
            if (
                patient
                and tok.tag_ in {"VBD", "VBZ", "VBP"}
                and any(c.dep_ == "dobj" for c in tok.children)
                and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)
                # "returnees were given food and offered transportation": a passive of giving keeps its object
                and tok.lemma_.lower() not in DATIVE_VERBS
            ):
                # "The rebel leader was arrested in 2015 and later joined the government": an active verb with
                # an object of its own, joined to a passive one, has the passive's subject for its own
                return self._resolve(patient, index, subject=True)
            return self._inherited_source(gov, index, depth + 1)
        if (
            tok.dep_ == "ccomp"
            and gov.lemma_.lower() in SPEECH
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
            and not any(c.dep_ in {"nsubjpass", "expl", "mark"} for c in tok.children)
        ):
            # "Iran says will retaliate against Israel": a headline drops the reported subject, the speaker's own
            # (an imperative, "said: stop the attacks", has no modal and is asked of someone else)
            subj = [c for c in gov.children if c.dep_ in SUBJ_DEPS]
            return self._resolve(subj, index, subject=True) if subj else []
        keeper = kept_from(tok)
        if keeper is not None:
            # "prevented Hamas from attacking Egypt": Hamas would have attacked; "refrained from attacking": the
            # subject would have
            kept = [c for c in keeper.children if c.dep_ in {"dobj", "nsubjpass"}]
            if kept or not self_restraint(keeper):
                return self._resolve(kept, index, subject=True)
            subj = [c for c in keeper.children if c.dep_ in SUBJ_DEPS]
            if subj:
                return self._resolve(subj, index, subject=True)
            return self._inherited_source(keeper, index, depth + 1)
        aspect = in_the_course_of(tok)
        if aspect is not None:
            # "the administration is in the process of reviewing its claims": the clause's subject is doing it
            subj = [c for c in aspect.children if c.dep_ in SUBJ_DEPS]
            if subj:
                return self._resolve(subj, index, subject=True)
            return self._inherited_source(aspect, index, depth + 1)
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and gov.lower_ == "for" and gov.dep_ == "prep":
            # "praised Japan for supporting Ukraine", "Hungary was criticized for blocking aid": the one praised,
            # blamed or punished for an act did it. With neither ("pushed for imposing sanctions") nobody has
            judged = [c for c in gov.head.children if c.dep_ == "dobj" and actor_like(c, index)]
            judged = judged or [c for c in gov.head.children if c.dep_ == "nsubjpass"]
            if gov.head.pos_ == "VERB" and judged:
                return self._resolve(judged, index, subject=True)
        if (
            tok.dep_ == "pcomp"
            and tok.tag_ == "VBG"
            and gov.lower_ == "of"
            and gov.dep_ == "prep"
            and gov.head.pos_ == "VERB"
            and gov.head.lemma_.lower() in CHARGED_OF
        ):
            # "Russian agents were accused of trying to assassinate a Briton", "Iran, suspected of supplying
            # drones": the one charged is who the charge says did it (the accuser's act is the accusation)
            charged = [c for c in gov.head.children if c.dep_ in {"dobj", "nsubjpass"}]
            if charged:
                return self._resolve(charged, index, subject=True)
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and gov.lower_ in {"in", "on"} and gov.dep_ == "prep":
            held = gov.head
            share = held.head if held.dep_ in {"acomp", "dobj"} else None
            if share is not None and (
                (held.dep_ == "acomp" and (held.lemma_.lower() in ACCOMPLICES or self._frame(held) is not None))
                or (held.dep_ == "dobj" and held.lemma_.lower() in SHARES and gov.lower_ == "in")
            ):
                # "Britain was instrumental in negotiating a truce", "Kenya played a key role in mediating": the
                # one who had that part in the act did it; "India is keen on deepening ties": would do it
                subj = [c for c in share.children if c.dep_ in SUBJ_DEPS]
                return (
                    self._resolve(subj, index, subject=True)
                    if subj
                    else self._inherited_source(share, index, depth + 1)
                )
        if tok.dep_ in {"pcomp", "pobj"} and tok.tag_ == "VBG" and self._gerund_frame(tok) is not None:
            # "Iran hinted at lifting sanctions", "the minister talked of easing curbs": who hints or talks of an act
            # of its own would do it, as with "hinted it would lift"
            host = gov.head
            subj = [c for c in host.children if c.dep_ in SUBJ_DEPS]
            return self._resolve(subj, index, subject=True) if subj else self._inherited_source(host, index, depth + 1)
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and gov.lower_ == "of" and gov.head.lemma_.lower() in OPTIONS:
            # "Germany is considering the option of sending tanks", "the White House talks about the possibility of
            # restoring ties with Russia": who weighs a course of its own would take it
            course = gov.head
            host = course.head
            if course.dep_ == "pobj" and host.dep_ == "prep" and host.lower_ in {"about", "at", "for", "into"}:
                host = host.head  # "talks about", "looks at", "looks for", "looks into"
            if course.dep_ in {"dobj", "pobj"} and host.pos_ == "VERB" and host.lemma_.lower() in OPTION_WEIGHERS:
                subj = [c for c in host.children if c.dep_ in SUBJ_DEPS]
                return (
                    self._resolve(subj, index, subject=True) if subj else self._inherited_source(host, index, depth + 1)
                )
            return []
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and gov.lower_ in CIRCUMSTANCE_PREPS and gov.dep_ == "prep":
            # "After meeting X, the minister criticized Y": the clause's subject did both
            verb = gov.head
            subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS | {"nsubjpass"}]
            if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
                # "were displaced by fighting", "were killed in shelling": what befell the passive's subject is
                # not its own act; the passive's agent, if named, did it ("were killed by Israel in shelling")
                agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                return self._resolve(agents, index, subject=True) if agents and gov.lower_ != "by" else []
            if verb.pos_ in {"VERB", "AUX"}:
                if gov.lower_ == "in" and verb.lemma_.lower() == "join":
                    # "Germany joined France in condemning Russia": the one joined does it too
                    subj = subj + [c for c in verb.children if c.dep_ == "dobj" and actor_like(c, index)]
                return (
                    self._resolve(subj, index, subject=True) if subj else self._inherited_source(verb, index, depth + 1)
                )
            return []
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and not actor_like(gov, index):
            # "China conducted drills encircling Taiwan": what the staged act does, its stager does
            host = gov.head
            if gov.dep_ == "dobj" and self._light(host):
                subj = [c for c in host.children if c.dep_ in SUBJ_DEPS]
                return (
                    self._resolve(subj, index, subject=True) if subj else self._inherited_source(host, index, depth + 1)
                )
        if (
            tok.dep_ == "relcl"
            or (tok.dep_ == "acl" and tok.tag_ == "VBG")
            # "Mali's junta, having expelled French troops, turned to Russia": a perfect participle is the noun's act
            or (tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "having" for c in tok.children))
        ):
            return self._resolve([self._said_of(gov, index)], index, subject=True)
        if (
            tok.dep_ == "acl"
            and tok.tag_ in {"VBD", "VBN", "VBZ", "VBP"}
            and gov.dep_ == "ROOT"
            and gov.i < tok.i
            and (
                any(c.dep_ == "dobj" for c in tok.children)
                or misread_name(tok) is not None
                or _crowd_act(tok)
                or _after_interruption(tok)
            )
        ):
            # "The Saudi-led coalition bombed Sanaa": with no verb of its own, the sentence's head noun is the
            # subject of a past-tense verb the parser read as its modifier (so is "Trump" of "called Xi a friend";
            # so are the "hundreds of students" who "protested in Dhaka")
            return self._resolve([gov], index, subject=True)
        if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "her efforts to negotiate with X", "the U.S. decision to sell arms"
            owners = [c for c in gov.children if c.dep_ in {"poss", "compound", "nmod", "amod"} and c.i < gov.i]
            found = [p for p in self._resolve(owners, index, subject=True) if p.code] if owners else []
            if not found and gov.pos_ == "NOUN":
                # "the decision by Germany to send tanks", "a bid by Turkey to join": the one named by "by"
                found = [p for p in self._resolve(by_agents(gov), index, subject=True) if p.code]
            host = gov.head
            plan = (
                # "I urge them to ... and reiterate my willingness to travel": the speaker's, not the host's
                not any(c.dep_ == "poss" and c.lower_ in {"my", "our", "your"} for c in owners)
                and gov.lemma_.lower() in NOUN_FRAMES
                and gov.dep_ in {"dobj", "attr"}
                and host.lemma_.lower() in NOUN_FRAME_HOSTS
            )
            if (
                not found
                and gov.lemma_.lower() in NOUN_FRAMES
                and gov.dep_ == "nsubjpass"
                and host.lemma_.lower() in NOUN_FRAME_HOSTS | DECLARED_BY
                and (agents := by_agents(host))
            ):
                # "plans to resume talks with X were announced by Y": whose plans the passive's agent says
                return self._resolve(agents, index, subject=True)
            chance = gov.lemma_.lower() in CHANCES and gov.dep_ == "dobj" and host.lemma_.lower() in CHANCE_TAKERS
            if plan or chance:
                # "Israel has no plans to attack Iran": the subject of the verb that holds the plan; "the minister
                # had the chance to meet Wang Yi", "took the opportunity to visit": who has the chance takes it
                subj = [c for c in host.children if c.dep_ in SUBJ_DEPS]
                if subj:
                    return self._resolve(subj, index, subject=True)
                return self._inherited_source(host, index, depth + 1)
            if not found and gov.lemma_.lower() in CARRIERS:
                # "a drive by the new administration to fight corruption": the campaign's named runner; "stepped
                # up efforts to build ties", "reforms in a bid to attract investors": whoever runs it
                if agents := by_agents(gov):
                    return self._resolve(agents, index, subject=True)
                run = gov.dep_ == "dobj" and self._light(host)
                if gov.dep_ == "pobj" and host.dep_ == "prep" and host.lower_ == "in":
                    host, run = host.head, host.head.pos_ in {"VERB", "AUX"}
                if run:
                    subj = [c for c in host.children if c.dep_ in SUBJ_DEPS]
                    if subj:
                        return self._resolve(subj, index, subject=True)
                    return self._inherited_source(host, index, depth + 1)
            return found
        return []

    def _hyphen_sides(self, noun: Token, index: MentionIndex, code: str) -> tuple[list[Party], list[Party]] | None:
        """Sides named by a hyphenated pair before an act noun. "India-Pakistan clashes", "Japan-South Korea talks":
        one with the other, as "between" says, for a mutual act (`code`, the noun's row); "U.S.-Israeli strikes on
        Iran", "Russian-Chinese drills": both did it, to whom the noun's own preposition names, if anyone. None
        when the pair does not name two coded sides."""
        pair = hyphen_pair(noun)
        if not pair or noun.lemma_.lower() in STANDING:
            return None  # "the China-Russia partnership", "the Russia-Ukraine war": a standing state, named in passing
        if noun.pos_ == "PROPN" or noun.ent_type_ == "LAW":
            return None  # "the U.S.-Mexico-Canada Agreement", "the Egypt-Israel Peace Treaty": a name, no act
        sides: list[Party] = []
        for t in pair:
            for p in self._resolve([t], index, subject=True):
                if p.code and p.code not in {s.code for s in sides}:
                    sides.append(p)
        if len(sides) < 2:
            return None
        taken = {(p.start, p.end) for p in sides}
        mutual = noun.lemma_.lower() in RECIPROCAL or code in MUTUAL_CONSULT | {"046", "057"}
        # "Russian-Turkish consultations on Syria": what talks or a deal are "on" is their topic, not a side
        aims = {"against"} if mutual else {"on", "against", "at", "into"}
        aimed = [p for p in self._resolve(prep_objects(noun, aims), index) if p.code and (p.start, p.end) not in taken]
        if aimed:
            return sides, aimed[:1]
        if mutual:
            return [sides[0]], sides[1:]  # "India-Pakistan clashes": one with the other (mirrored by the caller)
        return sides, []  # "Russian-Chinese drills": done together, at no one named

    def _noun_parties(
        self,
        tok: Token,
        index: MentionIndex,
        words: tuple[str, ...] = (),
        code: str = "",
        objects: frozenset[str] | None = None,
    ) -> tuple[list[Party], list[Party]]:
        paired = self._hyphen_sides(tok, index, code)
        if paired is not None and tok.lemma_.lower() in STANDING_PACTS and not _made_here(tok):
            # "described the Sino-Russian pact as a pillar", "the US-Japan alliance remained": a pact or alliance
            # the pair is bound by, named as a thing, is a standing bond like a partnership (`STANDING`); only a
            # verb that makes it ("signed", "concluded") reports an act
            return [], []
        if paired is not None:
            return paired
        src_tokens = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
        sources = [p for p in self._resolve(src_tokens, index, subject=True) if p.code]
        if not sources:  # "an attack by Hamas on Israeli troops", "the invasion of Ukraine by Russia"
            sources = [p for p in self._resolve(noun_agents(tok), index, subject=True) if p.code]
        if not sources:
            sources = [p for p in self._resolve(self._staged_agents(tok), index, subject=True) if p.code]
        if not sources:
            sources = [p for p in self._resolve(carrier_owners(tok), index, subject=True) if p.code]
        if not sources:  # "said it was responsible for the attack", "claimed responsibility for the strike"
            sources = [p for p in self._resolve(answerable_agents(tok), index, subject=True) if p.code]
        carrier = tok.head.head
        if (
            not sources
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and carrier.lemma_.lower() in CARRIERS
            and carrier.dep_ == "dobj"
            and self._light(carrier.head)
        ):
            # "opposition parties launched a campaign of protests against X", "waged a campaign of violence": who
            # launched or waged the campaign does the acts it is made of
            subj = _without_asides([c for c in carrier.head.children if c.dep_ in SUBJ_DEPS])
            found = self._resolve(subj, index, subject=True) if subj else self._inherited_source(carrier.head, index)
            sources = [p for p in found if p.code]
        if not sources and (host := declaring_host(tok)) is not None:
            # "a crackdown on X was ordered by Y", "closer cooperation with X was announced by Y": the agent did it
            sources = [p for p in self._resolve(by_agents(host), index, subject=True) if p.code]
        between = prep_objects(tok, {"between"}) or happened_between(tok)
        if not between and not any(p.code for p in sources):
            # "an exchange of prisoners between Russia and Ukraine", "the restoration of ties between Iran and
            # Saudi Arabia": the parser hangs the pair on what the act is of, and they are the act's sides
            between = [g for o in prep_objects(tok, {"of"}) for g in prep_objects(o, {"between"})]
            sides = [p for p in self._resolve(between, index, subject=True) if p.code]
            if len({p.code for p in sides}) >= 2:
                return [sides[0]], sides[1:]  # one with the other, mirrored by the caller for a mutual act
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        # "drew criticism", "faced pressure": the subject receives the act, it does not do it (`_received`)
        light = (verb.pos_ == "VERB" or verb.lemma_ in PREP_LIGHT) and verb.lemma_ not in LIGHT_SKIP | RECEIVING
        # "the EU has a ban on travel from the U.S.", "Japan has sanctions on Russia": a measure one has in force
        # is one's own; not one that came "from" someone else ("has sanctions from the West")
        held = code[:3] in RESTRICTIONS and verb.lemma_ == "have" and not prep_objects(tok, {"from"})
        light = light or (held and tok.dep_ == "dobj")
        # a coded verb reacts to the act it governs ("backed a deal between X and Y"): its subject is no party
        light = light and not (
            tok.dep_ in {"dobj", "nsubjpass"} and self._coded_verb(verb) and self._traded_act(verb, tok) is None
        )
        light = light and (tok.dep_ in {"dobj", "attr"} or (tok.dep_ == "pobj" and verb.lemma_ in PREP_LIGHT))
        if not sources and light:
            deps = SUBJ_DEPS | ({"nsubjpass"} if verb.lemma_ in PREP_LIGHT else set())  # "were engaged in"
            subj = _without_asides([c for c in verb.children if c.dep_ in deps])
            sources = self._resolve(subj, index, subject=True) if subj else self._inherited_source(verb, index)
        if between:
            taken = {(p.start, p.end) for p in sources}
            coded = [p for p in self._resolve(between, index, subject=True) if p.code and (p.start, p.end) not in taken]
            if coded and any(p.code for p in sources):
                return sources, coded  # "X launched a mediation effort between Y and Z": X acts on both
            if len(coded) >= 2:
                return [coded[0]], coded[1:]  # "talks between X and Y"
        # the preposition the row requires first ("backing for Hezbollah against Israel": Hezbollah), then
        # the usual order
        order = [w for w in words if w in NOUN_PREPS] + [p for p in NOUN_PREPS if p not in words]
        if tok.lemma_.lower() in RECIPROCAL:
            # "Russia's exchange of prisoners with Ukraine": what is exchanged is of it, the partner is with it
            order = ["with", *(p for p in order if p != "with")]
        leaving = tok.lemma_.lower() in LEAVING_NOUNS
        moved: list[Token] = []
        if leaving:
            # "Russia's pullout from Syria", "the withdrawal of its troops from Moldova", "the recall of its
            # ambassador to Hungary": what is left is named by "from" (or by the post of the envoy recalled), and
            # the forces or envoys "of" the noun are the ones who leave: its author, never its target
            moved = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in self.movers
            ]
            if not any(p.code for p in sources):
                sources = [p for p in self._resolve(moved, index, subject=True) if p.code][:1] or sources
            order = ["from", *(p for p in order if p != "of")]
        given = code[:2] in GIVEN_ROOTS
        if given:
            # "the delivery of tanks to Ukraine", "the sale of drones to Russia": what is given comes after "of",
            # and the receiver after "to" or "for", even where the row names "of"
            order = [p for p in order if p != "of"] + ["of"]
            if not any(p.code for p in sources):
                # "the delivery of German tanks to Ukraine": goods named by their maker's country are its to give
                goods = [
                    g
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in GOODS
                ]
                # the state gives them: "German tanks" names Germany's, not the German army's, arms as its gift
                sources = [
                    replace(p, code=p.country, sector=None)
                    for p in self._resolve(goods, index, subject=True)
                    if p.code and p.country
                ][:1] or sources
        cand = [
            g
            for prep in order
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children
            if g.dep_ == "pobj" and not (given and prep == "of" and g.lemma_.lower() in GOODS) and g not in moved
        ]
        # "its ambassador to Hungary", "its troops in Syria": where the ones withdrawn served
        cand += [g for m in moved for g in prep_objects(m, {"from", "to", "in"})]
        if tok.lemma_.lower() in RECIPROCAL and code[:2] in GIVEN_ROOTS | {"08"}:
            # "Russia's exchange of prisoners with Ukraine": what is traded is no side, its partner is (the
            # parser may hang "with" on what is traded)
            traded = prep_objects(tok, {"of"})
            cand = [g for g in cand if g not in traded] + [g for o in traded for g in prep_objects(o, {"with"})]
        if code[:2] in OWN_MEANS_ROOTS and any(p.country for p in sources):
            # "the deployment of its troops to Somalia", "the recall of its ambassador": one's own forces or envoys
            # are what the act moves, not whom it is aimed at
            home = {p.country for p in sources if p.country}
            cand = [
                g
                for g in cand
                if not (
                    g.head.lower_ == "of"
                    and g.head.head.i == tok.i
                    and any(p.country in home for p in self._resolve([g], index) if p.code)
                )
            ]
        if code[:2] in ASKED_ROOTS and any(p.code for p in sources):
            # "China's demand for an apology from Japan", "Pakistan's request for loans from China": beside its
            # author, the "from" of a request or of what it asks for names who is asked (not where something
            # leaves: "a demand for a withdrawal from Gaza")
            asked = [o for o in prep_objects(tok, {"for"}) if o.lemma_.lower() not in LEAVING_NOUNS]
            cand += [g for o in [tok, *asked] for g in prep_objects(o, {"from"})]
        if objects:
            # "the EU's imposition of sanctions on Iran", "Hamas's firing of rockets at Israel", "the revocation of
            # visas for Chinese students": what the row requires the act to be of is its means, and the target is
            # named on that means (as for a verb's measured object, `_target_slots`), or with "at" on a forceful act
            means = [g for g in prep_objects(tok, {"of"}) if object_words(g) & objects]
            aimed = [g for m in means for g in prep_objects(m, MEANS_PREPS)]
            if code[:2] in FORCE_ROOTS:
                aimed += prep_objects(tok, {"at"})
            if aimed:
                cand = [g for g in cand if g not in means] + aimed + [g for g in cand if g in means]
        cand += aimed_at(tok)
        if light:  # "engaged in ethnic cleansing ... against X": the light verb carries the target
            cand += [
                g
                for prep in NOUN_PREPS
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == prep and c.i != tok.head.i
                for g in c.children
                if g.dep_ == "pobj"
            ]
        targets = self._first_with_actor(cand, index, exclude=sources)
        if not any(t.code for t in targets):
            targets = self._nominal_aim(tok, index, sources, code) or targets
        if code[:3] in HELD_BY_STATE and not any(p.code for p in sources):
            sources = self._held_where(tok, index) or sources
        return sources, targets

    def _struck_in_threat(self, verb: Token, sources: list[Party], index: MentionIndex) -> list[Party]:
        """The sides a vow or warning says will be struck, with a verb of striking no row codes ("hit", "crush": the
        rows take only places and fighters as their objects, as "hit" alone is also "hit with sanctions"): the
        coded objects, not the source's own, of an infinitive or a that-clause with no "with" means."""
        own = {s.code[:3] for s in sources if s.code}
        for act in (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"):
            if self._lemma(act) not in BLOW_VERBS or self._verb_row(act) is not None:
                continue
            if any(c.dep_ == "neg" or (c.dep_ == "prep" and c.lower_ == "with") for c in act.children):
                continue  # "vowed to hit Washington with tariffs": the means is no force
            hit = [p for p in self._resolve([c for c in act.children if c.dep_ == "dobj"], index) if p.code]
            hit = [p for p in hit if p.code[:3] not in own]
            if hit:
                return hit
        return []

    def _dual_national(self, doc: Doc, party: Party, homes: set[str], index: MentionIndex) -> Party:
        """A side named by a hyphened pair of nationalities ("a British-Iranian dual national", "an Australian-Chinese
        writer"), one of them the acting side's own: what makes the act one between states is the other nationality,
        so the side is coded with it ("Iran arrested a British-Iranian" is aimed at Britain, as CAMEO codes it)."""
        span = doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None:
            return party
        noun = span.root.head if span.root.dep_ in {"amod", "compound"} else span.root
        found: dict[int, str] = {}
        # the parser hangs the first of the pair on the noun or on the second ("British" under "Iranian")
        near = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
        for c in [*near, *(g for n in near for g in n.children if g.dep_ in {"amod", "compound"} and g.i < n.i)]:
            # a country adjective standing alone, or opening the mention it makes ("Iranian academic")
            m = index.modifiers.get(c.i) or next((m for m in index.at(c.i) if m.start == c.i), None)
            if m is not None and m.country and (m.kind == "demonym" or (c.dep_ == "amod" and c.pos_ == "ADJ")):
                found[c.i] = m.country
        hyphened = {
            country
            for i, country in found.items()
            if (i + 2 in found and doc[i + 1].text == "-") or (i - 2 in found and doc[i - 1].text == "-")
        }
        others = hyphened - homes
        if len(others) != 1 or not hyphened & homes:
            return party
        other = next(iter(others))
        sector = party.code[3:] if party.code and party.country and party.code.startswith(party.country) else ""
        return replace(party, code=other + sector, country=other)

    def _held_reacted(self, verb: Token, sources: list[Party], index: MentionIndex) -> list[Party]:
        """The state a reaction is aimed at when what it reacts to is an arrest or detention named with no author
        but with its place: "France condemned the detention of a French aid worker in Iran" condemns Iran, whose
        act the detention is (`_held_where`), not the one held; the detained citizen is why, not whom."""
        homes = {s.country for s in sources if s.code and s.country}
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            if any(c.dep_ == "poss" for c in noun.children):
                continue  # "China's detention of X": the author is named, and read as such
            cands = self.patterns.get(("N", self._lemma(noun)))
            row = self._match(noun, cands) if cands else None
            if row is None or row.code[:3] not in HELD_BY_STATE:
                continue
            holders = self._held_where(noun, index)
            if holders and holders[0].country not in homes:
                return holders
        return []

    def _held_where(self, tok: Token, index: MentionIndex) -> list[Party]:
        """The state an arrest or detention named with no author is done by: the country it took place in ("the
        arrest of an American journalist in Russia", "the detention of two Canadians in Beijing"). Only a state's
        authorities arrest people on its soil, so English names the place for the doer; the place may hang on the
        act noun or on the person held."""
        held = [g for g in prep_objects(tok, {"of"}) if g.pos_ in {"NOUN", "PROPN"}]
        places = [g for h in [tok, *held] for g in prep_objects(h, {"in"})]
        found = [
            p
            for p in self._resolve(places, index)
            if p.code and p.country and p.mention is not None and p.mention.kind in {"country", "capital"}
        ]
        return [replace(p, code=p.country, sector=None) for p in found[:1]]

    def _nominal_aim(self, tok: Token, index: MentionIndex, sources: list[Party], code: str) -> list[Party]:
        """Whom a nominal act is aimed at when none of its own prepositions names an actor. A stance named
        with its own infinitive is aimed where the act it names is ("Moscow's refusal to lift its blockade of
        Georgia", "its readiness to resume deliveries to Bulgaria"), as a verb frame is; and an attack named as
        the subject of the verb of its impact hits whom that verb hits ("missile strikes hit plants in Ukraine")."""
        slots: list[Token] = []
        for clause in tok.children:
            if clause.dep_ in {"acl", "relcl"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children):
                inner = self._target_slots(clause, EMPTY_PATTERN, False, index)
                # one's own forces or envoys are the means of the act named ("to pull its troops out of X")
                movers = [c for c in inner if c.dep_ == "dobj" and self._own_movers(c)]
                slots += [c for c in inner if c not in movers]
                slots += [g for o in clause.children if o.dep_ == "dobj" for g in prep_objects(o, MEANS_PREPS)]
                slots += [g for c in movers for g in prep_objects(c, {"from", "to", "in", "into"})]
        if code[:2] in FORCE_ROOTS and any(p.code for p in sources):
            # only an attack whose author is named: "the fighting drove families from their homes" names no side
            head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
            if head.dep_ == "nsubj" and head.head.pos_ == "VERB":
                impact = head.head
                slots += [c for c in impact.children if c.dep_ == "dobj"]
                slots += [g for c in impact.children if c.dep_ == "dobj" for g in prep_objects(c, {"in", "at", "near"})]
                slots += prep_objects(impact, {"in", "at", "near", "on"})
        if not slots:
            return []
        own = {p.code for p in sources if p.code}
        # a placed side only: "Russia's Ukraine war has killed thousands of people" kills people, but is waged on
        # the country its own words name (read by the callers' later steps)
        return [
            p
            for p in self._first_with_actor(slots, index, exclude=sources)
            if p.code and p.country and not (p.code in own and _self_reference(tok.doc, p))
        ]

    def _resolve(self, tokens: list[Token], index: MentionIndex, *, subject: bool = False) -> list[Party]:
        """Parties for tokens and their conjuncts: mentions at them or reachable by prep/compound links."""
        out: list[Party] = []
        seen: set[int] = set()
        queue = [
            t
            for tok in tokens
            for t in ([tok] if tok.pos_ != "VERB" else [c for c in tok.children if c.dep_ in SUBJ_DEPS] or [tok])
        ]
        while queue:
            t = queue.pop(0)
            if t.i in index.labels and t.i not in seen:
                # a transcript's speaker label ("VOA:") is no party; the parser may make it the subject and hang
                # the real one on it ("VOA: Russia's President Vladimir Putin visited China"), or a wire dateline
                # with the real ones joined to it ("RIYADH, June 5 (Reuters) - Saudi Arabia, Egypt and Bahrain cut")
                seen.add(t.i)
                queue.extend(c for c in t.children if c.dep_ in {"appos", "conj"} and c.i not in index.labels)
                continue
            if t.i in seen:
                continue
            seen.add(t.i)
            ms = _reach(t, index, subject, self.act_nouns)
            if ms:
                for m in ms:
                    if (m.start_char, m.code) in {(p.start, p.code) for p in out}:
                        continue
                    if m.code:
                        out.append(_affiliated(t.doc, m, index) or _party(m))
                    else:  # an agent with no country ("drug cartels"): keep its sector
                        bare = _phrase(t.doc[m.head])
                        bare.sector, bare.country = m.sector, m.country
                        out.append(bare)
                    # conjuncts hang off any token of a mention in a poor parse ("Barack Obama and ...")
                    for i in range(m.start, m.end):
                        word = t.doc[i]
                        children = list(word.children)  # walked twice below: read once
                        queue.extend(c for c in word.conjuncts if c.i not in seen and not stranded(c))
                        queue.extend(c for c in children if c.i not in seen and _listed_modifier(c, m, index))
                        # lists parsed as apposition ("The US, Russia, and Switzerland met")
                        queue.extend(
                            c
                            for c in children
                            if c.dep_ == "appos"
                            and index.at(c.i)
                            and index.at(c.i)[0].kind in {"country", "demonym"}
                            # a list has commas: "to Ukraine alarmed Russia" is a clause the parser missed
                            and any(t.doc[k].lower_ in {",", ";"} for k in range(min(i, c.i) + 1, max(i, c.i)))
                        )
            elif t.pos_ in {"NOUN", "PROPN", "PRON"}:
                out.append(_phrase(t))
            queue.extend(c for c in t.conjuncts if c.i not in seen and not stranded(c))
        return out

    def _first_with_actor(
        self, cands: list[Token], index: MentionIndex, exclude: list[Party], goods: bool = False
    ) -> list[Party]:
        """The first candidate slot holding a coded actor; else the first slot's unresolved phrase. In trade and
        other material exchange (`goods`) what is taken "from" someone is a thing, however it is named ("bought
        the S-400 from Russia", "lease back Diego Garcia from Mauritius"): whom it comes from is the other side.
        People are moved from places in other acts ("evacuated Smith from Kabul")."""
        taken = {(p.start, p.end) for p in exclude}
        fallback: list[Party] = []
        weak: list[Party] = []
        ground: list[Party] = []
        home = {p.country for p in exclude if p.code and p.country}
        for tok in cands:
            parties = [p for p in self._resolve([tok], index) if (p.start, p.end) not in taken]
            coded = [p for p in parties if p.code]
            if (
                coded
                and not index.at(tok.i)
                and all(p.mention is not None and p.mention.modifier_only for p in coded)
                and tok.lemma_.lower() not in AUTHORED_ACTS
                and not (tok.dep_ in {"amod", "compound", "nmod"} and tok.head.lemma_.lower() in AUTHORED_ACTS)
                # "struck Iranian targets in Iraq": on a site struck, the adjective names the side hit
                and tok.lemma_.lower() not in STRUCK_SITES
                and not (tok.dep_ in {"amod", "compound", "nmod"} and tok.head.lemma_.lower() in STRUCK_SITES)
                # "criticized Israeli incursions into Quneitra": on an armed act, the adjective names who carried it
                # out, the one answered; the place in its phrase is only where it happened
                and tok.lemma_.lower() not in ATTACKS_DONE
            ):
                # "contributed Austrian florins to X", "fired Iranian missiles at X": a country adjective on
                # the thing given or used yields to a slot that names an actor; on a proposal or a mediation it
                # names the author, who is the one answered ("rejected French mediation in the talks with Syria")
                weak = weak or parties
                continue
            home_ground = all((m := p.mention) is not None and m.kind == "country" and p.country in home for p in coded)
            if coded and home_ground:
                # "Iraqi troops retook Mosul from Islamic State": ground in the source's own country yields to
                # the party it was taken from, and stays the target when there is none
                ground = ground or parties
                continue
            if coded and ground and not (tok.dep_ == "pobj" and tok.head.lower_ in {"from", "against"}):
                continue  # only whom the ground was taken from or defended against, not "with US forces"
            patient, on_verb = moved_patient(tok)
            if (
                coded
                and not goods
                and patient is not None
                and actor_like(patient, index)
                and not place(patient, index)
                # "acquired drones from Turkey": arms are the thing taken, never a person moved
                and patient.lemma_.lower() not in GOODS
                and not self._own_movers(patient)  # "withdrew its troops from Syria": they leave it, unmoved by it
                # "withdrew its monitors from Syria", "will withdraw inspectors from Iraq": whoever is withdrawn
                # is the actor's own people, and the place they leave is the target
                and patient.head.lemma_.lower() not in WITHDRAWING
            ):
                # "barred him from the country", "expelled Smith from Russia": the person acted on is the
                # target, unresolved or not (unless the "from" only says where an unnamed group is from:
                # "met a delegation from China"); the place they are kept from or sent out of is not. A place
                # taken ("retook Mosul from Islamic State") is no such party: whom it was taken from is
                moved = [p for p in self._resolve([patient], index) if (p.start, p.end) not in taken]
                if moved and (on_verb or any(p.code for p in moved)):
                    return moved[:1]
            if coded:
                # "contest all or parts of China's claims": beside a coded actor, a bare thing joined to it
                # ("parts") is no second party; an uncoded name ("Israel and the Zorgan Front") still is
                return [p for p in parties if p.code or p.mention is not None or _named_phrase(tok.doc, p, index)]
            if not fallback and parties and actor_like(tok, index):
                fallback = parties[:1]
        return ground or weak or fallback

    # ------------------------------------------------------------------ flags

    def _chain(self, tok: Token) -> list[tuple[Token, Frame | None]]:
        """The trigger and the frames above it: xcomp heads, conjunction heads, the noun of a noun frame
        ("plans to attack") and the verb a means serves ("respond by attacking"), with each frame. Time
        and place adjuncts end the chain: "during the visit" takes nothing from the verb it dates."""
        chain: list[tuple[Token, Frame | None]] = [(tok, None)]
        cur = tok
        for _ in range(5):
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
            # "did not order Israel to release": an infinitive clause with its own subject parses as ccomp
            infinitive = cur.dep_ in {"advcl", "ccomp"} and to
            # "never got the chance to meet": an occasion passes on its holder's negation and modality
            noun_frame = cur.dep_ == "acl" and to and cur.head.lemma_.lower() in NOUN_FRAMES.keys() | CHANCES
            # "will respond by attacking X": the means shares the modality of what it serves
            means = cur.dep_ == "pcomp" and cur.head.lower_ in {"by", "through"}
            # "is keen on buying tanks", "is interested in buying": a stance adjective frames the act as "to" does
            wish = (
                cur.dep_ == "pcomp"
                and cur.head.lower_ in {"in", "on"}
                and cur.head.head.dep_ == "acomp"
                and self._frame(cur.head.head) is not None
            )
            # "hinted at lifting sanctions", "talked of easing curbs", "warned of launching strikes": a gerund after
            # "at", "of" or "about" is what a stance or speech verb is about, so the frame makes of it what it makes
            # of an infinitive ("hinted it would lift"); it is not done
            gerund = cur.dep_ in {"pcomp", "pobj"} and cur.tag_ == "VBG" and self._gerund_frame(cur) is not None
            # "were not a violation of Mexican sovereignty": an act noun denied of something is negated by the
            # copula's "not" (only then: "would be an attack on Russia" is a judgement, not a threat)
            said_of = cur.dep_ == "attr" and cur.head.lemma_ == "be" and any(c.dep_ == "neg" for c in cur.head.children)
            if (
                cur.dep_ not in {"xcomp", "conj", "dobj", "pobj", "acomp"}
                and not (infinitive or noun_frame or means or said_of or wish or gerund)
            ) or cur.head.i == cur.i:
                break
            if cur.dep_ == "dobj" and (by_agents(cur) or prep_objects(cur, {"between"})) and self._coded_verb(cur.head):
                break  # "would support a deal between X and Y": others' act, which the verb only reacts to
            gov = cur.head
            if cur.dep_ in {"pobj", "pcomp"}:
                if (
                    cur.dep_ == "pobj"
                    and not gerund
                    and gov.lower_ in ADJUNCT_PREPS
                    and gov.head.lemma_.lower() not in PREP_LIGHT
                ):
                    break  # "did not clash during the visit": the time or place of an act is no part of it
                gov = gov.head
            framed = cur.dep_ in {"xcomp", "acomp"} or infinitive or wish
            if gerund:
                frame = self._gerund_frame(cur)
            elif noun_frame:  # "has no plans to attack": the plan frames the attack, its "no" negates it
                frame = self.frames.get(NOUN_FRAMES.get(gov.lemma_.lower(), ""))
            else:
                frame = self._frame(gov) if framed else None
            if frame is not None and frame.lemma == "call" and cur.lemma_.lower() in DISCUSSING:
                frame = None  # "called Putin to discuss Ukraine": a phone call for a talk, not an appeal
            if framed and frame is None and any(c.dep_ == "dobj" and c.lemma_.lower() in PERMITS for c in gov.children):
                frame = self.frames.get("permit")  # "gave Iran permission to help": permitted, not done
            chain.append((gov, frame))
            cur = gov
        return chain

    def _peaceful_errand(self, verb: Token) -> bool:
        """Whether forces or officers are sent on a peaceful errand their verb names ("sent military officers to
        Mali to investigate the attacks", "deployed a team to Sudan to monitor the truce", "sent troops to hold talks
        with the rebels"): an infinitive of purpose, done by the sending (`DONE_AIMS`), that is no use of force. The
        sending is its means, not a show of force (15); the errand is coded on its own verb."""
        for c in verb.children:
            if c.dep_ == "advcl" and c.pos_ == "VERB" and purpose(c):
                row = self._match(c, self.patterns.get(("V", c.lemma_.lower()), ()))
                if row is not None and row.code[:2] in PEACEFUL_ERRANDS:
                    return True
        return False

    def _gerund_frame(self, gerund: Token) -> Frame | None:
        """The frame a gerund after "at", "of" or "about" takes from the verb that preposition hangs on: a subject
        frame's own ("hinted at lifting" as "hinted it would lift", "warned of striking" as "warned it would
        strike"), or, for verbs of talk that open no infinitive ("talked of easing curbs", "spoke about lifting
        sanctions"), a hint's: an act spoken of as to come. Object frames ("accused X of attacking") say what another
        did, and are no stance."""
        prep = gerund.head
        if prep.dep_ != "prep" or prep.lower_ not in GERUND_PREPS:
            return None
        verb = prep.head
        if verb.pos_ != "VERB":
            return None
        frame = self._frame(verb)
        if frame is not None:
            return frame if frame.control == "subject" and not frame.raising else None
        return self.frames.get("hint") if verb.lemma_.lower() in TALK_OF else None

    def _flags(self, tok: Token) -> tuple[bool, str, bool, bool]:
        """Negation, modality, whether the modality is the source's own stance (its future, its
        threat, its refusal) rather than someone's order or a condition it is the premise of, and
        whether the negation is the source's own: only then do CAMEO's intent/threat/rejection codes
        apply. "Obama would not let Russia help Israel" negates Russia's help, but the refusal is Obama's."""
        index: MentionIndex | None = tok.doc._.dw_mentions
        negated = False
        foreign = False  # above an object-control frame: negations belong to whoever orders or permits
        modality = "asserted"
        own = True
        question = False  # "whether X may use force": asked about, not X's stance
        forced = False  # under "forced to": what is to come is the forcer's doing, not a stance of the forced

        def bump(m: str, mine: bool = True) -> None:
            nonlocal modality, own
            if MODALITY_RANK[m] > MODALITY_RANK[modality]:
                modality, own = m, mine and not forced

        prev = tok
        means = False
        kept_up = False  # passed a stop of the activity: negations above it say the activity goes on
        neg_own = False
        effort = False  # the modality so far is only an effort frame's ("working to prevent")
        for n, (verb, frame) in enumerate(self._chain(tok)):
            foreign = foreign or (frame is not None and frame.control == "object")
            was = negated
            denial = False
            if n and prev.dep_ == "conj" and own_clause(prev, verb):
                break  # "did not condemn X but criticized Y": the first verb's "not" is not the second's
            if n and prev.dep_ == "conj" and index is not None and reporter_conj(prev, index) is not None:
                break  # "said the mills were not the problem and warned ...": the "not" is what was said
            # "can't suppress our voices by banning books": the books are banned all the same
            means = means or (n > 0 and prev.dep_ == "pcomp")
            if n and prev.lemma_.lower() in NOUN_FRAMES and verb.lemma_.lower() in PLAN_CANCELLERS:
                negated = True  # "denied plans to attack X"
            if n and prev.dep_ == "xcomp" and verb.lemma_.lower() in DENIALS:
                negated = denial = True  # "denied attacking X": the source's account is that it did not
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENIALS:
                negated = denial = True  # "denied that it had attacked X"
            below, prev = prev, verb
            kids = list(verb.children)
            if n == 0 and any(
                g.lower_ == "neither" for c in kids if c.dep_ in {"nsubj", "nsubjpass", "dobj"} for g in c.children
            ):
                negated = True  # "Neither X nor Y attended"
            if n == 0 and verb.dep_ in {"pcomp", "pobj"} and verb.head.dep_ == "prep" and verb.head.lower_ == "without":
                negated = True  # "left Moscow without meeting Putin", "ended without a deal": it did not happen
            weighed = verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in OPTIONS
            if n == 0 and weighed:
                bump("hypothetical", False)  # "considering the option of sending tanks": a course weighed, not taken
            # "never stopped attacking X", "did not stop shelling", "refused to stop firing": a stop denied, or
            # refused, says the activity went on; a "not" or a negating frame above the stop is not the activity's
            kept_up = kept_up or (
                n > 0 and below.dep_ == "xcomp" and below.tag_ == "VBG" and self._lemma(verb) in STOPPING
            )
            # "did not even ever clash": the parser may hang "not" under an adverb of the verb
            if (
                not means
                and not kept_up
                and (
                    any(
                        c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
                        for c in kids
                    )
                    or (verb.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in kids))
                    or (n == 0 and any(c.dep_ == "advmod" and c.lower_ in SELDOM for c in kids))
                )
            ):
                negated = True
            if (
                frame is not None
                and effort
                and modality == "hypothetical"
                and frame.effect == "future"
                and frame.control == "subject"
                and not frame.raising
            ):
                modality = "future"  # "committed to work to prevent X": the pledge wins over the effort
            effort = frame is not None and frame.lemma in EFFORTS and modality in {"asserted", "hypothetical"}
            if frame is not None:
                if frame.effect == "negated":
                    negated = negated or not kept_up
                elif frame.lemma in FORECASTS and n > 1:
                    pass  # "are likely to be angered by a ruling to imprison X": a forecast of the anger only
                elif frame.lemma in ATTEMPT_FRAMES:
                    bump(frame.effect, False)  # "tried to storm": an attempt at the act, not a threat of it
                elif frame.lemma in IMPLICATIVE:
                    # "was forced to withdraw", "compelled Kyiv to retreat": the act took place when the forcing
                    # did; "will force Iran to negotiate" gets its future from the frame verb's own "will"
                    forced = True
                else:
                    # "expects North Korea to launch": a clause with a subject of its own is not the
                    # frame's subject's stance
                    bump(
                        frame.effect,
                        frame.control == "subject" and below.dep_ != "ccomp" and not frame.raising,
                    )
            if negated and not was and not foreign and not denial:
                # "refused to supply drones" is a rejection (12); "denied supplying drones" says it was not done,
                # and refuses nothing
                neg_own = True
            reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH | SIGNALS
            asker = self._frame(verb.head) if verb.dep_ == "ccomp" else None
            if asker is not None and asker.control == "object" and subjunctive(verb):
                bump(asker.effect, False)  # "demanded that Israel release": asked for, not done
            # "will continue working with X", "said it would keep supporting X": going on now, so the act is
            # done, not only intended
            ongoing = n > 0 and verb.lemma_.lower() in CONTINUATIONS
            for c in kids:
                if c.dep_ == "aux" and c.lower_ == "would" and reported:
                    if not ongoing:
                        bump("future")  # "said they would meet": the future of reported speech
                elif c.dep_ == "aux" and (c.lower_ in HYPOTHETICAL_AUX or obliged(c, kids)):
                    # "should stop shelling", "must stop attacking": a stop asked for says the activity goes on
                    # (see `_ended_activity`), so only the stop itself is not done
                    if not kept_up:
                        # "China must stop intimidating Taiwan", "Israel should withdraw": an obligation laid on a
                        # named side is someone else's demand, not that side's own threat; "we must respond" or "it
                        # should retaliate" may be the speaker's own
                        bump("hypothetical", not (c.lower_ in OBLIGING_MODALS and _named_subject(kids)))
                elif c.dep_ == "aux" and c.lower_ in FUTURE_AUX:
                    if not ongoing:
                        bump("future")
                elif (
                    c.dep_ == "aux"
                    and c.lower_ == "to"
                    and verb.dep_ == "ROOT"
                    and any(k.dep_ == "nsubj" for k in kids)
                ):
                    bump("future")  # a headline's "US to sell Taiwan jets": announced to come, as "will sell" is
                elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
                    bump("conditional")
                elif c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
                    bump("conditional", False)  # the premise of a condition, not a threat
                elif c.dep_ == "mark" and c.lower_ == "whether":
                    question = True
            if any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids) and n == 0:
                own = False
            if verb.lemma_ == "go" and any(c.dep_ == "xcomp" for c in kids) and n > 0:
                bump("future")
        if open_question(tok):
            # "unclear whether China will invade Taiwan", "questions over whether the US may use force": the writer
            # asks if it takes place; kept, flagged as not stated, and no one's threat or intent
            question = True
            bump("hypothetical", False)
        keeper = kept_from(tok)
        if keeper is not None:
            # "prevented Hamas from attacking Egypt", "refrained from attacking": the act did not take place;
            # only a restraint of one's own is one's own refusal
            negated, neg_own = True, self_restraint(keeper)
        return negated, modality, own and not question, neg_own

    def _date(self, tok: Token, article_date: dt.date | None, modality: str) -> tuple[dt.date | None, bool]:
        """A date stated for this action ("on Friday", "yesterday", "Aug. 5"), else the article date."""
        if article_date is None:
            return None, False
        for verb, _ in self._chain(tok):
            for child in verb.children:
                toks = [child]
                if child.dep_ == "prep" and child.lower_ in {"on", "since", "by"}:
                    toks = [g for g in child.children if g.dep_ == "pobj"]
                elif child.dep_ not in {"npadvmod", "tmod", "advmod", "obl"}:
                    continue
                for t in toks:
                    when = _resolve_date(t, article_date, modality)
                    if when is not None:
                        return when, True
        return article_date, False


def main_event(doc: Doc) -> Event | None:
    """The event a one-line summary of the sentence would name: the coded trigger nearest the root of
    the parse, PLOVER-less statements (01) only when nothing else is coded, then the first in the text.
    The evaluations score this one against sentence-level gold."""
    events = list(doc._.dw_events or [])

    spans = {id(e): doc.char_span(e.action.start, e.action.end, alignment_mode="expand") for e in events}

    def told_by_doer(e: Event) -> bool:
        span = spans[id(e)]
        return (
            span is not None
            and e.source is not None
            and e.source.code is not None
            and not describes_noun(span.root)
            and not in_adverbial_clause(span.root)
        )

    # "Russia's annexation of Crimea was condemned by most of the world", "Japan voiced optimism about talks with
    # Seoul": an act no one is named as doing tells what befell someone, not who did what to whom; where the
    # sentence's own clause also tells an act with a named doer, that one is what a reader would call its event
    doers = [spans[id(e)].root for e in events if told_by_doer(e)]

    def tells_the_doers_act(e: Event) -> bool:
        """Whether a coded act with a named doer lies in what this act is about or done with, not its subject
        ("issued a statement condemning the Russian strike", "killed in a bombing by al-Shabaab", "offered to host
        talks between X and Y"): the outer act is the sentence's, though the parse names no doer for it, and the
        inner one is what it concerns. One told as the subject ("X's annexation was condemned") is not."""
        span = spans[id(e)]
        if span is None:
            return False
        root = span.root
        for tok in doers:
            steps = 0
            while tok.head.i != tok.i and tok.head.i != root.i and steps < 50:
                tok, steps = tok.head, steps + 1
            if tok.head.i == root.i and tok.i != root.i and tok.dep_ not in PATH_SUBJECTS:
                return True
        return False

    stances = [spans[id(e)] for e in events if e.plover is None and told_by_doer(e)]
    # "India denied the allegations by Pakistan": what a named side denies is the act it answers, another's; the
    # denial is the sentence's event, the denied act only what it is about
    denied = {
        c.i
        for e in events
        if e.cameo.startswith("016") and told_by_doer(e) and (span := spans[id(e)]) is not None
        for c in span.root.children
        # "Pyongyang denied that it had supplied weapons": the act a clause of denial tells is, as far as the
        # sentence goes, not done; the denial is
        if c.dep_ == "dobj" or (c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"})
    }

    def stance_topic(e: Event) -> bool:
        """Whether an act is what a stated stance is about ("expressed hope for the resumption of talks", "voiced
        optimism about trade talks with Seoul"): hoped for or feared, it is the stance's topic, and the stance,
        which a named side took, is the sentence's event."""
        span = spans[id(e)]
        if span is None or e.plover is None:
            return False
        if span.root.i in denied:
            return True
        for stance in stances:
            tok, steps = span.root, 0
            while tok.head.i != tok.i and not (stance.start <= tok.head.i < stance.end) and steps < 50:
                tok, steps = tok.head, steps + 1
            if stance.start <= tok.head.i < stance.end and tok.dep_ == "prep" and tok.i >= stance.end:
                return True
            # "Israel admitted responsibility for the attack": the act owned up to is what the admission is about
            if stance.start <= tok.head.i < stance.end and tok.dep_ == "dobj" and tok.lemma_.lower() in OWNING_UP:
                return True
        return False

    topics = bool(stances) and any(stance_topic(o) for o in events)

    # "The Canadian, who was detained by Chinese police, was charged with spying": an agentless passive tells what
    # next befell someone the sentence introduces by an act of the same kind with a named doer; that act, though
    # told in a clause describing them, is the only "who did what to whom" the sentence has about them ("hostages
    # who were seized by Hamas were freed" is another kind of act, and the release stays the event)
    introduced = {
        (o.target.code, o.target.country, o.cameo[:2])
        for o in events
        if spans[id(o)] is not None
        and o.source is not None
        and o.source.code is not None
        and o.target is not None
        and o.target.code is not None
        and describes_noun(spans[id(o)].root)
    }

    def faceless(e: Event) -> bool:
        span = spans[id(e)]
        return (
            bool(introduced)
            and span is not None
            and (e.source is None or e.source.code is None)
            and e.target is not None
            and (e.target.code, e.target.country, e.cameo[:2]) in introduced
            and _passive_verb(span.root)
            and not by_agents(span.root)
        )

    def rank(e: Event) -> tuple[bool, bool, bool, bool, int, int, bool]:
        span = spans[id(e)]
        if span is None:
            return (False, bool(doers), False, e.plover is None, 0, e.action.start, False)
        by_doer = _named_as_doer(doc, e)
        return (
            faceless(e),
            bool(doers) and not told_by_doer(e) and not tells_the_doers_act(e),
            describes_noun(span.root),
            e.plover is None and not topics,
            tree_depth(span.root),
            e.action.start,
            not by_doer,
        )

    return min(events, key=rank) if events else None


def _named_as_doer(doc: Doc, e: Event) -> bool:
    """Whether an event's source is named where English puts the doer: the subject of an active verb, the "by" agent
    of a passive, or the owner of an act noun ("Egypt's talks with Jordan"). Of a mutual act coded both ways, or a
    visit and its hosting, the one so read is the sentence's own telling; the other is its mirror."""
    if e.source is None:
        return False
    span = doc.char_span(e.source.start, e.source.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"nsubj", "poss"} or (tok.dep_ == "pobj" and tok.head.dep_ == "agent") or _paired_first(tok)


def _paired_first(tok: Token) -> bool:
    """Whether a name is the first half of a headline's comma pair ("Seoul, Tokyo agree ..."), which the parser hangs
    on the verb as an adverbial: it is a subject as much as the second, and being named first, it is the one a
    reader takes as the doer of the pair's act (`stray_first_item`)."""
    if tok.dep_ not in {"npadvmod", "dep", "nmod", "appos", "compound"} or tok.head.i <= tok.i or tok.tag_ != "NNP":
        return False
    nxt = tok.right_edge.i + 1
    doc = tok.doc
    if nxt + 1 >= len(doc) or doc[nxt].text != ",":
        return False
    head = tok.head
    if head.dep_ == "nsubj" and head.i == nxt + 1 and head.tag_ == "NNP":
        return True  # "Armenia, Azerbaijan hold talks", the first name hung on the second
    return head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" and c.left_edge.i == nxt + 1 for c in head.children)


def probed_doers(tok: Token, objects: list[Token]) -> list[Token]:
    """The doers of the act an investigation is "into": the owner of an act noun ("a vessel's ramming"), the subject
    of a clause the noun states ("allegations that guards tortured"), or the subject of a "why"/"how" clause."""
    out: list[Token] = []
    intos = [
        g for h in [tok, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ == "into" for g in p.children
    ]
    for into in (g for g in intos if g.dep_ in {"pobj", "pcomp"}):
        if into.dep_ == "pcomp" or into.pos_ in {"VERB", "AUX"}:
            out += [g for g in into.children if g.dep_ in {"nsubj", "nsubjpass"}]
            continue
        out += [g for g in into.children if g.dep_ == "poss" and g.pos_ != "PRON"]
        out += [
            g
            for c in into.children
            if c.dep_ in {"acl", "ccomp"}
            for g in c.children
            if g.dep_ in {"nsubj", "nsubjpass"}
        ]
    return out


def refused_makers(objects: list[Token]) -> list[Token]:
    """Who made or asked for the things a refusal turns down: the "by" agent of a participle on the noun ("records
    requested by prosecutors"), the one it is "from" ("an offer from Taipei"), or its owner ("Kyiv's proposal")."""
    out: list[Token] = []
    for o in objects:
        if o.pos_ not in {"NOUN", "PROPN"}:
            continue
        # "a proposal for joint patrols from the navy": the parser may hang the maker on what is proposed
        inner = [g for p in o.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} for g in p.children]
        out += [g for x in inner for p in x.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children]
        for c in o.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                out += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            elif c.dep_ == "prep" and c.lower_ in {"from", "by"}:
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "poss" and c.pos_ != "PRON":
                out.append(c)
    return out


# the dependents that name who or what an act is done by, not what it is about
PATH_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "poss"}


def in_adverbial_clause(tok: Token) -> bool:
    """Whether a trigger lies in an adverbial clause ("after Venezuelan gunboats entered its waters", "as Pyongyang
    fired a missile"): such a clause sets the time or cause of the sentence's own act, its background."""
    steps = 0
    while tok.head.i != tok.i and steps < 50:
        if tok.dep_ == "advcl":
            return True
        tok, steps = tok.head, steps + 1
    return False


def describes_noun(tok: Token) -> bool:
    """Whether a trigger lies in a participle or relative clause that describes a noun ("a minute of silence for
    soldiers killed in the war", "returned detained drivers", "refugees who fled the fighting"): such a clause
    tells who or what the noun is, the background of the sentence's own act, so it is the main event only when
    nothing outside it is coded. A present participle ("a statement condemning the attack") carries the act the
    noun is for, and is not background."""
    steps = 0
    while tok.head.i != tok.i and steps < 50:
        if tok.dep_ == "relcl" or (tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN"):
            return tok.head.pos_ in {"NOUN", "PROPN", "PRON"}
        tok, steps = tok.head, steps + 1
    return False


def _affiliated(doc: Doc, m: Mention, index: MentionIndex) -> Party | None:
    """A role with no country takes it from the body or person it is tied to: "the spokesman for the
    Palestinian Authority" speaks for the Authority, "the commander, General X" is X, "an official of
    the Iraqi interior ministry" is Iraqi government. The party spans both so its text is the phrase."""
    if m.country or not m.sector or m.kind != "agent":
        return None
    head = doc[m.head]
    slots = [c for c in head.children if c.dep_ == "appos"]
    slots += [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for slot in slots:
        tied = [x for x in index.at(slot.i) if x.code and x.country and x is not m]
        if not tied:
            continue
        x = tied[0]
        if slot.dep_ == "appos" or x.kind in {"organization", "group", "person"} or x.sector:
            # a body with a sector of its own is what the role serves: "the leader of the opposition", placed
            # by the story, leads the opposition, not the government
            code, sector = x.code, x.sector
        else:
            code, sector = x.country + m.sector, m.sector
        span = doc[min(m.start, x.start) : max(m.end, x.end)]
        return Party(span.text, span.start_char, span.end_char, code, x.country, sector, m)
    return None


def _listed_modifier(tok: Token, head: Mention, index: MentionIndex) -> bool:
    """Whether a modifier left of a mention is really the first item of a list the parser folded into
    it ("Arnor, Calenardhon and Gondor welcomed": "Arnor" hangs as a modifier of "Gondor"). Only a
    separately coded name that has list items of its own or a comma after it counts, so that a
    modifier that narrows the head ("Hamas militants") stays part of it."""
    if tok.dep_ not in {"nmod", "compound"} or tok.i >= head.start or not tok.i < tok.head.i:
        return False
    own = [m for m in index.at(tok.i) if m.code and m.end <= head.start]
    if not own:
        return False
    after = tok.doc[own[0].end] if own[0].end < len(tok.doc) else None
    return any(c.dep_ == "conj" for c in tok.children) or (after is not None and after.text == ",")


def _self_reference(doc: Doc, party: Party) -> bool:
    """Whether a party names its subject again: a pronoun ("it") or its own people ("its fighters")."""
    m = party.mention
    if m is None:
        return False
    return m.pronoun or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doc[m.head].children)


def _owner_pronoun(doc: Doc, party: Party) -> bool:
    """Whether a party is only a possessive pronoun on the noun acted on ("his rival", "its critics")."""
    m = party.mention
    return m is not None and m.end - m.start == 1 and doc[m.start].dep_ == "poss" and doc[m.start].pos_ == "PRON"


def conceded(noun: Token) -> bool:
    """Whether a noun is what the clause acts under or despite ("under pressure from X", "despite protests")."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in CONCEDED


def reporter_conj(tok: Token, index: MentionIndex) -> Token | None:
    """The reporting verb whose subject does a conjoined verb the parser hung on the reported clause: in
    "Officials said the mills were not the problem and warned against tariffs" the mills cannot warn. Only
    when what was said has no actor for a subject and both verbs share the tense of the report."""
    gov = tok.head
    if tok.dep_ != "conj" or any(c.dep_ in SUBJ_DEPS | {"nsubjpass"} for c in tok.children):
        return None
    report = gov.head
    if gov.dep_ != "ccomp" or report.lemma_.lower() not in SPEECH or tok.tag_ != report.tag_:
        return None
    said = [c for c in gov.children if c.dep_ in SUBJ_DEPS | {"nsubjpass", "expl"}]
    if any(actor_like(c, index) for c in said) or not any(c.dep_ in SUBJ_DEPS for c in report.children):
        return None
    return report


def _spoken(tok: Token, pattern: Pattern) -> bool:
    """Whether an act is one of words that a meeting, call or summons is made for (`SPOKEN_AIMS`); a protest
    made to a summoned envoy ("summoned the Russian envoy to protest the strike") is lodged, not marched."""
    return pattern.code[:2] in SPOKEN_AIMS or (pattern.pos == "V" and tok.lemma_.lower() == "protest")


def _aimed_at_own(sources: list[Party], targets: list[Party]) -> bool:
    """Whether every coded target of an act is of the country of its source: in a demand or appeal, the ones asked
    for, not the one asked ("demanded the return of its children"); in a threat clause, the state itself named
    another way ("Russia would cut gas, the Kremlin warned")."""
    own = _home_countries(sources)
    coded = [t for t in targets if t.code]
    return bool(own) and bool(coded) and all(t.country in own for t in coded)


def _own_forces_told(doc: Doc, sources: list[Party], targets: list[Party]) -> bool:
    """Whether every coded side an order is given to is named as the orderer's own armed force or police ("Algeria
    ordered its army ...", "told their troops to ..."): of its country (`_aimed_at_own`), and with a possessive
    pronoun that says so. An organ named by itself ("directed the Pentagon to ...") is addressed as a side of its
    own."""
    coded = [t for t in targets if t.code]
    own = _home_countries(sources)
    if (
        coded
        and own
        and all(
            t.sector in COMMANDED_SECTORS
            and t.mention is not None
            and t.mention.kind == "agent"
            and (t.country is None or t.country in own)
            for t in coded
        )
    ):
        # "ordered troops to open fire", "the court ordered police to detain them": forces named by their role
        # alone, of no other country, are the commander's own (a named organ, "the Pentagon", is a side)
        return True
    if not _aimed_at_own(sources, targets):
        return False
    for t in coded:
        if t.sector not in COMMANDED_SECTORS:
            return False
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        head = span.root if span is not None else None
        if head is None or not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in head.children):
            return False
    return True


# The prepositions of a row that name what an act was done with ("destroy with obj:missile", "damage in obj:shelling")
MEANS_WORDS = {"with", "in"}


def _bare_force(party: Party) -> bool:
    """Whether a side is an armed force or police named by no country ("troops", "the police"): coded by its
    role alone."""
    return party.country is None and party.sector in COMMANDED_SECTORS and party.code == party.sector


def _commanders_forces(told: list[Party], commanders: list[Party]) -> list[Party]:
    """The forces an order is given to, placed by whoever gives it. English names a state's own forces bare when
    its leader or government commands them ("the Syrian president ordered troops to open fire", "the court
    ordered police to detain them"): troops or police no country is named for are the commander's own."""
    home = next((p.country for p in commanders if p.code and p.country), None)
    if home is None:
        return told
    return [replace(p, code=home + p.sector, country=home) if p.sector and _bare_force(p) else p for p in told]


def _people_only(sources: list[Party]) -> bool:
    """Whether the coded sides an act comes from are all people or bodies outside the state (consumers, firms,
    unions), named with such a sector."""
    coded = [p for p in sources if p.code]
    return bool(coded) and all(p.sector is not None and p.sector not in STATE_BODIES for p in coded)


def _state_voice(sources: list[Party]) -> bool:
    """Whether the sides an act comes from are states named as such ("China", "Beijing") or their officials."""
    coded = [p for p in sources if p.code]
    return bool(coded) and all(
        p.sector in OFFICIAL or (p.sector is None and p.mention is not None and p.mention.kind == "country")
        for p in coded
    )


def _armed_author(sources: list[Party]) -> bool:
    """Whether a strike's author is a state as such ("a Russian strike", "a U.S. strike") or its armed forces."""
    return any(
        p.code
        and (
            p.sector in STATE_FORCE | {"COP", "REB", "SPY"}
            or (p.sector is None and p.mention is not None and p.country)
        )
        for p in sources
    )


def shelter_sought(verb: Token) -> list[Token]:
    """The asylum or refuge a verb asks for, as its object or through "for" ("sought asylum", "asked for refuge")."""
    asked = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, {"for"})
    return [o for o in asked if o.lemma_.lower() in SHELTER]


def small_clause_subjects(particles: list[Token]) -> list[Token]:
    """Subjects the parser hung on a particle read as a small clause ("want American forces out", "forces out")."""
    return [g for o in particles for g in o.children if g.dep_ == "nsubj"]


def countries_at(index: MentionIndex, tokens: list[Token]) -> set[str]:
    """The countries of the mentions at these words (whose soil or forces a show of force involves)."""
    return {m.country for x in tokens for m in index.at(x.i) if m.country}


def _state_bombing(sources: list[Party], targets: list[Party]) -> bool:
    """Whether a bombing is done by a state or its forces (not rebels or police) to another country."""
    authors = {
        p.country
        for p in sources
        if p.code and p.country and (p.sector in STATE_FORCE or (p.sector is None and p.mention is not None))
    }
    return bool(authors) and any(t.code and t.country and t.country not in authors for t in targets)


def _states_charged(sources: list[Party], targets: list[Party]) -> bool:
    """Whether the ones charged are states named as such ("North Korea", "Pyongyang"), by another side."""
    coded = [t for t in targets if t.code]
    own = {s.country for s in sources if s.code}
    return bool(coded) and all(
        t.mention is not None
        and (t.mention.kind == "capital" or (t.mention.kind == "country" and t.sector is None))
        and t.country not in own
        for t in coded
    )


def _bare_row(p: Pattern, **changes: Any) -> Pattern:
    """A row read for the act it codes alone, without the words, second lists, complement or converse it asked of
    its own trigger: the act was found through another word (a carried-on noun, a stopped gerund, a deadline), so
    those requirements were met there, not on the verb now coded."""
    return replace(p, words=(), also=(), complement=None, reverse=False, **changes)


def _pulled_apart(tok: Token) -> bool:
    """Whether a de-escalation is one of two sides facing each other: a disengagement, or a pullback from their
    shared border ("India and China completed disengagement", "withdrew troops from their disputed border").
    Allies may withdraw together from a third country; two sides pulling back from their border face each other."""
    words = [tok, *tok.children, *(g for c in tok.children if c.dep_ in {"dobj", "prep", "advmod"} for g in c.children)]
    if any(w.lemma_.lower() in DISENGAGING for w in words):
        return True
    return any(
        w.lemma_.lower() in FRONTIERS and any(c.lower_ in {"their", "disputed", "shared", "common"} for c in w.children)
        for w in words
    )


def _named_owner(noun: Token) -> bool:
    """Whether a noun has an owner named by a possessive noun phrase ("the North's call", "Kyiv's plan"), not a
    pronoun."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)


def _near_town(place: Token) -> bool:
    """Whether a place near which something was hit is a town or country by name ("near Kyiv", "outside
    Mogadishu"): a common noun there ("near the Iraqi border", "outside the base") may lie on either side of a
    line, and says nothing of whose ground was hit."""
    return place.pos_ == "PROPN" and place.ent_type_ in {"GPE", ""} and not any(c.dep_ == "det" for c in place.children)


def _split_infinitive(verb: Token, clause: Token) -> bool:
    """Whether a to-infinitive after a verb is its complement though parsed as an adverbial clause: "threatened
    on Sunday to invade", "vowed late on Monday to retaliate". A time or place phrase between the verb and its
    infinitive makes the parser hang the infinitive as advcl, but English puts such adjuncts there freely and the
    infinitive still says what was threatened or vowed; one with its own subject, or before the verb, is none."""
    return (
        clause.dep_ == "advcl"
        and clause.i > verb.i + 1
        and to_infinitive(clause)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)
        and any(c.dep_ in {"prep", "npadvmod", "advmod"} and verb.i < c.i < clause.i for c in verb.children)
    )


def _shared_by_states(sources: list[Party], targets: list[Party]) -> bool:
    """Whether two or more states named together as the subject of a cooperative or de-escalating act do it with
    each other: "India and China completed the disengagement of troops", "Thailand and Cambodia withdrew troops
    from the border" name no third side, and what is acted on is only their own (their troops, their border), so
    the act is between them, as CAMEO codes a joint act of two named sides each to the other."""
    states = {s.country for s in sources if s.code and s.country and s.sector is None}
    if len(states) < 2:
        return False
    return all(t.country is None or (t.country in states and t.sector is not None) for t in targets)


def _mutual_kind(tok: Token, code: str) -> bool:
    """Whether an act done "between" two sides is done by each to the other: a meeting, talks or an accord, and
    fighting ("fighting between X and Y", "clashing between"), which CAMEO codes both ways as it does a clash."""
    return tok.lemma_.lower() in RECIPROCAL or code in MUTUAL_CONSULT | {"046", "057"} or code[:2] == "19"


# mention kinds that name a place as such: a country or a capital (not a demonym, which names its people)
PLACE_MENTIONS = {"country", "capital"}


def _only_a_place(doc: Doc, side: EventActor | None) -> bool:
    """Whether a side is only a place, or none: a country or a capital named as such ("on Sanaa", "in Gaza")."""
    if side is None or not side.code:
        return True
    span = doc.char_span(side.start, side.end, alignment_mode="expand")
    index: MentionIndex | None = doc._.dw_mentions
    if span is None or index is None:
        return False
    return any(m.kind in PLACE_MENTIONS for m in index.at(span.root.i))


def _state_adjective(mention: Mention, tok: Token | None) -> bool:
    """Whether a country adjective names the state behind an attack: it stands on the act noun itself ("a Russian
    attack on Odesa") or on the weapon that did it ("a Turkish missile killed"). People have no attacks or
    missiles of their own in news English; a demonym noun ("Serbs attacked") stays the people."""
    if tok is None or mention.kind != "demonym":
        return False
    word = tok.doc[mention.head]
    if word.dep_ not in {"amod", "compound", "nmod"} or word.pos_ not in {"ADJ", "PROPN"}:
        return False
    holder = word.head
    return holder.i == tok.i or (
        holder.head.i == tok.i and holder.dep_ == "nsubj" and holder.lemma_.lower() in ATTACK_MEANS
    )


def _asked_for(dobjs: list[Token]) -> set[str]:
    """What an asking noun the verb takes asks for ("rejected calls for political reform", "dismissed demands for a
    new constitution"): to reject a call for a thing is to reject that thing as asked (CAMEO 12's "reject request
    or demand for ..."), so a rejection row reads it as its object. Other verbs keep the call as their object
    ("renewed calls for reform" renews the call)."""
    return {w for g in _asked_nouns(dobjs) for w in object_words(g)}


def _asked_nouns(dobjs: list[Token]) -> list[Token]:
    """What asking nouns among ``dobjs`` ask "for" ("calls for a ceasefire" -> ceasefire), as tokens."""
    return [g for o in dobjs if o.lemma_.lower() in ASKING_NOUNS for g in prep_objects(o, {"for"})]


# Acts people do as a crowd and never undergo: "students protested/marched/rallied" has no passive reading
CROWD_ACTS = {"protest", "demonstrate", "rally", "march", "riot"}


def _crowd_act(verb: Token) -> bool:
    """Whether a past form the parser hung on a noun as a passive participle is a crowd's own act ("Hundreds of
    students protested in Dhaka"): no one is "protested" or "marched" by another, so with no agent the noun is
    the subject of a past tense."""
    return verb.lemma_.lower() in CROWD_ACTS and not any(c.dep_ in {"agent", "dobj"} for c in verb.children)


def _bare_weapon(tok: Token) -> bool:
    """Whether a passive's agent is a weapon rather than anyone who used it ("struck by an IED", "hit by a rocket")."""
    return tok.lemma_.lower() in PLATFORMS | MUNITIONS or roadside_bomb(tok)


def _bombing_means(verb: Token) -> str | None:
    """The kind of bombing (183x, `bombing_kind`) a harm was done by, or None: the passive's agent, what it was done
    "in" or "by" ("killed in an IED attack", "wounded by a car bomb"), or the active verb's subject or object ("a
    suicide bomber killed nine", "a car bombing killed six")."""
    for c in verb.children:
        if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "in"}:
            for g in c.children:
                if g.dep_ == "pobj" and (kind := bombing_kind(g)):
                    return kind
        elif c.dep_ in {"nsubj", "dobj"} and (kind := bombing_kind(c)):
            return kind
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        # "A car bomb exploded outside a police station, killing three officers": a participle of result tells what
        # the main clause's subject did, so the bomb that exploded is what killed
        for c in verb.head.children:
            if c.dep_ == "nsubj" and (kind := bombing_kind(c)):
                return kind
    return None


# kinds of mention whose key names one actor: an agent's key names a kind of people ("agent:GOV:leader": any
# leader), and a country's is also that of its regions ("let monitors into the Amhara region" of Ethiopia is no
# act on itself)
ONE_ACTOR_KINDS = {"person", "group"}


def _one_actor(source: Party, target: Party) -> bool:
    """Whether the two sides of a pair are one actor, so no event between sides ("Ruto thanked Kagame for his
    support", "his" read as Ruto's own): the same person or named body twice, or a person and the post he holds
    ("Ruto thanked the Kenyan president" of Ruto as president). One acts on oneself only as "himself"."""
    a, b = source.mention, target.mention
    if a is None or b is None:
        return False
    if a.key == b.key and a.kind in ONE_ACTOR_KINDS:
        return True
    for p, q in ((a, b), (b, a)):
        if (
            p.kind == "person"
            and p.title
            and q.kind == "organization"
            and q.code == p.code
            and q.text.lower().endswith(p.title.lower())
        ):
            return True
    return False


def _first_person(words: list[Token]) -> bool:
    """Whether a subject is the speaker's own side ("we must respond", "I should go"): an exhortation, not a demand
    made of another."""
    return any(w.lower_ in {"we", "i", "us"} for w in words)


def _named_subject(kids: list[Token]) -> bool:
    """Whether a clause's subject (among `kids`, the verb's children) names a side rather than a pronoun."""
    return any(c.dep_ in SUBJ_DEPS and c.pos_ in {"PROPN", "NOUN"} for c in kids)


def obliged(aux: Token, kids: list[Token]) -> bool:
    """Whether an auxiliary says an act is required ("Russia must withdraw", "must release the journalists"): what
    must be done has not been, as with "should". "Must have" is a conclusion that it was ("must have supplied")."""
    return aux.lower_ == "must" and not any(c.dep_ == "aux" and c.lower_ in {"have", "'ve"} for c in kids)


def _made_here(noun: Token) -> bool:
    """Whether a pact's noun is the object (or passive subject) of a verb that makes it ("signed a Sino-Russian
    pact", "the pact was concluded"), or of a preposition on such a verb ("agreed on a pact")."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif noun.dep_ not in {"dobj", "nsubjpass", "nsubj"}:
        return False
    return gov.lemma_.lower() in PACT_MAKING


def _after_interruption(tok: Token) -> bool:
    """Whether a finite verb the parser hung on the sentence's head noun follows a phrase set off by commas
    ("Egypt's president, Abdel Fattah al-Sisi, offered to host talks", "South Korea's president, who took office
    last month, offered to meet Kim"): news puts an apposition, a relative clause or an aside between a subject
    and its verb, and a past or present tense form right after the closing comma is that subject's verb, not a
    participle modifying it (a participle is VBN, and "the deal, signed in May, ..." keeps its own reading)."""
    if tok.tag_ not in {"VBD", "VBZ", "VBP"} or tok.i == 0 or tok.nbor(-1).lower_ != ",":
        return False
    return any(c.dep_ in {"appos", "relcl", "acl", "amod", "prep", "advcl"} and c.i < tok.i for c in tok.head.children)


def _fight(code: str, source: Party | None, tok: Token | None = None, target: Party | None = None) -> str:
    """A generic attack (180) by a state's forces or a state as such is CAMEO's conventional military
    force (190). An organized armed group's attack on a state's forces is war too (190: CAMEO's root 19 is "acts of
    war typically by organized armed groups"), while its killing or wounding (`HARM_VERBS`) of people who are no
    armed force is 180 (CAMEO keeps 18 for violence that needs no military capacity). The
    specific assault codes (181-186) name the kind of act and stay as they are, except a bombing (183, which
    CAMEO defines as non-military) by a state's armed forces: that is their aerial or artillery fire (195,
    "the Saudi-led coalition bombed Sanaa")."""
    if code == "183" and source is not None and source.code is not None and source.sector == "MIL":
        return "195"
    if code in WEAPON_KINDED and tok is not None and tok.pos_ == "VERB":
        # "Israeli warplanes struck targets", "Russian missiles destroyed a depot": the machine names the force
        kind = weapon_subject(tok)
        if kind is not None:
            return kind
    if tok is not None and source is not None and source.code is not None and source.sector in NON_STATE_ARMED:
        lemma = tok.lemma_.lower()
        if code == "195" and lemma in BOMBING_WORDS:
            # "separatists bombed a convoy", "militants bombed a bridge": an armed group has no air force or
            # artillery, so its bombing is CAMEO's non-military bombing (183), whatever the row for a state's
            # bombing of a place says
            return "183"
        if (
            code in {"180", "190"}
            and target is not None
            and target.code is not None
            and target.sector == "MIL"
            and lemma not in ATROCITIES
        ):
            # "rebels attacked army positions", "militants killed ten soldiers": CAMEO's root 19 is "all uses of
            # conventional force and acts of war typically by organized armed groups", so an organized armed
            # group's armed attack on a state's forces is war (190); 18 keeps the violence that needs no military
            # capacity, such as its killing of civilians, bombings, abductions and assassinations
            return "190"
        if code == "190" and lemma in HARM_VERBS:
            # "gunmen killed five villagers": the harm rows say 190 for a state's forces, but violence done to
            # people who are no armed force needs no military capacity, and CAMEO codes it 18
            return "180"
    if (
        code in {"171", "1711"}
        and tok is not None
        and source is not None
        and source.code is not None
        and source.sector in OUTLAWS
        and object_lemmas(tok, ()) & CRAFT
    ):
        # "Houthi rebels seized a cargo ship", "pirates seized a fishing vessel": a state's seizure of a ship is a
        # confiscation (1711), but rebels or criminals taking a ship, plane or bus with its crew hijack it (181)
        return "181"
    if code != "180" or source is None or not source.country or source.code is None:
        return code
    if source.sector is None:  # the state by name ("Russia", "Moscow"), not its people ("Ukrainians")
        state = source.mention is not None and (
            source.mention.kind in {"country", "capital"} or _state_adjective(source.mention, tok)
        )
        return "190" if state else code
    return "190" if source.sector in STATE_FORCE else code


def _travellers_only(verb: Token) -> bool:
    """Whether the subjects of a verb of travel are all sports teams, performers or bare craft (TRAVELLERS, as the
    head noun or a compound on it: "football team", "ballet company", "cargo plane"), with no possessor."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for c in subjects for g in c.conjuncts]
    return bool(subjects) and all(
        not any(c.dep_ == "poss" for c in s.children)
        and (
            s.lemma_.lower() in TRAVELLERS
            or (
                s.lemma_.lower() in TRAVELLER_HEADS
                and any(c.dep_ == "compound" and c.lemma_.lower() in TRAVELLERS for c in s.children)
            )
        )
        for s in subjects
    )


def leaving_asked(tok: Token) -> Token | None:
    """The leaving an order or a telling asks of its object ("ordered French troops to leave", "to withdraw")."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ in {"xcomp", "ccomp", "advcl"}
            and to_infinitive(c)
            and c.lemma_.lower() in LEAVING_VERBS
            and not any(g.dep_ == "neg" for g in c.children)
        ),
        None,
    )


def _crowd_on_property(tok: Token, code: str) -> bool:
    """Whether an act is one a crowd does to property: a seizure, damage or occupation (171x, 192), or storming or
    attacking a building ("stormed the embassy")."""
    if code[:3] in CROWD_SEIZURES:
        return True
    return code in {"180", "190"} and any(c.dep_ == "dobj" and c.lemma_.lower() in BUILDINGS for c in tok.children)


def _street_clash(doc: Doc, source: Party | None, target: Party | None, code: str) -> str:
    """The code of one side's part in a fight between a crowd and the police or troops (CAMEO 145 for the crowd,
    175 for the force that represses it); any other pair keeps its code."""
    if source is None or target is None or not (code == "145" or code[:2] == "19"):
        return code
    if _crowd_party(doc, source) and target.sector in SECURITY:
        return "145"
    if source.sector in SECURITY and _crowd_party(doc, target):
        return "175"
    return code


def _crowd_party(doc: Doc, party: Party) -> bool:
    """Whether a side is a crowd by the head of its phrase ("protesters in Dhaka") or its last word."""
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    head = span.root.lemma_.lower() if span is not None else ""
    return head in CROWDS or _crowd([party])


def _crowd(sources: list[Party]) -> bool:
    """Whether the coded sides an act comes from are all crowds ("protesters", "a mob of students"), named by
    the head word of their phrase."""
    heads = [p.text.lower().replace("'s", "").split()[-1:] for p in sources]
    return bool(sources) and all(h and (h[0] in CROWDS or h[0].rstrip("s") in CROWDS) for h in heads)


def _with_partner(tok: Token, party: Party) -> bool:
    """Whether a target is the one the act is done *with* ("spoke with X", "held a phone call with X",
    "talks with X and Y"): the other side of a consultation, unlike the one spoken *to* or *about*."""
    return _on_trigger_after(tok, party, {"with"})


def _met_among_themselves(tok: Token) -> bool:
    """Whether a meeting verb's subject is plural or coordinated and no partner is named as its object or by
    "with": "the commanders met in Doha" met each other, not the city's government."""
    if any(c.dep_ in {"dobj", "dative"} for c in tok.children) or prep_objects(tok, {"with"}):
        return False
    subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj and tok.dep_ == "relcl":
        subj = [tok.head]
    return any(s.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in s.children) for s in subj)


def _scene(tok: Token, party: Party) -> bool:
    """Whether a target is where the action happened ("meet in Zurich"), not a second party."""
    span = tok.doc.char_span(party.start, party.end, alignment_mode="expand")
    root = span.root if span is not None else None
    # "met at the Egyptian capital", "protested in the Kenyan capital": a country named by an adjective on the
    # place noun is where, as the place's own name would be
    while root is not None and root.dep_ in {"amod", "compound"} and root.head.i > root.i:
        root = root.head
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "inside"}


def happened_between(noun: Token) -> list[Token]:
    """The sides of an act that is the subject of a verb saying only that it happened ("fighting broke out between X
    and Y", "clashes erupted between X and Y", "talks took place between X and Y"): the parser hangs "between" on that
    verb, but it names the act's sides, as it does on the noun."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in HAPPENING:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() != "place" for o in objects) or (verb.lemma_.lower() == "take" and not objects):
        return []
    return prep_objects(verb, {"between"})


def declaring_host(noun: Token) -> Token | None:
    """The passive verb of saying, ordering or doing (`DECLARED_BY`) whose subject is this nominal act and whose "by"
    agent names who did it ("a three-day truce was proclaimed by X"): a report of the act, whose doer is the agent."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in DECLARED_BY or not by_agents(verb):
        return None
    return verb


def _passive_verb(verb: Token) -> bool:
    """Whether a verb is in the passive voice ("is expected to", "were expected to")."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def condition_doers(tok: Token) -> list[Token]:
    """The active subjects of "if"/"unless" clauses on a verb or the clause it governs ("threatened to stop the
    talks if the United States deploys ..."); a passive one is acted on, not the one acting."""
    verbs = [tok, *(c for c in tok.children if c.dep_ in {"xcomp", "ccomp"})]
    return [
        g
        for v in verbs
        for a in v.children
        if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in a.children)
        for g in a.children
        if g.dep_ == "nsubj"
    ]


def _without_asides(subj: list[Token]) -> list[Token]:
    """Subjects less a dash-delimited aside that renames an earlier one ("An Indian warship — the INS Imphal, a
    destroyer — paid a visit"), which the parser makes a second subject: it is the same actor, not another."""
    if len(subj) < 2:
        return subj
    doc = subj[0].doc
    first = min(s.i for s in subj)

    def aside(s: Token) -> bool:
        left, right = s.left_edge.i - 1, s.right_edge.i
        closed = doc[right].text in DASHES or (right + 1 < len(doc) and doc[right + 1].text in DASHES)
        return s.i != first and left > first and doc[left].text in DASHES and closed

    return [s for s in subj if not aside(s)]


def _same_side(one: str, other: str) -> bool:
    """Whether two actor codes are one side: the same code, or a state and its organs ("the US claimed its troops",
    "the ministry claimed its forces"); a state and the rebels or militants on its soil are two ("Somalia claimed
    al-Shabaab fighters attacked")."""
    if one == other:
        return True
    country = one[:3]
    state = {country, *(country + s for s in STATE_BODIES)}
    return other[:3] == country and one in state and other in state


def _doing(verb: Token) -> bool:
    """Whether a verb's complement is an activity in the gerund ("quit attacking", "quit fighting", which the parser
    may read as a bare noun object), not a thing or post ("quit the talks", "quit his job", "quit the meeting")."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG":
            return True
        if c.dep_ == "dobj" and c.lower_.endswith("ing") and c.tag_ in {"VBG", "NN"}:
            return not any(g.dep_ in {"det", "poss", "amod", "compound", "nummod"} for g in c.children)
    return False


def _venue(tok: Token, party: Party) -> bool:
    """Whether a target is a country or capital named as where the act happened, not a side: "met in Doha",
    and a country adjective on the place noun, "met at the Egyptian capital", as the place's name would be."""
    demonym = party.mention is not None and party.mention.kind == "demonym" and party.sector is None
    return _scene(tok, party) and (_place_party(party) or demonym)


def _destination(tok: Token, party: Party, scene: bool) -> bool:
    """Whether a target is named as where the act went ("flew to Cairo", "invited investors to Accra") or, with
    `scene` (acts of help and cooperation), where it took place ("political overtones in Mexico"): the object of
    a place preposition on the trigger or its object. A restriction "in Algiers" does fall on the city."""
    return _on_trigger_after(tok, party, {"to", "into", "in", "at", "inside"} if scene else {"to", "into"})


def _on_trigger_after(tok: Token, party: Party, preps: set[str]) -> bool:
    """Whether a party (or the first of its conjuncts) is the object of one of `preps` hung on the trigger or on
    its object ("talks **with** X and Y", "invited investors **to** Accra")."""
    span = tok.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in preps:
        return False
    return prep.head.i == tok.i or (prep.head.head.i == tok.i and prep.head.dep_ in {"dobj", "attr"})


def _landed_twice(doc: Doc, events: list[Event]) -> tuple[set[int], list[Event]]:
    """One attack told twice: an act noun that is what a verb of impact says landed ("an Israeli strike hit a
    school in Rafah", "a school was hit by an Israeli airstrike"). The noun names the act and the verb says
    whom it landed on, so the noun's event is kept with the verb's sides where its own are not coded, once per
    side the verb names. Returns the ids of the events that go and the merged events that replace them. A verb
    said otherwise than the noun (negated, or only expected) is a claim of its own and stays."""
    at: dict[int, list[Event]] = {}
    for ev in events:
        span = doc.char_span(ev.action.start, ev.action.end, alignment_mode="expand")
        if span is not None and ev.cameo and ev.cameo[:2] in FORCE_ROOTS:
            at.setdefault(span.root.i, []).append(ev)
    dropped: set[int] = set()
    merged: list[Event] = []
    for i, nouns in at.items():
        tok = doc[i]
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if tok.dep_ == "nsubj":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ in {"agent", "prep"} and tok.head.lower_ in {"by", "in"}:
            verb = tok.head.head
        else:
            continue
        if verb.i == i or verb.pos_ != "VERB":
            continue
        verb_lemma = verb.lemma_.lower()
        harm = verb_lemma in HARM_VERBS
        if not harm and (verb_lemma not in LANDING_VERBS or tok.head.lower_ == "in"):
            continue
        noun = nouns[0]
        verbs = [
            e
            for e in at.get(verb.i, [])
            if (e.negated, e.modality) == (noun.negated, noun.modality)
            # a harm told of an act noun adds only whom it harmed when the noun names the kind of act ("a car
            # bombing killed", "killed in a suicide bombing"); a noun of the verb's own code ("killed in clashes")
            # may be an act of other sides
            and (not harm or e.cameo != noun.cameo)
        ]
        if not verbs:
            continue
        dropped.update(id(e) for e in (*nouns, *verbs))
        seen: set[tuple[str | None, str | None]] = set()
        for ev in verbs:
            source = noun.source if noun.source is not None and noun.source.code else ev.source
            target = noun.target if noun.target is not None and noun.target.code else ev.target
            if harm and ev.target is not None and ev.target.code and _only_a_place(doc, noun.target):
                # "airstrikes on Sanaa killed 14 civilians": whom the act harmed is a closer target than the place
                # the noun names, as for a passive agent (`_carried_by_agent`); a side the noun names ("an attack
                # on Israeli troops killed three soldiers") stays
                target = ev.target
            key = (source.code if source else None, target.code if target else None)
            if key not in seen:
                seen.add(key)
                merged.append(noun.model_copy(update={"source": source, "target": target}))
    return dropped, merged


def _owned_up_targets(doc: Doc, found: list[tuple[int, int, Event]]) -> list[tuple[int, int, Event]]:
    """A claim of responsibility with no target of its own ("Russia claimed responsibility for the strike on
    Kyiv") is aimed where the act owned up to was: the act's target is the claim's. Only a claim whose act is
    coded in the same sentence with a coded target takes one; the act itself stays."""
    claims = [f for f in found if f[2].cameo == "015" and (f[2].target is None or not f[2].target.code)]
    if not claims:
        return found
    by_root: dict[int, Event] = {}
    for _, _, ev in found:
        if ev.cameo and ev.cameo[:2] in FORCE_ROOTS and ev.target is not None and ev.target.code:
            span = doc.char_span(ev.action.start, ev.action.end, alignment_mode="expand")
            if span is not None:
                by_root.setdefault(span.root.i, ev)
    if not by_root:
        return found
    out = []
    for start, src, ev in found:
        if ev.cameo == "015" and (ev.target is None or not ev.target.code):
            span = doc.char_span(ev.action.start, ev.action.end, alignment_mode="expand")
            words = [*(span or []), *(c for w in (span or []) for c in w.children if c.dep_ == "dobj")]
            acts = [g for w in words if w.lemma_.lower() in OWNING_UP for g in prep_objects(w, {"for"})]
            owned = next((by_root[a.i] for a in acts if a.i in by_root), None)
            if owned is not None and not (ev.source and owned.target.code == ev.source.code):
                ev = ev.model_copy(update={"target": owned.target})
        out.append((start, src, ev))
    return out


# Verbs that say an act of force landed, and are told of an act noun ("an Israeli strike hit a school"): one act
LANDING_VERBS = IMPACT_VERBS | {"strike"}
# Verbs that tell the harm an act did, said of the act noun as its subject or "in" it ("a car bombing killed six",
# "were wounded in a roadside bombing"): the noun names the act CAMEO codes, the verb whom it struck
HARM_VERBS = {"kill", "wound", "injure", "maim"}
# Generic armed acts (an attack, conventional force, destruction of property) that a weapon subject makes specific
WEAPON_KINDED = {"180", "190", "171", "1712", "193", "194"}


def _carried_by_agent(doc: Doc, events: list[Event]) -> set[int]:
    """The verb events whose passive agent or active subject is itself a coded act of the same kind ("the resolution
    was blocked by China's veto", "China's veto blocked the resolution", "the town was hit by an Israeli air
    strike"): the agent noun names the act, and the verb only
    says what it did, so the noun's event stands for both, aimed at what the verb says it was done to. Only for
    verbs of the same CAMEO root (or both uses of force: "killed by a bombing") whose source, if any, is the
    noun's."""
    nouns: dict[int, list[Event]] = {}
    for ev in events:
        nouns.setdefault(ev.action.start, []).append(ev)
    out: set[int] = set()
    for ev in events:
        span = doc.char_span(ev.action.start, ev.action.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        verb = span[0]
        if verb.pos_ != "VERB":
            continue
        active = verb.tag_ != "VBN"
        if not active:
            doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            # "China's veto blocked the resolution": the act noun as the subject of an active verb of its own kind
            # is the same one act, as the passive's agent is; acts of force keep the harm a verb tells beside them
            # ("Israeli strikes on Gaza killed dozens": the strikes and the killing, see `HARM_VERBS`)
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        for noun in (g for g in doers if g.pos_ == "NOUN"):
            own = [
                n
                for n in nouns.get(noun.idx, ())
                if n is not ev
                and (
                    (n.root == ev.root and not (active and n.root in FORCE_ROOTS))
                    or (not active and {n.cameo[:2], ev.cameo[:2]} <= FORCE_ROOTS)
                )
                and (ev.source is None or n.source is None or ev.source.code == n.source.code)
            ]
            if not own:
                continue
            out.add(id(ev))
            for n in own:
                # the verb's subject is what the act was done to ("three civilians were killed by a drone
                # strike in Somalia"): a closer target than the place the noun names, if any, unless the verb's says
                # no country and the noun's does ("Israeli strikes on Gaza killed dozens of people")
                closer = ev.target
                if (
                    closer is not None
                    and closer.code
                    and closer.code != getattr(n.source, "code", None)
                    and (closer.country or n.target is None or not n.target.country)
                ):
                    n.target = closer
    return out


def _home_countries(sources: list[Party]) -> set[str]:
    """The countries of an act's coded sources: where "at home" is for them."""
    return {p.country for p in sources if p.code and p.country}


def _forceful(code: str) -> bool:
    """Whether a code is an act of force that lands somewhere: an assault, a fight or mass violence (18, 19,
    20), or coercion by force (property seized or destroyed, 171; violent repression, 175)."""
    return code[:2] in FORCE_ROOTS or code[:3] in {"171", "175"}


def _place_party(party: Party) -> bool:
    """Whether a party is a country or capital named as such, not a body or person."""
    return party.mention is not None and party.mention.kind in {"country", "capital"}


def _means_open(pattern: Pattern, sources: list[Party]) -> bool:
    """Whether an act of FORCE_IF_ARMED ("retaliate") names no means and no armed force does it: a state strikes
    back with tariffs or expulsions as often as with force, so only an armed force's is plainly force."""
    return (
        pattern.pos == "V"
        and pattern.lemma in FORCE_IF_ARMED
        and not pattern.objects
        and not any(s.sector in ARMED_SECTORS for s in sources)
    )


def _information_topic(tok: Token, party: Party) -> bool:
    """Whether a side is named in what a piece of information given or shared is about: the "on" or "about"
    phrase of the verb's object when that object is information ("shared intelligence on Iran", "exchanged data
    about the missiles"). Information on someone is about them; it is given to someone else."""
    span = tok.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    # up through the noun phrase the side names or modifies ("on North Korean missiles"), no further
    for _ in range(4):
        if node.dep_ not in {"amod", "compound", "poss", "nmod"} or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ABOUT_PREPS:
        return False
    info = node.head.head
    return (
        info.head.i == tok.i
        and info.dep_ in {"dobj", "dative"}
        and (info.lemma_.lower() in INFORMATION or info.lower_ in INFORMATION)
    )


def _topic(tok: Token, party: Party, preps: Container[str] = TOPIC_PREPS) -> bool:
    """Whether a target is what a mutual act is about ("clashed over X's efforts", "talked about X"),
    not the other side of it: X did not clash back."""
    span = tok.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    path = [node]
    for _ in range(8):
        if node.head.i in {node.i, tok.i}:
            break
        node = node.head
        path.append(node)
    if node.head.i != tok.i:
        return False
    if node.lower_ in preps:
        return True
    if node.dep_ == "dobj" and any(
        p.dep_ == "prep" and p.lower_ in preps and p.lower_ in TOPIC_PREPS and p.head.i == node.i for p in path
    ):
        return True  # "traded blows over Kashmir": what the object of the act is about ("honor on Modi" is given)
    return node.dep_ == "dobj" and any(c.dep_ == "prt" and c.lower_ in preps for c in tok.children)


def _inside_object(tok: Token, party: Party) -> bool:
    """Whether a side is named inside the phrase of a verb's direct object, below its head ("discussed the sale
    of missiles to Turkey"), rather than being the object itself."""
    span = tok.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(8):
        if node.head.i == node.i or node.head.i == tok.i:
            break
        node = node.head
    return node.dep_ == "dobj" and node.head.i == tok.i and node.i not in range(span.start, span.end)


def _named_phrase(doc: Doc, party: Party, index: MentionIndex) -> bool:
    """Whether an unresolved phrase still reads as an actor (a name, a pronoun), not a thing."""
    span = doc.char_span(party.start, party.end)
    return span is not None and actor_like(span.root, index)


def _reach(tok: Token, index: MentionIndex, subject: bool, acts: Container[str] = ()) -> list[Mention]:
    """Mentions at a token, else the nearest ones below it through prepositions and compounds. An act
    noun (one of `acts`) is reached through its author first: "condemned the Turkish invasion of Syria"."""
    found = index.at(tok.i)
    if found:
        return found
    if tok.i in index.modifiers and (
        tok.dep_ in {"amod", "compound", "poss"}
        # "the American and Chinese defence chiefs": an adjective joined to another names a second owner
        or (tok.dep_ == "conj" and tok.head.dep_ in {"amod", "compound"} and tok.head.i in index.modifiers)
    ):
        return [index.modifiers[tok.i]]  # the country adjective itself ("Palestinian riots")
    for agent in by_agents(tok):  # "condemned the killing of civilians by X": whoever did it, first
        found = index.at(agent.i) or _agent_owner(agent, index)
        if found:
            return found
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in acts:
        # "the Turkish invasion of northern Syria", "the Israeli occupation of the West Bank": the country
        # adjective on an act names who did it; what comes after "of" is what it was done to
        for c in tok.children:
            if c.dep_ in {"amod", "compound"} and c.i < tok.i and c.i in index.modifiers:
                return [index.modifiers[c.i]]
    # "shelled a Turkish military post in Idlib", "struck Iranian targets in Iraq": a country adjective on the
    # thing acted on names whose it is, and "in" only where it stands; the owner is the side, not the ground
    owned = not subject and any(c.dep_ in {"amod", "compound"} and c.i in index.modifiers for c in tok.children)
    frontier = [tok]
    for _ in range(5):
        nxt: list[Token] = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and not subject and not owned:
                    # "rejected a deal proposed by X": the author of the thing acted on is the target; one whose
                    # owner a country adjective names ("the Indian engineer, arrested by Pakistani police") is
                    # that owner's, and the participle only tells what befell it
                    agents = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                    owner = [m for g in agents if not index.at(g.i) for m in _agent_owner(g, index)]
                    if owner:
                        return owner
                    nxt.extend(agents)
                    continue
                if c.dep_ == "acl" and c.lemma_ == "belong" and not subject:  # "a cache belonging to X"
                    nxt.extend(g for a in c.children if a.lower_ == "to" for g in a.children if g.dep_ == "pobj")
                    continue
                if c.dep_ == "acl" and c.lemma_ in PATHS and not subject:  # "the roads leading into X"
                    nxt.extend(
                        g
                        for a in c.children
                        if a.dep_ == "prep" and a.lower_ in {"to", "into", "toward", "towards"}
                        for g in a.children
                        if g.dep_ == "pobj"
                    )
                    continue
                if c.dep_ not in WALK_DEPS or c.pos_ == "VERB":
                    continue
                # "inside" places as "in" does ("struck hideouts inside Afghanistan")
                allowed = {"of", "by"} if subject or owned else {"of", "by", "in", "inside"}
                if t.lemma_.lower() in ADVERSARIES:
                    allowed = allowed - {"of"}  # "critics of the government" are not the government
                if t.lemma_.lower() in AUDIENCES:
                    # "praise from critics in Japan", "fans in Brazil": private people are only where they are
                    allowed = allowed - {"in", "inside"}
                if t.lemma_.lower() in RELATIONAL or (t.lemma_.lower() in BOUNDARIES and not subject):
                    allowed = allowed | {"with", "between"}  # "an agreement with the EU", "the border with X"
                if c.dep_ == "prep" and c.lower_ not in allowed:
                    continue
                nxt.append(c)
        for t in nxt:
            ms = index.at(t.i)
            if ms:
                return ms
        frontier = nxt
    # last resort: a country adjective on the slot ("Palestinian riots", "against Israeli policies"), or on
    # the group a part is taken from ("one of the Russian drones", "some of the Chinese ships")
    # "the captain of a Chinese trawler", "the crew of a Pakistani fishing boat": those who man a vessel are of the
    # country its adjective names, as a part is of its whole
    part = tok.pos_ in {"NUM", "PRON", "DET"} or tok.lemma_.lower() in PARTITIVES | CREW_NOUNS
    whole = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children] if part else []
    for c in [x for t in [tok, *whole] for x in t.children]:
        if c.dep_ in {"amod", "compound", "poss"} and c.i in index.modifiers:
            return [index.modifiers[c.i]]
    # "sanctioned Russian shadow fleet tankers", "Chinese drone parts makers": a noun compound naming a class of
    # members (a plural head: ships, firms, officers) is one name, and the country adjective that opens it places
    # the members, however deep the parser hangs it in the chain; a singular compound is more often one thing
    # or occasion that an adjective only describes ("the Chinese New Year festival"), and is left as it is
    chain = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] if tok.tag_ == "NNS" else []
    for _ in range(3):
        for c in chain:
            for a in c.children:
                if a.dep_ == "amod" and a.i < c.i and a.i in index.modifiers:
                    return [index.modifiers[a.i]]
        chain = [a for c in chain for a in c.children if a.dep_ == "compound" and a.i < c.i]
    return []


# those who man or command a vessel or aircraft: they are of its flag (`_reach`)
CREW_NOUNS = {"captain", "crew", "skipper", "crewman", "crewmen", "sailor", "seaman", "fisherman", "pilot", "master"}


def _agent_owner(agent: Token, index: MentionIndex) -> list[Mention]:
    """The country adjective on a "by" agent that names no actor itself ("carried out by Israeli aircraft", "the
    removal of buoys by Russian guards"): whose machines or men did the act is who did it."""
    return [index.modifiers[c.i] for c in agent.children if c.dep_ in {"amod", "compound"} and c.i in index.modifiers][
        :1
    ]


def _quote_for(tok: Token, quotes: list) -> tuple[str | None, str | None]:
    """The innermost quote whose span holds the trigger, and its speaker's source id."""
    best = None
    for q in quotes:
        try:
            if q.start <= tok.idx < q.end and (best is None or q.end - q.start < best.end - best.start):
                best = q
        except AttributeError:
            continue
    if best is None:
        return None, None
    speaker = getattr(best, "speaker", None)
    return best.id, getattr(speaker, "source_id", None) if speaker is not None else None


def _resolve_date(tok: Token, article: dt.date, modality: str) -> dt.date | None:
    low = tok.lower_
    if low in {"today", "tonight"}:
        return article
    if low == "yesterday":
        return article - dt.timedelta(days=1)
    if low == "tomorrow":
        return article + dt.timedelta(days=1)
    if low in WEEKDAYS:
        delta = (article.weekday() - WEEKDAYS.index(low)) % 7
        if modality == "future":
            return article + dt.timedelta(days=(WEEKDAYS.index(low) - article.weekday()) % 7)
        return article - dt.timedelta(days=delta)
    month = MONTHS.get(low[:3]) if tok.ent_type_ == "DATE" and tok.pos_ == "PROPN" else None
    if month:
        day = next((int(c.text) for c in tok.children if c.like_num and c.text.isdigit()), None)
        if day is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text.isdigit():
            day = int(tok.doc[tok.i + 1].text)
        if day and 1 <= day <= 31:
            try:
                when = dt.date(article.year, month, day)
            except ValueError:
                return None
            if when > article + dt.timedelta(days=31) and modality != "future":
                when = when.replace(year=article.year - 1)
            return when
    return None


@Language.factory("dyadwatch_events", default_config={"extra_lexicons": []})
def make_event_coder(nlp: Language, name: str, extra_lexicons: list[str]) -> EventCoder:
    return EventCoder(nlp, extra_lexicons)
