"""The report reader: the labelled reports, each rule of the issue, and untrusted files."""

from __future__ import annotations

from pathlib import Path

import pytest

from calcinfo.findings import Category, Side
from calcinfo.reader import read
from calcinfo.reportfile import MAX_BYTES, ReportFileError, decode, read_report
from tests.conftest import calcinfo, flat
from tests.labelled import HELD_OUT, Labelled, reports, score


@pytest.mark.parametrize("report", reports() + reports(HELD_OUT), ids=lambda r: r.name)
def test_labelled_reports_are_read_right_in_every_field(report: Labelled) -> None:
    assert score(report) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BI-RADS 4B", "4B"),
        ("BIRADS: 3", "3"),
        ("BI-RADS® Category 4", "4"),
        ("Category 0: Incomplete", "0"),
        ("ACR BI-RADS 2", "2"),
        ("Assessment: 4b", "4B"),
        ("BI-RADS III", "3"),
        ("BI-RADS 4 B", "4B"),
        ("bi-rads-5.", "5"),
        ("ASSESSMENT: Probably Benign.", "3"),
        ("Overall assessment: Suspicious.", "4"),
        ("Impression: Highly suggestive of malignancy.", "5"),
        ("Known biopsy-proven malignancy.", "6"),
        ("Incomplete: need prior mammograms for comparison.", "0"),
        # the subcategory named after the category's words
        ("ASSESSMENT: BI-RADS 4 (SUSPICIOUS), subcategory B", "4B"),
        ("Category 4 - Suspicious (4B: moderate suspicion)", "4B"),
        # ... but not a list of every subcategory
        ("BI-RADS 4 - Suspicious (subcategory a, b or c to follow)", "4"),
    ],
)
def test_every_way_a_category_is_written(text: str, expected: str) -> None:
    assert read(text).findings.category == Category(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Grouped amorphous calcifications in the left breast.",
        "Suspicious amorphous calcifications.",
        "Benign-appearing calcifications.",
        "The calcifications are probably benign in appearance",
        "Follow-up in 1.5 years.",
        "If these calcifications increase, this would be BI-RADS 4.",
        "The prior exam was BI-RADS 3.",
        "Previously BI-RADS 4A in 2021.",
        "Negative for malignancy was the prior pathology.",
        # a number word that counts, not a category
        "BI-RADS classification is one of the classification criteria used in mammography.",
        "Your BI-RADS report may list one or two findings.",
    ],
)
def test_a_category_is_never_inferred(text: str) -> None:
    assert read(text).findings.categories == ()


def test_the_overall_category_is_the_most_serious_in_atlas_order() -> None:
    text = "Right: BI-RADS 2. Left: BI-RADS 0. Additional left views."
    assert read(text).findings.category == Category.C0
    text = "Right: BI-RADS 6. Left: BI-RADS 3."
    assert read(text).findings.category == Category.C6
    text = "Right: BI-RADS 4A. Left: BI-RADS 0."
    assert read(text).findings.category == Category.C4A


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("No suspicious calcifications.", None),
        ("Without calcifications.", False),
        ("There are no calcifications.", False),
        ("Calcifications are not seen.", False),
        ("No new calcifications.", None),
        ("Benign-appearing calcifications.", True),
        ("Possible calcifications, likely artifact.", None),
        ("There is a mass but calcifications are present.", True),
        ("No mass. Grouped calcifications.", True),
    ],
)
def test_negation_and_hedging(text: str, present: bool | None) -> None:
    assert read(text).findings.calcifications is present


def test_no_new_calcifications_does_not_mean_new() -> None:
    findings = read("No new calcifications. Stable benign calcifications.").findings
    assert [c.value for c in findings.change] == ["stable"]


@pytest.mark.parametrize(
    ("word", "shape"),
    [
        ("eggshell", "rim"),
        ("lucent-centered", "rim"),
        ("pleomorphic", "fine-pleomorphic"),
        ("casting", "fine-linear-branching"),
        ("branching", "fine-linear-branching"),
        ("popcorn", "coarse-popcorn"),
        ("dermal", "skin"),
        ("secretory", "large-rod-like"),
        ("rod-like", "large-rod-like"),
        ("layering", "milk-of-calcium"),
        ("tea-cup", "milk-of-calcium"),
        ("indistinct", "amorphous"),
        ("sutural", "suture"),
    ],
)
def test_older_words_map_to_the_canonical_shapes(word: str, shape: str) -> None:
    findings = read(f"There are {word} calcifications in the left breast.").findings
    assert [s.value for s in findings.shapes] == [shape]


def test_clustered_is_grouped_and_negated_descriptors_are_left_out() -> None:
    findings = read("Clustered amorphous calcifications. No linear forms. No pleomorphic ones.")
    assert [p.value for p in findings.findings.patterns] == ["grouped"]
    assert [s.value for s in findings.findings.shapes] == ["amorphous"]


def test_location_size_density_and_evidence_offsets() -> None:
    text = "LEFT BREAST:\nGrouped amorphous calcifications at 2 o'clock, UOQ, spanning 8 mm. ACR C."
    findings = read(text).findings
    assert findings.side == Side.LEFT and findings.density and findings.density.value == "c"
    assert "2 o'clock" in findings.locations and "uoq" in [x.lower() for x in findings.locations]
    assert findings.sizes == ("8 mm",)
    for item in findings.evidence:
        assert text[item.start : item.end] == item.text


def test_wrapped_lines_are_joined_before_reading() -> None:
    text = (
        "Magnification views of the left breast show a group of amorphous calcifications in the\n"
        "upper outer quadrant spanning 8 mm and the findings are suspicious for malignancy here.\n"
    )
    findings = read(text).findings
    assert "upper outer quadrant" in findings.locations and findings.sizes == ("8 mm",)


@pytest.mark.parametrize(
    "text",
    [
        # a line that describes the calcifications named on the next goes on into them
        "There are grouped amorphous\ncalcifications in the left breast.",
        # a heading over the lesson below it does not
        "A woman's screening mammogram showed clustered calcifications in the left breast.\n"
        "Differential Diagnosis\nMicrocalcifications can be hard to analyze. When they are"
        " clustered, their form becomes critical. Otherwise, biopsy should be done at the"
        " clinician's discretion.",
    ],
)
def test_a_heading_line_above_calcifications_is_not_their_description(text: str) -> None:
    findings = read(text).findings
    assert len(findings.calcification_findings) == 1
    assert findings.calcification_findings[0].side is Side.LEFT
    assert findings.recommendations == ()


def test_unrelated_text_reads_as_nothing() -> None:
    assert read("The quick brown fox jumps over the lazy dog.").findings.is_empty


# ---------------------------------------------------------------- untrusted files


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n\t ", "is empty"),
        (b"%PDF-1.7 binary", "is a PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "does not look like text"),
        (bytes(range(1, 32)) * 10, "does not look like text"),
    ],
)
def test_files_that_are_not_reports(data: bytes, message: str) -> None:
    with pytest.raises(ReportFileError, match=message):
        decode(data)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Catégorie BI-RADS 3".encode(), "Catégorie BI-RADS 3"),
        ("\ufeffBI-RADS 3".encode(), "BI-RADS 3"),
        ("Catégorie BI-RADS 3".encode("cp1252"), "Catégorie BI-RADS 3"),
        ("BI-RADS 3 – bénin".encode("utf-16"), "BI-RADS 3 – bénin"),
    ],
)
def test_common_encodings_are_read(data: bytes, text: str) -> None:
    assert decode(data) == text


def test_missing_folder_and_huge_files(tmp_path: Path) -> None:
    with pytest.raises(ReportFileError, match="There is no file"):
        read_report(str(tmp_path / "missing.txt"))
    with pytest.raises(ReportFileError, match="is a folder"):
        read_report(str(tmp_path))
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"BI-RADS 3. " * (MAX_BYTES // 10))
    with pytest.raises(ReportFileError, match="larger than 1 MB"):
        read_report(str(huge))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "There is no file"),
        ("binary.bin", b"\x00\x01\x02\x03" * 100, "does not look like text"),
        ("empty.txt", b"", "is empty"),
        ("report.pdf", b"%PDF-1.4\n...", "is a PDF"),
    ],
)
def test_ask_with_a_bad_report_file_exits_1_calmly(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = calcinfo("ask", "--no-input", "--report", str(path))
    assert result.returncode == 1 and message in flat(result.stderr) and result.stdout == ""
    assert "Traceback" not in result.stderr


def test_ask_reads_a_pasted_report_from_standard_input() -> None:
    result = calcinfo(
        "ask",
        "--no-input",
        "--report",
        "-",
        "--json",
        stdin="LEFT: grouped fine pleomorphic calcifications. BI-RADS 4B.",
    )
    import json

    findings = json.loads(result.stdout)["findings"]
    assert findings["category"] == "4B" and findings["shapes"] == ["fine-pleomorphic"]
    assert findings["evidence"] and all("start" in e for e in findings["evidence"])


def test_markup_and_escape_codes_in_a_report_are_shown_literally(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "[bold red]BI-RADS 2[/bold red] benign calcifications \x1b[2J\x1b[31m left.\n"
    )
    result = calcinfo(
        "ask",
        "--no-input",
        "--report",
        str(report),
        env={"NO_COLOR": "", "TERM": "xterm", "FORCE_COLOR": "1"},
    )
    assert result.returncode == 0
    assert "\x1b[2J" not in result.stdout and "\\x1b[2J" in result.stdout
    assert "[bold red]BI-RADS 2[/bold red]" in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "Please bring your insurance card to the appointment.\n",
        # a page that explains the categories: their words, but none of them hers
        "Category 4 has three parts.\nBI-RADS 4A: low suspicion for cancer\nBI-RADS 4B: "
        "moderate suspicion for cancer\nBI-RADS 4C: high suspicion for cancer\n",
    ],
)
def test_a_text_with_nothing_of_hers_says_so(tmp_path: Path, text: str) -> None:
    report = tmp_path / "note.txt"
    report.write_text(text)
    result = calcinfo("ask", "--no-input", "--report", str(report))
    assert result.returncode == 0
    assert "found nothing in this text that is about you" in flat(result.stderr)
    assert "What calcinfo read" not in result.stdout
    assert "You did not give details from your report" in flat(result.stdout)
