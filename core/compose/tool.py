"""The user's own compose: the ``docker compose`` plugin (v2) when the docker CLI has it,
else ``docker-compose`` (v1, or a standalone v2 binary), found the way a shell would find
them; what each one can do; and the environment that points it at an EnvDock engine.

Finding the tool costs a process start (v1, a Python program, ~0.3 s), so the answer is
kept per environment (the PATH, DOCKER_CONFIG and HOME it depends on); ``redetect`` asks
again (the GUI's "detect again" after the user installed the plugin).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from core.docker.contexts import EngineSpec
from core.docker.endpoint import Endpoint, TLSSettings
from core.errors import DockerUnavailable, EnvDockError
from core.logfile import get_logger
from core.procs import clean_env, run_capture
from core.text import translate

log = get_logger("compose.tool")

# -- features: what a compose may lack (``ComposeTool.supports`` / ``why_not``) -------------
WATCH = "watch"  # docker compose watch
PS_JSON = "ps-json"  # ps --format json
LS = "ls"  # docker compose ls
CONFIG_JSON = "config-json"  # config --format json
UP_PULL = "up-pull"  # up --pull always|missing|never
UP_WAIT = "up-wait"  # up --wait
ALL_PROFILES = "all-profiles"  # --profile '*'
LOGS_SINCE = "logs-since"  # logs --since / --until
SCALE = "scale"  # up --scale SERVICE=N
ENV_FILE = "env-file"  # --env-file
FEATURES = (WATCH, PS_JSON, LS, CONFIG_JSON, UP_PULL, UP_WAIT, ALL_PROFILES, LOGS_SINCE, SCALE,
            ENV_FILE)  # fmt: skip

# the oldest version that has it, per major version (absent: that major never has it)
_SINCE: dict[str, dict[int, tuple[int, ...]]] = {
    WATCH: {2: (2, 22)},
    PS_JSON: {2: (2, 0)},
    LS: {2: (2, 0)},
    CONFIG_JSON: {2: (2, 0)},
    UP_PULL: {2: (2, 3)},
    UP_WAIT: {2: (2, 1, 1)},
    ALL_PROFILES: {2: (2, 0)},
    LOGS_SINCE: {2: (2, 0)},
    SCALE: {1: (1, 0), 2: (2, 0)},
    ENV_FILE: {1: (1, 25), 2: (2, 0)},
}
_WHAT = {
    WATCH: "watch",
    PS_JSON: "ps --format json",
    LS: "ls",
    CONFIG_JSON: "config --format json",
    UP_PULL: "up --pull",
    UP_WAIT: "up --wait",
    ALL_PROFILES: "--profile '*'",
    LOGS_SINCE: "logs --since/--until",
    SCALE: "up --scale",
    ENV_FILE: "--env-file",
}

_VERSION = re.compile(r"v?(\d+)\.(\d+)(?:\.(\d+))?([-+.\w]*)")
# variables that choose an engine: replaced as a whole by ``engine_env``'s
ENGINE_VARS = ("DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH",
               "DOCKER_TLS")  # fmt: skip
# our interpreter's settings must not reach Debian's docker-compose (a /usr/bin/python3 program)
_PYTHON_VARS = ("PYTHONPATH", "PYTHONHOME")
_CA_BUNDLE_VARS = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")


class ComposeMissing(EnvDockError):
    """Neither ``docker compose`` nor ``docker-compose`` can be run."""

    default_hint = translate(
        "core",
        "Install the Docker Compose plugin (Debian/Ubuntu: sudo apt-get install "
        "docker-compose-plugin, or docker-compose-v2), or the older docker-compose package, "
        "then detect again.",
    )


def parse_version(text: str) -> tuple[str, tuple[int, ...]] | None:
    """("2.40.3", (2, 40, 3)) from what ``version --short`` printed ("v2.40.3",
    "2.40.3-desktop.1", "1.29.2"); None when no version is in it."""
    for line in reversed(text.strip().splitlines()):
        match = _VERSION.search(line.strip())
        if match:
            numbers = tuple(int(g) for g in match.groups()[:3] if g is not None)
            shown = ".".join(str(n) for n in numbers) + (match.group(4) or "")
            return shown, numbers
    return None


@dataclass(frozen=True)
class ComposeTool:
    """One compose program: the command that runs it and its version."""

    argv: tuple[str, ...]
    version: str
    major: int

    @property
    def is_plugin(self) -> bool:
        """``docker compose`` (the CLI plugin), not a ``docker-compose`` program."""
        return len(self.argv) > 1 and self.argv[-1] == "compose"

    @property
    def label(self) -> str:
        """ "docker compose 2.40.3" / "docker-compose 1.29.2", as people call them."""
        name = "docker compose" if self.is_plugin else Path(self.argv[0]).name
        return f"{name} {self.version}"

    @property
    def numbers(self) -> tuple[int, ...]:
        parsed = parse_version(self.version)
        return parsed[1] if parsed else (self.major,)

    def supports(self, feature: str) -> bool:
        if feature not in _SINCE:
            raise ValueError(f"unknown compose feature {feature!r}")
        since = _SINCE[feature].get(self.major)
        return since is not None and self.numbers >= since

    def why_not(self, feature: str) -> str:
        """Why this compose cannot do ``feature`` ("" when it can), for a disabled control."""
        if self.supports(feature):
            return ""
        since = _SINCE[feature].get(2, (2, 0))
        needed = ".".join(str(n) for n in since)
        if self.major < 2:
            return translate(
                "core",
                "{tool} has no {what}: it needs Docker Compose v2 ({needed} or newer), "
                "the docker compose plugin.",
            ).format(tool=self.label, what=_WHAT[feature], needed=needed)
        return translate(
            "core", "{tool} has no {what}: it needs Docker Compose {needed} or newer."
        ).format(tool=self.label, what=_WHAT[feature], needed=needed)


# -- finding it ---------------------------------------------------------------------------------
_cache: dict[tuple[str, str, str], ComposeTool] = {}
_cache_lock = threading.Lock()


def _key(env: Mapping[str, str]) -> tuple[str, str, str]:
    return env.get("PATH", ""), env.get("DOCKER_CONFIG", ""), env.get("HOME", "")


def _quiet_env(env: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k not in _PYTHON_VARS}


def probe_tool(argv: tuple[str, ...], env: Mapping[str, str] | None = None) -> ComposeTool | None:
    """The compose ``argv`` runs, asked for its version (None when it does not answer as
    a compose does)."""
    run = _quiet_env(clean_env() if env is None else env)
    try:
        result = run_capture([*argv, "version", "--short"], env=run)
    except EnvDockError as exc:  # cannot start
        log.info("%s: %s", argv, exc.message)
        return None
    if result.returncode != 0:
        log.info("%s version: exit %s: %s", argv, result.returncode, result.stderr.strip())
        return None
    parsed = parse_version(result.stdout)
    if parsed is None:
        return None
    version, numbers = parsed
    return ComposeTool(tuple(argv), version, numbers[0])


def _detect(env: Mapping[str, str]) -> ComposeTool:
    path = env.get("PATH", os.defpath)
    tried = []
    docker = shutil.which("docker", path=path)
    if docker:
        tool = probe_tool((docker, "compose"), env)
        if tool is not None:
            return tool
        tried.append(translate("core", "{0} compose: no such plugin").format(docker))
    else:
        tried.append(translate("core", "no docker CLI on PATH"))
    standalone = shutil.which("docker-compose", path=path)
    if standalone:
        tool = probe_tool((standalone,), env)
        if tool is not None:
            return tool
        tried.append(translate("core", "{0} does not answer to 'version'").format(standalone))
    else:
        tried.append(translate("core", "no docker-compose on PATH"))
    raise ComposeMissing(
        translate(
            "core", "Docker Compose is not installed (neither docker compose nor docker-compose)"
        ),
        details="\n".join(tried),
    )


def find_tool(env: Mapping[str, str] | None = None) -> ComposeTool:
    """The compose to use with ``env`` (ours without one): ``docker compose`` first, else
    ``docker-compose``. Raises :class:`ComposeMissing` (with how to install) when neither
    runs. The answer is kept per environment; ``redetect`` asks again."""
    env = clean_env() if env is None else env
    key = _key(env)
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    tool = _detect(env)
    with _cache_lock:
        _cache[key] = tool
    return tool


def redetect(env: Mapping[str, str] | None = None) -> ComposeTool:
    """Forget what was found for ``env`` and look again (ComposeMissing when nothing is)."""
    env = clean_env() if env is None else env
    with _cache_lock:
        _cache.pop(_key(env), None)
    return find_tool(env)


def cached_tool(env: Mapping[str, str] | None = None) -> ComposeTool | None:
    """What ``find_tool`` found before for ``env``, without starting anything."""
    env = clean_env() if env is None else env
    with _cache_lock:
        return _cache.get(_key(env))


# -- which engine it talks to --------------------------------------------------------------------
class _HasEndpoint(Protocol):
    def endpoint(self) -> Endpoint: ...


_links: dict[tuple[tuple[str, str], ...], str] = {}
_links_lock = threading.Lock()


def _remove_links() -> None:
    for folder in _links.values():
        shutil.rmtree(folder, ignore_errors=True)


def _cert_dir(tls: TLSSettings) -> str | None:
    """A folder holding ca.pem / cert.pem / key.pem, as DOCKER_CERT_PATH wants them: the
    files' own folder when they are named so (a context's, DOCKER_CERT_PATH's), else a
    private folder of links to them (removed when EnvDock ends)."""
    wanted = {"ca.pem": tls.ca_cert, "cert.pem": tls.client_cert, "key.pem": tls.client_key}
    present = {name: path for name, path in wanted.items() if path}
    if not present:
        return None
    folders = {str(Path(p).parent) for p in present.values()}
    if len(folders) == 1 and all(Path(p).name == n for n, p in present.items()):
        return folders.pop()
    key = tuple(sorted(present.items()))
    with _links_lock:
        folder = _links.get(key)
        if folder is None:
            if not _links:
                atexit.register(_remove_links)
            folder = tempfile.mkdtemp(prefix="envdock-tls-")
            for name, path in present.items():
                os.symlink(os.path.abspath(path), os.path.join(folder, name))
            _links[key] = folder
    return folder


def engine_env(target: Endpoint | EngineSpec | _HasEndpoint) -> dict[str, str]:
    """The variables that make compose (v1 and v2) talk to ``target`` (an Endpoint, an
    EngineSpec, or an Engine): DOCKER_HOST, and for TLS DOCKER_TLS_VERIFY / DOCKER_TLS and
    DOCKER_CERT_PATH. ssh engines go as ``ssh://…`` (compose runs the user's ssh).
    Give them to ``run_env``, which drops the user's own engine variables first."""
    if isinstance(target, Endpoint):
        endpoint = target
    elif isinstance(target, EngineSpec):
        if target.problem:
            raise DockerUnavailable(
                target.problem,
                translate("core", "Fix the context (docker context inspect), or remove it."),
                state="bad_host",
            )
        endpoint = target.endpoint
    else:
        endpoint = target.endpoint()
    url = endpoint.base_url
    scheme, sep, rest = url.partition("://")
    if sep and scheme in ("http", "https"):
        url = f"tcp://{rest}"
    env = {"DOCKER_HOST": url}
    tls = endpoint.tls
    if tls is not None and not url.startswith(("unix://", "ssh://")):
        cert_dir = _cert_dir(tls)
        if tls.verify:
            env["DOCKER_TLS_VERIFY"] = "1"
        else:
            env["DOCKER_TLS"] = "1"
        if cert_dir is not None:
            env["DOCKER_CERT_PATH"] = cert_dir
    return env


def run_env(
    engine: Mapping[str, str] | None = None,
    base: Mapping[str, str] | None = None,
    extra: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The environment compose runs in: ``base`` (the user's, without what a frozen bundle
    injected), our Python settings out; with ``engine`` (from ``engine_env``) the user's
    own engine variables are replaced by those (and for a TLS engine, the CA-bundle variables
    that would override its CA in v1 are dropped); ``extra`` last."""
    env = _quiet_env(clean_env() if base is None else base)
    if engine is not None:
        for name in ENGINE_VARS:
            env.pop(name, None)
        env.update(engine)
        if "DOCKER_TLS_VERIFY" in engine or "DOCKER_TLS" in engine:
            # v1 talks to the engine through requests, which lets these replace the engine's
            # CA (a correct set-up then fails as if the CA were wrong); compose itself never
            # needs them (pulls and builds are the engine's or the docker CLI's)
            for name in _CA_BUNDLE_VARS:
                env.pop(name, None)
    if extra:
        env.update(extra)
    return env


def env_for(target: Endpoint | EngineSpec | _HasEndpoint) -> dict[str, str]:
    """The whole environment compose (or the docker CLI) runs in to act on ``target``:
    ``run_env(engine_env(target))``. Reads the engine's context: call it in a worker."""
    return run_env(engine_env(target))
