"""A Dockerfile editor: instruction highlighting, warnings as you type, the failing
build step marked."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.docker.dockerfile import INSTRUCTIONS, Finding, parse

LINE_ROLE = Qt.ItemDataRole.UserRole + 1


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class DockerfileHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        words = "|".join(sorted(INSTRUCTIONS))
        self.rules = [
            (
                QRegularExpression(
                    rf"^\s*({words})\b", QRegularExpression.PatternOption.CaseInsensitiveOption
                ),
                _format("#1565c0", bold=True),
            ),
            (QRegularExpression(r"\b[Aa][Ss]\s+\S+"), _format("#6a1b9a", bold=True)),
            (QRegularExpression(r"--[a-z-]+(=\S*)?"), _format("#00796b")),
            (QRegularExpression(r"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?"), _format("#8e24aa")),
            (QRegularExpression(r'"[^"]*"|\'[^\']*\''), _format("#2e7d32")),
            (QRegularExpression(r"(&&|\|\||\\$)"), _format("#ef6c00", bold=True)),
        ]
        self.comment = _format("#8a8a8a", italic=True)

    def highlightBlock(self, text: str) -> None:
        if text.lstrip().startswith("#"):
            self.setFormat(0, len(text), self.comment)
            return
        for pattern, fmt in self.rules:
            it = pattern.globalMatch(text)
            while it.hasNext():
                m = it.next()
                self.setFormat(m.capturedStart(), m.capturedLength(), fmt)


class DockerfileEditor(QWidget):
    """The text, and below it what looks wrong (double-click a warning to go there)."""

    findings_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        self.text = QPlainTextEdit()
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # not translated: an example value
        self.text.setPlaceholderText("FROM python:3.12-slim\nWORKDIR /app\n…")
        self.highlighter = DockerfileHighlighter(self.text.document())
        split.addWidget(self.text)
        self.warnings = QListWidget()
        self.warnings.itemDoubleClicked.connect(self._go_to)
        split.addWidget(self.warnings)
        split.setSizes([360, 110])
        layout.addWidget(split)
        self.extra_findings: list[Finding] = []
        self.findings: list[Finding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.lint)
        self.text.textChanged.connect(self._timer.start)

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)
        self.text.document().setModified(False)
        self.lint()

    def plain_text(self) -> str:
        return self.text.toPlainText()

    @property
    def modified(self) -> bool:
        return self.text.document().isModified()

    def set_extra_findings(self, findings: list[Finding]) -> None:
        """Findings from outside the text (the build context's size)."""
        self.extra_findings = findings
        self.lint()

    def lint(self) -> list[Finding]:
        self._timer.stop()
        parsed = parse(self.plain_text()) if self.plain_text().strip() else None
        self.findings = [*self.extra_findings, *(parsed.findings if parsed else ())]
        self.warnings.clear()
        if not self.findings:
            item = QListWidgetItem(self.tr("No warnings."))
            item.setForeground(QColor("#2e7d32"))
            self.warnings.addItem(item)
        for f in self.findings:
            where = self.tr("line {0}").format(f.line) if f.line else self.tr("context")
            icon = "⛔" if f.severity == "error" else "⚠"
            item = QListWidgetItem(
                f"{icon} {where}: {f.message}" + (f" — {f.hint}" if f.hint else "")
            )
            item.setData(LINE_ROLE, f.line)
            item.setToolTip(f.hint)
            if f.severity == "error":
                item.setForeground(QColor("#c0392b"))
            self.warnings.addItem(item)
        self.findings_changed.emit(self.findings)
        return self.findings

    def _go_to(self, item: QListWidgetItem) -> None:
        line = item.data(LINE_ROLE)
        if isinstance(line, int) and line > 0:
            self.go_to_line(line)

    def go_to_line(self, line: int) -> None:
        block = self.text.document().findBlockByNumber(line - 1)
        cursor = QTextCursor(block)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.text.setFocus()

    def mark_line(self, line: int) -> None:
        """Mark ``line`` (a failed step) in red; 0 clears the mark."""
        if line <= 0:
            self.text.setExtraSelections([])
            return
        sel = QTextEdit.ExtraSelection()
        sel.format.setBackground(QColor(192, 57, 43, 60))
        sel.format.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
        sel.cursor = QTextCursor(self.text.document().findBlockByNumber(line - 1))
        self.text.setExtraSelections([sel])
        self.go_to_line(line)

    def shutdown(self) -> None:
        self._timer.stop()


def stage_names(text: str) -> list[str]:
    return parse(text).targets if text.strip() else []
