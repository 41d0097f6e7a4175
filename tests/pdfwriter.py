"""A small PDF writer for the tests: pages of text lines (Helvetica, positioned), a page with
only a drawn box (like a scan, no text layer), an encrypted file, a damaged one.

Just enough of PDF 1.4 for PDFium to read; kept here so the test PDFs are made by the tests.
"""

from __future__ import annotations

from collections.abc import Sequence

Line = tuple[float, float, str]  # x, y (points from the bottom left), text


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(lines: Sequence[Line], box: bool) -> bytes:
    parts = []
    if box:
        parts.append("0.5 g 72 300 450 400 re f")
    for x, y, text in lines:
        data = _escape(text).encode("cp1252", errors="replace").decode("latin-1")
        parts.append(f"BT /F1 11 Tf {x} {y} Td ({data}) Tj ET")
    return "\n".join(parts).encode("latin-1")


def make_pdf(
    pages: Sequence[Sequence[Line]], *, box: bool = False, encrypted: bool = False
) -> bytes:
    """A PDF with one page per item of `pages`, each a list of text lines."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        stream = _content(lines, box)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, font, content)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    encrypt = None
    if encrypted:  # a standard security handler whose password is not empty
        encrypt = add(
            b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <"
            + b"ab" * 32
            + b"> /U <"
            + b"cd" * 32
            + b"> >>"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if encrypt:
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (encrypt, b"01" * 16, b"01" * 16)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def report_lines(text: str, x: float = 72, top: float = 720, step: float = 14) -> list[Line]:
    """Lines of `text` down the page from the top, one line each."""
    return [(x, top - i * step, line) for i, line in enumerate(text.splitlines())]
