"""Environments and packages as plain data."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class EnvKind(enum.Enum):
    VENV = "venv"
    VIRTUALENV = "virtualenv"
    UV = "uv"
    CONDA = "conda"
    PYENV = "pyenv"
    PYENV_VIRTUALENV = "pyenv-virtualenv"
    POETRY = "poetry"
    PIPENV = "pipenv"
    VIRTUALENVWRAPPER = "virtualenvwrapper"
    HATCH = "hatch"
    PIXI = "pixi"
    SYSTEM = "system"

    @property
    def is_conda_like(self) -> bool:
        return self in (EnvKind.CONDA, EnvKind.PIXI)


@dataclass(frozen=True, slots=True)
class Environment:
    path: Path
    kind: EnvKind
    name: str
    python_version: str = ""
    package_count: int = 0
    healthy: bool = True
    problem: str = ""
    interpreter: str = ""  # bin/python of the environment ("" when missing)
    base_interpreter: str = ""  # the Python a venv was made from (pyvenv.cfg home)
    system_site_packages: bool = False
    conda_base: bool = False  # a conda installation root, not an env inside it
    manager: str = ""  # poetry project, conda root…: extra context for people
    # where its packages lie when not the prefix's own lib/pythonX.Y/site-packages
    # (a system Python: /usr/lib/python3/dist-packages…); empty for environments
    site_dirs: tuple[Path, ...] = ()

    @property
    def key(self) -> str:
        return str(self.path)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "kind": self.kind.value,
            "name": self.name,
            "python_version": self.python_version,
            "package_count": self.package_count,
            "healthy": self.healthy,
            "problem": self.problem,
            "interpreter": self.interpreter,
            "base_interpreter": self.base_interpreter,
            "system_site_packages": self.system_site_packages,
            "site_dirs": [str(d) for d in self.site_dirs],
        }


@dataclass(frozen=True, slots=True)
class Package:
    name: str
    version: str
    installer: str = ""  # pip, uv, conda, poetry… ("" when unknown)
    requested: bool | None = None  # asked for by the user (None: unknown)
    editable: bool = False
    origin: str = ""  # direct URL: VCS, local path or archive
    size: int = 0  # bytes, from RECORD or conda paths
    summary: str = ""
    requires: tuple[str, ...] = field(default=())  # Requires-Dist / conda depends
    source: str = "pip"  # "pip" (dist-info/egg-info) or "conda" (conda-meta)
    build: str = ""
    channel: str = ""

    @property
    def key(self) -> str:
        return canonical_name(self.name)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "installer": self.installer,
            "requested": self.requested,
            "editable": self.editable,
            "origin": self.origin,
            "size": self.size,
            "summary": self.summary,
            "requires": list(self.requires),
            "source": self.source,
            "build": self.build,
            "channel": self.channel,
        }


def canonical_name(name: str) -> str:
    """PEP 503 normalisation: lower case, runs of -_. become one dash."""
    out = []
    prev_sep = False
    for ch in name.lower():
        if ch in "-_.":
            if not prev_sep:
                out.append("-")
            prev_sep = True
        else:
            out.append(ch)
            prev_sep = False
    return "".join(out)
