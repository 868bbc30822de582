"""The compose panel's tables: projects, the chosen project's services, its containers.
Each is a keyed column model changed row by row (``ColumnsModel.replace``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from core.compose.projects import ProjectRow, ServiceRow
from core.docker.containers import Container
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models.columns import Column, ColumnsModel

_PROJECTS = "ComposeProjectsModel"
_SERVICES = "ComposeServicesModel"
_CONTAINERS = "ComposeContainersModel"
_PROGRESS = "ComposeProgressModel"


def _files(row: ProjectRow) -> str:
    return ", ".join(str(p) for p in row.ref.files) if row.ref is not None else ""


PROJECT_COLUMNS: tuple[Column[ProjectRow], ...] = (
    Column(QT_TRANSLATE_NOOP("ComposeProjectsModel", "Project"), lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP("ComposeProjectsModel", "State"),
        lambda r: r.status_text,
        sort=lambda r: (r.running, r.total),
    ),
    Column(QT_TRANSLATE_NOOP("ComposeProjectsModel", "Files"), _files, tooltip=_files),
)


def _service_image(s: ServiceRow) -> str:
    if s.build_context is None:
        return s.image
    built = QCoreApplication.translate("ComposeServicesModel", "build: {0}").format(s.build_context)
    return f"{s.image} ({built})" if s.image else built


def _service_count(s: ServiceRow) -> str:
    text = f"{s.running}/{s.replicas}"
    if s.in_file is False:
        text += " " + QCoreApplication.translate("ComposeServicesModel", "(no longer in the file)")
    elif not s.active:
        text += " " + QCoreApplication.translate("ComposeServicesModel", "(profile off)")
    return text


def _depends(s: ServiceRow) -> str:
    return ", ".join(
        f"{d.service} ({d.condition})" if d.condition != "service_started" else d.service
        for d in s.depends_on
    )


def _joined(items: tuple[str, ...]) -> str:
    return ", ".join(items)


SERVICE_COLUMNS: tuple[Column[ServiceRow], ...] = (
    Column(QT_TRANSLATE_NOOP("ComposeServicesModel", "Service"), lambda s: s.name),
    Column(QT_TRANSLATE_NOOP("ComposeServicesModel", "Image / build"), _service_image,
           tooltip=lambda s: "\n".join(x for x in (s.image, s.build_context or "") if x)),
    Column(QT_TRANSLATE_NOOP("ComposeServicesModel", "Running"), _service_count,
           sort=lambda s: s.running),
    Column(QT_TRANSLATE_NOOP("ComposeServicesModel", "Ports"), lambda s: _joined(s.ports)),
    Column(QT_TRANSLATE_NOOP("ComposeServicesModel", "Depends on"), _depends),
    Column(QT_TRANSLATE_NOOP("ComposeServicesModel", "Profiles"), lambda s: _joined(s.profiles)),
    Column(QT_TRANSLATE_NOOP("ComposeServicesModel", "Networks"), lambda s: _joined(s.networks)),
    Column(QT_TRANSLATE_NOOP("ComposeServicesModel", "Volumes"), lambda s: _joined(s.volumes)),
)  # fmt: skip


def _service_of(c: Container) -> str:
    service = c.labels.get("com.docker.compose.service", "")
    number = c.labels.get("com.docker.compose.container-number", "")
    return f"{service} #{number}" if number and number != "1" else service


CONTAINER_COLUMNS: tuple[Column[Container], ...] = (
    Column(QT_TRANSLATE_NOOP("ComposeContainersModel", "Service"), _service_of),
    Column(QT_TRANSLATE_NOOP("ComposeContainersModel", "Container"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("ComposeContainersModel", "State"), lambda c: c.state),
    Column(QT_TRANSLATE_NOOP("ComposeContainersModel", "Health"), lambda c: c.health),
    Column(QT_TRANSLATE_NOOP("ComposeContainersModel", "Status"), lambda c: c.status_at()),
    Column(QT_TRANSLATE_NOOP("ComposeContainersModel", "Ports"), lambda c: c.ports_text),
)


Progress = tuple[str, str, str]  # kind, name, status (core.compose.actions.ComposeProgress)

PROGRESS_COLUMNS: tuple[Column[Progress], ...] = (
    Column(QT_TRANSLATE_NOOP("ComposeProgressModel", "What"), lambda p: p[0]),
    Column(QT_TRANSLATE_NOOP("ComposeProgressModel", "Name"), lambda p: p[1]),
    Column(QT_TRANSLATE_NOOP("ComposeProgressModel", "State"), lambda p: p[2]),
)


def _project_muted(row: ProjectRow) -> bool:
    return row.running == 0


def _service_muted(s: ServiceRow) -> bool:
    return not s.active or s.in_file is False


class ProjectsModel(ColumnsModel[ProjectRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_PROJECTS, PROJECT_COLUMNS, key=lambda r: r.name, muted=_project_muted,
                         parent=parent)  # fmt: skip


class ServicesModel(ColumnsModel[ServiceRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_SERVICES, SERVICE_COLUMNS, key=lambda s: s.name, muted=_service_muted,
                         parent=parent)  # fmt: skip


class ProjectContainersModel(ColumnsModel[Container]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            _CONTAINERS, CONTAINER_COLUMNS, key=lambda c: c.id,
            muted=lambda c: c.state != "running", parent=parent,
        )  # fmt: skip


class ProgressModel(ColumnsModel[Progress]):
    """What the running action said about each container, network, volume, image and
    layer (compose's own words), one row each, updated in place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_PROGRESS, PROGRESS_COLUMNS, key=lambda p: (p[0], p[1]), parent=parent)
