"""YAML (and ``.env``) colouring for the compose editor: keys, strings, numbers and
booleans, comments, ``${VARIABLES}``, anchors and list dashes. Line by line (YAML's block
scalars are coloured as plain text): fast on files of any size compose handles."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


# (pattern, format, group): later rules paint over earlier ones
_YAML_RULES: tuple[tuple[re.Pattern[str], QTextCharFormat, int], ...] = (
    (re.compile(r"^\s*(-)\s"), _format("#b35c00", bold=True), 1),
    (re.compile(r"^\s*(?:-\s+)?([^\s#:'\"][^#:]*?|\"[^\"]*\"|'[^']*')\s*:(?=\s|$)"),
     _format("#1f5fa8", bold=True), 1),
    (re.compile(r":\s+(-?\d+(?:\.\d+)?)\s*(?:#.*)?$"), _format("#8a2be2"), 1),
    (re.compile(r"(?::|-)\s+(true|false|yes|no|null|~)\s*(?:#.*)?$", re.IGNORECASE),
     _format("#8a2be2", bold=True), 1),
    (re.compile(r"(\"(?:[^\"\\]|\\.)*\"|'[^']*')"), _format("#2e7d32"), 1),
    (re.compile(r"([&*][A-Za-z0-9_-]+|<<)"), _format("#b35c00", italic=True), 1),
    (re.compile(r"(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)"), _format("#c2185b", bold=True), 1),
    (re.compile(r"(?:^|\s)(#.*)$"), _format("#808080", italic=True), 1),
)  # fmt: skip

_ENV_RULES: tuple[tuple[re.Pattern[str], QTextCharFormat, int], ...] = (
    (re.compile(r"^\s*(?:export\s+)?([A-Za-z_]\w*)\s*="), _format("#1f5fa8", bold=True), 1),
    (re.compile(r"(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)"), _format("#c2185b", bold=True), 1),
    (re.compile(r"^\s*(#.*)$"), _format("#808080", italic=True), 1),
)  # fmt: skip


class YamlHighlighter(QSyntaxHighlighter):
    """Colours a compose file (``dotenv=False``) or a ``.env`` file (``dotenv=True``)."""

    def __init__(self, document: QTextDocument, dotenv: bool = False) -> None:
        super().__init__(document)
        self._rules = _ENV_RULES if dotenv else _YAML_RULES

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt, group in self._rules:
            for match in pattern.finditer(text):
                start, end = match.span(group)
                if end > start:
                    self.setFormat(start, end - start, fmt)
