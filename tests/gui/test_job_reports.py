"""The JobRunner relays what a job reports (``Job.report``) as ``reported(job, value)``,
delivered on the GUI thread, in order, before the job's ``finished``."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from core.jobs import Job
from gui.workers import JobRunner


@dataclass(frozen=True, slots=True)
class Step:
    number: int


def test_reports_arrive_on_the_gui_thread_in_order_before_finished(qtbot: QtBot) -> None:
    runner = JobRunner()
    go = threading.Event()
    worker_threads: list[int] = []

    def work(job: Job) -> str:
        go.wait(5)
        worker_threads.append(threading.get_ident())
        for i in range(5):
            job.report(Step(i))
        return "built"

    events: list[tuple[str, object, int]] = []
    runner.reported.connect(
        lambda j, value: events.append(("reported", value, threading.get_ident()))
    )
    runner.finished.connect(lambda j: events.append(("finished", j.result, threading.get_ident())))
    job = runner.submit(Job("build", work))
    go.set()
    qtbot.waitUntil(lambda: len(events) == 6, timeout=5000)
    gui = threading.get_ident()
    assert [(kind, value) for kind, value, _thread in events] == [
        *(("reported", Step(i)) for i in range(5)),
        ("finished", "built"),
    ]
    assert {thread for _kind, _value, thread in events} == {gui}
    assert worker_threads and worker_threads[0] != gui
    assert job.last_report(Step) == Step(4)
    assert runner.shutdown(2000)
