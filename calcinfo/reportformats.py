"""Her report as she gets it: the text of a PDF (a portal download) or of a saved web page.

PDF text comes from PDFium (pypdfium2), imported only here, when a PDF is read: it costs about
55 ms, which no other run pays. Web pages are read with the standard library's HTML parser.
Both give plain text, which the reader then reads like any report; every failure is a
`ReportFileError` with a message for her.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from calcinfo.reportfile import MAX_PDF_BYTES, ReportFileError

__all__ = ["MAX_PDF_BYTES", "html_text", "looks_like_html", "pdf_text", "without_furniture"]

_PAGE_NUMBER = re.compile(
    r"(?i)^\s*(?:page\s*)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$|^\s*page\s+\d{1,3}\s*$"
)
_EDGE = 4  # page furniture sits in a page's first or last few lines


def pdf_text(data: bytes, where: str) -> str:
    """The text of a PDF in reading order, page after page, without the furniture that repeats
    on every page (page numbers, her name and record number, the print date)."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - only a PDF pays for PDFium

    if len(data) > MAX_PDF_BYTES:
        raise ReportFileError(
            f"{where} is a PDF larger than 20 MB, which is much more than a report. "
            "Please save just the report's pages, or copy its text."
        )
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise ReportFileError(
                f"{where} is a PDF locked with a password, so calcinfo cannot read it. "
                "Open it with its password, copy the report's text, and paste it with --report -."
            ) from None
        raise ReportFileError(
            f"{where} is a PDF that calcinfo cannot open; it may be damaged or cut short. "
            "Try downloading it again, or copy the report's text and paste it with --report -."
        ) from None
    pages: list[str] = []
    try:
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    except pdfium.PdfiumError:
        raise ReportFileError(
            f"{where} is a PDF that calcinfo cannot read to the end; it may be damaged."
        ) from None
    finally:
        document.close()
    text = without_furniture(pages)
    if not text.strip():
        raise ReportFileError(
            f"{where} is a PDF with no text in it, only a picture of the page (a scan or a "
            "photo). calcinfo cannot read pictures of text. You can copy the text from your "
            "patient portal and paste it with --report -, or answer calcinfo's questions "
            "instead (calcinfo ask)."
        )
    return text


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def without_furniture(pages: list[str]) -> str:
    """Pages joined, without page numbers and without lines that repeat at the top or foot of
    two or more pages."""
    split = [page.replace("\r\n", "\n").replace("\r", "\n").split("\n") for page in pages]
    edges: Counter[str] = Counter()
    for lines in split:
        filled = [line for line in lines if line.strip()]
        edges.update({_key(line) for line in filled[:_EDGE] + filled[-_EDGE:]})
    repeated = {key for key, count in edges.items() if count >= 2} if len(pages) > 1 else set()
    kept = []
    for lines in split:
        kept.append(
            "\n".join(
                line
                for line in lines
                if not _PAGE_NUMBER.match(line) and (not line.strip() or _key(line) not in repeated)
            ).strip("\n")
        )
    return "\n\n".join(page for page in kept if page.strip())


# ---------------------------------------------------------------- web pages

_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
        "tfoot", "thead", "title", "ul",
    }
)  # fmt: skip
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg"})


class _Visible(HTMLParser):
    """The text a browser would show: entities decoded, scripts and styles dropped, blocks and
    table rows on lines of their own, a row's cells joined as 'label: value'."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0
        self.cells: list[str] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "tr":
            self.cells = []
        elif tag in {"td", "th"} and self.cells is not None:
            self.cell = []
        elif tag in _BLOCKS:
            self.out.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"br", "hr"}:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in {"td", "th"} and self.cells is not None and self.cell is not None:
            self.cells.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.cells is not None:
            cells = [c for c in self.cells if c]
            if len(cells) == 2 and len(cells[0]) <= 40 and not cells[0].endswith((":", ".")):
                self.out.append(f"\n{cells[0]}: {cells[1]}\n")
            elif cells:
                self.out.append("\n" + "  ".join(cells) + "\n")
            self.cells = None
        elif tag in _BLOCKS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.out.append(data)


def looks_like_html(text: str, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip("\ufeff \t\r\n")[:500].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body")) or (
        head.startswith("<") and ("<p>" in head or "<div" in head or "<br" in head)
    )


def html_text(html: str) -> str:
    """The visible text of a web page, one block a line."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
