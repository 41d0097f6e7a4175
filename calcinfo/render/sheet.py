"""The explanation as a sheet to print or bring: plain text, Markdown or one HTML file.

All three come from one list of lines (`sheet_lines`), so they always say the same thing.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass
from typing import Literal

from calcinfo.knowledge.engine import Explanation, format_date
from calcinfo.render import numbered, safe

TITLE = "Your mammogram report, in plain words"

LineKind = Literal["para", "bullet", "step", "sub"]


@dataclass(frozen=True)
class SheetLine:
    kind: LineKind
    text: str
    term: str | None = None
    number: int = 0


@dataclass(frozen=True)
class SheetSection:
    id: str
    title: str
    lines: tuple[SheetLine, ...]


def sheet_sections(explanation: Explanation) -> list[SheetSection]:
    out = []
    for section in explanation.sections:
        lines: list[SheetLine] = []
        count = 0
        for statement in section.statements:
            text = safe(numbered(statement.text, explanation.number))
            if section.id == "questions":
                count += 1
                lines.append(SheetLine("step", text, number=count))
            elif statement.item:
                lines.append(
                    SheetLine("sub", text, term=safe(statement.term) if statement.term else None)
                )
            elif statement.term:
                lines.append(SheetLine("bullet", text, term=safe(statement.term)))
            elif section.id in {"report", "call-sooner", "line-by-line"}:
                lines.append(SheetLine("para", text))
            else:
                lines.append(SheetLine("bullet", text))
        out.append(SheetSection(section.id, section.title, tuple(lines)))
    return out


def source_lines(explanation: Explanation) -> list[str]:
    return [s.citation for s in explanation.sources]


def footer(explanation: Explanation) -> str:
    return f"{explanation.notice} Knowledge base of {format_date(explanation.knowledge_date)}."


def to_text(explanation: Explanation, width: int = 78) -> str:
    def wrap(text: str, first: str = "", rest: str = "") -> str:
        return textwrap.fill(
            text,
            width,
            initial_indent=first,
            subsequent_indent=rest,
            break_on_hyphens=False,
            break_long_words=False,
        )

    parts = [TITLE, "=" * len(TITLE), ""]
    for section in sheet_sections(explanation):
        parts += [section.title.upper(), ""]
        for line in section.lines:
            text = f"{line.term}: {line.text}" if line.term else line.text
            if line.kind == "step":
                parts.append(wrap(text, f"{line.number:>2}. ", "    "))
            elif line.kind == "bullet":
                parts.append(wrap(text, "  - ", "    "))
            elif line.kind == "sub":
                parts.append(wrap(text, "      * ", "        "))
            else:
                parts.append(wrap(text))
        parts.append("")
    parts += ["SOURCES", ""]
    for n, citation in enumerate(source_lines(explanation), start=1):
        parts.append(wrap(citation, f"[{n}] ", "    "))
    parts += ["", wrap(footer(explanation)), ""]
    return "\n".join(parts)


def to_markdown(explanation: Explanation) -> str:
    def md(text: str) -> str:
        # Her words are data: keep Markdown from reading them as formatting.
        return "".join("\\" + c if c in "\\`*_{}[]<>#|" else c for c in text)

    def cite(text: str) -> str:
        return md(text).replace("\\[", "[").replace("\\]", "]")

    parts = [f"# {TITLE}", ""]
    for section in sheet_sections(explanation):
        parts += [f"## {section.title}", ""]
        for line in section.lines:
            text = cite(line.text)
            if line.kind == "step":
                parts.append(f"{line.number}. {text}")
            elif line.kind == "bullet":
                parts.append(f"- **{md(line.term)}**: {text}" if line.term else f"- {text}")
            elif line.kind == "sub":
                parts.append(f"    - **{md(line.term)}**: {text}" if line.term else f"    - {text}")
            else:
                parts += [text, ""]
        parts.append("")
    parts += ["## Sources", ""]
    parts += [f"{n}. {md(line)}" for n, line in enumerate(source_lines(explanation), start=1)]
    parts += ["", "---", "", f"*{md(footer(explanation))}*", ""]
    return "\n".join(parts)


CSS = """
:root { color-scheme: light; }
body { font: 17px/1.5 Georgia, 'Times New Roman', serif; color: #111; max-width: 46rem;
       margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #444; padding-bottom: .15rem; margin-top: 1.6rem;
     break-after: avoid; }
section { break-inside: avoid-page; }
section.urgent h2 { border-color: #a00; }
li { margin: .25rem 0; }
li.sub { margin-left: 1.5rem; }
ol.questions li { margin: .5rem 0; padding-bottom: 1.4rem; border-bottom: 1px dotted #999; }
.sources { font-size: .85rem; }
.sources li { overflow-wrap: anywhere; }
.notice { font-size: .9rem; border: 1px solid #444; padding: .6rem .8rem; margin-top: 1.5rem; }
.notes { border-top: 1px solid #999; height: 9rem; margin-top: 1.5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 12pt; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 18mm 16mm; }
}
"""


def to_html(explanation: Explanation) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(TITLE)}</title>",
        f"<style>{CSS}</style></head>",
        "<body>",
        f"<h1>{e(TITLE)}</h1>",
        f"<p>Made by calcinfo from your answers. {e(format_date(explanation.knowledge_date))}"
        " knowledge base. Numbers in brackets point to the sources at the end.</p>",
    ]
    for section in sheet_sections(explanation):
        css = ' class="urgent"' if section.id == "call-sooner" else ""
        out.append(f'<section id="{section.id}"{css}><h2>{e(section.title)}</h2>')
        open_list = ""
        for line in section.lines:
            want = {"step": "ol", "bullet": "ul", "sub": "ul", "para": ""}[line.kind]
            if want != open_list:
                if open_list:
                    out.append(f"</{open_list}>")
                if want:
                    out.append('<ol class="questions">' if line.kind == "step" else f"<{want}>")
                open_list = want
            body = f"<strong>{e(line.term)}</strong>: {e(line.text)}" if line.term else e(line.text)
            item = '<li class="sub">' if line.kind == "sub" else "<li>"
            out.append(f"{item}{body}</li>" if want else f"<p>{body}</p>")
        if open_list:
            out.append(f"</{open_list}>")
        out.append("</section>")
    out.append('<section class="sources"><h2>Sources</h2><ol>')
    out += [f"<li>{e(line)}</li>" for line in source_lines(explanation)]
    out.append("</ol></section>")
    out.append('<h2>Notes from my appointment</h2><div class="notes"></div>')
    out.append(f'<p class="notice">{e(footer(explanation))}</p>')
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


FORMATS = {".html": to_html, ".htm": to_html, ".md": to_markdown, ".txt": to_text}
