"""The explanation engine: `Findings` in, `Explanation` out. Pure: no I/O, no terminal.

The engine decides nothing medical. Each sentence it returns is a topic's summary or a rule from
`data/rules.toml`, chosen by the rule's conditions; the code only matches, orders and numbers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from calcinfo.findings import (
    BiopsyResult,
    CalcificationWord,
    Category,
    Change,
    Finding,
    FindingKind,
    Findings,
    OtherFinding,
    Shape,
    unique,
)
from calcinfo.knowledge import MARKER, Knowledge, Source, load, strip_markers

if TYPE_CHECKING:
    from calcinfo.knowledge.glossary import ReportLine

MAX_QUESTIONS = 12
"""Questions beyond this are dropped, least important first. The rules always give at least 6."""
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

SECTION_TITLES = {
    "line-by-line": "Your report, line by line",
    "report": "Your report in plain words",
    "meaning": "What the words mean",
    "next": "What usually happens next",
    "questions": "Questions to take to your doctor",
    "call-sooner": "When to call sooner",
    "check": "Things to check with your doctor",
}

NOTICE = (
    "calcinfo explains the words in a mammogram report. It is education, not a diagnosis. "
    "Figures come from the radiologists' reference book and from studies of many women, "
    "not from you. Only your doctor can say what "
    "your report means for you."
)


@dataclass(frozen=True)
class Statement:
    """One sentence or a few, with `[@SOURCE]` markers kept where the facts are."""

    text: str
    term: str | None = None  # the report word this explains, shown before the text
    topic: str | None = None  # where to read more: `calcinfo topics TOPIC`
    item: bool = False  # a list item under the statement before it

    @property
    def sources(self) -> tuple[str, ...]:
        return unique(MARKER.findall(self.text))

    @property
    def plain(self) -> str:
        return strip_markers(self.text)


@dataclass(frozen=True)
class Section:
    id: str
    statements: tuple[Statement, ...]

    @property
    def title(self) -> str:
        return SECTION_TITLES[self.id]


@dataclass(frozen=True)
class Reminder:
    title: str
    months: int
    due: dt.date | None
    text: str

    @property
    def sources(self) -> tuple[str, ...]:
        return unique(MARKER.findall(self.text))


@dataclass(frozen=True)
class Explanation:
    findings: Findings
    sections: tuple[Section, ...]
    reminders: tuple[Reminder, ...]
    sources: tuple[Source, ...]  # numbered 1.. in order of first use
    knowledge_date: dt.date
    notice: str = NOTICE

    def number(self, source_id: str) -> int:
        for index, source in enumerate(self.sources, start=1):
            if source.id == source_id:
                return index
        raise KeyError(source_id)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def to_json(self) -> dict[str, Any]:
        def statement(s: Statement) -> dict[str, Any]:
            return {
                "text": s.plain,
                "term": s.term,
                "topic": s.topic,
                "item": s.item,
                "sources": [self.number(i) for i in s.sources],
            }

        return {
            "sections": [
                {"id": s.id, "title": s.title, "statements": [statement(x) for x in s.statements]}
                for s in self.sections
            ],
            "reminders": [
                {
                    "title": r.title,
                    "months": r.months,
                    "due": r.due.isoformat() if r.due else None,
                    "text": strip_markers(r.text),
                    "sources": [self.number(i) for i in r.sources],
                }
                for r in self.reminders
            ],
            "sources": [
                {"number": n, "id": s.id, "citation": s.apa, "url": s.url}
                for n, s in enumerate(self.sources, start=1)
            ],
            "notice": self.notice,
            "knowledge_date": self.knowledge_date.isoformat(),
        }


# ---------------------------------------------------------------- vocabulary -> topics

BIOPSY_TOPICS = {
    BiopsyResult.BENIGN: "benign-result",
    BiopsyResult.FIBROCYSTIC: "fibrocystic-change",
    BiopsyResult.FIBROADENOMA: "fibroadenoma",
    BiopsyResult.FAT_NECROSIS: "fat-necrosis",
    BiopsyResult.SCLEROSING_ADENOSIS: "sclerosing-adenosis",
    BiopsyResult.PAPILLOMA: "papilloma",
    BiopsyResult.RADIAL_SCAR: "radial-scar",
    BiopsyResult.LOBULAR_NEOPLASIA: "lcis-alh",
    BiopsyResult.ADH: "adh",
    BiopsyResult.FEA: "fea",
    BiopsyResult.DCIS: "dcis",
    BiopsyResult.INVASIVE: "invasive-cancer",
}
WORD_TOPICS = {
    CalcificationWord.BENIGN: "benign-calcifications",
    CalcificationWord.PROBABLY_BENIGN: "birads-3",
    CalcificationWord.SUSPICIOUS: "suspicious-features",
    CalcificationWord.MACRO: "macro-micro",
    CalcificationWord.MICRO: "macro-micro",
}
OTHER_TOPICS = {OtherFinding.ARTERIAL: "arterial-calcification"}


def category_topic(category: Category) -> str:
    return f"birads-{category.value.lower()}"


def density_topic(letter: str) -> str:
    return f"density-{letter}"


# ---------------------------------------------------------------- conditions

Facts = Callable[[Findings, Finding | None], "set[str] | bool"]


def _ids(values: Iterable[Any] | None) -> set[str]:
    return {str(v) for v in values or ()}


RULE_KINDS = ("define", "meaning", "next", "reminder", "question", "call_sooner", "check")
PLACEHOLDERS = ("category", "symptoms")

FINDING_KEYS = frozenset(
    {"shapes", "patterns", "change", "calcification_words", "suspicious_shape", "side"}
)  # fmt: skip
"""Conditions about one group of calcifications: a rule that uses them holds when one finding
meets all of them together, never by combining the words of two findings."""


def _side(f: Findings, one: Finding | None) -> set[str]:
    side = (one.side if one else None) or f.side
    return _ids([side] if side else [])


CONDITIONS: dict[str, Facts] = {
    "category": lambda f, one: {f.category.value} if f.category else {"none"},
    "any_category": lambda f, one: {c.category.value for c in f.categories},
    "shapes": lambda f, one: _ids(one.shapes if one else ()),
    "patterns": lambda f, one: _ids(one.patterns if one else ()),
    "change": lambda f, one: _ids(one.change if one else ()),
    "calcification_words": lambda f, one: _ids(one.words if one else ()),
    "suspicious_shape": lambda f, one: bool(one and one.suspicious_shapes),
    # "Only" speaks of the whole report: no group at all has a suspicious shape.
    "benign_shapes_only": lambda f, one: bool(f.shapes) and not f.suspicious_shapes,
    "side": _side,
    "recommendations": lambda f, one: _ids(f.recommendations),
    "other_findings": lambda f, one: _ids(f.other_findings),
    "history": lambda f, one: _ids(f.history),
    "symptoms": lambda f, one: _ids(f.symptoms),
    "density": lambda f, one: _ids([f.density] if f.density else []),
    "biopsy_result": lambda f, one: _ids([f.biopsy_result] if f.biopsy_result else []),
    # Named shapes imply calcifications unless she said outright there are none.
    "calcifications": lambda f, one: (
        f.calcifications is True or (f.calcifications is None and bool(f.shapes))
    ),
    "has_symptoms": lambda f, one: bool(f.symptoms),
    "biopsy_done": lambda f, one: f.biopsy_done is True or f.biopsy_result is not None,
    "dense": lambda f, one: f.is_dense is True,
    "has_history": lambda f, one: bool(f.history),
    "has_category": lambda f, one: f.category is not None,
    "report_date": lambda f, one: f.report_date is not None,
    "unsure": lambda f, one: set(f.unsure),
    "several_findings": lambda f, one: len(f.calcification_findings) > 1,
}


def _holds(key: str, wanted: Any, findings: Findings, one: Finding | None) -> bool:
    facts = CONDITIONS[key](findings, one)
    if isinstance(facts, bool):
        return facts is bool(wanted)
    return bool(facts & {str(w) for w in wanted})


def _tables(value: Mapping[str, Any] | list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return value if isinstance(value, list) else [value]


def _keys(rule: Mapping[str, Any]) -> set[str]:
    tables = _tables(rule.get("when", {})) + _tables(rule.get("unless", {}))
    return {k for t in tables for k in t}


def about_one_finding(rule: Mapping[str, Any]) -> bool:
    return bool(_keys(rule) & FINDING_KEYS)


def matches(rule: Mapping[str, Any], findings: Findings, one: Finding | None = None) -> bool:
    """Whether a rule's `when` holds (all keys; a list means any table) and its `unless` does not.

    `unless` as a table drops the rule when any one of its keys holds; as a list of tables, when
    all the keys of any one table hold together ("diffuse and amorphous", not either).

    A rule about one group of calcifications is tried on each calcification finding (or on
    `one` when given) and holds when it holds for one of them, on its own.
    """
    if one is None and about_one_finding(rule):
        return any(matches(rule, findings, f) for f in findings.calcification_findings)
    when = rule.get("when", {})
    alternatives = when if isinstance(when, list) else [when]
    if not any(all(_holds(k, v, findings, one) for k, v in alt.items()) for alt in alternatives):
        return False
    unless = rule.get("unless", {})
    if isinstance(unless, list):
        return not any(all(_holds(k, v, findings, one) for k, v in t.items()) for t in unless)
    return not any(_holds(k, v, findings, one) for k, v in unless.items())


# ---------------------------------------------------------------- the explanation


def explain(
    findings: Findings,
    knowledge: Knowledge | None = None,
    report_lines: Sequence[ReportLine] = (),
) -> Explanation:
    kb = knowledge or load()
    rules = kb.rules
    fill = _placeholders(findings)

    def chosen(kind: str) -> list[Mapping[str, Any]]:
        return [r for r in rules.get(kind, []) if matches(r, findings)]

    def statement(rule: Mapping[str, Any]) -> Statement:
        return Statement(
            rule["text"].format_map(fill), topic=rule.get("topic"), item=rule.get("item", False)
        )

    reminders = tuple(
        Reminder(
            r["title"],
            r["months"],
            add_months(findings.report_date, r["months"]) if findings.report_date else None,
            r["text"],
        )
        for r in chosen("reminder")
    )
    next_steps = [statement(r) for r in chosen("next")]
    if findings.report_date and reminders:
        next_steps.append(_dates_statement(findings.report_date, reminders))

    questions = sorted(chosen("question"), key=lambda r: r["priority"])
    asked = list(unique(statement(r) for r in questions))[:MAX_QUESTIONS]

    sections = [
        Section("report", (Statement(report_in_plain_words(findings)),)),
        Section("meaning", tuple(_meanings(findings, kb, rules.get("meaning", []), statement))),
        Section("next", tuple(next_steps)),
        Section("questions", tuple(asked)),
        Section("call-sooner", tuple(map(statement, chosen("call_sooner")))),
        Section("check", tuple(map(statement, chosen("check")))),
    ]
    sections = _with_definitions(sections, rules.get("define", []))
    if report_lines:
        sections.append(Section("line-by-line", tuple(_line_by_line(report_lines))))
    if findings.symptoms:
        # A symptom matters more than any word in the report: say so first.
        sections.sort(key=lambda s: s.id != "call-sooner")  # stable: the rest keep their order
    sections = [s for s in sections if s.statements]

    cited = unique(
        [i for s in sections for x in s.statements for i in x.sources]
        + [i for r in reminders for i in r.sources]
    )
    return Explanation(
        findings=findings,
        sections=tuple(sections),
        reminders=reminders,
        sources=tuple(kb.sources[i] for i in cited),
        knowledge_date=kb.updated,
    )


def _line_by_line(lines: Sequence[ReportLine]) -> list[Statement]:
    """Her sentences as written, each followed by a note for every term in it."""
    out: list[Statement] = []
    for line in lines:
        # Her words are shown, never read as source markers.
        out.append(Statement(f"\u201c{line.text.replace('[@', '[ @')}\u201d"))
        for note in line.notes:
            text = f"{note.note} {note.sense}".strip()
            out.append(Statement(text, term=note.term, item=True))
    return out


def _with_definitions(sections: list[Section], rules: list[Mapping[str, Any]]) -> list[Section]:
    """A word such as "the atlas", said plainly once, when any statement shown uses it: in the
    meanings, right after the first meaning that uses it (or at their end)."""

    def uses(rule: Mapping[str, Any], text: str) -> bool:
        return bool(re.search(rf"\b{re.escape(rule['word'])}\b", text, re.IGNORECASE))

    said = " ".join(s.plain for section in sections for s in section.statements)
    out = []
    for section in sections:
        if section.id == "meaning":
            statements = list(section.statements)
            for rule in (r for r in rules if uses(r, said)):
                first = next((i for i, s in enumerate(statements) if uses(rule, s.plain)), None)
                where = len(statements) if first is None else first + 1
                statements.insert(where, Statement(rule["text"], term=rule["term"]))
            out.append(Section(section.id, tuple(statements)))
        else:
            out.append(section)
    return out


def _meanings(
    findings: Findings,
    kb: Knowledge,
    rules: list[Mapping[str, Any]],
    statement: Callable[[Mapping[str, Any]], Statement],
) -> list[Statement]:
    """What the words mean: the categories; then each group of calcifications on its own (its
    shapes, spread and words, and how they combine); then the rest of the report."""
    out: list[Statement] = []
    seen: set[str] = set()

    def topic(term: str, topic_id: str, item: bool = False) -> None:
        if topic_id not in seen:
            seen.add(topic_id)
            out.append(Statement(kb.topics[topic_id].summary, term=term, topic=topic_id, item=item))

    if findings.is_empty:  # nothing known: the basics, so there is something to go on
        topic("Calcifications", "calcifications")
        topic("BI-RADS", "birads")
    for category in unique(c.category for c in findings.categories):
        topic(f"BI-RADS {category.value}", category_topic(category))
    calcs = findings.calcification_findings
    several = len(calcs) > 1
    if findings.calcifications and not any(f.shapes or f.words for f in calcs):
        topic("Calcifications", "calcifications")
    for number, finding in enumerate(calcs, start=1):
        if several:
            out.append(
                Statement(f"{finding_in_words(finding)}.", term=f"Finding {number}", topic=None)
            )
        for word in finding.words:
            topic(word.heading, WORD_TOPICS[word], several)
        for shape in finding.shapes:
            topic(shape.heading, shape.value, several)
        for pattern in finding.patterns:
            topic(pattern.heading, pattern.value, several)
        for rule in rules:
            if about_one_finding(rule) and matches(rule, findings, finding):
                said = statement(rule)
                if said not in out:
                    out.append(Statement(said.text, topic=said.topic, item=several))
    if findings.density:
        topic(f"Density {findings.density.value}", density_topic(findings.density.value))
    for other in findings.other_findings:
        if other in OTHER_TOPICS and not (other is OtherFinding.ARTERIAL and "vascular" in seen):
            topic(other.heading, OTHER_TOPICS[other])  # the vascular topic already says it
    result = findings.biopsy_result
    if result in BIOPSY_TOPICS:
        topic(result.heading, BIOPSY_TOPICS[result])
    out += [statement(r) for r in rules if not about_one_finding(r) and matches(r, findings)]
    return out


_CHANGE_WORDS = {
    Change.NEW: "new",
    Change.INCREASING: "more or bigger than before",
    Change.STABLE: "unchanged",
    Change.DECREASING: "fewer or smaller than before",
}


def finding_in_words(finding: Finding) -> str:
    """One finding as the report gives it, restated in plain words; adds nothing."""
    describe = [p.label.split(" (")[0] for p in finding.patterns]
    describe += [s.label.split(" (")[0] for s in finding.shapes]
    text = " ".join([*describe, "calcifications"])
    text = text[:1].upper() + text[1:]
    if finding.side:
        text += f" in {finding.side.the}"
    where = [*finding.locations, *finding.sizes]  # her report's own words
    if where:
        text += f" ({', '.join(where)})"
    extra = [_CHANGE_WORDS[c] for c in finding.change if c in _CHANGE_WORDS]
    extra += [w.label for w in finding.words if w not in _SIZE_WORDS]
    return "; ".join([text, *extra])


_SIZE_WORDS = frozenset({CalcificationWord.MACRO, CalcificationWord.MICRO})


MAY_BE_ANOTHER = (
    "from an earlier mammogram, or its words may be about the categories or about one finding"
)
"""Why a category the reader found may not be hers now: said wherever she is asked about it."""


def report_in_plain_words(findings: Findings) -> str:
    """Her answers read back in short sentences. Restates only; adds nothing."""
    if findings.is_empty:
        return (
            "You did not give details from your report. "
            "The general information below still applies."
        )
    parts: list[str] = []
    if findings.categories:
        sided = any(c.side for c in findings.categories)
        stated = [  # beside a category per breast, one with no side is the overall one
            f"BI-RADS {c.category.value}"
            + (f" for {c.side.the}" if c.side else (" overall" if sided else ""))
            for c in findings.categories
        ]
        if "category" in findings.unsure and len(stated) > 1:
            parts.append(
                f"Your report gives {_join(stated, 'or')}. calcinfo cannot tell which one is the "
                "final assessment, so it does not pick one: ask your doctor."
            )
        elif "category" in findings.unsure:
            parts.append(
                f"Your text names {stated[0]}. It may be {MAY_BE_ANOTHER}. calcinfo does not call "
                "it your category now: ask your doctor."
            )
        else:
            parts.append(f"Your report gives {_join(stated)}.")
    else:
        # (not "You did not give one": she may have given her report, with none found in it)
        parts.append("No BI-RADS category was given or found.")
    if findings.side and not any(c.side for c in findings.categories):
        parts.append(f"It is about {findings.side.the}.")
    calcs = findings.calcification_findings
    if findings.calcifications is False and not findings.shapes:
        parts.append("It says there are no calcifications.")
    elif len(calcs) > 1:
        listed = "; ".join(f"({n}) {finding_in_words(f)}" for n, f in enumerate(calcs, 1))
        parts.append(f"It describes {len(calcs)} separate groups of calcifications: {listed}.")
    elif findings.calcifications or findings.shapes or findings.patterns:
        # "microcalcifications" names them; "called benign" says what was said of them: each
        # its own item ("microcalcifications and called benign" had read as one)
        sizes = [w.label for w in findings.calcification_words if w in _SIZE_WORDS]
        detail = []
        if findings.shapes:
            detail.append(f"{_join([s.label for s in findings.shapes])} in shape")
        if findings.patterns:
            detail.append(f"{_join([p.label for p in findings.patterns])} in pattern")
        detail += [w.label for w in findings.calcification_words if w not in _SIZE_WORDS]
        names = _join(sizes) if sizes else "calcifications"
        parts.append(f"It names {names}" + (f": {'; '.join(detail)}." if detail else "."))
    if findings.change and len(calcs) <= 1:
        parts.append(f"Compared with before: {_join([c.label for c in findings.change])}.")
    if findings.density:
        parts.append(f"Breast density: {findings.density.value} ({findings.density.label}).")
    elif findings.dense is not None:
        parts.append(f"It says your breast tissue is {'dense' if findings.dense else 'not dense'}.")
    named = _other_findings_named(findings)
    if named:
        parts.append(f"It also mentions other findings: {_join(named)}.")
    if findings.locations and len(calcs) <= 1:
        parts.append(f"Where: {_join(list(findings.locations))}.")
    if findings.sizes and len(calcs) <= 1:
        parts.append(f"Size: {_join(list(findings.sizes))}.")
    if findings.recommendations:
        parts.append(f"It recommends {_join([r.label for r in findings.recommendations])}.")
    if findings.biopsy_result:
        parts.append(f"A biopsy was done. The result: {findings.biopsy_result.label}.")
    elif findings.biopsy_done:
        parts.append("A biopsy was done.")
    if findings.history:
        parts.append(f"Your history: {_join([h.label for h in findings.history])}.")
    if findings.symptoms:
        # Each symptom as she gave it: read from the report's words, or told in her answers.
        read = {e.value for e in findings.evidence if e.field == "symptom"}
        in_report = [s.label for s in findings.symptoms if s.value in read]
        told = [s.label for s in findings.symptoms if s.value not in read]
        if in_report:
            parts.append(f"It mentions {_join(in_report)}.")
        if told:
            parts.append(f"You have noticed {_join(told)}.")
    if findings.report_date:
        parts.append(f"Report date: {format_date(findings.report_date)}.")
    return " ".join(parts)


def _dates_statement(report_date: dt.date, reminders: tuple[Reminder, ...]) -> Statement:
    due = [f"{format_date(r.due)} ({r.months} months)" for r in reminders if r.due]
    cited = " ".join(f"[@{i}]" for i in unique(i for r in reminders for i in r.sources))
    return Statement(
        f"Counted from your report date, {format_date(report_date)}, these checks would fall "
        f"around {_join(due)}. Your clinic sets the exact dates {cited}."
    )


def _placeholders(findings: Findings) -> dict[str, str]:
    category = findings.category
    return {
        "category": f"BI-RADS {category.value}" if category else "not given",
        "symptoms": _join([s.label for s in findings.symptoms or ()]) or "a change",
    }


def _other_findings_named(findings: Findings) -> list[str]:
    """The other findings in her report's own words ("cyst", not "a mass"), quoted; a finding
    with no words of its own (from her answers) by its name."""
    named: list[str] = []
    for finding in findings.findings:
        if finding.is_calcification:
            continue
        if finding.kind is FindingKind.ARTERIAL and Shape.VASCULAR in findings.shapes:
            continue  # "vascular calcifications" are said already
        named.append(other_finding_in_words(finding))
    return list(dict.fromkeys(named))


def other_finding_in_words(finding: Finding) -> str:
    """A finding other than calcifications in her report's words ('"cyst"'), or by its name
    when it has none (from her answers): a cyst is a mass to the atlas, not to her."""
    said = next((e.text for e in finding.evidence if e.field == "other"), "")
    said = " ".join(said.split()).lower()
    return f'"{said}"' if said else finding.kind.label


def _join(items: list[str], word: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when that day does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def format_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
