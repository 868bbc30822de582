"""The live figures the app keeps: the host sampler and the container stats collector,
started when a view first needs them, stopped at exit. Views pull their rings on timers;
only alerts travel as a signal.

Container stats are the current engine's: another engine made current, the collector
follows it. An engine elsewhere (ssh, tcp) is read through its API, one stream per running
container, and those streams are open only while a view that shows the figures is shown
(the views say which they are: ``ensure_stats(viewer)``)."""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from core.docker.engine import Engine
from core.docker.stats import StatsCollector
from core.host.alerts import Alert, AlertWatcher, make_alert
from core.host.sampler import HostSampler, HostSnapshot
from gui.engine_bridge import EngineBridge
from gui.widgets.engine_label import engine_is_local

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
        self._followed: tuple[Engine, bool] | None = None  # the engine, and its cgroups used
        self._viewers: dict[int, QWidget] = {}  # the widgets that show container figures
        self._always = False  # a view that did not say which it is: figures always wanted

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
    def ensure_stats(self, viewer: QWidget | None = None) -> StatsCollector:
        """Figures for the current engine's running containers (another engine made current:
        the collector follows it; an engine elsewhere is read through its API). ``viewer``
        is a widget that shows them: the API streams are open only while one is shown.
        Without one, the figures are wanted all the time."""
        if self.stats is None:
            bridge = self.engine
            self.stats = StatsCollector(lambda: None)
            # the bridge's signals arrive on the GUI thread and only hand the cache over;
            # the collector's thread does the inspecting
            bridge.containers_changed.connect(lambda _changes: self._sync())
            bridge.status_changed.connect(lambda _status: self._sync())
            bridge.current_changed.connect(self._on_current_change)
            if not self._closed:
                self.stats.start()
        if viewer is None:
            self._always = True
        elif id(viewer) not in self._viewers:
            self._viewers[id(viewer)] = viewer
            viewer.installEventFilter(self)
            viewer.destroyed.connect(partial(self._forget_viewer, id(viewer)))
        self._update_pause()
        self._sync()
        return self.stats

    # -- which engine ---------------------------------------------------------------------------
    def _on_current_change(self, _engine: Engine) -> None:
        self._sync()  # follows the new one: the last one's containers go

    def _follow_current(self) -> Engine:
        """Point the collector at the current engine (again, when where it is became known
        on connecting: an engine named by DOCKER_HOST=ssh://… says so only then)."""
        engine = self.engine.engine
        wanted = (engine, engine_is_local(engine))
        followed = self._followed
        if self.stats is not None and (
            followed is None or followed[0] is not engine or followed[1] != wanted[1]
        ):
            self._followed = wanted
            self.stats.follow(lambda: engine.client, use_cgroups=wanted[1])
        return engine

    def _sync(self) -> None:
        if self.stats is None or self._closed:
            return
        core = self._follow_current()
        connected = core.status.connected and core.client is not None
        self.stats.request_sync(core.store.snapshot() if connected else [])

    # -- who looks ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._update_pause()
        return False

    def _forget_viewer(self, key: int, *_args: object) -> None:
        self._viewers.pop(key, None)
        self._update_pause()

    def stats_wanted(self) -> bool:
        """A view that shows container figures is shown (or one never said which it is)."""
        return self._always or any(v.isVisible() for v in self._viewers.values())

    def _update_pause(self) -> None:
        if self.stats is not None and not self._closed:
            self.stats.request_pause(not self.stats_wanted())

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
