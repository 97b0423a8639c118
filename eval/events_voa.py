"""Events on whole VOA news stories that the team annotated by hand: real news in our own gold.

    PYTHONPATH=src .venv/bin/python eval/events_voa.py --split dev    # look at errors here
    PYTHONPATH=src .venv/bin/python eval/events_voa.py --split test   # final numbers
    PYTHONPATH=src .venv/bin/python eval/events_voa.py --split dev --errors   # also print dev errors

Why a gold set of our own: the PETR-2 validation sentences are few (38 test sentences), follow
PETRARCH-2's dictionary conventions and are scored one sentence at a time; the PLOVER records are
codebook examples written to illustrate one code each. Neither says how the coder does on a whole
news story, where most sentences hold no event and where precision matters as much as recall.

Gold: eval/annotations/events_voa.jsonl, all 89 VOA stories of ../shared (public domain; texts read
from there, never copied), 55 dev and 34 test, drawn in the order of a hash of their id, annotated blind
(the annotators did not run dyadwatch or read its lexicon) under the guidelines in docs/events.md ("Our
VOA event annotation"), in five rounds (the "round" field: 30 stories, then three rounds of 12 and the
last 23, each annotated before the code that scores them was measured on them; --round N scores one
round). eval/annotations/events_voa_second.jsonl is a second, independent annotation of eleven stories;
--agreement scores it against the gold as dyadwatch is scored. 43 dev stories are marked
"validation": they count in the dev numbers, but --errors never prints them, so a change can be
checked on dev stories nobody has read. Each event:
trigger span, source and target (span and CAMEO-style code), CAMEO code, negated, modality and
whether the text gives it as background ("historical").

Scores (docs/events.md has the long form):
- sentence triples, as the PETR-2 score: per sentence of our parse, the set of (source country,
  target country, CAMEO root) of events with both sides coded and not negated, against the gold
  events whose trigger starts in that sentence. Historical gold events are neutral: a prediction
  equal to one is neither right nor wrong. The same with the PLOVER category instead of the root.
- triggers: a gold event is found when one of our events' action spans overlaps its trigger; on
  those pairs, root and PLOVER accuracy, source/target country accuracy and agreement on negation
  and modality.
- beside the root-triple F1, a 95% interval from resampling whole stories (seeded bootstrap), so
  that a difference of a triple or two between two versions is read as what it is; the results file
  keeps each story's counts, and --against an earlier results file prints the change on the stories
  both scored with a paired interval (both runs resampled together).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims import load_texts
from events import NO_ACTOR, petr_code, prf, run, split_of, write

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "annotations" / "events_voa.jsonl"
SECOND = ROOT / "eval" / "annotations" / "events_voa_second.jsonl"  # two dev stories annotated again, blind


def gold_stories(split: str, round_: int | None = None) -> list[dict]:
    gold = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines()]
    if round_ is not None:
        gold = [g for g in gold if g["round"] == round_]
        if not gold:
            sys.exit(f"{GOLD}: no stories of annotation round {round_}")
    texts = load_texts({g["id"] for g in gold})
    out = []
    for g in gold:
        if g["split"] != split_of("voa:" + g["id"]):
            sys.exit(f"{GOLD}: story {g['id']} is marked {g['split']}, but its hash puts it in the other half")
        if split in ("all", g["split"]):
            story = texts[g["id"]]
            out.append({**g, "text": story["text"], "date": dt.date.fromisoformat(story["published"][:10])})
    return out


def code_of(side: dict | None) -> str | None:
    return side.get("code") if side else None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Tally:
    """Counts for one split; kept together so dev and test print the same table."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.errors: list[str] = []


def score_story(g: dict, doc, tally: Tally, want_errors: bool) -> None:
    from dyadwatch.coding.plover import plover

    c = tally.c
    text = g["text"]
    sents = [(s.start_char, s.end_char) for s in doc.sents]

    def sent_of(pos: int) -> int:
        for i, (a, b) in enumerate(sents):
            if a <= pos < b:
                return i
        return -1

    gold = g["events"]
    ours = list(doc._.dw_events or [])
    # --- sentence triples
    for level in ("root", "plover"):

        def key(src: str, tgt: str, code: str, level: str = level) -> tuple[str, str, str]:
            if level == "root":
                return (src[:3], tgt[:3], code[:2])
            return (src[:3], tgt[:3], plover(code) or "-")

        gsets: dict[int, set] = {}
        neutral: dict[int, set] = {}
        for e in gold:
            s, t = code_of(e["source"]), code_of(e["target"])
            if not (s and t) or e["negated"]:
                continue
            bucket = neutral if e["historical"] else gsets
            bucket.setdefault(sent_of(e["trigger"]["start"]), set()).add(key(s, t, e["cameo"]))
        psets: dict[int, set] = {}
        for e in ours:
            s, t = petr_code(e.source), petr_code(e.target)
            if s and t and e.cameo and not e.negated:
                psets.setdefault(sent_of(e.action.start), set()).add(key(s, t, e.cameo))
        for i in set(gsets) | set(psets):
            gs = gsets.get(i, set())
            ps = psets.get(i, set()) - (neutral.get(i, set()) - gs)
            c[f"{level}_tp"] += len(gs & ps)
            c[f"{level}_pred"] += len(ps)
            c[f"{level}_gold"] += len(gs)
            if want_errors and level == "root" and gs != ps and not g.get("validation"):
                a, b = sents[i] if 0 <= i < len(sents) else (0, 0)
                tally.errors.append(
                    f"{g['id']} [{a}] {text[a:b].strip()[:220]}\n   gold: {sorted(gs)}\n   ours: {sorted(ps)}"
                )
    # --- triggers
    used: set[int] = set()
    for e in gold:
        if e["historical"]:
            continue
        c["gold_events"] += 1
        span = (e["trigger"]["start"], e["trigger"]["end"])
        cands = [k for k, o in enumerate(ours) if k not in used and overlaps(span, (o.action.start, o.action.end))]
        if not cands:
            if want_errors and not g.get("validation"):
                a = e["trigger"]["start"]
                tally.errors.append(
                    f"{g['id']} MISSED trigger {e['trigger']['text']!r} {code_of(e['source'])}->"
                    f"{code_of(e['target'])} {e['cameo']} | {text[max(0, a - 90) : a + 60]!r}"
                )
            continue
        # of our events on the trigger, the one that agrees most (a mutual act gives one each way)
        best = max(
            cands,
            key=lambda k: (
                (ours[k].cameo or "")[:2] == e["cameo"][:2],
                (petr_code(ours[k].source) or "")[:3] == (code_of(e["source"]) or "")[:3],
                (petr_code(ours[k].target) or "")[:3] == (code_of(e["target"]) or "")[:3],
                -k,
            ),
        )
        used.add(best)
        o = ours[best]
        c["found"] += 1
        c["root_ok"] += (o.cameo or "")[:2] == e["cameo"][:2]
        c["plover_ok"] += plover(o.cameo) == plover(e["cameo"])
        c["neg_ok"] += o.negated == e["negated"]
        c["mod_ok"] += o.modality == e["modality"]
        for side, theirs in (("source", o.source), ("target", o.target)):
            gc = code_of(e[side])
            if gc:
                c[f"{side}_n"] += 1
                c[f"{side}_ok"] += (petr_code(theirs) or "")[:3] == gc[:3]
    for k, o in enumerate(ours):
        c["our_events"] += 1
        if k in used:
            continue
        span = (o.action.start, o.action.end)
        if any(overlaps(span, (e["trigger"]["start"], e["trigger"]["end"])) for e in gold):
            c["our_matched_other"] += 1  # a second event of ours on an annotated trigger (or a historical one)
        elif want_errors and not g.get("validation"):
            a = o.action.start
            tally.errors.append(
                f"{g['id']} EXTRA {o.action.text!r} {petr_code(o.source)}->{petr_code(o.target)} {o.cameo}"
                f"{' neg' if o.negated else ''} | {text[max(0, a - 90) : a + 60]!r}"
            )


BOOTSTRAP_SEED = 20261126


def story_bootstrap(per_story: list[tuple[int, int, int]], rounds: int = 2000) -> tuple[float, float]:
    """A 95% interval for the sentence-triple F1, resampling whole stories: a story's events hang together (one
    subject, one set of actors), so stories, not sentences, are the units that vary. A seeded generator keeps
    the interval the same from run to run; with a few dozen stories it is wide, which is the point of printing
    it beside a difference of a triple or two."""
    if not per_story:
        return (0.0, 0.0)
    rng = random.Random(BOOTSTRAP_SEED)
    f1s = []
    for _ in range(rounds):
        tp = npred = ngold = 0
        for _ in per_story:
            a, b, c = per_story[rng.randrange(len(per_story))]
            tp, npred, ngold = tp + a, npred + b, ngold + c
        f1s.append(prf(tp, npred, ngold)["f1"])
    f1s.sort()
    return (f1s[int(0.025 * rounds)], f1s[int(0.975 * rounds) - 1])


def paired_change(
    before: dict[str, list[int]], after: dict[str, list[int]], rounds: int = 2000
) -> tuple[float, float, float, int]:
    """The change in sentence-triple F1 between two runs over the stories both scored, with a 95% interval from
    resampling those stories together: both versions are scored on the same resample, so what the stories
    share (a hard story is hard for both) cancels, and the interval is the one to read a change against."""
    ids = sorted(set(before) & set(after))
    if not ids:
        return (0.0, 0.0, 0.0, 0)

    def f1(pick: list[str], runs: dict[str, list[int]]) -> float:
        tp, npred, ngold = (sum(runs[i][k] for i in pick) for k in range(3))
        return prf(tp, npred, ngold)["f1"]

    rng = random.Random(BOOTSTRAP_SEED)
    deltas = []
    for _ in range(rounds):
        pick = [ids[rng.randrange(len(ids))] for _ in ids]
        deltas.append(f1(pick, after) - f1(pick, before))
    deltas.sort()
    change = f1(ids, after) - f1(ids, before)
    low, high = deltas[int(0.025 * rounds)], deltas[int(0.975 * rounds) - 1]
    return (round(change, 3), round(low, 3), round(high, 3), len(ids))


def ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def as_events(annotated: list[dict]) -> list:
    """A second annotator's events as if a coder had made them, so agreement is scored like the coder."""
    from dyadwatch.model import Event, EventActor, SentenceRef, Span

    def actor(side: dict | None):
        if not side:
            return None
        code = side["code"]
        country = None if code.startswith(NO_ACTOR) else code[:3]
        return EventActor(text=side["text"], start=side["start"], end=side["end"], code=code, country=country)

    out = []
    for e in annotated:
        if e["historical"]:
            continue  # history is neutral in the gold; the second annotator's is left out the same way
        t = e["trigger"]
        out.append(
            Event(
                id="a",
                source=actor(e["source"]),
                target=actor(e["target"]),
                action=Span(text=t["text"], start=t["start"], end=t["end"]),
                cameo=e["cameo"],
                negated=e["negated"],
                modality=e["modality"],
                sentence=SentenceRef(start=t["start"], end=t["end"]),
            )
        )
    return out


def evaluate(split: str, want_errors: bool = False, second: Path | None = None, round_: int | None = None) -> dict:
    """Score dyadwatch against the gold, or (``second``) a second annotation of some stories against it."""
    stories = gold_stories(split, round_)
    others: dict[str, list[dict]] = {}
    if second is not None:
        others = {g["id"]: g["events"] for g in map(json.loads, second.read_text("utf-8").splitlines())}
        stories = [g for g in stories if g["id"] in others]
    tally = Tally()
    docs = run((g["id"], g["text"], g["date"]) for g in stories)
    per_story: dict[str, list[int]] = {}  # story id -> root-triple TP, predicted, gold
    for g, (_, doc) in zip(stories, docs, strict=True):
        if second is not None:
            doc._.dw_events = as_events(others[g["id"]])
        keys = ("root_tp", "root_pred", "root_gold")
        before = [tally.c[k] for k in keys]
        score_story(g, doc, tally, want_errors)
        per_story[g["id"]] = [tally.c[k] - b for k, b in zip(keys, before, strict=True)]
    c = tally.c
    res = {
        "split": split,
        "scored": "second annotator" if second is not None else "dyadwatch",
        "round": round_,
        "stories": len(stories),
        "gold_events": c["gold_events"],
        "our_events": c["our_events"],
        "root_triple": prf(c["root_tp"], c["root_pred"], c["root_gold"]),
        "root_triple_f1_95ci": list(story_bootstrap([tuple(v) for v in per_story.values()])),
        "root_triple_per_story": per_story,
        "plover_triple": prf(c["plover_tp"], c["plover_pred"], c["plover_gold"]),
        "trigger_recall": ratio(c["found"], c["gold_events"]),
        "trigger_precision": ratio(c["found"] + c["our_matched_other"], c["our_events"]),
        "root_accuracy_found": ratio(c["root_ok"], c["found"]),
        "plover_accuracy_found": ratio(c["plover_ok"], c["found"]),
        "source_accuracy_found": ratio(c["source_ok"], c["source_n"]),
        "target_accuracy_found": ratio(c["target_ok"], c["target_n"]),
        "negation_agreement_found": ratio(c["neg_ok"], c["found"]),
        "modality_agreement_found": ratio(c["mod_ok"], c["found"]),
    }
    who = "a second annotator" if second is not None else "dyadwatch"
    head = f"{split}, {len(stories)} stories, {c['gold_events']} gold events"
    if round_ is not None:
        head += f", annotation round {round_} only"
    print(f"### {who} on VOA stories annotated by the team ({head})\n")
    print("| score | P | R | F1 | TP | pred | gold |\n|---|---|---|---|---|---|---|")
    for key, label in (
        ("root_triple", "sentence triples (source country, target country, CAMEO root)"),
        ("plover_triple", "sentence triples (source country, target country, PLOVER category)"),
    ):
        m = res[key]
        print(
            f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['tp']} | {m['pred']} "
            f"| {m['gold']} |"
        )
    low, high = res["root_triple_f1_95ci"]
    print(f"\nroot-triple F1, 95% interval over resampled stories (bootstrap): {low:.3f}-{high:.3f}")
    print("\n| on triggers | value |\n|---|---|")
    print(f"| gold events whose trigger we code (recall) | {res['trigger_recall']:.3f} ({c['found']}) |")
    print(f"| our events on an annotated trigger (precision) | {res['trigger_precision']:.3f} |")
    for key, label in (
        ("root_accuracy_found", "CAMEO root right, found events"),
        ("plover_accuracy_found", "PLOVER category right, found events"),
        ("source_accuracy_found", "source country right"),
        ("target_accuracy_found", "target country right"),
        ("negation_agreement_found", "negation agrees"),
        ("modality_agreement_found", "modality agrees"),
    ):
        print(f"| {label} | {res[key]:.3f} |")
    if want_errors:
        print("\n" + "\n".join(tally.errors))
    if second is None:
        name = "voa" if split == "test" else f"voa_{split}"
        write(name if round_ is None else f"{name}_round{round_}", res)
    else:
        write("voa_agreement" if round_ is None else f"voa_agreement_round{round_}", res)
    return res


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument(
        "--errors",
        action="store_true",
        help='print the sentences where we differ (dev only; stories marked "validation" are scored, never printed)',
    )
    ap.add_argument(
        "--agreement",
        action="store_true",
        help=f"score the second annotation ({SECOND.name}) against the gold instead of dyadwatch",
    )
    ap.add_argument(
        "--round",
        type=int,
        help="score only the stories of one annotation round (from 2 on: annotated after the code they were first "
        "scored with was written)",
    )
    ap.add_argument(
        "--against",
        type=Path,
        metavar="RESULTS_JSON",
        help="an earlier run's results file (copy eval/results/events_voa*.json aside before changing the code): "
        "print the change in triple F1 on the stories both scored, with a paired 95%% interval",
    )
    args = ap.parse_args(argv)
    if args.errors and args.split != "dev":
        sys.exit("--errors is for the dev split: test errors are not for reading")
    earlier = None
    if args.against is not None:
        try:
            earlier = json.loads(args.against.read_text("utf-8"))["root_triple_per_story"]
        except (OSError, ValueError, KeyError) as exc:
            sys.exit(f"--against {args.against}: not a results file with per-story counts ({exc})")
    res = evaluate(args.split, args.errors, SECOND if args.agreement else None, args.round)
    if earlier is not None:
        change, low, high, n = paired_change(earlier, res["root_triple_per_story"])
        print(f"\nroot-triple F1 change against {args.against} on the {n} stories both scored: {change:+.3f}")
        print(f"(95% interval from resampling those stories, both runs together: {low:+.3f} to {high:+.3f})")


if __name__ == "__main__":
    main()
