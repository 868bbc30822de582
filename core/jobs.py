"""Long-running operations: progress, log lines, cancel, and a result or a typed error.

A :class:`Job` wraps a function ``work(job) -> result``. The function reports
through ``job.set_progress`` / ``job.log`` (and ``job.report`` for a structured snapshot:
a build's steps, a pull's layers) and calls ``job.check_cancelled()``
at safe points (subprocesses started through :mod:`core.procs` watch
``job.cancel_event`` themselves). Listeners are plain callables invoked on the
thread that runs the job; the GUI bridges them to Qt signals.
"""

from __future__ import annotations

import enum
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from core.errors import Cancelled, EnvDockError, describe
from core.logfile import get_logger

log = get_logger("jobs")

_ids = itertools.count(1)

T = TypeVar("T")


class JobState(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)


@dataclass(slots=True)
class JobListeners:
    progressed: list[Callable[[Job, float | None], None]] = field(default_factory=list)
    logged: list[Callable[[Job, str], None]] = field(default_factory=list)
    state_changed: list[Callable[[Job, JobState], None]] = field(default_factory=list)
    reported: list[Callable[[Job, object], None]] = field(default_factory=list)


class Job:
    """One operation with progress, a log, cancel and a result or error."""

    MAX_LOG_LINES = 20_000

    def __init__(self, title: str, work: Callable[[Job], Any], *, visible: bool = True) -> None:
        self.id = next(_ids)
        self.title = title
        self.visible = visible
        self._work: Callable[[Job], Any] | None = work
        self.state = JobState.PENDING
        self.progress: float | None = None  # None: indeterminate
        self.result: Any = None
        self.error: EnvDockError | None = None
        self.cancel_event = threading.Event()
        self.started_at: float | None = None
        self.finished_at: float | None = None
        self._lines: list[str] = []
        self._report: object = None
        self._lock = threading.Lock()
        self.listeners = JobListeners()

    # -- reporting (called by the work function) -------------------------------------------
    def set_progress(self, fraction: float | None) -> None:
        if fraction is not None:
            fraction = min(1.0, max(0.0, fraction))
        self.progress = fraction
        for cb in list(self.listeners.progressed):
            cb(self, fraction)

    def log(self, line: str) -> None:
        with self._lock:
            self._lines.append(line)
            if len(self._lines) > self.MAX_LOG_LINES:
                del self._lines[: len(self._lines) - self.MAX_LOG_LINES]
        for cb in list(self.listeners.logged):
            cb(self, line)

    def report(self, value: object) -> None:
        """Hand listeners a structured snapshot of the work so far (a build's steps, a
        transfer's layers). ``value`` must be the work's last word on it: listeners may read
        it later on another thread, so the work never changes it afterwards. A core function
        that takes an ``on_progress`` callback is given ``job.report``."""
        self._report = value
        for cb in list(self.listeners.reported):
            cb(self, value)

    def last_report(self, kind: type[T]) -> T | None:
        """The latest value reported, if it is a ``kind`` (None before the first)."""
        value = self._report
        return value if isinstance(value, kind) else None

    def lines(self) -> list[str]:
        with self._lock:
            return list(self._lines)

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()

    # -- control ------------------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the job to stop; it ends as CANCELLED at its next safe point."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def run(self) -> Any:
        """Run the work on the calling thread. Never raises: the outcome is in state."""
        self.started_at = time.monotonic()
        self._set_state(JobState.RUNNING)
        try:
            work, self._work = self._work, None  # let go of what it holds (a secret's value)
            if work is None:
                raise RuntimeError(f"job {self.title!r} was run twice")
            if self.cancel_event.is_set():
                raise Cancelled()
            self.result = work(self)
        except Cancelled as exc:
            self.error = exc
            self._finish(JobState.CANCELLED)
        except BaseException as exc:  # a job never takes the app down
            err = describe(exc)
            if self.cancel_event.is_set():
                self.error = Cancelled(details=err.details)
                self._finish(JobState.CANCELLED)
            else:
                self.error = err
                log.error("job %r failed: %s\n%s", self.title, err.message, err.details)
                self._finish(JobState.FAILED)
        else:
            # The work ran to its end: a late cancel request changes nothing.
            self._finish(JobState.SUCCEEDED)
        return self.result

    def _finish(self, state: JobState) -> None:
        self.finished_at = time.monotonic()
        self._set_state(state)

    def _set_state(self, state: JobState) -> None:
        self.state = state
        for cb in list(self.listeners.state_changed):
            cb(self, state)

    @property
    def duration(self) -> float | None:
        if self.started_at is None:
            return None
        end = self.finished_at if self.finished_at is not None else time.monotonic()
        return end - self.started_at

    def __repr__(self) -> str:
        return f"<Job {self.id} {self.title!r} {self.state.value}>"
