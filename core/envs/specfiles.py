"""requirements.txt and environment.yml: write them from an environment, read them back
with a line number and a reason for every mistake."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from core.envs.model import Package
from core.errors import ValidationError
from core.text import translate

FREEZE_SKIP = {"pip", "setuptools", "wheel", "distribute"}
_OPTION = re.compile(r"^(-r|-c|-e|-f|-i|--\S+)(\s|=|$)")


class SpecFileError(ValidationError):
    default_hint = translate("core", "Fix that line and try again.")


# -- requirements.txt ---------------------------------------------------------------------------
def freeze_line(pkg: Package) -> str:
    if pkg.editable and pkg.origin.startswith("file://"):
        return f"-e {unquote(urlparse(pkg.origin).path)}"
    if pkg.editable and pkg.origin.startswith("/"):
        return f"-e {pkg.origin}"
    if pkg.origin and not pkg.editable:
        return f"{pkg.name} @ {pkg.origin}"
    return f"{pkg.name}=={pkg.version}"


def to_requirements(packages: Sequence[Package], include_all: bool = False) -> str:
    lines = [
        freeze_line(p)
        for p in packages
        if p.source == "pip" and (include_all or p.key not in FREEZE_SKIP)
    ]
    return "\n".join(lines) + ("\n" if lines else "")


@dataclass(frozen=True, slots=True)
class RequirementLine:
    number: int
    text: str
    kind: str  # "requirement" | "option" | "url" | "path"


def parse_requirements(text: str, source: str = "requirements.txt") -> list[RequirementLine]:
    """Check every line the way pip reads it; raise SpecFileError naming the line."""
    from packaging.requirements import InvalidRequirement, Requirement

    out: list[RequirementLine] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        number = i + 1
        line = lines[i]
        while line.endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line[:-1] + lines[i]
        i += 1
        stripped = re.sub(r"(^|\s)#.*$", "", line).strip()
        if not stripped:
            continue
        if _OPTION.match(stripped):
            out.append(RequirementLine(number, stripped, "option"))
            continue
        if "://" in stripped.split(" ", 1)[0] or stripped.startswith(("git+", "hg+", "svn+")):
            out.append(RequirementLine(number, stripped, "url"))
            continue
        if "@" not in stripped and (
            stripped.startswith((".", "/", "~")) or stripped.endswith((".whl", ".tar.gz", ".zip"))
        ):
            out.append(RequirementLine(number, stripped, "path"))
            continue
        try:
            Requirement(
                stripped.split(" --", 1)[0].split(";", 1)[0].strip()
                if "@" not in stripped
                else stripped
            )
        except InvalidRequirement as exc:
            hint = ""
            if re.match(r"^[A-Za-z0-9_.\-]+=[^=]", stripped):
                hint = translate(
                    "core", "pip pins versions with ==, conda with = (e.g. numpy==1.26.4)."
                )
            raise SpecFileError(
                translate(
                    "core", "{source}, line {number}: {stripped!r} is not a valid requirement ({0})"
                ).format(str(exc).splitlines()[0], source=source, number=number, stripped=stripped),
                hint or translate("core", "Write name, name==version or name>=version."),
            ) from exc
        out.append(RequirementLine(number, stripped, "requirement"))
    return out


# -- environment.yml ----------------------------------------------------------------------------
@dataclass(slots=True)
class EnvironmentSpec:
    name: str = ""
    channels: list[str] = field(default_factory=list)
    conda: list[str] = field(default_factory=list)
    pip: list[str] = field(default_factory=list)
    prefix: str = ""


def to_environment_yml(name: str, packages: Sequence[Package], channels: Sequence[str]) -> str:
    """conda form: conda packages as name=version, pip-only ones under `pip:` with ==."""
    import yaml

    conda = [f"{p.name}={p.version}" for p in packages if p.source == "conda"]
    pip = [freeze_line(p) for p in packages if p.source == "pip" and p.key not in FREEZE_SKIP]
    if not conda:
        # a pip environment exported in conda form: its Python plus pip
        conda = []
    deps: list[object] = list(conda)
    if pip:
        if not any(c.split("=")[0] == "pip" for c in conda):
            deps.append("pip")
        deps.append({"pip": pip})
    doc = {"name": name, "channels": list(channels) or ["conda-forge"], "dependencies": deps}
    return str(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))


def _line_of(text: str, needle: str) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return n
    return 0


def parse_environment_yml(text: str, source: str = "environment.yml") -> EnvironmentSpec:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecFileError(
            translate("core", "{source}{where}: not valid YAML ({problem})").format(
                source=source, where=where, problem=problem
            ),
            translate("core", "Check the indentation and the '-' in front of each item."),
        ) from exc
    if not isinstance(data, dict):
        raise SpecFileError(
            translate(
                "core", "{source}: expected keys name/channels/dependencies at the top"
            ).format(source=source),
            translate("core", "Start the file with `name:` and `dependencies:`."),
        )
    spec = EnvironmentSpec(name=str(data.get("name") or ""), prefix=str(data.get("prefix") or ""))
    channels = data.get("channels") or []
    if not isinstance(channels, list):
        raise SpecFileError(
            translate("core", "{source}, line {0}: channels must be a list").format(
                _line_of(text, "channels"), source=source
            )
        )
    spec.channels = [str(c) for c in channels]
    deps = data.get("dependencies")
    if not isinstance(deps, list):
        raise SpecFileError(
            translate("core", "{source}, line {0}: dependencies must be a list").format(
                _line_of(text, "dependencies"), source=source
            ),
            translate("core", "Put each package on a `- ` line."),
        )
    from rattler import MatchSpec

    for dep in deps:
        if isinstance(dep, dict):
            pip = dep.get("pip")
            if not isinstance(pip, list):
                raise SpecFileError(
                    translate(
                        "core", "{source}, line {0}: `pip:` must hold a list of requirements"
                    ).format(_line_of(text, "pip:"), source=source)
                )
            reqs = "\n".join(str(p) for p in pip)
            try:
                parse_requirements(reqs, "pip section")
            except SpecFileError as exc:
                bad = exc.message.split("'")[1] if "'" in exc.message else ""
                raise SpecFileError(
                    translate("core", "{source}, line {0}: {1}").format(
                        _line_of(text, bad) if bad else "?", exc.message, source=source
                    ),
                    exc.hint,
                ) from exc
            spec.pip += [str(p) for p in pip]
            continue
        item = str(dep)
        try:
            MatchSpec(item)
        except Exception as exc:
            raise SpecFileError(
                translate(
                    "core", "{source}, line {0}: {item!r} is not a valid conda spec ({exc})"
                ).format(_line_of(text, item), source=source, item=item, exc=exc),
                translate("core", "conda specs look like numpy, numpy=1.26 or numpy>=1.26,<2."),
            ) from exc
        spec.conda.append(item)
    return spec


def read_spec_file(path: Path) -> tuple[str, str]:
    try:
        return path.read_text(encoding="utf-8"), path.name
    except OSError as exc:
        raise SpecFileError(
            translate("core", "Cannot read {path}: {0}").format(exc.strerror, path=path),
            translate("core", "Check the path."),
        ) from exc
    except UnicodeDecodeError as exc:
        raise SpecFileError(
            translate("core", "{path} is not a text file").format(path=path),
            translate("core", "Choose a requirements or YAML file."),
        ) from exc
