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
        self.saved: list[Path] = []  # files written in this run, to name if it is cut short

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

    from calcinfo.render import CONTROL  # noqa: PLC0415

    encoding = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "")
    text = json.dumps(data, indent=2, ensure_ascii=encoding != "utf8")
    # Bidi and other control characters from her words stay in the data, written as \u
    # escapes, so they cannot reorder or restyle what a terminal shows.
    text = CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    sys.stdout.write(text + "\n")


def check_target(path: Path) -> bool:
    """Whether a file she asked to save to exists already; an `OutputError` in plain words
    when the name cannot be written at all (no such folder, a folder she may not enter, a
    name too long, a link to nowhere, a folder of that name)."""
    from calcinfo.reportfile import name_too_long, path_problem  # noqa: PLC0415

    folder = path.parent if str(path.parent) else Path(".")
    if len(os.fsencode(path.name)) > 255:
        raise OutputError(name_too_long(path.name))
    try:
        if not stat.S_ISDIR(folder.stat().st_mode):
            raise OutputError(f"{folder} is not a folder.")
        info = path.lstat()
    except FileNotFoundError:
        if not folder.exists():
            raise OutputError(f"The folder {folder} does not exist.") from None
        return False
    except OSError as error:
        raise OutputError(path_problem(str(path), error)) from None
    if stat.S_ISLNK(info.st_mode) and not path.exists():
        raise OutputError(f"{path} is a link to a place that does not exist. Choose another name.")
    if path.is_dir():
        raise OutputError(f"{path} is a folder. Please give a file name.")
    return True


class OutputError(Exception):
    """A file that could not be written. The message is for her, in plain words."""


def write_file(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write `data` to `path` in one step: a reader sees the old file or the new, never half.

    Without `replace`, an existing file is left alone and `FileExistsError` is raised, even if
    the file appears between our check and the write (the final step is a hard link, which
    fails on an existing name).
    """
    import tempfile  # noqa: PLC0415

    check_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        # A short prefix: the temporary name must fit wherever the real name fits.
        fd, temp = tempfile.mkstemp(prefix=f".{path.name[:32]}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"calcinfo cannot write in {folder}: {error.strerror}.") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # A new sheet is hers alone (mkstemp makes it 0600); a replaced file keeps its mode.
        if replace and path.exists():
            os.chmod(temp, stat.S_IMODE(path.stat().st_mode) | 0o600)  # and she can still read it
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
        from calcinfo.reportfile import path_problem  # noqa: PLC0415

        raise OutputError(path_problem(str(path), error)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
