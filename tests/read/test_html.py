from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.errors import DyadwatchError
from dyadwatch.read.html import looks_like_html, read_html

PAGE = """<!doctype html><html><head><title>Troops sent - Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-08-08T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Troops sent</h1>
<p>MEXICO CITY – Mexico sent 10,000 troops to the border on Friday, President Claudia Sheinbaum said.</p>
<p>"We will cooperate," she told reporters at the palace. Crossings fell sharply in June, officials said.</p>
</article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_metadata():
    art = read_html(PAGE.encode(), origin="page.html", max_bytes=1_000_000, url="https://example.org/a")
    assert art.text.startswith("MEXICO CITY – Mexico sent")
    assert "Copyright" not in art.text and "Home | World" not in art.text
    assert art.title == "Troops sent"
    assert art.date == dt.date(2025, 8, 8)
    assert art.author == "Jane Roe" and art.publisher == "Example News"
    assert art.dateline == "MEXICO CITY"
    assert art.url == "https://example.org/a" and art.origin == "page.html"


def test_html_date_falls_back_to_htmldate():
    page = PAGE.replace('<meta property="article:published_time" content="2025-08-08T10:00:00Z">', "")
    page = page.replace("<article>", '<article><time datetime="2024-03-02">2 March 2024</time>')
    art = read_html(page.encode(), origin="p", max_bytes=1_000_000)
    assert art.date == dt.date(2024, 3, 2)


def test_html_without_text_is_dw108():
    with pytest.raises(DyadwatchError) as exc:
        read_html(b"<html><body><script>var x;</script></body></html>", origin="e.html", max_bytes=10_000)
    assert exc.value.code == "DW108"


def test_html_sniffing():
    assert looks_like_html("  <!DOCTYPE html><html>")
    assert not looks_like_html("Mexico sent troops.")
