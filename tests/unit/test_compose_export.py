"""Export to compose, the parts without an engine: inspect data → services (what the image
sets is left out), durations, .env quoting, secrets, saving and adding to a file by text."""

from __future__ import annotations

import copy
import stat
from pathlib import Path
from typing import Any

import pytest
import yaml

from core.compose.export import (
    ComposeExport,
    SecretValue,
    clean_service_name,
    compose_duration,
    dotenv_line,
    read_dotenv,
)
from core.compose.export_save import add_to_compose_file, save_export, write_export
from core.compose.export_services import service_from_spec, services_from_inspect
from core.docker.run_spec import build_spec
from core.errors import ValidationError

CID = "8e41225d1db8fbfb1b336775ea83ae4c1eaa8547b8c59d1479c7771db89eec4a"
ANON = "115433dbf3a5b4043b6a88f1f8786258544ed80367a349cecfa76580fc2da539"
PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# the test image's inspect (Config) as the private engine gives it
IMAGE: dict[str, Any] = {
    "Config": {
        "Cmd": ["/bin/sh"],
        "Env": [PATH],
        "Entrypoint": None,
        "WorkingDir": "",
        "User": "",
        "Labels": {"org.example.base": "busybox"},
        "Volumes": {"/cache": {}},
        "ExposedPorts": {"7000/tcp": {}},
    }
}
# a container's inspect, shortened from `docker run -d --name p1 -e 'A=x$y' -e API_TOKEN=..
# -p 28080:80 -p 127.0.0.1:28081:81/udp -p 28090-28091:90-91 --expose 99 -v vdata:/data
# -v /tmp:/host:ro -v /anon --tmpfs /run:size=64m --restart on-failure:3 --health-cmd ..
# --health-interval 5s --memory 64m --cpus 0.5 --cap-add NET_ADMIN --hostname myhost ...`
CONTAINER: dict[str, Any] = {
    "Id": CID,
    "Name": "/p1",
    "Image": "sha256:b1b6459d0d32",
    "Config": {
        "Hostname": "myhost",
        "Domainname": "",
        "User": "",
        "ExposedPorts": {
            "80/tcp": {}, "81/udp": {}, "90/tcp": {}, "91/tcp": {}, "99/tcp": {}, "7000/tcp": {}
        },
        "Tty": False,
        "OpenStdin": False,
        "Env": ["A=x$y", "API_TOKEN=t$k", PATH],
        "Cmd": ["sleep", "600"],
        "Healthcheck": {"Test": ["CMD-SHELL", "test -d /"], "Interval": 5_000_000_000},
        "Image": "envdock-test/busybox",
        "Volumes": {"/anon": {}, "/cache": {}},
        "WorkingDir": "",
        "Entrypoint": None,
        "Labels": {"org.example.base": "busybox", "com.docker.compose.project": "old"},
    },
    "HostConfig": {
        "Binds": ["vdata:/data", "/tmp:/host:ro"],
        "NetworkMode": "default",
        "PortBindings": {
            "80/tcp": [{"HostIp": "", "HostPort": "28080"}],
            "81/udp": [{"HostIp": "127.0.0.1", "HostPort": "28081"}],
            "90/tcp": [{"HostIp": "", "HostPort": "28090"}],
            "91/tcp": [{"HostIp": "", "HostPort": "28091"}],
        },
        "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 3},
        "CapAdd": ["CAP_NET_ADMIN"],
        "CapDrop": None,
        "Dns": [],
        "Tmpfs": {"/run": "size=64m"},
        "ShmSize": 67108864,
        "Memory": 67108864,
        "MemorySwap": 134217728,
        "NanoCpus": 500000000,
        "CpuShares": 0,
        "Devices": [],
        "PidsLimit": None,
    },
    "Mounts": [
        {"Type": "volume", "Name": "vdata", "Destination": "/data", "RW": True},
        {"Type": "bind", "Source": "/tmp", "Destination": "/host", "Mode": "ro", "RW": False},
        {"Type": "volume", "Name": ANON, "Destination": "/anon", "RW": True},
        {"Type": "volume", "Name": "f" * 64, "Destination": "/cache", "RW": True},
    ],
    "NetworkSettings": {"Networks": {"bridge": {"Aliases": None}}},
}  # fmt: skip


def _container(**changes: Any) -> dict[str, Any]:
    info = copy.deepcopy(CONTAINER)
    for path, value in changes.items():
        where = info
        *parents, key = path.split("__")
        for p in parents:
            where = where[p]
        where[key] = value
    return info


def test_a_container_becomes_the_service_its_creator_asked_for() -> None:
    export = services_from_inspect([(CONTAINER, IMAGE)])
    assert list(export.services) == ["p1"]
    s = export.services["p1"]
    assert s["image"] == "envdock-test/busybox"
    assert s["command"] == ["sleep", "600"] and "entrypoint" not in s
    assert s["environment"] == {"A": "x$y", "API_TOKEN": SecretValue("t$k")}  # no PATH
    # consecutive ports as one range; address and protocol kept
    assert s["ports"] == ["28080:80", "28090-28091:90-91", "127.0.0.1:28081:81/udp"]
    assert s["expose"] == ["99/tcp"]  # 7000 comes from the image
    # the image's own anonymous volume (/cache) is left to the image
    assert s["volumes"] == ["vdata:/data", "/tmp:/host:ro", "/anon"]
    assert export.volumes == {"vdata": {"external": True}}
    assert s["tmpfs"] == ["/run:size=64m"]
    assert s["hostname"] == "myhost" and s["restart"] == "on-failure:3"
    assert s["healthcheck"] == {"test": ["CMD-SHELL", "test -d /"], "interval": "5s"}
    assert "labels" not in s  # the image's label, and compose's own, are not the user's
    assert s["cap_add"] == ["CAP_NET_ADMIN"] and s["mem_limit"] == "64m" and s["cpus"] == 0.5
    for absent in ("memswap_limit", "shm_size", "network_mode", "networks", "cap_drop", "dns"):
        assert absent not in s, absent
    assert export.networks == {}


def test_command_entrypoint_and_image_defaults() -> None:
    same = _container(Config__Cmd=["/bin/sh"])
    assert "command" not in services_from_inspect([(same, IMAGE)]).services["p1"]
    own = _container(Config__Entrypoint=["/bin/sh"], Config__Cmd=["-c", "sleep 1"])
    s = services_from_inspect([(own, IMAGE)]).services["p1"]
    assert s["entrypoint"] == ["/bin/sh"] and s["command"] == ["-c", "sleep 1"]
    # its own entrypoint: the image's command is not inherited, so an equal one is written
    kept = _container(Config__Entrypoint=["/bin/env"], Config__Cmd=["/bin/sh"])
    assert services_from_inspect([(kept, IMAGE)]).services["p1"]["command"] == ["/bin/sh"]
    user = _container(Config__WorkingDir="/tmp", Config__User="1000:1000",
                      Config__Labels={"a": "b", "org.example.base": "other"})  # fmt: skip
    s = services_from_inspect([(user, IMAGE)]).services["p1"]
    assert (s["working_dir"], s["user"]) == ("/tmp", "1000:1000")
    assert s["labels"] == {"a": "b", "org.example.base": "other"}


def test_hostname_only_when_chosen_and_networks() -> None:
    default = _container(Config__Hostname=CID[:12])
    assert "hostname" not in services_from_inspect([(default, IMAGE)]).services["p1"]
    on_net = _container(
        HostConfig__NetworkMode="unet",
        NetworkSettings__Networks={
            "unet": {"Aliases": ["web", CID[:12], "p1"], "IPAMConfig": None},
            "other": {"Aliases": [CID[:12]], "IPAMConfig": {"IPv4Address": "10.9.0.5"}},
        },
    )
    export = services_from_inspect([(on_net, IMAGE)])
    assert export.services["p1"]["networks"] == {
        "unet": {"aliases": ["web"]},
        "other": {"ipv4_address": "10.9.0.5"},
    }
    assert export.networks == {"unet": {"external": True}, "other": {"external": True}}
    host = _container(HostConfig__NetworkMode="host", Config__Hostname="thismachine")
    s = services_from_inspect([(host, IMAGE)]).services["p1"]
    assert s["network_mode"] == "host" and "hostname" not in s


def test_names_are_unique_and_compose_services_keep_theirs() -> None:
    other = _container(Name="/P1", Config__Labels={"com.docker.compose.service": "web"})
    export = services_from_inspect([(CONTAINER, IMAGE), (CONTAINER, IMAGE), (other, {})])
    assert list(export.services) == ["p1", "p1-2", "web"]
    assert any("web" in n and "gone" in n for n in export.notes)  # its image was removed
    assert clean_service_name("/My.App") == "my-app" and clean_service_name("/--") == "service"


@pytest.mark.parametrize(
    ("ns", "text"),
    [(0, "0s"), (500, "500ns"), (1500, "1.5us"), (500_000_000, "500ms"),
     (5_000_000_000, "5s"), (90_000_000_000, "1m30s"), (1_500_000_000, "1.5s"),
     (3_600_000_000_000, "1h0m"), (3_661_000_000_000, "1h1m1s")],
)  # fmt: skip
def test_durations_as_compose_writes_them(ns: int, text: str) -> None:
    assert compose_duration(ns) == text


@pytest.mark.parametrize(
    "value", ["plain", "x$y", "it's", 'a "b" \\ c', "two\nlines", "", "#not a comment"]
)
def test_dotenv_lines_read_back(tmp_path: Path, value: str) -> None:
    env = tmp_path / ".env"
    env.write_text(dotenv_line("KEY", value))
    assert read_dotenv(env) == {"KEY": value}


def test_render_moves_secrets_and_escapes_dollars() -> None:
    export = services_from_inspect([(CONTAINER, IMAGE)])
    rendered = export.render({"API_TOKEN": "someone else's"})
    doc = yaml.safe_load(rendered.text)
    env = doc["services"]["p1"]["environment"]
    assert env == {"A": "x$$y", "API_TOKEN": "${P1_API_TOKEN}"}
    assert rendered.env == {"P1_API_TOKEN": "t$k"} and "t$k" not in rendered.text
    assert [(s.service, s.key, s.variable) for s in rendered.secrets] == [
        ("p1", "API_TOKEN", "P1_API_TOKEN")
    ]
    assert any("P1_API_TOKEN" in m for m in rendered.messages())
    # the same value already there: its name is reused
    assert export.render({"API_TOKEN": "t$k"}).env == {"API_TOKEN": "t$k"}


def test_save_writes_env_private_and_refuses_to_overwrite(tmp_path: Path) -> None:
    export = services_from_inspect([(CONTAINER, IMAGE)])
    (tmp_path / ".env").write_text("OTHER=1\n")
    (tmp_path / ".env").chmod(0o644)
    saved = save_export(export, tmp_path)
    assert saved.path == tmp_path / "compose.yaml" and saved.backup is None
    assert saved.env_path == tmp_path / ".env"
    assert read_dotenv(tmp_path / ".env") == {"OTHER": "1", "API_TOKEN": "t$k"}
    assert stat.S_IMODE((tmp_path / ".env").stat().st_mode) == 0o600
    assert "t$k" not in saved.path.read_text()
    with pytest.raises(ValidationError, match="exists already"):
        save_export(export, tmp_path / "compose.yaml")
    again = save_export(export, tmp_path / "compose.yaml", replace=True)
    assert again.backup == tmp_path / "compose.yaml.bak"
    assert read_dotenv(tmp_path / ".env") == {"OTHER": "1", "API_TOKEN": "t$k"}  # not twice
    assert (tmp_path / ".env").read_text().count("API_TOKEN") == 1


EXISTING = """\
# my project
services:
    db:   # the database
        image: postgres:16
        volumes:
            - data:/var/lib/postgresql/data
    # p1 was here once

volumes:
    data: {}   # project volume

# networks come last
networks:
    front:
        external: true
"""


def test_adding_keeps_the_files_text_and_renames_clashes(tmp_path: Path) -> None:
    path = tmp_path / "compose.yaml"
    path.write_text(EXISTING)
    clash = _container(Name="/db", Mounts=[
        {"Type": "volume", "Name": "data", "Destination": "/d", "RW": True}
    ])  # fmt: skip
    web = _container(
        Name="/web",
        HostConfig__NetworkMode="front",
        NetworkSettings__Networks={"front": {"Aliases": ["www"]}},
    )
    export = services_from_inspect([(clash, IMAGE), (web, IMAGE)])
    added = add_to_compose_file(export, path)
    assert added.kept_text and added.backup == tmp_path / "compose.yaml.bak"
    text = path.read_text()
    head = EXISTING.partition("volumes:\n")[0].rstrip("\n")
    assert text.startswith(head)  # the services part with its comments, as it was
    assert "# p1 was here once" in text and "data: {}   # project volume" in text
    doc = yaml.safe_load(text)
    assert list(doc["services"]) == ["db", "db-2", "web"]
    assert doc["services"]["db"]["image"] == "postgres:16"
    # "data" is the project's own volume there: the external one gets another key
    assert doc["volumes"] == {
        "data": {},
        "data-external": {"external": True, "name": "data"},
        "vdata": {"external": True},  # web's
    }
    assert doc["services"]["db-2"]["volumes"] == ["data-external:/d"]
    # the network is declared the same way already: not again
    assert doc["networks"] == {"front": {"external": True}}
    assert doc["services"]["web"]["networks"] == {"front": {"aliases": ["www"]}}
    # written in the file's own indentation (4)
    assert "\n    db-2:\n        image: envdock-test/busybox\n" in text
    assert added.services == ("db-2", "web") and added.document == doc


def test_adding_to_a_file_without_those_sections_or_with_flow_style(tmp_path: Path) -> None:
    path = tmp_path / "compose.yaml"
    path.write_text("name: x\nservices: {}\n")
    added = add_to_compose_file(services_from_inspect([(CONTAINER, IMAGE)]), path)
    assert added.kept_text and path.read_text().startswith("name: x\nservices:\n  p1:\n")
    assert yaml.safe_load(path.read_text())["volumes"] == {"vdata": {"external": True}}
    path.write_text("services: {db: {image: postgres}}  # flow\n")
    rewritten = add_to_compose_file(services_from_inspect([(CONTAINER, IMAGE)]), path)
    assert not rewritten.kept_text
    assert any(".bak" in m for m in rewritten.messages())
    assert list(yaml.safe_load(path.read_text())["services"]) == ["db", "p1"]


def test_adding_to_invalid_yaml_is_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "compose.yaml"
    bad = "services:\n  web:\n    image: x\n   ports: [1\n"
    path.write_text(bad)
    with pytest.raises(ValidationError) as caught:
        add_to_compose_file(services_from_inspect([(CONTAINER, IMAGE)]), path)
    assert "line 4" in caught.value.message
    assert path.read_text() == bad and not (tmp_path / ".env").exists()
    path.write_text("- a list\n")
    with pytest.raises(ValidationError, match="not a compose file"):
        add_to_compose_file(services_from_inspect([(CONTAINER, IMAGE)]), path)


def test_write_export_adds_when_the_file_exists(tmp_path: Path) -> None:
    export = services_from_inspect([(CONTAINER, IMAGE)])
    first = write_export(export, tmp_path)
    second = write_export(export, tmp_path / "compose.yaml")
    assert first.services == ("p1",) and second.services == ("p1-2",)


def test_a_run_spec_becomes_a_service() -> None:
    spec = build_spec(
        image="envdock-test/busybox:latest",
        name="My.Web",
        command="httpd -f -p 80",
        ports=["8080:80", "127.0.0.1:5353:53/udp"],
        volumes=["cache:/cache", "/srv:/srv:ro", "known:/k"],
        env=["MODE=a$b", "DB_PASSWORD=hunter2"],
        labels=["tier=web"],
        restart="on-failure:2",
        network="unet",
        cpus="1.5",
        memory="512m",
        remove=False,
    )
    export = service_from_spec(spec, existing_volumes={"known"})
    assert list(export.services) == ["my-web"]
    s = export.services["my-web"]
    assert s["command"] == ["httpd", "-f", "-p", "80"]
    assert s["ports"] == ["8080:80", "127.0.0.1:5353:53/udp"]
    assert s["volumes"] == ["cache:/cache", "/srv:/srv:ro", "known:/k"]
    assert export.volumes == {"cache": {"name": "cache"}, "known": {"external": True}}
    assert s["environment"] == {"MODE": "a$b", "DB_PASSWORD": SecretValue("hunter2")}
    assert s["networks"] == {"unet": {}} and export.networks == {"unet": {"external": True}}
    assert (s["restart"], s["cpus"], s["mem_limit"], s["labels"]) == (
        "on-failure:2",
        1.5,
        "512m",
        {"tier": "web"},
    )
    plain = service_from_spec(build_spec(image="reg:5000/team/tool:1", network="host"))
    assert plain.services == {"tool": {"image": "reg:5000/team/tool:1", "network_mode": "host"}}
    assert isinstance(plain, ComposeExport)
