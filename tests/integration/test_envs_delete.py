"""Deleting an environment takes what its tools made and leaves the user's files beside it.

One test per layout, on real environments (venv, virtualenv, uv, a conda prefix made by
py-rattler): in place with code beside ``bin/``, code inside ``bin/`` that no RECORD owns, a
conda prefix with a user folder, and clean environments, which still go whole.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from core.envs.ops import remove_env
from core.envs.safety import check_deletable
from core.jobs import Job, JobState
from tests.integration.test_envs_ops import envdock
from tests.support.conda_channel import make_prefix


def _venv(path: Path, tool: str) -> Path:
    uv = Path(sys.executable).parent / "uv"
    cmd = {
        "venv": [sys.executable, "-m", "venv", "--without-pip", str(path)],
        "venv+pip": [sys.executable, "-m", "venv", str(path)],
        "virtualenv": [sys.executable, "-m", "virtualenv", "-q", str(path)],
        "uv": [str(uv), "venv", "-q", "--seed", str(path)],
    }[tool]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    return path


def _user_files(root: Path) -> dict[str, str]:
    (root / "src").mkdir()
    (root / "src" / "app.py").write_text("print('my app')\n")
    (root / "NOTES.md").write_text("# my notes\n")
    (root / "data").mkdir()
    (root / "data" / "train.csv").write_text("a,b\n1,2\n")
    return {
        "src/app.py": "print('my app')\n",
        "NOTES.md": "# my notes\n",
        "data/train.csv": "a,b\n1,2\n",
    }


def _remove(target: Path) -> Job:
    plan = check_deletable(target)
    job = Job("remove", lambda j: remove_env(j, plan))
    job.run()
    assert job.state is JobState.SUCCEEDED, job.error
    return job


def _plan_json(target: Path) -> dict[str, Any]:
    proc = envdock("envs", "remove", str(target), "--json")
    assert proc.returncode == 1 and "--yes" in proc.stderr, proc.stderr
    return dict(json.loads(proc.stdout))


def test_in_place_venv_keeps_the_code_beside_bin(tmp_path: Path) -> None:
    project = _venv(tmp_path / "myproject", "venv+pip")
    mine = _user_files(project)
    plan = _plan_json(project)
    assert plan["whole"] is False
    assert sorted(Path(p).name for p in plan["keeps"]) == ["NOTES.md", "data", "src"]
    assert str(project / "pyvenv.cfg") in plan["removes"]
    assert str(project / "lib") in plan["removes"]
    assert str(project / "bin" / "pip") in plan["removes"]
    summary = check_deletable(project).summary()
    assert "NOTES.md" in summary and "src/" in summary and "(3)" in summary

    proc = envdock("envs", "remove", str(project), "--yes")
    assert proc.returncode == 0, proc.stderr
    for rel, text in mine.items():
        assert (project / rel).read_text() == text
    assert sorted(p.name for p in project.iterdir()) == ["NOTES.md", "data", "src"]


def test_code_inside_bin_that_no_record_owns_stays(tmp_path: Path) -> None:
    env = _venv(tmp_path / "tooling", "virtualenv")
    (env / "bin" / "deploy.sh").write_text("#!/bin/sh\necho deploying\n")
    (env / "bin" / "tools").mkdir()
    (env / "bin" / "tools" / "helper.py").write_text("x = 1\n")
    plan = check_deletable(env)
    assert not plan.whole
    assert set(plan.parts.kept) == {env / "bin" / "deploy.sh", env / "bin" / "tools"}
    _remove(env)
    assert (env / "bin" / "deploy.sh").read_text() == "#!/bin/sh\necho deploying\n"
    assert (env / "bin" / "tools" / "helper.py").exists()
    left = sorted(str(p.relative_to(env)) for p in env.rglob("*"))
    assert left == ["bin", "bin/deploy.sh", "bin/tools", "bin/tools/helper.py"]


def test_package_files_outside_site_packages_go_by_their_record(tmp_path: Path) -> None:
    env = _venv(tmp_path / "withdata", "venv")
    site = next((env / "lib").glob("python*/site-packages"))
    dist = site / "demo_data-1.0.dist-info"
    dist.mkdir()
    (env / "share" / "demo").mkdir(parents=True)
    (env / "share" / "demo" / "demo.conf").write_text("owned\n")
    (env / "share" / "mine.txt").write_text("the user's\n")
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: demo-data\nVersion: 1.0\n")
    (dist / "RECORD").write_text(
        "../../../share/demo/demo.conf,,\n"
        "../../../../outside.txt,,\n"  # leaves the environment: never followed
        "demo_data-1.0.dist-info/RECORD,,\n"
    )
    outside = tmp_path / "outside.txt"
    outside.write_text("not the environment's\n")
    _remove(env)
    assert not (env / "share" / "demo").exists()
    assert (env / "share" / "mine.txt").read_text() == "the user's\n"
    assert outside.read_text() == "not the environment's\n"
    assert sorted(p.name for p in env.iterdir()) == ["share"]


def test_conda_prefix_keeps_the_user_folder(tmp_path: Path, zoo: Any) -> None:
    prefix = make_prefix(zoo.channel, tmp_path / "cenv", ["demo-b", "python=3.11"], zoo.cache)
    (prefix / "notebooks").mkdir()
    (prefix / "notebooks" / "eda.ipynb").write_text("{}")
    (prefix / "bin" / "my-script").write_text("#!/bin/sh\n")
    plan = check_deletable(prefix)
    assert plan.marker == "conda-meta/history"
    assert set(plan.parts.kept) == {prefix / "notebooks", prefix / "bin" / "my-script"}
    _remove(prefix)
    assert (prefix / "notebooks" / "eda.ipynb").read_text() == "{}"
    assert (prefix / "bin" / "my-script").exists()
    assert not (prefix / "conda-meta").exists()
    assert not (prefix / "lib").exists()  # every listed file went, its folders with them


@pytest.mark.parametrize("tool", ["venv", "venv+pip", "virtualenv", "uv"])
def test_clean_environment_goes_whole(tmp_path: Path, tool: str) -> None:
    env = _venv(tmp_path / "clean", tool)
    plan = check_deletable(env)
    assert plan.whole, plan.parts.kept
    assert "whole folder" in plan.summary()
    _remove(env)
    assert not env.exists()


def test_clean_conda_prefix_goes_whole(tmp_path: Path, zoo: Any) -> None:
    prefix = make_prefix(zoo.channel, tmp_path / "cclean", ["demo-b", "python=3.11"], zoo.cache)
    plan = check_deletable(prefix)
    assert plan.whole, plan.parts.kept
    _remove(prefix)
    assert not prefix.exists()


def test_a_bin_folder_linked_elsewhere_is_not_emptied(tmp_path: Path) -> None:
    victim = tmp_path / "system-bin"
    victim.mkdir()
    (victim / "python3").write_text("the real one\n")
    (victim / "activate").write_text("someone else's\n")
    env = _venv(tmp_path / "linked", "venv")
    import shutil

    shutil.rmtree(env / "bin")
    (env / "bin").symlink_to(victim)
    _remove(env)
    assert (victim / "python3").read_text() == "the real one\n"
    assert (victim / "activate").read_text() == "someone else's\n"


def test_files_added_after_the_confirmation_stay(tmp_path: Path) -> None:
    env = _venv(tmp_path / "late", "venv")
    plan = check_deletable(env)
    assert plan.whole
    (env / "written-meanwhile.txt").write_text("new work\n")
    job = Job("remove", lambda j: remove_env(j, plan))
    job.run()
    assert job.state is JobState.SUCCEEDED, job.error
    assert (env / "written-meanwhile.txt").read_text() == "new work\n"
    assert not (env / "pyvenv.cfg").exists()
