"""The labelled reports and per-field scoring, shared by the tests and benchmarks/accuracy.py."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calcinfo.reader import read

REPORTS = Path(__file__).parent / "reports"
LABELLED = REPORTS / "labelled.toml"
HELD_OUT = REPORTS / "held-out.toml"
FIELDS = (
    "categories",
    "category",
    "side",
    "calcifications",
    "shapes",
    "patterns",
    "calcification_words",
    "density",
    "change",
    "other_findings",
    "recommendations",
    "biopsy_done",
    "biopsy_result",
)
LISTS = {
    "categories",
    "shapes",
    "patterns",
    "calcification_words",
    "change",
    "other_findings",
    "recommendations",
}


@dataclass(frozen=True)
class Labelled:
    name: str
    text: str
    expected: dict[str, Any]


def reports(path: Path = LABELLED) -> list[Labelled]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in data["report"]:
        expected = {f: item.get(f, [] if f in LISTS else None) for f in FIELDS}
        out.append(Labelled(item["name"], item["text"], expected))
    return out


def _comparable(field: str, value: Any) -> Any:
    if field == "categories":
        return sorted((c["category"], c.get("side") or "") for c in value)
    if field in LISTS:
        return sorted(value)
    return value


def score(report: Labelled) -> dict[str, tuple[Any, Any]]:
    """The fields read wrongly, as (expected, found)."""
    found = read(report.text).findings.to_json()
    return {
        f: (report.expected[f], found[f])
        for f in FIELDS
        if _comparable(f, report.expected[f]) != _comparable(f, found[f])
    }
