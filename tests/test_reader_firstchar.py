"""Patterns written again to run faster find exactly what the pattern as written finds: the same
matches, at the same places, with the same groups. A pattern led by its first characters
(`calcinfo.reader.firstchar.led`), and one that starts a line tried at the text's start once
(`calcinfo.reader.rules.AtLineStart`)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcinfo.reader.firstchar import BUILT_ON, led

pytestmark = pytest.mark.skipif(
    sys.version_info[:2] not in BUILT_ON, reason="patterns are compiled as written here"
)


def found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict(), m.lastindex) for m in pattern.finditer(text)]


LED = [
    # (pattern, a text where the rewrite has something to get wrong)
    (r"\bbenign\b", "benign, nonbenign, benign-appearing; benignly"),
    (r"\bsuspicious(?: abnormality)?\b", "suspicious abnormality; unsuspicious; suspicious"),
    (r"(?<![0-6abc]):(?= ?no\b)", "a: no. 4: no. x:no"),  # a look-behind before the first character
    (r"(?<=by )(?:an? )?core biopsy", "by a core biopsy, by core biopsy, my core biopsy"),
    (r"(?=(?:the )?(?:left|right))(?:the )?(?:left|right) (?P<value>[0-6])", "the left 4, right 2"),
    (r"(?!left)\b(?:lef|rig)\w+", "left lefty right"),  # a negative look-ahead at the start
    (r"\b(?:final |overall )?category ?(?P<value>[0-6])", "final category 4, category 2"),
    (r"\b(?:a|an)?(?:b|bc)+?c", "abcbc bc abbc"),  # optional, then a lazy repeat
    (r"a??a", "aa aaa"),  # a lazy optional first character: the shorter match first
    (r"(?!a)[ab]c", "ac bc"),  # a negative look-ahead the first character alone fulfils
    (r"^foo|\nfoo", "foo\nfoo foo"),  # the start of the text
    (r"\Bing\b", "ring ing singing"),  # not a word boundary
    (r"[xyz]{2,3}q", "xxq xyzq zq xyzzq"),
    (r"\b(?:4 ?[abc]|[0-6])(?![\w/])", "4a 4 b 5/6 3 10"),
]


@pytest.mark.parametrize(("pattern", "text"), LED)
def test_a_led_pattern_finds_what_the_pattern_as_written_finds(pattern: str, text: str) -> None:
    compiled = led(pattern)
    assert compiled is not None, "this pattern can be led"
    assert found(compiled, text) == found(re.compile(pattern), text)
    assert found(compiled, text), "the text has something to find"


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(my|her) bi-?rads",  # a capturing group before the first character would move
        r"\d+ mm",  # any Unicode digit: too many to lead with
        r"\w+ ?mass",
        r"(?:a|b)?",  # can match nothing
        r"(?=\b)x",  # a look-ahead that asks nothing of the first character
        r"(?i)benign",  # flags of its own
    ],
)
def test_a_pattern_that_cannot_be_led_is_left_as_it_is(pattern: str) -> None:
    assert led(pattern) is None


def test_every_led_pattern_finds_on_every_corpus_text_what_it_finds_as_written() -> None:
    import calcinfo.reader.sections  # noqa: F401  (its patterns are led when it loads)
    from calcinfo.reader.rules import LED, rules
    from calcinfo.reader.text import normalize
    from tests.labelled import HELD_OUT, reports
    from tests.realtexts import corpus

    texts = [normalize(r.text).norm for r in reports() + reports(HELD_OUT) + corpus("dev")]
    compiled = [p for _, p in rules().category_forms] + [p for _, p in rules().category_names]
    assert sum(p.pattern is None for p in compiled) >= 10, "most category patterns are led"
    assert len(LED) >= 11, "the category patterns and a section pattern are led"
    for source, pattern in LED:
        plain = re.compile(source)
        for text in texts:
            assert found(pattern, text) == found(plain, text), source


_PIECES = st.sampled_from(
    [" ", "\n", ",", ".", ":", "-", "(", ")", "a", "b", "c", "0", "4", "4a", "left", "right",
     "the ", "by ", "core biopsy", "benign", "category", "final ", "x", "ing", "é"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_led_patterns_find_what_the_patterns_as_written_find_in_any_text(text: str) -> None:
    for pattern, _ in LED:
        compiled = led(pattern)
        assert compiled is not None
        assert found(compiled, text) == found(re.compile(pattern), text), pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["\n", " ", ".", ". ", ",", "a", "ab", "x", "\t"]), max_size=30))
def test_a_pattern_at_a_line_start_finds_what_its_text_finds_in_any_text(pieces: list[str]) -> None:
    """`AtLineStart` tries the text's start once and leads the rest by its mark: the same
    matches as `(?:^|MARK)REST` written out."""
    from calcinfo.reader.rules import AtLineStart

    text = "".join(pieces)
    for rest, mark in [(r"[ \t]?(?P<h>ab?)(?=\W|$)", r"\n|,|\. "), (r"(?P<h>a)b?", r"\n")]:
        split = AtLineStart(rest, mark=mark)
        whole = re.compile(f"(?:^|{mark}){rest}")
        assert [(m.span(), m.span("h")) for m in split.finditer(text)] == [
            (m.span(), m.span("h")) for m in whole.finditer(text)
        ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\n", "\t", "\r\n", "a", "b ", "é"]), max_size=20))
def test_the_runs_of_white_space_are_those_the_pattern_written_out_finds(pieces: list[str]) -> None:
    """`text._white_runs`, led by its white character, finds the runs that
    `\\s{2,}|[^\\S ]|\\A |\\ \\Z` finds."""
    from calcinfo.reader.text import _white_runs

    text = "".join(pieces)
    whole = re.compile(r"\s{2,}|[^\S ]|\A |\ \Z")
    assert [m.span() for m in _white_runs(text)] == [m.span() for m in whole.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bbenign\b", ("benign",)),
        (r"(?:said|told me) it", ("said", "told me")),
        (r"\b(?:final )?category ?(?P<value>[0-6])", ("category",)),
        (r"x(?=yz)", ("yz",)),  # what a look-ahead asks for is in the text too
        (r"(?!no)yes", ("yes",)),  # what a negative one refuses is not needed
        (r"(?:ab)?cd", ("cd",)),  # an optional part is not needed
        (r"\d+", None),
        (r"(?i)abc", None),  # in any case of letters
        (r"(?i:abc)de", ("de",)),  # ... or only in its own group
    ],
)
def test_the_words_a_pattern_needs_in_a_text(pattern: str, needs: tuple[str, ...] | None) -> None:
    from calcinfo.reader.firstchar import required

    parts = required(pattern)
    assert parts == needs if needs is None else (parts is not None and needs in parts)


def test_every_part_a_pattern_needs_in_a_text() -> None:
    from calcinfo.reader.firstchar import required

    assert required(r"(?:went|changed) from (?P<value>[0-6]) to") == (
        ("went", "changed"),
        (" from ",),
        (" to",),
    )
    assert required(r"\d+") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_a_pattern_matches_only_in_a_text_that_holds_a_word_it_needs(text: str) -> None:
    from calcinfo.reader.firstchar import required
    from calcinfo.reader.rules import _load

    forms = [f["regex"] for f in _load("categories.toml")["form"]]
    for pattern in [p for p, _ in LED] + forms:
        if re.search(pattern, text):
            for part in required(pattern) or ():
                assert any(word in text for word in part), (pattern, part)


def test_every_category_form_finds_on_every_corpus_text_only_where_its_words_are() -> None:
    from calcinfo.reader.firstchar import required
    from calcinfo.reader.rules import _load
    from calcinfo.reader.text import normalize
    from tests.labelled import HELD_OUT, reports
    from tests.realtexts import corpus

    texts = [normalize(r.text).norm for r in reports() + reports(HELD_OUT) + corpus("dev")]
    for form in _load("categories.toml")["form"]:
        parts = required(form["regex"])
        assert parts, form["regex"]  # each form names words it needs
        pattern = re.compile(form["regex"])
        for text in texts:
            if pattern.search(text):
                assert all(any(word in text for word in part) for part in parts), form["regex"]


_AS_WRITTEN_DATE = (
    r"\b(?:(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)"
    r"|(?P<y2>(?:19|20)\d\d)-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
    r"|(?P<mn>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?P<d3>\d{1,2}),? "
    r"(?P<y3>(?:19|20)\d\d)"
    r"|(?P<d4>\d{1,2}) (?P<mn4>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* "
    r"(?P<y4>(?:19|20)\d\d))\b"
)
_AS_WRITTEN_LEGEND = (
    r"(?<![\w.])(?:0\.\s(?:incomplete|needs? additional)|1\.\snegative|2\.\sbenign"
    r"|3\.\sprobably benign|4\.\ssuspicious|5\.\shighly suggestive|6\.\sknown)"
)
_AS_WRITTEN_SENTENCE_END = (
    r"[.!?](?:(?<!\b[lr]\.)(?<!\b[lr]t\.)(?<!\bbst\.)(?<!: \d\.)(?<!:\d\.)"
    r"(?<!\bdr\.)(?<!\bms\.)(?<!\bmrs\.)(?<!\bmr\.)(?<!\bapprox\.)[\"\)\]]?(?= |\n|$|,)"
    r"|(?P<tight>(?<=[a-z]{3}\.)(?=[a-z])))|[;\n]|,(?= ?\d{1,2}[.)] )"
)
_REPORT_PIECES = st.sampled_from(
    [" ", "\n", ",", ".", ". ", ".\n", ":", "/", "-", "a", "x", "0", "1", "2", "4", "12", "2026",
     ";", "!", "?", ")", '"', "dr.", "lt.", "r. bst.", "mr", "abc.", "Abc", "approx.",
     "1999", "jan", "march ", "0. incomplete", "1. negative", "2. benign", "4. suspicious",
     "impression", "findings", "history", "clinical history", "Impression", "é"]
)  # fmt: skip


def _headings(text: str) -> list[tuple[int, int, str]]:
    """Where `Rules.heading` and `Rules.inline_heading` find headings, in the text's offsets."""
    from calcinfo.reader.rules import INLINE_LEAD, LEAD, rules

    out = []
    for pattern, lead in ((rules().heading, LEAD), (rules().inline_heading, INLINE_LEAD)):
        for m in pattern.finditer(lead + text):
            out.append((m.start("heading") - len(lead), m.end() - len(lead), m.group("heading")))
    return out


def _headings_as_written(text: str) -> list[tuple[int, int, str]]:
    """The same, with the patterns as they were written before (`^` among the ways to start,
    the sentence's end looked behind for)."""
    from calcinfo.reader.rules import rules

    heading = rules().heading.pattern.replace(r"(?:\n|,|\. |", r"(?:^|[\n,]|\. |", 1)
    inline = rules().inline_heading.pattern.replace(r"\. ", r"(?:^|(?<=\. ))", 1)
    return [
        (m.start("heading"), m.end(), m.group("heading"))
        for p in (heading, inline)
        for m in re.finditer(p, text)
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(_REPORT_PIECES, max_size=40).map("".join))
def test_patterns_written_again_find_what_they_found_as_written_in_any_text(text: str) -> None:
    """The date's forms behind a test of their first character, a numbered legend led by its
    number, a sentence's end led by one class of its characters, the headings led by a
    character put before the text: the same matches."""
    from calcinfo.reader.assemble import _DATE
    from calcinfo.reader.sections import _LEGEND_NUMBERED
    from calcinfo.reader.sentences import _SENTENCE_END

    for new, old in (
        (_DATE, _AS_WRITTEN_DATE),
        (_LEGEND_NUMBERED, _AS_WRITTEN_LEGEND),
        (_SENTENCE_END, _AS_WRITTEN_SENTENCE_END),
    ):
        assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == [
            (m.span(), m.groupdict()) for m in re.finditer(old, text)
        ]
    assert _headings(text) == _headings_as_written(text)


_NEEDED_PIECES = st.sampled_from(
    ['"', "> ", "\n", " ", ".", "bi rads", "follow up", "in situ", "dcis", "such as",
     "for example", "Negative", "word", "x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_NEEDED_PIECES, max_size=30).map("".join))
def test_a_needing_pattern_finds_what_its_text_finds_in_any_text(text: str) -> None:
    """`rules.Needing` passes over a text that lacks a word it needs: the same matches, and
    each has words to look up (else it would be no faster)."""
    from calcinfo.reader import assemble, sections
    from calcinfo.reader import text as text_stage
    from calcinfo.reader.rules import NEEDING

    assert assemble and sections and text_stage  # (each stage makes its own)

    assert len(NEEDING) >= 5
    for needing in NEEDING:
        assert needing.needs, needing.source
        plain = re.compile(needing.source, needing.flags)
        assert [m.span() for m in needing.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
