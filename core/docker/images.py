"""Images as plain data from one list call (``docker images``), and the engine-wide disk
use (``docker system df``), computed on demand only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from core.docker.api import DockerAPI


@dataclass(frozen=True, slots=True)
class Image:
    id: str
    tags: tuple[str, ...]
    size: int
    created: float
    digests: tuple[str, ...] = ()
    parent: str = ""
    containers: int = 0  # how many containers (any state) use it
    intermediate: bool = False  # only in `docker images -a`: a parent left by a build
    engine: str = ""  # the name of the engine that holds it ("" when it does not matter)

    @property
    def key(self) -> tuple[str, str]:
        """(engine, id): unique across every engine shown together."""
        return self.engine, self.id

    @property
    def short_id(self) -> str:
        return self.id.removeprefix("sha256:")[:12]

    @property
    def dangling(self) -> bool:
        return not self.tags and not self.intermediate

    @classmethod
    def from_list_entry(
        cls, entry: Mapping[str, Any], used: Mapping[str, int] | None = None, engine: str = ""
    ) -> Image:
        tags = tuple(t for t in entry.get("RepoTags") or () if t != "<none>:<none>")
        digests = tuple(d for d in entry.get("RepoDigests") or () if d != "<none>@<none>")
        iid = str(entry.get("Id", ""))
        return cls(
            id=iid,
            tags=tags,
            size=int(entry.get("Size") or 0),
            created=float(entry.get("Created") or 0),
            digests=digests,
            parent=str(entry.get("ParentId") or ""),
            containers=(used or {}).get(iid, 0),
            engine=engine,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "tags": list(self.tags),
            "size": self.size,
            "created": dt.datetime.fromtimestamp(self.created, tz=dt.UTC).isoformat(),
            "digests": list(self.digests),
            "dangling": self.dangling,
            "containers": self.containers,
        }


def usage_by_image(containers: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    used: dict[str, int] = {}
    for c in containers:
        iid = str(c.get("ImageID") or "")
        if iid:
            used[iid] = used.get(iid, 0) + 1
    return used


def list_images(client: DockerAPI, include_intermediate: bool = False) -> list[Image]:
    """Every image in one call (plus one container list for "used by"); with
    ``include_intermediate`` also the untagged parents only ``docker images -a`` shows."""
    used = usage_by_image(client.containers(all=True))
    top = [Image.from_list_entry(e, used) for e in client.images()]
    if not include_intermediate:
        return top
    known = {i.id for i in top}
    extra = [
        replace(Image.from_list_entry(e, used), intermediate=True)
        for e in client.images(all=True)
        if str(e.get("Id", "")) not in known
    ]
    return top + extra


@dataclass(frozen=True, slots=True)
class DiskUse:
    kind: str  # images | containers | volumes | build cache
    count: int
    active: int
    size: int
    reclaimable: int

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "count": self.count,
            "active": self.active,
            "size": self.size,
            "reclaimable": self.reclaimable,
        }


def disk_use(client: DockerAPI) -> list[DiskUse]:
    """`docker system df`: expensive for the engine, so only when asked."""
    df = client.df()
    images = df.get("Images") or []
    containers = df.get("Containers") or []
    volumes = df.get("Volumes") or []
    cache = df.get("BuildCache") or []
    image_size = int(df.get("LayersSize") or sum(int(i.get("Size") or 0) for i in images))
    used_images = [i for i in images if int(i.get("Containers") or 0) > 0]
    # the docker CLI's rule: what images in use hold beyond shared layers stays
    in_use = sum(
        int(i.get("Size") or 0) - int(i.get("SharedSize") or 0)
        for i in used_images
        if int(i.get("SharedSize") or 0) >= 0
    )
    reclaim_images = max(0, image_size - in_use)
    running = [c for c in containers if c.get("State") == "running"]
    vol_used = [v for v in volumes if int((v.get("UsageData") or {}).get("RefCount") or 0) > 0]

    def vol_size(v: Mapping[str, Any]) -> int:
        return max(0, int((v.get("UsageData") or {}).get("Size") or 0))

    return [
        DiskUse(
            "images",
            len(images),
            len(used_images),
            image_size,
            reclaim_images if used_images else image_size,
        ),
        DiskUse(
            "containers",
            len(containers),
            len(running),
            sum(int(c.get("SizeRw") or 0) for c in containers),
            sum(int(c.get("SizeRw") or 0) for c in containers if c not in running),
        ),
        DiskUse(
            "volumes",
            len(volumes),
            len(vol_used),
            sum(vol_size(v) for v in volumes),
            sum(vol_size(v) for v in volumes if v not in vol_used),
        ),
        DiskUse(
            "build cache",
            len(cache),
            sum(1 for b in cache if b.get("InUse")),
            sum(int(b.get("Size") or 0) for b in cache),
            sum(
                int(b.get("Size") or 0) for b in cache if not b.get("InUse") and not b.get("Shared")
            ),
        ),
    ]
