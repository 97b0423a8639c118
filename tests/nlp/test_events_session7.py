"""Acts the lexicon could code that were never produced: stances stated by adjectives ("critical of", "opposed to"),
acts named by a noun that modifies the thing carrying them ("deportation flights to Syria"), and acts done under
force ("was forced to withdraw"), which took place."""

from __future__ import annotations

import pytest
from dwtest import event_rows

pytestmark = pytest.mark.slow


def _rows(analyzer, text: str) -> list[tuple]:
    return event_rows(analyzer, text, "modality")


def _negated(analyzer, text: str) -> list[tuple]:
    return event_rows(analyzer, text, "negated")


@pytest.mark.parametrize(
    ("text", "word", "source", "target", "root"),
    [
        ("Germany is critical of the Hungarian government.", "critical", "DEU", "HUN", "11"),
        ("Canada has been supportive of Ukraine since the start of the war.", "supportive", "CAN", "UKR", "05"),
        ("Brazil remains opposed to Venezuela's membership.", "opposed", "BRA", "VEN", "12"),
        ("The minister said France was concerned about Russian troop movements.", "concerned", "FRA", "RUS", "11"),
        ("The Indian government was deeply worried about Pakistan's nuclear tests.", "worried", "IND", "PAK", "11"),
        ("Seoul has been silent on North Korea's missile launches.", "silent", "KOR", "PRK", "01"),
        ("Kenya is grateful to Japan for the new hospital.", "grateful", "KEN", "JPN", "05"),
    ],
)
def test_a_stance_adjective_is_its_holders_stance_toward_whom_its_preposition_names(
    analyzer, text, word, source, target, root
):
    rows = _rows(analyzer, text)
    hits = [r for r in rows if r[1] == word]
    assert hits, rows
    assert any(
        (r[0] or "").startswith(source) and (r[2] or "").startswith(target) and r[3].startswith(root) for r in hits
    ), rows


def test_a_negated_stance_adjective_is_negated(analyzer):
    rows = _negated(analyzer, "Japan is not critical of China.")
    hits = [r for r in rows if r[1] == "critical"]
    assert hits and all(r[4] for r in hits), rows


@pytest.mark.parametrize(
    ("stance", "no_stance"),
    [
        # a modifier, not a stance
        ("Egypt is critical of Ethiopia's dam.", "Critical infrastructure in Kenya was hit by floods."),
        # no one the stance is toward
        ("Chile is concerned about Argentine fishing fleets.", "Chinese officials are concerned."),
        ("Poland remains opposed to Russian gas deals.", "The situation in Sudan is critical, Egypt said."),
    ],
)
def test_a_stance_adjective_needs_a_holder_and_whom_it_is_toward(analyzer, stance, no_stance):
    words = {"critical", "concerned", "opposed"}
    assert [r for r in _rows(analyzer, stance) if r[1] in words and r[0] and r[2]], _rows(analyzer, stance)
    rows = _rows(analyzer, no_stance)
    assert not [r for r in rows if r[1].lower() in words], rows


@pytest.mark.parametrize(
    ("text", "word", "source", "target", "root"),
    [
        ("Turkey resumed deportation flights to Syria last week.", "deportation", "TUR", "SYR", "17"),
        ("The United States launched an aid program for Haiti.", "aid", "USA", "HTI", "07"),
    ],
)
def test_an_act_word_modifying_the_thing_that_carries_it_takes_the_things_parties(
    analyzer, text, word, source, target, root
):
    rows = _rows(analyzer, text)
    assert any(
        word in r[1] and (r[0] or "").startswith(source) and (r[2] or "").startswith(target) and r[3].startswith(root)
        for r in rows
    ), rows


@pytest.mark.parametrize(
    ("carried", "kind"),
    [
        ("Greece began aid flights to Libya.", "Aid workers in Sudan were attacked."),
        ("Norway started an aid program for Yemen.", "Ukraine has a mediation role between Russia and Belarus."),
        ("Italy resumed deportation flights to Tunisia.", "Refugees from Sudan fled to a war zone in Chad."),
    ],
)
def test_an_act_word_naming_the_kind_of_an_actor_place_or_role_is_no_act(analyzer, carried, kind):
    acts = {"evacuation", "deportation", "aid", "mediation", "war"}
    rows = _rows(analyzer, carried)
    assert [r for r in rows if r[1].split()[0].lower() in acts or any(w in r[1] for w in acts)], rows
    rows = _rows(analyzer, kind)
    assert not [r for r in rows if r[1].lower() in acts], rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Egyptian army was forced to withdraw from Sinai.", "withdraw"),
        ("The rebels were compelled to release the Italian hostages.", "release"),
        ("Protesters forced the Thai prime minister to resign.", "resign"),
    ],
)
def test_an_act_one_was_forced_to_do_took_place(analyzer, text, word):
    rows = _rows(analyzer, text)
    hits = [r for r in rows if r[1] == word]
    assert hits and all(r[4] == "asserted" for r in hits), rows


def test_forcing_still_to_come_keeps_the_act_to_come_and_is_no_intent_of_the_forced(analyzer):
    done = [r for r in _rows(analyzer, "Iraq was forced to expel the Turkish ambassador.") if r[1] == "expel"]
    assert done and all(r[4] == "asserted" for r in done), done
    rows = _rows(analyzer, "Sanctions will force Iran to negotiate with the United States.")
    hits = [r for r in rows if r[1] == "negotiate"]
    # Iran's talks are what the sanctions are to force, not a plan of Iran's own (no 03 intent code)
    assert hits and all(r[4] == "future" and r[3].startswith("04") for r in hits), rows
