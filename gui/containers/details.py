"""A container's details: overview (with port links and masked secrets) and the full
inspect JSON, searchable and copyable."""

from __future__ import annotations

import html
import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.docker.engine import Engine
from core.docker.masking import MASK, looks_secret
from core.docker.stats import CPU, MEM, MEM_LIMIT, NET_RX, NET_TX
from core.host.ring import FloatArray
from gui.widgets.engine_label import engine_url
from gui.widgets.json_view import JsonView

if TYPE_CHECKING:  # the graphs module imports pyqtgraph: loaded with the Stats tab
    from gui.widgets.graphs import PlotGrid, TimePlot


def _row(name: str, value: str) -> str:
    return (
        f"<tr><td style='padding-right:12px'><b>{html.escape(name)}</b></td><td>{value}</td></tr>"
    )


WILDCARDS = ("0.0.0.0", "::", "")
REMOTE_SCHEMES = ("ssh", "tcp", "http", "https")


def is_remote(engine_url: str) -> bool:
    """An engine on another machine (ssh or tcp), not behind a socket of this one."""
    scheme, sep, _rest = engine_url.partition("://")
    return bool(sep) and scheme.lower() in REMOTE_SCHEMES


def _is_loopback(ip: str) -> bool:
    try:
        return ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return ip == "localhost"


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def port_url(engine_url: str, host_ip: str, port: str | int) -> str:
    """Where a browser here reaches a port the engine published: ``localhost`` for an engine
    on this machine; for an engine elsewhere (``ssh://user@gpu1``, ``tcp://10.0.0.5:2376``)
    its host, or the very address the port is bound to when that is a specific one."""
    if not is_remote(engine_url):
        return f"http://localhost:{port}"
    if host_ip not in WILDCARDS and not _is_loopback(host_ip):
        return f"http://{_url_host(host_ip)}:{port}"
    host = urlsplit(engine_url).hostname or "localhost"
    return f"http://{_url_host(host)}:{port}"


def overview_html(info: dict[str, Any], show_secrets: bool, engine_url: str = "") -> str:
    """The overview of one inspected container; ``engine_url`` is where its engine is (port
    links lead to that host; "" or a unix socket: this machine)."""
    translate = QCoreApplication.translate
    remote = is_remote(engine_url)

    cfg = info.get("Config") or {}
    state = info.get("State") or {}
    host = info.get("HostConfig") or {}
    command = " ".join([*(cfg.get("Entrypoint") or []), *(cfg.get("Cmd") or [])])
    rows = [
        _row(
            translate("ContainerDetails", "Name"),
            html.escape(str(info.get("Name", "")).lstrip("/")),
        ),
        _row(
            translate("ContainerDetails", "Id"),
            f"<code>{html.escape(str(info.get('Id', ''))[:12])}</code>",
        ),
        _row(translate("ContainerDetails", "Image"), html.escape(str(cfg.get("Image", "")))),
        _row(translate("ContainerDetails", "Command"), f"<code>{html.escape(command)}</code>"),
        _row(
            translate("ContainerDetails", "Created"),
            html.escape(str(info.get("Created", ""))[:19].replace("T", " ")),
        ),
        _row(
            translate("ContainerDetails", "State"),
            html.escape(str(state.get("Status", "")))
            + (
                " — " + translate("ContainerDetails", "exit code {0}").format(state.get("ExitCode"))
                if state.get("Status") == "exited"
                else ""
            ),
        ),
    ]
    health = (state.get("Health") or {}).get("Status")
    if health:
        rows.append(_row(translate("ContainerDetails", "Health"), html.escape(str(health))))
    policy = (host.get("RestartPolicy") or {}).get("Name") or "no"
    rows.append(_row(translate("ContainerDetails", "Restart policy"), html.escape(str(policy))))
    links = []
    for key, bindings in ((info.get("NetworkSettings") or {}).get("Ports") or {}).items():
        for b in bindings or []:
            port, ip = b.get("HostPort"), b.get("HostIp", "")
            url = port_url(engine_url, ip, port)
            if remote and _is_loopback(ip):
                note = translate(
                    "ContainerDetails",
                    " — only on the engine's own machine (loopback): not reachable from here",
                )
            elif ip in WILDCARDS:
                note = translate("ContainerDetails", " — reachable from the network")
            else:
                note = ""
            shown = f"[{ip}]" if ":" in ip else ip
            links.append(
                f"<a href='{url}'>{html.escape(shown)}:{port}</a> → "
                f"{html.escape(key)}{html.escape(note)}"
            )
    rows.append(
        _row(
            translate("ContainerDetails", "Ports"),
            "<br>".join(links) or translate("ContainerDetails", "none published"),
        )
    )
    mounts = [
        f"{html.escape(str(m.get('Source') or m.get('Name', '')))} → "
        f"{html.escape(str(m.get('Destination', '')))}"
        f"{'' if m.get('RW', True) else ' (ro)'}"
        for m in info.get("Mounts") or []
    ]
    rows.append(
        _row(
            translate("ContainerDetails", "Mounts"),
            "<br>".join(mounts) or translate("ContainerDetails", "none"),
        )
    )
    nets = ", ".join(
        html.escape(n) for n in ((info.get("NetworkSettings") or {}).get("Networks") or {})
    )
    rows.append(
        _row(
            translate("ContainerDetails", "Networks"), nets or translate("ContainerDetails", "none")
        )
    )
    env_rows = []
    for item in cfg.get("Env") or []:
        key, _, value = str(item).partition("=")
        shown = value if show_secrets or not looks_secret(key) else MASK
        env_rows.append(f"<code>{html.escape(key)}={html.escape(shown)}</code>")
    rows.append(
        _row(
            translate("ContainerDetails", "Environment"),
            "<br>".join(env_rows) or translate("ContainerDetails", "none"),
        )
    )
    return "<table>" + "".join(rows) + "</table>"


@dataclass(frozen=True, slots=True)
class StatsGraphs:
    grid: PlotGrid
    cpu: TimePlot
    memory: TimePlot
    network: TimePlot


class ContainerDetails(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: dict[str, Any] | None = None
        self.engine_url = ""  # where the container's engine is: "" for this machine
        overview = QWidget()
        ol = QVBoxLayout(overview)
        self.show_secrets = QCheckBox(self.tr("Show secret-looking values"))
        self.show_secrets.toggled.connect(lambda _on: self._render())
        ol.addWidget(self.show_secrets)
        self.overview = QLabel(self.tr("Select a container."))
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setOpenExternalLinks(True)
        self.overview.setWordWrap(True)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.overview.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.overview)
        ol.addWidget(scroll, 1)
        self.addTab(overview, self.tr("Overview"))

        self.inspect_view = JsonView()
        self.search = self.inspect_view.search
        self.json = self.inspect_view.text
        self.find_next = self.inspect_view.find_next
        self.addTab(self.inspect_view, self.tr("Inspect"))
        # one choice for both views: revealing in one reveals in the other
        self.show_secrets.toggled.connect(self.inspect_view.reveal.setChecked)
        self.inspect_view.reveal.toggled.connect(self.show_secrets.setChecked)

        # The graphs are built when the Stats tab is first shown: they import pyqtgraph
        # (about 0.5 s on the GUI thread), which building the Containers panel need not pay.
        self.stats_page = QWidget()
        self._stats_layout = QVBoxLayout(self.stats_page)
        self._stats_layout.setContentsMargins(0, 0, 0, 0)
        self.stats_note = QLabel(self.tr("Live figures appear while the container runs."))
        self._stats_layout.addWidget(self.stats_note)
        self.stats_graphs: StatsGraphs | None = None
        self.addTab(self.stats_page, self.tr("Stats"))
        self.currentChanged.connect(self._on_tab_change)

    def _on_tab_change(self, index: int) -> None:
        if self.widget(index) is self.stats_page:
            self.graphs()

    def graphs(self) -> StatsGraphs:
        """The Stats tab's graphs, made on first use."""
        if self.stats_graphs is None:
            from gui.widgets.graphs import PlotGrid, percent, rate, size

            grid = PlotGrid()
            self.stats_graphs = StatsGraphs(
                grid,
                cpu=grid.add_plot(
                    0, 0, self.tr("CPU (of one core)"), [self.tr("CPU")], percent, (0, 100)
                ),
                memory=grid.add_plot(
                    0, 1, self.tr("Memory"), [self.tr("used"), self.tr("limit")], size, (0, 1)
                ),
                network=grid.add_plot(
                    0,
                    2,
                    self.tr("Network"),
                    [self.tr("receive"), self.tr("send")],
                    rate,
                    (0, 4096),
                ),
            )
            self._stats_layout.addWidget(grid, 1)
        return self.stats_graphs

    def show_stats(self, t: FloatArray | None, values: FloatArray | None) -> None:
        """A container's ring window (columns as core.docker.stats defines them)."""
        if t is None or values is None or not len(t):
            self.stats_note.setText(self.tr("No live figures: the container is not running."))
            return
        self.stats_note.setText("")
        graphs = self.graphs()
        graphs.cpu.set_data(t, [values[:, CPU]])
        graphs.memory.set_data(t, [values[:, MEM], values[:, MEM_LIMIT]])
        top = float(values[:, MEM].max()) * 1.3
        graphs.memory.set_y_top(max(top, 1.0))
        graphs.network.set_data(t, [values[:, NET_RX], values[:, NET_TX]])
        graphs.network.auto_y()

    def set_info(self, info: dict[str, Any] | None, engine: Engine | None = None) -> None:
        """Show ``info`` (inspect of a container of ``engine``; without it, of the engine
        last given — port links lead to that engine's host)."""
        if engine is not None:
            self.set_engine(engine)
        self.info = info
        self.inspect_view.set_data(info)
        self._render()

    def _render(self) -> None:
        if self.info is None:
            self.overview.setText(self.tr("Select a container."))
            return
        self.overview.setText(
            overview_html(self.info, self.show_secrets.isChecked(), self.engine_url)
        )

    def set_engine(self, engine: Engine) -> None:
        """The engine whose containers the details show from now on."""
        self.engine_url = engine_url(engine)
