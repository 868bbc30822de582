"""The swarm as the GUI paints it: one load, then events for what they tell and a poll of
task states for what they do not.

``SwarmState`` holds the nodes, services, tasks, configs and secrets of a swarm by id.
``load`` reads each kind with one call; ``apply_event`` re-reads only the object a
service, node, secret or config event names (a remove event drops it); ``poll_tasks``
re-reads the tasks of the services shown (the engine sends no task events: the caller
polls only while they are visible, at most every 2 s). Each returns the row-level changes
(``SwarmChange``): an object whose re-read says the same (same version, same counts) is no
change, so an idle swarm costs its viewers nothing.

A service's running count comes from its tasks, as ``docker service ls`` counts them:
tasks that run and should run, on nodes that are not down; a global service wants one
task on each such node.

``SwarmWatcher`` follows the engine's event stream (types service, node, secret, config:
API 1.30 and newer) on a thread of its own, reconnects with backoff and stops promptly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from core.logfile import get_logger
from core.swarm.errors import swarm_error
from core.swarm.model import Node, Service, SwarmObject, Task
from core.text import translate

if TYPE_CHECKING:
    from core.docker.api import DockerAPI

log = get_logger("swarm.state")

Kind = Literal["node", "service", "task", "config", "secret"]
Action = Literal["added", "changed", "removed"]
Item = Node | Service | Task | SwarmObject
Json = Mapping[str, Any]

EVENT_TYPES = ("service", "node", "secret", "config")
EVENTS_MIN_API = (1, 30)  # node, secret and config events
REMOVE_ACTIONS = frozenset({"remove", "delete", "destroy"})


@dataclass(frozen=True, slots=True)
class SwarmChange:
    kind: Kind
    action: Action
    item: Item


def _is_not_found(exc: BaseException) -> bool:
    status = getattr(getattr(exc, "response", None), "status_code", None)
    return status == 404 or type(exc).__name__ == "NotFound"


class SwarmState:
    """The cache of one swarm (read on a manager). Mutations hold ``lock``; readers that
    are not on the mutating thread use the ``*_list`` / ``tasks_of`` copies."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.services: dict[str, Service] = {}
        self.tasks: dict[str, Task] = {}
        self.configs: dict[str, SwarmObject] = {}
        self.secrets: dict[str, SwarmObject] = {}
        self._raw_services: dict[str, Json] = {}
        self._task_ids: dict[str, set[str]] = {}  # service id → its task ids
        self.lock = threading.RLock()
        self.loaded = False

    # -- reading ---------------------------------------------------------------------------
    def node_list(self) -> list[Node]:
        with self.lock:
            return sorted(self.nodes.values(), key=lambda n: (n.hostname, n.id))

    def service_list(self) -> list[Service]:
        with self.lock:
            return sorted(self.services.values(), key=lambda s: (s.name, s.id))

    def tasks_of(self, service_id: str) -> list[Task]:
        """A service's tasks as ``docker service ps`` lists them: by slot (or node), the
        current task of each before its history, newest first."""
        with self.lock:
            tasks = [self.tasks[t] for t in self._task_ids.get(service_id, ()) if t in self.tasks]
        return sorted(tasks, key=_task_order)

    def object_list(self, kind: Literal["config", "secret"]) -> list[SwarmObject]:
        with self.lock:
            store = self.configs if kind == "config" else self.secrets
            return sorted(store.values(), key=lambda o: (o.name, o.id))

    def service_named(self, name_or_id: str) -> Service | None:
        with self.lock:
            if name_or_id in self.services:
                return self.services[name_or_id]
            for service in self.services.values():
                if service.name == name_or_id:
                    return service
            matches = [s for s in self.services.values() if s.id.startswith(name_or_id)]
            return matches[0] if len(matches) == 1 else None

    # -- loading ---------------------------------------------------------------------------
    def load(self, api: DockerAPI) -> list[SwarmChange]:
        """Read everything (one call per kind); the changes against what was held."""
        what = translate("core", "read the swarm")
        try:
            nodes = api.nodes()
            services = api.services()
            tasks = api.tasks()
            configs = api.configs()
            secrets = api.secrets()
        except Exception as exc:
            raise swarm_error(exc, what, api) from exc
        with self.lock:
            changes = self._replace("node", self.nodes, (Node.from_api(n) for n in nodes))
            self._raw_services = {str(s.get("ID")): s for s in services}
            self._task_ids = {}
            fresh_tasks = [self._task(t) for t in tasks]
            for task in fresh_tasks:
                self._task_ids.setdefault(task.service_id, set()).add(task.id)
            # tasks first: a service's counts are made from them
            task_changes = self._replace("task", self.tasks, fresh_tasks)
            fresh_services = [self._service(s) for s in self._raw_services.values()]
            changes += self._replace("service", self.services, fresh_services)
            changes += task_changes
            changes += self._replace(
                "config", self.configs, (SwarmObject.from_api(c, "config") for c in configs)
            )
            changes += self._replace(
                "secret", self.secrets, (SwarmObject.from_api(s, "secret") for s in secrets)
            )
            self.loaded = True
        return changes

    # -- events ----------------------------------------------------------------------------
    def apply_event(self, api: DockerAPI, event: Json) -> list[SwarmChange]:
        """Re-read the object a service, node, secret or config event names (a remove drops
        it): the changes. Other events are ignored."""
        kind = str(event.get("Type") or "")
        if kind not in EVENT_TYPES:
            return []
        actor = event.get("Actor") or {}
        oid = str(actor.get("ID") or event.get("id") or "")
        if not oid:
            return []
        action = str(event.get("Action") or event.get("status") or "")
        if action in REMOVE_ACTIONS:
            return self.drop(kind, oid)
        try:
            data = _inspect(api, kind, oid)
        except Exception as exc:
            if _is_not_found(exc):
                return self.drop(kind, oid)
            raise swarm_error(exc, translate("core", "read the swarm"), api) from exc
        return self.upsert(kind, data)

    def upsert(self, kind: str, data: Json) -> list[SwarmChange]:
        """One object as the engine sent it (an inspect reply), into the cache."""
        with self.lock:
            if kind == "service":
                sid = str(data.get("ID"))
                self._raw_services[sid] = data
                changes = self._put("service", self.services, self._service(data))
                if changes:
                    changes += self._rename_tasks(sid)
                return changes
            if kind == "node":
                node = Node.from_api(data)
                changes = self._put("node", self.nodes, node)
                if changes:  # a node going down changes the counts of what ran there
                    changes += self._recount(self._services_on(node.id))
                    changes += self._rename_tasks_on(node)
                return changes
            if kind in ("secret", "config"):
                store = self.secrets if kind == "secret" else self.configs
                obj = SwarmObject.from_api(data, "secret" if kind == "secret" else "config")
                return self._put("secret" if kind == "secret" else "config", store, obj)
        return []

    def drop(self, kind: str, oid: str) -> list[SwarmChange]:
        with self.lock:
            if kind == "service":
                changes = []
                service = self.services.pop(oid, None)
                self._raw_services.pop(oid, None)
                if service is not None:
                    changes.append(SwarmChange("service", "removed", service))
                for tid in self._task_ids.pop(oid, set()):
                    task = self.tasks.pop(tid, None)
                    if task is not None:
                        changes.append(SwarmChange("task", "removed", task))
                return changes
            if kind == "node" and oid in self.nodes:
                return [SwarmChange("node", "removed", self.nodes.pop(oid))]
            if kind == "secret" and oid in self.secrets:
                return [SwarmChange("secret", "removed", self.secrets.pop(oid))]
            if kind == "config" and oid in self.configs:
                return [SwarmChange("config", "removed", self.configs.pop(oid))]
            return []

    # -- tasks -----------------------------------------------------------------------------
    def poll_tasks(self, api: DockerAPI, service_ids: Iterable[str]) -> list[SwarmChange]:
        """Re-read the tasks of these services (one call): their changes, and the services'
        own when their running counts moved."""
        wanted = [s for s in dict.fromkeys(service_ids) if s]
        if not wanted:
            return []
        try:
            try:
                raw = api.tasks(filters={"service": wanted})
            except Exception as exc:
                if not _is_not_found(exc):  # one of them was removed meanwhile
                    raise
                raw = [t for t in api.tasks() if t.get("ServiceID") in wanted]
        except Exception as exc:
            raise swarm_error(exc, translate("core", "read the tasks"), api) from exc
        return self.replace_tasks(wanted, raw)

    def replace_tasks(self, service_ids: Iterable[str], raw: Iterable[Json]) -> list[SwarmChange]:
        """The tasks of ``service_ids`` are now ``raw`` (a task list reply)."""
        wanted = set(service_ids)
        with self.lock:
            fresh: dict[str, set[str]] = {sid: set() for sid in wanted}
            changes: list[SwarmChange] = []
            for data in raw:
                task = self._task(data)
                if task.service_id not in wanted:
                    continue
                fresh[task.service_id].add(task.id)
                changes += self._put("task", self.tasks, task)
            for sid in wanted:
                for tid in self._task_ids.get(sid, set()) - fresh[sid]:
                    gone = self.tasks.pop(tid, None)
                    if gone is not None:
                        changes.append(SwarmChange("task", "removed", gone))
                if sid in self.services or fresh[sid]:
                    self._task_ids[sid] = fresh[sid]
            if changes:
                changes += self._recount(wanted)
            return changes

    # -- inside ------------------------------------------------------------------------------
    def _task(self, data: Json) -> Task:
        task = Task.from_api(data)
        service = self.services.get(task.service_id)
        raw = self._raw_services.get(task.service_id)
        service_name = service.name if service else _raw_name(raw)
        node = self.nodes.get(task.node_id)
        return task.with_names(service_name, node.hostname if node else "")

    def _counts(self, sid: str) -> tuple[int, int]:
        """(running, should run) of a service's tasks on nodes that are not down."""
        running = desired = 0
        for tid in self._task_ids.get(sid, ()):
            task = self.tasks.get(tid)
            if task is None or task.desired_state != "running":
                continue
            node = self.nodes.get(task.node_id)
            if node is not None and node.status == "down":
                continue
            desired += 1
            if task.state == "running":
                running += 1
        return running, desired

    def _service(self, data: Json) -> Service:
        sid = str(data.get("ID"))
        running, desired = self._counts(sid)
        return Service.from_api(data, running=running, desired_global=desired)

    def _recount(self, service_ids: Iterable[str]) -> list[SwarmChange]:
        changes: list[SwarmChange] = []
        for sid in service_ids:
            raw = self._raw_services.get(sid)
            if raw is not None:
                changes += self._put("service", self.services, self._service(raw))
        return changes

    def _services_on(self, node_id: str) -> set[str]:
        return {t.service_id for t in self.tasks.values() if t.node_id == node_id}

    def _rename_tasks(self, sid: str) -> list[SwarmChange]:
        service = self.services.get(sid)
        if service is None:
            return []
        changes: list[SwarmChange] = []
        for tid in self._task_ids.get(sid, ()):
            task = self.tasks.get(tid)
            if task is not None and task.service_name != service.name:
                changes += self._put(
                    "task", self.tasks, task.with_names(service.name, task.node_hostname)
                )
        return changes

    def _rename_tasks_on(self, node: Node) -> list[SwarmChange]:
        changes: list[SwarmChange] = []
        for task in list(self.tasks.values()):
            if task.node_id == node.id and task.node_hostname != node.hostname:
                changes += self._put(
                    "task", self.tasks, task.with_names(task.service_name, node.hostname)
                )
        return changes

    @staticmethod
    def _put(kind: Kind, store: dict[str, Any], item: Any) -> list[SwarmChange]:
        old = store.get(item.id)
        if old is not None and old.version == item.version and old == item:
            return []
        store[item.id] = item
        return [SwarmChange(kind, "added" if old is None else "changed", item)]

    @classmethod
    def _replace(cls, kind: Kind, store: dict[str, Any], fresh: Iterable[Any]) -> list[SwarmChange]:
        changes: list[SwarmChange] = []
        seen = set()
        for item in fresh:
            seen.add(item.id)
            changes += cls._put(kind, store, item)
        for oid in [o for o in store if o not in seen]:
            changes.append(SwarmChange(kind, "removed", store.pop(oid)))
        return changes


def _inspect(api: DockerAPI, kind: str, oid: str) -> Json:
    if kind == "service":
        return api.inspect_service(oid)
    if kind == "node":
        return api.inspect_node(oid)
    if kind == "secret":
        return api.inspect_secret(oid)
    return api.inspect_config(oid)


def _raw_name(raw: Json | None) -> str:
    spec = (raw or {}).get("Spec") or {}
    return str(spec.get("Name") or "")


def _task_order(task: Task) -> tuple[int, str, int, str]:
    slot = task.slot if task.slot is not None else 0
    # current first, then history newest first (ISO timestamps sort as text)
    return (
        slot,
        task.node_id if task.slot is None else "",
        0 if task.current else 1,
        _neg(task.started),
    )


def _neg(text: str) -> str:
    """A key that sorts ISO timestamps newest first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def api_version(api: DockerAPI) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in str(api.api_version).split("."))
    except ValueError:
        return (0,)


class SwarmWatcher:
    """The engine's swarm events on a thread: ``on_event(event)`` for each (on that thread);
    ``on_connected()`` each time the stream (re)opens — the stream is open first, so a
    ``load`` done then misses nothing; ``on_error(err)`` when it breaks or cannot be had."""

    BACKOFF = (0.25, 0.5, 1.0, 2.0, 5.0)

    def __init__(
        self,
        api_getter: Callable[[], DockerAPI | None],
        on_event: Callable[[Json], None],
        filters: Mapping[str, Any] | None = None,
        *,
        on_connected: Callable[[], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._api_getter = api_getter
        self._on_event = on_event
        self.filters = dict(filters) if filters else {"type": list(EVENT_TYPES)}
        self._on_connected = on_connected
        self._on_error = on_error
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._stream: Any = None
        self._stream_lock = threading.Lock()
        self.connected = threading.Event()
        self.sessions = 0  # how many times the stream was opened

    def start(self) -> None:
        if self._thread is not None:
            return
        import docker  # noqa: F401  (docker-py imports itself circularly: do it here first)

        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="swarm-events", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> bool:
        """Close the stream and wait up to ``timeout`` for the thread; True when it ended."""
        self._stop.set()
        self._close_stream()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _close_stream(self) -> None:
        with self._stream_lock:
            stream = self._stream
        if stream is not None:
            try:
                stream.close()
            except Exception:
                log.debug("closing the swarm events stream failed", exc_info=True)

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                if self._session():
                    attempt = 0
            except Exception as exc:
                if self._stop.is_set():
                    break
                log.info("swarm events stream ended: %s", exc)
                if self._on_error is not None:
                    self._on_error(exc)
            self.connected.clear()
            if self._stop.is_set():
                break
            delay = self.BACKOFF[min(attempt, len(self.BACKOFF) - 1)]
            attempt += 1
            self._stop.wait(delay)

    def _session(self) -> bool:
        api = self._api_getter()
        if api is None:
            return False
        if api_version(api) < EVENTS_MIN_API:
            from core.errors import DockerError

            raise DockerError(
                translate(
                    "core", "This engine's API ({version}) is older than 1.30: no swarm events"
                ).format(version=api.api_version),
                translate("core", "Refresh the swarm views by hand, or update the engine."),
            )
        stream = api.events(decode=True, filters=self.filters)
        with self._stream_lock:
            self._stream = stream
        try:
            if self._stop.is_set():
                return False
            self.sessions += 1
            self.connected.set()
            if self._on_connected is not None:
                self._on_connected()
            for event in stream:
                if self._stop.is_set():
                    return True
                try:
                    self._on_event(event)
                except Exception as exc:  # one bad event does not end the stream
                    log.warning("a swarm event could not be applied: %s", exc, exc_info=True)
                    if self._on_error is not None:
                        self._on_error(exc)
            if not self._stop.is_set():
                raise ConnectionError("the events stream closed")
            return True
        finally:
            with self._stream_lock:
                self._stream = None
            try:
                stream.close()
            except Exception:
                log.debug("closing the swarm events stream failed", exc_info=True)


def event_time(event: Json) -> float:
    """The engine's time of an event (seconds since the epoch), else now."""
    nano = event.get("timeNano")
    if isinstance(nano, int) and nano > 0:
        return nano / 1e9
    seconds = event.get("time")
    return float(seconds) if isinstance(seconds, int | float) else time.time()
