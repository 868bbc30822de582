"""The Containers panel's engines: which engine a container runs on, the current engine's
containers when it changes, and every engine's together ("All engines")."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker

from core.docker.containers import Container
from core.docker.engine import ContainerChange, Engine
from gui.containers.base import ContainersBase
from gui.containers.model import ENGINE


class EnginesMixin(ContainersBase):
    """Whose containers the Containers panel shows, kept current engine by engine."""

    def engine_of(self, container: Container) -> Engine:
        """The engine a container runs on (the current one for a container of no engine)."""
        for engine in self.context.engine.engines():
            if engine.name == container.engine:
                return engine
        return self.context.docker

    def _on_current_change(self, engine: Engine) -> None:
        """Another engine is the one acted on: its containers, from its cache, row by row
        (the last engine's rows go, the new one's come; no reset, no engine round trip)."""
        if self.all_engines_box.isChecked():
            return  # every engine's are shown already
        self._replace_rows(engine.store.snapshot())

    def _replace_rows(self, containers: list[Container]) -> None:
        keep = {c.key for c in containers}
        gone = [ContainerChange("removed", c) for c in self.model.items() if c.key not in keep]
        came = [ContainerChange("added", c) for c in containers]
        self.model.apply_changes(gone + came)
        self.tree_model.apply_changes(gone + came)
        self.details.set_info(None)
        self._counts_timer.start()
        self._update_actions()

    def show_all_engines(self, on: bool) -> None:
        """Every engine's containers together (each engine connects, if it was not), with
        an Engine column; off: the current engine's alone again."""
        with QSignalBlocker(self.all_engines_box):
            self.all_engines_box.setChecked(on)
        if on:
            self.group_box.setChecked(False)
            self.context.engine.registry.connect_all()
            rows = [c for e in self.context.engine.engines() for c in e.store.snapshot()]
        else:
            rows = self.context.docker.store.snapshot()
        self.group_box.setEnabled(not on)  # the project tree shows one engine's
        self.view.setColumnHidden(ENGINE, not on)
        self._replace_rows(rows)

    def _on_engines_change(self, _engines: list[Engine]) -> None:
        if self.all_engines_box.isChecked():
            self.show_all_engines(True)  # new engines connect, removed ones' rows go

    def _on_engine_containers_change(self, _name: str, changes: list[ContainerChange]) -> None:
        if self.all_engines_box.isChecked():
            self._apply(changes)

    def _on_containers_change(self, changes: list[ContainerChange]) -> None:
        if not self.all_engines_box.isChecked():
            self._apply(changes)

    def _apply(self, changes: list[ContainerChange]) -> None:
        self.model.apply_changes(changes)
        self.tree_model.apply_changes(changes)
        self._counts_timer.start()
        current = self.selected()
        if len(current) == 1 and any(c.container.key == current[0].key for c in changes):
            self._load_details(current[0].id, self.engine_of(current[0]))
        self._update_actions()
