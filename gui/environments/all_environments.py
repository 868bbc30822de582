"""The Environments panel's operations on every environment at once: back up all, restore
all, and which environments have a package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from core.envs.insight import who_has
from core.envs.lifecycle import RestoreResult, backup_all, restore_all
from core.envs.model import Environment, EnvKind, Package
from core.jobs import Job
from gui.environments.base import EnvironmentsBase, translate


class AllEnvironmentsMixin(EnvironmentsBase):
    """Back up, restore and search every environment found."""

    def _build_all_environments_actions(self) -> None:
        self.act_backup = self.make_action(
            translate("EnvironmentsPanel", "Back up all…"), self.backup_dialog
        )
        self.act_restore = self.make_action(
            translate("EnvironmentsPanel", "Restore all…"), self.restore_dialog
        )
        self.act_who = self.make_action(
            translate("EnvironmentsPanel", "Which environments have…"),
            self.who_has_dialog,
            "mdi6.magnify",
        )

    # -- back up, restore --------------------------------------------------------------------------
    def backup_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("EnvironmentsPanel", "Back up every environment to")
        )
        if folder:
            self.backup_all(Path(folder))

    def backup_all(self, folder: Path) -> Job:
        envs = [e for e in self.environments if e.kind not in (EnvKind.SYSTEM, EnvKind.PYENV)]
        return self.run_job(
            self._backup_title(len(envs)),
            lambda job: backup_all(job, envs, folder),
        )

    def restore_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("EnvironmentsPanel", "Restore from a backup folder")
        )
        if folder:
            self.restore_all(Path(folder))

    def restore_all(self, folder: Path) -> Job:
        return self.run_job(
            translate("EnvironmentsPanel", "Restore environments"),
            lambda job: restore_all(job, folder, self.interpreters()),
            self._on_restored,
            after=self.refresh,
        )

    def _on_restored(self, results: list[RestoreResult]) -> None:
        counts = {
            k: sum(1 for r in results if r.outcome == k) for k in ("created", "skipped", "failed")
        }
        self.context.notifier.notify(
            "warning" if counts["failed"] else "info",
            translate("EnvironmentsPanel", "Restore: {0} created, {1} skipped, {2} failed").format(
                counts["created"], counts["skipped"], counts["failed"]
            ),
            "; ".join(f"{r.name}: {r.message}" for r in results if r.outcome == "failed"),
        )

    # -- which environments have a package ---------------------------------------------------------
    def who_has_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            translate("EnvironmentsPanel", "Which environments have a package"),
            translate("EnvironmentsPanel", "Package name:"),
        )
        if ok and name.strip():
            self.who_has(name.strip())

    def who_has(self, name: str, show: bool = True) -> Job:
        envs = list(self.environments)

        def done(found: list[tuple[Environment, Package]]) -> None:
            if not show:
                return
            lines = [f"{env.name} ({env.path}): {pkg.version}" for env, pkg in found]
            QMessageBox.information(
                self,
                translate("EnvironmentsPanel", "Who has {0}").format(name),
                "\n".join(lines)
                if lines
                else translate("EnvironmentsPanel", "No environment has {0}.").format(name),
            )

        return self.run_job(
            translate("EnvironmentsPanel", "Find {0} in every environment").format(name),
            lambda _job: who_has(envs, name),
            done,
        )
