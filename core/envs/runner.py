"""The Python that runs virtualenv and pip for EnvDock.

From source that is the interpreter running EnvDock. A packaged (frozen) EnvDock has
no usable ``sys.executable`` — it is EnvDock itself — so it picks a real Python 3.8+
(the one the user chose for the new environment, else one on PATH) and runs the copy
of virtualenv the bundle carries as plain files under ``pyrunner/``; pip then comes
from virtualenv's embedded pip wheel, which pip supports running from directly.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from packaging.version import Version

from core.errors import EnvDockError
from core.procs import clean_env
from core.text import translate

MIN_RUNNER = (3, 8)
FALLBACKS = ("python3", "python", "/usr/bin/python3", "/usr/local/bin/python3")


class NoRunnerPython(EnvDockError):
    default_hint = translate(
        "core",
        "The packaged EnvDock creates environments with a Python "
        "installed on this machine: install Python 3.8 or newer "
        "(sudo apt-get install python3) or pick an interpreter in "
        "the Python list.",
    )


@dataclass(frozen=True, slots=True)
class Runner:
    """``argv`` prefix (interpreter and how to reach the tool) and the child's environment."""

    argv: tuple[str, ...]
    env: dict[str, str] | None = field(default=None)


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_lib() -> Path:
    return Path(getattr(sys, "_MEIPASS", "")) / "pyrunner"


def can_run(python: str) -> bool:
    """True when ``python`` starts and is at least 3.8 (virtualenv's own floor)."""
    try:
        done = subprocess.run(  # noqa: S603 - argument list, no shell
            [python, "-c", f"import sys; sys.exit(sys.version_info < {MIN_RUNNER!r})"],
            env=clean_env(),
            capture_output=True,
            timeout=15,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def pick_python(preferred: str = "") -> str:
    """A real interpreter: ``preferred`` when it can run virtualenv, else one on PATH."""
    candidates = [preferred] if preferred else []
    for name in FALLBACKS:
        found = shutil.which(name) if not os.path.isabs(name) else name
        if found and found not in candidates:
            candidates.append(found)
    for python in candidates:
        if python and Path(python).exists() and can_run(python):
            return python
    raise NoRunnerPython(
        translate("core", "No Python 3.8 or newer found to run virtualenv and pip")
    )


def virtualenv_runner(preferred: str = "") -> Runner:
    if not frozen():
        return Runner((sys.executable, "-m", "virtualenv"))
    env = clean_env({"PYTHONPATH": str(bundle_lib()), "PYTHONNOUSERSITE": "1"})
    return Runner((pick_python(preferred), "-m", "virtualenv"), env)


def pip_runner(preferred: str = "") -> Runner:
    """pip not belonging to any environment (used with ``--python`` on pip-less ones)."""
    if not frozen():
        return Runner((sys.executable, "-m", "pip"))
    embed = bundle_lib() / "virtualenv" / "seed" / "wheels" / "embed"
    wheels = sorted(embed.glob("pip-*.whl"), key=lambda p: Version(p.name.split("-")[1]))
    if not wheels:
        raise NoRunnerPython(
            translate("core", "This EnvDock bundle carries no pip wheel"),
            translate(
                "core",
                "Install pip into the environment with its own Python (python -m ensurepip).",
            ),
        )
    return Runner((pick_python(preferred), str(wheels[-1] / "pip")), clean_env())
