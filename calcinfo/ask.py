"""`calcinfo ask` from start to end: answers in, explanation out, files only when asked.

The command function in `cli.py` only parses options into an `AskRequest`; everything else
happens here, so the whole path can be tested without a terminal.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calcinfo.answers import (
    AnswerError,
    AnswersFileError,
    canonical,
    parse_answers,
    read_answers_file,
)
from calcinfo.findings import Evidence, Findings
from calcinfo.interview import Choice, Prompter, interview
from calcinfo.output import Streams, print_json

if TYPE_CHECKING:
    from rich.console import Console

    from calcinfo.knowledge.engine import Explanation

# Startup: nothing here imports Rich, the engine or the renderers at module level. The first
# question should appear as soon as questionary can draw it; the rest loads while she answers.

CANCELLED = 130

NEEDS_ANSWERS = (
    "calcinfo asks its questions only at a terminal. Give your answers as flags instead, "
    "for example:\n"
    "  calcinfo ask --no-input --side left --category left=4B --shape amorphous "
    "--pattern grouped\n"
    "or give the report itself: calcinfo ask --no-input --report report.txt\n"
    "Every flag is listed by: calcinfo ask --help"
)


@dataclass
class AskRequest:
    flags: dict[str, Any] = field(default_factory=dict)
    report: str | None = None
    answers_file: Path | None = None
    no_input: bool = False
    as_json: bool = False
    save: Path | None = None
    force: bool = False
    calendar: Path | None = None


class Stop(Exception):
    """End the run with a calm message on stderr and an exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def is_interactive(request: AskRequest) -> bool:
    return not request.no_input and sys.stdin.isatty() and sys.stdout.isatty()


def run(
    request: AskRequest,
    out: Console | None = None,
    err: Console | None = None,
    interactive: bool | None = None,
    prompter_factory: Callable[[], Prompter] | None = None,
) -> int:
    """Run `calcinfo ask`. Returns the exit code; every failure ends in a calm message."""
    streams = Streams(out, err)
    interactive = is_interactive(request) if interactive is None else interactive
    try:
        return _run(request, streams, interactive, prompter_factory)
    except Stop as stop:
        streams.say(str(stop))
        return stop.code
    except KeyboardInterrupt:
        streams.say("\nCancelled. Nothing was saved.")
        return CANCELLED
    except EOFError:
        streams.say(
            "\nThe input ended before calcinfo was done. Nothing was saved.\n"
            "To run without questions, give your answers as flags: calcinfo ask --help"
        )
        return 1


@dataclass
class Gathered:
    """Everything known before any question: answers by name, and what the report said."""

    answers: dict[str, Any]
    evidence: tuple[Evidence, ...] = ()
    report_text: str = ""


def _run(
    request: AskRequest,
    streams: Streams,
    interactive: bool,
    prompter_factory: Callable[[], Prompter] | None,
) -> int:
    for target in (request.save, request.calendar):
        if target and target.exists() and not request.force and not interactive:
            raise Stop(
                f"{target} already exists. calcinfo will not replace it "
                "unless you add --force. Or choose another name."
            )
    gathered = _gather(request, streams)
    interactive = interactive and request.report != "-"  # her keyboard sent the report
    prompter = (prompter_factory or _questionary)() if interactive else None
    answers = gathered.answers
    if prompter:
        if gathered.evidence:
            _confirm_reading(
                prompter, streams, evidence_rows(gathered.evidence, gathered.report_text)
            )
        answers = interview(prompter, answers)
    elif not answers and not request.report:
        raise Stop(NEEDS_ANSWERS)
    findings = parse_answers(answers).with_(evidence=gathered.evidence)
    _explain(request, findings, gathered, streams, prompter)
    return 0


def _gather(request: AskRequest, streams: Streams) -> Gathered:
    """Answers from the answers file, then the report, then flags: later ones win."""
    answers: dict[str, Any] = {}
    if request.answers_file:
        try:
            answers.update(read_answers_file(request.answers_file))
            parse_answers(answers)
        except AnswersFileError as error:
            raise Stop(str(error)) from None
        except AnswerError as error:
            raise Stop(f"In {request.answers_file}: {error}.") from None
    gathered = Gathered(answers)
    if request.report:
        from calcinfo.reader import read as read_text  # noqa: PLC0415
        from calcinfo.reportfile import ReportFileError, read_report  # noqa: PLC0415

        if request.report == "-" and sys.stdin.isatty():
            streams.say("Paste your report, then press Enter and Ctrl-D (Ctrl-Z on Windows):")
        try:
            text = read_report(request.report)
        except ReportFileError as error:
            raise Stop(str(error)) from None
        reading = read_text(text)
        if not reading.evidence:
            streams.say(
                "calcinfo found none of the words it knows in this report. The explanation "
                "below is general; your answers or flags can add what the report says."
            )
        answers.update(reading.answers())
        gathered = Gathered(answers, reading.evidence, text)
    gathered.answers = canonical({**canonical(gathered.answers), **canonical(request.flags)})
    return gathered


def _explain(
    request: AskRequest,
    findings: Findings,
    gathered: Gathered,
    streams: Streams,
    prompter: Prompter | None,
) -> None:
    """Explain, print, and write the files she asked for."""
    from calcinfo.knowledge.engine import explain  # noqa: PLC0415
    from calcinfo.render.terminal import evidence_view, print_explanation  # noqa: PLC0415

    explanation = explain(findings)
    if request.as_json:
        print_json({"findings": findings.to_json(), "explanation": explanation.to_json()})
    else:
        print_explanation(streams.out, explanation)
        if gathered.evidence and prompter is None:
            streams.show("\nWhat calcinfo read from your report:", style="bold")
            streams.out.print(evidence_view(evidence_rows(gathered.evidence, gathered.report_text)))
    if request.save:
        _save_sheet(explanation, request.save, request.force, streams, prompter)
    if request.calendar:
        _save_calendar(explanation, request.calendar, request.force, streams, prompter)
    if prompter and not request.save:
        _offer_to_save(explanation, prompter, streams)


def _questionary() -> Prompter:
    from calcinfo.interview import QuestionaryPrompter  # noqa: PLC0415

    return QuestionaryPrompter()


EVIDENCE_ORDER = (
    "category", "calcifications", "calcification_word", "shape", "pattern", "change", "density",
    "location", "size", "other", "recommendation", "biopsy", "biopsy_result",
)  # fmt: skip


def evidence_rows(evidence: tuple[Evidence, ...], text: str) -> list[tuple[str, str, str]]:
    """One row per item read, in report order of importance, with the words around it."""
    first: dict[tuple[str, str], Evidence] = {}
    for item in evidence:
        first.setdefault((item.field, item.value), item)
    rows = sorted(
        first.values(),
        key=lambda e: (EVIDENCE_ORDER.index(e.field) if e.field in EVIDENCE_ORDER else 99, e.start),
    )
    return [(e.field.replace("_", " "), e.value, _around(text, e.start, e.end)) for e in rows]


def _around(text: str, start: int, end: int, reach: int = 24) -> str:
    """The matched words with a few words either side, on one line."""
    left = 0 if start <= reach else text.find(" ", start - reach, start) + 1
    right = len(text) if end + reach >= len(text) else text.rfind(" ", end, end + reach)
    left = start if left <= 0 < start - reach else left
    right = end if right < 0 else right
    snippet = " ".join(text[left:right].split())
    return ("..." if left > 0 else "") + snippet + ("..." if right < len(text) else "")


def _confirm_reading(
    prompter: Prompter, streams: Streams, rows: list[tuple[str, str, str]]
) -> None:
    from calcinfo.render.terminal import evidence_view  # noqa: PLC0415

    streams.show("calcinfo read this from your report:", style="bold")
    streams.out.print(evidence_view(rows))
    prompter.show(
        "Next you can check each answer and change any that calcinfo read wrong. "
        "It will ask only what the report did not say."
    )


def _write(
    path: Path, data: bytes, force: bool, streams: Streams, prompter: Prompter | None
) -> bool:
    from calcinfo.output import OutputError, write_file  # noqa: PLC0415
    from calcinfo.render import safe  # noqa: PLC0415

    replace = force
    if path.exists() and not force:
        if prompter is None:
            raise Stop(
                f"{path} already exists. calcinfo will not replace it unless "
                "you add --force. Or choose another name."
            )
        if not prompter.confirm(f"{safe(str(path))} already exists. Replace it?", default=False):
            streams.say(f"Left {path} as it was. Nothing was saved.")
            return False
        replace = True
    try:
        write_file(path, data, replace=replace)
    except FileExistsError:
        raise Stop(f"{path} appeared while calcinfo was writing; it was left as it was.") from None
    except OutputError as error:
        raise Stop(str(error)) from None
    streams.say(f"Saved to {path}.")
    return True


def _save_sheet(
    explanation: Explanation, path: Path, force: bool, streams: Streams, prompter: Prompter | None
) -> None:
    from calcinfo.render.sheet import FORMATS  # noqa: PLC0415

    render = FORMATS[path.suffix.lower()]
    _write(path, render(explanation).encode("utf-8"), force, streams, prompter)


def _save_calendar(
    explanation: Explanation, path: Path, force: bool, streams: Streams, prompter: Prompter | None
) -> None:
    from calcinfo.render.calendar import to_ics  # noqa: PLC0415

    if not explanation.findings.report_date:
        raise Stop(
            "A calendar needs the date on your report. Add it with --report-date "
            "YYYY-MM-DD, such as --report-date 2026-11-02."
        )
    if not any(r.due for r in explanation.reminders):
        raise Stop(
            "For these answers there is no follow-up check with a usual date, so no "
            "calendar was made. Your doctor will tell you the next step."
        )
    _write(path, to_ics(explanation), force, streams, prompter)


def _offer_to_save(explanation: Explanation, prompter: Prompter, streams: Streams) -> None:
    kinds = [
        Choice("none", "No, thank you"),
        Choice(".html", "Yes, as a page to print (.html)"),
        Choice(".txt", "Yes, as plain text (.txt)"),
        Choice(".md", "Yes, as Markdown (.md)"),
    ]
    kind = prompter.select("Save this as a sheet to print or bring?", kinds)
    if kind != "none":
        default = f"calcinfo-{dt.date.today().isoformat()}{kind}"
        name = (
            prompter.text(
                f"File name (Enter for {default}):",
                lambda t: (
                    True
                    if not t.strip() or Path(t.strip()).suffix.lower() == kind
                    else f"Please end the name with {kind}"
                ),
            ).strip()
            or default
        )
        _save_sheet(explanation, Path(name), False, streams, prompter)
    dated = any(r.due for r in explanation.reminders)
    if dated and prompter.confirm("Save the check-up dates to a calendar file (.ics)?", False):
        _save_calendar(explanation, Path("calcinfo-reminders.ics"), False, streams, prompter)
