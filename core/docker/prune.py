"""``docker system prune`` by kind, each with a preview of exactly what would go."""

from __future__ import annotations

from dataclasses import dataclass

from docker.utils import version_gte

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.docker.volumes import volume_users
from core.jobs import Job

KINDS = ("containers", "images", "volumes", "build cache")


@dataclass(frozen=True, slots=True)
class PruneItem:
    key: str  # id or name, as the engine reports it when it removes it
    label: str
    size: int  # bytes, -1 when unknown


@dataclass(frozen=True, slots=True)
class PrunePreview:
    kind: str
    items: tuple[PruneItem, ...]

    @property
    def total(self) -> int:
        return sum(i.size for i in self.items if i.size > 0)


@dataclass(frozen=True, slots=True)
class PruneResult:
    kind: str
    removed: tuple[str, ...]
    reclaimed: int


def _volumes_all_filter(client: DockerAPI) -> dict[str, str]:
    # From API 1.42 a volume prune takes only anonymous volumes unless all=true.
    return {"all": "true"} if version_gte(str(client.api_version), "1.42") else {}


def preview(client: DockerAPI, kind: str, all_images: bool = False) -> PrunePreview:
    try:
        if kind == "containers":
            rows = client.containers(all=True, size=True)
            items = tuple(
                PruneItem(
                    str(c["Id"]),
                    f"{str((c.get('Names') or ['?'])[0]).lstrip('/')} ({c.get('State', '')})",
                    int(c.get("SizeRw") or 0),
                )
                for c in rows
                if c.get("State") in ("exited", "created", "dead")
            )
        elif kind == "images":
            used = {str(c.get("ImageID") or "") for c in client.containers(all=True)}
            rows = client.images(filters={"dangling": True}) if not all_images else client.images()
            items = tuple(
                PruneItem(
                    str(i["Id"]),
                    ", ".join(t for t in i.get("RepoTags") or () if t != "<none>:<none>")
                    or str(i["Id"]).removeprefix("sha256:")[:12],
                    int(i.get("Size") or 0),
                )
                for i in rows
                if str(i["Id"]) not in used
            )
        elif kind == "volumes":
            users = volume_users(client.containers(all=True))
            sizes = {
                str(v.get("Name")): int((v.get("UsageData") or {}).get("Size") or -1)
                for v in client.df().get("Volumes") or []
            }
            items = tuple(
                PruneItem(str(v["Name"]), str(v["Name"]), sizes.get(str(v["Name"]), -1))
                for v in client.volumes().get("Volumes") or []
                if not users.get(str(v["Name"])) and str(v.get("Driver")) == "local"
            )
        elif kind == "build cache":
            cache = client.df().get("BuildCache") or []
            items = tuple(
                PruneItem(
                    str(b.get("ID", "")),
                    f"{b.get('Type', '')} {str(b.get('Description', ''))[:80]}".strip(),
                    int(b.get("Size") or 0),
                )
                for b in cache
                if not b.get("InUse")
            )
        else:
            raise ValueError(f"unknown kind {kind!r}")
    except ValueError:
        raise
    except Exception as exc:
        raise docker_error(exc, f"preview of {kind} to prune") from exc
    return PrunePreview(kind, items)


def prune(job: Job, client: DockerAPI, kind: str, all_images: bool = False) -> PruneResult:
    try:
        if kind == "containers":
            out = client.prune_containers()
            removed = tuple(out.get("ContainersDeleted") or ())
        elif kind == "images":
            out = client.prune_images(filters={"dangling": not all_images})
            removed = tuple(
                str(d["Deleted"]) for d in out.get("ImagesDeleted") or () if d.get("Deleted")
            )
        elif kind == "volumes":
            out = client.prune_volumes(filters=_volumes_all_filter(client) or None)
            removed = tuple(out.get("VolumesDeleted") or ())
        elif kind == "build cache":
            out = client.prune_builds()
            removed = tuple(out.get("CachesDeleted") or ())
        else:
            raise ValueError(f"unknown kind {kind!r}")
    except ValueError:
        raise
    except Exception as exc:
        raise docker_error(exc, f"prune {kind}") from exc
    reclaimed = int(out.get("SpaceReclaimed") or 0)
    job.log(f"pruned {len(removed)} {kind}, {reclaimed} bytes reclaimed")
    return PruneResult(kind, removed, reclaimed)
