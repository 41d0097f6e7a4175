"""Topic search on patients' questions (issue 9): does the first topic shown answer it?

    .venv/bin/python -m benchmarks.questions dev       # the questions the search was tuned on
    .venv/bin/python -m benchmarks.questions unseen    # held aside: figures only
    .venv/bin/python -m benchmarks.questions dev --show   # each miss, to work on
    .venv/bin/python -m benchmarks.questions fresh     # 70 more, gathered 2026-11-26; scored
                                                       # first, since worked on (--show allowed)
    .venv/bin/python -m benchmarks.questions fresh2    # 50 more, gathered 2026-11-26 (second
                                                       # session); held aside until fresh3
                                                       # came in, worked on since
    .venv/bin/python -m benchmarks.questions fresh3    # 50 more, gathered 2026-11-26 (third
                                                       # session); held aside until fresh5
                                                       # came in, worked on since
    .venv/bin/python -m benchmarks.questions fresh4    # 60 more, gathered 2026-11-26 (fourth
                                                       # session); held aside until fresh6
                                                       # came in, worked on since
    .venv/bin/python -m benchmarks.questions fresh5    # 60 more, gathered 2026-11-26 (fifth
                                                       # session), held aside
    .venv/bin/python -m benchmarks.questions fresh6    # 60 more, gathered 2026-11-26 (sixth
                                                       # session), held aside

A question is answered when the first topic is its `topic` or one of its `also`. Goal: 95%.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from calcinfo.knowledge import load

FOLDER = Path(__file__).parent.parent / "tests" / "questions"
QUESTIONS = FOLDER / "patient-questions.toml"  # parts "dev" and "unseen"
# Each later batch is its own file and part ("fresh", "fresh2", ...). A batch is held aside
# like "unseen" until its first run is recorded in docs/notes; "fresh" has been worked on since.
HELD_ASIDE = {"unseen", "fresh5", "fresh6"}


def questions(part: str, gaps: bool = False) -> list[dict[str, object]]:
    """The questions of one part. Questions no topic answers (topic = "none") show where
    content is missing; they are left out of the share unless `gaps`."""
    data = []
    for path in sorted(FOLDER.glob("*questions.toml")):
        data += tomllib.loads(path.read_text(encoding="utf-8"))["q"]
    return [q for q in data if q["part"] == part and (gaps or q["topic"] != "none")]


def first_answers(question: dict[str, object]) -> bool:
    found = load().find(str(question["text"]))
    good = {question["topic"], *question.get("also", [])}  # type: ignore[misc]
    return bool(found) and found[0].id in good


def main(argv: list[str]) -> int:
    part = argv[0] if argv else "dev"
    if part.startswith("-"):
        print(__doc__)
        return 0 if part in ("-h", "--help") else 2
    show = "--show" in argv and part not in HELD_ASIDE
    items = questions(part)
    if not items:
        print(f"No questions in part {part!r}: see --help for the parts.")
        return 2
    right = 0
    for q in items:
        ok = first_answers(q)
        right += ok
        if show and not ok:
            found = load().find(str(q["text"]))
            print(f"  {q['text']!r}: wanted {q['topic']}, got {[t.id for t in found[:3]]}")
    print(
        f"{part}: {right}/{len(items)} = {100 * right / len(items):.1f}% "
        "first topic answers (goal 95%)"
    )
    gaps = len(questions(part, gaps=True)) - len(items)
    if gaps:
        print(f"  and {gaps} questions no topic answers yet (content gaps, not scored)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
