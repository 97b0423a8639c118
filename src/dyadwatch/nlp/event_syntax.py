"""Readings of clause and phrase structure that the event coder asks about a token.

Whether a verb is a purpose clause, an adjectival participle or a report someone merely heard of, who
a pobj is aimed at, which object a relative clause left as a gap: these are questions about the parse
alone, asked from many places in EventCoder. Keeping them apart from the coder, with the word lists
they read, lets each be read and tested on its own and keeps events.py to the walk that builds events.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.lexicon import Pattern, word_classes
from dyadwatch.extract.claims_spans import CURRENCY_SYMBOLS
from dyadwatch.nlp.actors import MentionIndex
from dyadwatch.nlp.arms import ARMED_ACT_NOUNS, ATTACK_MEANS
from dyadwatch.nlp.mentions import tokens_of

SUBJ_DEPS = {"nsubj", "csubj"}

# Where a predicative adjective stands: after a copula or "remain/seem/become" (acomp), as the head of its own
# clause with the copula as auxiliary ("said France was concerned about ...") or joined to one of those
PREDICATIVE = {"acomp", "ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp"}


def stance_adjective(tok: Token, forms: Container[str]) -> bool:
    """Whether a stance adjective (one of ``forms``, the lexicon's pos-A rows) is said of someone ("Germany is
    critical of", "remains opposed to"), not a modifier of a noun ("the concerned ministries", "critical
    infrastructure")."""
    if tok.lower_ not in forms or tok.pos_ not in {"ADJ", "VERB"} or tok.dep_ not in PREDICATIVE:
        return False
    holder = tok
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    if holder.dep_ == "acomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in holder.children):
        return True
    return holder.dep_ == "xcomp" and holder.head.lemma_.lower() in {"remain", "become", "seem", "appear", "stay"}


def stance_holders(tok: Token) -> list[Token]:
    """Who holds the stance an adjective states: the subject of its clause, or of the copula it complements."""
    holder = tok
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    subj = [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj and holder.dep_ in {"acomp", "xcomp"}:
        subj = [c for c in holder.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subj


def copula_preps(tok: Token) -> list[Token]:
    """The prepositions a stance adjective governs, with those the parser hangs on its copula after it ("Poland
    was furious on Tuesday at Russia": "at" under "was")."""
    preps = [c for c in tok.children if c.dep_ in {"prep", "agent"}]
    if tok.dep_ == "acomp" or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in {"remain", "become", "stay"}):
        preps += [c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i]
    return preps


# Participles that name whom a nominal act is aimed at ("drills encircling Taiwan", "sanctions targeting X")
AIMING = {"target", "encircle", "surround", "punish"}

RELATIVE = {"who", "which", "that", "whom"}

ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
NOT_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "EVENT", "LAW"}
ACTOR_PRONOUNS = {"we", "they", "he", "she", "him", "her", "us", "them", "i", "me"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Nouns of danger that describe a judgement when something "poses" or "is" one, and the verbs that say so
ASSESSED = {"threat", "danger", "risk", "menace"}
ASSESSING = {
    "pose", "represent", "constitute", "present", "remain", "become", "be", "see", "view", "consider",
    "regard", "perceive", "call", "label", "describe", "deem",
}  # fmt: skip
# What a newsroom makes: "X contributed to this report" is a credit line, not aid to anyone
NEWS_PRODUCTS = {"report", "story", "article", "reporting", "coverage", "dispatch"}
# Rules that "require" or "demand" something by their wording: "a policy requiring students to cut their hair"
# states a rule's content; the demand, if any, was made by whoever set the rule
NORMS = {
    "policy", "law", "rule", "regulation", "requirement", "guideline", "constitution", "treaty", "agreement",
    "deal", "code", "statute", "decree", "order", "ordinance", "provision", "clause", "standard",
}  # fmt: skip
# Nouns that only carry an event noun in front of them: "a mediation effort", "a peace mission"
CARRIERS = {"effort", "mission", "campaign", "operation", "bid", "initiative", "drive", "process", "plan", "attempt"}
# Nouns an act word only qualifies, whose phrase is no party to that act: places ("war zone", "ceasefire line",
# "refugee camp"), roles and bodies ("mediation role", "war crimes court"), records and texts ("sanctions list",
# "aid bill"). Their modifier names a kind of place or text, not an act done; other thing nouns carry the act
# ("deportation flights to Syria")
NOT_HOLDERS = {
    "zone", "line", "site", "camp", "area", "region", "route", "corridor", "border", "base", "center", "centre",
    "point", "prize", "memorial", "museum", "list", "record", "report", "bill", "law", "policy", "role", "court",
    "tribunal", "commission", "committee", "worker", "group", "official", "leader", "expert", "victim", "song",
    "film", "book", "case", "history", "season", "day", "anniversary", "fatigue", "threat",
}  # fmt: skip

# Prepositions of the talks one prepares or works for ("leverage for talks with X"); the ones that place a
# clause around a meeting are MEETING_TIME_PREPS in events.py
MEETING_AIM_PREPS = {"for"}


# Ways into a country one may be barred from ("barred from travel to", "banned from entering")
ENTRIES = {"travel", "travelling", "traveling", "entry", "enter", "visit", "come", "return", "fly", "access"}
# Verbs whose negation is a silence toward the press ("did not respond", "has not replied", "did not answer
# questions", "did not return calls"), and what they answer when they take an object: a request or a
# question, not an act ("did not respond to the attack" is no comment on anything)
ANSWERING = {"respond", "reply", "answer", "return", "comment"}
ASKINGS = {
    "request", "question", "inquiry", "enquiry", "query", "call", "message", "email", "e-mail", "comment",
    "phone", "text",
}  # fmt: skip
# Conditions that befall people without anyone acting: "the situation has forced farmers out of business",
# "the drought drove thousands from their homes". With one as its subject a verb reports no actor's act,
# and a speaker reporting it ("the group says the situation has forced ...") is no party to it either
CIRCUMSTANCES = {
    "situation", "crisis", "pandemic", "epidemic", "outbreak", "shortage", "drought", "flood", "flooding",
    "storm", "weather", "economy", "inflation", "recession", "famine", "disease", "virus", "condition",
    "scarcity", "downturn", "slump", "heat", "heatwave", "earthquake", "hurricane", "cyclone", "wildfire",
    # strife with no side named: "the war drove families from their homes", "fighting displaced thousands"
    "war", "fighting", "violence", "conflict", "unrest", "turmoil", "chaos", "instability", "insecurity",
    "bloodshed", "hostility", "clash",
}  # fmt: skip
# Measures and market forces that "hit" or "strike" people and trade without force: "new sanctions hit Russian
# oil tankers", "tariffs struck American farmers", "rising prices hit consumers". As the doer of a verb of force
# they land no attack; a measure is coded by its own word (163 for "sanctions"), not again as an assault
MEASURES = {
    "sanction", "tariff", "embargo", "ban", "measure", "restriction", "curb", "levy", "duty", "tax", "quota",
    "boycott", "freeze", "policy", "law", "rule", "regulation", "decision", "decree", "move", "cut", "hike",
    "increase", "price", "cost", "rate", "slowdown", "devaluation", "default", "shutdown", "lockdown",
}  # fmt: skip

# Verbs that put off a meeting, talks or a visit so that they do not take place ("postponed the talks").
# Only scheduled consultations: "dropped its sanctions" or "abandoned the offensive" end something that was
# under way, which is not the same as its never having happened. "Delay" is left out: a delayed meeting
# often still takes place the same day.
CALL_OFF = {"postpone", "defer", "cancel", "scrap", "shelve", "suspend", "abandon", "drop"}
# Phrasal verbs that do the same ("called off", "put off"), not every "off" ("kicked off the talks")
CALL_OFF_PHRASAL = {("call", "off"), ("put", "off")}

# named places an object may be ("captured Bakhmut"): they count as the object word "territory"
PLACE_ENTS = {"GPE", "LOC"}
# Spans of time that place a "... after" clause at another date than the news ("two weeks after")
LONG_AGO = {"week", "month", "year", "decade", "century"}
# What a mutual act is about, not with whom ("clashed over X", "talked about X"), and after which a noun is what
# is talked about, not an act reported ("questions about the sanctions"). An earlier list that also held "on"
# was shadowed by this one and never took effect; it is gone (behaviour unchanged).
TOPIC_PREPS = {"over", "about", "regarding", "concerning"}
# What one side grants another to do ("gave Iran permission to help Syria"): the holder is who acts
PERMITS = {
    "permission", "authorization", "authorisation", "approval", "mandate", "license", "licence", "go-ahead",
    "authority", "power",
}  # fmt: skip
# Objects that make a general row's verb an everyday act, not the political one the row codes: "fight
# corruption" is a campaign, not combat; "shot the ball", "captured the title", "invaded the market" are
# sport and business; "gave him authority", "provides services", "gave rise to" are no aid
NOT_THE_ACT = {
    "07": {
        "authority", "foothold", "service", "chance", "opportunity", "priority", "impression", "boost", "signal",
        "rise", "birth", "credence", "glimpse", "reason", "access", "time", "update", "account", "answer",
    },
    "05": {
        "title", "lead", "crown", "championship", "record", "thesis", "dissertation", "player", "striker",
        "midfielder", "defender", "goalkeeper", "coach", "forward",
    },
    "17": {
        "title", "trophy", "medal", "crown", "championship", "attention", "imagination", "heart", "mood", "gold",
        "silver", "bronze",
    },
    "18": {
        "corruption", "graft", "poverty", "hunger", "crime", "disease", "epidemic", "pandemic", "virus", "malaria",
        "cancer", "inflation", "unemployment", "climate", "pollution", "fire", "wildfire", "blaze", "racism",
        "discrimination", "illiteracy", "deforestation", "ball", "goal", "film", "video", "movie", "scene",
        "photo", "footage", "market", "customer", "consumer", "audience", "shopper", "buyer", "title", "trophy",
        "medal", "crown", "championship", "attention", "imagination", "heart", "gold", "silver", "bronze",
        "pitch", "stage",
    },
}  # fmt: skip
NOT_THE_ACT["19"] = NOT_THE_ACT["20"] = NOT_THE_ACT["18"]
# Of those, the places and people arms or fighters land on ("Israeli jets struck a market"); soldiers who fight
# a fire or corruption still do not attack it
STRUCK_THINGS = {"market", "stage", "pitch", "audience", "customer", "consumer", "shopper", "buyer"}
# Verbs of force with no everyday sense: what they hit is hit ("shelled a market"; "hit the market" is a launch)
ONLY_FORCE = {"shell", "bomb", "bombard", "airstrike", "strafe", "firebomb", "torpedo"}
# Abstract things a general row's verb can take as its direct object without acting on anyone: "met its deficit
# target", "struck a conciliatory tone", "released the budget figures", "provided details", "fighting the
# drought" (with `HAZARDS`). Checked for the roots whose acts are done to a party (`ACTED_ON_ROOTS`), not for
# verbal ones, where a figure or a result may well be what is rejected or demanded, nor for seizures ("seized
# the data"). Words said ("released a statement", "gave a speech") are left out: they report an act of another
# kind, not none. Nor are counts ("tortured scores of refugees", "killed a number of", "inflicted losses"): what
# they count is acted on. Nor are words that may name what force is aimed at ("struck Hamas targets")
IDLE_OBJECTS = {
    "tone", "note", "chord", "pose", "balance", "goal", "expectation", "forecast", "estimate", "projection",
    "data", "statistic", "detail", "information", "quota", "benchmark", "threshold", "milestone", "criterion",
    "standard", "obligation", "responsibility", "requirement", "need", "cost", "price", "rate", "level", "deficit",
    "surplus", "growth", "profit", "revenue", "schedule", "timetable", "album", "song", "book",
}  # fmt: skip
ACTED_ON_ROOTS = {"04", "06", "07", "08", "15", "18", "19", "20"}
# Words idle only for one root: a target or a figure is met, but struck targets are attacked and released
# figures may be people ("released two opposition figures")
IDLE_FOR_ROOT = {"04": {"target", "figure", "deadline", "objective"}}
# What a dispute is about, when no one is named to have fought: "ministers clashed over the budget" is a
# quarrel among themselves, not violence
DISPUTE_TOPICS = {
    "budget", "policy", "issue", "plan", "proposal", "bill", "law", "legislation", "reform", "question", "matter",
    "tax", "spending", "pay", "wage", "salary", "pension", "strategy", "approach", "direction", "leadership",
    "appointment", "nomination", "candidacy", "wording", "text", "language", "detail",
}  # fmt: skip
# Problems a government "fights" or "combats" by policy, not by force: only sides, forces and armed groups are fought
SOCIAL_ILLS = {
    "disinformation", "misinformation", "propaganda", "corruption", "graft", "bribery", "crime", "criminality",
    "cybercrime", "fraud", "laundering", "evasion", "trafficking", "smuggling", "poverty", "hunger", "famine",
    "malnutrition", "inflation", "unemployment", "inequality", "disease", "malaria", "tuberculosis", "cancer",
    "climate", "warming", "pollution", "deforestation", "desertification", "impunity", "racism", "discrimination",
    "antisemitism", "islamophobia", "xenophobia", "hate", "extremism", "radicalization", "radicalisation",
    "terrorism", "addiction", "illiteracy", "insecurity",
}  # fmt: skip
# Contests in which someone is beaten or attacked without force ("beat Pakistan in the cricket final")
CONTESTS = {
    "final", "semifinal", "quarterfinal", "match", "game", "tournament", "championship", "cup", "league",
    "election", "vote", "contest", "playoff", "derby", "half", "marathon", "olympics", "friendly",
}  # fmt: skip
# Natural forces that strike and hit places on their own ("Typhoon Haiyan struck the Philippines")
HAZARDS = {
    "storm", "typhoon", "hurricane", "cyclone", "earthquake", "quake", "flood", "tsunami", "wildfire", "blaze",
    "drought", "tornado", "blizzard", "landslide", "avalanche", "heatwave", "virus", "pandemic", "epidemic",
    "rain", "rainfall", "downpour", "monsoon", "wind", "snow", "snowstorm", "heat", "lava",
}  # fmt: skip
# What makes a drill or an exercise a civilian one ("a fire drill", "earthquake drills at schools")
CIVIL_DRILLS = {
    "fire", "earthquake", "evacuation", "safety", "emergency", "tsunami", "lockdown", "disaster", "flood",
    "fitness", "physical", "breathing", "spelling", "classroom", "school", "office",
}  # fmt: skip
DRILLS = {"drill", "exercise", "game", "maneuver", "manoeuvre"}
# People whose striking is a labour strike, not an attack ("teachers are striking over pay")
WORKERS = {
    "worker", "union", "employee", "teacher", "doctor", "nurse", "miner", "driver", "staff", "pilot",
    "labourer", "laborer", "docker", "trucker", "farmer", "student", "lecturer", "professor", "crew",
}  # fmt: skip

# Verbs that say what their subject is ("Spain was among the countries that ...")
COPULAS = {"be", "become", "remain"}

# Verbs that keep another from an act ("prevented X from attacking"), and that keep oneself from it
PREVENTIONS = {
    "prevent", "stop", "bar", "ban", "block", "keep", "prohibit", "deter", "restrain", "discourage", "forbid",
    "preclude", "dissuade", "exclude",
}  # fmt: skip
SELF_RESTRAINTS = {"refrain", "abstain", "desist"}

# Adverbs of degree, which grade states but not acts ("so invested in", "very committed to")
DEGREE_ADVERBS = {"so", "very", "quite", "rather", "fairly", "extremely"}


def by_agents(noun: Token) -> list[Token]:
    """Who did the act a noun names, as a "by" phrase: "an attack by Hamas", "the killing of X by Y"."""
    return [
        misread_agent(g) or g
        for c in noun.children
        if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def misread_agent(pobj: Token) -> Token | None:
    """The agent of a "by" phrase the parser ran into the sentence's verb and object: in "The closure of the border by
    Pakistan angered Afghanistan" it finds no verb and reads "Pakistan angered Afghanistan" as one noun phrase, with
    the verb as an adjective of the object. The name before that verb is the agent; the object is no part of it."""
    if pobj.sent.root.pos_ in {"VERB", "AUX"}:
        return None
    verbs = [
        c
        for c in pobj.children
        if c.dep_ == "amod" and c.i < pobj.i and (c.tag_ in {"VBD", "VBN"} or c.lower_.endswith("ed"))
    ]
    if not verbs:
        return None
    names = [c for c in pobj.children if c.dep_ in {"nmod", "compound"} and c.i < verbs[0].i and c.pos_ == "PROPN"]
    return names[-1] if names else None


# Prepositions of a passive whose object belongs to the act itself ("threatened with sanctions", "pressured into
# talks"), so that a "by" phrase the parser hangs on that object names who did the act, not the object's own doer
ACT_PART_PREPS = {"with", "into"}


def stray_agents(verb: Token, accusation: bool = False) -> list[Token]:
    """The agent of a passive with a subject when the parser hangs its "by" phrase lower down: on the object of the
    act's own preposition ("Taiwan was threatened with retaliation by Beijing"), on an active gerund ("were accused
    of spying by Russia") or on a subjectless infinitive ("Kenya was urged to act by the UN"). An accusation's
    "of" names what the accused did, so its "by" is the accuser. A topic's "by" is not: "were warned of attacks by
    militants" is the militants' attack."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    for c in verb.children:
        hosts: list[Token] = []
        if c.dep_ == "prep":
            for o in c.children:
                own = c.lower_ in ACT_PART_PREPS or (accusation and c.lower_ == "of")
                gerund = o.tag_ == "VBG" and not any(a.dep_ == "auxpass" for a in o.children)
                if o.dep_ in {"pobj", "pcomp"} and (own or gerund):
                    hosts.append(o)
        elif c.dep_ == "xcomp" and not any(a.dep_ in {"nsubj", "nsubjpass", "auxpass"} for a in c.children):
            hosts.append(c)
        for host in hosts:
            found = by_agents(host)
            if found:
                return found
    return []


def beneficiaries(verb: Token) -> list[Token]:
    """For whom an act of help is done, when the act's own object is a thing: "will build a port for Sri Lanka",
    "will cooperate in building a parliament for Mauritius" (the parser hangs "for" on the verb, the thing or the
    gerund that names the work). An actor as the object is the one helped, and comes first anyway."""
    hosts = [verb]
    hosts += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "with", "by"} for o in p.children]
    hosts = [h for h in hosts if h.i == verb.i or (h.dep_ == "pcomp" and h.tag_ == "VBG")]
    hosts += [o for h in list(hosts) for o in h.children if o.dep_ == "dobj"]
    return [
        g
        for h in hosts
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def shared_subjects(verb: Token) -> list[Token]:
    """The subject a passive conjunct shares with the verb before it ("X have confessed to or been charged
    with murder"): the one the passive act was done to."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        subj = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return subj
    return []


def shared_objects(verb: Token, depth: int = 0) -> list[Token]:
    """The object a verb shares with the verbs coordinated right after it ("arrested and charged three
    diplomats", "arrested, tortured and killed X", "lifting or reducing the sanctions"): a verb with no
    object of its own and nothing after it but the conjunctions and those verbs takes the last one's object.
    Not when a later verb has a subject of its own ("X withdrew and Y attacked Z")."""
    objectish = {"dobj", "nsubjpass", "ccomp", "xcomp", "dative", "prep"}
    if depth > 3 or any(c.dep_ in objectish for c in verb.children):
        return []
    after = [c for c in verb.children if c.i > verb.i]
    conj = [c for c in after if c.dep_ == "conj" and c.pos_ == "VERB"]
    if not conj or any(c.dep_ not in {"cc", "conj", "punct"} for c in after):
        return []
    last = max(conj, key=lambda c: c.i)
    doc = verb.doc
    # only conjunctions, commas, the other verbs of the list and their adverbs and auxiliaries come between
    listed = {c.i for c in conj}
    for i in range(verb.i + 1, last.i):
        t = doc[i]
        if i in listed:
            if any(c.dep_ in objectish | {"nsubj"} for c in t.children):
                return []
        elif t.dep_ not in {"cc", "punct", "advmod", "aux", "auxpass", "neg"}:
            return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in last.children):
        return []
    objects = [c for c in last.children if c.dep_ == "dobj"]
    return objects or shared_objects(last, depth + 1)


# Words that make someone answerable "for" an act ("was responsible for the attack", "held Hamas accountable for
# the killings"), the nouns of owning up to one ("claimed responsibility for"), and the verbs that take that noun
ANSWERABLE = {"responsible", "accountable"}
OWNING_UP = {"responsibility", "credit"}
OWNING_VERBS = {"claim", "take", "accept", "assume", "admit", "bear"}


def answerable_agents(noun: Token) -> list[Token]:
    """Who an act noun is laid to by a phrase of blame or credit: the subject of "was responsible for the attack",
    "was behind the killing" and "claimed responsibility for the strike", and the object of "held X responsible
    for the attack". Being answerable for an act (or owning up to it) names its doer, as a "by" phrase does. A
    denial or a negation ("denied it was behind the attack", "did not claim responsibility") names no doer."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    prep, word = noun.head, noun.head.head
    lemma = word.lemma_.lower()
    if prep.lower_ == "behind" and lemma == "be":
        found, clause = [c for c in word.children if c.dep_ == "nsubj"], word
    elif prep.lower_ != "for":
        return []
    elif lemma in ANSWERABLE:
        found = [c for c in word.children if c.dep_ == "nsubj"]
        clause = word
        if not found and word.dep_ == "acomp":
            clause = word.head
            found = [c for c in clause.children if c.dep_ == "nsubj"]
        elif not found and word.dep_ == "amod" and word.head.dep_ == "dobj":
            clause, found = word.head.head, [word.head]  # "held Hamas responsible": the parser hangs it on Hamas
        elif not found and word.dep_ in {"oprd", "xcomp", "ccomp"}:
            clause = word.head
            found = [c for c in clause.children if c.dep_ == "dobj"]
    elif lemma in OWNING_UP and word.dep_ == "dobj" and word.head.lemma_.lower() in OWNING_VERBS:
        clause = word.head
        found = [c for c in clause.children if c.dep_ == "nsubj"]
    else:
        return []
    for node in (clause, clause.head):
        if any(c.dep_ == "neg" for c in node.children) or node.lemma_.lower() in {"deny", "reject", "dismiss"}:
            return []
    return [t for t in found if t.pos_ in {"NOUN", "PROPN", "PRON"}]


def noun_agents(noun: Token) -> list[Token]:
    """The "by" agent of a nominal act, also where the parser hung it on the noun the act is "of" ("in the
    face of coercion by China", "a wave of attacks by X"): the "by" phrase names who did the act."""
    agents = by_agents(noun)
    if not agents and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        agents = [a for a in by_agents(noun.head.head) if a.i > noun.i]
    if not agents:
        # "the arrest of two nationals by India", "the expulsion of the diplomats by Russia": the parser hangs the
        # act's "by" on what it is of
        agents = [a for o in prep_objects(noun, {"of"}) if o.i > noun.i for a in by_agents(o)]
    if not agents:
        # "protests and lobbying by tourism businesses": a "by" phrase after the last of coordinated acts
        # names the agent of them all
        later = [c for c in noun.conjuncts if c.i > noun.i]
        if later:
            agents = by_agents(max(later, key=lambda c: c.i))
    return agents


def carrier_owners(noun: Token) -> list[Token]:
    """Who runs the campaign or effort a nominal act is "of" ("China's campaign of economic coercion", "a
    Russian campaign of repression against dissidents"): the carrier's owner is the act's author."""
    carrier = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or carrier.lemma_.lower() not in CARRIERS:
        return []
    return [c for c in carrier.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]


def purpose(verb: Token) -> bool:
    """Whether a verb is the aim of another act or thing, an infinitive with no subject of its own ("reduced
    flights to stop the spread", "signed pacts to boost cooperation", "specialists to help them adapt"). The
    aim is what the act is for, not an act done. Nouns that frame an act ("plans to", "efforts to") and
    the verbs that take an infinitive as their object ("agreed to") are frames, read elsewhere."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False  # "for Cameroon to lift ...", "in order to": a clause of its own
    head = verb.head
    if any(c.dep_ == "dobj" and c.lemma_.lower() in PERMITS for c in head.children):
        return False  # "gave Iran permission to help Syria": what is permitted, read as such
    return verb.dep_ == "advcl" and head.pos_ in {"VERB", "AUX"}


def stray_first_item(verb: Token, subj: list[Token], index: MentionIndex) -> list[Token]:
    """The first item of a listed subject that the parser hung on the verb instead ("Malaysia, the
    Philippines, Brunei, Vietnam and Taiwan contest ...", with "Malaysia" as an adverbial of "contest"):
    a name right before the subject, with only a comma between, when the subject heads a list of its own. A
    headline joins two names by a comma alone ("Turkey, Syria sign energy deal", "Russia, Ukraine swap prisoners"):
    a plain present verb after one singular name agrees with no singular subject, so the name before the comma is
    the other half of a plural subject."""
    if len(subj) != 1:
        return []
    headline_pair = verb.tag_ == "VBP" and subj[0].tag_ == "NNP" and subj[0].i == verb.i - 1
    if not subj[0].conjuncts and not headline_pair:
        return []
    first = subj[0].left_edge
    out = []
    for c in verb.children:
        if c.dep_ not in {"npadvmod", "dep", "nmod", "appos"} or c.i >= first.i or not index.at(c.i):
            continue
        between = verb.doc[c.right_edge.i + 1 : first.i]
        if len(between) == 1 and between[0].text == ",":
            out.append(c)
    return out


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a second clause that the parser joined to the first clause's last noun ("Israel bombed Gaza on
    Monday and Hamas called for a ceasefire", with "Hamas" a conjunct of "Monday" and "called" left subjectless): a
    finite verb with no subject of its own, right after a noun that is the conjunct, after "and" or "but", of a word
    of the clause before. English puts a clause's subject right before its verb, so that noun is the verb's."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0 or verb.dep_ not in {"conj", "advcl", "ccomp"}:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in {"PROPN", "NOUN"} or noun.head.i >= noun.i or verb.head.i >= noun.i:
        return None
    if not any(c.dep_ == "cc" and c.lower_ in {"and", "but"} and c.i < noun.i for c in noun.head.children):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    return noun


def stranded(noun: Token) -> bool:
    """Whether a conjunct noun is the misjoined subject of the verb right after it (`stranded_subject`), or the
    last item of a subject the parser took over the first clause's object (`split_subject`): it is that clause's,
    and no party of the clause it was joined to."""
    if noun.dep_ != "conj":
        return False
    nxt = noun.i + 1
    if nxt < len(noun.doc) and stranded_subject(noun.doc[nxt]) is not None:
        return True
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.dep_ == "nsubj" and getattr(split_subject(first.head), "i", None) == noun.i


# Verbs that take a clause of their own ("said Kharkiv and Ukraine asked ..."): after them a noun list is the
# subject of the clause, not a stray object (`split_subject`)
CLAUSE_TAKERS = {
    "say", "tell", "add", "insist", "claim", "declare", "announce", "argue", "warn", "write", "state", "report",
    "confirm", "estimate", "believe", "allege", "note", "stress", "acknowledge", "deny", "think", "know", "fear",
    "hope", "expect", "suggest", "show", "mean", "ensure", "agree", "demand", "ask", "urge", "feel", "find",
    "predict", "signal", "indicate", "reveal", "learn", "hear", "see", "realize", "decide", "vow", "pledge",
    "promise", "threaten", "complain", "admit", "recall", "explain", "charge", "accuse", "doubt", "assume",
    "understand", "suspect", "worry", "help", "make", "let", "watch", "notice", "order", "rule", "guess",
}  # fmt: skip


def split_subject(verb: Token) -> Token | None:
    """The subject of a second clause when the parser took the first clause's object into it ("Russia shelled
    Kharkiv and Ukraine asked for weapons", with "Kharkiv and Ukraine" the subject of "asked", a ccomp of
    "shelled"): a finite clause under a verb that takes no clause and was left with no object, whose subject is a
    list that starts right after that verb. English puts the object of "shelled" right after it and a clause's
    subject right before its verb, so the list's first item is the first verb's object and its last the second
    verb's subject."""
    if verb.dep_ not in {"ccomp", "conj", "advcl"} or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    head = verb.head
    if head.pos_ != "VERB" or head.i >= verb.i or head.lemma_.lower() in CLAUSE_TAKERS:
        return None
    if any(
        c.dep_ in {"dobj", "dative", "attr", "nsubjpass", "ccomp", "xcomp"} and c.i != verb.i for c in head.children
    ):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].pos_ not in {"PROPN", "NOUN"} or subj[0].left_edge.i != head.i + 1:
        return None
    later = [c for c in subj[0].conjuncts if c.i < verb.i]
    if not later:
        return None
    last = max(later, key=lambda c: c.i)
    return last if verb.doc[last.left_edge.i - 1].lower_ in {"and", "but"} else None


def entry_destination(verb: Token) -> list[Token]:
    """The country one is kept from entering ("barred from travel to the United States", "banned from
    entering Israel"): what follows the restriction's "from" when it is a way of coming in."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for way in prep.children:
            if way.dep_ not in {"pobj", "pcomp"} or way.lemma_.lower() not in ENTRIES:
                continue
            out += [c for c in way.children if c.dep_ == "dobj" and way.pos_ == "VERB"]
            out += prep_objects(way, {"to", "into"})
    return out


def visiting_guest(tok: Token) -> Token | None:
    """The visitor that "visiting" describes as an adjective ("met visiting Russian Foreign Minister Sergei
    Lavrov", "told visiting Australian Foreign Minister Marise Payne"), which the parser often reads as a
    verb taking the visitor as its object. Only right before a named person, and only when the verb it hangs
    on has no object of its own ("Xi met Putin while visiting Moscow" is a visit by Xi)."""
    if tok.lower_ != "visiting" or tok.dep_ not in {"advcl", "amod", "xcomp", "ccomp", "acomp"}:
        return None
    if tok.dep_ == "amod":
        guest = tok.head
        return guest if guest.i > tok.i and guest.ent_type_ == "PERSON" else None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].left_edge.i != tok.i + 1 or objects[0].ent_type_ != "PERSON":
        return None
    if any(c.dep_ == "dobj" for c in tok.head.children):
        return None
    return objects[0]


# Modifiers that make an act one done together: "joint exercises", "bilateral talks", "mutual visits"
JOINT = {"joint", "bilateral", "mutual", "combined"}


# adverbs that say an act was done by its subjects together
JOINT_ADVERBS = {"together", "jointly"}


def joint(tok: Token) -> bool:
    """Whether an act is said to be done together ("staged joint bomber flights", "held joint drills"):
    its coordinated subjects are then each other's partners, as with "met" or "agreed"."""
    nouns = [tok] if tok.pos_ in {"NOUN", "PROPN"} else [c for c in tok.children if c.dep_ == "dobj"]
    mods = [c for n in nouns for c in n.children if c.dep_ in {"amod", "compound"}]
    mods += [g for m in mods if m.dep_ == "compound" for g in m.children if g.dep_ == "amod"]
    if any(m.lemma_.lower() in JOINT for m in mods):
        return True
    # "China and Pakistan worked together", "patrolled the strait jointly": the adverb says the same of the verb
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for c in tok.children)


# Nouns of "in the process of", "in the midst of", "in the course of": an act under way, not a circumstance
UNDER_WAY = {"process", "midst", "course"}


def in_the_course_of(verb: Token) -> Token | None:
    """The verb of the clause a gerund is under way in ("the government is in the process of reviewing its
    claims", "Israel was in the midst of withdrawing"): that clause's subject does the act. Only with "in"
    and a noun of being under way: "the cost of fighting", "the risk of losing" name no doer."""
    of = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    noun, prep = of.head, of.head.head
    if noun.lemma_.lower() not in UNDER_WAY or noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    host = prep.head
    return host if host.pos_ in {"VERB", "AUX"} else None


def for_clauses(verb: Token) -> list[Token]:
    """Infinitive clauses with a subject of their own that a verb governs through "for" ("called for Russia
    to withdraw", "pressed for the talks to resume"): the parser makes "for" the clause's marker, not the
    verb's preposition, though the verb asks for what the clause says."""
    return [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "ccomp", "xcomp"}
        and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        and to_infinitive(c)
    ]


def for_clause_subjects(verb: Token) -> list[Token]:
    """The subjects of `for_clauses`: "called for Russia to withdraw" is a call on Russia."""
    return [g for c in for_clauses(verb) for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]


def prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    """The objects of a token's prepositions among `preps` ("restrictions *on* travel", "war *in* Ukraine")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def aimed_at(tok: Token) -> list[Token]:
    """Whom a participle after a noun aims its act at ("drills encircling Taiwan", "sanctions targeting X")."""
    return [
        g
        for a in tok.children
        if a.dep_ == "acl" and a.tag_ == "VBG" and a.lemma_.lower() in AIMING
        for g in a.children
        if g.dep_ == "dobj"
    ]


def from_authors(noun: Token) -> list[Token]:
    """Who a nominal act came from ("opposition from China's mission")."""
    return prep_objects(noun, {"from"})


def aim_clauses(tok: Token, objects: list[Token]) -> list[Token]:
    """The clauses that say what an act or its object noun is for, with no subject of their own: "rallied
    demanding the president's resignation", "staged a protest to demand new elections", "took to the streets
    calling for reforms". A clause with its own subject ("while police demanded ...") is someone else's act."""
    out = []
    for head in [tok, *objects]:
        for c in head.children:
            if c.dep_ not in {"advcl", "acl", "xcomp"} or c.pos_ != "VERB":
                continue
            if any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children):
                continue
            if c.tag_ == "VBG" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                out.append(c)
    return out


def question(sent: Span) -> bool:
    """Whether a sentence is a question: it ends in a question mark, or in a closing quote or bracket after one."""
    return sent[-1].lower_ == "?" or (sent[-1].is_punct and len(sent) > 1 and sent[-2].lower_ == "?")


def asked_about(tok: Token) -> bool:
    """Whether an act is asked about in a question, not stated: one put to the person asked ("Do you condemn
    the attack?", "What will you tell Putin?": the interviewer's words, not the addressee's act), or the act of a
    yes-no question ("Did Russia attack Ukraine?", "Will China send troops?"), which asks whether it took
    place. A wh-question about a known act ("Why did Israel strike Iran?") takes the act as given."""
    sent = tok.sent
    if not question(sent):
        return False
    if tok.pos_ in {"NOUN", "PROPN"}:
        return False  # "How do you view China's pressure on Taiwan?": an act the question takes as known
    clause = tok
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    # "Is Turkey ready to mediate?", "Do you want to meet Putin?": the act is asked through its frame
    while clause.dep_ in {"xcomp", "acomp"} and clause.head.pos_ in {"VERB", "AUX", "ADJ"}:
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(c.lower_ == "you" for c in subjects):
        return True
    root = sent.root
    if clause.i != root.i or not subjects:
        return False
    if any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in sent if t.i < root.i):
        return False
    # an auxiliary or a copula put before the subject: "Did Russia ...", "Is China ready to ..."
    inverted = [c for c in root.children if c.dep_ in {"aux", "auxpass"} and c.i < subjects[0].i]
    return bool(inverted) or (root.pos_ == "AUX" and root.i < subjects[0].i)


def open_question(tok: Token) -> bool:
    """Whether an act is told in an indirect yes-no question ("It is unclear whether China will invade Taiwan",
    "analysts question whether Iran will close the strait", "Whether Israel will strike remains open"): the writer
    asks if it takes place, and so states no act, nor anyone's threat or intent. An "if" asks only where it opens a
    complement clause ("unclear if ..."); the "if" of a condition is left to the conditional reading."""
    clause = tok
    steps = 0
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i and steps < 20:
        if clause.dep_ in {"nsubj", "nsubjpass"}:
            return False  # "whether the improved ties will loosen the pact": the subject's act is taken as given
        clause, steps = clause.head, steps + 1
    # "unclear whether Russia wants to attack", "whether it will attack and occupy": the clause's own verb
    while clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i and steps < 20:
        clause, steps = clause.head, steps + 1
    for c in clause.children:
        if c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and clause.dep_ in {"ccomp", "csubj"})):
            return True
    return False


def subjunctive(verb: Token) -> bool:
    """Whether a that-clause states what is wanted rather than what is so: the bare verb of "demanded
    that Israel release", "urged that the prisoners be freed", "asked that X should withdraw"."""
    aux = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a not in {"should", "be"} for a in aux):
        return False
    # "demanded that the president resign": a bare verb the model tags as a singular noun is the base form too
    misread = verb.tag_ == "NN" and verb_read_as_noun(verb)
    return verb.tag_ == "VB" or bool(aux) or misread


def wanted(verb: Token) -> bool:
    """Whether a that-clause under an appeal or demand is what is wanted: a subjunctive (`subjunctive`), or
    a bare plural present the tagger gives for one ("demanded that the United States lift", "suggested
    that the two hold talks"), though not a state ("suggested that they are ready", "have")."""
    if subjunctive(verb):
        return True
    bare = not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    # "demanded that Iran let inspectors in", "insisted that Kyiv cut its ties": a verb whose past is spelled as its
    # base ("let", "cut", "put", "set", "shut") is read as past by the tagger, though the wish takes the bare form;
    # only after a singular subject, where the present would be "lets": "cautioned that smugglers read the news"
    # is the plural present, said of what is so
    singular = any(
        c.dep_ == "nsubj" and (c.tag_ in {"NN", "NNP"} or c.lower_ in {"he", "she", "it"}) for c in verb.children
    )
    misread_past = verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower() and singular
    return bare and (verb.tag_ == "VBP" or misread_past) and verb.lemma_ not in {"be", "have"}


def kept_from(verb: Token) -> Token | None:
    """The verb that keeps an act from happening ("prevented Hamas from attacking", "barred companies from
    investing", "refrained from commenting"), for a gerund after its "from"."""
    prep = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "of" and stopped_short(prep.head.head):
        return prep.head.head  # "stopped short of condemning Israel", "fell short of recognizing": not done
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    keeper = prep.head
    lemma = keeper.lemma_.lower()
    return keeper if keeper.pos_ == "VERB" and (lemma in PREVENTIONS or lemma in SELF_RESTRAINTS) else None


# verbs that, "short of" an act, say it was not done ("stopped short of condemning", "fell short of recognizing")
SHORT_OF = {"stop", "fall"}


def stopped_short(verb: Token) -> bool:
    """Whether a verb is "stopped short of" or "fell short of" something: the act it is short of was held back,
    and the stopping itself is no act (no halt, 160, nor cut)."""
    return verb.lemma_.lower() in SHORT_OF and any(
        c.dep_ in {"advmod", "acomp", "amod", "prt"}
        and c.lower_ == "short"
        and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        for c in verb.children
    )


def self_restraint(keeper: Token) -> bool:
    """Whether what keeps an act from happening is its doer's own holding back ("refrained from", "stopped short
    of"), not another's prevention."""
    return keeper.lemma_.lower() in SELF_RESTRAINTS or stopped_short(keeper)


def to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# What words are put in (a letter, a statement, a news conference) and the outlets one goes on to say them: an
# act of words that is the aim of issuing, sending or holding one is said there ("issued a statement to
# condemn X", "sent a letter to Y to demand ...", "went on television to warn Z")
MEDIA = {
    "letter", "statement", "message", "speech", "address", "conference", "briefing", "communique", "communiqué",
    "note", "video", "post", "op-ed", "editorial", "interview", "remarks", "tweet",
}  # fmt: skip
OUTLETS = {"television", "tv", "radio", "twitter", "facebook", "telegram", "instagram"}
WRITING = {"write", "tweet", "post", "publish", "broadcast"}


def medium_host(verb: Token) -> Token | None:
    """The verb that puts out the words an infinitive says, when the infinitive is what they are for: "issued
    a statement to condemn X" (issued), "sent a letter to Putin to demand ..." (sent), "wrote to the U.N. to
    accuse X" (wrote), "went on television to warn Y" (went). Saying it there is doing it."""
    if not to_infinitive(verb) or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in MEDIA and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return head.head
    if verb.dep_ not in {"advcl", "xcomp"} or head.pos_ != "VERB" or head.i > verb.i:
        return None
    if head.lemma_.lower() in WRITING:
        return head
    if any(c.dep_ == "dobj" and c.lemma_.lower() in MEDIA for c in head.children):
        return head
    if any(g.lemma_.lower() in OUTLETS for g in prep_objects(head, {"on"})):
        return head
    return None


def aimed_for(noun: Token) -> bool:
    """Whether a noun is what something is done "for" ("prepared for talks", "leverage for negotiations"),
    which for a meeting means it has not taken place yet."""
    return noun.dep_ == "pobj" and noun.head.lower_ in MEETING_AIM_PREPS


def adjectival(verb: Token) -> bool:
    """Whether a participle describes a state, as an adjective does, rather than reporting an act: one
    listed with adjectives after a copula ("are friendly and accepting"), or graded by a degree adverb
    ("so invested in Ukraine", "very committed"), which no act takes."""
    if verb.tag_ not in {"VBG", "VBN"} or any(c.dep_ in {"dobj", "agent"} for c in verb.children):
        return False
    if verb.dep_ == "conj" and verb.head.pos_ == "ADJ" and verb.head.dep_ in {"acomp", "attr", "amod"}:
        return True
    copula = any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in verb.children) or verb.dep_ == "acomp"
    return copula and any(c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS and c.i < verb.i for c in verb.children)


def asserts(verb: Token) -> bool:
    """Whether a verb that may demand or propose ("insist", "suggest") only states what is so: its that-clause is
    indicative ("insists it is committed to peace"), not what is wanted ("insisted that Israel withdraw",
    "insisted that talks must resume"), and it has no object or infinitive of its own."""
    kids = list(verb.children)
    if any(c.dep_ in {"dobj", "xcomp", "dative"} for c in kids):
        return False
    clauses = [c for c in kids if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    if not clauses:
        return False
    # only a clearly tensed clause ("is", "was", "has", a plural "are"): "that the United States lift" may be
    # tagged VBP, though a bare "be" or "have" is no act asked for (see `wanted`)
    return all(
        (c.tag_ in {"VBZ", "VBD"} and not wanted(c))
        or (c.tag_ == "VBP" and c.lemma_ in {"be", "have"})
        or any(g.dep_ in {"aux", "auxpass"} and g.tag_ in {"VBZ", "VBD"} for g in c.children)
        for c in clauses
    )


def own_clause(conj: Token, head: Token) -> bool:
    """Whether a conjoined verb stands on its own rather than sharing its head's auxiliaries: a
    contrast ("but", "yet") or a tense of its own ("did not condemn Israel but criticized Hamas")."""
    if any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in head.children if head.i < c.i < conj.i):
        return True
    if any(c.dep_ in {"aux", "auxpass", "neg"} and c.lower_ != "to" for c in conj.children):
        return True  # its own "will", "has", "not" (an infinitive's "to" still shares the frame above)
    finite = {"VBD", "VBZ", "VBP"}
    return conj.tag_ in finite and head.tag_ != conj.tag_


def unanswered(verb: Token) -> bool:
    """Whether a negated answering verb is a silence toward whoever asked ("did not respond to requests for
    comment", "has not replied", "did not answer questions", "did not return calls", "would not comment on the
    report", "made no comment"): a spokesman's refusal to speak is CAMEO's declined comment (011). With an object, only
    a request or a question: "did not respond to the attack" declines nothing."""
    lemma = verb.lemma_.lower()
    if lemma == "make":
        # "made no comment on the report": the light verb with a denied comment is the same silence
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() == "comment" and any(d.lower_ == "no" for d in c.children)
            for c in verb.children
        )
    if lemma not in ANSWERING:
        return False  # asked of every verb: the subject's words are walked only for an answering one
    # "did not respond", or "Neither X nor Y have responded"
    neither = any(d.lower_ == "neither" for c in verb.children if c.dep_ == "nsubj" for d in c.children)
    if not (neither or any(c.dep_ == "neg" for c in verb.children)):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, {"to"})
    if lemma == "return" and not objects:
        return False  # "did not return home"
    return all(o.lemma_.lower() in ASKINGS for o in objects)


def circumstance_subject(verb: Token) -> bool:
    """Whether who did the act is a condition, not an actor: the active subject or the passive's "by"
    agent is "the situation", "the pandemic", "the drought" (see CIRCUMSTANCES)."""
    doers = [c for c in verb.children if c.dep_ in SUBJ_DEPS] + [
        g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
    ]
    return bool(doers) and all(d.lemma_.lower() in CIRCUMSTANCES for d in doers)


def measure_doer(verb: Token) -> bool:
    """Whether what a verb of force says landed was landed by a measure or a condition, not by arms or fighters:
    its subject, passive agent, or the noun a relative or participle clause is on ("sanctions that hit
    tankers", "tankers hit by tariffs") is a measure (`MEASURES`) or a circumstance (`CIRCUMSTANCES`), and no
    arms are named as the means ("hit Kyiv with missiles")."""
    doers = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    doers += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if verb.dep_ in {"relcl", "acl"} and (not doers or all(d.lower_ in RELATIVE for d in doers)):
        doers = [verb.head]
    elif not doers and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        doers = [c for c in verb.head.children if c.dep_ in SUBJ_DEPS]  # "sanctions hit banks and struck ..."
    if not doers or armed_doer(verb):
        return False
    return all(d.lemma_.lower() in MEASURES | CIRCUMSTANCES for d in doers)


def impersonal(verb: Token, index: MentionIndex) -> bool:
    """Whether the verb's subject is an "it" that stands for no one, with a clause to say what "it" is ("it
    helps if ...", "it hurts that ..."): the verb judges a state of affairs, no one acts. An "it" that names
    an actor ("China said it would help if asked") acts."""
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "expl"}]
    if not subj or any(s.lower_ != "it" or index.at(s.i) for s in subj):
        return False
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False
    return any(
        c.dep_ in {"ccomp", "advcl"}
        and any(g.dep_ == "mark" and g.lower_ in {"if", "that", "when"} for g in c.children)
        for c in verb.children
    )


def topic_noun(noun: Token) -> bool:
    """Whether a noun event is the topic of other words ("questions about the sanctions", "a debate over
    the ban", "talked about China's protest"): what is discussed is not reported as happening there."""
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS


def called_off(noun: Token) -> bool:
    """Whether a meeting noun is what a verb puts off ("postponed the meeting", "put off the talks",
    "the summit was postponed"): then it did not take place."""
    if noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb = noun.head
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in CALL_OFF or any(c.dep_ == "prt" and (lemma, c.lower_) in CALL_OFF_PHRASAL for c in verb.children)


# Predicates that say an agreed state or a process broke down ("the truce collapsed", "talks fell apart"), and
# nouns that name that end ("the collapse of the truce"); phrasal ones as (verb, particle)
FAILING = {"collapse", "fail", "founder", "falter", "crumble", "unravel", "disintegrate", "implode", "fizzle"}
FAILING_PHRASAL = {("break", "down"), ("fall", "apart"), ("fall", "through"), ("come", "apart")}
FAILURE_NOUNS = {"collapse", "breakdown", "failure", "unraveling", "unravelling", "disintegration"}
# Predicates that say a lasting state ran out ("the truce expired", "the deal ended", "the truce was over")
ENDING = {"end", "expire", "lapse"}
ENDING_NOUNS = {"end", "expiry", "expiration", "lapse"}
# Verbs by which a side ends or breaks off a lasting act it names as object ("Israel ended the ceasefire", "scrapped
# the deal", "the truce was broken")
ENDING_VERBS = {
    "end", "terminate", "scrap", "abandon", "cancel", "break", "abrogate", "revoke", "annul", "ditch", "suspend",
    "halt", "renounce", "repudiate",
}  # fmt: skip


def ended_by_predicate(noun: Token) -> str | None:
    """How the clause a noun event is the subject of (or that names it with "of") says the act ended: "failed"
    ("the truce collapsed", "talks broke down", "the collapse of the ceasefire"), "ended" ("the truce expired",
    "said the truce was over", "the end of the ceasefire"), "ended by" when a verb's subject or agent ends or breaks
    it off ("Israel ended the ceasefire", "the truce was broken"), or None. A predicate about an act is news of its end,
    not of the act: the act was done, if at all, before. "failed to reach a deal" fails at something else."""
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.dep_ == "prep":
        owner = node.head.head.lemma_.lower()
        return "failed" if owner in FAILURE_NOUNS else "ended" if owner in ENDING_NOUNS else None
    if node.dep_ in {"dobj", "nsubjpass"} and node.head.pos_ == "VERB" and node.head.lemma_.lower() in ENDING_VERBS:
        return "ended by"  # "Israel ended the ceasefire with Hamas", "the truce was broken on Monday"
    if node.dep_ != "nsubj":
        return None
    verb = node.head
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if any(c.dep_ in {"xcomp", "dobj"} for c in kids):
        return None  # "talks failed to produce a deal", "the war ended his career"
    if lemma in FAILING or any(c.dep_ in {"prt", "advmod"} and (lemma, c.lower_) in FAILING_PHRASAL for c in kids):
        return "failed"
    if lemma in ENDING or (
        lemma == "be" and any(c.dep_ in {"advmod", "acomp", "prt"} and c.lower_ == "over" for c in kids)
    ):
        return "ended"
    return None


# Adjectives that put an act named by a noun in prospect only, with the modality they give it ("a possible attack",
# "an imminent invasion", "a planned deal")
PROSPECT_ADJECTIVES = {
    **dict.fromkeys(
        ("possible", "potential", "likely", "probable", "feared", "hypothetical", "rumored", "rumoured", "eventual"),
        "hypothetical",
    ),
    **dict.fromkeys(
        ("expected", "anticipated", "imminent", "impending", "looming", "planned", "prospective", "future"), "future"
    ),
}


def in_prospect(noun: Token) -> str | None:
    """The modality of an act noun named as only possible or to come ("fled for fear of a possible attack by X",
    "would support a planned deal between X and Y"), or None: the act is not reported as done, and its
    modality is the writer's, not a stance of its source."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in PROSPECT_ADJECTIVES:
            return PROSPECT_ADJECTIVES[c.lower_]
    return None


# Participles of keeping people captive, and the preposition naming the country that keeps them: people "held in
# Iran" or "jailed in Russia" are kept by that state, children "taken to Russia" or "deported to Belarus" are kept
# where they were taken (`held_from`)
CAPTIVE_PLACE_PREPS = {
    "hold": "in", "detain": "in", "jail": "in", "imprison": "in", "keep": "in", "arrest": "in", "sentence": "in",
    "convict": "in",
    "take": "to", "deport": "to", "transfer": "to", "abduct": "to", "remove": "to", "send": "to",
}  # fmt: skip


def held_from(verb: Token) -> list[Token]:
    """Who holds what a demand or appeal asks to be returned or released, named in its object's phrase: "demanded
    the return of its children from Russia", "called for the release of soldiers held by Russia". A country named
    as where they are held ("detained in Iran") or were taken to ("taken to Russia") holds them: a state keeps
    whom it detains on its soil, so the appeal for their release is put to it. "An end to the detention of
    Britons in Iran" reads the same through the act noun's own place."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, {"for"})
    objects += [g for o in objects if o.lemma_.lower() == "end" for g in prep_objects(o, {"to"})]
    out: list[Token] = []
    for o in objects:
        out += prep_objects(o, {"from"})
        for held in prep_objects(o, {"of"}):
            out += prep_objects(held, {"from"})
            for c in held.children:
                if c.dep_ == "amod" and c.i < held.i and CAPTIVE_PLACE_PREPS.get(c.lemma_.lower()) == "in":
                    out += prep_objects(held, {"in"})  # "the release of detained Americans in Venezuela"
                if c.dep_ != "acl":
                    continue
                agents = by_agents(c)
                out += agents
                if not agents and (place := CAPTIVE_PLACE_PREPS.get(c.lemma_.lower())):
                    out += prep_objects(c, {place})  # "held by Hamas in Gaza": the keeper named, the place is where
            if o.lemma_.lower() in {"detention", "imprisonment", "captivity", "incarceration"}:
                out += prep_objects(held, {"in"}) + prep_objects(o, {"in"})
    return out


def told_to(verb: Token) -> bool:
    """Whether a verb of saying tells someone to act: an object and a to-infinitive ("told Iran to stop"),
    not a quotation or a that-clause ("told VOA that ...")."""
    return any(c.dep_ in {"dobj", "dative"} for c in verb.children) and any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


OBLIGING_MODALS = {"must", "should"}
SINGULAR_PRONOUNS = {"it", "he", "she"}
PLURAL_PRONOUNS = {"they"}


def told_obliged(verb: Token) -> Token | None:
    """The that-clause in which "tell" lays a duty on the one told: "told Iran that it must stop", "Uganda was told by
    Kenya that it must meet the conditions". A "must" or "should" whose subject is the one told (named again, or a
    pronoun of its number) is a demand put to it, as "told Iran to stop" is; one of another subject is news passed
    on ("told reporters that it must be a mistake")."""
    if verb.lemma_.lower() != "tell":
        return None
    told = [c for c in verb.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    if len(told) != 1:
        return None
    one = told[0]
    for c in verb.children:
        if (
            c.dep_ != "ccomp"
            or c.i < verb.i
            or not any(g.dep_ == "aux" and g.lower_ in OBLIGING_MODALS for g in c.children)
        ):
            continue
        subj = [g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
        if len(subj) != 1:
            return None
        s = subj[0]
        if s.pos_ == "PRON":
            plural = one.tag_ in {"NNS", "NNPS"} or any(x.dep_ == "conj" for x in one.children)
            if s.lower_ in (PLURAL_PRONOUNS if plural else SINGULAR_PRONOUNS):
                return c
        elif s.lower_ == one.lower_:
            return c
        return None
    return None


def civil_drill(noun: Token) -> bool:
    """Whether a drill or exercise is a civilian one by its modifier ("a fire drill", "earthquake drills")."""
    return noun.lemma_.lower() in DRILLS and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in CIVIL_DRILLS for c in noun.children
    )


def everyday(verb: Token, pattern: Pattern, objects: set[str]) -> bool:
    """Whether a verb a row codes is used of everyday life, not politics: a general row's object that makes
    it so (`NOT_THE_ACT`), a civilian drill held, a contest won, or a storm that struck."""
    root = pattern.code[:2]
    if pattern.code == "0831" and any(
        o.lemma_.lower() == "office"
        and (o.pos_ == "PROPN" or any(c.dep_ == "det" for c in o.children))
        and not prep_objects(o, {"of"})
        for o in verb.children
        if o.dep_ == "dobj"
    ):
        return True  # "left the Oval Office", "left the office early": a room left, not a post ("left office")
    if (
        root == "17"
        and not pattern.objects
        and any(o.dep_ == "dobj" and o.lemma_.lower() == "power" for o in verb.children)
    ):
        # "soldiers seized power": a coup takes a government, not property (CAMEO 1.1b3 has no code for a coup);
        # a "power plant" seized is still property
        return True
    # "shelled a market", "bombed a stage": verbs with no sense but force are not used of everyday life
    if (
        not pattern.objects
        and objects & NOT_THE_ACT.get(root, set())
        and verb.lemma_.lower() not in ONLY_FORCE
        and not (root in {"18", "19", "20"} and objects & NOT_THE_ACT[root] <= STRUCK_THINGS and armed_doer(verb))
    ):
        return True
    if (
        not pattern.objects
        and root in ACTED_ON_ROOTS
        and any(
            {o.lemma_.lower(), o.lower_} & (IDLE_OBJECTS | HAZARDS | IDLE_FOR_ROOT.get(root, set()))
            for o in verb.children
            if o.dep_ == "dobj"
        )
    ):
        return True  # "met its deficit target", "struck a conciliatory tone", "fighting the drought"
    if (
        root in {"18", "19", "20"}
        and not pattern.objects
        and any(
            {o.lemma_.lower(), o.lower_} & SOCIAL_ILLS
            for o in [*(c for c in verb.children if c.dep_ == "dobj"), *prep_objects(verb, {"against"})]
        )
    ):
        return True  # "vowed to fight corruption", "combat disinformation": a problem fought is no side fought
    if (
        root in {"18", "19", "20"}
        and not pattern.objects
        and not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
        # "police and protesters clashed over the law": two sides named, fighting each other
        and not any(c.dep_ in SUBJ_DEPS and c.conjuncts for c in verb.children)
        and not labour_strike(verb)  # "teachers are striking over pay" is a strike (143)
        and not any(
            c.dep_ == "prep" and c.lower_ in {"with", "against", "on", "at", "into", "between"} for c in verb.children
        )
        and any(
            g.lemma_.lower() in DISPUTE_TOPICS
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in {"over", "about"}
            for g in p.children
            if g.dep_ == "pobj"
        )
    ):
        return True  # "ministers clashed over the budget": a quarrel, with no one fought
    if root in {"06", "15"} and any(
        civil_drill(o) or (o.lemma_.lower() == "game" and not any(c.lower_ == "war" for c in o.children))
        for o in verb.children
        if o.dep_ in {"dobj", "nsubjpass"}
    ):
        return True  # "held a fire drill", "held a football game" (war games are drills)
    subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    hazard = any(
        {t.lemma_.lower(), t.lower_.removesuffix("s")} & HAZARDS
        for s in subjects
        for t in (s, *s.children)
        if t.dep_ in {"nsubj", "compound"}
    )
    if hazard:
        # "Typhoon Haiyan struck the Philippines", and as much "snow cut off villages", "heavy rain blocked roads",
        # "floods closed the border crossing": a natural force is no side, whatever the verb would code for one
        return True
    if root not in {"13", "18", "19", "20"}:
        return False
    # "beat Pakistan in the cricket final" (not "during the vote": violence at a poll is violence)
    contest = root != "13" and any(
        g.lemma_.lower() in CONTESTS
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for g in p.children
        if g.dep_ == "pobj"
    )
    return contest


def labour_strike(verb: Token) -> bool:
    """Whether "striking" is workers stopping work: no object struck, and workers or a union as subject."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS] or (
        [verb.head] if verb.dep_ in {"acl", "relcl"} else []
    )
    return any(worker(s) for s in subjects)


def worker(tok: Token, flying: bool = True) -> bool:
    """Whether a noun names workers or their union ("doctors", "dock workers"); ``flying=False`` leaves out
    pilots and crews, who fly air strikes as often as they walk out."""
    lemma = tok.lemma_.lower()
    return (lemma in WORKERS and (flying or lemma not in {"pilot", "crew"})) or lemma.endswith("worker")


def listed_first(tok: Token) -> Token:
    """The first item of the list a noun is in ("protests" for "lobbying" in "protests and lobbying by X"): where
    the parser hangs the list's place in the sentence."""
    for _ in range(8):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def predicated_subject(noun: Token) -> Token | None:
    """The subject a class noun is said of, when a clause on the noun tells what that subject did: "Spain was
    among the countries that recognized ...", "Norway is one of several countries to have recognized ...",
    "Egypt was the first country to sign ...". The clause is the subject's act, not some other country's."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ in {"of", "among"} and node.head.dep_ == "prep":
        node = node.head.head  # "one [of the countries]", "was [among the countries]"
    if node.pos_ in {"VERB", "AUX"} and node.lemma_ in COPULAS:
        copula = node
    elif node.dep_ == "attr" and node.head.lemma_ in COPULAS:
        copula = node.head
    else:
        return None
    return next((c for c in copula.children if c.dep_ == "nsubj" and c.i < noun.i), None)


def named_as(verb: Token) -> bool:
    """Whether a verb gives its object a name: an object and a noun said of it ("called Putin a killer")."""
    return misread_name(verb) is not None or (
        any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ == "oprd" and c.pos_ == "NOUN" for c in verb.children)
    )


def misread_name(verb: Token) -> Token | None:
    """The name a verb of naming gives when the parser misread the one named: as a second complement ("Trump called
    Xi a dear friend", "Xi" and "friend" both read as what was called), as the name's own modifier ("called Xi a
    dictator", "Xi" hung on "dictator") or with the name as its apposition ("called Xi Jinping a dear friend").
    The name is a common noun with "a" or "an": "called Erdogan, the Turkish president, on Monday" names no one."""

    def indefinite(noun: Token) -> bool:
        return noun.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in noun.children)

    objs = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if objs:
        return next(
            (a for o in objs if o.pos_ == "PROPN" for a in o.children if a.dep_ == "appos" and indefinite(a)), None
        )
    said = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    names = [c for c in said if indefinite(c)]
    if not names:
        return None
    if any(c.pos_ == "PROPN" and c.i < names[-1].i for c in said) or misread_named(names[-1]):
        return names[-1]
    return None


def misread_named(name: Token) -> list[Token]:
    """The one named that the parser hung on the name itself ("called Xi a dictator": "Xi" a modifier of
    "dictator"), before its article."""
    article = min((d.i for d in name.children if d.dep_ == "det"), default=name.i)
    return [c for c in name.children if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN" and c.i < article]


def called_name(verb: Token) -> list[Token]:
    """The one a "call" with no object reaches when the parser took the name for a complement: in "Macron called
    Putin on Friday" the small model reads "Putin" as what Macron called someone (as in "called him a liar"), and
    in "called Xi a dictator" as the name's modifier."""
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return []
    named = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN" and c.i > verb.i]
    name = misread_name(verb)
    return named or (misread_named(name) if name is not None else [])


def strike_by_workers(verb: Token) -> bool:
    """Whether a strike a verb stages ("Nigerian doctors launched a strike", "dock workers carried out a 48-hour
    strike") is workers stopping work, not an attack: its object is a strike, its subject (or the subject of the
    verb it hangs on, "threatened to launch a strike") workers or their union, and nothing is struck "on"
    ("pilots launched strikes on rebel positions" are air strikes; workers strike "against" their employer)."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objs or not all(o.lemma_.lower() in {"strike", "walkout"} for o in objs):
        return False
    if any(p.dep_ == "prep" and p.lower_ in {"on", "at"} for o in objs for p in o.children):
        return False
    if any(g.ent_type_ not in {"DATE", "TIME"} and g.lower_ not in WEEKDAYS for g in prep_objects(verb, {"on"})):
        return False
    return workers_staging(verb)


def workers_staging(verb: Token) -> bool:
    """Whether the subject of a verb (or of the verb it hangs on: "threatened to launch a strike") is workers or
    their union. Pilots and crews also fly air strikes ("Israeli pilots carried out a strike against Hamas")."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in SUBJ_DEPS]
        if subjects or node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            break
        node = node.head
    return any(worker(s, flying=False) for s in subjects)


def struck_at(verb: Token) -> bool:
    """Whether the strikes a verb stages are aimed at something, so attacks: "began strikes on Gaza", "started
    air strikes against the rebels", "began strikes at dawn on rebel positions", unless workers stage them."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in {"strike", "airstrike"}]
    if not objs or workers_staging(verb):
        return False  # "unions called a strike on the railways": workers strike in a sector, not at it
    if any(
        c.dep_ == "compound" and c.lemma_.lower() in {"air", "drone", "missile", "rocket"}
        for o in objs
        for c in o.children
    ):
        return True
    if any(p.dep_ == "prep" and p.lower_ in {"on", "at"} for o in objs for p in o.children):
        return True
    return any(g.ent_type_ not in {"DATE", "TIME"} and g.lower_ not in WEEKDAYS for g in prep_objects(verb, {"on"}))


# Armed sites: what an attack at home is aimed at when it names no side. "Nigerian troops attacked a camp in
# Borno" is fought against an enemy the sentence leaves unnamed, while "Syrian troops shelled a market in Idlib"
# falls on the country's own people, whom the place stands for (CAMEO codes the side hit, as for "shelled Idlib")
ARMED_SITES = {
    "target", "base", "position", "convoy", "camp", "hideout", "stronghold", "depot", "airfield", "airbase",
    "barracks", "checkpoint", "outpost", "bunker", "arsenal", "tunnel", "launcher", "radar", "garrison", "trench",
    "fortification", "encampment", "den", "lair", "cell", "hideaway", "safehouse", "redoubt",
}  # fmt: skip


def armed_site(noun: Token) -> bool:
    """Whether a thing attacked is a fighters' site (`ARMED_SITES`), however it is modified ("a militant camp")."""
    return noun.lemma_.lower() in ARMED_SITES or noun.lower_ in ARMED_SITES


def armed_site_place(place: Token) -> bool:
    """Whether a place is named only as where an armed site stands ("hideouts in Sinai", "a camp at Borno")."""
    node = place
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ in {"in", "at", "inside", "near"} and armed_site(prep.head)


# Verbs that say only that something landed ("the storm hit the coast", "the crisis hit Italy"): an attack when
# arms or armed men do the landing
IMPACT_VERBS = {"hit"}
# Who or what lands an attack: arms, armed acts and fighters ("Russian drones hit Kharkiv", "an Israeli strike
# hit Rafah", "Hamas fighters hit Tel Aviv")
ARMED_DOERS = ATTACK_MEANS | ARMED_ACT_NOUNS | {
    "troop", "army", "military", "navy", "fighter", "militant", "gunman", "insurgent", "rebel", "militia", "jihadist",
}  # fmt: skip


def armed_doer(verb: Token) -> bool:
    """Whether arms, fighters or armed acts do what a verb says, as its subject or agent ("Kharkiv was hit by
    Russian drones"), or it is done with arms ("hit Kyiv with missiles"): then what it strikes or hits is hit,
    however everyday the thing ("Israeli jets struck a market")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + prep_objects(verb, {"by", "with"})
    doers += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in ARMED_DOERS for t in doers)


def armed_impact(verb: Token) -> bool:
    """Whether an impact verb with an object is an attack: arms or fighters land it (`armed_doer`)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in IMPACT_VERBS:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children) and armed_doer(verb)


def relative_only(prep: Token) -> bool:
    """Whether a preposition's only object is a relative pronoun ("with which", "to whom")."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.lower_ in {"which", "whom"} for g in objs)


def who_antecedent(relcl: Token, index: MentionIndex) -> Token:
    """What "who" stands for. The parser may hang a "who" clause on the nearest name even when that is an
    organisation or a country ("a woman linked to Al-Qaeda who shot at ..."): "who" is a person, so then
    the subject of the clause that holds the name is meant."""
    head = relcl.head
    if head.pos_ != "PROPN" or not any(
        m.kind in {"organization", "country", "group", "capital"} for m in index.at(head.i)
    ):
        return head
    node = head
    for _ in range(5):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            people = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i]
            if people:
                return people[0]
    return head


def antecedents(relcl: Token, index: MentionIndex) -> list[Token]:
    """What a relative pronoun stands for: the noun the clause hangs on, and when that noun only says what
    something is ("HTS is a group that ..."), that something as well."""
    who = any(c.lower_ == "who" for c in relcl.children)
    head = who_antecedent(relcl, index) if who else relcl.head
    out = [head]
    if head.dep_ == "attr" and head.pos_ == "NOUN":
        out += [c for c in head.head.children if c.dep_ == "nsubj"]
    return out


def background(tok: Token) -> bool:
    """Whether a verb tells an earlier event the sentence only measures time from ("five years after
    crowds burned its embassy"): it happened at some other date, and is not the news reported."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in tok.children):
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_AGO and _span_of_time(c) for c in tok.children)


def _span_of_time(noun: Token) -> bool:
    """Whether "weeks", "two weeks", "a year" measure a span ("two weeks after"), unlike "last week",
    which dates the clause as any date would."""
    kids = list(noun.children)
    if any(c.lower_ in {"last", "this", "next", "that", "the", "same", "previous"} for c in kids):
        return False
    return noun.tag_ == "NNS" or any(c.dep_ == "nummod" or c.lower_ in {"a", "an", "several", "few"} for c in kids)


def weapon_user(tok: Token) -> Token:
    """For a weapon with a participle that names who used it ("a missile fired by X"), X; else the weapon."""
    if tok.lemma_.lower() not in ATTACK_MEANS:
        return tok
    for verb in [c for c in tok.children if c.dep_ in {"acl", "relcl"}] + [tok.head] * (tok.dep_ == "nsubj"):
        for v in [verb, *[x for x in verb.children if x.dep_ == "xcomp"]]:
            users = [g for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if users:
                return users[0]
    return tok


def assessment(noun: Token) -> bool:
    """Whether a threat or danger is someone's judgement of a state of affairs ("poses a threat to X", "is a
    danger to", "sees China as a threat") rather than a threat made: CAMEO codes the act of threatening."""
    if noun.lemma_.lower() not in ASSESSED:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as":  # "sees X as a threat"
        verb = verb.head
    elif noun.dep_ not in {"dobj", "attr", "oprd"}:
        return False
    return verb.lemma_.lower() in ASSESSING


def talk_about(tok: Token) -> bool:
    """ "talks about", "spoke of": speaking of something, a consultation only with someone to talk with."""
    if tok.lemma_.lower() not in {"talk", "speak"}:
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    return bool(preps & {"about", "of"}) and not preps & {"with", "to"}


def verb_read_as_noun(tok: Token) -> bool:
    """A verb the small model tags as a noun. At the root of its sentence, with a subject and an object it can
    only be the verb ("Vietnam and Taiwan contest China's claims"). Elsewhere, an infinitive's "to" ("worked
    to rescue civilians"), a that-clause's "that", or, in a clause of its own, a subject with an object or a
    preposition and no determiner ("saying the Taliban respect women's rights") make it one."""
    if tok.pos_ != "NOUN":
        return False
    kids = {c.dep_ for c in tok.children}
    if tok.dep_ == "ROOT":
        return "nsubj" in kids and "dobj" in kids
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not kids & {"det", "poss"}:
        return True
    if tok.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        # "demanded that the president resign", "demanded that Pakistan hand over": a that-clause is headed by its
        # verb, which the model, meeting a bare subjunctive, may tag as a noun
        return True
    clause = tok.dep_ in {"ccomp", "relcl", "advcl", "conj"}
    return clause and "nsubj" in kids and bool(kids & {"dobj", "prep"}) and not kids & {"det", "poss", "amod"}


# Where a fired weapon that hits no one comes down ("fired a missile into the sea")
OPEN_WATERS = {"sea", "ocean", "water", "waters", "gulf", "bay"}
TESTS = {"test", "trial", "launch"}


def weapon_test(verb: Token) -> bool:
    """A firing that is a test or a show ("test-fired a missile", "launched a missile into the sea", "fired
    two missiles in a test"): it demonstrates force (CAMEO 15) and attacks no one."""
    for c in verb.children:
        if c.dep_ in {"npadvmod", "advmod", "compound"} and c.lemma_.lower() == "test" and c.i < verb.i:
            return True  # "test-launched", "test fired"
        if c.dep_ == "prep" and c.lower_ in {"into", "in"}:
            for g in c.children:
                lemma = g.lemma_.lower()
                if g.dep_ == "pobj" and (lemma in TESTS - {"launch"} or (c.lower_ == "into" and lemma in OPEN_WATERS)):
                    return True  # "in a test", "into the sea", "into the Sea of Japan"
        if c.dep_ == "dobj" and any(m.lemma_.lower() == "test" for m in c.children if m.dep_ in {"compound", "amod"}):
            return True  # "fired a test missile"
    return False


def when_only(prep: Token) -> bool:
    """A preposition whose only object is a date or time ("on Monday", "for two hours")."""
    objs = [g for g in prep.children if g.dep_ == "pobj"] if prep.dep_ == "prep" else []
    return bool(objs) and all(g.ent_type_ in {"DATE", "TIME"} for g in objs)


def credit_line(tok: Token) -> bool:
    """ "Jane Doe contributed to this report": a newsroom credit, whatever the verb's lexicon row says."""
    return any(_credits(c) for c in tok.children)


def credit_lines(doc: Doc) -> set[int]:
    """The indices of the tokens `credit_line` holds of, read once per story from its "to"s (over the doc's
    arrays): asking it of every candidate trigger walked two levels of children for each."""
    return {c.head.i for c in tokens_of(doc, ("to",)) if _credits(c)}


def _credits(prep: Token) -> bool:
    """Whether a word is the "to" of a credit line ("to this report")."""
    return prep.dep_ == "prep" and prep.lower_ == "to" and any(g.lemma_.lower() in NEWS_PRODUCTS for g in prep.children)


def mass_demand(tok: Token) -> bool:
    """ "Chinese demand", "demand for housing": demand as a market quantity. A political demand is counted
    (a demand, the demand, demands, China's demand); the economic sense is a bare singular."""
    if tok.lemma_.lower() != "demand" or tok.tag_ not in {"NN", "NNP"}:
        return False
    return not any(c.dep_ in {"det", "poss"} for c in tok.children)


def norm_subject(tok: Token) -> bool:
    """Whether what "requires", "demands" or "bans" is a rule's wording: the verb's subject, or the noun a
    participle describes ("a policy requiring ..."), is a law, policy or agreement."""
    subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj and tok.dep_ in {"acl", "relcl"}:
        subj = [tok.head]
    return any(s.lemma_.lower() in NORMS for s in subj)


def each_other(tok: Token) -> bool:
    """Whether the act is aimed at "each other" / "one another" (or what is theirs: "each other's ports"):
    its subjects are then each other's targets, even for one side's acts ("Israel and Hamas accused each
    other")."""
    objs = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objs += [c for o in objs for c in o.children if c.dep_ == "poss"]
    return any(
        (o.lower_ == "other" and any(c.lower_ == "each" for c in o.children))
        or (o.lower_ == "another" and any(c.lower_ == "one" for c in o.children))
        or (o.lower_ == "one" and any(c.lower_ == "another" for c in o.children))  # how the parser reads it
        for o in objs
    )


def with_someone_else(tok: Token) -> bool:
    """Whether the act or its object names a partner by "with" ("build ties with Indian Ocean countries"),
    other than "each other" / "one another"."""
    slots = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"})]
    partners = [
        g
        for h in slots
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN", "PRON"}
    ]
    return bool(partners) and not each_other(tok)


def sides_between(verb: Token) -> list[Token]:
    """The sides named by "between" on a passive verb's subject ("the accord between X and Y was signed") or,
    as the parser as often has it, on the verb ("talks were held between X and Y")."""
    return [
        g
        for holder in [verb, *(c for c in verb.children if c.dep_ == "nsubjpass")]
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "between"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def subjectless_between(verb: Token) -> list[Token]:
    """The sides of a verb with no subject of its own that names them by "between": "fighting between Israel
    and Hamas resumed", "clashing between the army and the RSF". Each side does the act to the other; a verb
    with a subject ("Qatar mediated between X and Y") acts on both instead."""
    if any(c.dep_ in SUBJ_DEPS | {"nsubjpass", "agent"} for c in verb.children):
        return []
    return prep_objects(verb, {"between"})


def moved_patient(tok: Token) -> tuple[Token | None, bool]:
    """The direct object `tok` is a "from" object of, and whether the "from" hangs on the verb: "barred him
    from Gaza" (the verb's) or, as the parser often has it, "expelled [the Estonian envoy from Moscow]"."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "from" or tok.head.dep_ != "prep":
        return None, False
    head = tok.head.head
    if head.dep_ == "dobj" and head.pos_ in {"NOUN", "PROPN"}:
        return head, False
    return next((c for c in head.children if c.dep_ == "dobj"), None), True


def place(tok: Token, index: MentionIndex) -> bool:
    """Whether the slot names a place (a country, a capital or a named location), not a person or body."""
    return tok.ent_type_ in PLACE_ENTS or any(m.kind in {"country", "capital"} for m in index.at(tok.i))


def actor_like(tok: Token, index: MentionIndex) -> bool:
    """Whether an unresolved slot still names an actor (kept with code null) rather than a thing."""
    if index.at(tok.i):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in ACTOR_PRONOUNS
    if tok.ent_type_ in NOT_ACTOR_ENTS or tok.lower_ in WEEKDAYS:
        return False
    return tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_ENTS


# time, place and manner adjuncts, and the reason phrases "because of", "due to", "owing to" (the parser makes the
# first word the preposition and the noun its pobj): "suspended talks because of the attack" suspends the talks, the
# attack is only why
ADJUNCT_PREPS = {
    "during", "at", "after", "before", "in", "since", "without", "amid", "despite", "until", "within",
    "throughout", "near", "following", "like", "by", "as", "aboard", "onboard", "via", "because", "due", "owing",
    # "seized a tanker off Gibraltar", "detained fishermen off the coast": where at sea, as "near" is
    "off",
}  # fmt: skip

# Craft one travels in: under "on", "in" or "by" such a noun is the means of travel ("flown to Doha on a chartered
# plane", "flew in a military helicopter"), never the thing a row's `obj:` asks for ("flew two bombers" is 150)
CRAFT = {
    "aircraft", "plane", "airplane", "airliner", "jet", "helicopter", "chopper", "flight", "ship", "vessel",
    "boat", "ferry", "bus", "train", "car", "truck", "vehicle",
}  # fmt: skip


# a doc.user_data key of our own: the events component keeps `object_lemmas` answers there for one call
OBJECT_LEMMAS = "dyadwatch.object_lemmas"


def object_lemmas(tok: Token, words: tuple[str, ...]) -> set[str]:
    """The words the objects of a verb answer to (`object_words`), for a row's `obj:` requirement.

    Matching rows and building events ask it of the same trigger and words several times: while the events
    component runs, answers are kept per (token, words) under OBJECT_LEMMAS, and each caller gets its own copy."""
    memo: dict[tuple[int, tuple[str, ...]], frozenset[str]] | None = tok.doc.user_data.get(OBJECT_LEMMAS)
    if memo is None:
        return _object_lemmas(tok, words)
    key = (tok.i, words)
    found = memo.get(key)
    if found is None:
        found = memo[key] = frozenset(_object_lemmas(tok, words))
    return set(found)


def _object_lemmas(tok: Token, words: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    # "welcomed Putin to Beijing" is a visit hosted; "welcomed Ethiopia to the talks" is not: when the row's own
    # preposition has an object, that object is the place the row asks about, and a country as the direct object
    # is the guest, not a place
    placed = any(
        c.dep_ == "prep" and c.lower_ in words and any(g.dep_ == "pobj" for g in c.children) for c in tok.children
    )
    for o in object_tokens(tok, words):
        found = object_words(o)
        if placed and o.head == tok and o.dep_ in {"dobj", "nsubjpass"} and "territory" not in {o.lemma_.lower()}:
            found.discard("territory")
        out |= found
        if o.lower_ in {"them", "they"}:
            # "Russia fired 40 drones. Ukraine said it intercepted most of them": a plural pronoun answers as
            # the thing it stands for
            found = plural_antecedent(o)
            if found is not None:
                out |= object_words(found)
    return out


def plural_antecedent(pron: Token) -> Token | None:
    """The plural common noun a "them"/"they" most likely stands for: the nearest one before it in its own or the
    previous sentence, a subject or object (or its conjunct) before one under a preposition ("fired missiles at
    cities. Ukraine downed most of them" stands for the missiles)."""
    sent = pron.sent
    start = sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    nouns = [
        t
        for t in pron.doc[start : pron.i]
        if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.ent_type_ not in {"NORP", "PERSON", "ORG", "GPE"}
    ]
    core = [t for t in nouns if t.dep_ in {"dobj", "nsubj", "nsubjpass", "conj"}]
    pick = core or [t for t in nouns if t.dep_ == "pobj"]
    if not pick:
        return None
    # "fired dozens of drones": a quantity stands for what it counts
    counted = [g for p in pick[-1].children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return next((g for g in counted if g.dep_ == "pobj" and g.tag_ == "NNS"), pick[-1])


def object_tokens(tok: Token, words: tuple[str, ...]) -> list[Token]:
    """The objects of a verb, as an `obj:` requirement of a row with `words` reads them."""
    # the verb's children are read once: spaCy makes a new Token for every child on every walk over them
    children = list(tok.children)
    # "refused to meet": the verb's object is an act; "ordered Israel to release": Israel is the object, and
    # the act is what is asked of it (coded as the demand's sub-code), not the ordering itself
    asked = any(c.dep_ == "dobj" for c in children)
    objs = [
        c for c in children if c.dep_ in {"dobj", "nsubjpass", "attr", "dative"} or (c.dep_ == "xcomp" and not asked)
    ]
    # "took civilians hostage", "held journalists captive": the noun or adjective said of the object is what the
    # verb makes of it, as "took hostages" says
    said = [
        c
        for c in children
        if asked
        and c.dep_ in {"xcomp", "ccomp", "oprd"}
        and c.pos_ in {"NOUN", "ADJ"}
        and not any(g.dep_ in {"aux", "nsubj", "mark", "cop"} for g in c.children)
    ]
    misread = misread_name(tok)
    if misread is not None:
        said.append(misread)  # "Trump called Xi a dear friend", read with both as complements
    # "called Obama a sinner and a liar": each name said of the object counts
    objs += said + [j for c in said for j in c.conjuncts if j.pos_ in {"NOUN", "ADJ"}]
    if _object_gap(tok):
        objs.append(tok.head)  # "the sanctions Washington has imposed", "the aid provided to Malaysia"
    objs += raised_objects(tok)
    objs += shared_objects(tok)  # "lifting or reducing the sanctions"
    objs += [n for p, n in particle_clauses(tok) if p.lower_ in words]  # "let inspectors in": the inspectors
    objs += [
        g
        for c in children
        if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in words
        for g in c.children
        if g.dep_ in {"pobj", "pcomp"}
    ]
    # with no preposition named, the object of an argument-like preposition counts ("agreed on a truce"),
    # not of a time or place adjunct ("during the negotiations", "at the request of"); beside a direct object, an
    # "over"/"about" phrase gives the grounds of the act ("threatened Lithuania over its ties with Taiwan"), not a
    # second thing acted on
    objs += [
        g
        for c in children
        if c.dep_ == "prep" and c.lower_ not in ADJUNCT_PREPS and not (asked and c.lower_ in TOPIC_PREPS)
        for g in c.children
        if g.dep_ == "pobj" and not words and not (c.lower_ in {"on", "in"} and g.lemma_.lower() in CRAFT)
    ]
    # "pulled out of the treaty": the parser hangs "of" under the particle
    objs += [
        g
        for c in children
        if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in words
        for p in c.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # "investigated the minister for corruption", "threatened protesters with the death penalty": the small
    # model hangs the row's own preposition under the direct object
    objs += [
        g
        for o in children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in words
        for g in p.children
        if g.dep_ == "pobj"
    ]
    objs += [
        g
        for o in objs
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return objs


def raised_objects(verb: Token) -> list[Token]:
    """The object of a verb that the parser made the subject of the infinitive after it ("allow candidate
    Ouattara | to participate", "forced the paper | to close"): with no object of its own, the verb's
    object is that subject."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [
        g
        for c in verb.children
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for g in c.children
        if g.dep_ == "nsubj" and g.i > verb.i
    ]


def _object_gap(tok: Token) -> bool:
    """Whether the noun a clause modifies is the clause verb's object: a relative clause with a subject of
    its own and no object ("the sanctions Washington has imposed on Moscow", "the deal that the two sides
    signed"), or a passive participle ("the aid provided by China", "sanctions imposed on Russia")."""
    if tok.head.i == tok.i or tok.head.pos_ not in {"NOUN", "PROPN"} or tok.head.i > tok.i:
        return False
    kids = list(tok.children)
    if tok.dep_ == "acl":
        # "Trump called Xi a dear friend", misread as a noun phrase: the one named is no gap
        gap = not any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in kids) and misread_name(tok) is None
        return tok.tag_ == "VBN" and gap
    if tok.dep_ != "relcl":
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
    objects = [c for c in kids if c.dep_ == "dobj" and c.lower_ not in RELATIVE]
    return bool(subjects) and not objects


def object_words(tok: Token) -> set[str]:
    """The words an object answers to in an `obj:` requirement: its own, a modifier that carries the
    requirement ("requested humanitarian aid" for `obj:humanitarian`), and "territory" for a named place
    ("captured Bakhmut" is "captured territory", not a capture of people)."""
    given_as = money_act(tok)
    if given_as is not None:
        # "pledged $2 billion in humanitarian aid", "provided $1 billion in weapons": the sum is what it is given as
        return object_words(given_as)
    words = {tok.lemma_.lower(), tok.lower_}
    if tok.pos_ == "PROPN" and tok.tag_ == "NNPS" and tok.lower_.endswith("s"):
        words.add(tok.lower_[:-1])  # "sent Patriots": the parser leaves a plural name unlemmatized
    modifiers = {c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod"} and not doer_participle(c)}
    # "joint energy and border-security projects": a modifier before a list of modifiers qualifies the whole list,
    # so the noun, though the parser hangs it on the list's first item
    modifiers.update(
        g.lemma_.lower()
        for c in tok.children
        if c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i and any(x.dep_ == "conj" for x in c.children)
        for g in c.children
        if g.dep_ == "amod" and g.i < c.i
    )
    if words & PRESS_EVENTS and modifiers & PRESS_MODIFIERS:
        # "held a press conference", "attended a news briefing": words put to reporters, not a meeting of sides
        # (nor, "joint", a joint act of the kinds rows list)
        return modifiers & PRESS_MODIFIERS
    words.update(modifiers)
    if tok.ent_type_ in PLACE_ENTS:
        words.add("territory")
    words |= _of_phrase_words(tok)
    if sum_of_money(tok) and not priced_thing(tok):
        words.add("money")  # "pledged $50 million", "will give £2 billion": the parser's object is the number
    return words


# What an object's own "of" phrase makes of it, in words the rows already use: the return of captives is their
# release ("called for the return of the hostages"); without the "of" phrase the head says no such thing ("a
# return to talks"). Weapons "of (mass) destruction" are WMD, the word the rows name them by ("deployed weapons of mass
# destruction against rebels" as "deployed WMD against rebels"); the noun row "weapon of obj:destruction" codes the
# noun used against a side.
OF_PHRASE_READINGS = {
    "return": ("release", word_classes()["prisoners"]),
    "weapon": ("wmd", frozenset({"destruction"})),
}


def _of_phrase_words(tok: Token) -> set[str]:
    """The words an object answers to through its own "of" phrase (`OF_PHRASE_READINGS`), which a row's `obj:`
    list cannot name: a row reads the object's lemma and modifiers, not the noun the object is "of"."""
    reading = OF_PHRASE_READINGS.get(tok.lemma_.lower())
    if reading is None:
        return set()
    word, owners = reading
    found = any(
        g.dep_ == "pobj" and g.lemma_.lower() in owners
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )
    return {word} if found else set()


def doer_participle(mod: Token) -> bool:
    """Whether a modifier is a participle joined by a hyphen to who does it ("the Kenyan-led mission", "a
    US-backed force", "the state-run media"): it says who leads or backs the noun, not what kind of thing the
    noun is, so it is no word the object answers to ("praised the Saudi-led coalition" is no "took the lead")."""
    return mod.tag_ in {"VBN", "VBD"} and any(c.tag_ == "HYPH" for c in mod.children) and mod.i < mod.head.i


# Gatherings that, held for the press, are statements to reporters rather than meetings ("a news conference")
PRESS_EVENTS = {"conference", "briefing", "meeting", "event"}
PRESS_MODIFIERS = {"press", "news", "media"}

# Nouns that only measure out a sum ("a package of $50 million"): the sum is what is given
SUM_MEASURES = {"package", "total", "sum", "tranche", "installment", "instalment", "amount", "round"}


def priced_thing(tok: Token) -> bool:
    """Whether a sum only prices the noun it is "of" ("offered a reward of $15 million", "a fine of $5 million",
    "a contract of $2 billion"): that noun is what is offered or given, not money as aid."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() not in SUM_MEASURES
    )


# Signs of a currency, which the parser hangs on the number they price ("$50 million": "$" on "million"): the
# claim extractor's, so a sum is money to both
CURRENCY_SIGNS = set(CURRENCY_SYMBOLS) | {"hk$"}


def sum_of_money(tok: Token) -> bool:
    """Whether a word is an amount of money: a number with a currency sign ("$50 million", "£2 billion",
    "€300m"), or the sign itself where the parser took it for the head."""
    if tok.lower_ in CURRENCY_SIGNS:
        return True
    if tok.pos_ not in {"NUM", "NOUN", "SYM"} and tok.tag_ != "CD":
        return False
    return any(c.lower_ in CURRENCY_SIGNS for c in tok.children if c.dep_ in {"quantmod", "nmod", "compound", "nummod"})


# Pronouns by which a warner names itself in what it warns it will do ("Iran threatened that it would ...")
SELF_PRONOUNS = {"it", "they", "we", "i", "he", "she"}


# modals of one's own act to come under a threat or a warning
THREAT_MODALS = {"would", "will", "shall", "'ll", "could", "might"}


def own_threat_clause(clause: Token) -> bool:
    """Whether a that-clause says what the subject of the verb above will do ("Iran threatened that it would
    close the Strait", "warned it would send troops"): under a threat, the act threatened, as in "threatened to
    close". A clause on someone else's act ("warned that China will attack Taiwan") is a warning, not a threat
    of one's own."""
    if clause.dep_ != "ccomp" or clause.pos_ != "VERB":
        return False
    # "warned it could use nuclear weapons": a warning of what one may do oneself is a veiled threat, said with
    # "could" or "might" as often as with "would"
    if not any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in clause.children):
        return False
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    if len(subj) != 1:
        return False
    if subj[0].lower_ in SELF_PRONOUNS:
        return True
    above = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return len(above) == 1 and subj[0].lower_ == above[0].lower_ and subj[0].pos_ == "PROPN"


def passive_verb(verb: Token) -> bool:
    """Whether a verb is a passive with its subject ("Kenya is scheduled to ...")."""
    return any(c.dep_ == "nsubjpass" for c in verb.children)


# Nouns that report an act only as someone's charge: "the allegations that Iran supplied drones"
ALLEGATION_NOUNS = {"accusation", "allegation", "charge", "claim", "suspicion"}
# The prepositions that name what is charged or denied: "accused X of", "blamed X for", "charged X with"
CHARGE_PREPS = {"of", "for", "with"}


def charged_acts(tok: Token) -> list[Token]:
    """The acts an accusation or an allegation says were done ("accused Iran of supplying drones to Russia",
    "blamed Kyiv for shelling the plant", "allegations that Iran supplied drones"): the accuser's claim, part of
    the accusation, and not reported as done by the text. The parser hangs "of" on the verb or on its object
    ("accused [Iran of supplying]")."""
    heads = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"})]
    acts = [
        g
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in CHARGE_PREPS
        for g in p.children
        if g.dep_ == "pcomp" and g.pos_ in {"VERB", "AUX"}
    ]
    if any(c.dep_ in {"nsubj", "agent"} for c in tok.children):
        # "Britain accused Russia of plotting to kill a defector": what was plotted is charged too. With no accuser
        # named ("Russian agents were accused of trying to ...") the charge is the news, and the act attempted is
        # coded with the one charged as its doer (`_inherited_source`)
        acts += [x for a in acts for x in a.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    clauses = {"ccomp", "acl"} if tok.pos_ in {"NOUN", "PROPN"} else {"ccomp", "xcomp"}
    acts += [c for c in tok.children if c.dep_ in clauses and c.pos_ in {"VERB", "AUX"} and not to_infinitive(c)]
    return [v for a in acts for v in (a, *a.conjuncts) if v.pos_ in {"VERB", "AUX"}]


def companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """Those the subject acts together with, who do the act too: "South Africa, together with Brazil, called
    for ...", "Japan, along with South Korea, condemned ...", "Along with Britain, France sent ...". Only a
    phrase on the subject or before the verb: after it ("held drills together with the U.S.") the one "with"
    is the partner the act is done with."""
    hosts = [*subjects, *(p for p in verb.children if p.dep_ == "prep" and p.i < verb.i)]
    out: list[Token] = []
    for h in hosts:
        preps = [h] if h.dep_ == "prep" and h.head.i == verb.i else [p for p in h.children if p.dep_ == "prep"]
        for p in preps:
            if p.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ in {"together", "along"} for a in p.children):
                out += [g for g in p.children if g.dep_ == "pobj"]
            elif p.lower_ in {"along", "together"}:
                out += [g for w in p.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children]
    return [g for g in out if g.dep_ == "pobj"]


def fronted_participle(verb: Token) -> bool:
    """Whether a passive participle opens its sentence as a clause of its own with no subject ("Backed by
    Washington, Israel expanded ...", "Pressured by the U.S., Mexico deployed ..."): what it says was done to the
    main clause's subject."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in {"VBN", "JJ"}
        and verb.i < verb.head.i
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children)
    )


def hyphen_pair(noun: Token) -> list[Token]:
    """The two sides a hyphenated modifier names before an act noun ("India-Pakistan clashes", "Russian-Chinese
    drills", "Japan-South Korea summit talks"): the modifier and the word joined to it by a hyphen; or the one
    token the tokenizer keeps whole ("U.S.-China talks", whose two sides the actor layer reads as two mentions)."""
    for c in noun.children:
        if c.dep_ in {"compound", "amod", "det", "nmod"} and c.i < noun.i and "-" in c.text.strip("-"):
            return [c]
        if c.dep_ not in {"compound", "amod"} or c.i > noun.i:
            continue
        for g in c.children:
            if (
                # "Franco-British talks": the parser may take a combining form for an adverb of the second half
                g.dep_ in {"compound", "amod", "npadvmod"}
                and g.i < c.i
                and any(noun.doc[k].tag_ == "HYPH" for k in range(g.i + 1, c.i))
            ):
                return [g, c]
    return []


def money_act(tok: Token) -> Token | None:
    """The act a sum is given as ("pledged 500 million euros in aid to Ukraine", "$2 billion in loans"): the noun
    after "in" on an amount of money, whose own preposition names who gets it."""
    amount = tok.ent_type_ == "MONEY" or tok.tag_ == "CD" or any(c.dep_ == "nummod" for c in tok.children)
    if not amount:
        return None
    return next(
        (g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"),
        None,
    )


# Particles that end a small clause of a verb of letting or putting ("let inspectors in", "kept reporters out")
CLAUSE_PARTICLES = {"in", "out", "back", "through", "off"}


def particle_clauses(verb: Token) -> list[tuple[Token, Token]]:
    """(particle, object) of "let X in"-like clauses: the parser reads "let inspectors in" as a clause whose
    subject is the inspectors and whose verb is "in", where English means the particle verb "let in" with its
    object; the particle is a word of the verb and its "subject" the verb's object."""
    return [
        (c, n)
        for c in verb.children
        if c.dep_ == "ccomp" and c.i > verb.i and c.lower_ in CLAUSE_PARTICLES and c.pos_ in {"ADP", "ADV"}
        for n in c.children
        if n.dep_ == "nsubj" and n.i < c.i
    ]


def sum_in(verb: Token) -> list[Token]:
    """The "in" a sum is given as when the parser hangs it on the verb ("gave 10 million pounds in aid to Sudan"):
    it says what the sum is, and is no particle of the verb ("give in" is to yield). What a sum is given as takes
    no article ("in aid", "in military loans"); an "in" phrase with one names an occasion, the act or place the
    verb was done in ("killed 30 villagers in a massacre", "arrested 50 people in the raid"), and stays the
    verb's own."""
    if not any(c.dep_ == "dobj" and money_act(c) is None and _amount(c) for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ == "in"
        and c.i > verb.i
        and not any(g.dep_ == "pobj" and any(d.dep_ == "det" for d in g.children) for g in c.children)
    ]


def _amount(tok: Token) -> bool:
    """Whether a noun is an amount (a sum of money or a counted quantity)."""
    return tok.ent_type_ == "MONEY" or tok.tag_ == "CD" or any(c.dep_ == "nummod" for c in tok.children)


# Prepositions that place a show of force by whom it faces ("massed troops near Ukraine", "along the border with
# China"); for other acts they say only where
FACING_PREPS = {"near", "along", "alongside"}
BORDERS = {"border", "frontier", "boundary", "borderline"}


def facing(tok: Token) -> list[Token]:
    """The border a show of force (CAMEO 15) stands at, named by `FACING_PREPS` on the act, on its object, on the
    object of one of its prepositions ("put its troops on alert along the border with China") or after "close to":
    the side across it is the one faced, as "sent troops to the border with Lebanon" says. A plain place ("patrols
    near the Philippines") says only where."""
    holders = [tok]
    holders += [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    holders += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    holders += [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in {"close", "closer"}]
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and (c.lower_ in FACING_PREPS or (c.lower_ == "to" and h.lower_ in {"close", "closer"}))
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in BORDERS
    ]


# Verbs of helping whose clausal complement names the act helped ("helped the party win", "assisted X in drafting")
HELPING = {"help", "assist", "aid"}


def helped_act(verb: Token) -> Token | None:
    """The act a verb of helping says it helped another side do: a clause with its own subject ("helped the party win
    the election", parsed as a ccomp), a bare or "to" infinitive after the helped side ("helped Kenya to organize"),
    or "in" with a gerund after it ("assisted the government in drafting the law"). Taking part in another's act is
    not the giving of aid, which is what the bare help rows read (see `EventCoder._events`)."""
    if verb.lemma_.lower() not in HELPING:
        return None
    helped = any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    for c in verb.children:
        if c.dep_ == "ccomp" and c.tag_ in {"VB", "VBP"} and any(g.dep_ == "nsubj" for g in c.children):
            return c
        if c.dep_ == "xcomp" and helped and c.pos_ == "VERB":
            return c
        if c.dep_ == "prep" and c.lower_ == "in" and helped:
            act = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if act is not None:
                return act
    return None


def fragment_subject(verb: Token) -> Token | None:
    """The subject of a sentence the parser left without a main verb ("Doctors from two aid groups donated and
    delivered medicine", with "Doctors" the root and "donated" a participle on "groups"): a participle after the
    root noun's phrase, coordinated with a finite past verb, with no "by" agent. Every sentence has a main verb,
    and a participle joined by "and" to a finite verb is finite as well, so it is the main verb and the root noun,
    before it, its subject."""
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "acl" or first.tag_ not in {"VBN", "VBD"}:
        return None
    root = first.sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or root.i >= first.head.i or root.tag_ not in {"NNS", "NN", "NNP", "NNPS"}:
        return None
    if any(c.dep_ in {"agent", "nsubj", "nsubjpass"} for c in first.children):
        return None
    if not any(c.tag_ == "VBD" for c in first.conjuncts):
        return None
    return root
