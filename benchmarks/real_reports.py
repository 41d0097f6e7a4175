"""The reader on real report texts: per-field accuracy, values found, over-calls, under-calls
(a category shown less serious than the most serious one the report states) and speed.

    .venv/bin/python -m benchmarks.real_reports dev       # the half the rules were written on
    .venv/bin/python -m benchmarks.real_reports unseen    # the half kept aside
    .venv/bin/python -m benchmarks.real_reports dev --show   # each wrong field, to work on
    .venv/bin/python -m benchmarks.real_reports patient2-dev # one file of either half
    .venv/bin/python -m benchmarks.real_reports dev --one-line  # line breaks lost, as in a
                                                   # paste into a one-line field: a stress test
    .venv/bin/python -m benchmarks.real_reports dev --wrapped   # lines broken at 68 columns, as
                                                   # in an email or a PDF's text
    .venv/bin/python -m benchmarks.real_reports dev --capitals  # all in capitals, as old
                                                   # transcription systems print
    .venv/bin/python -m benchmarks.real_reports dev --paged     # a "Page 1 of 2" line half-way,
                                                   # as a printed report's PDF has

Goals (issue 7): stated category right in at least 97%, no over-call (a category more serious
than stated, or one never stated), every field right in at least 95%, at least 93% of the
values a report states found. --show is refused for the unseen half: its texts stay unseen.
"""

from __future__ import annotations

import dataclasses
import sys
import textwrap
from collections import Counter

from calcinfo.reader import read
from tests.realtexts import (
    FIELDS,
    corpus,
    expected_and_found,
    found_values,
    one_line,
    over_call,
    stated_values,
    under_call,
)

WRAP_AT = 68


def main(argv: list[str]) -> int:
    if {"-h", "--help"} & set(argv):
        print(__doc__)
        return 0
    part = argv[0] if argv else "dev"
    show = "--show" in argv
    flatten = "--one-line" in argv
    if show and "unseen" in part:
        print("--show is for the dev half only: the unseen texts stay unseen.")
        return 2
    items = corpus(part)
    if flatten:
        items = [dataclasses.replace(item, text=one_line(item.text)) for item in items]
    wrapped = "--wrapped" in argv
    if wrapped:
        items = [dataclasses.replace(item, text=_wrapped(item.text)) for item in items]
    capitals = "--capitals" in argv
    if capitals:
        items = [dataclasses.replace(item, text=item.text.upper()) for item in items]
    paged = "--paged" in argv
    if paged:
        items = [dataclasses.replace(item, text=_paged(item.text)) for item in items]
    wrong: Counter[str] = Counter()
    overcalls = undercalls = 0
    category_right = 0
    stated = found = 0
    for item in items:
        findings = read(item.text).findings
        scored = expected_and_found(item, findings)
        bad = [f for f in FIELDS if scored[f][0] != scored[f][1]]
        wrong.update(bad)
        category_right += "category" not in bad
        if over_call(item, findings):
            overcalls += 1
        undercalls += under_call(item, findings)
        want = Counter(stated_values(item.labels))
        got = Counter(found_values(findings))
        stated += sum(want.values())
        found += sum((want & got).values())
        if show and bad:
            print(f"\n== {item.name} ({item.style})")
            for f in bad:
                print(f"   {f}: expected {scored[f][0]!r}, found {scored[f][1]!r}")
    n = len(items)
    how = [
        name
        for name, on in (
            ("line breaks removed", flatten),
            ("lines broken at 68 columns", wrapped),
            ("in capitals", capitals),
            ('"Page 1 of 2" half-way', paged),
        )
        if on
    ]
    print(f"{part}: {n} real report texts" + "".join(f", {h}" for h in how))
    print(f"  {'field':<18}{'right':>9}")
    for f in FIELDS:
        print(f"  {f:<18}{n - wrong[f]:>4}/{n:<4} {100 * (n - wrong[f]) / n:5.1f}%")
    total = n * len(FIELDS)
    right = total - sum(wrong.values())
    print(f"  all fields: {right}/{total} = {100 * right / total:.1f}%  (goal 95%)")
    share = 100 * category_right / n
    print(f"  stated category right: {category_right}/{n} = {share:.1f}%  (goal 97%)")
    print(f"  over-calls: {overcalls}  (goal 0)")
    print(f"  under-calls (a category shown less serious than the report's): {undercalls}")
    share = 100 * found / max(stated, 1)
    print(f"  values stated that were found: {found}/{stated} = {share:.1f}%  (goal 93%)")
    fully = sum(
        1
        for item in items
        if all(v[0] == v[1] for v in expected_and_found(item, read(item.text).findings).values())
    )
    print(f"  reports right in every field: {fully}/{n}")
    return 0


def _wrapped(text: str) -> str:
    """Each line broken at 68 columns, as an email or a PDF's text breaks it."""
    return "\n".join(
        textwrap.fill(line, WRAP_AT) if line.strip() else line for line in text.split("\n")
    )


def _paged(text: str) -> str:
    """A printed page's own line half-way through the text, as a report's PDF has it."""
    lines = text.split("\n")
    half = len(lines) // 2
    return "\n".join([*lines[:half], "", "Page 1 of 2", "", *lines[half:]])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
