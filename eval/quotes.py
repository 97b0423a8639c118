"""Quote attribution on PolNeAR: dyadwatch_quotes against gold Attribution relations (+ textacy baseline).

    PYTHONPATH=src .venv/bin/python eval/quotes.py --split dev     # tune here
    PYTHONPATH=src .venv-eval/bin/python eval/quotes.py --split test  # final numbers, with textacy

Matching: a continuation quote ("“A,” she said. “B.”": B has no cue of its own) is scored together
with the quote it continues in the same paragraph, because PolNeAR annotates A and B as one
discontinuous Content. A system quote matches a gold Attribution when their Content spans share at least half
of the word tokens of the shorter span (one-to-one, greedy by overlap). Exact F1 counts a match
only when the spans are identical after trimming white space and edge punctuation. Speaker
accuracy is over matched pairs whose gold relation has a Source: right when the system speaker
mention overlaps the gold Source span, or the system's resolved name ends in the same word as the
gold Source (a pronoun resolved to the named person), or the gold Source is a relative pronoun
("said Mr. Kamin, who emphasized ...") and the system mention is its antecedent right before it.

Rows: all Attribution relations, and the speech subset (Content holds a quotation mark, or the
Cue is a verb of saying or "according to"). In the speech row, system quotes that matched a
non-speech gold relation are left out of precision instead of counted wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import Attribution, GoldArticle, load_split

RESULTS = Path(__file__).resolve().parent / "results" / "quotes.json"
WORD = re.compile(r"\w+")
QUOTE_MARKS = set('"“”«»„')
IRREGULAR = {"said", "says", "told", "tells", "wrote", "writes", "written", "spoke", "spoken", "according"}
RELATIVE = {"who", "which", "that", "whom"}
EDGE = " \t\n\"“”«»„'‘’.,;:!?—–-()"


@dataclass
class SysQuote:
    start: int
    end: int
    speaker: tuple[int, int] | None = None
    name: str | None = None
    more: list[tuple[int, int]] | None = None  # continuation pieces scored with this quote

    @property
    def pieces(self) -> list[tuple[int, int]]:
        return [(self.start, self.end), *(self.more or [])]


def speech_forms() -> set[str]:
    """Inflected forms of dyadwatch's speech verbs, so the gold cue can be tested without a parser."""
    from dyadwatch.nlp.speakers import lexicon

    forms = set(IRREGULAR)
    for lemma in lexicon()["speech_verbs"]:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", stem + "ing", stem + "ed"}
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


def is_speech(a: Attribution, forms: set[str]) -> bool:
    if any(ch in QUOTE_MARKS for ch in a.content_text):
        return True
    words = [w.lower() for w in WORD.findall(a.cue_text)]
    return any(w in forms for w in words)


class Tokens:
    """Word tokens of one text, to turn character spans into token sets."""

    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def of(self, pieces: list[tuple[int, int]]) -> frozenset[int]:
        import bisect

        out: set[int] = set()
        for a, b in pieces:
            i = max(0, bisect.bisect_right(self.starts, a) - 1)
            while i < len(self.spans) and self.spans[i][0] < b:
                if self.spans[i][1] > a:
                    out.add(i)
                i += 1
        return frozenset(out)


def _norm_span(text: str, pieces: list[tuple[int, int]]) -> tuple[int, int]:
    a = min(p[0] for p in pieces)
    b = max(p[1] for p in pieces)
    while a < b and text[a] in EDGE:
        a += 1
    while b > a and text[b - 1] in EDGE:
        b -= 1
    return a, b


def match(text: str, system: list[SysQuote], gold: list[Attribution]) -> list[tuple[int, int]]:
    """One-to-one pairs (system index, gold index) sharing >= half the tokens of the shorter span."""
    toks = Tokens(text)
    s_sets = [toks.of(q.pieces) for q in system]
    g_sets = [toks.of(g.content) for g in gold]
    pairs: list[tuple[float, int, int]] = []
    for i, s in enumerate(s_sets):
        if not s:
            continue
        for j, g in enumerate(g_sets):
            if not g:
                continue
            inter = len(s & g)
            if inter and inter >= 0.5 * min(len(s), len(g)):
                pairs.append((inter / max(len(s), len(g)), i, j))
    pairs.sort(reverse=True)
    used_s: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def speaker_ok(q: SysQuote, g: Attribution, text: str = "") -> bool:
    if q.speaker is None:
        return False
    a, b = q.speaker
    if any(a < ge and gs < b for gs, ge in g.source):
        return True
    if g.source and g.source_text.strip().lower() in RELATIVE and text:
        # gold Source "who"/"which": its antecedent is the noun phrase right before it
        gap = text[b : g.source[0][0]]
        if b <= g.source[0][0] and len(gap) <= 3 and not gap.strip(" ,\n"):
            return True
    gold_words = WORD.findall(g.source_text.lower())
    if q.name and gold_words:
        name_words = WORD.findall(q.name.lower())
        return bool(name_words) and name_words[-1] == gold_words[-1]
    return False


class Score:
    def __init__(self) -> None:
        self.sys = 0
        self.gold = 0
        self.matched = 0
        self.exact = 0
        self.spk_total = 0
        self.spk_ok = 0

    def row(self, name: str, system: str) -> dict[str, object]:
        p = self.matched / self.sys if self.sys else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        ep = self.exact / self.sys if self.sys else 0.0
        er = self.exact / self.gold if self.gold else 0.0
        ef = 2 * ep * er / (ep + er) if ep + er else 0.0
        return {
            "system": system,
            "subset": name,
            "system_quotes": self.sys,
            "gold": self.gold,
            "matched": self.matched,
            "P": round(p, 3),
            "R": round(r, 3),
            "F1": round(f, 3),
            "exact_F1": round(ef, 3),
            "speaker_acc": round(self.spk_ok / self.spk_total, 3) if self.spk_total else None,
            "speaker_pairs": self.spk_total,
        }


def score(articles: list[GoldArticle], outputs: list[list[SysQuote]], forms: set[str]) -> tuple[Score, Score]:
    all_s, speech_s = Score(), Score()
    for art, system in zip(articles, outputs, strict=True):
        gold = art.attributions
        speech = [is_speech(g, forms) for g in gold]
        pairs = match(art.text, system, gold)
        matched_gold = {j: i for i, j in pairs}
        matched_sys = {i: j for i, j in pairs}
        all_s.sys += len(system)
        all_s.gold += len(gold)
        speech_s.gold += sum(speech)
        for i, _q in enumerate(system):
            j = matched_sys.get(i)
            if j is None or speech[j]:
                speech_s.sys += 1
        for i, j in pairs:
            q, g = system[i], gold[j]
            exact = _norm_span(art.text, q.pieces) == _norm_span(art.text, g.content)
            for sc, use in ((all_s, True), (speech_s, speech[j])):
                if not use:
                    continue
                sc.matched += 1
                sc.exact += exact
                if g.source:
                    sc.spk_total += 1
                    sc.spk_ok += speaker_ok(q, g, art.text)
        del matched_gold
    return all_s, speech_s


def system_quotes(doc) -> list[SysQuote]:
    """dyadwatch's quotes of one Doc, continuations folded into the quote they continue."""
    outs: list[SysQuote] = []
    last_source = None
    for q in doc._.dw_quotes or []:
        sp = q.speaker
        sid = sp.source_id if sp is not None else None
        if (
            outs
            and q.cue is None
            and sid is not None
            and sid == last_source
            and "\n" not in doc.text[outs[-1].pieces[-1][1] : q.start]
        ):
            # "“A,” she said. “B.”": PolNeAR annotates A and B as one discontinuous Content
            outs[-1].more = [*(outs[-1].more or []), (q.start, q.end)]
            continue
        span = None
        if sp is not None and sp.start is not None and sp.end is not None:
            span = (sp.start, sp.end)
        outs.append(SysQuote(q.start, q.end, span, sp.name if sp is not None else None))
        last_source = sid
    return outs


def run_dyadwatch(articles: list[GoldArticle]) -> tuple[list[list[SysQuote]], float, object]:
    from dyadwatch.nlp import loader
    from dyadwatch.settings import Settings

    nlp = loader.build(Settings(events=False, claims=False))
    t0 = time.perf_counter()
    outputs = []
    for doc in nlp.pipe(a.text for a in articles):
        outputs.append(system_quotes(doc))
    return outputs, time.perf_counter() - t0, nlp


def run_textacy(articles: list[GoldArticle], nlp) -> list[list[SysQuote]] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    outputs = []
    base = [name for name in nlp.pipe_names if not name.startswith("dyadwatch")]
    with nlp.select_pipes(enable=base):
        for doc in nlp.pipe(a.text for a in articles):
            outs = []
            try:
                triples = list(direct_quotations(doc))
            except Exception as exc:  # textacy can fail on odd quote layouts: count as no output
                print(f"textacy failed on a document: {type(exc).__name__}: {exc}", file=sys.stderr)
                triples = []
            for t in triples:
                content = t.content
                spk = t.speaker
                span = (spk[0].idx, spk[-1].idx + len(spk[-1].text)) if spk else None
                name = " ".join(tok.text for tok in spk) if spk else None
                outs.append(SysQuote(content.start_char, content.end_char, span, name))
            outputs.append(outs)
    return outputs


def table(rows: list[dict[str, object]]) -> str:
    head = "| system | subset | P | R | F1 | exact F1 | speaker acc | gold | system quotes |"
    lines = [head, "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        acc = r["speaker_acc"] if r["speaker_acc"] is not None else "-"
        lines.append(
            f"| {r['system']} | {r['subset']} | {r['P']:.3f} | {r['R']:.3f} | {r['F1']:.3f} "
            f"| {r['exact_F1']:.3f} | {acc} | {r['gold']} | {r['system_quotes']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles (plumbing checks)")
    ap.add_argument("--out", type=Path, default=None, help="default: results/quotes.json (test), quotes_<split>.json")
    args = ap.parse_args(argv)
    try:
        articles = load_split(args.split, args.limit)
    except FileNotFoundError as exc:
        print(f"skipped: {exc}")
        return 0
    forms = speech_forms()
    outputs, seconds, nlp = run_dyadwatch(articles)
    rows = []
    for sc, name in zip(score(articles, outputs, forms), ("all", "speech"), strict=True):
        rows.append(sc.row(name, "dyadwatch"))
    baseline = run_textacy(articles, nlp)
    if baseline is None:
        print("textacy: not installed")
    else:
        for sc, name in zip(score(articles, baseline, forms), ("all", "speech"), strict=True):
            rows.append(sc.row(name, "textacy 0.13 direct_quotations"))
    print(
        f"PolNeAR {args.split}: {len(articles)} articles, one annotator file each; dyadwatch pipeline {seconds:.1f} s"
    )
    print(table(rows))
    if args.out is None:  # a dev run must never overwrite the reported test numbers
        args.out = RESULTS if args.split == "test" else RESULTS.with_name(f"quotes_{args.split}.json")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "dataset": "PolNeAR v1.0.0",
        "split": args.split,
        "articles": len(articles),
        "rows": rows,
        "textacy": baseline is not None,
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
