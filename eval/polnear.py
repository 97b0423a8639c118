"""Read PolNeAR (brat standoff) attribution relations: one annotator file per article.

PolNeAR lives in ../shared (licence unclear: read by path, never copied). Each ``E`` line links an
Attribution (or Attribution-no-source) node to its Content, Cue and Source spans; spans may be
discontinuous (``start end;start end``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared"))
POLNEAR = SHARED / "eval" / "quotes" / "PolNeAR" / "data"

Pieces = list[tuple[int, int]]


@dataclass
class Attribution:
    content: Pieces
    cue: Pieces = field(default_factory=list)
    source: Pieces = field(default_factory=list)
    content_text: str = ""
    cue_text: str = ""
    source_text: str = ""


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[Attribution]


def _pieces(spec: str) -> Pieces:
    out: Pieces = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def _role(roles: dict[str, str], spans: dict[str, tuple[str, Pieces]], role: str) -> Pieces:
    ref = roles.get(role, "")
    return spans[ref][1] if ref in spans else []


def parse_ann(ann: str, text: str) -> list[Attribution]:
    spans: dict[str, tuple[str, Pieces]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            tid, middle, *_ = line.split("\t")
            label, _, spec = middle.partition(" ")
            spans[tid] = (label, _pieces(spec))
        elif line.startswith("E"):
            _eid, body = line.split("\t", 1)
            roles = {}
            for item in body.split():
                role, _, ref = item.partition(":")
                roles[role] = ref
            relations.append(roles)
    out: list[Attribution] = []
    for roles in relations:
        content_ref = roles.get("Content")
        if not content_ref or content_ref not in spans:
            continue

        content = _role(roles, spans, "Content")
        cue = _role(roles, spans, "Cue")
        source = _role(roles, spans, "Source")
        out.append(
            Attribution(
                content=content,
                cue=cue,
                source=source,
                content_text=" ".join(text[a:b] for a, b in content),
                cue_text=" ".join(text[a:b] for a, b in cue),
                source_text=" ".join(text[a:b] for a, b in source),
            )
        )
    return out


def load_split(split: str, limit: int | None = None) -> list[GoldArticle]:
    """The articles of one split with the first annotator file (by name) for each."""
    base = POLNEAR / split
    if not base.exists():
        raise FileNotFoundError(f"{base} not found (PolNeAR is read from ../shared/eval/quotes)")
    chosen: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(stem, ann)
    articles: list[GoldArticle] = []
    for stem, ann in sorted(chosen.items()):
        txt = base / "text" / f"{stem}.txt"
        if not txt.exists():
            continue
        text = txt.read_text("utf-8")
        articles.append(GoldArticle(stem, text, parse_ann(ann.read_text("utf-8"), text)))
        if limit and len(articles) >= limit:
            break
    return articles
