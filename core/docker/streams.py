"""Streaming engine calls (pull, push, build, load) that a job can cancel at any moment.

docker-py's streaming helpers hide the response, so a blocked read could not be
interrupted. Here the response stays in hand: a small watcher closes its socket as soon
as the job's cancel event is set, the engine sees the client go and aborts the work
(a pull or a build is never tagged half-done), and the reader ends with ``Cancelled``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from docker.types.daemon import CancellableStream

from core.docker.api import DockerAPI
from core.docker.api_errors import docker_error
from core.errors import Cancelled, EnvDockError
from core.jobs import Job


@contextmanager
def cancel_watch(job: Job, stream: CancellableStream) -> Iterator[None]:
    """Close ``stream`` when ``job`` is cancelled, for as long as the block runs."""
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.05):
            if job.cancel_event.is_set():
                try:
                    stream.close()
                except Exception:  # the socket may already be gone
                    pass
                return

    watcher = threading.Thread(target=watch, name=f"cancel-watch-{job.id}", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


def open_json_stream(
    client: DockerAPI,
    path: str,
    what: str,
    *,
    params: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    data: Any = None,
    path_args: tuple[str, ...] = (),
    explain: Callable[[str], EnvDockError] | None = None,
) -> CancellableStream:
    """POST ``path`` and return its decoded JSON messages as a closable stream.

    ``explain`` turns the engine's refusal text into a specific error."""
    try:
        response = client._post(
            client._url(path, *path_args),
            params=dict(params or {}),
            headers=dict(headers or {}),
            data=data,
            stream=True,
            timeout=None,
        )
        client._raise_for_status(response)
    except Exception as exc:
        err = docker_error(exc, what)
        explanation = getattr(exc, "explanation", None)
        if explain is not None and explanation:
            text = explanation.decode() if isinstance(explanation, bytes) else str(explanation)
            raise explain(text) from exc
        raise err from exc
    return CancellableStream(client._stream_helper(response, decode=True), response)


def messages(job: Job, stream: CancellableStream, what: str) -> Iterator[dict[str, Any]]:
    """Each message of ``stream``; ``Cancelled`` once the job is cancelled."""
    with cancel_watch(job, stream):
        try:
            for message in stream:
                if job.cancel_event.is_set():
                    break
                if isinstance(message, dict):
                    yield message
        except Exception as exc:
            if not job.cancel_event.is_set():
                raise docker_error(exc, what) from exc
        finally:
            try:
                stream.close()
            except Exception:
                pass
    if job.cancel_event.is_set():
        raise Cancelled()
