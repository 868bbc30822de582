"""Pull and push with per-layer progress, cancellable, with the engine's words kept.

The engine reports each layer by id ("Downloading 3.1MB/20MB", "Extracting",
"Pull complete", "Pushing", "Layer already exists"); :class:`TransferProgress` folds
those messages into one row per layer and an overall fraction.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from docker import auth as docker_auth

from core.docker.api import DockerAPI
from core.docker.image_ops import parse_reference
from core.docker.streams import messages, open_json_stream
from core.errors import DockerError
from core.jobs import Job
from core.text import translate

# statuses after which a layer counts as finished
_DONE = {
    "pull complete",
    "already exists",
    "pushed",
    "layer already exists",
    "mounted from",
}
# how much of a pulled layer's work is the download (the rest is extracting)
_DOWNLOAD_SHARE = 0.7


@dataclass(slots=True)
class LayerState:
    id: str
    status: str = ""
    current: int = 0
    total: int = 0
    done: bool = False

    @property
    def fraction(self) -> float:
        if self.done:
            return 1.0
        part = self.current / self.total if self.total > 0 else 0.0
        status = self.status.lower()
        if status.startswith("downloading"):
            return _DOWNLOAD_SHARE * part
        if status.startswith(("verifying", "download complete")):
            return _DOWNLOAD_SHARE
        if status.startswith("extracting"):
            return _DOWNLOAD_SHARE + (1 - _DOWNLOAD_SHARE) * part
        if status.startswith("pushing"):
            return part
        return 0.0


@dataclass(slots=True)
class TransferProgress:
    """Everything the engine said about one pull or push, folded per layer."""

    reference: str
    layers: dict[str, LayerState] = field(default_factory=dict)
    status_lines: list[str] = field(default_factory=list)
    digest: str = ""
    up_to_date: bool = False
    finished: bool = False

    def feed(self, message: Mapping[str, Any]) -> None:
        if message.get("error") or message.get("errorDetail"):
            detail = message.get("errorDetail") or {}
            raise transfer_error(self.reference, str(detail.get("message") or message.get("error")))
        aux = message.get("aux")
        if isinstance(aux, Mapping) and aux.get("Digest"):
            self.digest = str(aux["Digest"])
            self.finished = True
        status = str(message.get("status") or "")
        layer_id = str(message.get("id") or "")
        detail = message.get("progressDetail") or {}
        # layer messages carry a layer id (12 hex); "Pulling from"/tag lines carry a tag
        is_layer = len(layer_id) >= 12 and not status.startswith(("Pulling from", "The push"))
        if is_layer and status:
            layer = self.layers.setdefault(layer_id, LayerState(layer_id))
            layer.status = status
            if isinstance(detail, Mapping) and detail.get("total"):
                layer.current = int(detail.get("current") or 0)
                layer.total = int(detail.get("total") or 0)
            if status.lower().startswith(tuple(_DONE)):
                layer.done = True
            return
        if status:
            self.status_lines.append(status)
            lowered = status.lower()
            if lowered.startswith("digest:"):
                self.digest = status.split(":", 1)[1].strip()
            if "image is up to date" in lowered:
                self.up_to_date = True
                self.finished = True
            if lowered.startswith("status: downloaded newer image"):
                self.finished = True
            if ": digest: sha256:" in lowered:  # push: "latest: digest: sha256:… size: 527"
                self.digest = status.split("digest:", 1)[1].split(maxsplit=1)[0]
                self.finished = True

    @property
    def fraction(self) -> float | None:
        if not self.layers:
            return None
        return sum(layer.fraction for layer in self.layers.values()) / len(self.layers)

    @property
    def bytes_total(self) -> int:
        return sum(layer.total for layer in self.layers.values())

    @property
    def bytes_done(self) -> int:
        return sum(
            layer.total if layer.done else min(layer.current, layer.total)
            for layer in self.layers.values()
        )

    def snapshot(self) -> TransferProgress:
        return TransferProgress(
            self.reference,
            {
                k: LayerState(v.id, v.status, v.current, v.total, v.done)
                for k, v in self.layers.items()
            },
            list(self.status_lines),
            self.digest,
            self.up_to_date,
            self.finished,
        )


ProgressCallback = Callable[[TransferProgress], None]


def transfer_error(reference: str, text: str) -> DockerError:
    """The engine's words, with what to do about the usual causes."""
    lowered = text.lower()
    registry = registry_of(reference)
    if "no basic auth credentials" in lowered or "unauthorized" in lowered or "401" in lowered:
        return DockerError(
            translate(
                "core", "{registry} refused {reference}: not logged in or not allowed"
            ).format(registry=registry, reference=reference),
            translate(
                "core",
                "Log in to {registry} (Registries panel, or docker login {registry}) and retry.",
            ).format(registry=registry),
            details=text,
        )
    if "manifest unknown" in lowered or "not found" in lowered:
        return DockerError(
            translate("core", "{reference} does not exist on {registry}").format(
                reference=reference, registry=registry
            ),
            translate(
                "core", "Check the repository name and the tag (the registry browser lists both)."
            ),
            details=text,
        )
    if "connection refused" in lowered or "no such host" in lowered or "dial tcp" in lowered:
        return DockerError(
            translate("core", "{registry} cannot be reached").format(registry=registry),
            translate(
                "core", "Check that the registry is running and its address (host:port) is right."
            ),
            details=text,
        )
    if "does not exist" in lowered and "tag" in lowered:
        return DockerError(
            translate("core", "{reference} is not a local image").format(reference=reference),
            translate("core", "Tag it first."),
            details=text,
        )
    return DockerError(
        translate("core", "{reference}: {text}").format(reference=reference, text=text),
        details=text,
    )


def registry_of(reference: str) -> str:
    registry, _repo = docker_auth.resolve_repository_name(reference.split("@", maxsplit=1)[0])
    return "docker.io" if registry == docker_auth.INDEX_NAME else registry


def _auth_header(client: DockerAPI, reference: str) -> dict[str, str]:
    """Credentials as Docker's own config holds them (re-read: a login may be recent)."""
    try:
        client.reload_config()
        registry, _ = docker_auth.resolve_repository_name(reference)
        header = docker_auth.get_config_header(client, registry)
    except Exception:  # a broken config or credential helper: go on without auth
        header = None
    # the engine wants the header even when empty (a push refuses to start without it)
    return {"X-Registry-Auth": header or docker_auth.encode_header({})}


def _run_transfer(
    job: Job,
    client: DockerAPI,
    reference: str,
    direction: str,
    on_progress: ProgressCallback | None,
) -> TransferProgress:
    """``direction`` "pull" or "push" of one ``repository:tag``."""
    repo, tag = parse_reference(reference)
    reference = f"{repo}:{tag}"
    what = f"{direction} {reference}"
    path_args: tuple[str, ...]
    params: dict[str, str]
    if direction == "pull":
        path, params, path_args = "/images/create", {"fromImage": repo, "tag": tag}, ()
    else:
        path, params, path_args = "/images/{0}/push", {"tag": tag}, (repo,)
    progress = TransferProgress(reference)
    stream = open_json_stream(
        client,
        path,
        what,
        params=params,
        headers=_auth_header(client, reference),
        path_args=path_args,
        explain=lambda text: transfer_error(reference, text),
    )
    last = 0.0
    for message in messages(job, stream, what):
        before = len(progress.status_lines)
        progress.feed(message)
        for line in progress.status_lines[before:]:
            job.log(line)
        now = time.monotonic()
        if now - last >= 0.1:
            last = now
            job.set_progress(progress.fraction)
            if on_progress is not None:
                on_progress(progress.snapshot())
    if not progress.finished:
        raise DockerError(
            translate("core", "{what}: the engine stopped answering before the end").format(
                what=what
            ),
            translate("core", "Check the engine and the registry, then retry."),
            details="\n".join(progress.status_lines[-20:]),
        )
    job.set_progress(1.0)
    if on_progress is not None:
        on_progress(progress.snapshot())
    return progress


def pull_image(
    job: Job, client: DockerAPI, reference: str, on_progress: ProgressCallback | None = None
) -> TransferProgress:
    """``docker pull``: nothing is tagged unless the whole image arrived."""
    progress = _run_transfer(job, client, reference, "pull", on_progress)
    ref = progress.reference
    job.log(f"{ref} is up to date" if progress.up_to_date else f"pulled {ref}")
    return progress


def push_image(
    job: Job, client: DockerAPI, reference: str, on_progress: ProgressCallback | None = None
) -> TransferProgress:
    """``docker push`` of one tag."""
    progress = _run_transfer(job, client, reference, "push", on_progress)
    job.log(f"pushed {progress.reference} ({progress.digest})")
    return progress
