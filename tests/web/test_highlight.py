"""Cutting the article text into highlighted pieces must never lose, add or reorder a character."""

from __future__ import annotations

from dyadwatch.web.highlight import segments, speaker_colours


def test_highlight_pieces_rebuild_the_text(records):
    for record in records:
        pieces = segments(record)
        assert "".join(p.text for p in pieces if p.kind == "text") == record.article.text


def test_highlight_every_quote_event_claim_marked(records):
    for record in records:
        pieces = segments(record)
        anchors = {p.anchor for p in pieces if p.kind == "anchor"}
        facts = {f for p in pieces for f in p.facts.split()}
        for fact in [*record.quotes, *record.events, *record.claims]:
            assert f"fact-{fact.id}" in anchors
            assert fact.id in facts
        for q in record.quotes:
            covered = "".join(
                p.text for p in pieces if p.kind == "text" and q.id in p.facts.split() and " q " in f" {p.classes} "
            )
            assert covered == q.text


def test_highlight_speakers_share_a_colour(records):
    record = records[1]
    colours = speaker_colours(record)
    assert len(colours) == len({q.speaker.source_id for q in record.quotes})
    assert len(set(colours.values())) == len(colours)


def test_highlight_badges_after_checked_claims(records):
    record = next(r for r in records if r.claims)
    pieces = segments(record)
    badges = [p for p in pieces if p.kind == "badge"]
    assert len(badges) == len(record.claims)
    assert badges[0].text == record.claims[0].check.verdict.replace("_", " ")
