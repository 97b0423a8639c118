"""Hold each claim against the loaded official series and give a verdict with the numbers.

Matching is general: the claim's measure words pick a dataset (encounters: migrants,
apprehensions, border crossings...; drug seizures: seizures + a drug name), its wording and
sentence pick the geography and the *readings* (USBP apprehensions vs all encounters; weight
vs number of seizure events), and its resolved period picks the months. Each reading is
computed; the verdict says which readings the stated figure fits:

* ``consistent`` - the figure fits, within the precision it was stated with;
* ``consistent_with_revision`` - off by a little (<= 2%), and the file is a later release
  than the article could have used: the detail gives the revised value;
* ``contradicted`` - it fits no reading;
* ``depends_on_measure`` - it fits one reading and not another, and the text does not say
  which one it means (the detail says which holds);
* ``cannot_check`` - no series measures it, the period is missing or beyond the file's
  range, or (for "on record") the file is too short to know.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from dyadwatch.model import Check, Claim, Period, Record
from dyadwatch.series.model import Dataset, Series, SeriesSet, add_months, month_of, month_range

REVISION_SLACK = 0.02
DRUGS = {
    "fentanyl": "Fentanyl",
    "methamphetamine": "Methamphetamine",
    "meth": "Methamphetamine",
    "cocaine": "Cocaine",
    "heroin": "Heroin",
    "marijuana": "Marijuana",
    "cannabis": "Marijuana",
    "ketamine": "Ketamine",
    "ecstasy": "Ecstasy",
    "mdma": "Ecstasy",
    "lsd": "Lsd",
    "khat": "Khat (Catha Edulis)",
}
ENCOUNTER_WORDS = re.compile(
    r"\b(migrants?|encounters?|apprehensions?|apprehended|intercepted|interceptions?|crossings?|crossers|"
    r"illegal entr(y|ies)|border arrests?|caught crossing|migration)\b",
    re.I,
)
USBP_WORDS = re.compile(r"\b(apprehen\w*|intercept\w*|caught|arrest\w*|crossings?|crossers|between ports)\b", re.I)
ALL_ENCOUNTER_WORDS = re.compile(r"\bencounters?\b", re.I)
SEIZURE_WORDS = re.compile(r"\b(seiz\w*|confiscat\w*|interdict\w*)\b", re.I)
SOUTHWEST = re.compile(
    r"\b(southwest(ern)?|southern) (land )?border\b|\bu\.?s\.?[-–]mexic(o|an) border\b|"
    r"\bborder with mexico\b|\bmexic(o|an) border\b",
    re.I,
)
NORTHERN = re.compile(r"\bnorthern border\b|\bcanad(a|ian) border\b", re.I)
WEIGHT_WORDS = re.compile(r"\b(pounds?|lbs?|kilograms?|kilos?|tons?|tonnes?|weight|quantit\w+|volume|amounts?)\b", re.I)
EVENT_WORDS = re.compile(r"\b(number of (seizures|cases|busts)|seizure events|incidents|busts|cases)\b", re.I)
TO_LB = {"lb": 1.0, "kg": 2.20462, "t": 2204.62, "g": 0.00220462}
LOW_WORDS = ("lowest", "fewest", "least", "smallest", "record low")
HIGH_WORDS = ("highest", "most", "largest", "biggest", "greatest", "record high", "record number", "deadliest")


@dataclass
class Reading:
    """One way to read the claim's measure in a dataset (a series plus a label for people)."""

    key: str
    label: str
    series: Series
    unit: str  # "count" or "lb"


@dataclass
class Match:
    dataset: Dataset
    readings: list[Reading]
    primary: str | None  # the reading the wording points to; None when the text leaves it open
    name: str
    scope: str = ""  # what and where, for people: "fentanyl, nationwide (all regions)"


# ----------------------------------------------------------------------------- matching


def _encounters(ds: Dataset, claim: Claim, words: str, sentence: str) -> Match | None:
    if not ENCOUNTER_WORDS.search(words):
        return None
    if not (SOUTHWEST.search(words) or SOUTHWEST.search(sentence) or re.search(r"\bmexic", sentence, re.I)):
        return None  # the file is the Southwest land border only
    usbp = ds.series(
        "cbp-encounters:usbp",
        "U.S. Border Patrol apprehensions (between ports), Southwest land border",
        "people",
        "Encounter Count",
        {"Component": {"U.S. Border Patrol"}},
        "Southwest land border",
    )
    total = ds.series(
        "cbp-encounters:all",
        "All encounters (USBP and OFO at ports), Southwest land border",
        "people",
        "Encounter Count",
        None,
        "Southwest land border",
    )
    readings = [
        Reading("usbp", "USBP apprehensions", usbp, "count"),
        Reading("all", "all encounters (USBP + OFO at ports)", total, "count"),
    ]
    primary = "all" if ALL_ENCOUNTER_WORDS.search(words) else "usbp" if USBP_WORDS.search(words) else None
    return Match(ds, readings, primary, "cbp-encounters", "Southwest land border")


def _drugs(ds: Dataset, claim: Claim, words: str, sentence: str) -> Match | None:
    if not SEIZURE_WORDS.search(words):
        return None
    drug = next((DRUGS[w] for w in re.findall(r"[a-z]+", words.lower()) if w in DRUGS), None)
    if drug is None and not re.search(r"\b(drugs?|narcotics?)\b", words, re.I):
        return None
    where: dict[str, set[str]] = {}
    geo = "nationwide (all regions)"
    if drug:
        where["Drug Type"] = {drug}
    if SOUTHWEST.search(words) or SOUTHWEST.search(sentence):
        where["Region"] = {"Southwest Border"}
        geo = "Southwest Border region"
    elif NORTHERN.search(words) or NORTHERN.search(sentence):
        where["Region"] = {"Northern Border"}
        geo = "Northern Border region"
    what = (drug or "all drug").lower()
    weight = ds.series(f"cbp-drugs:{what}:lbs", f"{what} seized, pounds, {geo}", "lb", "Sum Qty (lbs)", where, geo)
    events = ds.series(
        f"cbp-drugs:{what}:events", f"{what} seizure events, {geo}", "events", "Count of Event", where, geo
    )
    readings = [
        Reading("weight", "by weight", weight, "lb"),
        Reading("events", "by number of seizure events", events, "count"),
    ]
    primary = None
    if claim.unit in TO_LB or WEIGHT_WORDS.search(words):
        primary = "weight"
    elif EVENT_WORDS.search(words) or (claim.unit == "count" and claim.change is None):
        primary = "events"
    return Match(ds, readings, primary, "cbp-drugs", f"{what} seizures, {geo}")


MATCHERS: dict[str, Callable[[Dataset, Claim, str, str], Match | None]] = {
    "cbp-encounters": _encounters,
    "cbp-drugs": _drugs,
}


def match(claim: Claim, sentence: str, series: SeriesSet) -> Match | None:
    words = " ".join(x for x in (claim.measure, claim.superlative) if x)
    for ds in series:
        fn = MATCHERS.get(ds.kind)
        found = fn(ds, claim, words, sentence) if fn else None
        if found is not None:
            return found
    return None


# ----------------------------------------------------------------------------- numbers


def _fmt(v: float, unit: str = "") -> str:
    s = f"{v:,.0f}" if abs(v) >= 100 or float(v).is_integer() else f"{v:,.1f}"
    return f"{s} {unit}".strip()


def _pct(v: float) -> str:
    return f"{v:+.1f}%".replace("-", "\u2212")


def precision(claim: Claim) -> float:
    """Half a unit of the last significant digit the figure was written with ("6,072" 0.5, "50%" 5)."""
    text = claim.text.lower()
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    if not m or claim.value is None:
        return 0.5
    if m.group(1):
        step = 10 ** -len(m.group(1))
    else:
        digits = m.group(0).replace(",", "")
        stripped = digits.rstrip("0")
        step = 10 ** (len(digits) - len(stripped)) if stripped else 1
    scale = claim.value / float(m.group(0).replace(",", "")) if float(m.group(0).replace(",", "")) else 1
    return step * scale / 2


def interval(claim: Claim, value: float | None = None) -> tuple[float, float]:
    """The range of true values the figure, as written, is consistent with."""
    if value is None:
        if claim.value_low is not None and claim.value_high is not None:
            return claim.value_low, claim.value_high
        value = claim.value
    assert value is not None
    v = abs(value)
    half = precision(claim)
    q = (claim.qualifier or "").lower()
    if q in ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "close to"):
        half = max(half, v * 0.1)
        return v - half, v + half
    if q in ("nearly", "almost"):
        return v * 0.9, v
    if q in ("more than", "over", "upwards of", "in excess of", "above", "beyond", "just over", "well over"):
        return v, v * 1.5
    if q in ("at least", "no less than"):
        return v, math.inf
    if q in ("less than", "fewer than", "under", "below", "just under"):
        return 0.0, v
    if q in ("at most", "up to", "no more than", "not more than"):
        return 0.0, v
    return v - half, v + half


def _months(period: Period | None, article_day: dt.date | None) -> list[str] | None:
    """Calendar months of a period, dropping months not yet over on the article date."""
    if period is None or period.start is None or period.end is None:
        return None
    months = month_range(month_of(period.start), month_of(period.end))
    if article_day is not None:
        done = [m for m in months if add_months(m, 1) <= month_of(article_day)]
        months = done or months
    return months


def _label(months: list[str]) -> str:
    return months[0] if len(months) == 1 else f"{months[0]}\u2013{months[-1]}"


def _fy_note(ds: Dataset) -> str:
    first = ds.first
    fy = int(first[:4]) + (1 if int(first[5:7]) >= 10 else 0)
    return f"{first} (FY{fy})"


# ----------------------------------------------------------------------------- verdicts


def check_claim(claim: Claim, sentence: str, series: SeriesSet, article_day: dt.date | None) -> Check:
    """The verdict for one claim, never raising: what cannot be decided becomes ``cannot_check``."""
    m = match(claim, sentence, series)
    if m is None:
        what = claim.measure or "this figure"
        kinds = ", ".join(ds.kind for ds in series) or "none"
        return Check(
            series=None, verdict="cannot_check", detail=f"No loaded series measures {what!r} (loaded: {kinds})."
        )
    months = _months(claim.period, article_day)
    name = m.name
    if months is None:
        return Check(
            series=name,
            verdict="cannot_check",
            detail=f"Matches {name}, but the text gives no period for this figure that could be resolved.",
        )
    first, last = m.dataset.first, m.dataset.last
    if not all(first <= mo <= last for mo in months):
        return Check(
            series=name,
            verdict="cannot_check",
            detail=f"Period {_label(months)} is beyond the series' range ({first}\u2013{last}, {m.dataset.release}).",
        )
    if claim.value is None and claim.value_low is None:
        if claim.superlative:
            return _superlative(claim, m, months)
        return Check(series=name, verdict="cannot_check", detail="No figure to hold against the series.")
    if claim.change is not None and claim.change.stated and claim.change.unit in ("%", "pp"):
        return _change(claim, m, months, article_day)
    if claim.unit in ("%", "pp"):
        return Check(
            series=name,
            verdict="cannot_check",
            detail=f"A share or rate with no stated comparison; {name} holds counts and weights.",
        )
    return _level(claim, m, months, article_day)


def _decide(
    claim: Claim,
    m: Match,
    results: list[tuple[Reading, float, bool, bool]],
    subject: str,
    describe: Callable[[Reading, float], str],
) -> Check:
    """Turn per-reading results (reading, observed, fits, fits-after-revision) into one verdict."""
    by_key = {r.key: (r, obs, fits, rev) for r, obs, fits, rev in results}
    fitting = [x for x in results if x[2]]
    failing = [x for x in results if not x[2]]
    primary = by_key.get(m.primary) if m.primary else None
    series_name = (primary or (fitting[0] if fitting else results[0]))[0].series.name
    lines = "; ".join(describe(r, obs) for r, obs, _, _ in results)
    release = f"Source: {m.dataset.publisher}, {m.dataset.release}"
    if primary is not None:
        r, obs, fits, rev = primary
        others = [x for x in results if x[0].key != r.key]
        if fits:
            return Check(
                series=r.series.name,
                verdict="consistent",
                observed=round(obs, 1),
                detail=f"{subject} fits {r.label}. {lines}. {release}.",
            )
        if rev:
            return Check(
                series=r.series.name,
                verdict="consistent_with_revision",
                observed=round(obs, 1),
                detail=_revision_detail(claim, r, obs, subject, m.dataset, lines, release),
            )
        alt = [x for x in others if x[2]]
        if alt:
            return Check(
                series=r.series.name,
                verdict="depends_on_measure",
                observed=round(obs, 1),
                detail=f"{subject} does not fit {r.label}, which the wording suggests, but fits "
                f"{alt[0][0].label}. {lines}. {release}.",
            )
        return Check(
            series=r.series.name,
            verdict="contradicted",
            observed=round(obs, 1),
            detail=f"{subject} does not fit {r.label}. {lines}. {release}.",
        )
    if fitting and not failing:
        return Check(
            series=series_name,
            verdict="consistent",
            observed=round(fitting[0][1], 1),
            detail=f"{subject} fits every reading. {lines}. {release}.",
        )
    if fitting:
        holds = ", ".join(x[0].label for x in fitting)
        fails = ", ".join(x[0].label for x in failing)
        return Check(
            series=fitting[0][0].series.name,
            verdict="depends_on_measure",
            observed=round(fitting[0][1], 1),
            detail=f"{subject} holds {holds} but not {fails}; the text does not say which "
            f"measure it means. {lines}. {release}.",
        )
    revised = [x for x in results if x[3]]
    if revised:
        r, obs, _, _ = revised[0]
        return Check(
            series=r.series.name,
            verdict="consistent_with_revision",
            observed=round(obs, 1),
            detail=_revision_detail(claim, r, obs, subject, m.dataset, lines, release),
        )
    return Check(
        series=series_name,
        verdict="contradicted",
        observed=round(results[0][1], 1),
        detail=f"{subject} fits no reading. {lines}. {release}.",
    )


def _revision_detail(claim: Claim, r: Reading, obs: float, subject: str, ds: Dataset, lines: str, release: str) -> str:
    stated = claim.value if claim.change is None or not claim.change.stated else claim.change.value
    diff = obs - (stated or 0)
    return (
        f"{subject}: this release gives {_fmt(obs)} ({r.label}), a revision of {diff:+,.0f} "
        f"({diff / (stated or 1) * 100:+.2f}%) from the article's {_fmt(stated or 0)}; the file has data through "
        f"{ds.last}, so it came out after the article. {lines}. {release}."
    )


def _level(claim: Claim, m: Match, months: list[str], article_day: dt.date | None) -> Check:
    lo, hi = interval(claim)
    unit_factor = TO_LB.get(claim.unit or "", None)
    results = []
    for r in m.readings:
        if r.unit == "lb" and unit_factor is None:
            continue  # a count of people or events is not a weight
        if r.unit != "lb" and unit_factor is not None:
            continue
        obs = r.series.total(months)
        f = unit_factor or 1.0
        fits = lo * f <= obs <= hi * f
        rev = (
            not fits
            and claim.value is not None
            and obs > 0
            and abs(obs - claim.value * f) / obs <= REVISION_SLACK
            and (article_day is None or m.dataset.published_after(article_day))
        )
        results.append((r, obs, fits, rev))
    if not results:
        return Check(series=m.name, verdict="cannot_check", detail=f"No reading of {m.name} in unit {claim.unit!r}.")
    label = _label(months)
    subject = f"{claim.text!r} for {label} ({m.scope})"

    def describe(r: Reading, obs: float) -> str:
        return f"{r.label}: {_fmt(obs, 'lbs' if r.unit == 'lb' else '')}"

    check = _decide(claim, m, results, subject, describe)
    extra = _computed_change(claim, m, months, article_day)
    if extra:
        check = check.model_copy(update={"detail": f"{check.detail} {extra}"})
    return check


def _computed_change(claim: Claim, m: Match, months: list[str], article_day: dt.date | None) -> str | None:
    cw = claim.compared_with
    if claim.change is None or cw is None or cw.period is None:
        return None
    other = _months(cw.period, article_day)
    if not other or not all(m.dataset.first <= x <= m.dataset.last for x in other):
        return None
    r = next((x for x in m.readings if x.key == (m.primary or m.readings[0].key)), m.readings[0])
    a, b = r.series.total(months), r.series.total(other)
    if not b:
        return None
    return (
        f"Change {_label(other)} \u2192 {_label(months)}: text implies {_pct(claim.change.value or 0)}, "
        f"series {_pct((a - b) / b * 100)} ({_fmt(b)} \u2192 {_fmt(a)})."
    )


def _change(claim: Claim, m: Match, months: list[str], article_day: dt.date | None) -> Check:
    cw = claim.compared_with
    if cw is None or cw.period is None:
        return Check(
            series=m.name,
            verdict="cannot_check",
            detail="A change with no stated base period; cannot tell what it is measured against.",
        )
    base = _months(cw.period, article_day)
    if not base or not all(m.dataset.first <= x <= m.dataset.last for x in base):
        return Check(
            series=m.name,
            verdict="cannot_check",
            detail=f"Base period {cw.period.label} is beyond the series' range "
            f"({m.dataset.first}\u2013{m.dataset.last}).",
        )
    assert claim.change is not None and claim.change.value is not None
    stated = claim.change.value
    lo, hi = interval(claim, abs(stated))
    results = []
    for r in m.readings:
        a, b = r.series.total(months), r.series.total(base)
        if not b:
            continue
        pct = (a - b) / b * 100
        same_dir = (pct < 0) == (stated < 0)
        fits = same_dir and lo <= abs(pct) <= hi
        results.append((r, pct, fits, False))
    if not results:
        return Check(series=m.name, verdict="cannot_check", detail="The base period has no values.")
    cur, prev = _label(months), _label(base)
    subject = f"{claim.text!r} ({_pct(stated)}, {cur} vs {prev}; {m.scope})"

    def describe(r: Reading, pct: float) -> str:
        a, b = r.series.total(months), r.series.total(base)
        unit = " lbs" if r.unit == "lb" else ""
        return f"{r.label}: {_pct(pct)} ({_fmt(b)}{unit} \u2192 {_fmt(a)}{unit})"

    return _decide(claim, m, results, subject, describe)


def _superlative(claim: Claim, m: Match, months: list[str]) -> Check:
    sup = (claim.superlative or "").lower()
    low = any(w in sup for w in LOW_WORDS)
    if not low and not any(w in sup for w in HIGH_WORDS):
        return Check(series=m.name, verdict="cannot_check", detail=f"Unknown superlative {claim.superlative!r}.")
    key = m.primary or m.readings[0].key
    r = next(x for x in m.readings if x.key == key)
    obs = r.series.observations
    pick = min if low else max
    best_in_period = pick(months, key=lambda mo: obs[mo])
    upto = [mo for mo in sorted(obs) if mo <= months[-1]]
    extreme = pick(upto, key=lambda mo: obs[mo])
    word = "lowest" if low else "highest"
    later = [
        mo
        for mo in sorted(obs)
        if mo > months[-1] and (obs[mo] < obs[best_in_period] if low else obs[mo] > obs[best_in_period])
    ]
    later_note = f" Later, {later[0]} went {'lower' if low else 'higher'} ({_fmt(obs[later[0]])})." if later else ""
    base = (
        f"{r.label}, {best_in_period}: {_fmt(obs[best_in_period])}; the {word} of the {len(upto)} months in "
        f"the file up to {months[-1]} is {extreme} ({_fmt(obs[extreme])})."
    )
    if obs[extreme] != obs[best_in_period]:
        return Check(
            series=r.series.name,
            verdict="contradicted",
            observed=obs[best_in_period],
            detail=f"Not the {word} even within the file's range: {base}{later_note} Source: {m.dataset.release}.",
        )
    since = re.search(r"since (\d{4})", sup)
    if since and f"{since.group(1)}-01" >= m.dataset.first:
        return Check(
            series=r.series.name,
            verdict="consistent",
            observed=obs[best_in_period],
            detail=f"{base} The file covers the whole span since {since.group(1)}.{later_note} "
            f"Source: {m.dataset.release}.",
        )
    return Check(
        series=r.series.name,
        verdict="cannot_check",
        observed=obs[best_in_period],
        detail=f"{base} It is the {word} in the file's range, but the file begins in {_fy_note(m.dataset)}, "
        f"so {claim.superlative!r} cannot be confirmed from it.{later_note} "
        f"Source: {m.dataset.release}.",
    )


def check_claims(record: Record, series: SeriesSet) -> None:
    """Set ``claim.check`` on every claim of the record (in place)."""
    text = record.article.text
    for claim in record.claims:
        sentence = text[claim.sentence.start : claim.sentence.end] if claim.sentence else claim.text
        claim.check = check_claim(claim, sentence, series, record.article.date)
