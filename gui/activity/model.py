"""The Activity table: one row per visible job, updated as it progresses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from core.jobs import Job, JobState
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models.keyed_table import SORT_ROLE, KeyedTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("JobsModel", "Operation"),
    QT_TRANSLATE_NOOP("JobsModel", "State"),
    QT_TRANSLATE_NOOP("JobsModel", "Progress"),
    QT_TRANSLATE_NOOP("JobsModel", "Time"),
    QT_TRANSLATE_NOOP("JobsModel", "Cancel"),
)
TITLE, STATE, PROGRESS, TIME, CANCEL = range(len(COLUMNS))
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 10

STATE_TEXT = {
    JobState.PENDING: QT_TRANSLATE_NOOP("JobsModel", "waiting"),
    JobState.RUNNING: QT_TRANSLATE_NOOP("JobsModel", "running"),
    JobState.SUCCEEDED: QT_TRANSLATE_NOOP("JobsModel", "done"),
    JobState.FAILED: QT_TRANSLATE_NOOP("JobsModel", "failed"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("JobsModel", "cancelled"),
}


class JobsModel(KeyedTableModel[Job]):
    headers = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda j: j.id, parent=parent)

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("JobsModel", COLUMNS[section])

    def cell(self, job: Job, column: int, role: int) -> Any:
        if role == PROGRESS_ROLE and column == PROGRESS:
            if job.state is JobState.SUCCEEDED:
                return 1.0
            return job.progress if not job.state.finished else (job.progress or 0.0)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TITLE:
                return job.title
            if column == STATE:
                text = QCoreApplication.translate("JobsModel", STATE_TEXT[job.state])
                if job.state is JobState.FAILED and job.error is not None:
                    text += f": {job.error.message}"
                return text
            if column == TIME:
                d = job.duration
                return "" if d is None else f"{d:.1f} s"
            if column == CANCEL:
                return (
                    "" if job.state.finished else QCoreApplication.translate("JobsModel", "Cancel")
                )
        if role == SORT_ROLE:
            return job.id
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            if job.state is JobState.FAILED:
                return QColor("#c0392b")
            if job.state is JobState.SUCCEEDED:
                return QColor("#2e9d4f")
        return None
