"""The command lines EnvDock runs, for v2 and v1; failures read from compose's real output
(recorded from 2.40 and 1.29); progress lines; what down would remove."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from core.compose.actions import (
    ComposeUnsupported,
    UpOptions,
    command_text,
    command_verb,
    down_argv,
    down_would_remove,
    failure,
    recreate_argv,
    scale_argv,
    up_argv,
    up_commands,
    verb_argv,
)
from core.compose.config import build_model
from core.compose.output import ProgressParser
from core.compose.projects import ProjectRef
from core.compose.tool import ComposeTool
from core.errors import ValidationError

V2 = ComposeTool(("/usr/bin/docker", "compose"), "2.40.3", 2)
V1 = ComposeTool(("/usr/bin/docker-compose",), "1.29.2", 1)
REF = ProjectRef(
    "shop",
    (Path("/srv/shop/compose.yaml"), Path("/srv/shop/compose.override.yaml")),
    Path("/srv/shop"),
)
HEAD = ["-p", "shop", "-f", "/srv/shop/compose.yaml", "-f", "/srv/shop/compose.override.yaml"]


def test_up_with_every_option() -> None:
    opts = UpOptions(build=True, pull="always", force_recreate=True, remove_orphans=True,
                     profiles=("debug",), services=("web", "db"), no_deps=True)  # fmt: skip
    assert up_argv(V2, REF, opts) == [
        "/usr/bin/docker", "compose", *HEAD, "--profile", "debug", "up", "-d", "--build",
        "--pull", "always", "--force-recreate", "--remove-orphans", "--no-deps", "web", "db",
    ]  # fmt: skip
    assert up_argv(V1, REF, UpOptions()) == ["/usr/bin/docker-compose", *HEAD, "up", "-d"]


def test_v1_has_no_up_pull() -> None:
    with pytest.raises(ComposeUnsupported) as err:
        up_argv(V1, REF, UpOptions(pull="always"))
    assert "docker-compose 1.29.2 has no up --pull" in err.value.message
    # up_commands: "always" is a pull first, of the services that have an image to pull
    model = build_model("shop", "", {"services": {
        "web": {"image": "shop-web", "build": {"context": "/srv/shop/web"}},
        "db": {"image": "postgres"},
        "debug": {"image": "busybox", "profiles": ["debug"]},
    }})  # fmt: skip
    pull, up = up_commands(V1, REF, UpOptions(pull="always"), model)
    assert pull == ["/usr/bin/docker-compose", *HEAD, "pull", "db"]
    assert up == ["/usr/bin/docker-compose", *HEAD, "up", "-d"]
    blind_pull, _ = up_commands(V1, REF, UpOptions(pull="always"))
    assert blind_pull[-2:] == ["pull", "--ignore-pull-failures"]
    assert up_commands(V1, REF, UpOptions(pull="missing")) == [up]
    with pytest.raises(ComposeUnsupported):
        up_commands(V1, REF, UpOptions(pull="never"))
    assert up_commands(V2, REF, UpOptions(pull="never")) == [
        up_argv(V2, REF, UpOptions(pull="never"))
    ]
    with pytest.raises(ValidationError, match="Unknown pull policy"):
        up_argv(V2, REF, UpOptions(pull="sometimes"))


def test_down_reaches_every_profile_on_v2() -> None:
    assert down_argv(V2, REF, volumes=True, images="local") == [
        "/usr/bin/docker", "compose", *HEAD, "--profile", "*", "down", "--volumes",
        "--rmi", "local",
    ]  # fmt: skip
    assert down_argv(V1, REF, remove_orphans=True) == [
        "/usr/bin/docker-compose",
        *HEAD,
        "down",
        "--remove-orphans",
    ]
    assert "--profile" not in down_argv(V2, REF, all_profiles=False)
    with pytest.raises(ValidationError):
        down_argv(V2, REF, images="some")


def test_verbs_recreate_and_scale() -> None:
    assert verb_argv(V2, REF, "stop") == [
        "/usr/bin/docker",
        "compose",
        *HEAD,
        "--profile",
        "*",
        "stop",
    ]
    assert verb_argv(V2, REF, "pull", ["db"]) == ["/usr/bin/docker", "compose", *HEAD, "pull", "db"]
    assert verb_argv(V1, REF, "restart", ["web"]) == [
        "/usr/bin/docker-compose",
        *HEAD,
        "restart",
        "web",
    ]
    with pytest.raises(ValidationError, match="Unknown compose action"):
        verb_argv(V2, REF, "rm")
    assert recreate_argv(V1, REF, "db")[-5:] == ["up", "-d", "--force-recreate", "--no-deps", "db"]
    assert scale_argv(V2, REF, "web", 3)[-6:] == [
        "up",
        "-d",
        "--scale",
        "web=3",
        "--no-recreate",
        "web",
    ]
    assert scale_argv(V1, REF, "web", 0)[-3:] == ["web=0", "--no-recreate", "web"]
    wrong: list[Any] = [-1, True, 2.5]  # what a careless caller might pass
    for bad in wrong:
        with pytest.raises(ValidationError):
            scale_argv(V2, REF, "web", bad)


def test_env_file_project_directory_and_files_unknown() -> None:
    ref = ProjectRef("x", (Path("/a/deploy/compose.yaml"),), Path("/a"), Path("/a/prod.env"))
    assert verb_argv(V2, ref, "build") == [
        "/usr/bin/docker", "compose", "-p", "x", "-f", "/a/deploy/compose.yaml",
        "--env-file", "/a/prod.env", "--project-directory", "/a", "build",
    ]  # fmt: skip
    unknown = ProjectRef("piped", (), Path("/"))
    assert down_argv(V2, unknown, all_profiles=False) == [
        "/usr/bin/docker",
        "compose",
        "-p",
        "piped",
        "down",
    ]
    with pytest.raises(ComposeUnsupported, match="not known"):
        down_argv(V1, unknown)


def test_command_text_and_verb() -> None:
    argv = up_argv(V2, ProjectRef("x", (Path("/my files/c.yaml"),), Path("/my files")), UpOptions())
    text = command_text(argv)
    assert text.endswith("-p x -f '/my files/c.yaml' up -d")
    docker = shutil.which("docker")
    if docker is not None:
        assert command_text([docker, "compose", "ls"]) == "docker compose ls"
    assert command_text(["/nowhere/docker", "compose"]) == "/nowhere/docker compose"
    assert command_verb(V2, argv) == "up"
    assert (
        command_verb(V1, ["/usr/bin/docker-compose", "--profile", "a", "--ansi", "never", "down"])
        == "down"
    )


V2_PORT = """ Container ptv2-web-1  Starting
Error response from daemon: driver failed programming external connectivity on endpoint ptv2-web-1 \
(a22e): Error starting userland proxy: listen tcp4 127.0.0.1:18555: bind: address already in use"""
V1_PORT = """ERROR: for web  Cannot start service web: driver failed programming external \
connectivity on endpoint ptv1_web_1 (fa50): Bind for 0.0.0.0:18080 failed: port is already allocated
Encountered errors while bringing up the project."""
V2_BUILD = """#5 [web 2/3] RUN echo step-one
#5 0.163 step-one
#5 DONE 0.2s

#6 [web 3/3] RUN echo about-to-fail && exit 3
#6 0.218 about-to-fail
#6 ERROR: executor failed running [/bin/sh -c echo about-to-fail && exit 3]: exit code: 3
------
 > [web 3/3] RUN echo about-to-fail && exit 3:
------
failed to solve: executor failed running [/bin/sh -c echo about-to-fail && exit 3]: exit code: 3"""
V1_BUILD = """Step 2/3 : RUN echo step-one
 ---> Running in 9fc5d9ca2f68
step-one
Step 3/3 : RUN echo about-to-fail && exit 3
 ---> Running in b0c75ffaf048
about-to-fail
The command '/bin/sh -c echo about-to-fail && exit 3' returned a non-zero code: 3
Service 'web' failed to build : Build failed"""


@pytest.mark.parametrize(
    ("tool", "output", "words"),
    [
        (V2, V2_PORT, ["port 127.0.0.1:18555 is already in use"]),
        (V1, V1_PORT, ["port 0.0.0.0:18080 is already in use"]),
        (V2, V2_BUILD, ["[web 3/3] RUN echo about-to-fail && exit 3", "exit code: 3"]),
        (V1, V1_BUILD, ["RUN echo about-to-fail && exit 3", "returned a non-zero code: 3"]),
        (V2, " Container p1-db-1  Error\ndependency failed to start: container p1-db-1 is "
         "unhealthy", ["p1-db-1 did not become healthy"]),
        (V1, "docker.errors.DockerException: Install paramiko package to enable ssh:// support",
         ["needs paramiko"]),
        (V2, "something\nError response from daemon: pull access denied for nope\nmore",
         ["pull access denied for nope"]),
    ],
)  # fmt: skip
def test_failures_name_their_cause(tool: ComposeTool, output: str, words: list[str]) -> None:
    err = failure(tool, "up", output, 1)
    assert err.returncode == 1 and err.details == output and err.hint
    assert err.message.startswith(f"{tool.label} up failed: ")
    for word in words:
        assert word in err.message, err.message


def test_progress_lines_of_v2_and_v1() -> None:
    parser = ProgressParser()
    lines = [
        " Network p1_back  Creating",
        " Network p1_back  Created",
        " Container p1-db-1  Started",
        " web Pulling",
        " 4f4fb700ef54 Downloading 1.2MB/3.4MB",
        "#6 [web 3/3] RUN echo hi",
        'Creating network "p1v1_back" with the default driver',
        "Creating p1v1_db_1 ... done",
        "Building web",
        "random chatter",
    ]
    changed = [parser.feed(line) for line in lines]
    assert changed == [True, True, True, True, True, True, True, True, True, False]
    assert parser.feed(" Network p1_back  Created") is False  # nothing new
    snap = parser.snapshot()
    assert snap.items == (
        ("Network", "p1_back", "Created"),
        ("Container", "p1-db-1", "Started"),
        ("Service", "web", "Building"),
        ("Layer", "4f4fb700ef54", "Downloading 1.2MB/3.4MB"),
        ("Network", "p1v1_back", "Creating"),
        ("Container", "p1v1_db_1", "Creating done"),
    )
    assert snap.step == "web 3/3 RUN echo hi"


def test_down_would_remove_names_volumes_and_images() -> None:
    model = build_model("shop", "", {
        "services": {
            "web": {"build": {"context": "."}},
            "api": {"build": {"context": "."}, "image": "me/api:1"},
            "db": {"image": "postgres:16"},
        },
        "volumes": {"data": {"name": "shop_data"}, "keep": {"external": True, "name": "keep"}},
    })  # fmt: skip
    assert down_would_remove(V2, REF, model, volumes=False, images=None) == ([], [])
    assert down_would_remove(V2, REF, model, volumes=True, images="local") == (
        ["shop_data"],
        ["shop-web"],
    )
    assert down_would_remove(V1, REF, model, volumes=False, images="local") == ([], ["shop_web"])
    assert down_would_remove(V2, REF, model, volumes=False, images="all")[1] == [
        "me/api:1", "postgres:16", "shop-web",
    ]  # fmt: skip
    assert down_would_remove(
        V2,
        REF,
        model,
        volumes=True,
        images="all",
        existing_volumes=[],
        existing_images=["postgres:16"],
    ) == ([], ["postgres:16"])
