"""Shared printing for command-line handlers: JSON out, errors with hints to stderr."""

from __future__ import annotations

import json
import sys
from typing import Any

from core.errors import EnvDockError


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def print_error(err: EnvDockError) -> int:
    """Print ``err`` (message, then hint) to stderr and return the exit code 1."""
    sys.stderr.write(f"envdock: {err.message}\n")
    if err.hint:
        sys.stderr.write(f"hint: {err.hint}\n")
    return 1


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    for row in [headers, *rows]:
        print("   ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
