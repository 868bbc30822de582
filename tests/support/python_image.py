"""A local image with Python in it (no image can be pulled here).

A Debian root filesystem made with ``debootstrap --variant=minbase`` with python3 and
python3-venv, imported with ``docker import``. The tar is kept in a cache folder
(``ENVDOCK_TEST_CACHE``, default /var/tmp/envdock-test-cache) so local reruns skip the
minute debootstrap takes; CI starts without it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from tests.support.engine import EngineUnavailable

PYTHON_IMAGE = "envdock-test/python:3.11"
MIRROR = os.environ.get("ENVDOCK_DEBIAN_MIRROR", "http://deb.debian.org/debian")


def _cache() -> Path:
    return Path(os.environ.get("ENVDOCK_TEST_CACHE", "/var/tmp/envdock-test-cache"))


def rootfs_tar() -> Path:
    tar = _cache() / "debian-bookworm-python3.tar"
    if tar.exists():
        return tar
    if shutil.which("debootstrap") is None:
        if os.geteuid() != 0 or shutil.which("apt-get") is None:
            raise EngineUnavailable("debootstrap is not installed (apt-get install debootstrap)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "install", "-y", "-qq", "debootstrap"], check=True, env=env)
    root = _cache() / "rootfs"
    shutil.rmtree(root, ignore_errors=True)
    root.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["debootstrap", "--variant=minbase", "--include=python3,python3-venv", "bookworm",
         str(root), MIRROR],
        capture_output=True, text=True, check=False, timeout=900,
    )  # fmt: skip
    if done.returncode != 0:
        raise EngineUnavailable(f"debootstrap failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    part = tar.with_suffix(".part")
    subprocess.run(["tar", "-C", str(root), "-cf", str(part), "."], check=True)
    part.rename(tar)
    shutil.rmtree(root, ignore_errors=True)
    return tar


def import_python_image(client: Any, tag: str = PYTHON_IMAGE) -> str:
    repository, _, version = tag.partition(":")
    client.import_image(src=str(rootfs_tar()), repository=repository, tag=version or "latest")
    return tag
