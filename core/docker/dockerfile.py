"""Read a Dockerfile as the builder does (directives, continuations, comments), list its
stages, and point out the mistakes people make while learning it."""

from __future__ import annotations

import os
import re
import threading
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


def _lint(instructions: list[Instruction], stages: list[Stage]) -> list[Finding]:
    out: list[Finding] = []
    if not instructions:
        return [
            Finding(
                1,
                "error",
                translate("core", "The Dockerfile is empty"),
                translate("core", "Start with FROM image:tag."),
            )
        ]
    first = next((i for i in instructions if i.keyword != "ARG"), None)
    if first is None or first.keyword != "FROM":
        out.append(
            Finding(
                first.line if first else 1,
                "error",
                translate(
                    "core", "The first instruction must be FROM (only ARG may come before it)"
                ),
                translate("core", "Start with FROM image:tag."),
            )
        )
    names = {s.name for s in stages if s.name}
    stage_cmds: dict[str, list[Instruction]] = {}
    stage = -1
    copied_all = False
    for ins in instructions:
        args = ins.args
        low = args.lower()
        if ins.keyword == "FROM":
            stage += 1
            copied_all = False
            base = stages[stage].base if stage < len(stages) else ""
            if base and base.lower() not in names and base != "scratch" and "$" not in base:
                tail = base.rsplit("/", 1)[-1]
                if "@" not in base and (":" not in tail or tail.endswith(":latest")):
                    out.append(
                        _warning(
                            ins.line,
                            translate("core", "{base} is not pinned to a version").format(
                                base=base
                            ),
                            translate(
                                "core",
                                "Name a tag (python:3.12-slim) so rebuilds give the same image.",
                            ),
                        )
                    )
        elif ins.keyword in ("CMD", "ENTRYPOINT"):
            stage_cmds.setdefault(f"{stage}:{ins.keyword}", []).append(ins)
        elif ins.keyword == "RUN":
            if re.search(r"\bapt-get\s+(?:\S+\s+)*install\b", low):
                if "/var/lib/apt/lists" not in low:
                    out.append(
                        _warning(
                            ins.line,
                            translate("core", "apt-get install without cleaning the package lists"),
                            translate(
                                "core",
                                "End the same RUN with && rm -rf /var/lib/apt/lists/* to "
                                "keep the layer small.",
                            ),
                        )
                    )
                if not re.search(r"(\s-\w*y\b|--yes|--assume-yes|-qq)", low):
                    out.append(
                        _warning(
                            ins.line,
                            translate(
                                "core",
                                "apt-get install without -y waits for an answer and fails "
                                "the build",
                            ),
                            translate("core", "Use apt-get install -y --no-install-recommends …"),
                        )
                    )
            elif re.search(r"\bapt-get\s+update\b", low) and "install" not in low:
                out.append(
                    _warning(
                        ins.line,
                        translate("core", "apt-get update alone in a RUN is cached and goes stale"),
                        translate(
                            "core", "Run apt-get update && apt-get install -y … in the same RUN."
                        ),
                    )
                )
            if re.search(r"\bpip3?\s+install\b", low):
                if "--no-cache-dir" not in low:
                    out.append(
                        _warning(
                            ins.line,
                            translate("core", "pip install keeps its download cache in the image"),
                            translate("core", "Add --no-cache-dir."),
                        )
                    )
                if copied_all and " -r " in f" {low} ":
                    out.append(
                        _warning(
                            ins.line,
                            translate(
                                "core",
                                "The requirements are installed after COPY . — every code "
                                "change reinstalls them",
                            ),
                            translate(
                                "core", "COPY requirements.txt first, install, then COPY the rest."
                            ),
                        )
                    )
        elif ins.keyword == "ADD":
            if re.search(r"(^|\s)(https?|ftp)://", low):
                out.append(
                    _warning(
                        ins.line,
                        translate(
                            "core",
                            "ADD of a URL: no checksum, no cache control, the file stays "
                            "in a layer",
                        ),
                        translate(
                            "core",
                            "Download with curl or wget in a RUN (and check a checksum), "
                            "or COPY a file from the context.",
                        ),
                    )
                )
            elif not re.search(r"\.(tar|tgz|tar\.gz|tar\.bz2|tar\.xz|txz)\b", low):
                out.append(
                    _warning(
                        ins.line,
                        translate("core", "ADD of plain files: COPY says what it does"),
                        translate("core", "Use COPY unless you want ADD to unpack a tar archive."),
                    )
                )
        elif ins.keyword == "COPY":
            parts = [p for p in args.split() if not p.startswith("--")]
            if len(parts) >= 2 and parts[0] in (".", "./"):
                copied_all = True
        elif ins.keyword == "MAINTAINER":
            out.append(
                _warning(
                    ins.line,
                    translate("core", "MAINTAINER is deprecated"),
                    translate("core", 'Use LABEL org.opencontainers.image.authors="…".'),
                )
            )
        elif ins.keyword == "WORKDIR" and not (
            args.startswith(("/", "$")) or re.match(r"^[A-Za-z]:", args)
        ):
            out.append(
                _warning(
                    ins.line,
                    translate(
                        "core", "WORKDIR with a relative path depends on the previous WORKDIR"
                    ),
                    translate("core", "Use an absolute path, e.g. WORKDIR /app."),
                )
            )
    for key, found in stage_cmds.items():
        keyword = key.split(":", 1)[1]
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
