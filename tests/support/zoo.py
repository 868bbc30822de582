"""A zoo of real environments in a temporary HOME, made the way users make them.

venv, virtualenv (with and without --system-site-packages), uv, a pyenv-like layout
with a pyenv-virtualenv, poetry-, pipenv-, virtualenvwrapper- and hatch-style places,
conda prefixes and a pixi env made by py-rattler from a local channel, a broken env
whose base interpreter was removed, and decoys that look similar but are not envs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.conda_channel import build_channel, make_prefix
from tests.support.wheels import make_project, make_wheel

PY = sys.executable
BASE_PY = os.path.realpath(getattr(sys, "_base_executable", sys.executable))


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(a) for a in args], check=True, capture_output=True, env=env, timeout=300)


def pip_into(env_root: Path, *args: str | Path) -> None:
    """Install with the test runner's pip into another environment (no pip needed there)."""
    run(
        PY,
        "-m",
        "pip",
        "--disable-pip-version-check",
        "--python",
        env_root / "bin" / "python",
        "install",
        "--no-index",
        *args,
    )


def virtualenv(path: Path, *flags: str, python: str = BASE_PY) -> Path:
    run(PY, "-m", "virtualenv", "--no-periodic-update", "-p", python, *flags, path)
    return path


@dataclass
class Zoo:
    home: Path
    wheels: Path
    channel: Path
    cache: Path
    envs: dict[str, Path] = field(default_factory=dict)
    decoys: dict[str, Path] = field(default_factory=dict)
    projects: Path = Path()

    def env(self) -> dict[str, str]:
        return {
            "HOME": str(self.home),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYENV_ROOT": str(self.home / ".pyenv"),
        }


def build_zoo(root: Path) -> Zoo:
    home = root / "home"
    home.mkdir(parents=True)
    wheels = root / "wheels"
    make_wheel(wheels, "demo-a", "1.0")
    make_wheel(wheels, "demo-a", "1.1")
    make_wheel(wheels, "demo-b", "2.0", requires=["demo-a>=1.0"])
    make_wheel(wheels, "demo-c", "3.0")
    zoo = Zoo(home, wheels, root / "channel", root / "rattler-cache")
    projects = home / "projects"
    zoo.projects = projects

    # python -m venv in a project folder, with packages from local wheels
    app = projects / "app" / ".venv"
    run(BASE_PY, "-m", "venv", "--without-pip", app)
    pip_into(app, "--find-links", wheels, "demo-b")
    zoo.envs["venv"] = app

    # virtualenv with pip (pip-ready), an editable project and a local wheel
    full = virtualenv(projects / "full", "--setuptools", "bundle")
    project = make_project(projects / "mylib-src", "mylib")
    run(
        full / "bin" / "python",
        "-m",
        "pip",
        "install",
        "--no-index",
        "--no-build-isolation",
        "-e",
        project,
    )
    run(
        full / "bin" / "python",
        "-m",
        "pip",
        "install",
        "--no-index",
        wheels / "demo_c-3.0-py3-none-any.whl",
    )
    zoo.envs["virtualenv"] = full

    zoo.envs["system-site"] = virtualenv(projects / "rpi", "--system-site-packages", "--no-seed")
    uv = shutil.which("uv") or str(Path(PY).parent / "uv")
    run(uv, "venv", "-q", "--python", BASE_PY, projects / "uvproj" / ".venv")
    zoo.envs["uv"] = projects / "uvproj" / ".venv"

    # tool folders
    zoo.envs["poetry"] = virtualenv(
        home / ".cache/pypoetry/virtualenvs/shop-AbC12345-py3.11", "--no-seed"
    )
    zoo.envs["pipenv"] = virtualenv(home / ".local/share/virtualenvs/api-Xy7z9Qw1", "--no-seed")
    zoo.envs["virtualenvwrapper"] = virtualenv(home / ".virtualenvs" / "wrapped", "--no-seed")
    zoo.envs["hatch"] = virtualenv(
        home / ".local/share/hatch/env/virtual/proj/aBcD/default", "--no-seed"
    )

    # pyenv-like: a "version" (its bin/python links to the real interpreter) and an env
    version = home / ".pyenv" / "versions" / "3.11.7"
    (version / "bin").mkdir(parents=True)
    (version / "bin" / "python3.11").symlink_to(BASE_PY)
    (version / "bin" / "python").symlink_to("python3.11")
    include = Path(sysconfig.get_paths()["include"]) / "patchlevel.h"
    (version / "include" / "python3.11").mkdir(parents=True)
    if include.exists():
        shutil.copy(include, version / "include" / "python3.11" / "patchlevel.h")
    else:
        (version / "include/python3.11/patchlevel.h").write_text('#define PY_VERSION "3.11.7"\n')
    (version / "lib" / "python3.11" / "site-packages").mkdir(parents=True)
    zoo.envs["pyenv"] = version
    zoo.envs["pyenv-virtualenv"] = virtualenv(version / "envs" / "pv1", "--no-seed")

    # broken: made from a base interpreter that is then removed
    base = root / "oldbase" / "bin"
    base.mkdir(parents=True)
    (base / "python3.11").symlink_to(BASE_PY)
    broken = projects / "broken"
    run(base / "python3.11", "-m", "venv", "--without-pip", broken)
    shutil.rmtree(root / "oldbase")
    zoo.envs["broken"] = broken

    # conda: a miniforge-like base with envs/, plus envs registered in environments.txt
    build_channel(zoo.channel)
    ch = zoo.channel
    forge = home / "miniforge3"
    make_prefix(ch, forge, ["python=3.11"], zoo.cache)
    (forge / "condabin").mkdir()
    zoo.envs["conda-base"] = forge
    zoo.envs["conda"] = make_prefix(ch, forge / "envs" / "ml", ["demo-b", "python=3.11"], zoo.cache)
    # pip inside a conda prefix: --target its site-packages (the test python is a stand-in)
    run(
        PY,
        "-m",
        "pip",
        "--disable-pip-version-check",
        "install",
        "--no-index",
        "--no-deps",
        "--target",
        zoo.envs["conda"] / "lib" / "python3.11" / "site-packages",
        wheels / "demo_c-3.0-py3-none-any.whl",
    )
    elsewhere = make_prefix(ch, root / "elsewhere" / "tools", ["demo-a"], zoo.cache)
    (home / ".conda").mkdir()
    (home / ".conda" / "environments.txt").write_text(f"{elsewhere}\n/no/such/env\n")
    zoo.envs["conda-registered"] = elsewhere
    condarc_dir = root / "condarc-envs"
    zoo.envs["conda-condarc"] = make_prefix(ch, condarc_dir / "viaconfig", ["demo-a"], zoo.cache)
    (home / ".condarc").write_text(f"envs_dirs:\n  - {condarc_dir}\nchannels:\n  - file://{ch}\n")
    pixi = projects / "pixiproj" / ".pixi" / "envs" / "default"
    make_prefix(ch, pixi, ["demo-a"], zoo.cache)
    (pixi / "conda-meta" / "pixi").write_text("{}")
    zoo.envs["pixi"] = pixi

    # decoys
    d = projects / "decoy-cfg-dir"
    (d / "pyvenv.cfg").mkdir(parents=True)
    zoo.decoys["pyvenv.cfg is a folder"] = d
    d = projects / "decoy-conda-meta"
    (d / "conda-meta").mkdir(parents=True)
    zoo.decoys["conda-meta without history"] = d
    d = projects / "decoy-site"
    (d / "lib" / "python3.11" / "site-packages").mkdir(parents=True)
    zoo.decoys["lib without markers"] = d
    (projects / "link-to-app").symlink_to(app)
    zoo.decoys["symlink to an env"] = projects / "link-to-app"
    return zoo
