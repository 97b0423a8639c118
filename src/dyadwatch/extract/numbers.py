"""Numbers as written in news text, turned into values: "6,072", "50%", "three", "a hundred",
"two-thirds", "half-a-million", and vague amounts ("hundreds of", "tens of thousands").

Works on lists of lower-cased token texts, so the spaCy component can hand over the tokens of
one number expression without any regex over the whole article. Vague amounts become a
range with ``vague=True``: "hundreds of troops" is a claim about size, not a figure to check.
"""

from __future__ import annotations

from dataclasses import dataclass

UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mln": 1e6,
    "bn": 1e9,
    "m": 1e6,
    "k": 1e3,
}
FRACTIONS = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}
# A plural scale word on its own is an order of magnitude, not a figure.
VAGUE = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 199.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2e3, 9999.0),
    "millions": (2e6, 999e6),
    "billions": (2e9, 999e9),
    "tens": (20.0, 99.0),
}
NUMBER_WORDS = set(UNITS_WORDS) | set(SCALES) - {"m", "k"}


@dataclass
class Parsed:
    """A value, or a range for vague and "X to Y" amounts; ``fraction`` marks "two-thirds"-like shares."""

    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    fraction: bool = False


def digits(text: str) -> float | None:
    """'6,072' -> 6072.0, '16.5' -> 16.5; None for anything else ('51st', '1990s', '0³8').

    Only decimal digits count (``str.isdecimal``, which ``float`` accepts in any script): ``isdigit``
    also admits superscripts and circled digits ('³', '①'), which are no figure and which ``float``
    refuses.
    """
    t = text.replace(",", "").replace("\u202f", "").replace("\u00a0", "")
    if not t or t.count(".") > 1:
        return None
    if not all(c.isdecimal() or c == "." for c in t) or not any(c.isdecimal() for c in t):
        return None
    try:
        return float(t)
    except ValueError:  # not reachable with decimal digits and one dot; a token is never worth the article
        return None


def is_number_word(word: str) -> bool:
    w = word.lower()
    return digits(w) is not None or w in UNITS_WORDS or w in SCALES or w in FRACTIONS or w in VAGUE


def parse(words: list[str]) -> Parsed | None:
    """Value of a number expression; hyphens, "a"/"an" and "and" inside it are allowed.

    >>> parse(["24", "million"]).value
    24000000.0
    >>> parse(["two", "-", "thirds"]).value
    0.6666666666666666
    >>> parse(["tens", "of", "thousands"]).low
    20000.0
    """
    ws = [w.lower() for w in words if w not in ("-", "\u2013", "and")]
    if not ws:
        return None
    # vague: "hundreds", "hundreds of thousands", "tens of millions", "millions more"
    if ws[0] in VAGUE:
        low, high = VAGUE[ws[0]]
        rest = [w for w in ws[1:] if w != "of"]
        for w in rest:
            if w in SCALES:
                low, high = low * SCALES[w], high * SCALES[w]
            elif w in VAGUE and w != "tens":  # "tens of thousands" = 10 x "thousands"
                base = VAGUE[w][0] / 2
                low, high = low * base, high * base + (base - 1)
        if ws[0] == "tens" and not rest:
            return None
        return Parsed(None, low, high, vague=True)
    total = 0.0
    current = 0.0
    seen = False
    fraction = False
    multiplier = 1.0
    for w in ws:
        d = digits(w)
        if d is not None:
            current = current + d if current else d
            seen = True
        elif w in ("a", "an"):
            if not current:
                current = 1.0
        elif w in UNITS_WORDS:
            current += UNITS_WORDS[w]
            seen = True
        elif w in SCALES:
            if w == "hundred":
                current = (current or 1.0) * 100
            else:
                total += (current or 1.0) * SCALES[w]
                current = 0.0
            seen = True
        elif w in FRACTIONS:
            if current and w not in ("half", "halves"):
                current = current * FRACTIONS[w]
            elif w in ("half", "halves") and current > 1:
                current += 0.5  # "one and a half" is rare; "two and a half" -> 2.5
            else:
                multiplier = FRACTIONS[w] if not current or current == 1 else current * FRACTIONS[w]
                current = 0.0
            fraction = True
            seen = True
        elif w == "of":
            continue
        else:
            return None
    if not seen:
        return None
    value = (total + current) if (total or current) else 1.0
    if multiplier != 1.0:
        value = value * multiplier if (total or current) else multiplier
        if total or (current and current >= 1000):
            fraction = False  # "half a million" is a count, not a share
    elif fraction and value >= 1000:
        fraction = False
    return Parsed(value, fraction=fraction and value < 1)
