"""save_atomic: the new text or the old file, never half of one; the previous file as .bak."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from core.compose.files import SaveFailed, backup_path, save_atomic
from tests.support.readonly import read_only_folder


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_umask_mode_and_no_backup(tmp_path: Path) -> None:
    target = tmp_path / "compose.yaml"
    assert save_atomic(target, "services: {}\n") is None
    assert target.read_text() == "services: {}\n"
    assert _mode(target) == 0o666 & ~_current_umask()
    assert not backup_path(target).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compose.yaml"]  # no temp file left


def test_the_previous_file_is_kept_as_bak_with_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "compose.yaml"
    target.write_text("old\n")
    target.chmod(0o640)
    backup = save_atomic(target, "new ✓\n")
    assert backup == tmp_path / "compose.yaml.bak"
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    assert backup.read_text() == "old\n"
    assert _mode(target) == 0o640 and _mode(backup) == 0o640
    # a second save replaces the .bak with what was there just before
    assert save_atomic(target, "newer\n") == backup
    assert backup.read_text(encoding="utf-8") == "new ✓\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compose.yaml", "compose.yaml.bak"]


def test_an_explicit_mode_wins(tmp_path: Path) -> None:
    target = tmp_path / ".env"
    target.write_text("A=1\n")
    target.chmod(0o644)
    save_atomic(target, "A=1\nTOKEN='x'\n", mode=0o600)
    assert _mode(target) == 0o600
    assert _mode(backup_path(target)) == 0o644  # the .bak is the old file as it was


def test_a_symlink_is_followed_and_stays(tmp_path: Path) -> None:
    real = tmp_path / "real" / "compose.yaml"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "compose.yaml"
    link.symlink_to(real)
    backup = save_atomic(link, "new\n")
    assert link.is_symlink() and real.read_text() == "new\n"
    assert backup == real.parent / "compose.yaml.bak"


def test_readers_see_the_old_or_the_new_text_never_a_part(tmp_path: Path) -> None:
    target = tmp_path / "compose.yaml"
    old, new = "a" * 200_000, "b" * 300_000
    target.write_text(old)
    seen: set[str] = set()
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            seen.add(target.read_text())

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(20):
            save_atomic(target, new if i % 2 == 0 else old)
    finally:
        stop.set()
        reader.join()
    assert seen <= {old, new}, {len(s) for s in seen}


def test_a_read_only_folder_fails_clearly_and_leaves_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "compose.yaml"
    target.write_text("old\n")
    with read_only_folder(folder):
        with pytest.raises(SaveFailed) as caught:
            save_atomic(target, "new\n")
        assert str(target) in caught.value.message
        assert caught.value.hint  # what to do about it
        assert target.read_text() == "old\n"
        assert sorted(p.name for p in folder.iterdir()) == ["compose.yaml"]


def test_a_missing_folder_and_a_folder_as_target_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SaveFailed) as missing:
        save_atomic(tmp_path / "nowhere" / "compose.yaml", "x")
    assert "does not exist" in missing.value.hint
    (tmp_path / "dir").mkdir()
    with pytest.raises(SaveFailed) as folder:
        save_atomic(tmp_path / "dir", "x")
    assert "not a regular file" in folder.value.message
    assert (tmp_path / "dir").is_dir()


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
