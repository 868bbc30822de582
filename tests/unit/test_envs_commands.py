"""The argument lists EnvDock builds for conda-family tools and terminals."""

from __future__ import annotations

from pathlib import Path

from core.envs.conda_ops import conda_cli_create_args
from core.envs.shell import activated_shell, terminal_command


def test_conda_cli_arguments() -> None:
    args = conda_cli_create_args(
        "/opt/bin/micromamba", Path("/e/x"), ["python=3.11"], ["conda-forge"]
    )
    assert args == [
        "/opt/bin/micromamba",
        "create",
        "--yes",
        "--prefix",
        "/e/x",
        "--override-channels",
        "--channel",
        "conda-forge",
        "python=3.11",
    ]


def test_terminal_arguments_keep_the_path_out_of_the_script() -> None:
    hostile = Path("/tmp/x; rm -rf ~")
    for term in ("/usr/bin/xterm", "/usr/bin/gnome-terminal", "/usr/bin/kitty"):
        args = terminal_command(term, activated_shell(hostile))
        assert args[-1] == str(hostile)
        script = args[args.index("-c") + 1]
        assert "rm -rf" not in script
