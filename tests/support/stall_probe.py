"""Event-loop stalls of the GUI thread, measured as ``bench/logs_million.py`` does (the gaps
between ticks of a 10 ms QTimer), with what the GUI thread was doing when a gap happened.

A watchdog thread samples the GUI thread's Python stack whenever a tick is late, so a
failing test names the call that blocked. On a machine busy with other work a gap also
holds time the GUI thread was ready to run but had no CPU: the kernel counts it (run-queue
wait in /proc/thread-self/schedstat), and that share is the machine's, not the app's.
A canary *process* that measures its own sleep overshoot covers a machine that ran nothing
at all (a stolen VM). :meth:`StallProbe.ours` keeps the gaps whose own share — wall time
less run-queue wait — is over the limit, and every gap in which the GUI thread was found
in a network call, whatever the machine did.

:func:`visit_everything` is the tour the no-stall test and ``bench/gui_stall.py`` take:
every panel, a container's details, its logs and a terminal (typing, resizing, closing).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUR_CODE = (str(ROOT / "gui") + os.sep, str(ROOT / "core") + os.sep)
# frames that mean the GUI thread is talking to the engine
NETWORK = (
    f"{os.sep}socket.py",
    f"{os.sep}ssl.py",
    f"{os.sep}selectors.py",
    f"http{os.sep}client.py",
    f"{os.sep}urllib3{os.sep}",
    f"{os.sep}requests{os.sep}",
    f"site-packages{os.sep}docker{os.sep}",
)

CANARY = """
import sys, time
print("ready", flush=True)
last = time.monotonic()
while True:
    time.sleep(0.005)
    now = time.monotonic()
    if now - last > 0.03:
        print(f"{last:.6f} {now:.6f}", flush=True)
    last = now
"""


@dataclass
class Gap:
    start: float  # time.monotonic() of the tick before the gap
    end: float
    samples: list[list[str]] = field(default_factory=list)  # GUI-thread stacks, inner last
    phase: str = ""  # what the tour was doing
    cpu_ms: float = 0.0  # the GUI thread on a CPU during the gap
    runq_ms: float = 0.0  # the GUI thread ready to run, waiting for a CPU

    @property
    def own_ms(self) -> float:
        """The gap less the time the machine kept the GUI thread waiting for a CPU."""
        return self.ms - self.runq_ms

    @property
    def ms(self) -> float:
        return (self.end - self.start) * 1000

    @property
    def network_frames(self) -> list[str]:
        return [f for s in self.samples for f in s if any(n in f for n in NETWORK)]

    @property
    def construction(self) -> bool:
        """A panel or the window being built (widgets made once, no engine call in it)."""
        return self.phase.startswith("build") and not self.network_frames

    def describe(self, machine_stall_ms: float) -> str:
        head = (
            f"{self.ms:.0f} ms gap during {self.phase or '?'} (GUI thread: "
            f"{self.cpu_ms:.0f} ms on a CPU, {self.runq_ms:.0f} ms waiting for one; "
            f"canary process stalled {machine_stall_ms:.0f} ms)"
        )
        if not self.samples:
            return head + ": no stack sampled"
        inner = self.samples[len(self.samples) // 2]
        ours = [i for i, f in enumerate(inner) if f.startswith(OUR_CODE)]
        shown = inner[max(0, ours[-1] - 3) : ours[-1] + 5] if ours else inner[-6:]
        return head + ":\n    " + "\n    ".join(shown)


class StallProbe:
    """Start it on the GUI thread; stop it before asserting. Threads and timer are stopped
    and joined by :meth:`stop`."""

    LATE = 0.04  # a tick this late gets its stack sampled

    def __init__(self, interval_ms: int = 10) -> None:
        from PySide6.QtCore import QTimer

        self.interval_ms = interval_ms
        self.phase = ""
        self.ticks: list[float] = []
        self.gaps: list[Gap] = []
        self.machine_stalls: list[tuple[float, float]] = []
        self._timer = QTimer()
        self._timer.setObjectName("stall-probe")
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_tick)
        self._main = threading.get_ident()
        self._stop = threading.Event()
        self._last = 0.0
        self._cpu = self._runq = 0.0
        self._pending: list[list[str]] = []
        self._lock = threading.Lock()
        self._watchdog: threading.Thread | None = None
        self._canary: subprocess.Popen[str] | None = None
        self._canary_reader: threading.Thread | None = None

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> StallProbe:
        self._canary = subprocess.Popen(
            [sys.executable, "-c", CANARY], stdout=subprocess.PIPE, text=True
        )
        assert self._canary.stdout is not None
        self._canary.stdout.readline()  # "ready"
        self._canary_reader = threading.Thread(
            target=self._read_canary, name="stall-canary", daemon=True
        )
        self._canary_reader.start()
        self._last = time.monotonic()
        self._cpu, self._runq = self._schedstat()
        self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)
        self._watchdog.start()
        self._timer.start()
        return self

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._watchdog is not None:
            self._watchdog.join(5)
        if self._canary is not None:
            self._canary.kill()
            self._canary.wait(5)
        if self._canary_reader is not None:
            self._canary_reader.join(5)
        if self._canary is not None and self._canary.stdout is not None:
            self._canary.stdout.close()

    # -- measuring -------------------------------------------------------------------------
    @staticmethod
    def _schedstat() -> tuple[float, float]:
        """This thread's time on a CPU and waiting in the run queue, in ms."""
        try:
            with open("/proc/thread-self/schedstat", encoding="ascii") as fh:
                on_cpu, waiting, _slices = fh.read().split()
        except (OSError, ValueError):
            return 0.0, 0.0
        return int(on_cpu) / 1e6, int(waiting) / 1e6

    def _on_tick(self) -> None:
        now = time.monotonic()
        cpu, runq = self._schedstat()
        with self._lock:
            gap = Gap(
                self._last, now, self._pending, self.phase, cpu - self._cpu, runq - self._runq
            )
            self._pending = []
            self._last = now
        self._cpu, self._runq = cpu, runq
        self.ticks.append(now)
        if gap.ms > self.interval_ms + self.LATE * 1000 / 2:
            self.gaps.append(gap)

    def _watch(self) -> None:
        while not self._stop.wait(0.01):
            with self._lock:
                late = time.monotonic() - self._last > self.LATE
            if not late:
                continue
            frame = sys._current_frames().get(self._main)
            if frame is None:
                continue
            stack = [f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)]
            del frame
            with self._lock:
                if len(self._pending) < 50:
                    self._pending.append(stack)

    def _read_canary(self) -> None:
        assert self._canary is not None and self._canary.stdout is not None
        for line in self._canary.stdout:
            a, b = line.split()
            self.machine_stalls.append((float(a), float(b)))

    # -- results ---------------------------------------------------------------------------
    def intervals_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]

    def largest_ms(self) -> float:
        return max(self.intervals_ms(), default=0.0)

    def p99_ms(self) -> float:
        gaps = sorted(self.intervals_ms())
        return gaps[int(len(gaps) * 0.99)] if gaps else 0.0

    def machine_stall_ms(self, gap: Gap) -> float:
        """How long the canary process was not run during ``gap``."""
        overlap = 0.0
        for a, b in self.machine_stalls:
            overlap += max(0.0, min(b, gap.end) - max(a, gap.start))
        return overlap * 1000

    def excused(self, gap: Gap, over_ms: float) -> bool:
        """The machine, not the app: the GUI thread was not waiting on the engine, and
        without the time the machine kept it from a CPU (or ran nothing at all, as the
        canary saw) the gap is within ``over_ms``."""
        if gap.network_frames:
            return False
        return gap.own_ms <= over_ms or gap.ms - self.machine_stall_ms(gap) <= over_ms

    def ours(self, over_ms: float) -> list[Gap]:
        return [g for g in self.gaps if g.ms > over_ms and not self.excused(g, over_ms)]

    def report(self, over_ms: float = 50, top: int = 8, limit_ms: float = 100) -> str:
        """The ``top`` gaps over ``over_ms``, tagged by cause against ``limit_ms``."""
        worst = sorted((g for g in self.gaps if g.ms > over_ms), key=lambda g: -g.ms)[:top]
        lines = [
            f"ticks={len(self.ticks)} largest={self.largest_ms():.0f}ms p99={self.p99_ms():.0f}ms "
            f"machine stalls (canary)={len(self.machine_stalls)}"
        ]
        for g in worst:
            tag = (
                "NETWORK CALL ON THE GUI THREAD "
                if g.network_frames
                else "excused (machine busy) "
                if g.ms > limit_ms and self.excused(g, limit_ms)
                else "construction (CPU) "
                if g.construction
                else ""
            )
            lines.append(tag + g.describe(self.machine_stall_ms(g)))
        return "\n".join(lines)


# -- the tour ----------------------------------------------------------------------------


def wait_until(predicate: Callable[[], bool], timeout: float = 15.0, what: str = "") -> None:
    """Process events until ``predicate`` holds (the GUI thread stays in the event loop)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what or predicate}")
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    QCoreApplication.processEvents()


def pause(seconds: float) -> None:
    end = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() >= end, seconds + 5)


def _open_and_close_modal(opener: Callable[[], Any]) -> str:
    """Call ``opener`` (which shows a modal dialog, maybe after a worker's answer), wait for
    the dialog and reject it; returns its class name."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    seen: list[str] = []
    deadline = time.monotonic() + 15

    def close_when_shown() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            seen.append(type(modal).__name__)
            modal.reject()
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, close_when_shown)

    QTimer.singleShot(20, close_when_shown)
    opener()
    wait_until(lambda: bool(seen), 20, "the dialog")
    return seen[0]


def visit_everything(
    window: Any, cid: str, dwell: float = 1.0, probe: StallProbe | None = None
) -> dict[str, float]:
    """Every panel, the create-environment dialog (conda channels from condarc), then one
    container: select it (details/inspect), its logs, a terminal (type, resize the window
    a few times, close the tab). Returns seconds per step; names
    each step on ``probe`` as it goes."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from gui.registry import PANELS

    steps: dict[str, float] = {}

    def step(name: str, t0: float) -> None:
        steps[name] = time.monotonic() - t0

    def phase(name: str) -> float:
        if probe is not None:
            probe.phase = name
        return time.monotonic()

    # building: the first paint, then every panel once (each in its own event-loop turn);
    # widgets made once, the same on any engine (see Gap.construction)
    phase("build window")
    wait_until(lambda: window.first_paint_s is not None, 30, "the first paint")
    pause(0.2)
    for spec in PANELS:
        phase(f"build {spec.key}")
        window.panel(spec.key)
        pause(0.05)
    phase("connecting")
    wait_until(lambda: window.context.engine.status.connected, 30, "connected")
    for spec in PANELS:
        t0 = phase(f"panel {spec.key}")
        window.show_panel(spec.key)
        pause(dwell)
        step(f"panel {spec.key}", t0)

    t0 = phase("create environment dialog")
    _open_and_close_modal(window.show_panel("environments").create_dialog)
    step("create environment dialog", t0)

    t0 = phase("details")
    panel = window.show_panel("containers")
    model = panel.model
    wait_until(lambda: model.row_of(cid) is not None, 15, "the container's row")
    source = model.index(model.row_of(cid), 0)
    panel.view.selectRow(panel.proxy.mapFromSource(source).row())
    details = panel.details
    wait_until(lambda: details.info is not None and details.info.get("Id") == cid, 15, "inspect")
    details.setCurrentIndex(details.indexOf(details.inspect_view))  # the inspect JSON
    pause(0.3)
    details.setCurrentIndex(details.count() - 1)  # the stats graphs
    pause(dwell)
    details.setCurrentIndex(0)
    step("details", t0)

    t0 = phase("logs")
    logs = panel.open_logs()
    wait_until(lambda: logs.log_view.model.rowCount() > 0, 15, "log lines")
    pause(dwell)  # following
    logs.close()
    step("logs", t0)

    t0 = phase("terminal")
    term_window = panel.open_terminal()
    term = term_window.tabs.widget(0)
    wait_until(lambda: "/ #" in term.text(), 15, "the prompt")
    QTest.keyClicks(term, "echo stall-$((6*7))")
    QTest.keyClick(term, Qt.Key.Key_Return)
    wait_until(lambda: "stall-42" in term.text(), 15, "echo")
    for width, height in ((1000, 640), (1100, 700), (960, 600), (1200, 720)):
        term_window.resize(width, height)
        pause(0.05)
    size = (term.term_screen.lines, term.term_screen.columns)
    wait_until(lambda: term.session.sent_size == size, 10, "the debounced resize")
    QTest.keyClicks(term, "stty size")
    QTest.keyClick(term, Qt.Key.Key_Return)
    wait_until(lambda: f"{size[0]} {size[1]}" in term.text(), 15, "stty size")
    session = term.session
    phase("terminal close")
    term_window._on_tab_close(0)
    wait_until(lambda: session.ended.is_set(), 15, "the shell to end")
    term_window.close()
    step("terminal", t0)
    phase("")
    return steps
