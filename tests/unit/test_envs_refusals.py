"""Names and folders refused before anything is made or deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.envs.names import validate_name
from core.envs.safety import RefusedDelete, check_deletable
from core.errors import ValidationError


def test_validation_messages() -> None:
    for bad, why in [("my env", "space"), ("a/b", "slash"), ("..", ".."), ("a;b", "metachar")]:
        with pytest.raises(ValidationError, match=why):
            validate_name(bad)
    assert validate_name("ok-name_1.2") == "ok-name_1.2"


def test_a_folder_without_markers_is_still_refused(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "bin").mkdir()
    (project / "bin" / "python").write_text("not an env\n")
    with pytest.raises(RefusedDelete, match="not an environment"):
        check_deletable(project)
