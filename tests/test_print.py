"""The HTML sheet in a real browser: headless Chromium prints it to PDF, and the PDF is checked.

Skipped where Chromium is not installed (Debian: `apt-get install chromium poppler-utils`).
`python tests/test_print.py OUT_DIR` writes the sheet, its PDF and a PNG of page 1 to look at.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from calcinfo.answers import parse_answers
from calcinfo.knowledge.engine import Explanation, explain
from calcinfo.render.sheet import to_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("chrome")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

ANSWERS = {
    "category": ["left=4B"],
    "shape": ["amorphous"],
    "pattern": ["grouped"],
    "density": "c",
    "change": ["new"],
    "symptom": ["none"],
    "report_date": "2026-11-02",
    "locations": ["<b>2 o'clock</b> \\x1b[31m"],
}


PORTAL = Path(__file__).parent / "reports" / "portal-example.txt"


def _explanation(case: str) -> Explanation:
    if case.startswith("portal"):  # a long one: two findings, many sources; then line by line
        from calcinfo.reader import read
        from calcinfo.reader.annotate import annotate

        text = PORTAL.read_text(encoding="utf-8")
        lines = annotate(text) if case == "portal-lines" else ()
        return explain(read(text).findings, report_lines=lines)
    return explain(parse_answers(CASES[case]))


CASES = {
    "4b": ANSWERS,
    "3": {
        "category": ["3"],
        "shape": ["punctate"],
        "pattern": ["grouped"],
        "recommendation": ["follow-up-6-months"],
        "report_date": "2026-11-02",
    },
}
PAGES = {"4b": 2, "3": 2, "portal": 3, "portal-lines": 4}
"""Pages each sheet prints on, US Letter and A4 alike: a typical one 2, a long one 3, and with
her report line by line 4 (that part is about a page of its own)."""


def print_to_pdf(folder: Path, case: str = "4b", size: str = "letter") -> tuple[Path, Path]:
    assert CHROMIUM
    sheet = folder / f"sheet-{case}-{size}.html"
    page = to_html(_explanation(case)).replace("@page { margin", f"@page {{ size: {size}; margin")
    sheet.write_text(page, encoding="utf-8")
    pdf = folder / f"sheet-{case}-{size}.pdf"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={folder / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            sheet.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sheet, pdf


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(info.stdout.split("Pages:")[1].split()[0])


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_sheet_prints_to_a_readable_pdf(tmp_path: Path) -> None:
    _, pdf = print_to_pdf(tmp_path)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        flat = " ".join(text.split())
        for words in (
            "Your name",
            "Appointment: date and time",
            "Their phone number",
            "Questions to take to your doctor",
            "When to call sooner",
            "Notes from my appointment",
            "Sources",
            "calcinfo cite",
            "not a diagnosis",
            "<b>2 o'clock</b>",
        ):
            assert words in flat, words


@pytest.mark.slow
@pytest.mark.skipif(
    CHROMIUM is None or not shutil.which("pdfinfo"), reason="Chromium or poppler not installed"
)
@pytest.mark.parametrize("size", ["letter", "A4"])
@pytest.mark.parametrize("case", list(PAGES))
def test_each_sheet_prints_on_its_number_of_pages(tmp_path: Path, case: str, size: str) -> None:
    _, pdf = print_to_pdf(tmp_path, case, size)
    assert _pages(pdf) == PAGES[case]


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    for case in PAGES:
        sheet, pdf = print_to_pdf(out, case)
        if shutil.which("pdftoppm"):
            png = str(out / f"page-{case}")
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), png], check=True)
        print(f"{sheet}\n{pdf}")
    print(f"{dt.datetime.now():%H:%M} pages as PNG in {out}")
