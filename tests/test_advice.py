"""Figures and advice that fit her case: table-driven, one row a case (issue 8).

Each row gives what she told calcinfo (or the report read), and phrases that must and must not
be shown. A row can also name a topic page (`topic:ID`) or the reference list (`cite:STYLE`).
Phrases are matched case-insensitively on the plain text; a phrase `source:ID` is matched on the
sources shown, and `first-next:` on the first "what usually happens next" statement.

Every row was written to fail on the version before issue 8 (the figure that misled, the
question that did not fit, the citation that did not support its sentence), so none can quietly
come back.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from calcinfo.answers import parse_answers
from calcinfo.knowledge import load, strip_markers
from calcinfo.knowledge.engine import explain
from calcinfo.render.cite import references_text

BIOPSY = {"recommendations": ["biopsy"]}
CALCS = {"calcifications": True}
BENIGN_RESULT = {"biopsy_done": True, "biopsy_result": "benign"}

ALL_BIOPSIES = "4 in 5"  # the AHRQ figure: all breast biopsies, lumps and mammogram changes
MENEZES = "497 biopsies of calcifications"
ATLAS_IS = "radiologists' reference book"
BANDED = "the atlas puts a finding"  # the category's defined band, not an observed count
SERIES = "biopsy series"  # shape figures say where they come from
CATEGORY_COUNTS = "category already takes"
SHAPE_CHECK = "how these fit together"
CAT3_CHECK = "how this fits with category 3"

Row = tuple[str, dict[str, Any] | str, list[str], list[str]]

ROWS: list[Row] = [
    # ---- figures that mislead in context: the all-biopsies figure
    ("4c-no-all-biopsies-figure", {"category": "4C", **CALCS, **BIOPSY}, [BANDED, MENEZES], [ALL_BIOPSIES]),
    ("5-no-all-biopsies-figure", {"category": "5", **CALCS, **BIOPSY}, [BANDED, MENEZES], [ALL_BIOPSIES, "in studies"]),
    ("6-no-all-biopsies-figure", {"category": "6", **CALCS, "biopsy_done": True, "biopsy_result": "invasive-cancer"}, ["source:ATLAS-BOOK"], [ALL_BIOPSIES, "look benign, probably benign or suspicious"]),
    ("4c-mass-only", {"category": "4C", "other_findings": ["mass"], **BIOPSY}, [BANDED], [ALL_BIOPSIES]),
    ("4a-mass-says-what-it-counts", {"category": "4A", "other_findings": ["mass"], **BIOPSY}, [f"about {ALL_BIOPSIES} of all breast biopsies", "lumps"], ["in studies"]),
    ("4b-calcs-own-range-first", {"category": "4B", **CALCS, "shapes": ["amorphous"], "patterns": ["grouped"], **BIOPSY}, [BANDED, MENEZES, ATLAS_IS], [ALL_BIOPSIES, "in studies"]),
    ("4-calcs", {"category": "4", **CALCS, **BIOPSY}, [BANDED, MENEZES, "source:MENEZES-2018"], [ALL_BIOPSIES]),
    ("4a-calcs", {"category": "4A", **CALCS, **BIOPSY}, [BANDED, "more than 2% up to 10%"], [ALL_BIOPSIES, "in studies"]),
    ("3-band-not-study", {"category": "3", **CALCS}, [BANDED, "2% or less", ATLAS_IS], ["in studies"]),
    # ---- shape figures: say what they count and where from; not after a result; not diffuse
    ("amorphous-grouped-figure", {"category": "4B", **CALCS, "shapes": ["amorphous"], "patterns": ["grouped"]}, [SERIES, "about 20%", CATEGORY_COUNTS], ["20% in the atlas"]),
    ("fine-pleomorphic-figure", {"category": "4B", **CALCS, "shapes": ["fine-pleomorphic"], "patterns": ["grouped"]}, [SERIES, "about 29%", CATEGORY_COUNTS], ["29% in the atlas"]),
    ("fine-linear-figure", {"category": "4C", **CALCS, "shapes": ["fine-linear-branching"], "patterns": ["linear"]}, [SERIES, "about 70%"], ["70% in the atlas"]),
    ("coarse-het-figure", {"category": "4B", **CALCS, "shapes": ["coarse-heterogeneous"], "patterns": ["grouped"]}, [SERIES, "under 15%"], ["15% in the atlas"]),
    ("amorphous-after-benign-result", {"category": "4B", **CALCS, "shapes": ["amorphous"], "patterns": ["grouped"], **BIOPSY, **BENIGN_RESULT}, ["no cancer was found"], ["20%", ALL_BIOPSIES]),
    ("pleomorphic-after-dcis", {"category": "4B", **CALCS, "shapes": ["fine-pleomorphic"], "biopsy_done": True, "biopsy_result": "dcis"}, ["1 in 4"], ["29%"]),
    ("diffuse-amorphous-both-breasts", {"category": "2", **CALCS, "shapes": ["amorphous"], "patterns": ["diffuse"], "side": "bilateral"}, ["usually be called benign"], ["20%", SHAPE_CHECK]),
    ("diffuse-amorphous-no-side", {"category": "2", **CALCS, "shapes": ["amorphous"], "patterns": ["diffuse"]}, ["benign"], ["20%", SHAPE_CHECK]),
    ("coarse-het-many-groups-cat-2", {"category": "2", **CALCS, "shapes": ["coarse-heterogeneous"], "patterns": ["diffuse"]}, ["usually benign"], ["15%", SHAPE_CHECK]),
    ("pleomorphic-cat-2-still-checked", {"category": "2", **CALCS, "shapes": ["fine-pleomorphic"], "patterns": ["grouped"]}, [SHAPE_CHECK, SERIES], ["29% in the atlas"]),
    # ---- upgrade figures, as ranges with context
    ("adh-range", {"biopsy_done": True, "biopsy_result": "adh"}, ["4% to 54%", "16%"], ["39%"]),
    ("fea-range", {"biopsy_done": True, "biopsy_result": "fea"}, ["5% to 9%", "almost none"], ["about 9% were upgraded"]),
    # ---- high-risk results: their own plan, never the benign result's "regular mammograms"
    ("papilloma-own-plan", {"biopsy_done": True, "biopsy_result": "papilloma", "category": "2"}, ["a papilloma is not cancer", "vacuum needle", "source:ZHANG-2021", "taken out, by surgery or a vacuum needle"], ["keep having regular mammograms", "When is my next mammogram?"]),
    ("radial-scar-own-plan", {"biopsy_done": True, "biopsy_result": "radial-scar"}, ["a radial scar is not cancer", "checks with imaging instead of surgery", "source:CONLON-2015"], ["keep having regular mammograms", "When is my next mammogram?"]),
    ("lcis-alh-own-plan", {"biopsy_done": True, "biopsy_result": "lcis-or-alh"}, ["alh and lcis are not cancer", "raise the chance of breast cancer later", "how often I should be checked", "source:ACS-LCIS"], ["keep having regular mammograms", "Who will give me the results"]),
    ("dcis-vacuum", {"biopsy_done": True, "biopsy_result": "dcis", **CALCS}, ["1 in 4", "1 in 10 to 1 in 6"], ["can come before cancer"]),
    ("topic-dcis", "topic:dcis", ["1 in 4", "1 in 10 to 1 in 6", "vacuum"], []),
    ("topic-adh", "topic:adh", ["4% to 54%", "399"], ["about 39% of cases"]),
    ("topic-fea", "topic:fea", ["5% to 9%", "almost none"], []),
    ("topic-recall-often", "topic:recall", ["often the earliest sign", "dcis or invasive cancer"], ["can come before cancer", "article we started from"]),
    ("topic-amorphous", "topic:amorphous", [SERIES, "diffuse", CATEGORY_COUNTS], ["20% of these were cancer"]),
    ("topic-birads-4", "topic:birads-4", [ATLAS_IS, "of all breast biopsies", "higher"], ["ranges come from studies"]),
    ("topic-birads-5", "topic:birads-5", [BANDED], ["95% or more of findings in this group were cancer"]),
    # ---- checks, next steps and questions that fit her case
    ("cat-3-suspicious-grouped", {"category": "3", **CALCS, "shapes": ["fine-pleomorphic"], "patterns": ["grouped"]}, [CAT3_CHECK], []),
    ("cat-3-amorphous-linear", {"category": "3", **CALCS, "shapes": ["amorphous"], "patterns": ["linear"]}, [CAT3_CHECK], []),
    ("cat-3-work-up", {"category": "3", **CALCS, "shapes": ["punctate"], "patterns": ["grouped"]}, ["full work-up"], [CAT3_CHECK]),
    ("benign-after-4c-first", {"category": "4C", **CALCS, **BIOPSY, **BENIGN_RESULT}, ["first-next:often does not fit the pictures", "repeat biopsy or surgery"], [ALL_BIOPSIES, "Who will give me the results"]),
    ("benign-after-5-first", {"category": "5", **CALCS, **BIOPSY, **BENIGN_RESULT}, ["first-next:often does not fit the pictures"], [ALL_BIOPSIES]),
    ("benign-after-4b", {"category": "4B", **CALCS, **BIOPSY, **BENIGN_RESULT}, ["fits the pictures"], ["Who will give me the results", "often does not fit"]),
    ("pending-keeps-results-question", {"category": "4B", **CALCS, **BIOPSY, "biopsy_done": True, "biopsy_result": "pending"}, ["Who will give me the results", BANDED], [ALL_BIOPSIES]),
    ("dcis-no-look-benign", {"category": "4B", **CALCS, **BIOPSY, "biopsy_done": True, "biopsy_result": "dcis"}, ["treatment choices"], ["look benign, probably benign or suspicious", "Who will give me the results"]),
    ("invasive-no-look-benign", {"category": "5", **CALCS, **BIOPSY, "biopsy_done": True, "biopsy_result": "invasive-cancer"}, ["specialist"], ["look benign, probably benign or suspicious", "Who will give me the results", ALL_BIOPSIES]),
    ("cat-1-no-mri-no-pictures", {"category": "1"}, ["routine screening"], ["Is a breast MRI useful", "Do I need more pictures"]),
    ("cat-2-no-mri-no-pictures", {"category": "2", **CALCS, "shapes": ["vascular"]}, ["routine screening"], ["Is a breast MRI useful", "Do I need more pictures"]),
    ("cat-2-lump", {"category": "2", "symptoms": ["lump"]}, ["needs its own check", "Is a breast MRI useful"], ["The usual next step for this category is routine screening"]),
    ("cat-1-nipple", {"category": "1", "symptoms": ["nipple-discharge"]}, ["needs its own check"], ["The usual next step for this category is routine screening"]),
    ("cat-2-own-cancer", {"category": "2", "history": ["personal-breast-cancer"]}, ["follow-up plan", "care team"], ["The usual next step for this category is routine screening"]),
    ("duct-ectasia-rods", {"category": "2", **CALCS, "shapes": ["large-rod-like"]}, ["nipple", "checked"], ["Is a breast MRI useful"]),
    ("topic-duct-ectasia", "topic:duct-ectasia", ["fluid from the nipple", "pulled in"], ["source:SEED-MNT"]),
    ("arterial-balance", {"category": "2", **CALCS, "shapes": ["vascular"], "other_findings": ["arterial"]}, ["scottish", "poor"], ["Do I need more pictures"]),
    ("topic-arterial", "topic:arterial-calcification", ["scottish", "of women having screening mammograms"], ["source:CSBI-BAC-HOME"]),
    ("topic-surgical-biopsy", "topic:surgical-biopsy", ["adh", "wire"], ["source:SEED-MNT"]),
    ("topic-birads-3", "topic:birads-3", ["full work-up", "source:RADIOPAEDIA-B3"], ["often of one breast"]),
    # ---- sources a clinician would accept
    ("biopsy-steps-sources", {"category": "4B", **CALCS, **BIOPSY}, ["source:ACS-CNB", "source:EVERGREEN-STX"], ["source:SEED-MNT", "source:STMARYS-BX", "about an hour, with no stitches"]),
    ("dense-sources", {"category": "2", "density": "c"}, ["source:FDA-MQSA-RULE"], ["source:MQSA-NURSING", "source:MQSA-NCMS"]),
    ("dense-notice-sources", {"category": "1", "dense": True}, ["source:FDA-MQSA-RULE"], ["source:MQSA-NURSING"]),
    ("cat-3-schedule-source", {"category": "3", **CALCS}, ["source:RADIOPAEDIA-B3", "6, 12 and 24 months"], []),
    ("cat-3-reminders-source", {"category": "3", **CALCS, "recommendations": ["follow-up-6-months"]}, ["source:RADIOPAEDIA-B3"], []),
    ("history-source", {"category": "2", "history": ["family-history"]}, ["source:CDC-RISK"], ["source:SEED-MNT"]),
    ("callback-source", "cite:apa", ["Getting called back after a mammogram"], ["Capitol Imaging"]),
    ("topic-causes", "topic:causes", ["infection", "source:MEDLINEPLUS-MICRO"], ["injury, surgery or infection"]),
    ("topic-calcifications-named", "topic:calcifications", ["medical news today"], ["article we started from"]),
    ("topic-macro-micro-named", "topic:macro-micro", ["medical news today"], ["article we started from"]),
    ("topic-clusters-named", "topic:clusters", ["medical news today"], ["article we started from"]),
    ("cite-apa", "cite:apa", ["Should I worry about breast calcifications? Medical News Today", "Understanding breast calcifications"], ['?."']),
    ("cite-mla", "cite:mla", ["27 June 2019", "Understanding Breast Calcifications"], ['?."', "Web.", "<http"]),
    # ---- a recommendation that does not fit the category: the check, not the usual steps
    ("2-with-biopsy-recommended", {"category": "2", **CALCS, **BIOPSY}, ["usually means routine screening", "ask your doctor about the plan"], ["the usual next step is a biopsy", "samples are x-rayed"]),
    ("1-with-6-months", {"category": "1", "recommendations": ["follow-up-6-months"]}, ["ask your doctor about the plan"], ["then again at 12 and 24 months"]),
    ("no-category-with-biopsy", {**CALCS, **BIOPSY}, ["the usual next step is a biopsy"], []),
    # ---- biopsy steps fit what is biopsied: calcium steps only where calcifications are named
    ("4b-mass-only-biopsy-steps", {"category": "4B", "other_findings": ["mass"]}, ["first-next:the usual next step is a biopsy", "marker clip"], ["x-rayed to check the calcium", "for calcifications this is most often"]),
    ("4b-calcs-biopsy-steps", {"category": "4B", **CALCS}, ["first-next:the usual next step is a biopsy", "stereotactic biopsy", "x-rayed to check the calcium"], []),
    # ---- her report read back: "microcalcifications" names them, "called benign" is said of them
    ("micro-named-called-apart", {"category": "2", **CALCS, "calcification_words": ["micro", "benign"]}, ["It names microcalcifications: called benign"], ["microcalcifications and called"]),
    ("micro-shape-and-word", {"category": "3", **CALCS, "shapes": ["round"], "calcification_words": ["micro", "probably-benign"]}, ["It names microcalcifications: round in shape; called probably benign"], ["and called"]),
]  # fmt: skip


def _shown(case: dict[str, Any] | str) -> tuple[str, set[str], str]:
    """The plain text shown, the source ids behind it, and the first next step."""
    kb = load()
    if isinstance(case, str) and case.startswith("topic:"):
        topic = kb.topics[case.removeprefix("topic:")]
        text = topic.summary + "\n" + topic.body
        return strip_markers(text), set(topic.cited), ""
    if isinstance(case, str) and case.startswith("cite:"):
        return references_text(list(kb.sources.values()), case.removeprefix("cite:")), set(), ""
    assert isinstance(case, dict)
    answers = {k: v for k, v in case.items() if k != "dense"}
    # `dense` (the US notice wording, no letter) comes only from a report, never an answer.
    findings = dataclasses.replace(parse_answers(answers), dense=case.get("dense"))
    explanation = explain(findings)
    lines = [s.plain for sec in explanation.sections for s in sec.statements]
    lines += [r.text for r in explanation.reminders]
    steps = explanation.section("next")
    first = steps.statements[0].plain if steps and steps.statements else ""
    return strip_markers("\n".join(lines)), {s.id for s in explanation.sources}, first


def _present(phrase: str, text: str, sources: set[str], first: str) -> bool:
    if phrase.startswith("source:"):
        return phrase.removeprefix("source:") in sources
    if phrase.startswith("first-next:"):
        return phrase.removeprefix("first-next:").lower() in first.lower()
    return phrase.lower() in text.lower()


def test_there_are_enough_rows() -> None:
    assert len(ROWS) >= 40
    assert len({name for name, *_ in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("name", "case", "must", "must_not"), ROWS, ids=[r[0] for r in ROWS])
def test_advice_fits_the_case(
    name: str, case: dict[str, Any] | str, must: list[str], must_not: list[str]
) -> None:
    text, sources, first = _shown(case)
    missing = [p for p in must if not _present(p, text, sources, first)]
    wrong = [p for p in must_not if _present(p, text, sources, first)]
    assert not missing and not wrong, f"{name}: missing {missing}, must not show {wrong}"
