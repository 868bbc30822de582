"""The one worker bridge: runs core Jobs off the GUI thread, delivers signals on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from core.errors import EnvDockError
from core.jobs import Job, JobState
from core.logfile import get_logger

log = get_logger("gui.workers")

OnResult = Callable[[Any], object]
OnError = Callable[[EnvDockError], object]


class _JobRunnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job.run()


class JobRunner(QObject):
    """Owns a private thread pool; every Job it runs reports through these signals.

    Signals are emitted from worker threads and, because this object lives on the GUI
    thread, delivered there (queued connections).
    """

    job_added = Signal(object)  # Job
    progressed = Signal(object, object)  # Job, float | None
    logged = Signal(object, str)  # Job, line
    reported = Signal(object, object)  # Job, the structured value it reported (Job.report)
    state_changed = Signal(object, object)  # Job, JobState
    finished = Signal(object)  # Job, once it ended in any final state

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._jobs: dict[int, Job] = {}
        self._closed = False
        self._callbacks: dict[int, tuple[OnResult | None, OnError | None, QObject | None]] = {}
        self.stuck: list[str] = []  # titles of jobs that did not end at shutdown
        self.finished.connect(self._on_job_finished)

    def jobs(self) -> list[Job]:
        return list(self._jobs.values())

    def running(self) -> list[Job]:
        return [j for j in self._jobs.values() if not j.state.finished]

    def submit(
        self,
        job: Job,
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Run ``job`` in the pool. Callbacks run on the GUI thread when it ends, unless
        ``owner`` (the widget they belong to) has been deleted by then."""
        self._jobs[job.id] = job
        if on_result or on_error:
            self._callbacks[job.id] = (on_result, on_error, owner)
        job.listeners.progressed.append(lambda j, f: self.progressed.emit(j, f))
        job.listeners.logged.append(lambda j, line: self.logged.emit(j, line))
        job.listeners.reported.append(lambda j, value: self.reported.emit(j, value))
        job.listeners.state_changed.append(self._relay_state)
        self.job_added.emit(job)
        self._pool.start(_JobRunnable(job))
        return job

    def call(
        self,
        title: str,
        fn: Callable[[], Any],
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Run a quick function off the GUI thread (an invisible job)."""
        return self.submit(Job(title, lambda _job: fn(), visible=False), on_result, on_error, owner)

    def _relay_state(self, job: Job, state: JobState) -> None:
        self.state_changed.emit(job, state)
        if state.finished:
            self.finished.emit(job)

    @Slot(object)
    def _on_job_finished(self, job: Job) -> None:
        on_result, on_error, owner = self._callbacks.pop(job.id, (None, None, None))
        if not job.visible:
            self._jobs.pop(job.id, None)
        if self._closed or (owner is not None and not shiboken6.isValid(owner)):
            return
        if job.state is JobState.SUCCEEDED and on_result is not None:
            on_result(job.result)
        elif job.state is JobState.FAILED and on_error is not None and job.error is not None:
            on_error(job.error)

    def forget(self, job: Job) -> None:
        if job.state.finished:
            self._jobs.pop(job.id, None)

    def cancel_all(self) -> None:
        """Cancel every job still running and drop their callbacks (no waiting)."""
        self._closed = True
        self._callbacks.clear()
        for job in self.running():
            job.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything still running and wait up to ``timeout_ms`` for the pool to
        drain. Jobs that do not end by then are waiting on something that does not answer
        (an engine gone silent); they are listed in ``stuck`` (Qt's pool would keep the
        app's exit waiting for them: see ``gui.app.run_gui``)."""
        self.cancel_all()
        if self._pool.waitForDone(max(0, timeout_ms)):
            return True
        self.stuck = [job.title for job in self.running()]
        log.warning("quitting with jobs still waiting: %s", ", ".join(self.stuck) or "?")
        return False
