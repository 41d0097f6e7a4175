"""Reading her report from a file or standard input: size, binary and encoding checks.

Every failure is a `ReportFileError` whose message is for her, in plain words.
"""

from __future__ import annotations

import errno
import stat
import sys
from pathlib import Path
from typing import BinaryIO

MAX_BYTES = 1_000_000
"""A report is a few pages; over 1 MB is not a report (and would only slow things down)."""

FALLBACK_ENCODINGS = ("cp1252", "latin-1")


class ReportFileError(Exception):
    pass


MAX_PDF_BYTES = 20_000_000
"""A report PDF is a few pages; 20 MB leaves room for a scanned page or two, no more."""


def read_report(name: str, stdin: BinaryIO | None = None) -> str:
    """The report text from a path, or from standard input when `name` is `-`: plain text, the
    text of a PDF, or the visible text of a saved web page."""
    if name == "-":
        stream = stdin or sys.stdin.buffer
        data = stream.read(MAX_PDF_BYTES + 1)
        where = "The pasted report"
    else:
        where = f"The file {name}"
        data = read_bytes(name, "the report's file", MAX_PDF_BYTES + 1)
    if len(data) > MAX_BYTES and not data.startswith(b"%PDF"):
        raise _too_long(where)
    text = decode(data, where)
    from calcinfo.reportformats import html_text, looks_like_html  # noqa: PLC0415

    if looks_like_html(text, name):
        return _checked(html_text(text), where)
    return text


def _too_long(where: str) -> ReportFileError:
    return ReportFileError(
        f"{where} is larger than 1 MB, which is much longer than a report. "
        "Please copy just the report's text into a file of its own."
    )


def _capped(text: str, where: str) -> str:
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise _too_long(where)
    return text


def read_bytes(name: str, what: str, limit: int) -> bytes:
    """Up to `limit` bytes of a regular file, or a `ReportFileError` that says what is wrong
    with the path: missing, a folder, a pipe or device (which could wait for ever), a link that
    loops, a name too long, a folder she may not enter."""
    path = Path(name)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReportFileError(f"{name} is a folder. Please give {what} instead.")
        if not stat.S_ISREG(info.st_mode):
            raise ReportFileError(
                f"{name} is not a regular file (it may be a pipe or a device). "
                f"Please give {what} instead."
            )
        with path.open("rb") as handle:
            return handle.read(limit)
    except ReportFileError:
        raise
    except OSError as error:
        raise ReportFileError(path_problem(name, error)) from None


def name_too_long(name: str) -> str:
    return f"The name {name[:40]}... is longer than this computer allows. Choose a shorter one."


def path_problem(name: str, error: OSError) -> str:
    """What is wrong with a path, in plain words."""
    if error.errno == errno.ENOENT:
        if Path(name).is_symlink():
            return f"{name} is a link to a place that does not exist."
        return f"There is no file at {name}. Check the name and the folder."
    if error.errno == errno.ELOOP:
        return f"{name} is a link that points back to itself, so there is no file to read."
    if error.errno == errno.ENAMETOOLONG:
        return name_too_long(name)
    if error.errno in {errno.EACCES, errno.EPERM}:
        return f"calcinfo is not allowed to open {name}, or a folder on the way to it."
    if error.errno == errno.ENOTDIR:
        return f"Part of the path {name} is a file, not a folder."
    return f"calcinfo could not use {name}: {error.strerror or error}."


def decode(data: bytes, where: str = "The report") -> str:
    if data.startswith(b"%PDF"):
        from calcinfo.reportformats import pdf_text  # noqa: PLC0415

        return _capped(_checked(pdf_text(data, where), where), where)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), where)
        except UnicodeDecodeError:
            pass
    utf16 = _utf16_without_mark(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), where)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise ReportFileError(
            f"{where} does not look like text (it may be a picture or a program). "
            "Please give the report's text."
        )
    try:
        return _checked(data.decode("utf-8-sig"), where)
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few bad bytes: keep what is valid, replace only the bad bytes. A file
    # with no valid UTF-8 beyond plain ASCII is an older encoding such as Windows-1252.
    mended = data.decode("utf-8-sig", errors="replace")
    if any(ord(c) > 127 and c != "\ufffd" for c in mended):
        return _checked(mended, where)
    for encoding in FALLBACK_ENCODINGS:
        try:
            return _checked(data.decode(encoding), where)
        except UnicodeDecodeError:
            continue
    raise ReportFileError(f"{where} could not be read as text.")  # pragma: no cover - latin-1


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 saved without its byte-order mark: nearly every other byte is zero."""
    pairs = len(data) // 2
    if pairs < 2 or len(data) % 2:
        return None
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    if odd >= 0.8 * pairs and even < 0.2 * pairs:
        return "utf-16-le"
    if even >= 0.8 * pairs and odd < 0.2 * pairs:
        return "utf-16-be"
    return None


def _checked(text: str, where: str) -> str:
    if not text.strip():
        raise ReportFileError(f"{where} is empty. Please give the report's text.")
    control = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if control > max(8, len(text) // 20):
        raise ReportFileError(
            f"{where} does not look like text (it may be a picture or a program). "
            "Please give the report's text."
        )
    return text
