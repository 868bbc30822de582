"""A private Docker engine for tests and benchmarks.

Starts ``dockerd`` on its own socket, data-root, exec-root, pidfile, config file (so its
own ``key.json`` and ``docker info`` ID) and bridge under a fresh temporary directory,
waits until it answers, builds a tiny ``FROM scratch`` busybox image, and stops that
engine by its pid at the end. It never talks to, or disturbs, an engine the user runs:

* its default network is a bridge of its own, on a /24 no interface or route of the
  machine uses (picked under a lock shared by every test run in this network namespace);
  ``--bridge=none`` is only allowed inside a network namespace of the engine's own,
  because a bridge-less ``dockerd`` deletes ``docker0`` on start;
* ``--iptables=false --ip-forward=false``: a ``dockerd`` that manages iptables first
  removes the ``DOCKER`` chains every engine of the namespace shares (the user's
  published-port rules with them), and one that forwards changes a host sysctl.
  Published ports still work (``docker-proxy``); containers reach no outside network,
  which tests never need.
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import itertools
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TEST_IMAGE = "envdock-test/busybox:latest"

# where test bridges live: /24s of these, skipping any that overlaps the machine's networks
BRIDGE_POOLS = (ipaddress.IPv4Network("172.31.0.0/16"), ipaddress.IPv4Network("10.199.0.0/16"))
_LOCK_NAME = b"\0envdock-test-bridges"  # abstract socket: one per network namespace
_names = itertools.count()


class EngineUnavailable(RuntimeError):
    """No private engine can be started here (the reason is the message)."""


def dpkg_installed(package: str) -> bool:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    except FileNotFoundError:
        return False
    return "ok installed" in out


def apt_install(*packages: str) -> None:
    """apt-get install (as root), waiting for another apt run to let go of its lock."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    wait = ["-o", "DPkg::Lock::Timeout=300"]
    subprocess.run(["apt-get", *wait, "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", *wait, "install", "-y", "-qq", *packages], check=True, env=env)


def static_busybox() -> Path | None:
    for candidate in ("/bin/busybox", "/usr/bin/busybox"):
        if os.path.exists(candidate) and dpkg_installed("busybox-static"):
            return Path(candidate)
    return None


def ensure_installed() -> None:
    """Install what a private engine needs (Debian's docker.io, busybox-static for the test
    image, iproute2 for its bridge, procps for `docker top`) when missing and we are root."""
    missing = []
    if shutil.which("dockerd") is None or shutil.which("docker") is None:
        missing.append("docker.io")
    if static_busybox() is None:
        missing.append("busybox-static")
    if shutil.which("ip") is None:
        missing.append("iproute2")
    if shutil.which("ps") is None:  # dockerd runs the host's ps for `docker top`
        missing.append("procps")
    if not missing:
        return
    if os.geteuid() != 0:
        raise EngineUnavailable(
            f"private Docker engine needs {' '.join(missing)} and root to install it"
        )
    apt_install(*missing)


# --- network interfaces -------------------------------------------------------------


def ip(*args: str, netns: str | None = None, check: bool = True) -> str:
    """Run ``ip`` (in NETNS when given); its stdout."""
    cmd = ["ip", *(["-n", netns] if netns else []), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if check and proc.returncode != 0:
        raise EngineUnavailable(f"{' '.join(cmd)}: {proc.stderr.strip()}")
    return proc.stdout


def link_index(name: str, netns: str | None = None) -> int | None:
    """The ifindex of interface NAME (in NETNS, else this namespace); None when absent."""
    if netns is None:
        try:
            return int(Path(f"/sys/class/net/{name}/ifindex").read_text())
        except (OSError, ValueError):
            return None
    out = ip("-j", "link", "show", "dev", name, netns=netns, check=False)
    return int(json.loads(out)[0]["ifindex"]) if out.strip() else None


class LinkWatch:
    """Remembers an interface (``docker0``) now, to tell later whether it was lost."""

    def __init__(self, name: str, netns: str | None = None) -> None:
        self.name = name
        self.netns = netns
        self.before = link_index(name, netns)

    def problem(self) -> str | None:
        """What happened to the interface since (None when it is as it was, or never was)."""
        if self.before is None:
            return None
        after = link_index(self.name, self.netns)
        if after is None:
            return f"{self.name} existed before and is gone"
        if after != self.before:
            return f"{self.name} was deleted and made again (ifindex {self.before} -> {after})"
        return None


def used_networks(netns: str | None = None) -> list[ipaddress.IPv4Network]:
    """Every IPv4 network an interface address or a route of the namespace covers."""
    used = []
    for link in json.loads(ip("-j", "-4", "addr", "show", netns=netns) or "[]"):
        for a in link.get("addr_info", []):
            if a.get("family") == "inet":
                iface = ipaddress.IPv4Interface(f"{a['local']}/{a['prefixlen']}")
                used.append(iface.network)
    for route in json.loads(ip("-j", "-4", "route", "show", "table", "all", netns=netns) or "[]"):
        dst = route.get("dst", "default")
        if dst == "default":
            continue
        with contextlib.suppress(ValueError):
            net = ipaddress.IPv4Network(dst, strict=False)
            if net.prefixlen > 0:
                used.append(net)
    return used


def bridge_name(subnet: ipaddress.IPv4Network) -> str:
    """``envdk-ac1fc8`` for 172.31.200.0/24: one name per subnet, 12 characters."""
    return "envdk-" + subnet.network_address.packed[:3].hex()


def free_subnet(netns: str | None = None) -> ipaddress.IPv4Network:
    """A /24 from BRIDGE_POOLS that overlaps no address or route and names no interface."""
    used = used_networks(netns)
    links = {link["ifname"] for link in json.loads(ip("-j", "link", "show", netns=netns))}
    for pool in BRIDGE_POOLS:
        for subnet in pool.subnets(new_prefix=24):
            if bridge_name(subnet) in links or any(subnet.overlaps(u) for u in used):
                continue
            return subnet
    raise EngineUnavailable(f"no free /24 left in {', '.join(map(str, BRIDGE_POOLS))}")


@contextlib.contextmanager
def bridge_lock(timeout: float = 60.0) -> Iterator[None]:
    """Serialises picking and claiming a subnet between every test run of the namespace.

    An abstract unix socket: shared by every process of the network namespace whatever
    its root (a fresh-machine chroot too), released by the kernel when its holder dies.
    """
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                sock.bind(_LOCK_NAME)
                break
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE or time.monotonic() > deadline:
                    raise EngineUnavailable(f"cannot take the bridge lock: {exc}") from exc
                time.sleep(0.05)
        yield
    finally:
        sock.close()


def make_bridge(netns: str | None = None) -> tuple[str, ipaddress.IPv4Network]:
    """A new bridge, up, on a free /24 (its first address is the bridge's)."""
    with bridge_lock():
        subnet = free_subnet(netns)
        name = bridge_name(subnet)
        ip("link", "add", name, "type", "bridge", netns=netns)
        try:
            ip(
                "link",
                "set",
                name,
                "alias",
                f"envdock test engine (pid {os.getpid()})",
                netns=netns,
            )
            ip("addr", "add", f"{subnet[1]}/{subnet.prefixlen}", "dev", name, netns=netns)
            ip("link", "set", name, "up", netns=netns)
        except EngineUnavailable:
            ip("link", "del", name, netns=netns, check=False)
            raise
    return name, subnet


@contextlib.contextmanager
def scratch_netns() -> Iterator[str]:
    """A network namespace of our own (only loopback), deleted afterwards."""
    name = f"envdk-ns{os.getpid()}-{next(_names)}"
    ip("netns", "add", name)
    try:
        ip("link", "set", "lo", "up", netns=name)
        yield name
    finally:
        ip("netns", "del", name, check=False)
        # `ip netns add` bind-mounted /run/netns; unmount it when no namespace is left
        # (umount without -l fails while another namespace is still mounted there)
        with contextlib.suppress(OSError):
            if not any(Path("/run/netns").iterdir()):
                subprocess.run(["umount", "/run/netns"], capture_output=True, check=False)


# --- the engine -----------------------------------------------------------------------


class PrivateEngine:
    """One ``dockerd`` of the tests' own.

    ``netns``: run it inside that network namespace (``scratch_netns()``).
    ``own_bridge=False`` starts it with ``--bridge=none``, allowed only with ``netns``.
    """

    def __init__(
        self,
        root: Path | None = None,
        netns: str | None = None,
        own_bridge: bool = True,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        """``extra_args``: more dockerd options (a TLS ``--host`` and its certificates)."""
        if not own_bridge and netns is None:
            raise ValueError("--bridge=none outside a network namespace of its own deletes docker0")
        self.root = root
        self.netns = netns
        self.own_bridge = own_bridge
        self.extra_args = extra_args
        self.bridge = ""
        self.subnet: ipaddress.IPv4Network | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: Any = None

    @property
    def socket(self) -> Path:
        assert self.root is not None
        return self.root / "docker.sock"

    @property
    def base_url(self) -> str:
        return f"unix://{self.socket}"

    @property
    def pidfile(self) -> Path:
        assert self.root is not None
        return self.root / "docker.pid"

    def env(self) -> dict[str, str]:
        """An environment that points docker clients at this engine only."""
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH")
        }
        env["DOCKER_HOST"] = self.base_url
        return env

    def start(self, timeout: float = 90.0) -> PrivateEngine:
        """Start it (again, after ``kill()``); on any failure nothing of it is left."""
        if os.geteuid() != 0:
            raise EngineUnavailable("not root: dockerd cannot be started here")
        ensure_installed()
        try:
            self._launch()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                assert self.proc is not None
                if self.proc.poll() is not None:
                    raise EngineUnavailable(f"dockerd exited early:\n{self.log_tail()}")
                if self.ping():
                    return self
                time.sleep(0.2)
            raise EngineUnavailable(
                f"dockerd did not answer in {timeout:.0f} s:\n{self.log_tail()}"
            )
        except BaseException:
            self.stop()
            raise

    def _launch(self) -> None:
        if self.root is None:
            # short path: a unix socket path must stay under 108 bytes
            self.root = Path(tempfile.mkdtemp(prefix="envdock-dk-", dir="/tmp"))
        self.root.mkdir(parents=True, exist_ok=True)
        # its own key.json, so its own `docker info` ID (the flag exists only in the file)
        config = self.root / "daemon.json"
        config.write_text(json.dumps({"deprecated-key-path": str(self.root / "key.json")}))
        args = [
            "dockerd",
            "--config-file",
            str(config),
            "--host",
            self.base_url,
            "--data-root",
            str(self.root / "data"),
            "--exec-root",
            str(self.root / "exec"),
            "--pidfile",
            str(self.pidfile),
            "--iptables=false",
            "--ip-forward=false",
            *self.extra_args,
        ]
        if self.own_bridge:
            if not self.bridge:  # a restarted engine keeps its bridge
                self.bridge, self.subnet = make_bridge(self.netns)
            args += ["--bridge", self.bridge]
        else:
            args += ["--bridge", "none"]
        if self.netns is not None:
            # `ip netns exec` would remount /sys (dockerd then misses its cgroups)
            args = ["nsenter", f"--net=/run/netns/{self.netns}", *args]
        self._log = open(self.root / "dockerd.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            args, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def ping(self) -> bool:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(2)
        try:
            s.connect(str(self.socket))
            s.sendall(b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n")
            return b"OK" in s.recv(4096)
        except OSError:
            return False
        finally:
            s.close()

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = (self.root / "dockerd.log").read_text(errors="replace")  # type: ignore[operator]
        except OSError:
            return ""
        useful = [line for line in text.splitlines() if "module=grpc" not in line]
        return "\n".join(useful[-lines:])

    def client(self) -> Any:
        import docker

        return docker.APIClient(base_url=self.base_url, version="auto", timeout=120)

    def build_test_image(self, tag: str = TEST_IMAGE) -> str:
        busybox = static_busybox()
        if busybox is None:
            raise EngineUnavailable("busybox-static is not installed")
        ctx = Path(tempfile.mkdtemp(prefix="envdock-img-"))
        try:
            shutil.copy2(busybox, ctx / "busybox")
            (ctx / "Dockerfile").write_text(
                "FROM scratch\n"
                "COPY busybox /bin/busybox\n"
                'RUN ["/bin/busybox", "--install", "-s", "/bin"]\n'
                'CMD ["/bin/sh"]\n'
            )
            client = self.client()
            try:
                for chunk in client.build(path=str(ctx), tag=tag, rm=True, decode=True):
                    if "error" in chunk:
                        raise EngineUnavailable(f"building {tag} failed: {chunk['error']}")
            finally:
                client.close()
        finally:
            shutil.rmtree(ctx, ignore_errors=True)
        return tag

    def kill(self) -> None:
        """Kill the engine abruptly (to test an engine that dies)."""
        if self.proc is not None:
            # dockerd and the containerd it started share the process group
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
            self.proc = None
        # The killed containerd may stay a zombie when PID 1 does not reap orphans; its
        # pid file would make the next dockerd wait for it, so remove it.
        assert self.root is not None
        for stale in (self.root / "exec" / "containerd").glob("containerd.pid"):
            stale.unlink()
        self.pidfile.unlink(missing_ok=True)

    def _pid(self) -> int | None:
        try:
            return int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return self.proc.pid if self.proc is not None else None

    def stop(self, remove: bool = True) -> None:
        """Stop this engine by its pid, whatever happened; then remove its folder."""
        pid = self._pid()
        if pid and self.proc is not None and self.proc.poll() is None:
            try:
                os.kill(pid, signal.SIGTERM)
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
            except ProcessLookupError:
                pass
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None
        if self.bridge and remove:
            ip("link", "del", self.bridge, netns=self.netns, check=False)
            self.bridge = ""
            self.subnet = None
        if remove and self.root is not None:
            self._unmount_under(self.root)
            shutil.rmtree(self.root, ignore_errors=True)

    @staticmethod
    def _unmount_under(root: Path) -> None:
        try:
            mounts = Path("/proc/mounts").read_text().splitlines()
        except OSError:
            return
        targets = [m.split()[1] for m in mounts if len(m.split()) > 1]
        for target in sorted((t for t in targets if t.startswith(str(root))), reverse=True):
            subprocess.run(["umount", "-l", target], check=False, capture_output=True)
