"""Stage 4: target terms. Every word of `rules/targets.toml` found in the text, with its field,
value and place. One scan a field; within a field the longer words win at the same place."""

from __future__ import annotations

from typing import NamedTuple

from calcinfo.reader.rules import rules
from calcinfo.reader.text import Text


class Target(NamedTuple):
    field: str
    value: str
    start: int
    end: int


def find_targets(text: Text) -> list[Target]:
    table = rules()
    found: list[Target] = []
    for scan, needs in zip(table.targets, table.scan_needs, strict=True):
        if needs is not None and all(t.field != needs for t in found):
            continue  # words read only beside a field the text does not have
        pairs = scan.pairs  # each word's field and value, by its group number
        found += [
            Target(*pair, *match.span())
            for match in scan.pattern.finditer(text.norm)
            # (never None: every word ends with its own empty group)
            if (pair := pairs[match.lastindex or 0]) is not None
        ]
    found.sort(key=_place)
    return _without_nested(found)


def _place(t: Target) -> tuple[int, int]:
    """Targets in order of place, the longer first where two start together."""
    return (t.start, -t.end)


_DESCRIPTIONS = frozenset({"shape", "pattern", "word", "change"})


def _without_nested(found: list[Target]) -> list[Target]:
    """A description inside a longer description of another kind is part of it: "linear" in
    "fine linear branching" is no pattern, and "benign" in "probably benign" no word.
    One pass over targets sorted by (start, longest first)."""
    out: list[Target] = []
    reach: tuple[int, int] = (-1, -1)  # the description reaching furthest so far
    for target in found:
        if target.field in _DESCRIPTIONS:
            if reach[1] >= target.end and reach != (target.start, target.end):
                continue
            if target.end > reach[1]:
                reach = (target.start, target.end)
        out.append(target)
    return out
