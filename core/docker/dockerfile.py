"""Read a Dockerfile as the builder does (directives, continuations, comments), list its
stages, and point out the mistakes people make while learning it."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.text import translate
from core.units import human_size

INSTRUCTIONS = frozenset(
    {
        "ADD",
        "ARG",
        "CMD",
        "COPY",
        "ENTRYPOINT",
        "ENV",
        "EXPOSE",
        "FROM",
        "HEALTHCHECK",
        "LABEL",
        "MAINTAINER",
        "ONBUILD",
        "RUN",
        "SHELL",
        "STOPSIGNAL",
        "USER",
        "VOLUME",
        "WORKDIR",
    }
)
_DIRECTIVE = re.compile(r"^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$")
_FROM = re.compile(r"^(?:--platform=\S+\s+)?(?P<image>\S+)(?:\s+[Aa][Ss]\s+(?P<name>\S+))?\s*$")
LARGE_CONTEXT = 100 * 1024 * 1024  # bytes: a context above this wants a .dockerignore


@dataclass(frozen=True, slots=True)
class Instruction:
    line: int  # 1-based line where it starts
    end_line: int
    keyword: str  # upper case
    args: str

    @property
    def text(self) -> str:
        return f"{self.keyword} {self.args}".strip()


@dataclass(frozen=True, slots=True)
class Stage:
    index: int
    name: str  # "" when unnamed
    base: str
    line: int


@dataclass(frozen=True, slots=True)
class Finding:
    line: int
    severity: str  # "error" | "warning"
    message: str
    hint: str = ""


def _warning(line: int, message: str, hint: str) -> Finding:
    return Finding(line, "warning", message, hint)


@dataclass(frozen=True, slots=True)
class Dockerfile:
    instructions: tuple[Instruction, ...]
    stages: tuple[Stage, ...]
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def targets(self) -> list[str]:
        return [s.name for s in self.stages if s.name]


def parse(text: str) -> Dockerfile:
    lines = text.splitlines()
    escape = "\\"
    start = 0
    # parser directives: only at the very top, before any other line
    for i, raw in enumerate(lines):
        match = _DIRECTIVE.match(raw.strip())
        if not match:
            break
        if match.group(1).lower() == "escape" and match.group(2) in ("\\", "`"):
            escape = match.group(2)
        start = i + 1
    instructions: list[Instruction] = []
    findings: list[Finding] = []
    buf: list[str] = []
    first = 0
    for number in range(start, len(lines)):
        raw = lines[number]
        stripped = raw.strip()
        if not buf and (not stripped or stripped.startswith("#")):
            continue
        if buf and stripped.startswith("#"):
            continue  # comments inside a continued instruction are dropped
        if not buf:
            first = number + 1
        if stripped.endswith(escape):
            buf.append(stripped[: -len(escape)].strip())
            continue
        buf.append(stripped)
        instructions.append(_instruction(first, number + 1, " ".join(p for p in buf if p)))
        buf = []
    if buf:
        instructions.append(_instruction(first, len(lines), " ".join(p for p in buf if p)))
    stages: list[Stage] = []
    for ins in instructions:
        if ins.keyword not in INSTRUCTIONS:
            findings.append(
                Finding(
                    ins.line,
                    "error",
                    translate("core", "Unknown instruction {0}").format(ins.keyword),
                    translate(
                        "core",
                        "Instructions are FROM, RUN, COPY, ADD, WORKDIR, ENV, ARG, "
                        "EXPOSE, CMD, ENTRYPOINT, …",
                    ),
                )
            )
        elif not ins.args and ins.keyword not in ("CMD", "ENTRYPOINT"):
            findings.append(
                Finding(
                    ins.line, "error", translate("core", "{0} needs arguments").format(ins.keyword)
                )
            )
        if ins.keyword == "FROM":
            match = _FROM.match(ins.args)
            if match is None:
                findings.append(
                    Finding(
                        ins.line,
                        "error",
                        translate("core", "FROM expects an image and optionally AS name"),
                    )
                )
                continue
            stages.append(
                Stage(
                    len(stages), (match.group("name") or "").lower(), match.group("image"), ins.line
                )
            )
    findings.extend(_lint(instructions, stages))
    return Dockerfile(
        tuple(instructions), tuple(stages), tuple(sorted(findings, key=lambda f: f.line))
    )


def _instruction(first: int, last: int, logical: str) -> Instruction:
    keyword, _, args = logical.partition(" ")
    return Instruction(first, last, keyword.upper(), args.strip())


@dataclass(slots=True)
class _Walk:
    """What the rules know of the instructions before the current one."""

    stages: list[Stage]
    names: set[str]
    stage: int = -1
    copied_all: bool = False  # COPY . … seen in this stage


# one function per rule: the instruction (and what came before) → a finding or None


def _unpinned_base(ins: Instruction, walk: _Walk) -> Finding | None:
    base = walk.stages[walk.stage].base if walk.stage < len(walk.stages) else ""
    if not base or base.lower() in walk.names or base == "scratch" or "$" in base:
        return None
    tail = base.rsplit("/", 1)[-1]
    if "@" in base or (":" in tail and not tail.endswith(":latest")):
        return None
    return _warning(
        ins.line,
        translate("core", "{base} is not pinned to a version").format(base=base),
        translate("core", "Name a tag (python:3.12-slim) so rebuilds give the same image."),
    )


_APT_INSTALL = re.compile(r"\bapt-get\s+(?:\S+\s+)*install\b")


def _apt_lists_kept(ins: Instruction, _walk: _Walk) -> Finding | None:
    low = ins.args.lower()
    if not _APT_INSTALL.search(low) or "/var/lib/apt/lists" in low:
        return None
    return _warning(
        ins.line,
        translate("core", "apt-get install without cleaning the package lists"),
        translate(
            "core",
            "End the same RUN with && rm -rf /var/lib/apt/lists/* to keep the layer small.",
        ),
    )


def _apt_without_yes(ins: Instruction, _walk: _Walk) -> Finding | None:
    low = ins.args.lower()
    if not _APT_INSTALL.search(low) or re.search(r"(\s-\w*y\b|--yes|--assume-yes|-qq)", low):
        return None
    return _warning(
        ins.line,
        translate("core", "apt-get install without -y waits for an answer and fails the build"),
        translate("core", "Use apt-get install -y --no-install-recommends …"),
    )


def _apt_update_alone(ins: Instruction, _walk: _Walk) -> Finding | None:
    low = ins.args.lower()
    if _APT_INSTALL.search(low) or not re.search(r"\bapt-get\s+update\b", low):
        return None
    if "install" in low:
        return None
    return _warning(
        ins.line,
        translate("core", "apt-get update alone in a RUN is cached and goes stale"),
        translate("core", "Run apt-get update && apt-get install -y … in the same RUN."),
    )


_PIP_INSTALL = re.compile(r"\bpip3?\s+install\b")


def _pip_cache(ins: Instruction, _walk: _Walk) -> Finding | None:
    low = ins.args.lower()
    if not _PIP_INSTALL.search(low) or "--no-cache-dir" in low:
        return None
    return _warning(
        ins.line,
        translate("core", "pip install keeps its download cache in the image"),
        translate("core", "Add --no-cache-dir."),
    )


def _requirements_after_copy_all(ins: Instruction, walk: _Walk) -> Finding | None:
    low = ins.args.lower()
    if not (_PIP_INSTALL.search(low) and walk.copied_all and " -r " in f" {low} "):
        return None
    return _warning(
        ins.line,
        translate(
            "core",
            "The requirements are installed after COPY . — every code change reinstalls them",
        ),
        translate("core", "COPY requirements.txt first, install, then COPY the rest."),
    )


_URL = re.compile(r"(^|\s)(https?|ftp)://")


def _add_url(ins: Instruction, _walk: _Walk) -> Finding | None:
    if not _URL.search(ins.args.lower()):
        return None
    return _warning(
        ins.line,
        translate("core", "ADD of a URL: no checksum, no cache control, the file stays in a layer"),
        translate(
            "core",
            "Download with curl or wget in a RUN (and check a checksum), "
            "or COPY a file from the context.",
        ),
    )


def _add_plain_files(ins: Instruction, _walk: _Walk) -> Finding | None:
    low = ins.args.lower()
    if _URL.search(low) or re.search(r"\.(tar|tgz|tar\.gz|tar\.bz2|tar\.xz|txz)\b", low):
        return None
    return _warning(
        ins.line,
        translate("core", "ADD of plain files: COPY says what it does"),
        translate("core", "Use COPY unless you want ADD to unpack a tar archive."),
    )


def _maintainer(ins: Instruction, _walk: _Walk) -> Finding | None:
    return _warning(
        ins.line,
        translate("core", "MAINTAINER is deprecated"),
        translate("core", 'Use LABEL org.opencontainers.image.authors="…".'),
    )


def _relative_workdir(ins: Instruction, _walk: _Walk) -> Finding | None:
    if ins.args.startswith(("/", "$")) or re.match(r"^[A-Za-z]:", ins.args):
        return None
    return _warning(
        ins.line,
        translate("core", "WORKDIR with a relative path depends on the previous WORKDIR"),
        translate("core", "Use an absolute path, e.g. WORKDIR /app."),
    )


Rule = Callable[[Instruction, _Walk], "Finding | None"]
RULES: dict[str, tuple[Rule, ...]] = {
    "FROM": (_unpinned_base,),
    "RUN": (
        _apt_lists_kept,
        _apt_without_yes,
        _apt_update_alone,
        _pip_cache,
        _requirements_after_copy_all,
    ),
    "ADD": (_add_url, _add_plain_files),
    "MAINTAINER": (_maintainer,),
    "WORKDIR": (_relative_workdir,),
}


def _first_is_from(instructions: list[Instruction]) -> Finding | None:
    first = next((i for i in instructions if i.keyword != "ARG"), None)
    if first is not None and first.keyword == "FROM":
        return None
    return Finding(
        first.line if first else 1,
        "error",
        translate("core", "The first instruction must be FROM (only ARG may come before it)"),
        translate("core", "Start with FROM image:tag."),
    )


def _repeated_commands(instructions: list[Instruction]) -> list[Finding]:
    """Several CMD (or ENTRYPOINT) in one stage: all but the last are ignored."""
    per_stage: dict[tuple[int, str], list[Instruction]] = {}
    stage = -1
    for ins in instructions:
        stage += ins.keyword == "FROM"
        if ins.keyword in ("CMD", "ENTRYPOINT"):
            per_stage.setdefault((stage, ins.keyword), []).append(ins)
    out = []
    for (_stage, keyword), found in per_stage.items():
        for extra in found[:-1]:
            out.append(
                _warning(
                    extra.line,
                    translate(
                        "core", "More than one {keyword} in this stage: only the last one counts"
                    ).format(keyword=keyword),
                    translate("core", "Keep one {keyword} (line {0} wins).").format(
                        found[-1].line, keyword=keyword
                    ),
                )
            )
    return out


def _lint(instructions: list[Instruction], stages: list[Stage]) -> list[Finding]:
    if not instructions:
        return [
            Finding(
                1,
                "error",
                translate("core", "The Dockerfile is empty"),
                translate("core", "Start with FROM image:tag."),
            )
        ]
    out = [f for f in (_first_is_from(instructions),) if f is not None]
    walk = _Walk(stages, {s.name for s in stages if s.name})
    for ins in instructions:
        if ins.keyword == "FROM":
            walk.stage += 1
            walk.copied_all = False
        out += [f for rule in RULES.get(ins.keyword, ()) if (f := rule(ins, walk)) is not None]
        if ins.keyword == "COPY":
            parts = [p for p in ins.args.split() if not p.startswith("--")]
            walk.copied_all = walk.copied_all or (len(parts) >= 2 and parts[0] in (".", "./"))
    return out + _repeated_commands(instructions)


@dataclass(frozen=True, slots=True)
class ContextScan:
    bytes: int
    files: int
    has_dockerignore: bool
    truncated: bool  # stopped at the limit

    def finding(self) -> Finding | None:
        if self.has_dockerignore or self.bytes < LARGE_CONTEXT:
            return None
        more = "more than " if self.truncated else ""
        return _warning(
            0,
            translate("core", "The build context is {more}{0} and has no .dockerignore").format(
                human_size(self.bytes), more=more
            ),
            translate(
                "core",
                "All of it is sent to the engine on every build: add a "
                ".dockerignore (.git, .venv, __pycache__, data folders).",
            ),
        )


def scan_context(
    path: Path, cancel: threading.Event | None = None, limit_files: int = 200_000
) -> ContextScan:
    """Size of what a build would send (without reading .dockerignore rules)."""
    total = files = 0
    truncated = False
    for root, dirs, names in os.walk(path):
        if cancel is not None and cancel.is_set():
            truncated = True
            break
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in names:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                continue
            files += 1
        if files >= limit_files:
            truncated = True
            break
    return ContextScan(total, files, (path / ".dockerignore").is_file(), truncated)
