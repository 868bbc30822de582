"""Remove several things one by one: what went, what was kept and why, one error at the end."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from core.docker.api_errors import docker_error
from core.errors import DockerError
from core.jobs import Job
from core.text import translate

T = TypeVar("T")


def remove_each(
    job: Job,
    items: Sequence[T],
    *,
    kind: str,
    label: Callable[[T], str],
    remove: Callable[[T], object],
    hint: str,
    refuse: Callable[[T], str] | None = None,
    explain: Callable[[T, str], str] | None = None,
) -> list[str]:
    """``remove`` each item (``refuse`` may say why one must stay); the labels removed, or a
    DockerError naming every item kept (the first one's reason when there was only one)."""
    removed: list[str] = []
    failed: list[str] = []
    for item in items:
        name = label(item)
        reason = refuse(item) if refuse is not None else ""
        if not reason:
            try:
                remove(item)
                removed.append(name)
                job.log(f"removed {kind} {name}")
                continue
            except Exception as exc:
                reason = docker_error(exc, f"remove {kind} {name}").message
                if explain is not None:
                    reason = explain(item, reason)
        failed.append(reason)
        job.log(f"kept {name} — {reason}")
    if failed:
        raise DockerError(
            failed[0]
            if len(items) == 1
            else translate("core", "{0} of {1} {2}s were kept").format(
                len(failed), len(items), kind
            ),
            hint,
            details="\n".join(failed),
        )
    return removed
