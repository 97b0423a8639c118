"""From speaker mentions to the article's list of distinct sources.

A source is whoever carries part of the story: a named person, an anonymous source ("three people
familiar with the matter"), a group ("analysts"), an organisation ("the State Department") or a
document ("CBP data"). Mentions that the resolver linked (a surname, "she", "those people") share
a key and so become one source whose quotes and mentions are counted together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyadwatch.model import Source, SourceKind, Span

KIND_RANK: dict[str, int] = {"anonymous": 4, "person": 3, "organization": 2, "document": 2, "group": 1}


@dataclass
class SourceDraft:
    """A source being assembled from its mentions, before ids are given in text order."""

    key: str
    name: str | None = None
    kind: SourceKind = "person"
    description: str | None = None
    count: int | None = None
    reason: str | None = None
    quotes: int = 0
    first: int = 0
    mentions: dict[int, Span] = field(default_factory=dict)
    named: bool = False


def _better_name(draft: SourceDraft, name: str | None, pronoun: bool) -> None:
    if not name or pronoun:
        return
    if draft.name is None or (not draft.named):
        draft.name = name
        draft.named = True


def add_mention(
    drafts: dict[str, SourceDraft],
    *,
    key: str,
    text: str,
    start: int,
    end: int,
    kind: SourceKind,
    name: str | None,
    pronoun: bool,
    description: str | None = None,
    count: int | None = None,
    reason: str | None = None,
    quoted: bool = False,
) -> SourceDraft:
    """Fold one mention into its source draft (creating it), keeping the first good value of each field."""
    draft = drafts.get(key)
    if draft is None:
        draft = drafts[key] = SourceDraft(key=key, kind=kind, first=start)
    draft.first = min(draft.first, start)
    _better_name(draft, name, pronoun)
    if not pronoun and KIND_RANK.get(kind, 0) > KIND_RANK.get(draft.kind, 0) and kind == "anonymous":
        draft.kind = kind
    elif not pronoun and not draft.named:
        draft.kind = kind
    draft.description = draft.description or description
    if draft.count is None and count is not None:
        draft.count = count
    draft.reason = draft.reason or reason
    if quoted:
        draft.quotes += 1
    draft.mentions.setdefault(start, Span(text=text, start=start, end=end))
    return draft


def finish(drafts: dict[str, SourceDraft]) -> tuple[list[Source], dict[str, str]]:
    """Number the sources s1, s2, ... in order of first mention; return them and key -> id."""
    ordered = sorted(drafts.values(), key=lambda d: d.first)
    sources: list[Source] = []
    ids: dict[str, str] = {}
    for n, d in enumerate(ordered, 1):
        sid = f"s{n}"
        ids[d.key] = sid
        mentions = [d.mentions[k] for k in sorted(d.mentions)]
        name = d.name or (mentions[0].text if mentions else "unknown")
        sources.append(
            Source(
                id=sid,
                name=name,
                kind=d.kind,
                description=d.description,
                count=d.count,
                reason=d.reason,
                quotes=d.quotes,
                mentions=mentions,
            )
        )
    return sources, ids
