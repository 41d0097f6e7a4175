"""Every fresh batch of the dev half read again by the reader as it stood just before the batch
was added: its first run, before any rule was written for it. How many fields did it read
right on each kind of text (a results letter, a structured report, a teaching page, a woman's
own words)? Where did the first runs' over-calls come from, and would one page-level gate have
stopped them without turning right readings into questions? Needs the project's git history
(a clone, not a copy of the files).

    .venv/bin/python -m benchmarks.first_runs

Each batch's texts and labels are today's (labels were re-checked since); the reader is the one
of the commit before the batch's first file was added, taken with `git archive` into a
temporary folder and run there in its own process. Where each category stood is judged by
today's reader (its parts and sentences). Takes a few minutes.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from calcinfo.findings import Category, Findings
from calcinfo.reader.assemble import _Reader
from calcinfo.reader.sections import CATEGORY_SECTIONS_FIRST
from tests.realtexts import FIELDS, RealText, corpus, expected_and_found, over_call_of

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "reports" / "real"
FIRST = ("patient-dev", "teaching-dev")  # the corpus's first half: read by the first rules
OWNED = re.compile(
    r"\b(?:i|my|me|i'm|i've|her|she|patient|pt|impression|assessment|results?|report|came back|"
    r"given|rated|classified|assessed|scored|final)\b"
)
"""Words that tie a category to somebody's exam, looked for in its sentence (gate 1)."""
AS_A_PERSON = re.compile(
    r"\b(?:you|your|\d+ ?-? ?(?:year|yr)s? ?-? ?old|\d+ ?yo|female|male|man|lady|case|girl)\b"
)
"""More words for a person, for gate 3: the reader, an age, "case"."""

OLD_READ = """
import json, sys, tomllib
from calcinfo.reader import read
out = {}
for item in tomllib.loads(sys.stdin.read())["report"]:
    reading = read(item["text"])
    found = getattr(reading, "findings", reading)
    out[item["name"]] = {
        "category": found.category.value if found.category else None,
        "starts": [a.evidence.start for a in found.assessments if getattr(a, "evidence", None)],
        "json": found.to_json() if hasattr(found, "to_json") else None,
        "dense": getattr(found, "dense", None),
    }
print(json.dumps(out, default=str))
"""


class _OldReading:
    """A first run's JSON, seen through the two things today's scorer asks of `Findings`."""

    def __init__(self, found: dict[str, Any], dense: bool | None) -> None:
        self.found = {"unsure": [], **found}
        self.dense = dense
        self.category = Category(found["category"]) if found.get("category") else None

    def to_json(self) -> dict[str, Any]:
        return self.found


def fields_right(item: RealText, found: dict[str, Any]) -> set[str] | None:
    """The scored fields a first run read right, where its reader already gave findings and
    assessments (the earliest readers did not: None)."""
    old = found.get("json")
    if not isinstance(old, dict) or not {"findings", "assessments"} <= old.keys():
        return None
    pairs = expected_and_found(item, cast(Findings, _OldReading(old, found.get("dense"))))
    return {name for name, (want, got) in pairs.items() if want == got}


@dataclass(frozen=True)
class Shown:
    batch: str
    name: str
    over: bool
    right: bool
    in_report_part: bool
    owned: bool  # gate 1 lets it through
    someone: bool  # gate 2 lets it through
    person: bool  # gate 3 lets it through
    none_stated: bool  # the text states no category of hers


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def batches() -> list[tuple[str, str]]:
    """Each fresh batch and the commit its first file came in with, oldest first."""
    out = []
    for path in sorted(REAL.glob("*-dev.toml")):
        name = path.name.removesuffix(".toml")
        if name in FIRST:
            continue
        stem = name.removesuffix("-dev")
        added = git("log", "--diff-filter=A", "--format=%h", "--", f"{REAL}/{stem}-*.toml")
        out.append((name, added.split()[-1]))
    return sorted(out, key=lambda b: int(git("log", "-1", "--format=%ct", b[1])))


def first_run(name: str, commit: str) -> dict[str, dict[str, object]]:
    """The batch read by the reader of the commit before `commit`, in a process of its own."""
    archive = subprocess.run(
        ["git", "archive", f"{commit}^", "calcinfo"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            # (the project's own files; the "data" filter where this Python has it)
            if hasattr(tarfile, "data_filter"):
                tar.extractall(folder, filter="data")
            else:  # pragma: no cover - Python 3.11 before 3.11.4
                tar.extractall(folder)
        done = subprocess.run(
            [sys.executable, "-c", OLD_READ],
            cwd=folder,
            env={"PYTHONPATH": folder, "PATH": "/usr/bin:/bin"},
            input=(REAL / f"{name}.toml").read_text(),
            capture_output=True,
            text=True,
            check=True,
        )
    result: dict[str, dict[str, object]] = json.loads(done.stdout)
    return result


def judged(batch: str, item: RealText, category: str, starts: list[int]) -> Shown:
    """Where a category the first run showed stood, by today's reader."""
    reader = _Reader(item.text)
    sentences = reader.index.sentences
    # (the first run's places are in the text as given; today's parts are in its normal form)
    begins = [reader.text.span(s.start, s.end)[0] for s in sentences]
    places = [sentences[max(0, bisect_right(begins, start) - 1)] for start in starts]
    norm = reader.text.norm
    return Shown(
        batch,
        item.name,
        over=over_call_of(item, category),
        right=category == item.labels.get("category"),
        in_report_part=any(s.section in CATEGORY_SECTIONS_FIRST for s in places),
        owned=any(OWNED.search(norm, s.start, s.end) for s in places),
        someone=reader.names_someone,
        person=reader.names_someone or bool(AS_A_PERSON.search(norm)),
        none_stated=item.labels.get("category") is None and not item.labels.get("assessments"),
    )


def main() -> int:
    try:
        git("rev-parse", "--verify", "HEAD")
    except (OSError, subprocess.CalledProcessError):
        print("benchmarks.first_runs needs git and the project's history: run it in a clone.")
        return 1
    shown: list[Shown] = []
    # per kind of text: texts scored in every field, fields right, categories right, over-calls
    kinds: dict[str, list[int]] = {}
    print("batch            texts  category right  over-calls  (first run)")
    for name, commit in batches():
        found = first_run(name, commit)
        items = corpus(name)
        right = over = 0
        for item in items:
            scored = fields_right(item, found.get(item.name, {}))
            if scored is not None:
                tally = kinds.setdefault(item.style or "-", [0, 0, 0, 0])
                shown_now = found[item.name].get("category")
                tally[0] += 1
                tally[1] += len(scored)
                tally[2] += "category" in scored
                tally[3] += over_call_of(item, shown_now if isinstance(shown_now, str) else None)
            category = found.get(item.name, {}).get("category")
            if category is None:
                right += item.labels.get("category") in (None, "conflict")
                continue
            starts = found[item.name].get("starts") or [0]
            assert isinstance(category, str) and isinstance(starts, list)
            one = judged(name, item, category, [int(s) for s in starts])
            shown.append(one)
            right += one.right
            over += one.over
        print(f"{name:16} {len(items):5}  {right:14}  {over:10}")
    print("\nevery field, by kind of text (where the first run's reader gave findings and")
    print("assessments; scored as benchmarks.real_reports scores them):")
    print("kind            texts   fields right   category right  over-calls")
    total = [0, 0, 0, 0]
    for style, (texts, fields, cats, overs_) in sorted(kinds.items(), key=lambda k: -k[1][0]):
        share = fields / (texts * len(FIELDS))
        print(f"{style:14} {texts:6}   {share:11.1%}   {cats:6}/{texts:<6}  {overs_:9}")
        total = [a + b for a, b in zip(total, (texts, fields, cats, overs_), strict=True)]
    share = total[1] / max(1, total[0] * len(FIELDS))
    print(f"{'all':14} {total[0]:6}   {share:11.1%}   {total[2]:6}/{total[0]:<6}  {total[3]:9}")
    overs = [s for s in shown if s.over]
    print(f"\ncategories shown: {len(shown)}, over-calls: {len(overs)}")
    print(
        f"  over-calls on texts that state no category of hers: {sum(s.none_stated for s in overs)}"
    )
    place = Counter(("a report part" if s.in_report_part else "elsewhere", s.over) for s in shown)
    for where in ("a report part", "elsewhere"):
        print(f"  read in {where}: {place[where, False]} not over, {place[where, True]} over")
    print("gates on a category read outside a report's parts (over-calls stopped / right lost):")
    gates = {
        "1. ask unless its sentence ties it to somebody": "owned",
        "2. ask unless the text names anyone": "someone",
        "3. as 2, with 'you', ages and 'case' as persons": "person",
    }
    for gate, lets in gates.items():
        asked = [s for s in shown if not s.in_report_part and not getattr(s, lets)]
        stopped = sum(s.over for s in asked)
        lost = sum(s.right for s in asked)
        print(f"  {gate}: {stopped} / {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
