"""Questions about packages: outdated ones, the dependency tree, who has package X."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.envs.model import Environment, Package, canonical_name
from core.envs.ops import pip_command
from core.envs.packages import read_env_packages
from core.jobs import Job
from core.procs import run_streaming


def outdated(job: Job, prefix: Path) -> dict[str, str]:
    """{canonical name: latest version} from the index pip is configured with."""
    lines: list[str] = []
    job.log("$ pip list --outdated")
    command = pip_command(prefix, "list", "--outdated", "--format", "json")
    run_streaming(
        command.argv,
        lines.append,
        cancel_event=job.cancel_event,
        env=command.env,
        keep_output=100_000,
    )
    text = next((line for line in reversed(lines) if line.startswith("[")), "[]")
    try:
        data = json.loads(text)
    except ValueError:
        data = []
    return {canonical_name(d["name"]): str(d.get("latest_version", "")) for d in data}


def _requirement_names(pkg: Package, python_version: str) -> list[str]:
    """Names this package depends on, for the environment's Python (markers evaluated)."""
    names = []
    if pkg.source == "conda":
        for dep in pkg.requires:
            name = dep.split()[0].split("[")[0]
            if not name.startswith("__"):
                names.append(canonical_name(name))
        return names
    from packaging.markers import InvalidMarker, UndefinedEnvironmentName
    from packaging.requirements import InvalidRequirement, Requirement

    env = {
        "python_version": ".".join(python_version.split(".")[:2]) or "3.11",
        "python_full_version": python_version or "3.11.0",
        "extra": "",
    }
    for text in pkg.requires:
        try:
            req = Requirement(text)
        except InvalidRequirement:
            continue
        try:
            if req.marker is not None and not req.marker.evaluate(env):
                continue
        except (InvalidMarker, UndefinedEnvironmentName):
            continue
        names.append(canonical_name(req.name))
    return names


@dataclass(slots=True)
class DepNode:
    package: Package | None
    name: str
    children: list[DepNode] = field(default_factory=list)
    missing: bool = False
    cycle: bool = False


def dependency_tree(packages: Sequence[Package], python_version: str = "") -> list[DepNode]:
    """Top-level packages (nothing depends on them) with their dependencies below."""
    by_key = {p.key: p for p in packages}
    deps = {p.key: _requirement_names(p, python_version) for p in packages}
    required = {d for ds in deps.values() for d in ds}

    def build(key: str, seen: tuple[str, ...]) -> DepNode:
        pkg = by_key.get(key)
        node = DepNode(pkg, pkg.name if pkg else key, missing=pkg is None)
        if key in seen:
            node.cycle = True
            return node
        for child in deps.get(key, []):
            node.children.append(build(child, (*seen, key)))
        return node

    roots = [k for k in by_key if k not in required] or list(by_key)
    return [build(k, ()) for k in sorted(roots)]


def who_has(envs: Iterable[Environment], name: str) -> list[tuple[Environment, Package]]:
    """Every environment that has package ``name``, with its version there."""
    key = canonical_name(name)
    found = []
    for env in envs:
        for pkg in read_env_packages(env, with_size=False):
            if pkg.key == key:
                found.append((env, pkg))
                break
    return found
