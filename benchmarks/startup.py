"""Startup: calcinfo's commands against a bare Typer app that prints comparable output.

    python benchmarks/startup.py [--rounds 21]

The baseline is the least a Typer + Rich command with the same interface can cost: import
typer and rich, build commands with the same parameters as calcinfo's (Typer's per-parameter
validation is part of the price of any such command), print a Rich table (or text, or help) of
the same size. The ratio is calcinfo's median
over the baseline's, measured side by side, alternating. Goal: 1.05 or lower.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import textwrap
from pathlib import Path

from benchmarks.common import command, compare, python

GOAL = 1.05  # each command, against the bare Typer app printing as much

BARE_APP = textwrap.dedent(
    '''
    import typer
    from rich.console import Console
    from rich.table import Table

    app = typer.Typer()
    ROWS_PER_GROUP = {rows!r}
    SOURCES = {sources}
    SUMMARY = {summary}

    @app.command()
    def table(
        query: str | None = typer.Argument(None), as_json: bool = typer.Option(False, "--json")
    ) -> None:
        """Print a table shaped like calcinfo's topic list: as many groups and rows as it has."""
        t = Table()
        t.add_column("Topic", no_wrap=True)
        t.add_column("In short")
        summary = ("A summary as long as calcinfo's are on average, which wrap. " * 9)[:SUMMARY]
        for group, rows in enumerate(ROWS_PER_GROUP):
            t.add_row(f"Group number {group} of the topics", "")
            for row in range(rows):
                t.add_row(f"topic-{group}-{row}-name", summary)
            t.add_section()
        Console().print(t)

    @app.command()
    def text(
        topic: str | None = typer.Argument(None),
        style: str = typer.Option("apa", "--style"),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """Print as many long lines as calcinfo has references."""
        for i in range(SOURCES):
            print(f"[{i}] Author, A. (2020). A title of a typical length for a reference. "
                  "Journal, 1(2), 3-4. https://doi.org/10.0000/example")

    if __name__ == "__main__":
        app()
    '''
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=21)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare_app.py"
        from calcinfo.knowledge import load, strip_markers

        kb = load()  # the baseline prints as much as calcinfo does today
        rows = [len(kb.topics_in(g.id)) for g in kb.groups if kb.topics_in(g.id)]

        summary = sum(len(strip_markers(t.summary)) for t in kb.topics.values()) // len(kb.topics)
        sized = {
            "{rows!r}": repr(rows),
            "{sources}": str(len(kb.sources)),
            "{summary}": str(summary),
        }
        script = BARE_APP
        for key, value in sized.items():
            script = script.replace(key, value)
        bare.write_text(script)
        cases = [
            ("topics", [python(), "-m", "calcinfo", "topics"], [python(), str(bare), "table"]),
            ("cite", [python(), "-m", "calcinfo", "cite"], [python(), str(bare), "text"]),
            ("--help", [python(), "-m", "calcinfo", "--help"], [python(), str(bare), "--help"]),
        ]
        ratios = []
        print(f"{'command':<10}{'calcinfo ms':>13}{'bare Typer ms':>15}{'ratio':>8}")
        for name, ours, baseline in cases:
            a, b = compare(command(ours), command(baseline), rounds)
            ratios.append(a / b)
            verdict = "meets" if a / b <= GOAL else "misses"
            print(
                f"{name:<10}{a * 1000:>13.1f}{b * 1000:>15.1f}{a / b:>8.3f}  "
                f"({verdict} the goal of {GOAL})"
            )
    print(f"median ratio over {rounds} alternating rounds: {statistics.median(ratios):.3f} "
          "(goal 1.05 or lower)")  # fmt: skip


if __name__ == "__main__":
    main()
