"""eval/events_voa.py: the team's VOA event annotation is sound, and the scorer counts what it says."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from dwtest import eval_module, shared_path

from dyadwatch.model import Event, EventActor, SentenceRef, Span
from dyadwatch.nlp import extensions

ROOT = Path(__file__).resolve().parents[2]
MODALITIES = {"asserted", "future", "hypothetical", "conditional", "threatened"}


def _module():
    return eval_module("events_voa")


def test_voa_annotation_spans_codes_and_split_are_consistent():
    voa = {}
    for line in shared_path("corpora", "voa", "voa_stories.jsonl").read_text("utf-8").splitlines():
        story = json.loads(line)
        voa[story["id"]] = story["text"]
    ev = _module()
    stories = [json.loads(x) for x in ev.GOLD.read_text("utf-8").splitlines()]
    assert len({g["id"] for g in stories}) == len(stories)  # each story once
    assert all(sum(g["split"] == half for g in stories) >= 12 for half in ("dev", "test"))
    n = 0
    for g in stories:
        assert g["split"] == ev.split_of("voa:" + g["id"])  # the split is the hash's, not chosen
        assert g["round"] in (1, 2, 3, 4, 5)
        text = voa[g["id"]]
        for e in g["events"]:
            n += 1
            for side in ("trigger", "source", "target"):
                span = e[side]
                if span is None:
                    assert side != "trigger"
                    continue
                assert text[span["start"] : span["end"]] == span["text"], (g["id"], side, span)
                if side != "trigger":
                    assert re.fullmatch(r"([A-Z]{3}|---)([A-Z]{3})*", span["code"]), span
            assert re.fullmatch(r"\d{2,4}", e["cameo"]) and e["modality"] in MODALITIES
            assert isinstance(e["negated"], bool) and isinstance(e["historical"], bool)
    assert n > 400
    for round_ in (1, 2, 3, 4, 5):  # --round scores one annotation round and nothing else
        want = {g["id"] for g in stories if g["round"] == round_}
        assert {g["id"] for g in ev.gold_stories("all", round_)} == want


def _actor(text: str, start: int, code: str | None, country: str | None, sector: str | None) -> EventActor:
    return EventActor(text=text, start=start, end=start + len(text), code=code, country=country, sector=sector)


def _event(text: str, trigger: str, src, tgt, cameo: str, negated: bool = False) -> Event:
    at = text.index(trigger)
    return Event(
        id="e",
        source=src,
        target=tgt,
        action=Span(text=trigger, start=at, end=at + len(trigger)),
        cameo=cameo,
        negated=negated,
        sentence=SentenceRef(start=0, end=len(text)),
    )


def _gold(text: str, trigger: str, src: str | None, tgt: str | None, cameo: str, **flags) -> dict:
    at = text.index(trigger)
    side = {"text": "x", "start": 0, "end": 1}
    return {
        "trigger": {"text": trigger, "start": at, "end": at + len(trigger)},
        "source": {**side, "code": src} if src else None,
        "target": {**side, "code": tgt} if tgt else None,
        "cameo": cameo,
        "negated": flags.get("negated", False),
        "modality": "asserted",
        "historical": flags.get("historical", False),
    }


def test_voa_scorer_counts_triples_triggers_and_neutral_history():
    ev = _module()
    text = "Chile sanctioned Peru. Rebels attacked Quito. In 1990 Chile invaded Peru. Bolivia met Chile."
    extensions.register()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    chl, per = _actor("Chile", 0, "CHL", "CHL", None), _actor("Peru", 17, "PER", "PER", None)
    reb = _actor("Rebels", 23, "REB", None, "REB")
    ecu = _actor("Quito", 39, "ECUGOV", "ECU", "GOV")
    doc._.dw_events = [
        _event(text, "sanctioned", chl, per, "163"),  # right
        _event(text, "attacked", reb, ecu, "190"),  # right trigger, root 19 where the gold has 18
        _event(text, "invaded", chl, per, "192"),  # equals a historical gold event: neutral
        _event(text, "met", chl, per, "040", negated=True),  # negated: not a triple
    ]
    gold = {
        "id": "X",
        "text": text,
        "events": [
            _gold(text, "sanctioned", "CHL", "PER", "1631"),
            _gold(text, "attacked", "---REB", "ECUGOV", "180"),
            _gold(text, "invaded", "CHL", "PER", "192", historical=True),
            _gold(text, "met", "BOL", "CHL", "040"),
        ],
    }
    tally = ev.Tally()
    ev.score_story(gold, doc, tally, want_errors=True)
    c = tally.c
    assert (c["root_tp"], c["root_pred"], c["root_gold"]) == (1, 2, 3)
    assert (c["plover_tp"], c["plover_pred"], c["plover_gold"]) == (2, 2, 3)  # 18 and 19 are both ASSAULT
    assert (c["gold_events"], c["found"], c["root_ok"]) == (3, 3, 2)  # history is not a gold event
    assert (c["source_ok"], c["source_n"], c["neg_ok"]) == (2, 3, 2)
    assert c["our_events"] == 4 and c["our_matched_other"] == 1  # the invasion's trigger is annotated
    assert any("met" in line for line in tally.errors)
    hidden = ev.Tally()
    ev.score_story({**gold, "validation": True}, doc, hidden, want_errors=True)
    assert hidden.c == c and hidden.errors == []  # counted the same, never printed


@pytest.mark.parametrize("flag", ["--errors"])
def test_voa_errors_are_refused_on_test(flag):
    with pytest.raises(SystemExit, match="dev split"):
        _module().main(["--split", "test", flag])


def test_story_bootstrap_interval_holds_the_score_and_collapses_when_stories_agree():
    ev = _module()
    same = [(2, 4, 4)] * 10  # every story P = R = 0.5: any resample scores 0.5
    assert ev.story_bootstrap(same) == (0.5, 0.5)
    mixed = [(4, 4, 4), (0, 4, 4), (1, 2, 3), (3, 5, 4), (0, 1, 2), (2, 2, 5)]
    low, high = ev.story_bootstrap(mixed)
    point = ev.prf(10, 18, 22)["f1"]
    assert low < point < high and high - low > 0.1  # six unlike stories: a wide interval
    assert ev.story_bootstrap(mixed) == (low, high)  # seeded: the same interval every run
    assert ev.story_bootstrap([]) == (0.0, 0.0)


def test_paired_change_reads_a_change_against_the_stories_both_runs_scored():
    ev = _module()
    before = {"a": [1, 4, 4], "b": [2, 4, 4], "c": [0, 2, 3], "old": [5, 5, 5]}
    after = {"a": [2, 4, 4], "b": [3, 4, 4], "c": [1, 2, 3], "new": [0, 9, 9]}
    change, low, high, n = ev.paired_change(before, after)
    assert n == 3  # only the stories both runs scored
    assert change == round(ev.prf(6, 10, 11)["f1"] - ev.prf(3, 10, 11)["f1"], 3) > 0
    assert 0 < low <= change <= high  # one more triple in every story: a change no resample undoes
    assert ev.paired_change(before, before)[:3] == (0.0, 0.0, 0.0)
    assert ev.paired_change({"x": [1, 1, 1]}, {"y": [1, 1, 1]}) == (0.0, 0.0, 0.0, 0)
