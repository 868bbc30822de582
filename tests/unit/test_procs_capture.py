"""core.procs.run_capture: standard output and standard error apart, the exit code kept,
cancel ends the whole process group."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from core.errors import Cancelled, SubprocessFailed
from core.procs import run_capture


def test_output_and_errors_apart_and_the_exit_code_kept() -> None:
    script = "import sys; print('data'); print('warning', file=sys.stderr); sys.exit(3)"
    result = run_capture([sys.executable, "-c", script])
    assert (result.stdout, result.stderr, result.returncode) == ("data\n", "warning\n", 3)


def test_cancel_ends_the_group(tmp_path: Path) -> None:
    cancel = threading.Event()
    pid_file = tmp_path / "child.pid"
    script = (
        "import subprocess, sys; p = subprocess.Popen(['sleep', '30']); "
        f"open({str(pid_file)!r}, 'w').write(str(p.pid)); p.wait(); print('late')"
    )
    threading.Timer(0.5, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        run_capture([sys.executable, "-c", script], cancel_event=cancel, grace=1.0)
    assert time.monotonic() - start < 5
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while Path(f"/proc/{child}").exists() and "Z" not in _state(child):
        assert time.monotonic() < deadline, "the child outlived the cancel"
        time.sleep(0.05)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def test_a_program_that_is_not_there() -> None:
    with pytest.raises(SubprocessFailed, match="Program not found") as err:
        run_capture(["/nonexistent/compose", "config"])
    assert err.value.returncode == 127
