"""Where the figures are: number expressions with their qualifier, currency and unit.

Starts from tokens the claims component flags as number-like and grows each into an
expression ("more than $116 million", "about 6%", "two-thirds", "hundreds of", "18 hours").
Then it drops what is a number but not a quantity: years, dates and times, ordinals, ages,
identifiers ("S&P 500", "type 2 diabetes"), kinds ("30-day ceasefire", "27-nation bloc"),
time frames ("the past three years") and the pronoun "one".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dyadwatch.extract.numbers import FRACTIONS, SCALES, UNITS_WORDS, VAGUE, Parsed, digits, parse

CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "c$": "CAD",
    "a$": "AUD",
    "₹": "INR",
    "₦": "NGN",
}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "rupee": "INR",
    "rupees": "INR",
    "pula": "BWP",
    "pulas": "BWP",
    "naira": "NGN",
    "rand": "ZAR",
    "shillings": "KES",
    "pesos": "MXN",
    "peso": "MXN",
    "rubles": "RUB",
    "roubles": "RUB",
    "hryvnias": "UAH",
    "francs": "CHF",
    "sterling": "GBP",
}
MEASURE_UNITS = {
    "mile": "mile",
    "miles": "mile",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "km": "km",
    "kilogram": "kg",
    "kilograms": "kg",
    "kg": "kg",
    "kilos": "kg",
    "pound": "lb",
    "pounds": "lb",
    "lb": "lb",
    "lbs": "lb",
    "ton": "t",
    "tons": "t",
    "tonne": "t",
    "tonnes": "t",
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "feet": "ft",
    "foot": "ft",
    "acre": "acre",
    "acres": "acre",
    "hectare": "ha",
    "hectares": "ha",
    "gallons": "gal",
    "barrels": "barrel",
    "liters": "l",
    "litres": "l",
    "megawatts": "MW",
    "grams": "g",
    "gram": "g",
    "ounces": "oz",
}
AREA_PREFIX = {"square": "2", "sq": "2"}
TIME_UNITS = {
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}
PERCENT_WORDS = {"%", "percent", "per", "pct", "pc"}
QUALIFIERS = (
    "no more than",
    "not more than",
    "no less than",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "close to",
    "as many as",
    "as much as",
    "as few as",
    "in excess of",
    "upwards of",
    "just over",
    "just under",
    "well over",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "an estimated",
    "estimated",
    "beyond",
    "below",
    "above",
    "exactly",
    "only",
)
FRAME_WORDS = {"past", "last", "next", "coming", "previous", "recent", "first", "final", "following", "initial"}
RELATIVE_AFTER = {"ago", "later", "earlier", "after", "before", "old", "older", "younger", "since"}
ID_WORDS = {
    "type",
    "size",
    "article",
    "section",
    "chapter",
    "page",
    "number",
    "no",
    "no.",
    "level",
    "phase",
    "category",
    "grade",
    "flight",
    "route",
    "resolution",
    "paragraph",
    "item",
    "version",
    "model",
    "class",
    "stage",
    "tier",
    "code",
    "channel",
    "highway",
    "gate",
    "terminal",
    "room",
    "platform",
    "district",
    "zone",
    "unit",
    "squad",
    "battalion",
    "brigade",
    "division",
    "covid",
    "vol",
    "issue",
}
NAME_ENTS = {"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC", "GPE", "LOC", "PERSON", "NORP", "LANGUAGE"}
DASHES = {"-", "\u2013", "\u2014"}


@dataclass
class NumberExpr:
    """One figure in the text: token range, value, unit and what surrounds it."""

    start: int  # token index, qualifier included
    end: int  # exclusive
    num_start: int
    num_end: int
    parsed: Parsed
    unit: str = "count"
    qualifier: str | None = None
    anchor: int = 0  # token that carries the figure in the parse (unit noun, % sign or number)
    words: list[str] = field(default_factory=list)

    @property
    def value(self) -> float | None:
        return self.parsed.value


# each qualifier as its words, and the most words any has: the words before a number are read once, not once per
# qualifier
QUALIFIER_WORDS = tuple((q, q.split()) for q in QUALIFIERS)
QUALIFIER_LONGEST = max(len(parts) for _, parts in QUALIFIER_WORDS)


def _qualifier(doc: Doc, i: int) -> tuple[str | None, int]:
    """The qualifier ending right before token i, and its first token index."""
    before = [t.lower_ for t in doc[max(0, i - QUALIFIER_LONGEST) : i]]
    for q, parts in QUALIFIER_WORDS:
        s = i - len(parts)
        if s >= 0 and before[len(before) - len(parts) :] == parts:
            if (
                q in ("over", "under", "some", "only", "above", "below", "beyond")
                and s > 0
                and doc[s - 1].lower_ in ("all", "for", "from", "take")
                and q != "some"
            ):
                return None, i
            # "a bit more than", "slightly less than"
            if s >= 2 and [t.lower_ for t in doc[s - 2 : s]] == ["a", "bit"]:
                s -= 2
            elif s >= 1 and doc[s - 1].lower_ in ("slightly", "just", "well", "little"):
                s -= 1
            return q, s
    return None, i


def _is_num_token(t: Token) -> bool:
    w = t.lower_
    return digits(t.text) is not None or w in UNITS_WORDS or w in SCALES or w in FRACTIONS or w in VAGUE


def _grow(doc: Doc, i: int) -> int:
    """End (exclusive) of the number words starting at i."""
    j = i
    n = len(doc)
    while j + 1 < n:
        cur, nxt = doc[j], doc[j + 1]
        low = nxt.lower_
        cur_digit = digits(cur.text) is not None
        if low in SCALES and low not in ("m", "k"):
            j += 1
            continue
        if low in ("m", "bn", "k") and cur_digit and cur.whitespace_ == "":
            j += 1
            continue
        if not cur_digit and (low in UNITS_WORDS or low in FRACTIONS) and cur.lower_ in UNITS_WORDS | VAGUE.keys():
            j += 1
            continue
        if cur_digit and low in ("thirds", "quarters", "fifths", "tenths"):
            j += 1
            continue
        if low in DASHES and cur.whitespace_ == "" and j + 2 < n and not cur_digit:
            after = doc[j + 2]
            if (
                after.lower_ in UNITS_WORDS
                or after.lower_ in FRACTIONS
                or after.lower_ in SCALES
                or (after.lower_ in ("a", "an") and j + 4 < n and doc[j + 4].lower_ in SCALES)
            ):
                j += 2
                continue
            if after.lower_ in ("a", "an") and j + 3 < n and doc[j + 3].lower_ in SCALES:
                j += 2
                continue
        if low in ("a", "an") and j + 2 < n and doc[j + 2].lower_ in SCALES and cur.lower_ in FRACTIONS:
            j += 1
            continue
        if (
            low == "of"
            and cur.lower_ in VAGUE
            and j + 2 < n
            and (doc[j + 2].lower_ in VAGUE or doc[j + 2].lower_ in SCALES)
        ):
            j += 2
            continue
        if cur.lower_ == "tens" and low in VAGUE:
            j += 1
            continue
        break
    return j + 1


def _unit_after(doc: Doc, e: int) -> tuple[str | None, int]:
    """A unit right after the number (``%``, "percent", "percentage points", a currency or measure word)."""
    n = len(doc)
    k = e
    hyphen = False
    if k < n and doc[k].lower_ in DASHES and doc[k - 1].whitespace_ == "":
        hyphen = True
        k += 1
    if k >= n:
        return None, e
    w = doc[k].lower_
    if not hyphen:
        if w == "%" or w in ("percent", "pct"):
            return "%", k + 1
        if w == "per" and k + 1 < n and doc[k + 1].lower_ == "cent":
            return "%", k + 2
        if w == "percentage" and k + 1 < n and doc[k + 1].lower_ in ("point", "points"):
            return "pp", k + 2
        if w in ("points", "point", "pts") and not (k + 1 < n and doc[k + 1].lower_ == "of"):
            return "pp", k + 1
        if w in CURRENCY_WORDS:
            return CURRENCY_WORDS[w], k + 1
        if w == "of" and doc[e - 1].lower_ in VAGUE and k + 1 < n and doc[k + 1].lower_ in CURRENCY_WORDS:
            return CURRENCY_WORDS[doc[k + 1].lower_], k + 2
        if w in ("full", "straight", "consecutive", "whole") and k + 1 < n and doc[k + 1].lower_ in TIME_UNITS:
            return TIME_UNITS[doc[k + 1].lower_], k + 2
        if w in TIME_UNITS:
            return TIME_UNITS[w], k + 1
    if w in AREA_PREFIX:
        k2 = k + 1
        if k2 < n and doc[k2].lower_ in DASHES:
            k2 += 1
        if k2 < n and doc[k2].lower_ in MEASURE_UNITS:
            return MEASURE_UNITS[doc[k2].lower_] + "2", k2 + 1
    if w in MEASURE_UNITS and (w not in ("m", "t", "g") or not hyphen):
        if w in ("pound", "pounds") and k + 1 < n and doc[k + 1].lower_ == "sterling":
            return "GBP", k + 2
        return MEASURE_UNITS[w], k + 1
    if hyphen:
        return "KIND", k + 1  # "30-day ceasefire", "27-nation bloc": a kind of thing, not a figure
    return None, e


def _excluded(doc: Doc, s: int, e: int, unit: str | None, end: int, qual: str | None) -> bool:
    toks = doc[s:e]
    first = toks[0]
    words = [t.lower_ for t in toks]
    if unit == "KIND":
        return True
    has_money = (s > 0 and doc[s - 1].lower_ in CURRENCY_SYMBOLS) or unit in CURRENCY_WORDS.values()
    strong = unit in ("%", "pp") or has_money or any(w in SCALES for w in words)
    # ordinals: "51st", "third cyclone"
    if any(t.ent_type_ == "ORDINAL" for t in toks) and not any(w in ("thirds", "quarters", "half") for w in words):
        if not (s > 0 and doc[s - 1].lower_ in ("a", "an", "one")):
            return True
    if first.text[-2:].lower() in ("st", "nd", "rd", "th") and first.text[:1].isdigit():
        return True
    if len(words) == 1 and words[0] in FRACTIONS and words[0] not in ("half", "thirds", "quarters"):
        if not (s > 0 and doc[s - 1].lower_ in ("a", "an", "one")):
            return True
    # part of a hyphenated word: "zero-for-zero", "COVID-19"
    if (
        s > 1
        and doc[s - 1].lower_ in DASHES
        and doc[s - 2].whitespace_ == ""
        and doc[s - 1].whitespace_ == ""
        and doc[s - 2].is_alpha
    ):
        return True
    # a plural fraction word alone: "we go by quarters"
    if words in (["quarters"], ["thirds"], ["halves"], ["fifths"], ["tenths"]):
        return True
    if words and words[0] == "half" and s > 0 and doc[s - 1].lower_ in ("first", "second", "the", "latter"):
        return True
    # years: a bare 4-digit number 1800-2100
    if len(toks) == 1 and not strong and unit is None:
        v = digits(first.text)
        if v is not None and first.text.isdigit() and 1800 <= v <= 2100 and len(first.text) == 4:
            return True
    # ages: "51-year-old", "aged 5", "under the age of 18"
    if end + 1 < len(doc) and unit == "year" and doc[end - 1].whitespace_ == "" and doc[end].lower_ in DASHES:
        return True
    if (end < len(doc) and doc[end].lower_ in ("old", "olds")) or (
        end + 1 < len(doc) and doc[end].lower_ in DASHES and doc[end + 1].lower_ in ("old", "olds")
    ):
        return True
    before = [t.lower_ for t in doc[max(0, s - 3) : s]]
    if before[-1:] == ["aged"] or before[-2:] in (
        ["age", "of"],
        ["ages", "of"],
        ["younger", "than"],
        ["older", "than"],
    ):
        return True
    if unit in TIME_UNITS.values():
        # time frames and relative points are periods, not amounts
        if end < len(doc) and doc[end].lower_ in RELATIVE_AFTER:
            return True
        k = s - (len(qual.split()) if qual else 0)
        if k > 0 and doc[k - 1].lower_ in ("in", "within"):
            return True
        lead = s
        if lead > 0 and doc[lead - 1].lower_ in FRAME_WORDS:
            return True
        if lead > 1 and doc[lead - 2].lower_ in FRAME_WORDS and doc[lead - 1].lower_ in ("few", "several", "the"):
            return True
        return False
    # dates and times that are not durations
    if not strong and any(t.ent_type_ in ("DATE", "TIME") for t in toks):
        return True
    if end < len(doc) and doc[end].lower_ in ("a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc"):
        return True
    # inside a name: "S&P 500", "Global Terrorism Index 2025", "G7"
    if not strong and any(t.ent_type_ in NAME_ENTS for t in toks):
        return True
    if s > 0 and doc[s - 1].lower_ in ID_WORDS:
        return True
    # a number right after a name that it does not count: "S&P 500 finished", "Route 66"
    if (
        s > 0
        and not strong
        and unit is None
        and doc[s - 1].pos_ == "PROPN"
        and doc[s - 1].whitespace_
        and (doc[e - 1].dep_ != "nummod" or doc[e - 1].head.i < s)
        and not doc[s - 1].lower_.endswith("s")
    ):
        return True
    # the pronoun/determiner "one" ("one of the most", "one person who"), not a figure
    if words in (["a"], ["an"]) and unit is None:
        return True
    if words in (["one"], ["a"], ["an"]) and unit is None and qual is None:
        nxt = doc[end].lower_ if end < len(doc) else ""
        if nxt not in ("or", "in", "to"):
            return True
    if words == ["one"] and unit is None and qual in ("only",):
        return True
    return False


def find(doc: Doc, starts: list[int]) -> list[NumberExpr]:
    """Number expressions grown from candidate token indices (sorted), non-overlapping, in text order."""
    out: list[NumberExpr] = []
    taken = -1
    for i in starts:
        if i < taken:
            continue
        tok = doc[i]
        if tok.lower_ == "tens" and not (i + 1 < len(doc) and doc[i + 1].lower_ in ("of", *VAGUE)):
            continue
        s = i
        if (
            s > 0
            and doc[s - 1].lower_ in ("a", "an")
            and (tok.lower_ in SCALES or tok.lower_ in FRACTIONS or tok.lower_ == "dozen")
        ):
            s -= 1
        if tok.lower_ in ("a", "an"):
            e = i + 1
            words = [tok.text]
            parsed = Parsed(1.0)
            prev = doc[i - 1].lower_ if i > 0 else ""
            if (
                digits(prev) is not None
                or prev in ("once", "twice", "times", "per", "in", "within")
                or prev in CURRENCY_WORDS
                or prev in UNITS_WORDS
            ):
                continue  # "$69 a month", "once a week", "in a year": rates and frames
        else:
            e = _grow(doc, i)
            words = [t.text for t in doc[s:e]]
            parsed = parse(words)
        if parsed is None:
            continue
        unit, end = _unit_after(doc, e)
        cur_start = s
        if s > 0 and doc[s - 1].lower_ in CURRENCY_SYMBOLS:
            cur_start = s - 1
            unit = CURRENCY_SYMBOLS[doc[s - 1].lower_]
        elif s > 1 and doc[s - 1].text == "$" and doc[s - 2].lower_ in ("us", "u.s."):
            cur_start = s - 2
            unit = "USD"
        qual, qstart = _qualifier(doc, cur_start)
        if _excluded(doc, s, e, unit, end, qual):
            taken = max(taken, end)
            continue
        if parsed.fraction and parsed.value is not None and unit in (None, "%"):
            parsed = Parsed(parsed.value * 100, fraction=True)
            unit = "%"
        # "one in five teachers" -> 20%
        if (
            unit is None
            and parsed.value
            and e + 1 < len(doc)
            and doc[e].lower_ == "in"
            and _is_num_token(doc[e + 1])
            and doc[e + 1].i + 1 < len(doc)
        ):
            other = parse([doc[e + 1].text])
            if other and other.value and other.value > parsed.value and other.value <= 1000:
                parsed = Parsed(parsed.value / other.value * 100, fraction=True)
                unit = "%"
                end = e + 2
        anchor = end - 1 if unit not in (None,) and end > e else e - 1
        if unit in CURRENCY_SYMBOLS.values() and end == e:
            anchor = e - 1
        expr = NumberExpr(
            start=qstart,
            end=end,
            num_start=cur_start,
            num_end=e,
            parsed=parsed,
            unit=unit or "count",
            qualifier=qual,
            anchor=anchor,
            words=words,
        )
        out.append(expr)
        taken = end
    return _merge_ranges(doc, out)


def _merge_ranges(doc: Doc, exprs: list[NumberExpr]) -> list[NumberExpr]:
    """'250% to 390%', '$6 - $8 billion', 'one or two' -> one expression with low/high."""
    out: list[NumberExpr] = []
    k = 0
    while k < len(exprs):
        a = exprs[k]
        if k + 1 < len(exprs):
            b = exprs[k + 1]
            gap = [t.lower_ for t in doc[a.end : b.start]]
            before = doc[a.start - 1].lower_ if a.start > 0 else ""
            if (
                (gap in (["to"], ["-"], ["\u2013"], ["or"]) or (gap == ["and"] and before == "between"))
                and before != "from"
                and a.value is not None
                and b.value is not None
                and not b.qualifier
            ):
                lo, hi = a.value, b.value
                if b.unit != a.unit and a.unit == "count":
                    a.unit = b.unit
                scale = [w for w in b.words if w.lower() in SCALES]
                if scale and not any(w.lower() in SCALES for w in a.words):
                    lo *= SCALES[scale[-1].lower()]
                if lo < hi and a.unit == b.unit:
                    merged = NumberExpr(
                        start=a.start,
                        end=b.end,
                        num_start=a.num_start,
                        num_end=b.num_end,
                        parsed=Parsed(None, lo, hi),
                        unit=a.unit,
                        qualifier=a.qualifier,
                        anchor=b.anchor,
                        words=[*a.words, "to", *b.words],
                    )
                    out.append(merged)
                    k += 2
                    continue
        out.append(a)
        k += 1
    return out
