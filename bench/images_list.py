"""Listing 300 images: EnvDock's list (one images call + one containers call, in-process,
and the table model filled with them) against `docker images` in the same run; also our
command line `envdock docker images --json`. Needs root: runs its own private engine.
"""

from __future__ import annotations

import io
import os
import tarfile
from concurrent.futures import ThreadPoolExecutor

from common import envdock_cmd, median_time, report, run_cmd

from core.docker.images import list_images
from tests.support.engine import PrivateEngine

N = int(os.environ.get("BENCH_IMAGES", "300"))


def _tiny_rootfs(i: int) -> bytes:
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w") as tar:
        body = f"image {i}\n".encode()
        info = tarfile.TarInfo(f"etc/bench-{i}")
        info.size = len(body)
        tar.addfile(info, io.BytesIO(body))
    return data.getvalue()


def main() -> None:
    engine = PrivateEngine().start()
    try:
        api = engine.client()
        with ThreadPoolExecutor(8) as pool:
            list(
                pool.map(
                    lambda i: api.import_image_from_data(
                        _tiny_rootfs(i), repository=f"bench/img{i}", tag="1"
                    ),
                    range(N),
                )
            )
        assert len(api.images()) >= N
        env = engine.env()
        cli = median_time(lambda: run_cmd(["docker", "images"], env), runs=7)
        inproc = median_time(lambda: list_images(api), runs=7)
        report(f"list_{N}_images_inprocess", inproc, cli, "docker_images", target="<=0.150s")

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from gui.images.model import ImagesModel

        app = QApplication.instance() or QApplication([])

        def into_model() -> None:
            model = ImagesModel()
            model.upsert_many(list_images(api))
            assert model.rowCount() >= N

        model_fill = median_time(into_model, runs=7)
        report(f"list_{N}_images_into_table", model_fill, cli, "docker_images", target="<=0.150s")
        del app
        ours_cli = median_time(lambda: run_cmd([*envdock_cmd(), "docker", "images", "--json"], env))
        report(f"list_{N}_images_cli", ours_cli, cli, "docker_images")
        api.close()
    finally:
        engine.stop()


if __name__ == "__main__":
    main()
