"""Her report, line by line (issue 13): every sentence shown, each known term with a note in
the sense the sentence uses it, administration left out; in the text, the sheet and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcinfo.knowledge.glossary import load_glossary
from calcinfo.reader.annotate import annotate
from tests.conftest import calcinfo

PORTAL = Path(__file__).parent / "reports" / "portal-example.txt"


def notes(text: str) -> dict[str, str]:
    """term -> sense, over the whole text."""
    return {n.term: n.sense for line in annotate(text) for n in line.notes}


@pytest.mark.parametrize(
    ("text", "must", "must_not"),
    [
        (
            "Grouped amorphous calcifications, left breast.",
            ["Amorphous calcifications", "Grouped (clustered)"],
            [],
        ),
        (
            "Scattered benign-appearing vascular calcifications.",
            ["Benign-appearing", "Vascular calcifications"],
            [],
        ),
        ("BI-RADS 4B: moderate suspicion for malignancy.", ["BI-RADS 4B: moderate suspicion"], []),
        ("Heterogeneously dense breast tissue.", ["Density c: heterogeneously dense"], []),
        ("Spot compression and magnification views were obtained.", ["Magnification view"], []),
        ("A 6 mm hypoechoic mass at 2 o'clock, 3 cm from the nipple.", ["Mass", "Hypoechoic"], []),
        ("Stereotactic core needle biopsy is recommended.", ["Core needle biopsy"], []),
        # a visit to talk about an operation, not the operation itself
        (
            "Pathology: intraductal papilloma. Surgical consultation recommended.",
            ["Surgical consultation", "Intraductal papilloma"],
            ["Surgical (excisional) biopsy"],
        ),
        ("Surgical excision is recommended.", ["Surgical (excisional) biopsy"], []),
    ],
)
def test_report_terms_get_their_note(text: str, must: list[str], must_not: list[str]) -> None:
    found = notes(text)
    for term in must:
        assert term in found, (term, sorted(found))
    for term in must_not:
        assert term not in found


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        ("No associated mass or architectural distortion.", "Mass", "after a word such as 'no'"),
        ("Dense tissue may obscure small masses.", "Mass", "said in general"),
        ("Patient reports her mother had breast carcinoma.", "Malignant", "family's history"),
        ("She had DCIS of the right breast in 2019.", "Ductal carcinoma in situ (DCIS)", "earlier"),
        ("Grouped amorphous calcifications, left breast.", "Amorphous calcifications", ""),
    ],
)
def test_a_note_says_how_the_sentence_uses_the_word(text: str, term: str, sense: str) -> None:
    found = notes(text)
    assert sense in found[term] if sense else found[term] == ""


def test_every_sentence_is_shown_and_administration_is_left_out() -> None:
    text = (
        "FINDINGS: These were not present on the 2025 examination.\n"
        "IMPRESSION: BI-RADS 2.\n"
        "Accession number 123456. Electronically signed by Dr A. Jones.\n"
    )
    shown = [line.text for line in annotate(text)]
    assert "These were not present on the 2025 examination." in shown  # no notes, still shown
    assert not any("Accession" in s or "Electronically signed" in s for s in shown)


def test_offsets_point_into_the_report_as_given() -> None:
    text = PORTAL.read_text(encoding="utf-8")
    variants = {v for t in load_glossary() for v in t.variants}
    from calcinfo.reader.text import normalize

    for line in annotate(text):
        assert text[line.start : line.end] == line.text
        for note in line.notes:
            words = " ".join(text[note.start : note.end].lower().split())
            # a term's own words, or a short form of them ("MAMMO" for "mammogram")
            assert words in variants or normalize(words).norm in variants


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_annotated_without_error(text: str) -> None:
    for line in annotate(text):
        assert 0 <= line.start <= line.end <= len(text)


def test_the_json_lists_each_note_with_offsets_and_numbered_sources() -> None:
    result = calcinfo("ask", "--no-input", "--json", "--report", str(PORTAL))
    data = json.loads(result.stdout)
    text = PORTAL.read_text(encoding="utf-8")
    annotations = data["annotations"]
    assert len(annotations) >= 20
    numbers = {s["number"] for s in data["explanation"]["sources"]}
    for item in annotations:
        assert set(item) == {"start", "end", "term", "note", "sense", "sources"}
        assert text[item["start"] : item["end"]].strip()
        assert item["sources"] and set(item["sources"]) <= numbers
    sections = [s["id"] for s in data["explanation"]["sections"]]
    assert sections[-1] == "line-by-line"


def test_no_line_by_line_leaves_it_out() -> None:
    result = calcinfo("ask", "--no-input", "--json", "--no-line-by-line", "--report", str(PORTAL))
    data = json.loads(result.stdout)
    assert "annotations" not in data
    assert "line-by-line" not in [s["id"] for s in data["explanation"]["sections"]]


def test_the_sheet_carries_her_report_line_by_line(tmp_path: Path) -> None:
    sheet = tmp_path / "s.html"
    result = calcinfo("ask", "--no-input", "--report", str(PORTAL), "--save", str(sheet))
    assert result.returncode == 0, result.stderr
    page = sheet.read_text(encoding="utf-8")
    assert "Your report, line by line" in page and "Tomosynthesis" in page


def test_her_words_are_never_read_as_source_markers() -> None:
    result = calcinfo(
        "ask", "--no-input", "--json", "--report", "-", stdin="IMPRESSION: BI-RADS 2 [@ATLAS-BOOK]."
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("There is a scar marker over the old biopsy site.", "Marker clip"),  # a skin marker
        ("Grade I dilated ducts over both breasts.", "Grade"),  # not a pathology grade
        ("If you feel a lump, call your doctor.", "Mass"),  # felt, not seen on pictures
        ("Her mother had breast cancer.", "Malignant"),  # plain words need no note
    ],
)
def test_no_note_for_the_wrong_sense_of_a_word(text: str, wrong: str) -> None:
    assert wrong not in notes(text)


def test_what_a_note_says_about_the_sentence_reads_plainly() -> None:
    import textstat

    from calcinfo.reader.annotate import SENSES

    for sense in SENSES.values():
        assert textstat.flesch_kincaid_grade(sense) <= 8, sense
