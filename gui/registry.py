"""The one place panels register. Each later feature adds one line to PANELS.

Panels are imported and built only when first shown, so the window paints first.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gui.context import AppContext
    from gui.panel import Panel


@dataclass(frozen=True, slots=True)
class PanelSpec:
    key: str
    title: str  # source text; shown through translate("Panels", title)
    icon: str  # qtawesome name
    factory: str  # "module:Class"

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("Panels", self.title)

    def create(self, context: AppContext) -> Panel:
        module_name, _, class_name = self.factory.partition(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        panel: Panel = cls(context)
        return panel


PANELS: list[PanelSpec] = [
    PanelSpec(
        "environments",
        QT_TRANSLATE_NOOP("Panels", "Environments"),
        "mdi6.language-python",
        "gui.environments.panel:EnvironmentsPanel",
    ),
    PanelSpec(
        "containers",
        QT_TRANSLATE_NOOP("Panels", "Containers"),
        "mdi6.docker",
        "gui.containers.panel:ContainersPanel",
    ),
    PanelSpec(
        "compose",
        QT_TRANSLATE_NOOP("Panels", "Compose"),
        "mdi6.layers-triple",
        "gui.compose.actions:ComposePanel",
    ),
    PanelSpec(
        "swarm",
        QT_TRANSLATE_NOOP("Panels", "Swarm"),
        "mdi6.server-network",
        "gui.swarm.actions:SwarmPanel",
    ),
    PanelSpec(
        "images",
        QT_TRANSLATE_NOOP("Panels", "Images"),
        "mdi6.layers-outline",
        "gui.images.panel:ImagesPanel",
    ),
    PanelSpec(
        "volumes",
        QT_TRANSLATE_NOOP("Panels", "Volumes"),
        "mdi6.database",
        "gui.volumes.panel:VolumesPanel",
    ),
    PanelSpec(
        "networks",
        QT_TRANSLATE_NOOP("Panels", "Networks"),
        "mdi6.lan",
        "gui.networks.panel:NetworksPanel",
    ),
    PanelSpec(
        "registries",
        QT_TRANSLATE_NOOP("Panels", "Registries"),
        "mdi6.cloud-outline",
        "gui.registries.panel:RegistriesPanel",
    ),
    PanelSpec(
        "disk",
        QT_TRANSLATE_NOOP("Panels", "Disk use"),
        "mdi6.harddisk",
        "gui.disk.panel:DiskPanel",
    ),
    PanelSpec(
        "host",
        QT_TRANSLATE_NOOP("Panels", "Host"),
        "mdi6.chart-line",
        "gui.host.panel:HostPanel",
    ),
    PanelSpec(
        "activity",
        QT_TRANSLATE_NOOP("Panels", "Activity"),
        "mdi6.progress-clock",
        "gui.activity.panel:ActivityPanel",
    ),
]
