"""Merged logs of a 5-service compose project with 200,000 lines in all (40,000 each, made by
a real `docker compose up` on a private engine): time to the first screen of the merged
view (every service's tail read in parallel, merged by time, prefixed and coloured, in the
store and the model) beside `docker compose logs --no-color` in full, measured in the same
run. Both of EnvDock's paths: the json-file log (a local engine) and the API (as for an
engine elsewhere)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from common import median_time, report

from tests.support.compose import compose_env, v2_command
from tests.support.engine import TEST_IMAGE, PrivateEngine

SERVICES = ("web", "api", "worker", "db", "cache")
LINES = int(os.environ.get("BENCH_LINES_PER_SERVICE", "40000"))
PROJECT = "envdockbenchlogs"


def compose_file() -> str:
    services = "".join(
        f"  {name}:\n    image: {TEST_IMAGE}\n"
        f'    command: ["sh", "-c", "seq 1 {LINES} | sed \'s/^/{name} line /\'; '
        f'sleep 100000"]\n'
        for name in SERVICES
    )
    return f"services:\n{services}"


def wait_logs(client: Any, cids: list[str], timeout: float = 120) -> None:
    last = f" line {LINES}".encode()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tails = [client.logs(c, tail=1).strip() for c in cids]
        if all(t.endswith(last) for t in tails):
            return
        time.sleep(0.3)
    raise RuntimeError("the services did not print their lines in time")


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = Path(tempfile.mkdtemp(prefix="envdock-bench-cfg-"))
    folder = Path(tempfile.mkdtemp(prefix="envdock-bench-compose-"))
    (folder / "compose.yaml").write_text(compose_file())
    engine = PrivateEngine().start()
    compose = v2_command(config)
    env = compose_env(engine.env(), docker_config=config)
    base = [*compose, "-p", PROJECT]
    try:
        engine.build_test_image()
        subprocess.run([*base, "up", "-d"], cwd=folder, env=env, check=True, capture_output=True)
        client = engine.client()
        made = client.containers(filters={"label": f"com.docker.compose.project={PROJECT}"})
        assert len(made) == len(SERVICES), made
        from core.docker.merged_logs import Member, MergedFeed

        members = sorted(
            (
                Member(
                    c["Id"],
                    f"{c['Labels']['com.docker.compose.service']}-"
                    f"{c['Labels']['com.docker.compose.container-number']}",
                )
                for c in made
            ),
            key=lambda m: m.label,
        )
        wait_logs(client, [m.cid for m in members])

        def compose_logs() -> int:
            out = subprocess.run(
                [*base, "logs", "--no-color"], cwd=folder, env=env, check=True,
                capture_output=True,
            ).stdout  # fmt: skip
            return out.count(b"\n")

        assert compose_logs() == LINES * len(SERVICES)  # it really prints them all
        anchor = median_time(compose_logs, runs=3)

        from PySide6.QtWidgets import QApplication

        from gui.containers.log_model import LogModel
        from gui.containers.log_view import TAIL_LINES

        app = QApplication.instance() or QApplication([])
        feed = MergedFeed(members)
        api_path = {"on": False}
        shown: list[list[bytes]] = []

        def first_screen() -> None:
            store = feed.new_store()
            model = LogModel(store)
            source = feed.open(client)
            if api_path["on"]:  # as for an engine elsewhere: no json-file to read
                for lane in source.lanes:
                    if lane.reader is not None:
                        lane.reader.log_path = None
            page = source.tail(TAIL_LINES)
            model.append_lines(page.lines, page.streams)
            shown.append(store.lines)

        ours = median_time(first_screen, runs=7)
        last = shown[-1]
        assert len(last) == TAIL_LINES and last == sorted(last, key=lambda ln: ln[:30])
        assert last[-1].endswith(f" line {LINES}".encode())  # the newest: a service's last
        report("compose_logs_first_screen", ours, anchor, "docker_compose_logs_full",
               target="<=0.3s")  # fmt: skip
        api_path["on"] = True
        ours_api = median_time(first_screen, runs=7)
        report("compose_logs_first_screen_api", ours_api, anchor, "docker_compose_logs_full",
               target="<=0.3s")  # fmt: skip
        # everything paged in (20,000 lines a page, as scrolling up does), then the service
        # filter and a search over the 200,000 lines
        from gui.containers.log_model import MemberFilterModel
        from gui.containers.log_view import PAGE_LINES

        store = feed.new_store()
        model = LogModel(store)
        source = feed.open(client)
        t0 = time.perf_counter()
        page = source.tail(TAIL_LINES)
        model.append_lines(page.lines, page.streams)
        while not page.complete:
            page = source.before(store.first_timestamp(), None, PAGE_LINES)
            model.prepend_lines(page.lines, page.streams)
        load_all = time.perf_counter() - t0
        assert len(store) == LINES * len(SERVICES), len(store)
        report("compose_logs_page_in_all_200k", load_all, anchor, "docker_compose_logs_full")
        filtered = median_time(lambda: MemberFilterModel(model, store, {0, 2}))
        assert MemberFilterModel(model, store, {0, 2}).rowCount() == 2 * LINES
        report("compose_logs_service_filter_200k", filtered, anchor, "docker_compose_logs_full")
        search = median_time(lambda: store.search("line 39999"), runs=3)
        assert len(store.search("line 39999")) == len(SERVICES)
        report("compose_logs_search_200k", search, anchor, "docker_compose_logs_full")
        del app
        client.close()
    finally:
        subprocess.run([*base, "down", "-t", "0"], cwd=folder, env=env, capture_output=True,
                       check=False)  # fmt: skip
        engine.stop()


if __name__ == "__main__":
    main()
