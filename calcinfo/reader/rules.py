"""The reader's rules, loaded once from the data files beside this module and compiled.

A new word, heading or cue is a change to `rules/*.toml`, not to code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

# A word may not start or end inside another word; words that start or end with punctuation
# (": none", "?") may stand right after or before one.
WORD_START = r"(?:(?<!\w)|(?!\w))"
WORD_END = r"(?:(?<!\w)|(?!\w))"


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(files("calcinfo.reader").joinpath("rules", name).read_text("utf-8"))


def alternation(words: list[str], grouped: bool = True) -> str:
    """Words as one alternation, the longer ones first so that they win at the same place."""
    ordered = sorted(words, key=len, reverse=True)
    inner = "|".join(f"(?:{w})" for w in ordered)
    return f"{WORD_START}(?:{inner}){WORD_END}" if grouped else inner


@dataclass(frozen=True)
class TargetRule:
    field: str
    value: str
    pattern: str


@dataclass(frozen=True)
class CueRule:
    category: str
    direction: str
    reach: int
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Rules:
    headings: dict[str, str]  # heading words -> section kind
    heading: re.Pattern[str]
    targets: dict[str, re.Pattern[str]]  # field -> one pattern, a named group per value
    group_values: dict[str, str]  # group name -> value
    cues: tuple[CueRule, ...]
    category_forms: tuple[tuple[str, re.Pattern[str]], ...]
    category_names: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def rules() -> Rules:
    sections = _load("sections.toml")["section"]
    headings = {h: s["kind"] for s in sections for h in s["headings"]}
    heading = re.compile(
        r"(?:^|(?<=\n)|(?<=,)|(?<=\. ))[ \t]?(?P<heading>"
        + alternation(list(map(re.escape, headings)), grouped=False)
        + r")[ \t]?(?::|(?=\n)|$)"
    )
    by_field: dict[str, list[tuple[str, str]]] = {}
    for target in _load("targets.toml")["target"]:
        for word in target["words"]:
            by_field.setdefault(target["field"], []).append((target["value"], word))
    targets: dict[str, re.Pattern[str]] = {}
    group_values: dict[str, str] = {}
    for field, pairs in by_field.items():
        parts = []
        for value, word in sorted(pairs, key=lambda p: len(p[1]), reverse=True):
            name = f"g{len(group_values)}"
            group_values[name] = value
            parts.append(f"(?P<{name}>{word})")
        targets[field] = re.compile(f"{WORD_START}(?:{'|'.join(parts)}){WORD_END}")
    cues = tuple(
        CueRule(
            cue["category"],
            cue["direction"],
            cue.get("reach", 0),
            re.compile(
                alternation(cue["words"])
                if cue["words"] != [r"\?"] and r"\?" not in cue["words"]
                else alternation([w for w in cue["words"] if w != r"\?"]) + r"|\?"
            ),
        )
        for cue in _load("context.toml")["cue"]
    )
    categories = _load("categories.toml")
    return Rules(
        headings=headings,
        heading=heading,
        targets=targets,
        group_values=group_values,
        cues=cues,
        category_forms=tuple((f["kind"], re.compile(f["regex"])) for f in categories["form"]),
        category_names=tuple((n["value"], re.compile(n["regex"])) for n in categories["name"]),
    )
