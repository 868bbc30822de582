"""Operations on real environments, end to end, and every refusal."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from core.envs import markers as mk
from core.envs.conda_ops import create_conda_env
from core.envs.discovery import inspect_path
from core.envs.lifecycle import backup_all, clone_env, create_from_file, rename_env, restore_all
from core.envs.ops import CreateOptions, create_venv, pip_install, pip_uninstall
from core.envs.packages import read_packages
from core.envs.safety import RefusedDelete, check_deletable
from core.envs.specfiles import parse_environment_yml, to_environment_yml, to_requirements
from core.jobs import Job, JobState
from tests.integration.helpers import wait_until


def envdock(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )


def run_job(work: Any) -> Job:
    job = Job("test", work)
    job.run()
    return job


def versions(prefix: Path) -> dict[str, str]:
    return {p.key: p.version for p in read_packages(prefix)}


def test_cli_create_variants(tmp_path: Path, offline_pip: Path) -> None:
    plain = tmp_path / "plain"
    proc = envdock("envs", "create", str(plain))
    assert proc.returncode == 0, proc.stderr
    assert "pip" in versions(plain)
    assert (mk.read_pyvenv_cfg(plain) or {})["include-system-site-packages"] == "false"

    rpi = tmp_path / "rpi"
    assert (
        envdock(
            "envs",
            "create",
            str(rpi),
            "--system-site-packages",
            "--without-pip",
            "--python",
            sys.executable,
        ).returncode
        == 0
    )
    assert (mk.read_pyvenv_cfg(rpi) or {})["include-system-site-packages"] == "true"
    assert versions(rpi) == {}

    req = tmp_path / "requirements.txt"
    req.write_text("demo-b==2.0\n")
    withreq = tmp_path / "withreq"
    proc = envdock("envs", "create", str(withreq), "-r", str(req))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert versions(withreq)["demo-b"] == "2.0" and "demo-a" in versions(withreq)


@pytest.mark.parametrize("name", ["my env", "..", "x;rm -rf ~", "$(reboot)", "a`b`", "-x"])
def test_bad_names_are_refused_with_the_reason(tmp_path: Path, name: str) -> None:
    proc = envdock("envs", "create", f"{tmp_path}/{name}")
    assert proc.returncode in (1, 2)
    assert proc.stderr.strip()
    assert "Traceback" not in proc.stderr
    assert not any(p.is_dir() and mk.is_venv_root(p) for p in tmp_path.rglob("*"))


def test_malformed_requirements_name_the_line(tmp_path: Path) -> None:
    req = tmp_path / "requirements.txt"
    req.write_text("demo-a==1.0\n# comment\nnumpy=1.26\n")
    proc = envdock("envs", "create", str(tmp_path / "x"), "-r", str(req))
    assert proc.returncode == 1
    assert "line 3" in proc.stderr and "==" in proc.stderr
    assert not (tmp_path / "x").exists()


def test_cancel_during_create_removes_the_half_made_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The requirements step talks to an index that accepts and never answers, so the job
    is surely still running when it is cancelled: the half-made folder must go."""
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    monkeypatch.setenv("PIP_INDEX_URL", f"http://127.0.0.1:{silent.getsockname()[1]}/simple")
    monkeypatch.setenv("PIP_TIMEOUT", "60")
    monkeypatch.delenv("PIP_FIND_LINKS", raising=False)
    monkeypatch.delenv("PIP_NO_INDEX", raising=False)
    req = tmp_path / "requirements.txt"
    req.write_text("demo-a\n")
    target = tmp_path / "halfway"
    job = Job("create", lambda j: create_venv(j, CreateOptions(target, requirements=req)))
    thread = threading.Thread(target=job.run)
    thread.start()
    try:
        assert wait_until(lambda: any("pip install" in line for line in job.lines()), 30)
        assert target.is_dir() and not job.state.finished
        job.cancel()
        thread.join(30)
    finally:
        silent.close()
    assert job.state is JobState.CANCELLED
    assert not target.exists()


HOSTILE = ["/", "/usr", "/usr/local", "/tmp", "/home", str(Path.home()), "/etc", "/opt/x"]


@pytest.mark.parametrize("target", HOSTILE)
def test_hostile_deletes_are_refused(target: str) -> None:
    with pytest.raises(RefusedDelete):
        check_deletable(target)
    proc = envdock("envs", "remove", target, "--yes")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr


def test_delete_refusals_on_the_zoo(zoo: Any, tmp_path: Path) -> None:
    with pytest.raises(RefusedDelete, match="EnvDock itself"):
        check_deletable(sys.prefix)
    with pytest.raises(RefusedDelete, match="conda installation"):
        check_deletable(zoo.envs["conda-base"])
    with pytest.raises(RefusedDelete, match="symbolic link"):
        check_deletable(zoo.decoys["symlink to an env"])
    for label, decoy in zoo.decoys.items():
        if label != "symlink to an env":
            with pytest.raises(RefusedDelete, match="not an environment"):
                check_deletable(decoy)
    with pytest.raises(RefusedDelete):
        check_deletable(zoo.envs["pyenv"])
    with pytest.raises(RefusedDelete, match="not an absolute"):
        check_deletable("relative/env")
    # an environment-looking folder that holds a home directory is refused too
    fake_root = tmp_path / "a" / "b" / "c"
    fake_root.mkdir(parents=True)
    (fake_root / "pyvenv.cfg").write_text("home = /usr/bin\n")
    from core.envs import safety

    real_homes = safety._home_dirs
    try:
        safety._home_dirs = lambda: {fake_root / "user"}
        with pytest.raises(RefusedDelete, match="home directory"):
            check_deletable(fake_root)
    finally:
        safety._home_dirs = real_homes
    assert check_deletable(fake_root).marker == "pyvenv.cfg"


def test_symlinks_inside_are_not_followed(tmp_path: Path, zoo: Any) -> None:
    victim = tmp_path / "precious"
    victim.mkdir()
    (victim / "data.txt").write_text("keep me")
    env = tmp_path / "todelete"
    assert envdock("envs", "create", str(env), "--without-pip").returncode == 0
    (env / "link-out").symlink_to(victim)
    proc = envdock("envs", "remove", str(env))
    assert proc.returncode == 1 and "--yes" in proc.stderr and env.exists()
    proc = envdock("envs", "remove", str(env), "--yes")
    assert proc.returncode == 0, proc.stderr
    # the link is not the environment's: it stays, and what it points to is untouched
    assert [p.name for p in env.iterdir()] == ["link-out"]
    assert (victim / "data.txt").read_text() == "keep me"


def test_packages_install_upgrade_uninstall(tmp_path: Path, offline_pip: Path) -> None:
    env = tmp_path / "pk"
    assert run_job(lambda j: create_venv(j, CreateOptions(env))).state is JobState.SUCCEEDED
    assert run_job(lambda j: pip_install(j, env, ["demo-a==1.0"])).state is JobState.SUCCEEDED
    assert versions(env)["demo-a"] == "1.0"
    assert (
        run_job(lambda j: pip_install(j, env, ["demo-a"], upgrade=True)).state is JobState.SUCCEEDED
    )
    assert versions(env)["demo-a"] == "1.1"
    job = run_job(lambda j: pip_install(j, env, ["demo-b"], no_deps=True))
    assert job.state is JobState.SUCCEEDED and "demo-b" in versions(env)
    wheel = offline_pip / "demo_c-3.0-py3-none-any.whl"
    assert run_job(lambda j: pip_install(j, env, [str(wheel)])).state is JobState.SUCCEEDED
    assert (
        run_job(lambda j: pip_uninstall(j, env, ["demo-b", "demo-c"])).state is JobState.SUCCEEDED
    )
    assert set(versions(env)) == {"pip", "demo-a"}
    failed = run_job(lambda j: pip_install(j, env, ["no-such-package-xyz"]))
    assert failed.state is JobState.FAILED and failed.error is not None
    assert "pip install failed" in failed.error.message
    assert "no-such-package-xyz" in failed.error.message


def test_clone_and_rename_venv(zoo: Any, tmp_path: Path, offline_pip: Path) -> None:
    source = zoo.envs["venv"]
    clone = tmp_path / "clone"
    job = run_job(lambda j: clone_env(j, source, clone))
    assert job.state is JobState.SUCCEEDED, job.error
    assert {k: v for k, v in versions(clone).items() if k != "pip"} == versions(source)
    renamed = tmp_path / "renamed"
    job = run_job(lambda j: rename_env(j, clone, renamed))
    assert job.state is JobState.SUCCEEDED, job.error
    assert not clone.exists() and inspect_path(renamed) is not None


def test_rename_failure_keeps_the_old_env(zoo: Any, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path / "empty"))
    source = zoo.envs["venv"]
    job = run_job(lambda j: rename_env(j, source, tmp_path / "new"))
    assert job.state is JobState.FAILED
    assert source.exists() and not (tmp_path / "new").exists()


def test_export_and_recreate_from_requirements(zoo: Any, tmp_path: Path, offline_pip: Path) -> None:
    source = zoo.envs["venv"]
    req = tmp_path / "requirements.txt"
    req.write_text(to_requirements(read_packages(source)))
    assert req.read_text().splitlines() == ["demo-a==1.1", "demo-b==2.0"]
    target = tmp_path / "fromreq"
    job = run_job(lambda j: create_from_file(j, req, target))
    assert job.state is JobState.SUCCEEDED, job.error
    assert {k: v for k, v in versions(target).items() if k != "pip"} == versions(source)


def test_conda_env_yml_round_trip(zoo: Any, tmp_path: Path) -> None:
    source = zoo.envs["conda"]
    text = to_environment_yml("ml", read_packages(source), [f"file://{zoo.channel}"])
    spec = parse_environment_yml(text)
    assert sorted(spec.conda) == ["demo-a=1.0", "demo-b=2.1", "pip", "python=3.11.7"]
    assert spec.pip == [f"demo-c @ file://{zoo.wheels}/demo_c-3.0-py3-none-any.whl"]
    assert spec.channels == [f"file://{zoo.channel}"]
    target = tmp_path / "fromyml"
    specs = [c for c in spec.conda if c != "pip"]  # the test channel has no pip package
    job = Job("yml", lambda j: create_conda_env(j, target, specs, spec.channels, zoo.cache))
    job.run()
    assert job.state is JobState.SUCCEEDED, job.error
    got = {p.key: p.version for p in read_packages(target) if p.source == "conda"}
    assert got == {"python": "3.11.7", "demo-a": "1.0", "demo-b": "2.1"}


def test_conda_create_bad_spec_leaves_nothing(zoo: Any, tmp_path: Path) -> None:
    ch = [f"file://{zoo.channel}"]
    job = run_job(lambda j: create_conda_env(j, tmp_path / "nope", ["no-such-pkg"], ch, zoo.cache))
    assert job.state is JobState.FAILED and job.error is not None
    assert "no-such-pkg" in job.error.details or "no-such-pkg" in job.error.message
    assert not (tmp_path / "nope").exists()


def test_backup_and_restore_all(zoo: Any, tmp_path: Path, offline_pip: Path) -> None:
    from core.envs.discovery import Discovery, default_context

    one = tmp_path / "envs" / "one"
    assert run_job(lambda j: create_venv(j, CreateOptions(one))).state is JobState.SUCCEEDED
    assert run_job(lambda j: pip_install(j, one, ["demo-b==2.0"])).state is JobState.SUCCEEDED
    ctx = default_context(
        (tmp_path / "envs",),
        env={"HOME": str(tmp_path), "PATH": ""},
        home=tmp_path,
        include_system=False,
    )
    envs = Discovery().discover(ctx)
    assert [e.path for e in envs] == [one]
    backup = tmp_path / "backup"
    assert run_job(lambda j: backup_all(j, envs, backup)).state is JobState.SUCCEEDED
    before = versions(one)
    job = run_job(lambda j: restore_all(j, backup))
    assert job.result[0].outcome == "skipped"
    import shutil

    shutil.rmtree(one)
    job = run_job(lambda j: restore_all(j, backup))
    assert job.state is JobState.SUCCEEDED
    assert [r.outcome for r in job.result] == ["created"], job.result
    assert versions(one) == before
    (backup / "manifest.json").write_text("{broken")
    bad = run_job(lambda j: restore_all(j, backup))
    assert bad.state is JobState.FAILED and "manifest" in bad.error.message  # type: ignore[union-attr]


def test_conda_install_and_remove_with_rattler(zoo: Any, tmp_path: Path) -> None:
    from core.envs.conda_ops import conda_install, conda_remove

    ch = [f"file://{zoo.channel}"]
    env = tmp_path / "c"
    assert run_job(lambda j: create_conda_env(j, env, ["demo-a"], ch, zoo.cache)).error is None
    assert {p.key for p in read_packages(env)} == {"demo-a", "python"}
    job = run_job(lambda j: conda_install(j, env, ["demo-b=2.0"], (), zoo.cache))
    assert job.state is JobState.SUCCEEDED, job.error
    got = {p.key: p.version for p in read_packages(env)}
    assert got["demo-b"] == "2.0" and got["demo-a"] == "1.0"
    assert {p.key for p in read_packages(env) if p.requested} >= {"demo-a", "demo-b"}
    job = run_job(lambda j: conda_remove(j, env, ["demo-b"], (), zoo.cache))
    assert job.state is JobState.SUCCEEDED, job.error
    assert "demo-b" not in {p.key for p in read_packages(env)}
    assert not (env / "lib/python3.11/site-packages/demo_b").exists()
    refused = run_job(lambda j: conda_remove(j, env, ["demo-c"], (), zoo.cache))
    assert refused.state is JobState.FAILED and "Not installed with conda" in refused.error.message  # type: ignore[union-attr]
