"""Request and envelope shapes of the JSON API; row shapes come from ``analysis.rows``."""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from dyadwatch.analysis.rows import DyadPoint
from dyadwatch.model import Record

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a longer list: ``total`` rows match, ``items`` are rows offset..offset+limit."""

    items: list[T]
    total: int
    limit: int
    offset: int


class DyadSeries(BaseModel):
    """A dyad over time, as drawn on the dyad page."""

    a: str
    b: str
    by: str
    directed: bool
    points: list[DyadPoint]


class ArticleIn(BaseModel):
    """An article to analyse and store.

    ``text`` may start with a ``date YYYY-MM-DD By AUTHOR PUBLISHER`` line; explicit fields win.
    """

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (plain text).")
    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None


class Stored(BaseModel):
    """Result of ``POST /api/articles``: the record, and whether it was new."""

    id: str
    stored: bool = Field(description="False when an article with this id was already stored.")
    record: Record


class Health(BaseModel):
    status: str = "ok"
    articles: int
    writes: bool = Field(description="True when the server has a token and accepts POST /api/articles.")


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    """The one shape of every error the server returns."""

    error: ErrorBody
