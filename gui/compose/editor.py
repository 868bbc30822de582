"""The compose editor: a project's compose files and ``.env`` with YAML colouring, checked by
the user's own compose (``compose config``, in a worker) as typing pauses, problems placed
on their lines, the resolved configuration in a tab of its own, secret-looking ``.env``
values masked until shown, and saves that are atomic and keep a ``.bak``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.compose.config import ComposeConfigError, ComposeModel, ConfigProblem, resolve
from core.compose.dotenv_mask import masked_dotenv, masked_yaml
from core.compose.files import save_atomic
from core.compose.projects import ProjectRef, normalize_name
from core.compose.tool import env_for, find_tool
from core.docker.engine import Engine
from core.errors import EnvDockError
from gui.compose.highlighter import YamlHighlighter
from gui.workers import JobRunner

if TYPE_CHECKING:
    from gui.context import AppContext

VALIDATE_AFTER_MS = 600  # a pause in typing this long checks the files
# what checks the files: (texts of the changed files by path) → the resolved model
Validator = Callable[[Mapping[Path, str]], ComposeModel]


@dataclass(slots=True)
class _File:
    path: Path
    editor: QPlainTextEdit
    saved_text: str
    dotenv: bool = False
    loaded: bool = False


def _mono() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(max(font.pointSize(), 10))
    return font


def read_texts(paths: list[Path]) -> dict[Path, str]:
    """The files' texts ("" for one not written yet) — run in a worker."""
    texts: dict[Path, str] = {}
    for path in paths:
        try:
            texts[path] = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            texts[path] = ""
        except (OSError, UnicodeDecodeError) as exc:
            raise EnvDockError(
                QCoreApplication.translate("ComposeEditor", "Cannot read {0}").format(path),
                str(exc),
            ) from exc
    return texts


class ComposeEditor(QWidget):
    """One project's files. ``validate`` runs compose (off the GUI thread); ``ref`` says
    which files: its compose files, then its ``.env`` (the ``--env-file`` or the folder's)."""

    def __init__(
        self,
        jobs: JobRunner,
        ref: ProjectRef,
        validate: Validator,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ComposeEditor")
        self.jobs = jobs
        self.ref = ref
        self._validate = validate
        self._check_number = 0
        self.problems: list[ConfigProblem] = []
        self.model: ComposeModel | None = None
        self.setWindowTitle(self.tr("Compose files — {0}").format(ref.name))
        self.resize(1000, 720)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.tabs = QTabWidget()
        self.files: list[_File] = []
        for path in ref.files:
            self.files.append(self._add_file(path, dotenv=False))
        self.env_file = self._add_file(ref.env_file or ref.workdir / ".env", dotenv=True)
        self.files.append(self.env_file)
        self._filling = False  # the .env editor is being filled by us, not typed in
        self.env_file.editor.textChanged.connect(self._on_env_changed)
        self.resolved = QPlainTextEdit()
        self.resolved.setReadOnly(True)
        self.resolved.setFont(_mono())
        YamlHighlighter(self.resolved.document())
        self.tabs.addTab(self.resolved, self.tr("Resolved"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1,
            self.tr("The configuration compose will run: files merged, variables filled in"),
        )

        self.problem_list = QListWidget()
        self.problem_list.itemActivated.connect(self._jump_to_problem)
        self.problem_list.itemClicked.connect(self._jump_to_problem)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(self.problem_list)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

        bar = QHBoxLayout()
        self.show_secrets = QCheckBox(self.tr("Show secret values"))
        self.show_secrets.setToolTip(
            self.tr(
                "Secret-looking values in .env (read-only until shown) and in the resolved "
                "configuration are masked until shown"
            )
        )
        self.show_secrets.toggled.connect(self._on_show_secrets)
        bar.addWidget(self.show_secrets)
        self.status = QLabel()
        bar.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_AFTER_MS)
        self._timer.timeout.connect(self.check)
        self._env_text = ""  # the .env as it is (its editor may show it masked)
        self._close_after_save = False
        self.status.setText(self.tr("Reading the files…"))
        paths = [f.path for f in self.files]  # read here: the worker gets a plain list
        self.jobs.call(
            self.tr("Read compose files"),
            lambda: read_texts(paths),
            self._on_read,
            self._on_read_error,
            owner=self,
        )

    # -- files -----------------------------------------------------------------------------
    def _add_file(self, path: Path, dotenv: bool) -> _File:
        editor = QPlainTextEdit()
        editor.setFont(_mono())
        editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        editor.setReadOnly(True)  # until read
        YamlHighlighter(editor.document(), dotenv=dotenv)
        self.tabs.addTab(editor, path.name)
        self.tabs.setTabToolTip(self.tabs.count() - 1, str(path))
        return _File(path, editor, "", dotenv)

    def _on_read(self, texts: dict[Path, str]) -> None:
        for f in self.files:
            text = texts.get(f.path, "")
            f.saved_text = text
            f.loaded = True
            if f.dotenv:
                self._env_text = text
                self._show_env()
            else:
                f.editor.setPlainText(text)
                f.editor.setReadOnly(False)
                f.editor.textChanged.connect(self._on_changed)
        self.status.setText("")
        self.check()

    def _on_read_error(self, err: EnvDockError) -> None:
        self.status.setText(err.message)
        self.save_button.setEnabled(False)

    def _show_env(self) -> None:
        """The .env editor: the real text when shown (editable), else masked (read-only)."""
        editor = self.env_file.editor
        shown = self.show_secrets.isChecked()
        self._filling = True
        editor.setPlainText(self._env_text if shown else masked_dotenv(self._env_text))
        self._filling = False
        editor.setReadOnly(not shown)

    def _on_show_secrets(self, _on: bool) -> None:
        if self.env_file.loaded:
            self._show_env()
        self._show_resolved()

    def _show_resolved(self) -> None:
        """The resolved configuration: its secret-looking values masked unless shown."""
        if self.model is None:
            return
        text = self.model.text if self.show_secrets.isChecked() else masked_yaml(self.model.text)
        scroll = self.resolved.verticalScrollBar().value()
        self.resolved.setPlainText(text)
        self.resolved.verticalScrollBar().setValue(scroll)

    def _on_env_changed(self) -> None:
        if self._filling or not self.show_secrets.isChecked():
            return  # our own filling, or the masked view (read-only)
        self._env_text = self.env_file.editor.toPlainText()
        self._on_changed()

    def text_of(self, f: _File) -> str:
        return self._env_text if f.dotenv else f.editor.toPlainText()

    def modified(self) -> list[_File]:
        return [f for f in self.files if f.loaded and self.text_of(f) != f.saved_text]

    def set_text(self, path: Path, text: str) -> None:
        """Replace a file's text as if typed (tests, and "insert" actions)."""
        for f in self.files:
            if f.path == path:
                if f.dotenv:
                    self._env_text = text
                    self._show_env()
                    self._on_changed()
                else:
                    f.editor.setPlainText(text)
                return
        raise KeyError(path)

    # -- checking --------------------------------------------------------------------------
    def _on_changed(self) -> None:
        self._timer.start()
        names = ", ".join(f.path.name for f in self.modified())
        self.status.setText(self.tr("Changed: {0}").format(names) if names else "")

    def check(self) -> None:
        """Ask compose about the texts as they are now (the newest request wins)."""
        self._timer.stop()
        self._check_number += 1
        number = self._check_number
        texts = {f.path: self.text_of(f) for f in self.modified()}

        def done(model: ComposeModel) -> None:
            if number == self._check_number:
                self._on_checked(model)

        def failed(err: EnvDockError) -> None:
            if number == self._check_number:
                self._on_check_failed(err)

        self.jobs.call(
            self.tr("Check compose files"), lambda: self._validate(texts), done, failed, owner=self
        )

    def _on_checked(self, model: ComposeModel) -> None:
        self.model = model
        self._show_problems(list(model.warnings))
        self._show_resolved()
        self.tabs.setTabText(self.tabs.indexOf(self.resolved), self.tr("Resolved"))

    def _on_check_failed(self, err: EnvDockError) -> None:
        if isinstance(err, ComposeConfigError) and err.problems:
            self._show_problems(list(err.problems))
        else:
            self._show_problems([ConfigProblem(err.message, None, None, None)])
        self.tabs.setTabText(self.tabs.indexOf(self.resolved), self.tr("Resolved (stale)"))

    def _show_problems(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        self.problem_list.clear()
        for f in self.files:
            f.editor.setExtraSelections([])
        marks: dict[int, list[QTextEdit.ExtraSelection]] = {}
        for problem in problems:
            where = ""
            if problem.file is not None:
                where = problem.file.name
                if problem.line is not None:
                    where += f":{problem.line}"
                where += ": "
            warning = problem.severity == "warning"
            item = QListWidgetItem(f"{'ℹ' if warning else '⚠'} {where}{problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setForeground(QColor("#8a6d00" if warning else "#b00020"))
            self.problem_list.addItem(item)
            target = self._file_for(problem)
            if target is not None and problem.line is not None:
                marks.setdefault(id(target), []).append(self._mark(target, problem.line, warning))
        for f in self.files:
            if id(f) in marks:
                f.editor.setExtraSelections(marks[id(f)])
        self.problem_list.setVisible(bool(problems))
        errors = sum(1 for p in problems if p.severity != "warning")
        if errors:
            self.status.setText(self.tr("%n problem(s)", "", errors))
        elif not self.modified():
            self.status.setText(self.tr("The files are valid") if self.model else "")

    def _file_for(self, problem: ConfigProblem) -> _File | None:
        if problem.file is None:
            return self.files[0] if self.files and problem.line is not None else None
        for f in self.files:
            if f.path == problem.file or f.path.name == problem.file.name:
                return f
        return None

    @staticmethod
    def _mark(f: _File, line: int, warning: bool) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor("#fff3c4" if warning else "#ffd6d6"))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        block = f.editor.document().findBlockByNumber(max(0, line - 1))
        selection.cursor = QTextCursor(block)
        return selection

    def _jump_to_problem(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(problem, ConfigProblem):
            return
        f = self._file_for(problem)
        if f is None:
            return
        self.tabs.setCurrentWidget(f.editor)
        if problem.line is not None:
            block = f.editor.document().findBlockByNumber(max(0, problem.line - 1))
            cursor = QTextCursor(block)
            if problem.column:
                cursor.movePosition(QTextCursor.MoveOperation.Right, n=max(0, problem.column - 1))
            f.editor.setTextCursor(cursor)
            f.editor.centerCursor()
        f.editor.setFocus()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Write the changed files (each atomically, the previous one kept as ``.bak``)."""
        changed = [(f.path, self.text_of(f), f.dotenv) for f in self.modified()]
        if not changed:
            self.status.setText(self.tr("Nothing to save"))
            return
        self.save_button.setEnabled(False)

        def work() -> list[tuple[Path, str, Path | None]]:
            out = []
            for path, text, dotenv in changed:
                bak = save_atomic(path, text, mode=0o600 if dotenv else None)
                out.append((path, text, bak))
            return out

        self.jobs.call(self.tr("Save compose files"), work, self._on_saved, self._on_save_error,
                       owner=self)  # fmt: skip

    def _on_saved(self, saved: list[tuple[Path, str, Path | None]]) -> None:
        self.save_button.setEnabled(True)
        if self._close_after_save:
            self._close_after_save = False
            QTimer.singleShot(0, self.close)
        for path, text, _bak in saved:
            for f in self.files:
                if f.path == path:
                    f.saved_text = text
        baks = [bak.name for _p, _t, bak in saved if bak is not None]
        names = ", ".join(p.name for p, _t, _b in saved)
        if baks:
            self.status.setText(
                self.tr("Saved {0} (previous kept as {1})").format(names, ", ".join(baks))
            )
        else:
            self.status.setText(self.tr("Saved {0}").format(names))

    def _on_save_error(self, err: EnvDockError) -> None:
        self.save_button.setEnabled(True)
        self._close_after_save = False
        self.status.setText(self.tr("Not saved: {0}").format(err.message))
        QMessageBox.warning(self, self.tr("Not saved"), f"{err.message}\n\n{err.hint}".strip())

    def closeEvent(self, event: QCloseEvent) -> None:
        changed = self.modified()
        if changed:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to {0}?").format(", ".join(f.path.name for f in changed)),
                parent=self,
            )
            save = box.addButton(QMessageBox.StandardButton.Save)
            discard = box.addButton(QMessageBox.StandardButton.Discard)
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(cancel)
            box.setEscapeButton(cancel)
            box.exec()
            clicked = box.clickedButton()
            if clicked is save:  # closes once saved (stays open if saving fails)
                self._close_after_save = True
                self.save()
                event.ignore()
                return
            if clicked is not discard:
                event.ignore()
                return
        self._timer.stop()
        super().closeEvent(event)


def validator(ref: ProjectRef, engine: Engine) -> Validator:
    """Checks of ``ref``'s files by the user's compose against ``engine`` (run in a
    worker: it finds compose once and reads the engine's context)."""

    def validate(texts: Mapping[Path, str]) -> ComposeModel:
        return resolve(find_tool(), ref, texts=texts, env=env_for(engine))

    return validate


def edit_compose_file(context: AppContext, path: Path, parent: QWidget | None) -> QWidget:
    """The editor on the compose file ``path`` (its folder's ``.env`` too), checked against
    the engine acted on now; shown at once, the files read in a worker."""
    # no I/O here: the editor reads the files (and compose checks them) in workers
    ref = ProjectRef(normalize_name(path.parent.name) or "project", (path,), path.parent)
    editor = ComposeEditor(context.jobs, ref, validator(ref, context.docker), parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor
