from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcinfo.knowledge import Knowledge
from calcinfo.knowledge.search import normalize, suggestions


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
