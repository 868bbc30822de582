"""The host sampler: one thread, one reading per tick, written into ring buffers.

Cheap figures every tick (CPU, memory, swap, load, disk and network counters); costly
ones less often (CPU frequency every 10 ticks, sensors every 5, mount usage every 10).
The GUI reads the rings on its own timer: no signal per sample.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psutil

from core.host.gpu import GpuSample, GpuSource
from core.host.rates import RateMeter
from core.host.ring import Ring

HISTORY_SECONDS = 3600
SKIP_DISKS = ("loop", "ram", "zram", "sr", "fd")
SKIP_FS = {"tmpfs", "devtmpfs", "overlay", "squashfs", "proc", "sysfs", "cgroup", "cgroup2"}


@dataclass(frozen=True, slots=True)
class MountUse:
    mount: str
    device: str
    fstype: str
    total: int
    used: int

    @property
    def percent(self) -> float:
        return 100.0 * self.used / self.total if self.total else 0.0


@dataclass(slots=True)
class HostSnapshot:
    t: float
    cpu_total: float
    cpu_per_core: list[float]
    load: tuple[float, float, float]
    freq_mhz: float
    mem_total: int
    mem_used: int
    mem_cached: int
    mem_available: int
    swap_total: int
    swap_used: int
    mounts: list[MountUse] = field(default_factory=list)
    disk_io: dict[str, tuple[float, float]] = field(default_factory=dict)  # read, write B/s
    net: dict[str, tuple[float, float]] = field(default_factory=dict)  # rx, tx B/s
    temperatures: dict[str, float] = field(default_factory=dict)
    fans: dict[str, float] = field(default_factory=dict)
    gpus: list[GpuSample] = field(default_factory=list)

    @property
    def mem_percent(self) -> float:
        return 100.0 * self.mem_used / self.mem_total if self.mem_total else 0.0

    @property
    def swap_percent(self) -> float:
        return 100.0 * self.swap_used / self.swap_total if self.swap_total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "cpu_percent": self.cpu_total,
            "cpu_per_core": self.cpu_per_core,
            "load": list(self.load),
            "cpu_freq_mhz": None if math.isnan(self.freq_mhz) else self.freq_mhz,
            "mem_total": self.mem_total,
            "mem_used": self.mem_used,
            "mem_cached": self.mem_cached,
            "mem_available": self.mem_available,
            "swap_total": self.swap_total,
            "swap_used": self.swap_used,
            "mounts": [
                {"mount": m.mount, "device": m.device, "total": m.total, "used": m.used}
                for m in self.mounts
            ],
            "disk_io": {k: {"read_bps": r, "write_bps": w} for k, (r, w) in self.disk_io.items()},
            "net": {k: {"rx_bps": r, "tx_bps": t} for k, (r, t) in self.net.items()},
            "temperatures": self.temperatures,
            "fans": self.fans,
            "gpus": [
                {
                    "index": g.index,
                    "name": g.name,
                    "utilization": g.utilization,
                    "memory_used": g.memory_used,
                    "memory_total": g.memory_total,
                    "temperature": None if math.isnan(g.temperature) else g.temperature,
                    "power_w": None if math.isnan(g.power_w) else g.power_w,
                }
                for g in self.gpus
            ],
        }


class HostSampler:
    """Samples at ``interval`` seconds into rings holding ``history`` seconds."""

    def __init__(
        self,
        interval: float = 1.0,
        history: float = HISTORY_SECONDS,
        gpu: GpuSource | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = interval
        self.capacity = max(2, int(history / interval) + 2)
        self.cores = psutil.cpu_count() or 1
        self.cpu = Ring(self.capacity, 1 + self.cores)  # total, then each core
        self.memory = Ring(self.capacity, 4)  # used, cached, available, swap used
        self.disk_total = Ring(self.capacity, 2)  # all devices: read, write B/s
        self.net_total = Ring(self.capacity, 2)  # all interfaces: receive, send B/s
        self.disk_io: dict[str, Ring] = {}  # device -> (read, write) B/s
        self.net: dict[str, Ring] = {}  # interface -> (rx, tx) B/s
        self.gpu_rings: dict[int, Ring] = {}  # index -> util %, mem used, temp, power
        self.gpu = gpu
        self.clock = clock
        self.latest: HostSnapshot | None = None
        self.ticks = 0
        self._disk_rates = RateMeter()
        self._net_rates = RateMeter()
        self._freq = float("nan")
        self._mounts: list[MountUse] = []
        self._temps: dict[str, float] = {}
        self._fans: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._listeners: list[Callable[[HostSnapshot], None]] = []
        psutil.cpu_percent(percpu=True)  # prime: the first reading is meaningless

    def on_sample(self, cb: Callable[[HostSnapshot], None]) -> None:
        """Called on the sampler thread after each tick (alerts use it; keep it cheap)."""
        self._listeners.append(cb)

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        if self.gpu is None:
            self.gpu = GpuSource()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="host-sampler", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        """Ask the sampler thread to end after the tick it is in (no waiting)."""
        self._stop.set()

    def join(self, timeout: float = 5.0) -> bool:
        """Wait up to ``timeout`` for the thread, then release the GPU library."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(max(0.0, timeout))
        ended = thread is None or not thread.is_alive()
        if ended and self.gpu is not None:
            self.gpu.close()
        return ended

    def stop(self, timeout: float = 5.0) -> bool:
        self.request_stop()
        return self.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def set_interval(self, seconds: float) -> None:
        self.interval = max(0.2, float(seconds))

    def _run(self) -> None:
        next_at = self.clock()
        while not self._stop.is_set():
            try:
                self.sample_once()
            except Exception:  # a sensor that fails once must not stop the graphs
                pass
            next_at += self.interval
            delay = next_at - self.clock()
            if delay < 0:  # fell behind (suspend, heavy load): start again from now
                next_at = self.clock()
                delay = self.interval
            self._stop.wait(delay)

    # -- one tick --------------------------------------------------------------------------
    def sample_once(self) -> HostSnapshot:
        now = self.clock()
        tick = self.ticks
        self.ticks += 1
        per_core = psutil.cpu_percent(percpu=True)
        total = sum(per_core) / len(per_core) if per_core else 0.0
        vm = psutil.virtual_memory()
        sw = psutil.swap_memory()
        cached = int(getattr(vm, "cached", 0) + getattr(vm, "buffers", 0))
        load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
        if tick % 10 == 0:
            self._freq = self._read_freq()
            self._mounts = self._read_mounts()
        if tick % 5 == 0:
            self._temps, self._fans = self._read_sensors()
        disk_counters = self._read_disk_counters()
        net_counters = self._read_net_counters()
        disk_rates = self._disk_rates.update(now, disk_counters)
        net_rates = self._net_rates.update(now, net_counters)
        disk_io = _pairs(disk_rates)
        net = _pairs(net_rates)
        gpus = self.gpu.sample() if self.gpu is not None and self.gpu.available else []

        self.cpu.append(now, [total, *per_core])
        self.memory.append(now, [vm.used, cached, vm.available, sw.used])
        if disk_rates or tick:
            self.disk_total.append(
                now, (sum(r for r, _ in disk_io.values()), sum(w for _, w in disk_io.values()))
            )
        if net_rates or tick:
            self.net_total.append(
                now, (sum(r for r, _ in net.values()), sum(t for _, t in net.values()))
            )
        for dev, (r, w) in disk_io.items():
            self._ring(self.disk_io, dev, 2).append(now, (r, w))
        for nic, (rx, tx) in net.items():
            self._ring(self.net, nic, 2).append(now, (rx, tx))
        for g in gpus:
            self._ring(self.gpu_rings, g.index, 4).append(
                now, (g.utilization, g.memory_used, g.temperature, g.power_w)
            )
        snap = HostSnapshot(
            now,
            total,
            list(per_core),
            (float(load[0]), float(load[1]), float(load[2])),
            self._freq,
            int(vm.total),
            int(vm.used),
            cached,
            int(vm.available),
            int(sw.total),
            int(sw.used),
            list(self._mounts),
            disk_io,
            net,
            dict(self._temps),
            dict(self._fans),
            gpus,
        )
        self.latest = snap
        for cb in list(self._listeners):
            try:
                cb(snap)
            except Exception:
                pass
        return snap

    def _ring(self, rings: dict[Any, Ring], key: Any, width: int) -> Ring:
        ring = rings.get(key)
        if ring is None:
            ring = rings[key] = Ring(self.capacity, width)
        return ring

    @staticmethod
    def _read_freq() -> float:
        try:
            freq = psutil.cpu_freq()
        except Exception:
            return float("nan")
        return float(freq.current) if freq else float("nan")

    @staticmethod
    def _read_mounts() -> list[MountUse]:
        out: list[MountUse] = []
        try:
            parts = psutil.disk_partitions(all=False)
        except Exception:
            return out
        seen: set[str] = set()
        for p in parts:
            if p.fstype in SKIP_FS or p.device in seen or p.mountpoint.startswith("/snap/"):
                continue
            try:
                usage = psutil.disk_usage(p.mountpoint)
            except Exception:
                continue
            seen.add(p.device)
            out.append(MountUse(p.mountpoint, p.device, p.fstype, usage.total, usage.used))
        return out

    @staticmethod
    def _read_sensors() -> tuple[dict[str, float], dict[str, float]]:
        temps: dict[str, float] = {}
        fans: dict[str, float] = {}
        reader = getattr(psutil, "sensors_temperatures", None)
        if reader is not None:
            try:
                for chip, entries in (reader() or {}).items():
                    for i, e in enumerate(entries):
                        temps[f"{chip} {e.label or i}"] = float(e.current)
            except Exception:
                pass
        reader = getattr(psutil, "sensors_fans", None)
        if reader is not None:
            try:
                for chip, entries in (reader() or {}).items():
                    for i, e in enumerate(entries):
                        fans[f"{chip} {e.label or i}"] = float(e.current)
            except Exception:
                pass
        return temps, fans

    @staticmethod
    def _read_disk_counters() -> dict[Any, int]:
        try:
            per = psutil.disk_io_counters(perdisk=True) or {}
        except Exception:
            return {}
        out: dict[Any, int] = {}
        for dev, c in per.items():
            if dev.startswith(SKIP_DISKS):
                continue
            out[(dev, 0)] = int(c.read_bytes)
            out[(dev, 1)] = int(c.write_bytes)
        return out

    @staticmethod
    def _read_net_counters() -> dict[Any, int]:
        try:
            per = psutil.net_io_counters(pernic=True) or {}
        except Exception:
            return {}
        out: dict[Any, int] = {}
        for nic, c in per.items():
            if nic == "lo":
                continue
            out[(nic, 0)] = int(c.bytes_recv)
            out[(nic, 1)] = int(c.bytes_sent)
        return out


def _pairs(rates: dict[Any, float]) -> dict[str, tuple[float, float]]:
    out: dict[str, list[float]] = {}
    for (name, which), value in rates.items():
        out.setdefault(name, [0.0, 0.0])[which] = value
    return {k: (v[0], v[1]) for k, v in out.items()}
