"""A stand-in analyser and a child-process ingest for the fault tests (kill -9, disk full, restarts).

The stand-in is deterministic and model-free: article ``i`` gets ``i % 5 + 1`` quotes and as many
events, located in its text, so a half-written record (an article without all its facts) is easy
to see. ``version`` changes what it produces, so ``reprocess`` can be checked old-or-new per article.

Run as a script it ingests a corpus into a database (``python faultkit.py URL FIRST LAST DELAY VERSION
[reprocess]``) so a test can kill it at any moment.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator

from dyadwatch.model import (
    Article,
    Event,
    EventActor,
    Failure,
    PipelineInfo,
    Quote,
    Record,
    SentenceRef,
    Span,
    Speaker,
)
from dyadwatch.read.text import parse_plain
from dyadwatch.settings import Settings


def corpus(first: int, last: int) -> list[Article]:
    """Articles first..last-1; the same number always gives the same article (and id)."""
    out = []
    for i in range(first, last):
        k = i % 5 + 1
        body = f"Report number {i}. " + " ".join(f"“Point {j} of {i},” Sheinbaum said." for j in range(k))
        out.append(parse_plain(f"date 2025-08-08 By Test Writer Reuters\n{body}", origin=f"corpus/{i}.txt"))
    return out


class StubAnalyzer:
    def __init__(self, version: str = "v1", delay: float = 0.0) -> None:
        self.version = version
        self.delay = delay
        self.info = PipelineInfo(dyadwatch=f"stub-{version}", model="stub", model_version=version, lexicons="none")
        self.settings = Settings()

    def analyze(self, article: Article) -> Record:
        if self.delay:
            time.sleep(self.delay)
        text = article.text
        quotes, events = [], []
        pos = 0
        n = 0
        while True:
            start = text.find("“", pos)
            if start < 0:
                break
            end = text.index("”", start) + 1
            n += 1
            spk = text.index("Sheinbaum", end)
            quotes.append(
                Quote(
                    id=f"q{n}",
                    text=text[start:end],
                    start=start,
                    end=end,
                    kind="direct",
                    cue=Span(text="said", start=spk + 10, end=spk + 14),
                    speaker=Speaker(
                        name=f"Claudia Sheinbaum ({self.version})", text="Sheinbaum", start=spk, end=spk + 9
                    ),
                    sentence=SentenceRef(start=start, end=spk + 15),
                )
            )
            events.append(
                Event(
                    id=f"e{n}",
                    source=EventActor(text="Sheinbaum", code="MEXGOV", start=spk, end=spk + 9),
                    target=None,
                    action=Span(text="said", start=spk + 10, end=spk + 14),
                    cameo="010" if self.version == "v1" else "012",
                    quad_class=1,
                    sentence=SentenceRef(start=start, end=spk + 15),
                )
            )
            pos = end
        return Record(article=article, quotes=quotes, events=events, pipeline=self.info)

    def analyze_many(self, articles: Iterable[Article | Failure]) -> Iterator[Record | Failure]:
        for a in articles:
            yield a if isinstance(a, Failure) else self.analyze(a)


def expected_counts(article_text: str) -> int:
    return article_text.count("“")


def main(argv: list[str]) -> int:
    from dyadwatch import ingest
    from dyadwatch.store import Store

    url, first, last, delay, version = argv[0], int(argv[1]), int(argv[2]), float(argv[3]), argv[4]
    mode = argv[5] if len(argv) > 5 else "ingest"
    store = Store(url)
    stub = StubAnalyzer(version, delay)
    settings = Settings(db=url, batch_size=4)
    if mode == "reprocess":
        summary = ingest.reprocess(store, settings, analyzer=stub)
    else:
        summary = ingest.run(corpus(first, last), store, settings, analyzer=stub, command=f"ingest {first}-{last}")
    print(f"SUMMARY processed={summary.processed} duplicates={summary.duplicates} failed={summary.failed}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
