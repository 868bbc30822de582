"""A local conda channel built by the tests, and real conda prefixes made from it with
py-rattler (solve + install), as DESIGN.md describes: no conda, no network."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import tarfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class CondaPackage:
    name: str
    version: str
    files: dict[str, bytes]
    depends: list[str] = field(default_factory=list)
    subdir: str = "noarch"
    build: str = "0"


def _add(tar: tarfile.TarFile, name: str, data: bytes, mode: int = 0o644) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.mtime = 1_700_000_000
    tar.addfile(info, io.BytesIO(data))


def build_package(channel: Path, pkg: CondaPackage) -> Path:
    subdir = channel / pkg.subdir
    subdir.mkdir(parents=True, exist_ok=True)
    index = {
        "name": pkg.name,
        "version": pkg.version,
        "build": pkg.build,
        "build_number": 0,
        "depends": pkg.depends,
        "license": "MIT",
        "subdir": pkg.subdir,
        "timestamp": 1_700_000_000_000,
    }
    if pkg.subdir == "noarch":
        index["noarch"] = "generic"
    else:
        index.update({"arch": "x86_64", "platform": "linux"})
    paths = {
        "paths_version": 1,
        "paths": [
            {
                "_path": p,
                "path_type": "hardlink",
                "sha256": hashlib.sha256(d).hexdigest(),
                "size_in_bytes": len(d),
            }
            for p, d in sorted(pkg.files.items())
        ],
    }
    out = subdir / f"{pkg.name}-{pkg.version}-{pkg.build}.tar.bz2"
    with tarfile.open(out, "w:bz2") as tar:
        for p, d in sorted(pkg.files.items()):
            _add(tar, p, d, 0o755 if p.startswith("bin/") else 0o644)
        _add(tar, "info/index.json", json.dumps(index).encode())
        _add(tar, "info/paths.json", json.dumps(paths).encode())
        _add(tar, "info/files", "\n".join(sorted(pkg.files)).encode() + b"\n")
    return out


PY = "3.11"


def default_packages() -> list[CondaPackage]:
    sp = f"lib/python{PY}/site-packages"
    launcher = b'#!/bin/sh\nexec /usr/bin/env python3 "$@"\n'
    return [
        CondaPackage(
            "python",
            "3.11.7",
            {
                "bin/python3.11": launcher,
                "bin/python": launcher,
                f"{sp}/README.txt": b"site-packages\n",
                f"include/python{PY}/patchlevel.h": b'#define PY_VERSION "3.11.7"\n',
            },
            subdir="linux-64",
        ),
        CondaPackage(
            "demo-a", "1.0", {f"{sp}/demo_a/__init__.py": b"A = 1\n"}, depends=["python >=3.11"]
        ),
        CondaPackage(
            "demo-b", "2.0", {f"{sp}/demo_b/__init__.py": b"B = 2\n"}, depends=["demo-a >=1.0"]
        ),
        CondaPackage(
            "demo-b", "2.1", {f"{sp}/demo_b/__init__.py": b"B = 21\n"}, depends=["demo-a >=1.0"]
        ),
    ]


def build_channel(channel: Path, packages: list[CondaPackage] | None = None) -> Path:
    from rattler.index import index_fs

    for sub in ("noarch", "linux-64"):
        (channel / sub).mkdir(parents=True, exist_ok=True)
    for pkg in packages or default_packages():
        build_package(channel, pkg)
    asyncio.run(index_fs(channel))
    return channel


def make_prefix(channel: Path, prefix: Path, specs: list[str], cache: Path) -> Path:
    """A real conda prefix (conda-meta/*.json and history) made by rattler."""
    from core.envs.conda_ops import solve_and_install

    solve_and_install([f"file://{channel}"], specs, prefix, cache)
    return prefix
