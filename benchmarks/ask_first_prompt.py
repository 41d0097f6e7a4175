"""Time from start to the first question: `calcinfo ask` against a bare questionary app.

    python benchmarks/ask_first_prompt.py [--rounds 15]

Both run in a real pseudo-terminal (pexpect); the clock stops when the question's words
appear on the screen. The baseline imports questionary and asks one select question. Runs
alternate; medians and their ratio are printed. Goal: 1.10 or lower.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import textwrap
import time
from functools import partial
from pathlib import Path

import pexpect

from benchmarks.common import BASE_ENV, ROOT, compare

BARE = textwrap.dedent(
    """
    import questionary
    questionary.select(
        "Which breast does your report talk about?",
        choices=["Left breast", "Right breast", "Both breasts", "I'm not sure"],
    ).unsafe_ask()
    """
)


def time_to_prompt(argv: list[str]) -> float:
    env = {**BASE_ENV, "TERM": "xterm-256color", "PROMPT_TOOLKIT_NO_CPR": "1"}
    start = time.perf_counter()
    child = pexpect.spawn(argv[0], argv[1:], cwd=str(ROOT), env=env, encoding="utf-8",
                          timeout=30, dimensions=(40, 100))  # fmt: skip
    child.expect("Which breast does your report talk about")
    elapsed = time.perf_counter() - start
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare_questionary.py"
        bare.write_text(BARE)
        ours = partial(time_to_prompt, [sys.executable, "-m", "calcinfo", "ask"])
        base = partial(time_to_prompt, [sys.executable, str(bare)])
        ma, mb = compare(ours, base, rounds)
    print(
        f"calcinfo ask: {ma * 1000:.1f} ms   bare questionary: {mb * 1000:.1f} ms   "
        f"ratio {ma / mb:.3f} over {rounds} alternating rounds (goal 1.10 or lower)"
    )


if __name__ == "__main__":
    main()
