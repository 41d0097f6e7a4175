"""Stage 3: sentences, each with its section and the side its line is headed with.

A line headed "LEFT BREAST:" (or a title line that names one side) gives its side to the lines
under it until another side heading or a new section. Sentences end at ". ", "!", "?", ";" and
line breaks; in the comma-joined transcription style a list number after a comma starts one too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from calcinfo.findings import Side
from calcinfo.reader.rules import rules
from calcinfo.reader.sections import Section
from calcinfo.reader.text import BULLET_MARKS, Text

# Not after a short form that names a side ("R. bst.", "Lt. breast"), a title ("Dr. Smith",
# "Dear Ms. Doe"), or a short word inside a sentence ("approx. 6 mm").
_SENTENCE_END = re.compile(
    # Led by one class of every character that can end a sentence, then each character's own
    # test, so the engine passes over every other character at once: as "[.!?](?:...)|[;\n]|,
    # (?=...)" it was tried at every place (the lines of a 3 KB report: 0.09 ms, now 0.055).
    r"[.!?;\n,](?:(?<=[.!?])(?:(?<!\b[lr]\.)(?<!\b[lr]t\.)(?<!\bbst\.)(?<!: \d\.)(?<!:\d\.)"
    r"(?<!\bdr\.)(?<!\bms\.)(?<!\bmrs\.)(?<!\bmr\.)(?<!\bapprox\.)"
    r"[\"\)\]]?(?= |\n|$|,)"
    r"|(?P<tight>(?<=[a-z]{3}\.)(?=[a-z])))|(?<=[;\n])|(?<=,)(?= ?\d{1,2}[.)] ))"
)
"""Not after a list number behind a label's colon ("IMPRESSION: 1. Suspicious ..."; the scale's
own name with a colon, "BI-RADS: 5.", is "bi-rads 5." by now, see rules/abbreviations.toml).
A full stop with no space after it ends a sentence only where the next word starts with a
capital in her text ("Sparse benign calcifications.No suspicious ..."), not in "e.g." or a file
name. A full stop inside closing quote marks or brackets ends one too ('"... BI-RADS 4."
Should I worry?', "[... matters.] We report"). (A bullet inside a line already starts a line
of its own: `text.normalize` turns the space before it into a line break.)"""
_SIDE_HEADING = re.compile(
    r"^(?:\d{1,2}[.)] )?(?:(left|right|lt|rt|l|r)\.?(?: breast| bst\.?)?"
    r"|(bilateral|both breasts)(?: breasts)?)(?: findings| breast)? ?(?:[:-]|$)"
)  # "LEFT BREAST:", "R. bst. -", or a line that is only the side ("RIGHT BREAST")
_INLINE_SIDE = re.compile(r"(left|right|lt|rt|bilateral|both)\.? breasts? ?:")
"""A breast's label with its colon that starts a sentence inside a line (not a figure's
"Left:" and "Right:" panels)."""
_SIDE_LABEL_AFTER_CATEGORY = re.compile(
    r"(?:(?<=\d )|(?<=\d[abc] ))(left|right|lt|rt)\.? breast ?:"
)
"""The same label right after the category before it, where line breaks were lost ("right
breast: benign. bi-rads 2 left breast: probably benign. bi-rads 3"): it heads the sentences
after it on the line."""
_LOCATION_LINE = re.compile(
    rf"^[{BULLET_MARKS} ]*(?:location|site|laterality)"
    r"(?: of (?:the )?(?:lesion|finding|abnormality))? ?: ?"
    r"(left|right|lt|rt|[lr](?= breast)|bilateral)\b"
)
_FIELD_LINE = re.compile(rf"^[{BULLET_MARKS} ]*[a-z][a-z /()-]{{0,40}}:")  # "\u2022 Shape: Oval"
TITLE_LINES = 5
"""An exam's title is among the first lines of a text (after a letterhead or a name)."""
_OVERALL = re.compile(r"^(?:\d{1,2}[.)] )?(?:overall|both|combined|final)\b")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    section: str
    heading_side: Side | None
    # The side of a structured "Location of the lesion: Left breast" line above: the findings'
    # side, not the assessment's.
    located_side: Side | None = None


def side_word(word: str) -> Side:
    if word.startswith(("bilateral", "both", "each")):
        return Side.BILATERAL
    return Side.LEFT if word.startswith("l") else Side.RIGHT


def split(text: Text, sections: list[Section]) -> list[Sentence]:
    out: list[Sentence] = []
    for section in sections:
        heading: Side | None = None
        located: Side | None = None
        line_start = section.start
        for number, line in enumerate(text.norm[section.start : section.end].split("\n")):
            stripped = line.lstrip(" ,")
            lead = len(line) - len(stripped)
            match = _SIDE_HEADING.match(stripped)
            located_here = _LOCATION_LINE.match(stripped)
            if located_here:
                located = side_word(located_here.group(1))
            elif ":" not in stripped or not _FIELD_LINE.match(stripped):
                located = None  # the location heads the structured fields below it only
            if match:
                heading = side_word(match.group(1) or match.group(2))
            elif _OVERALL.match(stripped):
                heading = None
            elif (
                section.kind == "title"
                and number < TITLE_LINES
                and len(stripped) <= 80
                and ". " not in stripped
                and rules().exam_words.pattern.search(stripped)
            ):  # an exam's title ("MAMMO DIAGNOSTIC LEFT"), not a post's first line
                sides = rules().sides  # the same side words the targets stage reads
                named = {Side(sides.value(m)) for m in sides.pattern.finditer(stripped)}
                if len(named) == 1 and Side.BILATERAL not in named:
                    heading = named.pop()  # a two-breast exam says nothing of a side
            start = 0
            for end_match in _SENTENCE_END.finditer(line + "\n"):
                end = end_match.end()
                if (
                    end_match.group("tight")
                    and not text.words(line_start + end, line_start + end + 1).isupper()
                ):
                    continue
                if line[start:end].strip(" ,.;\n"):
                    if start > 0 and (inline := _INLINE_SIDE.match(line[start:end].lstrip())):
                        # "... BI-RADS 2. Left breast: 9 mm mass, BI-RADS 4.": a side label
                        # inside a line heads what follows it on the line
                        heading = side_word(inline.group(1))
                    a = line_start + max(start, lead if start == 0 else start)
                    out.append(
                        Sentence(
                            len(out),
                            a,
                            line_start + min(end, len(line)),
                            section.kind,
                            heading,
                            located,
                        )
                    )
                    if line.find(" breast", start, end) >= 0:  # (a look-up in C first)
                        labels = _SIDE_LABEL_AFTER_CATEGORY.findall(line, start, end)
                        if labels:
                            heading = side_word(labels[-1])
                start = end
            line_start += len(line) + 1
    return out


class Index:
    """The sentence at any position, found by bisection."""

    def __init__(self, found: list[Sentence], length: int) -> None:
        self.sentences = found
        self.starts = [s.start for s in found]
        # Before the first sentence, the first; in a text of none, one sentence of it all.
        self.first = found[0] if found else Sentence(0, 0, length, "title", None)

    def at(self, position: int) -> Sentence:
        index = bisect_right(self.starts, position) - 1
        return self.sentences[index] if index >= 0 else self.first

    def before(self, sentence: Sentence) -> Sentence:
        """The sentence before this one; the first is its own. (A text of no sentence, all of
        it a heading, has only `first`, which is in no list: "Management of Atypical Ductal
        Hyperplasia Diagnosed on Core Needle Biopsy" alone had raised an IndexError.)"""
        if 0 < sentence.index <= len(self.sentences):
            return self.sentences[sentence.index - 1]
        return sentence
