"""Per-field accuracy of the report reader on the labelled reports.

    python benchmarks/accuracy.py

Two sets: tests/reports/labelled.toml (the reader's rules were tuned on it) and
tests/reports/held-out.toml (written after the rules were set). For stated BI-RADS categories,
recall and precision are counted per (category, side) pair, to set beside the published bar
for rule-based readers (recall 100%, precision 96.6%, Sippo et al. 2013).
"""

from __future__ import annotations

from pathlib import Path

from calcinfo.reader import read
from tests.labelled import FIELDS, HELD_OUT, LABELLED, reports, score


def category_pairs(value: list[dict[str, str | None]]) -> set[tuple[str, str]]:
    return {(str(c["category"]), str(c.get("side") or "")) for c in value}


def report_on(path: Path) -> None:
    items = reports(path)
    wrong = {field: 0 for field in FIELDS}
    true_positive = stated = found = 0
    for item in items:
        for field in score(item):
            wrong[field] += 1
        expected = category_pairs(item.expected["categories"])
        got = category_pairs(read(item.text).findings.to_json()["categories"])
        true_positive += len(expected & got)
        stated += len(expected)
        found += len(got)
    fully = sum(1 for item in items if not score(item))
    print(f"\n{path.name}: {len(items)} reports, {fully} right in every field")
    print(f"  {'field':<22}{'right':>8}")
    for field in FIELDS:
        print(f"  {field:<22}{len(items) - wrong[field]:>4}/{len(items):<3}")
    total = len(items) * len(FIELDS)
    print(f"  all fields: {total - sum(wrong.values())}/{total}")
    recall = true_positive / stated if stated else 1.0
    precision = true_positive / found if found else 1.0
    print(
        f"  stated categories: recall {recall:.1%}, precision {precision:.1%} "
        f"({true_positive} of {stated} stated, {found} read)"
    )


def main() -> None:
    for path in (LABELLED, HELD_OUT):
        report_on(path)


if __name__ == "__main__":
    main()
