"""Forgiving topic search: typos, spacing, case and the many spellings of BI-RADS."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calcinfo.knowledge import Knowledge, Topic

GOOD_MATCH = 0.62
"""A score below this is not shown as a match (tuned on the search tests' queries)."""


def normalize(text: str) -> str:
    """Lower case words, with every spelling of BI-RADS folded into one token."""
    text = text.lower().replace("®", " ")
    text = re.sub(r"\bbi[\W_]{0,3}rads\b|\bbirads\b", " birads ", text)
    text = re.sub(r"birads\s*(?:category|cat\.?)\s*", "birads ", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def compact(text: str) -> str:
    return normalize(text).replace(" ", "")


@dataclass(frozen=True)
class _Index:
    keys: dict[str, str]  # compact id/alias/title -> topic id
    words: dict[str, frozenset[str]]  # topic id -> words of its title, aliases and text


@cache
def _index(knowledge: Knowledge) -> _Index:
    keys: dict[str, str] = {}
    words: dict[str, frozenset[str]] = {}
    for topic in knowledge.topics.values():
        for name in (topic.id, topic.title, *topic.aliases):
            keys.setdefault(compact(name), topic.id)
        text = " ".join((topic.id, topic.title, *topic.aliases, topic.summary, topic.body))
        words[topic.id] = frozenset(normalize(text).split())
    return _Index(keys, words)


def _score(query: str, topic: Topic, index: _Index) -> float:
    q = compact(query)
    names = [compact(n) for n in (topic.id, topic.title, *topic.aliases)]
    name_score = max(difflib.SequenceMatcher(None, q, n).ratio() for n in names)
    tokens = normalize(query).split()
    vocabulary = index.words[topic.id]
    hits = 0.0
    for token in tokens:
        if token in vocabulary:
            hits += 1
        elif len(token) > 3 and difflib.get_close_matches(token, vocabulary, n=1, cutoff=0.8):
            hits += 0.8
    word_score = 0.9 * hits / len(tokens) if tokens else 0.0
    return max(name_score, word_score)


def search(knowledge: Knowledge, query: str) -> list[Topic]:
    """Matching topics, best first. An exact id, alias or title returns that topic first."""
    index = _index(knowledge)
    q = compact(query)
    if not q:
        return []
    exact = index.keys.get(q)
    scored = sorted(
        ((_score(query, t, index), t.id) for t in knowledge.topics.values()),
        key=lambda pair: (-pair[0], pair[1]),
    )
    ranked = [knowledge.topics[tid] for score, tid in scored if score >= GOOD_MATCH]
    if exact:
        ranked = [knowledge.topics[exact]] + [t for t in ranked if t.id != exact]
    return ranked


def suggestions(knowledge: Knowledge, query: str, n: int = 3) -> list[Topic]:
    """The nearest topics by name, for a query with no good match."""
    index = _index(knowledge)
    scored = sorted(
        ((_score(query, t, index), t.id) for t in knowledge.topics.values()),
        key=lambda pair: (-pair[0], pair[1]),
    )
    return [knowledge.topics[tid] for _, tid in scored[:n]]
