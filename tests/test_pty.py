"""The real `calcinfo ask` in a pseudo-terminal: arrow keys, space and Enter, as she would type."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

DOWN, SPACE, ENTER = "\x1b[B", " ", "\r"


def spawn(command: str, tmp_path: Path, rows: int = 40, columns: int = 100) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    env.update(
        {
            "TERM": "xterm-256color",
            "COLUMNS": str(columns),
            "LINES": str(rows),
            "PYTHONUNBUFFERED": "1",
            "PROMPT_TOOLKIT_NO_CPR": "1",
        }
    )
    return pexpect.spawn(
        f"{sys.executable} -m calcinfo {command}",
        cwd=str(tmp_path),
        env=env | {"PYTHONPATH": str(ROOT)},
        encoding="utf-8",
        timeout=30,
        dimensions=(rows, columns),
    )


def answer(child: pexpect.spawn, prompt: str, keys: str) -> None:
    child.expect(prompt)
    child.send(keys)


MORE = "Enter: next page"

ALL_4B = (
    "--side left --category left=4B --calcifications --word suspicious --shape amorphous "
    "--pattern grouped --change new --density c --other none --recommendation biopsy "
    "--no-biopsy --history none --symptom none --report-date 2026-11-02"
)
"""Every answer given, so calcinfo goes straight to the summary."""


def read_pages(child: pexpect.spawn, until: str) -> str:
    """Page through the explanation with Enter until `until` shows; all that was shown."""
    seen = ""
    while child.expect([MORE, until]) == 0:
        seen += child.before or ""
        child.send(ENTER)
    return seen + (child.before or "")


def test_a_full_walk_to_the_explanation(tmp_path: Path) -> None:
    child = spawn("ask", tmp_path)
    # Each list opens on "I'm not sure"; one DOWN goes round to the first choice.
    answer(child, "Which breast", DOWN + ENTER)  # Left
    answer(child, "for the left breast", DOWN * 7 + ENTER)  # 4B
    answer(child, "mention calcifications", DOWN + ENTER)  # Yes
    answer(child, "Which of these words", DOWN * 6 + SPACE + ENTER)  # not sure
    answer(child, "Which shape words", DOWN * 10 + SPACE + ENTER)  # amorphous
    answer(child, "how they are spread", DOWN * 2 + SPACE + ENTER)  # grouped
    answer(child, "Compared with earlier", DOWN + ENTER)  # new
    answer(child, "breast density", DOWN * 3 + ENTER)  # c
    answer(child, "other findings", DOWN * 5 + SPACE + ENTER)  # none of these
    answer(child, "recommend", DOWN * 2 + SPACE + ENTER)  # biopsy
    answer(child, "already had a biopsy", DOWN * 2 + ENTER)  # No
    answer(child, "apply to you", DOWN * 6 + SPACE + ENTER)  # none of these
    answer(child, "noticed any of these", DOWN * 7 + SPACE + ENTER)  # none of these
    answer(child, "What date", "2026-11-02" + ENTER)
    child.expect("Here is what you told calcinfo")
    answer(child, "Is this right", ENTER)
    shown = read_pages(child, "Save this as a sheet")
    assert "What the words mean" in shown and "Questions to take to your doctor" in shown
    child.send(ENTER)  # No, thank you
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in (child.before or "")
    assert list(tmp_path.iterdir()) == []


def test_enter_alone_at_a_list_answers_nothing(tmp_path: Path) -> None:
    # A hurried Enter never gives an answer she did not pick: each list opens on "I'm not
    # sure", so the side, the category and the calcifications stay unanswered ("-").
    flags = (
        "--density b --other none --recommendation routine-screening --no-biopsy "
        "--history none --symptom none"
    )
    child = spawn(f"ask {flags}", tmp_path)
    for prompt in ("Which breast", "What BI-RADS category", "mention calcifications"):
        child.expect(prompt)
        child.expect(r"» (?:\x1b\[[\d;]*m)*I'm not sure")  # where the list opens
        child.send(ENTER)
    answer(child, "What date", ENTER)
    child.expect("Here is what you told calcinfo")
    line_end = r"(?:\x1b\[[\d;]*m)*\r"  # the answer, then the end of its line
    child.expect("Side: -" + line_end)
    child.expect("BI-RADS category: -" + line_end)
    child.expect("Calcifications mentioned: -" + line_end)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_at_a_question_cancels_and_saves_nothing(tmp_path: Path) -> None:
    child = spawn("ask --save sheet.html", tmp_path)
    answer(child, "Which breast", DOWN + ENTER)  # Left
    child.expect("for the left breast")
    child.sendcontrol("c")
    child.expect("Cancelled. Nothing was saved.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert list(tmp_path.iterdir()) == []


def test_end_of_input_at_a_question_says_what_to_do(tmp_path: Path) -> None:
    flags = (
        "--side left --category left=2 --no-calcifications --density b --other none "
        "--recommendation routine-screening --no-biopsy --history none --symptom none"
    )
    child = spawn(f"ask {flags}", tmp_path)
    child.expect("What date")  # a text prompt, where Ctrl-D means end of input
    child.sendcontrol("d")
    child.expect("The input ended")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1


def test_a_pipe_instead_of_a_terminal_never_prompts(tmp_path: Path) -> None:
    child = spawn("ask", tmp_path)
    child.close()
    piped = pexpect.spawn(
        "/bin/bash",
        ["-c", f"{sys.executable} -m calcinfo ask | cat"],
        cwd=str(ROOT),
        encoding="utf-8",
        timeout=30,
    )
    piped.expect("asks its questions only at a terminal")
    piped.expect(pexpect.EOF)
    piped.close()
    assert "Which breast" not in (piped.before or "")


def test_flags_given_at_a_terminal_skip_their_questions(tmp_path: Path) -> None:
    child = spawn("ask --side left --category left=2 --no-calcifications", tmp_path)
    child.expect(r"breast density|Which breast|mention calcifications")
    assert child.after == "breast density"
    child.sendcontrol("c")
    child.expect(pexpect.EOF)


def test_a_report_is_shown_then_only_the_missing_questions_are_asked(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "LEFT BREAST: Grouped amorphous calcifications, new since 2024.\n"
        "Breast density: heterogeneously dense.\n"
        "IMPRESSION: BI-RADS 4B. Stereotactic biopsy is recommended.\n"
    )
    child = spawn(f"ask --report {report}", tmp_path)
    child.expect("calcinfo read this from your report")
    child.expect("BI-RADS 4B")
    answer(child, "Which of these words", DOWN * 6 + SPACE + ENTER)  # the first one left open
    answer(child, "other findings", DOWN * 5 + SPACE + ENTER)
    answer(child, "already had a biopsy", DOWN * 2 + ENTER)  # No
    answer(child, "apply to you", DOWN * 6 + SPACE + ENTER)
    answer(child, "noticed any of these", DOWN * 7 + SPACE + ENTER)
    answer(child, "What date", ENTER)
    child.expect("Here is what you told calcinfo")
    answer(child, "Is this right", ENTER)
    assert "What the words mean" in read_pages(child, "Save this as a sheet")
    child.send(ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_pasted_report_goes_on_to_the_questions_and_asks_which_category_is_final(
    tmp_path: Path,
) -> None:
    child = spawn("ask --report -", tmp_path)
    child.expect("Paste your report")
    child.sendline("IMPRESSION: BI-RADS 3.")
    child.sendline("ASSESSMENT: BI-RADS 4A.")
    child.sendeof()
    child.expect("calcinfo read this from your report")
    child.expect("Which one is the final assessment")
    child.expect(r"» (?:\x1b\[[\d;]*m)*I'm not sure")  # it opens on neither
    child.send(DOWN * 2 + ENTER)  # round to the first, then the second: BI-RADS 4A
    child.expect(r"\?")  # the interview goes on at the same terminal
    child.sendcontrol("c")
    child.expect("Cancelled")
    child.expect(pexpect.EOF)


@pytest.mark.parametrize("prompt", ["Which breast", "for the left breast"])
def test_ctrl_d_at_a_list_ends_the_run_like_end_of_input(tmp_path: Path, prompt: str) -> None:
    child = spawn("ask", tmp_path)
    if prompt != "Which breast":
        answer(child, "Which breast", DOWN + ENTER)  # Left
    child.expect(prompt)
    child.sendcontrol("d")
    child.expect("The input ended")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1


def test_ctrl_d_at_a_checkbox_ends_the_run(tmp_path: Path) -> None:
    child = spawn("ask --side left --category left=4B --calcifications", tmp_path)
    child.expect("Which of these words")
    child.sendcontrol("d")
    child.expect("The input ended")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1


def test_an_interrupt_sent_from_outside_at_a_list_cancels(tmp_path: Path) -> None:
    import signal

    child = spawn("ask", tmp_path)
    child.expect("Which breast")
    child.kill(signal.SIGINT)
    child.expect("Cancelled")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_ctrl_c_after_the_sheet_was_saved_says_what_was_saved(tmp_path: Path) -> None:
    (tmp_path / "cal.ics").write_text("mine")  # so calcinfo asks before replacing it
    flags = (
        "--side left --category left=3 --calcifications --word probably-benign --shape punctate "
        "--pattern grouped --change no-prior --density b --other none "
        "--recommendation follow-up-6-months --no-biopsy --history none --symptom none "
        "--report-date 2026-11-02"
    )
    child = spawn(f"ask {flags} --save sheet.txt --calendar cal.ics", tmp_path)
    answer(child, "Is this right", ENTER)
    read_pages(child, "Saved to sheet.txt")
    child.expect("already exists. Replace it")
    child.sendcontrol("c")
    child.expect("Cancelled. Saved before that: sheet.txt.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert (tmp_path / "cal.ics").read_text() == "mine"


def test_a_list_with_nothing_picked_asks_again_instead_of_saying_done(tmp_path: Path) -> None:
    child = spawn("ask --side left --category left=4B --calcifications", tmp_path)
    child.expect("Which of these words")
    child.send(ENTER)  # nothing picked: the question stays (its message is at the screen's
    # foot, which this terminal without cursor reports does not draw; tmux shows it)
    child.send(DOWN * 6 + SPACE + ENTER)  # I'm not sure
    child.expect("Which shape words")
    assert "done" not in (child.before or "")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)


def test_changing_an_answer_opens_on_it(tmp_path: Path) -> None:
    flags = ALL_4B
    child = spawn(f"ask {flags}", tmp_path)
    child.expect("Is this right")
    child.expect("Report date: 2 November 2026|Report date: 2026-11-02")  # whole menu drawn
    child.send(DOWN * 8 + ENTER)  # Density: c
    child.expect("What breast density")
    child.send(ENTER)  # Enter keeps her answer, c
    child.expect("Is this right")
    child.expect("Density: c")  # the summary, shown again
    child.sendcontrol("c")
    child.expect(pexpect.EOF)


def test_at_80x24_the_explanation_comes_a_page_at_a_time(tmp_path: Path) -> None:
    flags = ALL_4B
    child = spawn(f"ask {flags}", tmp_path, rows=24, columns=80)
    child.expect("Is this right")
    child.expect("Report date")
    child.send(ENTER)
    child.expect(MORE)
    first = child.before or ""
    assert "Your report in plain words" in first and "BI-RADS 4B" in first
    assert "Sources" not in first  # she starts at the top, not at the end
    child.send("q" + ENTER)  # the rest at once
    child.expect("Save this as a sheet")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)


def test_the_summary_with_the_category_fits_one_screen(tmp_path: Path) -> None:
    flags = ALL_4B
    child = spawn(f"ask {flags}", tmp_path, rows=24, columns=80)
    child.expect("Here is what you told calcinfo")
    child.expect("Report date")
    lines = [x for x in (child.before or "").split("\n") if x.strip()]
    assert len(lines) <= 22
    assert any("4B" in x for x in lines)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)


def test_at_80x24_what_calcinfo_read_comes_a_page_at_a_time(tmp_path: Path) -> None:
    report = Path(__file__).parent / "reports" / "portal-example.txt"
    child = spawn(f"ask --report {report}", tmp_path, rows=24, columns=80)
    child.expect("calcinfo read this from your report")
    child.expect(MORE)
    assert "4B" in (child.before or "") or "category" in (child.before or "").lower()
    child.send("q" + ENTER)
    child.expect(r"\?")  # then the questions the report left open
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
