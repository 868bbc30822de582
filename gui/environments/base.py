"""What the parts of the Environments panel share: the environments found, the selected one,
the confirm hook, and the few calls one part makes on another.

``EnvironmentsPanel`` (``panel.py``: the table and the selection) is built from four parts,
each a subclass of ``EnvironmentsBase``: the packages pane (``packages.py``), the operations
on one environment (``operations.py``) and on all of them (``all_environments.py``), and the
saved folders (``folders.py``). Their strings keep the translation context "EnvironmentsPanel"
they had when all of this was one class, through ``translate``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from core.envs.model import Environment, EnvKind, Package
from core.jobs import Job
from gui.panel import Panel

translate = QCoreApplication.translate


class EnvironmentsBase(Panel):
    """State and hooks of ``EnvironmentsPanel``, declared once for its parts. The panel sets
    the state up in its ``__init__`` and implements the hooks."""

    settings: QSettings
    environments: list[Environment]  # as last found
    current: Environment | None  # the selected one
    packages: list[Package]  # the selected one's
    confirm: Callable[[str, str], bool]  # (title, text) → go ahead? Tests replace it.

    def refresh(self) -> Job:
        """Search for environments again (the panel)."""
        raise NotImplementedError

    def _update_actions(self) -> None:
        """Enable what applies to the selection (the panel)."""
        raise NotImplementedError

    def _remember_folder(self, folder: Path) -> None:
        """Have environments made in ``folder`` found from now on (the saved folders)."""
        raise NotImplementedError

    # texts with a count: lupdate reads a plural only from a tr() in the class of the context
    def _backup_title(self, count: int) -> str:
        """ "Back up %n environment(s)" (the panel)."""
        raise NotImplementedError

    def _outdated_note(self, count: int) -> str:
        """ "%n outdated package(s) in {0}" (the panel)."""
        raise NotImplementedError

    def interpreters(self) -> list[Environment]:
        """The Pythons found (system, pyenv, conda bases) to make new environments with."""
        seen: set[str] = set()
        out = []
        for env in self.environments:
            if (
                env.kind in (EnvKind.SYSTEM, EnvKind.PYENV, EnvKind.CONDA)
                and env.interpreter
                and env.healthy
                and env.python_version
                and env.interpreter not in seen
            ):
                seen.add(env.interpreter)
                out.append(env)
        return out

    def _need_env(self) -> Environment | None:
        env = self.current
        if env is None:
            self.context.notifier.info(
                translate("EnvironmentsPanel", "Select an environment first.")
            )
        return env
