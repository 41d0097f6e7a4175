from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from calcinfo.knowledge import Knowledge, load
from calcinfo.knowledge.engine import SECTION_TITLES

ROOT = Path(__file__).resolve().parent.parent

# The headings every plain-text explanation has (a pipe or a .txt sheet), in capitals.
# "Things to check" appears only when answers disagree.
PLAIN_SECTION_TITLES = [
    title.upper() for key, title in SECTION_TITLES.items() if key not in {"check", "line-by-line"}
] + ["SOURCES"]

# A pinned terminal for output tests: fixed width, no colour.
PLAIN_ENV = {"COLUMNS": "100", "LINES": "40", "NO_COLOR": "1", "TERM": "dumb"}


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return load()


def calcinfo(
    *args: str,
    env: Mapping[str, str] | None = None,
    stdin: str | bytes | None = None,
    cwd: Path | None = None,
    encoding: str = "utf-8",
) -> subprocess.CompletedProcess[str]:
    """Run the real command in a subprocess, with no terminal."""
    full_env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "CLICOLOR_FORCE"}}
    full_env.update(PLAIN_ENV)
    full_env.update(env or {})
    data = stdin.decode("latin-1") if isinstance(stdin, bytes) else stdin
    return subprocess.run(
        [sys.executable, "-m", "calcinfo", *args],
        input=data if data is not None else "",
        capture_output=True,
        text=True,
        encoding=encoding,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=60,
        check=False,
    )


def flat(text: str) -> str:
    """Text as read, without Rich's box lines or line wrapping."""
    return " ".join(text.translate({ord(c): " " for c in "│╭╮╰╯─"}).split())
