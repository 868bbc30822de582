"""The packaged executable: built from build.spec, then run as a user would run it.

Slow (PyInstaller analyses and collects the whole app, about two minutes), so it
builds once per session into a temporary folder and every test uses that build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    ts = ROOT / "resources" / "translations" / "envdock_ko.ts"
    subprocess.run(  # the .qm the bundle ships (`make translations` does the same)
        [str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent", str(ts),
         "-qm", str(ts.with_suffix(".qm"))],
        check=True, timeout=120,
    )  # fmt: skip
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    done = subprocess.run(
        [
            str(pyinstaller), str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(ROOT / "build" / "pyinstaller"),
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=1100, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    return dist


def run(
    exe: Path, *args: str, cache: Path, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(cache)}
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


@pytest.mark.parametrize("layout", ["envdock/envdock", "envdock-onefile"])
def test_version_and_self_test(bundle: Path, layout: str, tmp_path: Path) -> None:
    exe = bundle / layout
    version = run(exe, "--version", cache=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"envdock {__version__}"

    test = run(exe, "self-test", "--json", cache=tmp_path)
    assert test.returncode == 0, test.stdout + test.stderr
    report = json.loads(test.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    assert report["first_paint_s"] > 0
    assert set(report["panels"].values()) == {"ok"}, report["panels"]
    assert set(report["dialogs"].values()) == {"ok"}, report["dialogs"]
    assert {name for name, check in report["checks"].items() if check["ok"]} == {
        "conda engine", "docker client", "virtualenv", "korean interface",
    }, report["checks"]  # fmt: skip
    # py-rattler travels compressed and was unpacked into the user's cache on first use
    assert list((tmp_path / "envdock" / "native").glob("*/rattler.abi3.so"))


def test_bundle_holds_only_what_the_app_uses(bundle: Path) -> None:
    files = [p.relative_to(bundle / "envdock") for p in (bundle / "envdock").rglob("*")]
    names = {p.name for p in files}
    for unwanted in ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6WebEngineCore.so.6",
                     "libQt6Network.so.6", "libgtk-3.so.0", "libcairo.so.2", "libqgtk3.so",
                     "libqeglfs.so", "libqvnc.so"):  # fmt: skip
        assert unwanted not in names, unwanted
    plugins = {p.parts[-2] for p in files if "plugins" in p.parts and p.suffix == ".so"}
    assert "platforms" in plugins
    platforms = {p.name for p in files if p.parent.name == "platforms"}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert "rattler.abi3.so.xz" in names and "rattler.abi3.so" not in names
    assert any(n.startswith("envdock_ko") and n.endswith(".qm") for n in names)


def test_frozen_app_creates_an_environment_with_a_real_python(bundle: Path, tmp_path: Path) -> None:
    target = tmp_path / "made-by-frozen"
    done = run(bundle / "envdock" / "envdock", "envs", "create", str(target), cache=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    python = target / "bin" / "python"
    probe = subprocess.run(
        [str(python), "-c", "import sys, pip; print(sys.base_prefix); print(pip.__version__)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    base, pip_version = probe.stdout.split()
    # the interpreter is a real Python install, not the bundle, and pip was seeded
    assert not base.startswith(str(bundle))
    assert pip_version
    # the bundle's library path did not leak into the environment's scripts
    assert "_internal" not in (target / "bin" / "activate").read_text()
