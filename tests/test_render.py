from __future__ import annotations

import datetime as dt
import html.parser
import os
from pathlib import Path

import pytest
from icalendar import Calendar

from calcinfo.findings import Assessment, Category, Findings, Shape, Side
from calcinfo.knowledge.engine import explain
from calcinfo.output import OutputError, write_file
from calcinfo.render import body_blocks, safe
from calcinfo.render.calendar import to_ics
from calcinfo.render.cite import bibtex, format_source, references_text
from calcinfo.render.sheet import to_html, to_markdown, to_text
from tests.conftest import PLAIN_SECTION_TITLES

FINDINGS = Findings.of(
    categories=(Assessment(Category.C3, Side.LEFT),),
    calcifications=True,
    shapes=(Shape.PUNCTATE,),
    report_date=dt.date(2026, 11, 2),
    locations=("<script>alert(1)</script> [red]x[/red] *bold* \x1b[31m",),
)


def test_safe_makes_escape_codes_visible_and_inert() -> None:
    assert safe("a\x1b[31mb\x07\u202e") == "a\\x1b[31mb\\x07\\u202e"
    assert safe("line\nnext\ttab") == "line\nnext\ttab"


def test_text_sheet_has_every_section_and_numbered_sources() -> None:
    text = to_text(explain(FINDINGS))
    for title in PLAIN_SECTION_TITLES:
        assert title in text
    assert "[1] D'Orsi" in text and "not a diagnosis" in " ".join(text.split())
    assert "\x1b" not in text and "\\x1b[31m" in text
    assert all(len(line) <= 78 or "://" in line for line in text.splitlines())


def test_markdown_keeps_her_words_from_becoming_formatting() -> None:
    md = to_markdown(explain(FINDINGS))
    assert "\\*bold\\*" in md and "\\<script\\>" in md
    assert "## Questions to take to your doctor" in md and "\n1. " in md
    assert "[1]" in md  # source markers stay readable


class _Parser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.scripts += tag == "script"


def test_html_sheet_is_one_self_contained_escaped_page() -> None:
    page = to_html(explain(FINDINGS))
    parser = _Parser()
    parser.feed(page)
    assert parser.scripts == 0
    assert "&lt;script&gt;" in page
    assert "<link" not in page and "http" not in page.split("<body>")[0]  # no outside files
    assert "@media print" in page and "Notes from my appointment" in page
    assert parser.tags.count("section") >= 6


def test_calendar_parses_back_with_one_event_per_dated_check() -> None:
    made = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
    data = to_ics(explain(FINDINGS), made=made)
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    starts = sorted(e.decoded("dtstart") for e in events)
    assert starts == [dt.date(2027, 5, 2), dt.date(2027, 11, 2), dt.date(2028, 11, 2)]
    assert all("calcinfo" in str(e.get("summary")) for e in events)
    assert len({str(e.get("uid")) for e in events}) == 3
    assert to_ics(explain(FINDINGS), made=made) == data  # same answers, same file


def test_calendar_without_dates_is_refused() -> None:
    with pytest.raises(ValueError, match="no dated"):
        to_ics(explain(Findings.of(categories=(Assessment(Category.C4B),))))


def test_body_blocks_keep_paragraphs_lists_and_steps() -> None:
    blocks = body_blocks("One.\nTwo.\n\n- a\n- b\n\n1. first\n2. second")
    assert [(b.kind, b.text) for b in blocks] == [
        ("p", "One. Two."),
        ("li", "a"),
        ("li", "b"),
        ("ol", "first"),
        ("ol", "second"),
    ]


def test_citation_styles(kb: object) -> None:
    from calcinfo.knowledge import load

    source = load().sources["SPRAGUE-2014"]
    entry = bibtex(source)
    assert entry.startswith("@article{SPRAGUE-2014,") and "pages = {dju255}" in entry
    assert "doi = {10.1093/jnci/dju255}" in entry
    assert format_source(source, "mla").startswith("Sprague, B. L., et al.")
    mordang = bibtex(load().sources["MORDANG-2018"])
    assert "and others" in mordang  # unverified co-authors are not invented
    text = references_text([source], "apa")
    assert text.startswith("[1] Sprague") and "\n" not in text.strip()


def test_write_file_never_replaces_without_being_told(tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    write_file(path, b"first")
    with pytest.raises(FileExistsError):
        write_file(path, b"second")
    assert path.read_bytes() == b"first"
    write_file(path, b"second", replace=True)
    assert path.read_bytes() == b"second"
    assert sorted(os.listdir(tmp_path)) == ["sheet.txt"]  # no temporary file left behind


@pytest.mark.parametrize("where", ["missing-folder/sheet.txt", "."])
def test_write_file_errors_are_plain(tmp_path: Path, where: str) -> None:
    with pytest.raises(OutputError):
        write_file(tmp_path / where, b"x")
