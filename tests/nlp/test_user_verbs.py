"""Users' own verb lexicons (``--verbs FILE``): rows join the built-in lexicon and, at equal requirements, win.

The sentences and rows are written for this test; "serenade" and "chary of" have no built-in row, and
"oppose" has one (110) that a user may recode.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from dwtest import make_article

from dyadwatch.errors import DyadwatchError
from dyadwatch.pipeline import Analyzer
from dyadwatch.settings import Settings

pytestmark = pytest.mark.slow

SENTENCES = (
    "The Peruvian envoy serenaded the Chilean president. Germany opposed Hungary's new law. Japan is chary of China."
)


def _triples(analyzer: Analyzer, text: str) -> set[tuple[str | None, str, str | None, str]]:
    record = analyzer.analyze(make_article(text))
    return {
        (e.source.code[:3] if e.source and e.source.code else None, e.action.text,
         e.target.code[:3] if e.target and e.target.code else None, e.cameo)
        for e in record.events
    }  # fmt: skip


@pytest.fixture(scope="module")
def user_lexicon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("verbs") / "my_verbs.tsv"
    path.write_text(
        "# my rows: a gesture of goodwill, a sterner reading of opposition, a wary stance\n"
        "code\tpos\tpattern\n017\tV\tserenade\n111\tV\toppose\n110\tA\tchary of\n",
        encoding="utf-8",
    )
    return path


def test_user_rows_add_codes_and_override_built_in_rows_of_equal_requirements(analyzer, user_lexicon):
    plain = _triples(analyzer, SENTENCES)
    assert not any(t[1] == "serenaded" or t[3] == "017" for t in plain)  # no built-in row
    assert ("DEU", "opposed", "HUN", "110") in plain  # the built-in row
    assert not any(t[0] == "JPN" for t in plain)  # no built-in "chary of"
    mine = _triples(Analyzer(Settings(verbs=[user_lexicon], claims=False)), SENTENCES)
    assert ("PER", "serenaded", "CHL", "017") in mine
    assert ("DEU", "opposed", "HUN", "111") in mine and ("DEU", "opposed", "HUN", "110") not in mine
    assert any(t[0] == "JPN" and t[2] == "CHN" and t[3] == "110" for t in mine)  # an adjective row


def test_a_more_specific_built_in_row_still_wins_over_a_bare_user_row(user_lexicon):
    # "oppose obj:proposal" (120) has more requirements than the user's bare "oppose" (111)
    mine = _triples(Analyzer(Settings(verbs=[user_lexicon], claims=False)), "Germany opposed Hungary's proposal.")
    assert ("DEU", "opposed", "HUN", "120") in mine


def test_user_lexicon_changes_the_recorded_lexicon_hash(analyzer, user_lexicon):
    mine = Analyzer(Settings(verbs=[user_lexicon], claims=False))
    assert mine.info.lexicons != analyzer.info.lexicons  # `reprocess` sees records coded without the user rows


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("017\tV\tserenade\n999\tV\tscold\n", "DW303"),  # no such CAMEO code
        ("017\tX\tserenade\n", "DW301"),  # no such part of speech
        ("017\tV\n", "DW301"),  # a row without its pattern
    ],
)
def test_a_bad_user_row_is_a_coded_error_naming_the_file_and_line(tmp_path, content, code):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DyadwatchError) as exc:
        Analyzer(Settings(verbs=[path]))
    assert exc.value.code == code and str(path) in exc.value.message


def test_a_missing_user_lexicon_is_dw302(tmp_path):
    with pytest.raises(DyadwatchError) as exc:
        Analyzer(Settings(verbs=[tmp_path / "nowhere.tsv"]))
    assert exc.value.code == "DW302"


def test_cli_analyze_takes_verbs_files(user_lexicon):
    res = subprocess.run(
        [sys.executable, "-m", "dyadwatch", "analyze", "--json", "--no-claims", "--verbs", str(user_lexicon), "-"],
        input=SENTENCES.encode(),
        capture_output=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr.decode()
    codes = {e["cameo"] for e in json.loads(res.stdout)["events"]}
    assert {"017", "111"} <= codes
