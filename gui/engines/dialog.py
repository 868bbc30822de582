"""The engines window: every engine EnvDock knows — this machine's and every Docker context —
with its kind, endpoint, state and a warning badge when its connection is not protected; add
one (saved as a Docker context), remove, rename, use it, make it the docker CLI's current
context, connect or retry.

Every file write runs in a worker; the registry's watcher sees the contexts folder change
and the list follows ``engines_changed``, row by row."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.docker import contexts
from core.docker.connection import EngineState, EngineStatus
from core.docker.contexts import DEFAULT, EngineSpec
from core.docker.engine import Engine
from core.errors import EnvDockError, ValidationError
from gui.context import AppContext
from gui.engine_switch import state_color
from gui.engines.add_dialog import AddEngineDialog
from gui.engines.delegate import EngineRowDelegate
from gui.engines.form import say
from gui.engines.model import (
    IDLE_COLOR,
    NAME,
    PLAIN_COLOR,
    SECURITY,
    EngineRow,
    make_model,
    security_tooltip,
)
from gui.widgets.dialogs import confirm
from gui.widgets.tables import make_proxy, make_table
from gui.workers import OnResult

ERROR_STYLE = "color:#c0392b;"


def engine_row(engine: Engine, current: str, cli_current: str) -> EngineRow:
    """The row of ``engine`` now (read on the GUI thread: no engine round trip)."""
    spec = engine.spec
    status = engine.status
    kind = spec.kind if spec is not None else "local"
    endpoint = spec.host if spec is not None and spec.host else status.endpoint
    unverified = status.tls_unverified or (spec is not None and spec.endpoint.tls_unverified)
    if spec is not None and spec.problem:
        state, message, hint, color = "problem", spec.problem, "", PLAIN_COLOR
    elif not engine.running:
        state, message, hint, color = "idle", "", "", IDLE_COLOR
    else:
        state, message, hint = status.state.value, status.message, status.hint
        color = state_color(status)
    return EngineRow(
        name=engine.name,
        kind=kind,
        endpoint=endpoint,
        source=spec.source if spec is not None else "default",
        state=state,
        message=message,
        hint=hint,
        version=status.version if state == EngineState.CONNECTED.value else "",
        color=color,
        tls_unverified=unverified,
        current=engine.name == current,
        cli_current=engine.name == cli_current,
    )


class EnginesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cli_current = ""  # the docker CLI's current context, once read (a worker)
        self.add_window: AddEngineDialog | None = None  # the last one opened
        self._select_when_listed = ""  # an engine just added or renamed
        self._use_when_listed = ""  # the current engine, renamed
        self.setWindowTitle(self.tr("Engines"))
        self.resize(1000, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every engine EnvDock knows: this machine's and every Docker context. Engines "
                "added here are saved as Docker contexts, so docker --context NAME works with "
                "them too; contexts made with the docker CLI appear here by themselves."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = make_model(self)
        self.proxy = make_proxy(self.model, self)
        widths = (100, 90, 80, 190, 115, 140, 110)
        by_name = (NAME, Qt.SortOrder.AscendingOrder)  # the default engine first
        self.view = make_table(self.proxy, False, widths, SECURITY, by_name)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(EngineRowDelegate(self.view))
        layout.addWidget(self.view, 1)
        self.detail = QLabel()  # the selected engine's state in words, and what to do
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)

        row = QHBoxLayout()
        self.add_button = self._button(row, self.tr("Add…"), self.add_dialog)
        self.remove_button = self._button(row, self.tr("Remove…"), self.remove_selected)
        self.rename_button = self._button(row, self.tr("Rename…"), self.rename_selected)
        row.addSpacing(12)
        self.use_button = self._button(row, self.tr("Use"), self.use_selected)
        self.use_button.setToolTip(self.tr("Make it the engine EnvDock's panels act on"))
        self.cli_button = self._button(
            row, self.tr("Make the docker CLI's current context"), self.make_cli_current
        )
        self.cli_button.setToolTip(
            self.tr("As docker context use NAME: the docker command uses it from then on")
        )
        self.connect_button = self._button(row, self.tr("Connect"), self.connect_selected)
        row.addStretch(1)
        self._button(row, self.tr("Close"), self.close)
        layout.addLayout(row)

        bridge = context.engine
        bridge.engines_changed.connect(self._on_engines_change)
        bridge.engine_status_changed.connect(self._on_engine_status_change)
        bridge.current_changed.connect(lambda _e: self.refresh())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.doubleClicked.connect(lambda _i: self.use_selected())
        self.refresh()
        self._select(self.context.docker.name)
        self._read_cli_current()

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- the list ------------------------------------------------------------------------------
    def engine(self, name: str) -> Engine | None:
        return next((e for e in self.context.engine.engines() if e.name == name), None)

    def row(self, name: str) -> EngineRow | None:
        """The row shown for ``name`` (None when it is not listed)."""
        index = self.model.row_of(name)
        return None if index is None else self.model.item(index)

    def refresh(self) -> None:
        """Every engine's row as it is now: changed rows updated, gone ones removed."""
        current = self.context.docker.name
        engines = self.context.engine.engines()
        self.model.replace([engine_row(e, current, self.cli_current) for e in engines])
        self._update_actions()

    def _refresh_one(self, name: str) -> None:
        engine = self.engine(name)
        if engine is not None:
            row = engine_row(engine, self.context.docker.name, self.cli_current)
            self.model.upsert_many([row])
        self._update_actions()

    def _on_engines_change(self, engines: list[Engine]) -> None:
        self.refresh()
        names = {e.name for e in engines}
        if self._use_when_listed in names:
            name, self._use_when_listed = self._use_when_listed, ""
            self._use(name)
        if self._select_when_listed in names:
            name, self._select_when_listed = self._select_when_listed, ""
            self._select(name)

    def _on_engine_status_change(self, name: str, _status: EngineStatus) -> None:
        self._refresh_one(name)

    def selected(self) -> EngineRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.row(str(self.proxy.data(rows[0].siblingAtColumn(NAME))))

    def _select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def select(self, name: str) -> None:
        """Select the engine ``name`` (when listed)."""
        self._select(name)

    def _update_actions(self) -> None:
        row = self.selected()
        has = row is not None
        named = has and row is not None and row.name != DEFAULT
        usable = row is not None and row.usable
        self.remove_button.setEnabled(named)
        self.rename_button.setEnabled(named)
        self.use_button.setEnabled(usable and row is not None and not row.current)
        self.cli_button.setEnabled(usable and row is not None and not row.cli_current)
        retry = row is not None and row.state not in ("idle", EngineState.CONNECTED.value)
        self.connect_button.setText(self.tr("Retry now") if retry else self.tr("Connect"))
        self.connect_button.setEnabled(usable and row is not None and not row.connected)
        self.detail.setText(self._detail(row) if row is not None else "")

    def _detail(self, row: EngineRow) -> str:
        lines = [f"{row.name}: {row.endpoint}"]
        if row.state == "idle":
            lines.append(self.tr("Not connected yet: it connects when you use it."))
        elif row.message:
            lines.append(row.message)
        if row.hint:
            lines.append(row.hint)
        badge = security_tooltip(row)
        if badge and (row.tls_unverified or row.plain_tcp):
            lines.append("⚠ " + badge)
        return "\n".join(lines)

    # -- actions -------------------------------------------------------------------------------
    def add_dialog(self) -> AddEngineDialog:
        """The add dialog; once it saved, the new engine is selected when it is listed."""
        dialog = AddEngineDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_added)
        self.add_window = dialog
        dialog.open()
        return dialog

    def _on_added(self, spec: EngineSpec) -> None:
        self.error.clear()
        if self.row(spec.name) is not None:
            self._select(spec.name)
        else:
            self._select_when_listed = spec.name

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.name == DEFAULT:
            self.error.setText(
                self.tr('"default" is the engine without a context: it cannot be removed.')
            )
            return
        if not confirm(
            self,
            self.tr("Remove engine"),
            self.tr("Remove the engine {0}?").format(row.name),
            self.tr("Remove"),
            details=self.tr(
                "Its Docker context is removed too: docker --context {0} stops working. The "
                "engine itself, its containers and images are not touched."
            ).format(row.name),
        ):
            return
        name, registry = row.name, self.context.engine.registry
        self._write(
            self.tr("Remove engine {0}").format(name),
            lambda: contexts.remove_context(name, registry.env, registry.home),
        )

    def rename_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.name == DEFAULT:
            self.error.setText(
                self.tr('"default" is the engine without a context: it cannot be renamed.')
            )
            return
        new, ok = QInputDialog.getText(
            self,
            self.tr("Rename engine"),
            self.tr("New name for {0} (its Docker context is renamed too):").format(row.name),
            QLineEdit.EchoMode.Normal,
            row.name,
        )
        new = new.strip()
        if not ok or not new or new == row.name:
            return
        try:
            contexts.validate_name(new)
            if self.row(new) is not None:
                raise ValidationError(
                    self.tr("An engine named {0!r} exists already").format(new),
                    self.tr("Choose another name."),
                )
        except EnvDockError as err:
            self.error.setText(say(err.message, err.hint))
            return
        old = row.name
        if row.current:
            self._use_when_listed = new
        self._select_when_listed = new
        registry = self.context.engine.registry
        self._write(
            self.tr("Rename engine {0}").format(old),
            lambda: contexts.rename_context(old, new, registry.env, registry.home),
        )

    def use_selected(self) -> None:
        row = self.selected()
        if row is not None and row.usable and not row.current:
            self._use(row.name)

    def _use(self, name: str) -> None:
        try:
            self.context.engine.use(name)
        except EnvDockError as err:
            self.error.setText(say(err.message, err.hint))
            return
        self.error.clear()
        self.refresh()

    def make_cli_current(self) -> None:
        """``docker context use NAME``, on this explicit click only."""
        row = self.selected()
        if row is None or not row.usable:
            return
        name, registry = row.name, self.context.engine.registry
        self._write(
            self.tr("Make {0} the docker CLI's current context").format(name),
            lambda: _use_and_read(name, registry.env, registry.home),
            self._on_cli_current,
        )

    def connect_selected(self) -> None:
        row = self.selected()
        engine = self.engine(row.name) if row is not None else None
        if engine is None:
            return
        if engine.running:
            engine.retry_now()
        else:
            engine.start()  # a thread of its own: nothing waits here
        self._refresh_one(engine.name)

    # -- the workers ---------------------------------------------------------------------------
    def _write(
        self, title: str, work: Callable[[], object], on_result: OnResult | None = None
    ) -> None:
        """Write in a worker; the watcher then sees the change (errors shown here)."""
        self.error.clear()
        self.context.jobs.call(title, work, on_result, self._on_failed, self)

    def _on_failed(self, err: EnvDockError) -> None:
        self._select_when_listed = self._use_when_listed = ""
        self.error.setText(say(err.message, err.hint))

    def _read_cli_current(self) -> None:
        registry = self.context.engine.registry
        self.context.jobs.call(
            self.tr("Read the docker CLI's current context"),
            lambda: _cli_current(registry.env, registry.home),
            self._on_cli_current,
            None,
            self,
        )

    def _on_cli_current(self, name: object) -> None:
        self.cli_current = str(name)
        self.refresh()


def _cli_current(env: Mapping[str, str], home: Path) -> str:
    """The context `docker context use` set (what DOCKER_HOST/DOCKER_CONTEXT would override
    for one process is not the CLI's choice)."""
    plain = {k: v for k, v in env.items() if k not in ("DOCKER_HOST", "DOCKER_CONTEXT")}
    return contexts.current_name(plain, home)


def _use_and_read(name: str, env: Mapping[str, str], home: Path) -> str:
    contexts.use_context(name, env, home)
    return _cli_current(env, home)
