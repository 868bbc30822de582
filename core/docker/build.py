"""``docker build`` through the engine API: the output step by step, the failing step
named, cancellable (the engine drops the build when we hang up; nothing gets tagged)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docker import auth as docker_auth
from docker.api.build import process_dockerfile
from docker.utils import tar as make_tar

from core.docker.api import DockerAPI
from core.docker.dockerfile import parse
from core.docker.image_ops import parse_reference
from core.docker.streams import messages, open_json_stream
from core.errors import DockerError, ValidationError
from core.jobs import Job
from core.text import translate
from core.units import human_size

_STEP = re.compile(r"^Step (\d+)/(\d+) : (.*)$")
_ARG_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(slots=True)
class BuildStep:
    number: int
    total: int
    instruction: str
    state: str = "running"  # running | cached | done | failed
    line: int = 0  # where it is in the Dockerfile (0: unknown)
    output: list[str] = field(default_factory=list)
    started: float = 0.0
    finished: float = 0.0

    @property
    def duration(self) -> float:
        end = self.finished or time.monotonic()
        return max(0.0, end - self.started) if self.started else 0.0


@dataclass(frozen=True, slots=True)
class BuildRequest:
    context: Path
    dockerfile: str = "Dockerfile"  # relative to the context, or an absolute path
    tags: tuple[str, ...] = ()
    build_args: Mapping[str, str] = field(default_factory=dict)
    target: str = ""
    no_cache: bool = False
    pull: bool = False

    def dockerfile_path(self) -> Path:
        path = Path(self.dockerfile)
        return path if path.is_absolute() else self.context / path


@dataclass(slots=True)
class BuildResult:
    image_id: str
    tags: list[str]
    steps: list[BuildStep]


class BuildFailed(DockerError):
    """A build that stopped at a step; ``steps`` holds all of them, the last one failed."""

    def __init__(self, message: str, hint: str, details: str, steps: list[BuildStep]) -> None:
        super().__init__(message, hint, details=details)
        self.steps = steps


def parse_build_args(text: str) -> dict[str, str]:
    """'KEY=VALUE' lines (or comma/space separated) → dict, with the bad line named."""
    out: dict[str, str] = {}
    for raw in re.split(r"[\n]+", text):
        item = raw.strip()
        if not item or item.startswith("#"):
            continue
        key, sep, value = item.partition("=")
        if not sep or not _ARG_NAME.match(key.strip()):
            raise ValidationError(
                translate("core", "{item!r} is not a build argument").format(item=item),
                translate(
                    "core", "Write one NAME=value per line; names use letters, digits and _."
                ),
            )
        out[key.strip()] = value
    return out


def validate(request: BuildRequest) -> None:
    if not request.context.exists():
        raise ValidationError(
            translate("core", "The build context {0} does not exist").format(request.context),
            translate(
                "core", "Choose the folder that holds the Dockerfile and the files it copies."
            ),
        )
    if not request.context.is_dir():
        raise ValidationError(
            translate("core", "The build context {0} is not a folder").format(request.context),
            translate(
                "core", "Choose the folder that holds the Dockerfile and the files it copies."
            ),
        )
    dockerfile = request.dockerfile_path()
    if not dockerfile.is_file():
        raise ValidationError(
            translate("core", "No Dockerfile at {dockerfile}").format(dockerfile=dockerfile),
            translate("core", "Choose the Dockerfile, or create one in the editor."),
        )
    for tag in request.tags:
        parse_reference(tag)
    parsed = parse(dockerfile.read_text(errors="replace"))
    if parsed.errors:
        first = parsed.errors[0]
        raise ValidationError(
            translate("core", "Dockerfile line {0}: {1}").format(first.line, first.message),
            first.hint or translate("core", "Fix the line in the editor, then build again."),
        )
    if request.target and request.target.lower() not in parsed.targets:
        names = ", ".join(parsed.targets) or "none"
        raise ValidationError(
            translate("core", "The Dockerfile has no stage named {0!r}").format(request.target),
            translate("core", "Stages named with FROM … AS name: {names}.").format(names=names),
        )


def _context_tar(request: BuildRequest) -> tuple[Any, str | None]:
    """The context as docker-py packs it, honouring .dockerignore like the CLI."""
    context = str(request.context)
    ignore_file = request.context / ".dockerignore"
    exclude = None
    if ignore_file.is_file():
        exclude = [
            line.strip()
            for line in ignore_file.read_text(errors="replace").splitlines()
            if line.strip() and not line.strip().startswith("#")
        ]
    dockerfile = process_dockerfile(request.dockerfile, context)
    return make_tar(context, exclude=exclude, dockerfile=dockerfile, gzip=False), (
        dockerfile[0] if dockerfile else None
    )


StepCallback = Callable[[list[BuildStep]], None]


class UploadProgress:
    """The build context as the engine reads it: a file whose reads are counted, so the job
    says how much of the context has gone (over ssh or TCP that is the slow part) and a
    cancel stops the upload. ``len()`` keeps the request's Content-Length."""

    def __init__(self, job: Job, tar: Any) -> None:
        self.job = job
        self.tar = tar
        tar.seek(0, 2)
        self.total = int(tar.tell())
        tar.seek(0)
        self.sent = 0
        self._shown = -1

    def __len__(self) -> int:
        return self.total

    def read(self, size: int = -1) -> bytes:
        self.job.check_cancelled()
        data: bytes = self.tar.read(size)
        self.sent += len(data)
        tenth = self.sent * 10 // max(1, self.total)
        if tenth != self._shown:  # a line every tenth of the way
            self._shown = tenth
            self.job.log(
                translate("core", "sending the build context: {0} of {1}").format(
                    human_size(self.sent), human_size(self.total)
                )
            )
        return data

    def close(self) -> None:
        self.tar.close()


def _snapshot(steps: Sequence[BuildStep]) -> list[BuildStep]:
    return [
        BuildStep(
            s.number,
            s.total,
            s.instruction,
            s.state,
            s.line,
            list(s.output[-200:]),
            s.started,
            s.finished,
        )
        for s in steps
    ]


def build_image(
    job: Job, client: DockerAPI, request: BuildRequest, on_steps: StepCallback | None = None
) -> BuildResult:
    validate(request)
    parsed = parse(request.dockerfile_path().read_text(errors="replace"))
    lines_by_text = {ins.text.lower(): ins.line for ins in parsed.instructions}
    job.log(f"sending the build context {request.context}")
    tar, dockerfile_name = _context_tar(request)
    context = UploadProgress(job, tar)
    job.check_cancelled()
    params: dict[str, Any] = {
        "t": list(request.tags),
        "rm": True,
        "forcerm": True,  # a failed or cancelled step leaves no container behind
        "nocache": request.no_cache,
        "pull": request.pull,
    }
    if dockerfile_name:
        params["dockerfile"] = dockerfile_name
    if request.build_args:
        params["buildargs"] = json.dumps(dict(request.build_args))
    if request.target:
        params["target"] = request.target
    headers = {"Content-Type": "application/tar"}
    try:
        client.reload_config()
        auth = docker_auth.get_all_config(client._auth_configs)  # for private base images
        if auth:
            headers["X-Registry-Config"] = docker_auth.encode_header(auth)
    except Exception:
        pass
    steps: list[BuildStep] = []
    image_id = ""
    tags: list[str] = []
    error_text = ""
    last_emit = 0.0
    tail: list[str] = []
    try:
        stream = open_json_stream(
            client,
            "/build",
            "build",
            params=params,
            headers=headers,
            data=context,
            explain=lambda text: _build_error(text, steps),
        )
        for message in messages(job, stream, "build"):
            if message.get("error") or message.get("errorDetail"):
                detail = message.get("errorDetail") or {}
                error_text = str(detail.get("message") or message.get("error"))
                break
            aux = message.get("aux")
            if isinstance(aux, Mapping) and aux.get("ID"):
                image_id = str(aux["ID"])
            text = str(message.get("stream") or message.get("status") or "")
            for line in text.splitlines():
                if not line.strip():
                    continue
                job.log(line)
                tail.append(line)
                del tail[:-40]
                _fold(line, steps, lines_by_text, tags)
                if line.startswith("Successfully built "):
                    image_id = image_id or line.split()[-1]
            now = time.monotonic()
            if on_steps is not None and now - last_emit > 0.1:
                last_emit = now
                on_steps(_snapshot(steps))
            if steps and steps[-1].total:
                job.set_progress((len(steps) - 1) / steps[-1].total)
    finally:
        context.close()
    if error_text:
        raise _build_error(error_text, steps, tail)
    if not image_id:
        raise DockerError(
            translate("core", "The build ended without an image"),
            translate("core", "The engine stopped answering; check it and build again."),
            details="\n".join(tail),
        )
    for step in steps:
        if step.state == "running":
            step.state = "done"
            step.finished = step.finished or time.monotonic()
    if on_steps is not None:
        on_steps(_snapshot(steps))
    job.set_progress(1.0)
    return BuildResult(image_id, tags or list(request.tags), steps)


def _fold(
    line: str, steps: list[BuildStep], lines_by_text: Mapping[str, int], tags: list[str]
) -> None:
    match = _STEP.match(line)
    now = time.monotonic()
    if match:
        if steps and steps[-1].state == "running":
            steps[-1].state = "done"
            steps[-1].finished = now
        instruction = match.group(3).strip()
        steps.append(
            BuildStep(
                int(match.group(1)),
                int(match.group(2)),
                instruction,
                line=lines_by_text.get(_normalise(instruction), 0),
                started=now,
            )
        )
        return
    if line.startswith("Successfully tagged "):
        tags.append(line.removeprefix("Successfully tagged ").strip())
        return
    if not steps:
        return
    step = steps[-1]
    if line.strip() == "---> Using cache":
        step.state = "cached"
        step.finished = now
    step.output.append(line)


def _normalise(instruction: str) -> str:
    keyword, _, rest = instruction.partition(" ")
    return f"{keyword.upper()} {' '.join(rest.split())}".strip().lower()


def _build_error(text: str, steps: list[BuildStep], tail: Sequence[str] = ()) -> BuildFailed:
    lowered = text.lower()
    if "parse error" in lowered or "unknown instruction" in lowered:
        return BuildFailed(
            translate("core", "The Dockerfile has a syntax error: {text}").format(text=text),
            translate("core", "Fix the line named in the editor, then build again."),
            text,
            _snapshot(steps),
        )
    base_missing = "pull access denied" in lowered or (
        "not found" in lowered and ("manifest" in lowered or "repository" in lowered)
    )
    if base_missing or (steps and steps[-1].instruction.upper().startswith("FROM")):
        if steps:
            steps[-1].state = "failed"
        return BuildFailed(
            translate("core", "The base image cannot be found: {text}").format(text=text),
            translate(
                "core", "Check the FROM line; pull the image first, or log in to its registry."
            ),
            text,
            _snapshot(steps),
        )
    if steps:
        failed = steps[-1]
        failed.state = "failed"
        failed.finished = time.monotonic()
        return BuildFailed(
            translate("core", "Step {0}/{1} failed: {2}").format(
                failed.number, failed.total, failed.instruction
            ),
            translate("core", "{text}. The step's output is in the build log.").format(text=text),
            "\n".join([*tail, text]),
            _snapshot(steps),
        )
    return BuildFailed(
        translate("core", "The build failed: {text}").format(text=text), "", text, _snapshot(steps)
    )
