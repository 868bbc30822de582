"""What may be deleted: only a folder that is provably an environment root, and of it only
what the environment owns (``core.envs.ownership``).

The rules: the folder holds ``pyvenv.cfg`` or ``conda-meta/history`` (regular files, not
links); it is not a symbolic link itself; it is not ``/``, a home directory, a path of
fewer than three components, a conda installation root, a system Python prefix, or the
interpreter EnvDock itself runs on (or anything that contains one of those).
"""

from __future__ import annotations

import os
import pwd
import stat
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from core.envs.ownership import Ownership, ownership, remove_owned
from core.errors import Cancelled, ValidationError
from core.text import translate

SYSTEM_PREFIXES = (
    "/",
    "/usr",
    "/usr/local",
    "/opt",
    "/bin",
    "/sbin",
    "/lib",
    "/etc",
    "/var",
    "/home",
    "/root",
    "/tmp",
    "/srv",
    "/mnt",
    "/media",
    "/boot",
    "/proc",
    "/sys",
    "/dev",
)


class RefusedDelete(ValidationError):
    default_hint = translate(
        "core", "EnvDock deletes only environment folders it can prove are environments."
    )


@dataclass(frozen=True, slots=True)
class DeletePlan:
    """What deleting the environment at ``path`` takes (``parts.owned``, ``size`` bytes) and
    what stays beside it (``parts.kept``: the user's files)."""

    path: Path
    marker: str
    size: int
    parts: Ownership

    @property
    def whole(self) -> bool:
        return self.parts.whole

    def summary(self, limit: int = 5) -> str:
        """What goes and what stays, for the confirmation (a few names of each)."""
        if self.whole:
            return translate("core", "The whole folder goes: it holds nothing but the environment.")
        goes = _names(_grouped(self.path, self.parts.owned), limit)
        stays = _names([_shown(self.path, p) for p in self.parts.kept], limit)
        return translate(
            "core", "Goes ({count}): {goes}\nStays, not the environment's ({kept}): {stays}"
        ).format(count=len(self.parts.owned), goes=goes, kept=len(self.parts.kept), stays=stays)

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "marker": self.marker,
            "size": self.size,
            "whole": self.whole,
            "removes": [str(p) for p in self.parts.owned],
            "keeps": [str(p) for p in self.parts.kept],
        }


def _shown(root: Path, path: Path) -> str:
    return str(path.relative_to(root)) + ("/" if path.is_dir() and not path.is_symlink() else "")


def _grouped(root: Path, owned: tuple[Path, ...]) -> list[str]:
    """Top-level parts by name, the files taken from inside a folder counted per folder."""
    whole = [_shown(root, p) for p in owned if p.parent == root]
    inside: dict[str, int] = {}
    for p in owned:
        if p.parent != root:
            top = p.relative_to(root).parts[0]
            inside[top] = inside.get(top, 0) + 1
    return whole + [
        translate("core", "{folder}/ ({count} of its files)").format(folder=top, count=n)
        for top, n in inside.items()
    ]


def _names(shown: list[str], limit: int) -> str:
    more = len(shown) - limit
    text = ", ".join(shown[:limit])
    return text + (translate("core", " and {0} more").format(more) if more > 0 else "")


def _home_dirs() -> set[Path]:
    homes = {Path.home()}
    try:
        homes |= {Path(p.pw_dir) for p in pwd.getpwall() if p.pw_dir}
    except OSError:
        pass
    return {Path(os.path.realpath(h)) for h in homes}


def own_prefixes() -> set[Path]:
    """The prefixes of the interpreter EnvDock runs on."""
    found = set()
    for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(sys.executable)):
        if p:
            found.add(Path(os.path.realpath(p)))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.add(Path(os.path.realpath(frozen)))
    return found


def _regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def check_deletable(path: str | Path, protected: Iterable[Path] = ()) -> DeletePlan:
    """Return what would be deleted, or raise RefusedDelete with the reason."""
    raw = Path(os.path.expanduser(str(path)))
    if not raw.is_absolute():
        raise RefusedDelete(
            translate("core", "{path} is not an absolute path").format(path=path),
            translate("core", "Give the full path of the folder."),
        )
    lexical = Path(os.path.abspath(raw))
    if os.path.islink(lexical):
        raise RefusedDelete(
            translate("core", "{lexical} is a symbolic link").format(lexical=lexical),
            translate(
                "core",
                "Delete the environment it points to by its real path, or remove the link by hand.",
            ),
        )
    if not lexical.is_dir():
        raise RefusedDelete(
            translate("core", "{lexical} is not a folder").format(lexical=lexical),
            translate("core", "Check the path."),
        )
    real = Path(os.path.realpath(lexical))
    if str(real) in SYSTEM_PREFIXES or len(real.parts) - 1 < 3:
        raise RefusedDelete(
            translate(
                "core", "Refusing to delete {real}: a system folder or too shallow a path"
            ).format(real=real)
        )
    homes = _home_dirs()
    for home in homes:
        if real == home or home.is_relative_to(real):
            raise RefusedDelete(
                translate(
                    "core", "Refusing to delete {real}: it is or contains a home directory"
                ).format(real=real)
            )
    for prefix in own_prefixes():
        if prefix == real or prefix.is_relative_to(real):
            raise RefusedDelete(
                translate(
                    "core", "Refusing to delete {real}: EnvDock itself runs on this Python"
                ).format(real=real),
                translate("core", "Close EnvDock and delete it by hand if you really mean to."),
            )
    for other in protected:
        other_real = Path(os.path.realpath(other))
        if other_real == real or other_real.is_relative_to(real):
            raise RefusedDelete(
                translate(
                    "core", "Refusing to delete {real}: it holds {other_real}, which is protected"
                ).format(real=real, other_real=other_real)
            )
    if _regular_file(real / "pyvenv.cfg"):
        marker = "pyvenv.cfg"
    elif _regular_file(real / "conda-meta" / "history"):
        marker = "conda-meta/history"
        if (real / "condabin").is_dir() or (
            (real / "envs").is_dir() and any((real / "envs").iterdir())
        ):
            raise RefusedDelete(
                translate(
                    "core",
                    "Refusing to delete {real}: it is a conda installation "
                    "(base), not an environment",
                ).format(real=real),
                translate("core", "Uninstall conda itself if you mean to remove it."),
            )
    else:
        raise RefusedDelete(
            translate(
                "core",
                "{real} is not an environment: it has neither pyvenv.cfg nor conda-meta/history",
            ).format(real=real),
        )
    if real.parent.name == "versions" and (real.parent.parent / "bin" / "pyenv").exists():
        raise RefusedDelete(
            translate("core", "Refusing to delete {real}: it is a pyenv Python version").format(
                real=real
            ),
            translate("core", "Use `pyenv uninstall` for Python versions."),
        )
    parts = ownership(real, conda=marker != "pyvenv.cfg")
    if parts.whole:
        size = folder_size(real)
    else:
        size = sum(
            folder_size(p) if p.is_dir() and not p.is_symlink() else _disk_bytes(p)
            for p in parts.owned
        )
    return DeletePlan(real, marker, size, parts)


def _disk_bytes(path: Path) -> int:
    try:
        st = os.lstat(path)
    except OSError:
        return 0
    return st.st_blocks * 512 if hasattr(st, "st_blocks") else st.st_size


def folder_size(root: Path, cancel: threading.Event | None = None) -> int:
    """Bytes on disk under ``root`` (no symlinks followed, hard links counted once)."""
    total = 0
    seen: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            key = (st.st_dev, st.st_ino)
            if st.st_nlink > 1:
                if key in seen:
                    continue
                seen.add(key)
            total += st.st_blocks * 512 if hasattr(st, "st_blocks") else st.st_size
    return total


def delete_environment(plan: DeletePlan, protected: Iterable[Path] = ()) -> None:
    """Delete what the plan showed, checked again just before: only what is still the
    environment's and was shown as going (a file the user added since stays)."""
    again = check_deletable(plan.path, protected)
    if again.path != plan.path:
        raise RefusedDelete(translate("core", "{0} changed since it was checked").format(plan.path))
    if plan.whole and again.whole:
        remove_owned(again.parts)
        return
    shown = set(plan.parts.owned)
    owned = tuple(p for p in again.parts.owned if p in shown)
    remove_owned(Ownership(again.path, owned, again.parts.kept or (again.path,)))
