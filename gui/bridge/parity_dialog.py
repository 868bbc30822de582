"""Parity check: a container's (or an image's) Python packages next to an environment's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.bridge.parity import (
    DIFFERENT,
    MISSING_HERE,
    MISSING_THERE,
    DiffRow,
    PackageSet,
    container_packages,
    create_env_from,
    diff,
    difference_requirements,
    env_packages,
    image_packages,
)
from core.docker.engine import Engine
from core.envs.discovery import Discovery
from core.envs.model import Environment
from core.errors import EnvDockError
from core.jobs import Job
from gui.context import AppContext
from gui.widgets.engine_label import keep_title

COLORS = {MISSING_THERE: "#c0392b", MISSING_HERE: "#1565c0", DIFFERENT: "#d08c0b"}


class ParityDialog(QDialog):
    """Pick an environment, compare, then export the difference or act on it. The container
    (or image) is read from ``engine`` (default: the current one when the dialog opened) for
    the dialog's whole life."""

    def __init__(
        self,
        context: AppContext,
        target: str,
        is_image: bool,
        parent: QWidget | None = None,
        engine: Engine | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.engine = engine if engine is not None else context.docker
        self.target = target
        self.is_image = is_image
        self.rows: list[DiffRow] = []
        self.there: PackageSet | None = None
        self.envs: list[Environment] = []
        keep_title(
            self,
            context.engine,
            self.engine,
            self.tr("Compare {0} with an environment").format(target),
        )
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Environment:")))
        self.env_box = QComboBox()
        self.env_box.setMinimumWidth(380)
        top.addWidget(self.env_box, 1)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self.compare)
        top.addWidget(self.compare_button)
        layout.addLayout(top)
        self.summary = QLabel(self.tr("Finding environments…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Package"),
                self.tr("Environment"),
                self.tr("Image") if is_image else self.tr("Container"),
                self.tr("Difference"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export the difference as requirements…"))
        self.export_button.clicked.connect(self.export_difference)
        self.rebuild_button = QPushButton(self.tr("Rebuild the image from the environment…"))
        self.rebuild_button.clicked.connect(self.rebuild)
        self.create_button = QPushButton(self.tr("Create an environment from it…"))
        self.create_button.clicked.connect(self.create_env)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for button in (self.export_button, self.rebuild_button, self.create_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        where = self.context.app.environment_search()  # the Environments panel's settings
        self.context.jobs.call(
            self.tr("Find environments"),
            lambda: Discovery().discover(where),
            self._set_envs,
            self._show_error,
            owner=self,
        )

    # -- environments ---------------------------------------------------------------------------
    def _set_envs(self, envs: list[Environment]) -> None:
        self.envs = [e for e in envs if e.interpreter and not e.conda_base]
        for env in self.envs:
            self.env_box.addItem(
                self.tr("{0} — {1}, Python {2}").format(
                    env.name, env.kind.value, env.python_version or "?"
                )
            )
        self.compare_button.setEnabled(bool(self.envs))
        self.summary.setText(
            self.tr("Pick the environment the container should match, then Compare.")
            if self.envs
            else self.tr("No environment found.")
        )

    def select_env(self, path: Path) -> None:
        for i, env in enumerate(self.envs):
            if env.path == path:
                self.env_box.setCurrentIndex(i)

    def current_env(self) -> Environment | None:
        i = self.env_box.currentIndex()
        return self.envs[i] if 0 <= i < len(self.envs) else None

    # -- comparing -------------------------------------------------------------------------------
    def compare(self) -> None:
        env = self.current_env()
        if env is None:
            return
        engine, target = self.engine, self.target
        read = image_packages if self.is_image else container_packages

        def work() -> tuple[PackageSet, PackageSet]:
            return env_packages(env.path), read(engine.api, target)

        self.compare_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the packages of both…"))
        self.context.jobs.call(
            self.tr("Compare {0} with {1}").format(self.target, env.name),
            work,
            self._show_diff,
            self._show_error,
            owner=self,
        )

    def _show_diff(self, sides: tuple[PackageSet, PackageSet]) -> None:
        here, there = sides
        self.there = there
        self.rows = diff(here, there)
        self.compare_button.setEnabled(True)
        labels = {
            MISSING_THERE: self.tr("missing in the container"),
            MISSING_HERE: self.tr("missing in the environment"),
            DIFFERENT: self.tr("different version"),
        }
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.name, row.here or "—", row.there or "—", labels[row.status])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setForeground(QColor(COLORS[row.status]))
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.SortOrder.AscendingOrder)
        counts = {s: sum(1 for r in self.rows if r.status == s) for s in labels}
        if not self.rows:
            self.summary.setText(
                self.tr("Same packages: {0} in both (Python {1} here, {2} there).").format(
                    len(here.packages), here.python or "?", there.python or "?"
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "{0} missing in the container, {1} missing in the environment, "
                    "{2} with another version (Python {3} here, {4} there)."
                ).format(
                    counts[MISSING_THERE],
                    counts[MISSING_HERE],
                    counts[DIFFERENT],
                    here.python or "?",
                    there.python or "?",
                )
            )
        self.export_button.setEnabled(any(r.status != MISSING_HERE for r in self.rows))
        self.rebuild_button.setEnabled(True)
        self.create_button.setEnabled(True)

    def _show_error(self, err: EnvDockError) -> None:
        self.compare_button.setEnabled(bool(self.envs))
        self.summary.setText(f"<b>{err.message}</b><br>{err.hint}")

    # -- acting on it ----------------------------------------------------------------------------
    def export_difference(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the difference"),
            str(Path.home() / "missing-requirements.txt"),
            self.tr("Requirements (*.txt);;All files (*)"),
        )
        if not path:
            return None
        return self.write_difference(Path(path))

    def write_difference(self, path: Path) -> Path | None:
        try:
            path.write_text(difference_requirements(self.rows))
        except OSError as exc:
            self.summary.setText(self.tr("Cannot save {0}: {1}").format(path, exc.strerror))
            return None
        self.summary.setText(self.tr("Saved to {0}").format(path))
        return path

    def rebuild(self) -> None:
        env = self.current_env()
        if env is not None:
            self.context.app.containerize(env)

    def create_env(self) -> None:
        if self.there is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to create the new environment"), str(Path.home())
        )
        if folder:
            self.create_env_at(Path(folder) / f"{_safe(self.target)}-env")

    def create_env_at(self, target: Path) -> None:
        there = self.there
        if there is None:
            return
        self.context.jobs.submit(
            Job(
                self.tr("Create {0} from {1}").format(target.name, self.target),
                lambda job: create_env_from(job, there, target),
            ),
            owner=self,
        )


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name).strip("-") or "env"
