"""Shared timing helpers: alternate the runs, report medians and their ratio."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Time programs as they are installed: pip writes bytecode at install time, so bytecode caching
# stays on here even where the shell turns it off (PYTHONDONTWRITEBYTECODE). Otherwise every run
# would compile calcinfo's edited modules from source while the baseline's come from cache.
BASE_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV = {**BASE_ENV, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}


def run_once(argv: Sequence[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV,
                   cwd=ROOT, check=True)  # fmt: skip
    return time.perf_counter() - start


Timer = Callable[[], float]
"""One run of something, returning the seconds it took."""


def command(argv: Sequence[str]) -> Timer:
    return partial(run_once, argv)


def compare(ours: Timer, baseline: Timer, rounds: int, warm_up: bool = True) -> tuple[float, float]:
    """Median seconds of each, alternating which goes first (after one warm-up run each)."""
    if warm_up:
        ours()
        baseline()
    a: list[float] = []
    b: list[float] = []
    for i in range(rounds):
        pair = [(ours, a), (baseline, b)]
        for timer, into in pair if i % 2 == 0 else reversed(pair):
            into.append(timer())
    return statistics.median(a), statistics.median(b)


def python() -> str:
    return sys.executable
