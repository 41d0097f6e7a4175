"""`calcinfo ask` from start to end: answers in, explanation out, files only when asked.

The command function in `cli.py` only parses options into an `AskRequest`; everything else
happens here, so the whole path can be tested without a terminal.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calcinfo.answers import (
    AnswerError,
    AnswersFileError,
    as_answers,
    given_names,
    parse_answers,
    read_answers_file,
)
from calcinfo.findings import (
    FINDING_FIELDS,
    NONE_ID,
    BiopsyResult,
    Change,
    Density,
    Evidence,
    Findings,
    History,
    MergeConflict,
    Recommendation,
    Symptom,
    Vocabulary,
)
from calcinfo.interview import UNSURE, Choice, Prompter, interview
from calcinfo.output import Streams, print_json

if TYPE_CHECKING:
    from rich.console import Console

    from calcinfo.knowledge.engine import Explanation
    from calcinfo.knowledge.glossary import ReportLine
    from calcinfo.reader import Reading

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
    line_by_line: bool = True  # with --report: her report, sentence by sentence, with notes


INTRO = (
    "calcinfo asks up to 15 short questions about your mammogram report; it takes a few "
    'minutes. Answer what you can: "I\'m not sure" is always fine. Use the arrow keys, Space '
    "to pick in a list, and Enter to go on. Nothing is kept unless you choose to save a sheet "
    "at the end. Press Ctrl-C to stop at any time."
)
"""The first screen at a terminal: what will happen, how long, privacy, and how to stop."""

NOTHING_GIVEN_TIP = (
    "Tip: calcinfo can read your report for you and explain each part of it. Save its text "
    "(or the PDF from your patient portal) and run: calcinfo ask --report report.txt"
)


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
        streams.say(f"\nCancelled. {_what_was_saved(streams)}")
        return CANCELLED
    except EOFError:
        streams.say(
            f"\nThe input ended before calcinfo was done. {_what_was_saved(streams)}\n"
            "To run without questions, give your answers as flags: calcinfo ask --help"
        )
        return 1


def _what_was_saved(streams: Streams) -> str:
    if not streams.saved:
        return "Nothing was saved."
    return f"Saved before that: {', '.join(map(str, streams.saved))}."


@dataclass
class Gathered:
    """Everything known before any question: what the report, the file and the flags say."""

    findings: Findings
    report_text: str = ""
    from_report: bool = False
    said: frozenset[str] = frozenset()  # answer names given in the file or by flags
    reading: Reading | None = None  # the reader's result, reused for the line-by-line notes


def _run(
    request: AskRequest,
    streams: Streams,
    interactive: bool,
    prompter_factory: Callable[[], Prompter] | None,
) -> int:
    for target in (request.save, request.calendar):
        if target and _exists(target) and not request.force and not interactive:
            raise Stop(
                f"{target} already exists. calcinfo will not replace it "
                "unless you add --force. Or choose another name."
            )
    gathered = _gather(request, streams)
    prompter = (prompter_factory or _questionary)() if interactive else None
    findings = gathered.findings
    if prompter:
        prompter.show(INTRO)
        if gathered.from_report:
            findings = _confirm_reading(prompter, streams, findings, gathered.report_text)
        findings = _interview(prompter, findings, gathered.said)
    elif findings.is_empty and not request.report:
        raise Stop(NEEDS_ANSWERS)
    _explain(request, findings, gathered, streams, prompter)
    return 0


def _interview(prompter: Prompter, findings: Findings, said: frozenset[str]) -> Findings:
    """Ask what is still missing and let her change any answer; her answers win."""
    before = as_answers(findings, said)
    fixed = frozenset(FINDING_FIELDS) if len(findings.calcification_findings) > 1 else frozenset()
    after = interview(prompter, dict(before), fixed=fixed)
    changed = {n for n in before.keys() | after.keys() if before.get(n) != after.get(n)}
    return findings.merged(parse_answers(after), changed) if changed else findings


def _merge(base: Findings, later: Findings, given: set[str], what: str) -> Findings:
    try:
        return base.merged(later, given)
    except MergeConflict as conflict:
        flag = "--" + {
            "calcification_words": "word",
            "shapes": "shape",
            "patterns": "pattern",
            "locations": "location",
            "sizes": "size",
        }.get(conflict.name, conflict.name)
        raise Stop(
            f"Your report describes {conflict.count} separate groups of calcifications, so "
            f"calcinfo cannot tell which one {what} {flag} is about. Leave it out: calcinfo "
            "explains each group as the report describes it.",
            code=2,
        ) from None


def _gather(request: AskRequest, streams: Streams) -> Gathered:
    """The report first; then the answers file for what the report does not say; then flags,
    which win. All are merged on the model, field by field, so each finding stays whole."""
    file_answers: dict[str, Any] = {}
    if request.answers_file:
        try:
            file_answers = read_answers_file(request.answers_file)
            parse_answers(file_answers)
        except AnswersFileError as error:
            raise Stop(str(error)) from None
        except AnswerError as error:
            raise Stop(f"In {request.answers_file}: {error}.") from None
    findings = Findings()
    text = ""
    reading: Reading | None = None
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
        findings = reading.findings
        if not findings.evidence:
            # (a text with none of the words calcinfo knows, or one whose words are all said
            # of someone else or of anyone: a page that explains the categories)
            streams.say(
                "calcinfo found nothing in this text that is about you: no category, finding "
                "or advice of yours. What follows is general. Your answers or flags can add "
                "what your report says."
            )
    if file_answers:
        stated = set(as_answers(findings))
        findings = _merge(
            findings, parse_answers(file_answers), given_names(file_answers) - stated, "the file's"
        )
    if request.flags:
        findings = _merge(
            findings, parse_answers(request.flags), given_names(request.flags), "the flag"
        )
    said = frozenset(given_names(file_answers) | given_names(request.flags))
    return Gathered(findings, text, bool(request.report) and bool(findings.evidence), said, reading)


def _explain(
    request: AskRequest,
    findings: Findings,
    gathered: Gathered,
    streams: Streams,
    prompter: Prompter | None,
) -> None:
    """Explain, print, and write the files she asked for."""
    from calcinfo.knowledge import strip_markers  # noqa: PLC0415
    from calcinfo.knowledge.engine import explain  # noqa: PLC0415
    from calcinfo.render.terminal import evidence_view, print_explanation  # noqa: PLC0415

    annotated = bool(gathered.report_text) and request.line_by_line
    lines: tuple[ReportLine, ...] = ()
    if annotated:
        from calcinfo.reader.annotate import annotate  # noqa: PLC0415

        lines = annotate(gathered.report_text, gathered.reading)
    explanation = explain(findings, report_lines=lines)
    if request.as_json:
        data: dict[str, Any] = {
            "findings": findings.to_json(),
            "explanation": explanation.to_json(),
        }
        if annotated:
            data["annotations"] = [
                {
                    "start": note.start,
                    "end": note.end,
                    "term": note.term,
                    "note": strip_markers(note.note),
                    "sense": note.sense,
                    "sources": [explanation.number(i) for i in note.sources],
                }
                for line in lines
                for note in line.notes
            ]
        print_json(data)
    else:
        print_explanation(streams.out, explanation, page=prompter is not None)
        if findings.is_empty and not gathered.from_report:
            streams.say(NOTHING_GIVEN_TIP)
        if gathered.from_report and prompter is None:
            streams.show("\nWhat calcinfo read from your report:", style="bold")
            streams.out.print(evidence_view(reading_rows(findings, gathered.report_text)))
    if request.calendar:
        _calendar_possible(explanation)  # a missing date stops the run before anything is written
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
    "dense", "location", "size", "other", "recommendation", "biopsy", "biopsy_result", "history",
    "symptom", "exam_date",
)  # fmt: skip
_SHOWN_WITH_FINDINGS = frozenset(
    {"category", "calcifications", "calcification_word", "shape", "pattern", "change", "location",
     "size", "other"}
)  # fmt: skip


def reading_rows(findings: Findings, text: str) -> list[tuple[str, str, str]]:
    """What calcinfo read, as (item, what it says, her report's words): each assessment, each
    finding on its own row, then the rest, first mention of each."""
    rows: list[tuple[str, str, str]] = []
    for assessment in findings.assessments:
        value = f"BI-RADS {assessment.category.value}"
        value += f", {assessment.side.label}" if assessment.side else ""
        said = assessment.evidence
        rows.append(("category", value, _around(text, said.start, said.end, 12) if said else ""))
    if "category" in findings.unsure:
        doubt = (
            "more than one: which is final? Ask your doctor"
            if len(findings.assessments) > 1
            else "may not be your latest one (an earlier exam's, or general text): ask your doctor"
        )
        rows.append(("category", doubt, ""))
    from calcinfo.knowledge.engine import (  # noqa: PLC0415
        finding_in_words,
        other_finding_in_words,
    )

    several = len(findings.findings) > 1
    for number, finding in enumerate(findings.findings, start=1):
        label = f"finding {number}" if several else "finding"
        plain = (
            finding_in_words(finding)
            if finding.is_calcification
            else other_finding_in_words(finding)
        )
        if not finding.is_calcification:
            plain += f" in {finding.side.the}" if finding.side else ""
            plain += "".join(f"; {word.label}" for word in finding.words)  # "called suspicious"
        # where the report describes the finding itself, not the words said of the whole exam
        # that every finding shares ("COMPARISON: None.": nothing earlier to compare with)
        own = [e.start for e in finding.evidence if e.value != Change.NO_PRIOR.value]
        start = min(own or [e.start for e in finding.evidence], default=0)
        rows.append((label, plain, _around(text, start, start + 24, 0) if finding.evidence else ""))
    first: dict[tuple[str, str], Evidence] = {}
    for item in findings.evidence:
        if item.field not in _SHOWN_WITH_FINDINGS:
            first.setdefault((item.field, item.value), item)
    rest = sorted(
        first.values(),
        key=lambda e: (EVIDENCE_ORDER.index(e.field) if e.field in EVIDENCE_ORDER else 99, e.start),
    )
    rows += [
        (e.field.replace("_", " "), _in_words(e.field, e.value), _around(text, e.start, e.end, 12))
        for e in rest
    ]
    return rows


_LABELS: dict[str, type[Vocabulary]] = {
    "density": Density,
    "recommendation": Recommendation,
    "biopsy_result": BiopsyResult,
    "history": History,
    "symptom": Symptom,
}


def _in_words(field: str, value: str) -> str:
    """An item read, in the words the interview uses for it."""
    if field == "symptom" and value == NONE_ID:
        return "none"
    if field == "dense":
        return "dense" if value == "yes" else "not dense"
    if field == "biopsy":
        return "a biopsy was done"
    if field == "density":
        return f"{value}: {Density(value).label}"
    vocabulary = _LABELS.get(field)
    return vocabulary(value).label if vocabulary else value


def _around(text: str, start: int, end: int, reach: int = 24) -> str:
    """The matched words with `reach` characters either side, widened to whole words (so her
    words are never cut in half), on one line and at most about 160 characters."""
    end = min(end, start + 160)
    before = [
        m.end() for m in _SPACE.finditer(text, max(0, start - reach - 40), max(start - reach, 0))
    ]
    left = before[-1] if before and start > reach else (0 if start <= reach + 40 else start)
    after = _SPACE.search(text, min(end + reach, len(text)))
    right = after.start() if after and after.start() - end < reach + 40 else len(text)
    right = min(right, end + reach + 40)
    snippet = " ".join(text[left:right].split())
    return ("..." if left > 0 else "") + snippet + ("..." if right < len(text) else "")


_SPACE = re.compile(r"\s+")


def _confirm_reading(
    prompter: Prompter, streams: Streams, findings: Findings, text: str
) -> Findings:
    """Show what was read; when the report's final categories disagree, ask her which one."""
    from calcinfo.knowledge.engine import MAY_BE_ANOTHER  # noqa: PLC0415
    from calcinfo.render import safe  # noqa: PLC0415
    from calcinfo.render.terminal import evidence_view, print_paged  # noqa: PLC0415

    streams.show("calcinfo read this from your report:", style="bold")
    print_paged(streams.out, evidence_view(reading_rows(findings, text)))
    if "category" in findings.unsure:
        choices = [
            Choice(
                str(i),
                f"BI-RADS {a.category.value}" + (f" ({a.side.label})" if a.side else ""),
                safe(_around(text, a.evidence.start, a.evidence.end)) if a.evidence else "",
            )
            for i, a in enumerate(findings.assessments)
        ] + [Choice(UNSURE, "I'm not sure: I will ask my doctor")]
        question = (
            "Your report gives more than one category. Which one is the final assessment?"
            if len(findings.assessments) > 1
            else f"This category may not be your latest one: it may be {MAY_BE_ANOTHER}. Is it "
            "the one on your latest report?"
        )
        if len(findings.assessments) == 1:
            only = choices[0]
            choices[0] = Choice("0", f"Yes, {only.title} is on my latest report", only.help)
            choices[-1] = Choice(UNSURE, "No, or I'm not sure: I will ask my doctor")
        # (opened on "not sure": a hurried Enter picks none of the categories it is unsure of)
        picked = prompter.select(question, choices, UNSURE)
        if picked != UNSURE:
            chosen = findings.assessments[int(picked)]
            findings = findings.with_(
                assessments=(chosen,), unsure=tuple(u for u in findings.unsure if u != "category")
            )
    prompter.show(
        "Next you can check each answer and change any that calcinfo read wrong. "
        "It will ask only what the report did not say."
    )
    return findings


def _write(
    path: Path, data: bytes, force: bool, streams: Streams, prompter: Prompter | None
) -> bool:
    from calcinfo.output import OutputError, write_file  # noqa: PLC0415
    from calcinfo.render import safe  # noqa: PLC0415

    replace = force
    if _exists(path) and not force:
        if prompter is None:
            raise Stop(
                f"{path} already exists. calcinfo will not replace it unless "
                "you add --force. Or choose another name."
            )
        if not prompter.confirm(f"{safe(str(path))} already exists. Replace it?", default=False):
            other = prompter.text(
                f"Save under another name instead? (Enter to skip; end it with {path.suffix})",
                lambda t: _usable_name(t, path.suffix.lower()),
            ).strip()
            if not other:
                streams.say(f"Left {path} as it was. It was not saved.")
                return False
            return _write(Path(other), data, False, streams, prompter)
        replace = True
    try:
        write_file(path, data, replace=replace)
    except FileExistsError:
        raise Stop(f"{path} appeared while calcinfo was writing; it was left as it was.") from None
    except OutputError as error:
        raise Stop(str(error)) from None
    streams.saved.append(path)
    streams.say(f"Saved to {path}.")
    return True


def _usable_name(text: str, kind: str) -> bool | str:
    """The interview's file name question: a name that can be written, or what to fix."""
    from calcinfo.output import OutputError, check_target  # noqa: PLC0415

    name = text.strip()
    if not name:
        return True
    if Path(name).suffix.lower() != kind:
        return f"Please end the name with {kind}"
    try:
        check_target(Path(name))
    except OutputError as error:
        return str(error)
    return True


def _exists(path: Path) -> bool:
    """Whether a file she asked to save to exists; a calm `Stop` when the name cannot be used."""
    from calcinfo.output import OutputError, check_target  # noqa: PLC0415

    try:
        return check_target(path)
    except OutputError as error:
        raise Stop(str(error)) from None


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

    if _calendar_possible(explanation, streams):
        _write(path, to_ics(explanation), force, streams, prompter)


def _calendar_possible(explanation: Explanation, streams: Streams | None = None) -> bool:
    """Whether a calendar can be made. Without the report's date it cannot (a Stop: she can
    add it). With no dated check-up to add (a biopsy the clinic books), it says so calmly."""
    if not explanation.findings.report_date:
        raise Stop(
            "A calendar needs the date on your report. Add it with --report-date, "
            "such as --report-date 11/02/2026."
        )
    if not any(r.due for r in explanation.reminders):
        if streams is not None:
            streams.say(
                "No calendar was made: for these answers there is no check-up with a usual "
                "date to add. When the next step is a biopsy or more pictures, the clinic "
                "books it and tells you the date. Your doctor will tell you the next step."
            )
        return False
    return True


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
                lambda t: _usable_name(t, kind),
            ).strip()
            or default
        )
        _save_sheet(explanation, Path(name), False, streams, prompter)
    dated = any(r.due for r in explanation.reminders)
    if dated and prompter.confirm("Save the check-up dates to a calendar file (.ics)?", False):
        _save_calendar(explanation, Path("calcinfo-reminders.ics"), False, streams, prompter)
