from __future__ import annotations

from PySide6.QtCore import Qt

from core.jobs import Job, JobState
from core.procs import run_streaming
from gui.activity.model import CANCEL, JobsModel
from tests.gui.conftest import WindowFactory


def _long_job(job: Job) -> None:
    job.set_progress(None)
    run_streaming(["sh", "-c", "echo started; sleep 60"], job.log, cancel_event=job.cancel_event)


def test_cancel_button_stops_a_running_subprocess(qtbot, make_window: WindowFactory) -> None:  # type: ignore[no-untyped-def]
    window = make_window(start_engine=False)
    panel = window.show_panel("activity")
    job = window.context.jobs.submit(Job("sleep a minute", _long_job))
    qtbot.waitUntil(lambda: "started" in job.lines(), timeout=5000)
    assert panel.model.rowCount() == 1  # type: ignore[attr-defined]
    panel.select_job(job)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "started" in panel.log_view.toPlainText())  # type: ignore[attr-defined]
    assert "1 job(s) running" in window.jobs_button.text()
    view = panel.view  # type: ignore[attr-defined]
    index = view.model().index(0, CANCEL)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: job.state is JobState.CANCELLED, timeout=10000)
    qtbot.waitUntil(lambda: "No jobs running" in window.jobs_button.text())
    assert "cancelled" in panel.model.index(0, 1).data()  # type: ignore[attr-defined]


def test_failed_job_is_notified_with_its_hint(qtbot, make_window: WindowFactory) -> None:  # type: ignore[no-untyped-def]
    window = make_window(start_engine=False)
    panel = window.show_panel("activity")
    job = window.context.jobs.submit(Job("fails", lambda j: run_streaming(["sh", "-c", "exit 4"])))
    qtbot.waitUntil(lambda: job.state is JobState.FAILED, timeout=5000)
    qtbot.waitUntil(lambda: bool(window.context.notifier.history))
    assert "exited with code 4" in window.context.notifier.history[-1].message
    panel.select_job(job)  # type: ignore[attr-defined]
    assert panel.error_label.isVisibleTo(panel)  # type: ignore[attr-defined]
    panel.clear_finished()  # type: ignore[attr-defined]
    assert panel.model.rowCount() == 0  # type: ignore[attr-defined]


def test_jobs_model_is_a_valid_qt_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = JobsModel()
    jobs = [Job(f"job {i}", lambda j: None) for i in range(3)]
    model.upsert_many(jobs)
    jobs[0].run()
    model.refresh_row(jobs[0].id)
    qtmodeltester.check(model)
