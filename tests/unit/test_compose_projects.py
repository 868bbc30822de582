"""Projects without an engine: refs from paths and labels, the remembered list, and the
panel's rows (their statuses, the merge by name, service grouping and their speed)."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

import pytest

from core.compose.config import ComposeModel, build_model
from core.compose.projects import (
    ProjectRef,
    ProjectRow,
    ProjectStore,
    normalize_name,
    project_rows,
    ref_from_labels,
    ref_from_path,
    service_rows,
    services_in_files,
)
from core.docker.containers import Container
from core.errors import ValidationError
from core.paths import config_dir


@pytest.mark.parametrize(
    ("folder", "name"),
    [("My Shop.App", "myshopapp"), ("__demo-1", "demo-1"), ("Ünïcode_x", "ncode_x"), ("...", "")],
)
def test_names_as_compose_makes_them(folder: str, name: str) -> None:
    assert normalize_name(folder) == name


def _write(path: Path, text: str = "services:\n  web:\n    image: busybox\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_a_folder_gives_the_file_compose_picks_and_its_override(tmp_path: Path) -> None:
    folder = tmp_path / "My App"
    _write(folder / "docker-compose.yml")
    base = _write(folder / "compose.yaml")
    override = _write(folder / "compose.override.yml")
    ref = ref_from_path(folder)
    assert ref == ProjectRef("myapp", (base, override), folder)
    only = ref_from_path(folder / "docker-compose.yml")
    assert only.files == (folder / "docker-compose.yml",) and only.name == "myapp"


def test_names_extra_files_and_env_file(tmp_path: Path) -> None:
    base = _write(tmp_path / "p" / "compose.yaml", "name: shop\nservices:\n  web:\n    image: x\n")
    extra = _write(tmp_path / "p" / "prod.yaml")
    env = _write(tmp_path / "p" / "prod.env", "A=1\n")
    ref = ref_from_path(base, extra_files=[extra], env_file=env, engine="gpu1")
    assert (ref.name, ref.files, ref.env_file, ref.engine) == ("shop", (base, extra), env, "gpu1")
    assert ref_from_path(base, name="other").name == "other"
    with pytest.raises(ValidationError, match="not a valid compose project name") as err:
        ref_from_path(base, name="Bad Name")
    assert "lower-case" in err.value.hint


def test_bad_paths_are_refused_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="No such file or folder") as err:
        ref_from_path(tmp_path / "nope")
    assert "compose.yaml" in err.value.hint
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValidationError, match="holds no compose file") as err:
        ref_from_path(tmp_path / "empty")
    assert "docker-compose.yml" in err.value.hint
    base = _write(tmp_path / "p" / "compose.yaml")
    with pytest.raises(ValidationError, match="No such file"):
        ref_from_path(base, extra_files=[tmp_path / "p" / "missing.yaml"])
    with pytest.raises(ValidationError, match="No project name"):
        ref_from_path(_write(tmp_path / "..." / "compose.yaml"))


def test_refs_from_labels_of_v1_and_v2() -> None:
    v2 = ref_from_labels({
        "com.docker.compose.project": "shop",
        "com.docker.compose.project.config_files":
            "/srv/shop/compose.yaml,/srv/shop/compose.override.yaml",
        "com.docker.compose.project.working_dir": "/srv/shop",
        "com.docker.compose.project.environment_file": "/srv/shop/prod.env",
    })  # fmt: skip
    assert v2 == ProjectRef(
        "shop",
        (Path("/srv/shop/compose.yaml"), Path("/srv/shop/compose.override.yaml")),
        Path("/srv/shop"),
        Path("/srv/shop/prod.env"),
    )
    v1 = ref_from_labels({
        "com.docker.compose.project": "shop",
        "com.docker.compose.project.config_files": "compose.yaml,../common/base.yml",
        "com.docker.compose.project.working_dir": "/srv/shop",
        "com.docker.compose.project.environment_file": "my.env",
    }, engine="gpu1")  # fmt: skip
    assert v1 is not None and v1.files == (
        Path("/srv/shop/compose.yaml"),
        Path("/srv/common/base.yml"),
    )
    assert v1.env_file == Path("/srv/shop/my.env") and v1.engine == "gpu1"
    bare = ref_from_labels({"com.docker.compose.project": "piped"})
    assert bare is not None and bare.files == () and bare.env_file is None
    assert ref_from_labels({"other": "x"}) is None


def test_the_store_remembers_in_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg" / "envdock"
    store = ProjectStore()
    assert store.path == tmp_path / "cfg" / "envdock" / ProjectStore.FILE
    assert store.refs() == []
    a = ProjectRef("a", (tmp_path / "a.yaml",), tmp_path)
    b = ProjectRef("b", (tmp_path / "b.yaml",), tmp_path, tmp_path / ".env", "gpu1")
    store.add(a)
    store.add(b)
    store.add(ProjectRef("a", (tmp_path / "a2.yaml",), tmp_path))  # the same project again
    again = ProjectStore()
    assert again.refs() == [b, ProjectRef("a", (tmp_path / "a2.yaml",), tmp_path)]
    assert again.remove("b", "gpu1") and not again.remove("b", "gpu1")
    assert [r.name for r in ProjectStore().refs()] == ["a"]


@pytest.mark.parametrize("text", ["{not json", '{"projects": 3}', "[1, 2]"])
def test_a_corrupt_store_is_kept_aside_and_starts_empty(tmp_path: Path, text: str) -> None:
    path = tmp_path / "projects.json"
    path.write_text(text)
    store = ProjectStore(path)
    assert store.refs() == []
    (aside,) = tmp_path.glob("projects.json.corrupt-*")
    assert aside.read_text() == text
    store.add(ProjectRef("a", (tmp_path / "a.yaml",), tmp_path))
    assert [r.name for r in ProjectStore(path).refs()] == ["a"]


def test_a_bad_entry_is_skipped_not_the_list(tmp_path: Path) -> None:
    path = tmp_path / "projects.json"
    good = ProjectRef("a", (tmp_path / "a.yaml",), tmp_path).to_json()
    path.write_text(json.dumps({"version": 1, "projects": [{"name": "broken"}, good]}))
    assert [r.name for r in ProjectStore(path).refs()] == ["a"]


def _container(
    project: str, service: str, state: str = "running", *, number: int = 1, created: float = 1.0,
    workdir: str = "/srv", oneoff: bool = False,
) -> Container:  # fmt: skip
    labels = {
        "com.docker.compose.project": project,
        "com.docker.compose.service": service,
        "com.docker.compose.container-number": str(number),
        "com.docker.compose.oneoff": "True" if oneoff else "False",
        "com.docker.compose.project.config_files": f"{workdir}/{project}/compose.yaml",
        "com.docker.compose.project.working_dir": f"{workdir}/{project}",
    }
    return Container(
        id=f"{project}-{service}-{number}-{state}",
        name=f"{project}-{service}-{number}",
        image="busybox",
        state=state,
        status=state,
        created=created,
        labels=labels,
    )


def test_rows_merge_remembered_and_running_projects() -> None:
    remembered = ProjectRef("shop", (Path("/home/me/shop/compose.yaml"),), Path("/home/me/shop"))
    elsewhere = ProjectRef("gpu", (Path("/x/compose.yaml"),), Path("/x"), engine="gpu1")
    idle = ProjectRef("idle", (Path("/y/compose.yaml"),), Path("/y"))
    live = [
        _container("shop", "web"),
        _container("shop", "db", "exited"),
        _container("blog", "web", created=1.0, workdir="/old"),
        _container("blog", "web", number=2, created=5.0, workdir="/new"),
        _container("made", "a", "created"),
        _container("down", "a", "exited"),
        Container("x", "plain", "busybox", "running", "Up", 1.0),  # no project
    ]
    rows = {r.name: r for r in project_rows([remembered, elsewhere, idle], live, engine="local")}
    assert list(rows) == ["blog", "down", "idle", "made", "shop"]  # sorted, gpu1's left out
    assert rows["shop"].ref is remembered and rows["shop"].remembered
    assert (rows["shop"].status, rows["shop"].running, rows["shop"].total) == ("partial", 1, 2)
    assert rows["shop"].status_text == "partly running 1/2"
    assert rows["blog"].status == "running" and rows["blog"].status_text == "running 2/2"
    assert rows["blog"].ref is not None and rows["blog"].ref.workdir == Path("/new/blog")  # newest
    assert not rows["blog"].remembered
    assert (rows["made"].status, rows["down"].status, rows["idle"].status) == (
        "created", "exited", "not-created",
    )  # fmt: skip
    assert rows["idle"].status_text == "not created" and rows["idle"].containers == []
    assert rows["shop"].services == ["db", "web"]
    assert rows["shop"].config_files == ["/home/me/shop/compose.yaml"]
    assert {r.name for r in project_rows([elsewhere], [])} == {"gpu"}  # no engine given: all


def test_rows_are_fast_for_20_projects_of_5_containers() -> None:
    live = [
        _container(f"p{p:02d}", f"s{s}", "running" if s else "exited", created=float(p * 10 + s))
        for p in range(20) for s in range(5)
    ]  # fmt: skip
    refs = [
        ProjectRef(f"p{p:02d}", (Path(f"/srv/p{p:02d}/compose.yaml"),), Path("/srv"))
        for p in range(0, 20, 2)
    ]
    samples = []
    for _ in range(30):
        start = time.perf_counter()
        rows = project_rows(refs, live)
        _ = [(r.status, r.status_text, r.running, r.total) for r in rows]
        samples.append(time.perf_counter() - start)
    assert len(rows) == 20 and all(r.status == "partial" for r in rows)
    assert statistics.median(samples) < 0.005, samples


def _model() -> ComposeModel:
    data: dict[str, Any] = {
        "services": {
            "web": {
                "image": "shop-web:1",
                "build": {"context": "/srv/shop/web"},
                "depends_on": {"db": {"condition": "service_healthy", "required": True}},
                "ports": [{"target": 80, "published": "8080", "protocol": "tcp"}],
                "networks": {"front": None, "back": None},
                "deploy": {"replicas": 2},
            },
            "db": {
                "image": "postgres",
                "volumes": [{"type": "volume", "source": "data", "target": "/var/lib"}],
            },
        },
        "volumes": {"data": {"name": "shop_data"}},
    }
    everything = {
        "services": {**data["services"], "debug": {"image": "busybox", "profiles": ["debug"]}}
    }
    return build_model("shop", "", data, everything=everything)


def test_service_rows_group_containers_under_the_files_services() -> None:
    model = _model()
    live = [
        _container("shop", "web", number=2),
        _container("shop", "web", number=1),
        _container("shop", "web", number=9, oneoff=True),  # `compose run`: not a replica
        _container("shop", "old"),  # a service no longer in the file
    ]
    row = ProjectRow("shop", None, live)
    services = {s.name: s for s in service_rows(row, model)}
    assert list(services) == ["web", "db", "debug", "old"]
    web = services["web"]
    assert [c.labels["com.docker.compose.container-number"] for c in web.containers] == ["1", "2"]
    assert (web.replicas, web.running, web.build_context, web.ports) == (
        2,
        2,
        "/srv/shop/web",
        ("8080:80",),
    )
    assert [(d.service, d.condition) for d in web.depends_on] == [("db", "service_healthy")]
    assert web.networks == ("front", "back")
    assert services["db"].containers == () and services["db"].volumes == ("data:/var/lib",)
    assert services["debug"].profiles == ("debug",) and not services["debug"].active
    assert services["old"].in_file is False and services["old"].replicas == 1
    unknown = {s.name: s for s in service_rows(row, None)}
    assert list(unknown) == ["old", "web"] and unknown["web"].in_file is None


def test_services_in_files_reads_names_only(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.yaml", "services:\n  web: {}\n  db: {}\n")
    b = _write(tmp_path / "b.yaml", "services:\n  cache: {}\n")
    broken = _write(tmp_path / "c.yaml", "services: [\n")
    assert services_in_files([a, b, broken, tmp_path / "gone.yaml"]) == ["cache", "db", "web"]
