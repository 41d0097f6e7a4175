"""The real-text corpus read again, each text written each of the other ways real reports write
the same thing ("BI-RADS: 4" for "BI-RADS 4", "Lt breast" for "left breast", "bx" for
"biopsy", a double-spaced page). Nothing is said differently, so nothing read should change: a
reading that changes is a rule that knows one way only. Needs no labels to find one; the labels
then say whether the change made a field wrong or right. Each variant keeps the text as a real
report would write it ("calcification" for every "calcifications" would not: "Most breast
calcification are benign").

    .venv/bin/python -m benchmarks.variants dev            # every variant, the dev half
    .venv/bin/python -m benchmarks.variants dev --show     # and the texts each variant changed
    .venv/bin/python -m benchmarks.variants unseen         # figures only: the texts stay unseen

Goal: no reading changes under any variant (the capitals one excepted: a heading written in
capitals is a heading's mark, see tests/test_reader_properties.py).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from calcinfo.reader import read
from tests.realtexts import FIELDS, RealText, corpus, expected_and_found

_FOOTER = (
    "\n\nElectronically signed by: Jane Roe, MD on 11/18/2026 4:12 PM\n"
    "This report has been sent to your provider. If you have any questions, please contact your"
    " doctor.\n"
)


_PORTAL_ABOVE = "Narrative\n"
_PORTAL_BELOW = (
    "\n\nResult Information\nStatus: Final result (Exam End: 11/18/2026 10:32)\n"
    "Provider Status: Reviewed\n\nMyChart\u00ae licensed from Epic Systems Corporation\u00a9"
    " 1999 - 2026"
)
_HEADER = (
    "Patient Name: DOE, JANE    MRN: 0012345    DOB: 03/14/1966\nOrdering Provider: SMITH, JOHN"
    " MD\n\n"
)
_LEGEND = (
    "\n\nBI-RADS categories:\n0 - Incomplete: needs additional imaging evaluation\n1 - Negative\n"
    "2 - Benign\n3 - Probably benign\n4 - Suspicious\n5 - Highly suggestive of malignancy\n"
    "6 - Known biopsy-proven malignancy\n"
)
_EXPLAINER = (
    "\n\nWhat does my result mean?\nA BI-RADS 3 result means a finding is probably benign, and a"
    " follow-up mammogram in 6 months is usually advised. A BI-RADS 4 result means a biopsy is"
    " usually recommended. Most calcifications are benign.\n"
)
REPORT_STYLES = frozenset(
    {"portal", "transcription", "letter", "structured", "ultrasound", "mri", "post-biopsy"}
)
"""The kinds of text a page's own header or a portal's frame can stand around: a report."""
FRAMES = frozenset(
    {"portal", "header", "comparison", "letter", "her question", "legend", "explainer"}
    | {"explainer, bare"}
)


_WORDS = ("zero", "one", "two", "three", "four", "five", "six")


def _sub(pattern: str, replacement: str | Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    compiled = re.compile(pattern)
    return lambda text: compiled.sub(replacement, text)


def _side(short: str) -> Callable[[re.Match[str]], str]:
    return lambda m: ("Lt" if m[1].lower() == "left" else "Rt") + short


VARIANTS: dict[str, tuple[str, Callable[[str], str]]] = {
    # the page
    "crlf": ("Windows line ends", lambda t: t.replace("\n", "\r\n")),
    "nbsp": ("no-break spaces, as a web page's copy has", lambda t: t.replace(" ", "\u00a0")),
    "double-spaced": ("a blank line after every line", lambda t: t.replace("\n", "\n\n")),
    "trailing": ("spaces at each line's end", lambda t: t.replace("\n", "   \n")),
    "indented": ("every line indented", _sub(r"(?m)^", "  ")),
    "tabs": ("a tab after each colon", _sub(r": ", ":\t")),
    "curly": ("curly quote marks", lambda t: t.replace("'", "\u2019").replace('"', "\u201c")),
    "ligatures": (
        "a PDF's ligatures (\ufb01, \ufb02)",
        lambda t: t.replace("fi", "\ufb01").replace("fl", "\ufb02"),
    ),
    "soft hyphens": (
        "a web page's soft hyphens in words",
        _sub(r"(?<=calci)(?=fication)|(?<=mam)(?=mo)", "\u00ad"),
    ),
    "zero-width": (
        "a zero-width space in BI-RADS",
        lambda t: t.replace("BI-RADS", "BI\u200b-RADS"),
    ),
    "bullets": ("bullets for dashes", _sub(r"(?m)^(\s*)- ", "\\1\u2022 ")),
    "dashes": ("an en dash for a spaced hyphen", lambda t: t.replace(" - ", " \u2013 ")),
    "signed": ("a portal's signature lines below", lambda t: t + _FOOTER),
    "capitals": ("all in capitals, as old systems print", str.upper),
    # (around a report only: a teaching page with a patient's name above it is not the same page)
    "portal": ("a portal page's frame around it", lambda t: _PORTAL_ABOVE + t + _PORTAL_BELOW),
    "header": ("a patient's name and number above", lambda t: _HEADER + t),
    "comparison": (
        "a comparison line above",
        lambda t: "COMPARISON: Prior mammogram of 01/12/2024 (BI-RADS 3).\n\n" + t,
    ),
    "letter": (
        "a letter's greeting and closing around it",
        lambda t: (
            "Dear Ms. Doe,\n\nYour recent breast imaging results are below.\n\n"
            + t
            + "\n\nSincerely,\nThe Breast Imaging Center\n"
        ),
    ),
    "her question": (
        "her own words around it, as in a post",
        lambda t: "My report says:\n\n" + t + "\n\nWhat does this mean? Should I worry?\n",
    ),
    "legend": ("the categories' legend below", lambda t: t + _LEGEND),
    "explainer": ("a leaflet's explanation below", lambda t: t + _EXPLAINER),
    "explainer, bare": (
        "the same with no heading",
        lambda t: t + _EXPLAINER.replace("What does my result mean?\n", ""),
    ),
    # the scale's name and its category
    "birads": ("BIRADS", _sub(r"(?i)bi-rads", "BIRADS")),
    "bi rads": ("BI RADS", _sub(r"(?i)bi-rads", "BI RADS")),
    "registered": ("BI-RADS\u00ae", _sub(r"(?i)bi-rads(?!\u00ae)", "BI-RADS\u00ae")),
    "bi-rads colon": ("BI-RADS: 4", _sub(r"(?i)\b(bi-?rads)\s+([0-6][abc]?)\b", r"\1: \2")),
    "category": (
        "BI-RADS category 4",
        _sub(r"(?i)\b(bi-?rads)\s+([0-6][abc]?)\b", r"\1 category \2"),
    ),
    "roman": (
        "BI-RADS IV",
        _sub(
            r"(?i)\b(bi-?rads:? )([0-6])(?![\w.])",
            lambda m: m[1] + ["0", "I", "II", "III", "IV", "V", "VI"][int(m[2])],
        ),
    ),
    "birads-4": ("BIRADS-4", _sub(r"(?i)\bbi-?rads ([0-6][abc]?)\b", r"BIRADS-\1")),
    "score": ("BI-RADS score of 4", _sub(r"(?i)\b(bi-?rads) ([0-6][abc]?)\b", r"\1 score of \2")),
    "acr": ("ACR BI-RADS 4", _sub(r"(?<!ACR )\bBI-RADS(?= [0-6])", "ACR BI-RADS")),
    "classification": (
        "BI-RADS classification 4",
        _sub(r"(?i)\b(bi-?rads) ([0-6][abc]?)\b", r"\1 classification \2"),
    ),
    "words": (
        "BI-RADS four",
        _sub(
            r"(?i)\b(bi-?rads) ([0-6])(?![\w.])",
            lambda m: m[1] + " " + _WORDS[int(m[2])],
        ),
    ),
    "category alone": (
        "Category 4 for BI-RADS 4",
        _sub(r"(?i)\bbi-?rads ([0-6][abc]?)\b", r"Category \1"),
    ),
    "legend dash": ("BI-RADS 0 - Incomplete", _sub(r"(?i)\b(bi-?rads [0-6][abc]?): ", r"\1 - ")),
    "legend brackets": (
        "BI-RADS 0 (Incomplete)",
        _sub(r"(?im)\b(bi-?rads [0-6][abc]?): ([^.\n]{3,40})\.", r"\1 (\2)."),
    ),
    "conclusion": ("CONCLUSION: for IMPRESSION:", _sub(r"(?i)\bimpression:", "CONCLUSION:")),
    "impression": ("Impression: in small letters", _sub(r"\bIMPRESSION:", "Impression:")),
    # sides
    "lt breast": ("Lt breast, Rt breast", _sub(r"(?i)\b(left|right) breast\b", _side(" breast"))),
    "left breast": ("LEFT BREAST", _sub(r"\b(?:left|right) breast\b", lambda m: m[0].upper())),
    # words
    "micro-": (
        "micro-calcifications",
        _sub(r"(?i)\bmicrocalcifications\b", "micro-calcifications"),
    ),
    "calcs": ("calcs", _sub(r"\bcalcifications\b", "calcs")),
    "pleomorphic": ("fine-pleomorphic", _sub(r"(?i)\bfine pleomorphic\b", "fine-pleomorphic")),
    "linear": ("fine-linear", _sub(r"(?i)\bfine linear\b", "fine-linear")),
    "clustered": ("clustered for grouped", _sub(r"\bgrouped\b", "clustered")),
    "indistinct": ("indistinct for amorphous", _sub(r"\bamorphous\b", "indistinct")),
    "cluster": ("a cluster of for a group of", _sub(r"\ba group of\b", "a cluster of")),
    "newly": (
        "newly seen for new",
        _sub(r"\bnew (?=(?:grouped|clustered|amorphous|calcifications))", "newly seen "),
    ),
    "segmentally": (
        "in a segmental distribution",
        _sub(
            r"\bsegmental (calcifications|microcalcifications)\b", r"\1 in a segmental distribution"
        ),
    ),
    "heterogenous": ("heterogenous", _sub(r"(?i)\bheterogeneous\b", "heterogenous")),
    "follow up": ("follow up", _sub(r"(?i)\bfollow-up\b", "follow up")),
    "6": ("6 for six", _sub(r"\bsix\b", "6")),
    "unchanged": ("unchanged for stable", _sub(r"\bstable\b", "unchanged")),
    "tumour": ("tumour", _sub(r"\btumor", "tumour")),
    "recommended": ("X recommended", _sub(r"(?i)\bis recommended\b", "recommended")),
    "advised": ("X is advised", _sub(r"\bis recommended\b", "is advised")),
    "should be": ("X should be performed", _sub(r"\bis recommended\b", "should be performed")),
    "recommend x": (
        "Recommend X. for X is recommended.",
        _sub(
            r"(?m)(^|\. )([A-Z][\w -]{3,40}?) is recommended\.",
            lambda m: f"{m[1]}Recommend {m[2][0].lower()}{m[2][1:]}.",
        ),
    ),
    "short-term": (
        "short-term follow-up",
        _sub(r"\b6[- ]month follow-up\b", "short-term follow-up"),
    ),
    "in 6 months": (
        "follow-up in 6 months",
        _sub(r"\b6[- ]month follow-up\b", "follow-up in 6 months"),
    ),
    "suggested": ("X is suggested", _sub(r"\bis recommended\b", "is suggested")),
    "mom": ("mom for mother", _sub(r"\bmother\b", "mom")),
    "stated": ("was noted for was seen", _sub(r"\bwas seen\b", "was noted")),
    "there are no": (
        "There are no suspicious ...",
        _sub(r"(?m)(^|\. )No suspicious", r"\1There are no suspicious"),
    ),
    "without evidence": ("without evidence of", _sub(r"\bno evidence of\b", "without evidence of")),
    "not seen": (
        "is not seen for is not identified",
        _sub(r"\b(is|are) not identified\b", r"\1 not seen"),
    ),
    "mammography": ("mammography", _sub(r"\bmammogram\b", "mammography")),
    "sonography": ("sonography", _sub(r"\bultrasound\b", "sonography")),
    "US": ("US for ultrasound", _sub(r"\bultrasound\b", "US")),
    "bx": ("bx for biopsy", _sub(r"\bbiopsy\b", "bx")),
    "h/o": ("h/o for history of", _sub(r"(?i)\bhistory of\b", "h/o")),
    "&": ("& for and", _sub(r" and ", " & ")),
    "hx": ("hx of for history of", _sub(r"(?i)\bhistory of\b", "hx of")),
    "w/o": ("w/o for without", _sub(r"\bwithout\b", "w/o")),
    "pt": ("pt for patient", _sub(r"\bpatient\b", "pt")),
    "mammo": ("mammo for mammogram", _sub(r"\bmammogram\b", "mammo")),
    "o clock": ("o clock for o'clock", _sub(r"(?i)\bo['\u2019]clock\b", "o clock")),
    "followup": ("followup for follow-up", _sub(r"(?i)\bfollow-up\b", "followup")),
    "u/s": ("U/S for ultrasound", _sub(r"\bultrasound\b", "U/S")),
    "ca": ("breast ca for breast cancer", _sub(r"\bbreast cancer\b", "breast ca")),
    "w/": ("w/ for with", _sub(r"\bwith\b", "w/")),
    "s/p": ("s/p for status post", _sub(r"(?i)\bstatus post\b", "s/p")),
    "bilat": ("bilat for bilateral", _sub(r"\bbilateral\b", "bilat")),
    "USG": ("USG for ultrasound", _sub(r"\bultrasound\b", "USG")),
    "cat.": ("BI-RADS cat. 4", _sub(r"(?i)\b(bi-?rads) category\b", r"\1 cat.")),
    "y/o": ("y/o for year-old", _sub(r"\byear-old\b", "y/o")),
    "6mm": ("6mm for 6 mm", _sub(r"\b(\d+(?:\.\d+)?) (mm|cm)\b", r"\1\2")),
    "MMG": ("MMG for mammogram", _sub(r"\bmammogram\b", "MMG")),
    "microcalcs": ("microcalcs", _sub(r"\bmicrocalcifications\b", "microcalcs")),
    "UOQ": ("UOQ for upper outer quadrant", _sub(r"(?i)\bupper outer quadrant\b", "UOQ")),
    "IDC": ("IDC for invasive ductal carcinoma", _sub(r"(?i)\binvasive ductal carcinoma\b", "IDC")),
    "FNA": ("FNA for fine needle aspiration", _sub(r"(?i)\bfine[- ]needle aspiration\b", "FNA")),
    "CNB": ("CNB for core needle biopsy", _sub(r"(?i)\bcore needle biopsy\b", "CNB")),
    "f/u": ("f/u for follow-up", _sub(r"(?i)\bfollow-up\b", "f/u")),
    "mos": ("6 mos for 6 months", _sub(r"\b(\d+)([ -])months\b", r"\1\2mos")),
    "FHx": ("FHx for family history", _sub(r"(?i)\bfamily history\b", "FHx")),
    "l breast": (
        "L breast, R breast",
        _sub(r"(?i)\b(left|right) breast\b", lambda m: m[1][0].upper() + " breast"),
    ),
    "4a": ("BI-RADS 4 A", _sub(r"(?i)\b(bi-?rads:? )4([abc])\b", r"\g<1>4 \2")),
    "benign appearing": ("benign appearing", _sub(r"\bbenign-appearing\b", "benign appearing")),
    "yrs": ("yrs for years", _sub(r"\byears\b", "yrs")),
    "approx": ("approx. for approximately", _sub(r"\bapproximately\b", "approx.")),
    "neg": ("neg for negative", _sub(r"\bnegative\b", "neg")),
}


def _reading(text: str, item: RealText) -> tuple[dict[str, Any], dict[str, bool]]:
    pairs = expected_and_found(item, read(text).findings)
    return {k: pairs[k][1] for k in FIELDS}, {k: pairs[k][0] == pairs[k][1] for k in FIELDS}


def main(argv: list[str]) -> int:
    if {"-h", "--help"} & set(argv):
        print(__doc__)
        return 0
    part = argv[0] if argv and not argv[0].startswith("-") else "dev"
    show = "--show" in argv
    if show and "unseen" in part:
        print("--show is for the dev half only: the unseen texts stay unseen.")
        return 2
    items = corpus(part)
    base = {item.name: _reading(item.text, item) for item in items}
    print(f"{part}: {len(items)} texts, each read again written each other way")
    print(f"{'variant':16} {'written':34} {'changed':>7} {'worse':>6} {'better':>6}")
    total = 0
    for name, (written, vary) in VARIANTS.items():
        changed: list[str] = []
        worse = better = 0
        fields: Counter[str] = Counter()
        for item in items:
            if name in FRAMES and item.style not in REPORT_STYLES:
                continue
            text = vary(item.text)
            if text == item.text:
                continue
            got, right = _reading(text, item)
            was, was_right = base[item.name]
            moved = [k for k in FIELDS if got[k] != was[k]]
            if moved:
                changed.append(item.name)
                fields.update(moved)
                worse += sum(was_right[k] and not right[k] for k in FIELDS)
                better += sum(right[k] and not was_right[k] for k in FIELDS)
        if name != "capitals":
            total += len(changed)
        print(f"{name:16} {written[:34]:34} {len(changed):7} {worse:6} {better:6}")
        if show and changed:
            print(f"{'':17}fields: {dict(fields.most_common(5))}")
            for text_name in changed[:10]:
                print(f"{'':17}{text_name}")
    print(f"readings changed, all variants but capitals: {total}  (goal 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
