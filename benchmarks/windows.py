"""Every window of one to three sentences of the dev texts, read alone, as a short paste reads:
what the reader makes of each, to compare two versions of the rules.

    .venv/bin/python -m benchmarks.windows dump before.json     # on one checkout
    .venv/bin/python -m benchmarks.windows dump after.json      # on another
    .venv/bin/python -m benchmarks.windows diff before.json after.json [FIELD ...]

`diff` counts the windows whose reading changed, by field of the reading's JSON (as `--json`
prints it, less the evidence's offsets) and by change, and with FIELD names (category,
findings, recommendations, biopsy_result, history, symptoms, ..., or error) lists them. A
rule is checked on the whole texts by `benchmarks.real_reports`; a window shows what it does
to a few lines out of their text, as a woman may paste them. (Session 27: this found a mended
rule that had lost "Female presents with a palpable lump", another that took a report's "RISK
FACTORS:" for a lesson's, and an IndexError on a text that was all heading, which no labelled
text had.)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict

from calcinfo.reader import read
from tests.realtexts import corpus, without_evidence

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SHORTEST = 16  # characters: a window of less says nothing


def windows() -> list[str]:
    """The one-, two- and three-sentence windows of the dev texts (paraphrases left out: they
    repeat their source's sentences in other words)."""
    found: set[str] = set()
    for item in corpus("dev"):
        if item.name.startswith("para"):
            continue
        sentences = [
            s
            for line in item.text.split("\n")
            for s in _SENTENCE_END.split(line.strip())
            if len(s) >= SHORTEST
        ]
        for i in range(len(sentences)):
            for size in (1, 2, 3):
                if i + size <= len(sentences):
                    found.add(" ".join(sentences[i : i + size]))
    return sorted(found)


def reading(text: str) -> dict[str, object]:
    """The reading as its JSON less the evidence's offsets (`without_evidence`, as the reader's
    property tests compare two readings), or the name of the fault it raised."""
    try:
        return without_evidence(read(text).findings)
    except Exception as error:  # a fault is a difference to show, not to stop on
        return {"error": type(error).__name__}


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) == 2:
        data = {text: reading(text) for text in windows()}
        with open(argv[1], "w", encoding="utf-8") as out:
            json.dump(data, out)
        print(f"{len(data)} windows read")
        return 0
    if argv[:1] == ["diff"] and len(argv) >= 3:
        with open(argv[1], encoding="utf-8") as a, open(argv[2], encoding="utf-8") as b:
            before, after = json.load(a), json.load(b)
        changed: defaultdict[str, list[tuple[str, object, object]]] = defaultdict(list)
        for text in sorted(before.keys() & after.keys()):
            old, new = before[text], after[text]
            for field in sorted(old.keys() | new.keys()):
                if old.get(field) != new.get(field):
                    changed[field].append((text, old.get(field), new.get(field)))
        print(f"{len(before.keys() & after.keys())} windows in both")
        for field, rows in changed.items():
            kinds = Counter(f"{old} -> {new}" for _, old, new in rows)
            print(
                f"{field}: {len(rows)} changed; "
                + "; ".join(f"{k} ({n})" for k, n in kinds.most_common(6))
            )
            if field in argv[3:]:
                for text, old, new in rows:
                    print(f"   {old} -> {new} | {text[:200]}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
