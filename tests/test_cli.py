"""The real command, run in a subprocess the way a nurse's script or a pipe would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from calcinfo.knowledge import load
from tests.conftest import PLAIN_ENV, PLAIN_SECTION_TITLES, ROOT, calcinfo, flat

ASK_4B = [
    "ask",
    "--no-input",
    "--side",
    "left",
    "--category",
    "left=4B",
    "--shape",
    "amorphous",
    "--pattern",
    "grouped",
    "--density",
    "c",
    "--change",
    "new",
    "--symptom",
    "none",
    "--report-date",
    "2026-11-02",
]
ASK_3 = [
    "ask",
    "--no-input",
    "--category",
    "3",
    "--shape",
    "punctate",
    "--pattern",
    "grouped",
    "--report-date",
    "2026-11-02",
]


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


# ---------------------------------------------------------------- basics


def test_version_and_module_entry_point() -> None:
    result = calcinfo("--version")
    assert result.returncode == 0 and result.stdout.strip() == "calcinfo 0.1.0"


@pytest.mark.parametrize("command", [[], ["ask"], ["topics"], ["cite"]])
def test_help_for_every_command(command: list[str]) -> None:
    result = calcinfo(*command, "--help")
    assert result.returncode == 0 and "Usage: calcinfo" in result.stdout


def test_no_command_shows_help_not_a_traceback() -> None:
    result = calcinfo()
    no_traceback(result)
    assert "Usage: calcinfo" in result.stdout + result.stderr


def test_unknown_option_is_a_usage_error() -> None:
    result = calcinfo("topics", "--colour")
    assert result.returncode == 2 and "No such option" in result.stderr
    no_traceback(result)


# ---------------------------------------------------------------- topics


def test_topics_lists_every_group_and_topic() -> None:
    result = calcinfo("topics")
    assert result.returncode == 0
    for word in ("BI-RADS categories", "Calcification shapes", "birads-4b", "milk-of-calcium"):
        assert word in result.stdout


def test_topic_shows_body_sources_and_related() -> None:
    result = calcinfo("topics", "BIRADS-4b")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("BI-RADS 4B: moderate suspicion")
    assert "[1]" in out and "Sources" in out and "D'Orsi" in out and "Related:" in out


def test_topic_search_lists_other_good_matches() -> None:
    result = calcinfo("topics", "bi rads 4")
    assert "Other topics that match" in result.stdout and "birads-4a" in result.stdout


def test_no_match_is_kind_with_suggestions_and_exit_1() -> None:
    result = calcinfo("topics", "xyzzy")
    assert result.returncode == 1 and result.stdout == ""
    assert "no topic that matches 'xyzzy'" in result.stderr and "Did you mean" in result.stderr


@pytest.mark.parametrize("query", [["the"], ["what", "is", "it"], ["finally"]])
def test_words_that_only_ask_get_a_hint_not_random_topics(query: list[str]) -> None:
    """Before, 'calcinfo topics the' offered 'myth-diet, suture, arterial-calcification'."""
    result = calcinfo("topics", *query)
    assert result.returncode == 1 and result.stdout == ""
    assert "has no word calcinfo can look for" in result.stderr
    assert "Did you mean" not in result.stderr and "BI-RADS 4" in result.stderr


def test_topics_json() -> None:
    listing = json.loads(calcinfo("topics", "--json").stdout)
    assert {g["id"] for g in listing["groups"]} >= {"birads", "shapes", "myths"}
    one = json.loads(calcinfo("topics", "popcorn", "--json").stdout)
    assert one["topic"]["id"] == "coarse-popcorn" and "[1]" in one["topic"]["body"]
    assert one["topic"]["sources"][0]["number"] == 1


# ---------------------------------------------------------------- cite


def test_cite_all_in_apa_numbered() -> None:
    out = calcinfo("cite").stdout
    assert out.startswith("[1] Leonard, J. (2019, June 27).")
    assert f"[{len(load().sources)}]" in out
    assert out.count("Listed by Medical News Today's article") == 3  # its own three references


@pytest.mark.parametrize(
    ("style", "start"),
    [("mla", "[1] Leonard, Jayne."), ("bibtex", "@misc{SEED-MNT,"), ("APA", "[1] Leonard, J.")],
)
def test_cite_styles(style: str, start: str) -> None:
    assert calcinfo("cite", "--style", style).stdout.startswith(start)


def test_cite_csl_json_is_valid_csl() -> None:
    items = json.loads(calcinfo("cite", "--style", "csl-json").stdout)
    assert len(items) == len(load().sources)
    assert all({"id", "type", "title"} <= set(i) for i in items)


def test_cite_one_topic_gives_only_its_sources() -> None:
    out = calcinfo("cite", "milk-of-calcium").stdout
    assert out.count("\n[") == 1 and "University of Washington" in out


def test_cite_unknown_style_is_a_usage_error() -> None:
    result = calcinfo("cite", "--style", "chicago")
    assert result.returncode == 2 and "apa, mla, bibtex, csl-json" in flat(result.stderr)
    no_traceback(result)


def test_cite_unknown_topic() -> None:
    result = calcinfo("cite", "xyzzy")
    assert result.returncode == 1 and "no topic" in result.stderr


# ---------------------------------------------------------------- ask with flags


def test_ask_with_flags_explains_every_section() -> None:
    result = calcinfo(*ASK_4B)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    for title in PLAIN_SECTION_TITLES:
        assert title in out
    assert "BI-RADS 4B for the left breast" in out and "not a diagnosis" in out


def test_ask_json_has_the_documented_shape() -> None:
    data = json.loads(calcinfo(*ASK_4B, "--json").stdout)
    assert set(data) == {"findings", "explanation"}
    assert data["findings"]["categories"] == [{"category": "4B", "side": "left"}]
    assert data["findings"]["category"] == "4B" and data["findings"]["shapes"] == ["amorphous"]
    assert [s["id"] for s in data["explanation"]["sections"]][:3] == ["report", "meaning", "next"]


@pytest.mark.parametrize(
    ("flag", "value", "hint"),
    [
        ("--shape", "popcorn", "coarse-popcorn"),
        ("--category", "7", "4B"),
        ("--density", "e", "a, b, c, d"),
        ("--report-date", "tomorrow", "11/18/2026, Nov 18, 2026"),
        ("--save", "sheet.pdf", ".html, .txt or .md"),
        ("--calendar", "dates.txt", ".ics"),
    ],
)
def test_bad_flag_values_are_usage_errors_that_say_what_works(
    flag: str, value: str, hint: str
) -> None:
    result = calcinfo("ask", "--no-input", flag, value)
    assert result.returncode == 2
    assert hint in flat(result.stderr)
    no_traceback(result)


def test_no_terminal_and_no_answers_names_the_flags_and_exits_1() -> None:
    result = calcinfo("ask")
    assert result.returncode == 1 and result.stdout == ""
    assert "--no-input" in result.stderr and "calcinfo ask --help" in result.stderr


def test_answers_file(tmp_path: Path) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text('category = ["3"]\nshape = ["punctate"]\npattern = ["grouped"]\n')
    result = calcinfo("ask", "--no-input", "--answers", str(answers))
    assert result.returncode == 0 and "BI-RADS 3" in result.stdout


def test_answers_file_with_an_unknown_value(tmp_path: Path) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text('shape = ["popcorn"]\n')
    result = calcinfo("ask", "--no-input", "--answers", str(answers))
    assert result.returncode == 1 and "popcorn" in result.stderr
    no_traceback(result)


# ---------------------------------------------------------------- files


@pytest.mark.parametrize("suffix", [".html", ".md", ".txt"])
def test_save_writes_a_sheet_and_never_overwrites_without_force(
    tmp_path: Path, suffix: str
) -> None:
    sheet = tmp_path / f"sheet{suffix}"
    assert calcinfo(*ASK_4B, "--save", str(sheet)).returncode == 0
    first = sheet.read_text()
    assert "Questions to take to your doctor".lower() in first.lower()
    sheet.write_text("her own notes")
    again = calcinfo(*ASK_4B, "--save", str(sheet))
    assert again.returncode == 1 and "already exists" in again.stderr and "--force" in again.stderr
    assert again.stdout == ""  # refused before doing the work
    assert sheet.read_text() == "her own notes"
    assert calcinfo(*ASK_4B, "--save", str(sheet), "--force").returncode == 0
    assert sheet.read_text() == first


def test_nothing_is_written_unless_asked(tmp_path: Path) -> None:
    calcinfo(*ASK_4B, cwd=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_calendar_for_category_3(tmp_path: Path) -> None:
    ics = tmp_path / "checks.ics"
    result = calcinfo(*ASK_3, "--calendar", str(ics))
    assert result.returncode == 0, result.stderr
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert [str(e.decoded("dtstart")) for e in events] == ["2027-05-02", "2027-11-02", "2028-11-02"]


def test_calendar_needs_a_report_date_and_dated_checks(tmp_path: Path) -> None:
    ics = tmp_path / "checks.ics"
    no_date = calcinfo("ask", "--no-input", "--category", "3", "--calendar", str(ics))
    assert no_date.returncode == 1 and "--report-date" in no_date.stderr
    no_checks = calcinfo(*ASK_4B, "--calendar", str(ics))
    said = " ".join(no_checks.stderr.split())
    assert no_checks.returncode == 0 and "No calendar was made" in said and "clinic" in said
    assert not ics.exists()


def test_each_check_up_reminds_her_to_book_it_weeks_ahead(tmp_path: Path) -> None:
    ics = tmp_path / "checks.ics"
    assert calcinfo(*ASK_3, "--calendar", str(ics)).returncode == 0
    for event in Calendar.from_ical(ics.read_bytes()).walk("VEVENT"):
        alarms = list(event.walk("VALARM"))
        triggers = sorted(a.decoded("trigger") for a in alarms)
        assert [t.days for t in triggers] == [-21, -1]
        assert "Book your" in str(alarms[0].get("description"))


def test_save_into_a_missing_folder(tmp_path: Path) -> None:
    result = calcinfo(*ASK_4B, "--save", str(tmp_path / "nope" / "sheet.md"))
    assert result.returncode == 1 and "does not exist" in result.stderr
    no_traceback(result)


# ---------------------------------------------------------------- the terminal


def test_output_closed_early_ends_quietly() -> None:
    env = dict(PLAIN_ENV, PYTHONUNBUFFERED="0")
    process = subprocess.Popen(
        [sys.executable, "-m", "calcinfo", "cite"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**dict(__import__("os").environ), **env},
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader goes away before calcinfo writes
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) in {0, 1}
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def test_a_pipe_to_head_ends_quietly() -> None:
    result = subprocess.run(
        f"{sys.executable} -m calcinfo topics | head -1; exit ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**dict(__import__("os").environ), **PLAIN_ENV},
        timeout=60,
        check=False,
    )
    assert result.returncode in {0, 1} and result.stderr == ""


@pytest.mark.parametrize("command", [["topics"], ["topics", "amorphous"], ASK_4B, ["cite"]])
def test_a_terminal_20_columns_wide(command: list[str]) -> None:
    result = calcinfo(*command, env={"COLUMNS": "20"})
    assert result.returncode == 0
    no_traceback(result)


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_colour_codes_when_asked(env: dict[str, str]) -> None:
    for command in (["topics"], ["topics", "rim"], ASK_4B):
        assert "\x1b" not in calcinfo(*command, env=env).stdout


def test_colour_when_forced() -> None:
    result = calcinfo("topics", "rim", env={"NO_COLOR": "", "TERM": "xterm", "FORCE_COLOR": "1"})
    assert "\x1b[" in result.stdout


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("command", [["cite"], ["topics", "rim"], ASK_4B])
def test_a_terminal_that_is_not_utf8_gets_text_not_a_traceback(
    encoding: str, command: list[str]
) -> None:
    result = calcinfo(*command, env={"PYTHONIOENCODING": encoding}, encoding=encoding)
    assert result.returncode == 0
    no_traceback(result)


def test_json_stays_whole_on_an_ascii_terminal() -> None:
    result = calcinfo("cite", "--json", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0
    items = json.loads(result.stdout)
    assert "451–458" in items[1]["apa"]  # the en dash survives as an escape


def test_a_saved_sheet_is_readable_by_her_alone_and_a_replaced_file_keeps_its_mode(
    tmp_path: Path,
) -> None:
    import os
    import stat

    sheet = tmp_path / "sheet.html"
    old = os.umask(0o022)
    try:
        result = calcinfo("ask", "--no-input", "--category", "3", "--save", str(sheet))
    finally:
        os.umask(old)
    assert result.returncode == 0
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    sheet.chmod(0o640)
    again = calcinfo("ask", "--no-input", "--category", "3", "--save", str(sheet), "--force")
    assert again.returncode == 0
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o640
