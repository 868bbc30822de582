"""Regenerate the README's screenshots: a private engine with a few containers, a local
registry, some environments, then ``scripts/screenshots.py`` under Xvfb, in English and
in Korean (needs root for dockerd, like the tests; run ``make screenshots``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.support.engine import TEST_IMAGE, PrivateEngine  # noqa: E402
from tests.support.python_image import PYTHON_IMAGE, import_python_image  # noqa: E402
from tests.support.registry import Registry  # noqa: E402

DEMO_DOCKERFILE = f"""FROM {TEST_IMAGE}
ARG APP_VERSION=1.0
LABEL org.opencontainers.image.title="demo"
WORKDIR /app
COPY app.sh /app/app.sh
RUN echo "building $APP_VERSION" && sleep 1
RUN test -f /app/missing.conf
CMD ["sh", "/app/app.sh"]
"""


def populate(engine: PrivateEngine, registry: Registry, work: Path) -> dict[str, str]:
    client = engine.client()
    web = client.create_container(
        TEST_IMAGE, command=["httpd", "-f", "-p", "80"], name="web",
        ports=[80], host_config=client.create_host_config(port_bindings={80: 8080}),
    )  # fmt: skip
    busy = client.create_container(
        TEST_IMAGE, command=["sh", "-c", "while :; do :; done"], name="trainer",
        host_config=client.create_host_config(cpu_quota=30000, cpu_period=100000),
    )  # fmt: skip
    for project, service, command in (
        ("shop", "api", ["sleep", "3600"]),
        ("shop", "worker", ["sleep", "3600"]),
    ):
        cid = client.create_container(
            TEST_IMAGE, command=command, name=f"{project}-{service}-1",
            labels={"com.docker.compose.project": project, "com.docker.compose.service": service},
        )  # fmt: skip
        client.start(cid)
    # a Python app whose packages drift from the ml-train environment (the parity shot)
    import_python_image(client)
    py = client.create_container(PYTHON_IMAGE, command=["sleep", "3600"], name="py-app")
    client.start(py)
    done = client.create_container(TEST_IMAGE, command=["sh", "-c", "echo bye"], name="batch-job")
    for cid in (web, busy, done):
        client.start(cid)
    client.create_volume("datasets", labels={"team": "ml"})
    client.create_network("backend", ipam={"Config": [{"Subnet": "172.28.0.0/16"}]})
    pushed = f"{registry.host}/team/busybox:1.36"
    client.tag(TEST_IMAGE, pushed)
    for _ in client.push(pushed, stream=True):
        pass
    client.close()
    build = work / "build"
    build.mkdir()
    (build / "Dockerfile").write_text(DEMO_DOCKERFILE)
    (build / "app.sh").write_text("echo hello\n")
    envs = work / "envs"
    for name, packages in (("ml-train", ["packaging", "six"]), ("api", ["idna"])):
        target = envs / name
        subprocess.run([sys.executable, "-m", "virtualenv", "-q", str(target)], check=True)
        subprocess.run(
            [str(target / "bin" / "python"), "-m", "pip", "install", "-q", "--no-index",
             "--find-links", str(work / "wheels"), *packages],
            check=False,
        )  # fmt: skip
    return {
        "ENVDOCK_DEMO_REGISTRY": f"http://{registry.host}",
        "ENVDOCK_DEMO_BUILD": str(build),
        "ENVDOCK_DEMO_PULL": pushed,
        "ENVDOCK_SCAN": str(envs),
        "ENVDOCK_DEMO_PARITY": "py-app",
    }


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="envdock-demo-"))
    (work / "wheels").mkdir()
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "-d", str(work / "wheels"),
         "packaging", "six", "idna"],
        check=False,
    )  # fmt: skip
    engine = PrivateEngine()
    registry = Registry()
    try:
        engine.start()
        engine.build_test_image()
        registry.start()
        demo = populate(engine, registry, work)
        base = dict(engine.env(), **demo)
        for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            base[var] = str(work / var.lower())
        base["DOCKER_CONFIG"] = str(work / "docker-config")
        shots = REPO / "docs" / "screenshots"
        for lang, out, only in (
            ("en_US.UTF-8", shots, ""),
            ("ko_KR.UTF-8", shots / "ko", "containers,environments,host"),
        ):
            env = dict(base, LANG=lang, LC_ALL=lang, ENVDOCK_SHOTS=only)
            subprocess.run(
                ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable,
                 str(REPO / "scripts" / "screenshots.py"), str(out)],
                env=env, check=True, timeout=600,
            )  # fmt: skip
    finally:
        registry.stop()
        engine.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
