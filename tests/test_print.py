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
from calcinfo.knowledge.engine import explain
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


def print_to_pdf(folder: Path) -> tuple[Path, Path]:
    assert CHROMIUM
    sheet = folder / "sheet.html"
    sheet.write_text(to_html(explain(parse_answers(ANSWERS))), encoding="utf-8")
    pdf = folder / "sheet.pdf"
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
            "Questions to take to your doctor",
            "When to call sooner",
            "Sources",
            "not a diagnosis",
            "<b>2 o'clock</b>",
        ):
            assert words in flat, words
        pages = int(
            subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
            .stdout.split("Pages:")[1]
            .split()[0]
        )
        assert 1 <= pages <= 6


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    sheet, pdf = print_to_pdf(out)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / "page")], check=True)
    print(f"{sheet}\n{pdf}\n{dt.datetime.now():%H:%M} pages as PNG in {out}")
