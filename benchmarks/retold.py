"""Texts told again in other words, read beside the texts they were told from.

Each re-told text (tests/reports/real/para-*-dev.toml, and para2-*-dev.toml for a second telling
by another hand) says what a dev text says, with the same facts, category values and labels, in
other words; it is named "para-" (or "para2-") + its original's name.
What the reader gets right in the original but wrong in the re-telling is a rule that knows one
wording only (docs/notes/reader-and-search-end-of-session-19.txt).

    .venv/bin/python -m benchmarks.retold para-final-a-dev          # one batch, side by side
    .venv/bin/python -m benchmarks.retold para-final-a-dev --show   # each field the re-telling lost

Figures: fields right, category right and over-calls, for the re-told texts and for their
originals, as written and with line breaks removed. No goal of its own: a re-told text should read
as its original does.
"""

from __future__ import annotations

import dataclasses
import re
import sys

from calcinfo.reader import read
from tests.realtexts import FIELDS, RealText, corpus, expected_and_found, over_call

PREFIX = re.compile(r"para\d*-")
"""What a re-told text's name starts with, before its original's name."""


def score(item: RealText, one_line: bool) -> tuple[dict[str, bool], bool]:
    """Which fields the reader gets right, and whether it over-calls the category."""
    text = re.sub(r"\s*\n\s*", " ", item.text) if one_line else item.text
    item = dataclasses.replace(item, text=text)
    findings = read(text).findings
    pairs = expected_and_found(item, findings)
    return {k: pairs[k][0] == pairs[k][1] for k in FIELDS}, over_call(item, findings)


def main() -> None:
    args = sys.argv[1:]
    show = "--show" in args
    parts = [a for a in args if not a.startswith("--")]
    if len(parts) != 1 or not PREFIX.match(parts[0]) or "unseen" in parts[0]:
        sys.exit("Give one batch of re-told dev texts, for example: para-final-a-dev")
    retold = corpus(parts[0])
    originals = {item.name: item for item in corpus("dev")}
    pairs = [(originals[PREFIX.sub("", r.name, count=1)], r) for r in retold]
    total = len(pairs) * len(FIELDS)
    print(f"{parts[0]}: {len(pairs)} re-told texts, beside their originals")
    for one_line in (False, True):
        sums: dict[str, list[int]] = {"original": [0, 0, 0], "re-told": [0, 0, 0]}
        for original, told in pairs:
            for label, item in (("original", original), ("re-told", told)):
                right, over = score(item, one_line)
                sums[label][0] += sum(right.values())
                sums[label][1] += int(right["category"])
                sums[label][2] += int(over)
        mode = "with line breaks removed" if one_line else "as written"
        print(f"  {mode}:")
        for label, (fields, category, overs) in sums.items():
            print(
                f"    {label:9s} fields {fields}/{total}  category {category}/{len(pairs)}"
                f"  over-calls {overs}"
            )
    if show:
        for original, told in pairs:
            before, _ = score(original, False)
            after, _ = score(told, False)
            lost = [k for k in FIELDS if before[k] and not after[k]]
            if lost:
                print(f"  {told.name}: lost {', '.join(lost)}")


if __name__ == "__main__":
    main()
