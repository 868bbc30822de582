"""The Swarm panel's actions: nodes (drain, pause, activate, promote, demote, labels,
remove), services (create, scale, update, rollback, remove, logs, inspect), stacks (deploy,
redeploy, remove), configs and secrets (create, remove) and the swarm itself (initialise,
join tokens, join, leave). Every engine call runs in a worker; what asks first names what
is lost; the rows follow from the engine's events."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from core.compose.tool import env_for
from core.docker.api import DockerAPI
from core.errors import EnvDockError
from core.jobs import Job
from core.swarm import ops
from core.swarm.logs import ServiceLogFeed
from core.swarm.stacks import StackResult, stack_deploy, stack_remove
from gui.context import AppContext
from gui.swarm.panel import SwarmBase, _Tab
from gui.widgets.dialogs import confirm
from gui.widgets.json_view import show_json

T = TypeVar("T")


class SwarmPanel(SwarmBase):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        act = self.make_action
        self.init_button = self.button(self.tr("Initialise…"), self.init_swarm)
        self.join_button = self.button(self.tr("Join…"), self.join_swarm)
        self.tokens_button = self.button(self.tr("Join tokens…"), self.show_tokens)
        self.leave_button = self.button(self.tr("Leave…"), self.leave_swarm)
        self.engines_button = self.button(self.tr("Engines…"), self.context.app.manage_engines)

        self.drain_action = act(
            self.tr("Drain"), lambda: self.availability("drain"), "mdi6.water-off"
        )
        self.pause_action = act(self.tr("Pause"), lambda: self.availability("pause"), "mdi6.pause")
        self.activate_action = act(
            self.tr("Activate"), lambda: self.availability("active"), "mdi6.play"
        )
        self.promote_action = act(
            self.tr("Promote"), lambda: self.role("manager"), "mdi6.arrow-up-bold"
        )
        self.demote_action = act(
            self.tr("Demote"), lambda: self.role("worker"), "mdi6.arrow-down-bold"
        )
        self.labels_action = act(self.tr("Labels…"), self.node_labels, "mdi6.tag-outline")
        self.remove_node_action = act(self.tr("Remove…"), self.remove_node, "mdi6.delete")
        self.inspect_node_action = act(
            self.tr("Inspect"), lambda: self.inspect("node", self.nodes_tab), "mdi6.code-json"
        )
        self.nodes_tab.add([self.drain_action, self.pause_action, self.activate_action, None,
                            self.promote_action, self.demote_action, None, self.labels_action,
                            self.remove_node_action, self.inspect_node_action])  # fmt: skip

        self.create_action = act(self.tr("Create…"), self.create_service, "mdi6.plus")
        self.scale_action = act(self.tr("Scale…"), self.scale_service, "mdi6.layers-triple")
        self.update_action = act(self.tr("Update…"), self.update_service, "mdi6.update")
        self.rollback_action = act(self.tr("Roll back"), self.rollback_service, "mdi6.undo")
        self.remove_service_action = act(self.tr("Remove…"), self.remove_service, "mdi6.delete")
        self.tasks_action = act(
            self.tr("Tasks"), self.tasks_of_selected, "mdi6.format-list-bulleted"
        )
        self.logs_action = act(self.tr("Logs"), self.service_logs, "mdi6.text-long")
        self.inspect_service_action = act(
            self.tr("Inspect"), lambda: self.inspect("service", self.services_tab), "mdi6.code-json"
        )
        self.services_tab.add([self.create_action, None, self.scale_action, self.update_action,
                               self.rollback_action, self.remove_service_action, None,
                               self.tasks_action, self.logs_action,
                               self.inspect_service_action])  # fmt: skip
        self.services_tab.view.doubleClicked.connect(lambda _i: self.tasks_of_selected())

        self.deploy_action = act(
            self.tr("Deploy…"), self.deploy_stack, "mdi6.rocket-launch-outline"
        )
        self.remove_stack_action = act(self.tr("Remove…"), self.remove_stack, "mdi6.delete")
        self.stacks_tab.add([self.deploy_action, self.remove_stack_action])
        self.stack_files: dict[str, Path] = {}  # stacks deployed from here: their files

        self.create_config_action = act(
            self.tr("Create…"), lambda: self.create_object("config"), "mdi6.plus"
        )
        self.remove_config_action = act(
            self.tr("Remove…"), lambda: self.remove_object("config"), "mdi6.delete"
        )
        self.configs_tab.add([self.create_config_action, self.remove_config_action])
        self.create_secret_action = act(
            self.tr("Create…"), lambda: self.create_object("secret"), "mdi6.plus"
        )
        self.remove_secret_action = act(
            self.tr("Remove…"), lambda: self.remove_object("secret"), "mdi6.delete"
        )
        self.secrets_tab.add([self.create_secret_action, self.remove_secret_action])
        for tab in (self.nodes_tab, self.services_tab, self.stacks_tab, self.configs_tab,
                    self.secrets_tab):  # fmt: skip
            tab.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.services_tab.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.show_ipvs_warning()
        )
        self.update_actions()

    # -- what is allowed ------------------------------------------------------------------------
    def update_actions(self) -> None:
        if not hasattr(self, "secrets_tab") or not hasattr(self, "remove_secret_action"):
            return  # the base calls this while building
        info = self.feed.info
        manager = info is not None and info.is_manager
        in_swarm = info is not None and info.active
        self.init_button.setVisible(info is not None and not in_swarm)
        self.join_button.setVisible(info is not None and not in_swarm)
        self.tokens_button.setVisible(manager)
        self.leave_button.setVisible(in_swarm)
        self.engines_button.setVisible(in_swarm and not manager)
        nodes = self.selected(self.nodes_tab)
        for action in (self.drain_action, self.pause_action, self.activate_action,
                       self.promote_action, self.demote_action,
                       self.remove_node_action):  # fmt: skip
            action.setEnabled(manager and bool(nodes))
        for action in (self.labels_action, self.inspect_node_action):
            action.setEnabled(manager and len(nodes) == 1)
        services = self.selected(self.services_tab)
        self.create_action.setEnabled(manager)
        one = manager and len(services) == 1
        for action in (self.scale_action, self.update_action, self.rollback_action,
                       self.tasks_action, self.logs_action,
                       self.inspect_service_action):  # fmt: skip
            action.setEnabled(one)
        self.remove_service_action.setEnabled(manager and bool(services))
        self.deploy_action.setEnabled(manager)
        self.remove_stack_action.setEnabled(manager and bool(self.selected(self.stacks_tab)))
        self.create_config_action.setEnabled(manager)
        self.create_secret_action.setEnabled(manager)
        self.remove_config_action.setEnabled(manager and bool(self.selected(self.configs_tab)))
        self.remove_secret_action.setEnabled(manager and bool(self.selected(self.secrets_tab)))

    # -- running ------------------------------------------------------------------------------
    def engine_call(
        self,
        title: str,
        fn: Callable[[DockerAPI], T],
        on_result: Callable[[T], object] | None = None,
    ) -> Job:
        """``fn(api)`` as a job on the engine acted on now (its failure is reported)."""
        engine = self.context.docker
        return self.run_job(title, lambda _job: fn(engine.api), on_result)

    def _names(self, keys: list[str], model: Any) -> str:
        names = []
        for key in keys:
            row = model.row_of(key)
            item = model.item(row) if row is not None else None
            cells = getattr(item, "cells", None)
            names.append(cells[0] if cells else getattr(item, "name", key[:12]))
        return ", ".join(names)

    # -- nodes ----------------------------------------------------------------------------------
    def availability(self, value: str) -> Job | None:
        nodes = self.selected(self.nodes_tab)
        if not nodes:
            return None

        def work(api: DockerAPI) -> None:
            for node in nodes:
                ops.node_update(api, node, availability=value)

        titles = {"drain": self.tr("Drain nodes"), "pause": self.tr("Pause nodes"),
                  "active": self.tr("Activate nodes")}  # fmt: skip
        return self.engine_call(titles[value], work)

    def role(self, value: str) -> Job | None:
        nodes = self.selected(self.nodes_tab)
        if not nodes:
            return None

        def work(api: DockerAPI) -> None:
            for node in nodes:
                ops.node_update(api, node, role=value)

        title = self.tr("Promote nodes") if value == "manager" else self.tr("Demote nodes")
        return self.engine_call(title, work)

    def node_labels(self) -> None:
        nodes = self.selected(self.nodes_tab)
        node = self.feed.state.nodes.get(nodes[0]) if len(nodes) == 1 else None
        if node is None:
            return
        from gui.swarm.dialogs import NodeLabelsDialog

        dialog = NodeLabelsDialog(self, node)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        added, removed = (dialog.added(), dialog.removed()) if accepted else ({}, [])
        dialog.deleteLater()
        if not accepted:
            return
        self.engine_call(
            self.tr("Change labels of {0}").format(node.hostname),
            lambda api: ops.node_update(api, node.id, add_labels=added, remove_labels=removed),
        )

    def remove_node(self) -> Job | None:
        nodes = self.selected(self.nodes_tab)
        if not nodes or not confirm(
            self,
            self.tr("Remove nodes"),
            self.tr("Remove {0} from the swarm?").format(self._names(nodes, self.nodes)),
            self.tr("Remove"),
            details=self.tr("Only a node that is down can be removed; its tasks were moved."),
        ):
            return None

        def work(api: DockerAPI) -> None:
            for node in nodes:
                ops.node_remove(api, node)

        return self.engine_call(self.tr("Remove nodes"), work)

    # -- services -------------------------------------------------------------------------------
    def create_service(self) -> None:
        engine, state = self.context.docker, self.feed.state

        def gather(api: DockerAPI) -> tuple[list[str], list[str]]:
            networks = sorted(str(n.get("Name")) for n in api.networks()
                              if n.get("Driver") == "overlay"
                              and n.get("Name") != "ingress")  # fmt: skip
            images = sorted({t for i in api.images() for t in (i.get("RepoTags") or [])
                             if t != "<none>:<none>"})  # fmt: skip
            return networks, images

        def submit(
            request: ops.ServiceRequest,
            on_result: Callable[[Any], None],
            on_error: Callable[[EnvDockError], None],
            owner: QObject,
        ) -> Job:
            """Created in a worker; the dialog closes once the engine accepts (a refusal
            shows on it, the input kept)."""
            return self.run_job(self.tr("Create service {0}").format(request.name),
                                lambda _job: ops.service_create(engine.api, request),
                                on_result, on_error, owner=owner)  # fmt: skip

        def ask(found: tuple[list[str], list[str]]) -> None:
            from gui.swarm.service_dialog import ServiceDialog

            networks, images = found
            dialog = ServiceDialog(
                self, networks=networks, images=images,
                secrets=[o.name for o in state.object_list("secret")],
                configs=[o.name for o in state.object_list("config")], submit=submit,
            )  # fmt: skip
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.service_dialog = dialog

        self.call(self.tr("Read networks and images"), lambda: gather(engine.api), ask,
                  self.context.notifier.error)  # fmt: skip

    def _service(self) -> str | None:
        services = self.selected(self.services_tab)
        return services[0] if len(services) == 1 else None

    def scale_service(self) -> Job | None:
        sid = self._service()
        service = self.feed.state.services.get(sid or "")
        if service is None:
            return None
        if service.is_global:
            QMessageBox.information(
                self, self.tr("Scale"),
                self.tr("{0} is a global service: it runs one task on every node and cannot be "
                        "scaled.").format(service.name),
            )  # fmt: skip
            return None
        count, ok = QInputDialog.getInt(
            self, self.tr("Scale"), self.tr("Tasks of {0}:").format(service.name),
            service.replicas_desired or 0, 0, 1000,
        )  # fmt: skip
        return self.scale_to(service.id, count) if ok else None

    def scale_to(self, service_id: str, replicas: int) -> Job:
        return self.engine_call(self.tr("Scale a service to {0}").format(replicas),
                                lambda api: ops.service_scale(api, service_id,
                                                              replicas))  # fmt: skip

    def update_service(self) -> None:
        sid = self._service()
        service = self.feed.state.services.get(sid or "")
        if service is None:
            return
        engine = self.context.docker

        def read(api: DockerAPI) -> tuple[dict[str, Any], list[str]]:
            spec = ops.inspect_json(api, "service", service.id)
            images = sorted({t for i in api.images() for t in (i.get("RepoTags") or [])
                             if t != "<none>:<none>"})  # fmt: skip
            return spec, images

        def ask(found: tuple[dict[str, Any], list[str]]) -> None:
            from gui.swarm.dialogs import UpdateServiceDialog

            spec, images = found
            task = (spec.get("Spec") or {}).get("TaskTemplate") or {}
            env_items = (task.get("ContainerSpec") or {}).get("Env") or []
            env = dict(item.partition("=")[::2] for item in env_items)
            dialog = UpdateServiceDialog(
                self, service, env=env, images=images,
                resources=ops.resources_from_spec(task.get("Resources")),
                update_policy=ops.policy_from_spec((spec.get("Spec") or {}).get("UpdateConfig")),
            )  # fmt: skip
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            c = dialog.changes() if accepted else None
            dialog.deleteLater()  # it held the environment's values
            if c is None:
                return
            self.engine_call(
                self.tr("Update service {0}").format(service.name),
                lambda api: ops.service_update(
                    api, service.id, image=c.image, env=c.env, resources=c.resources,
                    update_policy=c.update_policy, force=c.force,
                ),
                lambda _r: self.show_tasks(service.id),
            )  # fmt: skip

        self.call(self.tr("Read a service"), lambda: read(engine.api), ask,
                  self.context.notifier.error)  # fmt: skip

    def rollback_service(self) -> Job | None:
        sid = self._service()
        if sid is None:
            return None
        return self.engine_call(self.tr("Roll back a service"),
                                lambda api: ops.service_rollback(api, sid),
                                lambda _r: self.show_tasks(sid))  # fmt: skip

    def remove_service(self) -> Job | None:
        services = self.selected(self.services_tab)
        if not services or not confirm(
            self, self.tr("Remove services"),
            self.tr("Remove {0}? Their tasks stop on every node.").format(
                self._names(services, self.services)),
            self.tr("Remove"),
        ):  # fmt: skip
            return None

        def work(api: DockerAPI) -> None:
            for sid in services:
                ops.service_remove(api, sid)

        return self.engine_call(self.tr("Remove services"), work)

    def tasks_of_selected(self) -> None:
        sid = self._service()
        if sid is not None:
            self.show_tasks(sid)

    def service_logs(self) -> QWidget | None:
        sid = self._service()
        service = self.feed.state.services.get(sid or "")
        if service is None:
            return None
        return self.context.app.open_log_feed(
            self.context.docker, service.name,  # the window says "Logs — name"
            ServiceLogFeed(service.id),
        )  # fmt: skip

    def inspect(self, kind: str, tab: _Tab) -> None:
        keys = self.selected(tab)
        if len(keys) != 1:
            return
        engine = self.context.docker

        def show(data: dict[str, Any]) -> None:
            title = self.tr("Inspect {0}").format(keys[0][:12])
            self.inspect_dialog = show_json(self, title, data)

        self.call(self.tr("Inspect"), lambda: ops.inspect_json(engine.api, kind, keys[0]), show,
                  self.context.notifier.error)  # fmt: skip

    # -- stacks ---------------------------------------------------------------------------------
    def deploy_stack(self, name: str = "", path: Path | None = None) -> None:
        from gui.swarm.dialogs import StackDeployDialog

        selected = self.selected(self.stacks_tab)
        name = name or (selected[0] if selected else "")
        dialog = StackDeployDialog(self, name=name, path=path or self.stack_files.get(name))
        dialog.edit_requested.connect(self.context.app.edit_compose_file)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = (dialog.name(), dialog.path()) if accepted else None
        dialog.deleteLater()
        if chosen is not None:
            self.deploy(*chosen)

    def deploy(self, name: str, path: Path | None) -> Job | None:
        if path is None:
            return None
        engine = self.context.docker
        self.stack_files[name] = path

        def work(job: Job) -> StackResult:
            return stack_deploy(job, name, path, env_for(engine))

        return self.run_job(self.tr("Deploy stack {0}").format(name), work, self._deployed)

    def _deployed(self, result: StackResult) -> None:
        if result.ignored:
            QMessageBox.information(
                self, self.tr("Stack deployed"),
                self.tr("Stack {0} deployed. The swarm ignores these options of the file: {1}"
                        ).format(result.name, ", ".join(result.ignored)),
            )  # fmt: skip

    def remove_stack(self) -> Job | None:
        names = self.selected(self.stacks_tab)
        if len(names) != 1:
            return None
        name = names[0]
        row = self.stacks.row_of(name)
        services = (
            ", ".join(s.name for s in self.stacks.item(row).services) if row is not None else ""
        )
        if not confirm(
            self, self.tr("Remove stack"),
            self.tr("Remove the stack {0}: its services ({1}), networks, configs and secrets?"
                    ).format(name, services),
            self.tr("Remove"),
        ):  # fmt: skip
            return None
        engine = self.context.docker
        return self.run_job(self.tr("Remove stack {0}").format(name),
                            lambda job: stack_remove(job, name, env_for(engine)))  # fmt: skip

    # -- configs and secrets ----------------------------------------------------------------------
    def create_object(self, kind: str) -> None:
        from gui.swarm.dialogs import SwarmObjectDialog

        dialog = SwarmObjectDialog(self, kind)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            dialog.deleteLater()
            return
        name, labels, source = dialog.name(), dialog.labels(), dialog.take_source()
        dialog.deleteLater()
        create = ops.create_secret if kind == "secret" else ops.create_config
        title = self.tr("Create secret {0}") if kind == "secret" else self.tr("Create config {0}")
        self.engine_call(
            title.format(name), lambda api: create(api, name, ops.object_data(source), labels)
        )

    def remove_object(self, kind: str) -> Job | None:
        tab, model = (
            (self.secrets_tab, self.secrets)
            if kind == "secret"
            else (self.configs_tab, self.configs)
        )
        keys = self.selected(tab)
        if not keys or not confirm(
            self, self.tr("Remove"),
            self.tr("Remove {0}?").format(self._names(keys, model)), self.tr("Remove"),
        ):  # fmt: skip
            return None
        remove = ops.remove_secret if kind == "secret" else ops.remove_config

        def work(api: DockerAPI) -> None:
            for key in keys:
                remove(api, key)

        title = self.tr("Remove secrets") if kind == "secret" else self.tr("Remove configs")
        return self.engine_call(title, work)

    # -- the swarm itself -------------------------------------------------------------------------
    def init_swarm(self, advertise_addr: str | None = None) -> Job:
        def failed(err: EnvDockError) -> None:
            if not isinstance(err, ops.AdvertiseAddressNeeded):
                self.context.notifier.error(err)
                return
            from gui.swarm.dialogs import InitDialog

            dialog = InitDialog(self, err.candidates)  # the engine named several addresses
            chosen = dialog.exec() == QDialog.DialogCode.Accepted
            address = dialog.advertise_addr() if chosen else None
            dialog.deleteLater()
            if chosen:
                self.init_swarm(address)

        engine = self.context.docker
        return self.call(self.tr("Initialise a swarm"),
                         lambda: ops.swarm_init(engine.api, advertise_addr),
                         lambda _r: self.feed.refresh_info(), failed)  # fmt: skip

    def join_swarm(self) -> None:
        from gui.swarm.dialogs import JoinDialog

        dialog = JoinDialog(self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values() if accepted else None
        dialog.deleteLater()  # it held the token
        if values is None:
            return
        remote, token, advertise = values
        engine = self.context.docker
        self.run_job(self.tr("Join a swarm"),
                     lambda _job: ops.swarm_join(engine.api, remote, token, advertise),
                     lambda _r: self.feed.refresh_info())  # fmt: skip

    def show_tokens(self) -> None:
        engine = self.context.docker

        def show(info: ops.JoinInfo) -> None:
            from gui.swarm.dialogs import TokensDialog

            dialog = TokensDialog(self, info)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.tokens_dialog = dialog

        self.call(self.tr("Read the join tokens"), lambda: ops.join_tokens(engine.api), show,
                  self.context.notifier.error)  # fmt: skip

    def leave_swarm(self) -> None:
        engine, info = self.context.docker, self.feed.info
        manager = info is not None and info.is_manager
        if info is not None and manager and info.managers > 1:
            # leaving takes --force on a manager; with others left that risks the quorum:
            # the safe way is to demote it first (from the Nodes tab), then leave as a worker
            QMessageBox.information(
                self, self.tr("Leave the swarm"),
                self.tr("This engine is one of {0} managers. Demote it first (Nodes ▸ Demote), "
                        "then make it leave as a worker.").format(info.managers),
            )  # fmt: skip
            return
        self.call(self.tr("What leaving loses"), lambda: ops.leave_consequences(engine.api),
                  lambda lost: self._confirm_leave(lost, manager),
                  self.context.notifier.error)  # fmt: skip

    def _confirm_leave(self, lost: list[str], manager: bool) -> None:
        details = "\n".join(lost) or self.tr("Its tasks move to the other nodes.")
        if not confirm(self, self.tr("Leave the swarm"),
                       self.tr("Make this engine leave its swarm?"), self.tr("Leave"),
                       details=details):  # fmt: skip
            return
        self.leave(force=manager)

    def leave(self, force: bool) -> Job:
        engine = self.context.docker
        return self.run_job(self.tr("Leave the swarm"),
                            lambda _job: ops.swarm_leave(engine.api, force=force),
                            lambda _r: self.feed.refresh_info())  # fmt: skip
