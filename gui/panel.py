"""What a panel is, and the stand-in shown when a panel fails to build."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import EnvDockError
from core.jobs import Job
from gui.context import AppContext
from gui.icons import icon

T = TypeVar("T")


class Panel(QWidget):
    """Base of every panel: gets the app context, is told when shown and at shutdown, and
    runs its work off the GUI thread through ``run_job`` / ``call`` (with ``latest`` when
    only the newest of several requests may answer)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._action_icons: list[tuple[QAction, str]] = []
        self._requests: dict[str, int] = {}

    # -- work off the GUI thread --------------------------------------------------------------
    def run_job(
        self,
        title: str,
        work: Callable[[Job], T],
        on_result: Callable[[T], object] | None = None,
        on_error: Callable[[EnvDockError], object] | None = None,
        after: Callable[[], object] | None = None,
        *,
        owner: QObject | None = None,
    ) -> Job:
        """A visible job (Activity lists it). ``on_result`` / ``on_error`` run on the GUI
        thread if the panel (or ``owner``, a dialog whose callbacks they are) still exists;
        ``after`` runs either way (a re-list, say). A failure is reported by the window as
        every failed visible job is (``on_error`` is for what the panel itself must undo or
        show), so it is not notified here again."""

        def done(result: T) -> None:
            if on_result is not None:
                on_result(result)
            if after is not None:
                after()

        def failed(err: EnvDockError) -> None:
            if on_error is not None:
                on_error(err)
            if after is not None:
                after()

        return self.context.jobs.submit(
            Job(title, work), done, failed, owner=self if owner is None else owner
        )

    def call(
        self,
        title: str,
        fn: Callable[[], T],
        on_result: Callable[[T], object] | None = None,
        on_error: Callable[[EnvDockError], object] | None = None,
    ) -> Job:
        """A quick read off the GUI thread (not listed in Activity)."""
        return self.context.jobs.call(title, fn, on_result, on_error, owner=self)

    def latest(self, key: str, callback: Callable[[T], object]) -> Callable[[T], None]:
        """``callback`` wrapped so that it runs only if no newer request under ``key`` was
        made since: the answer to an old selection never overwrites the current one."""
        number = self._requests.get(key, 0) + 1
        self._requests[key] = number

        def answer(value: T) -> None:
            if self._requests.get(key) == number:
                callback(value)

        return answer

    def latest_pair(
        self,
        key: str,
        on_result: Callable[[T], object],
        on_error: Callable[[EnvDockError], object],
    ) -> tuple[Callable[[T], None], Callable[[EnvDockError], None]]:
        """``latest`` for a request's answer and its error together (one request, so a
        newer one drops both)."""
        number = self._requests.get(key, 0) + 1
        self._requests[key] = number

        def answer(value: T) -> None:
            if self._requests.get(key) == number:
                on_result(value)

        def failed(err: EnvDockError) -> None:
            if self._requests.get(key) == number:
                on_error(err)

        return answer, failed

    def make_action(self, text: str, slot: Callable[[], object], icon_name: str = "") -> QAction:
        """A QAction calling ``slot``; its qtawesome icon loads with ``load_icons``."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if icon_name:
            self._action_icons.append((action, icon_name))
        return action

    def load_icons(self) -> None:
        """Icons come after first paint (qtawesome's import is not free: ``icon`` imports
        it on first use)."""
        for action, name in self._action_icons:
            action.setIcon(icon(name))

    def on_shown(self) -> None:
        """Called each time the panel becomes the current one."""

    def shutdown(self) -> None:
        """Called once when the window closes: stop timers and workers here."""


class FailedPanel(QWidget):
    """Shown in place of a panel whose construction raised: the app stays up."""

    details_requested = Signal(object)

    def __init__(self, title: str, error: EnvDockError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        label = QLabel(
            self.tr("<h3>The {0} panel could not open</h3>").format(html.escape(title))
            + f"<p>{html.escape(error.message)}</p><p>{html.escape(error.hint)}</p>"
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        button = QPushButton(self.tr("Details…"))
        button.clicked.connect(lambda: self.details_requested.emit(self.error))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def on_shown(self) -> None:
        pass

    def shutdown(self) -> None:
        pass
