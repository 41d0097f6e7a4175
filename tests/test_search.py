from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcinfo.knowledge import Knowledge, load, strip_markers
from calcinfo.knowledge.search import _stem, normalize, suggestions
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


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lesion 0.9 cm birads 4b on ultrasound what are the next steps", "birads-4b"),
        ("6mm group, bi-rads category 4a, what now", "birads-4a"),
        ("my report says 4c", "birads-4c"),
    ],
)
def test_a_named_category_opens_its_page_first(kb: Knowledge, query: str, expected: str) -> None:
    assert kb.find(query)[0].id == expected


def test_a_topic_named_word_for_word_in_a_long_question_is_first(kb: Knowledge) -> None:
    """Its name outweighs the scatter of other words ("6 months", "changes", "wait")."""
    question = (
        "Radial scar - observe or take out? I'm recently diagnosed with a benign radial scar. "
        "She told me I could wait and see if there are any changes at 6 months or she would "
        "schedule the lumpectomy now."
    )
    assert kb.find(question)[0].id == "radial-scar"


def test_two_categories_named_leave_the_ranking_to_the_words(kb: Knowledge) -> None:
    from calcinfo.knowledge.search import _named_category

    assert _named_category("is birads 3 better than birads 4", kb) is None
    assert _named_category("birads 3 and then birads 3 again", kb) == "birads-3"


@pytest.mark.parametrize(
    ("query", "topic"),
    [
        ("does a normal grade 3 mammogram mean im okay", "birads-3"),
        ("what is a category 4 result", "birads-4"),
        ("high grade 3 dcis, what now", None),  # a grade of DCIS is no category
        ("the cluster got a Bi Rad rating of 4", "birads-4"),  # BI-RADS without its s
        ("my bi-rads score is 3", "birads-3"),
    ],
)
def test_her_words_for_a_category_name_it(kb: Knowledge, query: str, topic: str | None) -> None:
    from calcinfo.knowledge.search import _named_category

    assert _named_category(query, kb) == topic


def test_sizes_are_not_words() -> None:
    assert normalize("a 0.9 cm lesion and a 6mm group") == "a lesion and a group"


@pytest.mark.parametrize(
    ("word", "not_read_as"),
    [
        ("abnormal", "normal"),  # a negating prefix: the opposite, not a slip
        ("disappear", "appear"),
        ("frequent", "request"),  # a slip rarely takes the first letter
        ("impression", "compression"),
        ("genetic", "magnetic"),
        ("4000", "400"),  # a number is no slip for another
    ],
)
def test_a_real_word_is_not_taken_for_a_slip_of_another(
    kb: Knowledge, word: str, not_read_as: str
) -> None:
    from calcinfo.knowledge.search import _index, _query_terms

    words = dict(_query_terms(word, _index(kb)))
    assert _stem(not_read_as) not in words and words


def test_a_slip_in_a_word_is_still_read_as_the_word(kb: Knowledge) -> None:
    from calcinfo.knowledge.search import _index, _query_terms

    for slip, word in (("biospy", "biopsy"), ("deoderant", "deodorant"), ("sonagram", "sonogram")):
        assert _stem(word) in dict(_query_terms(slip, _index(kb)))


@pytest.mark.parametrize(
    ("said", "same_as"),
    [
        ("scared", "worry"),  # not "scar": she is afraid, not asking about a scar
        ("terrified", "worry"),
        ("odds", "chance"),
        ("types", "kind"),  # "what types of biopsy are there": the page lists the kinds
        ("cancerous", "cancer"),
        ("gp", "doctor"),
        ("calcium deposits", "calcifications"),
        ("little white dots", "calcifications"),
        ("not normal", "abnormal"),
        ("husband", "men"),  # she asks for him: the page is the one on men
        ("man's", "men"),
        ("forty", "40"),
        ("accident", "injury"),  # "could an accident have caused them?"
        ("concerned", "worry"),  # "should I be concerned?"
        ("nodule", "mass"),  # a report's word the topics say as "mass"
        ("recommended", "advise"),
        ("necessary", "need"),
    ],
)
def test_her_words_mean_what_the_topics_say(said: str, same_as: str) -> None:
    from calcinfo.knowledge.search import terms

    assert terms(said) == terms(same_as)
    assert terms(said, her_words=False) != terms(same_as)  # a page's own words stay its own


def test_a_light_stem_never_makes_one_word_into_another() -> None:
    from calcinfo.knowledge.search import terms

    assert terms("scared") != terms("scar")
    assert terms("scared", her_words=False) != terms("scar", her_words=False)
    assert terms("likely") != terms("like")


@pytest.mark.parametrize(
    ("said", "stem"),
    [
        ("getting", []),
        ("stopped", ["stop"]),
        ("spotted", ["spot"]),
        ("called", ["call"]),
        ("finally", []),  # not "final", a word of reports ("final assessment")
    ],
)
def test_a_doubled_letter_left_by_a_stem_goes(said: str, stem: list[str]) -> None:
    """The word "getting" had been "gett", in no question-word list and in few pages: it
    decided which page opened for "When should I stop getting mammograms?"."""
    from calcinfo.knowledge.search import terms

    assert terms(said) == stem


@pytest.mark.parametrize(
    "question",
    [
        "swelling in a man's breast for 5 years, is it risky",
        "hard knot in my husbands right breast, oval, no pain",
    ],
)
def test_a_question_about_a_man_opens_the_page_on_men(kb: Knowledge, question: str) -> None:
    assert kb.find(question)[0].id == "men"


def test_scared_does_not_open_the_radial_scar_page(kb: Knowledge) -> None:
    assert kb.find("i am so scared")[0].id != "radial-scar"


def test_lists_other_good_matches_after_the_best(kb: Knowledge) -> None:
    ids = [t.id for t in kb.find("birads 4")]
    assert ids[0] == "birads-4"
    assert {"birads-4a", "birads-4b", "birads-4c"} <= set(ids[:6])


@pytest.mark.parametrize("query", ["xyzzy", "qqqq zzzz", "", "   ", "!!!"])
def test_nonsense_finds_nothing(kb: Knowledge, query: str) -> None:
    assert kb.find(query) == []


def test_a_pasted_page_of_noise_matches_no_topic(kb: Knowledge) -> None:
    """Words no topic has do not lower the bar a long question must pass."""
    import base64
    import random

    noise = random.Random(1)
    # Letters only: a "4c" anywhere in a page is read as the category she typed, by design.
    pages = [
        base64.b64encode(noise.randbytes(3000))
        .decode()
        .translate(str.maketrans("", "", "0123456789"))
        for _ in range(3)
    ]
    assert [page[:12] for page in pages if kb.find(page)] == []


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
        # "it" is a mammogram or a biopsy: either page answers (the first links the second)
        (["does", "it", "hurt"], "biopsy-day-and-after mammogram-pain"),
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
    titles = {load().topics[one].title for one in topic.split()}
    assert result.stdout.splitlines()[0].strip() in titles


def test_worry_opens_a_calm_overview_never_a_cancer_rate() -> None:
    for query in ("is this cancer", "should i worry", "am i going to be ok"):
        first = load().find(query)[0]
        opening = strip_markers(first.body).split(".")[0]
        assert "%" not in opening and not any(ch.isdigit() for ch in first.summary)


def test_patients_questions_reach_a_topic_that_answers_them() -> None:
    """The issue's goal on the dev part of tests/questions/patient-questions.toml: the first
    topic answers at least 95% (the unseen part is scored only by benchmarks/questions.py).
    Measured 110/125 when first written, 123/125 on 2026-11-26 (sixth session)."""
    from benchmarks.questions import first_answers, questions

    dev = questions("dev")
    right = sum(first_answers(q) for q in dev)
    assert len(dev) >= 80 and right >= 0.95 * len(dev), f"{right} of {len(dev)}"


def test_every_worked_question_set_keeps_its_measured_figure() -> None:
    """A ratchet on all the questions search was worked on (dev and the fresh sets opened after
    their first runs): 305/340 on 2026-11-26 (sixth session). The held-aside sets are not here."""
    from benchmarks.questions import HELD_ASIDE, first_answers, questions

    parts = ("dev", "fresh", "fresh2", "fresh3", "fresh4")
    assert not HELD_ASIDE & set(parts)
    items = [q for part in parts for q in questions(part)]
    right = sum(first_answers(q) for q in items)
    assert len(items) == 340 and right >= 305, f"{right} of {len(items)}"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "the nurse asked me at the front desk if I'd like to have the 3-D kind of mammogram "
            "this time instead of the usual one and I didn't know what to say",
            "tomosynthesis-3d",
        ),
        (
            "ever since they told me the biopsy was needed I have had this awful knot of worry "
            "in my stomach and I cannot sleep",
            "support",  # first since it was written; the overview had been third, by a hair
        ),
    ],
)
def test_a_long_question_in_her_own_words_still_offers_its_topic(
    kb: Knowledge, question: str, expected: str
) -> None:
    """These once found nothing: a long question shares too small a part of its words with any
    one topic to pass the bar set for a few typed words."""
    found = [t.id for t in kb.find(question)]
    assert expected in found[:3], found[:3]


def test_no_held_aside_question_is_listed_word_for_word_by_a_topic(kb: Knowledge) -> None:
    """The held-aside question sets measure search on words the topics did not foresee: none of
    them may stand in a topic's own list of questions (that would score the copy, not the
    search). Three short ones (of three to five words) had been; they were taken out of the lists on
    2026-11-26. The worked-on sets may share a few short questions with the lists."""
    from benchmarks.questions import HELD_ASIDE, questions
    from calcinfo.knowledge.search import normalize

    listed = {normalize(q) for topic in kb.topics.values() for q in topic.questions}
    parts = sorted(HELD_ASIDE)
    asked = {normalize(str(q["text"])) for part in parts for q in questions(part, gaps=True)}
    assert not listed & asked


@pytest.mark.parametrize(
    ("asked", "same_as"),
    [
        ("why doesn't this happen in the UK", "why does this happen in the UK"),
        ("why don't doctors call right away", "why do doctors call right away"),
        ("I can't sleep, I've been so worried", "I sleep, been so worried"),
        ("they won't tell me", "they tell me"),
        ("there's a shadow, she's worried", "a shadow, worried"),
        ("I received a letter", "I got a letter"),  # "get" and "receive" say nothing of it
    ],
)
def test_a_contraction_says_no_more_of_the_subject_than_its_question_word(
    asked: str, same_as: str
) -> None:
    from calcinfo.knowledge.search import terms

    assert terms(asked) == terms(same_as)
