"""Series indexes: country-first covering indexes on events, an index on articles.ingested_at, and
every stored actor whose code starts with a country given that country (database revision 0002).

Why: the dyad series and actor queries now match a country on the country columns only (see
``Corpus._side``), which is right only if a code that starts with a country always carries it.
dyadwatch's own pipeline always did; records written by hand or by other tools may not have, so
they are filled in here once, as ``model.EventActor`` fills them in from now on.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SERIES = ["date", "quad_class", "goldstein", "negated", "article_id"]


def _fill_countries() -> None:
    import pycountry

    codes = sorted(c.alpha_3 for c in pycountry.countries)
    for table, prefixes in (("events", ("source", "target")), ("actors", ("",))):
        for prefix in prefixes:
            code, country = (f"{prefix}_code", f"{prefix}_country") if prefix else ("code", "country")
            t = sa.table(table, sa.column(code), sa.column(country))
            head = sa.func.substr(t.c[code], 1, 3)
            op.execute(
                t.update()
                .where(t.c[country].is_(None), t.c[code].is_not(None), head.in_(codes))
                .values({country: head})
            )


def upgrade() -> None:
    _fill_countries()
    op.create_index("ix_articles_ingested_at", "articles", ["ingested_at"])
    op.create_index("ix_events_source_series", "events", ["source_country", "target_country", *SERIES])
    op.create_index("ix_events_target_series", "events", ["target_country", "source_country", *SERIES])


def downgrade() -> None:
    op.drop_index("ix_events_target_series", table_name="events")
    op.drop_index("ix_events_source_series", table_name="events")
    op.drop_index("ix_articles_ingested_at", table_name="articles")
