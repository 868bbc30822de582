"""Rates from cumulative counters: deltas over ``time.monotonic()``, wrap-around and
resets handled, the first reading only primes."""

from __future__ import annotations

from collections.abc import Hashable, Mapping

WRAP_32 = 2**32
WRAP_64 = 2**64


def counter_delta(old: int, new: int) -> int:
    """``new - old`` for a counter that may have wrapped (32 or 64 bits) or been reset."""
    if new >= old:
        return new - old
    if old < WRAP_32:
        wrapped = new + WRAP_32 - old
        if wrapped < WRAP_32 // 2:  # a plausible wrap of a 32-bit counter
            return wrapped
    elif old < WRAP_64:
        wrapped = new + WRAP_64 - old
        if wrapped < WRAP_64 // 2:
            return wrapped
    return new  # reset (a device re-added, a container restarted): count from zero


class RateMeter:
    """Per-key rates (units per second) from successive counter readings."""

    def __init__(self) -> None:
        self._last: dict[Hashable, tuple[float, int]] = {}

    def update(self, now: float, counters: Mapping[Hashable, int]) -> dict[Hashable, float]:
        rates: dict[Hashable, float] = {}
        for key, value in counters.items():
            prev = self._last.get(key)
            self._last[key] = (now, int(value))
            if prev is None:
                continue  # the first reading only primes
            dt = now - prev[0]
            if dt <= 0:
                continue
            rates[key] = counter_delta(prev[1], int(value)) / dt
        for gone in [k for k in self._last if k not in counters]:
            del self._last[gone]
        return rates


def human_rate(bytes_per_s: float) -> str:
    value = float(bytes_per_s)
    for unit in ("B/s", "KiB/s", "MiB/s", "GiB/s"):
        if abs(value) < 1024 or unit == "GiB/s":
            return f"{value:.0f} {unit}" if unit == "B/s" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{bytes_per_s:.0f} B/s"
