"""Her report as she gets it (issue 12): a PDF from the portal or a saved web page reads like the
same report as plain text. The PDFs are made by tests/pdfwriter.py."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from calcinfo.reportfile import MAX_PDF_BYTES, ReportFileError, read_report
from calcinfo.reportformats import MAX_PDF_BYTES as FORMATS_MAX
from calcinfo.reportformats import html_text, without_furniture
from tests.conftest import calcinfo
from tests.pdfwriter import make_pdf, report_lines

PORTAL = (Path(__file__).parent / "reports" / "portal-example.txt").read_text(encoding="utf-8")

PAGE_TOP = "JANE Q PATIENT   MRN 0012345   DOB 01/02/1968"
PRINTED = "Printed 11/20/2026 10:41 by MyChart"


def _json(path: Path) -> dict[str, Any]:
    result = calcinfo("ask", "--no-input", "--json", "--report", str(path))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["findings"]  # type: ignore[no-any-return]


def _without_evidence(data: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in data.items() if k != "evidence"}
    data["findings"] = [{k: v for k, v in f.items() if k != "evidence"} for f in data["findings"]]
    data["assessments"] = [
        {"category": a["category"], "side": a["side"]} for a in data["assessments"]
    ]
    return data


def _two_pages(text: str) -> bytes:
    lines = text.splitlines()
    half = len(lines) // 2
    pages = []
    for number, part in enumerate((lines[:half], lines[half:]), start=1):
        page = [(72.0, 760.0, PAGE_TOP), *report_lines("\n".join(part), top=730)]
        page += [(72.0, 50.0, PRINTED), (480.0, 50.0, f"Page {number} of 2")]
        pages.append(page)
    return make_pdf(pages)


def _portal_html(text: str) -> str:
    """The report as a portal page shows it: a paragraph a section, the BI-RADS line in a
    table, entities for the registered sign, the dash and the space in '6 mm', and scripts."""
    paragraphs: list[str] = []
    rows = ""
    for line in text.splitlines():
        if line.startswith("BI-RADS CATEGORY"):
            rows = (
                "<table><tr><td>BI-RADS&reg; Category</td><td>4B &ndash; Moderate suspicion "
                "for malignancy</td></tr></table>"
            )
        elif re.match(r"[A-Z][A-Z ]+:|\d\.", line) or not paragraphs:
            paragraphs.append(line)
        else:
            paragraphs[-1] += " " + line
    body = "".join(
        "<p>" + p.replace("&", "&amp;").replace("6 mm", "6&nbsp;mm") + "</p>\n" for p in paragraphs
    )
    return (
        "<!DOCTYPE html><html><head><title>MyChart - Test Results</title>"
        "<style>p { color: red }</style><script>var category = 'BI-RADS 5';</script></head>"
        "<body><div id='nav'>Menu</div>" + body + rows + "</body></html>"
    )


def test_the_same_report_as_text_pdf_and_web_page_gives_the_same_findings(tmp_path: Path) -> None:
    text = tmp_path / "r.txt"
    text.write_text(PORTAL, encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(_two_pages(PORTAL))
    html = tmp_path / "r.html"
    html.write_text(_portal_html(PORTAL), encoding="utf-8")
    expected = _without_evidence(_json(text))
    assert expected["category"] == "4B"
    assert _without_evidence(_json(pdf)) == expected
    from_html = _without_evidence(_json(html))
    assert from_html["category"] == "4B" and from_html["findings"] == expected["findings"]


def test_page_furniture_stays_out_of_the_reading(tmp_path: Path) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(_two_pages(PORTAL))
    text = read_report(str(pdf))
    for furniture in ("MRN 0012345", "Printed 11/20/2026", "Page 1 of 2", "Page 2 of 2"):
        assert furniture not in text
    assert "IMPRESSION" in text and "2:00" in text
    evidence = " ".join(e["text"] for e in _json(pdf)["evidence"])
    assert "0012345" not in evidence and "11/20/2026" not in evidence


def test_furniture_is_only_what_repeats_at_the_edges() -> None:
    pages = [
        "Clinic header\nIMPRESSION: BI-RADS 2.\nPage 1 of 2",
        "Clinic header\nBI-RADS 2.\nPage 2 of 2",
    ]
    text = without_furniture(pages)
    assert "Clinic header" not in text and "Page" not in text
    assert text.count("BI-RADS 2.") == 2  # the same words in the body are kept
    assert without_furniture(["Clinic header\nIMPRESSION: BI-RADS 2."]).startswith("Clinic header")


def test_two_columns_read_column_by_column(tmp_path: Path) -> None:
    left = report_lines("FINDINGS: Grouped amorphous\ncalcifications, left breast.", x=72)
    right = report_lines("IMPRESSION: BI-RADS 4B.\nBiopsy is recommended.", x=330)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(make_pdf([left + right]))
    text = read_report(str(pdf))
    assert text.index("calcifications, left breast") < text.index("IMPRESSION")
    data = _json(pdf)
    assert data["category"] == "4B" and data["findings"][0]["shapes"] == ["amorphous"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (make_pdf([[]], box=True), "no text in it, only a picture"),
        (
            make_pdf([report_lines("IMPRESSION: BI-RADS 2.")], encrypted=True),
            "locked with a password",
        ),
        (make_pdf([report_lines("IMPRESSION: BI-RADS 2.")])[:150], "may be damaged"),
        (b"%PDF-1.7 binary", "may be damaged"),
    ],
)
def test_pdfs_calcinfo_cannot_read_get_a_calm_message(
    tmp_path: Path, data: bytes, message: str
) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(data)
    with pytest.raises(ReportFileError, match=message):
        read_report(str(pdf))
    result = calcinfo("ask", "--no-input", "--report", str(pdf))
    said = " ".join(result.stderr.split())
    assert result.returncode == 1 and message in said and "Traceback" not in said


def test_a_pdf_cap_fits_pdfs_and_the_text_cap_still_applies() -> None:
    assert MAX_PDF_BYTES == FORMATS_MAX == 20_000_000


def test_a_web_page_is_read_as_a_browser_shows_it() -> None:
    text = html_text(_portal_html(PORTAL))
    assert "BI-RADS® Category: 4B – Moderate suspicion" in text
    assert "6\u00a0mm" not in text and "6 mm" in text
    assert "var category" not in text and "color: red" not in text and "MyChart" not in text
    assert "IMPRESSION:\n" in text or "IMPRESSION:" in text.splitlines()


def test_a_web_page_without_html_in_its_name_is_still_recognised(tmp_path: Path) -> None:
    page = tmp_path / "report.txt"
    page.write_text(_portal_html(PORTAL), encoding="utf-8")
    assert _json(page)["category"] == "4B"


def test_a_pdf_can_be_pasted_on_standard_input() -> None:
    data = make_pdf([report_lines("IMPRESSION: BI-RADS 2. Benign.")])
    result = calcinfo("ask", "--no-input", "--json", "--report", "-", stdin=data)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["findings"]["category"] == "2"
