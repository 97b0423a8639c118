"""Event-coding evaluations against the gold sets in ../shared/eval/events (read in place, never copied).

    PYTHONPATH=src .venv/bin/python eval/events.py plover   [--split dev|test|all] [--reader]
    PYTHONPATH=src .venv/bin/python eval/events.py petr2    [--split dev|test|all] [--one-sided] [--second]
    PYTHONPATH=src .venv/bin/python eval/events.py unittest [--split dev|test|all]
    PYTHONPATH=src .venv/bin/python eval/events.py all      [--split ...]

None of the gold sets comes with a dev/test split, so records are split by a hash of their id
(half dev, half test). Development looked at dev errors only; test numbers are for reporting.
Each command prints a markdown table and writes eval/results/events_<name>.json for the test split
(events_<name>_dev.json / _all.json for the others): numbers and record ids only, no gold text.

Methods, briefly (docs/events.md has the long form):
- plover: PLOVER_GSR_CAMEO.txt has PLOVER 0.5 categories and no CAMEO code. Our CAMEO code is
  mapped to PLOVER with the published crosswalk as it stood for 0.5 (dyadwatch.coding.plover.plover_v05:
  the 2021 crosswalk moved 163, 1712 and 185 to other categories), the gold category is
  mapped from 0.5 to current names (DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT),
  and the "main" event of a sentence (the coded trigger nearest the root of the parse) is compared.
- petr2: PETR2_GSR_validation.xml (not well-formed XML: read with regular expressions). P/R/F1 over
  sets of (source country, target country, CAMEO root) and of full (source, target, code) triples,
  counting only our events with both actors coded, as PETRARCH does.
- Actor spelling (petr2, unittest): an actor we coded with a role but no country (code == sector,
  country None, e.g. "REB" for "the rebels") is written "---REB", PETRARCH's spelling of the same
  thing, so its "country" is "---" like the gold's. International codes with no country (IGOUNO)
  stay as they are. Gold codings with an empty side are read as "---". Events with only one coded
  side are left out by default; --one-sided scores them with "---" for the missing side (on the dev
  half this lowered petr2 root-triple F1 from 0.60 to 0.53: the gold lists few one-sided codings).
- unittest: PETR.UnitTest.records.xml with the PETR validation actor and agent dictionaries converted
  at run time (to a temporary file, deleted afterwards) into our dictionary format and passed as
  user dictionaries. Share of gold codings reproduced (recall), plus precision.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "eval" / "events"
RESULTS = ROOT / "eval" / "results"


def split_of(key: str) -> str:
    return "dev" if int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 2 == 0 else "test"


def keep(key: str, split: str) -> bool:
    return split == "all" or split_of(key) == split


def gold_file(name: str) -> Path:
    path = GOLD / name
    if not path.exists():
        sys.exit(f"{path} not found: the gold sets live in ../shared/eval/events (or set DYADWATCH_SHARED)")
    return path


# --------------------------------------------------------------------------- running the pipeline


def run(items: Iterable[tuple[str, str, dt.date | None]], actors: list[Path] | None = None):
    """(id, text, date) -> (id, doc) through the full dyadwatch pipeline."""
    from dyadwatch.model import Article
    from dyadwatch.pipeline import Analyzer
    from dyadwatch.settings import Settings

    analyzer = Analyzer(Settings(actors=actors or [], claims=False))
    items = list(items)
    arts = [Article(id=i, text=t, date=d) for i, t, d in items]
    docs = analyzer.nlp.pipe((analyzer.make_doc(a) for a in arts), batch_size=64)
    return [(i, doc) for (i, _, _), doc in zip(items, docs, strict=True)]


def prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "pred": npred,
        "gold": ngold,
    }


def write(name: str, payload: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"events_{name}.json"
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", "utf-8")
    print(f"\nwrote {path.relative_to(ROOT)}")


# --------------------------------------------------------------------------- PLOVER GSR


def country3(code: str | None) -> str | None:
    return code[:3].upper() if code else None


def gold_codes(value) -> list[str]:
    if not isinstance(value, list):
        return []
    return [c for d in value if isinstance(d, dict) and (c := country3(d.get("code")))]


def plover_records(split: str) -> list[dict]:
    data = json.loads(gold_file("PLOVER_GSR_CAMEO.txt").read_text("utf-8"))
    return [r for r in data if r.get("event") != "DOCUMENT" and keep(r["id"], split)]


def eval_plover(split: str) -> dict:
    from dyadwatch.nlp.events import main_event

    recs = plover_records(split)
    preds = []
    for _, doc in run((r["id"], r["text"], dt.date(2000, 1, 1)) for r in recs):
        ev = main_event(doc)
        preds.append(
            (
                ev.cameo if ev is not None else None,
                country3(ev.source.code) if ev is not None and ev.source else None,
                country3(ev.target.code) if ev is not None and ev.target else None,
                [e.cameo for e in doc._.dw_events or []],
            )
        )
    res = score_plover(split, recs, preds)
    write("plover" if split == "test" else f"plover_{split}", res)
    return res


READER_PLOVER = ROOT / "eval" / "annotations" / "plover_reader.jsonl"


def read_reading(path: Path, ids: list[str]) -> list[dict]:
    """A blind reader's lines (eval/annotations/READERS.md) in the order of ids; a missing id is an error, not an
    empty reading."""
    rows = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["id"]] = row
    missing = [i for i in ids if i not in rows]
    if missing:
        sys.exit(f"{path.name} has no line for {len(missing)} record(s), e.g. {missing[0]}")
    return [rows[i] for i in ids]


def eval_plover_reader(split: str) -> dict:
    """A reader's blind coding of each sentence's main event (CAMEO code, source and target countries),
    scored exactly as dyadwatch's main event is: how far a careful codebook reading agrees with the gold."""
    recs = plover_records(split)
    preds = []
    for row in read_reading(READER_PLOVER, [r["id"] for r in recs]):
        src, tgt = row.get("source") or [], row.get("target") or []
        preds.append((row.get("cameo"), country3(src[0]) if src else None, country3(tgt[0]) if tgt else None, []))
    res = score_plover(split, recs, preds, title="a blind reader's main event")
    write(f"plover_reader_{split}", res)
    return res


def score_plover(split: str, recs: list[dict], preds: list[tuple], title: str = "") -> dict:
    """preds: per record (main CAMEO code or None, source country, target country, every CAMEO code coded)."""
    from dyadwatch.coding.plover import from_v05, plover_v05

    n = len(recs)
    got = root_ok = any_ok = 0
    src_n = src_ok = tgt_n = tgt_ok = 0
    misses: list[str] = []
    per_cat: dict[str, list[int]] = {}
    for r, (cameo, src, tgt, every) in zip(recs, preds, strict=True):
        gold = from_v05(r["event"])
        cat = per_cat.setdefault(gold, [0, 0])
        cat[1] += 1
        if cameo is not None:
            got += 1
        if cameo is not None and plover_v05(cameo) == gold:
            root_ok += 1
            cat[0] += 1
        else:
            misses.append(r["id"])
        if any(plover_v05(c) == gold for c in every or [cameo] if c):
            any_ok += 1
        gs, gt = gold_codes(r.get("source")), gold_codes(r.get("target"))
        if gs:
            src_n += 1
            src_ok += bool(cameo is not None and src in gs)
        if gt:
            tgt_n += 1
            tgt_ok += bool(cameo is not None and tgt in gt)
    res = {
        "split": split,
        "records": n,
        "with_event": got,
        "root_accuracy": round(root_ok / n, 3) if n else 0.0,
        "root_accuracy_any_event": round(any_ok / n, 3) if n else 0.0,
        "root_accuracy_when_coded": round(root_ok / got, 3) if got else 0.0,
        "source_accuracy": round(src_ok / src_n, 3) if src_n else 0.0,
        "source_records": src_n,
        "target_accuracy": round(tgt_ok / tgt_n, 3) if tgt_n else 0.0,
        "target_records": tgt_n,
        "per_category": {k: {"correct": v[0], "records": v[1]} for k, v in sorted(per_cat.items())},
        "missed_ids": misses,
    }
    what = f"; {title}" if title else ""
    print(f"### PLOVER_GSR_CAMEO ({split}, {n} records; PLOVER level via the CAMEO->PLOVER crosswalk{what})\n")
    print("| metric | value |\n|---|---|")
    print(f"| sentences with an event | {got}/{n} |")
    print(f"| root (PLOVER category) accuracy, main event | {res['root_accuracy']:.3f} |")
    print(f"| root accuracy, any event of the sentence | {res['root_accuracy_any_event']:.3f} |")
    print(f"| root accuracy when an event was coded | {res['root_accuracy_when_coded']:.3f} |")
    print(f"| source country accuracy ({src_n} with gold source) | {res['source_accuracy']:.3f} |")
    print(f"| target country accuracy ({tgt_n} with gold target) | {res['target_accuracy']:.3f} |")
    print("\n| category | correct | records |\n|---|---|---|")
    for k, v in sorted(per_cat.items()):
        print(f"| {k} | {v[0]} | {v[1]} |")
    return res


# --------------------------------------------------------------------------- PETRARCH-2 GSR


def read_petr2(path: Path) -> list[dict]:
    """Lenient reader: the file has self-closed <Sentence/> tags followed by their content."""
    text = path.read_text("utf-8", errors="replace")
    out = []
    for block in re.split(r"<Sentence\s", text)[1:]:
        head = block.split(">", 1)[0]
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', head))
        codings = []
        noevents = False
        for c in re.findall(r"<EventCoding\s([^>]*?)/?>", block):
            a = dict(re.findall(r'(\w+)="([^"]*)"', c))
            if a.get("noevents", "").lower() == "true":
                noevents = True
            elif a.get("eventcode"):
                codings.append((a.get("sourcecode", ""), a.get("targetcode", ""), a["eventcode"]))
        m = re.search(r"<Text>(.*?)</Text>", block, re.S)
        if not m:
            continue
        out.append(
            {
                "id": attrs.get("id", ""),
                "date": attrs.get("date", ""),
                "category": attrs.get("category", ""),
                "text": " ".join(m.group(1).split()),
                "codings": codings,
                "noevents": noevents,
            }
        )
    return out


def ymd(value: str) -> dt.date | None:
    """PETRARCH's record dates: YYYYMMDD, and (in one record) YYMMDD."""
    for fmt, size in (("%Y%m%d", 8), ("%y%m%d", 6)):
        try:
            return dt.datetime.strptime(value[:size], fmt).date()
        except ValueError:
            continue
    return None


NO_ACTOR = "---"
ONE_SIDED_NOTE = {False: "", True: "; one-sided events scored with ---"}


def petr_code(actor) -> str | None:
    """Our actor in PETRARCH's spelling: a role with no country (code == sector, country None, e.g.
    "REB") is written "---REB", as PETRARCH writes an agent it found no country for."""
    if actor is None or not actor.code:
        return None
    if actor.country is None and actor.sector and actor.code == actor.sector:
        return NO_ACTOR + actor.code
    return actor.code


def triples(doc, one_sided: bool = False) -> tuple[set, set]:
    """Our events as (source, target, code) sets; one_sided also scores events with one coded side,
    the missing side written "---" as in the gold's one-sided codings."""
    roots, full = set(), set()
    for e in doc._.dw_events or []:
        src, tgt = petr_code(e.source), petr_code(e.target)
        if one_sided and (src or tgt):
            src, tgt = src or NO_ACTOR, tgt or NO_ACTOR
        if src and tgt and e.cameo:
            roots.add((src[:3], tgt[:3], e.cameo[:2]))
            full.add((src, tgt, e.cameo))
    return roots, full


def second_triples(codings: list[dict]) -> tuple[set, set]:
    """A second reader's codings as the same (source, target, code) sets the coder is scored on, so the
    reader's agreement with the gold is measured exactly like dyadwatch's."""
    roots, full = set(), set()
    for c in codings:
        src, tgt, code = (c.get("source") or "").upper(), (c.get("target") or "").upper(), c.get("cameo") or ""
        if src and tgt and code:
            roots.add((src[:3], tgt[:3], code[:2]))
            full.add((src, tgt, code))
    return roots, full


def score_sets(recs: list[dict], docs, one_sided: bool = False) -> dict:
    return score_predictions(recs, [triples(doc, one_sided) for _, doc in docs])


def score_predictions(recs: list[dict], predictions: list[tuple[set, set]]) -> dict:
    tp_r = np_r = ng_r = tp_f = np_f = ng_f = tp_d = np_d = ng_d = 0
    none_ok = none_n = 0
    hit_ids: list[str] = []
    for r, (pr, pf) in zip(recs, predictions, strict=True):
        gf = {(s or NO_ACTOR, t or NO_ACTOR, c) for s, t, c in r["codings"]}
        gr = {(s[:3], t[:3], c[:2]) for s, t, c in gf}
        pd, gd = {x[:2] for x in pr}, {x[:2] for x in gr}
        tp_r += len(pr & gr)
        np_r += len(pr)
        ng_r += len(gr)
        tp_f += len(pf & gf)
        np_f += len(pf)
        ng_f += len(gf)
        tp_d += len(pd & gd)
        np_d += len(pd)
        ng_d += len(gd)
        if r["noevents"] and not r["codings"]:
            none_n += 1
            none_ok += not pr
        if pr & gr:
            hit_ids.append(r["id"])
    return {
        "root_triple": prf(tp_r, np_r, ng_r),
        "full_triple": prf(tp_f, np_f, ng_f),
        "dyad": prf(tp_d, np_d, ng_d),
        "noevent_records": none_n,
        "noevent_correct": none_ok,
        "hit_ids": hit_ids,
    }


def print_prf(title: str, res: dict) -> None:
    print(title + "\n")
    print("| triple | P | R | F1 | TP | pred | gold |\n|---|---|---|---|---|---|---|")
    for key, label in (
        ("root_triple", "(source country, target country, CAMEO root)"),
        ("full_triple", "(source code, target code, full CAMEO code)"),
        ("dyad", "(source country, target country) only"),
    ):
        m = res[key]
        cells = " | ".join([f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}"])
        cells += f" | {m['tp']} | {m['pred']} | {m['gold']}"
        print(f"| {label} | {cells} |")
    if res["noevent_records"]:
        print(f"\nno-event records left uncoded: {res['noevent_correct']}/{res['noevent_records']}")


SECOND_PETR2 = ROOT / "eval" / "annotations" / "petr2_reader_a.jsonl"
SECOND_PETR2_B = ROOT / "eval" / "annotations" / "petr2_reader_b.jsonl"


def read_second(path: Path, ids: list[str]) -> list[list[dict]]:
    """A PETR-2 reader's codings in the order of ids."""
    return [row.get("codings") or [] for row in read_reading(path, ids)]


def eval_petr2_second(split: str, path: Path = SECOND_PETR2) -> dict:
    """How far a reader coding the same sentences blind by the CAMEO codebook agrees with the PETR-2 gold:
    what a codebook-following coder can expect on a gold made by PETRARCH-2's conventions."""
    recs = [r for r in read_petr2(gold_file("PETR2_GSR_validation.xml")) if keep(r["id"], split)]
    predictions = [second_triples(c) for c in read_second(path, [r["id"] for r in recs])]
    res = {"split": split, "records": len(recs), "reader": path.name, **score_predictions(recs, predictions)}
    print_prf(f"### PETR2_GSR_validation ({split}, {len(recs)} sentences): {path.name} against the gold", res)
    write(f"{path.stem}_{split}", res)
    return res


def eval_petr2_readers(split: str) -> dict:
    """The second reader scored against the first as if the first were the gold: how far two careful
    codebook readers agree on the same sentences, with no PETRARCH convention in between."""
    ids = [r["id"] for r in read_petr2(gold_file("PETR2_GSR_validation.xml")) if keep(r["id"], split)]
    first, second = read_second(SECOND_PETR2, ids), read_second(SECOND_PETR2_B, ids)
    recs = []
    for i, codings in zip(ids, first, strict=True):
        full = second_triples(codings)[1]
        recs.append({"id": i, "codings": sorted(full), "noevents": not full})
    res = {"split": split, "records": len(recs), **score_predictions(recs, [second_triples(c) for c in second])}
    title = f"### PETR2_GSR_validation ({split}, {len(recs)} sentences): {SECOND_PETR2_B.name} against"
    print_prf(f"{title} {SECOND_PETR2.name}", res)
    write(f"petr2_readers_{split}", res)
    return res


def eval_petr2(split: str, one_sided: bool = False) -> dict:
    recs = [r for r in read_petr2(gold_file("PETR2_GSR_validation.xml")) if keep(r["id"], split)]
    docs = run((r["id"], r["text"], ymd(r["date"])) for r in recs)
    res = {"split": split, "records": len(recs), "one_sided": one_sided, **score_sets(recs, docs, one_sided)}
    print_prf(f"### PETR2_GSR_validation ({split}, {len(recs)} sentences{ONE_SIDED_NOTE[one_sided]})", res)
    write("petr2" if split == "test" else f"petr2_{split}", res)
    return res


# --------------------------------------------------------------------------- PETRARCH unit tests


def _petr_date(text: str) -> str:
    text = text.strip()
    if len(text) == 6:
        century = "19" if int(text[:2]) > 30 else "20"
        text = century + text
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if len(text) == 8 else ""


def _names(raw: str, agent: bool) -> list[str]:
    """PETR dictionary phrase -> surface forms our case-sensitive matcher sees in text."""
    base = raw.strip().strip("_").replace("_", " ").strip()
    if not base:
        return []
    forms = {base, base.title(), base.lower(), base.capitalize()}
    if agent:
        forms |= {f + "s" for f in (base.lower(), base.title()) if not f.endswith("s")}
    return sorted(forms)


def convert_petr(actors: Path, agents: Path) -> str:
    """The PETR validation actor/agent dictionaries in dyadwatch's dictionary format (TSV text)."""
    lines = ["names\tcode\tcountry\tsector\tkind\tstart\tend\ttitle"]
    code_re = re.compile(r"\[\s*([^\]]*?)\s*\]")

    def emit(names: list[str], code: str, start: str = "", end: str = "") -> None:
        code = code.strip().upper()
        if not names or not re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", code):
            return  # discard codes ("---", "+++") and compound codes ("ELR/GAL") are skipped
        country, sector = code[:3], code[3:6]
        kind = "person" if (start or end) else ("country" if len(code) == 3 else "organization")
        lines.append("\t".join([";".join(names), code, country, sector, kind, start, end, ""]))

    def flush(names: list[str], codes: list[str]) -> None:
        for spec in codes:
            spec = spec.strip()
            m = re.match(r"^([A-Za-z0-9]+)?\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$", spec)
            if not m or not m.group(1):
                continue
            code = m.group(1)
            if m.group(2) == "<":
                emit(names, code, end=_petr_date(m.group(3)))
            elif m.group(2) == ">":
                emit(names, code, start=_petr_date(m.group(3)))
            elif m.group(4):
                emit(names, code, _petr_date(m.group(4)), _petr_date(m.group(5)))
            else:
                emit(names, code)

    names: list[str] = []
    codes: list[str] = []
    for raw in actors.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.strip().startswith("<!--") or line.strip().startswith("-->"):
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            names += _names(stripped[1:], False)
            continue
        if stripped.startswith("["):
            codes += code_re.findall(stripped)
            continue
        if raw[:1] in " \t" and not code_re.search(stripped):
            continue
        flush(names, codes)
        found = code_re.findall(stripped)
        names = _names(code_re.sub("", stripped), False)
        codes = found
    flush(names, codes)

    macros: dict[str, list[str]] = {}
    for raw in agents.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!--"):
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
            continue
        m = re.match(r"^(.*?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*)\]", line)
        if not m:
            continue
        phrase, plural, code = m.group(1), m.group(2) or "", m.group(3).replace(" ", "")
        sector = code.replace("~", "")[:3].upper()
        if not sector.isalpha():
            continue
        phrases = [phrase]
        for macro, alts in macros.items():
            if macro in phrase:
                phrases = [phrase.replace(macro, a) for a in alts]
        forms: list[str] = []
        for p in phrases + [x for x in plural.split() if x]:
            forms += _names(p, True)
        if forms:
            lines.append("\t".join([";".join(sorted(set(forms))), "", "", sector, "agent", "", "", ""]))
    return "\n".join(lines) + "\n"


def eval_unittest(split: str, one_sided: bool = False) -> dict:
    root = ET.parse(gold_file("PETR.UnitTest.records.xml")).getroot()
    recs = []
    for s in root.iter("Sentence"):
        codings, noevents, error = [], False, False
        for c in s.iter("EventCoding"):
            if c.get("noevents", "").lower() == "true":
                noevents = True
            elif c.get("error"):
                error = True
            elif c.get("eventcode"):
                codings.append((c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", "")))
        text_el = s.find("Text")
        if text_el is None or error or not keep(s.get("id", ""), split):
            continue
        recs.append(
            {
                "id": s.get("id", ""),
                "date": s.get("date", ""),
                "text": " ".join((text_el.text or "").split()),
                "codings": codings,
                "noevents": noevents,
                "category": s.get("category", ""),
            }
        )
    converted = convert_petr(gold_file("PETR.Validate.actors.txt"), gold_file("PETR.Validate.agents.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "petr_validate_actors.tsv"
        path.write_text(converted, "utf-8")
        docs = run(((r["id"], r["text"], ymd(r["date"])) for r in recs), actors=[path])
    res = {"split": split, "records": len(recs), "one_sided": one_sided, **score_sets(recs, docs, one_sided)}
    res["share_reproduced_root"] = res["root_triple"]["recall"]
    res["share_reproduced_full"] = res["full_triple"]["recall"]
    title = f"### PETR.UnitTest.records ({split}, {len(recs)} records; validation dictionaries converted"
    print_prf(f"{title}{ONE_SIDED_NOTE[one_sided]})", res)
    print(
        f"\nshare of gold codings reproduced: root level {res['share_reproduced_root']:.3f}, "
        f"full code {res['share_reproduced_full']:.3f}"
    )
    write("unittest" if split == "test" else f"unittest_{split}", res)
    return res


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("which", choices=["plover", "petr2", "unittest", "all"])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument(
        "--one-sided",
        action="store_true",
        help='petr2/unittest: also score events with one coded side, the other written "---" (not the default)',
    )
    ap.add_argument(
        "--second",
        action="store_true",
        help="petr2: score the two blind codebook readers (eval/annotations/petr2_reader_[ab].jsonl) against the gold "
        "and against each other, instead of dyadwatch",
    )
    ap.add_argument(
        "--reader",
        action="store_true",
        help="plover: score a blind reader's main events (eval/annotations/plover_reader.jsonl) instead of dyadwatch",
    )
    args = ap.parse_args(argv)
    if args.reader:
        if args.which != "plover":
            ap.error("--reader is for plover only")
        eval_plover_reader(args.split)
        return
    if args.second:
        if args.which != "petr2":
            ap.error("--second is for petr2 only")
        for path in (SECOND_PETR2, SECOND_PETR2_B):
            eval_petr2_second(args.split, path)
            print()
        eval_petr2_readers(args.split)
        return
    jobs = {"plover": eval_plover, "petr2": eval_petr2, "unittest": eval_unittest}
    for name, fn in jobs.items():
        if args.which in (name, "all"):
            if name == "plover":
                eval_plover(args.split)
            else:
                fn(args.split, args.one_sided)
            print()


if __name__ == "__main__":
    main()
