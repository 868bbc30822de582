"""Saving a file the safe way: the new text goes to a temporary file in the same folder,
is flushed to disk, and replaces the old file in one step (``os.replace``); the previous
file stays beside it as ``<name>.bak``.

A reader (``docker compose``, an editor) sees the old file or the whole new one, never a
half-written one; a failure at any point (a read-only folder, a full disk) leaves the old
file as it was and raises ``SaveFailed`` with the reason and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

from core.errors import EnvDockError
from core.text import translate

BACKUP_SUFFIX = ".bak"


class SaveFailed(EnvDockError):
    """A file could not be written; the file that was there is untouched."""


def backup_path(path: Path) -> Path:
    """Where ``save_atomic`` keeps the previous file: ``compose.yaml`` → ``compose.yaml.bak``."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def save_atomic(path: Path, text: str, *, mode: int | None = None) -> Path | None:
    """Write ``text`` (UTF-8) to ``path`` atomically; return the ``.bak`` of the previous
    file, or None when there was none.

    ``mode``: the new file's permission bits; by default the previous file's, else what
    the umask gives a new file. A symbolic link is followed (its target is replaced, the
    link stays). The previous file's owner is kept where we may set it (running as root).
    """
    target = Path(os.path.realpath(path)) if Path(path).is_symlink() else Path(path)
    try:
        old = target.stat()
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise _failed(target, exc) from exc
    if old is not None and not stat.S_ISREG(old.st_mode):
        raise SaveFailed(
            translate("core", "Cannot save {path}: it is not a regular file").format(path=target),
            translate("core", "Choose another file name."),
        )
    bits = mode if mode is not None else (stat.S_IMODE(old.st_mode) if old else 0o666 & ~_umask())
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fchmod(out.fileno(), bits)
            if old is not None and os.geteuid() == 0:
                with contextlib.suppress(OSError):
                    os.fchown(out.fileno(), old.st_uid, old.st_gid)
            os.fsync(out.fileno())
        backup = _keep_backup(target) if old is not None else None
        os.replace(tmp, target)
        tmp = ""
        _sync_folder(target.parent)
    except OSError as exc:
        raise _failed(target, exc) from exc
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return backup


def _keep_backup(path: Path) -> Path:
    """``path`` kept as ``path.bak`` (a second name for the same file where the file system
    allows it, else a copy with its mode), replacing an older ``.bak`` in one step."""
    backup = backup_path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{backup.name}.", suffix=".tmp")
    os.close(fd)
    try:
        os.unlink(tmp)
        try:
            os.link(path, tmp)
        except OSError:
            shutil.copy2(path, tmp)
        os.replace(tmp, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return backup


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk (a folder cannot be opened for this everywhere)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    """The process's umask, read without changing it (``os.umask`` would, for every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _failed(path: Path, exc: OSError) -> SaveFailed:
    reason = exc.strerror or str(exc)
    message = translate("core", "Cannot save {path}: {reason}").format(path=path, reason=reason)
    if exc.errno == errno.EROFS:
        hint = translate("core", "That folder is on a read-only file system: choose another.")
    elif exc.errno in (errno.EACCES, errno.EPERM):
        hint = translate(
            "core", "You may not write in {folder}: choose another folder or change its rights."
        ).format(folder=path.parent)
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        hint = translate("core", "The disk is full: free some space and save again.")
    elif exc.errno == errno.ENOENT:
        hint = translate("core", "The folder {folder} does not exist.").format(folder=path.parent)
    else:
        hint = translate("core", "The file that was there is unchanged.")
    return SaveFailed(message, hint, details=repr(exc))
