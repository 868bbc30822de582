"""Using an environment from outside: the activate command, a terminal with it
activated, and a Jupyter kernel."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

from core.envs import markers as mk
from core.envs.model import Environment, EnvKind
from core.envs.names import validate_name
from core.errors import EnvDockError
from core.jobs import Job
from core.procs import run_streaming, spawn_detached
from core.text import translate

TERMINALS = (
    "x-terminal-emulator",
    "gnome-terminal",
    "konsole",
    "xfce4-terminal",
    "kitty",
    "alacritty",
    "wezterm",
    "tilix",
    "xterm",
)
# A constant script; the environment path is passed as an argument, never spliced in.
_ACTIVATE_SCRIPT = (
    'if [ -f "$1/bin/activate" ]; then . "$1/bin/activate"; '
    'else export CONDA_PREFIX="$1"; export PATH="$1/bin:$PATH"; fi; '
    'echo "EnvDock: $1 is active"; exec "${SHELL:-bash}" -i'
)


def activate_command(env: Environment) -> str:
    path = shlex.quote(str(env.path))
    if env.kind is EnvKind.PIXI:
        project = env.path.parent.parent.parent
        return f"cd {shlex.quote(str(project))} && pixi shell -e {shlex.quote(env.path.name)}"
    if env.kind is EnvKind.CONDA:
        return f"conda activate {path}"
    if env.kind is EnvKind.SYSTEM:
        return f"export PATH={shlex.quote(str(Path(env.interpreter).parent))}:$PATH"
    if (env.path / "bin" / "activate").exists():
        return f"source {path}/bin/activate"
    return f"export PATH={path}/bin:$PATH"


def find_terminal() -> str | None:
    for name in TERMINALS:
        found = shutil.which(name)
        if found:
            return found
    return None


def terminal_command(terminal: str, inner: list[str]) -> list[str]:
    """The argument list that makes ``terminal`` run ``inner`` (each emulator's own flag)."""
    name = Path(terminal).name
    if name in ("gnome-terminal", "kgx"):
        return [terminal, "--", *inner]
    if name == "wezterm":
        return [terminal, "start", "--", *inner]
    return [terminal, "-e", *inner]


def activated_shell(env_path: Path) -> list[str]:
    """bash with the environment active; the path is an argument, never part of the script."""
    return ["bash", "-c", _ACTIVATE_SCRIPT, "envdock", str(env_path)]


def launch_in_terminal(
    inner: list[str], extra_env: dict[str, str] | None = None, hint: str = ""
) -> list[str]:
    """Run ``inner`` in the user's own terminal emulator; return the full command."""
    terminal = find_terminal()
    if terminal is None:
        raise EnvDockError(
            translate("core", "No terminal emulator found"),
            hint
            or translate("core", "Install one (e.g. xterm) or use the terminal inside EnvDock."),
        )
    args = terminal_command(terminal, inner)
    spawn_detached(args, extra_env, cwd=Path.home())
    return args


def open_terminal(env: Environment) -> list[str]:
    return launch_in_terminal(
        activated_shell(env.path),
        hint=translate(
            "core", "Install one (e.g. xterm), or copy the activate command: {0}"
        ).format(activate_command(env)),
    )


def has_ipykernel(env: Environment) -> bool:
    return any((sp / "ipykernel").is_dir() for sp in mk.site_packages_dirs(env.path))


def register_kernel(job: Job, env: Environment, name: str, display_name: str = "") -> Path:
    """``python -m ipykernel install --user`` with the environment's own Python."""
    validate_name(name)
    if not env.interpreter:
        raise EnvDockError(
            translate("core", "{0} has no working interpreter").format(env.name),
            translate("core", "Repair or recreate the environment first."),
        )
    if not has_ipykernel(env):
        raise EnvDockError(
            translate("core", "ipykernel is not installed in {0}").format(env.name),
            translate("core", "Install the package 'ipykernel' into this environment first."),
        )
    display = display_name or f"Python ({env.name})"
    run_streaming(
        [
            env.interpreter,
            "-m",
            "ipykernel",
            "install",
            "--user",
            "--name",
            name,
            "--display-name",
            display,
        ],
        job.log,
        cancel_event=job.cancel_event,
    )
    import platformdirs

    kernel = Path(platformdirs.user_data_dir("jupyter", appauthor=False)) / "kernels" / name
    spec = kernel / "kernel.json"
    if spec.exists():
        json.loads(spec.read_text())
    return kernel
