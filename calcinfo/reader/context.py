"""Stage 5: context, in the manner of ConText (Harkema et al. 2009).

Each cue of `rules/context.toml` governs the targets in its scope: forward to the end of its
sentence, backward to its start, or both, cut short by a terminating word ("but", "however") and
by the cue's reach in words. A target can carry several contexts: "no new calcifications" is
negated, "if calcifications increase" is hypothetical, "the prior exam was BI-RADS 3" is
historical, "shapes include amorphous" is about no one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from calcinfo.reader.rules import rules
from calcinfo.reader.sentences import Sentence
from calcinfo.reader.targets import Target
from calcinfo.reader.text import Text

_WORD = re.compile(r"\S+")


class Cue(NamedTuple):
    category: str
    direction: str
    reach: int
    start: int
    end: int
    opening_reach: int | None = None  # its reach where it opens its sentence ("If ...")


_CUE_LIKE = frozenset({"side", "recommend-cue", "pathology-cue"})
"""Targets that hide no cue inside them: they are cues of a kind themselves."""


def find_cues(text: Text, targets: list[Target]) -> list[Cue]:
    """Every cue, less those inside a target's own words and those inside a pseudo cue."""
    cues: list[Cue] = []
    table = rules()
    for match in table.cues.pattern.finditer(text.norm):
        start, end = match.span()
        rule = table.cue_rules[int(table.cues.value(match))]
        cues.append(Cue(rule.category, rule.direction, rule.reach, start, end, rule.opening_reach))
    covered = sorted(
        [(t.start, t.end) for t in targets if t.field not in _CUE_LIKE]
        + [(c.start, c.end) for c in cues if c.category == "pseudo"]
    )
    starts = [a for a, _ in covered]
    furthest: list[tuple[int, int]] = []  # for each prefix, the span reaching furthest
    for span in covered:
        furthest.append(span if not furthest or span[1] > furthest[-1][1] else furthest[-1])
    kept = []
    for cue in cues:
        index = bisect_right(starts, cue.start) - 1
        if cue.category != "pseudo" and index >= 0:
            a, b = furthest[index]
            if b >= cue.end and (b - a) > (cue.end - cue.start):
                continue  # inside a longer target or a pseudo cue
        kept.append(cue)
    return kept


_OPENING = re.compile(r"[\s\W\d]{0,6}")
"""What may stand before a cue that opens its sentence: a bullet, a list number."""
SHORT_REACH = 4
SCOPE = 300
"""No cue reaches further than this many characters: a bounded search keeps reading linear."""


def contexts(
    text: Text, sentence: Sentence, cues: list[Cue], start: int, end: int
) -> frozenset[str]:
    """The contexts that govern the words at [start, end) of this sentence. `cues` are the
    sentence's cues in order of place."""
    found: set[str] = set()
    low = bisect_left(cues, start - SCOPE, key=lambda c: c.start)
    high = bisect_right(cues, end + SCOPE, key=lambda c: c.start)
    mine = cues[low:high]
    stops = [c for c in mine if c.category == "terminate"]
    for cue in mine:
        if cue.category in {"terminate", "pseudo"} or (cue.start < end and start < cue.end):
            continue
        ahead = cue.end <= start and cue.direction in {"forward", "both"}
        behind = cue.start >= end and cue.direction in {"backward", "both"}
        reach, ends = cue.reach, stops
        if cue.opening_reach is not None and _opens(text, sentence, cue):
            # "If the lesion grows on a later exam, a biopsy should be done": the condition
            # holds throughout the sentence it opens, past any terminating word.
            reach, ends = cue.opening_reach, []
        if ahead and _ends_its_clause(text, sentence, cue, start):
            ahead = False
        if (ahead and _clear(text, ends, cue.end, start, reach, ahead=True)) or (
            behind and _clear(text, ends, end, cue.start, reach)
        ):
            found.add(cue.category)
    return frozenset(found)


_OPENING_CLAUSE = re.compile(
    r"[\s\W\d]{0,6}(?:(?P<reason>because|since)|although|though)\b[^,;:\n]{0,240}"
)
"""A sentence that opens with a reason or a concession, up to a cue inside it: "Because I know
I would be eating my hat over most of them, ..."."""


def _ends_its_clause(text: Text, sentence: Sentence, cue: Cue, start: int) -> bool:
    """Whether a cue stands in a reason or a concession that opens its sentence, and the words
    at `start` come after the comma that closes it. A reason's cues end there: "Because I know I
    would be eating my hat over most of them, I would rather call it BI-RADS 4", "Because it
    could not be felt and was not visible on ultrasound, MRI was suggested". A concession's
    supposition ends there ("Although it could be benign, a biopsy is advised"), but not its
    denial, which says how the main clause came about: "Although a biopsy was not performed,
    ... she was diagnosed with a fibroadenoma". (A condition, "If ..., ...", holds through its
    sentence: `opening_reach`.)"""
    if text.norm.find(",", cue.end, start) < 0:
        return False
    opening = _OPENING_CLAUSE.fullmatch(text.norm, sentence.start, cue.start)
    return opening is not None and (bool(opening["reason"]) or cue.category == "hypothetical")


def _opens(text: Text, sentence: Sentence, cue: Cue) -> bool:
    """Whether a cue opens its sentence: only a bullet or a list number before it."""
    return cue.start - sentence.start <= 8 and bool(
        _OPENING.fullmatch(text.norm, sentence.start, cue.start)
    )


def _out_of_brackets(norm: str, a: int, b: int) -> bool:
    """Whether the words from a cue at a to words after it at b leave the brackets the cue
    stands in: a ")" that closes before any "(" opens. (Looking back, a bracket may qualify
    what stands before it: "dense breast tissue (using the BI-RADS density categories)".)"""
    close = norm.find(")", a, b)
    return close >= 0 and norm.find("(", a, close) < 0


def _clear(
    text: Text, stops: list[Cue], a: int, b: int, reach: int, *, ahead: bool = False
) -> bool:
    """No terminating word between a and b, and b within reach words of a. Looking ahead, a
    terminating word that starts where the words looked at do is between too: "came with" of
    "with a history of a ruptured implant came with a mass" ends the history and is read
    itself, as her complaint."""
    if any(a <= s.start and (s.end <= b or (ahead and s.start == b)) for s in stops):
        return False
    if ahead and _out_of_brackets(text.norm, a, b):
        return False  # "(without internal vascularity) ... - BIRADS 4a": a cue in brackets
    if 0 < reach <= SHORT_REACH and ("," in text.norm[a:b] or ":" in text.norm[a:b]):
        return False  # a cue of a few words stays inside its phrase (or its label's value)
    return not reach or len(_WORD.findall(text.norm, a, b)) <= reach
