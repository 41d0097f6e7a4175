from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcinfo.knowledge import Knowledge, load, strip_markers
from calcinfo.knowledge.search import normalize, suggestions
from tests.conftest import calcinfo


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("birads-3", "birads-3"),
        ("calsifications", "calcifications"),
        ("bi rads 3", "birads-3"),
        ("BIRADS-4b", "birads-4b"),
        ("BI-RADS® Category 4", "birads-4"),
        ("popcorn", "coarse-popcorn"),
        ("tea cup", "milk-of-calcium"),
        ("TEACUP", "milk-of-calcium"),
        ("eggshell", "rim"),
        ("clustered", "grouped"),
        ("  Amorphous  ", "amorphous"),
        ("deodrant", "deodorant"),
        ("dense breasts", "density"),
        ("stereotactic biopsy", "stereotactic-biopsy"),
        ("heart", "arterial-calcification"),
        ("DCIS", "dcis"),
    ],
)
def test_finds_the_best_topic(kb: Knowledge, query: str, expected: str) -> None:
    found = kb.find(query)
    assert found and found[0].id == expected, [t.id for t in found[:3]]


def test_lists_other_good_matches_after_the_best(kb: Knowledge) -> None:
    ids = [t.id for t in kb.find("birads 4")]
    assert ids[0] == "birads-4"
    assert {"birads-4a", "birads-4b", "birads-4c"} <= set(ids[:6])


@pytest.mark.parametrize("query", ["xyzzy", "qqqq zzzz", "", "   ", "!!!"])
def test_nonsense_finds_nothing(kb: Knowledge, query: str) -> None:
    assert kb.find(query) == []


def test_suggestions_always_offer_something(kb: Knowledge) -> None:
    assert len(suggestions(kb, "xyzzy")) == 3


def test_normalize_folds_every_birads_spelling() -> None:
    for spelling in ("BI-RADS", "bi rads", "BIRADS", "Bi-Rads®", "bi_rads"):
        assert normalize(spelling + " 3") == "birads 3", spelling


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_search_never_raises(kb: Knowledge, query: str) -> None:
    result = kb.find(query)
    assert all(t.id in kb.topics for t in result)


# ---------------------------------------------------------------- questions in her words (issue 9)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        (["is", "this", "cancer"], "should-i-worry"),
        (["should", "I", "worry"], "should-i-worry"),
        (["what", "is", "dcis"], "dcis"),
        (["does", "it", "hurt"], "biopsy-day-and-after"),
        (["how", "long", "for", "results"], "waiting-for-results"),
        (["can", "I", "take", "aspirin", "before", "my", "biopsy"], "before-biopsy"),
        (["what", "does", "M3", "mean"], "uk-scores"),
    ],
)
def test_a_question_typed_unquoted_opens_the_topic_that_answers_it(
    words: list[str], topic: str
) -> None:
    result = calcinfo("topics", *words)
    assert result.returncode == 0, result.stderr
    title = load().topics[topic].title
    assert result.stdout.splitlines()[0].strip() == title


def test_worry_opens_a_calm_overview_never_a_cancer_rate() -> None:
    for query in ("is this cancer", "should i worry", "am i going to be ok"):
        first = load().find(query)[0]
        opening = strip_markers(first.body).split(".")[0]
        assert "%" not in opening and not any(ch.isdigit() for ch in first.summary)


def test_patients_questions_reach_a_topic_that_answers_them() -> None:
    """A ratchet on the dev half of tests/questions/patient-questions.toml (the unseen third is
    scored only by benchmarks/questions.py). Measured 110/125 when written; goal 95%."""
    from benchmarks.questions import first_answers, questions

    dev = questions("dev")
    right = sum(first_answers(q) for q in dev)
    assert len(dev) >= 80 and right >= 110, f"{right} of {len(dev)}"
