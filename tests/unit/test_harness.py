"""The test harness's own guards can fail: a test run in a subprocess with this suite's
conftest leaves a Qt thread pool's worker, a job, a thread running, starts an engine
without the ``engine`` marker — and each of those tests fails, while tests that need an
engine fixture (directly or through another fixture) are deselected by ``-m "not engine"``.
"""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ENGINE_FIXTURES, needs_engine
from tests.support.engine import PrivateEngine

ROOT = Path(__file__).resolve().parents[2]

CONFTEST = textwrap.dedent(
    """
    import threading

    pytest_plugins = ["tests.conftest", "tests.gui.conftest"]
    RELEASE = threading.Event()  # what the leaky tests' workers wait for


    def pytest_configure(config):
        config.addinivalue_line("markers", "engine: as in the suite's pyproject.toml")
        import gui.app
        import tests.conftest

        tests.conftest.LEAK_GRACE_S = 0.5  # the leak guard waits this long (5 s in the suite)
        gui.app.JOBS_WAIT_MS = 300  # and quitting this long for jobs (5 s in the app)


    def pytest_sessionfinish():
        RELEASE.set()  # the leaked workers end, and the process with them
    """
)

TESTS = textwrap.dedent(
    """
    import threading
    import time

    import pytest
    from PySide6.QtCore import QRunnable, QThreadPool

    from conftest import RELEASE
    from core.jobs import Job
    from gui.workers import JobRunner

    KEPT = []  # alive after the test, as a panel's runner is


    class Hold(QRunnable):
        def run(self):
            RELEASE.wait(30)


    class Brief(QRunnable):
        def run(self):
            time.sleep(0.2)


    def test_job_left_running():
        runner = JobRunner()
        KEPT.append(runner)
        runner.submit(Job("hold the pool", lambda job: RELEASE.wait(30)))


    def test_runnable_left_on_the_global_pool():
        QThreadPool.globalInstance().start(Hold())


    def test_thread_left_running():
        threading.Thread(target=RELEASE.wait, args=(30,), name="left-behind").start()


    def test_a_worker_that_ends_within_the_grace_passes():
        pool = QThreadPool()
        KEPT.append(pool)
        pool.start(Brief())


    def test_window_quits_with_a_stuck_job(make_window):
        window = make_window(start_engine=False)
        window.context.jobs.submit(Job("stuck upload", lambda job: RELEASE.wait(30)))


    def test_starts_an_engine_unmarked():
        from tests.support.engine import PrivateEngine

        PrivateEngine().start(timeout=0.01)


    def test_pure():
        assert True


    def test_engine_directly(private_engine):
        raise AssertionError("deselected: never runs")


    @pytest.fixture
    def shop(docker_client):
        return docker_client


    def test_engine_through_a_fixture(shop):
        raise AssertionError("deselected: never runs")


    @pytest.mark.parametrize("which", ["a", "b"])
    def test_compose(which, compose_v2):
        raise AssertionError("deselected: never runs")
    """
)


def _outcomes(junit: Path) -> dict[str, str]:
    """Test name → "passed", or "failure: …" / "error: …" with the message."""
    got: dict[str, str] = {}
    for case in ET.parse(junit).iter("testcase"):
        text = "passed"
        for kind in ("failure", "error", "skipped"):
            node = case.find(kind)
            if node is not None:
                text = f"{kind}: {node.get('message', '')} {node.text or ''}"
        got[case.get("name", "")] = text
    return got


def test_the_guards_fail_leaky_tests_and_the_marker_deselects_engine_tests(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_leaky=TESTS)
    junit = pytester.path / "junit.xml"
    result = pytester.runpytest_subprocess(
        "-m", "not engine", "-p", "no:cacheprovider", f"--junitxml={junit}", timeout=120
    )
    # a test whose teardown fails counts as passed (its call) and as an error
    result.assert_outcomes(passed=6, failed=1, errors=4, deselected=4)
    got = _outcomes(junit)
    assert got["test_pure"] == "passed"
    assert got["test_a_worker_that_ends_within_the_grace_passes"] == "passed"
    leak = "left running after the test"
    job = got["test_job_left_running"]
    assert job.startswith("error") and leak in job, job
    assert "the QThreadPool of a JobRunner: 1 worker(s) running ['hold the pool']" in job, job
    pool = got["test_runnable_left_on_the_global_pool"]
    assert "Qt's global QThreadPool: 1 worker(s) running" in pool, pool
    thread = got["test_thread_left_running"]
    assert leak in thread and "thread left-behind" in thread, thread
    window = got["test_window_quits_with_a_stuck_job"]
    assert "jobs still running when the window shut down: [('stuck upload',)]" in window, window
    engine = got["test_starts_an_engine_unmarked"]
    assert engine.startswith("failure") and "is not marked engine" in engine, engine
    assert "quitting with jobs still running" in result.stderr.str() + result.stdout.str()


def test_engine_need_comes_from_the_fixture_closure() -> None:
    assert needs_engine(["tmp_path", "docker_client", "private_engine"])
    assert not needs_engine(["tmp_path", "qtbot", "zoo", "offline_pip"])
    assert {"private_engine", "docker_client", "registry", "compose_v2"} <= ENGINE_FIXTURES


def test_strict_markers_refuse_a_misspelt_marker(pytester: pytest.Pytester) -> None:
    """The suite's own pytest settings (pyproject.toml) refuse a marker nobody declared."""
    pytester.makepyfile(test_typo="import pytest\n\n@pytest.mark.engien\ndef test_x():\n    pass\n")
    result = pytester.runpytest_subprocess(
        "-c",
        str(ROOT / "pyproject.toml"),
        "--rootdir",
        str(pytester.path),
        "-p",
        "no:cacheprovider",
    )
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*'engien' not found in `markers` configuration option*"])


def test_bridge_none_outside_a_namespace_is_refused() -> None:
    with pytest.raises(ValueError, match="docker0"):
        PrivateEngine(own_bridge=False)
