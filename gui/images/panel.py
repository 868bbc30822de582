"""Images: the local images, kept current by image events; tag, remove, history, run."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.docker.api import Json
from core.docker.archive import load_images, save_images
from core.docker.engine import Engine, ImagesUpdate
from core.docker.image_ops import (
    Layer,
    history,
    parse_reference,
    remove_dangling,
    remove_images,
    tag_image,
    untag_image,
)
from core.docker.images import Image, list_images
from core.docker.transfer import TransferProgress, pull_image, push_image
from core.errors import EnvDockError
from core.jobs import Job
from core.units import human_size
from gui.context import AppContext
from gui.images.build_dialog import BuildDialog
from gui.images.history import HistoryDialog
from gui.images.model import CREATED, ENGINE, TAGS, ImagesModel
from gui.images.transfer_dialog import TransferDialog
from gui.models.keyed_table import ITEM_ROLE, SORT_ROLE, model_data
from gui.panel import Panel
from gui.widgets.dialogs import confirm, more_button
from gui.widgets.engine_banner import EngineBanner
from gui.widgets.json_view import show_json
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
        engine = context.docker
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
        self.act_run = self.make_action(self.tr("Run…"), self.run_selected, "mdi6.play")
        self.act_parity = self.make_action(
            self.tr("Compare with an environment…"), self.parity_dialog, "mdi6.compare"
        )
        self.act_tag = self.make_action(self.tr("Tag…"), self.tag_dialog, "mdi6.tag")
        self.act_untag = self.make_action(self.tr("Untag…"), self.untag_dialog, "mdi6.tag-remove")
        self.act_untag.setToolTip(
            self.tr("Remove one tag of an image that has several (the image stays)")
        )
        self.act_remove = self.make_action(self.tr("Remove…"), self.remove_dialog, "mdi6.delete")
        self.act_dangling = self.make_action(
            self.tr("Remove dangling…"), self.remove_dangling_dialog
        )
        self.act_history = self.make_action(self.tr("History"), self.show_history, "mdi6.layers")
        self.act_inspect = self.make_action(self.tr("Inspect"), self.show_inspect, "mdi6.code-json")
        self.act_pull = self.make_action(self.tr("Pull…"), self.pull_dialog, "mdi6.download")
        self.act_build = self.make_action(
            self.tr("Build…"), self.build_dialog, "mdi6.hammer-wrench"
        )
        self.act_push = self.make_action(self.tr("Push…"), self.push_dialog, "mdi6.upload")
        self.act_save = self.make_action(
            self.tr("Save to file…"), self.save_dialog, "mdi6.content-save"
        )
        self.act_load = self.make_action(
            self.tr("Load from file…"), self.load_dialog, "mdi6.folder-open"
        )
        for a in (
            self.act_pull,
            self.act_build,
            self.act_push,
            None,
            self.act_run,
            self.act_tag,
            self.act_untag,
            self.act_remove,
            None,
            self.act_history,
            self.act_inspect,
        ):
            if a is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(a)
        self.toolbar.addWidget(
            more_button(
                self,
                self.tr("More"),
                [self.act_save, self.act_load, None, self.act_dangling, None, self.act_parity],
            )
        )
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
        self.show_intermediate = QCheckBox(self.tr("Show intermediate"))
        self.show_intermediate.setToolTip(
            self.tr("Untagged parent images left by classic builds (docker images -a)")
        )
        self.show_intermediate.toggled.connect(self._on_intermediate_toggle)
        bar.addWidget(self.show_intermediate)
        self.all_engines_box = QCheckBox(self.tr("All engines"))
        self.all_engines_box.setToolTip(
            self.tr("Every engine's images together, with an Engine column")
        )
        self.all_engines_box.toggled.connect(self.show_all_engines)
        bar.addWidget(self.all_engines_box)
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
        self.view.setColumnHidden(ENGINE, True)
        layout.addWidget(self.view, 1)
        self.model.upsert_many(engine.images.values())
        self._update_usage()
        context.engine.images_changed.connect(self._on_images_change)
        context.engine.containers_changed.connect(lambda _c: self._update_usage())
        context.engine.current_changed.connect(self._on_current_change)
        context.engine.engine_images_changed.connect(self._on_engine_images_change)
        context.engine.engine_containers_changed.connect(lambda _n, _c: self._update_usage())
        context.engine.engines_changed.connect(self._on_engines_change)
        self._update_count()
        self.build_window: BuildDialog | None = None
        self.transfer_dialog: TransferDialog | None = None
        self.inspect_dialog: QDialog | None = None  # the last Inspect window

    def on_shown(self) -> None:
        self.load_icons()

    # -- which engines ------------------------------------------------------------------------
    def _shown_engines(self) -> list[Engine]:
        if self.all_engines_box.isChecked():
            return self.context.engine.engines()
        return [self.context.docker]

    def engine_of(self, image: Image) -> Engine:
        """The engine that holds an image (the current one for an image of no engine)."""
        for engine in self.context.engine.engines():
            if engine.name == image.engine:
                return engine
        return self.context.docker

    def _update_usage(self) -> None:
        counts: dict[tuple[str, str], int] = {}
        for engine in self._shown_engines():
            for c in engine.store.snapshot():
                key = (engine.name, c.image_id)
                counts[key] = counts.get(key, 0) + 1
        self.model.set_usage(counts)

    def _show_engines(self, engines: list[Engine]) -> None:
        """Exactly these engines' images, from their caches, row by row."""
        fresh = {i.key: i for e in engines for i in e.images.values()}
        gone = [i.key for i in self.model.items() if i.key not in fresh]
        self.model.remove_keys(gone)
        self.model.upsert_many(fresh.values())
        self._update_usage()
        self._update_count()
        if self.show_intermediate.isChecked():
            self._load_intermediate()

    def _on_current_change(self, engine: Engine) -> None:
        """Another engine: its images, from its cache (all engines shown: nothing to do)."""
        if not self.all_engines_box.isChecked():
            self._show_engines([engine])

    def show_all_engines(self, on: bool) -> None:
        """Every engine's images together (each engine connects, if it was not), with an
        Engine column; off: the current engine's alone again."""
        with QSignalBlocker(self.all_engines_box):
            self.all_engines_box.setChecked(on)
        if on:
            self.context.engine.registry.connect_all()
        self.view.setColumnHidden(ENGINE, not on)
        self._show_engines(self._shown_engines())

    def _on_engines_change(self, _engines: list[Engine]) -> None:
        if self.all_engines_box.isChecked():
            self.show_all_engines(True)

    def _on_engine_images_change(self, name: str, update: ImagesUpdate) -> None:
        if self.all_engines_box.isChecked():
            self.model.apply_update(update, name)
            self._update_count()

    def _on_images_change(self, update: ImagesUpdate) -> None:
        if not self.all_engines_box.isChecked():
            self.model.apply_update(update, self.context.docker.name)
            self._update_count()
        if self.show_intermediate.isChecked():
            self._load_intermediate()

    def _on_intermediate_toggle(self, on: bool) -> None:
        if on:
            self._load_intermediate()
        else:
            self.model.remove_keys([i.key for i in self.model.items() if i.intermediate])
            self._update_count()

    def _load_intermediate(self) -> Job | None:
        engine = self.context.docker
        if engine.client is None:
            return None

        def done(images: list[Image]) -> None:
            if not self.show_intermediate.isChecked():
                return
            extra = [replace(i, engine=engine.name) for i in images if i.intermediate]
            keep = {i.key for i in extra}
            gone = [i.key for i in self.model.items() if i.intermediate and i.key not in keep]
            self.model.remove_keys(gone)
            self.model.upsert_many(extra)
            self._update_count()

        return self.call(
            self.tr("Intermediate images"),
            lambda: list_images(engine.api, include_intermediate=True),
            done,
            self.context.notifier.error,
        )

    # -- pull, push, build, save, load ------------------------------------------------------
    def pull_dialog(self) -> None:
        ref, ok = QInputDialog.getText(
            self,
            self.tr("Pull image"),
            self.tr("Image reference (registry/repository:tag):"),
        )
        if ok and ref.strip():
            self.pull(ref.strip())

    def _validated(self, reference: str) -> str | None:
        try:
            repo, tag = parse_reference(reference)
        except EnvDockError as err:
            self.context.notifier.error(err)
            return None
        return f"{repo}:{tag}"

    def pull(self, reference: str) -> TransferDialog | None:
        ref = self._validated(reference)
        engine = self.context.docker
        if ref is None or engine.client is None:
            return None
        dialog = TransferDialog(
            self.tr("Pull {0}").format(ref),
            self.context.jobs,
            lambda job: pull_image(job, engine.api, ref, job.report),
            self,
            engine=engine,
            bridge=self.context.engine,
        )
        dialog.show()
        self.transfer_dialog = dialog
        return dialog

    def push_dialog(self) -> None:
        sel = self.selected()
        if len(sel) != 1:
            return
        image = sel[0]
        choices = list(image.tags)
        ref, ok = QInputDialog.getItem(
            self,
            self.tr("Push image"),
            self.tr("Reference to push (pick a tag, or type registry/repository:tag):"),
            choices,
            0,
            True,
        )
        if ok and ref.strip():
            self.push(image, ref.strip())

    def push(self, image: Image, reference: str) -> TransferDialog | None:
        ref = self._validated(reference)
        engine = self.engine_of(image)
        if ref is None or engine.client is None:
            return None
        needs_tag = ref not in image.tags

        def work(job: Job) -> TransferProgress:
            if needs_tag:  # a new name: tag first, as `docker tag` + `docker push`
                tag_image(job, engine.api, image.id, ref)
            return push_image(job, engine.api, ref, job.report)

        dialog = TransferDialog(
            self.tr("Push {0}").format(ref),
            self.context.jobs,
            work,
            self,
            engine=engine,
            bridge=self.context.engine,
        )
        dialog.show()
        self.transfer_dialog = dialog
        return dialog

    def parity_dialog(self) -> QWidget | None:
        """Compare the selected image's Python packages with an environment."""
        sel = self.selected()
        if len(sel) != 1:
            return None
        self._act_on_its_engine(sel[0])
        return self.context.app.compare(sel[0].tags[0] if sel[0].tags else sel[0].id, True)

    def build_dialog(self, folder: Path | None = None, tag: str = "") -> BuildDialog:
        dialog = self.build_window
        # a window on another engine (the current one changed since) is not reused
        elsewhere = dialog is not None and dialog.engine is not self.context.docker
        replacing = folder is not None or elsewhere
        if dialog is not None and replacing and dialog.has_unsaved_changes():
            # never replace a window whose Dockerfile edits are not saved: it asks first
            dialog.show()
            dialog.raise_()
            dialog.close()
            return dialog
        if dialog is None or replacing:
            if dialog is not None and (dialog.job is None or dialog.job.state.finished):
                dialog.deleteLater()
            dialog = BuildDialog(self.context, self, folder, tag)
            self.build_window = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def save_dialog(self) -> None:
        sel = self.selected()
        if not sel:
            return
        name = (
            (sel[0].tags[0] if sel[0].tags else sel[0].short_id).replace("/", "_").replace(":", "_")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save images"), f"{name}.tar", self.tr("Image archives (*.tar)")
        )
        if path:
            self.save(sel, Path(path))

    def save(self, images: list[Image], dest: Path) -> Job | None:
        """One archive from one engine: the first image's (others are on other engines)."""
        engine = self.engine_of(images[0])
        images = [i for i in images if i.engine == images[0].engine]
        if engine.client is None:
            return None
        refs = [i.tags[0] if i.tags else i.id for i in images]
        size = sum(i.size for i in images)
        return self.run_job(
            self.tr("Save %n image(s) to {0}", "", len(refs)).format(dest.name),
            lambda j: save_images(j, engine.api, refs, dest, size),
            lambda p: self.context.notifier.info(self.tr("Saved to {0}").format(p)),
        )

    def load_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load images"),
            "",
            self.tr("Image archives (*.tar *.tar.gz);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, src: Path) -> Job | None:
        engine = self.context.docker
        if engine.client is None:
            return None
        return self.run_job(
            self.tr("Load {0}").format(src.name),
            lambda j: load_images(j, engine.api, src),
            lambda refs: self.context.notifier.info(self.tr("Loaded {0}").format(", ".join(refs))),
        )

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
        engine = self.engine_of(image)
        return self.run_job(
            self.tr("Tag {0}").format(reference),
            lambda j: tag_image(j, engine.api, image.id, reference),
        )

    def untag_dialog(self) -> None:
        sel = self.selected()
        if len(sel) != 1 or len(sel[0].tags) < 2:
            QMessageBox.information(
                self,
                self.tr("Untag image"),
                self.tr(
                    "Select one image that has several tags. An image's only tag goes with "
                    "the image: use Remove for that."
                ),
            )
            return
        ref, ok = QInputDialog.getItem(
            self,
            self.tr("Untag image"),
            self.tr("Tag to remove (the image keeps its other tags):"),
            list(sel[0].tags),
            0,
            False,
        )
        if ok and ref:
            self.untag(sel[0], ref)

    def untag(self, image: Image, reference: str) -> Job:
        """Remove one tag; the image and its other tags stay (core refuses the last)."""
        engine = self.engine_of(image)
        return self.run_job(
            self.tr("Untag {0}").format(reference),
            lambda j: untag_image(j, engine.api, reference),
        )

    def remove_dialog(self) -> None:
        sel = self.selected()
        if not sel:
            return
        force = QCheckBox(
            self.tr("Force (also images used by stopped containers or tagged several times)")
        )
        text = (
            self.tr("Remove %n image(s)?", "", len(sel))
            + "\n"
            + "\n".join(", ".join(i.tags) or i.short_id for i in sel[:10])
        )
        if confirm(self, self.tr("Remove images"), text, option=force):
            self.remove(sel, force.isChecked())

    def remove(self, images: list[Image], force: bool = False) -> Job:
        """Remove ``images``: one job per engine that holds some (the first one returned)."""
        by_engine: dict[str, list[Image]] = {}
        for image in images:
            by_engine.setdefault(image.engine, []).append(image)
        jobs = [self._remove_on(self.engine_of(group[0]), group, force)
                for group in by_engine.values()]  # fmt: skip
        return jobs[0]

    def _remove_on(self, engine: Engine, images: list[Image], force: bool) -> Job:
        refs = [t for i in images for t in i.tags] if not force else [i.id for i in images]
        refs = refs or [i.id for i in images]
        return self.run_job(
            self.tr("Remove %n image(s)", "", len(images)),
            lambda j: remove_images(j, engine.api, refs, force),
        )

    def remove_dangling_dialog(self) -> None:
        n = sum(1 for i in self.model.items() if i.dangling)
        if n and confirm(
            self, self.tr("Remove dangling"), self.tr("Remove %n dangling image(s)?", "", n)
        ):
            engine = self.context.docker
            self.run_job(
                self.tr("Remove dangling images"), lambda j: remove_dangling(j, engine.api)
            )

    def show_history(self) -> Job | None:
        sel = self.selected()
        if len(sel) != 1:
            return None
        image = sel[0]
        engine = self.engine_of(image)

        def done(layers: list[Layer]) -> None:
            HistoryDialog(image, layers, self).show()

        return self.call(
            self.tr("History"),
            lambda: history(engine.api, image.id),
            done,
            self.context.notifier.error,
        )

    def show_inspect(self) -> Job | None:
        sel = self.selected()
        if len(sel) != 1:
            return None
        image = sel[0]
        engine = self.engine_of(image)

        def done(info: Json) -> None:
            title = self.tr("Inspect {0}").format(", ".join(image.tags) or image.short_id)
            self.inspect_dialog = show_json(self, title, info)

        return self.call(
            self.tr("Inspect"),
            lambda: engine.api.inspect_image(image.id),
            done,
            self.context.notifier.error,
        )

    def run_selected(self) -> None:
        sel = self.selected()
        if len(sel) != 1:
            return
        self._act_on_its_engine(sel[0])
        self.context.app.open_run(image=sel[0].tags[0] if sel[0].tags else sel[0].id)

    def _act_on_its_engine(self, image: Image) -> None:
        """Run and Compare act on the current engine: make it the image's own first."""
        if image.engine and image.engine != self.context.docker.name:
            self.context.engine.use(image.engine)
