"""The reader reads a report the way its radiologist wrote it: sections, one entry per finding,
and never a category more serious than the report states (issue 7). Table-driven where it can be:
for each text, what must be read and what must not."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from calcinfo.findings import Category, Density, Findings
from calcinfo.knowledge.engine import explain
from calcinfo.reader import read
from tests.conftest import calcinfo
from tests.labelled import reports as labelled_reports
from tests.realtexts import corpus, expected_and_found, over_call

PORTAL = Path(__file__).parent / "reports" / "portal-example.txt"


def portal() -> Findings:
    return read(PORTAL.read_text()).findings


def test_the_portal_example_reads_exactly_as_given() -> None:
    f = portal()
    assert [(a.category.value, a.side.value if a.side else None) for a in f.assessments] == [
        ("4B", "left")
    ]
    assert f.category is not None and f.category.value == "4B" and f.unsure == ()
    first, second = f.findings
    assert first.side is not None and first.side.value == "left"
    assert [s.value for s in first.shapes] == ["amorphous"]
    assert [p.value for p in first.patterns] == ["grouped"]
    assert [c.value for c in first.change] == ["new"]
    assert "suspicious" in [w.value for w in first.words]
    assert first.sizes == ("6 mm",)
    assert {"upper outer quadrant", "2:00", "posterior depth"} <= set(first.locations)
    assert second.side is None
    assert [s.value for s in second.shapes] == ["vascular"]
    assert [w.value for w in second.words] == ["benign"]
    assert [c.value for c in second.change] == ["stable"]
    assert f.density is not None and f.density.value == "c"
    assert [r.value for r in f.recommendations] == ["biopsy"]
    assert f.history is not None and [h.value for h in f.history] == ["family-history"]
    assert f.symptoms == ()
    assert f.report_date is not None and f.report_date.isoformat() == "2026-11-18"


def _shown(text: str) -> str | None:
    """The category shown for `text`, or None."""
    category = read(text).findings.category
    return category.value if category else None


def _what_was_read(f: Findings) -> tuple[object, ...]:
    return (
        f.category,
        [(a.category, a.side) for a in f.assessments],
        [(x.kind, x.side, x.shapes, x.patterns, x.change, x.words) for x in f.findings],
        f.density,
        f.recommendations,
        f.history,
        f.symptoms,
        f.biopsy_done,
        f.biopsy_result,
    )


_PORTAL_TEXT = PORTAL.read_text()
_LEGEND = (
    "\n\nBI-RADS categories: 0 Incomplete - need additional imaging evaluation. 1 Negative."
    " 2 Benign. 3 Probably benign. 4 Suspicious. 5 Highly suggestive of malignancy."
    " 6 Known biopsy-proven malignancy.\n"
)
_NOTICE = (
    "\n\nYour mammogram shows that your breast tissue is dense. Dense breast tissue is common"
    " and is not abnormal. However, dense breast tissue can make it harder to find cancer on a"
    " mammogram and may also be associated with an increased risk of breast cancer.\n"
)


@pytest.mark.parametrize(
    ("how", "text"),
    [
        ("its line breaks lost", " ".join(_PORTAL_TEXT.split())),
        (
            "its lines broken at 68 columns",
            "\n".join(textwrap.fill(line, 68) for line in _PORTAL_TEXT.split("\n")),
        ),
        ("a blank line after each line", _PORTAL_TEXT.replace("\n", "\n\n")),
        ("in capitals", _PORTAL_TEXT.upper()),
        ("with Windows line ends", _PORTAL_TEXT.replace("\n", "\r\n")),
        ("each line indented", "\n".join("    " + line for line in _PORTAL_TEXT.split("\n"))),
        ("quoted in an e-mail", "\n".join("> " + line for line in _PORTAL_TEXT.split("\n"))),
        ("with a tab after each colon", _PORTAL_TEXT.replace(": ", ":\t")),
        ("with a legend of every category below", _PORTAL_TEXT + _LEGEND),
        ("with the dense-breast notice below", _PORTAL_TEXT + _NOTICE),
        (
            "under a patient header",
            "Patient: DOE, JANE    DOB: 03/14/1968    MRN: 0012345\n\n" + _PORTAL_TEXT,
        ),
        (
            "inside a results letter",
            "Dear Ms. Doe,\n\nThank you for having your mammogram with us. Below is your"
            " report.\n\n" + _PORTAL_TEXT,
        ),
        (
            "with earlier categories in a comparison line",
            _PORTAL_TEXT.replace(
                "FINDINGS:",
                "COMPARISON: Screening mammogram 11/04/2026 (BI-RADS 0) and 2025 examination"
                " (BI-RADS 1).\nFINDINGS:",
            ),
        ),
        (
            "signed, with its page line",
            _PORTAL_TEXT + "\n\nElectronically signed by: A. Radiologist, MD on 11/18/2026"
            "\nPage 1 of 1\n",
        ),
    ],
)
def test_the_portal_example_reads_the_same_however_it_is_pasted(how: str, text: str) -> None:
    assert _what_was_read(read(text).findings) == _what_was_read(portal()), how


_WAYS: dict[str, Callable[[str], str]] = {
    "its lines broken at 68 columns": lambda t: "\n".join(
        textwrap.fill(line, 68) for line in t.split("\n")
    ),
    "a blank line after each line": lambda t: t.replace("\n", "\n\n"),
    "in capitals": str.upper,
    "each line indented": lambda t: "\n".join("    " + line for line in t.split("\n")),
    "quoted in an e-mail": lambda t: "\n".join("> " + line for line in t.split("\n")),
    "with a tab after each colon": lambda t: t.replace(": ", ":\t"),
    "with a legend of every category below": lambda t: t + _LEGEND,
    "under a patient header": lambda t: "Patient: DOE, JANE    DOB: 03/14/1968\n\n" + t,
    "inside a results letter": lambda t: "Dear Ms. Doe,\n\nBelow is your report.\n\n" + t,
    "signed, with its page line": lambda t: t + "\n\nSigned: A. Radiologist, MD\nPage 1 of 1\n",
}


@pytest.mark.parametrize("how", sorted(_WAYS))
def test_each_labelled_report_reads_the_same_however_it_is_pasted(how: str) -> None:
    # The team's labelled reports (tests/reports/labelled.toml), each pasted another way,
    # read exactly as written: every category, finding, density, advice, history and result.
    changed = [
        report.name
        for report in labelled_reports()
        if _what_was_read(read(_WAYS[how](report.text)).findings)
        != _what_was_read(read(report.text).findings)
    ]
    assert changed == [], how


def test_the_portal_example_in_json_keeps_each_finding() -> None:
    result = calcinfo("ask", "--no-input", "--json", "--report", str(PORTAL))
    data = json.loads(result.stdout)["findings"]
    assert data["category"] == "4B"
    assert [a["category"] for a in data["assessments"]] == ["4B"]
    assert [f["shapes"] for f in data["findings"]] == [["amorphous"], ["vascular"]]
    assert [f["side"] for f in data["findings"]] == ["left", None]
    for finding in data["findings"]:
        for item in finding["evidence"]:
            assert PORTAL.read_text()[item["start"] : item["end"]] == item["text"]


def test_the_portal_example_is_explained_finding_by_finding() -> None:
    e = explain(portal())
    meaning = e.section("meaning")
    assert meaning is not None
    terms = [s.term for s in meaning.statements]
    assert "Finding 1" in terms and "Finding 2" in terms
    one, two = terms.index("Finding 1"), terms.index("Finding 2")
    texts = [s.plain for s in meaning.statements]
    benign_at = next(i for i, t in enumerate(texts) if "need no treatment" in t)
    assert benign_at > two, "the benign words belong to the vascular group, not the 4B group"
    assert any(t == "Amorphous" for t in terms[one:two])
    report = e.section("report")
    assert report is not None
    plain = report.statements[0].plain
    assert "BI-RADS 4B for the left breast" in plain and "BI-RADS 4 " not in plain + " "
    assert "2 separate groups" in plain
    check = e.section("check")
    said = " ".join(s.plain for s in check.statements) if check else ""
    assert "only shapes that are typically benign" not in said, "finding 1 is amorphous"


_CALLED = {
    "suspicious": "called suspicious",
    "benign": "called benign or benign-appearing",
    "probably-benign": "called probably benign",
}


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        (
            "Left axilla: a morphologically suspicious lymph node, 1.8 cm.",
            "lymph-node",
            ["suspicious"],
        ),
        ("Multiple benign-appearing masses are present bilaterally.", "mass", ["benign"]),
        (
            "A 9 mm oval mass, right breast. It appears probably benign.",
            "mass",
            ["probably-benign"],
        ),
        (
            "Left breast: 1.2 cm spiculated mass. Highly suspicious morphology.",
            "mass",
            ["suspicious"],
        ),
        # not a word of the mass: denied, or said of the calcifications beside it
        ("No suspicious mass. A 5 mm oval mass at 3 o'clock, left breast.", "mass", []),
        ("Suspicious calcifications and a 7 mm oval mass, left breast.", "mass", []),
    ],
)
def test_what_the_report_calls_a_mass_or_a_node_is_its_own_word(
    text: str, kind: str, words: list[str]
) -> None:
    """A mass or a node keeps the words its report calls it ("suspicious", "benign-appearing"),
    shown on the screen of what was read; they are no calcification's words, so nothing said
    of calcifications follows from them."""
    from calcinfo.ask import reading_rows

    f = read(text).findings
    (other,) = [x for x in f.findings if x.kind.value == kind]
    assert [w.value for w in other.words] == words
    assert not set(words) & {w.value for w in f.calcification_words if "calcif" not in text}
    (row,) = [v for item, v, _ in reading_rows(f, text) if item.startswith("finding") and '"' in v]
    for word, called in _CALLED.items():
        assert (called in row) == (word in words), row


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the category's name, before it or after it, is the category's word
        ("Benign, BI-RADS 2: milk-of-calcium in the left breast.", []),
        ("Benign (BI-RADS 2): scattered calcifications.", []),
        ("BI-RADS 2, Benign. Milk-of-calcium in the left breast.", []),
        # the calcifications' own word, beside a category or not
        ("BI-RADS 2: benign calcifications in the left breast.", ["benign"]),
        ("Scattered benign calcifications. BI-RADS 2.", ["benign"]),
        ("Suspicious calcifications, BI-RADS 4.", ["suspicious"]),
    ],
)
def test_a_category_s_name_is_no_word_of_the_calcifications(text: str, words: list[str]) -> None:
    (finding,) = read(text).findings.findings
    assert [w.value for w in finding.words] == words


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("Right breast ultrasound.\nA simple cyst at 10 o'clock.\nBI-RADS 2.", '"cyst"', "mass"),
        ("A 9 mm oval mass at 9 o'clock, right breast.\nBI-RADS 3.", '"mass"', "cyst"),
        (
            "Benign-appearing intramammary lymph node, left.\nBI-RADS 2.",
            '"intramammary lymph node"',
            "mass",
        ),
    ],
)
def test_other_findings_are_named_in_the_reports_own_words(
    text: str, said: str, unsaid: str
) -> None:
    """A cyst is a mass in the atlas's words, but "mass" is not what her report says."""
    report = explain(read(text).findings).section("report")
    assert report is not None
    plain = report.statements[0].plain
    assert f"other findings: {said}" in plain and unsaid not in plain


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("IMPRESSION: 1. Suspicious calcifications left breast. BI-RADS 4B.", ["4B"]),
        ("IMPRESSION:\nSuspicious.\nBI-RADS 4B: moderate suspicion.", ["4B"]),
        (
            "Calcifications:\n- Typically benign: vascular\n- Suspicious: None\n"
            "BI-RADS Category: 2 (benign)",
            ["2"],
        ),
        ("If you said BI-RADS 5, that is acceptable.", []),
        ("Is this BI-RADS 4C or 5?", []),
        ("These should be upgraded to BI-RADS 4 or 5.", []),
        # a range in Roman numerals is no one category; a time after one is no range
        ("Findings suggest BIRADS III-IV lesion.", []),
        ("BIRADS IV or V", []),
        ("BIRADS III - 6 months follow up", ["3"]),
        ("BIRADS II and I am happy.", ["2"]),
        ("BI-RADS 0 is not appropriate here.", []),
        # a case's answer gives its category with its name first, on one line with the case
        ("Case 42 Answer Benign, BI-RADS 2: milk-of-calcium. They look round.", ["2"]),
        # the same told another way: the category kept is the one the answer gives
        ("BI-RADS 2 is the classification to use. BI-RADS 0 would not be appropriate.", ["2"]),
        ("BI-RADS 2. BI-RADS 0 isn't correct here.", ["2"]),
        ("BI-RADS 2. A BI-RADS 0 would be wrong.", ["2"]),
        ("Screening: BI-RADS 0. Diagnostic work-up: BI-RADS 4A.", ["4A"]),
        ("RIGHT BREAST: Negative. BI-RADS 1.\nLEFT BREAST: BI-RADS 4B.", ["1", "4B"]),
        ("Overall BI-RADS: 2", ["2"]),
        ("BIRADS CATEGORY M/5", ["5"]),
        ("My BIRADs is 4B", ["4B"]),
        ("BI-RADS: 4-A", ["4A"]),
        ("BI-RADS 4 (4B)", ["4B"]),
        ("BI-RADS 4 - a biopsy is recommended.", ["4"]),
        ("Final impression was: ACR BI-RADS 4B", ["4B"]),
        ("The combined BI-RADS category assigned was 4B.", ["4B"]),
        ("BI-RADS assessment given: 3.", ["3"]),
        # a condition told the other way round, and a class a kind of cyst is put in
        (
            "- Should the ultrasound findings be probably benign (BI-RADS 3), the patient can be"
            " followed with ultrasound every 6 months.",
            [],
        ),
        (
            "Because it has septations, the cyst belongs with the complicated cysts, which puts it"
            " in the BI-RADS 3 (probably benign) category.",
            [],
        ),
        # a case's verdict told in a sentence of its own, or as given to the case
        ("Solid IDC with all the hallmarks of malignancy. A BI-RADS V lesion.", ["5"]),
        ("A BI-RADS 5 lesion needs a biopsy.", []),
        ("Biopsy was advised. The case was given BI-RADS 5.", ["5"]),
        # a number her finding was given, in a text that names BI-RADS
        ("Radiologists use a scale called BIRADS. My lump was given a 4.", ["4"]),
        ("Radiologists use a scale called BIRADS. My pain was given a 4 out of 10.", []),
        # a case's later category, told with when it was given; the first one is history
        (
            "The lesion was initially classified as BIRADS 3. Because of persistent pain, the"
            " lesion was subsequently classified as BIRADS 4a and a biopsy was performed.",
            ["4A"],
        ),
        ("Calcifications are classified as BI-RADS 4 when they are amorphous.", []),
        # a case's category told in case reports' words, not a lesson
        (
            "Although the initial assessment was BI-RADS 3, the lesion was upgraded to BI-RADS"
            " 4B at follow-up.",
            ["4B"],
        ),
        ("The case was reported as BI-RADS 3 and the patient was followed up.", ["3"]),
        ("The findings were classified as BI-RADS category 5 (highly suggestive).", ["5"]),
        ("A BI-RADS 4 lesion was detected on ultrasound and she was referred for biopsy.", ["4"]),
        # what a kind of lesion is, a rule for any such finding, and Radiopaedia's lesson
        ("Fibroadenoma is a BI-RADS category 3 lesion.", []),
        ("Simple cysts are BI-RADS 2.", []),
        (
            "When multiple and bilateral complicated and simple cysts are present, a benign,"
            " BI-RADS 2, assessment is usually appropriate.",
            [],
        ),
        (
            "Impression: mass, right breast.\nCase Discussion\nSuch masses are BI-RADS 3 lesions.",
            [],
        ),
        # ... not hers said the same way
        ("Final assessment is BI-RADS 4.", ["4"]),
        ("It is a BI-RADS 4 lesion.", ["4"]),
        ("The mass is a BI-RADS 4 lesion.", ["4"]),
        # the category that brought her to this exam is replaced by this exam's
        (
            "A 30-year-old female with a BI-RADS 3 (probably benign) left breast mass presented"
            " for a short term follow up ultrasound. Follow up ultrasound demonstrated increased"
            " size of mass. The mass was assessed as BI-RADS 4B.",
            ["4B"],
        ),
        # a legend on her category's own line starts after her sentence
        (
            "Final Assessment: BI-RADS 3. Possible results include 1 (negative), 2 (benign), 3"
            " (probably benign), 4 (suspicious) and 5 (highly suggestive).",
            ["3"],
        ),
        # any 5, after a greeting in the same sentence
        ("Hi and welcome to our community, A BI-RADS 5 does not tell how bad a cancer is.", []),
        # a screening's category replaced by the diagnostic one, whatever the screening's value
        (
            "She was referred for assessment of a BI-RADS 4b abnormality seen in her screening"
            " mammogram. The lesions were classified as BI-RADS 5 on mammogram and ultrasound.",
            ["5"],
        ),
        # ... beside the lessons they look like
        ("Such lesions should be upgraded to BI-RADS 4.", []),
        ("Calcium deposits are commonly reported as microcalcifications, BI-RADS 2.", []),
        ("A BI-RADS 4 classification requires prompt biopsy.", []),
        # a doubt about the disease, in a clause of its own, is no doubt about the category
        ("Possible malignancy, BI-RADS 4.", ["4"]),
        (
            "Imaging could not exclude malignancy, resulting in BI-RADS 4a classification.",
            ["4A"],
        ),
        ("Possibly BI-RADS 3.", []),
        ("The term cyst 4 likely refers to BI-RADS 4.", []),
        # a letter quoted as an example of what anyone may get
        (
            'When you get a letter a few days later and it says something like: "Your screening'
            ' showed dense breast tissue. Your BI-RADS score is 3. Follow-up in 6 months," it'
            " doesn't exactly inspire confidence.",
            [],
        ),
        ('My letter said: "Your BI-RADS score is 3. Follow-up in 6 months."', ["3"]),
        # a saved page's table
        ("| Component | Value |\n| BI-RADS | 4B |\n| Density | C |", ["4B"]),
        ("| BI-RADS | Description |\n| 0 | Incomplete |\n| 1 | Negative |\n| 2 | Benign |", []),
        # the name spelled out in brackets, however she wrote it
        (
            "I had a breast ultrasound with BI-RADS (Breast Imaging, Reporting And Data Susyem)"
            " score of 3",
            ["3"],
        ),
        (
            "...,IMPRESSION:, Left breast calcifications, BIRADS Classification 0 - Incomplete,"
            "MAMMOGRAPHY INFORMATION:, 1. A negative report should not delay biopsy,",
            ["0"],
        ),
        (
            "BI-RADS key:\n0 - Incomplete\n1 - Negative\n2 - Benign\n3 - Probably benign\n"
            "4 - Suspicious\n5 - Highly suggestive of malignancy\n6 - Known malignancy",
            [],
        ),
        ("HISTORY: prior BI-RADS 3 in 2023.\nIMPRESSION: BI-RADS 2.", ["2"]),
        (
            "Category 0 -- Incomplete\nYou need more pictures.\n\nCategory 1 -- Normal\n"
            "Nothing to report.\n\nCategory 2 -- Benign\nA cyst.\n\nCategory 3 -- Probably "
            "Benign\nA recheck.\n\nCategory 4 -- Possibly Malignant\nA biopsy.\n\n"
            "Category 5 -- Malignant\nA biopsy.",
            [],
        ),
        ("A BI-RADS 5 does not tell how bad a cancer may be.", []),
        ("Should I be worried about getting a BI-RADS 0 on my mammogram results?", ["0"]),
        ("Is my BIRADS 4A bad?", ["4A"]),
        ("Would you call this BI-RADS 4?", []),
        ("Can I have BI-RADS 3 without any calcifications?", []),
        ("I got a BI-RADS 4B, is that bad?", ["4B"]),
        ("What would I do if I had BI-RADS 5?", []),
        (
            "Biopsy is advised for BI-RADS category 4 findings, which include category 4A "
            "lesions with a low risk.",
            [],
        ),
        ("Follow-up is not appropriate for BI-RADS 4 lesions, as the risk is too high.", []),
        ("I was given a BI-RADS 4 after the ultrasound.", ["4"]),
        ("Fibrocystic changes. BIRADS (Breast Imaging-Reporting and Data System) 2.", ["2"]),
        ("IMP: Suspicious nodular lesion, right breast.\nBIRADS 4a suggests a biopsy.", ["4A"]),
        (
            "Possible focal asymmetry, left breast.\n\nBI-RADS Classification and Action\n\n"
            "Category 0: Mammography: Incomplete.\n\nDiagnostic images\n\nImaging findings\n\n"
            "Summation artifact.\n\nBI-RADS Classification and Action\n\nCategory 1: Negative"
            "\n\nDifferential Diagnosis\n\n1. Summation artifact",
            ["1"],
        ),
        (
            "BI-RADS Classification and Action Category 0: Mammography: Incomplete. Imaging "
            "findings Summation artifact. BI-RADS Classification and Action Category 1: Negative "
            "Differential Diagnosis 1. Summation artifact",
            ["1"],
        ),
        (
            "The 6-month interval is recommended by guidelines for BI-RADS category 3 (probably "
            "benign) findings, which carry a risk of less than 2%.",
            [],
        ),
        ("Radiologists categorize this as a BI-RADS 3 abnormality.", []),
        ("My radiologist called it BI-RADS 3.", ["3"]),
        (
            "Radiological examination data\n  BI-RADS left breast: BI-RADS 4 - Suspicious\n\n"
            "Conclusion\n  Invasive breast carcinoma of no special type",
            [],
        ),
        (
            "The report is now in your inbox: BI-RADS 1 (Negative).\nTell this apart from "
            "similar scenarios:\n  - Younger women: ultrasound first. This differs.\n"
            "  - Benign findings (BI-RADS 2): if the mammogram showed a cyst ...",
            ["1"],
        ),
        (
            "The risk range is wide, which is why subcategories matter:\n"
            "  - BI-RADS 4A: low suspicion\n  - BI-RADS 4B: moderate suspicion",
            [],
        ),
        ("Impression: ACR BI-RADS Category I.\n\n## BI-RADS II\n", ["1"]),
        (
            'Example report:\n> "Mammography in two views. Indication: pain.\n'
            '> Assessment: ACR Type D. BIRADS 0 bilaterally."',
            ["0"],
        ),
        ("A new asymmetry on mammography was considered BI-RADS 4.", ["4"]),
        ("It was classified as category 4A by BI-RADS assessment.", ["4A"]),
        ("The lesion is classified as BI-RADS category 4A based on ultrasound.", ["4A"]),
        ("Breast Imaging Reporting and Data System (BIRADS) three lesions on mammography.", ["3"]),
        ("Breast Imaging Reporting and Data System (BI-RADS) category 4B (Fig. 1A).", ["4B"]),
        ("Such lesions are classified as BI-RADS 3 when no prior exam exists.", []),
        ("You just opened the report and there it is: a BI-RADS 0, 4, or 5.", []),
        ("Oval mass, no enlargement of axillary lymph nodes, BI-RADS 4B (Fig. 1).", ["4B"]),
        ("Most people with Birad 4 do not have cancer.", []),
        (
            'However, BI-RADS category 4, "Suspicious Abnormality" and category 5, "Highly '
            'Suggestive of Malignancy" should also be conveyed by phone.',
            [],
        ),
        (
            "They have to categorize it as either a Bi-rads 4 (suspicious for malignancy) or "
            "Bi-rads 5 (highly suspicious for malignancy).",
            [],
        ),
        ("Right breast BI-RADS 1 and left breast BI-RADS 4A.", ["1", "4A"]),
        (
            '"BIRADS Score - 4C - suspicious abnormality - biopsy should be considered."\n\n'
            "What on earth is a BIRADS score? I started searching.\nBIRADS 0 - incomplete\n"
            "BIRADS 1 - negative\nBIRADS 2 - benign\nBIRADS 3 - probably benign\n"
            "BIRADS 5 - highly suggestive of malignancy",
            ["4C"],
        ),
        ("BI-RADS 4 is a rating given to a patient after a mammogram.", []),
        ("Since level 5 is the highest, BIRAD 4 is indicative of malignancy suspicion.", []),
        (
            "Clinical History\nA 50-year-old woman.\nImaging Findings\nGrouped amorphous "
            "calcifications, BI-RADS 4B.\nDiscussion\nSkin calcifications are BIRADS category 2.",
            ["4B"],
        ),
        ("BIRADS 4 is subdivided into 4A, 4B and 4C.", []),
        ("These findings represent BI-RADS Category 2 (benign) pathology.", []),
        ("Most amorphous calcifications are assessed as BI-RADS 4B (suspicious).", []),
        ("Bilateral diffuse amorphous calcifications may be assessed as BI-RADS 2.", []),
        ("With <2% risk, a BI-RADS 3 assessment may be considered.", []),
        ("However, BIRADS 2, 3 and 4 have different implications.", []),
        ("This is different from BIRADS 5, which is highly suggestive of malignancy.", []),
        ("Mammogram results are graded from Bi-RADS 0 to Bi-RADS 6.", []),
        ("Bi-RADS 4 is often broken down further into three groups.", []),
        ("Its risk is above category 3 (>2%) but below category 5 (<95%).", []),
        ("Management of Probably Benign Findings (BI-RADS 3)\n- Follow up at 6 months.", []),
        ("Managing Probably Benign Findings (BI-RADS 3)\n- Follow up at 6 months.", []),
        # a class said to count as a category, told in other words than "are considered"
        ("Small enhancing foci with type I kinetics count as probably benign (BI-RADS 3).", []),
        ("Such masses are regarded as BI-RADS 2.", []),
        ("The management of BI-RADS 3 lesions depends on their features.", []),
        ("Management of BI-RADS 4 Suspicious Mass in a Patient with Breast Cancer", ["4"]),
        # a category counted over many women, or read online, is a class
        ("Most BI-RADS 4 results turn out benign.", []),
        ("I read online that BI-RADS 4C is bad.", []),
        # categories in brackets, one for each finding, are hers (a reviewer's case: a rule that
        # took them for the names of classes was taken back)
        ("IMPRESSION: Mass (BI-RADS 4A), cyst (BI-RADS 2).", ["2", "4A"]),
        ("Right breast (BI-RADS 1), left breast (BI-RADS 4)", ["1", "4"]),
        # found in review: plain report lines the session's rules must not lose
        ("My mammogram on March 3 was BI-RADS 4. They want a biopsy.", ["4"]),
        ("IMPRESSION: BI-RADS 4: biopsy is recommended if clinically appropriate.", ["4"]),
        ("In 2024, my mammogram showed BI-RADS 4. Biopsy is next week.", ["4"]),
        ("BI-RADS 1 and 2 views were obtained.", ["1"]),
        # nor take a pain score, a tumour's grade or a HER2 score for a category
        ("At the clinic my pain was rated a 4. I am not in a high-risk category.", []),
        ("It came back DCIS, which was graded 3. I never got a BI-RADS number.", []),
        ("Mammogram: BI-RADS 5. Biopsy: invasive carcinoma. HER2 was scored as 3+.", ["5"]),
        # a quiz's options are options; its answer line, whose letter they gave, is the case's
        (
            "What is your assessment?\nA. BI-RADS 4 (Suspicious); Stereotactic biopsy "
            "B. BI-RADS 3 (Probably Benign); Follow-up in six months\n"
            "A. BI-RADS 4 (Suspicious); Stereotactic biopsy",
            ["4"],
        ),
        # a teaching case's answer line gives the case's category, also with its heading run in
        ("Case 45 Answer BI-RADS 2, Benign. Intramammary lymph node.", ["2"]),
        ("Case 9 Answer 3 BI-RADS 2, Benign.", ["2"]),
        # found in review: a lesson's features and a general answer are nobody's category;
        # what spot compression failed to do takes nothing from her category
        ("My report says benign cyst. Features of BI-RADS 4 include irregular shape.", []),
        ("For a simple cyst the answer is BI-RADS 2, so don't worry.", []),
        ("Spot compression failed to resolve the asymmetry, BI-RADS 0.", ["0"]),
        # a part's heading run into a line that denies something ends the denial
        ("\u2022 No abnormal enlarged axillary node Diagnosis: Oil cyst (BIRADS 2: Benign)", ["2"]),
        ("Answer these questions about a BI-RADS 4 finding before you read on.", []),
        # a category given as a floor, or in a general comparison
        ("Looks worse on the mammo, although definitely a BI-RADS 4 lesion at the least.", []),
        (
            "It is the difference between a confident BI-RADS 4 recommendation and a vague report.",
            [],
        ),
        # a study's counts are no woman's result
        ("Of 200 lesions, 40 were BI-RADS 3.", []),
        ("In our study, BI-RADS 4A lesions had a 10% malignancy rate.", []),
        # what she hopes for is no result; what her report says after it is
        ("Hoping for a BI-RADS 2 after the ultrasound.", []),
        ("I wish it were just a BI-RADS 2.", []),
        ("I hope it is nothing. My report says BI-RADS 4.", ["4"]),
        # a made-up report that shows what reports look like
        ("Example report: Impression: BI-RADS 4. Suspicious calcifications.", []),
        # a label that already has its number makes no name after it a category
        ("BI-RADS 3 lesions are probably benign.", []),
        # "benign" inside "probably benign" is no second name: no 2 her report does not state
        # (the 3 read from the words alone is asked about: the table of doubts below)
        ("BI-RADS category: probably benign", ["3"]),
        # two exams in her story: the earlier one is history
        ("I had a BIRADS 3 six months ago and now it is a BIRADS 4A.", ["4A"]),
        ("I had a BIRADS 3 six months ago. Now it is a BIRADS 4A.", ["4A"]),
        # her quote's full stop inside the quote marks ends its sentence: the question after it
        # does not make her category a question
        ('My report said "Suspicious calcifications. BI-RADS 4." Should I worry?', ["4"]),
        # ... and so does one inside brackets: the condition in them reaches no further
        ("[If it grows, a biopsy may be needed.] The mammogram was BI-RADS 3.", ["3"]),
        ("(See the legend, if you wish.) Impression: BI-RADS 4B.", ["4B"]),
        # two categories joined by "and" are a class; a time or a size after one is no range
        ("BI-RADS 3 and 4A often cause anxiety, but MRI can clarify them.", []),
        ("IMPRESSION: BI-RADS 3 - 6 months follow up.", ["3"]),
        ("Assessment: BI-RADS 2 and 1 year follow-up.", ["2"]),
        # ", classified as" after her finding classifies it; "lesions classified as" is a class
        ("The ultrasound shows an irregular mass, classified as BI-RADS 4.", ["4"]),
        ("Lesions classified as BI-RADS 3 have a low risk.", []),
        (  # a case's own finding, told with a gerund
            "Their recent development justified their being classified as a BI-RADS 5 lesion.",
            ["5"],
        ),
        # a number she was given, in a text that speaks of BI-RADS; not a pain score or a class
        ("BIRADS goes from 0 to 6. My lump was classified a 4, which means suspicious.", ["4"]),
        ("My lump was classified a 4.", []),
        ("BIRADS is a scale. My pain was rated a 4 out of 10.", []),
        ("BIRADS is a scale. My pain was rated a 4.", []),
        ("Category 4b refers to nodules that are graded as 4b.", []),
        ('These calcifications were classified as category "4A": low suspicion.', ["4A"]),
        # a category's name as a page's title is its subject; as her report's line it is hers
        ("Highly Suggestive of Malignancy\n\nWhat does this evaluation mean?", []),
        ("Highly suggestive of malignancy\nBiopsy is recommended.", ["5"]),
        # report words held up as words, on a page for any reader
        (
            'The letter sits on your counter. "Focal asymmetry." "Architectural distortion." '
            '"BI-RADS Category 0." These phrases land in your brain like stones.',
            [],
        ),
        ('My letter said "Focal asymmetry." "BI-RADS Category 0." What now?', ["0"]),
        # a legend numbered like a list, its line breaks lost (a PDF's text)
        (
            "Reporting codes: 0. Need additional imaging 1. Negative (0% chance) "
            "2. Benign; annual screening 3. Probably benign (<2% chance) "
            "4. Suspicious abnormality; biopsy 5. Highly suggestive of malignancy 6. Known",
            [],
        ),
        (
            "What finding would suggest BIRADS 4?\n  1. Negative finding\n"
            "  2. Highly suggestive of malignancy\n  3. Benign finding",
            [],
        ),
        # a category given to a kind of lesion in general, or to a class, is nobody's
        ("Simple cysts are definitely benign lesions (BI-RADS 2).", []),
        ("BAC appears as linear, parallel tracks along breast arteries (BI-RADS 2).", []),
        # ... however what it looks like is worded
        ("BAC looks like linear tracks running along the breast arteries (BI-RADS 2).", []),
        ("BAC shows up as parallel, linear tracks along the breast arteries (BI-RADS 2).", []),
        ("Core needle biopsy is mandatory for all BI-RADS category 4 lesions.", []),
        # a finding of hers, or one in a report's own part, keeps its category
        ("Her mammogram showed grouped calcifications (BI-RADS 4).", ["4"]),
        ("The lesion is oval and circumscribed (BI-RADS 3).", ["3"]),
        ("Calcifications are seen in the left breast (BI-RADS 2).", ["2"]),
        ("Calcifications look benign in her right breast (BI-RADS 2).", ["2"]),
        ("IMPRESSION: Simple cysts are benign (BI-RADS 2).", ["2"]),
        # a heading over advice that opens with a class of findings, its line broken as an
        # email or a PDF's text breaks it
        (
            "  \u2022 Surgical excision is also an option, though kept for\nspecific"
            " indications\nFor Complicated Cysts (BI-RADS 3)\n  \u2022 Options include"
            " aspiration or short-interval follow-up",
            [],
        ),
        ("FINDINGS: For the calcifications (BI-RADS 4), biopsy is advised.", ["4"]),
        # a printed page's own line between the two halves of one sentence
        (
            "If the ultrasound is negative, our final assessment can be\n\nPage 1 of 2\n\n"
            "BI-RADS 3, Probably Benign.",
            [],
        ),
        ("IMPRESSION: Benign.\n\n(continued)\n\nBI-RADS 2.", ["2"]),
        # her own words, with an article or a slash
        ("My birads was a 4, what happens now?", ["4"]),
        ("Result: BI-RADS 3/ probably benign", ["3"]),
        ("BI-RADS is a one-to-six scale.", []),
        # last year's category, whichever side "last year" stands on
        ("Her birads was 3 last year and now they want a biopsy.", []),
        ("Calcifications, stable since last year. BI-RADS 2.", ["2"]),
        # a legend's heading below the last line takes nothing from that line's category
        (
            "The screening mammogram was categorized as BI-RADS 0.\nDiagnostic mammography"
            " followed. The finding was categorized as BI-RADS 4B, and a biopsy was"
            " recommended.\n\nBI-RADS categories: 0 Incomplete - need additional imaging"
            " evaluation. 1 Negative. 2 Benign. 3 Probably benign. 4 Suspicious. 5 Highly"
            " suggestive of malignancy. 6 Known biopsy-proven malignancy.\n",
            ["4B"],
        ),
        # a results letter's "Code:" line names the category; a billing code does not
        ("Impression: nodule, right breast.\nCode: incomplete-needs additional imaging", ["0"]),
        ("ICD code: benign neoplasm of breast", []),
        # somebody else's, what she fears, and a category explained or counted as a class
        ("A woman in my support group had BI-RADS 5.", []),
        (
            "The asymmetry described in your mom's case is currently incomplete (BI-RADS"
            " Category 0), meaning more imaging is needed.",
            [],
        ),
        ("I'm a mother of three and my mammogram came back BI-RADS 4.", ["4"]),
        ("My grandma had calcifications, BI-RADS 2.", []),
        ("My neighbour was a BI-RADS 4 and it turned out to be nothing.", []),
        ("My sister had a BI-RADS 5 that turned out to be cancer.", []),
        (
            "My sister had a BI-RADS 5 that turned out to be cancer. My own mammogram came back"
            " BI-RADS 2.",
            ["2"],
        ),
        ("My friend's result was BI-RADS 4.", []),
        # a case's lesson is about the topic, until it turns to the case itself
        (
            "Case discussion: fine pleomorphic calcifications in a segmental distribution are"
            " typically BI-RADS 4C or 5. In this patient, BI-RADS 4B was assigned.",
            ["4B"],
        ),
        (
            "Teaching points: Amorphous calcifications are BI-RADS 4B when grouped. In this case"
            " the radiologist assigned BI-RADS 4B and a biopsy showed fibrocystic change.",
            ["4B"],
        ),
        ("Discussion: Grouped amorphous calcifications are usually BI-RADS 4B.", []),
        # what a category's lesions need, told as a rule, beside hers
        (
            "Diagnosis: Fibroadenoma. BI-RADS: 3 Discussion: Fibroadenomas are the most common"
            " benign tumours. BI-RADS 4 lesions require biopsy.",
            ["3"],
        ),
        (
            "IMPRESSION: Two suspicious lesions in the left breast, BI-RADS 4, both lesions need"
            " tissue sampling.",
            ["4"],
        ),
        ("My sister urged me to go, and my mammogram came back BI-RADS 4.", ["4"]),
        ("I'm scared it will be BI-RADS 5.", []),
        ("The chance of cancer with BI-RADS 4 is 2 to 95%.", []),
        ("BI-RADS 6 is used after a biopsy shows cancer.", []),
        ("Category 4 lesions need a biopsy.", []),
        ("The doctor explained what a BI-RADS 4 is.", []),
        ("So we often see patients for a follow-up. So these are the BI-RADS 3 patients.", []),
        # the category as a topic of a lesson, or held by a protocol until a condition
        ("So using BI-RADS 3 should decrease the number of biopsies.", []),
        ("The rationale for BI-RADS 3 is that some findings are very likely benign.", []),
        ("We have the patient come back, and then assign the BI-RADS 3 category.", []),
        ("The finding is categorized as BI-RADS 3 until it's stable for at least two years.", []),
        ("The finding is categorized as BI-RADS 3 until it's unchanged for two years.", []),
        ("My finding is BI-RADS 3 and I go back in 6 months.", ["3"]),
        # a study's figures: a population's share beside a category
        (
            "The most common final BIRADS category is 2, benign findings (51.6%), followed by"
            " BIRADS 0 (20%).",
            [],
        ),
        ("A patient (0.9%) had BIRADS 5 assessment category.", []),
        ("BI-RADS 3, most likely benign (less than 2% chance of cancer).", ["3"]),
        # the class a finding was put in, in brackets after it, is hers; a class named alone
        # is taught
        (
            "The doctors found a hypoechoic mass in the left breast, measuring 32x16 mm"
            " (classified as BIRADS 4a - Low suspicion of malignancy, about 2-10%).",
            ["4A"],
        ),
        ("Findings classified as BI-RADS 3 have a 2% chance of cancer.", []),
        (
            "After ultrasound and MRI, the tumor (measured 24x16x14 mm) was classified as"
            " BI-RADS 4C.",
            ["4C"],
        ),
        ("The cyst was classified as BI-RADS 2.", ["2"]),
        (  # a measured finding's class is hers; a class named for any such finding is taught
            "Ultrasonography and mammography showed a 4.5 x 4 cm cyst classified as BI-RADS 3.",
            ["3"],
        ),
        ("A solid breast nodule classified as BI-RADS 4 needs a tissue diagnosis.", []),
        # any report, and a class of nodules
        (
            "When the ultrasound report shows the breast nodule is BI-RADS 4a category, it means"
            " the nodule is more likely benign.",
            [],
        ),
        ("Regular review of Category 4a nodules still carries some risk.", []),
        # what a page imagines her report says
        ('Maybe it says "BI-RADS Category 0" or mentions something about dense tissue.', []),
        ('Perhaps they say "BI-RADS Category 0", or mention dense breast tissue.', []),
        # a legend led into by its own line, its page cut after the first item
        (
            "Here's what each category actually means:\n\nCategory 0: Incomplete \u2013"
            " Additional Imaging Needed\n\nThis is the category that causes the most anxiety.",
            [],
        ),
        ("IMPRESSION:\nCategory 0: Incomplete - Additional Imaging Needed", ["0"]),
        # hers, beside the same kinds of words
        ("Maybe it is nothing. My report says BI-RADS 4A.", ["4A"]),
        ("I'm scared, my report says BI-RADS 5.", ["5"]),
        ("My birads is 4c and I am terrified it will be cancer.", ["4C"]),
        ("These category 4 calcifications need a biopsy.", ["4"]),
        # a time long past that opens her sentence: the category is that time's
        ("Years ago I had a BI-RADS 3 result. Now they found new calcifications.", []),
        ("Back in 2015 my report said BI-RADS 4.", []),
        ("In 2019 my mammogram said BI-RADS 3.", []),
        # but not a date a case report's presentation starts from, nor one past a comma
        ("The mammogram in 2019, BI-RADS 2, showed no change.", ["2"]),
        ("My mammogram 3 weeks ago was BI-RADS 4.", ["4"]),
        # a clock time or a distance after a side is no second category
        ("BI-RADS 2, left 3 cm from the nipple.", ["2"]),
        ("BI-RADS 2, left breast 3 o'clock.", ["2"]),
        # hers, beside a friend's: "mine" is no kind of lesion
        ("My friend got a BI-RADS 5 and it turned out to be cancer. Mine is BI-RADS 3.", ["3"]),
        # a category she was given, as she tells it, where she names BI-RADS elsewhere
        (
            "My mammogram came back BI-RADS 0. After the ultrasound they upgraded me to a 4B.",
            ["4B"],
        ),
        (
            "They found calcifications and said it's a 3, come back in 6 months. What does"
            " BI-RADS 3 mean?",
            ["3"],
        ),
        ("They said it's a 3 cm cyst. What does BI-RADS mean?", []),
        # a page's title over what it explains, and her own understanding of hers
        ("Understanding your BI-RADS 5 diagnosis: next steps include a biopsy.", []),
        ("My understanding is that my BI-RADS is 4A.", ["4A"]),
        # a category changed from one to another: the one it went to
        ("My BIRADS went from 3 to 4A after the ultrasound.", ["4A"]),
        ("BI-RADS was upgraded from 3 to 4B.", ["4B"]),
        ("They changed my BI-RADS from 4A to 3.", ["3"]),
        ("If it grows, the BI-RADS would be upgraded from 3 to 4.", []),
        ("The temperature went from 3 to 4 degrees. BI-RADS 2.", ["2"]),
        ("My BI-RADS? The doctor said it's a 1 in 10 chance. She said it's a 4 inch scar.", []),
        # a category revised in an addendum, after a look at earlier films, is the final one
        (
            "IMPRESSION: Probably benign calcifications. BI-RADS 3.\nADDENDUM: After review with"
            " prior outside films, the BI-RADS category is revised to 4A.",
            ["4A"],
        ),
        ("IMPRESSION: BI-RADS 3.\nADDENDUM: Category changed to 4B after comparison.", ["4B"]),
        # a teaching case's answer after the question its history ends with, told in the past
        (
            "Clinical History:\nA 52-year-old man came with a lump in the left breast.\n\n"
            "What is the BIRADS assessment category?\n\nMammography showed an irregular high"
            " density mass with retracted nipple, and thus the mass was classified as BIRADS"
            " category 5\n",
            ["5"],
        ),
        ("The findings are thus BI-RADS 4.", []),
        # a cue in brackets stays in them
        (
            "Breast US showed a 12x10 mm thick-walled cyst with a 2 mm polypoidal lesion (without"
            " internal vascularity) arising from its wall - BIRADS 4a.",
            ["4A"],
        ),
        # ... but an earlier exam's category inside the comparison is still the earlier one's
        ("Compared with prior exams (BI-RADS 3), the calcifications are new. BI-RADS 4A.", ["4A"]),
        # the scale's name with a colon, "BI-RADS: 5", as real reports write it: its full stop
        # ends the sentence (a list number after "IMPRESSION:" does not), and the classes and
        # conditions read in "BI-RADS 3" are read in it too
        (
            "The mass was taller than wide and was therefore assigned BI-RADS: 5. No associated"
            " findings such as skin thickening.",
            ["5"],
        ),
        ("The report also says, Impression: BI-Rads: 4.  What does this mean?", ["4"]),
        ("IMPRESSION: 1. Suspicious calcifications left breast. BIRADS: 4B.", ["4B"]),
        ("The management of BI-RADS: 3 lesions depends on lesion features.", []),
        (
            "If the ultrasound is negative, our final assessment can be\n\nBI-RADS: 3, Probably"
            " Benign.",
            [],
        ),
        ("Final assessment is\nBI-RADS: 2 Benign.", ["2"]),
        # a list or a range told with "category" between the scale's name and each value
        ("Mammogram results are graded from Bi-RADS category 0 to Bi-RADS category 6:", []),
        (
            "Our series covered BI-RADS category 1, BI-RADS category 2, BI-RADS category 3,"
            " BI-RADS category 4 and 5.",
            [],
        ),
        # "I" after the scale's name that is the word "I", not a Roman one
        ("The BI-RADS I think was 3, or so the letter said.", []),
        # ... and with the scale's name written any other way
        ("Our series covered BIRADS-1, BIRADS-2, BIRADS-3 and BIRADS-4.", []),
        ("Results are graded from ACR BI-RADS 0 to ACR BI-RADS 6:", []),
        (  # a quiz's answer below its options, each written "ACR BI-RADS"
            "What is your assessment?\nA. ACR BI-RADS 0 (Incomplete); Recommend diagnostic MRI"
            " B. ACR BI-RADS 1 (Negative); Recommend one year follow-up C. ACR BI-RADS 2 (Benign);"
            " Recommend one year follow-up D. ACR BI-RADS 3 (Probably Benign); Recommend six"
            " month follow-up\nC. ACR BI-RADS 2 (Benign); Recommend one year follow-up\n"
            "Explanation: The mass is a hamartoma.",
            ["2"],
        ),
        # the scale's name with a space for its hyphen, or its registered mark in brackets
        ("The management of BI RADS 3 lesions depends on lesion features.", []),
        (  # a quiz's answer, its option repeated below the options
            "What is your assessment?\nA. BI RADS 0 (Incomplete); Recommend diagnostic MRI B. BI"
            " RADS 1 (Negative); Recommend one year follow-up C. BI RADS 2 (Benign); Recommend"
            " one year follow-up D. BI RADS 3 (Probably Benign); Recommend six month follow-up\n"
            "C. BI RADS 2 (Benign); Recommend one year follow-up\nExplanation: The mass is a"
            " hamartoma.",
            ["2"],
        ),
        (
            "This was categorized as a Breast Imaging Reporting and Data System (BI-RADS®) 4A"
            " lesion with low suspicion for malignancy.",
            ["4A"],
        ),
    ],
)
def test_only_her_current_categories_are_read(text: str, categories: list[str]) -> None:
    assert sorted(a.category.value for a in read(text).findings.assessments) == sorted(categories)


def test_a_category_left_beside_one_taught_for_a_kind_of_lesion_is_asked_not_shown() -> None:
    # "Oil cysts are definitely benign (BI-RADS 2)" teaches: the text's other category may
    # be taught too, so she is asked which is hers rather than shown it.
    text = "Oil cysts are definitely benign lesions (BI-RADS 2). The ultrasound of her left"
    f = read(text + " breast shows a 9 mm oval mass, BI-RADS 3.").findings
    assert f.category is None
    assert [a.category.value for a in f.assessments] == ["3"]
    # in the report's own assessment line it is hers, and shown
    f = read(text + " breast shows a 9 mm oval mass.\nASSESSMENT: BI-RADS 3.").findings
    assert f.category is not None and f.category.value == "3"


@pytest.mark.parametrize("earlier", ["earlier posts", "previous articles", "prior chapters"])
def test_a_writers_earlier_pieces_are_no_earlier_exam(earlier: str) -> None:
    """A series of posts that taught the other categories: the one in the page's title is
    asked about, not shown (its list had been read as an earlier exam's, and not counted)."""
    text = (
        "Mammogram Reports and BI-RADS: Category 6\n\nToday's post, the last one in our series"
        f" ({earlier} dealt with BI-RADS 1, BI-RADS 2, BI-RADS 3, BI-RADS 4 and 5), is about"
        " the highest rating there is, BI-RADS 6.\n"
    )
    f = read(text).findings
    assert f.category is None
    assert f.unsure == ("category",)
    # her earlier exam is still an earlier exam
    f = read("On the previous mammogram, BI-RADS 3 was given. Today: BI-RADS 4.").findings
    assert [a.category.value for a in f.assessments] == ["4"]


@pytest.mark.parametrize("value", ["4B", "4 B"])
def test_a_category_written_with_a_space_before_its_letter_is_taught_as_the_same(
    value: str,
) -> None:
    """ "BI-RADS 4 B lesions on breast MRI represent ..." teaches a class, as "BI-RADS 4B
    lesions ..." does (the cues had looked behind for "4b" only, and showed 4B as hers)."""
    text = f"BI-RADS {value} lesions on breast MRI represent findings with moderate suspicion."
    assert read(text).findings.category is None
    assert str(read(f"Left breast: BI-RADS {value}. Biopsy recommended.").findings.category) == "4B"


@pytest.mark.parametrize(
    ("text", "advice", "done"),
    [
        ("Right breast U/S guided core biopsy was performed.", [], True),
        ("Recommend bilateral breast U/S.", ["additional-imaging"], None),
        ("BI-RADS 3. 6 month followup recommended.", ["follow-up-6-months"], None),
        ("Contact us/see our site. BI-RADS 1.", [], None),  # no ultrasound in "us/see"
        ("Recommend USG of the left breast.", ["additional-imaging"], None),
        ("USG guided biopsy was performed.", [], True),
        ("MMG: grouped calcifications. Follow-up MMG in 6 months.", ["follow-up-6-months"], None),
    ],
)
def test_an_ultrasound_and_a_follow_up_in_the_short_forms_notes_write(
    text: str, advice: list[str], done: bool | None
) -> None:
    f = read(text).findings
    assert [r.value for r in f.recommendations] == advice
    assert f.biopsy_done is done


@pytest.mark.parametrize(
    ("text", "exam"),
    [
        ("SCREENING MMG BILATERAL\nBI-RADS 1.", "mammogram"),
        ("On the prior MMG, BI-RADS 3 was given. Today: BI-RADS 2.", "mammogram"),
        ("Mass larger than on the prior USG. BI-RADS 4.", "ultrasound"),
    ],
)
def test_a_mammogram_and_an_ultrasound_in_their_short_forms_are_the_exam(
    text: str, exam: str
) -> None:
    f = read(text).findings
    assert [m.value for m in f.exam.modalities] == [exam]
    assert [a.category.value for a in f.assessments] == [text[-2]]  # the last, not the prior


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Calcifications like these are classified as BI-RADS cat. 4C.", None),  # a lesson
        ("IMPRESSION: BI-RADS cat. 4. Biopsy recommended.", "4"),
        ("ACR BI-RADS cat. 2", "2"),
        ("The cat. 4 was sick.", None),
    ],
)
def test_the_scale_s_category_in_its_short_form(text: str, category: str | None) -> None:
    assert _shown(text) == category


@pytest.mark.parametrize("ago", ["years ago", "yrs ago"])
def test_a_time_ago_in_its_short_form_is_before_now(ago: str) -> None:
    """ "She started getting yearly mammograms four yrs ago" tells her story, as "four years
    ago" does: no advice of routine screening now."""
    text = f"She started getting yearly mammograms four {ago}."
    assert read(text).findings.recommendations == ()
    f = read(f"Two {ago}: BI-RADS 3. Now: BI-RADS 2.").findings  # an earlier exam's 3
    assert [a.category.value for a in f.assessments] == ["2"] and f.unsure == ()


SIX = "follow-up-6-months"


@pytest.mark.parametrize(
    ("text", "done", "result", "advice"),
    [
        ("CNB of the left breast mass showed IDC.", True, "invasive-cancer", []),
        ("Core biopsy showed IDC, grade 2.", True, "invasive-cancer", []),
        ("BI-RADS 3. Follow-up in 6 mos.", None, None, [SIX]),
        ("Thanks, idc what you think.", None, None, []),  # no carcinoma in her "idc"
    ],
)
def test_biopsies_their_results_and_months_in_the_short_forms_notes_write(
    text: str, done: bool | None, result: str | None, advice: list[str]
) -> None:
    f = read(text).findings
    assert f.biopsy_done is done
    assert (f.biopsy_result.value if f.biopsy_result else None) == result
    assert [r.value for r in f.recommendations] == advice


CANCER = "personal-breast-cancer"
SURGERY = "breast-surgery"


@pytest.mark.parametrize(
    ("text", "history", "side"),
    [
        ("History of L breast cancer.", [CANCER], None),
        ("She had cancer of the L breast, treated with lumpectomy.", [CANCER, SURGERY], None),
        ("Lt. breast: grouped amorphous calcifications. BI-RADS 4B.", [], "left"),
        ("R breast: benign calcifications. BI-RADS 2.", [], "right"),
        ("Dr breast surgeon's note. BI-RADS 2.", [], None),  # no side in "Dr"
    ],
)  # fmt: skip
def test_a_breast_s_side_in_one_or_two_letters(
    text: str, history: list[str], side: str | None
) -> None:
    f = read(text).findings
    assert [h.value for h in f.history or []] == history
    assert (f.side.value if f.side else None) == side


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the category's name ends its clause at a dash or semicolon, however the advice after
        # it is worded (passed with "follow-up is recommended", not "should be performed")
        ("Impression: probably benign - follow up is recommended.", "3"),
        ("Impression: probably benign - follow up should be performed.", "3"),
        ("Impression: probably benign; follow up in six months should be performed.", "3"),
        # the name of the calcifications, not of the exam
        ("Impression: probably benign calcifications - follow up.", None),
    ],
)
def test_a_category_s_name_then_its_advice_after_a_dash(text: str, category: str | None) -> None:
    assert _shown(text) == category


MORE = "additional-imaging"


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("MAMMOGRAM\nFINDINGS: A 3 cm mass. An ultrasound is recommended.", [MORE]),
        ("MAMMOGRAM\nFINDINGS: A 3 cm mass. An ultrasound should be performed.", [MORE]),
        ("A 3 cm mass. An ultrasound should be performed for further evaluation.", [MORE]),
        ("Three days later, I received a mammography callback.", [MORE]),
        # a step guidance puts before another, and a question, are no advice of hers
        ("C. MRI should be performed before any additional mammographic views", []),
        ("Should an ultrasound be performed?", []),
    ],
)  # fmt: skip
def test_an_exam_advised_in_its_other_words(text: str, advice: list[str]) -> None:
    """`MORE`: more imaging."""
    assert [r.value for r in read(text).findings.recommendations] == advice


@pytest.mark.parametrize(
    "exam", ["mammogram", "mammography", "mammo", "ultrasound", "sonogram", "sonography"]
)
def test_an_earlier_exam_is_earlier_whatever_its_name(exam: str) -> None:
    """The exam's other names say "earlier" as "mammogram" does: "At her previous mammography
    she had been given a ... category of 1" had been read as her category now."""
    text = (
        f"A woman aged 64 presented for her regular check-up. At her previous {exam} she had "
        "been given a bilateral breast imaging reporting and data system category of 1. On the "
        "new images there were grouped microcalcifications in the right breast."
    )
    assert read(text).findings.category is None
    f = read(f"On the previous {exam}, BI-RADS 3 was given. Today: BI-RADS 4.").findings
    assert [a.category.value for a in f.assessments] == ["4"]
    f = read(f"The mass is larger than on the prior {exam}. BI-RADS 4.").findings
    assert [a.category.value for a in f.assessments] == ["4"]


def test_a_category_beside_a_listed_legend_outside_an_assessment_is_asked_not_shown() -> None:
    # The 4A, 4B and 4C listed below are a lesson: the 4 above them, in no assessment part, may
    # be the lesson's subject rather than her result, so she is asked.
    f = read(
        "My ultrasound found a solid nodule.\nUnderstanding BI-RADS 4 risk\n"
        "BI-RADS 4 covers a wide range, which is why subcategories matter:\n"
        "- BI-RADS 4A: low suspicion, 2-10%\n- BI-RADS 4B: moderate suspicion, 10-50%\n"
        "- BI-RADS 4C: high suspicion, 50-95%\n"
    ).findings
    assert f.category is None
    assert [a.category.value for a in f.assessments] == ["4"]


def test_a_list_led_into_from_a_condition_heading_is_examples_not_hers() -> None:
    text = (
        "When You Might See This on Your Report\nIt can appear on almost any imaging report:\n"
        " - CT - an unclear finding may lead to a contrast CT.\n"
        ' - Mammogram - a BI-RADS 0 ("incomplete") asks for more pictures.\n'
    )
    f = read(text).findings
    assert (f.category, f.assessments) == (None, ())
    # a report's own list under a plain heading is still read
    f = read("Impression:\n - Left breast - BI-RADS 0, incomplete.\n").findings
    assert f.category is not None and f.category.value == "0"


@pytest.mark.parametrize(
    "keywords",
    [
        "Keywords: breast carcinoma, breast mass, granular cell tumor\n",
        "Key words: Breast mass; Calcifications; Lymph node.\n",
        "Keywords\nbreast mass - calcifications - lymph node\n",
    ],
)
def test_a_journal_s_keywords_line_names_topics_not_her_findings(keywords: str) -> None:
    """A case report's keywords name its topics; the case told below them is still read."""
    f = read("Abstract text.\n" + keywords + "Introduction\nGeneral words.\n").findings
    assert (f.findings, f.calcifications) == ((), None)
    case = "Case report\nUltrasound showed a 2 cm oval mass in the left breast at 3:00.\n"
    f = read("Abstract text.\n" + keywords + case).findings
    assert [(x.kind.value, x.side and x.side.value) for x in f.findings] == [("mass", "left")]


@pytest.mark.parametrize(
    ("lead", "hers"),
    [
        ("They look for abnormal signs such as:", False),
        ("Common reasons for a callback, for example:", False),
        ("Things like:", False),
        # her report's own list under a plain line is hers
        ("FINDINGS:", True),
        ("The mammogram shows:", True),
    ],
)
def test_a_list_led_into_as_examples_is_not_her_findings(lead: str, hers: bool) -> None:
    """Bullets under a line that leads into examples ("such as:") are examples, whether the
    page is single- or double-spaced (a double-spaced page had read them as hers)."""
    items = "\n- lumps\n- groups of small spots on the x-ray (microcalcifications)\n"
    for text in (lead + items, (lead + items).replace("\n", "\n\n")):
        f = read(text).findings
        assert (f.calcifications is True) is hers, text


def test_a_kinds_name_in_title_case_with_a_category_is_a_lessons_heading() -> None:
    """An answer page's headings run into one line (its line breaks lost in a paste)."""
    text = (
        "The management depends on the cyst: Simple Cyst (BI-RADS 2) - Criteria: anechoic,"
        " well-circumscribed. Complicated Cyst (BI-RADS 3) - Criteria: low-level echoes."
    )
    f = read(text).findings
    assert (f.category, f.assessments) == (None, ())  # not two of hers to choose between
    f = read("The management depends on the cyst: Simple Cyst (BI-RADS 2) - Criteria: ...").findings
    assert (f.category, f.assessments) == (None, ())
    # her own cyst, or a report's assessment line, is still hers
    for hers in (
        "Right breast: a simple cyst (BI-RADS 2).",
        "IMPRESSION: Simple Cyst (BI-RADS 2).",
    ):
        f = read(hers).findings
        assert f.category is not None and f.category.value == "2", hers


def test_a_legend_in_a_table_is_a_legend() -> None:
    """A study note's markdown table of the categories: its advice is each category's, not hers."""
    table = "| BI-RADS Category | | Description |\n| --- | --- | --- |\n" + "".join(
        f"| {n} | {name} | {what} |\n"
        for n, name, what in [
            ("0", "Incomplete", "Additional imaging evaluation is needed."),
            ("1", "Negative", "There are no suspicious findings."),
            ("2", "Benign", "Findings are definitely benign."),
            ("3", "Probably Benign", "A short-term follow-up is recommended."),
            ("4", "Suspicious", "Further evaluation with biopsy is recommended."),
            ("5", "Highly Suspicious", "Immediate biopsy is recommended."),
        ]
    )
    f = read("Here's a breakdown of the BI-RADS categories:\n\n" + table).findings
    assert (f.category, f.assessments, f.recommendations) == (None, (), ())


def test_a_structured_location_line_gives_the_findings_below_it_their_side() -> None:
    text = (
        "Mammography features:\n \u2023 Location of the lesion: Left breast, upper outer "
        "quadrant\n \u2023 Mass:\n   \u2022 Shape: Oval\n\nBI-RADS Category: 3\n"
    )
    f = read(text).findings
    (mass,) = f.findings
    assert mass.side is not None and mass.side.value == "left"
    (assessment,) = f.assessments
    assert assessment.side is None, "the lesion's location is not the assessment's side"


def test_a_case_reports_earlier_category_is_not_called_current() -> None:
    """A case told over time: the 4B was the first ultrasound's, before a biopsy and a later
    exam that states none. calcinfo does not call 4B current; it asks."""
    text = (
        "Ultrasound revealed a 1.4 cm mass in the left breast. The mass was presumed as BI-RADS "
        "category 4B. Core biopsy showed a papilloma. One year later, US showed a 2.5 cm mass."
    )
    f = read(text).findings
    assert f.category is None and "category" in f.unsure


def test_a_recheck_she_is_asked_to_come_back_for_is_no_later_visit() -> None:
    """'They asked me to come back in six months' is the advice, not a visit that happened
    since: her category is still current, not 'maybe from an earlier exam'."""
    text = (
        "I got a letter saying that I had a lump and it was called BiRads-3, Probably Benign. "
        "They asked me to come back in six months for a re-check."
    )
    f = read(text).findings
    assert f.category is not None and f.category.value == "3" and f.unsure == ()
    later = text + " I went back in June and they said it had grown."
    assert "category" in read(later).findings.unsure


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "MAMMO DIAGNOSTIC LEFT W TOMO (3D)\nFindings: grouped calcifications.\nBI-RADS 4B.",
            "left",
        ),
        ("RIGHT BREAST\nPleomorphic calcifications.\nBI-RADS 5.", "right"),
        ("Right breast ultrasound and mammogram: a 9 mm oval mass.\nBI-RADS 3.", "right"),
        ("Bilateral screening mammogram.\nVascular calcifications.\nBI-RADS 2.", None),
        ("Management of Bilateral Breast Cysts with BIRADS 2", None),
        (
            "I found a lump in my right breast, so I went to my doctor.\nThe result was BIRADS 3.",
            None,
        ),
        (
            "What follow-up is right for a benign-appearing mass?\n\nFor such masses, imaging "
            "at 6 months is usual.\n1\n2\n3\n4\n5\n- Unilateral diagnostic mammogram of the "
            "right breast.\n\nThe report said BI-RADS 2.",
            None,
        ),
        # a letter's "Dear Ms. Doe," above the report is one line, not two sentences
        (
            "Dear Ms. Doe,\n\nBelow is your report.\n\nDiagnostic Mammogram - Unilateral\n\n"
            "Procedure reported\nFilm screen mammography, left breast.\n\nFindings\nThere"
            " are amorphous calcifications.\n\nImpression\nBI-RADS Category 3: Probably"
            " Benign Finding.\n",
            "left",
        ),
        # an exam of one breast named beside another breast's finding gives no side
        (
            "The mammogram showed a small group of calcifications in my right breast. The"
            " ultrasound of my left breast showed a cyst. BI-RADS 4.",
            None,
        ),
        # ... but the other breast's old operation does not take it away
        (
            "A 74-year-old woman comes for a screening right breast mammogram. She had a left"
            " mastectomy for neoplasm. BI-RADS 2.",
            "right",
        ),
        # a semicolon ends no sentence in writing: the one breast named before it is the side
        (
            "On ultrasound, the upper quadrant of the right breast held an irregular nodule; the"
            " axillary nodes were not enlarged; BI-RADS category 4B (Fig. 1).",
            "right",
        ),
        (
            "The right breast held an irregular nodule with unclear margins; the left breast held"
            " an oval cyst with a thin wall; the axillary nodes were not enlarged on either side"
            " and the skin was normal; BI-RADS category 4B.",
            None,
        ),
    ],
)
def test_a_category_takes_a_side_only_where_the_report_ties_it_to_one(
    text: str, side: str | None
) -> None:
    (assessment,) = read(text).findings.assessments
    assert (assessment.side.value if assessment.side else None) == side


def test_a_recall_beside_what_happens_to_most_women_is_hers() -> None:
    """What most recalled women are told later ("most are BI-RADS 1 or 2") is no later
    category of hers: her 0 is shown, not asked about."""
    f = read(
        "Your mammogram results: BI-RADS 0 - Additional imaging needed. About 1 in 10 women are"
        " called back and most are BI-RADS 1 or 2 after more pictures."
    ).findings
    assert f.category is not None and f.category.value == "0" and f.unsure == ()


def test_a_recall_is_not_called_current_when_a_later_category_was_set_aside() -> None:
    """The screening 0 kept, the final 2 set aside as teaching text: 0 may be the superseded
    one, so calcinfo asks instead of telling her she needs more pictures."""
    text = (
        "Screening: BI-RADS 0: incomplete, need additional imaging.\n"
        "After spot views the asymmetry was summation, which is classified as category 2."
    )
    f = read(text).findings
    assert f.category is None and "category" in f.unsure
    plain = read("Screening: BI-RADS 0: incomplete, need additional imaging.").findings
    assert plain.category is not None and plain.category.value == "0" and plain.unsure == ()


def test_one_doubtful_category_is_not_called_one_of_several() -> None:
    from calcinfo.ask import reading_rows

    text = (
        "Screening: BI-RADS 0: incomplete, need additional imaging.\n"
        "After spot views the asymmetry was summation, which is classified as category 2."
    )
    rows = reading_rows(read(text).findings, text)
    said = [value for item, value, _ in rows if item == "category"]
    assert (
        "may not be your latest one (an earlier exam's, or general text): ask your doctor" in said
    )
    assert not any("more than one" in value for value in said)


def _assessed(findings: Findings) -> list[tuple[str, str]]:
    """Each assessment as (category, side), "" for no side."""
    return [(a.category.value, a.side.value if a.side else "") for a in findings.assessments]


@pytest.mark.parametrize(
    ("text", "assessments"),
    [
        ("Right breast BI-RADS 1, left breast BI-RADS 0.", [("1", "right"), ("0", "left")]),
        ("R: BIRADS 2  L: BIRADS 3", [("2", "right"), ("3", "left")]),
        ("RIGHT: BI-RADS 2. LEFT: BI-RADS 4A.", [("2", "right"), ("4A", "left")]),
        # the side inside the category's words, and the other breast's value after it
        (
            "Bi-rads category of left breast is 2 and right breast is 3.",
            [("2", "left"), ("3", "right")],
        ),
        ("BIRADS right 2, left 4A.", [("2", "right"), ("4A", "left")]),
        ("Left BI-RADS 4, right 1.", [("4", "left"), ("1", "right")]),
        ("BI-RADS left breast: 3", [("3", "left")]),
        (
            "Rt breast: stable benign calcs. Lt breast: new grouped calcs, Bi-Rads 4.",
            [("4", "left")],
        ),
        # a side past ", and" after the category is another statement's
        (
            "They found something on my right side, it's BIRADS 4A, and the left side is fine.",
            [("4A", "right")],
        ),
        # a side before the next category is that one's, not the one before
        ("left breast birads 3 right breast birads 1", [("3", "left"), ("1", "right")]),
        # a breast's label inside a line heads what follows it on the line
        (
            "BREAST MRI. Right breast: no suspicious enhancement. BI-RADS 1. Left breast: 9 mm"
            " enhancing mass at 3 o'clock, BI-RADS 4.",
            [("1", "right"), ("4", "left")],
        ),
        # a form's short side fields, and the side after the scale's label
        ("BI-RADS (R): 2  BI-RADS (L): 4", [("2", "right"), ("4", "left")]),
        # an assessment label with each breast's label after it, then the overall value
        (
            "Final Assessment: Left: 4A, Right: 2. Overall: 4A.",
            [("4A", "left"), ("2", "right"), ("4A", "")],
        ),
        ("IMPRESSION: Left: 4B.", [("4B", "left")]),
        # each breast on its own line, or after a slash or a full stop
        ("BI-RADS Assessment:\nRight: 1\nLeft: 4B", [("1", "right"), ("4B", "left")]),
        ("BI-RADS: Right 2 / Left 4A", [("2", "right"), ("4A", "left")]),
        ("Assessment: Left breast 4A. Right breast 1.", [("4A", "left"), ("1", "right")]),
        ("BI-RADS 2 right, 4A left.", [("2", "right"), ("4A", "left")]),
        ("BI-RADS 1 (right), 4 (left).", [("1", "right"), ("4", "left")]),
        (
            "BI-RADS:\nRight breast: 2 (benign)\nLeft breast: 4B (moderate suspicion)",
            [("2", "right"), ("4B", "left")],
        ),
        # ... not a size or a count after a breast's name
        ("BI-RADS 2 right, 4 cm mass left.", [("2", "right")]),
        ("BI-RADS 4A. Left 2 masses are seen.", [("4A", "")]),
        ("Impression: Right breast 2 cm mass, suspicious. BI-RADS 4.", [("4", "")]),
        ("Overall: 2 masses are seen in the left breast.", []),
        ("R BIRADS 2 L BIRADS 4", [("2", "right"), ("4", "left")]),
        ("BI-RADS: Rt 2, Lt 4a", [("2", "right"), ("4A", "left")]),
        # the same category said with no side, and again beside one breast's words: one
        # assessment, its side unsure; a breast's own line beside an overall one keeps both
        ("BI-RADS 3. The left breast shows a small cyst, BI-RADS 3.", [("3", "")]),
        (
            "ASSESSMENT: 5: (Breast Imaging Left) Highly suggestive for malignancy\n"
            "OVERALL ASSESSMENT: 5 - Highly suggestive for malignancy",
            [("5", "left"), ("5", "")],
        ),
        # a form's per-breast lines run together (line breaks lost): "No changes found" is
        # the right breast's, and neither negates nor takes the left breast's label
        (
            "Conclusion BI-RADS - right breast: BI-RADS 1 - No changes found BI-RADS - left"
            " breast: BI-RADS 2 - Benign changes found Recommendations: Follow-up in 6 months",
            [("1", "right"), ("2", "left")],
        ),
        # ... and with each breast's label before its category: the right breast's "No changes
        # found" had denied the left breast's 4, and 1 was shown alone
        (
            "Conclusion Right breast BI-RADS: 1 - No changes found Left breast BI-RADS: 4 -"
            " Suspicious changes found Recommendations: Biopsy",
            [("1", "right"), ("4", "left")],
        ),
        # ... with the short forms "R. breast:" and "L breast:", whose "no" had denied the left
        # breast's calcifications too
        (
            "R. breast: no suspicious findings, BI-RADS 1 L. breast: grouped amorphous"
            " calcifications, BI-RADS 4B",
            [("1", "right"), ("4B", "left")],
        ),
        (
            "R breast: no suspicious findings, BI-RADS 1 L breast: grouped amorphous"
            " calcifications, BI-RADS 4B",
            [("1", "right"), ("4B", "left")],
        ),
        # ... and a breast's label right after the category before it: the right breast's
        # line had headed the left breast's 3 too, and "BI-RADS 3, right breast" was shown
        (
            "IMPRESSION: Right breast: Benign. BI-RADS 2 Left breast: Probably benign. BI-RADS 3"
            " Overall: BI-RADS 3",
            [("2", "right"), ("3", "left")],
        ),
        # a table's rows run together: each breast's value after its label's colon or bar (the
        # left breast's 4A had been lost, and the right breast's 1 shown alone)
        ("BI-RADS Right: 1 Left: 4A", [("1", "right"), ("4A", "left")]),
        ("Breast | BI-RADS Right | 1 Left | 4A", [("1", "right"), ("4A", "left")]),
        ("Breast: BI-RADS Right: 1 Left: 4A", [("1", "right"), ("4A", "left")]),
        # ... and with each breast's label before its words: "Left breast:" labels what follows
        (
            "Right breast: no suspicious findings, BI-RADS 1 Left breast: grouped amorphous"
            " calcifications, BI-RADS 4B",
            [("1", "right"), ("4B", "left")],
        ),
    ],
)
def test_each_breast_keeps_its_own_category(text: str, assessments: list[tuple[str, str]]) -> None:
    assert _assessed(read(text).findings) == assessments


_R1_L4B = [("1", "right"), ("4B", "left")]


@pytest.mark.parametrize(
    ("text", "assessments", "shown"),
    [
        # a table with a column for each breast, as a PDF's text or a portal page sets it out:
        # each value is a category, and the heading above says whose (the 1 had been shown alone)
        ("           Right    Left\nBI-RADS    1        4B\nDensity    C        C", _R1_L4B, "4B"),
        ("\tRight\tLeft\nBI-RADS\t2\t3\n", [("2", "right"), ("3", "left")], "3"),
        ("Right breast | Left breast\nBI-RADS 1 | BI-RADS 4B", _R1_L4B, "4B"),
        ("Right Left BI-RADS 1 4B Density C C", _R1_L4B, "4B"),
        # ... with no heading to say whose, both are kept, and she is asked
        ("Findings: see images.\nBI-RADS 1 4B\n", [("1", ""), ("4B", "")], None),
        # ... and a table with a line for each breast under a BI-RADS column
        ("Side    BI-RADS   Density\nRight   1         B\nLeft    4B        B", _R1_L4B, "4B"),
        ("Breast | BI-RADS\nRight | 1\nLeft | 4B\n", _R1_L4B, "4B"),
        ("BI-RADS\nR: 1\nL: 4B", _R1_L4B, "4B"),
        (
            "BI-RADS category by breast\nRight breast - 2\nLeft breast - 4A",
            [("2", "right"), ("4A", "left")],
            "4A",
        ),
        # ... but not where another column stands first: a density may be given as a number
        ("Side | Density | BI-RADS\nRight | 2 | 1\nLeft | 3 | 4B\n", [], None),
        # the other breast's value continues only a category that was read: the 2 alone had
        # been shown, for a left 4
        (
            "The left was rated 4 and the right 2 on the BI-RADS scale.",
            [("4", "left"), ("2", "right")],
            "4",
        ),
        ("It was 4 and the right 2 on the BI-RADS scale.", [], None),
        # the other breast's value after the first's side, in the short forms of forms and
        # notes (each had shown the first breast's lesser category alone)
        ("BI-RADS 1 (R), 4 (L)", [("1", "right"), ("4", "left")], "4"),
        ("Final BI-RADS: 2 (right) and 5 (left)", [("2", "right"), ("5", "left")], "5"),
        ("BI-RADS Right 2 Left 5", [("2", "right"), ("5", "left")], "5"),
        # ... a breast after "and" with its own verb is another statement's (the 2 had been
        # given the left breast too, and she was asked between two left categories)
        (
            "The right breast is BI-RADS 2 and the left breast is BI-RADS 4A.",
            [("2", "right"), ("4A", "left")],
            "4A",
        ),
        # ... and one breast excepted from both: not the 2 alone (she is asked)
        ("BI-RADS 2 bilaterally except left 4A", [("2", "bilateral"), ("4A", "left")], None),
        ("BIRADS (R) 1 (L) 4A", [("1", "right"), ("4A", "left")], "4A"),
        ("Assessment (right): 1\nAssessment (left): 4B", [("1", "right"), ("4B", "left")], "4B"),
        # (the registered mark after the scale's name is no side)
        ("The ACR BI-RADS(R) atlas. BI-RADS 2.", [("2", "")], "2"),
        # a row of every value is the scale itself, nobody's result (the 0 had been shown)
        ("BI-RADS 0 1 2 3 4 5 6", [], None),
        # a time after the category is no second column
        ("IMPRESSION: BI-RADS 3 6 month follow-up.", [("3", "")], "3"),
    ],
)
def test_a_table_s_columns_give_each_breast_its_category(
    text: str, assessments: list[tuple[str, str]], shown: str | None
) -> None:
    findings = read(text).findings
    assert _assessed(findings) == assessments
    assert (findings.category.value if findings.category else None) == shown


_LEGEND_IN_HER_WORDS = (
    "BI-RADS 0: the testing isn't complete. BI-RADS 1: nothing to worry about. BI-RADS 2:"
    " nothing concerning. BI-RADS 3: probably benign. I've got one mass that was rated a 3.\n"
    "BI-RADS 4 has three levels. After that comes BI-RADS 5, highly suggestive. "
)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # an overall or final assessment's label settles which category is hers
        ("BI-RADS 4, suspicious.\nOVERALL ASSESSMENT:\n5 - Highly suggestive of malignancy", "5"),
        ("Right breast BI-RADS 2. Final assessment: BI-RADS 4A.", "4A"),
        # an addendum that corrects the category: the corrected one is hers, not the first
        ("IMPRESSION: BI-RADS 4.\nADDENDUM: The BI-RADS category should read 3, not 4.", "3"),
        ("IMPRESSION: BI-RADS 4.\nADDENDUM: The BI-RADS category now reads 3.", "3"),
        ("IMPRESSION: BI-RADS 4A.\nAMENDED REPORT: BI-RADS category amended from 4A to 3.", "3"),
        ("IMPRESSION: BI-RADS 3.\nADDENDUM: BI-RADS upgraded from 3 to 4B.", "4B"),
        # ... one that takes a category back: the one it gives instead is hers
        (
            "IMPRESSION: Grouped amorphous calcifications. BI-RADS 4A.\n\nADDENDUM: Please"
            " disregard the BI-RADS 4A above. The correct assessment is BI-RADS 2.",
            "2",
        ),
        ("IMPRESSION: BI-RADS 4.\nADDENDUM: BI-RADS 4 was dictated in error. BI-RADS 3.", "3"),
        ("IMPRESSION: BI-RADS 4.\nADDENDUM: BI-RADS 4 should be disregarded. BI-RADS 3.", "3"),
        # ... and one that gives its category under a heading of its own, below a per-breast one
        (
            "IMPRESSION: Left breast: grouped amorphous calcifications. BI-RADS 4A.\n\n"
            "ADDENDUM: After review of outside films from 2019, the calcifications are stable"
            " over 5 years.\nFinal assessment: BI-RADS 2: Benign.",
            "2",
        ),
        # an addendum set above the original report: the report's own category is replaced
        (
            "ADDENDUM: Outside films reviewed.\nFinal assessment: BI-RADS 2.\n\n"
            "FINDINGS: Grouped amorphous calcifications, left breast.\nIMPRESSION: BI-RADS 4A.",
            "2",
        ),
        ("The category should read 4 for such lesions.", None),
        ("Left breast BI-RADS 3. Combined BIRADS of 4b was assigned.", "4B"),
        # a legend's "final level", or "the last", is no final assessment
        (_LEGEND_IN_HER_WORDS + "The final level is BI-RADS 6: known to be cancer.", None),
        (_LEGEND_IN_HER_WORDS + "The last level is BI-RADS 6: known to be cancer.", None),
    ],
)
def test_only_an_assessment_s_own_label_makes_a_category_final(
    text: str, shown: str | None
) -> None:
    f = read(text).findings
    assert (f.category.value if f.category else None) == shown


@pytest.mark.parametrize(
    ("text", "candidates", "shown"),
    [
        # a category outside the impression more serious than the impression's is no reason
        # to show the lesser one: both are shown and she is asked (two hospitals' reports pasted
        # together had shown the second's 1 alone, for a left 3)
        (
            "FINDINGS: Oval circumscribed mass at 2:00. BI-RADS: 3\nIMPRESSION: No mass found."
            " BI-RADS 1",
            ["3", "1"],
            None,
        ),
        (
            "Hospital A - BI-RADS: 3 Sonar Diagnosis: BI-RADS 3 for left 2/1. Hospital B"
            " Impression: No mass found. BI-RADS 1",
            ["3", "1"],
            None,
        ),
        # ... but a recall told in the findings is replaced by the impression's category
        (
            "FINDINGS: Recalled from screening (BI-RADS 0). Spot views show overlapping tissue."
            "\nIMPRESSION: BI-RADS 1",
            ["1"],
            "1",
        ),
        # ... and a lesser one outside the impression is set aside, as before
        (
            "FINDINGS: Cyst, BI-RADS 2.\nIMPRESSION: Suspicious calcifications. BI-RADS 4",
            ["4"],
            "4",
        ),
    ],
)
def test_a_more_serious_category_outside_the_impression_is_asked_about(
    text: str, candidates: list[str], shown: str | None
) -> None:
    f = read(text).findings
    assert [a.category.value for a in f.assessments] == candidates
    assert (f.category.value if f.category else None) == shown
    assert f.unsure == (("category",) if shown is None else ())


def test_categories_that_disagree_are_not_picked() -> None:
    f = read("IMPRESSION: BI-RADS 3. Probably benign.\nASSESSMENT: BI-RADS 4A.").findings
    assert f.category is None and f.unsure == ("category",)
    assert {a.category.value for a in f.assessments} == {"3", "4A"}
    check = explain(f).section("check")
    assert check is not None and any(
        "which BI-RADS category is the final one" in s.plain for s in check.statements
    )
    result = calcinfo(
        "ask",
        "--no-input",
        "--json",
        "--report",
        "-",
        stdin="IMPRESSION: BI-RADS 3.\nASSESSMENT: BI-RADS 4A.",
    )
    data = json.loads(result.stdout)["findings"]
    assert data["category"] is None and data["unsure"] == ["category"]
    assert len(data["assessments"]) == 2


@pytest.mark.parametrize(
    ("text", "present", "shapes"),
    [
        # the tiny ones are ruled out, not all calcifications: nothing is claimed either way
        ("Microcalcification: No.", None, []),
        ("Microcalcification: Nil.", None, []),  # "nil", the none of Indian English
        ("Mass: nil. Calcification: nil.", False, []),
        ("Calcifications: not present.", False, []),
        # a form's signs for "absent" and "not applicable"
        ("Calcification (-)", False, []),
        ("Calcifications (-), mass (-), BI-RADS 1", False, []),
        ("Calcification (+)", True, []),
        ("Calcifications: N/A", False, []),
        ("There was no calcification in the mass.", None, []),
        ("No calcifications.", False, []),
        ("BIRADS 4 findings can include irregular masses or microcalcifications.", None, []),
        ("In a woman who has never breast-fed, glands can develop calcium deposits.", None, []),
        ("They saw calcifications on my mammogram.", True, []),
        # a chance given for a kind, a kind named to set hers apart, what she read
        ("Amorphous calcifications have a 20% chance of cancer.", None, []),
        (
            "Unlike vascular calcifications, these amorphous calcifications are new.",
            True,
            ["amorphous"],
        ),
        (
            "My report: benign calcifications. I read that fine linear calcifications are bad.",
            True,
            [],
        ),
        ("I was called back for calcifications.", True, []),
        ("Calcification: No evidence of microcalcification.", False, []),
        ("Calcifications: no suspicious features.", True, []),
        ("Calcifications: No evidence of malignancy.", True, []),
        (
            " \u2023 Calcifications:\n   \u2022 Typically benign:None\n   \u2022 Suspicious:None\n",
            False,
            [],
        ),
        (
            " \u2023 Calcifications:\n   \u2022 Typically benign:Vascular\n"
            "   \u2022 Suspicious:None\n",
            True,
            ["vascular"],
        ),
        (  # a line set in under its key tells of the calcifications however long it is
            " - Calcifications:\n   - Typically benign: Coarse heterogeneous\n"
            "   - Suspicious: None\n   - Distribution: None\n",
            True,
            ["coarse-heterogeneous"],
        ),
        (
            " \u2023 Calcifications:\n   \u2022 Typically benign: Round, vascular\n"
            "   \u2022 Suspicious: None\n",
            True,
            ["round", "vascular"],
        ),
        (
            " \u2023 Calcifications:\n   \u2022 Typically benign:None\n   \u2022 Suspicious:None\n"
            " \u2023 Asymmetry:None\n \u2023 Intramammary node:Present\n",
            False,
            [],
        ),
        (
            "What is the most striking finding?\nA. Right axillary lymphadenopathy B. Marked "
            "vascular calcifications C. Diffuse skin thickening",
            None,
            [],
        ),
        (  # options on one line after a question and a line that leads into them; then the
            # answer, whose letter the options already gave, is the case's own finding
            "Which type of calcification dominates? Magnified images are shown here:\n"
            "A. Fine pleomorphic calcifications B. Large rod-like calcifications C. Skin "
            "calcifications\nB. Large rod-like calcifications",
            True,
            ["large-rod-like"],
        ),
        ("Findings typical of this category include: clusters of round calcifications.", None, []),
        ("Fat necrosis shows a mass. Calcifications may be present as well.", None, []),
        ("No suspicious cluster of microcalcifications.", None, []),
        (
            "The overlying skin is unremarkable. Grouped amorphous calcifications.",
            True,
            ["amorphous"],
        ),
        ("Linear scar markers in the left breast.", None, []),
        ("Microcalcifications are benign 80 percent of the time.", None, []),
        ("The calcifications were closest to the superior skin.", True, []),
        (
            "Skin retraction and grouped fine linear branching calcifications.",
            True,
            ["fine-linear-branching"],
        ),
        ("Typical skin calcifications, both breasts.", True, ["skin"]),
        ("Calcifications in the skin of the left breast.", True, ["skin"]),
        ("Clusters of cells were seen. BI-RADS 2.", None, []),
        (
            "Initially thought to be vascular, the calcifications are pleomorphic.",
            True,
            ["fine-pleomorphic"],
        ),
        (
            "The first workup thought these calcifications to be vascular. They are fine"
            " pleomorphic on magnification views.",
            True,
            ["fine-pleomorphic"],
        ),
        ("Calcifications felt to represent vascular calcifications.", True, ["vascular"]),
        # what something only looks like is not there
        ("In her nodes, tattoo pigment mimicking calcification was found.", None, []),
        # calcifications counted over everyone, or given a verdict as a kind, are a lesson
        ("Most calcifications are benign.", None, []),
        ("About half of women over 50 have calcifications.", None, []),
        ("Fine pleomorphic calcifications are suspicious.", None, []),
        # ... or given a kind's risk, or named by the disease they go with
        (
            "Fine linear and fine linear branching calcifications carry the highest risk of"
            " malignancy, with a positive predictive value (PPV) of 70 %.",
            None,
            [],
        ),
        (
            "The PPVs of fine pleomorphic, amorphous and coarse heterogeneous calcifications are"
            " 29, 21 and 13 %, respectively.",
            None,
            [],
        ),
        (  # (the words that name the kind are not carried to the next calcifications named)
            "The fine linear and fine linear branching calcifications of DCIS are usually more"
            " irregular, thinner and more discontinuous than the benign large rod-like"
            " calcifications.",
            None,
            [],
        ),
        (
            "The calcifications are more numerous than the previously seen calcifications.",
            True,
            [],
        ),
        # ... or what a kind looks like
        (
            "BAC appears as linear tracks along breast arteries, whereas malignant calcifications"
            " appear as fine pleomorphic or fine-linear branching calcifications.",
            None,
            [],
        ),
        (
            "BAC shows up as parallel tracks along the breast arteries, while malignant"
            " calcifications look fine pleomorphic or fine-linear branching.",
            None,
            [],
        ),
        (
            "The calcifications appear as fine pleomorphic forms in the left breast.",
            True,
            ["fine-pleomorphic"],
        ),
        (
            "The calcifications look fine pleomorphic.",
            True,
            ["fine-pleomorphic"],
        ),
        (
            "Calcifications appear as fine pleomorphic forms in the left breast.",
            True,
            ["fine-pleomorphic"],
        ),
        # a quiz's options in the forms of exam papers and books: "a- ...", a letter alone on
        # its line with its words below
        (
            "Which finding needs a biopsy?\na- Coarse calcifications\nb- Five clustered"
            " microcalcifications\nAnswer: b.",
            None,
            [],
        ),
        (
            "What is the dominant abnormality?\n  1. (a)\n    Bilateral calcifications.\n"
            "  2. (b)\n    Asymmetry in the left breast.",
            None,
            [],
        ),
        # a structured form's heading whose lines, set in deeper under the same mark, all say
        # none
        (
            " - Mass:\n   - Number: 1\n - Calcifications:\n   - Typically benign: None\n"
            "   - Suspicious: None\n   - Distribution: None\n - Asymmetry: None",
            False,
            [],
        ),
        (  # the same, set in with no-break spaces, as a web page's copy is
            "\u00a0- Mass:\n\u00a0\u00a0\u00a0- Number: 1\n\u00a0- Calcifications:\n"
            "\u00a0\u00a0\u00a0- Typically benign: None\n\u00a0\u00a0\u00a0- Suspicious: None\n"
            "\u00a0- Asymmetry: None",
            False,
            [],
        ),
        # how a kind looks as a rule, however long the list of its looks
        ("The calcifications are typically fine, linear and branching.", None, []),
        (
            "Fat necrosis is often depicted on mammography as characteristic round"
            " calcifications with lucent centers (oil cysts) or as dense amorphous solid"
            " calcifications.",
            None,
            [],
        ),
        (
            "Fat necrosis may appear as round calcifications with lucent centers (oil cysts) or"
            " as dense amorphous solid calcifications.",
            None,
            [],
        ),
        ("The calcifications are new and fine linear.", True, ["fine-linear-branching"]),
        # and what she fears they will find is not there yet
        ("I'm worried they'll find calcifications.", None, []),
        # hers, told in the same words
        ("My calcifications are benign, the doctor said.", True, []),
        (
            "Fine pleomorphic calcifications are seen in the left breast.",
            True,
            ["fine-pleomorphic"],
        ),
    ],
)
def test_words_outside_a_calcification_finding_are_not_read_as_one(
    text: str, present: bool | None, shapes: list[str]
) -> None:
    f = read(text).findings
    assert f.calcifications is present
    assert [s.value for s in f.shapes] == shapes


def test_fine_or_clear_in_her_words_denies_only_the_nodes() -> None:
    """Nodes "all ok" or "clear" are no finding; the same words of calcifications or a biopsy
    deny neither (a negation cue before them had read "The calcifications were fine" as no
    calcifications, and "the biopsy was clear" as no biopsy done)."""
    assert read("MAMMOGRAM: The calcifications were fine.").findings.calcifications is True
    assert read("I had a biopsy and the biopsy was clear.").findings.biopsy_done is True
    nodes = read("They checked the lymph nodes and they were all ok.").findings
    assert nodes.findings == ()


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # what happens when any woman's mammogram shows something is no finding of hers
        ("When your mammogram reveals a brand new mass, you will be sent for an ultrasound.", []),
        ("When the ultrasound showed a mass, I was sent for a biopsy.", ["mass"]),
        ("Calcifications in both breasts as well as unremarkable axillary lymph nodes.", []),
        ("Normal axillary lymph nodes. A 9 mm oval mass in the right breast.", ["mass"]),
        ("There needn't be a mass for a biopsy of calcifications.", []),
        ("\u2023 Mass:\n   \u2022 Number:0\n   \u2022 Size:None\n", []),
        ("\u2023 Mass:\n   \u2022 Number:1\n   \u2022 Size:12 mm\n", ["mass"]),
        ("An intramammary lymph node is seen in the left breast.", ["lymph-node"]),
        ("Ultrasound: a 9 mm hypoechoic oval lesion at 2 o'clock, left breast.", ["mass"]),
        ("Coarse popcorn calcifications consistent with an involuting fibroadenoma.", []),
        # masses, cysts and nodes in the plural with nothing to make them hers are teaching
        ("Breast masses may be harder to detect within dense tissue.", []),
        ("Benign findings include oil cysts, lipomas and intramammary lymph nodes.", []),
        ("Simple cysts are considered benign (BI-RADS 2).", []),
        # a report's plurals: numbered, sided, or seen
        ("Circumscribed masses in the right breast.", ["mass"]),
        ("Several masses, the largest 12 mm.", ["mass"]),
        ("So, there are two rather large masses in my right breast.", ["mass", "mass"]),
        ("BIRADS 4 findings can include irregular masses.", []),
        ("Scattered sub-5 mm nodules in both breasts.", ["mass"]),
        ("Bilateral simple cysts, the largest 9 mm.", ["mass"]),
        ("Simple cysts are again seen, unchanged.", ["mass"]),
        # a report's telegraphic line has no verb: its plural is hers
        ("Enlarged axillary lymph nodes.", ["lymph-node"]),
        ("Simple cysts.", ["mass"]),
        # a mass she or her doctor felt is a symptom, not a finding of the images
        ("A 45-year-old woman presented with a palpable right breast mass. BI-RADS 1.", []),
        ("The patient noticed a mass in her left breast. The mammogram was negative.", []),
        ("Physical examination showed two hard masses. Mammography was normal.", []),
        # unless the images then show it: one finding, with the side the images give
        (
            "She presented with a palpable mass. Ultrasound shows a 2 cm oval mass in the"
            " right breast at 10 o'clock.",
            ["mass"],
        ),
        ("Ultrasound of the palpable area shows a 9 mm cyst.", ["mass"]),
        # a denied list whose lines were broken after its commas is still denied
        ("No dominant mass, suspicious\ncalcifications,\nor architectural distortion.", []),
        # an asymmetry in the other words of reports and women
        ("They see asymmetrical tissue and its dense.", ["asymmetry"]),
        (
            "Fibroglandular density is present in a mildly assymmetric distribution.",
            ["asymmetry"],
        ),
        ("There is no asymmetric density.", []),
        # normal nodes told normal after they are named
        ("Axillary lymph nodes are seen with preserved fatty hila.", []),
        ("The axillary lymph nodes looked normal.", []),
        ("The axillary lymph nodes appeared normal.", []),
        ("The axillary lymph nodes appeared abnormal.", ["lymph-node"]),
        ("The axillary lymph nodes were not enlarged.", []),
        ("The axillary lymph node is not enlarged.", []),
        # and in her words: ok, clear
        ("They checked the lymph nodes and they were all ok.", []),
        ("Fortunately all the lymph nodes tested were clear.", []),
        ("A 2 cm mass was found; the margins were clear.", ["mass"]),
        ("A spiculated mass is seen; the mass was not enlarged on ultrasound.", ["mass"]),
        ("Enlarged axillary lymph node with loss of fatty hilum.", ["lymph-node"]),
        # what a kind of tumour does, in a case report's discussion
        ("ACCs of the breast reportedly give rise to few lymph node metastases.", []),
        ("Such tumours give rise to axillary lymph node metastases.", []),
        # a mass a hand found is a lump she has, not a finding of the images
        (
            "On physical examination, there is a 1.5 cm firm, non-tender mass in the upper"
            " outer quadrant of the right breast.",
            [],
        ),
        ("She saw her GP after self-detecting a right breast mass.", []),
        (
            "She is 54. Clinically, there was a firm right retro-areolar breast mass which was"
            " tender to palpation.",
            [],
        ),
        ("On the mammogram there is a 1.5 cm mass in the right breast.", ["mass"]),
        # nodes taken out at an operation; a node seen, with its removal advised
        ("I had a mastectomy with removal of 13 lymph nodes, and an implant.", []),
        ("She had a lumpectomy and 3 lymph nodes removed.", []),
        ("They took out two lymph nodes during surgery.", []),
        ("Excision of the enlarged lymph node is recommended.", ["lymph-node"]),
        # a screening's finding that the work-up showed was none
        (
            "A focal asymmetry in the right upper outer quadrant does not persist on spot"
            " compression views.",
            [],
        ),
        ("The possible focal asymmetry turned out to be a summation artifact.", []),
        ("A developing asymmetry persists on spot compression views.", ["asymmetry"]),
        # a mass in another quadrant is another mass; the same quadrant named again is one
        (
            "There is a 4.7 cm cyst in the lower outer quadrant of the right breast. A 1.8 cm"
            " mass is seen in the upper outer quadrant.",
            ["mass", "mass"],
        ),
        ("A mass in the LOQ. A mass in the UOQ.", ["mass", "mass"]),
        (
            "RIGHT BREAST: Oval mass in the upper outer quadrant. Another view shows the mass in"
            " the upper outer quadrant, 8 mm.",
            ["mass"],
        ),
    ],
)
def test_other_findings_are_read_only_where_the_report_says_she_has_them(
    text: str, kinds: list[str]
) -> None:
    f = read(text).findings
    assert [x.kind for x in f.findings if x.kind != "calcification"] == kinds


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("The biopsy yielded DCIS.", "dcis"),
        ("The lesion turned out to be a fibroadenoma on biopsy.", "fibroadenoma"),
        ("Core biopsy was done and reported as fat necrosis.", "fat-necrosis"),
        ("The results came back positive for ductal carcinoma in situ.", "dcis"),
        ("I don't get the path results for 5 more days.", "pending"),
        ("The path results won't be back for another 5 days.", "pending"),
        ("It'll be 5 more days before I get the path results.", "pending"),
        ("Biopsy results are still pending.", "pending"),
        ("The ultrasound showed scattered fibrocystic change.", None),
        ("Diagnosed as typically benign vascular calcification, BI-RADS 2.", None),
        ("Calcium deposits are commonly reported as microcalcifications.", None),
        ("If the biopsy shows DCIS, surgery is usually advised.", None),
        ("Stereotactic biopsy returned negative for malignancy, showing amyloid.", "benign"),
        ("Histopathology of a core biopsy revealed no evidence of malignancy.", "benign"),
        ("She returned for her yearly mammogram. No evidence of malignancy. BI-RADS 1.", None),
        ("IMPRESSION: No evidence of malignancy. BI-RADS 2.", None),
        ("Excision biopsy of the lump showed invasive ductal carcinoma.", "invasive-cancer"),
        ("Core biopsy: Invasive (infiltrating) ductal carcinoma.", "invasive-cancer"),
        ("Postoperative histology showed an invasive duct carcinoma grade II.", "invasive-cancer"),
        ("This was confirmed to be invasive ductal carcinoma at biopsy.", "invasive-cancer"),
        (
            "Ultrasound guided biopsy was performed.\n\nHPE: Invasive Ductal Carcinoma",
            "invasive-cancer",
        ),
        ("I couldn't dwell on my pending biopsy results.", "pending"),
        ("Final histopathology: chronic granulomatous mastitis.", "benign"),
        (
            "A core biopsy was performed, and the histopathological analysis showed tubular"
            " adenoma of the breast.",
            "benign",
        ),
        ("The core biopsy showed a pure mucinous breast carcinoma.", "invasive-cancer"),
        ("Diagnosis: hamartoma (BI-RADS 2).", None),
        ("Apparently I have a Grade 3 invasive ductal adenocarcinoma.", "invasive-cancer"),
        ("I have a family history of breast cancer.", None),
        # a negative biopsy, and results still to come, in a report's short forms
        ("Biopsy negative.", "benign"),
        ("The biopsy was negative for malignancy.", "benign"),
        ("Biopsy results: pending.", "pending"),
        ("2 passes with a 14 gauge device were performed and sent to pathology.", "pending"),
        (  # (a biopsy report's own words)
            "Ultrasound-guided core biopsy of the left breast mass. The results should be back "
            "within a week.",
            "pending",
        ),
        # results she waits for where nothing speaks of a biopsy are her imaging's
        ("My friend got a BI-RADS 4 last year. I'm waiting for my results.", None),
        ("Results pending.", None),
        ("Biopsy done Tuesday, waiting for results.", "pending"),
        ("Biopsy was performed yesterday. Results are expected in 3-5 days.", "pending"),
        ("Stereotactic biopsy was performed.\nPathology: Pending.", "pending"),
        ("My mammogram results are expected in 2 days.", None),
        # ... and so is a results letter's "Results: Benign.", where no biopsy is named
        ("Results: Benign. No evidence of malignancy. Dense breast tissue.", None),
        ("Biopsy done last week.\nResults: Benign.", "benign"),
        # ... and in plain words
        ("The biopsy was benign.", "benign"),
        (
            "I went from a mammogram to an ultrasound to a needle biopsy. I was shocked to be"
            " diagnosed with ductal carcinoma in-situ.",
            "dcis",
        ),
        ("My biopsy results were negative.", "benign"),
        ("A 1.1 cm nodule, which was biopsied on 03/02/2021, with a benign result.", "benign"),
        ("The sentinel node biopsy was negative.", None),  # a node's, that stages a cancer
        ("Many of these biopsies are benign.", None),
        # her story's words for the result she was given
        ("After biopsy, she was determined to have invasive ductal carcinoma.", "invasive-cancer"),
        ('The nurse said what I have is "Infiltrating Ductal Carcinoma."', "invasive-cancer"),
        ('What I have, she said, is "Infiltrating Ductal Carcinoma."', "invasive-cancer"),
        (
            "A biopsy was done. It was there she discovered she had triple-negative breast cancer.",
            "invasive-cancer",
        ),
        ("They found DCIS in my biopsy.", "dcis"),
        ("High-grade ductal carcinoma in situ was found at stereotactic-guided biopsy.", "dcis"),
        ("A core biopsy was performed and was reported as fat necrosis.", "fat-necrosis"),
        (
            "Invasive lobular carcinoma was diagnosed on ultrasound-guided core biopsy.",
            "invasive-cancer",
        ),
        # told to her after the biopsy, a word explained beside it, and a cancer by its subtype
        ("Nicole had a core needle biopsy and was told she had Ductal Carcinoma In Situ.", "dcis"),
        (
            "I had a needle biopsy. The radiologist called with the results: I had what's called"
            " Ductal Carcinoma in Situ, an early type of cancer that starts in the milk ducts.",
            "dcis",
        ),
        ("The biopsy showed I had Luminal B cancer in both breasts.", "invasive-cancer"),
        ("DCIS is a type of cancer that starts in the milk ducts.", None),
        # the way women often spell it when they tell their result
        ("My biopsy showed Ductile Carcinoma In Situ.", "dcis"),
        ("The biopsy came back as invasive ductile carcinoma.", "invasive-cancer"),
        # what biopsies usually show, what she hopes for, and somebody else's
        ("I am nervous about what they will find in my biopsy.", None),
        ("Most biopsies are benign.", None),
        ("Hoping the biopsy is benign!", None),
        ("My friend's biopsy showed DCIS.", None),
        # what the biopsy did not find is not its result
        ("My biopsy was negative for invasive cancer but showed DCIS.", "dcis"),
        # pathology's words told another way
        ("I had the biopsy last week.\nMy diagnosis: DCIS (Stage 0 breast cancer).", "dcis"),
        (
            "Pathology (US-guided cores)\nMicroscopy: mammary carcinoma infiltrating the stroma.",
            "invasive-cancer",
        ),
        # the result told after a comma
        ("Wide excision was recommended, and it confirmed fibromatosis.", "benign"),
        # a diagnosis to rule out is no result
        ("The differential diagnosis: DCIS or a papilloma.", None),
    ],
)
def test_a_biopsy_result_is_read_only_where_pathology_gives_it(
    text: str, result: str | None
) -> None:
    got = read(text).findings.biopsy_result
    assert (got.value if got else None) == result


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("A week later, I had biopsies taken from two areas.", True),
        ("Tuesday: I had an ultrasound-guided biopsy of a small lump.", True),
        ("These were biopsied before, but no clips were placed.", True),
        ("The patient underwent surgical excision under needle localization.", True),
        ("FNAC done at pathology lab. Yellowish aspirate.", True),
        ("I met my doctor to learn the results of my breast biopsy.", True),
        ("I want to get the biopsy done as soon as possible.", None),
        ("BIRADS 5 is highly suggestive of malignancy but has not yet been biopsied.", None),
        ("We have had members who had a 5 and after biopsy were found not to have cancer.", None),
        ("More than 85% of biopsies performed are benign.", None),
        ("I had to have a biopsy next week.", None),
        ("We did an ultrasound-guided core needle biopsy.", True),
        ("With these findings, we performed a biopsy and a rebiopsy of the lesion.", True),
        ("Fine needle aspiration cytology (FNAC) was done for the lesions.", True),
        ("After a physical exam she had a 3 mm punch biopsy of the nipple.", True),
        ("Because they are so small the doctor did not recommend a biopsy.", None),
        # a heading of advice for after one, and the name of category 6 in a legend
        ("Post-Biopsy Management Algorithm\nIf biopsy shows malignancy: refer.", None),
        ("| 6 | Known Biopsy-Proven Malignancy | NA |", None),
        ("Post-biopsy mammogram: the clip is in place.", True),
        # found in review: a biopsy advised, or only feared, is none done
        ("Biopsy of the calcifications demonstrated on the magnification views is advised.", None),
        ("She underwent mammography and ultrasound and a biopsy was recommended.", None),
        ("I'm so anxious about what happens after my core biopsy.", None),
        ("It took forever to biopsy anything, they kept postponing.", None),
        ("Core biopsies were compatible with benign phyllodes tumour.", True),
        ("An ultrasound guided biopsy of the left breast was performed.", True),
        ("Needle biopsy of the lymph nodes showed few areas of fibrosis.", True),
        ("She took a couple of biopsies and inserted a metal clip.", True),
        ("I went to the clinic for an appointment after my recent biopsy.", True),
        ("In 2015 she underwent a mammogram, an ultrasound, and a biopsy.", True),
        # her pathology's words are no lesson, and a synonym in brackets does not make one
        ("The core biopsy showed histological features of a granulomatous reaction.", True),
        ("She underwent a resection; pathology suggested DMP (also known as mastopathy).", True),
        # case reports' words, and the features of her own lesion are no lesson either
        ("The lesion was suspicious, and excision biopsy was undertaken, without prior FNA.", True),
        ("A vacuum-assisted biopsy (VAB) was performed at the mass site.", True),
        ("Histology of subsequent ultrasound-guided biopsy found angiosarcoma.", True),
        ("The small IDC was confirmed on ultrasound and subsequent biopsy.", True),
        (
            "Given the suspicious features of this lesion, fine needle aspiration was performed"
            " and showed squamous epithelium.",
            True,
        ),
        ("Diagnosis should be confirmed by biopsy.", None),
        ("A punch biopsy of the nipple at 8:00 revealed chronic dermal inflammation.", True),
        # more of case reports' words
        ("A percutaneous needle core biopsy 14G was performed for histologic analysis.", True),
        ("She underwent 14-Gauge core-needle ultrasound guided biopsies on both breasts.", True),
        ("Histology revealed granulomatous chronic inflammation.", True),
        ("Needle biopsy specimen of the breast tumor revealed adenocarcinoma.", True),
        ("They found some atypical cells in my biopsy.", True),
        (
            "Histopathological examination with hematoxylin-eosin staining and"
            " immunohistochemistry ultimately established the diagnosis.",
            True,
        ),
        ("Histopathological examination is needed to establish the diagnosis.", None),
        ("The pathology evaluation revealed metastatic melanoma.", True),
        ("Fine-needle aspiration cytology of the mass revealed clustered atypical cells.", True),
        ("Ultrasound-guided aspiration revealed anaplastic large cell lymphoma.", True),
        ("Fine Needle Cytology and trucut biopsy were inconclusive.", True),
        ("Surgery also confirmed the diagnosis of a hydatid cyst.", True),
        ("Ultrasound-guided core biopsy showed features of an infiltrating duct carcinoma.", True),
        (
            "An ultrasound-guided core biopsy showed the features of infiltrating duct carcinoma.",
            True,
        ),
        ("Core biopsy under ultrasound guidance revealed the features of a fibroadenoma.", True),
        ("Histological examination is needed to confirm the diagnosis.", None),
        # ... and more, with the advice that looks like them
        ("The mass was confirmed as lymphoma by US-guided core needle biopsy.", True),
        ("By the time the mass was finally biopsied, the cancer had spread.", True),
        ("I went for an MRI, had to go back and get a biopsy.", True),
        ("Good thing though, she did a fine needle aspiration biopsy.", True),
        ("A core biopsy guided by ultrasound was performed by removing 10 fragments.", True),
        ("Sonography-guided aspiration was performed.", True),
        ("Ultrasonography-guided core biopsy using a 14-gauge needle.", True),
        ("She came for consultation after recent ultrasound-guided core biopsy.", True),
        ("Excision specimen histology: spindle cell tumour.", True),
        ("No family history. Previous biopsy 2 years ago was benign.", True),
        ("After a call from the office I was sent for a biopsy, which confirmed IDC.", True),
        ("A previous biopsy may be needed if the finding grows.", None),
        ("She had an ultrasound and a biopsy the same day as her first mammogram.", True),
        ("She had a sonography and a biopsy the same day.", True),
        ("The doctor confirmed which breast was being biopsied.", True),
        ("The doctor checked who I was and which breast they were biopsying.", True),
        ("The biopsy also showed that the cells were HER-2 positive.", True),
        ("The two biopsies he did two days earlier showed cancer.", True),
        ("She underwent fine needle aspiration cytology, and then an operation.", True),
        ("We have had members who had a 5 and after biopsy were found not to have cancer.", None),
        ("Targeted ultrasound, followed by ultrasound-guided core needle biopsy if seen.", None),
        (
            "The calcifications need further examination by either stereotactic or"
            " excisional biopsy.",
            None,
        ),
        (
            "This node warrants prompt tissue diagnosis by ultrasound-guided core needle biopsy.",
            None,
        ),
        # told another way: how it was guided between, or pathology's words
        ("Vacuum-assisted biopsy under ultrasound guidance was done for diagnosis.", True),
        ("On histological analysis there was an infiltrative stromal process.", True),
        ("A biopsy under ultrasound guidance may be needed.", None),
        ("Ten fragments were taken at ultrasound-guided core biopsy.", True),
        ("A repeat biopsy under ultrasound guidance then proved the lesion to be malignant.", True),
        ("The diagnosis was finally made on histopathology.", True),
        ("Biopsy of the calcifications demonstrated on the views is recommended.", None),
        # told as done in her story, and the plans that look like it
        ("She wanted to biopsy the lump right then. The doctor did the biopsy.", True),
        ("He went ahead with the biopsy, and took four cores of tissue.", True),
        ("The biopsy was an awful experience, but it was soon over.", True),
        ("The worst part of the biopsy was the noise.", True),
        ("On January 26th I had a full day of mammograms, ultrasounds and biopsies.", True),
        ("That led to a second mammogram, two biopsies and a bilateral mastectomy.", True),
        ("If the doctor did a biopsy, it would show what the lump is.", None),
        ("I hope the biopsy is not painful.", None),
        ("The finding led to a biopsy recommendation.", None),
        ("So I went in for my biopsy.", True),
        ("A week later I was wincing my way through a core biopsy.", True),
        ("The noise of the biopsy was the worst thing.", True),
        ("Two of those were sampled with an ultrasound guided core needle biopsy.", True),
        ("Biopsies of her breast and lymph node tissue later showed an early tumour.", True),
        ("The nodule should then be sampled by tissue biopsy.", None),
        ("I am going in for my biopsy next week.", None),
        ("Biopsies taken from the lump and from the axillary lymph node showed cancer.", True),
        ("She learned of her breast cancer diagnosis through a biopsy.", True),
        ("She had several tests, including a CT scan, an MRI and a biopsy.", True),
        ("A biopsy later found she had Stage 0 breast cancer.", True),
        ("This afternoon I am having 3 biopsies taken from the good side.", None),
        ("In 1986 they did not do biopsies the way they do now, so I had surgery.", None),
        (
            "Excisional biopsy and subsequent mastectomy were consistent with high-grade ductal"
            " carcinoma in situ.",
            True,
        ),
    ],
)
def test_a_biopsy_is_read_as_done_only_where_she_has_had_it(text: str, done: bool | None) -> None:
    assert read(text).findings.biopsy_done is done


def test_advice_under_a_condition_heading_is_not_her_recommendation_or_category() -> None:
    text = (
        "IMPRESSION: Focal asymmetry, right breast. BI-RADS 0.\n"
        "If a true mass is identified (BI-RADS 3)\n"
        "\u2022 Start short-interval follow-up at 6 months.\n"
        "\u2022 BI-RADS 4 if it grows: biopsy is recommended.\n"
    )
    f = read(text).findings
    assert [a.category.value for a in f.assessments] == ["0"]
    assert f.recommendations == ()
    plain = read("IMPRESSION: BI-RADS 3.\n\u2022 Follow-up in 6 months is recommended.\n")
    assert [r.value for r in plain.findings.recommendations] == ["follow-up-6-months"]


def test_the_cases_a_bullet_lists_under_its_when_are_nobody_s() -> None:
    """A book's bullet that ends "when:" (or a line that ends "if:") over the cases it lists:
    the masses and the discharge in those cases are anyone's."""
    text = (
        "- Mammography and biopsy when:\n"
        "  - the mass does not disappear completely on FNA;\n"
        "  - there is bloody nipple discharge (excisional biopsy).\n"
    )
    f = read(text).findings
    assert f.findings == ()
    assert f.symptoms is None
    plain = read("- There is bloody nipple discharge.\n- A mass in the left breast.\n")
    assert [s.value for s in plain.findings.symptoms or ()] == ["nipple-discharge"]


@pytest.mark.parametrize(
    ("text", "recommendations"),
    [
        # the diagnostic mammogram someone ordered is the exam a diagnostic report is about
        (
            "You ordered a diagnostic mammogram for her lump. The diagnostic mammogram shows "
            "a benign cyst. BI-RADS 2.",
            [],
        ),
        (
            "Screening mammogram: asymmetry. A diagnostic mammogram is recommended.",
            ["additional-imaging"],
        ),
        # advice under a condition told after it is no advice for her now
        ("A biopsy is required if your mammogram receives a BI-RADS 4.", []),
        ("A biopsy is recommended. If the results are benign, return in one year.", ["biopsy"]),
        (
            "She told me they look benign (no biopsy) and that I should come back in 6 months.",
            ["follow-up-6-months"],
        ),
        (
            "They don't like to wait a whole year, so a short interval follow-up is recommended.",
            ["follow-up-6-months"],
        ),
        (  # "should have" with a noun is advice, not what somebody should have done
            "I should have another mammogram in a year to see if anything develops.",
            ["routine-screening"],
        ),
        ("IMPRESSION: BI-RADS 2. Recommend one year follow-up.", ["routine-screening"]),
        ("Next mammogram due in 12 months.", ["routine-screening"]),
        ("Next mammogram in 1 year.", ["routine-screening"]),
        ("The next mammogram in one year showed a mass.", []),
        # a report's advice with no article, and a label's year
        ("RECOMMENDATION: Mammogram in 12 months.", ["routine-screening"]),
        ("RECOMMENDATION: Bilateral mammogram in one year.", ["routine-screening"]),
        ("Recommended follow-up: 1 year", ["routine-screening"]),
        ("Follow-up recommendation: Routine.", ["routine-screening"]),
        # an ultrasound that guides a needle is no more imaging
        ("RECOMMENDATION: Ultrasound-guided cyst aspiration.", []),
        # (not a past stage of a case, told in its story)
        ("The view was stable, and follow-up in one year was suggested.", []),
        ("No (suspicious) calcifications. No biopsy is needed.", []),
        (  # a step her doctor chose not to take, and what the doctor chose instead
            "The doctor advised against a biopsy for now and suggested a repeat ultrasound in"
            " three months.",
            ["additional-imaging"],
        ),
        ("I was told I must have a needle biopsy of my left breast.", ["biopsy"]),
        ("The hospital asked me to come back for additional images.", ["additional-imaging"]),
        ("They need to schedule me for a biopsy.", ["biopsy"]),
        ("IMPRESSION: BI-RADS 4: Suspicious abnormality - biopsy should be considered.", []),
        ("Biopsy is recommended for findings in this category.", []),
        ("Core needle biopsy is mandatory for all BI-RADS 4 lesions.", []),
        (  # a report's standing disclaimer
            "IMPRESSION: BI-RADS 3. Six month follow-up is recommended. Biopsy should not be"
            " delayed or precluded by a negative/benign mammographic report when clinical"
            " findings are suspicious.",
            ["follow-up-6-months"],
        ),
        ("They're recommending an MRI, but my insurance doesn't cover it.", ["additional-imaging"]),
        (
            "IMPRESSION: BI-RADS 1. A 1-year screening mammogram is recommended.",
            ["routine-screening"],
        ),
        # advice under a condition is not advice for her
        (  # the main clause of a condition is a condition too, however long the if-clause
            "BI-RADS 3. Follow-up mammogram in 6 months is recommended. If the calcifications "
            "have grown or their benign features have changed at any interval mammogram, a "
            "biopsy should be done.",
            ["follow-up-6-months"],
        ),
        (
            "- Unless the lesion stays the same on every follow-up exam over two years, a "
            "biopsy is recommended.",
            [],
        ),
        (  # a condition in the middle of a sentence still reaches only its own words
            "IMPRESSION: Suspicious calcifications. Stereotactic biopsy is recommended, if the "
            "patient agrees to it after a talk with her doctor.",
            ["biopsy"],
        ),
        # what somebody should have done, or failed to do, is no advice she was given
        ("The radiologist should have recommended a biopsy of the mass.", []),
        (
            "The suit claims he erred by failing to order an MRI and to follow up with a biopsy.",
            [],
        ),
        # a callback is advice to come back for more pictures
        ("Three days later I got the dreaded callback for more images.", ["additional-imaging"]),
        ("They're calling you back for more views.", ["additional-imaging"]),
        # ... in the words of recall letters and of her story
        (
            "I have been called back for further testing due to some calcification showing on"
            " my right breast.",
            ["additional-imaging"],
        ),
        (
            "Following your visit to our breast screening centre, we would like to invite you"
            " back for further tests to clarify the results of your breast x-rays.",
            ["additional-imaging"],
        ),
        ("The letter told her to return for more imaging.", ["additional-imaging"]),
        ("They told me, 'You're going to need follow-up imaging.'", ["additional-imaging"]),
        ("There is a dense area that we would like additional views on.", ["additional-imaging"]),
        (
            "The radiologist sent me a notice that I have calcifications in my breast that need"
            " further imaging.",
            ["additional-imaging"],
        ),
        (  # category 0's own name, where a later category replaced the 0, is no advice ...
            "Category 0: Mammography: Incomplete. Need additional imaging evaluation and/or prior"
            " mammograms for comparison. Diagnostic views followed. IMPRESSION: BI-RADS 2.",
            [],
        ),
        (  # ... but with the 0 her current category, it says what comes next
            "Category 0: Mammography: Incomplete. Need additional imaging evaluation and/or prior"
            " mammograms for comparison.",
            ["additional-imaging"],
        ),
        (  # the same name written other ways, where a later category replaced the 0
            "BI-RADS 0 - Incomplete (mammography): additional imaging evaluation and/or prior"
            " mammograms for comparison are needed. Diagnostic views followed. IMPRESSION:"
            " BI-RADS 2.",
            [],
        ),
        (
            "Category 0 - Mammography: Incomplete. Additional imaging evaluation and/or prior"
            " mammograms for comparison. Diagnostic views followed. IMPRESSION: BI-RADS 2.",
            [],
        ),
        (
            "BI-RADS Classification and Action\nCategory 0: Incomplete - need additional imaging"
            " evaluation and/or prior mammograms for comparison.",
            ["additional-imaging"],
        ),
        # ... while tests that name no imaging are not read as imaging
        ("My doctor sent me to the hospital for further tests.", []),
        ("Most clients who are called back for further tests do not have cancer.", []),
        # advice said as a rule for anyone, outside a report's own parts, is not hers
        ("A needle biopsy of the lump may often be recommended.", []),
        ("With BI-RADS category 3, a follow-up of 6 months is usually recommended.", []),
        (  # a guideline's ages, and what a writer holds true for all
            "It also says the recommended yearly screening would go from age 40 and older to"
            " 45-54, followed by screenings every other year.",
            [],
        ),
        ("I am proof that yearly mammograms are needed.", []),
        ("Your next yearly mammogram is recommended in one year.", ["routine-screening"]),
        (
            "Recommending a follow-up mammogram and ultrasound in 6 months is very common and"
            " most of the time will end up as just a routine follow-up.",
            [],
        ),
        ("A 6-month follow-up is common after a category 3 result.", []),
        ("Core needle biopsy is often required to tell them apart.", []),
        ("A biopsy is sometimes needed after a callback.", []),
        ("Women over 40 should have annual mammograms.", []),
        ("Annual mammograms are recommended for women over 40.", []),
        ("Biopsy is needed for a 2cm axillary lymph node.", []),
        ("Ultrasound is recommended for any palpable lump.", []),
        ("A biopsy is recommended for a mass in the left breast.", ["biopsy"]),
        ("The doctor said a biopsy is needed for a lump like mine.", ["biopsy"]),
        ("I now have to have a biopsy at the women's health center next month.", ["biopsy"]),
        ("My doctor would like to do an excisional biopsy of this lump.", ["biopsy"]),
        # pictures already taken, beside the advice that followed them
        (
            "A group of calcifications was found; diagnostic mammography characterized these as"
            " amorphous, and a stereotactic biopsy was recommended.",
            ["biopsy"],
        ),
        (
            "Calcifications were characterized as amorphous on diagnostic mammography and"
            " recommended for biopsy.",
            ["biopsy"],
        ),
        ("Diagnostic mammography is recommended.", ["additional-imaging"]),
        ("I would like to get a biopsy to be sure.", []),  # her own wish
        # her own advice, with what it is for, or told as her story, is hers
        ("He recommended a needle biopsy to find out whether it is benign.", ["biopsy"]),
        (
            "When the findings were mailed to me they said that I should have another mammogram"
            " in a year.",
            ["routine-screening"],
        ),
        # an exam advised in a report's short way, not asked about
        ("The mass measures about 3 x 3 cm. Ultrasound recommended.", ["additional-imaging"]),
        ("Is an ultrasound recommended for a patient with dense breast tissue?", []),
        # in a report's own part a general-sounding line is still about her
        (
            "IMPRESSION: BI-RADS 3. A 6 month follow-up is usually recommended.",
            ["follow-up-6-months"],
        ),
        # the words of reports written in India and elsewhere
        ("Advice: FNAC of the left breast lump.", ["biopsy"]),
        ("Trucut advised from the right breast mass.", ["biopsy"]),
        ("Repeat USG after 6 months.", ["follow-up-6-months"]),
        ("Follow up mammogram after one year is advised.", ["routine-screening"]),
        ("Mammogram: BIRADS 0. Advised: USG of both breasts.", ["additional-imaging"]),
        ("Recommend sonography of the right breast.", ["additional-imaging"]),
        # ... and done, not advised
        ("USG guided FNAC was done and showed fibroadenoma.", []),
        ("Follow up USG after 3 months showed resolution of the mass.", []),
        # advice she was given, whatever her doctor says after "but"; a result she waits for
        ("Radiologist recommended a biopsy but my doctor says we can wait.", ["biopsy"]),
        ("Waiting for biopsy results, should be back Thursday.", []),
        # a day it is booked for
        ("They're calling it BIRADS 4A. Biopsy Thursday.", ["biopsy"]),
        ("I arrived at BreastCheck on the recall Wednesday, shaking.", []),
        # the exam she had, and advice of last year
        ("After having a routine mammogram this week, I was told I need a biopsy.", ["biopsy"]),
        ("Last year, I was told I needed a biopsy. This time it is just a cyst.", []),
        ("Repeat views were obtained and showed no mass.", []),
        # a scale told line by line from 0 is a legend
        (
            "BI-RADS is a scale from 0 to 6.\n0: The results are inconclusive.\n1: No"
            " abnormalities were found.\n2: Anything found was benign.\n3: Findings are probably"
            " benign. You may need a follow-up in six months.\n4: An abnormality was found that"
            " could be cancer. You may need a biopsy.\n5: A tumor was found with a 95% chance of"
            " being cancer. You'll need a biopsy.\n6: A cancer has been confirmed.",
            [],
        ),
        # advice for every case, told after the exam's name
        (
            "Often layering cannot be made out on the MLO view, and a diagnostic work-up with a"
            " true lateral view is needed to be sure. Spot compression magnification views"
            " should always be obtained in the CC and lateral views.",
            [],
        ),
        ("Spot compression magnification views are recommended.", ["additional-imaging"]),
        # what a guideline body advises is advice for anyone
        (
            "The American Cancer Society recommends that low-risk women (no family history)"
            " begin getting their yearly mammogram screenings at the age of 40.",
            [],
        ),
        # an answer page's own parts advise anyone; her report's advice restated there is hers
        (
            "My mammogram showed an asymmetry in the left breast.\n\nFrom the Guidelines\n\n"
            "The next step is diagnostic mammography with spot compression views.",
            [],
        ),
        (
            "My ultrasound was BI-RADS 4.\n\nFrom the Guidelines\n\nYou should go ahead with"
            " the recommended ultrasound-guided core biopsy.",
            ["biopsy"],
        ),
        # imaging she had, told as had or by what it showed
        (
            "Patient obtained a diagnostic mammogram which showed calcifications in the left"
            " breast, for which stereotactic biopsy was recommended.",
            ["biopsy"],
        ),
        ("Three of the four have come back for follow-up imaging, which showed resolution.", []),
        ("She has come back for more imaging.", []),
        ("Additional views were requested which were read as suspicious for malignancy.", []),
        ("After the additional views I was told I needed a biopsy.", ["biopsy"]),
        (
            "The patient was called back for diagnostic spot compression views with DBT, which"
            " confirmed the focal asymmetry.",
            [],
        ),
        ("CONCLUSION: The features are benign, so core biopsy may not be critically needed.", []),
        # advice told in the past perfect, before the time a story has reached
        ("A stereotactic biopsy had been recommended. Repeat views showed no lesion.", []),
        # what was chosen against
        (
            "Given the recent vaccination, a short-term follow-up ultrasound was recommended"
            " rather than a lymph node biopsy.",
            ["follow-up-6-months"],
        ),
        ("We recommend a 6-month follow-up instead of a biopsy.", ["follow-up-6-months"]),
        # a quiz's options under its question are nobody's advice
        (
            "What is the next step?\nA. Stereotactic biopsy\nB. Follow-up mammogram in six"
            " months\nC. Routine screening",
            [],
        ),
        # a referral told in her story or a case is a doctor's plan, not the report's advice
        ("She was referred to our unit for a stereotactic core biopsy.", []),
        ("The patient was referred for further imaging evaluation.", []),
        ("She was then referred to a surgeon for a biopsy.", []),
        ("Stereotactic core biopsy is recommended.", ["biopsy"]),
        # a results letter's reminder is advice to come back in a year
        (
            "Your recent mammogram shows no signs of cancer. We will send a reminder for your"
            " next mammogram in one year.",
            ["routine-screening"],
        ),
        # a recall letter's words
        (
            "Your mammogram showed some calcifications which we would like to look at more"
            " closely.",
            ["additional-imaging"],
        ),
        # the standard results letter
        (
            "Your recent mammogram showed a finding that requires additional imaging. This is"
            " common and most of the time it is not cancer.",
            ["additional-imaging"],
        ),
        # her letters and her posts
        (
            "She said it showed calcifications and that the doctor wanted it repeated in six"
            " months.",
            ["follow-up-6-months"],
        ),
        ("This afternoon I am having 3 biopsies taken from the good side.", ["biopsy"]),
        ("A case series of discordant biopsies will be provided.", []),
        (
            "They sent me a letter saying you need to come in and have more specialized testing"
            " done.",
            ["additional-imaging"],
        ),
        ("Additional views were obtained. No suspicious findings.", []),
        ("The mass needs to be biopsied.", ["biopsy"]),
        ("A sonography-guided core biopsy is recommended.", ["biopsy"]),
        ("The mass was biopsied last year.", []),
        (
            "She explains that it does look like cancer, but the only way to be sure is with a"
            " biopsy.",
            ["biopsy"],
        ),
        # the same advice told in other words
        ("The callback is for more views, probably with spot compression.", ["additional-imaging"]),
        ("Next month I have to go to the women's health center for a biopsy.", ["biopsy"]),
        (
            'My results say "focal asymmetry". They want me to have an MRI, but my insurance won\'t'
            " pay for it.",
            ["additional-imaging"],
        ),
        # ... and what she had, told as had
        ("I had a mammogram, then a callback, then an ultrasound.", []),
        ("I was having regular mammograms when they found it.", []),
        # what she was told she would have to do is advice
        (
            "They called to say they had found something in my left breast and that I would have "
            "to come back for more imaging - another mammogram and possibly an ultrasound.",
            ["additional-imaging"],
        ),
        ("If it grows, I would have to come back for more imaging.", []),
        # advice denied, in its short form
        (
            "A biopsy isn't always needed, because radiologists can pick out calcifications "
            "that are typically benign.",
            [],
        ),
        # a case's advice told in the past
        (
            "Numerous newly formed grouped microcalcifications were seen in the right breast, and "
            "stereotactic vacuum-assisted biopsy was indicated. When the biopsy was attempted, "
            "the program found no calcifications.",
            ["biopsy"],
        ),
        # advice to go on having them
        (
            "Your mammogram results are normal. We encourage you to:\nKeep having regular "
            "mammograms.\nGet exercise.",
            ["routine-screening"],
        ),
        ("Your results are normal. Keep getting regular mammograms.", ["routine-screening"]),
        ("Your results are normal. Keep having mammograms regularly.", ["routine-screening"]),
        ("I had mammograms every year until I was 60.", []),
    ],
)
def test_recommendations_are_read_in_the_words_women_are_told(
    text: str, recommendations: list[str]
) -> None:
    assert [r.value for r in read(text).findings.recommendations] == recommendations


@pytest.mark.parametrize(
    ("text", "recommendations"),
    [
        (
            "My doctor recommended an ultrasound. The ultrasound report says there is a 1 cm "
            "oval mass at 2 o'clock. BI-RADS 3.",
            [],
        ),
        (
            "MAMMOGRAM, LEFT: focal asymmetry. IMPRESSION: BI-RADS 0. Recommend ultrasound.",
            ["additional-imaging"],
        ),
        (  # the advice in a mammogram report's first lines names no exam of hers
            "Developing nodule upper left breast.\n\nRecommend directed ultrasound of nodule.",
            ["additional-imaging"],
        ),
        (
            "My mammogram showed a nodule.\nI'm scheduled for an ultrasound next week.",
            ["additional-imaging"],
        ),
        # an exam she needs is what comes next; one she needed, and had, is not
        (
            "I was told my mammogram showed an architectural distortion and I need an MRI.",
            ["additional-imaging"],
        ),
        ("My mammogram showed a mass and I needed an ultrasound, which showed a cyst.", []),
        # an exam advised after its name is what comes next, even where the text then tells
        # what it showed ...
        ("An ultrasound is recommended.", ["additional-imaging"]),
        (
            "Diagnostic mammogram: an irregular mass. An ultrasound is recommended.\nUltrasound:"
            " a 4 cm irregular hypoechoic mass at 11 o'clock.",
            ["additional-imaging"],
        ),
        # ... but not one advised before, then done, nor advice opened for anyone
        (
            "After surgical consultation, an ultrasound examination was advised. Ultrasound"
            " showed a 2 cm mass.",
            [],
        ),
        (
            "For women aged 30 years or older with a palpable mass and a BI-RADS 1-3 mammogram,"
            " ultrasound is recommended to evaluate the finding.",
            [],
        ),
        (  # in an MRI report, the next MRI is no extra test
            "BILATERAL BREAST MRI\nIMPRESSION: BI-RADS 1. Continued annual MRI is recommended.",
            [],
        ),
        (  # the routine mammogram is the one she had; the ultrasound is what they ask of her
            "There was a suspicious finding on my routine mammogram, and they would like me to "
            "have an ultrasound of the right breast.",
            ["additional-imaging"],
        ),
        ("The calcifications were found at her routine screening mammogram.", []),
        ("Return to routine screening mammography in one year.", ["routine-screening"]),
        ("A week ago I went for my 6 month follow up mammogram.", []),
        (  # the follow-up exam the report is of, then what it advises
            "This is a 6 month follow-up examination of probably benign calcifications. They are"
            " stable. BI-RADS 2. Return to annual screening.",
            ["routine-screening"],
        ),
        ("Today's 6-month follow-up shows no change. BI-RADS 2.", []),
        ("The patient should return for her 6 month follow-up.", ["follow-up-6-months"]),
        (
            "The nurse said I needed to come back for more mammogram pictures.",
            ["additional-imaging"],
        ),
        (  # the views and scans of this exam, done, beside advice to follow it up
            "Follow-up of a right breast cyst: standard CC, MLO and true lateral views were"
            " obtained, and a focused right breast ultrasound was also performed.",
            [],
        ),
        # ... as reports note it, with no verb; views still to be taken are advised
        ("Additional views obtained for follow-up of a left breast asymmetry.", []),
        (
            "Magnification views to be obtained for follow-up of the calcifications.",
            ["additional-imaging"],
        ),
        (  # the views something was seen on are no views advised
            "Stereotactic biopsy of the calcifications demonstrated on the magnification views "
            "is recommended.",
            ["biopsy"],
        ),
        # advice to come back on a schedule, said as a sentence of its own in the impression
        ("IMPRESSION: Benign. BI-RADS 2. Annual screening.", ["routine-screening"]),
        ("IMPRESSION: BI-RADS 2. Routine screening mammogram in one year.", ["routine-screening"]),
        ("IMPRESSION: Stable. Continued annual screening. BI-RADS 2.", ["routine-screening"]),
        # ... not the exam's own name there, nor a procedure named alone (it may be this one)
        ("IMPRESSION: Annual screening mammogram. No evidence of malignancy. BI-RADS 1.", []),
        ("IMPRESSION: Stereotactic biopsy of left breast calcifications. Clip in place.", []),
    ],
)
def test_the_exam_a_report_is_about_is_not_also_its_recommendation(
    text: str, recommendations: list[str]
) -> None:
    assert [r.value for r in read(text).findings.recommendations] == recommendations


@pytest.mark.parametrize(
    ("text", "density", "kinds"),
    [
        ("The tomosynthesis study showed extreme breast density.", "d", []),
        (  # a lesion's own density is no breast density
            "A circumscribed lesion in the right breast, with a heterogeneous density.",
            None,
            [],
        ),
        ("The breasts show heterogeneous density.", "c", []),
        ("A suspicious mass with right axillary lymphadenopathy.", None, ["mass", "lymph-node"]),
        # the bare word is mostly a general one
        ("Adverse effects include lymphadenopathy and infection.", None, []),
        # found in review: the vaccine note, and words that deny only what follows them
        (
            "Axillary lymphadenopathy can occur after COVID-19 vaccination. BI-RADS 1.",
            None,
            [],
        ),
        (
            "Irregular mass in the right breast, the skin and nipple are unremarkable.",
            None,
            ["mass"],
        ),
        ("Ultrasound failed to demonstrate a correlate for the mammographic mass.", None, ["mass"]),
        ("The breast tissue is of a heterogeneous density.", "c", []),
        # the letter in brackets after the word
        (
            "I have dense breasts (category C) and they found a few calcifications.",
            "c",
            ["calcification"],
        ),
        ("Breast density: dense (C).", "c", []),
        # the scale named before the letter
        ("Mammographic density: BI-RADS C. No suspicious calcifications.", "c", []),
        ("Breast composition: ACR type B.", "b", []),
        ("Density - BIRADS D", "d", []),
        ("| Density | C |", "c", []),  # a saved page's table
        (  # a note on its own line above the case is only that line
            "Note: The video files come with the e-book version.\n\nCase Study 1.1. The breast"
            " tissue is extremely dense.",
            "d",
            [],
        ),
        # her own spelling and her own quote marks
        ("Every letter said I have heterogeniously dense breasts.", "c", []),
        ('I am lucky to know that I am a woman with "extreme" breast density.', "d", []),
    ],
)
def test_density_and_nodes_in_the_words_of_case_reports(
    text: str, density: str | None, kinds: list[str]
) -> None:
    f = read(text).findings
    assert (f.density and f.density.value) == density
    assert [x.kind.value for x in f.findings] == kinds


def test_short_side_forms_and_a_scar_are_read_as_written() -> None:
    f = read(
        "R. bst.: scattered benign calcifications. LT breast: grouped amorphous calcifications."
    ).findings
    assert [x.side.value if x.side else None for x in f.findings] == ["right", "left"]
    per_side = read("R. bst. BI-RADS 2, LT BI-RADS 4A").findings
    assert [(a.category.value, a.side.value if a.side else None) for a in per_side.assessments] == [
        ("2", "right"),
        ("4A", "left"),
    ]
    # a quadrant and its breast in one short form
    for text, side, place in (
        ("Grouped calcifications, LUOQ.", "left", "UOQ"),
        ("Grouped calcifications RLIQ, 5 mm.", "right", "LIQ"),
        ("Grouped calcifications, UOQ.", None, "UOQ"),
    ):
        got = read(text).findings.findings[0]
        assert (got.side.value if got.side else None) == side, text
        assert got.locations == (place,), text
    # "bilateral" in an exam's name, run into the findings where line breaks were lost, is the
    # exam's: the finding in one spot is in no named breast, not in both
    for text in (
        "MAMMOGRAM BILATERAL SCREENING FINDINGS: Grouped amorphous calcifications in the upper"
        " outer quadrant.",
        "Bilateral screening mammogram: grouped calcifications.",
        # (whatever the exam is called: the same for an ultrasound by its other names)
        "BILATERAL BREAST ULTRASOUND FINDINGS: A 5 mm simple cyst at 2 o'clock.",
        "BILATERAL BREAST SONOGRAPHY FINDINGS: A 5 mm simple cyst at 2 o'clock.",
        "Bilateral US: a 5 mm simple cyst at 2 o'clock.",
    ):
        assert [x.side for x in read(text).findings.findings] == [None], text
    both = read("Bilateral scattered benign calcifications.").findings.findings
    assert [x.side.value if x.side else None for x in both] == ["bilateral"]
    scar = read("Coarse calcifications developing in a surgical scar, right breast.").findings
    assert [c.value for x in scar.findings for c in x.change] == []
    assert [
        c.value
        for x in read("Developing grouped calcifications.").findings.findings
        for c in x.change
    ] == ["new"]


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("My mom died of it at 46, and my grandmother had it too.", ["family-history"]),
        ("Breast cancer was reported in her maternal aunt.", ["family-history"]),
        ("I have a history of breast cancer on both sides of my family.", ["family-history"]),
        ("My mother is worried I have cancer.", []),
        ("Patient has had diagnosis of right breast cancer in 1984.", ["personal-breast-cancer"]),
        ("I am an 11-year survivor of invasive ductal carcinoma.", ["personal-breast-cancer"]),
        (  # an operation for it, told with what else was done
            "She developed skin ecchymosis seven years after receiving BCS and adjuvant"
            " radiotherapy for breast cancer.",
            ["personal-breast-cancer"],
        ),
        (
            "Angiosarcoma of the skin of the breast, described in a woman 7 years after a"
            " primary breast carcinoma.",
            ["personal-breast-cancer"],
        ),
        ("First mammogram post-lumpectomy.", ["breast-surgery"]),
        ("Surgery: lumpectomy could be offered if needed.", []),
        ("Hi, I had breast cancer 18 years ago.", ["personal-breast-cancer"]),
        (
            "In the setting of previously treated breast cancer, benign scarring.",
            ["personal-breast-cancer"],
        ),
        ("She denied medications or family history of cancers.", []),
        ("Patient denies personal history of breast cancer.", []),
        ("Follow-ups at the breast surgery clinic are advisable.", []),
        # a gene test that found no change, and risks told of anyone who has them
        ("BRCA testing was negative.", []),
        ("I have also had the genetic test for the BRCA gene, and I tested negative.", []),
        (
            "In April, when I first learned of my mutation, my doctor ordered an MRI.",
            ["gene-change"],
        ),
        ("Having a BRCA mutation raises your risk.", []),
        ("A family history of breast cancer increases risk.", []),
        ("My family history of breast cancer increases my risk.", ["family-history"]),
        ("Women who had chest radiation as children need earlier screening.", []),
        ("Women under 40 who have relatives with breast cancer should be screened.", []),
        ("Women at high risk, such as those with a family history of breast cancer, should.", []),
        ("About 30% of men with breast cancer have a positive family history.", []),
        ("Nothing relevant in the family history.", []),
        (  # a letter's advice names her family history as a topic, and states none
            "Your mammogram showed no sign of cancer. Please talk with your doctor about your"
            " own risks for breast cancer, including your family history.",
            [],
        ),
        ("Talk to your doctor about your family history.", []),
        (  # the breast her cancer was in; a title's years free of cancer says no more than that
            "The technician said I have calcifications in the breast that had the cancer.",
            ["personal-breast-cancer"],
        ),
        ("Ten Years Cancer Free\n\nIn 2005 I felt lumps. They were completely clear.", []),
        (
            "Her mother had breast cancer at 50; nothing relevant in the personal history.",
            ["family-history"],
        ),
        ("She had radiation to her chest for Hodgkin lymphoma at age 20.", ["chest-radiation"]),
        # a relative's operation, told of the relative, is not hers
        ("My mom had DCIS after lumpectomy for a benign lump.", []),
        ("My mother had a mastectomy.", []),
        (
            "My mother had breast cancer, and I had a lumpectomy in 2010.",
            ["family-history", "breast-surgery"],
        ),
        # case reports' words
        (
            "She had a history of a stage I (T1bN0M0) right breast invasive mammary carcinoma.",
            ["personal-breast-cancer"],
        ),
        (
            "A 57-year-old woman diagnosed with invasive ductal carcinoma of the left breast in"
            " the past.",
            ["personal-breast-cancer"],
        ),
        (
            "A woman of 68, status after left breast DCIS, breast-sparing surgery (histology:"
            " healthy margins) and brachytherapy 3 years before.",
            ["personal-breast-cancer", "breast-surgery"],
        ),
        (
            "Partial mastectomy with postsurgical changes in the left upper inner quadrant.",
            ["breast-surgery"],
        ),
        # ... and not this exam's cancer, treated, nor a relative's
        ("Surgery consisted of breast-conserving surgery and sentinel node biopsy.", []),
        ("She was diagnosed with invasive ductal carcinoma. Surgery is planned.", []),
        ("A history of a stage II breast cancer in her mother.", ["family-history"]),
        # an operation and the cancer it was for
        (
            "A 43-year-old female status post mastectomy for ductal carcinoma in-situ, with"
            " silicone implant reconstruction.",
            ["breast-surgery", "personal-breast-cancer"],
        ),
        (
            "She had a prior wide local excision for malignancy.",
            ["breast-surgery", "personal-breast-cancer"],
        ),
        (
            "She has a history of left breast ductal carcinoma in situ and underwent lumpectomy.",
            ["personal-breast-cancer", "breast-surgery"],
        ),
        ("She had a lumpectomy for a benign fibroadenoma.", ["breast-surgery"]),
        # ... with the treatment given beside it
        (
            "HISTORY: Status post right lumpectomy and radiation for IDC in 2015.",
            ["breast-surgery", "personal-breast-cancer"],
        ),
        # an operation to lower her risk is an operation, and says no cancer
        ("Status post bilateral prophylactic mastectomy.", ["breast-surgery"]),
        # ... with when it was between them, as a history line or she gives it
        (
            "I had a lumpectomy 5 years ago for DCIS.",
            ["breast-surgery", "personal-breast-cancer"],
        ),
        (
            "HISTORY: Status post right lumpectomy in 2018 for IDC. Screening.",
            ["breast-surgery", "personal-breast-cancer"],
        ),
        # an implant or a reconstruction before
        (
            "A woman with a previous surgical reconstruction with right implanted breast"
            " prosthesis presented with a palpable mass.",
            ["breast-surgery"],
        ),
        (
            "Later, the patient required a mastectomy and several breast reconstruction"
            " procedures.",
            [],
        ),
        # operations told as case reports tell them
        (
            "She had previously undergone a quadrantectomy for a phyllodes tumour.",
            ["breast-surgery"],
        ),
        ("She was treated with a right breast lumpectomy and local radiation.", ["breast-surgery"]),
        (
            "She had undergone excisional biopsy for a left breast mass 15 months ago.",
            ["breast-surgery"],
        ),
        (
            "Years earlier she had benign lumps in both breasts, which were excised.",
            ["breast-surgery"],
        ),
        (
            "In 2003 I had a minor surgery to remove a lump from my right breast.",
            ["breast-surgery"],
        ),
        ("The MLO view shows distortion related to previous surgery.", ["breast-surgery"]),
        (
            "Woman who had surgery for right breast cancer came for surveillance.",
            ["breast-surgery", "personal-breast-cancer"],
        ),
        # this exam's own biopsy, and an operation after it, are no history
        ("BI-RADS 4B. The patient underwent excisional biopsy after wire localization.", []),
        ("She was diagnosed with breast cancer. She underwent a partial mastectomy.", []),
        # the family, told as women tell it; and denied
        ("I have a history of breast cancer in the family.", ["family-history"]),
        ("Two close relatives had breast cancer.", ["family-history"]),
        ("I started mammograms due to my mother getting it when she was 29.", ["family-history"]),
        (
            "Given my age and lack of history of breast cancer in the family, it is likely benign.",
            [],
        ),
        ("The doctor's lack of concern is justified: multiple cysts, BI-RADS 3.", []),
        # her own cancer, in her words
        ("I have read a lot about breast density since my diagnosis.", ["personal-breast-cancer"]),
        # a grandma, a mum, a niece
        ("It took my grandma, a breast cancer survivor, to notice.", ["family-history"]),
        ("My mum had breast cancer at 45.", ["family-history"]),
        # a gene panel found negative, and the gene named by what it is known for
        ("I tested negative for all, including BRCA (the most well-known breast cancer gene).", []),
        ("She has known breast cancer in the left breast.", ["personal-breast-cancer"]),
        # a family history of another disease is not one of breast cancer
        ("She has a family history of heart disease: her mother had a heart attack.", []),
        ("She had a family history of the disease.", ["family-history"]),
        ("Family history of early-onset breast cancer.", ["family-history"]),
        (  # the operation after this story's cancer is its treatment, not her history
            "The mammogram led to a diagnosis of breast cancer that had spread to two nodes. I had"
            " a mastectomy and am still free of cancer.",
            [],
        ),
        (
            "A biopsy showed it was malignant. I had a lumpectomy and radiation.",
            [],
        ),
        (  # ... but one after a cancer of before is
            "She was treated for right breast cancer 2 years ago. The images obtained when she"
            " was diagnosed with breast cancer are shown. Postsegmentectomy and mastopexy"
            " scars.",
            ["personal-breast-cancer", "breast-surgery"],
        ),
        (  # a relative named, then what she had
            "It brought back memories of my mother, who was diagnosed and treated for Stage 2"
            " breast cancer in 2002.",
            ["family-history"],
        ),
        (  # her family's history is not her own
            "It makes me a little scared because of my immediate family's history of breast"
            " cancer.",
            ["family-history"],
        ),
        # told in other words
        ("Her maternal aunt is reported to have had breast cancer.", ["family-history"]),
        # somebody else's relative is not her family; her mother's sister and "the patient's
        # sister" are
        ("On a podcast, the host's sister talked about her breast cancer.", []),
        ("My friend's mother had breast cancer at 50.", []),
        ("My mother's sister had breast cancer at 50.", ["family-history"]),
        ("The patient's sister was also diagnosed with breast cancer.", ["family-history"]),
        # nor the relative of a friend, nor a relative by marriage, who is no blood relative
        ("I went late, after a friend whose mother died of breast cancer scolded me.", []),
        ("Thanks to her step-mother for facing breast cancer.", []),
        ("My mother-in-law had breast cancer.", []),
        ("My sister in law was diagnosed with breast cancer.", []),
        ("My sisters-in-law had breast cancer.", []),
        ("My step mother had breast cancer.", []),
        ("My sisters had breast cancer.", ["family-history"]),
        ("I hope my two daughters never go through breast cancer the way I have.", []),
        ("My daughter was diagnosed with breast cancer at 41.", ["family-history"]),
        # a family history said to be unremarkable is none; one under a report's "Risk factors"
        # heading is hers (a rule that took that heading for a lesson's lost it: 4c04dd4)
        (
            "Her medical and surgical histories are unremarkable. Her family history is also"
            " unremarkable.",
            [],
        ),
        (
            "SCREENING MAMMOGRAM\nRISK FACTORS: Family history of breast cancer (mother).\n"
            "FINDINGS: Scattered fibroglandular densities.\nIMPRESSION: BI-RADS 1.",
            ["family-history"],
        ),
        (
            "Clinical history: 52F. Risk factors: BRCA1 mutation carrier.\nImpression: BI-RADS 1.",
            ["gene-change"],
        ),
        (
            "HISTORY: Her mother had breast cancer. She carries a BRCA1 mutation.",
            ["family-history", "gene-change"],
        ),
        # an operation told as what came next in this exam's story is its treatment, not her
        # history; one told with its time before now, or as the cause of what she has, is hers
        (
            "My yearly mammogram showed nothing, but the ultrasound revealed a lesion. A month"
            " later I had a lumpectomy.",
            [],
        ),
        (
            "Both the node and the breast mass were malignant. As a result, the woman underwent"
            " a mastectomy and chemotherapy.",
            [],
        ),
        (
            "She has a breast disorder as a result of her breast surgery in service.",
            ["breast-surgery"],
        ),
        ("Since then I have had a lumpectomy and 33 radiation treatments.", ["breast-surgery"]),
        (  # (in a history part, what came next is still before this exam)
            "Clinical history: she had breast cancer and subsequently underwent a mastectomy.\n"
            "IMPRESSION: BI-RADS 1.",
            ["breast-surgery"],
        ),
        ("Years before, she had had benign lumps excised from both breasts.", ["breast-surgery"]),
        ("I had a fibroadenoma (a benign tumor) taken out of my right breast.", ["breast-surgery"]),
        (
            "More than 10 years ago she had cancer of the left breast. Screening mammogram today.",
            ["personal-breast-cancer"],
        ),
        # ... not her result, told as found
        ("The biopsy showed she had cancer in the left breast.", []),
        ("They told me I had cancer in my right breast.", []),
        ("Breast cancer ran in my family, so I was worried.", ["family-history"]),
        # a cancer of hers survived and treated, told in other words
        ("I've survived invasive ductal carcinoma for 11 years now.", ["personal-breast-cancer"]),
        ("I'm 11 years out from invasive ductal carcinoma.", ["personal-breast-cancer"]),
        (
            "Ten years earlier she had undergone lumpectomy for malignancy at two sites in the "
            "left breast.",
            ["breast-surgery", "personal-breast-cancer"],
        ),
        (
            "Ten years ago she was treated with lumpectomy, radiation and chemotherapy for "
            "malignancy at two sites in the left breast.",
            ["breast-surgery", "personal-breast-cancer"],
        ),
        ("For survivors like me, there is no screening.", ["personal-breast-cancer"]),
        # ... and the same said of women in general is no one's
        ("Many women have survived breast cancer for decades.", []),
    ],
)
def test_her_history_is_read_in_the_words_reports_and_women_use(
    text: str, history: list[str]
) -> None:
    assert [h.value for h in read(text).findings.history or ()] == history


def test_calcific_densities_take_the_side_their_sentence_gives() -> None:
    """ "Densities" inside "calcific densities" is part of the calcification's name, not another
    thing the side could belong to."""
    f = read("There are benign appearing calcific densities in the left breast.").findings
    assert [x.side for x in f.findings] == ["left"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "clips" only takes details; the side is the distortion's
            "There is architectural distortion associated with postsurgical clips in the right "
            "breast.",
            ["right"],
        ),
        ("Calcifications are seen near the biopsy marker in the left breast.", ["left"]),
        ("Calcifications in the left breast and a mass in the right breast.", ["left", "right"]),
    ],
)
def test_a_side_past_a_clip_or_scar_is_the_finding_s(text: str, sides: list[str]) -> None:
    assert [x.side for x in read(text).findings.findings] == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a side in the place phrase after a finding is that finding's, however near the next
        (
            "Asymmetric density in the upper outer posterior left breast and a nodule in the "
            "upper outer right breast are unchanged.",
            [("asymmetry", "left"), ("mass", "right")],
        ),
        (
            "A mass at 2:00 of the right breast with associated pleomorphic calcifications.",
            [("mass", "right"), ("calcification", "right")],
        ),
        # a finding with no side words takes the one breast its sentence names
        (
            "A magnification view of the right breast confirms the mass and shows tiny "
            "microcalcifications.",
            [("mass", "right"), ("calcification", "right")],
        ),
        # ... but not a side that names another finding
        (
            "The mammograms revealed dense left axillary lymph nodes and increased "
            "calcifications that were clustered in a tight group.",
            [("lymph-node", "left"), ("calcification", None)],
        ),
        # ... nor a breast named only to compare with
        (
            "There is a developing asymmetry in the upper outer quadrant when compared to the "
            "left breast.",
            [("asymmetry", None)],
        ),
        # ... nor one of two breasts
        (
            "A mass in the right breast, a nodule in the left breast and calcifications are seen.",
            [("mass", "right"), ("mass", "left"), ("calcification", None)],
        ),
        # each breast's label heads what follows it, where line breaks were lost
        (
            "Right breast: scattered vascular calcifications, BI-RADS 2 Left breast: grouped"
            " amorphous calcifications, BI-RADS 4B",
            [("calcification", "right"), ("calcification", "left")],
        ),
        # ... nor the side of something the reader names no finding for, closed before "and"
        (
            "We report a woman with an unusually large fibroadenoma in the right breast and"
            " vascular calcification in the left breast.",
            [("calcification", "left")],
        ),
    ],
)
def test_a_finding_s_side_is_the_breast_its_words_place_it_in(
    text: str, sides: list[tuple[str, str | None]]
) -> None:
    assert [(x.kind, x.side) for x in read(text).findings.findings] == sides


@pytest.mark.parametrize(
    "text",
    [
        "The surgeon scooped out the microcalcification and left a big dent.",
        'He found "one calcification" right next to the scar.',
        "Fat necrosis can leave calcifications; it is a scar left by treatment.",
        # "right" as correct
        "My report shows grouped calcifications and BI-RADS 3, is that right",
        "They found grouped calcifications, BI-RADS 3, and waiting is the right thing to do.",
        "My report says grouped calcifications, BI-RADS 3, am I right to worry",
    ],
)
def test_left_and_right_as_other_words_give_no_side(text: str) -> None:
    # (A general statement, "Fat necrosis can leave calcifications", may give no finding at all.)
    findings = read(text).findings
    assert all(x.side is None for x in findings.findings)
    assert all(a.side is None for a in findings.assessments)


@pytest.mark.parametrize(
    ("text", "symptoms"),
    [
        # a mass she found herself, in the words of case summaries
        ("She presented with concerns of a self-detected mass in her right breast.", ["lump"]),
        ("During a self-examination, the patient noted a mass.", ["lump"]),
        ("A right breast mass was palpated on examination.", ["lump"]),
        ("Mammography found a mass in the right breast.", None),  # what the pictures show
        ("Then, all of a sudden, the lump started hurting.", ["lump", "pain"]),  # her words
        ("I have sore breasts before my period.", ["pain"]),
        ("Does a biopsy hurt?", None),  # a question about a test, not a symptom
        ("A case of non-palpable, multifocal left breast carcinoma.", []),
        ("Spiculated mass with skin thickening and architectural distortion.", None),
        ("Most are normal and we lump them into fibrocystic change.", None),
        ("Palpable lump in left breast.", ["lump"]),
        ("She felt a thickening in the left breast.", ["lump"]),
        ("Clinical examination revealed bilateral breast lumps.", ["lump"]),
        ("The ultrasound, which revealed a lump in my left breast, was quick.", None),
        ("Please report any lumps or any pain in your breasts to your doctor.", None),
        ("Galactoceles present as one or more painless palpable masses.", None),
        ("Rarely, nipple retraction may result.", None),
        ("Patients may have skin retraction and nipple inversion.", None),
        ("My voice cracked and there was a lump in my throat.", None),
        # what her imaging found is a finding, not a lump she feels
        ("I recently went for a mammogram. Two tiny lumps were detected.", None),
        ("History: a lump was found on the ultrasound.", None),
        ("History: a lump was detected on breast self-examination.", ["lump"]),
        # the signs case reports give in their own words
        ("She developed skin ecchymosis on the right breast.", ["skin-change"]),
        ("Clinically, the skin showed patchy discoloration.", ["skin-change"]),
        ("In 2011, she developed spontaneous blue breast discolouration.", ["skin-change"]),
        (
            "A 56-year-old patient had a chief complaint of a subcutaneous nodule in the upper"
            " outer quadrant of her right breast.",
            ["lump"],
        ),
        # a case report's patient: what she came with, in any part of the text
        (
            "A woman came to the breast unit with a 4-day history of a tender lump.",
            ["lump", "pain"],  # in the order read: "came to ... with" leads into the lump
        ),
        ("She presented with a history of clear nipple discharge.", ["nipple-discharge"]),
        ("FINDINGS: A 54-year-old woman complained of lumps in both breasts.", ["lump"]),
        ("A woman with no relevant history presented with a palpable mass.", ["lump"]),
        ("Previous history of a lump in the left axilla.", None),
        ("She presented with a left breast lump noticed a few weeks ago.", ["lump"]),
        ("On examination a hard, non tender lump was felt.", ["lump"]),
        ("A 66-year-old woman without symptoms having routine mammography.", []),
        ("She came for screening. CBE revealed no significant findings.", []),
        ("Examination did not reveal any lumps in either breast.", []),
        # what a symptom can mean, or a list of signs to watch for, is nobody's symptom
        ("Breast pain is rarely a sign of cancer.", None),
        ("Lumps can be cysts or fibroadenomas.", None),
        ("Symptoms to watch for: a lump, skin dimpling, nipple changes.", None),
        # hers, in the same words
        ("Breast pain for two weeks, worse at night.", ["pain"]),
        # symptoms she denies are none, not unsaid; an image's denial is no symptom of hers
        ("I have no lump and no nipple discharge. My mammogram showed calcifications.", []),
        ("Patient denies breast pain, lumps or nipple discharge.", []),
        ("No lump was felt.", []),
        ("She has no pain but a new lump.", ["lump"]),
        # a clause of its own, with its own subject, after one that says what could not be
        ("He examined me by hand but could not feel it, and I have no pain.", []),
        (
            "There is no evidence of architectural distortion, skin thickening or nipple"
            " retraction.",
            None,
        ),
        # a normal examination, in case reports' words, finds nothing she has
        ("Clinical examination was normal.", []),
        ("Physical examination: No masses or adenopathy palpated on either side.", []),
        ("Histological examination showed a granular cell tumour.", None),
        # signs a case report's examination gives
        ("Examination revealed warmth and redness over the right breast.", ["skin-change"]),
        ("A palpable lump with prominent veins on the skin was noted.", ["lump", "skin-change"]),
        ("She presented with increased size of the breast with pain.", ["swelling", "pain"]),
        ("Left nipple was very painful.", ["pain"]),
        ("Her left breast was tender, warm, doubled in volume.", ["pain", "swelling"]),
        ("Indication: Left breast pain, redness.", ["pain", "skin-change"]),
        (
            "A 2-year history of sporadic nipple discharge, eczema and itching.",
            ["nipple-discharge", "skin-change"],
        ),
        (
            "Her eye was caught by an indentation on the underside of her left breast.",
            ["skin-change"],
        ),
        ("She presented with a history of enlargement of the right breast.", ["swelling"]),
        ("She had continuous breast pain and bilateral axillary itching.", ["pain"]),
        # in her own words
        ("My nipple has been leaking a clear fluid.", ["nipple-discharge"]),
        ("There's a dimple in my skin near the nipple.", ["skin-change"]),
        ("My nipple turned inward a few weeks ago.", ["nipple-change"]),
        # case reports' words for a complaint, or for none
        (
            "She was referred after she attended the surgery clinic with a spontaneous"
            " discharge from the left.",
            ["nipple-discharge"],
        ),
        (
            "A 34-year-old woman with persistent bloody discharge and erosion of the nipple.",
            ["nipple-discharge", "nipple-change"],
        ),
        ("The patient was a 70-year-old woman with no chief complaint.", []),
        (
            "After noticing that the tumour in her left breast was growing fast, she came to the"
            " Breast Center.",
            ["lump"],
        ),
        (  # the same with the breast's short form
            "After noticing that the tumour in her Lt breast was growing fast, she came to the"
            " Breast Center.",
            ["lump"],
        ),
        (
            "Persistent bloody discharge and erosion of the L nipple.",
            ["nipple-discharge", "nipple-change"],
        ),
        (
            "I found that the skin of my breast had become textured, like the peel of an orange,"
            " and that my nipple had begun to retract.",
            ["skin-change", "nipple-change"],
        ),
        # none, as a history line gives it
        ("The patient denies any breast complaints.", []),
        ("She denies any breast complaints but reports a lump.", ["lump"]),
        # a lump a doctor's examination found, and a nipple pulled out of shape
        (
            "On clinical examination there was a firm, tender subareolar mass with distortion of"
            " the nipple-areola.",
            ["lump", "pain", "nipple-change"],
        ),
        ("She mentioned that 2 months ago she had palpated a small nodule.", ["lump"]),
        ("A lump has grown in her left breast and hurts when touched.", ["lump", "pain"]),
        # lumps in general, and hers
        ("Fibroadenomas of the breast are lumps made of fibrous and glandular tissue.", None),
        ("Dense breasts make it harder to feel lumps on self exams.", None),
        ("I have lumps in both breasts.", ["lump"]),
        ("Those pesky breast lumps turned out to be benign cysts!", ["lump"]),
        # how patients with a disease may present is nobody's symptom
        ("Patients may present with palpable, tender, mobile, firm and benign lumps.", None),
        # a kind of disease, and what it does or is, in general; advice to anyone who has one
        (
            "Background\n\nPrimary mammary carcinoma frequently presents with a breast lump, and"
            " metastatic breast disease is often unforeseen.",
            None,
        ),
        ("Clinically a hamartoma is a painless, smooth, mobile lump.", None),
        ("Women who feel a lump in the breast should always see a doctor.", None),
        ("Abscesses are associated with pain and fever.", None),
        # one woman, named as a case names her, is no kind: her lump is hers
        ("Female presents with a palpable lump in the left breast.", ["lump"]),
        ("In rare cases is the lump malignant or cancerous.", ["lump"]),  # the lump is hers
        ("Mother of two presents with breast pain.", ["pain"]),
        ("What is the next step for a patient with breast pain and a septated cyst?", ["pain"]),
        ("49 y/o F presents with a left breast palpable area.", ["lump"]),
        # a kind said to be without symptoms, and the heart's symptoms, say nothing of hers
        ("Distortion is a common presentation of nonpalpable breast cancer.", None),
        ("This is more urgent than a typical asymptomatic intracapsular rupture.", None),
        ("She had no chest discomfort, shortness of breath or palpitations.", None),
        ("The mass is nonpalpable.", []),
        ("The scan showed that I had two lumps under my right breast.", None),
        # her words and her doctor's for what she has
        (
            "The sudden piercing pains continued. My right breast began showing new symptoms:"
            " cracked nipples, and occasional oozing of blood and pus.",
            ["pain", "nipple-change", "nipple-discharge"],
        ),
        (
            "She was not happy with the texture of the skin, which she called tethering.",
            ["skin-change"],
        ),
        ("I had growing pains as a child.", None),
        (  # a topic page's parts ("Etiology:", "Risk factors:") teach; the snapshot is hers
            "Snapshot\nA 58-year-old woman had a screening mammogram that showed calcifications."
            "\nEtiology: Paget disease of the breast: skin crusting, itching and nipple discharge.",
            None,
        ),
        # told in other words
        (
            "A man aged 47 came with a lump he could feel in the left breast. Recently it had"
            " become locally tender.",
            ["lump", "pain"],
        ),
        (
            "She has a lump in her right breast, beneath a patch of discolored skin.",
            ["lump", "skin-change"],
        ),
        (
            "On examination the right breast was warm and red, with a hard lump. The lump was not"
            " fixed to the skin, but the nipple on that side was retracted.",
            ["skin-change", "lump", "nipple-change"],
        ),
        ("For three months she had been feeling a nodule in her right breast.", ["lump"]),
        (
            "She presented because her left breast had been enlarging gradually, without pain.",
            ["swelling"],
        ),
        # what she has is not taken away by what she has not, before it
        (
            "A woman aged 36, without any increased risk factors for developing breast cancer,"
            " comes in with a lump she can feel.",
            ["lump"],
        ),
        ("My nipple started turning inward last month.", ["nipple-change"]),
        # a change in a breast's size or shape, in her words and a case's
        ("I noticed my right breast growing larger than my left breast.", ["shape-change"]),
        ("The signs were clear: a deep indentation in my breast.", ["shape-change"]),
        ("She presented with a change in the shape of her left breast.", ["shape-change"]),
        ("Call your doctor if you notice a change in the size or shape of the breast.", None),
        # what a page lists as a cancer's signs is nobody's
        ("Symptoms of breast cancer include a lump in the breast.", None),
        ("Signs of breast cancer include a change in the size or shape of the breast.", None),
        # a lump an operation took out is her history, not what she feels now
        ("I had a lump removed 10 years ago; this time I feel fine.", None),
        ("I had a lump removed 10 years ago, and now I have a new lump.", ["lump"]),
    ],
)
def test_symptoms_are_what_she_feels_not_what_the_pictures_show(
    text: str, symptoms: list[str] | None
) -> None:
    got = read(text).findings.symptoms
    assert (None if got is None else [s.value for s in got]) == symptoms


def test_a_birth_date_is_not_the_exam_date() -> None:
    text = "Patient DOB...................06/12/1959\nExam date: 11/18/2026\nBI-RADS 2."
    assert str(read(text).findings.report_date) == "2026-11-18"
    assert read("Patient DOB: 06/12/1959\nBI-RADS 2.").findings.report_date is None


@pytest.mark.parametrize(
    "text, date",
    [
        # a saved web page's own dates: when it was posted or updated, not when she was imaged
        ("The Ultrasound (blog post, October 17, 2018)\n\nMy ultrasound was on a Friday.", None),
        ("My mammogram results\nPosted on November 2, 2026 by Jane\n\nBI-RADS 3.", None),
        ("Breast calcifications\nLast updated: 2026-03-01\n\nMost are benign.", None),
        ("Page reviewed and published 01/05/2025\nWhat is BI-RADS 0?", None),
        # the exam's own date still is
        ("MAMMO DIAGNOSTIC LEFT        Exam date: 11/18/2026\nBI-RADS 4B.", "2026-11-18"),
        ("SCREENING MAMMOGRAM November 2, 2026\nBI-RADS 1.", "2026-11-02"),
    ],
)
def test_a_web_page_s_own_date_is_not_the_exam_date(text: str, date: str | None) -> None:
    got = read(text).findings.report_date
    assert (None if got is None else str(got)) == date


def test_look_alike_mentions_of_calcifications_are_one_finding() -> None:
    text = (
        "Two masses. Few intralesional tiny calcific foci are noted.\n"
        "On tomosynthesis, a focal asymmetry with few tiny microcalcifications."
    )
    calcs = [f for f in read(text).findings.findings if f.is_calcification]
    assert len(calcs) == 1


def test_a_headline_that_names_the_calcifications_is_not_a_second_group() -> None:
    text = (
        "Suspicious microcalcifications\n\n"
        "I'm 45. The report says: a cluster of pleomorphic microcalcifications, left breast."
    )
    calcs = [f for f in read(text).findings.findings if f.is_calcification]
    assert len(calcs) == 1 and [s.value for s in calcs[0].shapes] == ["fine-pleomorphic"]


def test_a_line_that_opens_with_features_of_is_not_teaching() -> None:
    text = "Features of bifocal infiltrative left breast masses (BI-RADS 5)."
    assert [a.category.value for a in read(text).findings.assessments] == ["5"]
    general = "Classic features of fat necrosis include BI-RADS 2 oil cysts."
    assert read(general).findings.assessments == ()


def test_a_symptom_read_from_the_report_is_not_put_in_her_mouth() -> None:
    text = "Indication: palpable lump, right breast.\nUltrasound: oval mass. BI-RADS 3."
    e = explain(read(text).findings)
    report = e.section("report")
    assert report is not None
    plain = report.statements[0].plain
    assert "It mentions a new lump" in plain and "You have noticed" not in plain
    urgent = e.section("call-sooner")
    said = " ".join(s.plain for s in urgent.statements) if urgent else ""
    assert "You said" not in said and "If it has not been checked yet" in said
    from calcinfo.findings import Symptom

    both = read(text).findings.with_(symptoms=(Symptom.LUMP, Symptom.NIPPLE_DISCHARGE))
    plain = explain(both).section("report").statements[0].plain  # type: ignore[union-attr]
    assert "It mentions a new lump" in plain and "You have noticed" in plain
    assert "mentions a new lump or thick area and" not in plain


def test_probably_benign_is_never_explained_as_benign() -> None:
    f = read("Grouped punctate calcifications, probably benign. BI-RADS 3.").findings
    assert [w.value for w in f.calcification_words] == ["probably-benign"]
    texts = " ".join(s.plain for s in explain(f).sections[1].statements)
    assert "need no treatment" not in texts


def test_shape_and_pattern_combine_within_one_finding_only() -> None:
    text = (
        "Grouped amorphous calcifications in the left breast.\n"
        "Diffuse vascular calcifications are seen in both breasts."
    )
    f = read(text).findings
    assert len(f.calcification_findings) == 2
    plain = " ".join(s.plain for s in explain(f).sections[1].statements)
    assert "spread through both breasts can usually be called benign" not in plain
    assert "grouped, lined up or segmental usually lead to a biopsy" in plain


def test_the_density_notice_without_a_letter_is_read() -> None:
    assert read("Your breast tissue is dense.").findings.dense is True
    assert read("Your breast tissue is not dense.").findings.dense is False
    # and her own words for it, in stories and letters
    for text in (
        "Because I had dense breasts, I am at higher risk.",
        "She said my breast tissue was very dense.",
        "The radiologist noted that the right breast was dense.",
        "My breasts are dense.",  # (the words had wanted no space after "my")
        "Her breasts are very dense.",
        "I have high density tissue in both breasts.",
        '"Upon reviewing her imaging, it was clear that she had high mammogramic density."',
        # what she did not know was so all the same
        "What I didn't know was that I had dense breast tissue.",
        # a letter's or a portal's field
        "Breast density: Dense",
        "Breast tissue: dense.",
    ):
        assert read(text).findings.dense is True, text
    assert read("Breast density: not dense").findings.dense is False
    # (a sentence after the label is no field's value)
    assert read("Breast density: Dense tissue can hide cancer.").findings.dense is None
    # and not anyone's: what is said of women who have dense breasts
    for text in (
        "About half of women have dense breasts.",
        "Ultrasound can work better for women with dense breasts.",
        # the two notices a facility chooses from, printed side by side
        "Nondense notice: 'Your breast tissue is not dense. Talk to your provider.'\n"
        "Dense notice: 'Your breast tissue is dense. Talk to your provider.'",
    ):
        assert read(text).findings.dense is None, text


@pytest.mark.parametrize(
    ("text", "density"),
    [
        # density groups given as choices: what a law or a page means by dense, not hers
        (
            "Dense breast tissue shall mean heterogeneously or extremely dense as defined in"
            " nationally recognized guidelines.",
            None,
        ),
        ("About 50% of women have dense breasts (heterogeneously dense or extremely dense).", None),
        ("Dense means heterogeneously dense, or extremely dense, tissue.", None),
        # a study's figures
        (
            "Heterogeneously dense breast density pattern (BIRADS C) is the most common (40.8%).",
            None,
        ),
        (
            "High density imparts an increased risk of breast cancer (relative risk of 1.2 for"
            " heterogeneously dense breast tissue, 2.1 for extremely dense breast tissue).",
            None,
        ),
        # hers, in a report's words
        ("The breasts are heterogeneously dense, which may obscure small masses.", "c"),
        ("The breast tissue is extremely dense, which lowers the sensitivity.", "d"),
        # the scale's word after the label's colon
        ("Density: Category C", "c"),
        ("Breast composition: type B.", "b"),
        # ... and in a letter's: hers "classified as", not a class taught
        (
            "Your breasts are classified as heterogeneously dense (category C). Dense breast"
            " tissue can make it harder to find cancer.",
            "c",
        ),
        ("Breasts are classified as extremely dense in about 10% of women.", None),
    ],
)
def test_density_groups_given_as_choices_are_not_hers(text: str, density: str | None) -> None:
    found = read(text).findings.density
    assert (found.value if found else None) == density


# ---------------------------------------------------------------- the real-text corpus

DEV = corpus("dev")


def test_the_dev_half_of_the_real_texts_keeps_its_measured_figures() -> None:
    """A ratchet on the half the rules were written on: a change that reads worse fails here.
    The unseen half is scored only by benchmarks/real_reports.py, never tuned on."""
    over = sum(over_call(item, read(item.text).findings) for item in DEV)
    right = sum(
        1
        for item in DEV
        if (s := expected_and_found(item, read(item.text).findings))["category"][0]
        == s["category"][1]
    )
    assert len(DEV) == 2201
    # Known and open: a teaching case whose 4 is a middle exam of a story told over years
    # (f7b-uw-archived-case50), and a guide that defines each category in a long paragraph of
    # its own (f9a-guide-writing-...). fresh14 (23 texts, 2026-11-26) came in with three of
    # its own (docs/notes/reader-fresh14-first-run.txt); one is left, an answer page that reads
    # 'cyst 4' as a category 4 for a woman it names (f14-droracle-cyst-4-read-as-birads-4-).
    # fresh15 (12 texts from repositories) came in with none. fresh16 (25 patient and teaching
    # texts, 21 of them stating no category of hers) came in with two
    # (docs/notes/reader-fresh16-first-run.txt), one of them since read as teaching. fresh17 (20
    # texts from repositories) came in with one (docs/notes/reader-fresh17-first-run.txt).
    # fresh18 (24 quiz, teaching, answer-page and patient texts, 21 stating no category of
    # hers) came in with three (docs/notes/reader-fresh18-first-run.txt); all three are mended.
    # fresh19 (21 quiz, teaching, legal-summary and patient texts) came in with two
    # (docs/notes/reader-fresh19-first-run.txt), both since mended. fresh20 (23 legal and
    # case-study summaries, patient and news texts) came in with one
    # (docs/notes/reader-fresh20-first-run.txt), since mended. fresh21 (25 court, legal and
    # case-study texts, none stating a category of hers) came in with none. fresh23 (7 patient
    # and explainer texts) came in with one, an explainer's "BI-RADS classification is one of
    # ..." (docs/notes/reader-fresh23-first-run.txt), since mended. fresh22 (17 journal case
    # reports, one stating a category of hers) came in with none, and fresh24 (3 case and
    # explainer texts) with none. fresh25 (20 openings of veterans' appeals decisions and
    # law-firm pages, none stating a category) came in with none, and fresh26 (27 women's
    # questions, columns and blogs, one stating a category of hers) with none, and fresh27 (26
    # women's retellings, many in English as a second language, two stating a category of
    # hers) with none. fresh28 (26 journal case reports and teaching cases, seven stating a
    # category of hers) came in with one (docs/notes/reader-fresh28-first-run.txt), a case told
    # on past surgery to a later exam, since asked about. fresh29 (25 journal and teaching
    # cases, seven stating a category of hers) came in with one
    # (docs/notes/reader-fresh29-first-run.txt), a screening's 4B shown for the diagnostic 5,
    # since mended. fresh30 (24 teaching-file and quiz cases, three stating a category of hers)
    # came in with two (docs/notes/reader-fresh30-first-run.txt), both lessons, since mended.
    # fresh31 (24 teaching, quiz and vendor cases, four stating a category of hers) came in with
    # none, and fresh32 (26 post-biopsy, post-surgery and comparison cases, six stating a
    # category of hers) with none. fresh33 (25 women's stories, forum posts and blogs, none
    # stating a category of hers) came in with one (docs/notes/reader-fresh33-first-run.txt),
    # a letter quoted as an example, since mended, and fresh34 (8 letters and explainers) with
    # none. fresh35 (15 journal case reports and teaching items, none stating a category of
    # hers) came in with none (docs/notes/reader-fresh35-first-run.txt), and fresh36 (25 women's
    # stories, letters and explainers, none stating a category of hers) with one
    # (docs/notes/reader-fresh36-first-run.txt), a glossary's example under "When you might see
    # this on your report", since mended. fresh37 (25 journal and teaching cases, five stating
    # a category of hers) came in with none (docs/notes/reader-fresh37-first-run.txt).
    # fresh38 (25 letters, density notices, explainers and cases, five stating a category of
    # hers) came in with two (docs/notes/reader-fresh38-first-run.txt), both pages that teach:
    # a lecture on the BI-RADS 3 protocol, since mended, and a page whose legend the stored
    # copy cuts after its first item, category 0. fresh39 (9 texts from outside the US, two
    # stating a category of the person's own exam) came in with three
    # (docs/notes/reader-fresh39-first-run.txt): two study abstracts and an explainer, all
    # since mended. fresh40 (6 report texts from repositories, five stating a category) came in
    # with none (docs/notes/reader-fresh40-first-run.txt), and fresh41 (2 texts, both stating
    # one) with none. fresh42 (24 teaching and patient-side texts, three stating a category)
    # came in with none (docs/notes/reader-fresh42-first-run.txt). fresh43 (20 teaching cases,
    # two stating a category) came in with one (docs/notes/reader-fresh43-first-run.txt): a
    # screening's 0 shown for the ultrasound's 4A that followed it, since mended (a "without"
    # in brackets had reached past them to the 4A). fresh44 (7 ultrasound and MRI case
    # paragraphs, one stating a category) came in with none, and fresh45 (10 teaching and
    # patient-side texts, one stating a category) with none
    # (docs/notes/reader-fresh45-first-run.txt), and fresh46 (24 women's own words, none
    # stating a category of hers) with none (docs/notes/reader-fresh46-first-run.txt), and
    # fresh48 (24 women's stories, none stating a category of hers) with none
    # (docs/notes/reader-fresh48-first-run.txt), and fresh47 (24 readers' letters and stories,
    # one stating a category of hers) with none (docs/notes/reader-fresh47-first-run.txt).
    # fresh49 (25 women's words from outside the US, one stating a category of hers) came in
    # with none. fresh50 (one blog quoting her mammogram's "BI-RADS 1 (Negative)" and, days
    # later, her MRI report with no category) came in with one, left as it reads: the label
    # takes the MRI as the current exam, but the mammogram of the same screening round is hers
    # too (docs/notes/reader-fresh50-first-run.txt). fresh51 (3 forum posts) came in with none,
    # and fresh52 (20 exam vignettes and teaching cases, none stating a category of hers) with
    # none (docs/notes/reader-fresh52-first-run.txt). fresh53 (15 women's accounts, none
    # stating a category of hers) and fresh54 (14 teaching and case texts, three stating one)
    # came in with none, and so did the 50 dev texts told again in other words (para-teaching,
    # para-patient, para-teaching3, para-patient3: docs/notes/reader-para-*-first-run.txt).
    # para-mixed5 (25 re-told posts and pages) came in with one, a woman's legend whose "final
    # level" was read as her final category (docs/notes/reader-para-mixed5-first-run.txt),
    # since mended. para-mixed4 (25 re-told teaching cases, letters and records) came in with two
    # (docs/notes/reader-para-mixed4-first-run.txt): an answer page's class rule in other words,
    # since mended, and the re-told copy of f7b-uw-archived-case50, open as its original is.
    # para-mixed7 (25 re-told women's words) came in with none, and para-mixed6 (25 re-told
    # teaching, post-biopsy and journal cases) with none. para-final-a and para-final-b (50 re-told
    # texts held back as a check of the session's rules) came in with three, the same three
    # with the session's start code (docs/notes/reader-para-final-*-first-run.txt), all three
    # since mended. para2-teaching and para2-patient (a second telling of para-teaching's and
    # para-patient's originals) came in with one, a recall told with the visit she came back for
    # (docs/notes/reader-para2-teaching-first-run.txt), since mended. para3a and para3b (two
    # tellings, each by its own hand, of 50 originals from the corpus's first half) came in with
    # three: one in para3a-teaching, two in para3b-patient (docs/notes/reader-para3-first-run.txt),
    # all three since mended. para3c (the third telling, held back) came in with two with the
    # session's start code and one after the rules written on para3a and para3b
    # (docs/notes/reader-para3c-held-back.txt): a case's earlier mammogram told with the scale's
    # whole name. para4a and para4b (two tellings of 50 more originals, women's words and
    # teaching texts) came in with two, one in each patient file: an answer page's "BAC looks
    # like tracks along the breast arteries (BI-RADS 2)" (docs/notes/reader-para4-first-run.txt),
    # since mended. para4c (the third telling, held back) came in with one with the session's
    # start code, the same page, and none after the rules written on para4a and para4b
    # (docs/notes/reader-para4c-held-back.txt). para5a and para5b (two tellings of 50 more)
    # came in with five: both tellings of two originals open above (f50-q-jenesis,
    # f38-c-consultingradiologists), and para5b's telling of a page on why category 6 is
    # imaged (docs/notes/reader-para5-first-run.txt), since mended (its list of the other
    # categories, "earlier posts dealt with BI-RADS 1, ...", had been read as an earlier exam's).
    # para5c (the third telling, held back) came in with three with the session's code at the
    # time, and two after the rules written on para5a and para5b: its tellings of the same two
    # open originals (docs/notes/reader-para5c-held-back.txt). The page that imagines her letter
    # (f38-c-consultingradiologists) and its three tellings are since mended ("Perhaps they say
    # 'BI-RADS Category 0'", and a legend led into by "Here's what each category means:").
    # para6a and para6b (two tellings of 50 more) came in with two, one in each teaching file:
    # a Radiopaedia case's earlier "BI-RADS V" (docs/notes/reader-para6-first-run.txt), since
    # mended (its later exam told "On the MLO view there is ..."). para6c (the third telling,
    # held back) came in with one, the same case, and none after that mend
    # (docs/notes/reader-para6c-held-back.txt). fresh55t and fresh55p (25 teaching case
    # reports and 25 women's accounts gathered blind, 2026-11-28) came in with none
    # (docs/notes/reader-fresh55t-first-run.txt, reader-fresh55p-first-run.txt), and fresh56t
    # and fresh56p (17 and 25 more) with none, fresh57t and fresh57p (9 and 7) with none.
    assert over <= 8, f"{over} over-calls"
    # 575 before a 3 read from "probably benign" alone was asked about (one dev text, whose
    # "Impression; probably benign" had been shown as 3, is now asked about).
    # 648 before every category set aside as listed, quizzed or a heading was counted as
    # teaching: an answer page whose 4 was read from its heading "Understanding BI-RADS 4 risk
    # stratification", beside a list of 4A, 4B and 4C, is now asked about.
    # 1118 before fresh53, fresh54 and the 50 re-told texts joined (they came in with 13 of 14,
    # 15 of 15, 23 of 25 and 25 of 25 right), 1195 before para-teaching3 and para-patient3 joined
    # (20 of 25 and 22 of 25), 1238 before para-mixed5 joined (21 of 25), 1259 before
    # para-mixed4 joined (22 of 25), 1283 before para-mixed7 joined (25 of 25), 1308 before
    # para-mixed6 joined (20 of 25), 1330 before para-final-a and para-final-b joined (22 and
    # 23 of 25), 1377 before para2-teaching and para2-patient joined (23 and 24 of 25), 1424
    # before para3a and para3b joined (patient 25 and 23 of 25, teaching 21 and 23 of 25), 1522
    # before para3c joined (24 and 22 of 25 with the start code, 25 and 23 when it joined),
    # 1570 before para4a and para4b joined (patient 23 and 23 of 25, teaching 24 and 23), 1663
    # before para4c joined (23 and 24 of 25), 1710 before para5a and para5b joined (patient 24
    # and 24 of 25, teaching 23 and 23), 1804 before para5c joined (23 and 23 of 25), 1850
    # before the page that imagines her letter and its tellings were mended, 1854 before para6a
    # and para6b joined (patient 24 and 24 of 25, teaching 23 and 23), 1948 before para6c
    # joined (24 and 24 of 25), 1996 before fresh55t and fresh55p joined (24 and 23 of 25),
    # 2043 before two of fresh55p's were mended (a class in brackets after her mass, "returned
    # to normal activities"), 2045 before fresh56t and fresh56p joined (16 of 17, 24 of 25),
    # 2085 before two of theirs were mended (a measured tumour's or cyst's class), 2087 before
    # fresh57t and fresh57p joined (9 of 9, 7 of 7; none states a category).
    # 2103 before a semicolon ended a heading as a colon does: the text whose "Impression;
    # probably benign" was asked about (above, at 575) is shown as 3 again, as labelled.
    assert right >= 2104, f"category right in {right} of {len(DEV)}"


def test_the_json_form_read_back_keeps_each_finding(tmp_path: Path) -> None:
    first = json.loads(calcinfo("ask", "--no-input", "--json", "--report", str(PORTAL)).stdout)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(first["findings"]))
    again = json.loads(calcinfo("ask", "--no-input", "--json", "--answers", str(answers)).stdout)

    def shape(data: dict[str, object]) -> object:
        return [{k: v for k, v in f.items() if k != "evidence"} for f in data["findings"]]  # type: ignore[attr-defined]

    assert shape(again["findings"]) == shape(first["findings"])
    assert again["findings"]["category"] == "4B"


def test_a_flag_about_the_calcifications_with_several_groups_is_refused() -> None:
    result = calcinfo("ask", "--no-input", "--report", str(PORTAL), "--shape", "punctate")
    assert result.returncode == 2
    assert "2 separate groups" in " ".join(result.stderr.split())
    assert "Traceback" not in result.stderr and result.stdout == ""


# ---------------------------------------------------------------- her story, told in the past

STORY = (
    "I had my first mammogram last year. I was rated birads 3 and was asked to return in "
    "six months. I went back six months later and nothing had changed."
)


@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        (STORY, True),  # the 3 may be last year's: not called current
        (STORY.replace("I went back six months later", "I returned"), True),
        ("I was rated birads 3 and was asked to return in six months.", False),  # nothing later
        ("They said it was BI-RADS 4 and I need a biopsy next week.", False),
        ("IMPRESSION: BI-RADS 3. Follow-up mammogram in six months is recommended.", False),
        ("IMPRESSION: BI-RADS 2. I went back because I was worried.", False),  # not told by her
        # a category changed after it was told: the one read may not be the final one
        ("They first told me BI-RADS 3 but then upgraded it to 4A.", True),
        ("BI-RADS 3. The finding should be upgraded to BI-RADS 4 if it grows.", False),
        ("BI-RADS 0 at screening, then 4C after the diagnostic workup.", True),
        # "probably benign" with no number, outside an impression or assessment part: said of
        # findings as often as of the exam; as that part's line it is the assessment
        ("BI-RADS category: probably benign", True),
        # (the same in an exam of one breast, whose side every category takes: the side had
        # dropped what the category was read from, and the 3 was shown)
        (
            "LEFT BREAST ULTRASOUND\nFINDINGS: Oval circumscribed mass at 2 o clock. Probably"
            " benign.",
            True,
        ),
        ("IMPRESSION: Probably benign.", False),
        ("IMPRESSION: BI-RADS 3, probably benign.", False),
        (  # a radiologist's view told in a story, then a later visit
            "The doctor felt that the woman remained in category 3. One year later she returned "
            "for her follow-up mammogram.",
            True,
        ),
        ("BI-RADS 3, then 6 month follow-up.", False),
        (  # a visit told as made, after some months, is a later visit
            "I was told BI-RADS 3. I had the follow-up ultrasound after 6 months and it showed "
            "the mass had grown.",
            True,
        ),
        # a change of something else, or a count after "now", is no change of category
        ("IMPRESSION: BI-RADS 4. The calcifications have changed to a fine linear pattern.", False),
        (
            "IMPRESSION: BI-RADS 4. Biopsy is advised. Patient was moved to the ultrasound room.",
            False,
        ),
        ("IMPRESSION: BI-RADS 4. There are now 2 masses.", False),
        # a screening's 0 replaced by the diagnostic category is no pair of definitions
        ("Screening mammogram BI-RADS 0. Diagnostic mammogram and ultrasound: BI-RADS 4A.", False),
        # a visit planned, not made
        (
            "The findings were categorized as BI-RADS 3. She was scheduled for a follow-up "
            "ultrasound in six months.",
            False,
        ),
        # her category told in the past tense, then a later exam told by when it was
        ("I was BI-RADS 3 and had a follow-up. This year's mammogram was fine.", True),
        (  # a recall told with the visit she came back for: the work-up's category is not told
            "A cluster of calcifications. The case was given a BI-RADS 0, and the patient returned"
            " for spot compression magnification views.",
            True,
        ),
        ("BI-RADS 0: additional imaging is needed, and a diagnostic mammogram is advised.", False),
        (  # a view told in a story, then a later visit
            "In the doctor's view, the woman was still in category 3. One year later she returned"
            " for her follow-up mammogram.",
            True,
        ),
        ("My mammogram was BI-RADS 4. My mammogram last week was normal.", True),
        ("My mammogram was BI-RADS 4 and they want a biopsy next week.", False),
        # a case told on to a later exam whose images are shown
        (
            "Solid lesion highly suspicious for malignancy. Birads V lesion which is confirmed as"
            " an IDC on core biopsy.\nAfter one year\nThe MLO view shows the parenchymal"
            " distortion related to previous surgery.",
            True,
        ),
        (
            "BIRADS V lesion; ultrasound-guided core biopsy confirms it is an IDC.\nOne year"
            " later\nOn the MLO view there is parenchymal distortion from the previous surgery.",
            True,
        ),
        ("BI-RADS 3. After 6 months the ultrasound showed no change.", True),
        (  # a day she went back to, not a visit
            "The doctor concluded a left breast mass, classified as BI-RADS 3. She returned to"
            " normal activities within 48 hours.",
            False,
        ),
        ("BI-RADS 3. Follow-up ultrasound after 6 months is recommended.", False),
        (
            "Screening mammography from 2018 was BI-RADS category 2. This asymmetry was"
            " categorized as BI-RADS category 3; diagnostic mammography was recommended in six"
            " months. On follow-up diagnostic mammography in April 2020, the asymmetry showed an"
            " interval increase in size.",
            True,
        ),
    ],
)
def test_a_category_told_before_a_later_visit_is_not_called_current(
    text: str, unsure: bool
) -> None:
    f = read(text).findings
    assert ("category" in f.unsure) is unsure
    assert (f.category is None) is unsure
    assert f.assessments  # what the story says is kept, to show her and ask


def test_she_is_asked_whether_a_story_category_is_on_her_latest_report(tmp_path: Path) -> None:
    from calcinfo.interview import UNSURE
    from tests.prompter import ScriptedPrompter
    from tests.test_interview import _run

    report = tmp_path / "story.txt"
    report.write_text(STORY)
    for answer, shown in (("0", "Your report gives BI-RADS 3"), (UNSURE, "may be from an earlier")):
        prompter = ScriptedPrompter(
            [
                ("Is it the one on your latest report?", answer),
                ("Which breast", "left"),
                ("mention calcifications", "no"),
                ("breast density", UNSURE),
                ("other findings", ["none"]),
                ("already had a biopsy", "no"),
                ("apply to you", ["none"]),
                ("noticed any of these", ["none"]),
                ("What date", ""),
                ("Is this right?", "done"),
                ("Save this as a sheet", "none"),
            ]
        )
        code, out, _ = _run(prompter, tmp_path, report=str(report))
        assert code == 0, out
        assert shown in " ".join(out.split())
        assert prompter.defaults[0] == UNSURE  # a hurried Enter does not say yes


def test_one_category_left_among_several_set_aside_as_teaching_is_asked_not_shown() -> None:
    """Outside an impression, the one category left where two others were set aside as
    teaching may be teaching too: she is asked. Inside an impression it is hers."""
    teaching = (
        "For example, BI-RADS 2 means benign. For example, BI-RADS 5 means highly suspicious.\n"
    )
    loose = read(teaching + "Mine was BI-RADS 4.").findings
    assert loose.category is None and "category" in loose.unsure
    stated = read(teaching + "IMPRESSION: BI-RADS 4.").findings
    assert stated.category is not None and stated.category.value == "4"


@pytest.mark.parametrize(
    ("text", "shapes", "patterns"),
    [
        # words that point back to the calcifications of the sentence before
        (
            "Milk-of-calcium calcifications. These are round and smudgy.",
            ["milk-of-calcium", "round"],
            [],
        ),
        (
            "Milk-of-calcium calcifications. On the CC view they look round and smudgy.",
            ["milk-of-calcium", "round"],
            [],
        ),
        (
            "Calcifications in my left breast. There are about five of them, small, grouped.",
            [],
            ["grouped"],
        ),
        # ... not a sentence of its own subject
        ("Calcifications in my left breast. On the MLO view the skin looks round.", [], []),
    ],
)
def test_words_that_point_back_describe_the_calcifications_before(
    text: str, shapes: list[str], patterns: list[str]
) -> None:
    (finding,) = read(text).findings.findings
    assert sorted(s.value for s in finding.shapes) == sorted(shapes)
    assert [p.value for p in finding.patterns] == patterns


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # who said it, told before the words that point back
        (
            "The mammogram showed four calcifications in my left breast. The doctor told me they "
            "look benign.",
            ["benign"],
        ),
        (
            "The mammogram showed four calcifications in my left breast. According to the doctor "
            "they look benign, so no biopsy.",
            ["benign"],
        ),
        # ... and a word that describes a noun of its own stays that noun's
        (
            "The mammogram showed four calcifications in my left breast. The doctor said the "
            "biopsy was benign.",
            [],
        ),
        # what they were, before a biopsy named in the next clause
        (
            "The mammogram showed four calcifications in my left breast. They were suspicious,"
            " and a biopsy was recommended.",
            ["suspicious"],
        ),
        (
            "The mammogram showed four calcifications in my left breast. With this new concern,"
            " a suspicious biopsy was planned.",
            [],
        ),
    ],
)
def test_what_she_was_told_of_them_describes_the_calcifications_before(
    text: str, words: list[str]
) -> None:
    (finding,) = [f for f in read(text).findings.findings if f.is_calcification]
    assert [w.value for w in finding.words] == words


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (
            "I have calcifications in my left breast. They hadn't appeared on my mammogram "
            "from five years earlier.",
            ["new"],
        ),
        ("There are dots of calcium. They weren't on my previous mammogram.", ["new"]),
        ("It showed a slight increase in calcifications.", ["increasing"]),
        (  # a change that points back by itself
            "A mammogram showed calcifications in my left breast. About five are grouped "
            "together. Compared with my mammogram from four years earlier, there are slightly "
            "more of them.",
            ["increasing"],
        ),
        ("Calcifications again noted.", ["stable"]),
        ("Scattered calcifications, developing in a surgical scar.", []),
        # a feature seen once is no change since the last exam
        ("The mass shows increased vascularity on color Doppler.", []),
        ("This mass is anechoic and has increased through transmission.", []),
        ("Several enlarged lymph nodes were present in the left axilla.", []),
        ("The lymph node has enlarged since the prior study.", ["increasing"]),
        ("The cyst is slightly smaller.", ["decreasing"]),
        ("The mass enlarged to 2.1 cm.", ["increasing"]),
        ("Smaller lymph nodes are noted with mild cortical thickening.", []),
        ("The cluster of calcifications is smaller than before.", ["decreasing"]),
        # a new exam is no new finding
        ("After the radiologist reviewed my new film, she found some calcifications.", []),
        ("New grouped calcifications in the left breast.", ["new"]),
        # grown, in the past tense or against the last exam; a size compared is no change
        ("The mass grew to 2.2 cm over six months.", ["increasing"]),
        ("The grouped calcifications are larger than on the prior study.", ["increasing"]),
        ("The nodule has become slightly bigger.", ["increasing"]),
        ("Calcifications larger than 2 mm are usually benign.", []),
        ("The macro kind are bigger calcium deposits.", []),
        ("She grew up near the coast. A mass was found in 2020.", []),
        # no earlier exam to compare with, said as reports say it
        (
            "Grouped calcifications, left breast. No previous mammograms are available.",
            ["no-prior"],
        ),
        ("A 9 mm oval mass. There is no prior imaging.", ["no-prior"]),
        (
            "Grouped calcifications, left breast. There were no earlier films to compare with.",
            ["no-prior"],
        ),
        (
            "COMPARISON: None.\nFINDINGS: Grouped amorphous calcifications, left breast.",
            ["no-prior"],
        ),
        (  # of the whole exam: each finding that says no change of its own
            "COMPARISON: None available.\nFINDINGS: Grouped calcifications in the left breast."
            " Vascular calcifications are unchanged.",
            ["no-prior", "stable"],
        ),
        ("COMPARISON: 2024-10-03.\nFINDINGS: Grouped calcifications, left breast.", []),
        # the exam compared with earlier films: what it shows now is no past finding
        ("When compared to prior films, a new mass is present.", ["new"]),
        (
            "Since the prior exam, the calcifications in the left breast have increased in number.",
            ["increasing"],
        ),
        # the skin's change is no change of the calcifications before it
        ("A few benign-appearing microcalcifications are present. The skin is stable.", []),
        ("Grouped punctate calcifications. The nipples are unchanged.", []),
        ("Grouped punctate calcifications in the left breast. The group is unchanged.", ["stable"]),
        # new, said as not there before: the finding is hers, not negated
        ("The calcifications were not there last year.", ["new"]),
        ("New left breast calcifications are seen, previously not present.", ["new"]),
        ("Grouped calcifications in the left breast, not previously seen.", ["new"]),
        # a finding named with the earlier exam that is there now; one that is gone is not
        ("The grouped calcifications seen on the prior exam are unchanged.", ["stable"]),
        ("The calcifications, assessed as BI-RADS 3 on the prior exam, are stable.", ["stable"]),
        ("Calcifications seen on the prior exam are no longer present.", []),
        ("I had a baseline mammogram at 42. Now there are calcifications in my left breast.", []),
        (  # ... but a report's comparison part says it of this exam
            "COMPARISON: This is the patient's baseline study.\nFINDINGS: There are a tiny"
            " cluster of calcifications in the right breast.",
            ["no-prior"],
        ),
        # more of them than before, in her words
        (
            "The second set of images confirmed that I had more microcalcifications than I'd had"
            " the year before.",
            ["increasing"],
        ),
        ("Dense breasts have more calcifications than fatty breasts.", []),
        (  # her own, after somebody else's
            'I do have calcifications in my affected breast. "Most of the women I see have'
            ' calcifications," he said. Mine are dispersed and stable.',
            ["stable"],
        ),
        (  # age that increases, not the calcifications
            "Scattered calcifications in both breasts. They become more frequent with"
            " increasing age.",
            [],
        ),
        # the earlier exam told as having shown none of them
        (
            "A mammogram found calcifications in both of my breasts. My mammogram five years"
            " before had shown none of them.",
            ["new"],
        ),
        ("Calcifications in the left breast. The ultrasound showed none of them.", []),
    ],
)
def test_change_is_read_in_the_ways_it_is_said(text: str, change: list[str]) -> None:
    """Change said indirectly counts ("they weren't on my previous mammogram"); a scar that is
    "developing" is no new finding."""
    found = [c.value for f in read(text).findings.findings for c in f.change]
    assert found == change


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("MRI: bilateral nodular breasts, but a mass in the left breast cannot be seen.", []),
        ("Most papillomas are small; however, they can rarely present as a large mass.", []),
        ("These lesions may present as a palpable mass or be found by chance.", []),
        ("Common mammographic findings of amyloidosis are multiple nodules.", []),
        # "often, however," opens what is often so; "other times" and "sometimes" are like it
        ("Often, however, these views show an underlying mass or calcifications.", []),
        ("Sometimes the extra views show a mass behind the overlapping tissue.", []),
        ("When calcifications appear clustered, a mass may be hiding among them.", []),
        (  # the list after "the most common presentations of ... are" runs to its end
            "The most common presentations of invasive lobular carcinoma are a spiculated mass, "
            "an ill-defined or obscured mass, and architectural distortion.",
            [],
        ),
        # how most of a kind shows itself, its options, its signs, and what is rare in it
        (
            "Most breast cancers present on mammography as a suspicious mass and/or"
            " microcalcifications.",
            [],
        ),
        (
            "On mammography it presents either as a typical lipid cyst or as a spiculated lesion.",
            [],
        ),
        (
            "The most common clinical signs and symptoms are a rapidly growing, painless, mobile"
            " breast mass in the upper outer quadrant.",
            [],
        ),
        ("DCIS; a breast mass is uncommon but occasionally found on mammography.", []),
        (
            "Invasive breast cancer can present as an asymmetry, though less commonly than the"
            " classic spiculated mass.",
            [],
        ),
        # ... while her own mass told the same way is hers
        ("The cancer presented as a spiculated mass in the left breast.", ["mass"]),
        # the names a kind may be given, and what may look like it
        (
            'A spot can also be called "a density", "an area of asymmetry", or "a mass," or be'
            " described in several other terms.",
            [],
        ),
        (
            "Overlapping tissue can create densities on the mammogram that look like a mass or"
            " an area called architectural distortion.",
            [],
        ),
        # a mass a woman found herself is a lump she felt; one the pictures showed is a finding
        (
            "Twenty-two months after a mammogram that was reported as normal, a woman in her"
            " forties detected a mass in her breast.",
            [],
        ),
        ("The radiologist found a mass in the left breast.", ["mass"]),
        (
            "I found a small mass in my left breast. The mammogram showed a 1 cm mass there.",
            ["mass"],
        ),
        ("A 2 cm oval mass is seen in the left breast at 3 o'clock.", ["mass"]),
        (  # what a test can find, in general
            "A mammogram may detect a mass, a cluster of calcifications or an enlarged lymph node.",
            [],
        ),
        ("Ultrasound can identify a solid mass, complicated cyst, or echogenic tissue.", []),
        ("The ultrasound detected a solid mass in the right breast.", ["mass"]),
        (  # a second one named as such is one more
            "Targeted ultrasound shows a corresponding irregular mass, as well as a second focal"
            " irregular hypoechoic mass in the left lateral breast.",
            ["mass", "mass"],
        ),
        ("A mass in the left breast. The second view shows the mass better.", ["mass"]),
        # her word "lump" for what the pictures showed is a mass; a lump she felt is not
        ("The scan showed that I had two lumps, right under my right breast.", ["mass", "mass"]),
        ("The radiologist found two lumps in my left breast.", ["mass", "mass"]),
        ("The sonography showed two lumps in my left breast.", ["mass", "mass"]),
        ("I found a lump in my left breast last week.", []),
        # distortion a mass causes is the mass's; distortion beside a mass is a finding
        (
            "A high density mass in the upper outer quadrant of the right breast with"
            " perilesional architectural distortion.",
            ["mass"],
        ),
        (
            "There is a mass and architectural distortion in the left breast.",
            ["mass", "distortion"],
        ),
        # a cancer's spread and the nodes an operation took stage it: no node on her pictures
        ("The tumor was the size of a pea, yet it had already spread to three lymph nodes.", []),
        ("Pathology showed a 3 cm tumor and 2 positive lymph nodes.", []),
        ("I had a lumpectomy and one lymph node taken.", []),
        ("It meant the cancer had spread beyond the tumour into nearby lymph nodes.", []),
        ("I had a lumpectomy, with the removal of a total of 17 lymph nodes.", []),
        ("Pathology: 2 of 11 lymph nodes held metastatic cancer cells.", []),
        ("Ultrasound shows an enlarged left axillary lymph node.", ["lymph-node"]),
        # how many she has, in her own words; and how many women have them
        ("He told me I was chock full of cysts, most of them small simple cysts.", ["mass"]),
        ("Lots of women have cysts.", []),
        ("Breasts full of cysts are common in women in their 40s.", []),
        (  # told "a few days earlier" is no earlier exam
            "I remembered what she had told me a few days earlier: 'Distortion in the right "
            "breast'.",
            ["distortion"],
        ),
        ("Lungs: scattered pulmonary nodules, a 3 mm nodule in the right upper lobe.", []),
        ("A 9 mm mass in the left breast. A thyroid nodule is noted.", ["mass"]),
        ("When a mass is seen on a mammogram it must be seen on two views.", []),
        ("Any focal mass-like enhancement over 5 mm needs tissue confirmation.", []),
        ("A 2 cm mass in the left breast without any calcifications.", ["mass"]),
        ("The mass could not be biopsied. A 2 cm mass is present in the left breast.", ["mass"]),
    ],
)
def test_how_a_kind_of_lesion_may_look_is_no_finding_of_hers(text: str, kinds: list[str]) -> None:
    found = [f.kind.value for f in read(text).findings.findings if not f.is_calcification]
    assert found == kinds


@pytest.mark.parametrize(
    ("text", "assessments"),
    [
        (  # the one side a long sentence names is the category's, however far before it
            "Ultrasound of the right breast shows a hypoechoic, irregular mass-like lesion with "
            "no circumscribed margins and posterior acoustic enhancement, suspicious of "
            "malignancy (BI-RADS 4A).",
            [("4A", "right")],
        ),
        (  # two sides named, both far from the category: no side is guessed
            "FINDINGS: Ultrasound of the right breast and then of the left breast shows an "
            "irregular hypoechoic mass with angular margins, posterior acoustic shadowing and "
            "internal flow on Doppler imaging, suspicious of malignancy (BI-RADS 4B).",
            [("4B", None)],
        ),
        (  # "bilateral" in a long sentence is mostly the side of its findings
            "Bilateral breast cysts, the largest measuring 12 mm, with thin walls and no solid "
            "part or flow on Doppler imaging, are seen, consistent with BI-RADS 2.",
            [("2", None)],
        ),
    ],
)
def test_a_category_takes_the_one_side_its_sentence_names(
    text: str, assessments: list[tuple[str, str | None]]
) -> None:
    found = read(text).findings.assessments
    assert [(a.category.value, a.side and a.side.value) for a in found] == assessments


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Biopsy showed carcinoma.", "invasive-cancer"),
        (  # "the carcinoma" after DCIS is the same DCIS, not an invasive cancer
            "Pathology: ductal carcinoma in situ, low grade. The carcinoma measures 8 mm.",
            "dcis",
        ),
        ("Post-operative histology revealed usual lobular hyperplasia.", "benign"),
        ("A biopsy revealed Stage IIIA breast cancer.", "invasive-cancer"),  # above stage 0
        ("The biopsy reveals an invasive ductal carcinoma.", "invasive-cancer"),
        ("A biopsy confirmed stage 0 breast cancer.", None),  # stage 0 is DCIS, not said so
        ("Pathology showed fibromatosis (desmoid tumor).", "benign"),
        ("Core biopsy: no carcinoma seen.", None),
        ("At biopsy, carcinoma was ruled out.", None),
        ("A lipoma was seen on the mammogram.", None),  # an imaging finding, not pathology
        ("Biopsy results came back and the risk of carcinoma is low.", None),
        ("History of DCIS in 2015. Biopsy showed carcinoma.", None),  # which one: not read
        ("Pathology: findings suspicious for carcinoma.", None),
        ("The biopsy showed benign tissue; carcinoma cannot be excluded on a core.", "benign"),
        ("The biopsy confirmed the diagnosis of breast tuberculosis.", "benign"),
        ("Ultrasound-guided core biopsy was performed, revealing stromal fibrosis.", "benign"),
        ("A core biopsy was performed. Diabetic mastopathy was diagnosed.", "benign"),
        ("She had no previous history of tuberculosis.", None),
        ("The histopathology report was of cavernous hemangioma.", "benign"),
        ("A biopsy resulted in a diagnosis of infiltrating ductal carcinoma.", "invasive-cancer"),
        # a diagnosis made from the pictures, or by her doctor, is no pathology result
        ("Based on the ultrasound, the most likely diagnosis is duct ectasia.", None),
        ("Imaging diagnosis: benign fat-containing mass.", None),
        (  # a result among the diagnoses the pathologist weighs
            "A core needle biopsy was done: the pathology suggested a differential diagnosis"
            " including a phyllodes tumour and a spindle cell carcinoma.",
            None,
        ),
        ("A diagnosis of mastitis was made and she was started on antibiotics.", None),
        ("Diagnosis: Mammary oil cyst (BIRADS 2: Benign)", None),  # a teaching case's heading
        # a diagnosis with no biopsy or pathology told near it is no result calcinfo can show;
        # in her own words, or after a biopsy, it is
        ("Six months later she was diagnosed with stage 3 cancer.", None),
        # the sentence before counts: a clip placed there tells of a biopsy
        ("A marker clip was placed. She was diagnosed with DCIS.", "dcis"),
        ("I was diagnosed with DCIS.", "dcis"),
        # a kind named to explain her result, not as hers: what it is measured against, its
        # other name, what the kind is (the blog's DCIS had been shown for her ADH)
        (
            "Results\n\nI got a phone call with my biopsy results. I have Atypical Ductal"
            " Hyperplasia. It's not cancer, yet. But it's one stage below Ductal Carcinoma In"
            " Situ, also known as DCIS. DCIS is also not considered dire.",
            "adh",
        ),
        ("The biopsy showed DCIS, which can turn into invasive cancer.", "dcis"),
        ("Pathology: DCIS is present at the margin.", "dcis"),
        ("I was diagnosed with DCIS. DCIS is a non-invasive cancer.", "dcis"),
        # a cancer the result rules out is no result
        ("My biopsy results came back: invasive ductal carcinoma was ruled out.", None),
        ("The biopsy showed atypia; invasive carcinoma cannot be ruled out.", None),
        # an invasive cancer named after her biopsy, led in by the result's words or found
        (
            "A biopsy was done the same day. Within 2 days I had the results: invasive ductal"
            " carcinoma, stage 1A.",
            "invasive-cancer",
        ),
        (
            "I scheduled the biopsy and waited for the results, then the bad news - 'invasive"
            " ductal CA'.",
            "invasive-cancer",
        ),
        ("Diagnosis: Ultrasound-guided CNB = infiltrating lobular carcinoma.", "invasive-cancer"),
        (
            "In April 2011, the plaintiff underwent biopsy of her right breast abnormality."
            " Invasive ductal carcinoma was found.",
            "invasive-cancer",
        ),
        # not one of the results a biopsy can give, nor a cancer the pictures confirmed
        (
            "Suspicious calcifications are biopsied. The usual results are: normal, ADH, DCIS,"
            " or invasive ductal carcinoma (IDC).",
            None,
        ),
        (
            "The biopsy target was searched for. This additional imaging confirmed a Stage 2"
            " cancer in the breast.",
            None,
        ),
        ("The pathologist report said that it was fibrous tissue: no cancer.", "benign"),
        # found in review: a guess about the lesion is no guess about its result
        ("Biopsy of the presumed fibroadenoma showed DCIS.", "dcis"),
        ("The final diagnosis was invasive ductal carcinoma.", "invasive-cancer"),
        ("Biopsy of the left breast mass revealed fibroadenoma.", "fibroadenoma"),
        # a result guessed from the pictures is no result
        ("The ultrasound result was BIRADS 3, most likely a fibroadenoma.", None),
        ("Pathology: findings consistent with fibroadenoma.", "fibroadenoma"),
        (
            "An ultrasound-guided biopsy was performed. She was diagnosed with Stage 2 "
            "breast cancer.",
            "invasive-cancer",
        ),
        # case reports' words
        (
            "She then underwent lymph node biopsy, which returned as metastatic carcinoma.",
            "invasive-cancer",
        ),
        (
            "The images show a small IDC which was confirmed on ultrasound and subsequent biopsy.",
            "invasive-cancer",
        ),
        ("Core biopsy confirmed adenoid cystic carcinoma.", "invasive-cancer"),
        # as women tell it, and pathology's abbreviation
        ("The pathology results came back: a 2.7cm invasive breast cancer.", "invasive-cancer"),
        ("Pathology: invasive ductal CA.", "invasive-cancer"),
        ("Cytology: no malignant cells were seen.", "benign"),
        # a category's own name is the imaging's result, not pathology's
        ("My results came back BIRADS 2, benign.", None),
        ("BI-RADS 4. Biopsy came back benign.", "benign"),
        ("IMPRESSION: Clip in appropriate position. Pathology pending.", "pending"),
        (
            "IMPRESSION: Successful stereotactic biopsy. Pathology results will be communicated"
            " when available.",
            "pending",
        ),
        ("The request returned as expected; no carcinoma is seen.", None),
        # benign conditions case reports' pathology names
        (
            "Histology revealed granulomatous chronic inflammation consistent with sarcoid.",
            "benign",
        ),
        ("Surgery also confirmed the diagnosis of a hydatid cyst.", "benign"),
        ("Histopathology confirmed a leiomyoma.", "benign"),
        ("Core biopsy revealed adenosis with focal fibroadenomatoid changes.", "benign"),
        # high-risk lesions: not cancer, but each its own result, never "benign" with its advice
        ("Core biopsy showed an intraductal papilloma.", "papilloma"),
        ("Pathology: benign intraductal papilloma without atypia. Concordant.", "papilloma"),
        ("Core biopsy pathology: radial scar, no atypia.", "radial-scar"),
        ("Stereotactic biopsy: complex sclerosing lesion with fibrocystic change.", "radial-scar"),
        ("Pathology: atypical lobular hyperplasia (ALH). Concordant.", "lcis-or-alh"),
        ("Biopsy result: classic LCIS and fibroadenoma.", "lcis-or-alh"),
        ("Core biopsy showed lobular neoplasia.", "lcis-or-alh"),
        # the biopsy's place told before what it showed, and pathology's "analysis"
        (
            "Recent ultrasound-guided core biopsy of a new palpable lump in the right lateral"
            " breast showed lobular carcinoma in situ, classic subtype.",
            "lcis-or-alh",
        ),
        ("Sent to pathological analysis, which revealed an intraductal papilloma.", "papilloma"),
        # ... the more serious of two, where both are named
        ("Pathology: intraductal papilloma and atypical ductal hyperplasia.", "adh"),
        # ... and none where it is only a guess or a possibility
        ("Architectural distortion, possibly a radial scar. Biopsy is recommended.", None),
        # a papilloma with atypia is no papilloma result alone: not shown as one
        ("Core biopsy showed an intraductal papilloma with atypia.", None),
        # ... and not where a legend or a lesson names them
        ("FNA: C1 insufficient, or compatible with cyst or lipoma depending on context.", None),
        ("Hydatid cysts are rare in the breast.", None),
        # a "Results:" heading over her category is the imaging's result, not pathology's
        ("Results: BI-RADS 2 benign. My friend got a 4 last year and it was fine.", None),
        ("Results: benign breast tissue.", "benign"),
        (  # a doctor's guesses before the needle are no result
            "My primary diagnosis was a galactocoele and my secondary diagnosis a fibroadenoma.",
            None,
        ),
        ("Core biopsy: fibroadenoma.", "fibroadenoma"),
        # her own words for what the biopsy said
        ("It turned out that the shadowed lump was atypical ductal hyperplasia (ADH).", "adh"),
        (
            "A biopsy followed, which first showed atypical ductal hyperplasia; surgery later"
            " upgraded it to Ductal Carcinoma In Situ (DCIS).",
            "dcis",
        ),
        ("The biopsy made it clear that the lump was not cancerous.", "benign"),
        ("Every lump is not cancerous, it may be an infection.", None),
        (  # the results read to her on the telephone
            "I was booked for a stereotactic biopsy. Two days later someone from the lab called"
            " and read me the results: Ductal Carcinoma In-Situ (DCIS) intermediate.",
            "dcis",
        ),
        (  # the kind of benign tissue, where a result names it
            "I had a biopsy of my right breast. The test results showed that the tissue in"
            " question was FIBROCYSTIC tissue, which is benign (not cancer).",
            "fibrocystic-change",
        ),
        # her past cancer is her history, not this exam's result
        (
            "A woman of 68, status after left breast DCIS, breast-sparing surgery (histology:"
            " healthy margins) 3 years before. A punch biopsy of the nipple at 8:00 revealed"
            " chronic dermal inflammation.",
            None,
        ),
    ],
)
def test_pathology_results_in_the_words_pathology_uses(text: str, result: str | None) -> None:
    found = read(text).findings.biopsy_result
    assert (found and found.value) == result


ANSWER_PAGE = """What is the next step for a BI-RADS 3 lesion on breast ultrasound? The report
says a 9 mm oval circumscribed hypoechoic mass at 2 o'clock in the left breast.

Management of BI-RADS Category 3 Lesions on Breast Ultrasound

Short-interval follow-up ultrasound at 6 months is the standard approach, though core needle
biopsy is a reasonable alternative when the patient is anxious.

Rationale for Surveillance
Probably benign lesions carry a cancer chance under 2%.
"""


def test_an_answer_pages_numbered_steps_are_advice_not_her_recommendations() -> None:
    text = (
        "Evaluation of a mammographic asymmetry\n"
        "Step 1: Diagnostic mammography\nSpot compression views and ultrasound are advised.\n"
        "Step 2: If benign\nReturn to routine annual screening.\n"
    )
    assert read(text).findings.recommendations == ()


def test_an_answer_pages_advice_is_not_what_her_report_recommends() -> None:
    reading = read(ANSWER_PAGE)
    f = reading.findings
    assert f.recommendations == ()
    assert f.category is None  # never taken from a heading about a class of lesions
    assert [x.kind.value for x in f.findings] == ["mass"]  # what she quotes is still read
    assert reading.stages is not None
    assert "advice" in {s.kind for s in reading.stages.sections}


@pytest.mark.parametrize(
    "advice",
    [
        "you should go ahead with the recommended core biopsy",
        "you should go ahead with the core biopsy that was recommended",
    ],
)
def test_her_own_advice_restated_in_an_answer_s_advice_is_hers(advice: str) -> None:
    text = (
        "My report says BI-RADS 4, a suspicious 13 mm mass in the left breast.\n\n"
        f"From the Guidelines\n\nSince the mass is BI-RADS 4, {advice}.\n"
    )
    assert [r.value for r in read(text).findings.recommendations] == ["biopsy"]


def test_an_advice_heading_that_names_her_finding_restates_her_category() -> None:
    text = (
        "My ultrasound report says BI-RADS 4, a 13 mm suspicious mass in the left breast.\n\n"
        "Management of BI-RADS 4 Suspicious Retroareolar Mass\n\n"
        "Image-guided core needle biopsy is the necessary next step.\n"
    )
    f = read(text).findings
    assert f.category is not None and f.category.value == "4"
    assert f.recommendations == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Scattered microcalcifications are probably due to a benign (non-cancerous) cause.", []),
        ("Calcifications are seen with benign processes and with cancer.", []),
        ("Benign-appearing calcifications in both breasts.", ["benign"]),
        ("The calcifications are benign.", ["benign"]),
        ("Coarse benign calcifications and a benign cyst.", ["benign"]),
        # a range of causes, not what the report calls them
        ("Calcifications in the breast are common in both benign and malignant lesions.", []),
        ("Microcalcification has a wide range of causes, both malignant and benign.", []),
        # "concerning" before them is the report's word for suspicious ones
        ("A distortion with a small number of concerning microcalcifications.", ["suspicious"]),
        ("Concerning for malignancy, the calcifications were biopsied.", []),
    ],
)
def test_benign_before_another_noun_describes_that_noun(text: str, words: list[str]) -> None:
    calcs = [f for f in read(text).findings.findings if f.is_calcification]
    found = sorted({w.value for f in calcs for w in f.words} - {"micro", "macro"})
    assert found == words


@pytest.mark.parametrize(
    ("text", "category", "unsure"),
    [
        (  # an answer guessing what the asker meant
            "I believe you are asking about BI-RADS 4B findings on breast MRI, a category for "
            "lesions with moderate suspicion.",
            None,
            False,
        ),
        ("The term 'cyst 4' likely refers to a BI-RADS category 4 assessment.", None, False),
        ("BI-RADS 4B Classification on MRI\nThese lesions need a biopsy.", None, False),
        ("Overall, a BI-RADS 4 classification requires prompt attention.", None, False),
        (  # hers: "on my mammogram"
            "Should I be worried about getting a BI-RADS 0 classification on my mammogram?",
            "0",
            False,
        ),
        ("Are breast category 4b lesions serious?", None, False),  # a question about a class
        ("Breast category 4b refers to nodules with moderate suspicion.", None, False),
        ("BI-RADS 2 stands for benign findings with typical features.", None, False),
        ("The key principle is that BI-RADS categories 4 and 5 need a biopsy.", None, False),
        ("My report says BI-RADS 4B. Are category 4b lesions serious?", "4B", False),
        (  # a page that names no one defines two categories: asked, not shown
            "Assessment is incomplete\n\nBI-RADS 0: Needs additional imaging evaluation.\n\n"
            "Assessment is complete\n\nBI-RADS 1: Negative\n\n  \u2022 In this case, there "
            "is no significant abnormality to report.",
            None,
            True,
        ),
        (  # ... three or more: a page that defines them, not shown and not asked
            "Category 4 has three parts.\nBI-RADS 4A: low suspicion for cancer\nBI-RADS 4B: "
            "moderate suspicion for cancer\nBI-RADS 4C: high suspicion for cancer\nEach part "
            "tells how urgent the next step is.",
            None,
            False,
        ),
        (  # ... a form's list to pick one from
            "Pick one:\n- category 1, negative\n- category 2, benign finding\n"
            "- category 3, probably benign finding\n- category 4, suspicious",
            None,
            False,
        ),
        (  # a leaflet's lines on what other categories mean, below her report: hers stands
            "Bilateral mammography shows a benign calcification in the left breast. BI-RADS 2."
            "\n\nA BI-RADS 3 result means a finding is probably benign, and a follow-up in 6 "
            "months is usually advised. A BI-RADS 4 result means a biopsy is usually advised.",
            "2",
            False,
        ),
        (  # ... below her own story: its "follow-up in 6 months" is no later visit of hers
            "I had an ultrasound last week. It showed an area of shadowing and the radiologist "
            "said it was BI-RADS 4.\n\nA BI-RADS 3 result means a finding is probably benign, "
            "and a follow-up mammogram in 6 months is usually advised.",
            "4",
            False,
        ),
        (  # ... below a recall: no later category of hers
            "Screening mammogram. A possible mass in the right breast. Additional views are "
            "recommended. BI-RADS 0.\n\nA BI-RADS 3 result means a finding is probably benign. "
            "A BI-RADS 4 result means a biopsy is usually advised.",
            "0",
            False,
        ),
        (  # ... above it, as a lesson's page opens: asked
            "A BI-RADS 3 result means a finding is probably benign. A BI-RADS 4 result means a "
            "biopsy is usually advised.\n\nBilateral mammography shows a benign calcification "
            "in the left breast. BI-RADS 2.",
            None,
            True,
        ),
        (  # her own note of two exams, no one named: asked which is final
            "Mammogram: BI-RADS 0. Ultrasound: BI-RADS 3.",
            None,
            True,
        ),
        (  # ... and of three, each beside its breast: hers, by side
            "Right breast: BI-RADS 2. Left breast: BI-RADS 4. Overall: BI-RADS 4.",
            "4",
            False,
        ),
        (  # a report that names no one: its impression's category stands
            "Screening mammogram: BI-RADS 0, additional imaging needed.\n"
            "IMPRESSION: Suspicious calcifications. BI-RADS 4B.",
            "4B",
            False,
        ),
        (  # what a guideline body advises for a category is advice for anyone
            "For a BI-RADS category 0 (additional imaging required) finding on screening "
            "mammogram, the National Comprehensive Cancer Network recommends a diagnostic "
            "mammogram.",
            None,
            False,
        ),
        (  # a page that teaches category 4 and never speaks of a person: asked, not shown
            "A BI-RADS 4 classification indicates a suspicious finding. BI-RADS 4 is divided "
            "into 4A, 4B and 4C. Though a BI-RADS 4 finding warrants biopsy, most are benign. "
            "Core biopsy is used for BI-RADS 4 lesions.",
            None,
            True,
        ),
    ],
)
def test_a_category_a_page_teaches_or_guesses_is_not_hers(
    text: str, category: str | None, unsure: bool
) -> None:
    f = read(text).findings
    assert (f.category and f.category.value) == category
    assert ("category" in f.unsure) is unsure


def test_a_density_legend_with_a_misspelled_group_says_nothing_of_her() -> None:
    text = (
        "There are four categories. 1/A is fatty. 2/B is scattered fibroglandular density. "
        "3/C is heterogenous density. 4/D is extremely dense."
    )
    assert read(text).findings.density is None
    assert read("The breasts are heterogenously dense.").findings.density is Density.C
    nodule = "Mammography showed a lobulated nodule with heterogeneous density in the left breast."
    assert read(nodule).findings.density is None


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("Risk factors for breast cancer include a family history of breast cancer.", []),
        ("The next steps depend on your age, family history of breast cancer and symptoms.", []),
        ("For those with a family history of breast cancer, screening starts earlier.", []),
        (  # every item of the list, not only the first
            "Mammograms start earlier for those with findings such as lumps, family history, "
            "history of breast cancer, or BRCA1/BRCA2 genes.",
            [],
        ),
        ("Biopsy suits a patient with a strong family history of breast cancer.", []),
        ("Biopsy is reasonable if she is anxious, or there is a strong family history.", []),
        ("HISTORY: Family history of breast cancer in her mother.", ["family-history"]),
        ("The patient has a strong family history of breast cancer.", ["family-history"]),
        (
            "What is the next step for a patient with a history of breast cancer and a new mass?",
            ["personal-breast-cancer"],
        ),
        (
            "A 48-year-old female treated for right breast cancer 2 years ago presents for "
            "screening.",
            ["personal-breast-cancer"],
        ),
        ("Some women will be treated for breast cancer that would never have harmed them.", []),
        (
            "History of left breast cancer treated with segmentectomy and radiation therapy.",
            ["personal-breast-cancer", "breast-surgery"],
        ),
        (  # her own cancer, treated long ago: both (the cancer was not read before 2026-11-26)
            "Left breast carcinoma, treated with left MRM in 1994.",
            ["personal-breast-cancer", "breast-surgery"],
        ),
        ("Patient has a history of left breast DCIS (treated 2018).", ["personal-breast-cancer"]),
        (
            "Indication: LT BREAST DCIS POST LUMPECTOMY",
            ["personal-breast-cancer", "breast-surgery"],
        ),
        (
            "This is a follow-up case of an invasive right ductal breast carcinoma.",
            ["personal-breast-cancer"],
        ),
        # the treatment of what this exam found is no history
        ("The patient had a left modified radical mastectomy after the biopsy.", []),
        # a history said to be unremarkable or negative is none; cancer with no breast named,
        # or a gene she is tested for, is no history id
        ("Her medical and family history were unremarkable.", []),
        ("Her family history was negative for breast cancer.", []),
        ("This case involves a female with a family history of cancer.", []),
        ("I will also be having genetic testing for the BRCA genes.", []),
        ("She carries a BRCA1 mutation.", ["gene-change"]),
        # a risk quoted after an operation is anyone's, not her operation
        ("Risk of cancer after lumpectomy is about 1% per year.", []),
        # found in review: another organ's operation, or one only offered, is none of hers; an
        # implant stays history after a biopsy result; gadolinium is no silicone
        ("Surgical history is notable for cholecystectomy and hysterectomy.", []),
        ("The surgeon says I can have the fibroadenoma removed or just watch it.", []),
        ("Core biopsy showed fibroadenoma. She has bilateral breast implants.", ["breast-surgery"]),
        (
            "Bilateral breast MRI with injection of gadolinium in a patient with breast implants.",
            ["breast-surgery"],
        ),
        ("I tested positive for the BRCA1 gene.", ["gene-change"]),
        # something benign taken out before is an operation of hers
        ("Maren had some cysts removed nine years ago.", ["breast-surgery"]),
        ("She had a history of surgical excision of benign breast lesions.", ["breast-surgery"]),
        (
            "In an earlier work-up she had had several biopsies and excisions, which reportedly"
            " showed fibrocystic change.",
            ["breast-surgery"],
        ),
        ("Excision of the mass is recommended.", []),
        (
            "Her surgical history included an excisional biopsy of a fibroadenoma.",
            ["breast-surgery"],
        ),
        (
            "I had a fibroadenoma (benign tumor) removed from my right breast in my 20s.",
            ["breast-surgery"],
        ),
        # silicone injected for augmentation is no operation
        ("Silicone was injected into her breasts for breast augmentation years ago.", []),
        # an operation after this exam's biopsy result treats it: no history
        (
            "Biopsy revealed invasive ductal carcinoma. She ultimately had a left mastectomy "
            "and chemotherapy.",
            [],
        ),
        (  # ... and so does one after a diagnosis that is not shown as a result
            "She was subsequently diagnosed with stage IV breast cancer. She underwent "
            "mastectomy, radiation, and chemotherapy.",
            [],
        ),
        # ... but one placed before now is
        (
            "Biopsy showed fat necrosis. She had a left lumpectomy in 2015.",
            ["breast-surgery"],
        ),
        # an operation read as this exam's biopsy is not her history ...
        (
            "Ultrasound revealed two masses in the left breast. The patient underwent"
            " lumpectomy of masses in the left breast for tissue diagnosis.",
            [],
        ),
        # ... unless it is placed before now
        (
            "She had undergone excisional biopsy for her left breast mass 15 months ago.",
            ["breast-surgery"],
        ),
        # a hospital's department is no operation of hers
        ("Four authors, the breast surgery division of a Singapore hospital.", []),
    ],
)
def test_a_risk_named_for_anyone_is_not_her_history(text: str, history: list[str]) -> None:
    assert [h.value for h in read(text).findings.history or ()] == history


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (  # a structured form tells the same group twice
            "Location of the lesion: Left breast, typically benign rim calcifications seen in "
            "diffuse distribution\nMass: None\nArchitectural distortion: None\nAsymmetry: None\n"
            "Skin lesion: None\nAssociated features: None\nIntramammary node: None\n"
            "Calcifications:\nTypically benign: Rim\nDistribution: Diffuse\n",
            1,
        ),
        (  # the same words at two places are two groups
            "Grouped amorphous calcifications in the left breast at 2 o'clock. Grouped "
            "amorphous calcifications in the left breast at 10 o'clock.",
            2,
        ),
        (  # a second name for the same calcifications is no second group
            "FINDINGS\nRIGHT BREAST:\nNo suspicious masses, calcifications, or architectural"
            " distortion. Scattered\nbenign-appearing calcifications consistent with vascular"
            " calcifications.",
            1,
        ),
        (  # ... nor is what a colon says the bare ones are
            "RIGHT BREAST: Scattered benign-appearing calcifications consistent with vascular"
            " calcifications.\nLEFT BREAST: New left breast calcifications are seen, previously"
            " not present: a 5 mm group of fine pleomorphic calcifications at 10 o'clock.",
            2,
        ),
        ("Scattered benign calcifications bilaterally: new grouped amorphous calcifications.", 2),
        (  # 'these calcifications' are the group just described, whatever is said of them
            "Mammography showed coarse rod-like calcifications in the left breast. These"
            " calcifications were classified as category 4A: low suspicious findings.",
            1,
        ),
        (  # ... but those of the other breast are another group
            "Coarse rod-like calcifications in the left breast. In the right breast, these"
            " microcalcifications are suspicious.",
            2,
        ),
        (  # ... but a second group in the same sentence is
            "Grouped amorphous calcifications in the left breast, likely benign, and new punctate"
            " calcifications in the right breast.",
            2,
        ),
        (  # "the calcifications", where one group has been named, are that group
            "A cluster of microcalcifications is seen in the upper outer quadrant of the left"
            " breast. On magnification views, the calcifications are amorphous.",
            1,
        ),
        (  # ... but where two have, they could be either: not joined to one
            "Vascular calcifications in the right breast. A cluster of microcalcifications in"
            " the left breast. On magnification views, the calcifications are amorphous.",
            3,
        ),
    ],
)
def test_a_group_told_twice_in_the_same_words_is_one_group(text: str, groups: int) -> None:
    assert sum(f.is_calcification for f in read(text).findings.findings) == groups


def test_there_are_inside_a_condition_is_still_the_condition() -> None:
    conditional = "Magnification views may be needed if there are any suspicious calcifications."
    assert read(conditional).findings.findings == ()
    plain = read("No mass is seen and there are grouped calcifications.").findings
    assert [f.kind.value for f in plain.findings] == ["calcification"]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("However, clustered or linear microcalcifications can indicate an early cancer.", 0),
        # ... however the sentence leads on, or the mass they come without is said
        ("That said, clustered or linear microcalcifications can be a sign of DCIS.", 0),
        ("Clustered or linear microcalcifications, however, can point to DCIS.", 0),
        ("Clustered microcalcifications with no distinct mass can be a sign of DCIS.", 0),
        ("That said, my clustered microcalcifications can be watched.", 1),
        ("Still, the clustered calcifications can be followed.", 1),
        # the members of a kind named with "such"
        (
            "Such nonpalpable lesions found on mammography are (1) breast calcifications that"
            " are punctate or branching and clustered along ducts.",
            0,
        ),
        ("Such calcifications were seen in her left breast.", 1),
        ("Magnification views evaluate for any associated microcalcifications.", 0),
        ("Get diagnostic mammography to look for associated calcifications.", 0),
        ("Spot views were taken to check for calcifications; grouped calcifications are seen.", 1),
        ("Calcifications are often benign.", 0),
        ("Grouped amorphous calcifications may represent DCIS.", 1),  # a differential
        ("The calcifications can be followed with a mammogram in six months.", 1),
        ("FINDINGS: Pleomorphic calcifications can be seen in the upper outer left breast.", 1),
    ],
)
def test_calcifications_as_the_bare_subject_of_what_they_can_do_are_anyones(
    text: str, groups: int
) -> None:
    assert sum(f.is_calcification for f in read(text).findings.findings) == groups


def test_sentences_and_headings_run_together_without_spaces() -> None:
    """A translated report with no space after its full stops."""
    text = (
        "Clinical indication: screening.Findings:Partially fat-replaced breasts.Sparse benign "
        "calcifications.No suspicious grouped calcifications are observed."
    )
    f = read(text).findings
    assert f.calcifications is True
    assert [w.value for w in f.findings[0].words] == ["benign"]
    stages = read("Vascular calcifications, e.g.in the left breast.").stages
    assert stages is not None and len(stages.index.sentences) == 1  # no capital: one sentence


@pytest.mark.parametrize(
    ("text", "category", "unsure"),
    [
        # a heading typed with a semicolon for its colon, as a woman copying her report may
        (
            "The 8mm nodule likely represents a complicated cyst. Impression; probably benign "
            "-follow up recommended. A follow up in 6 months is recommended.",
            "3",
            False,
        ),
        ("Impression; probably benign. Follow up in 6 months.", "3", False),
        # "probably benign" said of one finding, with no heading, is still no category
        ("The nodule appears probably benign; follow up in 6 months.", None, False),
    ],
)
def test_a_heading_typed_with_a_semicolon_heads_its_part(
    text: str, category: str | None, unsure: bool
) -> None:
    f = read(text).findings
    if category is None:
        assert f.category is None
    else:
        assert f.category is not None and f.category.value == category
    assert ("category" in f.unsure) is unsure


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "A 3.5 cm spiculated mass in the upper outer quadrant of the left breast with "
            "associated pleomorphic calcifications.",
            "left",
        ),
        ("A mass in the right breast contains coarse calcifications.", "right"),
        ("A 2 cm mass in the left breast. Scattered vascular calcifications.", None),
        # ... or beside it, the mass named in the sentences before
        (
            "A large firm mass is seen in the upper outer left breast at 12:30. The mass measures"
            " 1x2 cm on the CC view. Calcifications are seen adjacent to the mass.",
            "left",
        ),
    ],
)
def test_calcifications_in_a_mass_take_its_side(text: str, side: str | None) -> None:
    calcs = [f for f in read(text).findings.findings if f.is_calcification]
    assert [(f.side and f.side.value) for f in calcs] == [side]


@pytest.mark.parametrize(
    ("text", "symptoms"),
    [
        ("HISTORY: Left breast pain.", ["pain"]),
        ("Clinical history: pain in the left breast for two weeks.", ["pain"]),
        ("Unless you have discomfort, over-the-counter pain relievers are not needed.", None),
        ("Clinical presentation: She presented with pain in the abdomen.", None),
        ("She came to the ED with low back pain.", None),
        ("I have a high pain threshold, but a needle in my breast makes me cringe.", None),
    ],
)
def test_pain_is_a_breast_symptom_only_where_it_is_one(
    text: str, symptoms: list[str] | None
) -> None:
    found = read(text).findings.symptoms
    assert (None if found is None else [s.value for s in found]) == symptoms


@pytest.mark.parametrize(
    ("text", "symptoms"),
    [
        (
            "A 54-year-old woman presented with a 3-week history of a painful right "
            "retro-areolar mass. The overlying skin was thickened and slightly warm.",
            ["lump", "pain", "skin-change"],
        ),
        ("Physical exam demonstrated a large mass within the right breast.", ["lump"]),
        # her complaint told other ways: what it was, how it felt, what she was examined for
        ("A woman whose first complaint was a painless mass in the left breast.", ["lump"]),
        ("A 35-year-old woman had noticed a mass in her left breast.", ["lump"]),
        ("Patient T, who had a hard mass in her left breast, came to the center.", ["lump"]),
        ("A 54-year-old woman was examined for a tumour in her left breast.", ["lump"]),
        ("A 54-year-old woman presented with a tumour in her left breast.", ["lump"]),
        ("The mammogram showed that she had a mass in her left breast.", None),
        (
            "Clinical breast examination found a hard, mobile mass at 12 o'clock in the right"
            " breast.",
            ["lump"],
        ),
        # the lump she came with, told by two words for it ("firm and painless", "hard, mobile")
        (
            "A 39-year-old woman presented with a firm and painless mass in the right breast.",
            ["lump"],
        ),
        ("A 50-year-old woman presented with a hard, mobile mass in her left breast.", ["lump"]),
        (  # her history ends where her complaint starts
            "A 71 year old woman with a history of a ruptured silicone implant came with an"
            " enlarging left breast mass.",
            ["lump"],
        ),
        # ... not a mass the pictures found after "and" or a comma
        ("She presented with pain, and a mass was seen on ultrasound.", ["pain"]),
        # how long she has had it is no history of it
        (
            "A 48-year-old woman presented with a four (4) week history of a painless left"
            " breast lump which was first detected on self-breast examination.",
            ["lump"],
        ),
        ("She came with the chief complaint of retracted nipples.", ["nipple-change"]),
        # skin broken over a mass
        ("Examination showed an ulcerated, fungating mass with active infection.", ["skin-change"]),
        ("The skin over the mass was ulcerated.", ["skin-change"]),
        # the sign told after "with": "a large hard lump ..., with ulceration of the skin over it",
        # "came with inversion of the right nipple"; not an imaging list's nipple
        (
            "Clinical examination found a large hard lump in the upper quadrant of the right"
            " breast, with ulceration of the skin over it.",
            ["lump", "skin-change"],
        ),
        (
            "Clinical presentation: A premenopausal woman came with inversion of the right"
            " nipple, present for many years.",
            ["nipple-change"],
        ),
        ("Skin thickening and retraction of the nipple are also present.", None),
        ("She presented with pain and her mammogram showed a mass.", ["pain"]),
        ("The mass was tender to palpation.", ["pain"]),
        (
            "Six days ago her left breast became red, swollen and painful.",
            ["skin-change", "swelling", "pain"],
        ),
        ("Swollen lymph nodes were seen in the axilla.", None),
        # found in review: a mass the pictures found, after-care advice, a mammogram's squeeze
        (
            "The patient presented with an abnormal screening mammogram showing a new mass in "
            "the left breast.",
            None,
        ),
        ("Patient noted the mass was seen on her last mammogram.", None),
        ("After the biopsy you may have some soreness and bruising for a few days.", None),
        ("Some women feel breast discomfort during the mammogram because of compression.", None),
        ("I have swollen axillary lymph nodes on the left side.", None),
        # a denial that lists what it denies denies the whole list
        (
            "The patient had no complaints. The patient denied any breast abnormalities, "
            "including palpable masses, skin changes, or nipple discharge.",
            [],
        ),
        ("Mass enhancement: a discrete lump-like area enhances.", None),
        # her complaint in the words of case reports and case summaries
        ("A 34-year-old female presented with left breast discomfort.", ["pain"]),
        (
            "She presented to the breast unit with a large painful right breast mass.",
            ["lump", "pain"],
        ),
        ("A 45-year-old woman complained of a mass in her breast.", ["lump"]),
        ("Eighteen months later, the patient noted a mass in her breast.", ["lump"]),
        ("The radiologist noted a mass in her breast.", None),
        ("Two years later, she consulted for a tender palpable mass.", ["pain", "lump"]),
        (
            "She presented with discharge from the left nipple; the nipple was eroded.",
            ["nipple-discharge", "nipple-change"],
        ),
        (
            "Female, 84 years old, presents with right nipple itching and ulceration.",
            ["nipple-change"],
        ),
        # a complaint she denies is none (SCHEMA.md: [] where the report says she has none),
        # and a lesson's patients are nobody's
        ("She presented with no mass and no pain.", []),
        ("Patients who present with a palpable mass should have an ultrasound.", None),
        # a lump she can feel, told so
        (
            "A 27-year-old woman came in with a mass in her right breast that she had been able "
            "to feel for one year.",
            ["lump"],
        ),
        ("27 year old woman who can feel a mass in her right breast", ["lump"]),
        ("Woman aged 27 with a mass she can feel in the right breast", ["lump"]),
        ("The mass could be seen on the mammogram but she could not feel it.", None),
        (
            "On clinical breast examination a small nodule could be felt in the lower quadrant "
            "of the left breast.",
            ["lump"],
        ),
        ("The nodule could not be felt.", None),  # no lump said, and none denied
        ("Presentation\n\nLump in the left breast, painful at times.", ["lump", "pain"]),
        # a lump that grew is no swollen breast
        (
            "For a year now I've been feeling a lump in my left breast. Two months ago it felt "
            "like it had doubled in size.",
            ["lump"],
        ),
        ("Her left breast was tender, warm, doubled in volume.", ["pain", "swelling"]),
    ],
)
def test_the_complaint_she_presented_with_is_her_symptom(
    text: str, symptoms: list[str] | None
) -> None:
    found = read(text).findings.symptoms
    assert (None if found is None else [s.value for s in found]) == symptoms


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("## Understanding BI-RADS 3\nA BI-RADS 3 finding is checked again in 6 months.", None),
        (  # a page's report with its line breaks lost: the "#" of its title starts the line
            "# Breast ultrasound report Findings: no mass. Conclusion: Normal breast scan "
            "Impression: ACR BIRADS Category 1, Normal findings",
            "1",
        ),
    ],
)
def test_a_hash_heading_is_a_short_title_line(text: str, category: str | None) -> None:
    f = read(text).findings
    assert (f.category and f.category.value) == category


def test_a_bullet_inside_a_line_starts_a_new_sentence() -> None:
    """A list whose line breaks were lost (a PDF's text, a pasted page): the "No" of one item
    had reached the next, so the calcifications were read as denied."""
    text = (
        "Mammographic findings: \u2022 No stromal distortion \u2022 A few scattered benign "
        "calcifications in both breasts \u2022 No nipple retraction"
    )
    f = read(text).findings
    assert f.calcifications is True
    assert [(x.side, [p.value for p in x.patterns]) for x in f.findings] == [
        ("bilateral", ["diffuse"])
    ]


def test_a_lesson_that_sets_categories_aside_and_names_no_one_has_no_findings() -> None:
    """The shapes and groups a lesson lists under each category are nobody's: before, this
    page gave two calcification findings, 'pleomorphic grouped' and 'new amorphous'."""
    lesson = (
        "BI-RADS 4 indicates suspicious findings that need a biopsy. BI-RADS 4 is divided into "
        "4A, 4B and 4C:\n"
        "  \u2022 BI-RADS 4A lesions include partly circumscribed masses or complex cysts.\n"
        "  \u2022 BI-RADS 4B lesions include pleomorphic microcalcifications, grouped "
        "calcifications, or solid masses.\n"
        "  \u2022 BI-RADS 4C lesions include new groups of calcifications.\n"
    )
    f = read(lesson).findings
    assert f.findings == () and f.calcifications is None
    assert f.recommendations == ()  # "need a biopsy" is the lesson's advice for anyone
    guide = read(
        "Assessment is incomplete\n\nBI-RADS 0: Needs additional imaging evaluation.\n\n"
        "Assessment is complete\n\nBI-RADS 1: Negative\n"
    ).findings
    assert guide.recommendations == () and "category" in guide.unsure
    # The same lesson below her own words is still hers to be read.
    hers = read("My report says pleomorphic calcifications in the left breast.\n" + lesson)
    assert [x.side for x in hers.findings.findings if x.is_calcification][:1] == ["left"]


ARTICLE = (
    "Amorphous calcifications (breast)\n"
    "Amorphous calcifications are a morphology descriptor for breast calcifications that are"
    " small and hazy. Many benign and malignant conditions can be seen with these calcifications."
    "\nRadiographic features\nMagnification views are needed to assess them fully. They are"
    " small and faint, so a more specific descriptor cannot be given.\nRadiology report\nMost"
    " amorphous calcifications are assessed as BI-RADS 4B (suspicious, warranting biopsy). That"
    " applies especially to amorphous calcifications with a grouped, linear, or segmental"
    " distribution.\n"
)


@pytest.mark.parametrize(
    ("text", "calcifications", "sides"),
    [
        # an article on a kind of calcifications, which sets its one category aside: nobody's
        (ARTICLE, None, []),
        # the same words in her report, or told of her, are hers
        (
            "FINDINGS: Grouped amorphous calcifications in the left breast.\nIMPRESSION:"
            " BI-RADS 4B.",
            True,
            ["left"],
        ),
        ("She has amorphous calcifications.\n" + ARTICLE, True, [None]),
        # her own few lines with a leaflet's line below them are hers (a page of lessons is
        # longer: LESSON_SENTENCES)
        (
            "The calcifications are probably benign. A follow-up in 6 months is suggested."
            " BI-RADS 3 findings have a less than 2% chance of cancer.",
            True,
            [None],
        ),
        # her report's lines with no heading and a leaflet's lines below them: her
        # calcifications stay hers (the leaflet's categories teach after them, not among them)
        (
            "Bilateral mammogram. Scattered fibroglandular densities. Grouped amorphous"
            " calcifications are seen. They are new since last year. No mass. No distortion.\n\n"
            "A BI-RADS 3 result means a finding is probably benign, and a follow-up mammogram in"
            " 6 months is usually advised. A BI-RADS 4 result means a biopsy is usually"
            " recommended. Most calcifications are benign.",
            True,
            [None],
        ),
        # a case's masses, with their side and size, are a case's, even with no one named
        (
            "What is the follow-up for a 7mm benign-appearing mass in the posterior right breast"
            " and a 4mm benign-appearing mass in the right breast, with no prior imaging?\n\n"
            "The 6-month follow-up interval is recommended by NCCN guidelines for BI-RADS"
            " category 3 (probably benign) findings, which carry a 2% or lower chance of cancer.",
            None,
            ["right"],
        ),
    ],
)
def test_an_article_on_a_kind_of_calcifications_gives_no_finding(
    text: str, calcifications: bool | None, sides: list[str | None]
) -> None:
    f = read(text).findings
    assert f.calcifications is calcifications
    assert [x.side and x.side.value for x in f.findings] == sides


def test_a_lessons_list_of_results_is_no_result_of_hers_and_no_evidence() -> None:
    """The results an article lists are nobody's: before, "invasive ductal carcinoma ~10%" was
    shown as her biopsy result, and the words of its findings stayed in the evidence."""
    f = read(ARTICLE + "Pathology\n- benign: ~60%\n- invasive ductal carcinoma ~10%\n").findings
    assert (f.biopsy_done, f.biopsy_result, f.findings) == (None, None, ())
    assert f.evidence == ()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (  # the label's line is read with its value, not with the "no" of the part above
            "Findings:\nThe screen is normal, there is no clustered microcalcification.\n\n"
            "BI-RADS assessment:\nCategory 1, negative\n",
            "1",
        ),
        (
            "Impression: BI-RADS 4, suspicious.\nOVERALL ASSESSMENT:\n5 - Highly suggestive of "
            "malignancy\n",
            "5",
        ),
        (  # a list number followed by a size is no category 1
            "IMPRESSION:\n1. 1.5 cm solid mass at left breast 2 o'clock.\n\n"
            "BI-RADS ASSESSMENT: Category 4C - High suspicion for malignancy\n",
            "4C",
        ),
    ],
)
def test_a_category_label_on_its_own_line_is_read_with_its_value(text: str, category: str) -> None:
    """Also "OVERALL ASSESSMENT:" above its value: the overall category settles the others."""
    f = read(text).findings
    assert f.category is not None and f.category.value == category
    assert f.unsure == ()


@pytest.mark.parametrize(
    ("text", "recommendations", "symptoms", "patterns"),
    [
        (  # the DICOM standard's example reports (PS3.17 Annex Q) say it so
            "Impressions\nBI-RADS Category 1: Negative. Recommend normal interval follow-up in "
            "12 months.",
            ["routine-screening"],
            None,
            [],
        ),
        (
            "Reason for procedure\nNon-bloody discharge left breast.\n\nFindings\nThere are "
            "heterogeneous calcifications regionally distributed in the left breast.",
            [],
            ["nipple-discharge"],
            ["regional"],
        ),
        (  # why the exam was done is no advice
            "Reason for procedure\nAdditional evaluation requested at current screening.\n\n"
            "Impressions\nBI-RADS Category 2: Benign. Normal interval follow-up of both breasts "
            "is recommended in 12 months.",
            ["routine-screening"],
            None,
            [],
        ),
    ],
)
def test_words_of_standard_example_reports(
    text: str, recommendations: list[str], symptoms: list[str] | None, patterns: list[str]
) -> None:
    f = read(text).findings
    assert [r.value for r in f.recommendations] == recommendations
    assert (f.symptoms and [s.value for s in f.symptoms]) == symptoms
    assert [p.value for x in f.findings for p in x.patterns] == patterns


@pytest.mark.parametrize(
    ("text", "modalities", "purpose", "assessments"),
    [
        # a patient portal's order names: the exam, and the breast a one-breast exam is of
        (
            "US BREAST LEFT LIMITED\nImpression\n1. Left breast 2:00 simple cyst. BI-RADS 2.",
            ["ultrasound"],
            None,
            [("2", "left")],
        ),
        (
            "Exam: MG DIAG MAMMO BILAT W CAD\nImpression: BI-RADS 2.",
            ["mammogram"],
            "diagnostic",
            [("2", "")],
        ),
        ("BREAST US RIGHT LIMITED\nIMPRESSION: BI-RADS 1.", ["ultrasound"], None, [("1", "right")]),
        # "us" as a word is no ultrasound
        ("Tell us breast cancer stories.", [], None, []),
        # an exam advised after its name is none she had
        ("Mammogram shows a mass. An ultrasound is recommended.", ["mammogram"], None, []),
        ("A breast MRI is recommended.", [], None, []),
    ],
)
def test_a_portal_s_exam_names_are_read(
    text: str, modalities: list[str], purpose: str | None, assessments: list[tuple[str, str]]
) -> None:
    f = read(text).findings
    assert [m.value for m in f.exam.modalities] == modalities
    assert (f.exam.purpose and f.exam.purpose.value) == purpose
    assert _assessed(f) == assessments


def test_a_combined_report_s_capital_headings_and_breast_blocks_are_read() -> None:
    """A report with its parts headed "RADIOLOGY IMPRESSION" and "BREAST MRI FINDINGS (...)",
    whose MRI findings follow its indication as "RIGHT BREAST:" and "LEFT BREAST:" blocks:
    all of it had been read as her history, so no finding was found."""
    text = (
        "BREAST MRI FINDINGS (performed 2026-04-01)\n"
        "Indication: Known right breast mass on mammogram; assess extent of disease\n\n"
        "RIGHT BREAST:\n"
        "An irregular enhancing mass is identified at the 3 o'clock position, measuring 2.2 cm.\n\n"
        "LEFT BREAST:\n"
        "Architectural distortion consistent with prior surgery.\n\n"
        "RADIOLOGY IMPRESSION\n"
        "1. Right breast mass at 3 o'clock.\n\n"
        "RECOMMENDATIONS:\n"
        "4. Sentinel lymph node biopsy at the time of definitive surgery\n"
    )
    f = read(text).findings
    assert [(x.kind.value, x.side) for x in f.findings] == [
        ("mass", "right"),
        ("distortion", "left"),
    ]
    # a line in small letters that ends with a heading word is no heading
    plain = read("History:\nshe had prior findings\nA mass in the left breast.").findings
    assert plain.findings == ()


def test_a_pathology_report_s_diagnosis_lines_are_her_result() -> None:
    text = (
        "PATHOLOGY REPORT\n\nCLINICAL HISTORY\n62-year-old female with left breast mass "
        "(BI-RADS 5).\n\nDIAGNOSIS\nLEFT BREAST, CORE NEEDLE BIOPSY (2 O'CLOCK):\n"
        "- Invasive carcinoma with mixed ductal and lobular features\n"
        "- Ductal carcinoma in situ, high grade\n"
    )
    f = read(text).findings
    assert f.biopsy_done is True and f.biopsy_result == "invasive-cancer"
    # the same lines in a radiology report, with no pathology cue, are not read as a result
    other = read(text.replace("PATHOLOGY REPORT", "MAMMOGRAM REPORT")).findings
    assert other.biopsy_result is None


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Findings:\n( ) Focal asymmetry ( ) Mass ( ) Calcification ( ) Architectural "
            "distortion",
            [],
        ),
        ("Findings:\n( ) Focal asymmetry (x) Mass ( ) Calcification", ["mass"]),
        (
            "Findings:\n[ ] Focal asymmetry [x] Calcifications, grouped, left breast",
            ["calcification"],
        ),
    ],
)
def test_a_form_s_empty_boxes_are_options_not_findings(text: str, kinds: list[str]) -> None:
    assert [x.kind.value for x in read(text).findings.findings] == kinds


def test_an_exam_s_name_with_its_colon_heads_what_it_showed() -> None:
    """The history part had run to the end of a teaching case: nothing after "Hx:" was read."""
    text = (
        "Hx: Known Ca colon. Palpable lump in left breast.\n\n"
        "Bilateral mammography: a new cluster of suspicious microcalcifications in the left "
        "breast outer superior quadrant.\n\n"
        "Ultrasound: a solid hypoechoic nodule with irregular margins.\n"
    )
    f = read(text).findings
    calcs = [x for x in f.findings if x.is_calcification]
    assert [(x.side, [p.value for p in x.patterns]) for x in calcs] == [("left", ["grouped"])]
    assert "mass" in [x.kind.value for x in f.findings]


def test_a_capital_heading_in_a_text_whose_line_breaks_were_lost_still_heads_its_part() -> None:
    text = (
        "Pathology report. Biopsy date: 2026-02-10. CLINICAL HISTORY 62-year-old female with a "
        "left breast mass on diagnostic mammogram (BI-RADS 5, 2026-01-25). DIAGNOSIS Invasive "
        "carcinoma."
    )
    f = read(text).findings
    assert f.category is None  # the 5 is the earlier mammogram's, told in her history
    # In a text all in capitals, a heading word after a full stop is only a word.
    caps = read("BILATERAL MAMMOGRAM. HISTORY OF SURGERY IS NOTED. IMPRESSION: BI-RADS 2.")
    assert caps.findings.category == "2"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a page's testimonials under their heading, the line breaks lost
        (
            'Ask your doctor these questions. Shared Experiences "Thank you. I was in a panic '
            "after seeing 'BI-RADS 0' on my report.\"",
            None,
        ),
        # a heading word at a sentence's start is only a word
        ("The mass is stable. Shared experiences of women vary. BI-RADS 2.", "2"),
        # a list number after a colon does not end the condition that leads into the list
        ("If targeted ultrasound shows a correlate: 1. For BI-RADS 2 (Benign) findings...", None),
        # a blog's title line is no heading: "Follow Up Ultrasound"
        ("Follow Up Ultrasound\nToday my report said BI-RADS 3.", "3"),
        # an assessment's heading in capitals after a word of the line above it: its own part,
        # not the indication's
        ("Clinical indication: screening, no symptoms BI-RADS ASSESSMENT: Category 4C", "4C"),
        # the same words in small letters, or in a text all in capitals, are read as before
        ("Findings: benign. The assessment: category 2", "2"),
    ],
)
def test_a_text_whose_line_breaks_were_lost_keeps_its_parts(
    text: str, category: str | None
) -> None:
    assert read(text).findings.category == category


def test_an_assessment_heading_in_a_line_that_lost_its_breaks_ends_the_impression_before_it() -> (
    None
):
    """A dataset row pasted as one line (fresh40): its impression's 1 and its assessment's 2
    were read as one sentence listing "1, and ... 2", and both were dropped. They contradict
    each other: she is asked which is final."""
    f = read(
        "FINDINGS: Benign calcifications are present. IMPRESSION: Birads: 1, Patient is: 52 "
        "years old, and follow-up and possible biopsy necessary ASSESSMENT: BI-RADS: 2 - BENIGN "
        "FINDING(S) RECOMMENDATION: Routine screening mammography in one year."
    ).findings
    assert [a.category.value for a in f.assessments] == ["1", "2"]
    assert f.category is None and f.unsure == ("category",)
    # A history label in the same place is left in its sentence: the words after it are read
    # as they were ("... 1/1/2009 CLINICAL: There are scattered fibroglandular elements ...").
    g = read("text to annotate = 1/1/2009 CLINICAL: There are scattered fibroglandular elements")
    assert g.findings.density == "b"


@pytest.mark.parametrize(
    ("text", "patterns", "sizes"),
    [
        # a distribution told after the noun, and a distance from the nipple that is no size
        ("Microcalcifications in a clustered pattern, 4 mm, left UOQ.", ["grouped"], ["4 mm"]),
        ("Grouped amorphous calcifications at 2 o'clock, 5 cm from the nipple.", ["grouped"], []),
        ("A 6 mm group of amorphous calcifications at 2:00, 4 cm FN.", ["grouped"], ["6 mm"]),
        # the unit hyphened or spelled out, as many reports write it
        ("A 6-mm group of amorphous calcifications at 2:00.", ["grouped"], ["6-mm"]),
        ("A 6 millimeter cluster of calcifications, left breast.", ["grouped"], ["6 millimeter"]),
        ("Grouped calcifications, 1.2 centimeters, left breast.", ["grouped"], ["1.2 centimeters"]),
        ("Grouped calcifications, 4 centimetres from the nipple.", ["grouped"], []),
        # a pattern of something else keeps its words
        ("Calcifications are seen. They follow a ductal, branching pattern.", [], []),
        # groupings, as she tells them
        (
            "I need another biopsy to check a couple of new groupings of calcifications in my"
            " right breast.",
            ["grouped"],
            [],
        ),
        # a line, as she tells it
        (
            "She found a line of microcalcifications in the duct leading to the lump.",
            ["linear"],
            [],
        ),
    ],
)
def test_a_group_s_pattern_and_size_are_its_own(
    text: str, patterns: list[str], sizes: list[str]
) -> None:
    (finding,) = read(text).findings.findings
    assert [p.value for p in finding.patterns] == patterns
    assert list(finding.sizes) == sizes
    assert finding.shapes == () or "fine-linear-branching" not in [s.value for s in finding.shapes]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Left breast: grouped calcifications, upper-outer quadrant.", ["upper-outer quadrant"]),
        (
            "Left breast: grouped calcifications in the lower-inner quadrant.",
            ["lower-inner quadrant"],
        ),
        (
            "Left breast: grouped calcifications in the upper outer quadrant.",
            ["upper outer quadrant"],
        ),
    ],
)
def test_a_quadrant_is_read_hyphened_or_not_in_her_words(text: str, locations: list[str]) -> None:
    (finding,) = read(text).findings.findings
    assert list(finding.locations) == locations


@pytest.mark.parametrize(
    ("text", "shapes"),
    [
        # one list of shapes before its noun, joined by commas and "and", after another noun
        (
            "Mammography demonstrated asymmetric diffuse enlargement and increased density of"
            " the left breast with diffuse, round, and amorphous calcifications.",
            ["round", "amorphous"],
        ),
        (
            "There is an asymmetry in the left breast with punctate, or amorphous calcifications.",
            ["punctate", "amorphous"],
        ),
        # a shape of the noun before, then another noun after "and"
        ("There is a round mass, and amorphous calcifications.", ["amorphous"]),
        # "coarse" alone is "coarse or popcorn-like"; beside another shape it only describes it
        ("Coarse calcifications are seen in the left breast.", ["coarse-popcorn"]),
        (
            "Mammograms show coarse, dense dystrophic calcifications at the lumpectomy site.",
            ["dystrophic"],
        ),
        ("Some calcifications were curvilinear and coarse, consistent with fat necrosis.", []),
        ("The left breast showed de novo coarse/amorphous microcalcifications.", ["amorphous"]),
        # a shape that is its own noun keeps its shape
        ("Milk of calcium in the left breast. Benign. BI-RADS 2.", ["milk-of-calcium"]),
        ("Layering milk of calcium is seen on the lateral view.", ["milk-of-calcium"]),
    ],
)
def test_a_list_of_shapes_before_its_noun_is_the_noun_s(text: str, shapes: list[str]) -> None:
    calcs = [f for f in read(text).findings.findings if f.is_calcification]
    assert [s.value for f in calcs for s in f.shapes] == shapes


def test_calcified_cells_are_her_calcifications() -> None:
    f = read("I have calcified cells in my right breast.").findings
    assert f.calcifications is True
    assert [x.side for x in f.findings] == ["right"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # what the pictures showed calcified is a calcification finding
        ("Mammography showed a densely calcified lesion in the right breast.", ["calcification"]),
        (
            "Screening mammogram showed a totally calcified benign looking lesion (BIRADS3).",
            ["calcification"],
        ),
        ("The report came back as calcified milk deposits.", ["calcification"]),
        # a mass's own words stay the mass's
        ("Ultrasound showed a non-calcified solid lesion at 9 o'clock.", ["mass"]),
        ("Ultrasound showed a calcified hypoechoic lesion.", ["mass"]),
    ],
)
def test_a_calcified_lesion_is_a_calcification_finding(text: str, kinds: list[str]) -> None:
    assert [f.kind.value for f in read(text).findings.findings] == kinds


def test_when_calcifications_appear_so_is_a_general_statement() -> None:
    f = read("When microcalcifications appear clustered, a biopsy is recommended.").findings
    assert f.findings == () and f.recommendations == ()


def test_a_lesson_that_denies_calcifications_says_nothing_of_hers() -> None:
    """A page of definitions that says "BI-RADS 1 means ... no calcifications" is no report that she
    has none: before, it gave 'calcifications: false'."""
    text = (
        "BI-RADS 1 means negative: no masses and no calcifications. BI-RADS 2 means benign. "
        "BI-RADS 3 means probably benign. BI-RADS 4 means suspicious."
    )
    assert read(text).findings.calcifications is None


# ---------------------------------------------------------------- a review of the eighth session

_REVIEW_CASES = [
    (
        "IMPRESSION: Irregular hypoechoic mass left breast, BIRADS IV/V. Biopsy advised.",
        {"cat": None},
    ),
    ("IMPRESSION: Complex cyst right breast, BI-RADS III/IV.", {"cat": None}),
    ("Impression: BI-RADS 4a/b, biopsy recommended.", {"notcat": "4A"}),
    (
        "Two years ago my biopsy was negative. This time the mammogram shows a new mass, "
        "BI-RADS 4.",
        {"result": None},
    ),
    (
        "I had a biopsy in 2015, biopsy negative. Now they found new calcifications, BI-RADS "
        "4, and want another biopsy.",
        {"result": None},
    ),
    (
        "Biopsy negative in 2019 (fibroadenoma). Today: new calcifications right breast, "
        "BI-RADS 4, biopsy recommended.",
        {"result": None},
    ),
    (
        "HISTORY: Right breast cancer 2016 treated with lumpectomy and radiation; sentinel "
        "lymph node biopsy negative. IMPRESSION: No evidence of recurrence. BI-RADS 2.",
        {"result": None},
    ),
    (
        "Back in 2018 they called me back for more views and it was just overlapping tissue. "
        "Today's screening was BI-RADS 1.",
        {"rec": []},
    ),
    (
        "I got a callback for additional images in March, which were normal. Now my 6 month "
        "check is BI-RADS 2.",
        {"rec": []},
    ),
    (
        "When I was 45 I received a recall for extra views. Now 50, mammogram normal, BI-RADS 1.",
        {"rec": []},
    ),
    (
        "IMPRESSION:\nFor calcifications in the left breast: BI-RADS 4, suspicious.\nFor the "
        "mass in the right breast: BI-RADS 3, probably benign.",
        {"cat": "4"},
    ),
    ("Pathology result code: benign, concordant.", {"cat": None}),
    ("Order: US BREAST LEFT LIMITED. Priority code: Suspicious for malignancy.", {"cat": None}),
    (
        "History of left breast cancer, mastectomy and radiation to the chest wall in 2016.",
        {"nohist": "chest-radiation"},
    ),
    (
        "I got BI-RADS 3, probably benign. A BI-RADS 4 would mean a biopsy, and a BI-RADS 5 "
        "would be very suspicious.",
        {"cat": "3"},
    ),
    (
        "IMPRESSION: Palpable irregular mass in the left breast at 2:00, highly suggestive of "
        "malignancy. BI-RADS 5.",
        {"kinds": ["mass"]},
    ),
    (
        "LEFT DIAGNOSTIC MAMMOGRAM AND ULTRASOUND\nFINDINGS: In the area of palpable concern, "
        "an irregular hypoechoic mass with angular margins is seen.\nIMPRESSION: Suspicious. "
        "BI-RADS 4.",
        {"kinds": ["mass"]},
    ),
    (
        "MRI BREAST: There is a clinically occult 8 mm irregular enhancing mass in the left "
        "breast at 3 o'clock. BI-RADS 4.",
        {"kinds": ["mass"]},
    ),
    (
        "My doctor found a mass on my mammogram and wants a biopsy. They said BI-RADS 4.",
        {"kinds": ["mass"]},
    ),
    (
        "The palpable irregular mass in the left breast measures 2 cm on the mammogram. BI-RADS 5.",
        {"kinds": ["mass"]},
    ),
    (
        "They recommended a biopsy because the calcifications could be DCIS. My BI-RADS is 4.",
        {"rec": ["biopsy"]},
    ),
    (
        "The radiologist wants me to come back in 6 months for a follow-up mammogram so they "
        "can compare. BI-RADS 3.",
        {"rec": ["follow-up-6-months"]},
    ),
    (
        "My report says BI-RADS 4 and they want me to have a biopsy as soon as I can.",
        {"rec": ["biopsy"]},
    ),
    (
        "Your recent mammogram showed an area that needs more testing. We recommend additional "
        "images of your left breast so we can get a better look.",
        {"rec": ["additional-imaging"]},
    ),
    (
        "They want me back in 6 months for a follow-up mammogram because the mass could be a "
        "fibroadenoma. BI-RADS 3.",
        {"rec": ["follow-up-6-months"]},
    ),
    (
        "Bilateral screening mammogram is benign (BI-RADS 2). Recommend annual screening.",
        {"cat": "2"},
    ),
    ("Screening mammogram is negative (BI-RADS 1).", {"cat": "1"}),
    ("Just got my results. Mammogram is negative (BI-RADS 1).", {"cat": "1"}),
    ("Results: Bilateral simple cysts are noted (BI-RADS 2).", {"cat": "2"}),
    ("IMPRESSION:\nIn view of above findings, BI-RADS 4.", {"cat": "4"}),
    ("IMPRESSION:\nWith above findings, BIRADS category IV. Suggested biopsy.", {"cat": "4"}),
    ("IMPRESSION:\nIn both breasts benign calcifications, BI-RADS 2.", {"cat": "2"}),
    (
        "Left breast: BI-RADS 3 findings need a short-term follow-up mammogram in 6 months.",
        {"cat": "3"},
    ),
    ("Got my letter, BI-RADS 3 results should be rechecked in 6 months.", {"cat": "3"}),
    ("I'm a 42 year old mom of two and my mammogram came back BI-RADS 4.", {"cat": "4"}),
    ("Mum of three here, just had my first mammogram and got a BI-RADS 0 callback.", {"cat": "0"}),
    ("As a busy mom of 3, I was shocked when my biopsy showed DCIS.", {"result": "dcis"}),
    (
        "My mammogram showed grouped calcifications in my left breast and my mom came with me "
        "to the biopsy. BI-RADS 4.",
        {"calcs": 1},
    ),
    (
        "I reviewed your images with my colleagues and your mammogram is BI-RADS 3, probably "
        "benign.",
        {"cat": "3"},
    ),
    (
        "Second reading by a colleague confirms the BI-RADS 4 assessment of the left breast "
        "calcifications.",
        {"cat": "4"},
    ),
    (
        "The radiologist explained what she saw: a small cluster of calcifications, BI-RADS 4.",
        {"cat": "4"},
    ),
    ("I joined a support group after my BI-RADS 5 result and the biopsy showed IDC.", {"cat": "5"}),
    (
        "I'm afraid it'll be cancer, the report says BI-RADS 4 with pleomorphic calcifications.",
        {"cat": "4"},
    ),
    ("I'm so worried they will find cancer because my report says BI-RADS 5.", {"cat": "5"}),
    ("This year I got BI-RADS 4, last year it was BI-RADS 2.", {"cat": "4"}),
    (
        "The mammogram found new calcifications that weren't there last year, BI-RADS 4.",
        {"calcs": 1},
    ),
    ("The mass is larger than it was last year, BI-RADS 4.", {"kinds": ["mass"]}),
    (
        "Few punctate calcifications are present in both breasts. No suspicious mass. BI-RADS 2.",
        {"calcs": 1},
    ),
    (
        "Many calcifications are seen in both breasts, benign appearing. BI-RADS 2 benign.",
        {"calcs": 1},
    ),
    (
        "My report: Scattered fibroglandular densities. Most calcifications are "
        "benign-appearing, but a small group in the left breast is indeterminate. BI-RADS 0.",
        {"mincalcs": 1},
    ),
    (
        "Results came in the mail. Calcifications are benign. Routine screening in 1 year.",
        {"calcs": 1},
    ),
    (
        "My symptoms include a lump in my left breast and some nipple discharge. Mammogram was "
        "BI-RADS 0.",
        {"sym": ["lump", "nipple-discharge"]},
    ),
    (
        "CLINICAL INFORMATION: Signs and symptoms: palpable lump left breast, 2 weeks.",
        {"sym": ["lump"]},
    ),
    (
        "Reason for visit: Lump is not painful, noticed 2 weeks ago in right breast.",
        {"sym": ["lump"]},
    ),
    (
        "Pain is not constant but it's been in my left breast for weeks. Ultrasound was normal.",
        {"sym": ["pain"]},
    ),
    (
        "Lumps can be scary. Mine is in the upper outer part of my right breast and the "
        "ultrasound said BI-RADS 3.",
        {"sym": ["lump"]},
    ),
    (
        "HISTORY: 52-year-old woman with a family history of breast cancer in her mother and a "
        "personal history of right breast cancer treated with lumpectomy in 2015.",
        {"hashist": ["personal-breast-cancer"]},
    ),
    (
        "HISTORY: Family history of breast cancer (mother, sister) and personal history of "
        "right lumpectomy 2017.",
        {"hashist": ["breast-surgery"]},
    ),
    (
        "I'm one of those women who had chest radiation as a teen for Hodgkin's, so I get MRIs "
        "too.",
        {"hashist": ["chest-radiation"]},
    ),
    (
        "Having a BRCA1 mutation, I started MRIs at 30. This year's mammogram: BI-RADS 2.",
        {"hashist": ["gene-change"]},
    ),
    (
        "HISTORY: Seen in the high-risk clinic for women who carry a gene mutation, she is "
        "BRCA2 positive.",
        {"hashist": ["gene-change"]},
    ),
    (
        "I go to a special clinic for women who have had cancer before, since I had a "
        "lumpectomy in 2015.",
        {"hashist": ["breast-surgery"]},
    ),
    (
        "History: Strong family history of breast cancer increases lifetime risk to 25% per "
        "Tyrer-Cuzick. Screening MRI recommended.",
        {"hashist": ["family-history"]},
    ),
    (
        "I'm one of those women who have dense breasts, so they sent me for an ultrasound too.",
        {"dense": True},
    ),
    (
        "IMPRESSION:\nNo suspicious mass,\nLeft breast calcifications are new and grouped. "
        "BI-RADS 4.",
        {"calcs": 1},
    ),
    (
        "Findings\nNo suspicious mass or distortion,\nGrouped pleomorphic calcifications in "
        "left breast upper outer quadrant\nImpression\nBIRADS 4",
        {"calcs": 1},
    ),
    (
        "there is no suspicious mass or architectural distortion in either breast\n\ngrouped "
        "calcifications are seen in the left breast upper outer quadrant\n\nbirads 4, biopsy "
        "recommended",
        {"calcs": 1},
    ),
    ("She is BRCA-negative. Mother had breast cancer at 45.", {"nohist": "gene-change"}),
    ("Genetic testing: BRCA1 and BRCA2 negative.", {"nohist": "gene-change"}),
    ("BRCA mutation negative.", {"nohist": "gene-change"}),
]
"""Sentences a reviewer wrote against the eighth session's rules (docs/notes/
reader-and-search-end-of-session-8.txt): each was misread by one of them. "cat": the category
shown; "kinds": other findings; "calcs": calcification findings; "rec", "sym": all of them;
"hashist": history that must be read; "nohist": history that must not; "notcat": a category that
must not be shown."""


def _fields(text: str) -> dict[str, object]:
    f = read(text).findings
    return {
        "cat": f.category.value if f.category else None,
        "kinds": [x.kind.value for x in f.findings if x.kind.value != "calcification"],
        "calcs": len([x for x in f.findings if x.kind.value == "calcification"]),
        "rec": sorted(r.value for r in f.recommendations),
        "hist": sorted(h.value for h in (f.history or ())),
        "sym": sorted(s.value for s in (f.symptoms or ())),
        "result": f.biopsy_result.value if f.biopsy_result else None,
        "dense": f.dense,
    }


@pytest.mark.parametrize(("text", "checks"), _REVIEW_CASES)
def test_the_review_s_sentences_read_as_they_are_meant(
    text: str, checks: dict[str, object]
) -> None:
    got = _fields(text)
    for key, want in checks.items():
        if key == "notcat":
            assert got["cat"] != want, (text, got)
        elif key == "nohist":
            assert want not in got["hist"], (text, got)  # type: ignore[operator]
        elif key == "hashist":
            assert set(want) <= set(got["hist"]), (text, got)  # type: ignore[call-overload]
        elif key == "mincalcs":
            assert got["calcs"] >= want, (text, got)  # type: ignore[operator]
        elif key in {"rec", "sym"}:
            assert got[key] == sorted(want), (text, got)  # type: ignore[call-overload]
        else:
            assert got[key] == want, (text, got)


def test_a_list_whose_line_breaks_were_lost_is_read_line_by_line() -> None:
    """A bulleted list pasted into one line: each bullet starts a line again, so the lesson's
    last bullet is a lesson's point, not her result; and every word still maps back to hers."""
    points = (
        "Teaching points \u2022 Tattoo pigment in axillary nodes can mimic calcifications"
        " \u2022 Core biopsy samples may be dark \u2022 Benign (BI-RADS 2)"
    )
    assert read(points).findings.category is None
    assert read(points.replace(" \u2022", "\n  \u2022")).findings.category is None
    hers = "IMPRESSION: \u2022 Left breast: grouped amorphous calcifications \u2022 BI-RADS 4B"
    f = read(hers).findings
    assert f.category is not None and f.category.value == "4B"
    assert [(e.text, hers[e.start : e.end]) for e in f.evidence if e.field == "category"] == [
        ("BI-RADS 4B", "BI-RADS 4B")
    ]


def test_the_words_shown_for_a_finding_are_the_finding_s_own() -> None:
    """Words said of the whole exam ("COMPARISON: None.") are kept as each finding's evidence,
    but the screen of what was read points to where the report names the finding itself."""
    from calcinfo.ask import reading_rows

    text = (
        "COMPARISON: None.\nFINDINGS: Grouped amorphous calcifications at 2 o'clock, left"
        " breast. Left axilla: a suspicious lymph node.\nIMPRESSION: BI-RADS 4B."
    )
    rows = {item: said for item, _, said in reading_rows(read(text).findings, text)}
    assert "calcifications" in rows["finding 1"] and "None" not in rows["finding 1"]
    assert "lymph node" in rows["finding 2"] and "None" not in rows["finding 2"]


def _read_without_words(text: str) -> dict[str, object]:
    """What a reading says, without the words and places it keeps as evidence."""
    findings = read(text).findings
    found = findings.to_json()
    for key in ("evidence", "assessments", "findings", "locations", "sizes"):
        found.pop(key, None)
    found["assessments"] = [(a.category.value, a.side) for a in findings.assessments]
    found["findings"] = [
        (f.kind, f.side, f.shapes, f.patterns, f.change, f.words) for f in findings.findings
    ]
    return found


def _reads_alike(usual: str, other: str, field: str, value: object) -> None:
    """`usual` says `value` in `field`; `other`, the same written another way, reads the same,
    and what she is shown as read is her own words."""
    expected = _read_without_words(usual)
    assert expected[field] == value  # (what the sentence says, the usual way)
    assert _read_without_words(other) == expected
    for item in read(other).findings.evidence:
        assert other[item.start : item.end] == item.text


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "History of right breast cancer, treated with a right breast lumpectomy in 2015.",
            "history",
            ["personal-breast-cancer", "breast-surgery"],
        ),
        (
            "She had a history of left breast ductal carcinoma.",
            "history",
            ["personal-breast-cancer"],
        ),
        (
            "Status after left breast DCIS, seen again after two years.",
            "history",
            ["personal-breast-cancer"],
        ),
        ("The patient reports gradual enlargement of her left breast.", "symptoms", ["swelling"]),
        ("Indentation on the underside of her left breast.", "symptoms", ["skin-change"]),
        (
            "Location of the lesion: left breast\nShape: irregular\nCalcifications: fine"
            " pleomorphic, grouped",
            "side",
            "left",
        ),
    ],
)
def test_a_side_written_short_reads_as_the_side_written_out(
    text: str, field: str, value: object
) -> None:
    """Clinical notes and forms write "Lt breast", "Rt breast", "L breast": each reads as
    "left breast" and "right breast" do, in the history, the symptoms and a finding's side."""
    written_out = _read_without_words(text)
    assert written_out[field] == value  # (what the sentence says, written out)
    for left, right in (("Lt", "Rt"), ("L", "R")):
        short = text.replace("left breast", f"{left} breast").replace(
            "right breast", f"{right} breast"
        )
        assert short != text
        assert _read_without_words(short) == written_out, short


def test_the_scale_written_with_a_space_is_shown_in_her_own_words() -> None:
    """ "BI RADS 4B" reads as "BI-RADS 4B" does, and what she is shown as read is her text."""
    (assessment,) = read("IMPRESSION: Suspicious calcifications. BI RADS 4B.").findings.assessments
    assert assessment.category.value == "4B"
    assert assessment.evidence is not None and assessment.evidence.text == "BI RADS 4B"


@pytest.mark.parametrize(
    ("written_out", "short", "field", "value"),
    [
        (
            "Recommend targeted ultrasound of the left breast.",
            "Recommend targeted US of the left breast.",
            "recommendations",
            ["additional-imaging"],
        ),
        (
            "Ultrasound showed a 5 mm simple cyst. Stereotactic biopsy is recommended.",
            "US showed a 5 mm simple cyst. Stereotactic bx is recommended.",
            "recommendations",
            ["biopsy"],
        ),
        (
            "Patient with history of right breast cancer status post lumpectomy.",
            "Pt with h/o Rt breast ca s/p lumpectomy.",
            "history",
            ["personal-breast-cancer", "breast-surgery"],
        ),
        (
            "Family history: mother with breast cancer at 50.",
            "FHx: mother with breast ca at 50.",
            "history",
            ["family-history"],
        ),
        (
            "Grouped amorphous calcifications in the left breast, new. Biopsy and follow-up.",
            "Grouped amorphous calcs in the left breast, new. Bx & f/u.",
            "calcifications",
            True,
        ),
        (  # an exam's order name, its side written short at its end or before "W"
            "MAMMO DIAGNOSTIC LEFT WITH TOMO\nIMPRESSION: Suspicious calcifications. BI-RADS 4B.",
            "MAMMO DX LT W TOMO\nIMPRESSION: Suspicious calcs. BI-RADS 4B.",
            "side",
            "left",
        ),
        (
            "Patient is 58 years old. Screening mammogram negative, without calcifications.",
            "Pt is 58 yrs old. Screening mammo neg, w/o calcifications.",
            "calcifications",
            False,
        ),
    ],
)
def test_a_short_form_reads_as_the_words_it_stands_for(
    written_out: str, short: str, field: str, value: object
) -> None:
    """Clinical notes write "US", "bx", "h/o", "s/p", "breast ca", "calcs", "&": each reads as
    the words it stands for, and what she is shown as read is her own short form."""
    _reads_alike(written_out, short, field, value)


@pytest.mark.parametrize(
    "text",
    [
        "Please contact us with any questions about your mammogram.",
        "Let us know if the lump changes. Thus of the left breast nothing more is said.",
        "THE RADIOLOGIST WILL CALL US BACK.",
    ],
)
def test_us_that_is_not_an_ultrasound_is_no_imaging(text: str) -> None:
    assert read(text).findings.recommendations == ()


@pytest.mark.parametrize(
    ("usual", "other", "field", "value"),
    [
        (
            "A line of microcalcifications in the duct, concerning.",
            "A line of micro-calcifications in the duct, concerning.",
            "patterns",
            ["linear"],
        ),
        (
            "Concerning microcalcifications, grouped.",
            "Concerning micro calcifications, grouped.",
            "patterns",
            ["grouped"],
        ),
        (
            "This is a follow-up case of an invasive right ductal breast carcinoma.",
            "This is a follow up case of an invasive right ductal breast carcinoma.",
            "history",
            ["personal-breast-cancer"],
        ),
        (
            "Ultrasound-guided biopsy of the lesion is recommended.",
            "Sonography-guided biopsy of the lesion is recommended.",
            "recommendations",
            ["biopsy"],
        ),
        # "indistinct", the atlas's old name for amorphous
        (
            "New coarse/amorphous microcalcifications in the left breast.",
            "New coarse/indistinct microcalcifications in the left breast.",
            "shapes",
            ["amorphous"],
        ),
        # what a PDF's or a web page's text puts inside words: a printer's ligature, a soft
        # hyphen, a zero-width space, a byte-order mark
        (
            "Grouped amorphous calcifications, left breast. BI-RADS 4B.",
            "Grouped amorphous calci\ufb01cations, left breast. BI\u200b-RADS 4B.",
            "category",
            "4B",
        ),
        (
            "\ufeffNew fine pleomorphic calcifications in the right breast.",
            "\ufeffNew fine pleomorphic calci\u00adfi\u00adcations in the right breast.",
            "shapes",
            ["fine-pleomorphic"],
        ),
        # a category in Roman numerals
        ("Final assessment: BI-RADS 4B.", "Final assessment: BI-RADS IVb.", "category", "4B"),
        (
            "BIRADS 4 findings can include irregular masses.",
            "BIRADS IV findings can include irregular masses.",
            "category",
            None,
        ),
        (
            "BI-RADS 0: Incomplete. BI-RADS 1: Negative. BI-RADS 2: Benign. BI-RADS 3: Probably"
            " benign. BI-RADS 4: Suspicious. BI-RADS 5: Highly suggestive of malignancy.",
            "BI-RADS 0: Incomplete. BI-RADS I: Negative. BI-RADS II: Benign. BI-RADS III: Probably"
            " benign. BI-RADS IV: Suspicious. BI-RADS V: Highly suggestive of malignancy.",
            "category",
            None,
        ),
        ("IMPRESSION: Negative. BI-RADS 1.", "IMPRESSION: Negative. BI-RADS I.", "category", "1"),
        # ... or as a word
        (
            "Mammogram results are graded from BI-RADS 0 to BI-RADS 6. Most findings are 2.",
            "Mammogram results are graded from BI-RADS zero to BI-RADS six. Most findings are 2.",
            "category",
            None,
        ),
        (
            "IMPRESSION: BI-RADS 5, highly suggestive.",
            "IMPRESSION: BIRADS five, highly suggestive.",
            "category",
            "5",
        ),
        # a word cut short with a full stop, inside its sentence
        (
            "An irregular mass with calcifications, approximately 1 cm, in the right breast.",
            "An irregular mass with calcifications, approx. 1 cm, in the right breast.",
            "side",
            "right",
        ),
    ],
)
def test_a_word_spelled_another_way_reads_the_same(
    usual: str, other: str, field: str, value: object
) -> None:
    """ "micro-calcifications", "follow up", "sonography-guided": each reads as the spelling
    the rules name does, and she is shown the words as she has them."""
    _reads_alike(usual, other, field, value)


def test_a_scale_told_line_by_line_is_a_legend_however_its_lines_are_spaced() -> None:
    """Each line of a scale ("0: needs imaging", "1: negative", ...) is one naming of its
    category, whether or not a blank line stands between them (found twice, as a scale's line
    and as an item, it had seemed named again, and the legend was lost)."""
    scale = (
        "ACR CODING (may be given based on US, Bx)\n0: needs imaging\n1: negative\n2: benign\n"
        "3: probably benign but recommend short term followup\n4: suspicious, consider biopsy\n"
        "5: highly suspicious, suspected malignancy\n6: bx findings confirm bad news\n"
    )
    for text in (scale, scale.replace("\n", "\n\n")):
        f = read(text).findings
        assert (f.category, f.assessments, f.unsure) == (None, (), ()), text


_FOOT_LEGEND = (
    "\n\n0 - Incomplete: needs additional imaging evaluation\n1 - Negative\n2 - Benign\n"
    "3 - Probably benign\n4 - Suspicious\n5 - Highly suggestive of malignancy\n"
    "6 - Known biopsy-proven malignancy\n"
)


@pytest.mark.parametrize(
    ("report", "category"),
    [
        ("IMPRESSION: BI-RADS Category 1: Negative. Recommend annual screening.", "1"),
        (
            "IMPRESSION: Left breast: irregular mass with pleomorphic calcifications.\n"
            "Category 4C - High suspicion for malignancy\nCore needle biopsy is recommended.",
            "4C",
        ),
        (
            "MAMMO DIAGNOSTIC LEFT\nHISTORY: Recalled from screening, BI-RADS 0 - incomplete.\n"
            "FINDINGS: A 14 mm irregular mass, upper outer quadrant.\n"
            "IMPRESSION: BI-RADS 4 - Suspicious. Ultrasound-guided biopsy is recommended.",
            "4",
        ),
    ],
)
def test_a_legend_at_a_letters_foot_leaves_her_category_hers(report: str, category: str) -> None:
    """A results letter or portal page prints every category's name at its foot. Her own
    category above it, even one named like a legend's item ("Category 4C - High suspicion"),
    is not the legend's first item: it and her advice are read as they are without it."""
    alone = read(report).findings
    assert alone.category is not None and alone.category.value == category
    for legend in (_FOOT_LEGEND, "\n\nBI-RADS categories:" + _FOOT_LEGEND):
        with_legend = read(report + legend).findings
        assert with_legend.category == alone.category
        assert with_legend.recommendations == alone.recommendations


_KEY_ONE_TO_FIVE = (
    "BI-RADS 1: Negative\nBI-RADS 2: Benign\nBI-RADS 3: Probably benign\nBI-RADS 4: Suspicious\n"
    "BI-RADS 5: Highly suggestive of malignancy\n"
)


@pytest.mark.parametrize(
    "letter",
    [
        # a key under its own heading: what stands above the heading is the letter's
        "Your recent mammogram showed a finding that needs more evaluation.\nBI-RADS 0:"
        " Incomplete.\n\nWhat the categories mean:\n" + _KEY_ONE_TO_FIVE,
        # (a short key too, which had been read as her assessments, her 0 lost)
        "Your recent mammogram showed a finding that needs more evaluation.\nBI-RADS 0:"
        " Incomplete.\n\nWhat the categories mean:\nBI-RADS 1: Negative\nBI-RADS 2: Benign\n",
        # her result's own label before it, with no heading over the key
        "Result: BI-RADS 0: Incomplete - additional imaging needed.\n\n" + _KEY_ONE_TO_FIVE,
    ],
)
def test_her_category_above_a_key_that_does_not_list_it_stays_hers(letter: str) -> None:
    """A portal letter's key may leave out her own category's number (0 above a key to 1-5):
    her line then counts up into the key like its first item, and had been read as part of it."""
    f = read(letter).findings
    assert f.category is not None and f.category.value == "0"
    assert [a.category.value for a in f.assessments] == ["0"]


_LEAFLET = (
    "A BI-RADS 3 result means a finding is probably benign, and a follow-up mammogram in 6 months"
    " is usually advised. A BI-RADS 4 result means a biopsy is usually recommended. Most"
    " calcifications are benign.\n"
)


@pytest.mark.parametrize(
    "report",
    [
        "IMPRESSION: Negative. BI-RADS 1. Routine annual screening is recommended.",
        "I had the biopsy two days ago. On the report he gave me a BI-RADS 4. Now I wait.",
        "MAMMO DIAGNOSTIC LEFT\nIMPRESSION: Grouped amorphous calcifications, left breast. BI-RADS"
        " 4B. Stereotactic biopsy is recommended.",
    ],
)
def test_a_leaflets_explanation_below_her_report_is_not_hers(report: str) -> None:
    """What a leaflet below a letter says of any result, under its heading ("What does my result
    mean?"), is not her advice or her finding, and its "follow-up mammogram in 6 months" is no
    later visit of hers that would make her category an earlier one. "Most calcifications are
    benign" is said of any woman's, heading or not."""
    alone = _read_without_words(report)
    assert _read_without_words(report + "\n\nWhat does my result mean?\n" + _LEAFLET) == alone
    # with no heading over it, its sentences say what any category means and what is true of
    # most women: not her advice or her findings, even below an impression
    bare = _read_without_words(report + "\n\n" + _LEAFLET)
    for field in ("calcifications", "findings", "recommendations"):
        assert bare[field] == alone[field], field


@pytest.mark.parametrize(
    "line",
    [
        "COMPARISON: Prior mammogram of 01/12/2024 (BI-RADS 3).",
        "HISTORY: Follow-up of a probably benign finding, BI-RADS 3 on 01/12/2024.",
        "TECHNIQUE: Digital mammography with tomosynthesis.",
    ],
)
def test_a_part_told_on_its_headings_line_ends_with_that_line(line: str) -> None:
    """'COMPARISON: 01/12/2024.' above the report's own words is one line long: the words
    below it are hers now, not the earlier exam's (they had all been read as the comparison,
    and her findings, category and advice lost)."""
    report = (
        "The breasts are heterogeneously dense. There are new grouped amorphous calcifications"
        " in the left breast. BI-RADS 4B. Stereotactic biopsy is recommended."
    )
    alone = _read_without_words(report)
    assert alone["category"] == "4B" and alone["calcifications"] is True
    below = _read_without_words(line + "\n\n" + report)
    # (the line's own date or exam may be read; what the report says of her is unchanged)
    for field in ("category", "assessments", "density", "calcifications", "findings",
                  "recommendations", "unsure"):  # fmt: skip
        assert below[field] == alone[field], field


def test_a_part_whose_heading_stands_alone_goes_on_to_the_next_heading() -> None:
    f = read(
        "HISTORY:\nScreening.\nHer mother had breast cancer at 62.\nFINDINGS: No suspicious"
        " calcifications.\nIMPRESSION: BI-RADS 1."
    ).findings
    assert "family-history" in [h.value for h in f.history or ()]


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("A BI-RADS 6 classification represents a known, biopsy-proven cancer.", None),
        ("BI-RADS 6 is used when a biopsy has already shown cancer.", None),
        ("Her biopsy-proven cancer was treated with lumpectomy. BI-RADS 6.", True),
    ],
)
def test_a_biopsy_named_in_what_a_category_means_is_not_hers(text: str, done: bool | None) -> None:
    assert read(text).findings.biopsy_done is done


def test_report_like_texts_read_the_same_whichever_way_they_are_written() -> None:
    """benchmarks/variants.py on a sample: sixteen report-like texts of the dev half, each written
    each other way real reports write the same thing ("BI-RADS: 4", "Lt breast", "bx", a PDF's
    ligatures, a legend below, a blank line after every line), read as written. (Capitals and a
    leaflet with no heading are left out: some readings still change there, see the session
    notes.)"""
    from benchmarks.variants import FRAMES, REPORT_STYLES, VARIANTS

    still_moving = {"capitals", "explainer, bare", "4a", "yrs"}
    still_moving |= {"should be", "recommend x", "words", "mammography", "sonography"}
    report_like = sorted(
        (t for t in corpus("dev") if t.style in REPORT_STYLES), key=lambda t: t.name
    )
    sample = report_like[::12][:16]
    for item in sample:
        alone = _read_without_words(item.text)
        for name, (_, vary) in VARIANTS.items():
            if name in still_moving or (name in FRAMES and name not in {"legend", "explainer"}):
                continue
            varied = _read_without_words(vary(item.text))
            for field in ("category", "assessments", "calcifications", "findings",
                          "recommendations", "history", "density", "biopsy_done"):  # fmt: skip
                assert varied[field] == alone[field], (item.name, name, field)


@pytest.mark.parametrize(
    "name",
    [
        "f20-c-crico-rmf-45yo-screening-draft-report-further-testing-ehr-default-normal-letter-stage-ii",
        "f35-j-jocmr-tubular-adenoma-postmenopausal-enlarging-left-tumor-suggestive-of-fibroadenoma",
        "clinicalgate-calcification-table",
        "f17-onconav-synthetic-combined-mri-pathology-right-ilc-no-category",
    ],
)
def test_a_page_with_every_line_break_doubled_reads_as_written(name: str) -> None:
    """A web page's copy of a report often doubles every line break ("line\n\nline"): each pair
    is one break, and a blank line is four. (Each of these read otherwise so, before. A text
    all in small letters whose every break is two reads as written: it may be paragraphs with
    a blank line between each, see the review's sentences.)"""
    (item,) = [t for t in corpus("dev") if t.name == name]
    assert _read_without_words(item.text.replace("\n", "\n\n")) == _read_without_words(item.text)


def test_a_numbered_quiz_question_s_options_are_nobody_s_history_or_symptoms() -> None:
    """A case book's question, numbered and with its instruction in brackets, then its
    lettered options: the family history and the lump they name are the options', not hers."""
    text = (
        "CASE 1\n\nHistory: A 40-year-old woman comes for a baseline screening mammogram.\n\n"
        "1. What is a screening population? (Choose all that apply.)\n"
        "A. Asymptomatic women\nB. Patients with a lump that has been assessed as benign\n\n"
        "2. What is a diagnostic population?\n"
        "A. Patients with a strong family history of breast cancer\n"
        "B. Patients with a lump or nipple discharge\n"
    )
    f = read(text).findings
    assert f.history is None
    assert f.symptoms is None
    # the same words outside a quiz are hers
    mine = read("History: strong family history of breast cancer. A lump in the left breast.")
    assert [h.value for h in mine.findings.history or ()] == ["family-history"]


@pytest.mark.parametrize(
    ("text", "category", "recommendations", "biopsy_done"),
    [
        # the writer's own call, said as a preference, is the case's category
        (
            "Some mammographers call these lesions BI-RADS 5. I would rather call it BI-RADS 4.",
            "4",
            [],
            None,
        ),
        # a supposition in the reason before it does not reach past the reason's comma
        (
            "Some mammographers call these lesions BI-RADS 5. Because I know I would be eating "
            "my hat over most of them, I would rather call it BI-RADS 4.",
            "4",
            [],
            None,
        ),
        # a condition that opens its sentence still holds through it
        (
            "Some mammographers call these lesions BI-RADS 5. If it grows, I would call it "
            "BI-RADS 4.",
            None,
            [],
            None,
        ),
        # a reason's denial says why, and leaves the advice after it standing
        (
            "IMPRESSION: A new irregular mass in the left breast. Because it could not be felt "
            "and was not visible on ultrasound, MRI was suggested. BI-RADS 4.",
            "4",
            ["additional-imaging"],
            None,
        ),
        # a concession's supposition leaves the advice after it standing
        (
            "IMPRESSION: Grouped amorphous calcifications in the left breast. Although they "
            "might be benign, a biopsy is advised. BI-RADS 4.",
            "4",
            ["biopsy"],
            None,
        ),
        # ... but a concession's denial says how what follows came about: no biopsy was done
        (
            "Although a biopsy was not performed, after an ultrasound, the patient was "
            "diagnosed with a benign fibroadenoma.",
            None,
            [],
            None,
        ),
    ],
)
def test_a_reason_or_concession_that_opens_a_sentence_keeps_its_cues_to_itself(
    text: str, category: str | None, recommendations: list[str], biopsy_done: bool | None
) -> None:
    f = read(text).findings
    assert (f.category and f.category.value) == category
    assert [r.value for r in f.recommendations] == recommendations
    assert f.biopsy_done is biopsy_done


@pytest.mark.parametrize(
    ("text", "category", "recommendations"),
    [
        # advice denied is not advised: a benign report's most common line
        (
            "IMPRESSION: Benign-appearing calcifications in the right breast. No further "
            "imaging needed. BI-RADS 2.",
            "2",
            [],
        ),
        ("IMPRESSION: BI-RADS 2. No further imaging is necessary.", "2", []),
        # ... and the denial after a category's colon denies the advice, not the category
        (
            "IMPRESSION: Benign-appearing calcifications in the right breast.\n"
            "BI-RADS 2 (Benign): no further imaging needed.",
            "2",
            [],
        ),
        (
            "What is your assessment and recommendation?\n"
            "A. BI-RADS 0 (Incomplete): diagnostic ultrasound recommended\n"
            "B. BI-RADS 2 (Benign): no follow-up required\n"
            "C. BI-RADS 4 (Suspicious): biopsy recommended\n"
            "B. BI-RADS 2 (Benign): no follow-up required\n"
            "Explanation: This patient has gynecomastia.",
            "2",
            [],
        ),
        # advice given stays advice
        (
            "IMPRESSION: Asymmetry in the left breast. Further imaging is needed. BI-RADS 0.",
            "0",
            ["additional-imaging"],
        ),
    ],
)
def test_advice_a_report_denies_is_not_advised_and_denies_nothing_else(
    text: str, category: str, recommendations: list[str]
) -> None:
    f = read(text).findings
    assert (f.category and f.category.value) == category
    assert [r.value for r in f.recommendations] == recommendations


@pytest.mark.parametrize(
    ("text", "recommendations"),
    [
        (
            "Since he doesn't want to wait the full 6 months, I'm leaning toward having the"
            " biopsy.",
            [],
        ),
        ("The radiologist does not want to wait, so I am inclined to go ahead with a biopsy.", []),
        ("The radiologist wants me to have a biopsy.", ["biopsy"]),
        ("They want to do a biopsy next week.", ["biopsy"]),
    ],
)
def test_a_wish_denied_is_no_advice(text: str, recommendations: list[str]) -> None:
    """ "Doesn't want to wait" is nobody's advice; "wants me to have a biopsy" is."""
    assert [r.value for r in read(text).findings.recommendations] == recommendations


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a category's name beside another written category is no category of its own: the
        # written one says which it is (here a lesson's, set aside), never the more serious 5
        (
            "Such calcifications are classified as Bi-RADS 4C.\n"
            "On the left, calcifications with a segmental distribution.\n"
            "Highly suggestive of malignancy (Bi-RADS 4C)",
            None,
        ),
        # the name and the category agreeing, or the name alone, in an impression
        ("IMPRESSION: Highly suggestive of malignancy (BI-RADS 5).", "5"),
        # ... and beside the other breast's: the name's words cast no doubt on its own 5
        (
            "IMPRESSION:\nLeft breast: Highly suggestive of malignancy (BI-RADS 5).\n"
            "Right breast: Benign (BI-RADS 2).",
            "5",
        ),
        (
            "IMPRESSION: Segmental fine linear calcifications, left breast.\n"
            "Highly suggestive of malignancy",
            "5",
        ),
    ],
)
def test_a_category_s_name_beside_another_written_category_is_not_read_apart(
    text: str, category: str | None
) -> None:
    f = read(text).findings
    assert (f.category and f.category.value) == category


# Each category in the ways reports and letters write their assessment lines, with its standard
# name (ACR BI-RADS Atlas, 5th edition) beside it in each place reports put it; where a line names
# the other breast too, that breast's category is given as "other". The category read is the
# more serious of the two, never the other breast's alone.
STANDARD_NAMES = {
    "0": "Incomplete: Need additional imaging evaluation",
    "1": "Negative",
    "2": "Benign",
    "3": "Probably benign",
    "4": "Suspicious",
    "4A": "Low suspicion for malignancy",
    "4B": "Moderate suspicion for malignancy",
    "4C": "High suspicion for malignancy",
    "5": "Highly suggestive of malignancy",
    "6": "Known biopsy-proven malignancy",
}
ASSESSMENT_LINES = [
    ("IMPRESSION: {name} (BI-RADS {v}).", None),
    ("IMPRESSION: BI-RADS {v}: {name}.", None),
    ("IMPRESSION: BI-RADS Category {v} - {name}.", None),
    ("ASSESSMENT: Category {v} - {name}.", None),
    ("ASSESSMENT: {name}. BI-RADS {v}.", None),
    ("BI-RADS Category {v}: {name}", None),
    ("OVERALL ASSESSMENT: {name}, BI-RADS {v}", None),
    ("Final Assessment: BI-RADS\u00ae {v} \u2013 {name}", None),
    ("IMPRESSION: {NAME}. BI-RADS {v}.", None),
    ("BI-RADS ASSESSMENT: {v} - {NAME}", None),
    ("Impression: {name}\nBI-RADS: {v}", None),
    ("DIAGNOSTIC MAMMOGRAM\nIMPRESSION: {name}.\nBI-RADS CATEGORY {v}: {NAME}", None),
    ("Your results: BI-RADS {v} \u2014 {name}.", None),
    ("IMPRESSION:\nLeft breast: {name} (BI-RADS {v}).\nRight breast: Negative (BI-RADS 1).", "1"),
    ("IMPRESSION:\nRIGHT BREAST: Negative. BI-RADS 1.\nLEFT BREAST: {name}. BI-RADS {v}.", "1"),
    ("IMPRESSION:\nRight breast: Benign (BI-RADS 2).\nLeft breast: {name} (BI-RADS {v}).", "2"),
    (
        "IMPRESSION:\n1. Left breast: {name} (BI-RADS {v}).\n2. Right breast: benign (BI-RADS 2).",
        "2",
    ),
    ("IMPRESSION:\nLEFT: {NAME} - BI-RADS {v}\nRIGHT: BENIGN - BI-RADS 2", "2"),
    ("Left breast: {name}, BI-RADS {v}; right breast: benign, BI-RADS 2.", "2"),
    (
        "IMPRESSION: {name} findings in the left breast (BI-RADS {v}). Benign findings in the "
        "right breast (BI-RADS 2).",
        "2",
    ),
    ("BI-RADS {v} ({name}) for the left breast and BI-RADS 2 (benign) for the right breast.", "2"),
]


@pytest.mark.parametrize(("line", "other"), ASSESSMENT_LINES)
def test_each_category_is_read_in_the_assessment_lines_reports_write(
    line: str, other: str | None
) -> None:
    wrong = []
    for value, name in STANDARD_NAMES.items():
        text = line.format(v=value, name=name, NAME=name.upper())
        stated = [Category(value)] + ([Category(other)] if other else [])
        want = max(stated, key=lambda c: c.seriousness).value
        found = read(text).findings
        if (found.category and found.category.value) != want:
            wrong.append((value, found.category and found.category.value, sorted(found.unsure)))
    assert not wrong, wrong


@pytest.mark.parametrize(
    "text",
    [
        # a doubt that governs the category itself keeps it unsaid, even in an impression
        "IMPRESSION: Findings may represent a BI-RADS 3 lesion.",
        "IMPRESSION: Possibly BI-RADS 3, to be decided after the ultrasound.",
    ],
)
def test_a_category_itself_in_doubt_is_not_shown(text: str) -> None:
    assert read(text).findings.category is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # how findings are read, told as a rule in the present: anyone's
        (
            "Reply: Radiologists score a mammogram with a BIRAD. When the findings are read as "
            "benign, the score given is BIRAD 1 (normal mammogram).",
            None,
        ),
        # ... a time of hers, told in the past, is hers
        ("When the films were read, the radiologist gave my mammogram a BI-RADS 4.", "4"),
    ],
)
def test_a_when_that_tells_how_findings_are_handled_is_a_rule_for_anyone(
    text: str, category: str | None
) -> None:
    f = read(text).findings
    assert (f.category and f.category.value) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a guess at her category, with "may", as with "might" or "could"
        (
            "Since they suggested a short-interval follow-up, your mammogram report may well be a "
            'Category 3, "probably benign finding" (look at your report).',
            None,
        ),
        ("My report may be a BI-RADS 3, I am not sure.", None),
        # what her report says is hers
        ("My mammogram report says BI-RADS 3, probably benign.", "3"),
    ],
)
def test_a_category_guessed_with_may_is_not_hers(text: str, category: str | None) -> None:
    f = read(text).findings
    assert (f.category and f.category.value) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an earlier exam that opens the sentence holds through it, however long the scale's name
        (
            "A woman aged 64 presented for her regular mammography check-up. At her previous "
            "mammogram she had been given a bilateral breast imaging reporting and data system "
            "category of 1. On the new images there were newly formed grouped calcifications.",
            None,
        ),
        # ... and her first mammogram in a story is the start of this one
        (
            "After her first mammogram, she was told her lump had been given a category of "
            "BI-RADS 3.",
            "3",
        ),
    ],
)
def test_a_category_of_an_earlier_exam_that_opens_its_sentence_is_not_current(
    text: str, category: str | None
) -> None:
    f = read(text).findings
    assert (f.category and f.category.value) == category


# Advice lines in the words reports use, under the category they go with; and advice denied.
@pytest.mark.parametrize(
    ("impression", "category", "advice", "recommendations"),
    [
        (
            "Benign calcifications.",
            "2",
            "RECOMMENDATION: Routine screening mammogram in 1 year.",
            ["routine-screening"],
        ),
        (
            "Benign calcifications.",
            "2",
            "RECOMMENDATION: Annual screening mammography.",
            ["routine-screening"],
        ),
        ("Benign calcifications.", "2", "Recommend annual mammogram.", ["routine-screening"]),
        (
            "Benign calcifications.",
            "2",
            "Return to routine annual screening.",
            ["routine-screening"],
        ),
        (
            "Benign calcifications.",
            "2",
            "No further imaging is needed at this time. Continue annual screening.",
            ["routine-screening"],
        ),
        (
            "Negative mammogram.",
            "1",
            "RECOMMENDATION: Screening mammogram in one year.",
            ["routine-screening"],
        ),
        (
            "Negative mammogram.",
            "1",
            "Next screening mammogram in 12 months.",
            ["routine-screening"],
        ),
        (
            "Probably benign calcifications.",
            "3",
            "RECOMMENDATION: Short-term follow-up diagnostic mammogram of the left breast in "
            "6 months.",
            ["follow-up-6-months"],
        ),
        (
            "Probably benign calcifications.",
            "3",
            "Six month follow-up is recommended.",
            ["follow-up-6-months"],
        ),
        (
            "Probably benign calcifications.",
            "3",
            "Recommend 6-month follow-up left diagnostic mammogram.",
            ["follow-up-6-months"],
        ),
        (
            "Probably benign calcifications.",
            "3",
            "Follow-up in six months is advised. A biopsy is not needed.",
            ["follow-up-6-months"],
        ),
        ("Suspicious calcifications.", "4", "RECOMMENDATION: Stereotactic biopsy.", ["biopsy"]),
        (
            "Suspicious calcifications.",
            "4",
            "Stereotactic-guided core needle biopsy is recommended.",
            ["biopsy"],
        ),
        (
            "Suspicious calcifications.",
            "4",
            "Recommend stereotactic biopsy of the left breast calcifications.",
            ["biopsy"],
        ),
        ("Suspicious calcifications.", "4", "Tissue sampling is recommended.", ["biopsy"]),
        (
            "Suspicious calcifications.",
            "4B",
            "Biopsy is recommended. This was discussed with the patient, who will be scheduled.",
            ["biopsy"],
        ),
        (
            "Asymmetry, left breast.",
            "0",
            "RECOMMENDATION: Additional imaging evaluation with spot compression views and "
            "ultrasound.",
            ["additional-imaging"],
        ),
        (
            "Asymmetry, left breast.",
            "0",
            "Recommend diagnostic mammogram and ultrasound of the left breast.",
            ["additional-imaging"],
        ),
        (
            "Asymmetry, left breast.",
            "0",
            "Please return for additional views.",
            ["additional-imaging"],
        ),
        (
            "Calcifications in the left breast.",
            "0",
            "Magnification views are recommended.",
            ["additional-imaging"],
        ),
        ("Highly suspicious mass.", "5", "Ultrasound-guided biopsy is recommended.", ["biopsy"]),
        ("Known cancer.", "6", "Surgical consultation as clinically indicated.", []),
        (
            "Benign calcifications.",
            "2",
            "There is no need for a biopsy or short-term follow-up.",
            [],
        ),
        ("Benign calcifications.", "2", "Neither biopsy nor additional imaging is required.", []),
        ("Benign calcifications.", "2", "Additional imaging is not necessary.", []),
        ("Benign calcifications.", "2", "No follow-up imaging is required.", []),
    ],
)
def test_the_advice_lines_reports_write_are_read_as_advised(
    impression: str, category: str, advice: str, recommendations: list[str]
) -> None:
    text = f"IMPRESSION: {impression} BI-RADS {category}.\n{advice}"
    assert sorted(r.value for r in read(text).findings.recommendations) == sorted(recommendations)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # a kind compared with is no finding of hers
        (
            "Diffuse, bilateral and symmetric enhancement is regarded as benign, just like a "
            "similar pattern of calcifications.",
            0,
        ),
        (
            "Diffuse, bilateral and symmetric enhancement is regarded as benign, just as a "
            "similar pattern of calcifications would be.",
            0,
        ),
        # ... her own, likened to earlier ones, is
        ("Grouped calcifications like those seen before are present in the left breast.", 1),
    ],
)
def test_calcifications_named_only_to_compare_are_no_finding(text: str, groups: int) -> None:
    assert len([f for f in read(text).findings.findings if f.is_calcification]) == groups


@pytest.mark.parametrize(
    ("text", "words", "symptoms"),
    [
        # a category's name in brackets after it is no word of her calcifications'
        (
            "Coarse heterogeneous calcifications, grouped, in the left breast. This places them in "
            "BI-RADS category 4 (suspicious abnormality), which calls for a tissue diagnosis.",
            [],
            None,
        ),
        (
            "Coarse heterogeneous calcifications, grouped, in the left breast: BI-RADS category 4 "
            "(suspicious abnormality).",
            [],
            None,
        ),
        # what a method is for, told of a kind, is nobody's
        (
            "Coarse heterogeneous calcifications, grouped, in the left breast.\n"
            "Stereotactic Core Needle Biopsy\n"
            "  \u2022 For sampling suspicious nonpalpable abnormalities on mammography, especially "
            "calcifications",
            [],
            None,
        ),
        # ... her own, called suspicious, is
        (
            "Coarse heterogeneous calcifications in the left breast are suspicious.",
            ["suspicious"],
            None,
        ),
    ],
)
def test_words_of_a_category_s_name_or_of_a_method_are_not_her_calcifications(
    text: str, words: list[str], symptoms: list[str] | None
) -> None:
    found = read(text).findings
    (finding,) = [f for f in found.findings if f.is_calcification]
    assert [w.value for w in finding.words] == words
    assert (None if found.symptoms is None else [s.value for s in found.symptoms]) == symptoms
