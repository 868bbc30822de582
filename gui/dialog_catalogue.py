"""Every dialog and window EnvDock opens, built with sample data, so that ``self-test`` can
open and paint each one (a dialog that raises while painting is found before a user is).

A test walks ``gui/`` and fails when a dialog or window class is missing here.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from core.compose.actions import UpOptions
    from core.compose.config import ComposeModel
    from core.compose.projects import ProjectRef
    from core.compose.tool import ComposeTool
    from core.envs.model import Environment
    from gui.main_window import MainWindow

# each factory imports its dialog's module: only the self-test opens them all
Factory = Callable[["MainWindow"], QWidget]
SAMPLE_IMAGE = "envdock/sample:latest"


def _run(w: MainWindow) -> QWidget:
    from gui.containers.run_dialog import RunDialog

    return RunDialog([SAMPLE_IMAGE], ["bridge"], w, image=SAMPLE_IMAGE, port="8080")


def _parity(w: MainWindow) -> QWidget:
    from gui.bridge.parity_dialog import ParityDialog

    return ParityDialog(w.context, "sample", False, w)


def _history(w: MainWindow) -> QWidget:
    from core.docker.image_ops import Layer
    from core.docker.images import Image
    from gui.images.history import HistoryDialog

    image = Image("sha256:" + "a" * 64, (SAMPLE_IMAGE,), 5_000_000, time.time())
    layer = Layer("sha256:" + "b" * 64, "COPY busybox /bin/busybox", 5_000_000, time.time(),
                  (SAMPLE_IMAGE,), False)  # fmt: skip
    return HistoryDialog(image, [layer], w)


def _transfer(w: MainWindow) -> QWidget:
    from core.docker.transfer import TransferProgress
    from gui.images.transfer_dialog import TransferDialog

    done = TransferProgress(SAMPLE_IMAGE, up_to_date=True, finished=True)
    return TransferDialog(SAMPLE_IMAGE, w.context.jobs, lambda _job: done, w)


def _build(w: MainWindow) -> QWidget:
    from gui.images.build_dialog import BuildDialog

    return BuildDialog(w.context, w, tag=SAMPLE_IMAGE)


def _create_volume(w: MainWindow) -> QWidget:
    from gui.volumes.panel import CreateVolumeDialog

    return CreateVolumeDialog(w)


def _browse_volume(w: MainWindow) -> QWidget:
    from gui.volumes.panel import VolumeBrowserDialog, VolumesPanel

    panel = w.show_panel("volumes")
    assert isinstance(panel, VolumesPanel)
    return VolumeBrowserDialog(panel, "sample-volume")


def _create_network(w: MainWindow) -> QWidget:
    from gui.networks.panel import CreateNetworkDialog

    return CreateNetworkDialog(w)


def _alerts(w: MainWindow) -> QWidget:
    from core.host.alerts import Alert
    from gui.host.alerts_dialog import AlertsDialog

    return AlertsDialog([Alert("memory", 90.0, 30.0)], ["/"], w)


def _search(w: MainWindow) -> QWidget:
    from gui.environments.search_dialog import SearchSettingsDialog

    return SearchSettingsDialog(True, (Path.home() / "projects",), w)


def _install(w: MainWindow) -> QWidget:
    from gui.environments.install_dialog import InstallDialog

    return InstallDialog("sample", w)


def _sample_env() -> Environment:
    from core.envs.model import Environment, EnvKind

    return Environment(Path.home() / "sample-env", EnvKind.VENV, "sample-env", "3.11.7")


def _containerize(w: MainWindow) -> QWidget:
    from gui.bridge.containerize_dialog import ContainerizeDialog

    return ContainerizeDialog(_sample_env(), Path.home() / "sample-env-docker", w)


def _create_env(w: MainWindow) -> QWidget:
    from gui.environments.create_dialog import CreateEnvDialog

    return CreateEnvDialog([], Path.home(), ["conda-forge"], w)


def _login(w: MainWindow) -> QWidget:
    from gui.registries.panel import LoginDialog

    return LoginDialog("localhost:5000", w)


def _error(w: MainWindow) -> QWidget:
    from core.errors import EnvDockError
    from gui.widgets.error_dialog import ErrorDialog

    return ErrorDialog(EnvDockError("A sample error", "A sample hint."), w)


def _prune(w: MainWindow) -> QWidget:
    from core.docker.prune import PruneItem, PrunePreview
    from gui.widgets.prune_dialog import PruneDialog

    return PruneDialog(PrunePreview("images", (PruneItem("sha256:c", "old:1", 1024),)), w)


def _logs(w: MainWindow) -> QWidget:
    from gui.containers.log_view import LogWindow

    return LogWindow(w.context, "0" * 64, "sample")


def _terminal(w: MainWindow) -> QWidget:
    from gui.containers.terminal import TerminalWindow

    return TerminalWindow(w.context, "0" * 64, "sample")


def _engines(w: MainWindow) -> QWidget:
    from gui.engines.dialog import EnginesDialog

    return EnginesDialog(w.context, w)


def _add_engine(w: MainWindow) -> QWidget:
    from gui.engines.add_dialog import AddEngineDialog

    return AddEngineDialog(w.context, w)


def _sample_tool() -> ComposeTool:
    from core.compose.tool import ComposeTool

    return ComposeTool(("docker", "compose"), "2.40.3", 2)


def _compose_ref() -> ProjectRef:
    from core.compose.projects import ProjectRef

    folder = Path("/nonexistent/envdock-sample")
    return ProjectRef("sample", (folder / "compose.yaml",), folder)


def _compose_up(w: MainWindow) -> QWidget:
    from gui.compose.dialogs import UpDialog

    def command(options: UpOptions) -> str:
        return f"docker compose -p sample up -d {' '.join(options.services)}"

    return UpDialog(_sample_tool(), command, ["db", "web"], ["debug"], w, chosen_services=["web"])


def _compose_down(w: MainWindow) -> QWidget:
    from gui.compose.dialogs import DownDialog

    return DownDialog(
        lambda v, i: "docker compose -p sample down" + " -v" * v + " --rmi all" * i, w
    )


def _compose_editor(w: MainWindow) -> QWidget:
    from core.compose.config import ComposeConfigError, ConfigProblem
    from gui.compose.editor import ComposeEditor

    ref = _compose_ref()

    def validate(_texts: object) -> ComposeModel:
        raise ComposeConfigError([ConfigProblem("sample problem", ref.files[0], 1, 1)])

    return ComposeEditor(w.context.jobs, ref, validate, w)


def _swarm_service(w: MainWindow) -> QWidget:
    from gui.swarm.service_dialog import ServiceDialog

    return ServiceDialog(w, networks=["backend"], secrets=["db_password"], configs=["app.ini"],
                         images=[SAMPLE_IMAGE])  # fmt: skip


def _swarm_update(w: MainWindow) -> QWidget:
    from core.swarm.model import Service
    from core.swarm.ops import Resources
    from gui.swarm.dialogs import UpdateServiceDialog

    service = Service("sample-id", "web", "replicated", 3, 3, SAMPLE_IMAGE)
    return UpdateServiceDialog(w, service, env={"A": "1", "DB_PASSWORD": "sample"},
                               resources=Resources(memory_limit=512 * 1024**2),
                               images=[SAMPLE_IMAGE])  # fmt: skip


def _swarm_init(w: MainWindow) -> QWidget:
    from gui.swarm.dialogs import InitDialog

    return InitDialog(w, [("10.0.0.2", "eth0"), ("192.168.1.5", "wlan0")])


def _swarm_join(w: MainWindow) -> QWidget:
    from gui.swarm.dialogs import JoinDialog

    return JoinDialog(w)


def _swarm_tokens(w: MainWindow) -> QWidget:
    from core.swarm.ops import JoinInfo
    from gui.swarm.dialogs import TokensDialog

    token = "SWMTKN-1-" + "0" * 50 + "-"
    return TokensDialog(w, JoinInfo(token + "w" * 25, token + "m" * 25, "10.0.0.2:2377"))


def _swarm_node_labels(w: MainWindow) -> QWidget:
    from core.swarm.model import Node
    from gui.swarm.dialogs import NodeLabelsDialog

    node = Node("sample-id", "node-1", "worker", "active", "ready", "", "", "10.0.0.3", "27.0",
                {"zone": "a"})  # fmt: skip
    return NodeLabelsDialog(w, node)


def _swarm_secret(w: MainWindow) -> QWidget:
    from gui.swarm.dialogs import SwarmObjectDialog

    return SwarmObjectDialog(w, "secret")


def _swarm_stack(w: MainWindow) -> QWidget:
    from gui.swarm.dialogs import StackDeployDialog

    return StackDeployDialog(
        w, name="sample", path=Path("/nonexistent/envdock-sample/compose.yaml")
    )


CATALOGUE: dict[str, Factory] = {
    "RunDialog": _run,
    "ParityDialog": _parity,
    "HistoryDialog": _history,
    "TransferDialog": _transfer,
    "BuildDialog": _build,
    "CreateVolumeDialog": _create_volume,
    "VolumeBrowserDialog": _browse_volume,
    "CreateNetworkDialog": _create_network,
    "AlertsDialog": _alerts,
    "SearchSettingsDialog": _search,
    "InstallDialog": _install,
    "ContainerizeDialog": _containerize,
    "CreateEnvDialog": _create_env,
    "LoginDialog": _login,
    "ErrorDialog": _error,
    "PruneDialog": _prune,
    "LogWindow": _logs,
    "TerminalWindow": _terminal,
    "EnginesDialog": _engines,
    "AddEngineDialog": _add_engine,
    "UpDialog": _compose_up,
    "DownDialog": _compose_down,
    "ComposeEditor": _compose_editor,
    "ServiceDialog": _swarm_service,
    "UpdateServiceDialog": _swarm_update,
    "InitDialog": _swarm_init,
    "JoinDialog": _swarm_join,
    "TokensDialog": _swarm_tokens,
    "NodeLabelsDialog": _swarm_node_labels,
    "SwarmObjectDialog": _swarm_secret,
    "StackDeployDialog": _swarm_stack,
}


def _collect_into(errors: list[str]) -> Callable[..., None]:
    def hook(kind: type[BaseException], value: BaseException, _tb: object) -> None:
        errors.append(f"{kind.__name__}: {value}")

    return hook


def paint_all(window: MainWindow, app: QApplication) -> dict[str, str]:
    """{dialog: "ok" or what went wrong}: each is built, shown, painted (``grab``), closed.

    An exception raised inside Qt's paint or event handlers does not reach the caller; it
    goes to ``sys.excepthook``, so that is watched while each dialog is on screen.
    """
    results: dict[str, str] = {}
    for name, make in CATALOGUE.items():
        errors: list[str] = []
        previous = sys.excepthook
        sys.excepthook = _collect_into(errors)
        widget: QWidget | None = None
        try:
            widget = make(window)
            widget.show()
            app.processEvents()
            if widget.grab().isNull():
                errors.append("painted nothing")
            app.processEvents()
        except Exception as exc:  # each dialog reports, none stops the others
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            if widget is not None:
                widget.close()
                widget.deleteLater()
            app.processEvents()
            sys.excepthook = previous
        results[name] = errors[0] if errors else "ok"
    return results
