"""The real-text corpus (tests/reports/real) and its scoring, shared by the tests and
benchmarks/real_reports.py. Labels follow tests/reports/real/SCHEMA.md.

Scored per report (a field not labelled is expected empty, so anything extra is an error):
category (the overall one; "conflict" expects none and `category` marked unsure), assessments
(category and side), density, dense, calcifications, the calcification findings (their count,
and each one's side, shapes, patterns, change and words, matched finding to finding),
other findings (their kinds), recommendations, biopsy_done, biopsy_result, history, symptoms.
Words are scored on what the report calls a group (benign, probably benign, suspicious);
"macro" and "micro" only repeat the noun and are not scored. Exam, places and sizes are not
scored: their labels are free text.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calcinfo.findings import Category, Findings

REAL = Path(__file__).parent / "reports" / "real"
SCORED_WORDS = {"benign", "probably-benign", "suspicious"}
FIELDS = (
    "category", "assessments", "density", "dense", "calcifications", "finding_count",
    "finding_sides", "finding_shapes", "finding_patterns", "finding_change", "finding_words",
    "other_findings", "recommendations", "biopsy_done", "biopsy_result", "history", "symptoms",
)  # fmt: skip


@dataclass(frozen=True)
class RealText:
    name: str
    style: str
    text: str
    labels: dict[str, Any]


def corpus(part: str) -> list[RealText]:
    """'dev' or 'unseen', or one file by its name ('patient2-dev')."""
    out = []
    paths = [REAL / f"{part}.toml"] if "-" in part else sorted(REAL.glob(f"*-{part}.toml"))
    for path in paths:
        for item in tomllib.loads(path.read_text(encoding="utf-8"))["report"]:
            out.append(RealText(item["name"], item.get("style", ""), item["text"], item))
    return out


def one_line(text: str) -> str:
    """The text with its line breaks lost, as a paste into a one-line field gives it."""
    return _LINE_BREAK.sub(" ", text)


_LINE_BREAK = re.compile(r"\s*\n\s*")


def _calcs(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f.get("kind", "calcification") == "calcification"]


def _match(
    expected: list[dict[str, Any]], found: list[dict[str, Any]]
) -> Iterator[tuple[Any, Any]]:
    """Pairs of expected and found findings, the most alike first; unmatched ones with None."""
    left = list(found)
    for item in expected:

        def alike(f: dict[str, Any], item: dict[str, Any] = item) -> int:
            return sum(
                len(set(item.get(k, [])) & set(f.get(k, [])))
                for k in ("shapes", "patterns", "words", "change")
            ) + (item.get("side") == f.get("side"))

        best = max(left, key=alike, default=None)
        if best is not None:
            left.remove(best)
        yield item, best
    for rest in left:
        yield None, rest


def expected_and_found(item: RealText, findings: Findings) -> dict[str, tuple[Any, Any]]:
    labels, got = item.labels, findings.to_json()
    category = labels.get("category")
    want_category = None if category in (None, "conflict") else category
    unsure = category == "conflict"
    out: dict[str, tuple[Any, Any]] = {
        "category": ((want_category, unsure), (got["category"], "category" in got["unsure"])),
        "assessments": (
            sorted((a["category"], a.get("side") or "") for a in labels.get("assessments", [])),
            sorted((a["category"], a["side"] or "") for a in got["assessments"]),
        ),
        "density": (labels.get("density"), got["density"]),
        "dense": (labels.get("dense"), findings.dense),
        "calcifications": (labels.get("calcifications"), got["calcifications"]),
    }
    want_calcs = _calcs(labels.get("findings", []))
    got_calcs = _calcs(got["findings"])
    out["finding_count"] = (len(want_calcs), len(got_calcs))
    pairs = list(_match(want_calcs, got_calcs))
    for key, name in (("side", "finding_sides"), ("shapes", "finding_shapes"),
                      ("patterns", "finding_patterns"), ("change", "finding_change"),
                      ("words", "finding_words")):  # fmt: skip

        def value(f: dict[str, Any] | None, key: str = key) -> Any:
            if f is None:
                return None
            v = f.get(key)
            if key == "words":
                v = sorted(set(v or []) & SCORED_WORDS)
            elif isinstance(v, list):
                v = sorted(v)
            return v or None

        out[name] = ([value(e) for e, _ in pairs], [value(f) for _, f in pairs])
    out["other_findings"] = (
        sorted(
            f["kind"]
            for f in labels.get("findings", [])
            if f.get("kind", "calcification") != "calcification"
        ),
        sorted(f["kind"] for f in got["findings"] if f["kind"] != "calcification"),
    )
    for name in ("recommendations", "history"):
        out[name] = (sorted(labels.get(name, [])), sorted(got[name] or []))
    out["symptoms"] = (
        None if "symptoms" not in labels else sorted(labels["symptoms"]),
        None if got["symptoms"] is None else sorted(got["symptoms"]),
    )
    out["biopsy_done"] = (labels.get("biopsy_done"), got["biopsy_done"])
    out["biopsy_result"] = (labels.get("biopsy_result"), got["biopsy_result"])
    return out


def over_call(item: RealText, findings: Findings) -> bool:
    """A category shown that is more serious than the report states, or one it never states."""
    return over_call_of(item, findings.category.value if findings.category else None)


def under_call(item: RealText, findings: Findings) -> bool:
    """A category shown that is less serious than the most serious one the report states for
    her current exam: "BI-RADS 2" shown where the report's left breast is 4A."""
    most = _most_serious_stated(item)
    shown = findings.category
    return shown is not None and most is not None and shown.seriousness < most.seriousness


def over_call_of(item: RealText, shown: str | None) -> bool:
    """`over_call` for a category given by its value (as an earlier reader's output gives it)."""
    if shown is None:
        return False
    most = _most_serious_stated(item)
    if most is None:
        return True
    category = Category(shown)
    return category.seriousness > most.seriousness or category not in _stated(item)


def _stated(item: RealText) -> list[Category]:
    """Every category the labels state for her current exam."""
    stated = [a["category"] for a in item.labels.get("assessments", [])]
    if item.labels.get("category") not in (None, "conflict"):
        stated.append(item.labels["category"])
    return [Category(c) for c in stated]


def _most_serious_stated(item: RealText) -> Category | None:
    return max(_stated(item), key=lambda c: c.seriousness, default=None)


def stated_values(labels: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every value a report states, for the share of them found. Each finding's kind counts
    once, wherever the finding stands in the list (until 2026-11-26 a kind was only found at
    the same place in the list, so a finding missed early made every later kind missed)."""
    values: list[tuple[str, Any]] = []
    if labels.get("category") not in (None, "conflict"):
        values.append(("category", labels["category"]))
    values += [
        ("assessment", (a["category"], a.get("side") or "")) for a in labels.get("assessments", [])
    ]
    for name in ("density", "dense", "calcifications", "biopsy_done", "biopsy_result"):
        if labels.get(name) is not None:
            values.append((name, labels[name]))
    for name in ("recommendations", "history", "symptoms"):
        values += [(name, v) for v in labels.get(name) or []]
    for finding in labels.get("findings", []):
        values.append(("finding-kind", finding.get("kind", "calcification")))
        for key in ("shapes", "patterns", "change"):
            values += [(f"finding-{key}", v) for v in finding.get(key, [])]
        values += [("finding-words", w) for w in finding.get("words", []) if w in SCORED_WORDS]
        if finding.get("side"):
            values.append(("finding-side", finding["side"]))
    return values


def found_values(findings: Findings) -> list[tuple[str, Any]]:
    got = findings.to_json()
    values: list[tuple[str, Any]] = []
    if got["category"]:
        values.append(("category", got["category"]))
    values += [("assessment", (a["category"], a["side"] or "")) for a in got["assessments"]]
    for name in ("density", "calcifications", "biopsy_done", "biopsy_result"):
        if got[name] is not None:
            values.append((name, got[name]))
    if findings.dense is not None:
        values.append(("dense", findings.dense))
    for name in ("recommendations", "history", "symptoms"):
        values += [(name, v) for v in got[name] or []]
    for finding in got["findings"]:
        values.append(("finding-kind", finding["kind"]))
        for key in ("shapes", "patterns", "change"):
            values += [(f"finding-{key}", v) for v in finding[key]]
        values += [("finding-words", w) for w in finding["words"] if w in SCORED_WORDS]
        if finding["side"]:
            values.append(("finding-side", finding["side"]))
    return values


def without_evidence(findings: Findings) -> dict[str, object]:
    """A reading as its JSON, less the offsets of its evidence and with her own words for
    places and sizes in one case: two readings of the same words written two ways compare
    equal (tests/test_reader_properties.py, benchmarks/windows.py)."""
    data = findings.to_json()
    data.pop("evidence")
    for finding in data["findings"]:
        finding.pop("evidence")
        for words in ("locations", "sizes"):  # her report's own words, in her report's case
            if words in finding:
                finding[words] = sorted(x.lower() for x in finding[words])
    for assessment in data["assessments"]:
        for offset in ("text", "start", "end"):
            assessment.pop(offset)
    data["locations"] = sorted(x.lower() for x in findings.locations)
    data["sizes"] = sorted(x.lower() for x in findings.sizes)
    return data
