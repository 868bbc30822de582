"""``docker save`` / ``docker load``: images to and from a tar file, with progress and
cancel. A save writes ``NAME.part`` and renames it only when complete."""

from __future__ import annotations

import os
import tarfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from docker.types.daemon import CancellableStream

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.docker.streams import cancel_watch, messages, open_json_stream
from core.errors import Cancelled, DockerError, ValidationError
from core.jobs import Job
from core.text import translate

CHUNK = 1024 * 1024


def save_images(
    job: Job, client: DockerAPI, refs: Sequence[str], dest: Path, expected_size: int = 0
) -> Path:
    """Write ``refs`` (tags or ids) into one tar at ``dest``."""
    if not refs:
        raise ValidationError(
            translate("core", "No image to save."), translate("core", "Select one or more images.")
        )
    if not dest.parent.is_dir():
        raise ValidationError(
            translate("core", "The folder {0} does not exist").format(dest.parent),
            translate("core", "Choose an existing folder."),
        )
    part = dest.with_name(dest.name + ".part")
    try:
        response = client._get(
            client._url("/images/get"), params={"names": list(refs)}, stream=True, timeout=None
        )
        client._raise_for_status(response)
    except Exception as exc:
        raise docker_error(exc, f"save {', '.join(refs)}") from exc
    stream = CancellableStream(iter(()), response)
    written = 0
    try:
        with cancel_watch(job, stream), part.open("wb") as out:
            for chunk in response.iter_content(CHUNK):
                if job.cancel_event.is_set():
                    break
                out.write(chunk)
                written += len(chunk)
                if expected_size:
                    job.set_progress(min(0.99, written / expected_size))
        if job.cancel_event.is_set():
            raise Cancelled()
        os.replace(part, dest)
    except Cancelled:
        part.unlink(missing_ok=True)
        raise
    except Exception as exc:
        part.unlink(missing_ok=True)
        if job.cancel_event.is_set():
            raise Cancelled() from exc
        if isinstance(exc, OSError):
            raise DockerError(
                translate("core", "Cannot write {dest}: {0}").format(
                    exc.strerror or exc, dest=dest
                ),
                translate("core", "Check the free space and that the folder is writable."),
                details=str(exc),
            ) from exc
        raise docker_error(exc, f"save to {dest}") from exc
    finally:
        response.close()
    job.set_progress(1.0)
    job.log(f"saved {len(refs)} image(s) to {dest} ({written} bytes)")
    return dest


def _chunks(job: Job, path: Path) -> Iterator[bytes]:
    total = max(1, path.stat().st_size)
    sent = 0
    with path.open("rb") as f:
        while True:
            if job.cancel_event.is_set():
                return
            chunk = f.read(CHUNK)
            if not chunk:
                return
            sent += len(chunk)
            job.set_progress(min(0.99, sent / total))
            yield chunk


def load_images(job: Job, client: DockerAPI, src: Path) -> list[str]:
    """Load a tar made by ``docker save``; returns the loaded references/ids."""
    if not src.is_file():
        raise ValidationError(
            translate("core", "{src} does not exist").format(src=src),
            translate("core", "Choose a .tar made by docker save."),
        )
    if not tarfile.is_tarfile(src):
        raise ValidationError(
            translate("core", "{0} is not a tar archive").format(src.name),
            translate("core", "Choose a file made by docker save (or EnvDock's Save)."),
        )
    stream = open_json_stream(
        client,
        "/images/load",
        f"load {src.name}",
        params={"quiet": "0"},
        headers={"Content-Type": "application/x-tar"},
        data=_chunks(job, src),
    )
    loaded: list[str] = []
    for message in messages(job, stream, f"load {src.name}"):
        if message.get("error") or message.get("errorDetail"):
            detail = message.get("errorDetail") or {}
            raise DockerError(
                translate("core", "{0} could not be loaded: {1}").format(
                    src.name, detail.get("message") or message["error"]
                ),
                translate("core", "Is it an image archive made by docker save?"),
            )
        text = str(message.get("stream") or "")
        for line in text.splitlines():
            job.log(line)
            for prefix in ("Loaded image: ", "Loaded image ID: "):
                if line.startswith(prefix):
                    loaded.append(line.removeprefix(prefix).strip())
    if not loaded:
        raise DockerError(
            translate("core", "{0} held no image").format(src.name),
            translate("core", "Is it an image archive made by docker save?"),
        )
    job.set_progress(1.0)
    return loaded
