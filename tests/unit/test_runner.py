"""The Python that runs virtualenv/pip: from source ours, frozen a real one or a clear error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.envs import runner
from core.envs.ops import CreateOptions, virtualenv_args


def test_from_source_runs_our_own_interpreter() -> None:
    got = runner.virtualenv_runner()
    assert got.argv == (sys.executable, "-m", "virtualenv")
    assert got.env is None


def test_frozen_uses_a_real_interpreter_and_the_bundled_virtualenv(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))  # what the bootloader sets
    got = runner.virtualenv_runner(sys.executable)
    assert got.argv == (sys.executable, "-m", "virtualenv")
    assert got.env is not None
    assert got.env["PYTHONPATH"] == str(tmp_path / "pyrunner")
    assert "LD_LIBRARY_PATH" not in got.env
    # the interpreter never is the frozen executable itself
    args = virtualenv_args(CreateOptions(tmp_path / "new"), got)
    assert args[:3] == [sys.executable, "-m", "virtualenv"]
    assert args[-1] == str(tmp_path / "new")


def test_frozen_skips_an_interpreter_too_old_or_broken(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "python-broken"
    broken.write_text("#!/bin/sh\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setattr(runner, "FALLBACKS", (sys.executable,))
    assert runner.pick_python(str(broken)) == sys.executable


def test_frozen_without_any_python_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(runner, "FALLBACKS", ("python3-that-does-not-exist",))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(runner.NoRunnerPython) as info:
        runner.virtualenv_runner()
    assert "Python 3.8 or newer" in info.value.message
    assert "apt-get install python3" in info.value.hint


def test_frozen_pip_comes_from_the_embedded_wheel(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    embed = tmp_path / "pyrunner" / "virtualenv" / "seed" / "wheels" / "embed"
    embed.mkdir(parents=True)
    for name in ("pip-9.0.1-py3-none-any.whl", "pip-26.3-py3-none-any.whl"):
        (embed / name).write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    got = runner.pip_runner(sys.executable)
    assert got.argv == (sys.executable, str(embed / "pip-26.3-py3-none-any.whl" / "pip"))
