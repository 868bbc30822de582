"""Every Qt model of the GUI under Qt's own model checker, attached before the model
changes (qutebrowser's way): ``qtmodeltester.check(model)`` right after construction, then
the changes the app makes — inserts, updates, removals, rows moving between groups, log
lines appended, trimmed and paged in — each checked as it happens (rowCount before and
after an insert, the parent of every index, dataChanged ranges inside the model…).

The checker is Qt's QAbstractItemModelTester; it reports through Qt's log (category
``qt.modeltest``), which pytest-qt turns into a failure. ``test_the_checker_fails_…``
shows that it does, and that a check attached after the changes sees nothing.

A model the GUI defines without a check here fails ``test_every_model_has_a_check``.
"""

from __future__ import annotations

import dataclasses
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pytest
import pytestqt.modeltest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from core.compose.config import ComposeModel, ServiceSpec
from core.compose.projects import ProjectRef, project_rows, service_rows
from core.docker.containers import Container
from core.docker.engine import ContainerChange, ImagesUpdate
from core.docker.images import Image
from core.docker.logs import STDERR, STDOUT, LogStore
from core.docker.merged_logs import MergedLogStore, prefixes
from core.docker.networks import Network
from core.docker.stats import ContainerStats
from core.docker.volumes import Volume
from core.envs.discovery import inspect_path
from core.envs.model import Environment
from core.envs.packages import read_packages
from core.host.processes import ProcessTable
from core.jobs import Job, JobState
from core.swarm.model import Node, Service, SwarmObject, Task
from core.swarm.rows import node_row, service_row, task_row
from core.swarm.stacks import Stack
from gui.activity.model import PROGRESS, PROGRESS_ROLE, JobsModel
from gui.compose.models import (
    ProgressModel,
    ProjectContainersModel,
    ProjectsModel,
    ServicesModel,
)
from gui.containers.compose_tree import ComposeTreeModel
from gui.containers.log_model import MATCH_ROLE, LogModel, MatchesModel, MemberFilterModel
from gui.containers.model import CPU, MEMORY, STATE, ContainersModel
from gui.environments.models import (
    P_LATEST,
    SIZE,
    EnvironmentsModel,
    PackagesModel,
)
from gui.host.processes_model import ProcessesModel
from gui.images.model import TAGS, USED, ImagesModel
from gui.images.panel import _ImagesProxy
from gui.models.columns import ColumnsModel
from gui.models.keyed_table import ITEM_ROLE, SORT_ROLE, KeyedTableModel
from gui.networks.panel import COLUMNS as NETWORK_COLUMNS
from gui.swarm.models import NodesModel, ObjectsModel, RedRowsModel, StacksModel, TasksModel
from gui.swarm.models import ServicesModel as SwarmServicesModel
from gui.volumes.panel import COLUMNS as VOLUME_COLUMNS
from gui.volumes.panel import SIZE as VOLUME_SIZE
from tests.support.gui_classes import model_classes
from tests.unit.test_containers_parse import ENTRY


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> None:
    """Cells draw icons (state dots, kinds): those need the application."""


@pytest.fixture(autouse=True)
def _checker_fails_without_capture(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's checker only warns; pytest-qt fails the test on those warnings while it captures
    Qt's messages. Without capture (``-s``) the checks run in pytest-qt's Python port of
    it, which asserts."""
    if not request.config.pluginmanager.has_plugin("_qt_logging"):
        monkeypatch.setattr(pytestqt.modeltest, "HAS_QT_TESTER", False)


class ModelChecker(Protocol):
    """pytest-qt's ``qtmodeltester`` fixture (its own class has no annotations)."""

    def check(self, model: QAbstractItemModel, force_py: bool = False) -> None: ...


# model class -> the test that checks it
CHECKED: dict[type, Callable[..., None]] = {}


def checks(*classes: type) -> Callable[[Callable[..., None]], Callable[..., None]]:
    def register(test: Callable[..., None]) -> Callable[..., None]:
        for cls in classes:
            CHECKED[cls] = test
        return test

    return register


class Resets:
    """Counts modelReset: the models change row by row, never by a reset."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.count = 0
        model.modelReset.connect(self._on_reset)

    def _on_reset(self) -> None:
        self.count += 1


def texts(model: QAbstractItemModel, column: int = 0, parent: Any = None) -> list[str]:
    parent = parent if parent is not None else QModelIndex()
    return [
        str(model.data(model.index(row, column, parent))) for row in range(model.rowCount(parent))
    ]


def container(**changes: Any) -> Container:
    """A container as the engine lists it (the recorded entry, changed)."""
    return Container.from_list_entry({**ENTRY, **changes})


def image(n: int, tags: tuple[str, ...] = (), size: int = 5_000_000) -> Image:
    return Image.from_list_entry(
        {
            "Id": f"sha256:{n:064x}",
            "RepoTags": list(tags) or ["<none>:<none>"],
            "RepoDigests": [],
            "Size": size,
            "Created": 1_763_776_000 + n,
            "ParentId": "",
        }
    )


# -- the shared bases ----------------------------------------------------------------------


class _Tags(KeyedTableModel[Image]):
    """The smallest concrete keyed table: the base's row operations, nothing else."""

    headers = ("Tags", "Size")

    def cell(self, item: Image, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return ", ".join(item.tags) if column == 0 else str(item.size)
        return None


@checks(KeyedTableModel)
def test_keyed_table(qtmodeltester: ModelChecker) -> None:
    model = _Tags(key=lambda i: i.id)
    qtmodeltester.check(model)
    resets = Resets(model)
    a, b, c, d = (image(n, (f"app:{n}",)) for n in range(4))
    model.upsert_many([a, b, c])  # one insert of three rows
    model.upsert_many([dataclasses.replace(b, size=1), d])  # a change and an insert together
    model.remove_keys([a.id])  # the first row
    model.remove_keys([d.id, "sha256:gone"])  # the last row, and a key it never had
    model.refresh_row(c.id)
    model.upsert_many([a])  # back, at the end
    assert texts(model) == ["app:1", "app:2", "app:0"]
    assert texts(model, 1) == ["1", "5000000", "5000000"]
    assert [model.row_of(k.id) for k in (b, c, a, d)] == [0, 1, 2, None]
    assert model.data(model.index(2, 0), ITEM_ROLE) == a
    assert resets.count == 0


@checks(ColumnsModel)
def test_columns_model(qtmodeltester: ModelChecker) -> None:
    model: ColumnsModel[Volume] = ColumnsModel(
        "VolumesModel", VOLUME_COLUMNS, key=lambda v: v.name, muted=lambda v: not v.in_use
    )
    qtmodeltester.check(model)
    resets = Resets(model)

    def volume(name: str, used_by: tuple[str, ...] = (), size: int | None = None) -> Volume:
        return Volume(
            name=name,
            driver="local",
            mountpoint=f"/var/lib/docker/volumes/{name}/_data",
            created="2026-11-22T01:02:03Z",
            scope="local",
            labels={},
            used_by=used_by,
            size=size,
        )

    model.replace([volume("pgdata", ("db",)), volume("cache"), volume("scratch")])
    model.replace([volume("pgdata", ("db",), size=2048), volume("scratch"), volume("uploads")])
    assert texts(model) == ["pgdata", "scratch", "uploads"]
    assert model.data(model.index(0, VOLUME_SIZE)) == "2.0 KiB"
    assert model.data(model.index(0, VOLUME_SIZE), SORT_ROLE) == 2048
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) == QColor("#8a8a8a")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    model.replace([])
    assert model.rowCount() == 0

    networks: ColumnsModel[Network] = ColumnsModel(
        "NetworksModel", NETWORK_COLUMNS, key=lambda n: n.id, muted=lambda n: n.builtin
    )
    qtmodeltester.check(networks)  # this tester follows the second model from here
    net = Network(
        id="f" * 64,
        name="shop_default",
        driver="bridge",
        scope="local",
        subnets=("172.30.0.0/16",),
        gateways=("172.30.0.1",),
        internal=False,
        created="2026-11-22T01:02:03Z",
        containers=("web",),
    )
    networks.replace([net, dataclasses.replace(net, id="e" * 64, name="bridge", containers=())])
    networks.replace([dataclasses.replace(net, containers=("web", "db"))])
    assert texts(networks, 5) == ["web, db"]
    assert resets.count == 0


# -- containers ----------------------------------------------------------------------------


def _stats(c: Container, cpu: float) -> ContainerStats:
    return ContainerStats(
        id=c.id,
        name=c.name,
        cpu_percent=cpu,
        mem_bytes=64 << 20,
        mem_limit=1 << 30,
        net_rx=0,
        net_tx=0,
        net_rx_rate=0.0,
        net_tx_rate=0.0,
        blk_read=0,
        blk_write=0,
        pids=3,
        source="cgroup",
    )


@checks(ContainersModel)
def test_containers_model(qtmodeltester: ModelChecker) -> None:
    model = ContainersModel()
    qtmodeltester.check(model)
    resets = Resets(model)
    web = container()
    db = container(Id="b" * 64, Names=["/db"], State="exited", Status="Exited (0) 1 hour ago")
    job = container(Id="c" * 64, Names=["/job"], Labels={})
    model.apply_changes([ContainerChange("added", web), ContainerChange("added", db)])
    model.set_stats(
        {web.id: _stats(web, 12.5)}, {web.id: (np.array([1.0, 12.5]), np.array([60.0, 64.0]))}
    )
    model.set_pending([db.id], "starting…")
    model.apply_changes(
        [
            ContainerChange("changed", container(Id=db.id, Names=["/db"], State="running")),
            ContainerChange("added", job),
        ]
    )
    model.apply_changes([ContainerChange("removed", web)])
    model.clear_pending([job.id])
    model.tick_status()
    model.apply_changes([ContainerChange("added", web)])
    assert texts(model) == ["db", "job", "web"]
    assert texts(model, STATE) == ["running", "running", "running"]
    assert db.id not in model.pending  # the final state ended the transition
    assert model.data(model.index(2, CPU)) == "12.5 %"
    assert model.data(model.index(2, MEMORY), SORT_ROLE) == 64 << 20
    assert resets.count == 0


def _compose_member(n: int, project: str, service: str, state: str = "running") -> Container:
    labels = {"com.docker.compose.project": project, "com.docker.compose.service": service,
              "com.docker.compose.container-number": "1"}  # fmt: skip
    return container(Id=f"{n:064x}", Names=[f"/{project}-{service}-1"], State=state, Labels=labels)


@checks(ProjectsModel, ServicesModel, ProjectContainersModel)
def test_compose_models(qtmodeltester: ModelChecker) -> None:
    projects, services, members = ProjectsModel(), ServicesModel(), ProjectContainersModel()
    for model in (projects, services, members):
        qtmodeltester.check(model)
    resets = [Resets(m) for m in (projects, services, members)]
    ref = ProjectRef("shop", (Path("/p/shop/compose.yaml"),), Path("/p/shop"))
    web, db = _compose_member(1, "shop", "web"), _compose_member(2, "shop", "db", "exited")
    other = _compose_member(3, "blog", "app")
    file = ComposeModel("shop", "", {"web": ServiceSpec("web", image="busybox"),
                                     "db": ServiceSpec("db", image="busybox"),
                                     "debug": ServiceSpec("debug", image="busybox",
                                                          profiles=("debug",), active=False)},
                        {}, {}, ("debug",))  # fmt: skip
    for containers in ([web, db, other], [web, other], [web, db], []):
        rows = project_rows([ref], containers)
        projects.replace(rows)
        shop = next(r for r in rows if r.name == "shop")
        services.replace(service_rows(shop, file))
        members.replace(shop.containers)
    assert texts(projects) == ["shop"] and texts(projects, 1) == ["not created"]
    assert texts(services) == ["web", "db", "debug"]
    assert members.rowCount() == 0
    projects.replace(project_rows([ref], [web, db, other]))
    shown = dict(zip(texts(projects), texts(projects, 1), strict=True))  # new rows go last
    assert shown == {"shop": "partly running 1/2", "blog": "running 1/1"}
    assert [r.count for r in resets] == [0, 0, 0]


@checks(NodesModel, SwarmServicesModel, TasksModel, StacksModel, ObjectsModel, RedRowsModel)
def test_swarm_models(qtmodeltester: ModelChecker) -> None:
    nodes, services, tasks = NodesModel(), SwarmServicesModel(), TasksModel()
    stacks, secrets = StacksModel(), ObjectsModel()
    for model in (nodes, services, tasks, stacks, secrets):
        qtmodeltester.check(model)
    resets = [Resets(m) for m in (nodes, services, tasks, stacks, secrets)]
    n1 = Node("n1", "node1", "manager", "active", "ready", "", "leader", "10.0.0.1", "20.10")
    n3 = Node("n3", "node3", "worker", "active", "ready", "", "", "10.0.0.3", "20.10")
    web = Service("s1", "web", "replicated", 3, 3, "busybox:latest", stack="shop")
    t1 = Task("t1", "s1", "web", 1, "n3", "node3", "running", "running", "", "", "c" * 64, "", "")
    nodes.upsert_many([node_row(n1), node_row(n3)])
    nodes.upsert_many([node_row(dataclasses.replace(n3, status="down"))])  # turns red
    services.upsert_many([service_row(web)])
    services.upsert_many([service_row(dataclasses.replace(web, replicas_running=2))])
    tasks.upsert_many([task_row(t1)])
    tasks.upsert_many([task_row(dataclasses.replace(t1, state="failed", error="no suitable node"))])
    stacks.replace([Stack("shop", (web,))])
    secrets.upsert_many([SwarmObject("x1", "token", "2026-12-02T08:00:00Z", "", {}, "secret")])
    assert nodes.index(1, 3).data() == "down"
    assert nodes.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert nodes.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert services.index(0, 2).data() == "2/3"  # short of tasks: red
    assert services.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert tasks.index(0, 6).data() == "no suitable node"
    assert texts(stacks, 2) == ["web"] and texts(secrets) == ["token"]
    nodes.remove_keys(["n3"])
    tasks.remove_keys(["t1"])
    assert nodes.rowCount() == 1 and tasks.rowCount() == 0
    assert [r.count for r in resets] == [0] * 5


@checks(ProgressModel)
def test_compose_progress_model(qtmodeltester: ModelChecker) -> None:
    model = ProgressModel()
    qtmodeltester.check(model)
    resets = Resets(model)
    steps = [
        (("Network", "shop_default", "Creating"),),
        (("Network", "shop_default", "Created"), ("Container", "shop-web-1", "Creating")),
        (("Network", "shop_default", "Created"), ("Container", "shop-web-1", "Started")),
    ]
    for items in steps:
        model.replace(items)
    assert texts(model, 1) == ["shop_default", "shop-web-1"]
    assert texts(model, 2) == ["Created", "Started"]
    model.replace([])
    assert model.rowCount() == 0 and resets.count == 0


@checks(ComposeTreeModel)
def test_compose_tree(qtmodeltester: ModelChecker) -> None:
    flat = ContainersModel()
    tree = ComposeTreeModel(flat)
    qtmodeltester.check(tree)
    resets = Resets(tree)
    shop_web = container()
    shop_db = container(
        Id="b" * 64,
        Names=["/shop-db-1"],
        Labels={"com.docker.compose.project": "shop", "com.docker.compose.service": "db"},
    )
    loose = container(Id="c" * 64, Names=["/scratch"], Labels={})
    tree.apply_changes([ContainerChange("added", c) for c in (shop_web, loose, shop_db)])
    assert texts(tree) == ["shop", "(not in a compose project)"]
    # a new project goes before the containers outside any project
    blog = container(
        Id="d" * 64,
        Names=["/blog-app-1"],
        Labels={"com.docker.compose.project": "blog", "com.docker.compose.service": "app"},
    )
    tree.apply_changes([ContainerChange("added", blog)])
    # a container moves from one group to another (its project label changed on re-create)
    moved = container(
        Id=shop_db.id,
        Names=["/blog-db-1"],
        State="exited",
        Labels={"com.docker.compose.project": "blog", "com.docker.compose.service": "db"},
    )
    tree.apply_changes([ContainerChange("changed", moved)])
    # one changes in place; the last of its group goes, and the group with it
    tree.apply_changes([ContainerChange("changed", container(Status="Up 4 minutes"))])
    tree.apply_changes([ContainerChange("removed", loose)])
    tree.refresh_container(blog.id)
    assert texts(tree) == ["shop", "blog"]
    assert texts(tree, 0, tree.index(1, 0)) == ["app  (blog-app-1)", "db  (blog-db-1)"]
    assert tree.data(tree.index(1, STATE)) == "1/2 running"
    assert tree.parent(tree.index(1, 0, tree.index(1, 0))) == tree.index(1, 0)
    # every container of the shop went: so did its group
    tree.apply_changes([ContainerChange("removed", shop_web)])
    assert texts(tree) == ["blog"]
    assert resets.count == 0


# -- logs ----------------------------------------------------------------------------------


def _line(n: int, text: str) -> bytes:
    return f"2026-11-22T01:02:{n:02d}.000000000Z {text}".encode()


def _lines(numbers: range, text: str = "row") -> tuple[list[bytes], bytes]:
    return [_line(n, f"{text} {n}") for n in numbers], bytes([STDOUT]) * len(numbers)


def _shown(model: QAbstractItemModel) -> list[str]:
    """The text of each row without its timestamp."""
    return [t.split(" ", 1)[1] for t in texts(model)]


@checks(LogModel)
def test_log_model(qtmodeltester: ModelChecker) -> None:
    store = LogStore(max_lines=6)
    model = LogModel(store)
    qtmodeltester.check(model)
    resets = Resets(model)
    model.append_lines(
        [_line(1, "\x1b[31mred\x1b[0m start"), _line(2, "err one"), _line(3, "row 3")],
        bytes([STDOUT, STDERR, STDOUT]),
    )
    model.matches = {1, 2}
    model.append_lines(*_lines(range(4, 8)))  # one over the bound: the oldest row goes
    assert _shown(model) == ["err one", "row 3", "row 4", "row 5", "row 6", "row 7"]
    assert model.matches == {0, 1}  # the search hits follow the rows
    assert model.data(model.index(0), Qt.ItemDataRole.ForegroundRole) == QColor("#d9534f")
    model.set_timestamps(False)
    assert texts(model)[1] == "row 3"
    model.set_timestamps(True)
    model.clear()
    model.append_lines(*_lines(range(20, 22)))
    assert model.prepend_lines(*_lines(range(10, 16), "older")) == 4  # room for four
    assert _shown(model) == ["older 12", "older 13", "older 14", "older 15", "row 20", "row 21"]
    model.append_lines(*_lines(range(30, 40)))  # a batch larger than the store
    assert _shown(model) == [f"row {n}" for n in range(34, 40)]
    assert resets.count == 0


@checks(MatchesModel)
def test_matches_model(qtmodeltester: ModelChecker) -> None:
    store = LogStore(max_lines=8)
    source = LogModel(store)
    lines = [_line(n, ("error " if n % 3 == 0 else "ok ") + str(n)) for n in range(1, 8)]
    source.append_lines(lines, bytes([STDOUT]) * len(lines))
    hits = store.search("error")
    source.matches = set(hits)
    model = MatchesModel(source, hits)  # the "only matching lines" view of one search
    qtmodeltester.check(model)
    resets = Resets(model)
    assert _shown(model) == ["error 3", "error 6"]
    assert [model.data(model.index(r), MATCH_ROLE) for r in range(2)] == [0, 0]
    source.set_timestamps(False)
    assert texts(model) == ["error 3", "error 6"]
    source.set_timestamps(True)
    # older lines paged in at the top while only the matches show: still the same lines
    source.prepend_lines([_line(0, "ok 0")], bytes([STDOUT]))
    assert _shown(model) == ["error 3", "error 6"]
    # following trims the oldest lines: a match that went leaves the view
    source.append_lines(*_lines(range(8, 12)))
    assert _shown(model) == ["error 6"]
    source.clear()
    assert model.rowCount() == 0
    assert resets.count == 0


@checks(MemberFilterModel)
def test_member_filter_model(qtmodeltester: ModelChecker) -> None:
    labels = ("web", "db")
    store = MergedLogStore(prefixes(labels), max_lines=8)
    source = LogModel(store)

    def lines(numbers: range) -> tuple[list[bytes], bytes]:
        made = [
            _line(n, "").rstrip(b" ")
            + b" "
            + store.prefixes[n % 2]
            + f"{labels[n % 2]} {n}".encode()
            for n in numbers
        ]
        return made, bytes([STDOUT]) * len(made)

    source.append_lines(*lines(range(10, 14)))
    model = MemberFilterModel(source, store, {1})  # a merged log's filter: db's lines only
    qtmodeltester.check(model)
    resets = Resets(model)
    assert _shown(model) == ["db  | db 11", "db  | db 13"]
    source.append_lines(*lines(range(14, 17)))  # following: db's new lines join
    assert _shown(model) == ["db  | db 11", "db  | db 13", "db  | db 15"]
    assert model.row_of(3) == 1 and model.row_of(2) == -1
    assert source.prepend_lines(*lines(range(7, 10))) == 1  # paged in at the top (room: 1)
    assert _shown(model) == [f"db  | db {n}" for n in (9, 11, 13, 15)]
    assert [store.lines[r] for r in model.rows] == [
        line for line in store.lines if store.prefixes[1] in line
    ]
    source.set_timestamps(False)
    assert texts(model)[0] == "db  | db 9"
    source.set_timestamps(True)
    source.append_lines(*lines(range(17, 21)))  # over the bound: the oldest go, here too
    assert _shown(model) == [f"db  | db {n}" for n in (13, 15, 17, 19)]
    source.clear()
    assert model.rowCount() == 0
    source.append_lines(*lines(range(30, 32)))
    assert _shown(model) == ["db  | db 31"]
    assert resets.count == 0


# -- images --------------------------------------------------------------------------------


@checks(ImagesModel)
def test_images_model(qtmodeltester: ModelChecker) -> None:
    model = ImagesModel()
    qtmodeltester.check(model)
    resets = Resets(model)
    base, app, dangling = image(1, ("python:3.11",)), image(2, ("shop/web:1",)), image(3)
    model.apply_update(ImagesUpdate(upserts=(base, app, dangling), removed=()))
    model.set_usage({app.key: 2})
    retagged = dataclasses.replace(app, tags=("shop/web:1", "shop/web:latest"))
    model.apply_update(ImagesUpdate(upserts=(retagged,), removed=(dangling.id,)))
    model.set_usage({app.key: 1, base.key: 1})
    assert texts(model, TAGS) == ["python:3.11", "shop/web:1, shop/web:latest"]
    assert texts(model, USED) == ["1 container(s)", "1 container(s)"]
    model.apply_update(ImagesUpdate(upserts=(), removed=(base.id, app.id)))
    assert model.rowCount() == 0
    assert resets.count == 0


@checks(_ImagesProxy)
def test_images_proxy(qtmodeltester: ModelChecker) -> None:
    source = ImagesModel()
    proxy = _ImagesProxy()
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.sort(TAGS)
    qtmodeltester.check(proxy)
    tagged, dangling = image(1, ("shop/web:1",)), image(2)
    source.apply_update(ImagesUpdate(upserts=(tagged, dangling, image(3, ("db:2",))), removed=()))
    assert texts(proxy) == ["<none> (dangling)", "db:2", "shop/web:1"]
    proxy.show_dangling = False
    proxy.invalidate()  # what the panel's toggle does
    assert texts(proxy) == ["db:2", "shop/web:1"]
    proxy.setFilterFixedString("SHOP")
    source.apply_update(ImagesUpdate(upserts=(image(4, ("shop/worker:1",)),), removed=()))
    assert texts(proxy) == ["shop/web:1", "shop/worker:1"]
    source.apply_update(ImagesUpdate(upserts=(), removed=(tagged.id,)))
    proxy.setFilterFixedString("")
    proxy.show_dangling = True
    proxy.invalidate()
    assert texts(proxy) == ["<none> (dangling)", "db:2", "shop/worker:1"]


# -- environments --------------------------------------------------------------------------


def _environments() -> list[Environment]:
    """This run's own virtualenv, read from disk as discovery reads it, and copies of it
    at other paths (a conda-like one broken)."""
    own = inspect_path(Path(sys.prefix))
    assert own is not None, sys.prefix
    return [
        own,
        dataclasses.replace(own, path=Path("/srv/envs/train"), name="train"),
        dataclasses.replace(
            own, path=Path("/srv/envs/old"), name="old", healthy=False, problem="no python"
        ),
    ]


@checks(EnvironmentsModel)
def test_environments_model(qtmodeltester: ModelChecker) -> None:
    model = EnvironmentsModel()
    qtmodeltester.check(model)
    resets = Resets(model)
    own, train, old = _environments()
    model.set_environments([own, train, old])
    model.set_size(own.key, 123_456_789)
    model.set_size(train.key, 1024)
    model.set_size_note(old.key, "on another file system")
    model.set_environments([dataclasses.replace(own, package_count=1), old])  # train went
    assert texts(model, 1) == [own.name, "old"]
    assert texts(model, SIZE) == ["117.7 MiB", "—"]
    assert "broken" in texts(model, 5)[1]
    model.set_environments([])
    assert resets.count == 0


@checks(PackagesModel)
def test_packages_model(qtmodeltester: ModelChecker) -> None:
    packages = read_packages(Path(sys.prefix))  # this run's own, from their dist-info
    assert len(packages) > 20
    model = PackagesModel()
    qtmodeltester.check(model)
    resets = Resets(model)
    model.set_packages(packages[:10])
    model.set_latest({packages[0].key: "999.0"})
    model.set_packages(packages[5:])  # five go, the rest stay or arrive
    model.set_latest({})
    assert sorted(texts(model)) == sorted(p.name for p in packages[5:])
    assert texts(model, P_LATEST) == [""] * len(packages[5:])
    assert resets.count == 0


# -- activity ------------------------------------------------------------------------------


@checks(JobsModel)
def test_jobs_model(qtmodeltester: ModelChecker) -> None:
    model = JobsModel()
    qtmodeltester.check(model)
    resets = Resets(model)

    def fails(job: Job) -> None:
        raise ValueError("no space left")

    def counts(job: Job) -> int:
        job.set_progress(0.5)
        return 2

    jobs = [Job("Build shop/web", counts), Job("Pull db:2", fails), Job("Prune", counts)]
    model.upsert_many(jobs)
    for job in jobs[:2]:
        job.run()
        model.refresh_row(job.id)
    jobs[2].cancel()
    jobs[2].run()
    model.refresh_row(jobs[2].id)
    assert [j.state for j in jobs] == [JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED]
    assert model.data(model.index(0, PROGRESS), PROGRESS_ROLE) == 1.0
    model.remove_keys([jobs[0].id])
    assert texts(model) == ["Pull db:2", "Prune"]
    assert resets.count == 0


# -- host ----------------------------------------------------------------------------------


@checks(ProcessesModel)
def test_processes_model(qtmodeltester: ModelChecker) -> None:
    table = ProcessTable()
    model = ProcessesModel()
    qtmodeltester.check(model)
    resets = Resets(model)
    first = table.sample()  # this machine's processes
    assert any(p.pid == _own_pid() for p in first)
    model.replace(first)
    model.tree = True
    model.compute_tree()
    model.refresh_row(_own_pid())
    time.sleep(0.05)
    model.replace([p for p in table.sample() if p.pid != 1])  # CPU figures change, init goes
    model.container_names = {"a" * 64: "web"}
    assert model.row_of(1) is None and model.row_of(_own_pid()) is not None
    assert resets.count == 0


def _own_pid() -> int:
    import os

    return os.getpid()


# -- every model has a check -----------------------------------------------------------------


def test_every_model_has_a_check() -> None:
    """Each QAbstractItemModel subclass the GUI defines (proxies too) has a test above;
    one added without a check fails here."""
    found = model_classes()
    missing = sorted(f"{c.__module__}.{c.__qualname__}" for c in found - CHECKED.keys())
    stale = sorted(f"{c.__module__}.{c.__qualname__}" for c in CHECKED.keys() - found)
    assert not missing, f"Qt models without a qtmodeltester test in {__name__}: {missing}"
    assert not stale, f"checked here but no longer in gui/: {stale}"


LYING_MODEL = textwrap.dedent(
    """
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


    class Lying(QAbstractListModel):
        '''Announces one inserted row and adds two.'''

        def __init__(self):
            super().__init__()
            self.rows = []

        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else len(self.rows)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            ok = index.isValid() and role == Qt.ItemDataRole.DisplayRole
            return self.rows[index.row()] if ok else None

        def add(self, *texts):
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.extend(texts)
            self.endInsertRows()


    def test_checked_before_it_changes(qtmodeltester):
        model = Lying()
        qtmodeltester.check(model)
        model.add("a", "b")


    def test_checked_after_it_changed(qtmodeltester):
        model = Lying()
        model.add("a", "b")
        qtmodeltester.check(model)
    """
)


def test_the_checker_fails_a_model_that_lies_when_attached_before_it_changes(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(test_lying=LYING_MODEL)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*FAILED*test_checked_before_it_changes*"])
    assert "qt.modeltest" in result.stdout.str() or "Qt modeltester" in result.stdout.str()
