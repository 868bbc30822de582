"""Checks of the parts a packaged EnvDock carries (``envdock self-test`` runs them)."""

from __future__ import annotations

from collections.abc import Callable

from core.errors import describe
from core.procs import run_streaming


def _conda_engine() -> str:
    from rattler import MatchSpec

    return f"py-rattler ok ({MatchSpec('numpy >=1.24').name.normalized})"


def _docker_client() -> str:
    import docker

    return f"docker-py {docker.__version__}"


def _virtualenv() -> str:
    from core.envs.runner import virtualenv_runner

    runner = virtualenv_runner()
    done = run_streaming([*runner.argv, "--version"], env=runner.env, keep_output=5)
    version = " ".join(done.output.split()[:2]) or "virtualenv"
    return f"{version} via {runner.argv[0]}"


CHECKS: dict[str, Callable[[], str]] = {
    "conda engine": _conda_engine,
    "docker client": _docker_client,
    "virtualenv": _virtualenv,
}


def run_checks() -> dict[str, tuple[bool, str]]:
    """{check: (passed, what it found or what went wrong)}."""
    results: dict[str, tuple[bool, str]] = {}
    for name, check in CHECKS.items():
        try:
            results[name] = (True, check())
        except Exception as exc:  # each check reports, none stops the others
            results[name] = (False, describe(exc).message)
    return results
