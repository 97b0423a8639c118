"""The database tables, derived from ``model.py`` so the store can never drift from the record.

Each fact table's columns are the model's fields with nested objects flattened by ``_``
(``Event.source.code`` -> ``source_code``), list- and dict-valued fields as JSON columns, plus
``article_id`` and a ``seq`` column that keeps the record's list order. Deriving the columns
(rather than writing them out twice) means a field added to ``model.py`` shows up here at once;
``tests/store/test_migrations.py`` then fails until a migration adds it to existing databases.

Optional nested objects whose fields may all be ``None`` (``Period``, ``Comparison``) get a
``<prefix>_present`` boolean, so ``period=None`` and ``period=Period()`` stay distinct on a
round trip. Other optional objects are present exactly when their first never-null column
(``cue_text``, ``speaker_kind``, ``sentence_start`` ...) is not null.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
from typing import Any, Literal, Union, get_args, get_origin

import sqlalchemy as sa
from pydantic import BaseModel

from dyadwatch import model

metadata = sa.MetaData()

ID = sa.String(64)


@dataclasses.dataclass(frozen=True)
class Leaf:
    """One scalar column and where its value lives in the nested record dict."""

    column: str
    path: tuple[str, ...]
    json: bool = False


@dataclasses.dataclass(frozen=True)
class Group:
    """An optional nested object and how to tell whether it was present."""

    path: tuple[str, ...]
    marker: str  # column that is not null iff the object is present
    synthetic: bool  # True when marker is a <prefix>_present column of our own


@dataclasses.dataclass(frozen=True)
class Layout:
    """How one model class is spread over one table's columns."""

    leaves: tuple[Leaf, ...]
    groups: tuple[Group, ...]


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        if len(args) == 1:
            return args[0], optional
        return annotation, optional
    return annotation, False


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _sql_type(tp: Any) -> sa.types.TypeEngine[Any]:
    origin = get_origin(tp)
    if origin in (list, dict) or tp in (list, dict):
        return sa.JSON()
    if origin is Literal:
        return sa.String(40)
    if tp is bool:
        return sa.Boolean()
    if tp is int:
        return sa.Integer()
    if tp is float:
        return sa.Float()
    if tp is dt.date:
        return sa.Date()
    if tp is str:
        return sa.Text()
    raise TypeError(f"no column type for {tp!r}")


def _flatten(
    cls: type[BaseModel],
    prefix: tuple[str, ...] = (),
    *,
    skip: frozenset[str] = frozenset(),
    nullable_parent: bool = False,
) -> tuple[list[sa.Column[Any]], list[Leaf], list[Group]]:
    columns: list[sa.Column[Any]] = []
    leaves: list[Leaf] = []
    groups: list[Group] = []
    for name, field in cls.model_fields.items():
        if not prefix and name in skip:
            continue
        tp, optional = _unwrap_optional(field.annotation)
        path = (*prefix, name)
        col = "_".join(path)
        if _is_model(tp):
            sub_cols, sub_leaves, sub_groups = _flatten(tp, path, nullable_parent=nullable_parent or optional)
            if optional:
                marker = _never_null_leaf(tp, path)
                if marker is None:
                    marker = f"{col}_present"
                    columns.append(sa.Column(marker, sa.Boolean(), nullable=True))
                    groups.append(Group(path, marker, synthetic=True))
                else:
                    groups.append(Group(path, marker, synthetic=False))
            columns += sub_cols
            leaves += sub_leaves
            groups += sub_groups
            continue
        sql_type = _sql_type(tp)
        nullable = optional or nullable_parent or field.default is None
        columns.append(sa.Column(col, sql_type, nullable=nullable))
        leaves.append(Leaf(col, path, json=isinstance(sql_type, sa.JSON)))
    return columns, leaves, groups


def _never_null_leaf(cls: type[BaseModel], path: tuple[str, ...]) -> str | None:
    """First scalar field of ``cls`` that can never be None: its column marks presence."""
    for name, field in cls.model_fields.items():
        tp, optional = _unwrap_optional(field.annotation)
        if optional or _is_model(tp) or (field.default is None and not field.is_required()):
            continue
        if get_origin(tp) in (list, dict):
            continue
        return "_".join((*path, name))
    return None


LAYOUTS: dict[str, Layout] = {}


def _fact_table(name: str, cls: type[BaseModel], *, skip: frozenset[str] = frozenset()) -> sa.Table:
    cols, leaves, groups = _flatten(cls, skip=skip)
    LAYOUTS[name] = Layout(tuple(leaves), tuple(groups))
    for c in cols:
        if c.name == "id":
            c.primary_key = True
            c.nullable = False
            c.type = ID
    return sa.Table(
        name,
        metadata,
        sa.Column(
            "article_id",
            ID,
            sa.ForeignKey("articles.id", ondelete="CASCADE", name=f"fk_{name}_article"),
            primary_key=True,
        ),
        *cols,
        sa.Column("seq", sa.Integer(), nullable=False, comment="Position in the record's list."),
    )


runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("command", sa.Text(), nullable=False),
    sa.Column("processed", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("duplicates", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("failed", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("settings", sa.JSON()),
)


def _article_table() -> sa.Table:
    art_cols, art_leaves, _ = _flatten(model.Article)
    src_cols, src_leaves, _ = _flatten(model.Sourcing, ("sourcing",))
    pipe_cols, pipe_leaves, _ = _flatten(model.PipelineInfo, ("pipeline",), nullable_parent=True)
    LAYOUTS["articles"] = Layout(
        tuple(
            [dataclasses.replace(leaf, path=("article", *leaf.path)) for leaf in art_leaves] + src_leaves + pipe_leaves
        ),
        (Group(("pipeline",), "pipeline_dyadwatch", synthetic=False),),
    )
    for c in art_cols:
        if c.name == "id":
            c.primary_key = True
            c.nullable = False
            c.type = ID
    for c in src_cols:
        c.nullable = True
    return sa.Table(
        "articles",
        metadata,
        *art_cols,
        *src_cols,
        *pipe_cols,
        sa.Column("ingested_at", sa.DateTime(timezone=True)),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("runs.id", name="fk_articles_run")),
    )


articles = _article_table()
sources = _fact_table("sources", model.Source)
quotes = _fact_table("quotes", model.Quote)
actors = _fact_table("actors", model.Actor)
events = _fact_table("events", model.Event)
claims = _fact_table("claims", model.Claim, skip=frozenset({"check"}))

_check_cols, _check_leaves, _ = _flatten(model.Check)
LAYOUTS["checks"] = Layout(tuple(_check_leaves), ())
checks = sa.Table(
    "checks",
    metadata,
    sa.Column("article_id", ID, primary_key=True),
    sa.Column("claim_id", ID, primary_key=True),
    *_check_cols,
    sa.ForeignKeyConstraint(
        ["article_id", "claim_id"],
        ["claims.article_id", "claims.id"],
        ondelete="CASCADE",
        name="fk_checks_claim",
    ),
)

errors = sa.Table(
    "errors",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer(), sa.ForeignKey("runs.id", name="fk_errors_run")),
    sa.Column("origin", sa.Text(), nullable=False),
    sa.Column("code", sa.String(8), nullable=False),
    sa.Column("message", sa.Text(), nullable=False),
    sa.Column("stage", sa.String(16), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

sa.Index("ix_articles_date", articles.c.date)
sa.Index("ix_articles_url", articles.c.url)
sa.Index("ix_articles_ingested_at", articles.c.ingested_at)  # Corpus.version(): max() on every request
sa.Index("ix_events_date", events.c.date)
sa.Index("ix_events_dyad", events.c.source_code, events.c.target_code)
# Series queries by country, either side first; the trailing columns are everything a series
# reads, so the database answers from the index alone (measured: 60 ms instead of 130 ms for a
# dyad of 66,000 events at a million; benchmarks/soak_api.py).
SERIES_COLUMNS = ("date", "quad_class", "goldstein", "negated", "article_id")
sa.Index("ix_events_source_series", events.c.source_country, events.c.target_country,
         *(events.c[c] for c in SERIES_COLUMNS))  # fmt: skip
sa.Index("ix_events_target_series", events.c.target_country, events.c.source_country,
         *(events.c[c] for c in SERIES_COLUMNS))  # fmt: skip
sa.Index("ix_events_cameo", events.c.cameo)
sa.Index("ix_claims_measure", claims.c.measure)
sa.Index("ix_quotes_speaker", quotes.c.speaker_source_id)
sa.Index("ix_errors_origin", errors.c.origin)

TABLES: dict[str, sa.Table] = dict(metadata.tables)
FACT_TABLES: tuple[tuple[str, str], ...] = (
    # (table, Record field) in insertion order
    ("sources", "sources"),
    ("quotes", "quotes"),
    ("actors", "actors"),
    ("events", "events"),
    ("claims", "claims"),
)


def describe(table: str) -> list[tuple[str, str, bool, str]]:
    """(column, SQL type, nullable, meaning) for docs/store.md: model paths and descriptions."""
    models: dict[str, tuple[type[BaseModel], ...]] = {
        "articles": (model.Article, model.Sourcing, model.PipelineInfo),
        "sources": (model.Source,),
        "quotes": (model.Quote,),
        "actors": (model.Actor,),
        "events": (model.Event,),
        "claims": (model.Claim,),
        "checks": (model.Check,),
    }
    extra = {
        "article_id": "Article this row belongs to (articles.id).",
        "seq": "Position in the record's list (ORDER BY seq gives the record order).",
        "ingested_at": "When the article was written (UTC).",
        "run_id": "The run (runs.id) that wrote it.",
        "claim_id": "The claim checked (claims.id).",
    }
    own = {
        ("runs", "id"): "Run number; on articles.run_id and errors.run_id.",
        ("runs", "started_at"): "Start (UTC).",
        ("runs", "finished_at"): "End (UTC); null when the run was killed or is still going.",
        ("runs", "command"): "What was run (ingest INPUTS..., reprocess).",
        ("runs", "processed"): "Articles analysed and stored.",
        ("runs", "duplicates"): "Articles skipped because their id was already stored.",
        ("runs", "failed"): "Inputs or articles that failed (see errors).",
        ("runs", "settings"): "Settings and options of the run (JSON).",
        ("errors", "id"): "Row number.",
        ("errors", "origin"): "What failed: path, path:line, path#entry or URL (`Failure.origin`).",
        ("errors", "code"): "Error code, e.g. DW101 (docs/errors.md) (`Failure.code`).",
        ("errors", "message"): "The full user-facing message (`Failure.message`).",
        ("errors", "stage"): "read, nlp, store or check (`Failure.stage`).",
        ("errors", "at"): "When it was recorded (UTC).",
    }
    leaves = {leaf.column: leaf.path for leaf in LAYOUTS.get(table, Layout((), ())).leaves}
    groups = {g.marker: g.path for g in LAYOUTS.get(table, Layout((), ())).groups if g.synthetic}
    out = []
    for col in TABLES[table].c:
        meaning = own.get((table, col.name)) or extra.get(col.name, col.comment or "")
        if col.name in groups:
            meaning = f"True when `{'.'.join(groups[col.name])}` is present (it may be all nulls)."
        elif col.name in leaves:
            path = leaves[col.name]
            if path[0] == "article":
                path = path[1:]
            owner = {"articles": "Article" if path[0] not in ("sourcing", "pipeline") else "Record"}.get(
                table, models[table][0].__name__ if table in models else table
            )
            meaning = f"`{owner}.{'.'.join(path)}`"
            desc = _field_description(models.get(table, ()), path)
            if desc:
                meaning += f": {desc}"
        out.append((col.name, str(col.type), bool(col.nullable),
                    meaning))  # fmt: skip
    return out


def _field_description(classes: tuple[type[BaseModel], ...], path: tuple[str, ...]) -> str | None:
    for cls in classes:
        prefix = {model.Sourcing: "sourcing", model.PipelineInfo: "pipeline"}.get(cls)
        parts = path[1:] if prefix and path[0] == prefix else path
        if prefix and path[0] != prefix:
            continue
        cur: Any = cls
        desc = None
        for part in parts:
            if not (isinstance(cur, type) and issubclass(cur, BaseModel)) or part not in cur.model_fields:
                desc = None
                break
            field = cur.model_fields[part]
            desc = field.description
            cur, _ = _unwrap_optional(field.annotation)
        else:
            return desc
    return None
