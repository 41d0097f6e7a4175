"""Her report, line by line: each sentence as written, with a note for every glossary term in
it (issue 13). Uses the reader's own stages: its sentences and sections (administration is
left out) and its context cues, so a note can say how the sentence uses a word ("no mass":
after a word like "no").
"""

from __future__ import annotations

import re

from calcinfo.knowledge.glossary import Note, ReportLine, matcher
from calcinfo.reader.assemble import Reading, _Reader

_ADMIN = re.compile(
    r"(?i)\b(?:accession|mrn|medical record|electronically signed|signed by|dictated|"
    r"transcribed|date of birth|dob|patient id|order(?:ing)? (?:number|provider|physician)|"
    r"cc:|page \d+ of \d+|fax|phone)\b"
)
SKIPPED_SECTIONS = frozenset({"boilerplate"})
_FAMILY = re.compile(
    r"(?i)\b(?:mother|sister|daughter|aunt|grandmother|cousin|father|brother|family)\b"
)

SENSES = {
    "negated": "In this sentence it comes after a word such as 'no' or 'not'.",
    "historical": (
        "In this sentence it is about an earlier exam, or about your or your family's history."
    ),
    "hypothetical": (
        "In this sentence it is something that might be, or a general rule. It is not a finding."
    ),
    "other": "In this sentence it is said in general, not as something found on this exam.",
    "legend": "Here it is part of a list that explains every category, not a result.",
}
"""What the reader's context says about a word's use, in plain words (no medical claim)."""


def annotate(original: str, reading: Reading | None = None) -> tuple[ReportLine, ...]:
    """Her report, sentence by sentence, with notes. Given the `Reading` of the same text, its
    stages are used rather than reading the report again."""
    reader = reading.stages if reading and reading.stages else _Reader(original)
    text = reader.text
    pattern, owner = matcher()
    lines: list[ReportLine] = []
    for sentence in reader.index.sentences:
        if sentence.end <= sentence.start:
            continue
        start, end = text.span(sentence.start, sentence.end)
        raw = original[start:end]
        words = raw.strip()
        if not re.search(r"[^\W\d_]{2}", words):
            continue  # a list number or a lone mark: nothing to read
        if sentence.section in SKIPPED_SECTIONS or _ADMIN.search(words):
            continue
        notes: list[Note] = []
        seen: set[str] = set()
        for match in pattern.finditer(text.norm, sentence.start, sentence.end):
            term = owner.get(" ".join(match.group().split()))
            if term is None or term.id in seen:
                continue
            seen.add(term.id)
            a, b = text.span(match.start(), match.end())
            context = set(reader.context(match.start(), match.end()))
            if any(
                t.field == "history" and t.start < match.end() and match.start() < t.end
                for t in reader.by_sentence.get(sentence.index, [])
            ):
                context.add("historical")  # "her mother had breast cancer": her history
            if "other" in context and _FAMILY.search(words):
                context = {"historical"}  # about her family, not said in general
            if sentence.section == "legend":
                context = {"legend"}
            sense = next((SENSES[c] for c in SENSES if c in context), "")
            notes.append(Note(a, b, term.term, term.note, sense))
        lead = len(raw) - len(raw.lstrip())
        lines.append(ReportLine(start + lead, start + lead + len(words), words, tuple(notes)))
    return tuple(lines)
