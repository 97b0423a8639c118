"""spaCy component ``dyadwatch_actors``: find and code the actors of an article.

Dictionary phrases are found with one PhraseMatcher (cheap, whatever the dictionary size); the
parse then combines them the way news text does: a country or demonym modifying a generic agent
("Mexican officials", "the U.S. ambassador", "the government of Mexico") gives COUNTRY+SECTOR,
a title or appositive lends its code to an unknown person ("The U.S. ambassador to Mexico, Ronald
Johnson"), people are coded by the role they held on the article's date (so a former official is
not coded as the government), and later surname-only mentions and cheap pronouns are linked back.
A generic agent that nothing places in a country keeps CAMEO's role code alone ("the rebels" ->
code REB, country None; PETRARCH's ``---REB``), so its events are not lost.

Sets ``doc._.dw_actors`` (list of model.Actor) and ``doc._.dw_mentions`` (a MentionIndex the events
component walks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dyadwatch.coding import dictionaries
from dyadwatch.coding.dictionaries import ActorEntry
from dyadwatch.model import Actor
from dyadwatch.model import Span as TextSpan
from dyadwatch.nlp import extensions

LOCATIVE = {"of", "in", "from", "throughout", "across"}  # "police in Mexico", "rebels from Mali"
COMPASS_WORDS = {"West", "East", "North", "South"}  # regions by a compass word alone ("the West")
AFFILIATIVE = {"with"}  # "officials with Immigration and Customs Enforcement": an organization they work for
FORMER = {"former", "ex", "ex-", "onetime", "one-time", "retired", "late", "then", "ousted", "deposed", "toppled"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "npadvmod", "nummod"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "them", "it"}
SPECIFIC_SECTORS = {"REB", "OPP", "MIL", "COP", "CRM", "MED", "JUD", "LEG", "BUS", "NGO", "EDU"}
SPECIFIC_SECTORS |= {"REL", "LAB", "HLH", "UAF", "SPY", "HRI", "ENV", "AGR", "REF"}
ORG_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO", "SPY", "MED", "BUS", "NGO"}
# sectors of titles that make a named person an official ("President X", "Gen. Y", "opposition leader Z")
TITLE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "REL", "SPY", "LAB", "UAF", "ELI"}
PLACE_KINDS = {"country", "demonym", "capital"}
# where a place names the scene, not a participant ("police arrested protesters in Cairo")
SCENE_PREPS = {"in", "inside", "throughout", "across", "near", "outside", "around"}
LOCAL_SECTORS = {"COP", "REB", "OPP", "CVL", "CRM", "EDU", "JUD", "LEG", "BUS", "MED"}
LOCAL_SECTORS |= {"LAB", "AGR", "HLH", "REL", "HRI", "ENV", "ELI"}  # refugees and hired guns are often foreign
# sectors of the state acting at home: their generic counterparts in a sentence share their country
DOMESTIC_SECTORS = {"GOV", "COP", "JUD", "LEG"}
CUE_SENTENCES = 2  # how far back a titled person looks for its country
CURRENCY = {"$", "dollars", "dollar"}
# "the two countries", "both sides": plurals that point back to the pair just named
COUNTRY_NOUNS = {"country", "nation", "state"}
SIDE_NOUNS = {"side", "party"}
PAIR_WORDS = {"both", "two", "2"}
MAX_LABEL_TOKENS = 5  # a transcript turn label: "VOA", "Richard Armitage", "Deputy Secretary Armitage"
CARRIED_SECTORS = {"GOV", "COP", "JUD", "LEG"}  # role-only agents that take the country of the sentence before
POSSESSIVES = {"his", "her", "its", "their"}
REFERENCE_ORDER = {"former": 0, "latter": 1}  # "the former" / "the latter": the first / second of the last two
# "the former" used as a noun (subject, object, possessor), not as an adjective ("the former president")
REFERENCE_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "conj"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
# faiths and creeds the tagger calls NORP: an agent they qualify still has no country ("Shiite militias")
CREEDS = {
    "islamist", "islamic", "muslim", "christian", "jewish", "shiite", "shia", "shi'ite", "sunni", "catholic",
    "protestant", "orthodox", "hindu", "buddhist", "sikh", "maoist", "communist", "marxist", "jihadist",
    "salafist", "evangelical", "coptic", "druze", "alawite", "western", "arab", "european", "african", "asian",
}  # fmt: skip
STANCE = {"pro", "anti"}  # "pro-Russian", "anti-American": a stance toward a country, not its people
# bodies of water and landforms named after a country or people: "the South China Sea", "the Gulf of Mexico",
# "the Indian Ocean", "the Korean Peninsula" are places, not the country or its government
FEATURES = {
    "sea", "seas", "ocean", "gulf", "strait", "straits", "bay", "channel", "sound", "basin", "peninsula",
    "subcontinent", "trench", "archipelago",
}  # fmt: skip


# readable words for the sector part of a combined actor's display name ("Albania government")
SECTOR_WORDS = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
    "SPY": "intelligence", "OPP": "opposition", "REB": "rebels", "INS": "insurgents", "SEP": "separatists",
    "UAF": "armed groups", "CRM": "criminals", "BUS": "business", "MED": "media", "NGO": "NGOs", "IGO": "IGO",
    "CVL": "civilians", "EDU": "education", "HLH": "health", "LAB": "labor", "AGR": "agriculture",
    "REL": "religious", "REF": "refugees", "HRI": "rights activists", "ENV": "environmentalists", "ELI": "elites",
    "DEV": "development", "MOD": "moderates", "RAD": "radicals",
}  # fmt: skip


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Each country code's first dictionary name ("United States", "East Germany"): the short form news
    uses, where pycountry's display name can be a long official one."""
    out: dict[str, str] = {}
    for e in dictionaries.builtin():
        if e.kind == "country" and e.code and e.names:
            out.setdefault(e.code, e.names[0])
    return out


def _display(country: str | None, sector: str | None, owner: str | None = None) -> str:
    """The display name of a combined actor: the country's (or owning body's) name and the sector in words
    ("Albania government", "East Germany military", "UN military"). Codes are unchanged; this is for people."""
    first = _country_names().get(country, country) if country else owner
    words = SECTOR_WORDS.get(sector, sector) if sector else None
    return " ".join(x for x in (first, words) if x)


def _doc_text(doc: Doc) -> str:
    """The article text. ``Doc.text`` rebuilds the whole string on every call, which made slicing it
    per mention quadratic on long articles, so the Article's own text is reused when it is the Doc's."""
    article = doc._.dw_article
    if article is not None and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(article.text):
        return article.text
    return doc.text


@dataclass
class Mention:
    """One mention of an actor: token range, exact character offsets and the code it resolved to."""

    start: int  # first token
    end: int  # token after the last
    head: int  # syntactic head token
    start_char: int
    end_char: int
    text: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str  # country, demonym, capital, organization, person, group, agent, other
    name: str
    key: str  # identity of the actor this mention belongs to
    pronoun: bool = False
    modifier_only: bool = False  # a demonym/country used only to qualify a non-actor noun
    absorbed: bool = False  # merged into a larger mention ("U.S." in "U.S. officials")
    former: bool = False  # "former officials": out of office, so no sector code of their own

    @property
    def resolved(self) -> bool:
        return self.code is not None


@dataclass
class MentionIndex:
    """All mentions in a doc plus a token -> mentions lookup for the events component."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, list[Mention]] = field(default_factory=dict)
    by_head: dict[int, list[Mention]] = field(default_factory=dict)
    modifiers: dict[int, Mention] = field(default_factory=dict)  # country adjectives on non-actors
    labels: set[int] = field(default_factory=set)  # tokens of a transcript's speaker label ("VOA:")

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    def at(self, i: int) -> list[Mention]:
        """Mentions headed by token i, else mentions covering it."""
        return self.by_head.get(i) or self.by_token.get(i, [])

    @classmethod
    def build(cls, mentions: list[Mention]) -> MentionIndex:
        live = sorted((m for m in mentions if not m.absorbed and not m.modifier_only), key=lambda m: m.start_char)
        index = cls(mentions=live)
        for m in mentions:
            if m.modifier_only and not m.absorbed and m.code:
                index.modifiers.setdefault(m.head, m)
        for m in live:
            index.by_head.setdefault(m.head, []).append(m)
            for i in range(m.start, m.end):
                index.by_token.setdefault(i, []).append(m)
        return index


def _org_kind(sector: str | None) -> str:
    return "organization" if sector in ORG_SECTORS else "group"


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
        # single-token forms, for parts of hyphenated tokens ("U.S.-Mexican")
        self.single = {p: e for p, e in self.phrases.items() if " " not in p and e[0].kind in {"country", "demonym"}}

    # ------------------------------------------------------------------ entry point

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.dw_article
        date: dt.date | None = article.date if article is not None else None
        mentions = self._dictionary_mentions(doc, date)
        mentions += self._hyphen_parts(doc, mentions)
        mentions = self._combine(doc, mentions)
        mentions += self._unknown_people(doc, mentions)
        mentions += self._share_conjuncts(doc, mentions)
        labels = _turn_labels(doc, mentions)
        self._locate_agents(doc, mentions)
        self._domestic_agents(doc, mentions)
        mentions += _plural_references(doc, mentions)
        _carried_country(doc, mentions)
        _sector_only(doc, mentions)
        mentions += _later_names(doc, mentions)
        mentions += self._pronouns(doc, mentions)
        mentions += _former_latter(doc, mentions)
        self._possessed_agents(doc, mentions)
        index = MentionIndex.build(mentions)
        index.labels = labels
        doc._.dw_mentions = index
        doc._.dw_actors = self._actors(index)
        return doc

    # ------------------------------------------------------------------ steps

    def _make(self, doc: Doc, span: Span, entry: ActorEntry, date: dt.date | None, phrase: str) -> Mention:
        code, country, sector, kind = entry.code, entry.country, entry.sector, entry.kind
        # Every row of the winning file that shares this phrase and kind is a candidate: two people
        # can share a surname ("Bush"), and a group can change role ("the Taliban" before and after
        # taking Kabul), so the row in force on the article date wins. Rows of other files are not
        # candidates, so a user's dictionary still overrides the built-in one whole.
        rows = [e for e in self.phrases[phrase] if e.kind == kind and e.origin == entry.origin]
        if kind == "person" or any(e.start or e.end for e in rows):
            active = [e for e in rows if e.active(date)]
            if active:
                entry = active[0]
                code, country, sector = entry.code, entry.country, entry.sector
            else:  # named, but not in this role on this date: the country, never the government
                code, sector = entry.country, None
            if kind == "person" and _has_former(span.root):
                code, sector = entry.country, None
        name = entry.name
        if kind in PLACE_KINDS and code:
            name = _country_names().get(entry.country or code, name)  # "Congo, The Democratic Republic of the"
            if kind == "capital":
                name = _display(entry.country, sector)  # "Washington" is the "United States government"
        if kind in {"organization", "group", "other"}:
            name = span.text[4:] if span.text.lower().startswith("the ") else span.text
        key = f"person:{entry.name}" if kind == "person" else f"{kind}:{code or sector}:{name}"
        if kind in {"country", "demonym"}:
            key = f"country:{code}"
        return Mention(
            start=span.start,
            end=span.end,
            head=span.root.i,
            start_char=span.start_char,
            end_char=span.end_char,
            text=span.text,
            code=code,
            country=country,
            sector=sector,
            kind=kind,
            name=name,
            key=key,
        )

    def _dictionary_mentions(self, doc: Doc, date: dt.date | None) -> list[Mention]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            spans.append(Span(doc, start, end, label=match_id))
        spans += self._titled_any_case(doc, spans)
        spans = [s for s in spans if not _compass_in_name(doc, s)]
        out: list[Mention] = []
        for span in filter_spans(spans):
            phrase = doc.vocab.strings[span.label]
            entry = self.phrases[phrase][0]
            root = span.root
            if entry.kind == "agent" and (root.pos_ not in {"NOUN", "PROPN"} or root.dep_ == "amod"):
                continue  # "military action": an adjective, not an actor
            if _stance_prefix(doc, span.start):
                continue  # "pro-Russian rebels" are not Russian, "anti-American protesters" not American
            if entry.kind in {"country", "demonym"} and span.end < len(doc) and doc[span.end].text in CURRENCY:
                continue  # "US $50 million" names a currency, not an actor
            if entry.kind in PLACE_KINDS and _in_feature_name(doc, span):
                continue  # "the South China Sea", "the Gulf of Mexico": a sea named after a country
            m = self._make(doc, span, entry, date, phrase)
            if entry.kind == "demonym" and root.dep_ in MODIFIER_DEPS | {"conj"} and root.pos_ in {"ADJ", "PROPN"}:
                m.modifier_only = True
            out.append(m)
        agent_heads = {m.head for m in out if m.kind == "agent"}
        for m in out:
            root = doc[m.head]
            if (
                m.kind == "capital"
                and root.dep_ == "compound"
                and root.head.pos_ == "NOUN"
                and root.head.i not in agent_heads
                and not any(c.dep_ == "poss" for c in root.head.children)
            ):
                m.modifier_only = True  # "the Madrid talks", "the Beijing Olympics": a venue, not the government
        return out

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

    def _hyphen_parts(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        for tok in doc:
            if "-" not in tok.text or tok.i in covered or len(tok.text) > 40:
                continue
            offset = 0
            stance = False
            for part in tok.text.split("-"):
                entries = self.single.get(part)
                if entries and not stance:
                    e = entries[0]
                    start = tok.idx + offset
                    out.append(
                        Mention(
                            start=tok.i,
                            end=tok.i + 1,
                            head=tok.i,
                            start_char=start,
                            end_char=start + len(part),
                            text=part,
                            code=e.code,
                            country=e.country,
                            sector=None,
                            kind=e.kind,
                            name=e.name,
                            key=f"country:{e.code}",
                            modifier_only=tok.dep_ in MODIFIER_DEPS,
                        )
                    )
                offset += len(part) + 1
                stance = part.lower() in STANCE
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
                mods = [x for x in self._modifiers(doc, doc[m.head], by_tok) if x.country and x.country != m.country]
                if mods:
                    mod = mods[0]
                    mod.absorbed = True
                    m.country, m.code = mod.country, mod.country + m.sector
                    m.start, m.start_char = min(m.start, mod.start), min(m.start_char, mod.start_char)
                    m.text = _doc_text(doc)[m.start_char : m.end_char]
                    m.key = f"{m.kind}:{m.code}:{m.name}"
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
        for child in head.children:
            if child.i < head.i and child.dep_ in MODIFIER_DEPS:
                tokens.append(child)
                tokens.extend(c for c in child.children if c.dep_ == "conj")
                tokens.extend(c for c in child.children if c.dep_ == "compound")
                if child.pos_ == "VERB" and child.lemma_ == "lead":  # "Vietnamese-led forces"
                    tokens.extend(c for c in child.children if c.dep_ in {"npadvmod", "compound", "nmod"})
            elif (
                child.dep_ == "prep"
                and child.i not in own
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
            elif child.dep_ == "prep" and child.i not in own and child.lower_ in AFFILIATIVE:
                # "a lawyer with the ACLU" works for it; "talks with China", "officials with Mexico" do not
                # say whose they are, so only an organization named there counts
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if any(m.kind == "organization" and m.start <= pobj.i < m.end for m in by_tok.get(pobj.i, [])):
                        located.append(pobj)
        owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in head.children)
        if not owned and not any(m.country or m.code for t in tokens for m in by_tok.get(t.i, [])):
            # "the US commander in Iraq" is American: a left modifier wins; "its embassy in Tehran" is
            # the owner's, not Iran's (the possessive is resolved later)
            tokens += located
        located_ids = {t.i for t in located}
        for tok in tokens:
            for cand in by_tok.get(tok.i, []):
                if not (cand.country or cand.code) or cand.kind == "agent" or cand in found:
                    continue
                if tok.i in located_ids and cand.kind == "demonym":
                    continue  # "a professor in Modern Chinese Studies", "experts in Arabic": a language
                found.append(cand)
        return found

    def _qualify_agent(self, doc: Doc, agent: Mention, by_tok: dict[int, list[Mention]]) -> list[Mention]:
        head = doc[agent.head]
        former = _has_former(head)
        for child in head.lefts:  # "rebel leaders", "opposition candidates": the modifier's sector wins
            inner = [m for m in by_tok.get(child.i, []) if m.kind == "agent" and m is not agent and m.sector]
            if child.dep_ in {"compound", "amod"} and inner and inner[0].sector in SPECIFIC_SECTORS:
                agent.sector = inner[0].sector
                inner[0].absorbed = True
                agent.start, agent.start_char = (
                    min(agent.start, inner[0].start),
                    min(agent.start_char, inner[0].start_char),
                )
                agent.text = _doc_text(doc)[agent.start_char : agent.end_char]  # offsets and text stay one span
        out: list[Mention] = []
        for mod in self._modifiers(doc, head, by_tok, range(agent.start, agent.end)):
            start = min(mod.start, agent.start)
            end = max(mod.end, agent.end)
            start_char = min(mod.start_char, agent.start_char)
            end_char = max(mod.end_char, agent.end_char)
            sector = None if former else agent.sector
            country = mod.country
            code = (country + sector) if (country and sector) else country
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
            mod.absorbed = True
            kind = _org_kind(sector)
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
                    name=_display(country, sector, mod.name),  # "United States military", "Islamic State rebels"
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
                if child.lower_ in FORMER:
                    person.code, person.sector = person.country, None
                    former = True
        article = doc._.dw_article
        former = former or _has_former(head) or _former_before(doc, start)
        if titled and not former and person.sector is None and (article is None or article.date is None):
            self._latest_role(person)
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
        shared = _shared_surnames(doc)
        for ent in doc.ents:
            if ent.label_ in {"ORG", "NORP"} and not _title_token(doc, ent, mentions):
                continue  # a name the tagger calls an organization is a person only behind a title
            if ent.label_ not in {"PERSON", "ORG", "NORP"} or any(i in known_people for i in range(ent.start, ent.end)):
                continue  # a dictionary person keeps their own code, whatever title or place is near
            name = ent.text
            surname = ent[-1].text
            known = coded.get(name) or coded.get(surname)
            if known is not None and len(ent) == 1 and surname in shared:
                continue  # "Zamora" when Maria Zamora and Jose Ruben Zamora are both named: ambiguous
            if known is not None and name not in coded and not set(name.split()) <= set(known.name.split()):
                known = None  # "Ramon Zamora" after "Jose Ruben Zamora": another person of that surname
            if known is None:
                source = self._title_of(doc, ent, covered) or self._titled(doc, ent, mentions)
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
                )
            )
            if known.kind != "person":
                coded[name] = coded[surname] = out[-1]
        return out

    def _titled(self, doc: Doc, ent: Span, mentions: list[Mention]) -> Mention | None:
        """A person behind a bare title ("President Michel Suleiman") takes the title's sector and the
        country the text gives nearby, as a human coder would: a place in the same sentence that is not
        an argument of the person's own verb (the nearest one), else the one country all other actors of
        the sentence share, else the nearest place in the two sentences before. With no cue, the
        person keeps the sector only (uncoded)."""
        title = _title_token(doc, ent, mentions)
        if title is None or title.sector not in TITLE_SECTORS:
            return None
        former = _has_former(ent.root) or _has_former(doc[title.head]) or _former_before(doc, title.start)
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
            elif not m.modifier_only and m.kind != "pronoun":
                others.add(m.country)
        if places:
            country = min(places)[1]
        elif len(others) == 1:
            country = next(iter(others))
        elif earlier:
            country = min(earlier)[1]
        else:
            country = None
        sector = None if former else title.sector  # "Ousted president X": the country, never the government
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
        if root.dep_ == "appos":
            cands.append(root.head)
        cands.extend(c for c in root.children if c.dep_ == "appos")
        cands.extend(c for c in root.lefts if c.dep_ == "compound" and c.i < ent.start)
        for tok in cands:
            m = covered.get(tok.i)
            if m is not None and m.code and m.sector and m.kind != "person":
                if _has_former(tok):
                    return None
                return m
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
        out: list[Mention] = []
        for m in mentions:
            if m.kind != "agent" or m.code or not m.sector or m.absorbed or m.modifier_only or m.former:
                continue
            head = doc[m.head]
            if _noun_modifier(doc, m):
                continue
            countries = sorted({q.country for c in head.conjuncts for q in located.get(c.i, []) if q.country})
            for country in countries:
                code = country + m.sector
                kind = _org_kind(m.sector)
                out.append(
                    replace(
                        m, code=code, country=country, kind=kind, name=_display(country, m.sector), key=f"{kind}:{code}"
                    )
                )
            if countries:
                m.absorbed = True
        return out

    def _locate_agents(self, doc: Doc, mentions: list[Mention]) -> None:
        """A generic agent with no country ("police", "rebels") takes the country of the scene when its
        clause names exactly one: a country or capital after *in/near/across...* ("Police arrested
        protesters in Cairo" -> EGYCOP, "in the east of the Gaza Strip"). Only the agent's own clause
        counts ("told reporters that ... in Vienna" says nothing about the reporters), and only sectors
        that are usually of the place they act in take it: police, rebels, protesters, civilians, but
        not diplomats or troops, who are often foreign."""
        loose = _loose_local_agents(doc, mentions)
        if not loose:
            return
        scenes: dict[int, set[str]] = {}
        for m in mentions:
            if m.country and not m.pronoun and m.kind in PLACE_KINDS and not m.modifier_only:
                head = doc[m.head]
                if _is_scene(head):
                    for verb in _scene_clauses(head):
                        scenes.setdefault(verb, set()).add(m.country)
        if not scenes:
            return
        for m in loose:
            head = doc[m.head]
            scene = scenes.get(_clause(head).i, set())
            if len(scene) != 1 or m.sector is None or m.former or _has_former(head):
                continue
            _place(m, next(iter(scene)))

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
            if m.former or _has_former(head):
                continue
            others = by_sent.get(head.sent.start, [])
            countries = {o.country for o in others if o.country}
            domestic = any(o.sector in DOMESTIC_SECTORS and o.kind != "capital" for o in others)
            if len(countries) != 1 or not domestic or m.sector is None:
                continue
            _place(m, next(iter(countries)))

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
            head = doc[m.head]
            poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES]
            if not poss:
                continue
            word = poss[0].lower_
            owner = by_tok.get(poss[0].i)
            if owner is None and word in {"its", "their"}:
                owner = _governing_owner(doc, head, by_tok, word)
            if owner is None and word == "its":
                owner = _sentence_owner(doc, poss[0], mentions)
            if owner is None or owner.country is None:
                continue
            m.country, m.code = owner.country, owner.country + m.sector
            m.key = f"{_org_kind(m.sector)}:{m.code}"
            m.name = _display(owner.country, m.sector)

    def _pronouns(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """he/she/him/her -> the subject of the governing clause ("Sheinbaum said she ..."), else the one
        person of matching (learned) gender named in this or the two previous sentences; they/them ->
        the governing clause's group subject only. Ambiguous pronouns stay unlinked."""
        live = sorted((m for m in mentions if not m.absorbed and not m.modifier_only and m.code), key=lambda m: m.start)
        heads = {m.head: m for m in live}
        people = [m for m in live if m.kind == "person"]
        sent_of = {}
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = n
        gender: dict[str, str] = {}
        coded_tokens = {i for m in people for i in range(m.start, m.end)}
        coded_tokens |= {i for m in live if m.key.startswith("person:") for i in range(m.start, m.end)}
        # people no dictionary codes: PERSON entities, and proper-noun subjects no mention covers (the small
        # model calls "Lawyer Lionel Bethune de Moro" an ORG)
        all_tokens = {i for m in mentions if not m.absorbed for i in range(m.start, m.end)}
        unnamed = [
            e for e in doc.ents if e.label_ == "PERSON" and not any(i in coded_tokens for i in range(e.start, e.end))
        ]
        unnamed += [
            doc[t.i : t.i + 1] for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.i not in all_tokens
        ]
        out: list[Mention] = []
        for tok in doc:
            low = tok.lower_
            if tok.pos_ != "PRON" or low not in PERSON_PRONOUNS | GROUP_PRONOUNS:
                continue
            antes = _governing_subjects(tok, heads)
            ante = antes[0] if antes else None
            g = GENDER.get(low)
            if not antes and not _in_quote(tok) and _uncoded_governing_subject(tok, heads):
                continue  # "Lawyer X told AFP he believes": "he" is X, whom no dictionary codes
            if ante is not None and low == "it" and not _agrees(doc, ante, low):
                continue  # "crowds said it ...": "it" is not the crowds
            if low in GROUP_PRONOUNS and len(antes) > 1:
                # "Obama and Putin said they will attack": one mention of each at the pronoun
                out.extend(_at_pronoun(a, tok) for a in antes)
                continue
            if ante is None and g is not None:
                here = sent_of.get(tok.i, 0)
                cands: dict[str, Mention] = {}
                for m in people:
                    if m.start >= tok.i:
                        break
                    if here - sent_of.get(m.start, 0) <= 2 and gender.get(m.key, g) == g:
                        cands[m.key] = m
                if len(cands) == 1:
                    only = next(iter(cands.values()))
                    # a later subject that no dictionary codes is the likelier one ("Lawyer X said ... He said")
                    later = [
                        e for e in unnamed if only.start < e.start < tok.i and e.root.dep_ in {"nsubj", "nsubjpass"}
                    ]
                    if not later or _in_quote(tok):  # a speaker is "I" in their own quote, never "he"
                        ante = only
            if ante is None or (g is not None) != (ante.kind == "person"):
                continue
            if g is not None:
                if gender.setdefault(ante.key, g) != g:
                    continue
            out.append(_at_pronoun(ante, tok))
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
        if m.kind == "agent" and (m.end in people or (m.end + 1 in people and doc[m.end].text == ".")):
            m.absorbed = True  # the title of the person after it ("Secretary of State kerry"), not an actor
            continue
        if m.absorbed or m.modifier_only or m.pronoun or m.former:
            continue
        if _noun_modifier(doc, m):
            continue  # "government officials", "police station": a modifier, not a participant
        if m.kind == "agent" and _bare_singular(doc[m.head]):
            continue  # "use force", "by force": a mass or abstract use of the word, not a group
        if m.kind == "agent" and _unknown_nationality(doc, doc[m.head], covered):
            continue  # "the Glorbian army": the text names whose it is, the dictionaries do not know it
        m.code = m.sector
        if not m.key.startswith("person:"):
            m.key = f"agent:{m.sector}:{doc[m.head].lemma_.lower()}"
            m.name = m.text[4:] if m.text.lower().startswith("the ") else m.text


def _sentence_numbers(doc: Doc) -> dict[int, int]:
    """Token index -> the number of its sentence, for rules that look one or two sentences back."""
    return {i: n for n, sent in enumerate(doc.sents) for i in range(sent.start, sent.end)}


def _carried_country(doc: Doc, mentions: list[Mention]) -> None:
    """A role-only state agent ("officials", "the authorities", "the government") in a sentence that
    names no country, not even as an adjective, belongs, as a reader takes it, to the one country the
    sentence before names: "... north of Australia's biggest city. The fire's front is 60 kilometers
    long and officials warn".
    Any other count there (none, or two countries talking) leaves it role-only: a wrong country is
    worse than none."""
    sent_no = _sentence_numbers(doc)
    countries: dict[int, set[str]] = {}
    adjectives: set[int] = set()  # sentences with a country word of any use ("over the Australian summer")
    for o in mentions:
        if o.country and not (o.absorbed or o.modifier_only or o.pronoun):
            countries.setdefault(sent_no[o.start], set()).add(o.country)
        elif o.country and o.modifier_only:
            adjectives.add(sent_no[o.start])
    for m in mentions:
        if m.kind != "agent" or m.code or m.country or m.sector not in CARRIED_SECTORS:
            continue
        if m.absorbed or m.modifier_only or m.former or _has_former(doc[m.head]) or _noun_modifier(doc, m):
            continue
        here = sent_no[m.head]
        before = countries.get(here - 1, set())
        if here == 0 or countries.get(here) or here in adjectives or len(before) != 1:
            continue
        _place(m, next(iter(before)))


def _plural_references(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A definite plural that points back to a pair just named stands for both of them: "Modi met
    Ramgoolam ... both leaders reaffirmed", "the prime ministers signed eight pacts", "the two countries",
    "both sides". The pair is the two countries' actors of the plural's kind (leaders: the government
    people; countries: the countries; sides: whoever was named) found nearest first in its sentence and
    the CUE_SENTENCES before it; any other count is ambiguous and leaves the plural alone. One mention
    per actor is placed at the plural, as a "they" after "Obama and Putin" is."""
    sent_no = _sentence_numbers(doc)
    named = [m for m in mentions if m.country and m.code and not m.absorbed and not m.pronoun and not m.modifier_only]
    out: list[Mention] = []
    candidates = [(m, doc[m.head]) for m in mentions if m.kind == "agent" and not m.code and not m.country]
    candidates += [(None, t) for t in doc if t.lemma_.lower() in COUNTRY_NOUNS | SIDE_NOUNS and t.tag_ == "NNS"]
    candidates.sort(key=lambda c: c[1].i)
    for m, head in candidates:
        if head.tag_ != "NNS" or (m is not None and (m.absorbed or m.modifier_only or m.former or m.sector is None)):
            continue
        inside = range(m.start, m.end) if m is not None else range(head.i, head.i + 1)
        if head.dep_ in MODIFIER_DEPS or not _pair_determined(head, inside):
            continue
        lemma = head.lemma_.lower()
        here = sent_no[head.i]
        start = m.start if m is not None else min(t.i for t in head.subtree)
        per_country: dict[str, Mention] = {}
        for back in range(CUE_SENTENCES + 1):
            if here - back < 0:
                break
            window = [
                x
                for x in named
                if sent_no.get(x.start) == here - back
                and x.end <= start
                and (m is None or (x.sector == m.sector and x.kind in {"person", "organization", "capital"}))
            ]
            for x in sorted(window, key=lambda x: -x.start):
                per_country.setdefault(x.country or "", x)
            if len(per_country) >= 2:
                break
        if len(per_country) != 2:
            continue
        end = m.end if m is not None else head.i + 1
        span = doc[start:end]
        for ante in sorted(per_country.values(), key=lambda x: x.start):
            if m is None and lemma in COUNTRY_NOUNS:
                country = ante.country or ""
                ante = replace(ante, code=country, sector=None, kind="country", key=f"country:{country}")
                ante.name = _country_names().get(country, country)
            out.append(_standing_at(ante, span, head.i))
        named += out[-2:]  # "both leaders ... the prime ministers ... the two countries": a chain
        if m is not None:
            m.absorbed = True
    return out


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


def _turn_labels(doc: Doc, mentions: list[Mention]) -> set[int]:
    """In an interview transcript each turn opens with the speaker's name or outlet and a colon
    ("VOA: Putin visited China ...", "Armitage: I'm concerned"). The label says who is talking, not who
    acts in the sentence, so mentions in it are no participants of its events. Returns the label's tokens
    (named or not), so the events component can skip an uncoded one too."""
    labels: set[int] = set()
    for tok in doc:
        if tok.text != ":" or "\n" in tok.whitespace_ or tok.i + 1 >= len(doc):
            continue  # "Iran:" alone on a line is a heading over what follows
        start = tok.i
        while start > 0 and tok.i - start < MAX_LABEL_TOKENS and not _line_start(doc, start):
            start -= 1
        words = doc[start : tok.i]
        if not words or not _line_start(doc, start) or not all(w.text[:1].isupper() or w.is_punct for w in words):
            continue
        labels.update(range(start, tok.i))
    for m in mentions:
        if m.start in labels and m.end - 1 in labels:
            m.absorbed = True
    return labels


def _line_start(doc: Doc, i: int) -> bool:
    """Token i opens the text, a line or a sentence."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.text_with_ws[len(prev.text) :] or prev.is_space or doc[i].is_sent_start is True


def _plural_mention(doc: Doc, m: Mention) -> bool:
    """A mention that "they"/"their" can point to but "it"/"its" cannot: a plural noun ("crowds",
    "Mexican officials") or a pronoun already standing for such a one."""
    head = doc[m.head]
    if m.pronoun:
        return head.lower_ in {"they", "them", "their"}
    # a generic plural noun ("crowds", "Turkish leaders"), not a plural proper name ("the United Nations")
    return head.tag_ in {"NNS", "NNPS"} and head.text[:1].islower() and m.kind not in {"country", "capital"}


def _agrees(doc: Doc, m: Mention, word: str) -> bool:
    """Number and kind agreement of a possessive or pronoun with a candidate antecedent: it/its name
    one country, organization or body; they/their a plural or a collective (countries and bodies are
    often "they" in news English); neither names a person."""
    if m.kind == "person" or m.key.startswith("person:"):
        return False
    if word in {"it", "its"}:
        return not _plural_mention(doc, m)
    return True


def _governing_owner(doc: Doc, tok: Token, by_tok: dict[int, Mention], word: str) -> Mention | None:
    """The subject, with a country, of the nearest clause above ``tok`` that agrees with the possessive
    ``word`` ("Mexico said its embassy"; in "crowds burned its embassy" the crowds do not agree, so the
    owner is looked for higher up)."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and cur.dep_ == "xcomp":  # "prompting France to recall its ambassador": France recalls
            subjects = [c for c in cur.head.children if c.dep_ == "dobj"]
        for child in subjects:
            if child.i in by_tok and child.i != tok.i and _agrees(doc, by_tok[child.i], word):
                return by_tok[child.i]
    return None


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


def _bare_singular(tok: Token) -> bool:
    """A lower-case singular noun with no determiner, possessor or number ("use force", "by force"),
    which names a kind of thing rather than a group that acts ("the force", "a force", "Parliament")."""
    if tok.tag_ != "NN" or not tok.text[:1].islower():
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "predet", "quantmod"} for c in tok.children)


def _noun_modifier(doc: Doc, m: Mention) -> bool:
    """An agent word that only qualifies another noun ("police station", "government officials")."""
    return m.kind == "agent" and doc[m.head].dep_ in {"compound", "amod"}


def _unknown_nationality(doc: Doc, head: Token, covered: set[int]) -> bool:
    """Whether a left modifier of ``head`` names a people or place no dictionary resolved ("Glorbian",
    "Kurdish", "Yoruba"), as opposed to a faith or creed ("Islamist", "Shiite"), which is not a country."""
    for child in head.lefts:
        if child.dep_ not in {"amod", "compound", "nmod"} or child.i in covered or not child.text[:1].isupper():
            continue
        if child.ent_type_ in {"NORP", "GPE"} and child.lower_ not in CREEDS and not _stance_prefix(doc, child.i):
            return True
    return False


def _stance_prefix(doc: Doc, start: int) -> bool:
    """Whether the token at ``start`` follows "pro-" or "anti-" (tokenized apart or not)."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE:
        return True
    return start >= 1 and doc[start - 1].lower_ in {"pro-", "anti-"}


def _clause(tok: Token) -> Token:
    """The verb whose clause holds ``tok`` (the sentence root if there is none)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in {"VERB", "AUX"} or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _scene_clauses(tok: Token) -> list[int]:
    """The clause of a place and the clauses it modifies without a change of speaker: "were killed in
    shelling in X" (an adverbial clause) but not "told reporters that the situation in X" (a ccomp)."""
    out: list[int] = []
    cur = _clause(tok)
    for _ in range(4):
        out.append(cur.i)
        if cur.dep_ not in {"advcl", "xcomp", "conj", "pcomp"} or cur.head.i == cur.i:
            break
        cur = _clause(cur.head)
    return out


def _is_scene(tok: Token) -> bool:
    """A place named as where things happen: "in Cairo", "in the east of the Gaza Strip"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in SCENE_PREPS:
        return True
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.pos_ == "NOUN":
        return prep.head.head.lower_ in SCENE_PREPS  # "in the north of X", "in the city of X"
    return False


def _title_token(doc: Doc, ent: Span, mentions: list[Mention]) -> Mention | None:
    """The bare title in front of a name ("President" in "President Michel Suleiman"): an agent mention
    that is a compound on the name or ends right before it."""
    for m in mentions:
        if m.kind != "agent" or m.code or not m.sector or m.absorbed:
            continue
        head = doc[m.head]
        if (m.end == ent.start or (m.end == ent.start - 1 and doc[m.end].is_punct and doc[m.end].text == ".")) or (
            head.dep_ == "compound" and head.head.i in range(ent.start, ent.end) and m.end <= ent.start
        ):
            return m
    return None


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


def _has_former(tok: Token) -> bool:
    """ "former"/"ex-" on the noun itself or on the title it carries."""
    for child in tok.children:
        if child.lower_ in FORMER and child.dep_ in {"amod", "advmod", "compound"}:
            return True
        if child.dep_ == "compound" and any(g.lower_ in FORMER for g in child.children):
            return True
    return tok.lower_.startswith("ex-")


def _former_latter(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the former" / "the latter" used as a noun ("for the latter's refusal to cave", "the former
    accused the latter") points, like a pronoun, to the first / second of the two actors named last:
    the two most recent distinct coded actors before it in its sentence and the one before. Fewer than
    two leaves it unlinked; "the former president" is an adjective and not a reference at all."""
    live = sorted(
        (m for m in mentions if m.code and not (m.absorbed or m.modifier_only or m.pronoun)), key=lambda m: m.start
    )
    sent_no = _sentence_numbers(doc)
    out: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in REFERENCE_ORDER or tok.dep_ not in REFERENCE_DEPS:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        here = sent_no[tok.i]
        last: list[Mention] = []  # the latest mention of each actor, most recent first
        for m in reversed(live):
            if m.end > tok.i or here - sent_no[m.start] > 1:
                continue
            if all(x.code != m.code for x in last):
                last.append(m)
            if len(last) == 2:
                break
        if len(last) == 2:
            first, second = last[1], last[0]
            out.append(_at_pronoun(first if REFERENCE_ORDER[tok.lower_] == 0 else second, tok))
    return out


def _at_pronoun(ante: Mention, tok: Token) -> Mention:
    return _standing_at(ante, tok.doc[tok.i : tok.i + 1], tok.i, pronoun=True)


def _standing_at(ante: Mention, span: Span, head: int, **changes: bool) -> Mention:
    """A copy of an actor's mention placed where another phrase refers to it (a pronoun, "both leaders",
    a later surname): same actor, the referring phrase's own offsets."""
    return replace(
        ante,
        start=span.start,
        end=span.end,
        head=head,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        **changes,
    )


QUOTE_MARKS = {'"', "“", "”", "``", "''"}


def _in_quote(tok: Token) -> bool:
    """Whether ``tok`` is inside a direct quotation (by the quote marks of its sentence, which may close a
    quote opened in an earlier one)."""
    sent = tok.sent
    before = sum(1 for t in tok.doc[sent.start : tok.i] if t.text in QUOTE_MARKS)
    after = sum(1 for t in tok.doc[tok.i + 1 : sent.end] if t.text in QUOTE_MARKS)
    return before % 2 == 1 or (before == 0 and after % 2 == 1)


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
    for child in verb.head.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.i not in heads:
            return child.pos_ in {"PROPN", "NOUN"} and not any(
                c.i in heads for c in child.subtree if c.dep_ in {"compound", "appos", "poss", "flat"}
            )
    return False


def _governing_subjects(tok: Token, heads: dict[int, Mention]) -> list[Mention]:
    """For a pronoun subject inside a ccomp/xcomp/advcl, the mentions that are the governing verb's
    subject and its conjuncts ("Germany and France said they ...")."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = tok.head
    while verb.dep_ in {"conj"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in {"ccomp", "xcomp", "advcl"}:
        return []
    gov = verb.head
    for child in gov.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.i in heads:
            return [heads[child.i]] + [heads[c.i] for c in child.conjuncts if c.i in heads and c.i != child.i]
    return []


@Language.factory("dyadwatch_actors", default_config={"extra_dictionaries": []})
def make_actor_resolver(nlp: Language, name: str, extra_dictionaries: list[str]) -> ActorResolver:
    return ActorResolver(nlp, extra_dictionaries)


def _loose_local_agents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Generic agents still without a code, of sectors that usually belong to where they act."""
    return [
        m
        for m in mentions
        if m.kind == "agent"
        and not m.code
        and not m.absorbed
        and not m.modifier_only
        and m.sector in LOCAL_SECTORS
        and not _noun_modifier(doc, m)
    ]


def _place(m: Mention, country: str) -> None:
    """Give an agent a country: its code, key and name follow."""
    assert m.sector is not None
    m.country, m.code = country, country + m.sector
    m.key = f"{_org_kind(m.sector)}:{m.code}"
    m.name = _display(country, m.sector)


def _shared_surnames(doc: Doc) -> set[str]:
    """Surnames that two people of the article bear ("Maria Zamora", "Jose Ruben Zamora"): a bare
    "Zamora" then names neither for sure. A name whose words all belong to the other ("Jose Zamora" and
    "Jose Ruben Zamora") is the same person."""
    names: dict[str, set[frozenset[str]]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text.isalpha():
            names.setdefault(ent[-1].text, set()).add(frozenset(t.text for t in ent))
    return {surname for surname, sets in names.items() if any(not (a <= b or b <= a) for a in sets for b in sets)}


def _later_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
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
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        surname = ent[-1].text
        if not surname.isalpha() or not surname[:1].isupper():
            continue
        owner = owner_at.get(ent.root.i)
        bearers.setdefault(surname, []).append((owner.key if owner else None, tuple(t.text for t in ent)))
        if owner is not None and surname not in first:
            first[surname] = (owner, ent)
    out: list[Mention] = []
    for surname, (owner, ent) in first.items():
        names = {t.text for t in ent}
        # another bearer: a coded person of another key, or an uncoded name that is not a part of this one
        if any(key != owner.key if key else not set(words) <= names for key, words in bearers[surname]):
            continue
        full = [t.text for t in ent]
        for tok in doc[ent.end :]:
            if tok.text != surname or tok.i in covered or tok.pos_ != "PROPN":
                continue
            start = tok.i
            if [t.text for t in doc[max(tok.i - len(full) + 1, 0) : tok.i + 1]] == full:
                start = tok.i - len(full) + 1
            elif tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
                continue  # "Maria Zamora": another first name, maybe another person
            if any(i in covered for i in range(start, tok.i + 1)):
                continue
            if (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") or tok.dep_ == "compound":
                continue  # "the Zamora Foundation", "the Bashir regime": the name qualifies another
            if tok.ent_type_ not in {"", "PERSON", "ORG", "NORP"}:
                continue  # "Zamora" the town: a place the tagger saw
            if tok.ent_type_ and any(
                e.start < start or e.end > tok.i + 1 for e in doc.ents if e.start <= tok.i < e.end
            ):
                continue  # part of a longer name
            span = doc[start : tok.i + 1]
            out.append(_standing_at(owner, span, tok.i, absorbed=False, modifier_only=False, pronoun=False))
            covered.update(range(start, tok.i + 1))
    return out
