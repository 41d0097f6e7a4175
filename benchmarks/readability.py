"""Reading grade (Flesch-Kincaid, computed offline by textstat 0.7.4) of everything calcinfo says.

    python benchmarks/readability.py

Topic bodies and summaries one by one, the engine's rules by section, and a sample explanation.
List items count as sentences. The ceiling is grade 8; the target is grade 6.
"""

from __future__ import annotations

import statistics

import textstat

from calcinfo.answers import parse_answers
from calcinfo.knowledge import as_prose, load
from calcinfo.knowledge.engine import explain


def grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(as_prose(text)))


def main() -> None:
    kb = load()
    bodies = {t.id: grade(t.body) for t in kb.topics.values()}
    summaries = [grade(t.summary) for t in kb.topics.values()]
    print(
        f"topic bodies ({len(bodies)}): median {statistics.median(bodies.values()):.1f}, "
        f"highest {max(bodies.values()):.1f} ({max(bodies, key=bodies.__getitem__)})"
    )
    print(
        f"topic summaries: median {statistics.median(summaries):.1f}, highest {max(summaries):.1f}"
    )
    for kind, rules in kb.rules.items():
        joined = "\n".join(r["text"] for r in rules)
        print(f"rules [{kind}] ({len(rules)}): grade {grade(joined):.1f}")
    sample = explain(
        parse_answers(
            {
                "category": ["left=4B"],
                "shape": ["amorphous"],
                "pattern": ["grouped"],
                "density": "c",
            }
        )
    )
    text = "\n".join(s.text for section in sample.sections for s in section.statements)
    print(f"sample explanation (left 4B, amorphous, grouped, density c): grade {grade(text):.1f}")


if __name__ == "__main__":
    main()
