"""Texts told again in other words, read beside the texts they were told from.

Each re-told text (tests/reports/real/para-*-dev.toml; para2-*-dev.toml for a second telling by
another hand; para3a-, para3b- and para3c- for three tellings of the same texts, each by its own
hand) says what a dev text says, with the same facts, category values and labels, in other words;
it is named with its batch's prefix ("para-", "para2-", "para3a-", ...) + its original's name.
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
from tests.realtexts import FIELDS, REAL, RealText, corpus, expected_and_found, one_line, over_call

PREFIX = re.compile(r"para\d*[a-z]?-")
"""What a re-told text's name starts with, before its original's name."""
LABELS = ("original", "re-told")


def score(item: RealText, flat: bool) -> tuple[dict[str, bool], bool]:
    """Which fields the reader gets right, and whether it over-calls the category; `flat`: with
    the text's line breaks lost."""
    if flat:
        item = dataclasses.replace(item, text=one_line(item.text))
    findings = read(item.text).findings
    pairs = expected_and_found(item, findings)
    return {k: pairs[k][0] == pairs[k][1] for k in FIELDS}, over_call(item, findings)


def main(argv: list[str]) -> int:
    parts = [a for a in argv if not a.startswith("--")]
    if len(parts) != 1 or not PREFIX.match(parts[0]) or "unseen" in parts[0]:
        print("Give one batch of re-told dev texts, for example: para-final-a-dev")
        return 2
    if not (REAL / f"{parts[0]}.toml").exists():
        print(f"There is no batch {parts[0]} in {REAL}.")
        return 2
    originals = {item.name: item for item in corpus("dev")}
    pairs = []
    for told in corpus(parts[0]):
        original = originals.get(PREFIX.sub("", told.name, count=1))
        if original is None:
            print(f"{told.name}: its original is not in the dev half.")
            return 2
        pairs.append((original, told))
    total = len(pairs) * len(FIELDS)
    # each text's score, as written and with line breaks lost: read once each
    scores = {
        (flat, label): [score(pair[i], flat) for pair in pairs]
        for flat in (False, True)
        for i, label in enumerate(LABELS)
    }
    print(f"{parts[0]}: {len(pairs)} re-told texts, beside their originals")
    for flat in (False, True):
        print("  with line breaks removed:" if flat else "  as written:")
        for label in LABELS:
            scored = scores[(flat, label)]
            fields = sum(sum(right.values()) for right, _ in scored)
            category = sum(right["category"] for right, _ in scored)
            overs = sum(over for _, over in scored)
            print(
                f"    {label:9s} fields {fields}/{total}  category {category}/{len(pairs)}"
                f"  over-calls {overs}"
            )
    if "--show" in argv:
        for (_, told), (before, _), (after, _) in zip(
            pairs, scores[(False, "original")], scores[(False, "re-told")], strict=True
        ):
            lost = [k for k in FIELDS if before[k] and not after[k]]
            if lost:
                print(f"  {told.name}: lost {', '.join(lost)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
