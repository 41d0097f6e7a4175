"""The README's usage text and example outputs are the real ones.

Each block between `<!-- output: ARGS -->` and `<!-- end output -->` holds what
`calcinfo ARGS` prints in a fixed terminal (88 columns, no colour). Regenerate them with:

    python tests/test_readme.py --update
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(
    r"(<!-- output: (?P<args>.*?)(?: \| (?P<cut>head|tail) -(?P<lines>\d+))? -->\n)"
    r"```text\n.*?```\n(<!-- end output -->)",
    re.DOTALL,
)
FIXED_TERMINAL = {"COLUMNS": "88", "LINES": "50", "NO_COLOR": "1", "TERM": "dumb"}


def run(args: str, cut: str | None = None, count: int = 0) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "CLICOLOR_FORCE"}}
    env.update(FIXED_TERMINAL)
    result = subprocess.run(
        [sys.executable, "-m", "calcinfo", *shlex.split(args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    text = result.stdout + result.stderr
    lines = [line.rstrip() for line in text.splitlines()]
    if cut == "head":
        lines = [*lines[:count], "..."]
    elif cut == "tail":
        lines = ["...", *lines[-count:]]
    return "\n".join(lines).rstrip() + "\n"


def rendered(readme: str) -> str:
    def fill(match: re.Match[str]) -> str:
        output = run(match.group("args"), match.group("cut"), int(match.group("lines") or 0))
        return f"{match.group(1)}```text\n{output}```\n{match.group(5)}"

    return BLOCK.sub(fill, readme)


def test_readme_outputs_are_the_real_ones() -> None:
    readme = README.read_text(encoding="utf-8")
    assert BLOCK.search(readme), "the README has no generated blocks"
    assert rendered(readme) == readme, "README is out of date: python tests/test_readme.py --update"


def test_every_command_and_its_help_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    shown = {m.group("args") for m in BLOCK.finditer(readme)}
    for command in ("--help", "topics --help", "cite --help", "ask --help"):
        assert command in shown, command


def _readme_command(heading: str) -> str:
    readme = README.read_text(encoding="utf-8")
    match = re.search(re.escape(heading) + r".*?```(?:sh|bash)\n(.*?)\n```", readme, re.DOTALL)
    assert match, heading
    return match.group(1).strip()


def test_ci_runs_exactly_the_readme_test_command() -> None:
    command = _readme_command("<!-- test command -->")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command in ci


def test_readme_install_command_installs_and_runs_ask() -> None:
    command = _readme_command("<!-- try command -->")
    assert "pip install" in command
    assert command.endswith("calcinfo ask")


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        README.write_text(rendered(README.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        sys.exit("usage: python tests/test_readme.py --update")
