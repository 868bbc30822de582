"""What an environment owns inside its folder, and what belongs to the user beside it.

An environment is what its tools made, not the folder it lies in: ``virtualenv myproject``
or ``python -m venv .`` put the environment next to the user's code. Owned are:

- venv / virtualenv / uv: ``pyvenv.cfg``, ``lib``/``lib64``/``include`` (Windows ``Lib``,
  ``Include``), the files the tool writes at the root (``pip-selfcheck.json``, its own
  ``.gitignore``, ``CACHEDIR.TAG``, uv's empty ``.lock``), the activation scripts and
  interpreter links in ``bin``/``Scripts``, and every file an installed package's ``RECORD``
  (or ``installed-files.txt``) lists, wherever it lies under the root (``bin/pip``,
  ``share/jupyter/…``);
- conda (conda, mamba, py-rattler): ``conda-meta``, every file a ``conda-meta/*.json``
  record lists, what pip installed into it (``RECORD``), ``.nonadmin`` and the cache tag;
- byte code compiled from an owned ``.py`` (``__pycache__/NAME.*.pyc``), and folders that
  the removal leaves empty.

Everything else stays. When nothing else is there, the folder goes whole.
"""

from __future__ import annotations

import csv
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core.envs.markers import conda_records, read_json, site_packages_dirs

# files and folders at a venv's root that the tools make
VENV_ROOT_DIRS = frozenset({"lib", "lib64", "include", "Lib", "Include"})
VENV_ROOT_FILES = frozenset({"pyvenv.cfg", "pip-selfcheck.json", "selfcheck.json"})
CONDA_ROOT_FILES = frozenset({".nonadmin"})
SCRIPT_DIRS = ("bin", "Scripts")
# activation scripts and interpreter links that venv, virtualenv and uv write into bin/
TOOL_SCRIPT = re.compile(
    r"^(?:[Aa]ctivate(?:\.(?:csh|fish|nu|ps1|xsh|bat|sh))?|activate_this\.py"
    r"|deactivate(?:\.(?:bat|csh|fish|nu|ps1))?|pydoc(?:\.bat)?"
    r"|pythonw?(?:[0-9]+(?:\.[0-9]+)?t?)?(?:\.exe)?|pypy[0-9.]*(?:-c)?(?:\.exe)?)$"
)
CACHEDIR_SIGNATURE = b"Signature: 8a477f597d28d172789f06886806bc55"
_GITIGNORE_TOOLS = ("virtualenv", "venv", "uv")


@dataclass(frozen=True, slots=True)
class Ownership:
    """``owned``: what removal takes (folders whole); ``kept``: the top-most paths that stay;
    ``whole``: nothing but the environment is there, so the folder itself goes."""

    root: Path
    owned: tuple[Path, ...]
    kept: tuple[Path, ...]

    @property
    def whole(self) -> bool:
        return not self.kept


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


def _tool_gitignore(path: Path) -> bool:
    """The ``.gitignore`` that virtualenv, venv (3.13+) and uv write: ``*`` and a comment."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    rules = [line for line in lines if not line.startswith("#")]
    comments = " ".join(line for line in lines if line.startswith("#")).lower()
    if rules != ["*"]:
        return False
    return not comments or any(tool in comments for tool in _GITIGNORE_TOOLS)


def _tool_root_file(root: Path, name: str, conda: bool) -> bool:
    path = root / name
    st = _lstat(path)
    if st is None or not stat.S_ISREG(st.st_mode):
        return False
    if name in (CONDA_ROOT_FILES if conda else VENV_ROOT_FILES):
        return True
    if name == ".gitignore":
        return _tool_gitignore(path)
    if name == "CACHEDIR.TAG":
        try:
            with open(path, "rb") as f:
                return f.read(len(CACHEDIR_SIGNATURE)) == CACHEDIR_SIGNATURE
        except OSError:
            return False
    return name == ".lock" and st.st_size == 0


def _record_paths(site: Path) -> Iterator[Path]:
    """Files that installed distributions list (``RECORD``, ``installed-files.txt``)."""
    try:
        entries = list(os.scandir(site))
    except OSError:
        return
    for entry in entries:
        if entry.name.endswith(".dist-info"):
            listing, base = Path(entry.path) / "RECORD", site
        elif entry.name.endswith(".egg-info") and entry.is_dir(follow_symlinks=False):
            listing, base = Path(entry.path) / "installed-files.txt", Path(entry.path)
        else:
            continue
        try:
            with open(listing, encoding="utf-8", errors="replace", newline="") as f:
                rows = list(csv.reader(f))
        except (OSError, csv.Error):
            continue
        for row in rows:
            if row and row[0]:
                yield base / row[0]


def _conda_paths(root: Path) -> Iterator[Path]:
    for record in conda_records(root):
        data = read_json(record)
        files = data.get("files")
        if isinstance(files, list):
            yield from (root / f for f in files if isinstance(f, str))
        paths = data.get("paths_data", {})
        for item in paths.get("paths", []) if isinstance(paths, dict) else []:
            if isinstance(item, dict) and isinstance(item.get("_path"), str):
                yield root / item["_path"]


def _inside(root: Path, real_root: Path, path: Path) -> Path | None:
    """``path`` made lexically normal, if it lies under ``root`` and no link on the way leads
    out of the real root; else None."""
    normal = Path(os.path.normpath(path))
    if normal == root or not normal.is_relative_to(root):
        return None
    parent = Path(os.path.realpath(normal.parent))
    if parent != real_root and not parent.is_relative_to(real_root):
        return None
    return normal


def _owned_parts(root: Path, conda: bool) -> tuple[set[Path], set[Path]]:
    """(top-level entries owned whole, single files owned)."""
    whole: set[Path] = set()
    files: set[Path] = set()
    try:
        names = [e.name for e in os.scandir(root)]
    except OSError:
        names = []
    for name in names:
        st = _lstat(root / name)
        if not conda and name in VENV_ROOT_DIRS and st is not None:
            if stat.S_ISDIR(st.st_mode) or stat.S_ISLNK(st.st_mode):
                whole.add(root / name)
        elif _tool_root_file(root, name, conda):
            whole.add(root / name)
    if conda:
        whole.add(root / "conda-meta")
        listed: Iterable[Path] = _conda_paths(root)
    else:
        listed = [p for scripts in SCRIPT_DIRS for p in _tool_scripts(root / scripts)]
    real_root = Path(os.path.realpath(root))
    record_listed = (p for site in site_packages_dirs(root) for p in _record_paths(site))
    for candidate in (*listed, *record_listed):
        path = _inside(root, real_root, candidate)
        if path is None or any(path.is_relative_to(w) for w in whole):
            continue
        if _lstat(path) is not None:
            files.add(path)
    files |= _compiled(files)
    return whole, files


def _tool_scripts(folder: Path) -> list[Path]:
    try:
        return [Path(e.path) for e in os.scandir(folder) if TOOL_SCRIPT.match(e.name)]
    except OSError:
        return []


def _compiled(files: set[Path]) -> set[Path]:
    """``__pycache__/NAME.tag.pyc`` next to an owned ``NAME.py``."""
    found: set[Path] = set()
    for folder in {f.parent for f in files if f.suffix == ".py"}:
        try:
            entries = list(os.scandir(folder / "__pycache__"))
        except OSError:
            continue
        for entry in entries:
            source = folder / (entry.name.split(".", 1)[0] + ".py")
            if entry.name.endswith(".pyc") and source in files:
                found.add(Path(entry.path))
    return found


def _empty_tree(path: Path) -> bool:
    """A folder holding nothing but (empty) folders."""
    stack = [path]
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            return False
        for entry in entries:
            if not entry.is_dir(follow_symlinks=False):
                return False
            stack.append(Path(entry.path))
    return True


def ownership(root: Path, conda: bool) -> Ownership:
    """What removing the environment at ``root`` takes and what it leaves."""
    whole, files = _owned_parts(root, conda)
    mixed = {parent for f in files for parent in f.parents if parent.is_relative_to(root)}
    kept: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            kept.append(folder)
            continue
        for entry in entries:
            path = Path(entry.path)
            if path in whole or path in files:
                continue
            if not entry.is_dir(follow_symlinks=False):
                kept.append(path)
            elif path in mixed:
                stack.append(path)
            elif folder == root or not _empty_tree(path):
                kept.append(path)  # a folder of the user's (empty folders inside go)
    owned = sorted(whole) + sorted(files)
    return Ownership(root, tuple(owned), tuple(sorted(kept)))


def remove_owned(plan: Ownership) -> None:
    """Delete what ``plan`` owns, then the folders that this left empty (never the root,
    unless nothing else was there)."""
    import shutil

    if plan.whole:
        shutil.rmtree(plan.root)  # rmtree never follows symlinks to folders
        return
    touched: set[Path] = set()
    for path in plan.owned:
        st = _lstat(path)
        if st is None:
            continue
        if stat.S_ISDIR(st.st_mode):
            shutil.rmtree(path)
        else:
            path.unlink()
        touched.update(p for p in path.parents if p != plan.root and p.is_relative_to(plan.root))
    for folder in sorted(touched, key=lambda p: len(p.parts), reverse=True):
        if _empty_tree(folder):
            shutil.rmtree(folder)
