"""The JSON forms of topics and references (field names documented in the README)."""

from __future__ import annotations

from typing import Any

from calcinfo.knowledge import Knowledge, Source, Topic, strip_markers
from calcinfo.render import numbered


def topics_json(kb: Knowledge) -> dict[str, Any]:
    return {
        "groups": [
            {
                "id": group.id,
                "title": group.title,
                "topics": [
                    {"id": t.id, "title": t.title, "summary": strip_markers(t.summary)}
                    for t in kb.topics_in(group.id)
                ],
            }
            for group in kb.groups
        ]
    }


def topic_json(kb: Knowledge, topic: Topic, others: list[Topic]) -> dict[str, Any]:
    order = list(topic.cited)

    def number(source_id: str) -> int:
        return order.index(source_id) + 1

    return {
        "topic": {
            "id": topic.id,
            "title": topic.title,
            "group": topic.group,
            "aliases": list(topic.aliases),
            "summary": numbered(topic.summary, number),
            "body": numbered(topic.body, number),
            "sources": references_json([kb.sources[i] for i in order]),
            "related": list(topic.related),
        },
        "other_matches": [{"id": t.id, "title": t.title} for t in others],
    }


def references_json(sources: list[Source]) -> list[dict[str, Any]]:
    return [
        {
            "number": n,
            "id": s.id,
            "apa": s.apa,
            "mla": s.mla,
            "url": s.url,
            "seed_reference": s.seed_reference,
            "csl": s.csl,
        }
        for n, s in enumerate(sources, start=1)
    ]
