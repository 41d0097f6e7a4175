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

    @property
    def the(self) -> str:
        """The label as a sentence needs it: "the left breast", but "both breasts"."""
        return self.label if self is Side.BILATERAL else f"the {self.label}"


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
    NO_PRIOR = "no-prior", "nothing earlier to compare with"


class CalcificationWord(Vocabulary):
    """What the report calls one group of calcifications, in its own words."""

    BENIGN = "benign", "called benign or benign-appearing"
    PROBABLY_BENIGN = "probably-benign", "called probably benign"
    SUSPICIOUS = "suspicious", "called suspicious"
    MACRO = "macro", "macrocalcifications"
    MICRO = "micro", "microcalcifications"


class OtherFinding(Vocabulary):
    MASS = "mass", "a mass"
    ASYMMETRY = "asymmetry", "an asymmetry"
    DISTORTION = "distortion", "architectural distortion"
    LYMPH_NODE = "lymph-node", "a lymph node"
    ARTERIAL = "arterial", "calcium in the breast arteries"


class FindingKind(Vocabulary):
    """What one finding is: a group of calcifications, or one of the other findings."""

    CALCIFICATION = "calcification", "calcifications"
    MASS = "mass", "a mass"
    ASYMMETRY = "asymmetry", "an asymmetry"
    DISTORTION = "distortion", "architectural distortion"
    LYMPH_NODE = "lymph-node", "a lymph node"
    ARTERIAL = "arterial", "calcium in the breast arteries"


class Modality(Vocabulary):
    MAMMOGRAM = "mammogram", "mammogram"
    TOMOSYNTHESIS = "tomosynthesis", "3D mammogram (tomosynthesis)"
    ULTRASOUND = "ultrasound", "ultrasound"
    MRI = "mri", "MRI"


class Purpose(Vocabulary):
    SCREENING = "screening", "screening"
    DIAGNOSTIC = "diagnostic", "diagnostic"


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
    PAPILLOMA = "papilloma", "intraductal papilloma"
    RADIAL_SCAR = "radial-scar", "radial scar (complex sclerosing lesion)"
    LOBULAR_NEOPLASIA = "lcis-or-alh", "LCIS or ALH (lobular neoplasia)"
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
class Evidence:
    """The words an item was read from: a slice of the report text, with its offsets."""

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
class Assessment:
    """One stated BI-RADS assessment, with the side it belongs to when the report says."""

    category: Category
    side: Side | None = None
    evidence: Evidence | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category.value,
            "side": self.side.value if self.side else None,
            "text": self.evidence.text if self.evidence else None,
            "start": self.evidence.start if self.evidence else None,
            "end": self.evidence.end if self.evidence else None,
        }


@dataclass(frozen=True)
class Exam:
    """The exam the report is about, as far as it says."""

    modalities: tuple[Modality, ...] = ()
    purpose: Purpose | None = None
    date: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "modalities": _ids(self.modalities),
            "purpose": self.purpose.value if self.purpose else None,
            "date": self.date.isoformat() if self.date else None,
        }


@dataclass(frozen=True)
class Finding:
    """One finding as the radiologist wrote it: a group of calcifications, or another finding.

    Shapes, patterns, change and words belong to this finding only; combinations are never
    made across two findings.
    """

    kind: FindingKind = FindingKind.CALCIFICATION
    side: Side | None = None
    shapes: tuple[Shape, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    change: tuple[Change, ...] = ()
    words: tuple[CalcificationWord, ...] = ()
    locations: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)

    @property
    def is_calcification(self) -> bool:
        return self.kind is FindingKind.CALCIFICATION

    @property
    def suspicious_shapes(self) -> tuple[Shape, ...]:
        return tuple(s for s in self.shapes if s.suspicious)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "side": self.side.value if self.side else None,
            "shapes": _ids(self.shapes),
            "patterns": _ids(self.patterns),
            "change": _ids(self.change),
            "words": _ids(self.words),
            "locations": list(self.locations),
            "sizes": list(self.sizes),
            "evidence": [e.to_json() for e in self.evidence],
        }


FINDING_FIELDS = {
    # answer name (JSON summary field) -> the `Finding` attribute it fills
    "shapes": "shapes",
    "patterns": "patterns",
    "change": "change",
    "calcification_words": "words",
    "locations": "locations",
    "sizes": "sizes",
}
"""Answers that describe one group of calcifications rather than the whole report."""


_WHOLE_REPORT = frozenset(
    {"side", "calcifications", "density", "recommendations", "biopsy_done", "biopsy_result",
     "history", "symptoms", "report_date"}
)  # fmt: skip
"""Answers about the report as a whole: merged by taking the later one as it is."""


class MergeConflict(ValueError):
    """A later answer about 'the calcifications' when the report describes several groups."""

    def __init__(self, name: str, count: int) -> None:
        self.name, self.count = name, count
        super().__init__(name)


@dataclass(frozen=True)
class Findings:
    """What her report says. `None` means the report (or she) did not say; `()` means 'none'.

    Only what is stated is held here: nothing is inferred from other fields. `findings` keeps
    each finding as the report describes it; the summary properties (`shapes`, `patterns`, ...)
    gather them for scripts and for questions about the report as a whole. `unsure` names what
    the reader could not settle (such as two final categories that disagree): those are shown
    as candidates and handed to her or her doctor, never guessed.
    """

    assessments: tuple[Assessment, ...] = ()
    side: Side | None = None
    calcifications: bool | None = None
    findings: tuple[Finding, ...] = ()
    density: Density | None = None
    dense: bool | None = None  # the density notice's "dense" / "not dense", with no letter
    recommendations: tuple[Recommendation, ...] = ()
    biopsy_done: bool | None = None
    biopsy_result: BiopsyResult | None = None
    history: tuple[History, ...] | None = None
    symptoms: tuple[Symptom, ...] | None = None
    report_date: dt.date | None = None
    exam: Exam = Exam()
    unsure: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)

    @classmethod
    def of(
        cls,
        *,
        categories: Iterable[Assessment] = (),
        shapes: Iterable[Shape] = (),
        patterns: Iterable[Pattern] = (),
        change: Iterable[Change] = (),
        calcification_words: Iterable[CalcificationWord] = (),
        locations: Iterable[str] = (),
        sizes: Iterable[str] = (),
        other_findings: Iterable[OtherFinding] = (),
        **rest: Any,
    ) -> Findings:
        """The model from answers about the report as a whole: what she or the flags say
        about "the calcifications" is one calcification finding."""
        one = Finding(
            FindingKind.CALCIFICATION,
            rest.get("side"),
            unique(shapes),
            unique(patterns),
            unique(change),
            unique(calcification_words),
            unique(locations),
            unique(sizes),
        )
        found: list[Finding] = [one] if _described(one) else []
        found += [Finding(FindingKind(o.value)) for o in unique(other_findings)]
        return cls(assessments=unique(categories), findings=tuple(found), **rest)

    # ------------------------------------------------------------ the report as a whole

    @property
    def categories(self) -> tuple[Assessment, ...]:
        return self.assessments

    @property
    def category(self) -> Category | None:
        """The overall assessment: the most serious category stated, in the atlas order.
        None when none is stated, or when the stated ones disagree and none is final."""
        if not self.assessments or "category" in self.unsure:
            return None
        return max((c.category for c in self.assessments), key=lambda c: c.seriousness)

    @property
    def calcification_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_calcification)

    def _gather(self, name: str) -> tuple[Any, ...]:
        return unique(v for f in self.calcification_findings for v in getattr(f, name))

    @property
    def shapes(self) -> tuple[Shape, ...]:
        return self._gather("shapes")

    @property
    def patterns(self) -> tuple[Pattern, ...]:
        return self._gather("patterns")

    @property
    def change(self) -> tuple[Change, ...]:
        return self._gather("change")

    @property
    def calcification_words(self) -> tuple[CalcificationWord, ...]:
        return self._gather("words")

    @property
    def locations(self) -> tuple[str, ...]:
        return self._gather("locations")

    @property
    def sizes(self) -> tuple[str, ...]:
        return self._gather("sizes")

    @property
    def other_findings(self) -> tuple[OtherFinding, ...]:
        kinds = [OtherFinding(f.kind.value) for f in self.findings if not f.is_calcification]
        if Shape.VASCULAR in self.shapes:
            kinds.append(OtherFinding.ARTERIAL)
        return unique(kinds)

    @property
    def suspicious_shapes(self) -> tuple[Shape, ...]:
        return tuple(s for s in self.shapes if s.suspicious)

    @property
    def is_dense(self) -> bool | None:
        """Dense by letter (c, d) or by the notice's words; None when neither is said."""
        return self.density.dense if self.density else self.dense

    @property
    def is_empty(self) -> bool:
        return self == Findings()

    def with_(self, **changes: Any) -> Findings:
        return replace(self, **changes)

    # ------------------------------------------------------------ merging

    def merged(self, later: Findings, given: Iterable[str]) -> Findings:
        """These findings with the answers named in `given` taken from `later`, field by field.

        `given` holds answer names (the JSON summary fields: `categories`, `shapes`, ...).
        Answers about the calcifications go to the one calcification finding; when the report
        describes several groups, they cannot, and `MergeConflict` says so. Evidence stays.
        """
        names = set(given)
        changes: dict[str, Any] = {}
        if "categories" in names:
            changes["assessments"] = later.assessments
            changes["unsure"] = tuple(u for u in self.unsure if u != "category")
        for name in names & _WHOLE_REPORT:
            changes[name] = getattr(later, name)
        if "density" in names:
            changes["dense"] = later.dense  # a letter given now replaces the notice's words
        found = list(self.findings)
        detail_names = names & FINDING_FIELDS.keys()
        if detail_names:
            calcs = [i for i, f in enumerate(found) if f.is_calcification]
            if len(calcs) > 1:
                raise MergeConflict(sorted(detail_names)[0], len(calcs))
            source = later.calcification_findings[0] if later.calcification_findings else Finding()
            update = {FINDING_FIELDS[n]: getattr(source, FINDING_FIELDS[n]) for n in detail_names}
            if calcs:
                found[calcs[0]] = replace(found[calcs[0]], **update)
            else:
                found.insert(0, Finding(FindingKind.CALCIFICATION, later.side, **update))
        if "findings" in names:  # the JSON form, read back whole
            found = list(later.findings)
        if "other_findings" in names:
            found = [f for f in found if f.is_calcification or f.kind is FindingKind.ARTERIAL]
            found += [f for f in later.findings if not f.is_calcification]
        changes["findings"] = tuple(
            f for f in found if not f.is_calcification or _described(f) or f.evidence
        )
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The documented, stable JSON form (see the README: "JSON fields")."""
        category = self.category
        return {
            "categories": [
                {"category": c.category.value, "side": _id(c.side)} for c in self.categories
            ],
            "category": category.value if category else None,
            "calcifications": self.calcifications,
            "calcification_words": _ids(self.calcification_words),
            "shapes": _ids(self.shapes),
            "patterns": _ids(self.patterns),
            "side": _id(self.side),
            "density": _id(self.density),
            "change": _ids(self.change),
            "other_findings": _ids(self.other_findings),
            "recommendations": _ids(self.recommendations),
            "biopsy_done": self.biopsy_done,
            "biopsy_result": _id(self.biopsy_result),
            "history": None if self.history is None else _ids(self.history),
            "symptoms": None if self.symptoms is None else _ids(self.symptoms),
            "report_date": self.report_date.isoformat() if self.report_date else None,
            "locations": list(self.locations),
            "sizes": list(self.sizes),
            "evidence": [e.to_json() for e in self.evidence],
            # Added with the finding-by-finding model; the summary fields above stay for scripts.
            "assessments": [a.to_json() for a in self.assessments],
            "findings": [f.to_json() for f in self.findings],
            "dense": self.is_dense,
            "exam": self.exam.to_json(),
            "unsure": list(self.unsure),
        }


def _described(finding: Finding) -> bool:
    return any(getattr(finding, name) for name in FINDING_FIELDS.values())


def _id(value: StrEnum | None) -> str | None:
    return value.value if value is not None else None


def _ids(values: Iterable[StrEnum]) -> list[str]:
    return [v.value for v in values]


def unique(values: Iterable[T]) -> tuple[T, ...]:
    """The values in first-seen order, without repeats."""
    return tuple(dict.fromkeys(values))
