"""A real three-node Docker swarm for tests and benchmarks (``../shared/RECIPES.md``).

Three ``dockerd``, each in a network namespace of its own (and a UTS namespace, so each
has its own hostname: ``node1``…``node3``), joined by a bridge this harness creates. The
addresses ``10.231.0.11``–``13/24`` exist only inside those namespaces: the bridge in this
machine's namespace has no address, so several runs at once (each with its own bridge)
never meet. Each engine has its own data-root, exec-root, pidfile, config file (its own
``key.json``) and unix socket under one temporary folder; the tests reach the engines
through those sockets only. Node 1 initialises the swarm, nodes 2 and 3 join as workers,
and the busybox test image (``TEST_IMAGE``) is loaded into every node.

Cleanup is the recipe's: services removed, every node leaves, each ``dockerd`` stopped by
its pid, bind mounts left under the folders unmounted, the namespaces, the bridge and the
one iptables rule removed, ``/run/netns`` unmounted when no namespace is left in it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from tests.support.engine import (
    TEST_IMAGE,
    EngineUnavailable,
    PrivateEngine,
    apt_install,
    bridge_lock,
    ensure_installed,
    ip,
)

T = TypeVar("T")

SUBNET = "10.231.0"  # the nodes are SUBNET.11, .12, .13 (/24), inside their namespaces only
SWARM_PORT = 2377
NODE_COUNT = 3
_BRIDGE_PREFIX = "envsw"  # envsw<N>: the bridge; envsw<N>v<i>: node i's end of its veth
# sets the node's hostname inside its own UTS namespace, then becomes dockerd
_EXEC_WITH_HOSTNAME = "import os, socket, sys; socket.sethostname(sys.argv[1]); " \
    "os.execvp(sys.argv[2], sys.argv[2:])"  # fmt: skip


def ensure_swarm_tools() -> None:
    """What the swarm needs beyond a private engine: ``ip`` (iproute2), ``iptables``,
    ``nsenter`` and ``unshare`` (util-linux), installed with apt when missing and root."""
    ensure_installed()  # docker.io, busybox-static, iproute2, procps
    missing = []
    if shutil.which("iptables") is None:
        missing.append("iptables")
    if shutil.which("nsenter") is None or shutil.which("unshare") is None:
        missing.append("util-linux")
    if not missing:
        return
    if os.geteuid() != 0:
        raise EngineUnavailable(f"the swarm needs {' '.join(missing)} and root to install it")
    apt_install(*missing)


def _each(fn: Callable[[Any], T], items: Iterable[Any]) -> list[T]:
    """``fn`` on every item at once (threads); the results in order, the first error raised."""
    items = list(items)
    with ThreadPoolExecutor(max_workers=max(1, len(items)), thread_name_prefix="swarm") as pool:
        return list(pool.map(fn, items))


class SwarmNode(PrivateEngine):
    """One engine of the swarm, in its own network and UTS namespaces.

    ``base_url`` (``unix://…``), ``client()``, ``env()`` come from ``PrivateEngine``;
    ``hostname`` (what ``docker node ls`` shows), ``addr`` (its address in the swarm)."""

    def __init__(self, index: int, root: Path, netns: str) -> None:
        super().__init__(root=root, netns=netns, own_bridge=False)
        self.index = index  # 1, 2, 3
        self.hostname = f"node{index}"
        self.addr = f"{SUBNET}.1{index}"
        self.node_id = ""  # the swarm's id for it, once it is in the swarm

    def _launch(self) -> None:
        assert self.root is not None and self.netns is not None
        self.root.mkdir(parents=True, exist_ok=True)
        config = self.root / "daemon.json"
        config.write_text(f'{{"deprecated-key-path": "{self.root / "key.json"}"}}')
        args = [
            # `ip netns exec` would remount /sys (dockerd then misses its cgroups)
            "nsenter", f"--net=/run/netns/{self.netns}",
            "unshare", "--uts", "--",
            sys.executable, "-c", _EXEC_WITH_HOSTNAME, self.hostname,
            "dockerd",
            "--config-file", str(config),
            "--host", self.base_url,
            "--data-root", str(self.root / "data"),
            "--exec-root", str(self.root / "exec"),
            "--pidfile", str(self.pidfile),
            # harmless here: the engine is alone in its network namespace (no docker0)
            "--bridge", "none",
            "--log-driver", "json-file",
        ]  # fmt: skip
        # a service's image is used as it is on the node (there is no registry to ask)
        env = dict(os.environ, DOCKER_SERVICE_PREFER_OFFLINE_IMAGE="1")
        self._log = open(self.root / "dockerd.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            args, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True, env=env
        )

    def __repr__(self) -> str:
        return f"<SwarmNode {self.hostname} {self.addr} {self.base_url}>"


class SwarmCluster:
    """Three engines in one swarm: ``nodes[0]`` (node1) is the manager and leader, the
    others are workers. ``kill(i)`` / ``start(i)`` take an index into ``nodes`` (0-based:
    ``kill(2)`` kills node3's engine) or the node itself."""

    def __init__(self, count: int = NODE_COUNT) -> None:
        self.count = count
        self.root: Path | None = None
        self.bridge = ""
        self.nodes: list[SwarmNode] = []
        self._netns: list[str] = []
        self._forward_rule: list[str] = []
        self.worker_token = ""
        self.manager_token = ""
        self.setup_seconds = 0.0

    @property
    def manager(self) -> SwarmNode:
        return self.nodes[0]

    @property
    def manager_addr(self) -> str:
        return f"{self.manager.addr}:{SWARM_PORT}"

    def node(self, which: int | SwarmNode) -> SwarmNode:
        return which if isinstance(which, SwarmNode) else self.nodes[which]

    # -- bringing it up ------------------------------------------------------------------
    def up(self) -> SwarmCluster:
        """Namespaces, bridge, engines, image, swarm. On failure, nothing is left."""
        if os.geteuid() != 0:
            raise EngineUnavailable("not root: network namespaces and dockerd need root")
        began = time.monotonic()
        try:
            ensure_swarm_tools()
            # short: unix socket paths must stay under 108 bytes
            self.root = Path(tempfile.mkdtemp(prefix="envdock-sw-", dir="/tmp"))
            self._network()
            self.nodes = [
                SwarmNode(i, self.root / f"n{i}", self._netns[i - 1])
                for i in range(1, self.count + 1)
            ]
            _each(lambda n: n.start(), self.nodes)
            self._load_image()
            self._form_swarm()
        except BaseException:
            self.down()
            raise
        self.setup_seconds = time.monotonic() - began
        return self

    def _network(self) -> None:
        with bridge_lock():
            links = set(ip("-o", "link", "show").split())
            for n in itertools.count(os.getpid() % 1000):
                name = f"{_BRIDGE_PREFIX}{n}"
                if f"{name}:" not in links and not Path(f"/run/netns/{name}-1").exists():
                    break
            ip("link", "add", name, "type", "bridge")
            self.bridge = name
        ip("link", "set", name, "alias", f"envdock test swarm (pid {os.getpid()})")
        ip("link", "set", name, "up")
        # bridged frames pass the FORWARD chain (bridge netfilter), whose policy is DROP
        # once any dockerd ran: let the nodes' frames through, and only those
        self._forward_rule = ["FORWARD", "-i", name, "-o", name, "-j", "ACCEPT"]
        _iptables("-I", self._forward_rule[0], "1", *self._forward_rule[1:])
        for i in range(1, self.count + 1):
            netns = f"{name}-{i}"
            ip("netns", "add", netns)
            self._netns.append(netns)
            veth = f"{name}v{i}"
            ip("link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", netns)
            ip("link", "set", veth, "master", name, "up")
            ip("addr", "add", f"{SUBNET}.1{i}/24", "dev", "eth0", netns=netns)
            ip("link", "set", "lo", "up", netns=netns)
            ip("link", "set", "eth0", "up", netns=netns)  # no default route: pulls fail at once

    def _load_image(self) -> None:
        """Build the test image on node 1 and load that very image (same id) into the others."""
        self.manager.build_test_image()
        api = self.manager.client()
        try:
            data = b"".join(api.get_image(TEST_IMAGE))
        finally:
            api.close()

        def load(node: SwarmNode) -> None:
            client = node.client()
            try:
                client.load_image(data)
            finally:
                client.close()

        _each(load, self.nodes[1:])

    def _form_swarm(self) -> None:
        api = self.manager.client()
        try:
            api.init_swarm(advertise_addr=self.manager.addr, listen_addr=f"0.0.0.0:{SWARM_PORT}")
            tokens = api.inspect_swarm()["JoinTokens"]
            self.worker_token, self.manager_token = tokens["Worker"], tokens["Manager"]
            self.manager.node_id = api.info()["Swarm"]["NodeID"]

            def join(node: SwarmNode) -> None:
                client = node.client()
                try:
                    client.join_swarm(
                        [self.manager_addr],
                        self.worker_token,
                        listen_addr=f"0.0.0.0:{SWARM_PORT}",
                        advertise_addr=node.addr,
                    )
                    node.node_id = client.info()["Swarm"]["NodeID"]
                finally:
                    client.close()

            _each(join, self.nodes[1:])
            if not self.wait_nodes_ready(api, 60):
                raise EngineUnavailable(f"the swarm's nodes are not all ready: {api.nodes()}")
        finally:
            api.close()

    def wait_nodes_ready(self, api: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            nodes = api.nodes()
            ready = [n for n in nodes if n.get("Status", {}).get("State") == "ready"]
            if len(ready) == self.count:
                return True
            time.sleep(0.2)
        return False

    # -- life of one node ------------------------------------------------------------------
    def kill(self, which: int | SwarmNode) -> None:
        """Kill a node's engine abruptly (SIGKILL to its process group); its data stays."""
        self.node(which).kill()

    def start(self, which: int | SwarmNode) -> None:
        """Start a killed node's engine again, on the same data (it rejoins by itself)."""
        node = self.node(which)
        node.stop(remove=False)  # what is left of the killed one (its log file)
        node.start()

    def tag_image(self, tag: str, source: str = TEST_IMAGE) -> str:
        """Tag ``source`` as ``tag`` (``repo:tag``) on every node (a second image name for a
        rolling update, same layers)."""
        repo, _, name = tag.rpartition(":")
        if not repo or "/" in name:
            repo, name = tag, "latest"

        def do(node: SwarmNode) -> None:
            client = node.client()
            try:
                client.tag(source, repo, name)
            finally:
                client.close()

        _each(do, self.nodes)
        return f"{repo}:{name}"

    def remove_services(self, timeout: float = 30.0) -> None:
        """Remove every service (and so every task), and wait for their containers to go."""
        api = self.manager.client()
        try:
            for service in api.services():
                with contextlib.suppress(Exception):
                    api.remove_service(service["ID"])
        finally:
            api.close()
        deadline = time.monotonic() + timeout
        for node in self.nodes:
            if node.proc is None:
                continue
            client = node.client()
            try:
                while time.monotonic() < deadline:
                    left = client.containers(
                        all=True, filters={"label": "com.docker.swarm.service.id"}
                    )
                    if not left:
                        break
                    time.sleep(0.2)
                else:
                    for c in client.containers(all=True):
                        with contextlib.suppress(Exception):
                            client.remove_container(c["Id"], force=True)
            except Exception:
                pass
            finally:
                client.close()

    # -- taking it down ------------------------------------------------------------------
    def down(self) -> None:
        """Everything ``up`` made goes, whatever state it is in."""
        if self.nodes and self.manager.proc is not None:
            with contextlib.suppress(Exception):
                self.remove_services()

        def leave_and_stop(node: SwarmNode) -> None:
            if node.proc is not None and node.proc.poll() is None:
                with contextlib.suppress(Exception):
                    client = node.client()
                    client.timeout = 15
                    try:
                        client.leave_swarm(force=True)
                    finally:
                        client.close()
            node.stop(remove=True)  # by its pid; then its mounts and its folder

        with contextlib.suppress(Exception):
            _each(leave_and_stop, self.nodes)
        for node in self.nodes:  # whatever a failed thread left
            node.stop(remove=True)
        for i, netns in enumerate(self._netns, 1):
            ip("link", "del", f"{self.bridge}v{i}", check=False)  # and its peer, at once
            ip("netns", "del", netns, check=False)
        self._netns = []
        with contextlib.suppress(OSError):
            if not any(Path("/run/netns").iterdir()):
                subprocess.run(["umount", "/run/netns"], capture_output=True, check=False)
        if self.bridge:
            ip("link", "del", self.bridge, check=False)
            self.bridge = ""
        if self._forward_rule:
            _iptables("-D", *self._forward_rule, check=False)
            self._forward_rule = []
        if self.root is not None:
            PrivateEngine._unmount_under(self.root)
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None


def _iptables(*args: str, check: bool = True) -> None:
    proc = subprocess.run(
        ["iptables", "-w", "10", *args], capture_output=True, text=True, check=False
    )
    if check and proc.returncode != 0:
        raise EngineUnavailable(f"iptables {' '.join(args)}: {proc.stderr.strip()}")
