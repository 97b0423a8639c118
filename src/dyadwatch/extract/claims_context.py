"""What a figure is about, read from the dependency parse around it.

Measure: the counted noun with its modifiers ("migrants intercepted at the southwest
border"), the noun after "of" ("6% of sub-Saharan Africans", "hundreds of troops"), the
thing a change applies to ("a 50% drop in fentanyl seizures") or, for a bare figure, the
subject of its verb. Also the stated change and its direction, the cited source
("according to Customs and Border Protection data") and superlatives ("lowest ... on record").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

CHANGE_DOWN = {
    "drop",
    "decline",
    "decrease",
    "fall",
    "cut",
    "reduction",
    "plunge",
    "dip",
    "slump",
    "slide",
    "shrink",
    "sink",
    "tumble",
    "contraction",
    "loss",
    "lower",
    "reduce",
    "slash",
    "plummet",
}
CHANGE_UP = {
    "increase",
    "rise",
    "jump",
    "surge",
    "growth",
    "gain",
    "hike",
    "spike",
    "climb",
    "soar",
    "boost",
    "grow",
    "rebound",
    "uptick",
    "raise",
    "leap",
    "swell",
}
CONTAINERS = {
    "worth",
    "total",
    "number",
    "figure",
    "amount",
    "sum",
    "share",
    "percentage",
    "proportion",
    "rate",
    "level",
    "tally",
    "count",
    "majority",
    "portion",
    "value",
}
CURRENCY_NOUNS = {"dollars", "dollar", "euros", "pulas", "pula", "yuan", "yen", "rupees", "pesos", "pounds"}
MEASURE_DEPS_LEFT = {"compound", "amod", "nmod", "npadvmod"}
RECORD_WORDS = {"record", "ever", "history"}
SUPERLATIVE_ADJ = {
    "lowest",
    "highest",
    "largest",
    "biggest",
    "smallest",
    "fewest",
    "most",
    "least",
    "greatest",
    "deadliest",
    "steepest",
    "sharpest",
}


def _clean_edges(tokens: list[Token]) -> list[Token]:
    while tokens and (
        tokens[0].is_punct
        or tokens[0].pos_ in ("DET", "ADP", "CCONJ", "PART")
        or tokens[0].like_num
        or tokens[0].tag_ in ("JJS", "RBS", "PRP$")
        or tokens[0].lower_ in ("'s", "’s")
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("DET", "ADP", "CCONJ", "PART", "AUX", "PRON")):
        tokens = tokens[:-1]
    return tokens


def phrase(n: Token, max_right: int = 8) -> str | None:
    """The noun with its left modifiers and one right modifier (participle clause or prepositional phrase)."""
    if n.pos_ == "PRON" or n.like_num:
        return None
    left = n.i
    for c in n.lefts:
        if c.dep_ in MEASURE_DEPS_LEFT and not c.like_num and c.tag_ not in ("JJS", "RBS"):
            left = min(left, c.left_edge.i if c.dep_ == "compound" else c.i)
        elif c.dep_ == "poss":
            left = min(left, c.left_edge.i)
    right = n.i
    for c in n.rights if max_right else ():
        if c.dep_ in ("acl", "prep") and c.lower_ not in ("than", "compared", "like", "including", "according"):
            cand = c.right_edge.i
            # stop at the first punctuation inside the modifier
            for t in n.doc[c.i : cand + 1]:
                if t.is_punct or t.lower_ in ("compared", "which", "who", "that", "while", "but"):
                    cand = t.i - 1
                    break
            right = min(max(right, cand), n.i + max_right)
            break
        if c.dep_ in ("compound",):
            right = max(right, c.i)
    tokens = _clean_edges(list(n.doc[left : right + 1]))
    if not tokens:
        return None
    text = n.doc[tokens[0].i : tokens[-1].i + 1].text
    return text or None


def _of_object(t: Token) -> Token | None:
    for c in t.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _prep_object(t: Token, preps: tuple[str, ...]) -> Token | None:
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj" and not p.like_num and p.ent_type_ not in ("DATE", "TIME"):
                    return p
    return None


def change_direction(lemma: str) -> str | None:
    if lemma in CHANGE_DOWN:
        return "down"
    if lemma in CHANGE_UP:
        return "up"
    return None


def top_token(span: Span) -> Token:
    """The token of the expression whose head lies outside it (its syntactic handle)."""
    for t in span:
        if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i:
            return t
    return span[-1]


def measure_and_change(span: Span, unit: str) -> tuple[str | None, str | None]:
    """(measure, change direction) for a figure's tokens, from the parse around them."""
    top = top_token(span)
    # "the sum of 42,863,423 pulas", "the current figure of 230,000": read the container as the figure
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in CONTAINERS:
        top = top.head.head
    elif (
        top.dep_ == "nummod"
        and top.head.dep_ == "pobj"
        and top.head.head.lower_ == "of"
        and top.head.head.head.lemma_.lower() in CONTAINERS
        and top.head.lower_ in CURRENCY_NOUNS
    ):
        top = top.head.head.head
    head = top.head
    # "hundreds of troops", "6% of sub-Saharan Africans", "18 hours of siege"
    obj = _of_object(top)
    if obj is not None and obj.lower_ in CURRENCY_NOUNS:
        obj = None
    if obj is not None:
        m = phrase(obj)
        if m:
            return m, None
    # the figure modifies a noun: "6,072 migrants ...", "a 50% drop in ...", "$28 billion worth of ..."
    if (
        top.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i != top.i
    ):
        direction = change_direction(head.lemma_.lower())
        if direction:
            target = _prep_object(head, ("in", "of", "for", "among"))
            return (phrase(target) if target is not None else None), direction
        if head.lemma_.lower() in CONTAINERS:
            target = _of_object(head)
            if target is not None:
                return phrase(target), None
        return phrase(head), None
    # money with its source: "earned $2.7 million from hunting licenses"
    if unit.isupper() and len(unit) == 3:
        src = _prep_object(top, ("from", "on", "for"))
        if src is not None and src.ent_type_ not in ("GPE", "PERSON", "ORG"):
            return phrase(src), None
    # the figure is an argument: climb to the verb and read its subject or object
    verb = head
    if verb.pos_ == "ADP":
        verb = verb.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            direction = change_direction(verb.lemma_.lower()) if unit in ("%", "pp") else None
            if direction:
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
                    subj = verb.head
                return (phrase(subj) if subj is not None else None), direction
            if unit.isupper() and len(unit) == 3:  # money: "made $4 million from the sale of licenses"
                src = _prep_object(verb, ("from", "on", "for"))
                if src is not None and src.ent_type_ not in ("GPE", "PERSON", "ORG"):
                    return phrase(src), None
            if top.dep_ in ("nsubj", "nsubjpass"):
                order: tuple[str, ...] = ("dobj", "attr")
            elif top.dep_ == "pobj":  # "revised the tally ... to 425": the object is what changed
                order = ("dobj", "nsubj", "nsubjpass")
            else:
                order = ("nsubj", "nsubjpass")
            for dep in order:
                arg = next((c for c in verb.children if c.dep_ == dep and c.i != top.i), None)
                if arg is not None and arg.pos_ in ("NOUN", "PROPN"):
                    if arg.lemma_.lower() in CONTAINERS:
                        target = _of_object(arg)
                        if target is not None:
                            return phrase(target), None
                    m = phrase(arg)
                    if m:
                        return m, None
            if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
                parent = verb.head
                obj = next((c for c in parent.children if c.dep_ in ("dobj", "attr")), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                    return phrase(obj), None
                verb = parent
                continue
            if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
                return phrase(verb.head), None
            break
        if verb.pos_ in ("NOUN", "PROPN") and verb.i != top.i:
            return phrase(verb), None
        break
    return None, None


def cited_source(sent: Span) -> str | None:
    """'according to X' in the sentence, as X without trailing clauses."""
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            to = t.doc[t.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            drop: set[int] = set()
            for c in pobj.subtree:
                if c.dep_ in ("acl", "relcl", "appos") and c.head.i == pobj.i:
                    drop.update(x.i for x in c.subtree)
            toks = [x for x in pobj.subtree if x.i not in drop]
            end = toks[0].i
            for x in toks:
                if x.i != end and x.i != end + 1:
                    break
                if x.is_punct:
                    break
                end = x.i
            span = t.doc[toks[0].i : end + 1]
            tokens = list(span)
            while tokens and (tokens[0].pos_ == "DET"):
                tokens = tokens[1:]
            if tokens:
                return t.doc[tokens[0].i : tokens[-1].i + 1].text
    return None


SUPERLATIVE_TAGS = ("JJS", "RBS")


def superlatives(sent: Span) -> list[tuple[int, int, str, Token | None]]:
    """(start token, end token excl., superlative text, measured noun) for record-type superlatives.

    Only superlatives that claim a record ("on record", "record lows", "ever", "since 2019",
    "in decades") are claims; "one of the largest producers" is description.
    """
    doc = sent.doc
    out: list[tuple[int, int, str, Token | None]] = []
    low = [t.lower_ for t in sent]
    has_on_record = any(low[k] == "on" and k + 1 < len(low) and low[k + 1] == "record" for k in range(len(low)))
    for t in sent:
        # "record lows", "a record high"
        if (
            t.lower_ == "record"
            and t.i + 1 < sent.end
            and doc[t.i + 1].lower_ in ("low", "lows", "high", "highs", "level", "levels", "number")
        ):
            nxt = doc[t.i + 1]
            prev = doc[t.i - 1] if t.i > 0 else None
            if prev is not None and (
                prev.tag_ == "PRP$" or prev.lower_ in ("previous", "below", "above", "from", "off", "near", "former")
            ):
                continue  # "below its record high": a reference point, not a claim of a new record
            text = f"record {nxt.lemma_.lower()}"
            noun = None
            if nxt.dep_ in ("dobj", "attr", "pobj") and nxt.head.pos_ in ("VERB", "AUX", "ADP"):
                v = nxt.head if nxt.head.pos_ != "ADP" else nxt.head.head
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ == "PRON" and v.dep_ == "relcl":
                    subj = v.head
                noun = subj
            out.append((t.i, t.i + 2, text, noun))
            continue
        if t.tag_ in SUPERLATIVE_TAGS and t.lower_ in SUPERLATIVE_ADJ:
            noun = t.head if t.head.pos_ in ("NOUN", "PROPN") else None
            end = (noun.i if noun is not None and noun.i > t.i else t.i) + 1
            marker = None
            if has_on_record and end + 1 < sent.end + 1:
                for k in range(end, min(end + 4, sent.end - 1)):
                    if doc[k].lower_ == "on" and doc[k + 1].lower_ == "record":
                        marker, end = "on record", k + 2
                        break
            if marker is None:
                for k in range(end, min(end + 6, sent.end)):
                    w = doc[k].lower_
                    if w == "ever":
                        marker, end = "ever", k + 1
                        break
                    if w == "since" and k + 1 < sent.end:
                        stop = k + 1
                        while stop < sent.end and not doc[stop].is_punct and stop - k <= 5:
                            stop += 1
                        marker, end = doc[k:stop].text, stop
                        break
                    spans = [
                        x
                        for x in range(k + 1, min(k + 5, sent.end))
                        if doc[x].lower_ in ("decades", "decade", "history", "years")
                    ]
                    if w == "in" and spans:
                        stop = spans[0] + 1
                        marker, end = doc[k:stop].text, stop
                        break
                    if doc[k].is_punct:
                        break
            if marker is None:
                continue
            out.append((t.i, end, f"{t.lower_} {marker}", noun))
    return out
