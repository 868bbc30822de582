"""The Korean interface: every user-visible string is wrapped and translated, and shows."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.i18n.scan import ROOT, core_findings, gui_findings

TS = ROOT / "resources" / "translations" / "envdock_ko.ts"
BIN = Path(sys.executable).parent
FIELD = re.compile(r"\{[^{}]*\}|%n")
# names and technical terms that stay as they are in Korean interfaces too
KEPT_AS_IS = {
    "CPU", "CPU %", "CPU {0:.0f} %", "PID", "GPU", "GPU: {0}", "Dockerfile", "Python", "pip",
    "{0:.0f} MHz", "{0} — {1}, Python {2}", "conda (py-rattler)", "virtualenv (pip)",
    "app:1.0, app:latest",
    "my-project", "Docker: {0}", "{0} {1}", "{reference}: {text}", "{what}: {text}",
    "EnvDock — {0}", "TLS", "docker CLI", "ssh", "Compose",
}  # fmt: skip


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """{(context, source): (translation, finished)} from a .ts file."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")]
            text = forms[0] if forms else (tr.text or "")
            finished = tr.get("type") not in ("unfinished", "obsolete", "vanished")
            out[(name, source)] = (text, finished)
    return out


@pytest.fixture(scope="module")
def from_code(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[str, bool]]:
    """What pyside6-lupdate finds in the code today (a fresh .ts, nothing translated)."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    files = sorted(str(p) for pkg in ("core", "gui") for p in (ROOT / pkg).rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", *files, "-ts", str(fresh)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return _messages(fresh)


def test_core_messages_go_through_translate() -> None:
    findings = core_findings()
    assert not findings, "untranslated core messages (use translate('core', …)):\n" + "\n".join(
        findings
    )


def test_gui_strings_go_through_tr() -> None:
    findings = gui_findings()
    assert not findings, "user-visible strings without tr():\n" + "\n".join(findings)


def test_every_string_in_the_code_has_a_korean_translation(
    from_code: dict[tuple[str, str], tuple[str, bool]],
) -> None:
    assert len(from_code) > 800  # the scan really read the code
    korean = _messages(TS)
    missing = [
        f"{ctx}: {src!r}" for ctx, src in from_code if not korean.get((ctx, src), ("", 0))[1]
    ]
    empty = [f"{ctx}: {src!r}" for (ctx, src), (text, _) in korean.items() if not text.strip()]
    assert not missing, "no Korean translation (run `make ts`, then translate):\n" + "\n".join(
        missing
    )
    assert not empty, "empty Korean translations:\n" + "\n".join(empty)


def test_translations_keep_placeholders_and_shortcuts() -> None:
    bad = []
    for (ctx, source), (text, _) in _messages(TS).items():
        if sorted(FIELD.findall(source)) != sorted(FIELD.findall(text)):
            bad.append(f"{ctx}: {source!r} → {text!r} (placeholders differ)")
        if re.search(r"&\w", source) and not re.search(r"&\w", text):
            bad.append(f"{ctx}: {source!r} → {text!r} (keyboard shortcut lost)")
    assert not bad, "\n".join(bad)


def test_translations_are_korean() -> None:
    hangul = re.compile(r"[\uac00-\ud7a3]")
    wordy = re.compile(r"[A-Za-z]{3,}")
    english_left = [
        src
        for (_, src), (text, _) in _messages(TS).items()
        if wordy.search(FIELD.sub("", src)) and not hangul.search(text) and text == src
    ]
    assert sorted(set(english_left) - KEPT_AS_IS) == []


def test_every_container_transition_has_a_translatable_name() -> None:
    from core.docker.actions import TRANSITIONS
    from gui.containers.model import STATE_NAMES

    assert set(TRANSITIONS.values()) <= set(STATE_NAMES)
