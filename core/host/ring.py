"""Fixed-size numpy ring buffers of timestamped samples: appends never allocate; the
GUI pulls a window of the latest values at its own pace."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


class Ring:
    """``capacity`` rows of ``width`` values, each row with a time (monotonic seconds)."""

    def __init__(self, capacity: int, width: int = 1) -> None:
        if capacity < 2 or width < 1:
            raise ValueError("a ring needs capacity >= 2 and width >= 1")
        self.capacity = capacity
        self.width = width
        self._t = np.zeros(capacity)
        self._v = np.full((capacity, width), np.nan)
        self._next = 0
        self._count = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._count

    def append(self, t: float, values: Sequence[float] | FloatArray | float) -> None:
        row = np.asarray(values, dtype=np.float64).reshape(-1)
        with self._lock:
            self._t[self._next] = t
            self._v[self._next, : row.size] = row[: self.width]
            if row.size < self.width:
                self._v[self._next, row.size :] = np.nan
            self._next = (self._next + 1) % self.capacity
            self._count = min(self._count + 1, self.capacity)

    def latest(self) -> tuple[float, FloatArray] | None:
        with self._lock:
            if not self._count:
                return None
            i = (self._next - 1) % self.capacity
            return float(self._t[i]), self._v[i].copy()

    def window(self, seconds: float | None = None) -> tuple[FloatArray, FloatArray]:
        """Times and values (oldest first) of the last ``seconds`` (all when None)."""
        with self._lock:
            n = self._count
            if not n:
                return np.empty(0), np.empty((0, self.width))
            start = (self._next - n) % self.capacity
            idx = (start + np.arange(n)) % self.capacity
            t = self._t[idx]
            v = self._v[idx]
        if seconds is not None and n:
            keep = t >= t[-1] - seconds
            return t[keep], v[keep]
        return t, v

    def clear(self) -> None:
        with self._lock:
            self._next = 0
            self._count = 0
