"""One locator per kind of environment. Each yields candidate roots; nothing is executed.

A locator only looks where its tool keeps environments; the discovery module reads the
markers of each candidate and decides what it is. Project-local environments (in the
home folder and the user's roots) are found by ``core.envs.walk``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from core.envs import condarc
from core.envs.markers import is_conda_root, is_env_root, is_venv_root
from core.envs.model import EnvKind
from core.envs.walk import DEFAULT_DEPTH


@dataclass(frozen=True, slots=True)
class SearchContext:
    home: Path
    env: Mapping[str, str]
    extra_folders: tuple[Path, ...] = ()  # the user's roots, walked like the home folder
    scan_depth: int = DEFAULT_DEPTH
    include_system: bool = True
    home_scan: bool = True  # walk the home folder for project-local environments


def scan_roots(ctx: SearchContext) -> list[Path]:
    """Folders walked for project-local environments: home (unless turned off or it is the
    filesystem root) and the user's roots."""
    roots = []
    if ctx.home_scan and ctx.home.parent != ctx.home:
        roots.append(ctx.home)
    roots.extend(ctx.extra_folders)
    return roots


@dataclass(frozen=True, slots=True)
class Candidate:
    path: Path
    hint: EnvKind | None = None  # what the place says it is (poetry dir, pyenv versions…)
    manager: str = ""
    conda_base: bool = False


@dataclass(slots=True)
class Locations:
    """Folders that give an environment its kind by where it lies."""

    poetry: list[Path] = field(default_factory=list)
    pipenv: list[Path] = field(default_factory=list)
    wrapper: list[Path] = field(default_factory=list)
    hatch: list[Path] = field(default_factory=list)
    pyenv: list[Path] = field(default_factory=list)


def locations(ctx: SearchContext) -> Locations:
    h, env = ctx.home, ctx.env
    cache = Path(env.get("XDG_CACHE_HOME") or h / ".cache")
    data = Path(env.get("XDG_DATA_HOME") or h / ".local" / "share")
    poetry = [Path(env["POETRY_VIRTUALENVS_PATH"])] if env.get("POETRY_VIRTUALENVS_PATH") else []
    poetry.append(cache / "pypoetry" / "virtualenvs")
    wrapper = [Path(env["WORKON_HOME"])] if env.get("WORKON_HOME") else []
    wrapper.append(h / ".virtualenvs")
    pipenv = [data / "virtualenvs"]
    if env.get("PIPENV_VENV_IN_PROJECT") is None and env.get("WORKON_HOME"):
        pipenv.append(Path(env["WORKON_HOME"]))
    hatch = [Path(env["HATCH_DATA_DIR"]) / "env" / "virtual"] if env.get("HATCH_DATA_DIR") else []
    hatch.append(data / "hatch" / "env" / "virtual")
    pyenv = [Path(env.get("PYENV_ROOT") or h / ".pyenv") / "versions"]
    return Locations(poetry, pipenv, wrapper, hatch, pyenv)


def _children(folder: Path) -> Iterator[Path]:
    try:
        with os.scandir(folder) as it:
            for entry in it:
                if entry.is_dir(follow_symlinks=False):
                    yield Path(entry.path)
    except OSError:
        return


def _scan(folder: Path, depth: int) -> Iterator[Path]:
    """Environment roots under ``folder``, at most ``depth`` levels down, no symlinks."""
    if depth < 0:
        return
    if is_env_root(folder):
        yield folder
        return
    for child in _children(folder):
        if child.name in ("node_modules", ".git", "__pycache__", "site-packages"):
            continue
        pixi = child / ".pixi" / "envs"
        if pixi.is_dir():
            yield from (p for p in _children(pixi) if is_conda_root(p))
        yield from _scan(child, depth - 1)


def locate_conda(ctx: SearchContext) -> Iterator[Candidate]:
    roots = condarc.conda_roots(ctx.home, ctx.env)
    for root in roots:
        if is_conda_root(root):
            yield Candidate(root, EnvKind.CONDA, manager=str(root), conda_base=True)
        for child in _children(root / "envs"):
            if is_conda_root(child):
                yield Candidate(child, EnvKind.CONDA, manager=str(root))
    for folder in condarc.envs_dirs(ctx.home, ctx.env, roots):
        for child in _children(folder):
            if is_conda_root(child):
                yield Candidate(child, EnvKind.CONDA)
    registry = ctx.home / ".conda" / "environments.txt"
    try:
        lines = registry.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    for raw in lines:
        line = raw.strip()
        if line and not line.startswith("#"):
            path = Path(line)
            if is_conda_root(path):
                yield Candidate(path, EnvKind.CONDA)


def locate_pyenv(ctx: SearchContext) -> Iterator[Candidate]:
    for versions in locations(ctx).pyenv:
        for child in _children(versions):
            if is_venv_root(child):
                yield Candidate(child, EnvKind.PYENV_VIRTUALENV, manager="pyenv")
            elif (child / "bin" / "python").exists() or is_conda_root(child):
                yield Candidate(
                    child, EnvKind.PYENV, manager="pyenv", conda_base=is_conda_root(child)
                )
            for env_dir in _children(child / "envs"):
                if is_venv_root(env_dir):
                    yield Candidate(env_dir, EnvKind.PYENV_VIRTUALENV, manager=child.name)
                elif is_conda_root(env_dir):
                    yield Candidate(env_dir, EnvKind.CONDA, manager=str(child))


def locate_tool_dirs(ctx: SearchContext) -> Iterator[Candidate]:
    """poetry, pipenv, virtualenvwrapper and hatch keep their venvs in known folders."""
    loc = locations(ctx)
    for kind, folders, depth in (
        (EnvKind.POETRY, loc.poetry, 0),
        (EnvKind.PIPENV, loc.pipenv, 0),
        (EnvKind.VIRTUALENVWRAPPER, loc.wrapper, 0),
        (EnvKind.HATCH, loc.hatch, 2),
    ):
        for folder in folders:
            for child in _children(folder):
                for root in _scan(child, depth):
                    yield Candidate(root, kind)


def locate_system(ctx: SearchContext) -> Iterator[Candidate]:
    """Interpreters on PATH that are not inside an environment: their prefixes."""
    if not ctx.include_system:
        return
    seen: set[Path] = set()
    for d in ctx.env.get("PATH", "").split(os.pathsep):
        if not d:
            continue
        try:
            names = [e.name for e in os.scandir(d)]
        except OSError:
            continue
        for name in names:
            if not (
                name == "python3"
                or (name.startswith("python3.") and name[8:].replace(".", "").isdigit())
            ):
                continue
            exe = Path(d) / name
            try:
                real = exe.resolve(strict=True)
            except (OSError, RuntimeError):
                continue
            prefix = real.parent.parent
            if prefix in seen or "shims" in exe.parts or is_env_root(prefix):
                continue
            if is_env_root(exe.parent.parent):
                continue  # a venv's own bin/ on PATH
            seen.add(prefix)
            yield Candidate(prefix, EnvKind.SYSTEM, manager=str(real))


# the home folder and the user's roots are walked by core.envs.walk (cached per folder)
LOCATORS = (locate_conda, locate_pyenv, locate_tool_dirs, locate_system)
