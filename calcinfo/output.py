"""Everything calcinfo writes: messages, JSON, and her files (atomically, never over an
existing file unless she said so)."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


class Streams:
    """Standard output and error as Rich consoles, made when first used (Rich is not needed
    before the first question)."""

    def __init__(self, out: Console | None = None, err: Console | None = None) -> None:
        self._out, self._err = out, err

    @property
    def out(self) -> Console:
        if self._out is None:
            from calcinfo.render.terminal import make_console  # noqa: PLC0415

            self._out = make_console()
        return self._out

    @property
    def err(self) -> Console:
        if self._err is None:
            from calcinfo.render.terminal import make_console  # noqa: PLC0415

            self._err = make_console(stderr=True)
        return self._err

    def say(self, message: str, style: str = "") -> None:
        """A message on stderr. Made safe here, once: file names and report words in it can
        neither style nor move the terminal."""
        _print(self.err, message, style)

    def show(self, message: str, style: str = "") -> None:
        _print(self.out, message, style)


def _print(console: Console, message: str, style: str) -> None:
    from rich.text import Text  # noqa: PLC0415

    from calcinfo.render import safe  # noqa: PLC0415

    console.print(Text(safe(message), style=style))


def print_json(data: Any) -> None:
    """JSON on stdout: UTF-8 where the output takes it, \\u escapes where it does not, so the
    data stays whole either way."""
    import json  # noqa: PLC0415

    encoding = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "")
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=encoding != "utf8") + "\n")


class OutputError(Exception):
    """A file that could not be written. The message is for her, in plain words."""


def write_file(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write `data` to `path` in one step: a reader sees the old file or the new, never half.

    Without `replace`, an existing file is left alone and `FileExistsError` is raised, even if
    the file appears between our check and the write (the final step is a hard link, which
    fails on an existing name).
    """
    import tempfile  # noqa: PLC0415

    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"The folder {folder} does not exist.")
    if path.is_dir():
        raise OutputError(f"{path} is a folder. Please give a file name.")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"calcinfo cannot write in {folder}: {error.strerror}.") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # A new sheet is hers alone (mkstemp makes it 0600); a replaced file keeps its mode.
        if replace and path.exists():
            os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
        if replace:
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)
            except FileExistsError:
                raise
            except OSError:
                # Some file systems have no hard links: fall back to a checked rename.
                if path.exists():
                    raise FileExistsError(path) from None
                os.replace(temp, path)
    except OSError as error:
        if isinstance(error, FileExistsError):
            raise
        raise OutputError(f"calcinfo could not write {path}: {error.strerror}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
