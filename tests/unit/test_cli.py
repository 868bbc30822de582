import subprocess
import sys

import pytest

from core import __version__
from gui.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--bogus"], ["frobnicate"], ["docker", "nope"], ["docker"]])
def test_unknown_arguments_give_usage_and_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage: envdock" in capsys.readouterr().err


def test_docker_ps_with_garbage_host_is_one_clear_line() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "gui", "docker", "ps", "--json"],
        env={"DOCKER_HOST": "tcp://:::x", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert "not a valid address" in proc.stderr and "hint:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_no_display_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "xvfb-run -a make run" in err and "QT_QPA_PLATFORM=offscreen" in err
