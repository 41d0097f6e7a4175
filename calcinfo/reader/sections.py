"""Stage 2: the report's parts. Section decides meaning: a category under HISTORY or COMPARISON
is not her current result, and a legend that lists every category says nothing about her.

Headings come from `rules/sections.toml`; in the comma-joined transcription style a label the
rules do not know (",MAMMOGRAPHY INFORMATION:,") starts a part of kind "other". Text before the
first heading is the "title" part. Legends are also found without a heading: four or more
different categories, each with its name, close together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from calcinfo.reader.rules import INLINE_LEAD, LEAD, AtLineStart, Needing, fast, rules
from calcinfo.reader.text import Text

# What each kind of section is read for.
NOT_HER_EXAM = frozenset({"history", "comparison", "legend", "boilerplate", "teaching"})
CATEGORY_SECTIONS_FIRST = frozenset({"impression", "recommendation", "addendum"})
NO_FINDINGS = NOT_HER_EXAM | {"technique"}


@dataclass(frozen=True)
class Section:
    kind: str
    start: int  # where its text starts (after the heading)
    end: int
    heading: str = ""


# In the comma-joined transcription style (",MAMMOGRAPHY INFORMATION:,") any label between
# commas is a heading. Elsewhere only the known headings are: a reader that depended on capitals
# would read "CALCIFICATIONS:" and "Calcifications:" differently.
_JOINED_HEADING = re.compile(r",[ \t]?([a-z][a-z /&()-]{2,40}):[ \t]?(?=,)")
_NOT_A_HEADING = re.compile(r"left|right|bilateral|breast|bi-?rads|category|overall|\d")
_LEGEND_ITEM = fast(
    r"(?<![\w.])(?:bi-?rads\s?|category\s?)?(4 ?[abc]|[0-6])\s?(?:--?|[:=–—()/|]|is)\s?(?:an? )?"
    r"(?:negative|normal|benign|probably|suspicious|low|moderate|intermediate|high|known|"
    r"incomplete|needs?|additional|indeterminate|malignan|possibl|highly|bx|biopsy)"
)
_LEGEND_NUMBERED = re.compile(
    # Led by its number, which the engine finds at once; what stands before the number, and
    # the number each name goes with, are looked behind for (as "(?<![\w.])(?:0\.\s...|1\.\s
    # negative|...)" it was tried at every place: 0.05 ms of a 3 KB report).
    r"[0-6](?<![\w.][0-6])\.\s(?:(?<=0\.\s)(?:incomplete|needs? additional)|(?<=1\.\s)negative"
    r"|(?<=2\.\s)benign|(?<=3\.\s)probably benign|(?<=4\.\s)suspicious"
    r"|(?<=5\.\s)highly suggestive|(?<=6\.\s)known)"
)
"""A legend numbered like a list, each number with its own category's name ("4. Suspicious
abnormality ... 5. Highly suggestive of malignancy"). A list of her findings that happened to
give each number the name of its own category is not something reports write."""
_SCALE_LINE = AtLineStart(r"[ \t]*([0-6]) ?: (?=[a-z])")
"""A line that opens on a category's number and a colon, then words: "4: An abnormality was
found ..." (read as a legend only where the text has such a line for 0)."""
_ANSWER = re.compile(  # a quiz answer just before a category: "C. BI-RADS 2", "Answer: (C)"
    r"(?:(?<=\s)|^)(?:(?:correct )?answer\s*[:.-]?\s*)?\(?[a-e][.)]\s?(?:bi-?rads\s?|category\s?)?$"
)
_HER_STORY = re.compile(r"\?|\b(?:i|my|me|i'm|i've)\b")
"""Between two legend items, her own words or a question end the legend: "'BIRADS score -
4C - suspicious ...' What on earth is that? I started searching ..." and then the list."""
_HER_RESULT_LEAD = re.compile(
    r"\b(?:your |final |overall )?(?:result|results|impression|assessment|conclusion)s? ?: ?$"
)
"""A result's label before a category on its line ("Result: BI-RADS 0: ..."): hers, not the
first item of the key below it."""
RESULT_LEAD_REACH = 40  # characters before the first item within which that label is read
LEGEND_REACH = 400
LEGEND_MIN = 4
_QUOTED_TERMS = Needing(r'(?:"[^"\n]{2,60}[.!?]"[ \t]+){3,}+')
_EXAMPLE_QUOTE = Needing(
    r"(?:something like|for example|for instance|such as|e\.g\.)[:,]? ?"
    r'"(?=[^"]{0,400}[.!?] )[^"]{0,400}"'
)
"""Sentences quoted as an example of what anyone may read ('you get a letter and it says
something like: "... Your BI-RADS score is 3. Follow-up in 6 months,"'): teaching, not her
report. (Not a word quoted as an example: 'such as "microcalcifications"'.)"""
_THESE_WORDS = re.compile(r"(?:these|those|such) (?:phrases|terms|words)\b")
"""Report words held up as words: three or more quoted phrases, each with its own full stop,
then "these phrases" ('"Focal asymmetry." "Architectural distortion." "BI-RADS Category 0."
These phrases land in your brain like stones'). A page that teaches the words, not her report."""


def find_sections(text: Text) -> list[Section]:
    norm = text.norm
    marks: list[tuple[int, int, str, str]] = []  # (heading start, text start, kind, heading)
    table = rules().headings
    lead = len(LEAD)
    for match in rules().heading.finditer(LEAD + norm):
        name = match.group("heading")
        marks.append((match.start("heading") - lead, match.end() - lead, table[name], name))
    for match in rules().label_heading.finditer(norm):
        name = match.group("heading")
        marks.append((match.start("heading"), match.end(), rules().labels[name], name))
    # Capitals mark a heading only where the text also has small letters (a text all in
    # capitals, or all in small letters, reads the same either way): a line of a few words and
    # a heading ("RADIOLOGY IMPRESSION"), and, where line breaks were lost, a known heading
    # after a sentence's end ("... 2026-02-10. CLINICAL HISTORY 62-year-old ...").
    if not text.original.isupper():
        for match in rules().qualified_heading.finditer(norm):
            if text.words(match.start("line"), match.end("heading")).isupper():
                name = match.group("heading")
                marks.append((match.start("line"), match.end(), table[name], name))
        inline_lead = len(INLINE_LEAD)
        for match in rules().inline_heading.finditer(INLINE_LEAD + norm):
            start, end = match.start("heading") - inline_lead, match.end() - inline_lead
            words = text.words(start, end)
            # Or, after a sentence in the same line, a heading of two words or more in title
            # case before a capital: "... your doctor. Shared Experiences "Thank you ...".
            if words.isupper() or (
                start > 0  # after a sentence, not the text's first words
                and " " in words.strip()
                and words.istitle()
                and not text.words(end + 1, end + 2).islower()
            ):
                name = match.group("heading")
                marks.append((start, end, table[name], name))
        # And, where line breaks were lost, the heading of an assessment or an advice part in
        # capitals with its colon, after a word in the same line (`inline_label_kinds`): "...
        # possible biopsy necessary ASSESSMENT: BI-RADS: 2 - BENIGN" (a sentence read on into
        # the category joined it to the impression's "Birads: 1" as a list of two).
        for match in rules().inline_label.finditer(norm):
            if text.words(*match.span("heading")).isupper():
                name = match.group("heading")
                marks.append((match.start("heading"), match.end() + 1, table[name], name))
    for kind, pattern in rules().title_headings:
        for match in pattern.finditer(norm):
            start = match.start() + (norm[match.start()] == "\n")
            marks.append((start, match.end(), kind, match.group().strip(" \t#*\n")))
    known = {m[0] for m in marks}
    for match in _JOINED_HEADING.finditer(norm):
        name = match.group(1).strip()
        if match.start(1) not in known and not _NOT_A_HEADING.search(name):
            marks.append((match.start(1), match.end(), "other", name))
    marks.sort()
    out: list[Section] = []
    position, kind, heading = 0, "title", ""
    for start, after, next_kind, next_heading in marks:
        if start < position:
            continue
        out.append(Section(kind, position, start, heading))
        position, kind, heading = after, next_kind, next_heading
    out.append(Section(kind, position, len(norm), heading))
    out = [piece for s in out for piece in _ended(s, norm)]
    return _mark_legends([s for s in out if s.end > s.start or s.heading], norm)


_NEXT_QUESTION = re.compile(r"\n[^\n]*\?[ \t]*(?=\n)")
_BREAST_BLOCK = re.compile(r"\n[ \t]*(?:left|right) breast[ \t]*:[ \t]*(?=\n)")
"""A line that only names a breast ("RIGHT BREAST:"), its findings below it."""
_ASKS_THE_ANSWER = re.compile(
    r"\n[ \t]*(?:what|which)\b[^\n?]{0,60}\b(?:bi-?rads|birads|assessment|category|diagnosis)"
    r"\b[^\n?]{0,30}\?[ \t]*(?=\n)"
)
"""A teaching case's question for its reader: "What is the BIRADS assessment category?"."""
_ENDS = (
    # An explanation in a quiz ends where the next question starts: the case goes on there.
    (frozenset({"teaching"}), _NEXT_QUESTION, "other"),
    # A history, comparison or technique part ends where per-breast findings start: an MRI
    # report's "Indication: ..." followed by "RIGHT BREAST:" and what was seen there.
    (frozenset({"history", "comparison", "technique"}), _BREAST_BLOCK, "findings"),
    # A teaching case's history ends at the question it puts ("What is the BIRADS assessment
    # category?"): what follows is the case's imaging, told as its answer.
    (frozenset({"history"}), _ASKS_THE_ANSWER, "other"),
)
"""Parts that end before their heading's reach: (their kinds, where they end, what follows)."""


_ON_ITS_LINE = re.compile(r"[ \t]*[^\s][^\n]*\n")
"""A heading's words on its own line ("COMPARISON: Prior mammogram of 01/12/2024.")."""

_HEADING_ALONE_THEN_A_LINE = re.compile(r"[ \t]*\n[ \t]*[^\s][^\n]*\n")
"""The line below a heading that stands alone ("Keywords" over "Mammography - ultrasound")."""

_KEYWORDS = frozenset({"keywords", "key words"})
"""A journal article's keywords: names of topics, never what was seen on her exam."""

_ONE_LINE_BOILERPLATE = frozenset({"note", *_KEYWORDS})
"""Boilerplate headings whose part is the one line they head, not all up to the next heading."""


def _ended(section: Section, norm: str) -> list[Section]:
    """A part cut where `_ENDS` says it ends, the rest of it a part of the kind that follows.
    A history, comparison or technique part told on its heading's own line ends with that line
    ("COMPARISON: 01/12/2024." above the report's own words); one whose heading stands alone
    goes on to the next heading."""
    if section.kind in {"history", "comparison", "technique"} or (
        section.kind == "boilerplate" and section.heading in _ONE_LINE_BOILERPLATE
    ):
        line = _ON_ITS_LINE.match(norm, section.start, section.end)
        if not line and section.heading in _KEYWORDS:
            # a journal's keywords under their heading, on the line below it
            line = _HEADING_ALONE_THEN_A_LINE.match(norm, section.start, section.end)
            if not line:
                # where the line breaks were lost, nothing says where the list ends: the part
                # is read as if it had no heading
                return [Section("title", section.start, section.end)]
        if line and line.end() < section.end:
            return [
                Section(section.kind, section.start, line.end(), section.heading),
                *_ended(Section("title", line.end(), section.end), norm),
            ]
    for kinds, end, then in _ENDS:
        if section.kind not in kinds:
            continue
        found = end.search(norm, section.start, section.end)
        if found:
            cut = found.start() + 1  # after the line break the end starts with
            return [
                Section(section.kind, section.start, cut, section.heading),
                Section(then, cut, section.end),
            ]
    return [section]


def _mark_legends(sections: list[Section], norm: str) -> list[Section]:
    """Split out each run of category-and-name items that lists four or more categories. A run
    ends at a quiz's answer line ("C. BI-RADS 2 (Benign)") that names a category the list of
    options before it has already named. Report words quoted as words (`_QUOTED_TERMS`) are
    split out as teaching."""
    items = [(m.start(), m.end(), m.group(1).replace(" ", "")) for m in _LEGEND_ITEM.finditer(norm)]
    numbered = [(m.start(), m.end(), m.group()[0]) for m in _LEGEND_NUMBERED.finditer(norm)]
    # A scale told line by line from 0 ("0: The results are inconclusive." ... "5: A tumor was
    # found ..."): each line a category, in its own words.
    scale = [(m.start(1), m.end(), m.group(1)) for m in _SCALE_LINE.finditer(norm)]
    if any(value == "0" for _, _, value in scale):
        numbered += scale
    if numbered:
        # (one item found by two patterns, "0: needs imaging" as a scale's line and an item, is
        # one naming of its category, not two)
        merged = sorted({*items, *numbered})
        items = [
            item
            for i, item in enumerate(merged)
            if not (i and item[2] == merged[i - 1][2] and item[0] < merged[i - 1][1])
        ]
    runs: list[tuple[int, int]] = []
    group: list[tuple[int, int, str]] = []
    values: set[str] = set()  # the categories the group names so far
    # A legend's own heading ("What the categories mean:") starts the legend below it: an item
    # above it is the letter's, hers ("BI-RADS 0: Incomplete." above a key to 1-5).
    legend_headings = [s.start for s in sections if s.kind == "legend"]
    for item in [*items, None]:
        if item and group and legend_headings:
            place = bisect_right(legend_headings, item[0]) - 1
            if place >= 0 and legend_headings[place] > group[-1][1] and len(values) < LEGEND_MIN:
                group, values = [], set()
        answer = None
        # A legend names each category once. A value named again (not a quiz's answer) ends a
        # legend already long enough ("... 6 - Known malignancy", then "yours is category 2")
        # and one begins again after its first naming; a shorter run just begins again there
        # ("IMPRESSION: BI-RADS 1: Negative." above "0 - Incomplete, 1 - Negative, ..." at a
        # letter's foot is hers, not the legend's first item).
        again: list[tuple[int, int, str]] | None = None
        if (
            item
            and group
            and item[0] - group[-1][1] <= LEGEND_REACH
            and not _HER_STORY.search(norm, group[-1][1], item[0])
        ):
            if item[2] in values:
                answer = _ANSWER.search(norm, max(0, item[0] - 40), item[0])
                if not answer:
                    first = next(i for i, g in enumerate(group) if g[2] == item[2])
                    again = group[first + 1 :]
                    if len(values) < LEGEND_MIN:
                        group, again = again, None
                        values = {g[2] for g in group}
            if again is None and len(values) < LEGEND_MIN and group and item[2] < group[-1][2]:
                # a legend counts up: a lower value after too few to be one starts it there
                # ("IMPRESSION: Category 4C - High suspicion" above "0 - Incomplete, 1 - ...")
                group, values = [], set()
            if not answer and again is None:
                group.append(item)
                values.add(item[2])
                continue
        if len(values) >= LEGEND_MIN and len(group) > LEGEND_MIN:
            # (looked for near the first item only: a text of one long line reads linearly)
            low = max(0, group[0][0] - RESULT_LEAD_REACH)
            line = max(low, norm.rfind("\n", low, group[0][0]) + 1)
            if _HER_RESULT_LEAD.search(norm, line, group[0][0]):
                # her result's own line leads into the key below it ("Result: BI-RADS 0:
                # Incomplete - additional imaging needed." above "BI-RADS 1: Negative" ...)
                group = group[1:]
                values = {g[2] for g in group}
        if len(values) >= LEGEND_MIN:
            # from the start of its line, or of its sentence where one ends before it on the
            # line ("Final Assessment: BI-RADS 3. Possible results include 1 (negative), ...")
            start = norm.rfind("\n", 0, group[0][0]) + 1
            # (a sentence's end is looked for within LEGEND_REACH: where none is there in a
            # long line, the run starts at its first item, so a line of many runs reads in
            # linear time)
            low = max(start, group[0][0] - LEGEND_REACH)
            end_before = norm.rfind(". ", low, group[0][0])
            if end_before >= 0:
                start = end_before + 2
            elif low > start:
                start = group[0][0]
            end = answer.start() if answer else norm.find("\n", group[-1][1])
            runs.append((start, len(norm) if end < 0 else end))
        group = [*(again or []), item] if item else []
        values = {g[2] for g in group}
    kinds = ["legend"] * len(runs)
    for match in _EXAMPLE_QUOTE.finditer(norm):  # a letter quoted as an example of any
        runs.append(match.span())
        kinds.append("teaching")
    for match in _QUOTED_TERMS.finditer(norm):  # each run once: a possessive run, then a look
        if not _THESE_WORDS.match(norm, match.end()):
            continue
        runs.append(match.span())
        kinds.append("teaching")
    if not runs:
        return sections
    out: list[Section] = []
    for section in sections:
        pieces = [section]
        for (start, end), kind in zip(runs, kinds, strict=True):
            split: list[Section] = []
            for piece in pieces:
                if end <= piece.start or start >= piece.end or piece.kind == kind:
                    split.append(piece)
                    continue
                if start > piece.start:
                    split.append(Section(piece.kind, piece.start, start, piece.heading))
                split.append(Section(kind, max(start, piece.start), min(end, piece.end)))
                if end < piece.end:
                    split.append(Section(piece.kind, end, piece.end, piece.heading))
            pieces = split
        out += pieces
    return out
