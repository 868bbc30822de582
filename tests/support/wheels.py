"""Real wheel files made on the spot (a wheel is a zip with a dist-info), and a tiny
installable project, so tests install packages with pip without any index."""

from __future__ import annotations

import base64
import hashlib
import zipfile
from pathlib import Path


def _hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def make_wheel(
    folder: Path, name: str, version: str, requires: list[str] | None = None, summary: str = ""
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    mod = name.replace("-", "_")
    dist = f"{mod}-{version}.dist-info"
    meta = [
        "Metadata-Version: 2.1",
        f"Name: {name}",
        f"Version: {version}",
        f"Summary: {summary or name + ' test package'}",
    ]
    meta += [f"Requires-Dist: {r}" for r in requires or []]
    files = {
        f"{mod}/__init__.py": f"__version__ = {version!r}\n".encode(),
        f"{dist}/METADATA": ("\n".join(meta) + "\n\n" + "A long description.\n").encode(),
        f"{dist}/WHEEL": (
            b"Wheel-Version: 1.0\nGenerator: envdock-tests\nRoot-Is-Purelib: true\n"
            b"Tag: py3-none-any\n"
        ),
        f"{dist}/top_level.txt": f"{mod}\n".encode(),
    }
    record = "".join(f"{p},{_hash(d)},{len(d)}\n" for p, d in files.items())
    record += f"{dist}/RECORD,,\n"
    path = folder / f"{mod}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as zf:
        for p, d in files.items():
            zf.writestr(p, d)
        zf.writestr(f"{dist}/RECORD", record)
    return path


def make_project(folder: Path, name: str, version: str = "0.1.0") -> Path:
    """A setuptools project (pyproject.toml) for editable installs."""
    mod = name.replace("-", "_")
    (folder / mod).mkdir(parents=True, exist_ok=True)
    (folder / mod / "__init__.py").write_text("VALUE = 1\n")
    (folder / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"\n'
        f'[project]\nname = "{name}"\nversion = "{version}"\n'
        f'[tool.setuptools]\npackages = ["{mod}"]\n'
    )
    return folder
