"""Rate maths, ring buffers, cgroup v1/v2 parsing, NVML absent, alerts, one host sample."""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path

import pytest

from core.docker.cgroups import (
    cgroup_paths,
    parse_io_stat_v2,
    parse_net_dev,
    parse_proc_cgroup,
    raw_from_api,
    read_cgroup,
)
from core.docker.stats import derive
from core.errors import ValidationError
from core.host.alerts import AlertWatcher, make_alert
from core.host.gpu import NO_GPU, GpuSource
from core.host.processes import ProcessTable, container_of, end_process
from core.host.rates import WRAP_32, RateMeter, counter_delta, human_rate
from core.host.ring import Ring
from core.host.sampler import HostSampler, HostSnapshot

DATA = Path(__file__).parent / "data"


def test_counter_delta_wraps_and_resets() -> None:
    assert counter_delta(100, 250) == 150
    assert counter_delta(WRAP_32 - 10, 5) == 15  # a 32-bit counter wrapped
    assert counter_delta(2**64 - 100, 50) == 150  # a 64-bit one
    assert counter_delta(10_000_000, 3) == 3  # a reset (far from a wrap): count from zero


def test_rate_meter_primes_then_measures_over_monotonic_time() -> None:
    meter = RateMeter()
    assert meter.update(10.0, {"eth0": 1000}) == {}  # the first reading only primes
    assert meter.update(12.0, {"eth0": 5000}) == {"eth0": 2000.0}
    assert meter.update(12.0, {"eth0": 6000}) == {}  # no time passed: no rate
    assert meter.update(13.0, {"eth1": 1}) == {}  # eth0 gone, eth1 primes
    assert meter.update(14.0, {"eth1": 1025}) == {"eth1": 1024.0}
    assert human_rate(1536) == "1.5 KiB/s" and human_rate(3 * 1024**3) == "3.0 GiB/s"


def test_ring_keeps_the_newest_in_order() -> None:
    ring = Ring(4, 2)
    for i in range(6):
        ring.append(float(i), (i, i * 10))
    t, v = ring.window()
    assert list(t) == [2.0, 3.0, 4.0, 5.0]
    assert list(v[:, 1]) == [20, 30, 40, 50]
    t, v = ring.window(1.5)
    assert list(t) == [4.0, 5.0]
    latest = ring.latest()
    assert latest is not None and latest[0] == 5.0 and list(latest[1]) == [5, 50]
    ring.append(6.0, [7])  # a short row pads with NaN
    assert math.isnan(ring.latest()[1][1])  # type: ignore[index]
    with pytest.raises(ValueError):
        Ring(1)


def test_cgroup_v1_files_recorded_from_this_machine(tmp_path: Path) -> None:
    root = DATA / "cgroup_v1"
    cid = (root / "container_id").read_text().strip()
    paths = cgroup_paths(4242, root=root / "sys", proc=root / "proc")
    assert paths is not None and paths.version == 1
    assert paths.memory == root / "sys" / "memory" / "docker" / cid
    raw = read_cgroup(paths, proc=root / "proc")
    cli = json.loads((root / "docker_stats.json").read_text())
    # docker stats said "480KiB / 256MiB": usage minus total_inactive_file, the limit
    assert raw.mem_bytes == 480 * 1024 and cli["MemUsage"] == "480KiB / 256MiB"
    assert raw.mem_limit == 256 * 1024 * 1024
    assert raw.pids == 1 and raw.cpu_ns > 0
    # eth0 of the recorded net/dev (read a moment before docker stats, which said 736B)
    assert (raw.net_rx, raw.net_tx) == (646, 0)


def test_cgroup_v2_layout_from_the_kernel_documentation(tmp_path: Path) -> None:
    cid = "ab" * 32
    group = tmp_path / "sys" / "system.slice" / f"docker-{cid}.scope"
    group.mkdir(parents=True)
    (group / "cpu.stat").write_text(
        "usage_usec 2500000\nuser_usec 2000000\nsystem_usec 500000\n"
        "nr_periods 0\nnr_throttled 0\nthrottled_usec 0\n"
    )
    (group / "memory.current").write_text("73400320\n")
    (group / "memory.stat").write_text(
        "anon 52428800\nfile 20971520\nkernel_stack 65536\nactive_file 10485760\n"
        "inactive_file 10485760\nslab 1048576\n"
    )
    (group / "memory.max").write_text("max\n")
    (group / "pids.current").write_text("7\n")
    (group / "io.stat").write_text(
        "8:0 rbytes=1048576 wbytes=4096 rios=10 wios=1 dbytes=0 dios=0\n"
        "8:16 rbytes=1024 wbytes=0 rios=1 wios=0 dbytes=0 dios=0\n"
    )
    proc = tmp_path / "proc" / "99"
    (proc / "net").mkdir(parents=True)
    (proc / "cgroup").write_text(f"0::/system.slice/docker-{cid}.scope\n")
    (proc / "net" / "dev").write_text(
        "Inter-|   Receive |  Transmit\n face |bytes packets|bytes packets\n"
        "    lo:  500 5 0 0 0 0 0 0  500 5 0 0 0 0 0 0\n"
        "  eth0: 2048 10 0 0 0 0 0 0 1024 8 0 0 0 0 0 0\n"
    )
    paths = cgroup_paths(99, root=tmp_path / "sys", proc=tmp_path / "proc")
    assert paths is not None and paths.version == 2 and paths.memory == group
    raw = read_cgroup(paths, proc=tmp_path / "proc")
    assert raw.cpu_ns == 2_500_000_000
    assert raw.mem_bytes == 73400320 - 10485760  # memory.current minus inactive_file
    assert raw.mem_limit == 0  # "max": no limit (the host's memory is shown instead)
    assert (raw.blk_read, raw.blk_write, raw.pids) == (1049600, 4096, 7)
    assert (raw.net_rx, raw.net_tx) == (2048, 1024)


def test_parsers_and_the_api_shape() -> None:
    v1, unified = parse_proc_cgroup("4:memory:/docker/x\n2:cpu,cpuacct:/docker/x\n0::/\n")
    assert v1 == {"memory": "/docker/x", "cpu": "/docker/x", "cpuacct": "/docker/x"}
    assert unified == "/"
    assert parse_io_stat_v2("") == (0, 0) and parse_net_dev("") == (0, 0)
    message = {
        "cpu_stats": {"cpu_usage": {"total_usage": 3_000_000_000}},
        "memory_stats": {"usage": 1000, "limit": 5000, "stats": {"inactive_file": 200}},
        "blkio_stats": {
            "io_service_bytes_recursive": [
                {"op": "Read", "value": 10},
                {"op": "Write", "value": 20},
            ]
        },
        "networks": {"eth0": {"rx_bytes": 7, "tx_bytes": 9}},
        "pids_stats": {"current": 3},
    }
    raw = raw_from_api(message)
    assert (raw.mem_bytes, raw.mem_limit, raw.blk_read, raw.blk_write) == (800, 5000, 10, 20)
    later = raw_from_api({**message, "cpu_stats": {"cpu_usage": {"total_usage": 4_000_000_000}}})
    stats = derive("id", "n", (10.0, raw), 12.0, later, source="api")
    assert stats.cpu_percent == pytest.approx(50.0)  # 1 s of CPU over 2 s: half a core


def test_no_nvidia_gpu_degrades_to_a_reason() -> None:
    source = GpuSource()  # the real pynvml: no driver and no device on these machines
    assert not source.available and source.reason == NO_GPU and source.sample() == []

    class Broken:
        def nvmlInit(self) -> None:
            raise OSError("NVML Shared Library Not Found")

    assert GpuSource(Broken()).reason == NO_GPU


def test_one_host_sample() -> None:
    sampler = HostSampler(interval=0.2, history=10)
    first = sampler.sample_once()
    second = sampler.sample_once()
    assert 0.0 <= second.cpu_total <= 100.0 and len(second.cpu_per_core) == sampler.cores
    assert second.mem_total > 0 and 0 < second.mem_used < second.mem_total
    assert second.mounts and all(m.total > 0 for m in second.mounts)
    assert first.net == {} and isinstance(second.net, dict)  # rates need two readings
    assert len(sampler.cpu) == 2 and sampler.cpu.width == 1 + sampler.cores
    data = second.to_json()
    assert {"cpu_percent", "mem_used", "net", "gpus"} <= set(data)
    json.dumps(data)


def _snap(t: float, mem_used: int) -> HostSnapshot:
    return HostSnapshot(t, 10.0, [10.0], (0.1, 0.1, 0.1), math.nan, 100, mem_used, 0, 0, 0, 0)


def test_alert_fires_once_after_its_duration_and_rearms() -> None:
    alert = make_alert("memory", 90, 30)
    watcher = AlertWatcher([alert])
    assert watcher.check(_snap(0, 95)) == []
    assert watcher.check(_snap(29, 95)) == []
    assert watcher.check(_snap(30, 96)) == [(alert, 96.0)]
    assert watcher.check(_snap(31, 97)) == []  # once
    assert watcher.check(_snap(32, 50)) == []  # dropped: re-armed
    assert watcher.check(_snap(40, 95)) == []
    assert watcher.check(_snap(70, 95)) == [(alert, 95.0)]
    for bad in (("memory", 150, 5), ("nothing", 5, 5), ("cpu", 50, -1)):
        with pytest.raises(ValidationError):
            make_alert(*bad)


def test_process_table_reuses_static_facts_and_refuses_itself() -> None:
    table = ProcessTable()
    first = {p.pid: p for p in table.sample()}
    me = first[os.getpid()]
    assert me.cmdline and me.rss > 0 and me.threads >= 1 and me.cpu_percent == 0.0
    start = time.process_time()
    while time.process_time() - start < 0.05:  # burn 50 ms of CPU (5 clock ticks at least)
        sum(i * i for i in range(10_000))
    second = {p.pid: p for p in table.sample()}
    assert second[os.getpid()].cpu_percent > 0
    assert container_of(os.getpid()) == ""
    with pytest.raises(ValidationError):
        end_process(os.getpid())
    with pytest.raises(ValidationError):
        end_process(1)
