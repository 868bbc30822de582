"""ANSI SGR colours (the 16 standard ones, bold) parsed into segments for painting."""

from __future__ import annotations

import re

_SGR = re.compile(r"\x1b\[([0-9;]*)m")
_OTHER = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-ln-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")
PALETTE = ("#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5")
BRIGHT = ("#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff")

Segment = tuple[str, str | None, bool]  # text, colour or None, bold


def segments(text: str) -> list[Segment]:
    text = _OTHER.sub("", text)
    out: list[Segment] = []
    color: str | None = None
    bold = False
    pos = 0
    for m in _SGR.finditer(text):
        if m.start() > pos:
            out.append((text[pos : m.start()], color, bold))
        for code in (m.group(1) or "0").split(";"):
            n = int(code) if code.isdigit() else 0
            if n == 0:
                color, bold = None, False
            elif n == 1:
                bold = True
            elif n == 22:
                bold = False
            elif 30 <= n <= 37:
                color = PALETTE[n - 30]
            elif 90 <= n <= 97:
                color = BRIGHT[n - 90]
            elif n == 39:
                color = None
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], color, bold))
    return out


def plain(text: str) -> str:
    return _OTHER.sub("", _SGR.sub("", text))


def strip_ansi(text: str) -> str:
    """The text without any escape sequence (for plain-text views)."""
    return _SGR.sub("", _OTHER.sub("", text))
