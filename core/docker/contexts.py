"""Every engine EnvDock knows: the default one and every Docker context, read and written
the way the docker CLI does, so ``docker --context NAME …`` and EnvDock see the same list.

A context lives in ``$DOCKER_CONFIG/contexts/meta/<sha256 of name>/meta.json``::

    {"Name": "gpu1", "Metadata": {"Description": "…"},
     "Endpoints": {"docker": {"Host": "ssh://me@gpu1", "SkipTLSVerify": false}}}

with its TLS files in ``contexts/tls/<sha256>/docker/{ca,cert,key}.pem``. ``docker context use``
writes ``currentContext`` into ``config.json``; ``DOCKER_CONTEXT`` overrides it and
``DOCKER_HOST`` overrides both (then the "default" engine is the one meant).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from core.docker.endpoint import (
    DEFAULT_SOCKET,
    Endpoint,
    TLSSettings,
    default_sockets,
    docker_config_dir,
    tls_from_env,
    validate_host,
)
from core.errors import DockerUnavailable, ValidationError
from core.text import translate

Kind = Literal["local", "unix", "ssh", "tls", "tcp"]
Source = Literal["default", "context", "added"]
DEFAULT: Literal["default"] = "default"
_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$")
ADDED_BY = "EnvDock"  # a metadata field of the contexts EnvDock wrote (the CLI keeps it)


@dataclass(frozen=True, slots=True)
class EngineSpec:
    """One engine: its name, where it is, and where EnvDock learned of it."""

    name: str
    endpoint: Endpoint
    source: Source
    description: str = ""
    problem: str = ""  # a context that cannot be read: why (it is listed, not connected)

    @property
    def kind(self) -> Kind:
        url = self.endpoint.base_url
        if url.startswith("ssh://"):
            return "ssh"
        if url.startswith("unix://"):
            return "local" if self.source == "default" else "unix"
        return "tls" if self.endpoint.tls is not None else "tcp"

    @property
    def host(self) -> str:
        return self.endpoint.base_url

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "endpoint": self.endpoint.base_url,
            "kind": self.kind,
            "source": self.source,
            "description": self.description,
            "tls_verify": None if self.endpoint.tls is None else self.endpoint.tls.verify,
            "problem": self.problem,
        }


def contexts_dir(env: Mapping[str, str], home: Path) -> Path:
    return docker_config_dir(env, home) / "contexts"


def digest(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def default_spec(env: Mapping[str, str], home: Path) -> EngineSpec:
    """The engine without a context: DOCKER_HOST, else the first usual socket."""
    host = env.get("DOCKER_HOST")
    if host:
        try:
            url = validate_host(host)
        except DockerUnavailable as exc:
            return EngineSpec(DEFAULT, Endpoint(host, "DOCKER_HOST"), DEFAULT, problem=exc.message)
        return EngineSpec(
            DEFAULT, Endpoint(url, "DOCKER_HOST", tls_from_env(env, home)), DEFAULT, "DOCKER_HOST"
        )
    for sock in default_sockets(env, home):
        if os.path.exists(sock):
            return EngineSpec(DEFAULT, Endpoint(f"unix://{sock}", "default socket"), DEFAULT)
    return EngineSpec(DEFAULT, Endpoint(f"unix://{DEFAULT_SOCKET}", "default socket"), DEFAULT)


def read_context(meta_file: Path, base: Path) -> EngineSpec:
    """One context from its meta.json; unreadable ones come back with ``problem`` set."""
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        name = str(meta["Name"])
    except (OSError, ValueError, KeyError, TypeError):
        name = meta_file.parent.name[:12]
        return EngineSpec(
            name,
            Endpoint("", f"context {name}"),
            "context",
            problem=translate("core", "Cannot read {0}").format(meta_file),
        )
    metadata = meta.get("Metadata") or {}
    description = str(metadata.get("Description", "")) if isinstance(metadata, dict) else ""
    source: Source = "added" if isinstance(metadata, dict) and metadata.get(ADDED_BY) else "context"
    try:
        docker_ep = meta["Endpoints"]["docker"]
        host = validate_host(str(docker_ep["Host"]))
    except (KeyError, TypeError):
        return EngineSpec(
            name,
            Endpoint("", f"context {name}"),
            source,
            description,
            translate("core", "The context has no Docker endpoint"),
        )
    except DockerUnavailable as exc:
        return EngineSpec(name, Endpoint("", f"context {name}"), source, description, exc.message)
    tls_dir = base / "tls" / digest(name) / "docker"
    skip_verify = bool(docker_ep.get("SkipTLSVerify", False))
    tls = None
    if (tls_dir.is_dir() or skip_verify) and not host.startswith(("ssh://", "unix://")):
        tls = TLSSettings(
            verify=not skip_verify,
            ca_cert=_if_file(tls_dir / "ca.pem"),
            client_cert=_if_file(tls_dir / "cert.pem"),
            client_key=_if_file(tls_dir / "key.pem"),
        )
    return EngineSpec(name, Endpoint(host, f"context {name}", tls), source, description)


def _if_file(path: Path) -> str | None:
    return str(path) if path.is_file() else None


def list_contexts(env: Mapping[str, str], home: Path) -> list[EngineSpec]:
    base = contexts_dir(env, home)
    try:
        folders = sorted(p for p in (base / "meta").iterdir() if p.is_dir())
    except OSError:
        return []
    found = [read_context(folder / "meta.json", base) for folder in folders]
    return sorted(found, key=lambda s: s.name.lower())


def all_engines(env: Mapping[str, str] | None = None, home: Path | None = None) -> list[EngineSpec]:
    """The default engine, then every context by name."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    return [default_spec(env, home), *list_contexts(env, home)]


def current_name(env: Mapping[str, str] | None = None, home: Path | None = None) -> str:
    """The engine the docker CLI would use now (DOCKER_HOST means the default one)."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if env.get("DOCKER_HOST"):
        return DEFAULT
    name = env.get("DOCKER_CONTEXT") or _config(env, home).get("currentContext")
    return str(name) if name else DEFAULT


def spec_named(
    name: str, env: Mapping[str, str] | None = None, home: Path | None = None
) -> EngineSpec:
    """The engine called ``name`` ("default" or a context), or a ValidationError that
    names the ones there are."""
    specs = all_engines(env, home)
    for spec in specs:
        if spec.name == name:
            return spec
    raise ValidationError(
        translate("core", "No engine named {0!r}").format(name),
        translate("core", "Known engines: {0} (envdock engines list).").format(
            ", ".join(s.name for s in specs)
        ),
    )


def resolve_endpoint(env: Mapping[str, str] | None = None, home: Path | None = None) -> Endpoint:
    """The engine the user means now, as the docker CLI decides: ``DOCKER_HOST``, then
    ``DOCKER_CONTEXT``, then ``currentContext``, then the first usual socket. Raises
    DockerUnavailable (bad_host) for garbage or a context that cannot be read."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    name = current_name(env, home)
    if name == DEFAULT:
        if env.get("DOCKER_HOST"):
            validate_host(env["DOCKER_HOST"])  # raises with the reason
        return default_spec(env, home).endpoint
    base = contexts_dir(env, home)
    meta_file = base / "meta" / digest(name) / "meta.json"
    spec = read_context(meta_file, base)
    if spec.problem or not meta_file.is_file():
        raise DockerUnavailable(
            translate("core", "Docker context {name!r} cannot be used: {0}").format(
                spec.problem or translate("core", "Cannot read {0}").format(meta_file), name=name
            ),
            hint=translate(
                "core", "Run `docker context ls` to check it, or `docker context use default`."
            ),
            state="bad_host",
        )
    return spec.endpoint


def contexts_stamp(env: Mapping[str, str], home: Path) -> tuple[float, ...]:
    """Changes whenever a context is created, changed or removed, or another one is used
    (the folder's and config.json's modification times): a cheap "did anything change"."""
    base = contexts_dir(env, home)
    stamps = []
    for path in (base / "meta", docker_config_dir(env, home) / "config.json"):
        try:
            stamps.append(path.stat().st_mtime)
        except OSError:
            stamps.append(0.0)
    try:
        stamps.extend(p.stat().st_mtime for p in (base / "meta").iterdir())
    except OSError:
        pass
    return tuple(stamps)


# -- writing, as `docker context create / rm / use` do --------------------------------------
def validate_name(name: str) -> str:
    if name == DEFAULT:
        raise ValidationError(
            translate("core", '"default" is the name of the engine without a context'),
            translate("core", "Choose another name."),
        )
    if not _NAME.match(name):
        raise ValidationError(
            translate("core", "{0!r} is not a valid context name").format(name),
            translate("core", "Use letters, digits and . _ + - (starting with a letter or digit)."),
        )
    return name


@dataclass(frozen=True, slots=True)
class TLSFiles:
    ca: Path | None = None
    cert: Path | None = None
    key: Path | None = None
    skip_verify: bool = False


def create_context(
    name: str,
    host: str,
    tls: TLSFiles | None = None,
    *,
    description: str = "",
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> EngineSpec:
    """Write a context as ``docker context create NAME --docker host=…,ca=…`` does."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    validate_name(name)
    try:
        url = validate_host(host)
    except DockerUnavailable as exc:
        raise ValidationError(exc.message, exc.hint) from exc
    base = contexts_dir(env, home)
    meta_dir = base / "meta" / digest(name)
    if meta_dir.exists():
        raise ValidationError(
            translate("core", "A context named {0!r} exists already").format(name),
            translate("core", "Choose another name, or remove that context first."),
        )
    tls = tls or TLSFiles()
    files = {"ca.pem": tls.ca, "cert.pem": tls.cert, "key.pem": tls.key}
    for path in files.values():
        if path is not None and not path.is_file():
            raise ValidationError(
                translate("core", "{0} is not a file").format(path),
                translate("core", "Choose the certificate files the engine's owner gave you."),
            )
    if (tls.cert is None) != (tls.key is None):
        raise ValidationError(
            translate("core", "A client certificate needs its key, and a key its certificate"),
            translate("core", "Give both files, or neither."),
        )
    if url.startswith(("ssh://", "unix://")) and any(files.values()):
        raise ValidationError(
            translate("core", "TLS files go with a tcp:// engine, not {0}").format(url),
            translate("core", "ssh and unix sockets are protected by other means."),
        )
    meta = {
        "Name": name,
        "Metadata": {"Description": description, ADDED_BY: True},
        "Endpoints": {"docker": {"Host": url, "SkipTLSVerify": bool(tls.skip_verify)}},
    }
    meta_dir.mkdir(parents=True)
    try:
        if any(files.values()):
            tls_dir = base / "tls" / digest(name) / "docker"
            tls_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            for target, source in files.items():
                if source is not None:
                    shutil.copyfile(source, tls_dir / target)
                    os.chmod(tls_dir / target, 0o600 if target == "key.pem" else 0o644)
        _write_json(meta_dir / "meta.json", meta)
    except OSError:
        _remove_context_files(base, name)
        raise
    return read_context(meta_dir / "meta.json", base)


def remove_context(
    name: str, env: Mapping[str, str] | None = None, home: Path | None = None
) -> None:
    """``docker context rm NAME``: its meta and TLS folders (and no longer current)."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    validate_name(name)
    base = contexts_dir(env, home)
    if not (base / "meta" / digest(name)).is_dir():
        raise ValidationError(translate("core", "No context named {0!r}").format(name))
    _remove_context_files(base, name)
    if _config(env, home).get("currentContext") == name:
        use_context(DEFAULT, env, home)


def rename_context(
    old: str, new: str, env: Mapping[str, str] | None = None, home: Path | None = None
) -> EngineSpec:
    """A context under a new name (the CLI has no rename: the same files, moved)."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    validate_name(new)
    base = contexts_dir(env, home)
    source = base / "meta" / digest(old)
    target = base / "meta" / digest(new)
    if not source.is_dir():
        raise ValidationError(translate("core", "No context named {0!r}").format(old))
    if target.exists():
        raise ValidationError(translate("core", "A context named {0!r} exists already").format(new))
    meta = json.loads((source / "meta.json").read_text(encoding="utf-8"))
    meta["Name"] = new
    target.mkdir(parents=True)
    _write_json(target / "meta.json", meta)
    old_tls = base / "tls" / digest(old)
    if old_tls.is_dir():
        old_tls.rename(base / "tls" / digest(new))
    shutil.rmtree(source)
    if _config(env, home).get("currentContext") == old:
        use_context(new, env, home)
    return read_context(target / "meta.json", base)


def use_context(name: str, env: Mapping[str, str] | None = None, home: Path | None = None) -> None:
    """``docker context use NAME``: the CLI's current context (only when the user asks)."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if name != DEFAULT:
        validate_name(name)
        if not (contexts_dir(env, home) / "meta" / digest(name)).is_dir():
            raise ValidationError(translate("core", "No context named {0!r}").format(name))
    config_file = docker_config_dir(env, home) / "config.json"
    config = _config(env, home)
    if name == DEFAULT:
        config.pop("currentContext", None)
    else:
        config["currentContext"] = name
    config_file.parent.mkdir(parents=True, exist_ok=True)
    _write_json(config_file, config)


def _remove_context_files(base: Path, name: str) -> None:
    for folder in (base / "meta" / digest(name), base / "tls" / digest(name)):
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder)


def _config(env: Mapping[str, str], home: Path) -> dict[str, Any]:
    try:
        data = json.loads((docker_config_dir(env, home) / "config.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: Mapping[str, Any]) -> None:
    """Write atomically (a temporary file in the same folder, then a rename)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent="\t")
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
