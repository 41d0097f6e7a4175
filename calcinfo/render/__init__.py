"""Shared pieces of every output: safe text, numbered markers, and the blocks of a body.

The renderers never decide what is true: they lay out an `Explanation`, a topic or the
references, which the knowledge module produced.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from calcinfo.knowledge import MARKER

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """Text from outside (her report, a file name) made inert for a terminal.

    Escape codes and other control characters are shown as `\\x1b`-style escapes, so they can
    neither style nor move the terminal. Rich markup needs no escaping here because every
    renderer prints with markup off.
    """
    return CONTROL.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"
        ),
        unicodedata.normalize("NFC", text),
    )


def numbered(text: str, number: Callable[[str], int]) -> str:
    """`[@ID]` markers as `[n]`, with no space left before punctuation."""
    out = MARKER.sub(lambda m: f"[{number(m.group(1))}]", text)
    return re.sub(r"\]\s+\[", "][", out)


BlockKind = Literal["p", "li", "ol"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    number: int = 0


def body_blocks(body: str) -> list[Block]:
    """A topic body's paragraphs, bullet items (`- `) and numbered steps (`1. `)."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        paragraph: list[str] = []
        for line in chunk.splitlines():
            bullet = re.match(r"^\s*[-*]\s+(.*)$", line)
            step = re.match(r"^\s*(\d+)\.\s+(.*)$", line)
            if bullet or step:
                if paragraph:
                    blocks.append(Block("p", " ".join(paragraph)))
                    paragraph = []
                if bullet:
                    blocks.append(Block("li", bullet.group(1).strip()))
                elif step:
                    blocks.append(Block("ol", step.group(2).strip(), int(step.group(1))))
            else:
                paragraph.append(line.strip())
        if paragraph:
            blocks.append(Block("p", " ".join(paragraph)))
    return blocks
