"""Save images to a tar and load them back."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path
from typing import Any

import pytest

from core.docker.archive import load_images, save_images
from core.errors import Cancelled, DockerError, ValidationError
from core.jobs import Job
from tests.support.engine import TEST_IMAGE


def _job() -> Job:
    return Job("archive", lambda j: None)


def test_save_remove_load_round_trip(docker_client: Any, tmp_path: Path) -> None:
    docker_client.tag(TEST_IMAGE, "envdock/saved", "1")
    dest = tmp_path / "saved.tar"
    job = _job()
    save_images(job, docker_client, ["envdock/saved:1"], dest, expected_size=2_000_000)
    assert dest.is_file() and not (tmp_path / "saved.tar.part").exists()
    with tarfile.open(dest) as tar:
        assert "manifest.json" in tar.getnames()
    docker_client.remove_image("envdock/saved:1")
    loaded = load_images(_job(), docker_client, dest)
    assert loaded == ["envdock/saved:1"]
    tags = {t for i in docker_client.images() for t in i.get("RepoTags") or ()}
    assert "envdock/saved:1" in tags
    docker_client.remove_image("envdock/saved:1")


def test_cancelled_save_leaves_no_file(docker_client: Any, tmp_path: Path) -> None:
    job = _job()
    job.cancel()
    with pytest.raises(Cancelled):
        save_images(job, docker_client, [TEST_IMAGE], tmp_path / "x.tar")
    assert list(tmp_path.iterdir()) == []


def test_bad_archives_and_paths(docker_client: Any, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        load_images(_job(), docker_client, tmp_path / "missing.tar")
    text = tmp_path / "notes.txt"
    text.write_text("not a tar\n" * 100)
    with pytest.raises(ValidationError, match="not a tar"):
        load_images(_job(), docker_client, text)
    plain = tmp_path / "plain.tar"
    with tarfile.open(plain, "w") as tar:
        data = b"hello"
        info = tarfile.TarInfo("hello.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    with pytest.raises(DockerError):
        load_images(_job(), docker_client, plain)
    with pytest.raises(ValidationError, match="folder"):
        save_images(_job(), docker_client, [TEST_IMAGE], tmp_path / "no" / "x.tar")
    with pytest.raises(DockerError):
        save_images(_job(), docker_client, ["envdock/not-here:1"], tmp_path / "y.tar")
    assert not (tmp_path / "y.tar").exists() and not (tmp_path / "y.tar.part").exists()
