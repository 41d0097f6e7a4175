"""Reading her report from a file or standard input: size, binary and encoding checks.

Every failure is a `ReportFileError` whose message is for her, in plain words.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

MAX_BYTES = 1_000_000
"""A report is a few pages; over 1 MB is not a report (and would only slow things down)."""

FALLBACK_ENCODINGS = ("cp1252", "latin-1")


class ReportFileError(Exception):
    pass


def read_report(name: str, stdin: BinaryIO | None = None) -> str:
    """The report text from a path, or from standard input when `name` is `-`."""
    if name == "-":
        stream = stdin or sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        where = "The pasted report"
    else:
        path = Path(name)
        where = f"The file {name}"
        if not path.exists():
            raise ReportFileError(f"There is no file at {name}. Check the name and the folder.")
        if path.is_dir():
            raise ReportFileError(f"{name} is a folder. Please give the report's file instead.")
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except PermissionError:
            raise ReportFileError(f"calcinfo is not allowed to read {name}.") from None
        except OSError as error:
            raise ReportFileError(f"calcinfo could not read {name}: {error.strerror}.") from None
    if len(data) > MAX_BYTES:
        raise ReportFileError(
            f"{where} is larger than 1 MB, which is much longer than a report. "
            "Please copy just the report's text into a file of its own."
        )
    return decode(data, where)


def decode(data: bytes, where: str = "The report") -> str:
    if data.startswith(b"%PDF"):
        raise ReportFileError(
            f"{where} is a PDF. calcinfo reads text only: open the PDF, select the report's "
            "text, copy it, and paste it with --report - (or save it as a .txt file)."
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), where)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise ReportFileError(
            f"{where} does not look like text (it may be a picture or a program). "
            "Please give the report's text."
        )
    for encoding in ("utf-8-sig", *FALLBACK_ENCODINGS):
        try:
            return _checked(data.decode(encoding), where)
        except UnicodeDecodeError:
            continue
    raise ReportFileError(f"{where} could not be read as text.")  # pragma: no cover - latin-1


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
