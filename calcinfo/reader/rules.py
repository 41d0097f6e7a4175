"""The reader's rules, loaded once from the data files beside this module and compiled.

A new word, heading or cue is a change to `rules/*.toml`, not to code.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, NamedTuple

# The regex parser and compiler that Python's own `re` uses, and the Pythons whose parse trees
# were checked (`BUILT_ON`): to find the characters a pattern can start with, and to build a
# scan's pattern from words parsed once each (`_Builder`).
from calcinfo.reader.firstchar import (
    BUILT_ON,
    C,
    after_first,
    led,
    re_compiler,
    re_parser,
    required,
)

# A word may not start or end inside another word; words that start or end with punctuation
# (": none", "?") may stand right after or before one.
WORD_START = r"(?:(?<!\w)|(?!\w))"
WORD_END = r"(?:(?<!\w)|(?!\w))"
SEP = "\x1f"  # between a target's field and its value, in one scan's values


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(files("calcinfo.reader").joinpath("rules", name).read_text("utf-8"))


def alternation(words: list[str], grouped: bool = True) -> str:
    """Words as one alternation, the longer ones first so that they win at the same place."""
    ordered = sorted(words, key=len, reverse=True)
    inner = "|".join(f"(?:{w})" for w in ordered)
    return f"{WORD_START}(?:{inner}){WORD_END}" if grouped else inner


class AtLineStart:
    """A pattern that starts at the text's start or after a mark: `(?:^|MARK)REST`.

    Where `^` is one of a pattern's ways to start, Python's engine cannot pass over the places
    where none of them fits, and tries the whole pattern at every place of the text. Here the
    text's start is tried once, and the rest is a pattern led by its mark (a line break), which
    the engine finds at once: the same matches. On a 3 KB report the three that start a line
    (a label, a qualified heading, an advice title) take 17 us, down from 150 (2026-11-27)."""

    def __init__(self, rest: str, mark: str = r"\n") -> None:
        self.at_start = re.compile(rest)
        self.after = re.compile(f"(?:{mark}){rest}")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        first = self.at_start.match(text)
        if first:
            yield first
        yield from self.after.finditer(text, first.end() if first else 0)


LEAD = "\n"
"""Put before a text that `Rules.heading` searches: a heading at the text's start then follows a
line break, like any other (offsets in the text so searched are one more)."""
INLINE_LEAD = ". "
"""Put before a text that `Rules.inline_heading` searches, for the same reason."""


LED_MOST = 4
"""A pattern that can start with this many characters or fewer is led by them (`firstchar.led`):
"\\bbenign\\b" reads a 3 KB report in 3 us, not 30. Patterns that can start with more (common
letters such as "l", "m", "s") read as fast or slower when led, and cost more to compile
(2026-11-27)."""
LED: list[tuple[str, re.Pattern[str]]] = []
"""Every pattern `fast` led, with its text: tests/test_reader_firstchar.py checks that each
finds what its text finds on every corpus text."""


def fast(pattern: str) -> re.Pattern[str]:
    """The pattern, led by the few characters it can start with (`firstchar.led`), or else by a
    look-ahead for them.

    Python's regex engine tries every alternative at every place in the text; one character
    test first lets it pass over most places at once (about 3 times faster on a report)."""
    chars = _starts(pattern)
    if not chars:  # a construct the scan does not know, or one that can match nothing
        return re.compile(pattern)
    if len(chars) <= LED_MOST and (compiled := led(pattern)) is not None:
        LED.append((pattern, compiled))
        return compiled
    lead = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"(?=[{lead}]){pattern}")


def holds_all(needs: tuple[tuple[str, ...], ...] | None, text: str) -> bool:
    """Whether `text` holds a word of each part in `needs` (`firstchar.required`): where it does
    not, a pattern that needs them cannot match, and a `str` look-up, which passes over a report
    in C at once, says so. True where nothing is known."""
    return needs is None or all(any(word in text for word in part) for part in needs)


class Needing:
    """A pattern passed over in a text that lacks a word of any part every match of it has
    (`holds_all`): most reports have no quoted e-mail's ">", no "bi rads" or "follow up" written
    with a space, no quote mark, no "in situ" or "DCIS", and each pass over a 3 KB report took
    0.01-0.03 ms. The words are read from the pattern itself, so they cannot fall out of step."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.source = pattern
        self.flags = flags
        self.pattern = re.compile(pattern, flags) if flags else fast(pattern)
        self.needs = required(pattern)
        NEEDING.append(self)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if holds_all(self.needs, text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if holds_all(self.needs, text) else None

    def sub(self, replacement: Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(replacement, text) if holds_all(self.needs, text) else text


NEEDING: list[Needing] = []
"""Every `Needing` pattern: tests/test_reader_firstchar.py checks that each finds what its text
finds, in any text."""


def _first_chars(items: Any) -> set[str] | None:
    """The characters a parsed pattern can start with; None when it could start with any.
    An empty string in the result means the pattern can match nothing at all."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return out | {chr(av)}
        if op is C.IN:
            chars = _class_chars(av)
            return None if chars is None else out | chars
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.SUBPATTERN:
            inner = _first_chars(av[-1])
        elif op is C.BRANCH:
            inner = set()
            for branch in av[1]:
                chars = _first_chars(branch)
                if chars is None:
                    return None
                inner |= chars
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            inner = _first_chars(av[2])
            if inner is not None and av[0] == 0:
                inner.add("")
        else:
            return None
        if inner is None:
            return None
        out |= inner - {""}
        if "" not in inner:
            return out
    return out | {""}


def _class_chars(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE:
            chars |= {chr(c) for c in range(av[0], av[1] + 1)}
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars |= set("0123456789")
        else:
            return None
    return chars


BUCKET = 5
"""Letters a bucket of word groups tests at once (`FieldWords._by_first_character`). With
these buckets and `\b` before words that start with a letter, the four target scans of a
3 KB report took 0.70 ms, down from 1.10 (2026-11-26); 3 to 8 letters read alike."""
_WORD_CHAR = re.compile(r"\w")
_NOT_WORD_CHAR = re.compile(r"\W")

MANY_WORDS = 30
"""A scan with this many words or more is searched by first character, each character's words
with the character said once (`FieldWords._said_once`): the pathology cues, about 60 words,
took 0.15 ms of a 3 KB report as one alternation, 0.08 searched so (2026-11-27). With fewer, one
alternation is as fast or faster."""


class _Piece(NamedTuple):
    """A piece of a pattern: its text, and its items as the regex parser reads that text."""

    source: str
    items: list[Any]


class _Builder:
    """Builds one pattern from words parsed once each (`_parsed`), not from its text.

    A scan's pattern holds each word once or more (a word that can start with several letters
    stands in each of their groups), so parsing its text parsed every word again, and parsing
    was most of the time the rules took to load. The pattern built here is the one the text
    parses to (tests/test_reader_rules.py compares the code the two compile to, and it was
    checked on Pythons 3.11, 3.12 and 3.13). On another Python, whose regex internals may
    differ, or where building fails, the text is compiled instead."""

    def __init__(self) -> None:
        self.state = re_parser.State()
        self.state.flags = int(re.UNICODE)  # what the parser sets for a pattern of text
        self.exact = True  # False: a word of its own groups or flags, which only its text keeps

    def fragment(self, source: str) -> _Piece:
        return _Piece(source, list(_fragment(source).data))

    def word(self, word: str) -> _Piece:
        """The word with an empty group after it, which the match names (`Match.lastindex`)."""
        marker = self.state.opengroup()
        empty = re_parser.SubPattern(self.state)
        self.state.closegroup(marker, empty)
        _, groups, parsed = _parsed(word)
        if groups or parsed.state.flags != self.state.flags:
            self.exact = False
        # The parser puts the items of a group that neither captures nor sets flags in the
        # place of the group ("unpack non-capturing groups"), and so does this.
        items = [*parsed.data, (C.SUBPATTERN, (marker, 0, 0, empty))]
        return _Piece(f"(?:{word})()", items)

    def group(self, pieces: list[_Piece]) -> _Piece:
        """`(?:a|b|...)`: the pieces as one alternation in a group."""
        inner = self.alternation(pieces)
        return _Piece(f"(?:{inner.source})", inner.items)

    def alternation(self, pieces: list[_Piece]) -> _Piece:
        """`a|b|...`, not in a group, tidied as the parser tidies one (`re._parser._parse_sub`):
        a first item all the alternatives share is said once before them, and alternatives of
        one character each are one set of characters."""
        source = "|".join(p.source for p in pieces)
        if len(pieces) == 1:
            return _Piece(source, pieces[0].items)
        items = [list(p.items) for p in pieces]
        shared: list[Any] = []
        while all(items) and all(item[0] == items[0][0] for item in items):
            shared.append(items[0][0])
            for item in items:
                del item[0]
        chars: list[Any] = []
        for item in items:
            if len(item) != 1:
                break
            op, av = item[0]
            if op is C.LITERAL:
                chars.append((op, av))
            elif op is C.IN and av[0][0] is not C.NEGATE:
                chars.extend(av)
            else:
                break
        else:
            return _Piece(source, [*shared, (C.IN, list(dict.fromkeys(chars)))])
        return _Piece(source, [*shared, (C.BRANCH, (None, [self.sub(i) for i in items]))])

    @staticmethod
    def joined(*pieces: _Piece) -> _Piece:
        return _Piece("".join(p.source for p in pieces), [i for p in pieces for i in p.items])

    def sub(self, items: list[Any]) -> Any:
        return re_parser.SubPattern(self.state, items)

    def alternation_of(self, paths: list[list[Any]]) -> list[Any]:
        """Parsed paths as one alternation: the items of one path, or a branch of them."""
        return paths[0] if len(paths) == 1 else [(C.BRANCH, (None, [self.sub(p) for p in paths]))]

    def compile(self, piece: _Piece) -> re.Pattern[str]:
        if not self.exact or sys.version_info[:2] not in BUILT_ON:
            return re.compile(piece.source)
        try:
            compiled: re.Pattern[str] = re_compiler.compile(self.sub(piece.items))
        except Exception:
            return re.compile(piece.source)
        return compiled


@cache
def _fragment(source: str) -> Any:
    return re_parser.parse(source)


class FieldWords:
    """One field's words: one pattern to find them all, and the value of the word each match is.

    Each word is followed by an empty group, so the match tells which word it is
    (`Match.lastindex`) at no cost. A group at the start of a word would slow the scan: the
    regex engine passes over an alternative whose first letter does not fit at once only when
    the alternative starts with that letter."""

    def __init__(self, pairs: list[tuple[str, str]], *, said_once: bool = True) -> None:
        # said_once=False: each group of words as its text reads (`_said_once`), to compare
        # with the text (tests/test_reader_rules.py).
        self.said_once = said_once and sys.version_info[:2] in BUILT_ON
        self.pairs_given = pairs
        ordered = sorted(pairs, key=lambda p: len(p[1]), reverse=True)
        self.plain = alternation([word for _, word in ordered])  # what `pattern` must find
        # The value of each group number; a word's own groups come before its empty one.
        self._values: list[str | None] = [None]
        build = self._build = _Builder()
        # A word that starts with a letter or digit may not start inside another word: that is
        # `\b` there, which the engine tests at once (the two look-arounds of WORD_START took
        # more time than the words on most of a report's places). A word that starts with
        # punctuation (": none", "?") is tried only where no letter follows. One place is of
        # one kind or the other, so the longer word still wins wherever two start together.
        branches = []
        starts = {word: _starts(word) for _, word in ordered}
        for boundary, fits in ((r"\b", _WORD_CHAR.match), (r"(?!\w)", _NOT_WORD_CHAR.match)):
            words = [
                (value, word)
                for value, word in ordered
                if (can := starts[word]) is None or any(fits(c) for c in can)
            ]
            if not words:
                continue
            if len(words) < MANY_WORDS:
                inner = build.alternation([self._word(value, word) for value, word in words])
            else:
                inner = self._by_first_character(words, fits)
            firsts = [starts[word] for _, word in words]
            lead = []
            if all(firsts):  # each word starts with one of a few characters: test them first
                chars = sorted({c for can in firsts if can for c in can if fits(c)})
                lead = [build.fragment(f"(?=[{''.join(map(re.escape, chars))}])")]
            branches.append(build.joined(build.fragment(boundary), *lead, build.group([inner])))
        whole = build.joined(build.group(branches), build.fragment(WORD_END))
        self.source = whole.source  # the pattern's text
        self.pattern = build.compile(whole)
        self._items = whole.items  # for the test that compares the two
        # The value of each group split at SEP once, for scans whose values are "field SEP value".
        self.pairs: list[tuple[str, str] | None] = [_pair(v) for v in self._values]

    def _word(self, value: str, word: str) -> _Piece:
        """The word with its empty group after it, its group number noted as `value`. Call in
        the order the words stand in the pattern."""
        self._values += [None] * _parsed(word)[1] + [value]
        return self._build.word(word)

    def _by_first_character(
        self, ordered: list[tuple[str, str]], fits: Callable[[str], object]
    ) -> _Piece:
        """The words grouped by the character they can start with, each group behind a test
        of that character: the engine then tries a few groups, not every word. A word that
        can start with several characters is in each of their groups, in its place, so the
        same word wins as in one long alternation."""
        build = self._build
        starts = [_starts(word) for _, word in ordered]
        groups: list[tuple[str, _Piece]] = []
        for char in sorted({c for chars in starts if chars for c in chars if fits(c)}):
            words = [
                self._word(value, word)
                for (value, word), chars in zip(ordered, starts, strict=True)
                if chars is None or char in chars
            ]
            # Where every word of the group can start with this character only, the test is
            # left out: the engine then checks a group's first letter itself, at once.
            only = all(c == frozenset(char) for c in starts if c is None or char in c)
            lead = [] if only else [build.fragment(f"(?={re.escape(char)})")]
            group = build.joined(*lead, build.group(words))
            if self.said_once:
                group = _Piece(group.source, self._said_once(char, words))
            groups.append((char, group))
        # The groups in buckets of a few letters, each behind one test of its letters: the
        # engine passes over a bucket at once where its first letter is not the text's.
        buckets = [
            build.joined(
                build.fragment(f"(?=[{''.join(re.escape(c) for c, _ in groups[i : i + BUCKET])}])"),
                build.group([g for _, g in groups[i : i + BUCKET]]),
            )
            for i in range(0, len(groups), BUCKET)
        ]
        buckets += [  # words that can start with any character: tried where no group fits
            self._word(value, word)
            for (value, word), chars in zip(ordered, starts, strict=True)
            if chars is None
        ]
        return build.alternation(buckets)

    def _said_once(self, char: str, words: list[_Piece]) -> list[Any]:
        """A group's words with their first letter said once: `s(?:uspicious|table|...)`, not
        `(?:suspicious|stable|...)`. At each place where a word starts with "s", the engine
        went into each of the group's words to find that the second letter did not fit; with
        the letter said first, it passes over an alternative whose next letter does not fit at
        once (the target scans and the cues of a 3 KB report, side by side: 1.0 ms, down from
        1.65; the rules load about 9 ms slower). A word that cannot be written so
        (`firstchar.after_first`) stands whole in its place, led by a test of the letter, so the
        words are tried in the same order and the same one wins."""
        build = self._build
        letter = (C.LITERAL, ord(char))
        alternatives: list[list[Any]] = []
        run: list[list[Any]] = []  # what follows the letter in words one after another

        def close() -> None:
            if run:
                alternatives.append([letter, *build.alternation_of(run)])
                run.clear()

        for word in words:
            after = after_first(build.state, word.items, char)
            if after is None:
                close()
                alternatives.append([(C.ASSERT, (1, build.sub([letter]))), *word.items])
            else:
                run.extend(after)
        close()
        return build.alternation_of(alternatives)

    def value(self, match: re.Match[str]) -> str:
        """The value of the word `match` (a match of `pattern`) found."""
        value = self._values[match.lastindex or 0]
        if value is None:  # cannot happen: every word ends with its own empty group
            raise LookupError(match.group())
        return value


@cache
def _parsed(word: str) -> tuple[frozenset[str] | None, int, Any]:
    """The characters a word can start with (None: any), how many groups it has, and the word
    as the regex parser reads it. Parsed once a word: the same word stands in several of a
    scan's groups, and parsing is most of the time the rules take to load."""
    parsed = re_parser.parse(word)
    groups = parsed.state.groups - 1
    try:
        chars = _first_chars(parsed.data)
    except (TypeError, ValueError):
        return None, groups, parsed
    return (None if chars is None or "" in chars else frozenset(chars)), groups, parsed


def _pair(value: str | None) -> tuple[str, str] | None:
    if value is None or SEP not in value:
        return None
    field, _, rest = value.partition(SEP)
    return field, rest


def _starts(word: str) -> frozenset[str] | None:
    return _parsed(word)[0]


@dataclass(frozen=True)
class CueRule:
    category: str
    direction: str
    reach: int
    opening_reach: int | None = None  # the reach of a cue that opens its sentence


@dataclass(frozen=True)
class Rules:
    headings: dict[str, str]  # heading words -> section kind
    heading: re.Pattern[str]
    qualified_heading: AtLineStart  # "RADIOLOGY IMPRESSION", "BREAST MRI FINDINGS (...)"
    labels: dict[str, str]  # headings read only with their colon -> section kind
    inline_heading: re.Pattern[str]  # "... 2026-02-20. CLINICAL HISTORY 62-year-old ..."
    inline_label: re.Pattern[str]  # "... biopsy necessary ASSESSMENT: BI-RADS: 2" (lines lost)
    label_heading: AtLineStart  # "Ultrasound: ..." at a line's start
    title_headings: tuple[tuple[str, AtLineStart], ...]  # (kind, a whole title line)
    targets: tuple[FieldWords, ...]  # one a scan; values are "field SEP value"
    scan_needs: tuple[str | None, ...]  # the field a scan's words are read beside, if any
    sides: FieldWords  # the side words alone, values "left", "right", "bilateral"
    exam_words: FieldWords  # the words that name an exam ("mammogram", "diagnostic", "views")
    cues: FieldWords  # every cue word, its value the index of its rule in `cue_rules`
    cue_rules: tuple[CueRule, ...]
    category_forms: tuple[tuple[str, re.Pattern[str]], ...]
    # For each form, the parts every match of it has, each as the words one of which a text must
    # hold for it to match (None: not known; `firstchar.required`): a form is not looked for in
    # a text that lacks a word of any part ("category" in most reports).
    category_form_needs: tuple[tuple[tuple[str, ...], ...] | None, ...]
    category_names: tuple[tuple[str, re.Pattern[str]], ...]
    story_told: re.Pattern[str]  # a category told in her own story, in the past
    story_later: re.Pattern[str]  # a later visit in that story
    quiz_next: re.Pattern[str]  # a question after a category that asks the reader to judge it
    # Short forms ("bx", "h/o", "targeted US"), each a group `a<n>` that matches it alone, and
    # the words each stands for, by n: read as those words before any other rule sees the text.
    # Those looked for as written (in capitals: "US") are in `abbreviations_as_written`.
    abbreviations: tuple[re.Pattern[str], ...]
    abbreviations_as_written: tuple[re.Pattern[str], ...]
    abbreviation_means: tuple[str, ...]


_FIRST_LETTER = re.compile(r"(?:\(\?:)?([a-zA-Z&])")


def _shorts(shorts: list[dict[str, Any]], as_written: bool) -> tuple[re.Pattern[str], ...]:
    """The table's short forms as patterns, each form followed by its own empty group `a<n>`
    (n its place in the table), which the match names (`Match.lastgroup`): those that start
    with a letter in one, led by a word's start and a look at their first letters, then grouped
    by first letter, so the engine passes over every other place at once and tries only the
    forms of the letter it stands on (led by look-behinds, the table cost a quarter of a
    report's whole read); each of the others ("&") in one of its own, which the engine finds by
    its first character. The group is at the form's end, not around it: a group of forms then
    starts with their letter, and the engine passes over every other letter's group at once
    (a test of the letter before each group made the table 0.14 ms of a 3 KB report; now 0.06)."""
    by_letter: dict[str, list[str]] = {}  # each first letter's forms
    signs: list[str] = []
    for n, entry in enumerate(shorts):
        if entry.get("as_written", False) is not as_written:
            continue
        first = _FIRST_LETTER.match(entry["short"])
        if not first:
            raise ValueError(
                f"abbreviations.toml: {entry['short'][:30]!r} must start with a letter"
            )
        form = f"(?:{entry['short']})(?P<a{n}>)"
        if first[1].isalpha():
            by_letter.setdefault(first[1], []).append(form)
        else:
            signs.append(form)
    groups = "|".join(f"(?:{'|'.join(forms)})" for _, forms in sorted(by_letter.items()))
    words = [rf"\b(?=[{''.join(sorted(by_letter))}])(?:{groups})"] if by_letter else []
    return tuple(map(re.compile, words + signs))


@cache
def rules() -> Rules:
    section_rules = _load("sections.toml")
    sections = section_rules["section"]
    headings = {h: s["kind"] for s in sections for h in s["headings"]}
    labels = {h: s["kind"] for s in sections for h in s.get("labels", [])}
    title_headings = tuple(
        (
            t["kind"],
            AtLineStart(
                r"[ \t#*]*(?:" + "|".join(map(re.escape, t["starts"])) + r")\b"
                r"[^\n.?]{0,90}(?=\n|$)"
            ),
        )
        for t in section_rules.get("title_section", [])
    )
    names = alternation(list(map(re.escape, headings)), grouped=False)  # every heading
    heading = re.compile(
        # The mark before a heading is matched, not looked behind for: twice as fast, and
        # only the group `heading` is used. A full stop with no space counts before a label
        # with its colon ("Clinical indication: screening.Findings: ...").
        # Each way to start is a character, so the engine passes over every place where none
        # is: a heading at the text's start is looked for after a line break put before the
        # text (`LEAD`). As `(?:^|[\n,]|...)` the pattern was tried at every place (0.09 ms of
        # a 3 KB report, now 0.05); an `AtLineStart` compiles its big pattern twice.
        # A semicolon ends a heading as a colon does: a woman typing out her report wrote
        # "... appear benign. Impression; probably benign -follow up recommended."
        r"(?:\n|,|\. |\.(?=[a-z][a-z /&()-]{1,40}:))[ \t]?(?P<heading>"
        + names
        + r")[ \t]?(?::|;|(?=\n)|$)"
    )
    target_rules = _load("targets.toml")
    scan_of = {field: n for n, scan in enumerate(target_rules["scans"]) for field in scan}
    by_scan: list[list[tuple[str, str]]] = [[] for _ in target_rules["scans"]]
    for target in target_rules["target"]:
        for word in target["words"]:
            key = f"{target['field']}{SEP}{target['value']}"
            by_scan[scan_of[target["field"]]].append((key, word))
    targets = tuple(FieldWords(pairs) for pairs in by_scan)
    beside = target_rules.get("only_beside", {})
    scan_needs = tuple(
        needs.pop() if len(needs := {beside.get(field) for field in scan}) == 1 else None
        for scan in target_rules["scans"]
    )
    side_targets = [t for t in target_rules["target"] if t["field"] == "side"]
    sides = FieldWords([(t["value"], word) for t in side_targets for word in t["words"]])
    exam_words = FieldWords(
        [
            (t["value"], word)
            for t in target_rules["target"]
            if t["field"] in {"modality", "purpose"}
            for word in t["words"]
        ]
        + [("exam", word) for word in target_rules["exam_title"]]
    )
    cue_rules = _load("context.toml")["cue"]
    cues = FieldWords([(str(i), word) for i, cue in enumerate(cue_rules) for word in cue["words"]])
    categories = _load("categories.toml")
    shorts = _load("abbreviations.toml")["abbreviation"]
    return Rules(
        headings=headings,
        heading=heading,
        labels=labels,
        # After a sentence's end, matched, not looked behind for: the engine finds each ". " at
        # once (0.07 ms of a 3 KB report, now 0.003). At the text's start, looked for after a
        # ". " put before the text (`INLINE_LEAD`). (No heading ends with "." or a space, so a
        # matched ". " never holds the end of the heading before it: tests/test_reader_rules.py.)
        inline_heading=re.compile(r"\. (?P<heading>" + names + r")(?= [a-z0-9(\"'])"),
        inline_label=re.compile(
            # Led by its space: the engine finds the spaces at once (a look-behind first made
            # it try every place of the text, 4 times slower).
            r" (?<=[a-z0-9)] )(?P<heading>"
            + alternation(
                [
                    re.escape(h)
                    for s in sections
                    if s["kind"] in section_rules["inline_label_kinds"]
                    for h in s["headings"]
                ],
                grouped=False,
            )
            + r")(?=:)"
        ),
        label_heading=AtLineStart(
            r"[ \t]?(?P<heading>"
            + alternation(list(map(re.escape, labels)), grouped=False)
            + r")[ \t]?:"
        ),
        qualified_heading=AtLineStart(
            # A line of one to three words and then a heading, nothing else: read as a
            # heading only where her text writes the line in capitals (sections.py).
            r"[ \t]*(?P<line>(?!(?:no|not|without|negative|benign|normal|stable|"
            r"suspicious)\b)(?:[a-z0-9/&-]+ ){1,3}(?P<heading>"
            + alternation([re.escape(h) for h in section_rules["qualifiable"]], grouped=False)
            + r")(?: ?\([^)\n]{0,40}\))?)[ \t]*:?[ \t]*(?=\n|$)"
        ),
        title_headings=title_headings,
        targets=targets,
        scan_needs=scan_needs,
        sides=sides,
        exam_words=exam_words,
        cues=cues,
        cue_rules=tuple(
            CueRule(c["category"], c["direction"], c.get("reach", 0), c.get("opening_reach"))
            for c in cue_rules
        ),
        category_forms=tuple((f["kind"], fast(f["regex"])) for f in categories["form"]),
        category_form_needs=tuple(required(f["regex"]) for f in categories["form"]),
        category_names=tuple((n["value"], fast(n["regex"])) for n in categories["name"]),
        story_told=re.compile("|".join(categories["story"]["told"])),
        story_later=re.compile("|".join(categories["story"]["later"])),
        quiz_next=re.compile("|".join(categories["quiz"]["next"])),
        abbreviations=_shorts(shorts, as_written=False),
        abbreviations_as_written=_shorts(shorts, as_written=True),
        abbreviation_means=tuple(short["means"] for short in shorts),
    )
