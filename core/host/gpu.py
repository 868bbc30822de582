"""NVIDIA GPUs through NVML (nvidia-ml-py). Without a GPU or driver the source says why
and samples nothing; everything else keeps working."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.text import localized, translate

NO_GPU = translate("core", "no NVIDIA GPU found")


@dataclass(frozen=True, slots=True)
class GpuSample:
    index: int
    name: str
    utilization: float  # percent
    memory_used: int
    memory_total: int
    temperature: float  # °C, nan when unknown
    power_w: float  # nan when unknown
    processes: tuple[tuple[int, int], ...]  # (pid, bytes of GPU memory)


class GpuSource:
    def __init__(self, nvml: Any = None) -> None:
        self.reason = ""
        self.detail = ""  # the library's own words when there is no GPU
        self._nvml = nvml
        self._handles: list[Any] = []
        try:
            if self._nvml is None:
                import pynvml

                self._nvml = pynvml
            self._nvml.nvmlInit()
            count = int(self._nvml.nvmlDeviceGetCount())
            self._handles = [self._nvml.nvmlDeviceGetHandleByIndex(i) for i in range(count)]
            if not self._handles:
                self.reason = localized(NO_GPU)
        except Exception as exc:  # no library, no driver, no device
            self.reason = localized(NO_GPU)
            self.detail = str(exc)
            self._handles = []

    @property
    def available(self) -> bool:
        return bool(self._handles)

    def sample(self) -> list[GpuSample]:
        out = []
        nv = self._nvml
        for i, h in enumerate(self._handles):
            try:
                util = float(nv.nvmlDeviceGetUtilizationRates(h).gpu)
                mem = nv.nvmlDeviceGetMemoryInfo(h)
                name = nv.nvmlDeviceGetName(h)
                name = name.decode() if isinstance(name, bytes) else str(name)
            except Exception:
                continue
            temp = power = float("nan")
            try:
                temp = float(nv.nvmlDeviceGetTemperature(h, nv.NVML_TEMPERATURE_GPU))
            except Exception:
                pass
            try:
                power = float(nv.nvmlDeviceGetPowerUsage(h)) / 1000.0
            except Exception:
                pass
            procs: tuple[tuple[int, int], ...] = ()
            try:
                procs = tuple(
                    (int(p.pid), int(p.usedGpuMemory or 0))
                    for p in nv.nvmlDeviceGetComputeRunningProcesses(h)
                )
            except Exception:
                pass
            out.append(GpuSample(i, name, util, int(mem.used), int(mem.total), temp, power, procs))
        return out

    def close(self) -> None:
        if self._handles:
            try:
                self._nvml.nvmlShutdown()
            except Exception:
                pass
            self._handles = []
