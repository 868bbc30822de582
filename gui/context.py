"""What every panel receives: the engine bridge, the job runner and the notifier."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from gui.engine_bridge import EngineBridge
from gui.widgets.notifications import Notifier
from gui.workers import JobRunner

if TYPE_CHECKING:
    from gui.live import LiveData


@dataclass(slots=True)
class AppContext:
    engine: EngineBridge
    jobs: JobRunner
    notifier: Notifier
    live: LiveData | None = None

    def live_data(self) -> LiveData:
        """The host sampler and container stats, made on first use."""
        if self.live is None:
            from gui.live import LiveData

            self.live = LiveData(self.engine)
        return self.live
