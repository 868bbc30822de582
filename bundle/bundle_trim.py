"""Trimming for the PyInstaller bundle (used by ``build.spec``).

Two steps after PyInstaller has collected its binaries:

* ``prune`` drops shared libraries nothing kept loads: PyInstaller collects the
  dependencies of every Qt plugin before the spec filters plugins out, so the GTK
  theme plugin alone leaves GTK, cairo, pango and friends behind otherwise.
* ``strip`` copies each kept ELF file, strips its symbols, and points the bundle
  at the copy. Libraries under a ``*.libs`` folder are left alone: auditwheel
  rewrote their headers and ``strip`` breaks them (numpy's OpenBLAS then fails
  with "ELF load command address/offset not page-aligned").
"""

from __future__ import annotations

import hashlib
import lzma
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

Entry = tuple[str, str, str]  # (destination in the bundle, source path, typecode)


def needed(path: str) -> list[str]:
    """The DT_NEEDED names of an ELF file (empty when it is not one)."""
    try:
        out = subprocess.run(
            ["readelf", "-d", "-W", path], capture_output=True, text=True, check=False
        ).stdout
    except FileNotFoundError:  # no binutils: keep everything
        return []
    names = []
    for line in out.splitlines():
        if "(NEEDED)" in line and "[" in line:
            names.append(line.rsplit("[", 1)[1].rstrip("]"))
    return names


def is_root(dest: str, typecode: str) -> bool:
    """Loaded by Python or by Qt at run time, not only as another file's dependency."""
    parts = Path(dest).parts
    return typecode == "EXTENSION" or "plugins" in parts or Path(dest).name.startswith("libpython")


def prune(binaries: Iterable[Entry]) -> tuple[list[Entry], list[str]]:
    """Keep the roots and every library reachable from them through DT_NEEDED."""
    entries = list(binaries)
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(Path(entry[0]).name, []).append(entry)
    reached: set[str] = set()
    todo = [e for e in entries if is_root(e[0], e[2])]
    while todo:
        entry = todo.pop()
        if entry[0] in reached:
            continue
        reached.add(entry[0])
        for name in needed(entry[1]):
            todo.extend(e for e in by_name.get(name, ()) if e[0] not in reached)
    kept = [e for e in entries if e[0] in reached or e[2] not in ("BINARY", "EXTENSION")]
    dropped = sorted(e[0] for e in entries if e not in kept)
    return kept, dropped


def strip(binaries: Iterable[Entry], workdir: Path) -> list[Entry]:
    """Stripped copies of the ELF files (one copy per source file)."""
    tool = shutil.which("strip")
    if tool is None:
        print("bundle_trim: no `strip` (binutils) — the bundle stays unstripped")
        return list(binaries)
    workdir.mkdir(parents=True, exist_ok=True)
    out: list[Entry] = []
    for dest, src, typecode in binaries:
        if typecode not in ("BINARY", "EXTENSION") or any(
            p.endswith(".libs") for p in Path(src).parts
        ):
            out.append((dest, src, typecode))
            continue
        key = hashlib.sha1(str(Path(src).resolve()).encode()).hexdigest()[:16]
        copy = workdir / key / Path(src).name
        source = Path(src)
        if not copy.exists() or copy.stat().st_mtime < source.stat().st_mtime:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
            done = subprocess.run(
                [tool, "--strip-unneeded", str(copy)], capture_output=True, check=False
            )
            if done.returncode != 0:  # not an ELF file, or one strip cannot handle
                shutil.copy2(source, copy)
        out.append((dest, str(copy), typecode))
    return out


def pack_lazy(
    binaries: Iterable[Entry], dest: str, workdir: Path
) -> tuple[list[Entry], list[Entry]]:
    """Take ``dest`` out of the binaries and return it xz-compressed as a data entry."""
    kept: list[Entry] = []
    packed: list[Entry] = []
    for entry in binaries:
        if entry[0] != dest:
            kept.append(entry)
            continue
        out = workdir / "lazy" / (Path(dest).name + ".xz")
        source = Path(entry[1])
        if not out.exists() or out.stat().st_mtime < source.stat().st_mtime:
            out.parent.mkdir(parents=True, exist_ok=True)
            with open(source, "rb") as src, lzma.open(out, "wb", preset=6) as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        packed.append((dest + ".xz", str(out), "DATA"))
    if not packed:
        raise SystemExit(f"bundle_trim: {dest} is not in the bundle — nothing to pack")
    return kept, packed
