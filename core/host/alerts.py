"""Threshold alerts: "memory above 90 % for 30 s" fires once, and again only after the
figure has dropped below the threshold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.errors import ValidationError
from core.host.sampler import HostSnapshot
from core.text import translate

METRICS: dict[str, Callable[[HostSnapshot], float]] = {
    "cpu": lambda s: s.cpu_total,
    "memory": lambda s: s.mem_percent,
    "swap": lambda s: s.swap_percent,
    "load": lambda s: s.load[0],
}


@dataclass(frozen=True, slots=True)
class Alert:
    metric: str  # a key of METRICS, or "disk:<mount>"
    above: float
    seconds: float

    def value(self, snap: HostSnapshot) -> float | None:
        if self.metric.startswith("disk:"):
            mount = self.metric.split(":", 1)[1]
            use = next((m for m in snap.mounts if m.mount == mount), None)
            return use.percent if use else None
        fn = METRICS.get(self.metric)
        return fn(snap) if fn else None

    def describe(self) -> str:
        unit = "" if self.metric == "load" else " %"
        return translate("core", "{0} above {1:g}{2} for {3:g} s").format(
            self.metric, self.above, unit, self.seconds
        )


def make_alert(metric: str, above: float, seconds: float) -> Alert:
    if metric not in METRICS and not metric.startswith("disk:/"):
        raise ValidationError(
            translate("core", "Unknown figure {metric!r}").format(metric=metric),
            translate("core", "Choose cpu, memory, swap, load or a disk."),
        )
    if metric != "load" and not 0 < above < 100:
        raise ValidationError(
            translate("core", "A percentage threshold is between 0 and 100"),
            translate("core", "e.g. 90"),
        )
    if above <= 0 or seconds < 0:
        raise ValidationError(
            translate("core", "The threshold and the duration must be positive"),
            translate("core", "e.g. 90 % for 30 s"),
        )
    return Alert(metric, float(above), float(seconds))


class AlertWatcher:
    def __init__(self, alerts: list[Alert] | None = None) -> None:
        self.alerts = list(alerts or [])
        self._since: dict[Alert, float] = {}
        self._fired: set[Alert] = set()

    def check(self, snap: HostSnapshot) -> list[tuple[Alert, float]]:
        """The alerts that fire at this sample, with the current value."""
        fired = []
        for alert in list(self.alerts):
            value = alert.value(snap)
            if value is None or value <= alert.above:
                self._since.pop(alert, None)
                self._fired.discard(alert)
                continue
            since = self._since.setdefault(alert, snap.t)
            if snap.t - since >= alert.seconds and alert not in self._fired:
                self._fired.add(alert)
                fired.append((alert, value))
        return fired
