"""A folder nobody may write in, root included: a read-only bind mount of itself when we
are root (root ignores permission bits), else permission bits 555."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """``folder`` (which exists) made read-only for the block, then writable again."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    bind = subprocess.run(
        ["mount", "--bind", str(folder), str(folder)], capture_output=True, text=True, check=False
    )
    if bind.returncode != 0:
        pytest.skip(f"cannot make a read-only folder here: {bind.stderr.strip()}")
    try:
        remount = subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(folder)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if remount.returncode != 0:
            pytest.skip(f"cannot make a read-only folder here: {remount.stderr.strip()}")
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, check=False)
