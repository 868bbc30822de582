"""Image operations: tag, untag one of several tags, remove (with force, or every
dangling one), history."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.docker.batch import remove_each
from core.errors import ValidationError
from core.jobs import Job
from core.text import translate

# a reference as `docker tag` accepts it: lower-case repository path, optional tag
_COMPONENT = re.compile(r"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$")
_REGISTRY = re.compile(r"^[a-zA-Z0-9.-]+(?::\d+)?$")
_TAG = re.compile(r"^[\w][\w.-]{0,127}$")


def parse_reference(ref: str) -> tuple[str, str]:
    """'repo[:tag]' → (repo, tag); refuses what Docker refuses, with the reason."""
    text = ref.strip()
    if not text:
        raise ValidationError(
            translate("core", "The reference is empty."),
            translate("core", "Write repository[:tag], e.g. app:1.0."),
        )
    repo, tag = text, "latest"
    last = text.rsplit("/", 1)[-1]
    if ":" in last:
        repo, _, tag = text.rpartition(":")
        if not tag:
            raise ValidationError(
                translate("core", "{ref!r} has an empty tag").format(ref=ref),
                translate("core", "Write app:1.0 or leave out ':'."),
            )
    parts = repo.split("/")
    registry_ok = True
    if len(parts) > 1 and ("." in parts[0] or ":" in parts[0] or parts[0] == "localhost"):
        registry_ok = bool(_REGISTRY.match(parts[0]))  # a registry host: upper case allowed
        parts = parts[1:]
    if "::" in text or not registry_ok or not all(_COMPONENT.match(p) for p in parts):
        raise ValidationError(
            translate("core", "{ref!r} is not a valid image reference").format(ref=ref),
            translate(
                "core", "Repository names are lower case: letters, digits and . _ - separators."
            ),
        )
    if not _TAG.match(tag):
        raise ValidationError(
            translate("core", "{tag!r} is not a valid tag").format(tag=tag),
            translate("core", "Tags use letters, digits, _ . and -, up to 128 characters."),
        )
    return repo, tag


def tag_image(job: Job, client: DockerAPI, image_id: str, reference: str) -> str:
    repo, tag = parse_reference(reference)
    try:
        client.tag(image_id, repo, tag)
    except Exception as exc:
        raise docker_error(exc, f"tag {reference}") from exc
    job.log(f"tagged {image_id[:19]} as {repo}:{tag}")
    return f"{repo}:{tag}"


@dataclass(frozen=True, slots=True)
class Untagged:
    reference: str  # the tag removed, as repo:tag
    image_id: str
    remaining: tuple[str, ...]  # the image's other tags, which it keeps

    def to_json(self) -> dict[str, Any]:
        return {
            "untagged": self.reference,
            "image": self.image_id,
            "remaining": list(self.remaining),
        }


def untag_image(job: Job | None, client: DockerAPI, reference: str) -> Untagged:
    """Remove one tag of an image that has others (``docker rmi repo:tag`` without force
    removes only that name then); the last tag is refused: removing it would remove the
    image, which is what Remove is for."""
    repo, tag = parse_reference(reference)
    ref = f"{repo}:{tag}"
    try:
        info = client.inspect_image(ref)
    except Exception as exc:
        raise docker_error(exc, f"untag {ref}") from exc
    tags = [str(t) for t in info.get("RepoTags") or ()]
    image_id = str(info.get("Id", ""))
    if ref not in tags:
        raise ValidationError(
            translate("core", "{ref} is not a tag of a local image").format(ref=ref),
            translate("core", "Pick one of the image's tags."),
        )
    if len(tags) < 2:
        raise ValidationError(
            translate("core", "{ref} is the only tag of its image").format(ref=ref),
            translate("core", "Untagging it would remove the image: use Remove for that."),
        )
    try:
        client.remove_image(ref, force=False, noprune=True)
    except Exception as exc:
        raise docker_error(exc, f"untag {ref}") from exc
    if job is not None:
        job.log(f"untagged {ref} ({image_id.removeprefix('sha256:')[:12]})")
    return Untagged(ref, image_id, tuple(t for t in tags if t != ref))


def remove_images(
    job: Job, client: DockerAPI, refs: Sequence[str], force: bool = False
) -> list[str]:
    return remove_each(
        job,
        refs,
        kind="image",
        label=str,
        remove=lambda ref: client.remove_image(ref, force=force),
        hint=translate(
            "core", "An image used by a container needs that container removed first, or force."
        ),
    )


def remove_dangling(job: Job, client: DockerAPI) -> int:
    dangling = [i["Id"] for i in client.images(filters={"dangling": True})]
    if dangling:
        remove_images(job, client, dangling)
    job.log(f"{len(dangling)} dangling image(s) removed")
    return len(dangling)


@dataclass(frozen=True, slots=True)
class Layer:
    id: str
    created_by: str
    size: int
    created: float
    tags: tuple[str, ...]
    shared: bool  # also part of another local image


def history(client: DockerAPI, image_id: str) -> list[Layer]:
    try:
        rows = client.history(image_id)
        others = [i["Id"] for i in client.images(all=True) if i["Id"] != image_id]
    except Exception as exc:
        raise docker_error(exc, f"history of {image_id[:19]}") from exc
    shared_ids: set[str] = set()
    for other in others[:50]:  # layers of other images, by id where the engine knows them
        try:
            shared_ids |= {r["Id"] for r in client.history(other) if r["Id"] != "<missing>"}
        except Exception:
            continue
    return [
        Layer(
            str(r.get("Id", "")),
            str(r.get("CreatedBy", "")),
            int(r.get("Size") or 0),
            float(r.get("Created") or 0),
            tuple(r.get("Tags") or ()),
            r.get("Id", "<missing>") != "<missing>" and r["Id"] in shared_ids,
        )
        for r in rows
    ]
