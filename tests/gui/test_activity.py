from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from core.jobs import Job, JobState
from core.procs import run_streaming
from gui.activity.model import CANCEL, JobsModel
from gui.activity.panel import ActivityPanel
from gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory


class ModelChecker(Protocol):
    """pytest-qt's ``qtmodeltester`` (its ``check`` has no annotations)."""

    def check(self, model: QAbstractItemModel, force_py: bool = False) -> None: ...


def _activity(window: MainWindow) -> ActivityPanel:
    panel = window.show_panel("activity")
    assert isinstance(panel, ActivityPanel), panel
    return panel


def _long_job(job: Job) -> None:
    job.set_progress(None)
    run_streaming(["sh", "-c", "echo started; sleep 60"], job.log, cancel_event=job.cancel_event)


def test_cancel_button_stops_a_running_subprocess(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(start_engine=False)
    panel = _activity(window)
    job = window.context.jobs.submit(Job("sleep a minute", _long_job))
    qtbot.waitUntil(lambda: "started" in job.lines(), timeout=5000)
    assert panel.model.rowCount() == 1
    panel.select_job(job)
    qtbot.waitUntil(lambda: "started" in panel.log_view.toPlainText())
    assert "1 job(s) running" in window.jobs_button.text()
    view = panel.view
    index = view.model().index(0, CANCEL)
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: job.state is JobState.CANCELLED, timeout=10000)
    qtbot.waitUntil(lambda: "No jobs running" in window.jobs_button.text())
    assert "cancelled" in panel.model.index(0, 1).data()


def test_failed_job_is_notified_with_its_hint(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(start_engine=False)
    panel = _activity(window)
    job = window.context.jobs.submit(Job("fails", lambda j: run_streaming(["sh", "-c", "exit 4"])))
    qtbot.waitUntil(lambda: job.state is JobState.FAILED, timeout=5000)
    qtbot.waitUntil(lambda: bool(window.context.notifier.history))
    assert "exited with code 4" in window.context.notifier.history[-1].message
    panel.select_job(job)
    assert panel.error_label.isVisibleTo(panel)
    panel.clear_finished()
    assert panel.model.rowCount() == 0


def test_jobs_model_is_a_valid_qt_model(qtmodeltester: ModelChecker) -> None:
    model = JobsModel()
    qtmodeltester.check(model)  # attached before the changes: each is checked as it happens
    jobs = [Job(f"job {i}", lambda j: None) for i in range(3)]
    model.upsert_many(jobs)
    jobs[0].run()
    model.refresh_row(jobs[0].id)
    assert model.index(0, 1).data() == "done"
