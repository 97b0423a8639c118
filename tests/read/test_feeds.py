from __future__ import annotations

import datetime as dt

from dyadwatch.model import Article, Failure
from dyadwatch.read.feeds import fragment_text, looks_like_feed, read_feed

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Border Desk</title><link>https://example.org</link>
<item><title>Troops sent</title><link>https://example.org/a1</link>
<pubDate>Fri, 08 Aug 2025 10:00:00 GMT</pubDate><author>Jane Roe</author>
<description>&lt;p&gt;MEXICO CITY &#8211; Mexico sent troops.&lt;/p&gt;
&lt;p&gt;Officials said so.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/a2</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Talks</title><link href="https://example.org/b1"/><updated>2024-02-03T00:00:00Z</updated>
<content type="html">&lt;p&gt;Leaders met in Washington.&lt;/p&gt;</content></entry></feed>"""


def test_feeds_rss_entries_offline():
    items = list(read_feed(RSS, origin="f.rss", max_bytes=100_000))
    art, miss = items
    assert isinstance(art, Article)
    assert art.text == "MEXICO CITY – Mexico sent troops.\n\nOfficials said so."
    assert (art.title, art.date, art.publisher, art.url) == (
        "Troops sent",
        dt.date(2025, 8, 8),
        "Border Desk",
        "https://example.org/a1",
    )
    assert art.dateline == "MEXICO CITY"
    assert isinstance(miss, Failure) and miss.code == "DW107" and "allow-network" in miss.message


def test_feeds_atom_and_garbage():
    (art,) = read_feed(ATOM, origin="f.atom", max_bytes=100_000)
    assert isinstance(art, Article) and art.text == "Leaders met in Washington." and art.date == dt.date(2024, 2, 3)
    (bad,) = read_feed(b"<rss><channel></channel></rss>", origin="x.rss", max_bytes=100)
    assert isinstance(bad, Failure) and bad.code == "DW109"


def test_feeds_links_need_network(monkeypatch):
    items = list(read_feed(RSS, origin="f.rss", max_bytes=100_000, allow_network=False))
    assert all(i.origin != "https://example.org/a1" for i in items if isinstance(i, Failure))
    calls = []

    def fake_fetch(url, **kw):
        calls.append(url)
        from dyadwatch.errors import error

        raise error("DW703", url=url, why="offline test")

    monkeypatch.setattr("dyadwatch.read.feeds.fetch", fake_fetch)
    items = list(read_feed(RSS, origin="f.rss", max_bytes=100_000, allow_network=True))
    assert calls == ["https://example.org/a1", "https://example.org/a2"]
    assert [i.code for i in items] == ["DW703", "DW703"]


def test_feeds_helpers():
    assert looks_like_feed(b'<?xml version="1.0"?>\n<rss>') and not looks_like_feed(b"<html>")
    assert fragment_text("a<br>b <b>c</b>") == "a\nb c"
