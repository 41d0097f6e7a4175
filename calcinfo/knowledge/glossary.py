"""The glossary of report terms (`data/glossary.toml`): the words a breast-imaging report uses,
each with a plain note and its sources. Read only when a report is explained line by line.

The annotated report is data the engine shows as it is: `ReportLine`s, each a sentence of her
report with a `Note` for every term found in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from calcinfo.findings import unique
from calcinfo.knowledge import DATA, MARKER


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    variants: tuple[str, ...]
    note: str
    topic: str | None = None


@dataclass(frozen=True)
class Note:
    start: int  # offsets into the report as given, like evidence
    end: int
    term: str
    note: str  # with [@SOURCE] markers
    sense: str = ""  # how the sentence uses it, when that changes the meaning

    @property
    def sources(self) -> tuple[str, ...]:
        return unique(MARKER.findall(self.note))


@dataclass(frozen=True)
class ReportLine:
    start: int
    end: int
    text: str  # her sentence as written
    notes: tuple[Note, ...]


@cache
def load_glossary() -> tuple[Term, ...]:
    import tomllib  # noqa: PLC0415

    data = tomllib.loads((DATA / "glossary.toml").read_text(encoding="utf-8"))
    return tuple(
        Term(t["id"], t["term"], tuple(t["variants"]), t["note"], t.get("topic"))
        for t in data["term"]
    )


@cache
def matcher() -> tuple[re.Pattern[str], dict[str, Term]]:
    """One pattern for every variant, longest first, whole words only; and variant -> term."""
    owner: dict[str, Term] = {}
    for term in load_glossary():
        for variant in term.variants:
            owner.setdefault(" ".join(variant.lower().split()), term)
    # "hypoechoic mass" is two terms, each with its note: a variant that is another variant of
    # the same term followed by a term of its own is left to those two.
    for variant in [v for v in owner if " " in v]:
        head, _, tail = variant.rpartition(" ")
        whole = owner[variant]
        if owner.get(head) is whole and tail in owner and owner[tail] is not whole:
            del owner[variant]
    words = sorted(owner, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE), owner
