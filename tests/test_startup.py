"""Startup is the product's speed: heavy modules load only where they are used."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pdfwriter import make_pdf, report_lines

HEAVY = (
    "questionary", "prompt_toolkit", "icalendar", "markdown_it", "pydantic", "pygments",
    "pypdfium2", "pypdfium2_raw",
)  # fmt: skip


def modules_after(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def heavy(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules if m.split(".")[0] in HEAVY}


def test_importing_the_cli_loads_nothing_heavy() -> None:
    loaded = modules_after("import calcinfo.cli")
    assert heavy(loaded) == set()
    assert "calcinfo.reader" not in loaded and "calcinfo.interview" not in loaded


@pytest.mark.parametrize(
    "args", [["topics"], ["topics", "rim"], ["cite"], ["ask", "--no-input", "--category", "4B"]]
)
def test_commands_that_do_not_prompt_load_nothing_heavy(args: list[str]) -> None:
    code = f"import sys; sys.argv = ['calcinfo', *{args!r}]\nfrom calcinfo.cli import app\n"
    code += "try:\n    app(prog_name='calcinfo')\nexcept SystemExit:\n    pass"
    # Typer (0.26+) itself imports pydantic to coerce option values once a command runs; a bare
    # Typer app pays the same, and benchmarks/startup.py measures calcinfo against one.
    assert heavy(modules_after(code)) - {"pydantic"} == set()


def test_the_knowledge_module_and_reader_use_only_the_standard_library() -> None:
    loaded = modules_after("import calcinfo.knowledge.engine, calcinfo.reader")
    before = modules_after("")  # what the interpreter itself starts with (site hooks and such)
    outside = {m.split(".")[0] for m in loaded - before}
    outside -= set(sys.stdlib_module_names) | {"calcinfo"}
    assert outside == set()


def test_the_way_to_the_first_question_loads_no_typer_rich_or_engine() -> None:
    """`calcinfo ask` at a terminal: only what the questions need comes before the first one."""
    loaded = modules_after("import calcinfo.launch, calcinfo.ask, calcinfo.interview")
    early = {m.split(".")[0] for m in loaded} & {"typer", "rich", "pydantic", "icalendar"}
    assert early == set()
    assert not {"calcinfo.knowledge.engine", "calcinfo.render.sheet", "calcinfo.reader"} & loaded


def test_pdfium_loads_only_when_a_pdf_is_read(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("IMPRESSION: BI-RADS 2.")
    code = "from calcinfo.reportfile import read_report\n"
    text_run = modules_after(code + f"read_report({str(report)!r})")
    assert not {"pypdfium2", "pypdfium2_raw"} & {m.split(".")[0] for m in text_run}
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(make_pdf([report_lines("IMPRESSION: BI-RADS 2.")]))
    pdf_run = modules_after(code + f"read_report({str(pdf)!r})")
    assert "pypdfium2" in {m.split(".")[0] for m in pdf_run}


def test_topics_with_words_runs_without_typer() -> None:
    code = (
        "import sys; sys.argv = ['calcinfo', 'topics', 'is', 'this', 'cancer']\n"
        "from calcinfo.launch import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    loaded = {m.split(".")[0] for m in modules_after(code)}
    assert not {"typer", "pydantic", "click"} & loaded
