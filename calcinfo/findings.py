"""What a mammogram report says, in one fixed vocabulary.

Every way in (the interview, the report reader, command-line flags, an answers file) produces a
`Findings`; the engine, the renderers and the JSON output read only this. The canonical ids defined
here are the ones documented in the README and accepted on the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Self, TypeVar

T = TypeVar("T")


class Vocabulary(StrEnum):
    """A canonical id with a short plain-language label."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value.replace("-", " ")
        return member

    @classmethod
    def parse(cls, text: str) -> Self:
        """The member whose id matches `text`, ignoring case, spaces and underscores."""
        key = text.strip().lower().replace("_", "-").replace(" ", "-")
        for member in cls:
            if member.value.lower() == key:
                return member
        raise ValueError(text)

    @classmethod
    def ids(cls) -> list[str]:
        return [member.value for member in cls]

    @property
    def heading(self) -> str:
        """The label starting with a capital, the rest as written ("... (DCIS)" stays so)."""
        return self.label[:1].upper() + self.label[1:]


class Side(Vocabulary):
    LEFT = "left", "left breast"
    RIGHT = "right", "right breast"
    BILATERAL = "bilateral", "both breasts"


class Category(Vocabulary):
    C0 = "0", "0: incomplete, more pictures needed"
    C1 = "1", "1: negative"
    C2 = "2", "2: benign"
    C3 = "3", "3: probably benign"
    C4 = "4", "4: suspicious (no letter given)"
    C4A = "4A", "4A: low suspicion"
    C4B = "4B", "4B: moderate suspicion"
    C4C = "4C", "4C: high suspicion"
    C5 = "5", "5: highly suggestive of cancer"
    C6 = "6", "6: cancer already proven by biopsy"

    @property
    def seriousness(self) -> int:
        """Rank in the atlas order for the overall assessment: 1, 2, 3, 6, 0, 4, 4A-4C, 5."""
        return _SERIOUSNESS[self.value]


_SERIOUSNESS = {"1": 1, "2": 2, "3": 3, "6": 4, "0": 5, "4": 6, "4A": 7, "4B": 8, "4C": 9, "5": 10}


class Shape(Vocabulary):
    SKIN = "skin", "skin (dermal)"
    VASCULAR = "vascular", "vascular (in a blood vessel)"
    COARSE_POPCORN = "coarse-popcorn", "coarse or popcorn-like"
    LARGE_ROD_LIKE = "large-rod-like", "large rod-like"
    ROUND = "round", "round"
    PUNCTATE = "punctate", "punctate (tiny round)"
    RIM = "rim", "rim (eggshell)"
    DYSTROPHIC = "dystrophic", "dystrophic"
    MILK_OF_CALCIUM = "milk-of-calcium", "milk of calcium"
    SUTURE = "suture", "suture"
    AMORPHOUS = "amorphous", "amorphous"
    COARSE_HETEROGENEOUS = "coarse-heterogeneous", "coarse heterogeneous"
    FINE_PLEOMORPHIC = "fine-pleomorphic", "fine pleomorphic"
    FINE_LINEAR_BRANCHING = "fine-linear-branching", "fine linear or fine-linear branching"

    @property
    def suspicious(self) -> bool:
        return self in SUSPICIOUS_SHAPES


SUSPICIOUS_SHAPES = frozenset(
    {
        Shape.AMORPHOUS,
        Shape.COARSE_HETEROGENEOUS,
        Shape.FINE_PLEOMORPHIC,
        Shape.FINE_LINEAR_BRANCHING,
    }
)


class Pattern(Vocabulary):
    DIFFUSE = "diffuse", "diffuse (scattered)"
    REGIONAL = "regional", "regional"
    GROUPED = "grouped", "grouped (clustered)"
    LINEAR = "linear", "linear"
    SEGMENTAL = "segmental", "segmental"


class Density(Vocabulary):
    A = "a", "almost entirely fatty"
    B = "b", "scattered areas of fibroglandular density"
    C = "c", "heterogeneously dense"
    D = "d", "extremely dense"

    @property
    def dense(self) -> bool:
        return self in {Density.C, Density.D}


class Change(Vocabulary):
    NEW = "new", "new since the last mammogram"
    INCREASING = "increasing", "more or bigger than before"
    STABLE = "stable", "unchanged from before"
    DECREASING = "decreasing", "fewer or smaller than before"
    NO_PRIOR = "no-prior", "first mammogram, nothing to compare with"


class CalcificationWord(Vocabulary):
    BENIGN = "benign", "called benign or benign-appearing"
    MACRO = "macro", "macrocalcifications"
    MICRO = "micro", "microcalcifications"


class OtherFinding(Vocabulary):
    MASS = "mass", "a mass"
    ASYMMETRY = "asymmetry", "an asymmetry"
    DISTORTION = "distortion", "architectural distortion"
    ARTERIAL = "arterial", "calcium in the breast arteries"


class Recommendation(Vocabulary):
    ADDITIONAL_IMAGING = "additional-imaging", "more pictures (extra mammogram views or ultrasound)"
    FOLLOW_UP_6_MONTHS = "follow-up-6-months", "a check-up mammogram in about 6 months"
    BIOPSY = "biopsy", "a biopsy"
    ROUTINE_SCREENING = "routine-screening", "routine screening"


class BiopsyResult(Vocabulary):
    PENDING = "pending", "not back yet"
    BENIGN = "benign", "benign (not cancer)"
    FIBROCYSTIC = "fibrocystic-change", "fibrocystic change"
    FIBROADENOMA = "fibroadenoma", "fibroadenoma"
    FAT_NECROSIS = "fat-necrosis", "fat necrosis"
    SCLEROSING_ADENOSIS = "sclerosing-adenosis", "sclerosing adenosis"
    ADH = "adh", "atypical ductal hyperplasia (ADH)"
    FEA = "fea", "flat epithelial atypia (FEA)"
    DCIS = "dcis", "ductal carcinoma in situ (DCIS)"
    INVASIVE = "invasive-cancer", "invasive cancer"


class History(Vocabulary):
    PERSONAL = "personal-breast-cancer", "breast cancer in the past"
    FAMILY = "family-history", "breast or ovarian cancer in close family"
    GENE = "gene-change", "a known gene change such as BRCA1 or BRCA2"
    ATYPIA = "atypia-or-lcis", "atypia or LCIS found before"
    CHEST_RADIATION = "chest-radiation", "radiation to the chest before age 30"
    BREAST_SURGERY = "breast-surgery", "breast surgery or injury in the past"


class Symptom(Vocabulary):
    LUMP = "lump", "a new lump or thick area"
    NIPPLE_DISCHARGE = "nipple-discharge", "fluid from the nipple"
    SKIN_CHANGE = "skin-change", "skin dimpling, redness or orange-peel skin"
    NIPPLE_CHANGE = "nipple-change", "a nipple turning in, or a rash on it"
    SWELLING = "swelling", "swelling of the breast or armpit"
    SHAPE_CHANGE = "shape-change", "a change in breast size or shape"
    PAIN = "pain", "pain that does not go away"


NONE_ID = "none"
"""The id a user gives to say 'none of these' (symptoms, history); distinct from 'not said'."""


@dataclass(frozen=True)
class SideCategory:
    """One stated BI-RADS assessment, with the side it belongs to when the report says."""

    category: Category
    side: Side | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"category": self.category.value, "side": self.side.value if self.side else None}


@dataclass(frozen=True)
class Evidence:
    """The words a finding was read from: a slice of the report text."""

    field: str
    value: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, str | int]:
        return {
            "field": self.field,
            "value": self.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Findings:
    """What her report says. `None` means the report (or she) did not say; `()` means 'none'.

    Only what is stated is held here: nothing is inferred from other fields.
    """

    categories: tuple[SideCategory, ...] = ()
    side: Side | None = None
    calcifications: bool | None = None
    calcification_words: tuple[CalcificationWord, ...] = ()
    shapes: tuple[Shape, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    density: Density | None = None
    change: tuple[Change, ...] = ()
    other_findings: tuple[OtherFinding, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    biopsy_done: bool | None = None
    biopsy_result: BiopsyResult | None = None
    history: tuple[History, ...] | None = None
    symptoms: tuple[Symptom, ...] | None = None
    report_date: dt.date | None = None
    locations: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)

    @property
    def category(self) -> Category | None:
        """The overall assessment: the most serious category stated, in the atlas order."""
        if not self.categories:
            return None
        return max((c.category for c in self.categories), key=lambda c: c.seriousness)

    @property
    def suspicious_shapes(self) -> tuple[Shape, ...]:
        return tuple(s for s in self.shapes if s.suspicious)

    @property
    def is_empty(self) -> bool:
        return self == Findings()

    def with_(self, **changes: Any) -> Findings:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The documented, stable JSON form (see the README: "JSON fields")."""
        category = self.category
        return {
            "categories": [c.to_json() for c in self.categories],
            "category": category.value if category else None,
            "calcifications": self.calcifications,
            "calcification_words": _ids(self.calcification_words),
            "shapes": _ids(self.shapes),
            "patterns": _ids(self.patterns),
            "side": self.side.value if self.side else None,
            "density": self.density.value if self.density else None,
            "change": _ids(self.change),
            "other_findings": _ids(self.other_findings),
            "recommendations": _ids(self.recommendations),
            "biopsy_done": self.biopsy_done,
            "biopsy_result": self.biopsy_result.value if self.biopsy_result else None,
            "history": None if self.history is None else _ids(self.history),
            "symptoms": None if self.symptoms is None else _ids(self.symptoms),
            "report_date": self.report_date.isoformat() if self.report_date else None,
            "locations": list(self.locations),
            "sizes": list(self.sizes),
            "evidence": [e.to_json() for e in self.evidence],
        }


def _ids(values: Iterable[StrEnum]) -> list[str]:
    return [v.value for v in values]


def unique(values: Iterable[T]) -> tuple[T, ...]:
    """The values in first-seen order, without repeats."""
    return tuple(dict.fromkeys(values))
