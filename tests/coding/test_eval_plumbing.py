"""eval/events.py plumbing on tiny hand-written inputs: the lenient PETR-2 reader and the converter."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from dyadwatch.coding import dictionaries

ROOT = Path(__file__).resolve().parents[2]


def _eval():
    spec = importlib.util.spec_from_file_location("eval_events", ROOT / "eval" / "events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_eval_read_petr2_handles_self_closed_sentences(tmp_path):
    path = tmp_path / "gsr.xml"
    path.write_text(
        '<Sentences>\n<Sentence category="X" date="20080804" id="A_1" evaluate="true"/>\n'
        '<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />\n<Text>\nThe US leader\nwent.\n</Text>\n'
        "</Sentence>\n"
        '<Sentence category="X" date="20080805" id="A_2">\n<EventCoding noevents="True"/>\n<Text>Nothing.</Text>\n',
        "utf-8",
    )
    recs = _eval().read_petr2(path)
    assert [r["id"] for r in recs] == ["A_1", "A_2"]
    assert recs[0]["codings"] == [("USA", "CHN", "042")] and recs[0]["text"] == "The US leader went."
    assert recs[1]["noevents"] and not recs[1]["codings"]


def test_eval_convert_petr_dictionaries_loads_as_ours(tmp_path):
    actors = tmp_path / "actors.txt"
    actors.write_text(
        "<!-- header -->\nARNOR_  [ARN]\n+ARNORIAN\nGOLLUM\n+SMEAGOL\n"
        "\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n"
        "BOROMIR  [---]\n",
        "utf-8",
    )
    agents = tmp_path / "agents.txt"
    agents.write_text("!MINST! = MINISTER, MINISTRY\nTROOPS {} [~MIL] # x\nFOREIGN_!MINST! [~GOV]\n", "utf-8")
    out = tmp_path / "ours.tsv"
    out.write_text(_eval().convert_petr(actors, agents), "utf-8")
    entries = dictionaries.load_file(out)
    arnor = next(e for e in entries if "Arnor" in e.names)
    assert arnor.code == "ARN" and "Arnorian" in arnor.names
    gollum = [e for e in entries if "Smeagol" in e.names]
    assert {(e.code, str(e.start), str(e.end)) for e in gollum} == {
        ("HOB", "None", "1995-06-01"),
        ("HOBGOV", "1995-06-01", "1999-08-15"),
    }
    assert not any("Boromir" in e.names for e in entries)  # discard code
    troops = next(e for e in entries if "troops" in e.names)
    assert troops.kind == "agent" and troops.sector == "MIL"
    assert any("foreign minister" in e.names for e in entries)


def test_eval_split_is_deterministic_and_balanced():
    ev = _eval()
    ids = [f"R{i}" for i in range(400)]
    dev = [i for i in ids if ev.split_of(i) == "dev"]
    assert 150 < len(dev) < 250 and dev == [i for i in ids if ev.split_of(i) == "dev"]


def test_eval_second_reader_is_scored_like_the_coder():
    ev = _eval()
    roots, full = ev.second_triples(
        [
            {"source": "usagov", "target": "CHN", "cameo": "042"},
            {"source": "RUS", "target": "", "cameo": "190"},  # one-sided: left out, as the coder's are
            {"source": "---REB", "target": "COL", "cameo": "1831"},
        ]
    )
    assert roots == {("USA", "CHN", "04"), ("---", "COL", "18")}
    assert full == {("USAGOV", "CHN", "042"), ("---REB", "COL", "1831")}
    recs = [
        {"id": "A", "codings": [("USAGOV", "CHN", "042")], "noevents": False},
        {"id": "B", "codings": [], "noevents": True},
    ]
    res = ev.score_predictions(recs, [(roots, full), (set(), set())])
    assert res["root_triple"]["tp"] == 1 and res["root_triple"]["pred"] == 2 and res["root_triple"]["gold"] == 1
    assert res["full_triple"]["tp"] == 1 and res["noevent_correct"] == 1


def test_eval_plover_reader_is_scored_like_the_main_event(capsys):
    ev = _eval()
    recs = [
        {"id": "A", "event": "DISAPPROVE", "source": [{"code": "USA"}], "target": [{"code": "IRN"}]},
        {"id": "B", "event": "AGREE", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}]},
        {"id": "C", "event": "AGREE", "source": [{"code": "EGY"}], "target": []},
    ]
    preds = [("112", "USA", "IRQ", []), ("057", "FRA", "DEU", []), (None, None, None, [])]
    res = ev.score_plover("dev", recs, preds, title="a reader")
    # 112 is ACCUSE (DISAPPROVE in PLOVER 0.5); 057 is SUPPORT, not AGREE; no code is no event
    assert res["with_event"] == 2 and res["root_accuracy"] == round(1 / 3, 3)
    assert res["missed_ids"] == ["B", "C"] and res["root_accuracy_when_coded"] == 0.5
    assert res["source_accuracy"] == round(2 / 3, 3) and res["target_accuracy"] == 0.5
    assert "a reader" in capsys.readouterr().out
