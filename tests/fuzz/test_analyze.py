"""``Analyzer`` on generated hostile text: every fact's offsets point at its text, nothing crashes.

The components run on the Doc directly (not through ``analyze_many``, which turns any exception
into a DW203 Failure) so a component bug shows up with its traceback instead of being absorbed.
Quick mode tries 15 texts; ``--fuzz`` 1,500 (the model makes each try ~100x a reader's cost).
"""

from __future__ import annotations

import fuzzkit
import pytest
from fuzzkit import check_record, examples, run_case
from hypothesis import given
from hypothesis import strategies as st

from dyadwatch.model import Article
from dyadwatch.read.text import article_id, parse_plain

pytestmark = pytest.mark.slow


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(fuzzkit.prose(max_words=160))
    if draw(st.integers(0, 3)) == 0:  # straight into the model: NUL and controls the reader would strip
        text = draw(st.text(min_size=1, max_size=300)) + text
    if draw(st.booleans()):
        try:
            art = parse_plain(text, origin="fuzz")
        except Exception:  # the reader's own bugs are test_readers' business
            art = None
        if art is not None and art.text.strip():
            return art
    if not text.strip():
        text = "x" + text
    return Article(id=article_id(text), text=text, origin="fuzz")


def analyze_raw(analyzer, article: Article):
    doc = analyzer.nlp(analyzer.make_doc(article))
    return analyzer.record(doc)


def test_fuzz_analyze_offsets_hold_and_nothing_crashes(analyzer) -> None:
    @examples("analyze")
    @given(articles())
    def run(article: Article) -> None:
        data = article.text.encode("utf-8", errors="surrogatepass")
        run_case("analyze", data, lambda: analyze_raw(analyzer, article), lambda record: check_record(record, article))

    run()
    fuzzkit.assert_clean("analyze")


def _crasher_params():
    for path in sorted(fuzzkit.CRASHERS.glob("analyze-*.bin")):
        note = path.with_suffix(".txt")
        sig = note.read_text("utf-8").splitlines()[0] if note.exists() else ""
        why = next((w for s, w in fuzzkit.KNOWN_BUGS.items() if sig.startswith(s)), None)
        yield pytest.param(path, id=path.name, marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])


@pytest.mark.parametrize("path", list(_crasher_params()))
def test_analyze_crashers_replay_cleanly(analyzer, path) -> None:
    text = path.read_bytes().decode("utf-8", errors="surrogatepass")
    article = Article(id=article_id(text), text=text, origin=path.name)
    check_record(analyze_raw(analyzer, article), article)


@pytest.mark.parametrize(
    "text",
    [
        '"' * 501,
        "“" * 300 + "”" * 7,
        'He said "yes. She said \u201cno. "',
        "\u202eقال الرئيس «نحن هنا» said Sheinbaum.\u202c",
        "\x00\x01\x02 Mexico attacked the United States \x7f\x85 said Trump.",
        "«" + "a " * 200,
        "MEXICO CITY — " + "\u200b" * 50 + ' "We will not," she said.',
    ],
)
def test_analyze_edge_texts_keep_offsets(analyzer, text: str) -> None:
    article = Article(id=article_id(text), text=text, origin="edge")
    record = analyze_raw(analyzer, article)
    check_record(record, article)
