"""The command line (JSON for scripts). Qt-free: the GUI entry point extends it."""

from __future__ import annotations

import argparse

from core import __version__


def build_parser() -> argparse.ArgumentParser:
    """The parser with every Qt-free command registered; the GUI adds its own."""
    from core.cli import compose_cmd, docker_cmd, engines_cmd, envs_cmd, host_cmd, swarm_cmd

    parser = argparse.ArgumentParser(
        prog="envdock",
        description="EnvDock: Python environments, Docker and host resources in one window. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"envdock {__version__}")
    parser.add_argument(
        "--engine",
        metavar="NAME",
        help="the engine `docker …` and `compose …` commands act on (a Docker context, or "
        "'default'); "
        "without it, the current one",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    compose_cmd.register(sub)
    docker_cmd.register(sub)
    engines_cmd.register(sub)
    envs_cmd.register(sub)
    host_cmd.register(sub)
    swarm_cmd.register(sub)
    return parser
