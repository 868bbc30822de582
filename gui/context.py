"""What every panel receives: the engine bridge, the job runner and the notifier."""

from __future__ import annotations

from dataclasses import dataclass

from gui.engine_bridge import EngineBridge
from gui.widgets.notifications import Notifier
from gui.workers import JobRunner


@dataclass(slots=True)
class AppContext:
    engine: EngineBridge
    jobs: JobRunner
    notifier: Notifier
