"""The interview flow, driven by a scripted prompter (fast, no terminal)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from calcinfo import ask
from calcinfo.answers import parse_answers
from calcinfo.findings import Assessment, Category, Side
from calcinfo.interview import NO_CATEGORY, QUESTIONS, UNSURE, interview
from tests.prompter import ScriptedPrompter

FULL_WALK: list[tuple[str, object]] = [
    ("Which breast", "left"),
    ("category does your report give for the left breast", "4B"),
    ("mention calcifications", "yes"),
    ("Which of these words", [UNSURE]),
    ("Which shape words", ["amorphous"]),
    ("how they are spread", ["grouped"]),
    ("Compared with earlier", "new"),
    ("breast density", "c"),
    ("other findings", ["none"]),
    ("recommend", ["biopsy"]),
    ("already had a biopsy", "no"),
    ("apply to you", ["none"]),
    ("noticed any of these", ["none"]),
    ("What date", "2026-11-02"),
    ("Is this right?", "done"),
]


def test_every_question_offers_not_sure() -> None:
    for question in QUESTIONS:
        if question.kind != "text":
            assert UNSURE in [c.value for c in question.choices], question.id


def test_a_full_walk_gives_the_findings_she_answered() -> None:
    prompter = ScriptedPrompter(FULL_WALK)
    findings = parse_answers(interview(prompter, {}))
    assert prompter.steps == []
    assert findings.categories == (Assessment(Category.C4B, Side.LEFT),)
    assert [s.value for s in findings.shapes] == ["amorphous"]
    assert findings.calcification_words == () and findings.symptoms == ()
    assert str(findings.report_date) == "2026-11-02"
    summary = prompter.offered[-1]  # the summary is the list she can pick a line from
    assert "BI-RADS category for the left breast: 4B: moderate suspicion" in summary


def test_no_calcifications_means_no_shape_questions() -> None:
    prompter = ScriptedPrompter(
        [
            ("Which breast", UNSURE),
            ("What BI-RADS category does your report give?", "1"),
            ("mention calcifications", "no"),
            ("breast density", UNSURE),
            ("other findings", [UNSURE]),
            ("recommend", ["routine-screening"]),
            ("already had a biopsy", UNSURE),
            ("apply to you", [UNSURE]),
            ("noticed any of these", [UNSURE]),
            ("What date", ""),
            ("Is this right?", "done"),
        ]
    )
    findings = parse_answers(interview(prompter, {}))
    assert not any("shape" in q.lower() for q in prompter.asked)
    assert findings.calcifications is False and findings.history is None


def test_both_breasts_asks_a_category_for_each_side() -> None:
    steps = (
        [
            ("Which breast", "bilateral"),
            ("for the left breast", "2"),
            ("for the right breast", NO_CATEGORY),
        ]
        + [
            (
                words,
                UNSURE
                if words
                not in {"other findings", "recommend", "apply to you", "noticed any of these"}
                else [UNSURE],
            )
            for words in (
                "mention calcifications",
                "breast density",
                "other findings",
                "recommend",
                "already had a biopsy",
                "apply to you",
                "noticed any of these",
            )
        ]
        + [("What date", ""), ("Is this right?", "done")]
    )
    answers = interview(ScriptedPrompter(steps), {})
    assert parse_answers(answers).categories == (Assessment(Category.C2, Side.LEFT),)


def test_the_summary_lets_her_change_one_answer() -> None:
    steps = [
        *FULL_WALK[:-1],
        ("Is this right?", "category-left"),
        ("category does your report give for the left breast", "4A"),
        ("Is this right?", "done"),
    ]
    findings = parse_answers(interview(ScriptedPrompter(steps), {}))
    assert findings.category == Category.C4A


def test_changing_calcifications_to_no_drops_the_shape_answers() -> None:
    steps = [
        *FULL_WALK[:-1],
        ("Is this right?", "calcifications"),
        ("mention calcifications", "no"),
        ("Is this right?", "done"),
    ]
    findings = parse_answers(interview(ScriptedPrompter(steps), {}))
    assert findings.calcifications is False and findings.shapes == () and findings.change == ()


def test_answers_given_as_flags_are_not_asked_again() -> None:
    given = {
        "side": "left",
        "category": ["left=4B"],
        "calcifications": True,
        "shape": ["amorphous"],
    }
    steps = [
        s
        for s in FULL_WALK
        if s[0]
        not in {
            "Which breast",
            "category does your report give for the left breast",
            "mention calcifications",
            "Which shape words",
        }
    ]
    prompter = ScriptedPrompter(steps)
    findings = parse_answers(interview(prompter, given))
    assert prompter.steps == [] and findings.category == Category.C4B


def _run(prompter: ScriptedPrompter, tmp_path: Path, **request: Any) -> tuple[int, str, str]:
    out = Console(file=(tmp_path / "out.txt").open("w"), width=100, force_terminal=False)
    err = Console(file=(tmp_path / "err.txt").open("w"), width=100, force_terminal=False)
    code = ask.run(
        ask.AskRequest(**request),
        out,
        err,
        interactive=True,
        prompter_factory=lambda: prompter,
    )
    out.file.close()
    err.file.close()
    return code, (tmp_path / "out.txt").read_text(), (tmp_path / "err.txt").read_text()


@pytest.mark.parametrize(
    ("interruption", "code", "message"),
    [
        (KeyboardInterrupt, 130, "Cancelled. Nothing was saved."),
        (EOFError, 1, "The input ended before calcinfo was done. Nothing was saved."),
    ],
)
def test_ctrl_c_and_end_of_input_stop_calmly(
    tmp_path: Path, interruption: type[BaseException], code: int, message: str
) -> None:
    prompter = ScriptedPrompter([*FULL_WALK[:3], ("Which of these words", interruption)])
    result, out, err = _run(prompter, tmp_path)
    assert result == code and message in err and out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["err.txt", "out.txt"]


def test_she_can_save_the_sheet_at_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    prompter = ScriptedPrompter(
        [*FULL_WALK, ("Save this as a sheet", ".md"), ("File name", "my-sheet.md")]
    )
    code, out, err = _run(prompter, tmp_path)
    assert code == 0 and "Saved to my-sheet.md" in err
    assert "## Questions to take to your doctor" in (tmp_path / "my-sheet.md").read_text()
    assert "What the words mean".upper() in out.upper()


def test_an_existing_file_is_replaced_only_if_she_says_yes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sheet.txt").write_text("mine")
    prompter = ScriptedPrompter(
        [*FULL_WALK, ("already exists. Replace it?", False), ("another name", "")]
    )
    code, _, err = _run(prompter, tmp_path, save=Path("sheet.txt"))
    assert code == 0 and "Left sheet.txt as it was" in err
    assert (tmp_path / "sheet.txt").read_text() == "mine"


def test_declining_to_replace_offers_another_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sheet.txt").write_text("mine")
    prompter = ScriptedPrompter(
        [*FULL_WALK, ("already exists. Replace it?", False), ("another name", "sheet-2.txt")]
    )
    code, _, err = _run(prompter, tmp_path, save=Path("sheet.txt"))
    assert code == 0 and "Saved to sheet-2.txt" in err
    assert (tmp_path / "sheet.txt").read_text() == "mine"
    assert "Questions to take to your doctor".upper() in (tmp_path / "sheet-2.txt").read_text()


def test_a_report_read_first_leaves_only_the_unanswered_questions(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "LEFT BREAST: Grouped amorphous calcifications, new since the prior exam.\n"
        "Breast density: heterogeneously dense.\nIMPRESSION: BI-RADS 4B. Biopsy is recommended.\n"
    )
    prompter = ScriptedPrompter(
        [
            ("Which of these words", [UNSURE]),
            ("other findings", ["none"]),
            ("already had a biopsy", "no"),
            ("apply to you", ["none"]),
            ("noticed any of these", ["none"]),
            ("What date", ""),
            ("Is this right?", "done"),
            ("Save this as a sheet", "none"),
        ]
    )
    code, out, _ = _run(prompter, tmp_path, report=str(report))
    assert code == 0, out
    assert prompter.steps == []
    assert "calcinfo read this from your report" in out and "BI-RADS 4B" in out


def test_changing_the_side_drops_the_old_sides_category() -> None:
    steps = [
        *FULL_WALK[:-1],
        ("Is this right?", "side"),
        ("Which breast", "right"),
        ("for the right breast", "2"),
        ("Is this right?", "done"),
    ]
    findings = parse_answers(interview(ScriptedPrompter(steps), {}))
    assert findings.categories == (Assessment(Category.C2, Side.RIGHT),)


# ---------------------------------------------------------------- issue 11: around the interview


@pytest.mark.parametrize(
    ("text", "day", "note"),
    [
        ("2026-11-18", "2026-11-18", False),
        ("11/18/2026", "2026-11-18", False),
        ("18/11/2026", "2026-11-18", False),
        ("Nov 18, 2026", "2026-11-18", False),
        ("November 18, 2026", "2026-11-18", False),
        ("18 November 2026", "2026-11-18", False),
        ("Sept. 3, 2026", "2026-09-03", False),
        ("03/04/2026", "2026-03-04", True),  # could be 3 April: she is told which was taken
    ],
)
def test_dates_in_the_forms_on_reports_and_letters(text: str, day: str, note: bool) -> None:
    from calcinfo.answers import read_date

    read, said = read_date(text)
    assert read.isoformat() == day and bool(said) is note
    steps = [*FULL_WALK[:-2], ("What date", text), ("Is this right?", "done")]
    prompter = ScriptedPrompter(steps)
    answers = interview(prompter, {})
    assert answers["report_date"] == day
    assert any("month first" in s for s in prompter.shown) is note


@pytest.mark.parametrize("text", ["13/13/2026", "Smarch 3, 2026", "2099-01-01", "31/02/2026"])
def test_dates_that_are_not_dates_are_refused(text: str) -> None:
    from calcinfo.interview import _valid_date

    assert _valid_date(text) is not True


def test_a_first_screen_says_what_happens_and_how_to_stop(tmp_path: Path) -> None:
    prompter = ScriptedPrompter([*FULL_WALK, ("Save this as a sheet", "none")])
    code, _, _ = _run(prompter, tmp_path)
    assert code == 0
    first = prompter.shown[0]
    for words in ("questions", "minutes", "I'm not sure", "Nothing is kept", "Ctrl-C"):
        assert words in first


def test_not_sure_to_everything_still_gives_the_basics(tmp_path: Path) -> None:
    steps = [
        ("Which breast", UNSURE),
        ("What BI-RADS category", UNSURE),
        ("mention calcifications", UNSURE),
        ("breast density", UNSURE),
        ("other findings", [UNSURE]),
        ("recommend", [UNSURE]),
        ("already had a biopsy", UNSURE),
        ("apply to you", [UNSURE]),
        ("noticed any of these", [UNSURE]),
        ("What date", ""),
        ("Is this right?", "done"),
        ("Save this as a sheet", "none"),
    ]
    code, out, err = _run(ScriptedPrompter(steps), tmp_path)
    said = " ".join(out.split())
    assert code == 0
    for words in (
        "Tiny bits of calcium",
        "from 0 to 6",
        "Impression or Assessment",
        "routine screening",
    ):
        assert words in said
    assert "calcinfo ask --report" in " ".join(err.split())


def test_a_list_opens_on_not_sure_unless_she_has_answered() -> None:
    # Nothing known: each list opens on "I'm not sure", so Enter alone answers nothing. Her
    # answer known (here: changing the category she gave): it opens on that.
    prompter = ScriptedPrompter(FULL_WALK)
    answers = interview(prompter, {})
    lists = [m for m in prompter.asked if "What date" not in m]  # (a text prompt opens on none)
    opened = dict(zip(lists, prompter.defaults, strict=True))
    for words in ("Which breast", "for the left breast", "mention calcifications", "density"):
        assert [d for m, d in opened.items() if words in m] == [UNSURE], words
    steps = [
        ("Which of these words", [UNSURE]),  # the one left open, asked again
        ("Is this right?", "category-left"),
        ("category does your report give for the left breast", "4C"),
        ("Is this right?", "done"),
    ]
    prompter = ScriptedPrompter(steps)
    answers = interview(prompter, answers)
    assert prompter.defaults[2] == "4B"  # the list opened on the category she had given
    assert answers["categories"] == ["left=4C"]


def test_contradicting_picks_are_asked_again() -> None:
    steps = [
        *FULL_WALK[:8],
        ("other findings", ["mass", UNSURE]),
        ("other findings", ["mass"]),
        *FULL_WALK[9:],
    ]
    prompter = ScriptedPrompter(steps)
    answers = interview(prompter, {})
    assert answers["other_findings"] == ["mass"]
    assert any("do not go together" in s for s in prompter.shown)
    assert prompter.defaults[8 + 1] == ["mass"]  # asked again with her word still picked


def test_none_of_these_shapes_is_an_answer_not_a_value() -> None:
    steps = [*FULL_WALK[:4], ("Which shape words", ["none"]), *FULL_WALK[5:]]
    answers = interview(ScriptedPrompter(steps), {})
    assert "shapes" not in answers
    assert parse_answers(answers).shapes == ()


def test_both_breasts_reads_as_english() -> None:
    from calcinfo.knowledge.engine import report_in_plain_words

    f = parse_answers({"side": "bilateral", "categories": ["bilateral=2"]})
    text = report_in_plain_words(f)
    assert "the both" not in text and "for both breasts" in text
