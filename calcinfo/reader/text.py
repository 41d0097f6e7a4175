"""Stage 1: the text, normalized once, with a map back to the words as she has them.

Lower case, folded punctuation, and one character for each run of white space; short forms
read as the words they stand for ("bx" as "biopsy", "BI-RADS: IVb" as "bi-rads 4b": the table
in rules/abbreviations.toml), a PDF's ligatures as their letters; lines that the report's
layout wrapped mid-sentence are joined. Every later stage works on `Text.norm`, and every
offset it keeps is turned back into the original's with `Text.span` (a long form's letters
onto its short form's, so she is shown her own words).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from calcinfo.reader.rules import LEAD, Needing, rules

_FOLD = {
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u2010": "-", "\u2011": "-", "\u00ae": " ", "\u2122": " ", "\u00a0": " ",
}  # fmt: skip


@dataclass(frozen=True)
class Text:
    """Normalized text and the way back to the original: the normalized text is made of
    blocks copied in one piece (a word run with the white space mark before it); `starts`
    holds where each block starts in `norm`, `shifts` how far it moved."""

    original: str
    norm: str
    starts: tuple[int, ...]
    shifts: tuple[int, ...]

    def _offset(self, position: int) -> int:
        return position + self.shifts[bisect_right(self.starts, position) - 1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if start >= len(self.norm):
            return len(self.original), len(self.original)
        return self._offset(start), self._offset(max(start, end - 1)) + 1

    def words(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


_FOLD_TABLE = str.maketrans(_FOLD)
_PRINTED = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
}  # fmt: skip
"""What a PDF's or a web page's text puts inside words: a printer's ligature ("calci\ufb01cations"
from a PDF whose font joins f and i) is its letters, and a soft hyphen or a zero-width mark (a
web page's hints for breaking a line) is nothing. Each maps back to her text as she has it."""
_PRINTED_MARKS = re.compile("[" + "".join(_PRINTED) + "]")
_QUOTE_MARKS = Needing(r"^[ \t]*>(?:[ \t]*>)*", re.MULTILINE)
"""The marks of a quoted e-mail or post ("> Assessment: ..."): white space, so that a quoted
report's headings still start their lines."""

_PAGE_LINES = re.compile(
    r"^[ \t]*(?:-[ \t]*)?(?:page[ \t]+\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?|\d{1,3}[ \t]*(?:of|/)"
    r"[ \t]*\d{1,3}|\(?continued(?:[ \t]+on[ \t]+next[ \t]+page)?\)?)(?:[ \t]*-)?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
"""A printed page's own line ("Page 1 of 2", "2 of 3", "(continued)"): white space, so that a
sentence a page break cut in two reads as one ("our final assessment can be / Page 1 of 2 /
BI-RADS 3")."""


_SPACED = Needing(r"\b(?:bi rads|follow up)\b")
"""Words written with a space for their hyphen, "BI RADS 4", "6 month follow up": read as
"bi-rads" and "follow-up", the way every rule names them. (Before the short forms' table is
searched, one character for one, so that its look-behinds need name only "bi-rads IV" and
"follow-up US".)"""


def _hyphened(match: re.Match[str]) -> str:
    return match.group().replace(" ", "-")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


_WHITE = re.compile(r"\s(?:(?<=[^\S ])\s*|\s+)")
r"""The white space that changes: a run of two or more, and any one that is not a plain space
(and, by `_white_runs`, a space that leads or ends the text). A plain space between words stays
as it is, inside a block, so a report of 3 KB is copied in a few dozen blocks, not one a word.
Written to start with its white character, the engine passes over the rest at once: as
`\s{2,}|[^\S ]|\A |\ \Z` it tried every place of the text, 2.4 times slower."""
_LEADING = re.compile(r"\A ")
_TRAILING = re.compile(r" \Z")


def _breaks(white: str) -> int:
    """How many line breaks a run of white space holds (a Windows "\r\n" is one)."""
    return 0 if white == " " else sum(c in _LINE_BREAKS for c in white.replace("\r\n", "\n"))


def _white_runs(text: str) -> list[re.Match[str]]:
    """Every run of `_WHITE` in order, with a single space that leads or ends the text."""
    runs = list(_WHITE.finditer(text))
    if not (runs and runs[0].start() == 0) and (lead := _LEADING.match(text)):
        runs.insert(0, lead)
    if not (runs and runs[-1].end() == len(text)) and (
        tail := _TRAILING.search(text, max(len(text) - 1, 0))
    ):
        runs.append(tail)
    return runs


_LINE_BREAKS = frozenset("\n\r\f\v\u2028\u2029\x1c\x1d\x1e\x85")


_LINE_OPENS_ON_A_CAPITAL = re.compile(r"(?:^|\n)[^\S\n]*[A-Z]")


def normalize(original: str) -> Text:
    """Lower case, folded punctuation, no quote marks at line starts, short forms and a PDF's
    or a web page's marks inside words read as the words they stand for, and one character for
    each run of white space between words: a space, a line break, or a blank-line mark (two
    or more breaks). Leading and trailing white space go. `Text.span` maps back."""
    folded = _QUOTE_MARKS.sub(_blank, original.translate(_FOLD_TABLE))
    folded = _PAGE_LINES.sub(_blank, folded)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few letters lower to two characters: keep those as is
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    # Whether letters' case tells where a line starts anew: a text in both cases with a line
    # that opens on a capital. (A text all in capitals tells no more than one all in small
    # letters, and reads the same; so does one whose only capitals are inside words, "4B".)
    mixed = folded != folded.upper()  # (in a text all in capitals, capitals tell nothing)
    capitals = mixed and bool(_LINE_OPENS_ON_A_CAPITAL.search(folded))
    lowered = _SPACED.sub(_hyphened, lowered)  # (one character for one: offsets hold)
    found = [m for pattern in rules().abbreviations for m in pattern.finditer(lowered)]
    if mixed:
        found += [m for p in rules().abbreviations_as_written for m in p.finditer(folded)]
    expansions = sorted(
        [(m.start(), m.end(), rules().abbreviation_means[int(str(m.lastgroup)[1:])]) for m in found]
        + [
            (m.start(), m.end(), _PRINTED[m.group()])
            # (all beyond ASCII: a text all in ASCII, most reports, is passed over at once)
            for m in (() if lowered.isascii() else _PRINTED_MARKS.finditer(lowered))
        ]
    )
    pieces: list[str] = []
    starts: list[int] = [0]
    shifts: list[int] = [0]  # an empty text maps to nothing; one block keeps `_offset` simple
    length = 0
    separator: tuple[str, int] | None = None
    position = 0
    pending = 0  # the next short form not yet written out
    runs = _white_runs(lowered)
    counts = [_breaks(run.group()) for run in runs]
    # A page whose every line break is doubled (a web page's copy of a report, "line\n\nline"):
    # each pair is one break, and four are a blank line, as the report has them. In a text with
    # no line that opens on a capital (all in small letters, or all in capitals), only where its
    # blank lines are doubled too: there no capital tells a line that goes on from a paragraph
    # of its own ("no mass in either breast" / "grouped calcifications ..."), so paragraphs with
    # one blank line between each stay as written.
    doubled = (
        2 in counts
        and all(n == 0 or n % 2 == 0 for n in counts)
        and (capitals or any(n >= 4 for n in counts))
    )
    for run, count in [*zip(runs, counts, strict=True), (None, 0)]:
        start, end = run.span() if run else (len(lowered), len(lowered))
        if start > position:  # a word, or several, between two runs of white space
            # The mark stands for the last white character, so mark and words are one block.
            origin = position
            if separator and pieces:
                pieces.append(separator[0])
                origin = separator[1]
            while pending < len(expansions) and expansions[pending][0] < start:
                short, short_end, means = expansions[pending]
                pending += 1
                if short < position:
                    continue  # (a short form across white space: none of the table's are)
                # The words before it, then the long form: its letters map onto the short
                # form's, the last of them and any beyond onto its last letter, so that what
                # she is shown as read is her own short form, whole.
                pieces.append(lowered[position:short])
                starts.append(length)
                shifts.append(origin - length)
                length += short - origin
                pieces.append(means)
                for index in range(len(means)):
                    last = index == len(means) - 1
                    target = short_end - 1 if last else short + min(index, short_end - short - 1)
                    if index == 0 or target != short + index:
                        starts.append(length + index)
                        shifts.append(target - length - index)
                length += len(means)
                position = origin = short_end
                starts.append(length)
                shifts.append(origin - length)
            pieces.append(lowered[position:start])
            starts.append(length)
            shifts.append(origin - length)
            length += start - origin
        if run:
            breaks = count // 2 if doubled else count
            # A blank line inside a sentence (a portal that doubles some line breaks; where it
            # doubles every one, `doubled` above halves them all): the next line goes on in
            # small letters after no full stop, so it is one break.
            blank = breaks >= 2 and not (
                capitals  # (with no line opening on a capital, small letters tell nothing)
                and end < len(folded)
                and folded[end].islower()
                and start > 0
                and folded[start - 1] not in ".:;!?"
            )
            separator = ("\x00" if blank else "\n" if breaks else " ", end - 1)
            position = end
    return Text(
        original, _INLINE_BULLET.sub("\n", _unwrap("".join(pieces))), tuple(starts), tuple(shifts)
    )


_DANGLING_WORDS = (
    "be", "is", "are", "was", "were", "as", "of", "the", "a", "an", "to", "and", "or", "can",
    "would", "with", "for", "then", "that",
)  # fmt: skip
_DANGLING = re.compile(r"\b(?:" + "|".join(_DANGLING_WORDS) + r")$")
"""A line ending in one of these words goes on after a blank line: "our final assessment can
be / BI-RADS 3" is one sentence."""
_DANGLING_LONGEST = max(map(len, _DANGLING_WORDS)) + 1
"""How many of a line's last characters are searched for such a word (the word boundary still
looks at the one before them). Searched whole, the lines of a 3 KB report took 0.09 ms."""
_NOUN_NEXT = re.compile(r"\s*(?:micro-?)?calcifications?\b|\s*calcium\b")
"""A line that goes on with the noun its last words describe ("grouped amorphous /
calcifications") is not a heading, however short."""
_BLANK = re.compile("\x00")
_GOES_ON = re.compile(r"\s*(?:or|and|nor|but|which|with|without|including)\b")
_TAIL = re.compile(r"[a-z][.!?] +[a-z][^.!?]*$")
"""A short line whose last sentence starts in it ("distortion. Scattered"): the start of a
sentence wrapped onto the next line, not a heading."""
BULLET_GLYPHS = "\u2022\u2023\u25aa\u25e6\u25cf"
"""The bullets of portal pages and forms: a list item starts with one, even inside a line."""
BULLETS = "-*" + BULLET_GLYPHS + "\u00b7"
"""What a list item may start with at a line's start: the glyphs, a dash, a star, a dot."""
BULLET_MARKS = re.escape(BULLETS)  # the same, inside a pattern's [...]
_INLINE_BULLET = re.compile(f" (?=[{BULLET_GLYPHS}] )")
"""The space before a bullet inside a line: a line break, so that a list whose breaks were lost
("Calcifications: \u2022 Vascular \u2022 Benign (BI-RADS 2)") is read line by line, as it was
written. One character for one: offsets hold."""
_LABEL = re.compile(
    rf"^(?:[a-z][a-z /&()-]{{0,30}}:|[{BULLET_MARKS}]|\d{{1,2}}[.)] |\(?[a-e][.)] )"
)


def _a_heading(line: str) -> bool:
    """Whether the line is a known heading and nothing else (with its colon, if any)."""
    heading = rules().heading
    return bool(heading.fullmatch(LEAD + line) or heading.fullmatch(line))


def _unwrap(norm: str) -> str:
    """Join lines that a report's layout wrapped mid-sentence; keep real breaks.

    A line break stays when the line before ends a sentence or is short (a heading), or when
    the next line starts a label (`IMPRESSION:`) or a list item. Same length in and out, so
    offsets still hold.
    """
    lines = norm.replace("\x00", "\n").split("\n")
    hard = {m.start() for m in _BLANK.finditer(norm)}
    out: list[str] = []
    position = 0
    for number, line in enumerate(lines):
        out.append(line)
        position += len(line)
        if number == len(lines) - 1:
            break
        following = lines[number + 1]
        dangling = (
            bool(_DANGLING.search(line, max(len(line) - _DANGLING_LONGEST, 0)))
            # "No mass, suspicious / calcifications, / or ...", not a letter's "Dear Jane,"
            # above a blank line, nor a line that starts a sentence of its own
            or (
                line.rstrip().endswith(",")
                and position not in hard
                and bool(_GOES_ON.match(following))
            )
            or (
                bool(_NOUN_NEXT.match(following))
                and not line.rstrip().endswith((".", ":", ";"))
                # (a known heading, "Differential Diagnosis", is over them, not of them)
                and not _a_heading(line.strip(" \t"))
            )
        )
        keep = (
            (position in hard and not dangling)
            or line.rstrip().endswith((".", ":", ";", "!", "?"))
            or (len(line) < 50 and not dangling and not _TAIL.search(line))
            or bool(_LABEL.match(following))
        )
        out.append("\n" if keep else " ")
        position += 1
    return "".join(out)
