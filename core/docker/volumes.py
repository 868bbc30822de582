"""Volumes: list with users, create, remove (refusing in-use ones), and browse the files of
a volume read-only through a short-lived helper container that is never started."""

from __future__ import annotations

import re
import tarfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.docker.batch import remove_each
from core.errors import DockerError, ValidationError
from core.jobs import Job
from core.text import translate

_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$")
HELPER_LABEL = "io.envdock.helper"


@dataclass(frozen=True, slots=True)
class Volume:
    name: str
    driver: str
    mountpoint: str
    created: str
    scope: str
    labels: Mapping[str, str]
    used_by: tuple[str, ...]  # container names (any state)
    size: int | None = None  # only from the disk-use call (on demand)

    @property
    def in_use(self) -> bool:
        return bool(self.used_by)


def volume_users(containers: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    users: dict[str, list[str]] = {}
    for c in containers:
        name = str((c.get("Names") or ["?"])[0]).lstrip("/")
        for mount in c.get("Mounts") or ():
            if mount.get("Type") == "volume" and mount.get("Name"):
                users.setdefault(str(mount["Name"]), []).append(name)
    return users


def list_volumes(client: DockerAPI, sizes: Mapping[str, int] | None = None) -> list[Volume]:
    try:
        raw = client.volumes().get("Volumes") or []
        users = volume_users(client.containers(all=True))
    except Exception as exc:
        raise docker_error(exc, "list volumes") from exc
    return [
        Volume(
            str(v.get("Name", "")),
            str(v.get("Driver", "")),
            str(v.get("Mountpoint", "")),
            str(v.get("CreatedAt", "")),
            str(v.get("Scope", "")),
            dict(v.get("Labels") or {}),
            tuple(sorted(users.get(str(v.get("Name", "")), ()))),
            (sizes or {}).get(str(v.get("Name", ""))),
        )
        for v in raw
    ]


def volume_sizes(client: DockerAPI) -> dict[str, int]:
    """Sizes come only from the disk-use call, which is expensive: on demand."""
    try:
        volumes = client.df().get("Volumes") or []
    except Exception as exc:
        raise docker_error(exc, "volume sizes") from exc
    out: dict[str, int] = {}
    for v in volumes:
        size = int((v.get("UsageData") or {}).get("Size") or -1)
        if size >= 0:
            out[str(v.get("Name", ""))] = size
    return out


def validate_name(name: str, what: str = "volume") -> str:
    text = name.strip()
    if not _NAME.match(text):
        raise ValidationError(
            translate("core", "{name!r} is not a valid {what} name").format(name=name, what=what),
            translate(
                "core",
                "Use at least two characters: letters, digits, _ . and -, "
                "starting with a letter or digit.",
            ),
        )
    return text


def create_volume(
    job: Job,
    client: DockerAPI,
    name: str,
    driver: str = "local",
    *,
    labels: Mapping[str, str] | None = None,
    driver_opts: Mapping[str, str] | None = None,
) -> str:
    text = validate_name(name)
    existing = {v["Name"] for v in client.volumes().get("Volumes") or []}
    if text in existing:  # the engine would silently hand back the old one
        raise ValidationError(
            translate("core", "A volume named {text} already exists").format(text=text),
            translate("core", "Choose another name, or use that one."),
        )
    try:
        client.create_volume(
            text,
            driver=driver or "local",
            driver_opts=dict(driver_opts or {}) or None,
            labels=dict(labels or {}) or None,
        )
    except Exception as exc:
        raise docker_error(exc, f"create volume {text}") from exc
    job.log(f"created volume {text}")
    return text


def remove_volumes(
    job: Job, client: DockerAPI, names: Sequence[str], force: bool = False
) -> list[str]:
    users = volume_users(client.containers(all=True))
    return remove_each(
        job,
        names,
        kind="volume",
        label=str,
        remove=lambda name: client.remove_volume(name, force=force),
        refuse=lambda name: (
            translate("core", "{0} is in use by {1}").format(name, ", ".join(sorted(users[name])))
            if users.get(name)
            else ""
        ),
        hint=translate(
            "core",
            "A volume used by a container (even a stopped one) is kept: remove the container "
            "first.",
        ),
    )


# -- browsing ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: str  # "dir" | "file" | "link" | "other"
    size: int
    mtime: float
    mode: int
    target: str = ""  # for links


MOUNT = "/envdock-volume"


def _helper_image(client: DockerAPI) -> str:
    """Any local image will do: the helper container is created, never started."""
    images = [i for i in client.images() if i.get("RepoTags")]
    images = images or client.images()
    if not images:
        raise DockerError(
            translate("core", "Browsing a volume needs one local image, and there is none"),
            translate(
                "core", "Pull or build any image (its contents do not matter; it is never run)."
            ),
        )
    smallest = min(images, key=lambda i: int(i.get("Size") or 0))
    return str(smallest["Id"])


class VolumeBrowser:
    """Read-only access to one volume; close() removes the helper container."""

    def __init__(self, client: DockerAPI, volume: str) -> None:
        self.client = client
        self.volume = volume
        try:
            config = client.create_host_config(
                mounts=[{"Type": "volume", "Source": volume, "Target": MOUNT, "ReadOnly": True}],
                network_mode="none",
            )
            created = client.create_container(
                _helper_image(client),
                command=["/envdock-never-runs"],
                host_config=config,
                labels={HELPER_LABEL: "volume-browser"},
                network_disabled=True,
            )
        except DockerError:
            raise
        except Exception as exc:
            raise docker_error(exc, f"open volume {volume}") from exc
        self.container = str(created["Id"])

    def _archive(self, path: str) -> tuple[Any, Any]:
        clean = "/".join(p for p in path.split("/") if p and p != "..")
        try:
            response = self.client._get(
                self.client._url("/containers/{0}/archive", self.container),
                params={"path": f"{MOUNT}/{clean}".rstrip("/") or MOUNT},
                stream=True,
            )
            self.client._raise_for_status(response)
        except Exception as exc:
            raise docker_error(exc, f"read {self.volume}:/{clean}") from exc
        response.raw.decode_content = True
        return response, tarfile.open(fileobj=response.raw, mode="r|")

    def list_dir(self, path: str = "", limit: int = 5000) -> list[Entry]:
        """The direct children of ``path`` (relative to the volume root)."""
        response, tar = self._archive(path)
        entries: list[Entry] = []
        try:
            top = ""
            for member in tar:
                parts = member.name.split("/")
                if not top:
                    top = parts[0]
                    continue
                if len(parts) != 2:
                    continue
                kind = (
                    "dir"
                    if member.isdir()
                    else "link"
                    if member.issym() or member.islnk()
                    else "file"
                    if member.isfile()
                    else "other"
                )
                entries.append(
                    Entry(parts[1], kind, member.size, member.mtime, member.mode, member.linkname)
                )
                if len(entries) >= limit:
                    break
        finally:
            response.close()
        return sorted(entries, key=lambda e: (e.kind != "dir", e.name.lower()))

    def read_file(self, path: str, limit: int = 1024 * 1024) -> tuple[bytes, bool]:
        """Up to ``limit`` bytes of one file, and whether it was cut."""
        response, tar = self._archive(path)
        try:
            for member in tar:
                if member.isfile():
                    handle = tar.extractfile(member)
                    if handle is None:
                        break
                    data = handle.read(limit)
                    return data, member.size > limit
                if member.isdir():
                    raise ValidationError(
                        translate("core", "{path} is a folder").format(path=path),
                        translate("core", "Open it to list its files."),
                    )
            raise ValidationError(
                translate("core", "{path} is not a regular file").format(path=path),
                translate("core", "Links and devices have no text."),
            )
        finally:
            response.close()

    def close(self) -> None:
        try:
            self.client.remove_container(self.container, force=True)
        except Exception:
            pass
