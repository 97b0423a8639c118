"""The first schema: articles, the fact tables (sources, quotes, actors, events, claims, checks),
runs and errors, as derived from model.py (schema version 1).

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("command", sa.Text(), nullable=False),
        sa.Column("processed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("duplicates", sa.Integer(), server_default="0", nullable=False),
        sa.Column("failed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("settings", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("dateline", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sourcing_named", sa.Integer(), nullable=True),
        sa.Column("sourcing_anonymous", sa.Integer(), nullable=True),
        sa.Column("sourcing_group", sa.Integer(), nullable=True),
        sa.Column("sourcing_organization", sa.Integer(), nullable=True),
        sa.Column("sourcing_document", sa.Integer(), nullable=True),
        sa.Column("sourcing_quotes", sa.Integer(), nullable=True),
        sa.Column("sourcing_quote_share", sa.JSON(), nullable=True),
        sa.Column("pipeline_dyadwatch", sa.Text(), nullable=True),
        sa.Column("pipeline_schema_version", sa.Text(), nullable=True),
        sa.Column("pipeline_model", sa.Text(), nullable=True),
        sa.Column("pipeline_model_version", sa.Text(), nullable=True),
        sa.Column("pipeline_lexicons", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_articles_run"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_articles_date", "articles", ["date"], unique=False)
    op.create_index("ix_articles_url", "articles", ["url"], unique=False)
    op.create_table(
        "errors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_errors_run"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_errors_origin", "errors", ["origin"], unique=False)
    op.create_table(
        "actors",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("code", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("sector", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("mentions", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False, comment="Position in the record's list."),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_actors_article", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_table(
        "claims",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("value_low", sa.Float(), nullable=True),
        sa.Column("value_high", sa.Float(), nullable=True),
        sa.Column("vague", sa.Boolean(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("measure", sa.Text(), nullable=True),
        sa.Column("period_present", sa.Boolean(), nullable=True),
        sa.Column("period_text", sa.Text(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("period_label", sa.Text(), nullable=True),
        sa.Column("compared_with_present", sa.Boolean(), nullable=True),
        sa.Column("compared_with_text", sa.Text(), nullable=True),
        sa.Column("compared_with_value", sa.Float(), nullable=True),
        sa.Column("compared_with_period_present", sa.Boolean(), nullable=True),
        sa.Column("compared_with_period_text", sa.Text(), nullable=True),
        sa.Column("compared_with_period_start", sa.Date(), nullable=True),
        sa.Column("compared_with_period_end", sa.Date(), nullable=True),
        sa.Column("compared_with_period_label", sa.Text(), nullable=True),
        sa.Column("change_value", sa.Float(), nullable=True),
        sa.Column("change_unit", sa.Text(), nullable=True),
        sa.Column("change_direction", sa.String(length=40), nullable=True),
        sa.Column("change_stated", sa.Boolean(), nullable=True),
        sa.Column("change_arithmetic_ok", sa.Boolean(), nullable=True),
        sa.Column("qualifier", sa.Text(), nullable=True),
        sa.Column("superlative", sa.Text(), nullable=True),
        sa.Column("cited_source", sa.Text(), nullable=True),
        sa.Column("attributed_to", sa.Text(), nullable=True),
        sa.Column("sentence_start", sa.Integer(), nullable=True),
        sa.Column("sentence_end", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False, comment="Position in the record's list."),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_claims_article", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_claims_measure", "claims", ["measure"], unique=False)
    op.create_table(
        "events",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=True),
        sa.Column("source_code", sa.Text(), nullable=True),
        sa.Column("source_country", sa.Text(), nullable=True),
        sa.Column("source_sector", sa.Text(), nullable=True),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column("target_text", sa.Text(), nullable=True),
        sa.Column("target_code", sa.Text(), nullable=True),
        sa.Column("target_country", sa.Text(), nullable=True),
        sa.Column("target_sector", sa.Text(), nullable=True),
        sa.Column("target_start", sa.Integer(), nullable=True),
        sa.Column("target_end", sa.Integer(), nullable=True),
        sa.Column("action_text", sa.Text(), nullable=False),
        sa.Column("action_start", sa.Integer(), nullable=False),
        sa.Column("action_end", sa.Integer(), nullable=False),
        sa.Column("cameo", sa.Text(), nullable=True),
        sa.Column("cameo_name", sa.Text(), nullable=True),
        sa.Column("root", sa.Text(), nullable=True),
        sa.Column("quad_class", sa.Integer(), nullable=True),
        sa.Column("quad_name", sa.Text(), nullable=True),
        sa.Column("goldstein", sa.Float(), nullable=True),
        sa.Column("plover", sa.Text(), nullable=True),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("modality", sa.String(length=40), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_from_article", sa.Boolean(), nullable=False),
        sa.Column("reported_by", sa.Text(), nullable=True),
        sa.Column("quote_id", sa.Text(), nullable=True),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False, comment="Position in the record's list."),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_events_article", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_events_cameo", "events", ["cameo"], unique=False)
    op.create_index("ix_events_date", "events", ["date"], unique=False)
    op.create_index("ix_events_dyad", "events", ["source_code", "target_code"], unique=False)
    op.create_table(
        "quotes",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("cue_text", sa.Text(), nullable=True),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("speaker_name", sa.Text(), nullable=True),
        sa.Column("speaker_text", sa.Text(), nullable=True),
        sa.Column("speaker_start", sa.Integer(), nullable=True),
        sa.Column("speaker_end", sa.Integer(), nullable=True),
        sa.Column("speaker_description", sa.Text(), nullable=True),
        sa.Column("speaker_kind", sa.String(length=40), nullable=True),
        sa.Column("speaker_count", sa.Integer(), nullable=True),
        sa.Column("speaker_source_id", sa.Text(), nullable=True),
        sa.Column("sentence_start", sa.Integer(), nullable=True),
        sa.Column("sentence_end", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False, comment="Position in the record's list."),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_quotes_article", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_quotes_speaker", "quotes", ["speaker_source_id"], unique=False)
    op.create_table(
        "sources",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("quotes", sa.Integer(), nullable=False),
        sa.Column("mentions", sa.JSON(), nullable=False),
        sa.Column("actor_code", sa.Text(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False, comment="Position in the record's list."),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_sources_article", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_table(
        "checks",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("claim_id", sa.String(length=64), nullable=False),
        sa.Column("series", sa.Text(), nullable=True),
        sa.Column("verdict", sa.String(length=40), nullable=False),
        sa.Column("observed", sa.Float(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id", "claim_id"],
            ["claims.article_id", "claims.id"],
            name="fk_checks_claim",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "claim_id"),
    )


def downgrade() -> None:
    op.drop_table("checks")
    op.drop_table("sources")
    op.drop_index("ix_quotes_speaker", table_name="quotes")
    op.drop_table("quotes")
    op.drop_index("ix_events_dyad", table_name="events")
    op.drop_index("ix_events_date", table_name="events")
    op.drop_index("ix_events_cameo", table_name="events")
    op.drop_table("events")
    op.drop_index("ix_claims_measure", table_name="claims")
    op.drop_table("claims")
    op.drop_table("actors")
    op.drop_index("ix_errors_origin", table_name="errors")
    op.drop_table("errors")
    op.drop_index("ix_articles_url", table_name="articles")
    op.drop_index("ix_articles_date", table_name="articles")
    op.drop_table("articles")
    op.drop_table("runs")
