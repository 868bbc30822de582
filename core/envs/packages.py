"""Packages of an environment, read straight from the metadata on disk (no `pip list`).

pip/uv/poetry installs: ``*.dist-info`` (METADATA, INSTALLER, REQUESTED, direct_url.json,
RECORD) and legacy ``*.egg-info`` / ``*.egg-link``. conda installs: ``conda-meta/*.json``,
with the user's requested specs from ``conda-meta/history``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from core.envs import markers as mk
from core.envs.model import Environment, Package, canonical_name

_WANTED = ("name", "version", "summary", "requires-dist")
_SPEC_NAME = re.compile(r"^\s*([A-Za-z0-9_.\-]+)")


def _headers(path: Path) -> dict[str, list[str]]:
    """The RFC 822 header block of METADATA / PKG-INFO (stops at the first blank line)."""
    out: dict[str, list[str]] = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line in ("\n", "\r\n"):
                    break
                if line[:1] in (" ", "\t"):
                    continue  # folded continuation (long descriptions)
                key, sep, value = line.partition(":")
                if sep:
                    k = key.strip().lower()
                    if k in _WANTED:
                        out.setdefault(k, []).append(value.strip())
    except OSError:
        pass
    return out


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _record_size(dist: Path) -> int:
    total = 0
    try:
        with open(dist / "RECORD", encoding="utf-8", errors="replace") as f:
            for line in f:
                size = line.rstrip().rsplit(",", 1)[-1]
                if size.isdigit():
                    total += int(size)
    except OSError:
        return 0
    return total


def _origin(dist: Path) -> tuple[bool, str]:
    raw = _read_text(dist / "direct_url.json")
    if not raw:
        return False, ""
    try:
        data = json.loads(raw)
    except ValueError:
        return False, ""
    url = str(data.get("url", ""))
    editable = bool(data.get("dir_info", {}).get("editable", False))
    vcs = data.get("vcs_info")
    if isinstance(vcs, dict):
        url = f"{vcs.get('vcs', 'git')}+{url}@{vcs.get('commit_id', '')}"
    return editable, url


def read_dist_info(dist: Path, with_size: bool = True) -> Package | None:
    meta = _headers(dist / "METADATA")
    name = (meta.get("name") or [""])[0]
    version = (meta.get("version") or [""])[0]
    if not name:
        stem = dist.name[: -len(".dist-info")]
        name, _, version = stem.partition("-")
    editable, origin = _origin(dist)
    return Package(
        name=name,
        version=version,
        installer=_read_text(dist / "INSTALLER"),
        requested=(dist / "REQUESTED").exists(),
        editable=editable,
        origin=origin,
        size=_record_size(dist) if with_size else 0,
        summary=(meta.get("summary") or [""])[0],
        requires=tuple(meta.get("requires-dist", [])),
    )


def read_egg_info(egg: Path) -> Package | None:
    info = egg / "PKG-INFO" if egg.is_dir() else egg
    meta = _headers(info)
    name = (meta.get("name") or [""])[0]
    if not name:
        name = egg.name.split("-", 1)[0]
    requires: list[str] = []
    if egg.is_dir():
        text = _read_text(egg / "requires.txt")
        for line in text.splitlines():
            if line.startswith("["):
                break  # extras sections
            if line.strip():
                requires.append(line.strip())
    return Package(
        name=name,
        version=(meta.get("version") or [""])[0],
        requested=None,
        summary=(meta.get("summary") or [""])[0],
        requires=tuple(requires),
    )


def _egg_links(site: Path) -> dict[str, str]:
    """``*.egg-link`` files (setup.py develop): canonical name -> project folder."""
    links: dict[str, str] = {}
    try:
        entries = [e for e in os.scandir(site) if e.name.endswith(".egg-link")]
    except OSError:
        return links
    for entry in entries:
        target = _read_text(Path(entry.path)).splitlines()
        if target:
            links[canonical_name(entry.name[: -len(".egg-link")])] = target[0]
    return links


def conda_requested_specs(prefix: Path) -> set[str]:
    """Names the user asked for, from the ``# update specs:`` lines of conda-meta/history."""
    names: set[str] = set()
    text = _read_text(prefix / "conda-meta" / "history")
    for line in text.splitlines():
        if line.startswith("# update specs:") or line.startswith("# create specs:"):
            try:
                specs = json.loads(line.split(":", 1)[1].strip().replace("'", '"'))
            except ValueError:
                continue
            for spec in specs:
                m = _SPEC_NAME.match(str(spec).split("::")[-1])
                if m:
                    names.add(canonical_name(m.group(1)))
        elif line.startswith("# remove specs:"):
            try:
                specs = json.loads(line.split(":", 1)[1].strip().replace("'", '"'))
            except ValueError:
                continue
            for spec in specs:
                m = _SPEC_NAME.match(str(spec))
                if m:
                    names.discard(canonical_name(m.group(1)))
    return names


def read_conda_records(prefix: Path) -> list[Package]:
    requested = conda_requested_specs(prefix)
    packages = []
    for record in mk.conda_records(prefix):
        data = mk.read_json(record)
        name = str(data.get("name", ""))
        if not name:
            continue
        channel = str(data.get("channel", ""))
        requested_spec = data.get("requested_spec")
        packages.append(
            Package(
                name=name,
                version=str(data.get("version", "")),
                installer="conda",
                requested=(canonical_name(name) in requested) or bool(requested_spec),
                size=int(data.get("size", 0) or 0),
                summary=str(data.get("summary", "") or ""),
                requires=tuple(str(d) for d in data.get("depends", []) or []),
                source="conda",
                build=str(data.get("build", "")),
                channel=channel.rstrip("/").rsplit("/", 1)[-1] if channel else "",
            )
        )
    return packages


def read_packages(
    prefix: Path, site_dirs: list[Path] | None = None, with_size: bool = True
) -> list[Package]:
    """Every package of the environment at ``prefix``, sorted by name."""
    prefix = Path(prefix)
    conda = mk.is_conda_root(prefix)
    packages: dict[str, Package] = {}
    if conda:
        for record in read_conda_records(prefix):
            packages[record.key] = record
    for site in site_dirs if site_dirs is not None else mk.site_packages_dirs(prefix):
        links = _egg_links(site)
        apt = site.parts[-3:] == ("lib", "python3", "dist-packages")  # Debian's own
        try:
            entries = sorted(os.scandir(site), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            path = Path(entry.path)
            pkg: Package | None = None
            if entry.name.endswith(".dist-info"):
                pkg = read_dist_info(path, with_size)
            elif entry.name.endswith(".egg-info"):
                pkg = read_egg_info(path)
                if pkg is not None and pkg.key in links:
                    pkg = _with(pkg, editable=True, origin=links[pkg.key])
            if pkg is None:
                continue
            if apt and not pkg.installer:
                pkg = _with(pkg, installer="apt", requested=None)  # no INSTALLER/REQUESTED
            if conda and pkg.installer == "conda" and pkg.key in packages:
                continue  # conda's own record says more
            if pkg.key in packages and conda:
                continue
            packages.setdefault(pkg.key, pkg)
    return sorted(packages.values(), key=lambda p: p.key)


def read_env_packages(env: Environment, with_size: bool = True) -> list[Package]:
    """Every package of ``env``, read where it keeps them (a system Python's
    dist-packages too, not only ``<prefix>/lib/pythonX.Y/site-packages``)."""
    return read_packages(env.path, list(env.site_dirs) if env.site_dirs else None, with_size)


def _with(pkg: Package, **changes: object) -> Package:
    from dataclasses import replace

    return replace(pkg, **changes)  # type: ignore[arg-type]
