import threading
import time

import pytest

from core.errors import Cancelled, SubprocessFailed, ValidationError
from core.jobs import Job, JobState
from core.procs import run_streaming


def test_job_success_reports_progress_and_lines() -> None:
    seen: list[object] = []

    def work(job: Job) -> int:
        for i in range(3):
            job.log(f"line {i}")
            job.set_progress((i + 1) / 3)
        return 42

    job = Job("count", work)
    job.listeners.progressed.append(lambda j, f: seen.append(f))
    states: list[JobState] = []
    job.listeners.state_changed.append(lambda j, s: states.append(s))
    assert job.run() == 42
    assert job.state is JobState.SUCCEEDED
    assert job.lines() == ["line 0", "line 1", "line 2"]
    assert seen[-1] == 1.0
    assert states == [JobState.RUNNING, JobState.SUCCEEDED]


def test_job_failure_is_typed_and_never_raises() -> None:
    job = Job("boom", lambda j: 1 / 0)
    job.run()
    assert job.state is JobState.FAILED
    assert job.error is not None and "division by zero" in job.error.message
    assert "ZeroDivisionError" in job.error.details


def test_streaming_lines_arrive_as_they_are_printed() -> None:
    lines: list[tuple[float, str]] = []
    t0 = time.monotonic()
    run_streaming(
        ["sh", "-c", "echo one; sleep 0.5; echo two"],
        lambda line: lines.append((time.monotonic() - t0, line)),
    )
    assert [x for _, x in lines] == ["one", "two"]
    assert lines[0][0] < 0.4 <= lines[1][0]


def test_cancel_stops_a_real_long_subprocess() -> None:
    job = Job("sleep", lambda j: run_streaming(["sleep", "60"], cancel_event=j.cancel_event))
    thread = threading.Thread(target=job.run)
    t0 = time.monotonic()
    thread.start()
    time.sleep(0.3)
    job.cancel()
    thread.join(10)
    assert not thread.is_alive()
    assert job.state is JobState.CANCELLED
    assert time.monotonic() - t0 < 5


def test_cancel_kills_a_process_that_ignores_sigterm() -> None:
    cancel = threading.Event()
    timer = threading.Timer(0.5, cancel.set)
    timer.start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        run_streaming(
            ["sh", "-c", "trap '' TERM; echo ready; sleep 60 & wait; sleep 60"],
            cancel_event=cancel,
            grace=0.5,
        )
    timer.join()
    assert time.monotonic() - t0 < 5


def test_failure_carries_output() -> None:
    with pytest.raises(SubprocessFailed) as info:
        run_streaming(["sh", "-c", "echo oops >&2; exit 3"])
    assert info.value.returncode == 3 and "oops" in info.value.details


def test_missing_program_and_shell_strings_are_refused() -> None:
    with pytest.raises(SubprocessFailed) as info:
        run_streaming(["/no/such/program"])
    assert info.value.returncode == 127
    with pytest.raises(ValidationError):
        run_streaming("rm -rf /tmp/x")  # type: ignore[arg-type]
