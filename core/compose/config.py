"""A project's configuration as compose itself resolves it (``compose config``): the
interpolated text and its model (``core.compose.model``) — or the problems, each placed on
its file, line and column (``core.compose.problems``).

Unsaved editor text is written to a temporary folder outside the user's (never into it)
and given to compose with ``--project-directory`` so relative paths still resolve there.

``compose config`` leaves out the services of profiles that are not on; to know every
service, v2 is asked again with ``--profile '*'`` when a file names profiles (v1 keeps
them all in its output).
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from core.compose.model import (
    ComposeModel,
    Dependency,
    MountSpec,
    PortSpec,
    ResourceSpec,
    ServiceSpec,
    build_model,
)
from core.compose.problems import (
    ComposeConfigError,
    ConfigProblem,
    locate,
    parse_problems,
    yaml_problem,
)
from core.compose.projects import ProjectRef
from core.compose.tool import ALL_PROFILES, ComposeTool, run_env
from core.procs import CapturedResult, run_capture
from core.text import translate

__all__ = [
    "ComposeConfigError",
    "ComposeModel",
    "ConfigProblem",
    "Dependency",
    "MountSpec",
    "PortSpec",
    "ResourceSpec",
    "ServiceSpec",
    "build_model",
    "locate",
    "parse_problems",
    "resolve",
    "yaml_problem",
]

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# -- running compose config --------------------------------------------------------------------
def _check_files(ref: ProjectRef, texts: Mapping[Path, str]) -> None:
    if not ref.files:
        raise ComposeConfigError(
            [
                ConfigProblem(
                    translate("core", "The compose files of project {0} are not known").format(
                        ref.name
                    )
                )
            ],
            translate("core", "Open the project from its compose file."),
        )
    problems = []
    for path in (*ref.files, *([ref.env_file] if ref.env_file is not None else [])):
        if path in texts:
            continue
        if not path.exists():
            problems.append(
                ConfigProblem(translate("core", "File not found: {0}").format(path), path)
            )
        elif not path.is_file():
            problems.append(ConfigProblem(translate("core", "Not a file: {0}").format(path), path))
        else:
            try:
                with path.open("rb"):
                    pass
            except PermissionError:
                problems.append(
                    ConfigProblem(
                        translate("core", "Permission denied: cannot read {0}").format(path), path
                    )
                )
            except OSError as exc:
                problems.append(ConfigProblem(f"{path}: {exc.strerror or exc}", path))
    if problems:
        raise ComposeConfigError(
            problems,
            translate(
                "core", "Check that the project's files are there and readable, or open it again."
            ),
        )


class _Staging:
    """Unsaved texts in a private temporary folder (never the user's), and the
    ``-p/-f/--env-file/--project-directory`` arguments that use them."""

    def __init__(self, ref: ProjectRef, texts: Mapping[Path, str]) -> None:
        self.ref = ref
        self.texts = texts
        self.folder: Path | None = None
        self.back: dict[str, Path] = {}  # temporary path → the user's file

    def __enter__(self) -> _Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _stage(self, path: Path) -> Path:
        if path not in self.texts:
            return path
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="envdock-compose-"))
        slot = self.folder / str(len(self.back))
        slot.mkdir()
        staged = slot / path.name
        staged.write_text(self.texts[path], encoding="utf-8")
        self.back[str(staged)] = path
        return staged

    def args(self) -> list[str]:
        ref = self.ref
        args = ["-p", ref.name]
        for path in ref.files:
            args += ["-f", str(self._stage(path))]
        env_file = ref.env_file
        if env_file is None and (ref.workdir / ".env") in self.texts:
            env_file = ref.workdir / ".env"  # the editor's .env, unsaved
        if env_file is not None:
            args += ["--env-file", str(self._stage(env_file))]
        if self.folder is not None or ref.workdir != ref.files[0].parent:
            args += ["--project-directory", str(ref.workdir)]
        return args

    def unstage(self, text: str) -> str:
        for staged, original in self.back.items():
            text = text.replace(staged, str(original))
        return text

    def read(self, path: Path) -> str | None:
        if path in self.texts:
            return self.texts[path]
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None


def _load(text: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def resolve(
    tool: ComposeTool,
    ref: ProjectRef,
    *,
    texts: Mapping[Path, str] | None = None,
    profiles: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    cancel: threading.Event | None = None,
) -> ComposeModel:
    """Run ``compose config`` on ``ref`` (``texts``: unsaved contents by file, used instead
    of what is on disk; ``profiles``: the ones to turn on). Raises ComposeConfigError with
    every problem placed on its line, Cancelled when ``cancel`` fires."""
    texts = {Path(k): v for k, v in (texts or {}).items()}
    _check_files(ref, texts)
    run = dict(env) if env is not None else run_env()
    with _Staging(ref, texts) as staging:
        base = [*tool.argv, *staging.args()]
        chosen = [a for p in profiles for a in ("--profile", p)]
        cwd = ref.workdir if ref.workdir.is_dir() else None
        first = run_capture([*base, *chosen, "config"], env=run, cwd=cwd, cancel_event=cancel)
        stderr = staging.unstage(first.stderr)
        if first.returncode != 0:
            errors, warnings = parse_problems(stderr, ref.files, staging.read, workdir=ref.workdir)
            raise ComposeConfigError(errors, details=stderr.strip(), warnings=warnings)
        _, warnings = parse_problems(stderr, ref.files, staging.read, failed=False)
        text = staging.unstage(first.stdout)
        data = _load(text)
        everything = None
        if tool.major >= 2 and _names_profiles(ref, staging):
            second = _all_profiles(tool, base, run, ref, cancel)
            if second is not None and second.returncode == 0:
                everything = _load(staging.unstage(second.stdout))
        order = _file_order(ref, staging)
    model = build_model(
        ref.name,
        text,
        data,
        everything=everything,
        active_profiles=tuple(profiles),
        warnings=warnings,
    )
    # compose prints services by name: show them in the files' order
    rank = {name: i for i, name in enumerate(order)}
    model.services = dict(
        sorted(model.services.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))
    )
    return model


def _file_order(ref: ProjectRef, staging: _Staging) -> list[str]:
    """The services in the order the files declare them (the first file first)."""
    order: dict[str, None] = {}
    for path in ref.files:
        try:
            data = yaml.load(staging.read(path) or "", Loader=_Loader)
        except yaml.YAMLError:
            continue
        services = data.get("services") if isinstance(data, dict) else None
        if isinstance(services, dict):
            order.update(dict.fromkeys(str(k) for k in services))
    return list(order)


def _names_profiles(ref: ProjectRef, staging: _Staging) -> bool:
    return any("profiles" in (staging.read(path) or "profiles") for path in ref.files)


def _all_profiles(
    tool: ComposeTool, base: list[str], env: Mapping[str, str], ref: ProjectRef,
    cancel: threading.Event | None,
) -> CapturedResult | None:  # fmt: skip
    if not tool.supports(ALL_PROFILES):
        return None
    cwd = ref.workdir if ref.workdir.is_dir() else None
    return run_capture([*base, "--profile", "*", "config"], env=env, cwd=cwd, cancel_event=cancel)
