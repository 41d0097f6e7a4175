"""Topic search on patients' questions (issue 9): does the first topic shown answer it?

    .venv/bin/python -m benchmarks.questions dev       # the questions the search was tuned on
    .venv/bin/python -m benchmarks.questions unseen    # held aside: figures only
    .venv/bin/python -m benchmarks.questions dev --show   # each miss, to work on

A question is answered when the first topic is its `topic` or one of its `also`. Goal: 95%.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from calcinfo.knowledge import load

QUESTIONS = Path(__file__).parent.parent / "tests" / "questions" / "patient-questions.toml"


def questions(part: str) -> list[dict[str, object]]:
    data = tomllib.loads(QUESTIONS.read_text(encoding="utf-8"))["q"]
    return [q for q in data if q["part"] == part]


def first_answers(question: dict[str, object]) -> bool:
    found = load().find(str(question["text"]))
    good = {question["topic"], *question.get("also", [])}  # type: ignore[misc]
    return bool(found) and found[0].id in good


def main(argv: list[str]) -> int:
    part = argv[0] if argv else "dev"
    show = "--show" in argv and part != "unseen"
    items = questions(part)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
