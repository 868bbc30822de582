"""The ``envdock`` entry point: the GUI, ``self-test``, and the Qt-free JSON commands.

Nothing here imports Qt at module level, so ``envdock docker ps --json`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def _process_start_time() -> float:
    """Wall-clock time this process started (ENVDOCK_T0 overrides, for benchmarks)."""
    t0 = os.environ.get("ENVDOCK_T0")
    if t0:
        try:
            return float(t0)
        except ValueError:
            pass
    try:
        # field 22 of /proc/self/stat: start time in clock ticks after boot
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:  # the same clock as the start ticks
            uptime = float(f.read().split()[0])
        age = uptime - ticks / os.sysconf("SC_CLK_TCK")
        return time.time() - max(0.0, age)
    except (OSError, ValueError, IndexError):
        return time.time()


T0 = _process_start_time()


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY = (
    "envdock: no display found — run `xvfb-run -a make run`, or set QT_QPA_PLATFORM=offscreen."
)


def build_parser() -> argparse.ArgumentParser:
    from core.cli import build_parser as core_parser  # the commands' modules, not Qt's

    parser = core_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    st = sub.add_parser(
        "self-test", help="open the main window offscreen, visit every panel, report first paint"
    )
    st.add_argument("--json", action="store_true", help="print the result as JSON")
    st.set_defaults(handler=_self_test)
    return parser


def _self_test(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import self_test  # Qt only now: the platform is chosen above

    return self_test(T0, as_json=args.json)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None:
        try:
            return int(handler(args))
        except BrokenPipeError:  # `envdock … | head`: the reader went away, not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if not has_display():
        sys.stderr.write(NO_DISPLAY + "\n")
        return 1
    from gui.app import run_gui  # Qt only for the window: the commands run without it

    return run_gui(T0)


if __name__ == "__main__":
    sys.exit(main())
