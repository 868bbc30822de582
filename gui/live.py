"""The live figures the app keeps: the host sampler and the container stats collector,
started when a view first needs them, stopped at exit. Views pull their rings on timers;
only alerts travel as a signal."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QSettings, Signal

from core.docker.stats import StatsCollector
from core.host.alerts import Alert, AlertWatcher, make_alert
from core.host.sampler import HostSampler, HostSnapshot
from gui.engine_bridge import EngineBridge

ALERTS_KEY = "host/alerts"  # "metric|above|seconds" strings


class LiveData(QObject):
    alert_fired = Signal(str, float)  # description, current value

    def __init__(self, engine: EngineBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.host: HostSampler | None = None
        self.stats: StatsCollector | None = None
        self.alerts = AlertWatcher(self.load_alerts())
        self._closed = False

    # -- host ------------------------------------------------------------------------------
    def ensure_host(self) -> HostSampler:
        if self.host is None:
            self.host = HostSampler(interval=1.0)
            self.host.on_sample(self._check_alerts)
            if not self._closed:
                self.host.start()
        return self.host

    def _check_alerts(self, snap: HostSnapshot) -> None:  # on the sampler thread
        for alert, value in self.alerts.check(snap):
            if not self._closed:
                self.alert_fired.emit(alert.describe(), value)

    def load_alerts(self) -> list[Alert]:
        raw = QSettings().value(ALERTS_KEY, [])
        # QSettings gives one string for a list of one (INI files), else a list
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        out = []
        for text in items:
            try:
                metric, above, seconds = str(text).split("|")
                out.append(make_alert(metric, float(above), float(seconds)))
            except (ValueError, TypeError):
                continue
        return out

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.alerts.alerts = list(alerts)
        QSettings().setValue(ALERTS_KEY, [f"{a.metric}|{a.above}|{a.seconds}" for a in alerts])

    # -- containers ----------------------------------------------------------------------------
    def ensure_stats(self) -> StatsCollector:
        """Figures for the current engine's running containers (another engine made current:
        the collector follows it; a remote engine's come from its API)."""
        if self.stats is None:
            bridge = self.engine
            self.stats = StatsCollector(lambda: bridge.engine.client)
            # the bridge's signals arrive on the GUI thread and only hand the cache over;
            # the collector's thread does the inspecting
            bridge.containers_changed.connect(lambda _changes: self._sync())
            bridge.status_changed.connect(lambda _status: self._sync())
            bridge.current_changed.connect(self._on_current_change)
            if not self._closed:
                self.stats.start()
                self._sync()
        return self.stats

    def _on_current_change(self, _engine: object) -> None:
        if self.stats is not None:
            self.stats.request_sync([])  # the last engine's containers go
        self._sync()

    def _sync(self) -> None:
        core = self.engine.engine
        if self.stats is None or self._closed:
            return
        connected = core.status.connected and core.client is not None
        self.stats.request_sync(core.store.snapshot() if connected else [])

    def request_stop(self) -> None:
        """Ask the sampler and the stats threads to end, without waiting for them."""
        self._closed = True
        if self.host is not None:
            self.host.request_stop()
        if self.stats is not None:
            self.stats.request_stop()

    def join(self, timeout: float = 5.0) -> bool:
        """Wait for all of them together, ``timeout`` in all."""
        deadline = time.monotonic() + timeout
        ended = True
        for part in (self.host, self.stats):
            if part is not None:
                ended = part.join(max(0.0, deadline - time.monotonic())) and ended
        return ended

    def stop(self, timeout: float = 5.0) -> bool:
        self.request_stop()
        return self.join(timeout)
