"""The command line: one thin function per command. The work happens in the modules they call.

Exit codes: 0 ok; 1 a problem she can fix (a file, an answer, no match); 2 a usage error;
130 cancelled with Ctrl-C. Messages go to stderr, results to stdout.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from calcinfo.findings import Findings

from calcinfo import __version__

app = typer.Typer(
    name="calcinfo",
    help=(
        "Understand the words about calcifications in your mammogram report, and prepare for "
        "your doctor. Offline and private. Education, not a diagnosis."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain help and error text: no boxes for a screen reader or a pipe to read around, and
    # no rich.markdown import (about 23 ms) at every --help.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"calcinfo {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Understand the words about calcifications in your mammogram report."""


SIDE_HELP = "left, right or bilateral."


@app.command()
def ask(
    report: Annotated[
        str | None,
        typer.Option(
            "--report",
            "-r",
            metavar="FILE",
            help="Read your report's text from a file, or - to paste.",
        ),
    ] = None,
    side: Annotated[str | None, typer.Option(metavar="SIDE", help=SIDE_HELP)] = None,
    category: Annotated[
        list[str] | None,
        typer.Option(
            metavar="CATEGORY",
            help="BI-RADS category, overall or per side: 4B or left=4B. Repeatable.",
        ),
    ] = None,
    calcifications: Annotated[
        bool | None,
        typer.Option(
            "--calcifications/--no-calcifications", help="Does the report name calcifications?"
        ),
    ] = None,
    word: Annotated[
        list[str] | None, typer.Option(metavar="WORD", help="benign, macro or micro.")
    ] = None,
    shape: Annotated[
        list[str] | None,
        typer.Option(
            metavar="SHAPE",
            help="Shape ids, such as amorphous or fine-pleomorphic. Repeat for more.",
        ),
    ] = None,
    pattern: Annotated[
        list[str] | None,
        typer.Option(metavar="PATTERN", help="diffuse, regional, grouped, linear or segmental."),
    ] = None,
    density: Annotated[str | None, typer.Option(metavar="LETTER", help="a, b, c or d.")] = None,
    change: Annotated[
        list[str] | None,
        typer.Option(metavar="CHANGE", help="new, increasing, stable, decreasing or no-prior."),
    ] = None,
    other: Annotated[
        list[str] | None,
        typer.Option(metavar="FINDING", help="mass, asymmetry, distortion or arterial."),
    ] = None,
    recommendation: Annotated[
        list[str] | None,
        typer.Option(
            metavar="ADVICE",
            help="additional-imaging, follow-up-6-months, biopsy or routine-screening.",
        ),
    ] = None,
    biopsy_done: Annotated[
        bool | None, typer.Option("--biopsy-done/--no-biopsy", help="Has a biopsy been done?")
    ] = None,
    biopsy_result: Annotated[
        str | None,
        typer.Option(
            metavar="RESULT",
            help="pending, benign, fibrocystic-change, fibroadenoma, fat-necrosis, "
            "sclerosing-adenosis, papilloma, radial-scar, lcis-or-alh, adh, fea, dcis or "
            "invasive-cancer.",
        ),
    ] = None,
    history: Annotated[
        list[str] | None,
        typer.Option(
            metavar="HISTORY",
            help="personal-breast-cancer, family-history, gene-change, atypia-or-lcis, "
            "chest-radiation, breast-surgery, or none.",
        ),
    ] = None,
    symptom: Annotated[
        list[str] | None,
        typer.Option(
            metavar="SYMPTOM",
            help="lump, nipple-discharge, skin-change, nipple-change, swelling, "
            "shape-change, pain, or none.",
        ),
    ] = None,
    report_date: Annotated[
        str | None,
        typer.Option(
            metavar="DATE", help="The date on the report: 2026-11-18, 11/18/2026 or Nov 18, 2026."
        ),
    ] = None,
    answers: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Read answers from a TOML or JSON file with the same names.",
            readable=False,  # calcinfo checks the file itself: a file problem is exit 1, not 2
        ),
    ] = None,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Never ask questions; use only what is given.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    save: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Save the explanation as a sheet: a .html, .txt or .md file.",
            readable=False,
        ),
    ] = None,
    calendar: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Save follow-up reminders to an .ics calendar file.",
            readable=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace files given to --save or --calendar.")
    ] = False,
    line_by_line: Annotated[
        bool,
        typer.Option(
            "--line-by-line/--no-line-by-line",
            help="With --report: show your report sentence by sentence, each term explained.",
        ),
    ] = True,
) -> None:
    """Explain your mammogram report in plain words, with questions for your doctor."""
    from calcinfo import ask as pipeline  # noqa: PLC0415
    from calcinfo.answers import AnswerError, parse_answers  # noqa: PLC0415
    from calcinfo.render.sheet import FORMATS  # noqa: PLC0415

    given = {
        "side": side,
        "category": category,
        "calcifications": calcifications,
        "word": word,
        "shape": shape,
        "pattern": pattern,
        "density": density,
        "change": change,
        "other": other,
        "recommendation": recommendation,
        "biopsy_done": biopsy_done,
        "biopsy_result": biopsy_result,
        "history": history,
        "symptom": symptom,
        "report_date": report_date,
    }
    flags = {k: v for k, v in given.items() if v is not None and v != []}
    for name, value in flags.items():
        if value == "" or (isinstance(value, list) and "" in value):
            raise typer.BadParameter("needs a value", param_hint=_flag(name))
    try:
        parsed = parse_answers(flags)  # a bad value is a usage error (exit 2), before any work
    except AnswerError as error:
        raise typer.BadParameter(str(error), param_hint=_flag(error.name.split()[0])) from None
    _refuse_conflicts(flags, parsed)
    if report_date:
        from calcinfo.answers import read_date  # noqa: PLC0415

        note = read_date(report_date)[1]
        if note:
            from calcinfo.output import Streams  # noqa: PLC0415

            Streams().say(note)
    if save and save.suffix.lower() not in FORMATS:
        raise typer.BadParameter(
            "the sheet's name must end in .html, .txt or .md", param_hint="--save"
        )
    if calendar and calendar.suffix.lower() != ".ics":
        raise typer.BadParameter(
            "the calendar file's name must end in .ics", param_hint="--calendar"
        )
    request = pipeline.AskRequest(
        flags=flags,
        report=report,
        answers_file=answers,
        no_input=no_input,
        as_json=as_json,
        save=save,
        force=force,
        line_by_line=line_by_line,
        calendar=calendar,
    )
    code = pipeline.run(request)
    if code:
        raise typer.Exit(code)


def _flag(name: str) -> str:
    return {
        "biopsy_done": "--biopsy-done/--no-biopsy",
        "calcifications": "--calcifications/--no-calcifications",
        "calcification_words": "--word",
        "shapes": "--shape",
        "patterns": "--pattern",
        "symptoms": "--symptom",
        "other_findings": "--other",
        "recommendations": "--recommendation",
    }.get(name, "--" + name.replace("_", "-"))


def _refuse_conflicts(flags: dict[str, Any], parsed: Findings) -> None:
    """Flags that contradict each other are refused, naming both, rather than one winning."""
    from calcinfo.findings import Side  # noqa: PLC0415

    if parsed.biopsy_done is False and parsed.biopsy_result is not None:
        raise typer.BadParameter(
            "--no-biopsy says no biopsy was done, but --biopsy-result gives a result. "
            "Give one of them."
        )
    described = [f for f in ("word", "shape", "pattern") if flags.get(f)]
    if parsed.calcifications is False and described:
        raise typer.BadParameter(
            f"--no-calcifications says there are none, but --{described[0]} describes them. "
            "Give one of them."
        )
    side = parsed.side
    if side is not None and side is not Side.BILATERAL:
        other = [a.side for a in parsed.categories if a.side is not None and a.side is not side]
        if other:
            raise typer.BadParameter(
                f"--side {side.value} says the report is about {side.the}, but --category "
                f"gives one for {other[0].the}. "
                "Give matching sides, or leave out --side."
            )


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": False})
def topics(
    ctx: typer.Context,
    first: Annotated[
        str | None,
        typer.Argument(
            metavar="WORDS...",
            help="A topic id, words or a question, such as popcorn, bi rads 3 or does it hurt.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Browse and search everything calcinfo knows."""
    from calcinfo.browse import show_topics  # noqa: PLC0415

    # More words arrive as extra arguments: a question needs no quotes. (One typed string
    # parameter, not a list: Typer's coercion of a list costs every run about 10 ms.)
    query = " ".join([first, *ctx.args]).strip() if first else None
    code = show_topics(query, as_json)
    if code:
        raise typer.Exit(code)


@app.command()
def cite(
    topic: Annotated[
        str | None,
        typer.Argument(metavar="TOPIC", help="Only the sources of this topic (an id or a search)."),
    ] = None,
    style: Annotated[
        str, typer.Option("--style", "-s", metavar="STYLE", help="apa, mla, bibtex or csl-json.")
    ] = "apa",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """The references behind calcinfo, in the formats people use."""
    from calcinfo.browse import show_references  # noqa: PLC0415
    from calcinfo.render import safe  # noqa: PLC0415
    from calcinfo.render.cite import STYLES  # noqa: PLC0415

    style = style.lower()
    if style not in STYLES:
        raise typer.BadParameter(
            f"'{safe(style)}' is not a style calcinfo knows. Use one of: {', '.join(STYLES)}.",
            param_hint="--style",
        )
    code = show_references(topic, style, as_json)
    if code:
        raise typer.Exit(code)
