"""PyInstaller runtime hook: native modules shipped compressed, unpacked on first import.

py-rattler's extension module is 55 MB and only conda work needs it, so the bundle
carries it as ``rattler/rattler.abi3.so.xz`` (13 MB). The first ``import rattler``
unpacks it once into the user's cache (``$XDG_CACHE_HOME/envdock/native/<digest>/``,
written to a temporary name and renamed, so a crash never leaves half a library) and
loads it from there; later imports find it unpacked.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import lzma
import os
import sys
from pathlib import Path

LAZY = {"rattler.rattler": "rattler/rattler.abi3.so.xz"}


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "envdock" / "native"


def unpack(packed: Path) -> Path:
    """The unpacked library for ``packed``, unpacking it when not there yet."""
    stat = packed.stat()
    key = f"{packed.name}:{stat.st_size}:{stat.st_mtime_ns}"
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    target = _cache_root() / digest / packed.name[: -len(".xz")]
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f"{target.name}.{os.getpid()}.part")
    with lzma.open(packed) as src, open(part, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    os.chmod(part, 0o755)
    os.replace(part, target)
    return target


class LazyNativeFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        rel = LAZY.get(fullname)
        if rel is None:
            return None
        packed = Path(getattr(sys, "_MEIPASS", "")) / rel
        if not packed.is_file():
            return None
        location = str(unpack(packed))
        loader = importlib.machinery.ExtensionFileLoader(fullname, location)
        return importlib.util.spec_from_file_location(fullname, location, loader=loader)


if getattr(sys, "frozen", False):
    sys.meta_path.insert(0, LazyNativeFinder())
