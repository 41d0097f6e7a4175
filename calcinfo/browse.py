"""`calcinfo topics` and `calcinfo cite`: browse what calcinfo knows, and its references.

Kept apart from the Typer app: `calcinfo topics WORDS...` and `calcinfo cite [WORDS...]` are run
straight from the launcher (calcinfo/launch.py), without building Typer's option machinery, so
they start as fast as a bare script. The Typer commands in cli.py call the same functions.
"""

from __future__ import annotations


def show_topics(query: str | None, as_json: bool = False) -> int:
    """Print the topic list, or the topic that best answers `query`. Returns the exit code."""
    from calcinfo.knowledge import load  # noqa: PLC0415
    from calcinfo.output import Streams, print_json  # noqa: PLC0415
    from calcinfo.render.terminal import make_console, topic_view, topics_table  # noqa: PLC0415

    kb = load()
    if not query:
        if as_json:
            from calcinfo.views import topics_json  # noqa: PLC0415

            print_json(topics_json(kb))
        else:
            console = make_console()
            console.print(topics_table(kb))
            console.print(
                "Read one with: calcinfo topics TOPIC (for example: calcinfo topics birads-3)"
            )
        return 0
    found = kb.find(query)
    if not found:
        from calcinfo.knowledge.search import suggestions, terms  # noqa: PLC0415

        if not terms(query):  # "the", "what is it": words that ask, none that says about what
            Streams().say(
                f"'{_shortened(query)}' has no word calcinfo can look for. Try a word from your "
                "report or your question, such as 'amorphous', 'biopsy' or 'BI-RADS 4'. "
                "To see every topic, run: calcinfo topics"
            )
            return 1
        near = ", ".join(t.id for t in suggestions(kb, query))
        Streams().say(
            f"calcinfo has no topic that matches '{_shortened(query)}'. "
            f"Did you mean: {near}? To see every topic, run: calcinfo topics"
        )
        return 1
    best, others = found[0], found[1:6]
    if as_json:
        from calcinfo.views import topic_json  # noqa: PLC0415

        print_json(topic_json(kb, best, others))
        return 0
    console = make_console()
    console.print(topic_view(kb, best))
    if others:
        console.print()
        console.print(topics_table(kb, others, title="Other topics that match"))
    return 0


def show_references(topic: str | None, style: str = "apa", as_json: bool = False) -> int:
    """Print the references (all, or one topic's) in a style. Returns the exit code; a style
    calcinfo does not know is the caller's to refuse (cli.py checks it before calling)."""
    import sys  # noqa: PLC0415

    from calcinfo.knowledge import load  # noqa: PLC0415
    from calcinfo.output import Streams, print_json  # noqa: PLC0415
    from calcinfo.render.cite import csl_json, references_text  # noqa: PLC0415

    kb = load()
    sources = list(kb.sources.values())
    if topic is not None:
        found = kb.find(topic)
        if not found:
            Streams().say(
                f"calcinfo has no topic that matches '{_shortened(topic)}'. "
                "To see every topic, run: calcinfo topics"
            )
            return 1
        sources = [kb.sources[i] for i in found[0].cited]
    if as_json:
        from calcinfo.views import references_json  # noqa: PLC0415

        print_json(references_json(sources))
    elif style == "csl-json":
        print_json(csl_json(sources))
    else:
        # Written as is: a citation wrapped at the window's edge can no longer be pasted.
        sys.stdout.write(references_text(sources, style))
    return 0


def _shortened(query: str, most: int = 60) -> str:
    """Her words as echoed in a message: a pasted page is not printed back whole."""
    return query if len(query) <= most else query[: most - 1].rstrip() + "\u2026"
