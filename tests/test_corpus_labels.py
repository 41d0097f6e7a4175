"""Every label in the real-text corpus uses the ids of tests/reports/real/SCHEMA.md, so a typo in a
label cannot pass for a reader error (or hide one)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

REAL = Path(__file__).parent / "reports" / "real"
CATEGORIES = {"0", "1", "2", "3", "4", "4A", "4B", "4C", "5", "6"}
SIDES = {"left", "right", "bilateral"}
VOCABULARY: dict[str, set[str]] = {
    "shapes": {
        "skin", "vascular", "coarse-popcorn", "large-rod-like", "round", "punctate", "rim",
        "dystrophic", "milk-of-calcium", "suture", "amorphous", "coarse-heterogeneous",
        "fine-pleomorphic", "fine-linear-branching",
    },
    "patterns": {"diffuse", "regional", "grouped", "linear", "segmental"},
    "change": {"new", "increasing", "stable", "decreasing", "no-prior"},
    "words": {"benign", "probably-benign", "suspicious", "macro", "micro"},
    "kind": {"calcification", "mass", "asymmetry", "distortion", "lymph-node"},
    "recommendations": {"additional-imaging", "follow-up-6-months", "biopsy", "routine-screening"},
    "biopsy_result": {
        "pending", "benign", "fibrocystic-change", "fibroadenoma", "fat-necrosis",
        "sclerosing-adenosis", "papilloma", "radial-scar", "lcis-or-alh", "adh", "fea", "dcis",
        "invasive-cancer",
    },
    "history": {
        "personal-breast-cancer", "family-history", "gene-change", "atypia-or-lcis",
        "chest-radiation", "breast-surgery",
    },
    "symptoms": {
        "lump", "nipple-discharge", "skin-change", "nipple-change", "swelling", "shape-change",
        "pain",
    },
}  # fmt: skip
KEYS = {
    "name", "source", "licence", "verbatim", "style", "text", "category", "assessments",
    "density", "dense", "calcifications", "findings", "recommendations", "biopsy_done",
    "biopsy_result", "history", "symptoms", "exam", "note", "part",
}  # fmt: skip
FINDING_KEYS = {"kind", "side", "shapes", "patterns", "change", "words", "location", "size"}
STYLES = {
    "portal", "transcription", "letter", "teaching", "quote", "ultrasound", "mri",
    "post-biopsy", "addendum", "structured",
}  # fmt: skip


def problems(item: dict[str, Any]) -> list[str]:
    """What in one labelled text is not in the schema."""
    out = [f"unknown key {k!r}" for k in item if k not in KEYS]
    if item.get("category") not in CATEGORIES | {"conflict", None}:
        out.append(f"category {item['category']!r}")
    for a in item.get("assessments", []):
        if a.get("category") not in CATEGORIES or a.get("side", "left") not in SIDES:
            out.append(f"assessment {a}")
    if item.get("density") not in {"a", "b", "c", "d", None}:
        out.append(f"density {item['density']!r}")
    if item.get("style", "") not in STYLES | {""}:
        out.append(f"style {item['style']!r}")
    for f in item.get("findings", []):
        out += [f"finding key {k!r}" for k in f if k not in FINDING_KEYS]
        if f.get("side", "left") not in SIDES:
            out.append(f"finding side {f['side']!r}")
        for key in ("shapes", "patterns", "change", "words"):
            out += [f"{key} {v!r}" for v in f.get(key, []) if v not in VOCABULARY[key]]
        if f.get("kind", "calcification") not in VOCABULARY["kind"]:
            out.append(f"kind {f['kind']!r}")
    for key in ("recommendations", "history", "symptoms"):
        out += [f"{key} {v!r}" for v in item.get(key, []) if v not in VOCABULARY[key]]
    if item.get("biopsy_result", "benign") not in VOCABULARY["biopsy_result"]:
        out.append(f"biopsy_result {item['biopsy_result']!r}")
    return out


@pytest.mark.parametrize("path", sorted(REAL.glob("*.toml")), ids=lambda p: p.stem)
def test_every_label_uses_the_schema(path: Path) -> None:
    reports = tomllib.loads(path.read_text(encoding="utf-8"))["report"]
    names = [r["name"] for r in reports]
    assert len(names) == len(set(names)), "a name is used twice"
    bad = {r["name"]: p for r in reports if (p := problems(r))}
    assert not bad, bad


def test_no_two_texts_share_a_name() -> None:
    names = [
        r["name"]
        for path in sorted(REAL.glob("*.toml"))
        for r in tomllib.loads(path.read_text(encoding="utf-8"))["report"]
    ]
    assert len(names) == len(set(names))
