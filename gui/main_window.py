"""The main window: sidebar of registered panels, status bar, notifications."""

from __future__ import annotations

import time

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.docker.connection import EngineState, EngineStatus
from core.errors import EnvDockError, describe
from core.jobs import Job, JobState
from core.logfile import get_logger, setup_logging
from core.paths import log_dir
from gui import i18n, theme
from gui.context import AppContext
from gui.engine_switch import EngineSwitch, state_color
from gui.icons import dot, icon
from gui.panel import FailedPanel, Panel
from gui.registry import PANELS, PanelSpec
from gui.routes import Routes
from gui.widgets.error_dialog import ErrorDialog
from gui.widgets.notifications import NotificationBanner, NotificationButton

log = get_logger("gui.window")


class MainWindow(QMainWindow):
    first_painted = Signal(float)  # seconds since process start

    def __init__(
        self, context: AppContext, t0: float | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__()
        self.context = context
        context.routes = Routes(self)
        self.t0 = t0 if t0 is not None else time.time()
        self.first_paint_s: float | None = None
        self._ready = False  # panels are built once the window has painted
        self.settings = settings or QSettings()
        self.panels: dict[str, QWidget] = {}
        self.specs: list[PanelSpec] = list(PANELS)
        self._dialogs: list[ErrorDialog] = []
        self.setWindowTitle("EnvDock")
        self.resize(1180, 720)

        central = QWidget()
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        left = QWidget()
        left.setFixedWidth(170)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(0)
        self.engine_switch = EngineSwitch(context)
        ll.addWidget(self.engine_switch)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet("#Sidebar::item{padding:8px 6px;}")
        ll.addWidget(self.sidebar, 1)
        outer.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 6, 6, 0)
        self.banner = NotificationBanner(context.notifier)
        self.banner.details_requested.connect(self.show_error_details)
        rl.addWidget(self.banner)
        self.stack = QStackedWidget()
        rl.addWidget(self.stack, 1)
        outer.addWidget(right, 1)
        self.setCentralWidget(central)

        for spec in self.specs:
            item = QListWidgetItem(spec.display_title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(150, 36))
            self.sidebar.addItem(item)
            placeholder = QWidget()  # replaced by the real panel when first shown
            self.stack.addWidget(placeholder)
        self.sidebar.currentRowChanged.connect(self._on_panel_change)

        self._build_status_bar()
        self._build_menus()
        context.engine.status_changed.connect(self._on_engine_status_change)
        context.engine.engines_changed.connect(lambda _e: self._update_title())
        context.jobs.state_changed.connect(self._on_job_state_change)
        context.jobs.job_added.connect(self._on_job_added)
        self._on_engine_status_change(context.engine.status)

        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        last = str(self.settings.value("window/panel", self.specs[0].key))
        keys = [s.key for s in self.specs]
        self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)

    # -- panels -------------------------------------------------------------------------------
    def panel(self, key: str) -> QWidget:
        """The panel for ``key``, built on first use (a FailedPanel if building raised)."""
        if key in self.panels:
            return self.panels[key]
        index = [s.key for s in self.specs].index(key)
        spec = self.specs[index]
        widget: QWidget
        try:
            widget = spec.create(self.context)
        except Exception as exc:
            err = describe(exc)
            log.error("panel %s failed to build: %s\n%s", key, err.message, err.details)
            failed = FailedPanel(spec.display_title, err)
            failed.details_requested.connect(self.show_error_details)
            widget = failed
            self.context.notifier.error(err)
        old = self.stack.widget(index)  # the placeholder the panel replaces
        self.stack.insertWidget(index, widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.panels[key] = widget
        return widget

    def show_panel(self, key: str) -> QWidget:
        row = [s.key for s in self.specs].index(key)
        self._ready = True
        if self.sidebar.currentRow() == row:
            self._on_panel_change(row)
        else:
            self.sidebar.setCurrentRow(row)
        return self.panels[key]

    def current_key(self) -> str:
        return self.specs[max(0, self.sidebar.currentRow())].key

    def _on_panel_change(self, row: int) -> None:
        if row < 0:
            return
        if not self._ready:
            # Paint the window first; the panel is built right after (see _after_first_paint).
            self.stack.setCurrentIndex(row)
            return
        key = self.specs[row].key
        widget = self.panel(key)
        self.stack.setCurrentIndex(row)
        if isinstance(widget, Panel):
            try:
                widget.on_shown()
            except Exception as exc:
                self.report_exception(exc)
        self.settings.setValue("window/panel", key)

    # -- status bar and menus ---------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.engine_icon = QLabel()
        self.engine_label = QLabel()
        self.engine_label.setObjectName("EngineStatus")
        self.engine_label.setTextFormat(Qt.TextFormat.PlainText)
        self.jobs_button = QToolButton()
        self.jobs_button.setAutoRaise(True)
        self.jobs_button.clicked.connect(lambda: self.show_panel("activity"))
        self.notifications = NotificationButton(self.context.notifier)
        self.notifications.details_requested.connect(self.show_error_details)
        bar.addPermanentWidget(self.jobs_button)
        bar.addPermanentWidget(self.notifications)
        bar.addPermanentWidget(self.engine_icon)
        bar.addPermanentWidget(self.engine_label)
        self._update_jobs_button()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut("Ctrl+Q")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view = self.menuBar().addMenu(self.tr("&View"))
        theme_menu = view.addMenu(self.tr("Theme"))
        group = QActionGroup(self)
        current = str(self.settings.value("view/theme", "system"))
        labels = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for mode in theme.MODES:
            action = QAction(labels[mode], self, checkable=True)
            action.setChecked(mode == current)
            action.triggered.connect(lambda _=False, m=mode: self.set_theme(m))
            group.addAction(action)
            theme_menu.addAction(action)
        language_menu = view.addMenu(self.tr("Language"))
        languages = QActionGroup(self)
        chosen = str(self.settings.value(i18n.SETTING, "system"))
        names = {"system": self.tr("Follow the system"), **i18n.LANGUAGES}
        for code, name in names.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            languages.addAction(action)
            language_menu.addAction(action)
        retry = QAction(self.tr("Reconnect to Docker now"), self)
        retry.triggered.connect(self.context.engine.retry_now)
        view.addAction(retry)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = QAction(self.tr("Open the log folder"), self)
        logs.triggered.connect(self._on_open_logs)
        help_menu.addAction(logs)
        about = QAction(self.tr("About EnvDock"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def set_theme(self, mode: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, mode)
        self.settings.setValue("view/theme", mode)

    def set_language(self, code: str) -> None:
        """Store the choice; the interface changes language at the next start."""
        self.settings.setValue(i18n.SETTING, code)
        self.statusBar().showMessage(
            self.tr("The language changes when EnvDock starts again."), 8000
        )

    def _on_open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About EnvDock"),
            self.tr(
                "<b>EnvDock {0}</b><br>Python environments, Docker and host resources "
                "in one window."
            ).format(__version__),
        )

    def _on_engine_status_change(self, status: EngineStatus) -> None:
        """The status bar always says which engine the panels act on, and how it is."""
        name = self.context.docker.name
        if status.state is EngineState.CONNECTED:
            text = self.tr("{0}: Docker {1} connected").format(name, status.version)
            if status.tls_unverified:
                text += self.tr(" — TLS NOT verified")
        elif status.state is EngineState.CONNECTING:
            text = self.tr("{0}: connecting…").format(name)
        else:
            text = self.tr("{0}: {1}").format(name, status.message)
        self.engine_icon.setPixmap(dot(state_color(status), 10).pixmap(10, 10))
        self.engine_label.setText(text)
        self.engine_label.setToolTip(
            "\n".join(x for x in (status.message, status.hint, status.endpoint) if x)
        )
        self._update_title()

    def _update_title(self) -> None:
        """ "EnvDock — NAME" once there is more than one engine to act on."""
        if len(self.context.engine.engines()) > 1:
            self.setWindowTitle(self.tr("EnvDock — {0}").format(self.context.docker.name))
        else:
            self.setWindowTitle("EnvDock")

    def _on_job_added(self, _job: Job) -> None:
        self._update_jobs_button()

    def _on_job_state_change(self, job: Job, state: JobState) -> None:
        self._update_jobs_button()
        if state is JobState.FAILED and job.visible and job.error is not None:
            self.context.notifier.error(job.error)

    def _update_jobs_button(self) -> None:
        running = [j for j in self.context.jobs.running() if j.visible]
        self.jobs_button.setText(
            self.tr("%n job(s) running", "", len(running))
            if running
            else self.tr("No jobs running")
        )

    # -- errors ---------------------------------------------------------------------------------
    def show_error_details(self, error: EnvDockError) -> ErrorDialog:
        dialog = ErrorDialog(error, self, log_path=str(setup_logging()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda _r, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None
        )
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    def report_exception(self, exc: BaseException) -> None:
        err = describe(exc)
        log.error("%s\n%s", err.message, err.details)
        self.context.notifier.error(err)

    # -- first paint and shutdown ---------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.first_paint_s is None:
            self.first_paint_s = time.time() - self.t0
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        assert self.first_paint_s is not None
        self.first_painted.emit(self.first_paint_s)
        self._ready = True
        self._on_panel_change(self.sidebar.currentRow())
        for row, spec in enumerate(self.specs):
            self.sidebar.item(row).setIcon(icon(spec.icon))

    def closeEvent(self, event: QCloseEvent) -> None:
        # a window holding unsaved work (the build window's Dockerfile) asks first; the
        # quit waits for the answer (quit again once it is saved or discarded)
        for widget in self.findChildren(QWidget):
            unsaved = getattr(widget, "has_unsaved_changes", None)
            if widget.isWindow() and widget.isVisible() and callable(unsaved) and unsaved():
                widget.raise_()
                widget.close()
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/panel", self.current_key())
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        for widget in self.panels.values():
            if isinstance(widget, Panel):
                try:
                    widget.shutdown()
                except Exception:
                    log.exception("panel shutdown failed")
        for dialog in list(self._dialogs):
            dialog.close()
