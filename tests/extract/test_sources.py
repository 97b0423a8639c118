"""Grouping speaker mentions into sources: ids in text order, counts, kinds and reasons."""

from __future__ import annotations

from dyadwatch.extract import sources


def test_sources_group_mentions_by_key_and_number_in_text_order():
    drafts: dict[str, sources.SourceDraft] = {}
    sources.add_mention(
        drafts,
        key="p:Ana Ruiz",
        text="she",
        start=90,
        end=93,
        kind="person",
        name="Ana Ruiz",
        pronoun=True,
        quoted=True,
    )
    sources.add_mention(
        drafts,
        key="k:group:analysts",
        text="analysts",
        start=40,
        end=48,
        kind="group",
        name="analysts",
        pronoun=False,
        quoted=True,
    )
    sources.add_mention(
        drafts,
        key="p:Ana Ruiz",
        text="Ana Ruiz",
        start=10,
        end=18,
        kind="person",
        name="Ana Ruiz",
        pronoun=False,
        description="the mayor",
        quoted=True,
    )
    out, ids = sources.finish(drafts)
    assert [s.id for s in out] == ["s1", "s2"]
    assert out[0].name == "Ana Ruiz" and out[0].quotes == 2 and out[0].description == "the mayor"
    assert [m.text for m in out[0].mentions] == ["Ana Ruiz", "she"]
    assert ids == {"p:Ana Ruiz": "s1", "k:group:analysts": "s2"}


def test_sources_anonymous_kind_count_and_reason_survive_later_mentions():
    drafts: dict[str, sources.SourceDraft] = {}
    sources.add_mention(
        drafts,
        key="a:5",
        text="two officials",
        start=5,
        end=18,
        kind="anonymous",
        name="two officials",
        pronoun=False,
        count=2,
        quoted=True,
    )
    sources.add_mention(
        drafts,
        key="a:5",
        text="They",
        start=60,
        end=64,
        kind="group",
        name="two officials",
        pronoun=True,
        reason="not authorized to speak",
        quoted=False,
    )
    (src,), _ = sources.finish(drafts)
    assert src.kind == "anonymous" and src.count == 2 and src.quotes == 1
    assert src.reason == "not authorized to speak"
    assert src.name == "two officials"


def test_sources_empty():
    assert sources.finish({}) == ([], {})
