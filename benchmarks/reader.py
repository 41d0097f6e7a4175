"""Reading speed on realistic and adversarial text, and whether it grows in a straight line.

    .venv/bin/python -m benchmarks.reader [--repeats 5]
    .venv/bin/python -m benchmarks.reader --units   # each adversarial unit alone, 50 and 100 KB

Realistic text: the labelled reports in tests/reports, repeated to size. Adversarial text: long
runs of the words the patterns look for ("calcification", "BI-RADS", digits, spaces, negations),
built to provoke backtracking. Each size is read `--repeats` times, alternating realistic and
adversarial; medians are reported. Goals: one 3 KB report under 5 ms; 2 MB / 1 MB at 2.2 or
lower; adversarial / realistic at equal size at 2 or lower. Also the first read in a new process,
which loads and compiles the rules (what `calcinfo ask --report` pays once): goal under 0.25 s.
With --units, each adversarial unit is read alone at 50 KB and 100 KB (a unit mixed with the
others is only a share of the text, where a slow part can hide): goal 2.4 or lower for each.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from benchmarks.common import BASE_ENV, compare
from calcinfo.reader import read
from tests.labelled import HELD_OUT, reports

SIZES = {"100 KB": 100_000, "1 MB": 1_000_000, "2 MB": 2_000_000}
REPORT_SIZE = 3_000
REPORT_READS = 101


def realistic(size: int) -> str:
    texts = [r.text for r in reports() + reports(HELD_OUT)]
    out: list[str] = []
    total = 0
    for text in itertools.cycle(texts):
        out.append(text)
        total += len(text)
        if total >= size:
            break
    return "".join(out)[:size]


ADVERSARIAL_UNITS = [
    "calcification",  # one endless word
    "BI-RADS ",  # a category with no value, again and again
    "BI-RADS 4",  # values without a break
    "1234567890",  # digits for the size and clock patterns
    " ",  # white space to collapse
    "no calcifications ",  # negation windows everywhere, one sentence
    "left right ",  # side words around nothing
    "biopsy recommended ",  # one sentence of recommendations
    "masses cysts ",  # plural nouns in one clause with no comma (each looks for its clause)
    "no calcifications are ",  # negated, general-looking nouns (each looks around itself)
    "Management of BI-RADS 3 lesions\n",  # advice headings, each looked up for its category
    "a mass with associated calcifications ",  # calcifications that look for their mass
    "Scattered benign calcifications.No ",  # full stops with no space, in one long line
    "Which?\n",  # a quiz's question, then ...
    "a. calcifications b. mass\n",  # ... its options, line after line
    "( ) Mass (x) Calcification ",  # a form's boxes
    "\u2022 No mass \u2022 Calcifications ",  # bullets inside one line
    "Normal. CLINICAL HISTORY Mass. ",  # headings in capitals where line breaks were lost
    "Grouped calcifications and a mass. ",  # the same group named sentence after sentence
    "BI-RADS 2 x ",  # categories without end in one sentence (each compared with its list)
    "BI-RADS 2, ",  # ... and as one endless list (each looks along the list after it)
    "BI-RADS 0 x ",  # recalls without end, each replaced by a later category in one sentence
    "(BI-RADS 3) x ",  # ... and in brackets
    '"Focal asymmetry." ',  # quoted words, each with its full stop
    "1. Negative 2. Benign ",  # a legend numbered like a list
    "was classified a 4 ",  # a number she was given
    "Shared Experiences 'BI-RADS 0' ",  # title-case headings where line breaks were lost
    "Right Left BI-RADS 1 4B ",  # a table's columns for each breast, and rows under them
    "ADDENDUM: BI-RADS 2. ",  # addenda without end, each mention looked up among them
    "FINDINGS: BI-RADS 3. IMPRESSION: BI-RADS 1. ",  # categories outside the impression, each
    # compared with those in it
    "A mass. The calcifications are amorphous. ",  # "the calcifications", each looking back
    "Impression: benign ",  # a category's name, each looking around itself in one sentence
    "is my BI-RADS 2 ok ",  # her own result asked about, again and again in one sentence
    "core biopsy showed dcis, she had a lumpectomy, ",  # results and operations in one sentence
    "she was diagnosed with fibroadenoma, ",  # diagnoses with no biopsy near, in one sentence
    "Such lesions are calcifications, ",  # a kind's members, each looking back to "such"
    "they were amorphous, and a biopsy ",  # words said of them before a biopsy, one sentence
    "Here's what each category means:\nCategory 0: x\n",  # legends led into, line by line
    "diagnostic mammography showed calcifications, ",  # pictures taken, each looked after
    # symptoms without end in one sentence, each looking back for a kind of disease or for
    # "women who" (session 27's first form of that look-up read to the sentence's start:
    # 100 KB of "lump pain " took 30 s, against 0.6 s before it)
    "lump pain ",
    "i have a lump ",
    "biopsy results: invasive ductal carcinoma, also known as idc, ",  # results explained
]
UNIT_SIZES = (50_000, 100_000)


def adversarial(size: int) -> str:
    share = size // len(ADVERSARIAL_UNITS)
    parts = [(unit * (share // len(unit) + 1))[:share] for unit in ADVERSARIAL_UNITS]
    return "".join(parts).ljust(size, " ")


def timed(make: Callable[[int], str], size: int) -> Callable[[], float]:
    text = make(size)

    def once() -> float:
        start = time.perf_counter()
        read(text)
        return time.perf_counter() - start

    return once


def one_report() -> float:
    """The median time to read one report of 3 KB, the size of a long real report."""
    once = timed(realistic, REPORT_SIZE)
    once()  # the rules are loaded and compiled on the first read
    return statistics.median(once() for _ in range(REPORT_READS))


FIRST_READ = """
import time
start = time.perf_counter()
from calcinfo.reader import read
read("Grouped amorphous calcifications in the left breast. BI-RADS 4B.")
print(time.perf_counter() - start)
"""
FIRST_READS = 7


def first_read() -> float:
    """The median time, in a new process, to import the reader and read a first report: the
    rules are loaded from their files and compiled then."""
    times = []
    for _ in range(FIRST_READS):
        # With bytecode caching on, as an installed program has it (benchmarks/common.py): with
        # the shell's PYTHONDONTWRITEBYTECODE, each run compiled the reader's source again, about
        # 40 ms of the figure that no installed program pays.
        done = subprocess.run(
            [sys.executable, "-c", FIRST_READ], capture_output=True, text=True, check=True,
            env=BASE_ENV,
        )  # fmt: skip
        times.append(float(done.stdout))
    return statistics.median(times)


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def units(repeats: int) -> None:
    """Each adversarial unit alone, at two sizes: the ratio of their median times."""
    read("x")
    worst = 0.0
    for unit in ADVERSARIAL_UNITS:
        times = []
        for size in UNIT_SIZES:
            once = timed(functools.partial(_repeated, unit), size)
            times.append(statistics.median(once() for _ in range(repeats)))
        ratio = times[1] / times[0]
        worst = max(worst, ratio)
        print(f"{ratio:6.2f} {times[1]:8.3f} s  {unit!r}")
    print(f"100 KB / 50 KB, worst unit: {worst:.2f} (goal 2.4 or lower)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--units", action="store_true")
    arguments = parser.parse_args()
    repeats = arguments.repeats
    if arguments.units:
        units(repeats)
        return
    report = one_report()
    print(f"one 3 KB report: {report * 1000:.2f} ms, median of {REPORT_READS} (goal under 5 ms)")
    first = first_read()
    print(
        f"first read in a new process (rules loaded): {first:.3f} s, median of {FIRST_READS} "
        "(goal under 0.25 s)"
    )
    medians: dict[tuple[str, str], float] = {}
    for label, size in SIZES.items():
        real, adv = compare(
            timed(realistic, size), timed(adversarial, size), repeats, warm_up=False
        )
        medians[(label, "realistic")], medians[(label, "adversarial")] = real, adv
    print(f"{'size':<8}{'realistic s':>13}{'MB/s':>7}{'adversarial s':>15}{'ratio adv/real':>16}")
    for label, size in SIZES.items():
        real, adv = medians[(label, "realistic")], medians[(label, "adversarial")]
        print(f"{label:<8}{real:>13.3f}{size / 1e6 / real:>7.2f}{adv:>15.3f}{adv / real:>16.2f}")
    for kind in ("realistic", "adversarial"):
        ratio = medians[("2 MB", kind)] / medians[("1 MB", kind)]
        print(f"2 MB / 1 MB, {kind}: {ratio:.2f} (goal 2.2 or lower)")
    worst = max(medians[(label, "adversarial")] / medians[(label, "realistic")] for label in SIZES)
    print(f"adversarial / realistic, worst size: {worst:.2f} (goal 2 or lower)")


if __name__ == "__main__":
    main()
