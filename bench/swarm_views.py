"""The swarm views on a real three-node swarm (tests/support/swarm.py) with 30 services and
200 tasks spread over the nodes:

- the rows the Nodes, Services and Tasks views paint, built from the event-fed cache
  (``SwarmState``, in-process, median of many runs) — and with the cache loaded first
  (``SwarmState.load``: one call per kind), what opening the panel costs — beside
  `docker service ls` + `docker service ps SERVICE` for each service, what a CLI user runs
  to see the same, measured in the same run;
- a rolling update of a 6-replica service (parallelism 1): for each engine event, the
  time from the event's own timestamp to the cache holding what it said; for each task
  change (the engine sends no task events: the tasks of the services shown are polled, at
  most every 2 s), the time from the engine's timestamp of the task's new state to the
  cache holding it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from collections.abc import Mapping
from typing import Any

from common import median_time, open_window, report

from core.swarm import ops
from core.swarm.rows import node_rows, service_rows, task_rows
from core.swarm.state import SwarmState, SwarmWatcher, event_time
from tests.integration.swarm_helpers import iso_seconds, sleeper, wait_for
from tests.support.compose import docker_cli
from tests.support.swarm import SwarmCluster

SERVICES = 30
TASKS = 200
RUNS = int(os.environ.get("BENCH_RUNS", "50"))
CLI_RUNS = int(os.environ.get("BENCH_CLI_RUNS", "3"))
# the GUI's pace for task states (at most every 2 s), and a faster one to compare
POLLS = tuple(float(p) for p in os.environ.get("BENCH_SWARM_POLLS", "2,1").split(","))


def replicas_plan() -> list[int]:
    """30 numbers that add up to 200 (20 services of 7, 10 of 6)."""
    base, extra = divmod(TASKS, SERVICES)
    return [base + 1 if i < extra else base for i in range(SERVICES)]


def paint(state: SwarmState) -> int:
    """What the views paint: every node row, every service row, every service's task rows."""
    count = len(node_rows(state)) + len(service_rows(state))
    for service in state.service_list():
        count += len(task_rows(state, service.id))
    return count


def cli_views(cluster: SwarmCluster, names: list[str]) -> None:
    docker = [docker_cli(), "-H", cluster.manager.base_url]
    subprocess.run([*docker, "service", "ls"], check=True, capture_output=True)
    for name in names:
        subprocess.run([*docker, "service", "ps", name], check=True, capture_output=True)


def views(cluster: SwarmCluster) -> None:
    api = cluster.manager.client()
    names = [f"svc{i:02d}" for i in range(SERVICES)]
    began = time.monotonic()
    for name, replicas in zip(names, replicas_plan(), strict=True):
        ops.service_create(api, sleeper(name, replicas))
    state = SwarmState()

    def all_running() -> bool:
        state.load(api)
        running = [t for t in state.tasks.values() if t.state == "running"]
        return len(running) == TASKS

    if not wait_for(all_running, 600, interval=2.0):
        raise SystemExit(f"only {sum(s.replicas_running for s in state.services.values())} run")
    print(f"30 services / {TASKS} tasks running in {time.monotonic() - began:.0f} s", flush=True)
    per_node: dict[str, int] = {}
    for task in state.tasks.values():
        per_node[task.node_hostname] = per_node.get(task.node_hostname, 0) + 1
    print(f"tasks per node: {dict(sorted(per_node.items()))}", flush=True)
    rows = paint(state)
    cached = median_time(lambda: paint(state), runs=RUNS)
    fresh = median_time(lambda: paint(_loaded(api)), runs=max(5, RUNS // 5))
    anchor = median_time(lambda: cli_views(cluster, names), runs=CLI_RUNS, warmup=0)
    print(f"{rows} rows painted (3 nodes, {SERVICES} services, {TASKS} tasks)", flush=True)
    report("swarm_views_paint_from_cache", cached, anchor, "docker_service_ls_plus_ps_each",
           target="<=0.050s")  # fmt: skip
    report("swarm_views_load_and_paint", fresh, anchor, "docker_service_ls_plus_ps_each")
    panel_paint = gui_paint(cluster)
    report("swarm_panel_painted_from_cache", panel_paint, anchor,
           "docker_service_ls_plus_ps_each", target="<=0.050s")  # fmt: skip
    cluster.remove_services(timeout=120)
    api.close()


def gui_paint(cluster: SwarmCluster) -> float:
    """Median seconds for the Swarm panel to fill its Nodes and Services tables (and one
    service's Tasks) from its event-fed cache, emptied first, and paint them."""
    from PySide6.QtWidgets import QApplication

    from core.swarm.state import SwarmChange
    from gui.app import shutdown
    from gui.swarm.actions import SwarmPanel

    window, panel = open_window(cluster.manager.base_url, "swarm")
    app = QApplication.instance()
    assert isinstance(panel, SwarmPanel) and app is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and panel.services.rowCount() < SERVICES:
        app.processEvents()
        time.sleep(0.01)
    state = panel.feed.state
    every: list[SwarmChange] = [SwarmChange("node", "added", n) for n in state.node_list()]
    every += [SwarmChange("service", "added", s) for s in state.service_list()]
    every += [SwarmChange("task", "added", t) for t in state.tasks.values()]
    first = state.service_list()[0].id

    def fill() -> None:
        panel.clear_rows()
        QApplication.processEvents()
        panel.apply_changes(every)
        panel.show_tasks(first, switch=False)
        for tab in (panel.nodes_tab, panel.services_tab):
            panel.tabs.setCurrentWidget(tab)
            tab.view.viewport().repaint()  # painted, not only in the model

    fill()
    assert panel.nodes.rowCount() == 3 and panel.services.rowCount() == SERVICES
    took = median_time(fill, runs=max(10, RUNS // 10))
    shutdown(window)
    return took


def _loaded(api: Any) -> SwarmState:
    state = SwarmState()
    state.load(api)
    return state


def rolling_update(cluster: SwarmCluster, poll_every: float) -> None:
    api = cluster.manager.client()
    reads = cluster.manager.client()
    stream_api = cluster.manager.client()
    name = f"rolling{int(poll_every * 10)}"
    sid = ops.service_create(api, sleeper(name, 6, update=ops.UpdatePolicy(parallelism=1)))
    state = SwarmState()
    state.load(api)
    lock = threading.Lock()
    event_lag: list[float] = []
    events: list[str] = []

    def on_event(event: Mapping[str, Any]) -> None:
        with lock:
            state.apply_event(reads, event)
        event_lag.append(time.time() - event_time(event))
        attrs = (event.get("Actor") or {}).get("Attributes") or {}
        events.append(
            f"{event.get('Type')}:{event.get('Action')}:{attrs.get('updatestate.new', '')}"
        )

    watcher = SwarmWatcher(lambda: stream_api, on_event)
    watcher.start()
    try:
        watcher.connected.wait(10)

        def poll() -> None:
            with lock:
                state.poll_tasks(api, [sid])

        def converged() -> bool:
            poll()
            current = [t for t in state.tasks_of(sid) if t.desired_state == "running"]
            return len(current) == 6 and all(t.state == "running" for t in current)

        if not wait_for(converged, 120, interval=0.5):
            raise SystemExit("the 6-replica service did not start")
        cluster.tag_image("envdock-test/busybox:rolled")
        # (task, state) → (when the cache first held it, the engine's time of that state)
        seen: dict[tuple[str, str], tuple[float, str]] = {}
        for task in state.tasks_of(sid):
            seen[(task.id, task.state)] = (0.0, task.started)
        began = time.time()
        ops.service_update(api, sid, image="envdock-test/busybox:rolled")
        while time.time() - began < 180:
            time.sleep(poll_every)
            poll()
            now = time.time()
            for task in state.tasks_of(sid):
                seen.setdefault((task.id, task.state), (now, task.started))
            service = state.services[sid]
            if service.update_state == "completed" and converged():
                break
        took = time.time() - began
        task_lag = [
            at - iso_seconds(started) for at, started in seen.values() if at > 0 and started
        ]
    finally:
        watcher.stop()
        cluster.remove_services()
        for client in (api, reads, stream_api):
            client.close()
    print(f"rolling update of 6 tasks took {took:.1f} s (tasks polled every {poll_every:g} s); "
          f"engine events seen: {events}", flush=True)  # fmt: skip
    if event_lag:
        lag = statistics.median(event_lag)
        print(f"swarm_event_to_cache_poll_{poll_every:g}s: median={lag:.3f}s "
              f"max={max(event_lag):.3f}s n={len(event_lag)}", flush=True)  # fmt: skip
    if task_lag:
        print(f"swarm_task_change_to_cache_poll_{poll_every:g}s: "
              f"median={statistics.median(task_lag):.3f}s max={max(task_lag):.3f}s "
              f"n={len(task_lag)}", flush=True)  # fmt: skip


def main() -> None:
    cluster = SwarmCluster()
    try:
        cluster.up()
        print(f"three-node swarm up in {cluster.setup_seconds:.1f} s", flush=True)
        views(cluster)
        for every in POLLS:
            rolling_update(cluster, every)
    finally:
        cluster.down()


if __name__ == "__main__":
    main()
