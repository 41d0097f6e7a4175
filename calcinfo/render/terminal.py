"""Rich renderables for the terminal. Plain text, not boxes, when the output is not a terminal.

Every console here prints with markup, emoji codes and highlighting off: text from her report or
from a file is never read as styling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from calcinfo.knowledge import Knowledge, Topic, strip_markers
from calcinfo.render import body_blocks, numbered, safe

if TYPE_CHECKING:
    from calcinfo.knowledge.engine import Explanation


def make_console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, markup=False, emoji=False, highlight=False)


def topics_table(kb: Knowledge, topics: list[Topic] | None = None, title: str = "") -> Table:
    """Topics grouped, each with its id and one-line summary."""
    wanted = {t.id for t in topics} if topics is not None else None
    table = Table(title=title or None, box=box.SIMPLE_HEAD, show_lines=False, expand=False)
    table.add_column("Topic", style="bold cyan", no_wrap=True, overflow="fold")
    table.add_column("In short", overflow="fold")
    for group in kb.groups:
        members = [t for t in kb.topics_in(group.id) if wanted is None or t.id in wanted]
        if not members:
            continue
        table.add_row(Text(group.title, style="bold underline"), "", end_section=False)
        for topic in members:
            table.add_row(topic.id, strip_markers(topic.summary))
        table.add_section()
    return table


def topic_view(kb: Knowledge, topic: Topic) -> RenderableType:
    from rich.padding import Padding  # noqa: PLC0415 - the topic list does not need it

    order = list(topic.cited)

    def number(source_id: str) -> int:
        return order.index(source_id) + 1

    parts: list[RenderableType] = [Text(topic.title, style="bold"), Text("")]
    for block in body_blocks(topic.body):
        text = numbered(block.text, number)
        if block.kind == "li":
            parts.append(Padding(Text("• " + text), (0, 0, 0, 2)))
        elif block.kind == "ol":
            parts.append(Padding(Text(f"{block.number}. " + text), (0, 0, 0, 2)))
        else:
            parts.append(Text(text))
            parts.append(Text(""))
    parts.append(Text(""))
    parts.append(Text("Sources", style="bold"))
    for n, source_id in enumerate(order, start=1):
        parts.append(Padding(Text(f"[{n}] {kb.sources[source_id].citation}"), (0, 0, 0, 2)))
    if topic.related:
        parts.append(Text(""))
        parts.append(Text("Related: " + ", ".join(topic.related), style="dim"))
        parts.append(Text("Read one with: calcinfo topics " + topic.related[0], style="dim"))
    return Group(*parts)


READING_WIDTH = 96
"""Panels stop growing here: long lines are hard to follow back to their start."""


MORE = "-- Enter: next page   q then Enter: show the rest --"


def print_explanation(console: Console, explanation: Explanation, page: bool = False) -> None:
    """Panels at a terminal; the plain-text sheet when piped or redirected. With `page`, a
    terminal gets it a screen at a time: in $PAGER when she has set one, else one page after
    another with Enter, so she reads it from the top rather than from the Sources."""
    if page and console.is_terminal:
        with console.capture() as captured:
            _print_explanation(console, explanation)
        _page(console, captured.get())
        return
    _print_explanation(console, explanation)


def print_paged(console: Console, renderable: RenderableType) -> None:
    """Anything longer than the screen, a page at a time at a terminal (see print_explanation)."""
    if not console.is_terminal:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    _page(console, captured.get())


def _page(console: Console, text: str) -> None:
    import os  # noqa: PLC0415
    import sys  # noqa: PLC0415

    lines = text.splitlines(keepends=True)
    height = max(console.height - 2, 5)  # room for the line just above it, and the prompt
    if len(lines) <= height:
        console.file.write(text)
        return
    if os.environ.get("PAGER"):
        import pydoc  # noqa: PLC0415

        os.environ.setdefault("LESS", "-R")  # less shows the colours, not their codes
        pydoc.pipepager(text, os.environ["PAGER"])
        return
    shown = 0
    while shown < len(lines):
        console.file.write("".join(lines[shown : shown + height]))
        shown += height
        if shown >= len(lines):
            break
        console.file.write(MORE)
        console.file.flush()
        answer = sys.stdin.readline()
        console.file.write("\x1b[1A\x1b[2K" if console.is_terminal else "\n")
        if answer == "":  # end of input: show the rest
            answer = "q"
        if answer.strip().lower().startswith("q"):
            console.file.write("".join(lines[shown:]))
            break
    console.file.flush()


def _print_explanation(console: Console, explanation: Explanation) -> None:
    from rich.padding import Padding  # noqa: PLC0415
    from rich.panel import Panel  # noqa: PLC0415

    from calcinfo.render.sheet import footer, sheet_sections, source_lines, to_text  # noqa: PLC0415

    if not console.is_terminal:
        console.print(Text(to_text(explanation, width=min(console.width, 100))), soft_wrap=False)
        return
    for section in sheet_sections(explanation):
        rows: list[RenderableType] = []
        for line in section.lines:
            if line.kind == "step":
                rows.append(_hanging(f"{line.number}.", Text(line.text), width=3))
            elif line.kind == "sub":
                body = (
                    Text.assemble((line.term, "bold"), ": ", line.text)
                    if line.term
                    else Text(line.text)
                )
                rows.append(Padding(_hanging("•", body), (0, 0, 0, 2)))
            elif line.term:
                rows.append(_hanging("•", Text.assemble((line.term, "bold"), ": ", line.text)))
            elif line.kind == "bullet":
                rows.append(_hanging("•", Text(line.text)))
            else:
                rows.append(Text(line.text))
        style = "red" if section.id == "call-sooner" else "cyan"
        console.print(
            Panel(
                Group(*rows),
                width=min(console.width, READING_WIDTH),
                title=Text(section.title, style="bold"),
                title_align="left",
                border_style=style,
                padding=(0, 1),
            )
        )
    sources = Group(
        *(
            _hanging(f"[{n}]", Text(line), width=4)
            for n, line in enumerate(source_lines(explanation), 1)
        )
    )
    console.print(
        Panel(
            sources,
            width=min(console.width, READING_WIDTH),
            title=Text("Sources", style="bold"),
            title_align="left",
            border_style="dim",
            padding=(0, 1),
        )
    )
    console.print(Text(footer(explanation), style="italic"))


def _hanging(marker: str, text: Text, width: int = 1) -> Table:
    """A list item whose wrapped lines line up under its text, not under its marker."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(width=width, justify="right", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")  # a long address wraps whole, never cut
    grid.add_row(marker, text)
    return grid


def evidence_view(evidence: list[tuple[str, str, str]]) -> Table:
    """What the reader found: (what, value, the report's own words), shown literally."""
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Found", style="bold", no_wrap=True, overflow="fold")
    table.add_column("As", overflow="fold", ratio=3)
    table.add_column("Your report's words", overflow="fold", ratio=2)
    for field, value, words in evidence:
        table.add_row(field, value, Text(safe(words), style="italic"))
    return table
