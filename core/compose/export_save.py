"""Writing an export: a new compose file (``save_export``), or services added to an existing
one (``add_to_compose_file``), with the secrets in ``.env`` beside it (mode 600).

Adding keeps the file's own text: the new services go in at the end of its ``services:``
block by text, in its indentation, and the volumes and networks they need at the end of
its ``volumes:`` / ``networks:`` (or as new blocks at the end). The result is parsed back
and must equal the old file's data plus the new services; when it does not (flow style,
odd layout), the file is written anew from its data and the result says so
(``kept_text=False``). Every write goes through ``save_atomic`` (the previous file kept
as ``.bak``); a ``.env`` written for a compose file that then failed is put back.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from core.compose.export import (
    DEFAULT_FILE,
    ComposeExport,
    RenderedCompose,
    dotenv_line,
    dump_yaml,
    read_dotenv,
    unique_name,
)
from core.compose.files import SaveFailed, save_atomic
from core.docker.api import DockerAPI
from core.docker.run_spec import RunSpec
from core.errors import ValidationError
from core.text import translate

ENV_FILE = ".env"
_TOP_KEY = re.compile(r"""^(?P<key>[A-Za-z0-9_.\-]+|"[^"]*"|'[^']*')\s*:(?:\s+(?P<rest>.*))?$""")
_SECTIONS = ("services", "networks", "volumes")


def compose_path(path: Path) -> Path:
    """``path``, or ``compose.yaml`` in it when it is a folder."""
    return path / DEFAULT_FILE if path.is_dir() else path


def write_export(export: ComposeExport, path: Path) -> RenderedCompose:
    """Add to ``path`` when it exists, else write it new (what the GUI and the CLI do)."""
    target = compose_path(path)
    if target.exists():
        return add_to_compose_file(export, target)
    return save_export(export, target)


def save_export(export: ComposeExport, path: Path, *, replace: bool = False) -> RenderedCompose:
    """A new compose file at ``path`` (a folder: its ``compose.yaml``); an existing file is
    refused unless ``replace`` (then kept as ``.bak``)."""
    target = compose_path(path)
    if target.exists() and not replace:
        raise ValidationError(
            translate("core", "{path} exists already").format(path=target),
            translate("core", "Add the services to it, or choose another file name."),
        )
    env_path = target.parent / ENV_FILE
    rendered = export.render(read_dotenv(env_path))
    return _write(rendered, target, rendered.text, rendered.document, kept_text=True)


def add_to_compose_file(export: ComposeExport, path: Path) -> RenderedCompose:
    """``export``'s services added to the compose file ``path`` (clashing names made
    unique), its text kept where that can be done safely."""
    target = compose_path(path)
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ValidationError(
            translate("core", "{path} does not exist").format(path=target),
            translate("core", "Choose an existing compose file, or export to a new one."),
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ValidationError(
            translate("core", "Cannot read {path}: {reason}").format(path=target, reason=reason)
        ) from exc
    old = _parse(text, target)
    fitted = _fit(export, old)
    rendered = fitted.render(read_dotenv(target.parent / ENV_FILE))
    added = {k: dict(v) for k, v in rendered.document.items()}
    for section in ("networks", "volumes"):  # the same declaration there already: not again
        present = old.get(section) or {}
        added[section] = {k: v for k, v in added.get(section, {}).items() if present.get(k) != v}
    expected = dict(old)
    for section, entries in added.items():
        if entries:
            expected[section] = {**(old.get(section) or {}), **entries}
    new_text = _insert(text, added)
    kept = new_text is not None and _loads(new_text) == expected
    if new_text is None or not kept:
        new_text = dump_yaml(expected)
    return _write(rendered, target, new_text, expected, kept_text=kept)


def _write(
    rendered: RenderedCompose,
    target: Path,
    text: str,
    document: Mapping[str, Any],
    *,
    kept_text: bool,
) -> RenderedCompose:
    env_path = target.parent / ENV_FILE
    undo = _extend_env(env_path, rendered.env) if rendered.env else None
    try:
        backup = save_atomic(target, text)
    except SaveFailed:
        if undo is not None:
            undo()
        raise
    return dataclasses.replace(
        rendered,
        text=text,
        document=document,
        path=target,
        env_path=env_path if rendered.env else None,
        kept_text=kept_text,
        backup=backup,
    )


def _extend_env(env_path: Path, env: Mapping[str, str]) -> Callable[[], None] | None:
    """Write what ``.env`` lacks of ``env`` (mode 600); returns how to put it back."""
    try:
        old_text = env_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        old_text = None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ValidationError(
            translate("core", "Cannot read {path}: {reason}").format(path=env_path, reason=reason)
        ) from exc
    present = read_dotenv(env_path) if old_text is not None else {}
    lines = "".join(dotenv_line(k, v) for k, v in env.items() if present.get(k) != v)
    if not lines:  # every value there already, under the names the file refers to
        return None
    base = old_text or ""
    if base and not base.endswith("\n"):
        base += "\n"
    backup = save_atomic(env_path, base + lines, mode=0o600)

    def undo() -> None:
        with contextlib.suppress(OSError):
            if backup is not None:
                os.replace(backup, env_path)
            else:
                env_path.unlink()

    return undo


# -- the existing file --------------------------------------------------------------------


def _loads(text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return None


def _parse(text: str, path: Path) -> dict[str, Any]:
    """The compose file's data; a file that is not a compose mapping is refused with the
    line of the problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        line = mark.line + 1 if mark is not None else 0
        raise ValidationError(
            translate("core", "{path} is not valid YAML (line {line}): {problem}").format(
                path=path, line=line, problem=problem
            ),
            translate("core", "Correct the file first; nothing was changed."),
        ) from exc
    data = {} if data is None else data
    if not isinstance(data, dict):
        bad: list[str] = [translate("core", "top level")]
    else:
        bad = [s for s in _SECTIONS if data.get(s) is not None and not isinstance(data[s], dict)]
    if bad:
        raise ValidationError(
            translate("core", "{path} is not a compose file (its {what} is not a mapping)").format(
                path=path, what=bad[0]
            ),
            translate("core", "Choose a compose file, or export to a new one."),
        )
    return data


def _fit(export: ComposeExport, old: Mapping[str, Any]) -> ComposeExport:
    """``export`` with names that do not clash with ``old``'s: services renamed; a volume
    or network declared otherwise there gets another key (with ``name:`` the real one)."""
    volume_keys = _keys(export.volumes, old.get("volumes") or {})
    network_keys = _keys(export.networks, old.get("networks") or {})
    taken = set(old.get("services") or {})
    services: dict[str, Any] = {}
    for name, service in export.services.items():
        fitted = dict(service)
        if "volumes" in fitted:
            fitted["volumes"] = [_rekey_volume(v, volume_keys) for v in fitted["volumes"]]
        if "networks" in fitted:
            fitted["networks"] = {network_keys.get(k, k): v for k, v in fitted["networks"].items()}
        new_name = unique_name(name, taken)
        taken.add(new_name)
        services[new_name] = fitted
    volumes = {volume_keys.get(k, k): _named(k, v, volume_keys) for k, v in export.volumes.items()}
    networks = {
        network_keys.get(k, k): _named(k, v, network_keys) for k, v in export.networks.items()
    }
    return ComposeExport(services, volumes, networks, export.notes)


def _keys(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> dict[str, str]:
    """New keys for ours that the file declares otherwise."""
    renamed: dict[str, str] = {}
    for key, value in ours.items():
        if key in theirs and theirs[key] != value:
            renamed[key] = unique_name(f"{key}-external", {*theirs, *ours, *renamed.values()})
    return renamed


def _named(key: str, value: Mapping[str, Any], renamed: Mapping[str, str]) -> dict[str, Any]:
    return {**value, "name": key} if key in renamed and "name" not in value else dict(value)


def _rekey_volume(entry: Any, renamed: Mapping[str, str]) -> Any:
    if not isinstance(entry, str):
        return entry
    source, sep, rest = entry.partition(":")
    return f"{renamed[source]}{sep}{rest}" if sep and source in renamed else entry


# -- adding by text -----------------------------------------------------------------------


def _insert(text: str, added: Mapping[str, Mapping[str, Any]]) -> str | None:
    """``text`` with ``added``'s entries at the end of their top-level sections (new
    sections at the end); None when the layout is not one this can follow."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += newline
    tops = [i for i, line in enumerate(lines) if line[:1] not in ("", " ", "\t", "#", "\r", "\n")]
    inserts: list[tuple[int, int, list[str]]] = []  # (at, lines replaced, new lines)
    appended: list[str] = []
    for section, entries in added.items():
        if not entries:
            continue
        at = next((i for i in tops if _top_key(lines[i]) == section), None)
        if at is None:
            appended += [f"{section}:{newline}", *_block(entries, 2, newline)]
            continue
        rest = _rest(lines[at])
        nxt = next((i for i in tops if i > at), len(lines))
        end = nxt
        while end > at + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
            end -= 1  # blank lines and the next section's own comments stay after
        if rest.strip() in ("{}", "null", "~"):
            inserts.append((at, 1, [f"{section}:{newline}", *_block(entries, 2, newline)]))
        elif rest.strip() == "" or rest.lstrip().startswith("#"):
            indent = _indent(lines[at + 1 : end])
            if indent is None:
                return None
            inserts.append((end, 0, _block(entries, indent, newline)))
        else:
            return None
    for at, replaced, new in sorted(inserts, reverse=True):
        lines[at : at + replaced] = new
    if appended:
        if lines and lines[-1].strip() and not lines[-1].startswith("#"):
            appended.insert(0, newline)
        lines += appended
    return "".join(lines)


def _top_key(line: str) -> str | None:
    match = _TOP_KEY.match(line.rstrip("\r\n"))
    return match.group("key").strip("\"'") if match else None


def _rest(line: str) -> str:
    """What follows ``key:`` on a top-level line."""
    match = _TOP_KEY.match(line.rstrip("\r\n"))
    return (match.group("rest") or "") if match else ""


def _indent(body: list[str]) -> int | None:
    """The indentation of a block's entries (2 when it has none yet); None for tabs."""
    for line in body:
        stripped = line.lstrip(" ")
        if not stripped.strip() or stripped.startswith("#"):
            continue
        if stripped.startswith("\t"):
            return None
        return len(line) - len(stripped) or None
    return 2


def _block(entries: Mapping[str, Any], indent: int, newline: str) -> list[str]:
    text = dump_yaml(dict(entries), indent=indent)
    pad = " " * indent
    return [f"{pad}{line}{newline}" if line else newline for line in text.splitlines()]


# -- from the engine to a file (what a GUI job runs) ----------------------------------------


def export_to_file(client: DockerAPI, ids: Sequence[str], path: Path) -> RenderedCompose:
    """Containers ``ids`` exported to ``path`` (added to it when it exists)."""
    from core.compose.export_services import export_containers

    return write_export(export_containers(client, ids), path)


def spec_to_file(client: DockerAPI, spec: RunSpec, path: Path) -> RenderedCompose:
    """A run dialog's ``spec`` as a service in ``path`` (added to it when it exists); the
    engine's existing volumes are declared ``external``."""
    from core.compose.export_services import service_from_spec

    existing = {str(v.get("Name")) for v in client.volumes().get("Volumes") or ()}
    return write_export(service_from_spec(spec, existing_volumes=existing), path)
