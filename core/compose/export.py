"""Compose files made from what already runs: "Export to compose…" from containers and
"Save as compose service" from the run dialog.

From a container's inspect data (and its image's, to leave out what the image already
sets) one service: image, command and entrypoint, environment, ports, volumes and binds,
networks with their aliases, restart policy, healthcheck, labels, working_dir, user,
hostname. Volumes and user networks that exist already are declared ``external`` (the
same volume, the same network: the new containers are equivalent, not empty copies).

Secret-looking environment values (``core.docker.masking.looks_secret``) never go into the
compose file: they go to ``.env`` beside it (mode 600) and the file says ``${NAME}``.
Every other ``$`` is written ``$$`` so that compose's interpolation gives back the value.

This module holds what an export is and how it is written out: ``ComposeExport`` (the
services found), ``render`` (chooses the ``.env`` names around what a ``.env`` already
holds, and makes the text), the YAML and the ``.env`` format. The services come from
``export_services`` (``export_containers``, ``service_from_spec``); ``export_save`` writes
them: ``save_export`` to a new file, ``add_to_compose_file`` into an existing one, keeping
its own text (comments, order, quoting) where it can — both atomically, the previous file
kept as ``.bak``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from core.errors import ValidationError
from core.text import translate

DEFAULT_FILE = "compose.yaml"
_NS_PER_S = 1_000_000_000
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# -- names and durations ------------------------------------------------------------------


def clean_service_name(name: str) -> str:
    """A valid compose service name from a container name: lowercase, ``[a-z0-9_-]``,
    starting with a letter or a digit (``/My.App`` → ``my-app``)."""
    text = re.sub(r"[^a-z0-9_-]+", "-", name.strip().lstrip("/").lower())
    text = re.sub(r"-{2,}", "-", text).lstrip("-_").rstrip("-")
    return text or "service"


def unique_name(base: str, taken: Collection[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def compose_duration(ns: int) -> str:
    """Nanoseconds as compose writes a duration (Go's form: ``1m30s``, ``1.5s``, ``500ms``)."""
    if ns <= 0:
        return "0s"
    if ns < 1000:
        return f"{ns}ns"
    if ns < 1_000_000:
        return f"{_decimal(ns, 1000)}us"
    if ns < _NS_PER_S:
        return f"{_decimal(ns, 1_000_000)}ms"
    hours, rest = divmod(ns, 3600 * _NS_PER_S)
    minutes, rest = divmod(rest, 60 * _NS_PER_S)
    text = f"{hours}h" if hours else ""
    if hours or minutes:
        text += f"{minutes}m"
    if rest or not text:
        text += f"{_decimal(rest, _NS_PER_S)}s"
    return text


def _decimal(value: int, unit: int) -> str:
    whole, frac = divmod(value, unit)
    if not frac:
        return str(whole)
    digits = len(str(unit)) - 1
    return f"{whole}.{str(frac).rjust(digits, '0').rstrip('0')}"


# -- what an export holds -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SecretValue:
    """An environment value that goes to ``.env``; the compose file refers to it."""

    value: str


@dataclass(frozen=True, slots=True)
class MovedSecret:
    service: str
    key: str  # the container's variable
    variable: str  # its name in .env (the file says ${variable})


@dataclass(frozen=True, slots=True)
class ComposeExport:
    """Services (compose's own keys; environment values may be ``SecretValue``), the
    top-level volumes and networks they need, and notes for the user."""

    services: Mapping[str, Mapping[str, Any]]
    volumes: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    networks: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def render(self, existing_env: Mapping[str, str] | None = None) -> RenderedCompose:
        """The compose text; secret values named around ``existing_env`` (a ``.env``'s)."""
        services, env, moved = _resolve_secrets(self.services, existing_env or {})
        document: dict[str, Any] = {"services": services}
        if self.networks:
            document["networks"] = _escaped(dict(self.networks))
        if self.volumes:
            document["volumes"] = _escaped(dict(self.volumes))
        return RenderedCompose(
            dump_yaml(document), document, env, moved, self.notes, services=tuple(services)
        )


@dataclass(frozen=True, slots=True)
class RenderedCompose:
    text: str  # the compose file (what was written, for a saved one)
    document: Mapping[str, Any]  # the text, parsed
    env: Mapping[str, str]  # .env entries these services need (new or already there)
    secrets: tuple[MovedSecret, ...]
    notes: tuple[str, ...] = ()
    path: Path | None = None  # where it was written
    env_path: Path | None = None  # the .env that holds the secrets (None: no secrets)
    kept_text: bool = True  # adding to a file kept its own text (else: rewritten whole)
    backup: Path | None = None  # the previous file, kept (None: there was none)
    services: tuple[str, ...] = ()  # the services written (names after clashes)

    def env_text(self) -> str:
        return "".join(dotenv_line(k, v) for k, v in self.env.items())

    def messages(self) -> list[str]:
        """What the user should know: where the secrets went, what was left out."""
        out: list[str] = []
        if self.secrets:
            where = str(self.env_path) if self.env_path else ".env"
            names = ", ".join(f"{s.service}: {s.key} → ${{{s.variable}}}" for s in self.secrets)
            out.append(
                translate(
                    "core",
                    "Secret-looking values are not in the compose file: they are in {where}"
                    " (readable by you only), which the file refers to ({names}).",
                ).format(where=where, names=names)
            )
        if not self.kept_text:
            out.append(
                translate(
                    "core",
                    "The compose file was written anew from its data: its comments and"
                    " formatting were not kept (the previous file is kept as .bak).",
                )
            )
        if self.backup is not None and self.kept_text:
            out.append(
                translate("core", "The previous file is kept as {backup}.").format(
                    backup=self.backup
                )
            )
        out.extend(self.notes)
        return out


# -- YAML ---------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style with lists indented under their key, as compose files are written."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def dump_yaml(data: Any, indent: int = 2) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=4096,
        indent=indent,
    )


def _escaped(value: Any) -> Any:
    """``$`` written ``$$`` in every string value (compose interpolates values)."""
    if isinstance(value, str):
        return value.replace("$", "$$")
    if isinstance(value, Mapping):
        return {k: _escaped(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_escaped(v) for v in value]
    return value


def _resolve_secrets(
    services: Mapping[str, Mapping[str, Any]], existing: Mapping[str, str]
) -> tuple[dict[str, Any], dict[str, str], tuple[MovedSecret, ...]]:
    taken = dict(existing)
    env: dict[str, str] = {}
    moved: list[MovedSecret] = []
    out: dict[str, Any] = {}
    for name, service in services.items():
        resolved: dict[str, Any] = {}
        for key, value in service.items():
            if key != "environment":
                resolved[key] = _escaped(value)
                continue
            environment: dict[str, Any] = {}
            for var, val in value.items():
                if not isinstance(val, SecretValue):
                    environment[var] = _escaped(val)
                    continue
                variable = _env_variable(name, var, val.value, taken)
                taken[variable] = env[variable] = val.value
                moved.append(MovedSecret(name, var, variable))
                environment[var] = f"${{{variable}}}"
            resolved[key] = environment
        out[name] = resolved
    return out, env, tuple(moved)


def _env_variable(service: str, key: str, value: str, taken: Mapping[str, str]) -> str:
    """``key`` itself, or ``SERVICE_key`` (then numbered) when ``.env`` has it otherwise."""
    prefix = re.sub(r"[^A-Za-z0-9_]", "_", service).upper()
    candidates = [key] if _ENV_NAME.match(key) else []
    base = f"{prefix}_{re.sub(r'[^A-Za-z0-9_]', '_', key)}"
    candidates += [base] + [f"{base}_{n}" for n in range(2, 1000)]
    for name in candidates:
        if taken.get(name, value) == value:
            return name
    raise ValidationError(translate("core", "No free name in .env for {key}").format(key=key))


# -- .env ---------------------------------------------------------------------------------


def dotenv_line(key: str, value: str) -> str:
    """``KEY='value'`` (literal for compose), or double-quoted with escapes when the value
    holds a quote, a backslash or a newline."""
    if not any(c in value for c in "'\\\n\r"):
        return f"{key}='{value}'\n"
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("$", "\\$")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )
    return f'{key}="{escaped}"\n'


def read_dotenv(path: Path) -> dict[str, str]:
    """A ``.env`` as compose v2 reads it (quotes, escapes, comments); {} when absent."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ValidationError(
            translate("core", "Cannot read {path}: {reason}").format(path=path, reason=exc.strerror)
        ) from exc
    env: dict[str, str] = {}
    for line in lines:
        text = line.strip()
        if text.startswith("export "):
            text = text[len("export ") :].lstrip()
        key, sep, value = text.partition("=")
        key = key.strip()
        if text.startswith("#") or not sep or not _ENV_NAME.match(key):
            continue
        env[key] = _dotenv_value(value.strip())
    return env


def _dotenv_value(value: str) -> str:
    if len(value) >= 2 and value[0] == "'" and value.rfind("'") > 0:
        return value[1 : value.rfind("'")]
    if len(value) >= 2 and value[0] == '"':
        out, i = [], 1
        escapes = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", '"': '"', "$": "$"}
        while i < len(value) and value[i] != '"':
            if value[i] == "\\" and i + 1 < len(value):
                out.append(escapes.get(value[i + 1], "\\" + value[i + 1]))
                i += 2
            else:
                out.append(value[i])
                i += 1
        return "".join(out)
    return re.split(r"\s+#", value, maxsplit=1)[0].strip()
