"""Published ports and IPVS: what can and cannot be known.

A service's virtual IP (``endpoint_mode: vip``) and the ingress routing mesh (ports
published in ``ingress`` mode) are made by each node's kernel with IPVS. Without IPVS the
engine still accepts such services, schedules their tasks and runs them, and the API
reports them as healthy: the service, its tasks, its endpoint (with a virtual IP
assigned) and the ingress network all look right. The only trace is in the engine's own
log, once at start ("Could not get ipvs family information from the kernel. It is possible
that ipvs is not enabled in your kernel. Native loadbalancing will not work until this is
fixed."), which the API does not expose.

So EnvDock cannot learn it from a remote engine; what it can do:

- for an engine on this machine (a local socket: same kernel), look at the kernel:
  ``/proc/net/ip_vs`` exists when IPVS is loaded; a kernel without module support, or
  with no ``ip_vs`` module to load, lacks it (``local_ipvs``);
- for any engine, say that host-mode publishing (``mode: host``) with ``endpoint_mode:
  dnsrr`` does not need IPVS, while ingress publishing and VIPs do
  (``published_port_warning``), definitely when the kernel is known to lack it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.swarm.model import Service
from core.text import translate


def local_ipvs(proc: Path = Path("/proc"), modules: Path = Path("/lib/modules")) -> bool | None:
    """This machine's kernel and IPVS: True (loaded), False (not loaded and no module to
    load, or no module support), None (not loaded, but it could be)."""
    if (proc / "net" / "ip_vs").exists():
        return True
    if not (proc / "modules").exists():  # no loadable modules: built in or absent
        return False
    release = os.uname().release
    tree = modules / release / "kernel" / "net" / "netfilter" / "ipvs"
    if tree.is_dir():
        return None
    builtin = modules / release / "modules.builtin"
    try:
        if "ip_vs.ko" in builtin.read_text():
            return True
    except OSError:
        return None
    return False


def needs_ipvs(service: Service) -> bool:
    """A published port of the service relies on IPVS: it is published through the ingress
    routing mesh (host-mode ports are the node's own and work without it)."""
    return any(p.mode == "ingress" for p in service.ports)


def published_port_warning(
    service: Service, info: Mapping[str, Any] | None = None, ipvs: bool | None = None
) -> str:
    """A warning for a service whose published ports need IPVS; "" when there is nothing
    to say. ``info``: the engine's ``info()`` (its kernel version is named);
    ``ipvs``: what is known of that kernel (``local_ipvs()`` for a local engine)."""
    if not needs_ipvs(service) or ipvs is True:
        return ""
    kernel = str((info or {}).get("KernelVersion") or "")
    if ipvs is False:
        text = translate(
            "core",
            "The engine's kernel{kernel} has no IPVS: ports published through the ingress "
            "network and the service's virtual IP do not work. Publish in host mode with "
            "endpoint mode dnsrr (on an overlay network) instead.",
        )
    else:
        text = translate(
            "core",
            "Ports published through the ingress network and the virtual IP need IPVS in "
            "the engine's kernel{kernel}: when it lacks IPVS (the engine's log says so at "
            "start), they do not answer. Host-mode publishing with endpoint mode dnsrr works "
            "without it.",
        )
    return text.format(kernel=f" ({kernel})" if kernel else "")
