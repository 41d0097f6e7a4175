"""Line-by-line notes on real report texts (issue 13): of the terms a patient would ask about,
how many occurrences get a note, and which terms still have none.

    .venv/bin/python -m benchmarks.annotations dev      # the corpus the glossary was checked on
    .venv/bin/python -m benchmarks.annotations unseen   # figures only: the texts stay unseen

Goal: at least 90% of occurrences get a note. The list of terms is the one a breast radiologist
would expect a patient to ask about (below); administration lines are not counted.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from calcinfo.knowledge.glossary import matcher
from calcinfo.reader.annotate import annotate
from tests.realtexts import corpus

ASKED_ABOUT = [
    r"(?:micro|macro)?calcifications?", r"amorphous", r"(?:fine )?pleomorphic", r"punctate",
    r"coarse heterogeneous", r"fine[- ]linear(?: branching)?", r"vascular", r"popcorn",
    r"dystrophic", r"milk of calcium", r"rim", r"grouped", r"clustered?", r"segmental",
    r"regional", r"diffuse", r"scattered", r"bi-?rads", r"heterogeneously dense",
    r"extremely dense", r"fibroglandular", r"mass(?:es)?", r"focal asymmetry", r"asymmetry",
    r"architectural distortion", r"lymph nodes?", r"benign[- ]appearing", r"probably benign",
    r"suspicious", r"malignan(?:cy|t)", r"stable", r"unchanged", r"biopsy", r"stereotactic",
    r"core needle", r"vacuum[- ]assisted", r"ultrasound", r"mri", r"magnification",
    r"spot compression", r"tomosynthesis", r"quadrant", r"o'?clock", r"retroareolar",
    r"subareolar", r"axillary", r"palpable", r"cysts?", r"fibroadenoma", r"dcis",
    r"atypi(?:a|cal)", r"clip", r"short[- ]interval", r"recall(?:ed)?", r"screening",
    r"diagnostic", r"impression", r"comparison", r"magnification views?",
]  # fmt: skip
PATTERN = re.compile(r"(?<![\w-])(?:" + "|".join(ASKED_ABOUT) + r")(?![\w-])", re.IGNORECASE)


def main(argv: list[str]) -> int:
    part = argv[0] if argv else "dev"
    seen = covered = 0
    missing: Counter[str] = Counter()
    for item in corpus(part):
        lines = annotate(item.text)
        _, owner = matcher()
        for line in lines:
            spans = [(n.start, n.end) for n in line.notes]
            noted = {n.term for n in line.notes}  # a term is noted once a sentence
            for match in PATTERN.finditer(item.text, line.start, line.end):
                seen += 1
                a, b = match.start(), match.end()
                term = owner.get(" ".join(match.group().lower().split()))
                if any(s < b and a < e for s, e in spans) or (term and term.term in noted):
                    covered += 1
                else:
                    missing[match.group().lower()] += 1
    share = 100 * covered / max(seen, 1)
    print(f"{part}: {len(corpus(part))} real report texts")
    print(f"  occurrences of asked-about terms with a note: {covered}/{seen} = {share:.1f}%")
    print("  (goal 90%)")
    if part != "unseen":
        print("  terms still without a note, most often first:")
        for word, count in missing.most_common(25):
            print(f"    {word}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
