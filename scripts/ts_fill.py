"""Fill Korean translations into the .ts from tab-separated files, after `make ts`.

Each line of ``resources/translations/ko-*.tsv`` is ``context<TAB>source<TAB>korean``;
``\\n`` and ``\\t`` inside a field stand for a newline and a tab. A message whose context and
source match gets the translation (plural messages get it as their one Korean form) and
loses its ``unfinished`` mark. Lines that match nothing are reported (a typo, or a string the
code no longer has); the .tsv files are removed once every line found its message, unless
``--keep`` is given.

usage: python scripts/ts_fill.py [--keep] [TS]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "envdock_ko.ts"


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_tsv(paths: list[Path]) -> dict[tuple[str, str], str]:
    wanted: dict[tuple[str, str], str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{path}:{number}: want context<TAB>source<TAB>korean")
            context, source, korean = (_unescape(p) for p in parts)
            wanted[(context, source)] = korean
    return wanted


def fill(ts: Path, wanted: dict[tuple[str, str], str]) -> set[tuple[str, str]]:
    """Write the translations into ``ts``; return the keys that matched a message."""
    root = ET.fromstring(ts.read_text(encoding="utf-8"))
    used: set[tuple[str, str]] = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in wanted:
                continue
            used.add(key)
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            tr.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = "\n            "
                form = ET.SubElement(tr, "numerusform")
                form.text = wanted[key]
                form.tail = "\n        "
            else:
                tr.text = wanted[key]
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return used


def main(argv: list[str]) -> int:
    keep = "--keep" in argv
    rest = [a for a in argv if a != "--keep"]
    ts = Path(rest[0]) if rest else TS
    sources = sorted(ts.parent.glob("ko-*.tsv"))
    if not sources:
        print("no ko-*.tsv files: nothing to fill")
        return 0
    wanted = read_tsv(sources)
    used = fill(ts, wanted)
    missing = sorted(set(wanted) - used)
    for context, source in missing:
        print(f"no message {source!r} in context {context}", file=sys.stderr)
    print(f"filled {len(used)} of {len(wanted)} translations from {len(sources)} file(s)")
    if not missing and not keep:
        for path in sources:
            path.unlink()
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
