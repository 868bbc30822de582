"""Container figures from the cgroup files of a local engine (cgroup v1 and v2), which
costs the engine nothing, and the same figures from the engine's stats JSON otherwise."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

UNLIMITED = 2**62  # cgroup v1 writes about 2**63 for "no limit"


@dataclass(frozen=True, slots=True)
class CgroupPaths:
    version: int  # 1 or 2
    cpu: Path
    memory: Path
    io: Path
    pids: Path
    pid: int  # the container's init process, for its network namespace


@dataclass(frozen=True, slots=True)
class RawStats:
    """Cumulative counters and gauges at one moment."""

    cpu_ns: int
    mem_usage: int
    mem_inactive: int  # page cache docker stats leaves out (inactive_file)
    mem_limit: int  # 0: no limit
    blk_read: int
    blk_write: int
    pids: int
    net_rx: int
    net_tx: int

    @property
    def mem_bytes(self) -> int:
        """Memory as ``docker stats`` shows it: usage minus inactive page cache."""
        if 0 < self.mem_inactive < self.mem_usage:
            return self.mem_usage - self.mem_inactive
        return self.mem_usage


def parse_proc_cgroup(text: str) -> tuple[dict[str, str], str | None]:
    """/proc/PID/cgroup → ({v1 controller: path}, v2 unified path or None)."""
    v1: dict[str, str] = {}
    unified = None
    for line in text.splitlines():
        parts = line.strip().split(":", 2)
        if len(parts) != 3:
            continue
        _hid, controllers, path = parts
        if controllers == "":
            unified = path
            continue
        for controller in controllers.split(","):
            v1[controller] = path
    return v1, unified


def cgroup_paths(
    pid: int, root: Path = Path("/sys/fs/cgroup"), proc: Path = Path("/proc")
) -> CgroupPaths | None:
    try:
        text = (proc / str(pid) / "cgroup").read_text()
    except OSError:
        return None
    v1, unified = parse_proc_cgroup(text)
    if "memory" in v1 and "cpuacct" in v1:

        def where(controller: str, *dirs: str) -> Path:
            for d in dirs:
                candidate = root / d / v1[controller].lstrip("/")
                if candidate.is_dir():
                    return candidate
            return root / dirs[0] / v1[controller].lstrip("/")

        return CgroupPaths(
            1,
            where("cpuacct", "cpuacct", "cpu,cpuacct", "cpuacct,cpu"),
            where("memory", "memory"),
            where("blkio", "blkio") if "blkio" in v1 else root / "blkio",
            where("pids", "pids") if "pids" in v1 else root / "pids",
            pid,
        )
    if unified is not None:
        base = root / unified.lstrip("/")
        return CgroupPaths(2, base, base, base, base, pid)
    return None


def _read(path: Path | str) -> str:
    """One small kernel file, with plain os calls (no buffered text layer: this runs for
    every container every second)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return ""
    try:
        return os.read(fd, 262144).decode("ascii", "replace")
    except OSError:
        return ""
    finally:
        os.close(fd)


def _stat_value(text: str, key: str) -> int:
    """One key of a memory.stat-like file, without parsing all of it."""
    at = text.find("\n" + key + " ") + 1 if not text.startswith(key + " ") else 0
    if at == 0 and not text.startswith(key + " "):
        return 0
    end = text.find("\n", at)
    try:
        return int(text[at + len(key) + 1 : end if end >= 0 else None])
    except ValueError:
        return 0


def _int(text: str) -> int:
    text = text.strip()
    if not text or text == "max":
        return 0
    try:
        return int(text)
    except ValueError:
        return 0


def parse_blkio_v1(text: str) -> tuple[int, int]:
    """blkio.throttle.io_service_bytes: 'MAJ:MIN Read N' lines, summed."""
    read = write = 0
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2].isdigit():
            if parts[1] == "Read":
                read += int(parts[2])
            elif parts[1] == "Write":
                write += int(parts[2])
    return read, write


def parse_io_stat_v2(text: str) -> tuple[int, int]:
    """io.stat: 'MAJ:MIN rbytes=N wbytes=N rios=…' per device, summed."""
    read = write = 0
    for line in text.splitlines():
        for field in line.split()[1:]:
            key, _, value = field.partition("=")
            if key == "rbytes" and value.isdigit():
                read += int(value)
            elif key == "wbytes" and value.isdigit():
                write += int(value)
    return read, write


def parse_net_dev(text: str) -> tuple[int, int]:
    """/proc/PID/net/dev of the container's namespace, lo left out."""
    rx = tx = 0
    for line in text.splitlines()[2:]:
        name, _, rest = line.partition(":")
        if name.strip() == "lo" or not rest:
            continue
        cols = rest.split()
        if len(cols) >= 9:
            rx += int(cols[0])
            tx += int(cols[8])
    return rx, tx


def read_cgroup(
    paths: CgroupPaths, proc: Path = Path("/proc"), previous: RawStats | None = None
) -> RawStats:
    """All figures; with ``previous``, only the fast-moving ones (CPU, memory usage,
    network) are read and the slow ones (page cache, limit, block I/O, pids) are kept:
    each file costs a system call or three, for every container, every second."""
    cpu_dir, mem_dir = f"{paths.cpu}/", f"{paths.memory}/"
    if previous is not None:
        if paths.version == 1:
            cpu = _int(_read(cpu_dir + "cpuacct.usage"))
            usage = _int(_read(mem_dir + "memory.usage_in_bytes"))
        else:
            cpu = _stat_value(_read(cpu_dir + "cpu.stat"), "usage_usec") * 1000
            usage = _int(_read(mem_dir + "memory.current"))
        rx, tx = parse_net_dev(_read(f"{proc}/{paths.pid}/net/dev"))
        return RawStats(
            cpu,
            usage,
            previous.mem_inactive,
            previous.mem_limit,
            previous.blk_read,
            previous.blk_write,
            previous.pids,
            rx,
            tx,
        )
    if paths.version == 1:
        cpu = _int(_read(cpu_dir + "cpuacct.usage"))
        usage = _int(_read(mem_dir + "memory.usage_in_bytes"))
        stat = _read(mem_dir + "memory.stat")
        inactive = _stat_value(stat, "total_inactive_file") or _stat_value(stat, "inactive_file")
        limit = _int(_read(mem_dir + "memory.limit_in_bytes"))
        read, write = parse_blkio_v1(_read(f"{paths.io}/blkio.throttle.io_service_bytes"))
    else:
        cpu = _stat_value(_read(cpu_dir + "cpu.stat"), "usage_usec") * 1000
        usage = _int(_read(mem_dir + "memory.current"))
        inactive = _stat_value(_read(mem_dir + "memory.stat"), "inactive_file")
        limit = _int(_read(mem_dir + "memory.max"))
        read, write = parse_io_stat_v2(_read(f"{paths.io}/io.stat"))
    pids = _int(_read(f"{paths.pids}/pids.current"))
    rx, tx = parse_net_dev(_read(f"{proc}/{paths.pid}/net/dev"))
    return RawStats(
        cpu, usage, inactive, limit if 0 < limit < UNLIMITED else 0, read, write, pids, rx, tx
    )


def raw_from_api(stats: Mapping[str, Any]) -> RawStats:
    """The same counters from one message of the engine's /containers/ID/stats stream."""
    cpu = int(((stats.get("cpu_stats") or {}).get("cpu_usage") or {}).get("total_usage") or 0)
    mem = stats.get("memory_stats") or {}
    mstat = mem.get("stats") or {}
    inactive = int(mstat.get("total_inactive_file", mstat.get("inactive_file", 0)) or 0)
    limit = int(mem.get("limit") or 0)
    read = write = 0
    for entry in (stats.get("blkio_stats") or {}).get("io_service_bytes_recursive") or []:
        op = str(entry.get("op", "")).lower()
        if op == "read":
            read += int(entry.get("value") or 0)
        elif op == "write":
            write += int(entry.get("value") or 0)
    rx = tx = 0
    for net in (stats.get("networks") or {}).values():
        rx += int(net.get("rx_bytes") or 0)
        tx += int(net.get("tx_bytes") or 0)
    return RawStats(
        cpu,
        int(mem.get("usage") or 0),
        inactive,
        limit if 0 < limit < UNLIMITED else 0,
        read,
        write,
        int((stats.get("pids_stats") or {}).get("current") or 0),
        rx,
        tx,
    )
