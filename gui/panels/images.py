"""Images: the local images, kept current by image events; tag, remove, history, run."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.docker.engine import ImagesUpdate
from core.docker.image_ops import Layer, history, remove_dangling, remove_images, tag_image
from core.docker.images import Image
from core.errors import EnvDockError
from core.jobs import Job
from core.units import human_size
from gui.context import AppContext
from gui.models.images import CREATED, TAGS, ImagesModel
from gui.models.keyed_table import ITEM_ROLE, SORT_ROLE, model_data
from gui.panels.base import Panel
from gui.widgets.engine_banner import EngineBanner
from gui.widgets.json_view import JsonView
from gui.widgets.tables import make_filter, make_table


class _ImagesProxy(QSortFilterProxyModel):
    show_dangling = True

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if isinstance(source, ImagesModel) and not self.show_dangling and source.item(row).dangling:
            return False
        return super().filterAcceptsRow(row, parent)


class ImagesPanel(Panel):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        engine = context.engine.engine
        self.model = ImagesModel(self)
        self.proxy = _ImagesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(EngineBanner(context.engine, self))
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        t = self.tr
        self.act_run = self.make_action(t("Run…"), self.run_selected, "mdi6.play")
        self.act_tag = self.make_action(t("Tag…"), self.tag_dialog, "mdi6.tag")
        self.act_remove = self.make_action(t("Remove…"), self.remove_dialog, "mdi6.delete")
        self.act_dangling = self.make_action(t("Remove dangling…"), self.remove_dangling_dialog)
        self.act_history = self.make_action(t("History"), self.show_history, "mdi6.layers")
        self.act_inspect = self.make_action(t("Inspect"), self.show_inspect, "mdi6.code-json")
        for a in (
            self.act_run,
            self.act_tag,
            self.act_remove,
            self.act_dangling,
            self.act_history,
            self.act_inspect,
        ):
            self.toolbar.addAction(a)
        layout.addWidget(self.toolbar)
        bar = QHBoxLayout()
        self.filter_edit = make_filter(
            self.tr("Filter by repository, tag, id…"), self.proxy.setFilterFixedString
        )
        bar.addWidget(self.filter_edit, 1)
        self.show_dangling = QCheckBox(self.tr("Show dangling"))
        self.show_dangling.setChecked(True)
        self.show_dangling.toggled.connect(self._on_dangling_toggle)
        bar.addWidget(self.show_dangling)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.view = make_table(
            self.proxy,
            multi=True,
            widths=(380, 120, 100, 140, 120),
            stretch=TAGS,
            sort=(CREATED, Qt.SortOrder.DescendingOrder),
        )
        self.view.doubleClicked.connect(lambda _i: self.run_selected())
        layout.addWidget(self.view, 1)
        self.model.upsert_many(engine.images.values())
        self._update_usage()
        context.engine.images_changed.connect(self._on_images_change)
        context.engine.containers_changed.connect(lambda _c: self._update_usage())
        self._update_count()

    def on_shown(self) -> None:
        self.load_icons()

    def _update_usage(self) -> None:
        counts: dict[str, int] = {}
        for c in self.context.engine.engine.store.snapshot():
            counts[c.image_id] = counts.get(c.image_id, 0) + 1
        self.model.set_usage(counts)

    def _on_images_change(self, update: ImagesUpdate) -> None:
        self.model.apply_update(update)
        self._update_count()

    def _on_dangling_toggle(self, on: bool) -> None:
        self.proxy.show_dangling = on
        self.proxy.invalidateFilter()
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        dangling = sum(1 for i in self.model.items() if i.dangling)
        size = sum(i.size for i in self.model.items())
        self.count_label.setText(
            self.tr("%n image(s)", "", total)
            + f", {human_size(size)}"
            + (self.tr(", {0} dangling").format(dangling) if dangling else "")
        )

    def selected(self) -> list[Image]:
        rows = self.view.selectionModel().selectedRows()
        return [i for i in (model_data(r, ITEM_ROLE) for r in rows) if isinstance(i, Image)]

    def _client(self) -> Any:
        return self.context.engine.engine.client

    def _submit(self, title: str, work: Any, on_result: Any = None) -> Job:
        return self.context.jobs.submit(Job(title, work), on_result, owner=self)

    def tag_dialog(self) -> None:
        sel = self.selected()
        if len(sel) != 1:
            return
        ref, ok = QInputDialog.getText(
            self, self.tr("Tag image"), self.tr("New reference (repository:tag):")
        )
        if ok and ref:
            self.tag(sel[0], ref)

    def tag(self, image: Image, reference: str) -> Job:
        client = self._client()
        return self._submit(
            self.tr("Tag {0}").format(reference),
            lambda j: tag_image(j, client, image.id, reference),
        )

    def remove_dialog(self) -> None:
        sel = self.selected()
        if not sel:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Remove images"))
        box.setText(
            self.tr("Remove %n image(s)?", "", len(sel))
            + "\n"
            + "\n".join(", ".join(i.tags) or i.short_id for i in sel[:10])
        )
        force = QCheckBox(
            self.tr("Force (also images used by stopped containers or tagged several times)")
        )
        box.setCheckBox(force)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.remove(sel, force.isChecked())

    def remove(self, images: list[Image], force: bool = False) -> Job:
        client = self._client()
        refs = [t for i in images for t in i.tags] if not force else [i.id for i in images]
        refs = refs or [i.id for i in images]
        return self._submit(
            self.tr("Remove %n image(s)", "", len(images)),
            lambda j: remove_images(j, client, refs, force),
        )

    def remove_dangling_dialog(self) -> None:
        n = sum(1 for i in self.model.items() if i.dangling)
        if (
            n
            and QMessageBox.question(
                self, self.tr("Remove dangling"), self.tr("Remove %n dangling image(s)?", "", n)
            )
            == QMessageBox.StandardButton.Yes
        ):
            client = self._client()
            self._submit(self.tr("Remove dangling images"), lambda j: remove_dangling(j, client))

    def show_history(self) -> Job | None:
        sel = self.selected()
        if len(sel) != 1:
            return None
        client, image = self._client(), sel[0]

        def done(layers: list[Layer]) -> None:
            HistoryDialog(image, layers, self).show()

        return self.context.jobs.call(
            self.tr("History"),
            lambda: history(client, image.id),
            done,
            self.context.notifier.error,
            owner=self,
        )

    def show_inspect(self) -> Job | None:
        sel = self.selected()
        if len(sel) != 1:
            return None
        client, image = self._client(), sel[0]

        def done(info: dict[str, Any]) -> None:
            dialog = QDialog(self)
            dialog.setWindowTitle(
                self.tr("Inspect {0}").format(", ".join(image.tags) or image.short_id)
            )
            dialog.resize(760, 560)
            view = JsonView(dialog)
            view.set_data(info)
            QVBoxLayout(dialog).addWidget(view)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.inspect_dialog = dialog

        return self.context.jobs.call(
            self.tr("Inspect"),
            lambda: client.inspect_image(image.id),
            done,
            self.context.notifier.error,
            owner=self,
        )

    def run_selected(self) -> None:
        sel = self.selected()
        if len(sel) != 1:
            return
        window = self.window()
        show = getattr(window, "show_panel", None)
        if show is None:
            return
        try:
            containers = show("containers")
        except (KeyError, ValueError, EnvDockError):
            return
        ref = sel[0].tags[0] if sel[0].tags else sel[0].id
        containers.run_dialog(image=ref)  # type: ignore[attr-defined]


class HistoryDialog(QDialog):
    def __init__(self, image: Image, layers: list[Layer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("History of {0}").format(", ".join(image.tags) or image.short_id)
        )
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(layers), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Created by"), self.tr("Size"), self.tr("Layer"), self.tr("Shared")]
        )
        for row, layer in enumerate(layers):
            values = [
                layer.created_by,
                human_size(layer.size),
                layer.id.removeprefix("sha256:")[:12],
                self.tr("shared") if layer.shared else "",
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 560)
        layout.addWidget(self.table)
