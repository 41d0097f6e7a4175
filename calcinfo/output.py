"""Writing her files: atomically, and never over an existing file unless she said so."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class OutputError(Exception):
    """A file that could not be written. The message is for her, in plain words."""


def write_file(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write `data` to `path` in one step: a reader sees the old file or the new, never half.

    Without `replace`, an existing file is left alone and `FileExistsError` is raised, even if
    the file appears between our check and the write (the final step is a hard link, which
    fails on an existing name).
    """
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
        os.chmod(temp, 0o644)
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
