"""The process table: one pass over /proc per refresh, reusing what does not change.

Per process, the static facts (name, user, command line, parent, container) are read
once, when it first appears; each refresh reads only its CPU times, memory and threads
(in psutil's ``oneshot``), and CPU % comes from the delta over ``time.monotonic()``.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import psutil

from core.errors import EnvDockError, ValidationError
from core.text import translate

_CONTAINER = re.compile(r"(?:docker[-/]|/docker/|libpod-)([0-9a-f]{64})")


@dataclass(frozen=True, slots=True)
class ProcInfo:
    pid: int
    ppid: int
    name: str
    user: str
    cpu_percent: float  # of one core
    rss: int
    threads: int
    cmdline: str
    container_id: str = ""  # the Docker container this process runs in, if any
    started: float = 0.0


def container_of(pid: int, proc_root: Path = Path("/proc")) -> str:
    """The container id in /proc/PID/cgroup ('' for a host process)."""
    try:
        text = (proc_root / str(pid) / "cgroup").read_text()
    except OSError:
        return ""
    match = _CONTAINER.search(text)
    return match.group(1) if match else ""


_PROC_STAT = os.path.exists("/proc/self/stat")
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _read_stat(pid: int) -> tuple[float, int, int] | None:
    """CPU seconds, RSS bytes and threads from /proc/PID/stat: one read per process
    per refresh instead of psutil's three. None when it cannot be read."""
    try:
        fd = os.open(f"/proc/{pid}/stat", os.O_RDONLY)
    except FileNotFoundError as exc:
        raise psutil.NoSuchProcess(pid) from exc
    except OSError:
        return None
    try:
        data = os.read(fd, 4096)
    except OSError:
        return None
    finally:
        os.close(fd)
    rest = data[data.rfind(b")") + 2 :].split(None, 22)
    try:
        cpu = (int(rest[11]) + int(rest[12])) / _TICKS
        return cpu, int(rest[21]) * _PAGE, int(rest[17])
    except (IndexError, ValueError):
        return None


@dataclass(slots=True)
class _Known:
    proc: psutil.Process
    info: ProcInfo
    cpu_time: float
    at: float


class ProcessTable:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._known: dict[int, _Known] = {}
        self._skip: dict[int, int] = {}  # pid -> refresh after which to look again
        self._refreshes = 0
        self.cores = psutil.cpu_count() or 1

    def sample(self) -> list[ProcInfo]:
        now = self.clock()
        self._refreshes += 1
        pids = set(psutil.pids())
        for gone in [p for p in self._known if p not in pids]:
            del self._known[gone]
        for gone in [p for p in self._skip if p not in pids]:
            del self._skip[gone]
        out: list[ProcInfo] = []
        for pid in pids:
            known = self._known.get(pid)
            try:
                if known is None:
                    if self._skip.get(pid, 0) > self._refreshes:
                        continue  # a zombie or a process we may not read: look again later
                    known = self._first_look(pid, now)
                    if known is None:
                        self._skip[pid] = self._refreshes + 10
                        continue
                    self._known[pid] = known
                    out.append(known.info)
                    continue
                fast = _read_stat(pid) if _PROC_STAT else None
                if fast is not None:
                    cpu_time, rss, threads = fast
                else:
                    proc = known.proc
                    with proc.oneshot():
                        times = proc.cpu_times()
                        rss = int(proc.memory_info().rss)
                        threads = int(proc.num_threads())
                    cpu_time = float(times.user + times.system)
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                self._known.pop(pid, None)
                continue
            dt = now - known.at
            cpu = max(0.0, 100.0 * (cpu_time - known.cpu_time) / dt) if dt > 0 else 0.0
            if (cpu, rss, threads) != (known.info.cpu_percent, known.info.rss, known.info.threads):
                known.info = replace(known.info, cpu_percent=cpu, rss=rss, threads=threads)
            known.cpu_time, known.at = cpu_time, now
            out.append(known.info)
        return out

    def _first_look(self, pid: int, now: float) -> _Known | None:
        try:
            proc = psutil.Process(pid)
            with proc.oneshot():
                name = proc.name()
                ppid = proc.ppid()
                try:
                    user = proc.username()
                except (KeyError, psutil.AccessDenied):
                    user = str(proc.uids().real)
                try:
                    cmdline = " ".join(proc.cmdline())
                except psutil.AccessDenied:
                    cmdline = ""
                times = proc.cpu_times()
                mem = proc.memory_info()
                threads = proc.num_threads()
                started = proc.create_time()
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            return None
        info = ProcInfo(
            pid,
            ppid,
            name,
            user,
            0.0,  # the first look only primes the CPU figure
            int(mem.rss),
            int(threads),
            cmdline or f"[{name}]",
            container_of(pid),
            started,
        )
        return _Known(proc, info, float(times.user + times.system), now)


def end_process(pid: int, force: bool = False) -> str:
    """SIGTERM (or SIGKILL with ``force``) one process; refuses EnvDock itself and pid 1."""
    if pid <= 1:
        raise ValidationError(
            translate("core", "Process 1 is the system's init"),
            translate("core", "It cannot be stopped from here."),
        )
    if pid == os.getpid():
        raise ValidationError(
            translate("core", "That is EnvDock itself"),
            translate("core", "Close the window instead."),
        )
    try:
        proc = psutil.Process(pid)
        name = proc.name()
        proc.send_signal(signal.SIGKILL if force else signal.SIGTERM)
    except psutil.NoSuchProcess as exc:
        raise EnvDockError(
            translate("core", "Process {pid} has already ended").format(pid=pid),
            translate("core", "The table refreshes by itself."),
        ) from exc
    except psutil.AccessDenied as exc:
        raise EnvDockError(
            translate("core", "Not allowed to signal process {pid}").format(pid=pid),
            translate("core", "It belongs to another user; run the command with sudo if you must."),
        ) from exc
    return name
