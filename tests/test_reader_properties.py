"""The reader takes any text: it never raises; case and surrounding white space change nothing."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from calcinfo.reader import read
from calcinfo.reportfile import ReportFileError, decode
from tests.realtexts import without_evidence

REPORT_WORDS = st.sampled_from(
    [
        "BI-RADS",
        "birads",
        "4B",
        "category",
        "3",
        "IV",
        "calcifications",
        "no",
        "without",
        "grouped",
        "amorphous",
        "left",
        "right",
        "breast",
        "prior",
        "if",
        "would",
        "be",
        ".",
        ",",
        ":",
        "\n",
        " ",
        "density",
        "c",
        "biopsy",
        "recommended",
        "6-month",
        "follow-up",
        "stable",
        "new",
        "suspicious",
        "benign",
        "o'clock",
        "2",
        "mm",
        "®",
        "–",
        "\x1b[31m",
        "[red]",
        "\u202e",
        # the shapes of this session's rules: bullets and boxes inside a line, a quiz's
        # question and options, headings in capitals, a label above its value
        "\u2022",
        "( )",
        "(x)",
        "?",
        "a.",
        "b.",
        "#",
        "IMPRESSION",
        "OVERALL ASSESSMENT:",
        "RIGHT BREAST:",
        "Ultrasound:",
        "PATHOLOGY REPORT",
        "Management of",  # a title line that is a heading of its own (and a text of no sentence)
        "sometimes",
        "when",
        "such as",
        # short forms read as the words they stand for, each mapped back to her own letters
        "US",
        "us",
        "targeted",
        "bx",
        "h/o",
        "s/p",
        "&",
        "calcs",
        "ca",
        "58 yo",
        # what a PDF's or a web page's text puts inside words
        "calci\ufb01cations",
        "\u00ad",
        "\u200b",
        "\ufeff",
    ]
)
REPORTISH = st.lists(REPORT_WORDS, max_size=60).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=400), REPORTISH)


def _every_heading() -> list[str]:
    rules = tomllib.loads(
        resources.files("calcinfo.reader").joinpath("rules/sections.toml").read_text("utf-8")
    )
    words = [h for part in rules["section"] for h in part["headings"]]
    return words + [start for part in rules["title_section"] for start in part["starts"]]


def test_a_text_of_a_heading_alone_reads_without_raising() -> None:
    """Every heading alone, with its colon, and as a title line of its own: a text that is all
    heading has no sentence ("Management of Atypical Ductal Hyperplasia Diagnosed on Core
    Needle Biopsy" alone had raised an IndexError, and `calcinfo ask --report` a traceback)."""
    for heading in _every_heading():
        for text in (
            heading,
            heading.upper() + ":",
            heading.title() + " Atypical Ductal Hyperplasia Diagnosed on Core Needle Biopsy",
            heading.title() + " Invasive Ductal Carcinoma After Biopsy: The Results",
        ):
            read(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
@example("")
@example("Management of Atypical Ductal Hyperplasia Diagnosed on Core Needle Biopsy")
@example("\x00\x00")
@example("BI-RADS " * 50)
def test_the_reader_never_raises_and_evidence_points_into_the_text(text: str) -> None:
    findings = read(text).findings
    for item in findings.evidence:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start : item.end] == item.text


@settings(max_examples=300, deadline=None)
@given(
    REPORTISH,
    st.sampled_from(["", " ", "\n\n", "\t ", "   \n"]),
    st.sampled_from(["", " ", "\n", "\n\n  "]),
)
def test_surrounding_white_space_changes_nothing(text: str, before: str, after: str) -> None:
    assert without_evidence(read(before + text + after).findings) == without_evidence(
        read(text).findings
    )


@settings(max_examples=300, deadline=None)
@given(REPORTISH)
# found by Hypothesis: a page whose every break is doubled was halved in capitals only, and
# where its only capital was inside a word ("4B")
@example("BI-RADS BI-RADS BI-RADS BI-RADS RIGHT BREAST: BI-RADS \n \n 4B")
@example("a. left \n \n 4B")
def test_case_changes_nothing(text: str) -> None:
    """A text all in capitals and the same text in small letters read alike. A text with
    both reads alike too, unless it writes a heading's line in capitals ("RADIOLOGY
    IMPRESSION", a heading after a full stop where line breaks were lost): capitals are a
    heading's mark there, and may only make a heading of that line; or unless a line of it
    opens on a capital and it has blank lines: there capitals tell a page whose every break
    is doubled from paragraphs with a blank line between each (text.py)."""
    expected = without_evidence(read(text.lower()).findings)
    assert without_evidence(read(text.upper()).findings) == expected
    capital_heading = re.search(r"[A-Z]{2,}", text)
    capital_line = re.search(r"(?:^|\n)[^\S\n]*[A-Z]", text) and re.search(r"\n\s*\n", text)
    if not capital_heading and not capital_line:
        assert without_evidence(read(text).findings) == expected


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_give_a_plain_message(data: bytes) -> None:
    try:
        text = decode(data)
    except ReportFileError as error:
        assert str(error)
    else:
        read(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab1.:> \t\n\r\u00a0\u2028\u2019-")), max_size=60))
def test_every_normalized_character_maps_back_to_the_one_she_wrote(text: str) -> None:
    """Evidence is shown in her own words: each letter of the normalized text comes from the
    same letter of the original, whatever white space stood around it."""
    from calcinfo.reader.text import normalize

    folded = normalize(text)
    assert not any(run in folded.norm for run in ("  ", " \n", "\n "))
    for i, char in enumerate(folded.norm):
        if char.isalnum():
            a, b = folded.span(i, i + 1)
            assert text[a:b].lower() == char
