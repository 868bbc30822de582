"""``envdock docker export-compose ID... [-o FILE] [--json]``: a compose file from
containers. Without ``-o`` the YAML is printed (secret-looking values are not: the file
refers to them by name); with ``-o`` it is written (an existing file gets the services
added) and the secrets go to ``.env`` beside it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from core.cli.output import print_error, print_json
from core.compose.export import RenderedCompose
from core.errors import EnvDockError
from core.text import translate


def register(dsub: Any) -> None:
    exp = dsub.add_parser(
        "export-compose", help="a compose file made from containers (printed, or written with -o)"
    )
    exp.add_argument("ids", nargs="+", metavar="ID", help="container names or ids")
    exp.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write FILE (a folder: its compose.yaml); an existing file gets the services added",
    )
    exp.add_argument("--json", action="store_true", help="print the result as JSON")
    exp.set_defaults(handler=cmd_export_compose)


def cmd_export_compose(args: argparse.Namespace) -> int:
    from core.cli.docker_cmd import _query
    from core.compose.export_save import write_export
    from core.compose.export_services import export_containers

    export, err = _query(
        args, "export to compose", lambda c: export_containers(c, args.ids), reader=False
    )
    if err is not None:
        return print_error(err)
    if args.output is None:
        rendered = export.render()
        messages = _printed_messages(rendered)
        if args.json:
            print_json({"compose": rendered.text, **_summary(rendered), "messages": messages})
        else:
            sys.stdout.write(rendered.text)
            for line in messages:
                sys.stderr.write(f"envdock: {line}\n")
        return 0
    try:
        written = write_export(export, args.output)
    except EnvDockError as failed:
        return print_error(failed)
    if args.json:
        print_json({**_summary(written), "messages": written.messages()})
    else:
        print(
            translate("core", "Wrote {path} (services: {names})").format(
                path=written.path, names=", ".join(written.services)
            )
        )
        for line in written.messages():
            print(line)
    return 0


def _summary(rendered: RenderedCompose) -> dict[str, Any]:
    """What was made, without a secret's value."""
    return {
        "path": str(rendered.path) if rendered.path else None,
        "env_path": str(rendered.env_path) if rendered.env_path else None,
        "backup": str(rendered.backup) if rendered.backup else None,
        "kept_text": rendered.kept_text,
        "services": list(rendered.services),
        "secrets": [
            {"service": s.service, "key": s.key, "variable": s.variable} for s in rendered.secrets
        ],
    }


def _printed_messages(rendered: RenderedCompose) -> list[str]:
    """The messages of a file that was only printed: the secrets are in no .env yet."""
    out: list[str] = []
    if rendered.secrets:
        names = ", ".join(f"${{{s.variable}}}" for s in rendered.secrets)
        out.append(
            translate(
                "core",
                "Secret-looking values are not printed; the file refers to {names}."
                " Write it with -o FILE to get them in a .env beside it.",
            ).format(names=names)
        )
    out.extend(rendered.notes)
    return out
