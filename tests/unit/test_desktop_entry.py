"""make install-desktop: the entry and icons land under XDG_DATA_HOME and the entry is valid."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import install_desktop  # noqa: E402


def test_entry_and_icons_installed_for_the_user(tmp_path: Path) -> None:
    exe = tmp_path / "my apps" / "envdock"  # a space: Exec must quote it
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    data = tmp_path / "share"
    written = install_desktop.install(exe, data)
    entry = data / "applications" / "envdock.desktop"
    assert entry in written
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry)
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "EnvDock"
    assert section["Exec"] == f'"{exe}"'
    assert section["Icon"] == "envdock"
    assert "환경" in section["Comment[ko]"]
    for size in (16, 32, 48, 128, 256):
        png = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "envdock.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "envdock.svg").exists()


def _validator() -> str:
    """desktop-file-validate (Debian's desktop-file-utils), installed when root."""
    found = shutil.which("desktop-file-validate")
    if found is None and os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "desktop-file-utils"],
            check=False, capture_output=True, env=env,
        )  # fmt: skip
        found = shutil.which("desktop-file-validate")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing under CI")
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    return found


def test_installed_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    exe = tmp_path / "envdock"
    exe.write_text("#!/bin/sh\n")
    install_desktop.install(exe, tmp_path / "share")
    entry = tmp_path / "share" / "applications" / "envdock.desktop"
    done = subprocess.run([_validator(), str(entry)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


def test_quoting_follows_the_desktop_entry_spec() -> None:
    assert install_desktop.desktop_quote('/a b/"x"$y') == '"/a b/\\"x\\"\\$y"'


@pytest.mark.parametrize("size", [16, 48, 256])
def test_icon_pngs_match_their_size(size: int) -> None:
    data = (ROOT / "resources" / "icons" / f"envdock-{size}.png").read_bytes()
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    assert (width, height) == (size, size)
