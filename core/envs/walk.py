"""Walk folders (the home folder, the user's roots) for project-local environments.

Bounded: ``depth`` levels below each root (``~/work/team/app/.venv`` is at depth 4),
symlinks never followed, hidden folders skipped (except ``.venv``; ``.conda`` is only
checked, ``.pixi/envs/*`` looked into at any depth),
``node_modules``, caches and ``site-packages`` skipped, and a folder that is an
environment is not looked inside.

A refresh re-lists only folders whose modification time changed: adding or removing an
entry changes the mtime of the folder that holds it, so each folder is cached with its
own mtime and inode, and a new environment deep in an unchanged tree is still seen (its
parent's mtime changed). Every cached folder is still ``lstat``-ed on each pass. A folder
modified within ``RACY_NS`` of a pass is not trusted (coarse file-system clocks could
hide a second change in the same tick) and is listed again next time.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_DEPTH = 4
RACY_NS = 2_000_000_000
# folders never worth entering: package trees, dependency and build caches
SKIP = frozenset(
    {
        "node_modules",
        "__pycache__",
        "site-packages",
        "dist-packages",
        "bower_components",
        "AppData",
        "Caches",
    }
)
_ENTER_HIDDEN = ".venv"
_CHECK_HIDDEN = ".conda"  # VS Code's project conda env; ~/.conda itself holds pkgs/
_PIXI = ".pixi"
_UNTRUSTED = (-1, -1)


@dataclass(slots=True)
class _Folder:
    stamp: tuple[int, int]  # (st_mtime_ns, st_ino) when listed or checked
    env: bool
    conda_meta: bool  # conda-meta/ without history yet: checked again every pass
    children: tuple[str, ...]  # sub-folder names worth visiting (filtered)


def _is_file(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


class FolderWalker:
    """Finds environment roots under folders; keeps one cache entry per listed folder.

    Folders at the depth limit are not listed, only checked for markers (two ``access``
    calls, every pass). ``listed`` counts folders read with ``scandir`` (cumulative),
    ``last_listed`` holds those of the last pass, ``checked`` counts the marker checks:
    tests and the benchmark use them to see what a refresh read.
    """

    def __init__(self) -> None:
        self._folders: dict[str, _Folder] = {}
        self._lock = threading.Lock()
        self.listed = 0
        self.checked = 0
        self.last_listed: list[str] = []

    def find(
        self, roots: Iterable[os.PathLike[str] | str], depth: int = DEFAULT_DEPTH
    ) -> list[str]:
        """Environment roots under ``roots`` (each root itself included), in walk order."""
        with self._lock:
            return self._pass([os.path.abspath(r) for r in roots], depth)

    # one pass ---------------------------------------------------------------------------
    def _pass(self, roots: list[str], depth: int) -> list[str]:
        old = self._folders
        seen: dict[str, _Folder] = {}
        done: dict[str, int] = {}  # folder -> depth walked below it this pass
        found: dict[str, None] = {}  # ordered set
        listed: list[str] = []
        checked = 0
        racy_after = time.time_ns() - RACY_NS
        access, F_OK = os.access, os.F_OK

        def visit(path: str, left: int, follow: bool = False) -> None:
            nonlocal checked
            if left <= 0:
                checked += 1
                if _is_leaf_env(path):
                    found[path] = None
                return
            if done.get(path, 0) >= left:
                return
            done[path] = left
            try:
                st = os.stat(path) if follow else os.lstat(path)
            except OSError:
                return
            if not stat.S_ISDIR(st.st_mode):
                return
            stamp = (st.st_mtime_ns, st.st_ino)
            node = seen.get(path) or old.get(path)
            stale = node is None or node.stamp != stamp
            if not stale and node is not None and (node.env or node.conda_meta):
                # markers inside conda-meta/ do not change this folder's mtime: look again
                stale = node.env != _has_markers(path)
            if stale or node is None:
                node = _list(path)
                listed.append(path)
                node.stamp = _UNTRUSTED if st.st_mtime_ns >= racy_after else stamp
            seen[path] = node
            if node.env:
                found[path] = None
                return
            below = left - 1
            for name in node.children:
                child = path + "/" + name
                if name == _PIXI:
                    visit(child + "/envs", 1)  # pixi envs: .pixi/envs/<name>, any depth
                elif name == _CHECK_HIDDEN or below == 0:
                    # at the depth limit: only its markers count, two access() calls
                    checked += 1
                    if (
                        access(child + "/pyvenv.cfg", F_OK) or access(child + "/conda-meta", F_OK)
                    ) and _has_markers(child):
                        found[child] = None
                else:
                    visit(child, below)

        for root in roots:
            visit(root, depth, follow=True)  # a root may be a link (a home on another disk)
        self._folders = seen
        self.listed += len(listed)
        self.checked += checked
        self.last_listed = listed
        return list(found)


def _list(path: str) -> _Folder:
    venv = conda_meta = False
    children: list[str] = []
    try:
        with os.scandir(path) as it:
            for entry in it:
                name = entry.name
                if name == "pyvenv.cfg":
                    venv = entry.is_file()
                elif name == "conda-meta":
                    conda_meta = entry.is_dir(follow_symlinks=False)
                elif entry.is_dir(follow_symlinks=False):
                    if name[0] == ".":
                        if name in (_ENTER_HIDDEN, _CHECK_HIDDEN, _PIXI):
                            children.append(name)
                    elif name not in SKIP:
                        children.append(name)
    except OSError:
        return _Folder(_UNTRUSTED, False, False, ())
    env = venv or (conda_meta and _is_file(path + "/conda-meta/history"))
    return _Folder(_UNTRUSTED, env, conda_meta, () if env else tuple(children))


def _has_markers(path: str) -> bool:
    return _is_file(path + "/pyvenv.cfg") or _is_file(path + "/conda-meta/history")


def _is_leaf_env(path: str) -> bool:
    """Is this folder an environment? Without listing it (``access`` raises nothing:
    most folders have neither marker, and a failed ``stat`` costs an exception)."""
    ok = os.access(path + "/pyvenv.cfg", os.F_OK) or os.access(path + "/conda-meta", os.F_OK)
    return ok and _has_markers(path) and not os.path.islink(path)
