"""The engine, table-driven: content, order and sources, not just that something printed."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from calcinfo.findings import (
    Assessment,
    BiopsyResult,
    Category,
    Change,
    Density,
    Findings,
    Pattern,
    Recommendation,
    Shape,
    Side,
    Symptom,
)
from calcinfo.knowledge import MARKER, Knowledge
from calcinfo.knowledge.engine import MAX_QUESTIONS, Explanation, add_months, explain


def plain(explanation: Explanation, section: str) -> list[str]:
    found = explanation.section(section)
    return [s.plain for s in found.statements] if found else []


def text_of(explanation: Explanation) -> str:
    return "\n".join(s.plain for sec in explanation.sections for s in sec.statements)


def cat(value: str, side: Side | None = None) -> tuple[Assessment, ...]:
    return (Assessment(Category(value), side),)


ORDER = ["report", "meaning", "next", "questions", "call-sooner", "check"]

EVERY_FINDINGS = (
    [Findings()]
    + [Findings.of(categories=cat(c.value)) for c in Category]
    + [Findings.of(calcifications=True, shapes=(s,)) for s in Shape]
    + [Findings.of(calcifications=True, patterns=(p,)) for p in Pattern]
    + [Findings.of(density=d) for d in Density]
    + [Findings.of(biopsy_done=True, biopsy_result=r) for r in BiopsyResult]
    + [
        Findings.of(categories=cat(c), calcifications=True, shapes=(s,), patterns=(p,))
        for c, s, p in itertools.product(("2", "3", "4B"), Shape, Pattern)
    ]
)


@pytest.mark.parametrize("findings", EVERY_FINDINGS)
def test_every_explanation_is_complete_sourced_and_ordered(findings: Findings) -> None:
    e = explain(findings)
    ids = [s.id for s in e.sections]
    assert ids == [i for i in ORDER if i in ids]
    assert {"report", "next", "questions", "call-sooner"} <= set(ids)
    questions = plain(e, "questions")
    assert 6 <= len(questions) <= MAX_QUESTIONS
    assert len(set(questions)) == len(questions)
    openings = [" ".join(q.split()[:4]) for q in questions]
    assert len(set(openings)) == len(openings), questions  # no near-repeats either
    for section in e.sections:
        for statement in section.statements:
            if section.id != "report":
                assert statement.sources, (section.id, statement.plain)
            for source in statement.sources:
                assert 1 <= e.number(source) <= len(e.sources)
            assert "[@" not in statement.plain and "{" not in statement.plain
    assert len({s.id for s in e.sources}) == len(e.sources)
    assert "not a diagnosis" in e.notice


@pytest.mark.parametrize("category", list(Category))
def test_each_category_is_explained_with_its_atlas_range_and_next_step(
    category: Category, kb: Knowledge
) -> None:
    e = explain(Findings.of(categories=cat(category.value)))
    meaning = e.section("meaning")
    assert meaning and meaning.statements[0].topic == f"birads-{category.value.lower()}"
    next_steps = " ".join(plain(e, "next"))
    expected = {
        "0": "more pictures",
        "1": "routine screening",
        "2": "routine screening",
        "3": "6 months",
        "4": "biopsy",
        "4A": "biopsy",
        "4B": "biopsy",
        "4C": "biopsy",
        "5": "biopsy",
        "6": "treatment",
    }[category.value]
    assert expected in next_steps
    assert f"BI-RADS {category.value}" in " ".join(plain(e, "questions"))


@pytest.mark.parametrize("shape", list(Shape))
def test_each_shape_is_explained_by_its_own_topic(shape: Shape) -> None:
    e = explain(Findings.of(calcifications=True, shapes=(shape,)))
    meaning = e.section("meaning")
    assert meaning is not None
    topics = [s.topic for s in meaning.statements if s.term and s.term != "The atlas"]
    assert topics == [shape.value]
    summary = meaning.statements[0].plain
    figures = [s.plain for s in meaning.statements if "%" in s.plain]
    if shape.suspicious:  # the published figure, saying what it counts and where it comes from
        assert len(figures) == 1 and "biopsy series quoted in the atlas" in figures[0]
    else:
        assert "benign" in summary and not figures


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        (
            Findings.of(
                calcifications=True,
                shapes=(Shape.AMORPHOUS,),
                patterns=(Pattern.DIFFUSE,),
                side=Side.BILATERAL,
            ),
            "through both breasts can usually be called benign",
        ),
        (
            Findings.of(
                calcifications=True, shapes=(Shape.FINE_PLEOMORPHIC,), patterns=(Pattern.GROUPED,)
            ),
            "single group of specks with a suspicious shape is a common reason for a biopsy",
        ),
        (
            Findings.of(
                calcifications=True, shapes=(Shape.AMORPHOUS,), patterns=(Pattern.GROUPED,)
            ),
            "grouped, lined up or segmental usually lead to a biopsy",
        ),
        (
            Findings.of(
                calcifications=True,
                shapes=(Shape.FINE_LINEAR_BRANCHING,),
                patterns=(Pattern.SEGMENTAL,),
            ),
            "follow a line or a duct raise more concern",
        ),
        (
            Findings.of(calcifications=True, shapes=(Shape.PUNCTATE,), patterns=(Pattern.GROUPED,)),
            "may be watched as category 3",
        ),
        (Findings.of(calcifications=True, change=(Change.STABLE,)), "more than 2 years"),
        (Findings.of(calcifications=True, change=(Change.NEW,)), "New or growing specks"),
    ],
)
def test_combinations_that_matter(findings: Findings, expected: str) -> None:
    assert expected in " ".join(plain(explain(findings), "meaning"))


def test_diffuse_amorphous_in_one_breast_does_not_get_the_both_breasts_statement() -> None:
    f = Findings.of(
        calcifications=True, shapes=(Shape.AMORPHOUS,), patterns=(Pattern.DIFFUSE,), side=Side.LEFT
    )
    assert "through both breasts can usually be called benign" not in " ".join(
        plain(explain(f), "meaning")
    )


def test_figures_are_population_figures_never_personal() -> None:
    for findings in EVERY_FINDINGS:
        text = text_of(explain(findings))
        assert "your chance" not in text.lower().replace("your overall chance", "")
        for line in text.splitlines():
            if "%" in line and "?" not in line:
                assert any(w in line for w in ("atlas", "studies", "study", "review")), line


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        (
            Findings.of(categories=cat("2"), calcifications=True, shapes=(Shape.FINE_PLEOMORPHIC,)),
            "name a shape that the atlas calls suspicious, but the category is BI-RADS 2",
        ),
        (
            Findings.of(categories=cat("3"), recommendations=(Recommendation.BIOPSY,)),
            "yet a biopsy is recommended",
        ),
        (
            Findings.of(categories=cat("4B"), recommendations=(Recommendation.ROUTINE_SCREENING,)),
            "usually leads to a biopsy",
        ),
        (
            Findings.of(categories=cat("5"), calcifications=True, shapes=(Shape.COARSE_POPCORN,)),
            "only shapes that are typically benign",
        ),
        (
            Findings.of(calcifications=True, shapes=(Shape.AMORPHOUS,)),
            "do not include a BI-RADS category",
        ),
        (
            Findings.of(categories=cat("4C"), biopsy_done=True, biopsy_result=BiopsyResult.BENIGN),
            "fits your pictures",
        ),
    ],
)
def test_answers_that_do_not_fit_become_questions_never_a_new_grade(
    findings: Findings, expected: str
) -> None:
    e = explain(findings)
    checks = " ".join(plain(e, "check"))
    assert expected in checks
    assert e.findings.category == findings.category  # never re-graded


def test_consistent_answers_raise_no_check() -> None:
    f = Findings.of(
        categories=cat("4B", Side.LEFT),
        calcifications=True,
        shapes=(Shape.AMORPHOUS,),
        patterns=(Pattern.GROUPED,),
        recommendations=(Recommendation.BIOPSY,),
    )
    assert explain(f).section("check") is None


def test_no_category_is_never_inferred() -> None:
    e = explain(Findings.of(calcifications=True, shapes=(Shape.FINE_LINEAR_BRANCHING,)))
    assert e.findings.category is None
    report = plain(e, "report")[0]
    assert "No BI-RADS category was given or found." in report
    assert "You did not give" not in report  # her report may have been read: no blame
    assert "Which BI-RADS category does my report give" in " ".join(plain(e, "questions"))


def test_a_symptom_puts_when_to_call_first_and_names_it() -> None:
    e = explain(Findings.of(categories=cat("2"), symptoms=(Symptom.LUMP,)))
    assert e.sections[0].id == "call-sooner"
    assert "a new lump or thick area" in e.sections[0].statements[0].plain
    assert plain(e, "questions")[0].startswith("I have noticed a new lump")


def test_no_symptom_keeps_the_usual_order() -> None:
    e = explain(Findings.of(categories=cat("2"), symptoms=()))
    assert e.sections[0].id == "report"


def test_category_3_dates_are_counted_from_the_report_date() -> None:
    e = explain(Findings.of(categories=cat("3"), report_date=dt.date(2026, 11, 2)))
    assert [(r.months, r.due) for r in e.reminders] == [
        (6, dt.date(2027, 5, 2)),
        (12, dt.date(2027, 11, 2)),
        (24, dt.date(2028, 11, 2)),
    ]
    assert "2 May 2027 (6 months)" in " ".join(plain(e, "next"))


def test_without_a_date_there_are_reminders_but_no_dates() -> None:
    e = explain(Findings.of(categories=cat("3")))
    assert e.reminders and all(r.due is None for r in e.reminders)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),
        (dt.date(2026, 1, 15), 12, dt.date(2027, 1, 15)),
        (dt.date(2026, 7, 1), 24, dt.date(2028, 7, 1)),
    ],
)
def test_add_months_keeps_the_day_or_the_last_of_the_month(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(day, months) == expected


def test_biopsy_results_lead_to_their_own_next_steps() -> None:
    adh = explain(Findings.of(biopsy_done=True, biopsy_result=BiopsyResult.ADH))
    assert "surgery to remove the area is often advised" in " ".join(plain(adh, "next"))
    dcis = explain(Findings.of(biopsy_done=True, biopsy_result=BiopsyResult.DCIS))
    assert "specialist team" in " ".join(plain(dcis, "next"))
    benign = explain(
        Findings.of(categories=cat("4A"), biopsy_done=True, biopsy_result=BiopsyResult.BENIGN)
    )
    next_steps = " ".join(plain(benign, "next"))
    assert "fits what the pictures showed" in next_steps
    assert "The skin is numbed" not in next_steps  # the biopsy is behind her


def test_sources_are_numbered_in_order_of_first_use() -> None:
    e = explain(Findings.of(categories=cat("4B"), calcifications=True, shapes=(Shape.AMORPHOUS,)))
    first_seen: list[str] = []
    for section in e.sections:
        for statement in section.statements:
            for source in MARKER.findall(statement.text):
                if source not in first_seen:
                    first_seen.append(source)
    assert [s.id for s in e.sources][: len(first_seen)] == first_seen


def test_a_category_with_no_side_beside_one_per_breast_is_called_the_overall_one() -> None:
    f = Findings.of(categories=(Assessment(Category.C5, Side.LEFT), Assessment(Category.C5, None)))
    report = plain(explain(f), "report")[0]
    assert report.startswith(
        "Your report gives BI-RADS 5 for the left breast and BI-RADS 5 overall."
    )


def test_the_report_paragraph_restates_only_what_she_gave() -> None:
    f = Findings.of(
        categories=(Assessment(Category.C4B, Side.LEFT),),
        calcifications=True,
        shapes=(Shape.AMORPHOUS,),
        patterns=(Pattern.GROUPED,),
        density=Density.C,
    )
    report = plain(explain(f), "report")[0]
    assert report.startswith("Your report gives BI-RADS 4B for the left breast.")
    assert "amorphous" in report and "grouped" in report and "c (heterogeneously dense)" in report
    assert "biopsy" not in report


def test_json_form_uses_numbers_that_resolve() -> None:
    data = explain(Findings.of(categories=cat("3"), report_date=dt.date(2026, 1, 31))).to_json()
    numbers = {s["number"] for s in data["sources"]}
    for section in data["sections"]:
        for statement in section["statements"]:
            assert set(statement["sources"]) <= numbers
    assert data["reminders"][0]["due"] == "2026-07-31"


def test_terms_keep_their_capitals() -> None:
    """'Ductal carcinoma in situ (DCIS)', not '(dcis)': labels are capitalized, never lowered."""
    e = explain(Findings.of(biopsy_done=True, biopsy_result=BiopsyResult.DCIS))
    meaning = e.section("meaning")
    assert meaning is not None
    assert [s.term for s in meaning.statements if s.term] == ["Ductal carcinoma in situ (DCIS)"]
