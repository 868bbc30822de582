import pytest

from core.docker.run_spec import build_spec, parse_memory, parse_mount, parse_port
from core.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "cli"),
    [
        ("8080:80", "8080:80/tcp"),
        ("80", "80/tcp"),
        ("127.0.0.1:8080:80/udp", "127.0.0.1:8080:80/udp"),
        ("127.0.0.1::80", "127.0.0.1::80/tcp"),
    ],
)
def test_ports(text: str, cli: str) -> None:
    assert parse_port(text).cli() == cli


@pytest.mark.parametrize("bad", ["80:", "abc", "70000:80", "8080:80/http", "1.2.3.999:80:80", ""])
def test_bad_ports(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_port(bad)


def test_mounts_and_memory() -> None:
    assert parse_mount("/data:/srv:ro").read_only and parse_mount("/data:/srv").is_bind
    assert not parse_mount("cache:/root/.cache").is_bind
    for bad in ("./rel:/x", "/a:b", "onlyone", "my vol:/x"):
        with pytest.raises(ValidationError):
            parse_mount(bad)
    assert parse_memory("512m") == 512 * 1024**2 and parse_memory("2g") == 2 * 1024**3
    with pytest.raises(ValidationError):
        parse_memory("lots")


def test_command_line_is_equivalent() -> None:
    spec = build_spec(
        "busybox",
        name="web",
        command="httpd -f -p 80",
        ports=["8080:80"],
        volumes=["/srv/www:/www:ro"],
        env=["MODE=prod", "GREETING='hi there'"],
        labels=["app.tier=web"],
        restart="on-failure:3",
        cpus="1.5",
        memory="256m",
        network="bridge",
    )
    assert spec.command_line() == (
        "docker run -d --name web -p 8080:80/tcp -v /srv/www:/www:ro -e MODE=prod "
        "-e 'GREETING=hi there' --label app.tier=web --restart on-failure:3 --network bridge "
        "--cpus 1.5 --memory 256m busybox httpd -f -p 80"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"image": ""}, "image"),
        ({"image": "busybox", "name": "bad name"}, "container name"),
        ({"image": "busybox", "command": "echo 'unclosed"}, "command"),
        ({"image": "busybox", "remove": True, "restart": "always"}, "--rm"),
        ({"image": "busybox", "cpus": "two"}, "CPUs"),
        ({"image": "busybox", "env": ["1BAD=x"]}, "KEY=value"),
    ],
)
def test_bad_forms_name_the_field(kwargs: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError, match=message):
        build_spec(**kwargs)
