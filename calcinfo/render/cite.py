"""References in the formats people use: APA, MLA, BibTeX and CSL-JSON.

APA and MLA strings are stored, checked by hand; BibTeX and CSL-JSON come from the CSL fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from calcinfo.knowledge import Source

STYLES = ("apa", "mla", "bibtex", "csl-json")

_BIBTEX_TYPES = {
    "article-journal": "article",
    "book": "book",
    "report": "techreport",
    "article-newspaper": "article",
}


def _names(people: Iterable[dict[str, str]]) -> str:
    names = []
    for person in people:
        if "literal" in person:
            names.append("{" + person["literal"] + "}")
        else:
            given = person.get("given", "")
            names.append(f"{person['family']}, {given}".strip(", "))
    return " and ".join(names)


def _tex(value: str) -> str:
    return re.sub(r"([&%$#_])", r"\\\1", value)


def bibtex(source: Source) -> str:
    csl = source.csl
    kind = _BIBTEX_TYPES.get(csl.get("type", ""), "misc")
    fields: list[tuple[str, str]] = []
    if csl.get("author"):
        people = _names(csl["author"])
        if csl.get("note", "").startswith(("Co-authors", "Further co-authors")):
            people += " and others"
        fields.append(("author", people))
    if csl.get("editor"):
        fields.append(("editor", _names(csl["editor"])))
    fields.append(("title", "{" + _tex(csl["title"]) + "}"))
    container = csl.get("container-title")
    if container:
        fields.append(("journal" if kind == "article" else "howpublished", _tex(container)))
    for key in ("publisher", "volume", "edition"):
        if csl.get(key):
            fields.append((key, _tex(str(csl[key]))))
    if csl.get("issue"):
        fields.append(("number", str(csl["issue"])))
    if csl.get("page"):
        fields.append(("pages", str(csl["page"]).replace("-", "--")))
    issued = csl.get("issued", {}).get("date-parts", [[]])[0]
    if issued:
        fields.append(("year", str(issued[0])))
    if csl.get("DOI"):
        fields.append(("doi", csl["DOI"]))
    if csl.get("URL"):
        fields.append(("url", csl["URL"]))
    body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields)
    return f"@{kind}{{{source.id},\n{body}\n}}"


def format_source(source: Source, style: str) -> str:
    if style == "apa":
        return source.apa
    if style == "mla":
        return source.mla
    if style == "bibtex":
        return bibtex(source)
    if style == "csl-json":
        return json.dumps(source.csl, indent=2, ensure_ascii=False)
    raise ValueError(style)


def csl_json(sources: Iterable[Source]) -> list[dict[str, Any]]:
    return [s.csl for s in sources]


SEED_NOTE = "    Listed by Medical News Today's article (Leonard, 2019) as one of its references."
"""Under each of the starting article's own references, as the article gives them."""


def references_text(sources: Iterable[Source], style: str) -> str:
    """Numbered APA or MLA lines, or BibTeX entries, separated by blank lines."""
    entries = [
        f"[{n}] {format_source(s, style)}" + (f"\n{SEED_NOTE}" if s.seed_reference else "")
        if style in {"apa", "mla"}
        else format_source(s, style)
        for n, s in enumerate(sources, start=1)
    ]
    return "\n\n".join(entries) + "\n"
