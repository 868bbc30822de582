import threading
import time
from dataclasses import dataclass
from typing import Any, cast

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
        run_streaming(cast(Any, "rm -rf /tmp/x"))  # a string, as a careless caller would


@dataclass(frozen=True, slots=True)
class Layers:
    done: int
    total: int


def test_report_hands_structured_snapshots_to_listeners_in_order() -> None:
    def work(job: Job) -> str:
        for i in range(3):
            job.report(Layers(i + 1, 3))
        return "pulled"

    job = Job("pull", work)
    seen: list[tuple[Job, object]] = []
    job.listeners.reported.append(lambda j, value: seen.append((j, value)))
    assert job.last_report(Layers) is None  # nothing reported yet
    assert job.run() == "pulled"
    assert seen == [(job, Layers(1, 3)), (job, Layers(2, 3)), (job, Layers(3, 3))]
    assert job.last_report(Layers) == Layers(3, 3)
    assert job.last_report(str) is None  # typed: another kind is not handed out as this one


def test_report_is_what_a_core_progress_callback_is_fed() -> None:
    def pull(job: Job, on_progress: Any) -> int:  # the shape of core.docker.transfer.pull_image
        on_progress(Layers(1, 1))
        return 1

    job = Job("pull", lambda j: pull(j, j.report))
    seen: list[object] = []
    job.listeners.reported.append(lambda _j, value: seen.append(value))
    job.run()
    assert seen == [Layers(1, 1)]
    assert job.state is JobState.SUCCEEDED


def test_report_comes_from_the_thread_that_runs_the_job() -> None:
    threads: list[int] = []
    job = Job("threaded", lambda j: j.report(Layers(0, 0)))
    job.listeners.reported.append(lambda _j, _v: threads.append(threading.get_ident()))
    runner = threading.Thread(target=job.run)
    runner.start()
    runner.join(5)
    assert threads == [runner.ident]
