"""The `calcinfo` console script and `python -m calcinfo`.

`calcinfo ask` with nothing else, at a terminal, is how most people start; `calcinfo topics`
with words and no options is the other common start and is run the same way. There is nothing to
parse, so it goes straight to the same `ask.run(AskRequest())` the Typer command calls, without
loading Typer (which builds a pydantic validator for each of `ask`'s options, given or not).
The first question then appears about as soon as a bare questionary script would show it
(benchmarks/ask_first_prompt.py). Everything else goes through the Typer app in `cli.py`.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn


def main() -> None:
    _open_closed_streams()
    _tolerant_streams()
    _sane_terminal_size()
    _stop_cleanly_on_signals()
    try:
        words = sys.argv[2:]
        if sys.argv[1:] == ["ask"] and sys.stdin.isatty() and sys.stdout.isatty():
            from calcinfo.ask import AskRequest, run  # noqa: PLC0415

            code = run(AskRequest())
        elif sys.argv[1:2] == ["topics"] and not any(w.startswith("-") for w in words):
            # Words only (no options to parse): no Typer needed, so it starts as fast as a
            # bare script. Anything with an option goes through the Typer app as usual.
            from calcinfo.browse import show_topics  # noqa: PLC0415

            code = show_topics(" ".join(words).strip() or None)
        elif sys.argv[1:2] == ["cite"] and not any(w.startswith("-") for w in words):
            from calcinfo.browse import show_references  # noqa: PLC0415

            code = show_references(" ".join(words).strip() or None)
        else:
            from calcinfo.cli import app  # noqa: PLC0415

            app(prog_name="calcinfo")
            code = 0
    except SystemExit as done:
        _flush_quietly()
        raise done
    except KeyboardInterrupt:
        sys.stderr.write("\nCancelled. Nothing was saved.\n")
        raise SystemExit(130) from None
    except BrokenPipeError:
        _quiet_stdout()  # the reader went away mid-write (`calcinfo cite | head -1`)
        raise SystemExit(1) from None
    except OSError as error:  # output to a full disk (`calcinfo cite > /dev/full`) and the like
        _stopped(error)
    except Exception as error:  # the last resort: a calm line, never a traceback
        if os.environ.get("CALCINFO_DEBUG"):
            raise
        _unexpected(error)
    _flush_quietly()
    raise SystemExit(code)


def _unexpected(error: Exception) -> NoReturn:
    """A fault of calcinfo's own (a report that text made the reader fail on, say): she is
    told so in plain words, with what to do, and the run ends with EX_SOFTWARE (70). Set
    CALCINFO_DEBUG=1 to see the traceback."""
    _flush_quietly()
    sys.stderr.write(
        f"calcinfo stopped because of a fault in calcinfo itself ({type(error).__name__}), not"
        " anything you did. Your report was not changed.\nPlease tell the people who gave you"
        " calcinfo that it stopped. Your doctor can still go through your report with you.\n"
        "(To see the details, run it again with CALCINFO_DEBUG=1.)\n"
    )
    raise SystemExit(70) from None


def _open_closed_streams() -> None:
    """Started with a standard stream closed (`calcinfo ask <&-`): read nothing from it, write
    to nowhere, rather than fail on a missing stream."""
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the run
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _sane_terminal_size() -> None:
    """COLUMNS=0 or LINES=abc would break the layout: use the terminal's own size instead."""
    for name in ("COLUMNS", "LINES"):
        value = os.environ.get(name)
        if value is not None and not (value.isdigit() and int(value) > 0):
            del os.environ[name]


def _stop_cleanly_on_signals() -> None:
    """`kill` (SIGTERM) or a closed terminal (SIGHUP) ends the run like Ctrl-C: unwinding, so
    a half-written sheet's temporary file is removed (see output.write_file)."""
    import signal  # noqa: PLC0415

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


def _tolerant_streams() -> None:
    """A terminal that cannot show a character ("–", "•", an accent) gets a "?" for it, not a
    traceback. Older locales and some consoles are not UTF-8; JSON escapes instead (see
    output.print_json), so data is never changed."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and stream.errors in {"strict", "surrogateescape"}:
            reconfigure(errors="replace")


def _flush_quietly() -> None:
    """A closed pipe (`calcinfo topics | head -1`) ends quietly, with exit code 1."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        raise SystemExit(1) from None
    except OSError as error:
        _stopped(error)


def _stopped(error: OSError) -> NoReturn:
    """A system error no other part expected: one calm line, never a traceback."""
    _quiet_stdout()
    reason = error.strerror or str(error) or type(error).__name__
    sys.stderr.write(f"calcinfo could not finish: {reason}.\n")
    raise SystemExit(1) from None


def _quiet_stdout() -> None:
    """Point stdout at nothing so the interpreter's own flush at exit cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
