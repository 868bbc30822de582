"""What the parts of the Containers panel share: its models and views, the open windows, and
the few calls one part makes on another.

``ContainersPanel`` (``panel.py``: the table and the project tree, the selection, the filter
and counts, the details and the live figures) is built from three parts, each a subclass of
``ContainersBase``: the actions on containers (``actions.py``), the log and terminal windows
(``windows.py``) and the engines shown (``engines.py``). Their strings keep the translation
context "ContainersPanel" they had when all of this was one class, through ``translate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolBar,
    QTreeView,
    QWidget,
)

from core.docker.containers import Container
from core.docker.engine import Engine
from gui.containers.compose_tree import ComposeTreeModel
from gui.containers.details import ContainerDetails
from gui.containers.model import ContainersModel
from gui.panel import Panel
from gui.widgets.engine_banner import EngineBanner

if TYPE_CHECKING:
    from gui.containers.log_view import LogWindow
    from gui.containers.run_dialog import RunDialog
    from gui.containers.terminal import TerminalWindow

translate = QCoreApplication.translate


class ContainersBase(Panel):
    """State and hooks of ``ContainersPanel``, declared once for its parts. The panel sets
    the state up in its ``__init__``; the panel and its parts implement the hooks."""

    model: ContainersModel  # the shown containers, one row each
    proxy: QSortFilterProxyModel
    tree_model: ComposeTreeModel  # the same containers under their compose projects
    tree_proxy: QSortFilterProxyModel
    view: QTableView
    tree_view: QTreeView
    stack: QStackedWidget  # the table, the tree or the empty label
    empty_label: QLabel
    details: ContainerDetails
    banner: EngineBanner
    toolbar: QToolBar
    filter_edit: QLineEdit
    count_label: QLabel
    group_box: QCheckBox  # the project tree instead of the table
    all_engines_box: QCheckBox
    stats_timer: QTimer  # pulls live figures while the panel shows
    _counts_timer: QTimer  # counts once the changes settled
    log_windows: dict[str, QWidget]  # logs by id, terminals by "term:" + id
    run_window: RunDialog | None  # the last run dialog opened

    def active_view(self) -> QAbstractItemView:
        """The table or the project tree, whichever shows (the panel)."""
        raise NotImplementedError

    def selected(self) -> list[Container]:
        """The selected containers (the panel)."""
        raise NotImplementedError

    def _load_details(self, cid: str, engine: Engine | None = None) -> None:
        """Show one container's details, inspected on ``engine`` (the panel)."""
        raise NotImplementedError

    def _update_actions(self) -> None:
        """Enable what applies to the selection (the actions)."""
        raise NotImplementedError

    def engine_of(self, container: Container) -> Engine:
        """The engine a container runs on (the engines)."""
        raise NotImplementedError

    def open_logs(self, container: Container | None = None) -> LogWindow | None:
        """The selected container's (or ``container``'s) log window (the windows)."""
        raise NotImplementedError

    def open_terminal(self, container: Container | None = None) -> TerminalWindow | None:
        """A terminal inside the selected container (or ``container``) (the windows)."""
        raise NotImplementedError

    def open_my_terminal(self) -> list[str] | None:
        """The selected container's shell in the user's terminal emulator (the windows)."""
        raise NotImplementedError

    # texts with a count: lupdate reads a plural only from a tr() in the class of the context
    def _containers_text(self, count: int) -> str:
        """ "%n container(s)" (the panel)."""
        raise NotImplementedError

    def _remove_question(self, count: int) -> str:
        """ "Remove %n container(s)?" (the panel)."""
        raise NotImplementedError

    def _running_note(self, count: int) -> str:
        """ "%n of them are running and will be stopped (force)." (the panel)."""
        raise NotImplementedError
