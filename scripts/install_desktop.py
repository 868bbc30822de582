"""Install EnvDock's desktop entry and icons for the current user (``make install-desktop``).

Files go under ``$XDG_DATA_HOME`` (default ``~/.local/share``): ``applications/envdock.desktop``
and ``icons/hicolor/<size>/apps/envdock.png`` plus the scalable SVG. The entry starts the
packaged executable when ``dist/envdock/envdock`` exists, else the project's virtualenv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def default_exec() -> Path:
    packaged = ROOT / "dist" / "envdock" / "envdock"
    return packaged if packaged.exists() else ROOT / ".venv" / "bin" / "envdock"


def desktop_quote(path: str) -> str:
    """An Exec argument as the Desktop Entry spec wants it (quoted, specials escaped)."""
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in path)
    return f'"{escaped}"'


def install(executable: Path, data: Path) -> list[Path]:
    written = []
    apps = data / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    lines = []
    for line in (ROOT / "resources" / "envdock.desktop").read_text().splitlines():
        if line.startswith("Exec="):
            lines.append("Exec=" + desktop_quote(str(executable)))
        elif line.startswith("TryExec="):
            lines.append(f"TryExec={executable}")
        else:
            lines.append(line)
    entry = apps / "envdock.desktop"
    entry.write_text("\n".join(lines) + "\n")
    written.append(entry)
    icons = data / "icons" / "hicolor"
    for png in sorted((ROOT / "resources" / "icons").glob("envdock-*.png")):
        size = png.stem.split("-")[1]
        target = icons / f"{size}x{size}" / "apps" / "envdock.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
        written.append(target)
    svg = icons / "scalable" / "apps" / "envdock.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "envdock.svg", svg)
    written.append(svg)
    # let the menus notice (both tools are optional)
    for tool, args in (
        ("update-desktop-database", ["-q", str(apps)]),
        ("gtk-update-icon-cache", ["-q", "-t", str(icons)]),
    ):
        found = shutil.which(tool)
        if found:
            subprocess.run([found, *args], check=False, capture_output=True)
    return written


def main() -> int:
    executable = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else default_exec()
    if not executable.exists():
        print(f"{executable} does not exist: run `make package` or `make setup` first.")
        return 1
    for path in install(executable, data_home()):
        print(f"installed {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
