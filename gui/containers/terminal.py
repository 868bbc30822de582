"""A terminal inside a container: pyte's VT100/xterm emulation drawn in a Qt widget, with
colours, cursor keys, Ctrl-keys, resize sent to the exec instance, copy/paste and
scrollback; several at once in tabs.

Opening, resizing and closing are round trips to the engine (a remote one may be far):
they run on workers, resizes debounced; closing a tab ends the exec'd process."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from functools import partial
from typing import Any

import pyte
from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.docker.engine import ContainerChange, Engine
from core.docker.exec_session import ExecSession
from core.errors import EnvDockError
from gui.context import AppContext
from gui.widgets.engine_label import keep_title
from gui.workers import JobRunner

COLORS = {
    "black": "#000000",
    "red": "#cd3131",
    "green": "#0dbc79",
    "brown": "#e5e510",
    "yellow": "#e5e510",
    "blue": "#2472c8",
    "magenta": "#bc3fbc",
    "cyan": "#11a8cd",
    "white": "#e5e5e5",
    "brightblack": "#666666",
    "brightred": "#f14c4c",
    "brightgreen": "#23d18b",
    "brightyellow": "#f5f543",
    "brightblue": "#3b8eea",
    "brightmagenta": "#d670d6",
    "brightcyan": "#29b8db",
    "brightwhite": "#ffffff",
}
FG, BG = QColor("#d4d4d4"), QColor("#1e1e1e")
KEYS = {
    Qt.Key.Key_Return: b"\r",
    Qt.Key.Key_Enter: b"\r",
    Qt.Key.Key_Backspace: b"\x7f",
    Qt.Key.Key_Tab: b"\t",
    Qt.Key.Key_Escape: b"\x1b",
    Qt.Key.Key_Up: b"\x1b[A",
    Qt.Key.Key_Down: b"\x1b[B",
    Qt.Key.Key_Right: b"\x1b[C",
    Qt.Key.Key_Left: b"\x1b[D",
    Qt.Key.Key_Home: b"\x1b[H",
    Qt.Key.Key_End: b"\x1b[F",
    Qt.Key.Key_Delete: b"\x1b[3~",
    Qt.Key.Key_PageUp: b"\x1b[5~",
    Qt.Key.Key_PageDown: b"\x1b[6~",
    Qt.Key.Key_Insert: b"\x1b[2~",
}


def _color(name: str, default: QColor) -> QColor:
    if name == "default":
        return default
    if name in COLORS:
        return QColor(COLORS[name])
    if len(name) == 6:  # pyte gives 256-colour and true colour as hex
        return QColor(f"#{name}")
    return default


class _Screen(pyte.HistoryScreen):
    """pyte's screen with scrollback; its answers to status queries (ESC [6n) go to the
    process through ``reply``."""

    def __init__(self, reply: Callable[[str], None], columns: int, lines: int) -> None:
        super().__init__(columns, lines, history=5000, ratio=0.5)
        self._reply = reply

    def write_process_input(self, data: str) -> None:
        self._reply(data)


class TerminalWidget(QWidget):
    ended = Signal(object)  # exit code or None

    RESIZE_DELAY_MS = 120  # one exec_resize after the user stops dragging

    def __init__(
        self, session: ExecSession, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.started = False
        self._shut = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(9, font.pointSize()))
        self.setFont(font)
        metrics = self.fontMetrics()
        self.cell_w = max(1, metrics.horizontalAdvance("M"))
        self.cell_h = max(1, metrics.height())
        self.term_screen = _Screen(self._reply, session.cols, session.rows)
        self.term_screen.set_mode(pyte.modes.LNM)
        self.stream = pyte.ByteStream(self.term_screen)
        self.selection: tuple[int, int] | None = None  # first and last selected row
        self._drag_start: int | None = None
        self.finished = False
        self.timer = QTimer(self)
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._on_tick)
        self.timer.start()
        self.resize_timer = QTimer(self)
        self.resize_timer.setSingleShot(True)
        self.resize_timer.setInterval(self.RESIZE_DELAY_MS)
        self.resize_timer.timeout.connect(self._on_resize_settled)

    def start(self, on_error: Callable[[EnvDockError], None]) -> None:
        """Start the exec on a worker; keys typed meanwhile are sent once it runs."""
        self.jobs.call(
            self.tr("Open terminal"),
            self.session.start,
            lambda _r: self._on_started(),
            on_error,
            owner=self,
        )

    def _on_started(self) -> None:
        self.started = True
        self.update()

    def _reply(self, data: str) -> None:
        self.session.write(data.encode())

    # -- output -----------------------------------------------------------------------------
    def _on_tick(self) -> None:
        data = self.session.drain()
        if data:
            self.stream.feed(data)
            self.update()
        if self.session.ended.is_set() and not self.session.output:
            self.timer.stop()
            self.finished = True
            code = self.session.exit_code
            note = f"\r\n[process ended{'' if code is None else f' with code {code}'}]\r\n"
            self.stream.feed(note.encode())
            self.update()
            self.ended.emit(code)

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.term_screen.display)

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BG)
        base = self.font()
        ascent = self.fontMetrics().ascent()
        for y in range(self.term_screen.lines):
            row = self.term_screen.buffer[y]
            selected = self.selection is not None and self.selection[0] <= y <= self.selection[1]
            x = 0
            while x < self.term_screen.columns:
                char = row[x]
                run_end = x + 1
                while run_end < self.term_screen.columns and _same_style(row[run_end], char):
                    run_end += 1
                text = "".join(row[i].data for i in range(x, run_end))
                fg, bg = _color(char.fg, FG), _color(char.bg, BG)
                if char.reverse:
                    fg, bg = bg, fg
                if selected:
                    fg, bg = QColor("#ffffff"), QColor("#264f78")
                rect = QRect(
                    x * self.cell_w, y * self.cell_h, (run_end - x) * self.cell_w, self.cell_h
                )
                if bg != BG:
                    painter.fillRect(rect, bg)
                if text.strip():
                    font = QFont(base)
                    font.setBold(char.bold)
                    font.setUnderline(char.underscore)
                    painter.setFont(font)
                    painter.setPen(fg)
                    painter.drawText(rect.left(), rect.top() + ascent, text)
                x = run_end
        if not self.started and not self.finished:
            painter.setPen(FG)
            painter.drawText(self.cell_w, ascent, self.tr("Starting…"))
        elif not self.finished and not self.term_screen.cursor.hidden:
            c = self.term_screen.cursor
            cursor = QRect(c.x * self.cell_w, c.y * self.cell_h, self.cell_w, self.cell_h)
            painter.fillRect(cursor, QColor(212, 212, 212, 160 if self.hasFocus() else 60))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        cols = max(20, event.size().width() // self.cell_w)
        rows = max(5, event.size().height() // self.cell_h)
        if (rows, cols) != (self.term_screen.lines, self.term_screen.columns):
            self.term_screen.resize(rows, cols)
            self.session.request_size(rows, cols)
            self.resize_timer.start()  # restarts: one call once the size settles
        super().resizeEvent(event)

    def _on_resize_settled(self) -> None:
        if not self._shut:
            self.jobs.call(self.tr("Resize terminal"), self.session.sync_size, owner=self)

    # -- input ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        key = event.key()
        if ctrl and shift and key == Qt.Key.Key_C:
            self.copy()
            return
        if ctrl and shift and key == Qt.Key.Key_V:
            self.paste()
            return
        if key in KEYS:
            self.session.write(KEYS[Qt.Key(key)])
            return
        if ctrl and Qt.Key.Key_A <= key <= Qt.Key.Key_Z:
            self.session.write(bytes([key - Qt.Key.Key_A + 1]))  # Ctrl-C is \x03
            return
        text = event.text()
        if text:
            self.session.write(text.encode())
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.angleDelta().y() > 0:
            self.term_screen.prev_page()
        else:
            self.term_screen.next_page()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag_start = int(event.position().y()) // self.cell_h
        self.selection = (self._drag_start, self._drag_start)
        self.setFocus()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_start is not None:
            row = int(event.position().y()) // self.cell_h
            self.selection = (min(row, self._drag_start), max(row, self._drag_start))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_start = None

    def copy(self) -> str:
        lines = self.term_screen.display
        if self.selection is not None:
            lines = lines[self.selection[0] : self.selection[1] + 1]
        text = "\n".join(line.rstrip() for line in lines).strip("\n")
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self) -> None:
        self.session.write(QGuiApplication.clipboard().text().replace("\n", "\r").encode())

    def shutdown(self) -> None:
        """Stop drawing and end the exec'd process (on a worker: it is a round trip)."""
        if self._shut:
            return
        self._shut = True
        self.timer.stop()
        self.resize_timer.stop()
        self.jobs.call(self.tr("Close terminal"), self.session.close)


def _same_style(a: Any, b: Any) -> bool:
    return (a.fg, a.bg, a.bold, a.reverse, a.underscore) == (
        b.fg,
        b.bg,
        b.bold,
        b.reverse,
        b.underscore,
    )


class TerminalWindow(QWidget):
    """Terminals into one container, in tabs; a form to open another one. Every terminal
    runs on ``engine`` (default: the current one when the window opened) for the window's
    whole life; the title names that engine while several are known."""

    def __init__(
        self, context: AppContext, cid: str, name: str, engine: Engine | None = None
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.engine = engine if engine is not None else context.docker
        self.cid = cid
        self.name = name
        keep_title(self, context.engine, self.engine, self.tr("Terminal — {0}").format(name))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        form_row = QHBoxLayout()
        form = QFormLayout()
        self.command = QComboBox()
        self.command.setEditable(True)
        self.command.addItems(["/bin/sh", "/bin/bash", "/bin/ash"])
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("default user"))
        self.workdir = QLineEdit()
        self.workdir.setPlaceholderText(self.tr("default folder"))
        form.addRow(self.tr("Command"), self.command)
        form_row.addLayout(form, 1)
        form2 = QFormLayout()
        form2.addRow(self.tr("User"), self.user)
        form2.addRow(self.tr("Working folder"), self.workdir)
        form_row.addLayout(form2, 1)
        self.open_button = QPushButton(self.tr("Open terminal"))
        self.open_button.clicked.connect(self.open_terminal)
        form_row.addWidget(self.open_button)
        layout.addLayout(form_row)
        self.error = QLabel()
        self.error.setStyleSheet("color:#c0392b;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._on_tab_close)
        layout.addWidget(self.tabs, 1)
        # this engine's changes, whichever engine is current
        context.engine.engine_containers_changed.connect(self._on_containers_change)

    def open_terminal(self) -> TerminalWidget | None:
        """Open a tab at once; the exec starts on a worker (keys typed meanwhile are kept).
        None when the form is wrong; an engine refusal shows later and closes the tab."""
        client = self.engine.client
        if client is None:
            self.error.setText(self.tr("Not connected to a Docker engine."))
            return None
        try:
            command = shlex.split(self.command.currentText())
            session = ExecSession(
                client,
                self.cid,
                command,
                self.user.text().strip(),
                self.workdir.text().strip(),
                rows=30,
                cols=100,
            )
        except (EnvDockError, ValueError) as exc:
            self._show_error(exc)
            return None
        self.error.clear()
        term = TerminalWidget(session, self.context.jobs)
        index = self.tabs.addTab(term, " ".join(command))
        self.tabs.setCurrentIndex(index)
        # a bound method, not a lambda holding the widget: a connection that keeps its own
        # sender alive crashes when the tab is deleted
        term.ended.connect(self._on_ended)
        term.setFocus()
        term.start(partial(self._on_start_failed, term))
        return term

    def _show_error(self, exc: Exception) -> None:
        message = exc.message if isinstance(exc, EnvDockError) else str(exc)
        hint = exc.hint if isinstance(exc, EnvDockError) else ""
        self.error.setText(f"{message} {hint}".strip())

    def _on_start_failed(self, term: TerminalWidget, err: EnvDockError) -> None:
        self._show_error(err)
        index = self.tabs.indexOf(term)
        if index >= 0:
            self._on_tab_close(index)

    def _on_ended(self, _code: object) -> None:
        term = self.sender()
        index = self.tabs.indexOf(term) if isinstance(term, TerminalWidget) else -1
        if index >= 0:
            self.tabs.setTabText(index, self.tabs.tabText(index) + self.tr(" (ended)"))
        self._check_container()

    def _on_containers_change(self, engine: str, changes: list[ContainerChange]) -> None:
        if engine == self.engine.name and any(c.container.id == self.cid for c in changes):
            self._check_container()

    def _check_container(self) -> None:
        # the terminal's socket may close before the engine's "die" event arrives; this runs
        # again when that event comes
        current = self.engine.store.get(self.cid)
        if current is None or current.state != "running":
            self.error.setText(
                self.tr("The container is not running: start it, then open a terminal again.")
            )

    def _on_tab_close(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, TerminalWidget):
            widget.shutdown()
        self.tabs.removeTab(index)
        if widget is not None:
            widget.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if isinstance(widget, TerminalWidget):
                widget.shutdown()
        super().closeEvent(event)
