"""The reader's rules as data: each file is complete and consistent (a linter for rules/*.toml)."""

from __future__ import annotations

import ast
import re
import tomllib
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcinfo.findings import (
    BiopsyResult,
    CalcificationWord,
    Change,
    Density,
    FindingKind,
    History,
    Modality,
    Pattern,
    Purpose,
    Recommendation,
    Shape,
    Side,
    Symptom,
)
from calcinfo.reader.rules import FieldWords, fast, rules


def load(name: str) -> dict[str, Any]:
    return tomllib.loads(files("calcinfo.reader").joinpath("rules", name).read_text("utf-8"))


TARGETS = load("targets.toml")
VALUES: dict[str, set[str]] = {
    "anchor": {k.value for k in FindingKind} - {"arterial"},
    "shape": set(Shape.ids()),
    "pattern": set(Pattern.ids()),
    "word": {w.value for w in CalcificationWord} - {"macro", "micro"},
    "change": set(Change.ids()),
    "side": set(Side.ids()),
    "density": set(Density.ids()),
    "recommendation": set(Recommendation.ids()),
    "result": set(BiopsyResult.ids()),
    "history": set(History.ids()),
    "symptom": set(Symptom.ids()),
    "modality": set(Modality.ids()),
    "purpose": set(Purpose.ids()),
}


def test_every_field_is_read_in_exactly_one_scan() -> None:
    fields = {t["field"] for t in TARGETS["target"]}
    scanned = [f for scan in TARGETS["scans"] for f in scan]
    assert sorted(scanned) == sorted(fields)


@pytest.mark.parametrize("target", TARGETS["target"], ids=lambda t: f"{t['field']}:{t['value']}")
def test_every_target_value_is_a_vocabulary_id_and_every_word_compiles(
    target: dict[str, Any],
) -> None:
    field, value = str(target["field"]), str(target["value"])
    if field in VALUES:
        assert value in VALUES[field]
    for word in target["words"]:
        re.compile(word)


@pytest.mark.parametrize(
    "name", ["targets.toml", "context.toml", "categories.toml", "sections.toml"]
)
def test_no_rule_looks_for_a_backslash(name: str) -> None:
    """A rule written with a doubled backslash inside single quotes ('...\\\\b'), where TOML keeps
    both, looks for a backslash in her text and so never matches: no report has one there."""

    def strings(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    assert [s for s in strings(load(name)) if "\\\\" in s] == []


def test_every_cue_has_a_known_category_and_direction() -> None:
    for cue in load("context.toml")["cue"]:
        assert cue["category"] in {
            "pseudo",
            "negated",
            "hypothetical",
            "historical",
            "uncertain",
            "other",
            "terminate",
        }
        assert cue["direction"] in {"forward", "backward", "both"}


def test_no_cue_word_is_hidden_by_another_rule_s_word_at_the_same_place() -> None:
    """All cue words are found by one pattern, one cue at a place: a word two rules both match
    is read by one rule only. Each plain word (letters, digits and spaces) must be found as its
    own rule's, or as a rule of the same category and direction ("in 2019" was a word of a
    forward and a backward rule, and its forward reading was never made)."""
    table = rules()
    for index, cue in enumerate(load("context.toml")["cue"]):
        for word in cue["words"]:
            if not re.fullmatch(r"[a-z0-9 ]+", word):
                continue
            match = table.cues.pattern.match(word)
            assert match, word
            found = table.cue_rules[int(table.cues.value(match))]
            mine = table.cue_rules[index]
            assert (found.category, found.direction) == (mine.category, mine.direction), word


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"(?:micro|macro)?calcifications?", "two microcalcifications", ["microcalcifications"]),
        (r"\d{1,3} ?mm", "a 6 mm group", ["6 mm"]),
        (r": ?none", "Suspicious: none", [": none"]),
        (r"(?:a|b)?", "xyz", ["", "", "", ""]),  # can match nothing: no look-ahead is added
    ],
)
def test_the_fast_look_ahead_never_changes_what_a_pattern_finds(
    pattern: str, text: str, found: list[str]
) -> None:
    assert [m.group() for m in fast(pattern).finditer(text)] == found
    assert [m.group() for m in re.compile(pattern).finditer(text)] == found


def test_every_word_says_the_characters_it_can_start_with() -> None:
    """A word that could start with any character is tried at every place of the text, in
    each of its scan's groups: one such biopsy word ("(?<=by )... core biopsy") took a third of
    its scan's time on a 3 KB report."""
    from calcinfo.reader.rules import _starts

    cues = load("context.toml")["cue"]
    words = [w for t in TARGETS["target"] for w in t["words"]]
    words += [w for c in cues for w in c["words"]] + TARGETS["exam_title"]
    assert [w for w in words if _starts(w) is None] == []


def test_the_rules_load() -> None:
    assert rules().targets and rules().cue_rules


def test_every_scan_finds_with_its_look_ahead_what_it_finds_without() -> None:
    from calcinfo.reader.text import normalize
    from tests.labelled import HELD_OUT, reports
    from tests.realtexts import corpus

    texts = [normalize(r.text).norm for r in reports() + reports(HELD_OUT) + corpus("dev")]
    scans = [*rules().targets, rules().cues]
    for scan in scans:
        plain = re.compile(scan.plain)
        for text in texts:
            assert [m.span() for m in scan.pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_every_scan_built_from_its_parsed_words_is_the_pattern_its_text_compiles_to() -> None:
    """The scans are built from words parsed once each, to load faster: the engine's code for
    each is the code its text compiles to, so they find the same words in any text."""
    import sys

    from calcinfo.reader.firstchar import BUILT_ON, re_compiler, re_parser

    scans = [*rules().targets, rules().cues, rules().sides, rules().exam_words]
    for scan in scans:
        if sys.version_info[:2] in BUILT_ON:
            assert scan.pattern.pattern is None  # built from its words' parse, not its text
        as_written = FieldWords(scan.pairs_given, said_once=False)
        built = re_parser.SubPattern(as_written._build.state, as_written._items)
        assert re_compiler._code(built, 0) == re_compiler._code(re_parser.parse(scan.source), 0)


def _words_found(scan: FieldWords, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), scan.value(m)) for m in scan.pattern.finditer(text)]


def test_a_scan_with_each_group_s_first_letter_said_once_finds_the_same_words() -> None:
    """Each scan's words that start with one letter are that letter and what follows it
    (`FieldWords._said_once`): on every text of the corpus, the same words are found at the
    same places as with the words as written, and each is the same word (its value)."""
    from calcinfo.reader.text import normalize
    from tests.labelled import HELD_OUT, reports
    from tests.realtexts import corpus

    texts = [normalize(r.text).norm for r in reports() + reports(HELD_OUT) + corpus("dev")]
    for scan in [*rules().targets, rules().cues]:
        as_written = FieldWords(scan.pairs_given, said_once=False)
        assert as_written.pattern.pattern is None or scan.source == as_written.source
        for text in texts:
            assert _words_found(scan, text) == _words_found(as_written, text)


_PIECES = [
    " ", ", ", ". ", "\n", "(", ")", ":", "?", "-", "'s", "s", "es", "ly", "1", "4b", "6 mm",
    "no", "not", "is", "was", "are", "the", "a", "an", "of", "for", "by", "with", "if", "my",
    "mother", "mom", "sister", "had", "has", "breast", "cancer", "carcinoma", "pain", "lump",
    "mass", "masses", "cyst", "calc", "calcifications", "micro", "grouped", "amorphous",
    "suspicious", "stable", "new", "benign", "probably", "biopsy", "core", "needle",
    "stereotactic", "guided", "ultrasound", "mammogram", "bi-rads", "category", "prior",
    "previous", "seen", "present", "compared", "left", "right", "upper", "outer", "quadrant",
    "recommended", "follow-up", "months", "dense", "history", "lumpectomy", "findings",
]  # fmt: skip
"""Words and parts of words the scans look for, to build texts from."""


@lru_cache(maxsize=1)
def _as_written() -> list[tuple[FieldWords, FieldWords]]:
    return [
        (s, FieldWords(s.pairs_given, said_once=False)) for s in [*rules().targets, rules().cues]
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_said_once_finds_what_the_words_as_written_find_in_any_text(text: str) -> None:
    for scan, as_written in _as_written():
        assert _words_found(scan, text) == _words_found(as_written, text)


def test_words_read_only_beside_a_result_are_looked_for_only_when_there_is_one() -> None:
    """The pathology cues' scan is skipped when the text names no biopsy result: it changes no
    reading, only the time."""
    from calcinfo.reader.targets import find_targets
    from calcinfo.reader.text import normalize

    def fields(text: str) -> set[str]:
        return {t.field for t in find_targets(normalize(text))}

    assert "pathology-cue" in fields("Pathology: benign breast tissue.")
    assert "pathology-cue" not in fields("Pathology review was requested.")


def test_each_short_form_is_searched_by_its_first_letter() -> None:
    """rules/abbreviations.toml: each short form starts with its own first letter, so the table
    is searched behind a test of those letters (led by a look-behind, one form made the whole
    table try every place of a report: a quarter of its read)."""
    from calcinfo.reader.rules import _FIRST_LETTER, _load, rules

    for entry in _load("abbreviations.toml")["abbreviation"]:
        assert _FIRST_LETTER.match(entry["short"]), entry["short"][:40]
        # and has no group of its own: the reader tells which form matched by its group's name
        assert re.compile(entry["short"]).groups == 0, entry["short"][:40]
    assert all(p.pattern.startswith(("\\b(?=[", "(?:&")) for p in rules().abbreviations)


def test_no_heading_ends_with_a_full_stop_or_a_space() -> None:
    """A heading inside a line is found with the ". " before it matched, not looked behind for
    (`Rules.inline_heading`): the same headings only while no heading's own words end with
    what that ". " could overlap."""
    assert [h for h in rules().headings if h.endswith((".", " "))] == []


def test_no_rule_name_is_given_twice_in_a_reader_module() -> None:
    """A pattern defined a second time under a name already in use replaces the first for every
    rule that reads it: session 27's new `_COMPARED_WITH` (what a result is measured against)
    had silently replaced the side rule's one, and a table test caught it before the commit."""
    for path in sorted(Path(str(files("calcinfo.reader"))).glob("*.py")):
        names: list[str] = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            names += [t.id for t in targets if isinstance(t, ast.Name)]
        twice = sorted({n for n in names if names.count(n) > 1})
        assert twice == [], f"{path.name}: {twice}"
