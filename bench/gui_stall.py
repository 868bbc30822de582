"""Event-loop stalls of the GUI against a remote engine: the same tour (every panel, the
create dialog, a container's details, logs and a terminal) on the private engine behind
a proxy adding 150 ms per round trip, over real ssh (sshd on 127.0.0.1 whose sessions reach
the same engine; the window's current engine named by a spec, as a context names it: the
app's ssh tunnel, stats through the API), and — the anchor — on the engine's own socket,
in the same run. Largest and p99 gap between ticks of a 10 ms timer (as
bench/logs_million.py).

The first tour (direct socket) also imports every module the app loads on first use; it is
reported on its own line ("cold"). The tours measured against each other come after it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from common import report

from tests.support.engine import TEST_IMAGE, PrivateEngine
from tests.support.latency_proxy import LatencyProxy
from tests.support.remote import SshServer
from tests.support.stall_probe import StallProbe, visit_everything

RTT = 0.150
# never the user's settings, logs or display (set before the app's modules load)
_SANDBOX = Path(tempfile.mkdtemp(prefix="envdock-bench-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.update(
    {v: str(_SANDBOX / v.lower()) for v in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")}
)


def tour(base_url: str, cid: str, dwell: float, ssh: SshServer | None = None) -> StallProbe:
    """The tour on a window whose engine is at ``base_url``; with ``ssh``, an engine named
    by a spec (as a Docker context) over that ssh server, the local one known beside it."""
    from PySide6.QtCore import QSettings

    from core.docker.contexts import EngineSpec
    from core.docker.endpoint import Endpoint
    from core.docker.engine import Engine
    from core.docker.engines import EngineRegistry
    from gui.app import create_application, shutdown
    from gui.context import AppContext
    from gui.engine_bridge import EngineBridge
    from gui.main_window import MainWindow
    from gui.widgets.notifications import Notifier
    from gui.workers import JobRunner

    create_application()
    probe = StallProbe().start()
    probe.phase = "build window"
    settings = QSettings(str(_SANDBOX / "settings.ini"), QSettings.Format.IniFormat)
    if ssh is None:
        engines = EngineRegistry(
            fixed=[Engine(env={"DOCKER_HOST": base_url}, home=Path("/nonexistent"))]
        )
    else:
        spec = EngineSpec("gpu1", Endpoint(ssh.url, "context gpu1"), "added")
        here = Engine(env={"DOCKER_HOST": base_url}, home=Path("/nonexistent"))
        engines = EngineRegistry(fixed=[Engine(env=ssh.env(), spec=spec), here])
    context = AppContext(engine=EngineBridge(engines), jobs=JobRunner(), notifier=Notifier())
    window = MainWindow(context, settings=settings)
    window.show()
    context.engine.start()
    try:
        visit_everything(window, cid, dwell, probe)
    finally:
        probe.stop()
        window.close()
        shutdown(window)
        window.deleteLater()
    return probe


def after_building(probe: StallProbe) -> float:
    """The largest gap once the window and its panels are built (widgets made once)."""
    return max((g.ms for g in probe.gaps if not g.phase.startswith("build")), default=0.0)


def line(name: str, probe: StallProbe) -> None:
    network = sum(1 for g in probe.gaps if g.network_frames)
    worst = max(probe.gaps, key=lambda g: g.ms, default=None)
    where = f" worst_during={worst.phase.replace(' ', '_')}" if worst else ""
    own = max((g.own_ms for g in probe.gaps), default=0.0)
    used = after_building(probe)
    print(
        f"{name}: largest_gap={probe.largest_ms():.0f}ms p99_gap={probe.p99_ms():.0f}ms "
        f"largest_gap_less_cpu_wait={own:.0f}ms largest_gap_after_building={used:.0f}ms "
        f"ticks={len(probe.ticks)} "
        f"gui_thread_network_samples={network}{where}",
        flush=True,
    )


def main() -> None:
    engine = PrivateEngine().start()
    proxy = LatencyProxy(engine.socket, rtt=RTT).start()
    sshd: SshServer | None = None
    try:
        sshd = SshServer(engine.socket).start()  # its sessions reach the same engine
        engine.build_test_image()
        c = engine.client()
        chatty = c.create_container(
            TEST_IMAGE, ["sh", "-c", "while true; do echo line $$; sleep 0.1; done"]
        )["Id"]
        c.start(chatty)
        others = [c.create_container(TEST_IMAGE, ["sleep", "600"])["Id"] for _ in range(3)]
        for cid in others[1:]:
            c.start(cid)
        cold = tour(engine.base_url, chatty, dwell=0.3)
        line("gui_stall_cold_first_visit_direct", cold)
        remote = tour(proxy.base_url, chatty, dwell=1.0)
        over_ssh = tour(engine.base_url, chatty, dwell=1.0, ssh=sshd)
        direct = tour(engine.base_url, chatty, dwell=1.0)
        line("gui_stall_remote_150ms_rtt", remote)
        line("gui_stall_over_ssh", over_ssh)
        line("gui_stall_direct_socket", direct)
        print(remote.report(50), flush=True)
        print(over_ssh.report(50), flush=True)
        report(
            "gui_stall_largest_gap_remote_vs_direct",
            remote.largest_ms(),
            direct.largest_ms(),
            "direct_socket",
            unit="ms",
            target="<100ms",
        )
        report(
            "gui_stall_largest_gap_after_building_remote_vs_direct",
            after_building(remote),
            after_building(direct),
            "direct_socket",
            unit="ms",
            target="<100ms",
        )
        report(
            "gui_stall_largest_gap_ssh_vs_direct",
            over_ssh.largest_ms(),
            direct.largest_ms(),
            "direct_socket",
            unit="ms",
            target="<100ms",
        )
        report(
            "gui_stall_largest_gap_after_building_ssh_vs_direct",
            after_building(over_ssh),
            after_building(direct),
            "direct_socket",
            unit="ms",
            target="<100ms",
        )
        report(
            "gui_stall_p99_gap_ssh_vs_direct",
            over_ssh.p99_ms(),
            direct.p99_ms(),
            "direct_socket",
            unit="ms",
        )
        report(
            "gui_stall_p99_gap_remote_vs_direct",
            remote.p99_ms(),
            direct.p99_ms(),
            "direct_socket",
            unit="ms",
        )
        for cid in [chatty, *others]:
            c.remove_container(cid, force=True)
        c.close()
    finally:
        if sshd is not None:
            sshd.stop()
        proxy.stop()
        engine.stop()


if __name__ == "__main__":
    main()
