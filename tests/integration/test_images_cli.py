"""`envdock docker images --json` and `envdock docker df --json` against the docker CLI."""

from __future__ import annotations

from typing import Any

from tests.integration.helpers import create_container, docker_cli_json_lines, envdock_json
from tests.support.engine import TEST_IMAGE, PrivateEngine


def test_images_match_docker_images(private_engine: PrivateEngine, docker_client: Any) -> None:
    docker_client.tag(TEST_IMAGE, "envdock-test/other", "v1")
    create_container(docker_client, "img-user")
    env = private_engine.env()
    ours = envdock_json(["docker", "images", "--json"], env)
    theirs = docker_cli_json_lines(["images", "--no-trunc"], env)
    assert {i["id"] for i in ours} == {t["ID"] for t in theirs}
    tags = {t for i in ours for t in i["tags"]}
    assert {f"{t['Repository']}:{t['Tag']}" for t in theirs} <= tags | {"<none>:<none>"}
    busybox = next(i for i in ours if TEST_IMAGE in i["tags"])
    assert "envdock-test/other:v1" in busybox["tags"]
    assert busybox["containers"] >= 1 and busybox["size"] > 0
    assert {"id", "tags", "size", "created"} <= busybox.keys()
    docker_client.remove_image("envdock-test/other:v1")


def test_df_matches_docker_system_df(private_engine: PrivateEngine) -> None:
    env = private_engine.env()
    ours = {r["kind"]: r for r in envdock_json(["docker", "df", "--json"], env)}
    theirs = {t["Type"].lower(): t for t in docker_cli_json_lines(["system", "df"], env)}
    for kind, name in (
        ("images", "images"),
        ("containers", "containers"),
        ("volumes", "local volumes"),
        ("build cache", "build cache"),
    ):
        assert ours[kind]["count"] == int(theirs[name]["TotalCount"]), kind
        assert ours[kind]["active"] == int(theirs[name]["Active"]), kind
        assert 0 <= ours[kind]["reclaimable"] <= max(ours[kind]["size"], 0)
