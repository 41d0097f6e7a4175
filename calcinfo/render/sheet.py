"""The explanation as a sheet to print or bring: plain text, Markdown or one HTML file.

All three come from one list of lines (`sheet_lines`), so they always say the same thing.
"""

from __future__ import annotations

import html
import re
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
body { font: 17px/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 46rem;
       margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.15rem; border-bottom: 2px solid #444; padding-bottom: .1rem;
     margin: 1.1rem 0 .4rem; break-after: avoid; }
p, ul, ol { margin: .25rem 0; }
li { margin: .08rem 0; break-inside: avoid; }
li.sub { margin-left: 1.5rem; }
section.keep { break-inside: avoid-page; }
section.urgent h2 { border-color: #a00; }
section.urgent ul { columns: 2; column-gap: 1.5rem; }
.fill { border: 1px solid #444; padding: .3rem .7rem .5rem; margin: .6rem 0 .2rem;
        display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.2rem; row-gap: .2rem; }
.fill span { display: block; border-bottom: 1px solid #777; padding-top: .9rem;
             font-size: .75rem; color: #333; }
.made { font-size: .8rem; }
ol.questions li { margin: .25rem 0 .1rem; }
ol.questions li::after { content: ""; display: block; height: 2em;
  background: repeating-linear-gradient(to bottom, transparent 0, transparent .9em,
              #999 .9em, #999 calc(.9em + 1px), transparent calc(.9em + 1px), transparent 1em); }
.report-line { font-style: italic; margin: .3rem 0 0; break-after: avoid; }
#line-by-line { font-size: .85rem; }
#line-by-line .lines { columns: 2; column-gap: 1.4rem; }
#line-by-line ul { margin: 0; padding-left: 1rem; }
#line-by-line li.sub { margin-left: 0; }
.sources { font-size: .62rem; line-height: 1.15; }
.sources p { margin: 0 0 .2rem; }
.sources ol { columns: 3; column-gap: 1rem; padding-left: 1.4rem; }
.sources li { overflow-wrap: anywhere; margin: 0 0 .08rem; }
.notice { font-size: .85rem; border: 1px solid #444; padding: .4rem .7rem; margin-top: .8rem; }
.notes { border: 1px solid #999; height: 4.5rem; margin: .3rem 0 .5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; line-height: 1.2; }
  h2 { margin-top: .6rem; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 10mm 12mm; }
}
"""

FILL_IN = ("Your name", "Appointment: date and time", "Doctor or clinic", "Their phone number")
"""Lines at the top of the printed sheet, to fill in by hand."""

KEEP_WHOLE = 8
"""A section of this many lines or fewer is kept on one page; longer ones may break."""


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
        '<div class="fill">' + "".join(f"<span>{e(x)}</span>" for x in FILL_IN) + "</div>",
        f'<p class="made">Made by calcinfo from your answers. '
        f"{e(format_date(explanation.knowledge_date))}"
        " knowledge base. Numbers in brackets point to the sources at the end.</p>",
    ]
    for section in sheet_sections(explanation):
        classes = ["urgent"] if section.id == "call-sooner" else []
        if len(section.lines) <= KEEP_WHOLE:
            classes.append("keep")
        css = f' class="{" ".join(classes)}"' if classes else ""
        out.append(f'<section id="{section.id}"{css}><h2>{e(section.title)}</h2>')
        if section.id == "line-by-line":
            out.append('<div class="lines">')
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
            para = '<p class="report-line">' if section.id == "line-by-line" else "<p>"
            out.append(f"{item}{body}</li>" if want else f"{para}{body}</p>")
        if open_list:
            out.append(f"</{open_list}>")
        if section.id == "line-by-line":
            out.append("</div>")
        out.append("</section>")
    out.append('<section class="keep"><h2>Notes from my appointment</h2>')
    out.append('<div class="notes"></div></section>')
    out.append(f'<p class="notice">{e(footer(explanation))}</p>')
    out.append('<section class="sources"><h2>Sources</h2>')
    out.append("<p>Short forms; the full references are printed by: calcinfo cite</p><ol>")
    out += [f"<li>{e(_printed(s.short))}</li>" for s in explanation.sources]
    out.append("</ol></section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def _printed(short: str) -> str:
    """A source's short form as printed: the address without "https://" and "www.", which a
    reader types without, so the list of sources fits the page."""
    return re.sub(r"\bhttps?://(?:www\.)?", "", short)


FORMATS = {".html": to_html, ".htm": to_html, ".md": to_markdown, ".txt": to_text}
