"""Find every Python environment from what lies on disk; never start a Python process.

Results are cached by modification time: a refresh re-reads only environments whose
markers (pyvenv.cfg, conda-meta, site-packages, interpreter link) changed.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

from core.envs import markers as mk
from core.envs.locators import (
    LOCATORS,
    Candidate,
    Locations,
    SearchContext,
    locations,
    scan_roots,
)
from core.envs.model import Environment, EnvKind
from core.envs.walk import FolderWalker
from core.text import translate

Signature = tuple[object, ...]


def default_context(
    extra_folders: tuple[Path, ...] = (),
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
    include_system: bool = True,
    home_scan: bool = True,
) -> SearchContext:
    """Where to look: the tools' folders, ``extra_folders`` (the user's roots), the home
    folder unless ``home_scan`` is off, and interpreters on PATH unless ``include_system``
    is off."""
    env = dict(os.environ) if env is None else env
    home = Path(env.get("HOME") or Path.home()) if home is None else home
    return SearchContext(
        home, env, extra_folders, include_system=include_system, home_scan=home_scan
    )


def _under(path: Path, folders: list[Path]) -> bool:
    return any(path.is_relative_to(f) for f in folders if str(f) not in ("", "/"))


def _is_poetry_project(folder: Path) -> bool:
    try:
        return "[tool.poetry]" in (folder / "pyproject.toml").read_text(errors="replace")
    except OSError:
        return False


def classify_venv(path: Path, cfg: dict[str, str], hint: EnvKind | None, loc: Locations) -> EnvKind:
    if hint in (
        EnvKind.POETRY,
        EnvKind.PIPENV,
        EnvKind.VIRTUALENVWRAPPER,
        EnvKind.HATCH,
        EnvKind.PYENV_VIRTUALENV,
    ):
        return hint
    if _under(path, loc.poetry) or (path.name == ".venv" and _is_poetry_project(path.parent)):
        return EnvKind.POETRY
    if _under(path, loc.pipenv):
        return EnvKind.PIPENV
    if _under(path, loc.wrapper):
        return EnvKind.VIRTUALENVWRAPPER
    if _under(path, loc.hatch):
        return EnvKind.HATCH
    if any(path.parent.is_relative_to(v) and path.parent.name == "envs" for v in loc.pyenv):
        return EnvKind.PYENV_VIRTUALENV
    if "uv" in cfg:
        return EnvKind.UV
    if "virtualenv" in cfg:
        return EnvKind.VIRTUALENV
    return EnvKind.VENV


def _mtime(path: Path) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return -1


def signature(path: Path) -> Signature:
    interp = mk.interpreter_path(path)
    try:
        link = os.readlink(interp) if interp.is_symlink() else ""
    except OSError:
        link = ""
    return (
        _mtime(path / mk.PYVENV_CFG),
        _mtime(path / "conda-meta"),
        tuple(_mtime(sp) for sp in mk.site_packages_dirs(path)),
        link,
        interp.exists(),
    )


def _health_venv(path: Path, cfg: dict[str, str]) -> str:
    interp = mk.interpreter_path(path)
    if interp.is_symlink() and not interp.exists():
        target = os.path.realpath(interp)
        return translate(
            "core",
            "bin/{0} points to {1}, which no longer exists "
            "(the base Python was upgraded or removed)",
        ).format(interp.name, target)
    if not os.path.lexists(interp):
        return translate("core", "no Python interpreter in bin/")
    home = cfg.get("home")
    if not home:
        return translate("core", "pyvenv.cfg has no 'home' entry")
    if not Path(home).is_dir():
        return translate("core", "the base Python folder {0} from pyvenv.cfg is gone").format(home)
    return ""


def _conda_pip_count(site_dirs: list[Path]) -> int:
    """dist-infos in a conda prefix that conda did not install (pip-only packages)."""
    count = 0
    for sp in site_dirs:
        try:
            entries = [e for e in os.scandir(sp) if e.name.endswith(".dist-info")]
        except OSError:
            continue
        for entry in entries:
            try:
                installer = (Path(entry.path) / "INSTALLER").read_text().strip()
            except OSError:
                installer = ""
            if installer != "conda":
                count += 1
    return count


def _env_name(cand: Candidate, kind: EnvKind) -> str:
    path = cand.path
    if cand.conda_base:
        return "base" if kind is EnvKind.CONDA else path.name
    if kind is EnvKind.PIXI:
        return f"{path.parent.parent.parent.name}:{path.name}"
    if path.name in (".venv", "venv", ".env", "env"):
        return f"{path.parent.name}/{path.name}"
    return path.name


def inspect_candidate(cand: Candidate, loc: Locations) -> Environment:
    path = cand.path
    site = mk.site_packages_dirs(path)
    interp = mk.interpreter_path(path)
    if mk.is_venv_root(path):
        cfg = mk.read_pyvenv_cfg(path) or {}
        kind = classify_venv(path, cfg, cand.hint, loc)
        problem = _health_venv(path, cfg)
        version = (
            mk.version_from_cfg(cfg)
            or mk.version_from_patchlevel(path)
            or mk.version_from_lib_dir(path)
        )
        home = cfg.get("home", "")
        return Environment(
            path=path,
            kind=kind,
            name=_env_name(cand, kind),
            python_version=version,
            package_count=mk.count_distributions(site),
            healthy=not problem,
            problem=problem,
            interpreter=str(interp) if interp.exists() else "",
            base_interpreter=str(Path(home) / "python3") if home else "",
            system_site_packages=cfg.get("include-system-site-packages", "").lower() == "true",
            manager=cand.manager,
        )
    if mk.is_conda_root(path):
        kind = (
            EnvKind.PIXI
            if (path / "conda-meta" / "pixi").exists()
            else (cand.hint if cand.hint in (EnvKind.PYENV,) else EnvKind.CONDA)
        )
        version = mk.version_from_conda_meta(path)
        problem = ""
        if version and not interp.exists():
            problem = translate(
                "core", "python is installed in conda-meta but bin/python is missing"
            )
        count = len(mk.conda_records(path)) + _conda_pip_count(site)
        return Environment(
            path=path,
            kind=kind,
            name=_env_name(cand, kind),
            python_version=version,
            package_count=count,
            healthy=not problem,
            problem=problem,
            interpreter=str(interp) if interp.exists() else "",
            conda_base=cand.conda_base,
            manager=cand.manager,
        )
    if cand.hint is EnvKind.SYSTEM:
        exe = Path(cand.manager)
        short = exe.name[len("python") :] if exe.name.startswith("python") else ""
        version = mk.version_from_patchlevel(path) if short else ""
        if short and not version.startswith(short):
            version = short
        sys_site = mk.system_site_dirs(path, short)
        return Environment(
            path=path,
            kind=EnvKind.SYSTEM,
            name=f"system python{short}",
            python_version=version,
            package_count=mk.count_distributions(sys_site),
            interpreter=str(exe),
            manager=str(exe),
            site_dirs=tuple(sys_site),
        )
    # pyenv version folder or another plain prefix
    version = mk.version_from_patchlevel(path) or mk.version_from_lib_dir(path)
    if cand.hint is EnvKind.PYENV and path.name[:1].isdigit():
        version = version or path.name
    problem = "" if interp.exists() else translate("core", "no Python interpreter in bin/")
    return Environment(
        path=path,
        kind=cand.hint or EnvKind.PYENV,
        name=path.name,
        python_version=version,
        package_count=mk.count_distributions(site),
        healthy=not problem,
        problem=problem,
        interpreter=str(interp) if interp.exists() else "",
        manager=cand.manager,
    )


class Discovery:
    """Discovers environments; keeps a cache keyed by path and marker mtimes."""

    def __init__(self) -> None:
        self._cache: dict[Path, tuple[Signature, Candidate, Environment]] = {}
        self._lock = threading.Lock()
        self.inspected = 0  # how many environments were (re)read, for tests and benchmarks
        self.walker = FolderWalker()  # home and roots, cached per folder between refreshes

    def _located(self, ctx: SearchContext) -> Iterator[Candidate]:
        for locate in LOCATORS:
            yield from locate(ctx)
        for root in self.walker.find(scan_roots(ctx), ctx.scan_depth):
            yield Candidate(Path(root))

    def candidates(self, ctx: SearchContext) -> list[Candidate]:
        found: dict[Path, Candidate] = {}
        for cand in self._located(ctx):
            path = Path(os.path.abspath(cand.path))
            try:
                key = path.resolve()
            except OSError:
                key = path
            old = found.get(key)
            if old is None or (old.hint is None and cand.hint is not None):
                found[key] = Candidate(path, cand.hint, cand.manager, cand.conda_base)
        return list(found.values())

    def discover(self, ctx: SearchContext) -> list[Environment]:
        loc = locations(ctx)
        result = []
        fresh: dict[Path, tuple[Signature, Candidate, Environment]] = {}
        for cand in self.candidates(ctx):
            sig = signature(cand.path)
            with self._lock:
                cached = self._cache.get(cand.path)
            if cached is not None and cached[0] == sig and cached[1] == cand:
                env = cached[2]
            else:
                env = inspect_candidate(cand, loc)
                self.inspected += 1
            fresh[cand.path] = (sig, cand, env)
            result.append(env)
        with self._lock:
            self._cache = fresh
        return sorted(result, key=lambda e: (e.kind.value, e.name.lower(), str(e.path)))


def inspect_path(path: Path, ctx: SearchContext | None = None) -> Environment | None:
    """Inspect one folder given by the user; None when it is not an environment."""
    path = Path(os.path.abspath(path))
    if not mk.is_env_root(path):
        return None
    ctx = ctx or default_context(include_system=False)
    return inspect_candidate(Candidate(path), locations(ctx))
