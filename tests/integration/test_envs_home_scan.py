"""Project-local environments are found in the home folder with no folder added.

A fake HOME holds real environments made by ``python -m venv``, virtualenv, uv and
py-rattler at depths 2 to 4, and decoys the bounded walk must not report: one under
node_modules, one under a hidden folder, one at depth 5, one reached only through a
symlink, one inside another environment's site-packages, one under a bare site-packages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from core.envs import walk
from core.envs.discovery import Discovery, default_context
from core.envs.model import EnvKind
from tests.support.conda_channel import make_prefix
from tests.support.zoo import BASE_PY, PY, run, virtualenv


@dataclass
class FakeHome:
    root: Path
    home: Path
    elsewhere: Path  # an extra root outside home
    envs: dict[str, Path] = field(default_factory=dict)
    decoys: dict[str, Path] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        return {"HOME": str(self.home), "PATH": ""}


def venv(path: Path) -> Path:
    run(BASE_PY, "-m", "venv", "--without-pip", path)
    return path


@pytest.fixture(scope="module")
def fake_home(tmp_path_factory: pytest.TempPathFactory, zoo: Any) -> FakeHome:
    root = tmp_path_factory.mktemp("homescan")
    home = root / "home"
    fh = FakeHome(root, home, root / "elsewhere")
    fh.envs["proj-a"] = venv(home / "proj-a" / ".venv")  # depth 2: python -m venv .venv
    fh.envs["svc"] = virtualenv(home / "code" / "svc" / "venv", "--no-seed")  # depth 3
    uv = shutil.which("uv") or str(Path(PY).parent / "uv")
    app = home / "work" / "team" / "app" / ".venv"  # depth 4: uv venv
    run(uv, "venv", "-q", "--python", BASE_PY, app)
    fh.envs["app"] = app
    fh.envs["conda"] = make_prefix(  # depth 3: a project conda env (VS Code's .conda)
        zoo.channel, home / "work" / "ds" / ".conda", ["demo-a"], zoo.cache
    )
    # ordinary files and folders around them
    for rel in ("proj-a/src/pkg", "code/svc/tests", "work/team/app/docs", "Documents/notes"):
        (home / rel).mkdir(parents=True, exist_ok=True)
        (home / rel / "README.md").write_text("hello\n")

    fh.decoys["node_modules"] = venv(home / "web" / "node_modules" / "tool")
    fh.decoys["hidden"] = venv(home / ".secret" / "env")
    fh.decoys["depth 5"] = venv(home / "a" / "b" / "c" / "d" / ".venv")
    outside = venv(root / "outside" / "proj" / ".venv")
    (home / "linked").symlink_to(outside.parent)
    (home / "envlink").symlink_to(outside)
    fh.decoys["through a symlink"] = home / "linked" / ".venv"
    fh.decoys["symlink to an env"] = home / "envlink"
    site = next(fh.envs["proj-a"].glob("lib/python3*/site-packages"))
    fh.decoys["inside an env's site-packages"] = venv(site / "inner")
    fh.decoys["under site-packages"] = venv(home / "vendor" / "site-packages" / "inner")
    fh.decoys["under __pycache__"] = venv(home / "tools" / "__pycache__" / "env")

    # a conda prefix being made: conda-meta/ exists, its history not yet
    (home / "data" / "pending" / "conda-meta").mkdir(parents=True)
    fh.envs["elsewhere"] = venv(fh.elsewhere / "team" / "svc" / ".venv")
    # listings are trusted only for folders not modified within RACY_NS of a pass
    time.sleep(walk.RACY_NS / 1e9 + 0.1)
    return fh


def discover(fh: FakeHome, d: Discovery | None = None, **kw: Any) -> dict[Path, Any]:
    ctx = default_context(env=fh.env(), home=fh.home, include_system=False, **kw)
    return {e.path: e for e in (d or Discovery()).discover(ctx)}


def test_project_envs_are_found_with_no_folder_added(fake_home: FakeHome) -> None:
    found = discover(fake_home)
    for label in ("proj-a", "svc", "app", "conda"):
        assert fake_home.envs[label] in found, label
    assert found[fake_home.envs["proj-a"]].kind is EnvKind.VENV
    assert found[fake_home.envs["svc"]].kind is EnvKind.VIRTUALENV
    assert found[fake_home.envs["app"]].kind is EnvKind.UV
    assert found[fake_home.envs["conda"]].kind is EnvKind.CONDA
    assert found[fake_home.envs["proj-a"]].name == "proj-a/.venv"
    assert fake_home.envs["elsewhere"] not in found  # outside home, no root added


def test_decoys_are_not_found(fake_home: FakeHome) -> None:
    found = discover(fake_home)
    for label, path in fake_home.decoys.items():
        assert path not in found, label
    resolved = {p.resolve() for p in found}
    outside = (fake_home.root / "outside" / "proj" / ".venv").resolve()
    assert outside not in resolved  # not even under another name
    assert set(found) == {fake_home.envs[k] for k in ("proj-a", "svc", "app", "conda")}


def test_setting_off_finds_none(fake_home: FakeHome) -> None:
    assert discover(fake_home, home_scan=False) == {}


def test_extra_roots_are_walked_like_home(fake_home: FakeHome) -> None:
    found = discover(fake_home, extra_folders=(fake_home.elsewhere,))
    assert fake_home.envs["elsewhere"] in found and fake_home.envs["proj-a"] in found
    only = discover(fake_home, home_scan=False, extra_folders=(fake_home.home / "code",))
    assert set(only) == {fake_home.envs["svc"]}
    # a root inside home is walked once: nothing twice, nothing more
    both = discover(fake_home, extra_folders=(fake_home.home / "work",))
    assert set(both) == set(discover(fake_home))


def test_refresh_relists_only_what_changed(fake_home: FakeHome) -> None:
    d = Discovery()
    home = fake_home.home
    first = discover(fake_home, d)
    cold = set(d.walker.last_listed)
    assert str(home) in cold and str(home / "work" / "team" / "app") in cold
    assert str(home / "a" / "b" / "c") in cold and str(home / "a" / "b" / "c" / "d") not in cold
    inspected = d.inspected

    assert discover(fake_home, d) == first
    assert d.walker.last_listed == []  # nothing changed: no folder listed again
    assert d.inspected == inspected  # and no environment read again

    new = venv(home / "work" / "team" / "newsvc" / ".venv")  # deep in an unchanged tree
    try:
        again = discover(fake_home, d)
        assert new in again and again[new].kind is EnvKind.VENV
        # work/team gained a folder; newsvc is new; .venv is at the limit (checked only)
        assert sorted(d.walker.last_listed) == [
            str(home / "work" / "team"),
            str(home / "work" / "team" / "newsvc"),
        ]
        assert d.inspected == inspected + 1
    finally:
        shutil.rmtree(new.parent)
    gone = discover(fake_home, d)
    assert new not in gone and set(gone) == set(first)
    assert d.walker.last_listed == [str(home / "work" / "team")]


def test_an_env_made_in_a_listed_folder_is_seen(fake_home: FakeHome) -> None:
    """`python -m venv .` in a folder the walk already listed: its own mtime changes."""
    d = Discovery()
    folder = fake_home.home / "Documents" / "notes"
    assert folder not in discover(fake_home, d)
    venv(folder)
    try:
        assert folder in discover(fake_home, d)
        assert str(folder) in d.walker.last_listed
    finally:
        for name in ("pyvenv.cfg", "bin", "lib", "lib64", "include"):
            target = folder / name
            if target.is_symlink() or target.is_file():
                target.unlink()
            elif target.exists():
                shutil.rmtree(target)
    assert folder not in discover(fake_home, d)


def test_history_written_into_an_existing_conda_meta_is_seen(fake_home: FakeHome) -> None:
    """conda-meta/history appearing changes conda-meta's mtime, not its parent's: the
    walk looks again at folders that hold a conda-meta without history."""
    d = Discovery()
    pending = fake_home.home / "data" / "pending"
    assert pending not in discover(fake_home, d)
    history = pending / "conda-meta" / "history"
    history.write_text("==> 2024-01-01 00:00:00 <==\n")
    try:
        assert pending in discover(fake_home, d)
        assert str(pending) in d.walker.last_listed  # seen as an env now: listed afresh
    finally:
        history.unlink()
    assert pending not in discover(fake_home, d)


def _cli(fh: FakeHome, *args: str) -> set[Path]:
    env = {**os.environ, "HOME": str(fh.home)}
    out = subprocess.run(
        [sys.executable, "-m", "gui", "envs", "list", "--json", "--no-system", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return {Path(d["path"]) for d in json.loads(out)}


def test_cli_finds_them_too(fake_home: FakeHome) -> None:
    found = _cli(fake_home)
    for label in ("proj-a", "svc", "app", "conda"):
        assert fake_home.envs[label] in found, label
    assert not found & set(fake_home.decoys.values())
    assert fake_home.envs["proj-a"] not in _cli(fake_home, "--no-home-scan")
    assert fake_home.envs["elsewhere"] in _cli(fake_home, "--root", str(fake_home.elsewhere))
