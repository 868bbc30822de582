"""Validation of environment names and target paths typed by users."""

from __future__ import annotations

import os
import re
from pathlib import Path

from core.errors import ValidationError
from core.text import translate

_METACHARS = set(";&|$`<>(){}[]*?!~'\"\\#%^=,")
_NAME_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+@-]*$")


def validate_name(name: str) -> str:
    """Return ``name`` if it makes a safe environment name; else raise with the reason."""
    if not name:
        raise ValidationError(
            translate("core", "The name is empty."),
            translate("core", "Type a name such as my-project."),
        )
    if any(ch.isspace() for ch in name):
        raise ValidationError(
            translate("core", "The name {name!r} contains a space.").format(name=name),
            translate(
                "core",
                "Spaces in environment paths break activate scripts and many tools: use - or _.",
            ),
        )
    if "/" in name or os.sep in name:
        raise ValidationError(
            translate("core", "The name {name!r} contains a slash.").format(name=name),
            translate("core", "A name is one folder name; choose the location separately."),
        )
    if name in (".", "..") or ".." in name:
        raise ValidationError(
            translate("core", "The name {name!r} contains '..'.").format(name=name),
            translate("core", "Use a plain folder name."),
        )
    bad = sorted({ch for ch in name if ch in _METACHARS})
    if bad:
        raise ValidationError(
            translate("core", "The name {name!r} contains shell metacharacters: {0}").format(
                " ".join(bad), name=name
            ),
            translate("core", "Use letters, digits, and . _ - + @ only."),
        )
    if not _NAME_OK.match(name):
        raise ValidationError(
            translate("core", "The name {name!r} must start with a letter or digit.").format(
                name=name
            ),
            translate("core", "Use letters, digits, and . _ - + @ only."),
        )
    if len(name) > 100:
        raise ValidationError(
            translate("core", "The name is longer than 100 characters."),
            translate("core", "Choose a shorter name."),
        )
    return name


def validate_new_env_path(path: str | Path) -> Path:
    """A folder where a new environment may be created: absolute, safe name, not in use."""
    target = Path(os.path.abspath(os.path.expanduser(str(path))))
    validate_name(target.name)
    for part in target.parts[1:-1]:
        if any(ch.isspace() for ch in part):
            raise ValidationError(
                translate("core", "The location {0} contains a space.").format(target.parent),
                translate(
                    "core",
                    "Activate scripts and many tools break on paths with spaces: "
                    "choose another place.",
                ),
            )
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ValidationError(
            translate("core", "{target} already exists and is not empty.").format(target=target),
            translate("core", "Choose another name, or delete the old environment first."),
        )
    return target
