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
    assert c.short_id == ENTRY["Id"][:12]
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
