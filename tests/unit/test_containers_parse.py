from core.docker.containers import Container, Port
from core.docker.engine import ContainerStore

# One entry as GET /containers/json returns it (recorded from the private engine).
ENTRY = {
    "Id": "4f1c0f3c2b8a9d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e",
    "Names": ["/web"],
    "Image": "envdock-test/busybox:latest",
    "ImageID": "sha256:95690cb6",
    "Command": "httpd -f -p 80",
    "Created": 1763776000,
    "Ports": [
        {"IP": "0.0.0.0", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"},
        {"IP": "::", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"},
        {"PrivatePort": 443, "Type": "tcp"},
    ],
    "Labels": {"com.docker.compose.project": "shop", "com.docker.compose.service": "web"},
    "State": "running",
    "Status": "Up 3 minutes",
}


def test_from_list_entry() -> None:
    c = Container.from_list_entry(ENTRY)
    assert c.name == "web" and c.state == "running" and c.status == "Up 3 minutes"
    assert c.short_id == str(ENTRY["Id"])[:12]
    assert c.compose_project == "shop" and c.compose_service == "web"
    assert "0.0.0.0:8080->80/tcp" in c.ports_text
    assert "[::]:8080->80/tcp" in c.ports_text
    assert "443/tcp" in c.ports_text
    assert all(p.reachable_from_network for p in c.ports if p.public_port)
    data = c.to_json()
    assert {"id", "name", "image", "state", "status", "ports"} <= data.keys()
    assert data["created"].startswith("2025-11-22")


def test_localhost_binding_is_not_reachable_from_network() -> None:
    assert not Port(80, "tcp", 8080, "127.0.0.1").reachable_from_network


def test_store_diff_is_row_level() -> None:
    store = ContainerStore()
    a = Container.from_list_entry(ENTRY)
    b = Container.from_list_entry({**ENTRY, "Id": "b" * 64, "Names": ["/db"]})
    assert [c.kind for c in store.replace_all([a, b])] == ["added", "added"]
    assert store.replace_all([a, b]) == []
    a2 = Container.from_list_entry({**ENTRY, "State": "exited", "Status": "Exited (0)"})
    changes = store.replace_all([a2])
    assert sorted(c.kind for c in changes) == ["changed", "removed"]
    assert store.upsert(a2) == []
    assert [c.kind for c in store.remove(a2.id)] == ["removed"]
    assert store.remove(a2.id) == []


def test_status_line_read_back_and_written_again() -> None:
    from core.docker.status_text import human_duration, since_from_status, status_text

    now = 1_800_000_000.0
    since, code, health = since_from_status("Up 3 hours (healthy)", now)
    assert (since, code, health) == (now - 3 * 3600, None, "healthy")
    assert status_text("running", since, None, health, now + 3600) == "Up 4 hours (healthy)"
    since, code, _ = since_from_status("Exited (137) About a minute ago", now)
    assert code == 137 and since == now - 60
    assert status_text("exited", since, code, "", now + 120) == "Exited (137) 3 minutes ago"
    since, _, _ = since_from_status("Up 2 minutes (Paused)", now)
    assert status_text("paused", since, None, "", now) == "Up 2 minutes (Paused)"
    assert since_from_status("Created", now) == (0.0, None, "")
    for seconds, text in [
        (0.4, "Less than a second"),
        (1, "1 second"),
        (59, "59 seconds"),
        (60, "About a minute"),
        (3599, "59 minutes"),
        (5400, "2 hours"),  # Docker rounds hours
        (47 * 3600, "47 hours"),
        (3 * 86400, "3 days"),
        (20 * 86400, "2 weeks"),
        (90 * 86400, "3 months"),
        (800 * 86400, "2 years"),
    ]:
        assert human_duration(seconds) == text, seconds


def test_from_inspect_has_the_list_shape() -> None:
    info = {
        "Id": "a" * 64,
        "Name": "/web",
        "Created": "2026-12-02T04:48:00.123456789Z",
        "Path": "sh",
        "Args": ["-c", "sleep 100"],
        "State": {
            "Status": "exited",
            "ExitCode": 3,
            "StartedAt": "2026-12-02T04:48:01.5Z",
            "FinishedAt": "2026-12-02T04:50:01.000000001Z",
        },
        "Image": "sha256:" + "f" * 64,
        "Config": {"Image": "busybox:latest", "Labels": {"k": "v"}},
        "NetworkSettings": {
            "Ports": {
                "80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}],
                "53/udp": None,
            }
        },
    }
    c = Container.from_inspect(info)
    assert (c.name, c.image, c.state, c.command) == (
        "web",
        "busybox:latest",
        "exited",
        "sh -c 'sleep 100'",
    )
    assert c.created == 1796186880.0 and c.exit_code == 3
    assert c.since == 1796187001.0
    assert c.ports_text == "53/udp, 0.0.0.0:8080->80/tcp"
    assert c.status_at(c.since + 7200).startswith("Exited (3) 2 hours ago")
    created = Container.from_inspect(
        {**info, "State": {"Status": "created", "StartedAt": "0001-01-01T00:00:00Z"}}
    )
    assert created.status_at() == "Created"
