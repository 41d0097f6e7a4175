"""Bad inputs, paths, signals and environments (issue 10): each gets a calm message and the
right exit code, never a traceback. Every case runs the real command in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PLAIN_ENV, ROOT, calcinfo

ASK = ("ask", "--no-input")


def calm(result: subprocess.CompletedProcess[str], code: int, message: str) -> None:
    said = " ".join((result.stderr + result.stdout).split())
    assert "Traceback" not in said
    assert result.returncode == code, said
    assert message in said, said


# ---------------------------------------------------------------- bad values and conflicts


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--category", "3", "--report-date", "9999-12-31"), "not in the future"),
        (("--category", "3", "--report-date", "9998-06-01"), "not in the future"),
        (("--category", "3", "--report-date", "1900-01-01"), "not in the future"),
        (("--no-biopsy", "--biopsy-result", "dcis"), "--no-biopsy says no biopsy was done"),
        (
            ("--no-calcifications", "--shape", "amorphous"),
            "--no-calcifications says there are none",
        ),
        (("--side", "left", "--category", "right=4B"), "--side left says"),
        (("--side", ""), "needs a value"),
        (("--category", ""), "needs a value"),
        (("--symptom", "none", "--symptom", "lump"), "'none' alone"),
    ],
)
def test_bad_or_conflicting_flags_are_refused_by_name(args: tuple[str, ...], message: str) -> None:
    calm(calcinfo(*ASK, *args), 2, message)


def test_her_words_in_an_error_cannot_reach_the_terminal() -> None:
    result = calcinfo(*ASK, "--shape", "\x1b]52;c;cHduZWQ=\x07")
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    calm(result, 2, "\\x1b]52;c;cHduZWQ=\\x07")


def test_json_keeps_bidi_controls_out_of_her_answers(tmp_path: Path) -> None:
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"category": "2", "locations": ["upper \u202eouter"]}))
    out = calcinfo(*ASK, "--json", "--answers", str(answers)).stdout
    assert "\u202e" not in out


# ---------------------------------------------------------------- files and paths


@pytest.mark.parametrize(
    ("make", "option", "message"),
    [
        (lambda d: os.mkfifo(d / "pipe"), "--report", "not a regular file"),
        (lambda d: os.mkfifo(d / "pipe"), "--answers", "not a regular file"),
        (lambda d: (d / "pipe").symlink_to(d / "pipe"), "--report", "points back to itself"),
        (lambda d: (d / "pipe").symlink_to(d / "nowhere"), "--report", "link to a place"),
    ],
)
def test_paths_that_are_not_files_say_what_they_are(
    tmp_path: Path, make: object, option: str, message: str
) -> None:
    make(tmp_path)  # type: ignore[operator]
    result = calcinfo(*ASK, option, str(tmp_path / "pipe"))  # a FIFO would wait for ever
    calm(result, 1, message)


def test_answers_files_are_capped_in_size_and_depth(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 50_000)
    calm(calcinfo(*ASK, "--answers", str(deep)), 1, "nested too deeply")
    deep_toml = tmp_path / "deep.toml"
    deep_toml.write_text("a = " + "[" * 30_000)
    calm(calcinfo(*ASK, "--answers", str(deep_toml)), 1, "nested too deeply")
    big = tmp_path / "big.json"
    big.write_text(" " * 200_000 + "{}")
    calm(calcinfo(*ASK, "--answers", str(big)), 1, "larger than 100 KB")
    calm(calcinfo(*ASK, "--answers", "/dev/zero"), 1, "not a regular file")


def test_an_answers_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    answers = tmp_path / "a.json"
    answers.write_bytes(b'\xef\xbb\xbf{"category": "2"}')
    result = calcinfo(*ASK, "--json", "--answers", str(answers))
    assert result.returncode == 0 and json.loads(result.stdout)["findings"]["category"] == "2"


@pytest.mark.parametrize(
    ("data", "category", "kept"),
    [
        ("IMPRESSION: BI-RADS 2. Benign.".encode("utf-16-le"), "2", "Benign"),
        ("IMPRESSION: BI-RADS 2. Benign.".encode("utf-16-be"), "2", "Benign"),
        (b"Caf\xc3\xa9 \xff IMPRESSION: BI-RADS 2. Benign.", "2", "Caf\u00e9"),
    ],
)
def test_report_encodings_are_read_and_only_bad_bytes_replaced(
    tmp_path: Path, data: bytes, category: str, kept: str
) -> None:
    report = tmp_path / "r.txt"
    report.write_bytes(data)
    result = calcinfo(*ASK, "--json", "--report", str(report))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["findings"]["category"] == category
    from calcinfo.reportfile import decode

    assert kept in decode(data)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("a" * 300 + ".txt", "longer than this computer allows"),
        ("dangling.txt", "link to a place that does not exist"),
        ("nofolder/s.txt", "does not exist"),
    ],
)
def test_save_names_that_cannot_be_used_are_told_plainly(
    tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere" / "x.txt")
    result = calcinfo(*ASK, "--category", "2", "--save", name, cwd=tmp_path)
    calm(result, 1, message)


def _without_root_powers() -> list[str]:
    """Root may enter any folder: run without that power (setpriv drops the two capabilities
    that bypass file permissions). A normal user needs nothing."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: this machine cannot make the case")
    drop = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={drop}", f"--bounding-set={drop}"]


@pytest.mark.parametrize("option", ["--report", "--answers", "--save", "--calendar"])
def test_a_folder_she_may_not_enter_is_told_plainly(tmp_path: Path, option: str) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "x.txt").write_text("IMPRESSION: BI-RADS 3.")
    closed.chmod(0o000)
    tmp_path.chmod(0o755)
    name = {"--calendar": "x.ics", "--answers": "x.json"}.get(option, "x.txt")
    args = [*ASK, "--category", "3", "--report-date", "2026-11-02", option, str(closed / name)]
    result = _run_without_root_powers(args, tmp_path)
    closed.chmod(0o700)
    calm(result, 1, "not allowed to open")


def test_everything_is_checked_before_anything_is_written(tmp_path: Path) -> None:
    result = calcinfo(
        *ASK, "--category", "3", "--save", "p.txt", "--calendar", "p.ics", cwd=tmp_path
    )
    calm(result, 1, "A calendar needs the date on your report")
    assert not list(tmp_path.iterdir())  # the sheet was not written either


# ---------------------------------------------------------------- streams and environment


@pytest.mark.parametrize(
    ("args", "close"),
    [
        (("ask",), 0),
        (("topics",), 1),
        (("cite",), 1),
        (("ask", "--no-input", "--category", "2"), 0),
    ],
)
def test_closed_standard_streams_give_no_traceback(args: tuple[str, ...], close: int) -> None:
    env = {**os.environ, **PLAIN_ENV}
    result = subprocess.run(
        [sys.executable, "-m", "calcinfo", *args],
        stdin=subprocess.DEVNULL if close != 0 else None,
        stdout=subprocess.PIPE if close != 1 else None,
        stderr=subprocess.PIPE,
        env=env,
        check=False,
        pass_fds=(),
        preexec_fn=lambda: os.close(close),
    )
    assert b"Traceback" not in result.stderr
    assert result.returncode in {0, 1}


@pytest.mark.parametrize("env", [{"COLUMNS": "0"}, {"COLUMNS": "abc", "LINES": "-1"}])
def test_a_nonsense_terminal_size_is_ignored(env: dict[str, str]) -> None:
    result = calcinfo(*ASK, "--side", "left", env=env)
    assert result.returncode == 0 and "Traceback" not in result.stderr


def test_an_old_c_locale_gets_text_not_a_traceback() -> None:
    result = calcinfo(
        "cite", env={"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}, encoding="ascii"
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr


# ---------------------------------------------------------------- a fault of calcinfo's own


@pytest.mark.parametrize("debug", [False, True])
def test_a_fault_of_calcinfo_itself_gives_a_calm_message_not_a_traceback(
    tmp_path: Path, debug: bool
) -> None:
    """The reader is made to fail, as it did on a text that was all heading: she reads one calm
    paragraph and the run ends with 70, with no traceback; CALCINFO_DEBUG=1 shows it."""
    report = tmp_path / "report.txt"
    report.write_text("BI-RADS 2. Benign calcifications.\n", encoding="utf-8")
    broken = tmp_path / "broken.py"
    broken.write_text(
        "import sys\n"
        "import calcinfo.reader.assemble as assemble\n"
        "def fail(self, original):\n"
        "    raise IndexError('list index out of range')\n"
        "assemble._Reader.__init__ = fail\n"
        "from calcinfo.launch import main\n"
        "sys.argv = ['calcinfo', 'ask', '--report', 'report.txt', '--no-input']\n"
        "main()\n"
    )
    env = {**os.environ, **PLAIN_ENV, "PYTHONPATH": str(ROOT)}
    env.pop("CALCINFO_DEBUG", None)
    if debug:
        env["CALCINFO_DEBUG"] = "1"
    done = subprocess.run(
        [sys.executable, str(broken)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if debug:
        assert done.returncode == 1 and "Traceback" in done.stderr
        return
    assert done.returncode == 70
    assert "Traceback" not in done.stderr + done.stdout
    assert "fault in calcinfo itself (IndexError)" in done.stderr
    assert "not anything you did" in done.stderr
    assert report.read_text(encoding="utf-8") == "BI-RADS 2. Benign calcifications.\n"


# ---------------------------------------------------------------- signals


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_a_write_leaves_no_temporary_file(tmp_path: Path, signum: int) -> None:
    """The write is slowed to a crawl by a helper that sleeps in fsync, then the process gets
    the signal: it must exit with 128 + signal and remove its temporary file."""
    slow = tmp_path / "slow.py"
    slow.write_text(
        "import os, sys, time\n"
        "real = os.fsync\n"
        "def fsync(fd):\n"
        "    sys.stderr.write('writing\\n'); sys.stderr.flush(); time.sleep(30); real(fd)\n"
        "os.fsync = fsync\n"
        "from calcinfo.launch import main\n"
        "sys.argv = ['calcinfo', 'ask', '--no-input', '--category', '2', '--save', 's.html']\n"
        "main()\n"
    )
    env = {**os.environ, **PLAIN_ENV, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(slow)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    for _ in range(200):
        if "writing" in child.stderr.readline():
            break
    child.send_signal(signum)
    child.wait(timeout=20)
    assert child.returncode == 128 + signum
    assert [p.name for p in tmp_path.iterdir()] == ["slow.py"]
    _ = time


def _run_without_root_powers(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **PLAIN_ENV, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [*_without_root_powers(), sys.executable, "-m", "calcinfo", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_an_answers_file_she_cannot_read_is_a_file_problem(tmp_path: Path) -> None:
    locked = tmp_path / "a.json"
    locked.write_text('{"category": "2"}')
    locked.chmod(0o000)
    result = _run_without_root_powers([*ASK, "--answers", "a.json"], tmp_path)
    calm(result, 1, "not allowed to open a.json")


def test_force_replaces_a_file_she_cannot_read_and_she_can_read_the_new_one(tmp_path: Path) -> None:
    locked = tmp_path / "s.txt"
    locked.write_text("old")
    locked.chmod(0o000)
    result = _run_without_root_powers(
        [*ASK, "--category", "2", "--save", "s.txt", "--force"], tmp_path
    )
    calm(result, 0, "Saved to s.txt")
    assert locked.stat().st_mode & 0o777 == 0o600  # its mode kept, and hers to read


@pytest.mark.parametrize(
    ("name", "fine"),
    [
        ("", True),
        ("sheet.html", True),
        ("sheet.txt", False),
        ("a" * 300 + ".html", False),
        ("no/such/s.html", False),
    ],
)
def test_the_file_name_question_refuses_names_that_cannot_be_written(name: str, fine: bool) -> None:
    from calcinfo.ask import _usable_name

    assert (_usable_name(name, ".html") is True) is fine


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize(
    "args",
    [("cite", "rim"), ("topics", "rim"), ("cite", "--style", "mla"), (*ASK, "--category", "4B")],
)
def test_output_to_a_full_disk_is_one_calm_line(args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "calcinfo", *args],
            check=False,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **PLAIN_ENV},
            cwd=ROOT,
            timeout=60,
        )
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert "calcinfo could not finish: No space left on device." in result.stderr


@pytest.mark.parametrize("command", ["cite", "topics"])
def test_a_pasted_page_is_not_echoed_back_whole(command: str) -> None:
    words = "zzq " * 400
    result = calcinfo(command, words)
    calm(result, 1, "calcinfo has no topic that matches")
    assert len(result.stdout + result.stderr) < 400
