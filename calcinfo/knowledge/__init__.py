"""The knowledge module: topics, sources and rules, shipped as package data.

Stdlib only, and never touches the terminal. The content lives in `data/`: one Markdown file per
topic with a TOML front matter, `references.json` (CSL-JSON plus hand-checked APA and MLA
strings), `groups.json` and `rules.toml`. Source markers in text are written `[@SOURCE-ID]`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

MARKER = re.compile(r"\[@([A-Z0-9][A-Z0-9-]*)\]")
"""A source marker in topic or rule text: `[@MAYO-CALC]`."""


@dataclass(frozen=True)
class Source:
    id: str
    csl: dict[str, Any]
    apa: str
    mla: str
    seed_reference: bool = False  # one of the starting article's own references

    @property
    def title(self) -> str:
        return str(self.csl.get("title", ""))

    @property
    def citation(self) -> str:
        """The APA reference, with its link when the stored string does not already hold it."""
        url = self.url
        return self.apa if not url or url in self.apa else f"{self.apa} {url}"

    @property
    def short(self) -> str:
        """A compact reference for the printed sheet: first author, year, title, link. The
        full one is in `calcinfo cite`."""
        people = self.csl.get("author") or self.csl.get("editor") or []
        first = people[0] if people else {}
        who = first.get("family") or first.get("literal") or self.csl.get("container-title", "")
        who += (
            " et al."
            if len(people) > 2
            else (f" & {people[1].get('family', '')}" if len(people) == 2 else "")
        )
        issued = self.csl.get("issued", {}).get("date-parts", [[None]])[0][0]
        year = f" ({issued})" if issued else ""
        link = f" {self.url}" if self.url else ""
        title = self.title if self.title.endswith(("?", "!", ".")) else f"{self.title}."
        return f"{who}{year}. {title}{link}"

    @property
    def url(self) -> str | None:
        doi = self.csl.get("DOI")
        if doi:
            return f"https://doi.org/{doi}"
        url = self.csl.get("URL")
        return str(url) if url else None


@dataclass(frozen=True)
class Group:
    id: str
    title: str


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    group: str
    summary: str
    body: str
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()  # what patients ask that this topic answers, in their words

    @property
    def cited(self) -> tuple[str, ...]:
        """Source ids in the order the summary and body first cite them."""
        return tuple(dict.fromkeys(MARKER.findall(self.summary + "\n" + self.body)))


@dataclass(frozen=True, eq=False)
class Knowledge:
    topics: dict[str, Topic]
    sources: dict[str, Source]
    groups: tuple[Group, ...]
    updated: dt.date

    @property
    def rules(self) -> dict[str, Any]:
        """The engine's rules, read the first time they are needed (browsing never needs them)."""
        return load_rules()

    def topics_in(self, group: str) -> list[Topic]:
        return [t for t in self.topics.values() if t.group == group]

    def find(self, query: str) -> list[Topic]:
        """Topics matching `query`, best first; an exact id or alias gives just that topic."""
        from calcinfo.knowledge.search import search  # noqa: PLC0415

        return search(self, query)


class ContentError(Exception):
    """The shipped content is malformed: a bug in calcinfo, caught by the content tests."""


DATA = Path(__file__).parent / "data"
"""The content, shipped as package data. Read as plain files: pip installs unpack them, and
`importlib.resources` costs ten times as much here, on every start."""

FRONT_MATTER = re.compile(r"\A\+\+\+\n(.*?)\n\+\+\+\n(.*)\Z", re.DOTALL)


_SIMPLE_LINE = re.compile(r'([a-z_]+) = ("(?:[^"\\]|\\.)*"|\[.*\])')


def parse_front_matter(text: str) -> dict[str, Any]:
    """TOML front matter. The usual `key = "string"` and `key = ["a", "b"]` lines are read as
    JSON values, which they also are (a fast path: this runs at every start); anything else
    goes to `tomllib`. A content test checks the two agree on every topic."""
    meta: dict[str, Any] = {}
    for line in text.splitlines():
        simple = _SIMPLE_LINE.fullmatch(line)
        if not simple:
            break
        try:
            meta[simple.group(1)] = json.loads(simple.group(2))
        except json.JSONDecodeError:
            break
    else:
        return meta
    import tomllib  # noqa: PLC0415

    return tomllib.loads(text)


def parse_topic(text: str, name: str = "<topic>") -> Topic:
    match = FRONT_MATTER.match(text)
    if not match:
        raise ContentError(f"{name}: no +++ front matter")
    try:
        meta = parse_front_matter(match.group(1))
    except ValueError as error:  # tomllib.TOMLDecodeError is a ValueError
        raise ContentError(f"{name}: {error}") from error
    try:
        return Topic(
            id=meta["id"],
            title=meta["title"],
            group=meta["group"],
            summary=meta["summary"],
            body=match.group(2).strip(),
            aliases=tuple(meta.get("aliases", ())),
            sources=tuple(meta.get("sources", ())),
            related=tuple(meta.get("related", ())),
            questions=tuple(meta.get("questions", ())),
        )
    except KeyError as error:
        raise ContentError(f"{name}: missing {error}") from error


@cache
def load() -> Knowledge:
    """The shipped knowledge base, read once per process."""
    meta = json.loads((DATA / "groups.json").read_text(encoding="utf-8"))
    groups = tuple(Group(g["id"], g["title"]) for g in meta["groups"])
    topics: dict[str, Topic] = {}
    for entry in sorted((DATA / "topics").glob("*.md")):
        if entry.is_file():
            topic = parse_topic(entry.read_text(encoding="utf-8"), entry.name)
            topics[topic.id] = topic
    sources = {
        item["csl"]["id"]: Source(
            item["csl"]["id"],
            item["csl"],
            item["apa"],
            item["mla"],
            seed_reference=item.get("seed_reference", False),
        )
        for item in json.loads((DATA / "references.json").read_text(encoding="utf-8"))
    }
    return Knowledge(topics, sources, groups, dt.date.fromisoformat(meta["updated"]))


@cache
def load_rules() -> dict[str, Any]:
    import tomllib  # noqa: PLC0415 - only the engine needs it

    return tomllib.loads((DATA / "rules.toml").read_text(encoding="utf-8"))


def as_prose(text: str) -> str:
    """Text as a reader meets it: no markers, and each list item a sentence of its own.

    Used to grade reading level, where an unpunctuated list would otherwise count as one
    very long sentence.
    """
    lines = []
    for raw in strip_markers(text).splitlines():
        line = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", raw).strip()
        if line and line[-1] not in ".?!:":
            line += "."
        lines.append(line)
    return "\n".join(lines)


def strip_markers(text: str) -> str:
    """Text without its source markers, for reading-grade checks and plain summaries."""
    return re.sub(r"\s+([.,;:])", r"\1", MARKER.sub("", text)).strip()
