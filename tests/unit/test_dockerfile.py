"""Reading Dockerfiles and the beginner warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.docker.build import parse_build_args
from core.docker.dockerfile import LARGE_CONTEXT, parse, scan_context
from core.errors import ValidationError


def _messages(text: str) -> list[str]:
    return [f.message for f in parse(text).findings]


def test_continuations_comments_and_directives() -> None:
    text = (
        "# syntax=docker/dockerfile:1\n"
        "# escape=`\n"
        "FROM busybox:1.36 AS base\n"
        "RUN echo a `\n"
        "  # a comment inside\n"
        "  && echo b\n"
        "\n"
        "FROM base AS final\n"
        'CMD ["sh"]\n'
    )
    df = parse(text)
    assert [i.keyword for i in df.instructions] == ["FROM", "RUN", "FROM", "CMD"]
    assert df.instructions[1].args == "echo a && echo b"
    assert df.instructions[1].line == 4 and df.instructions[1].end_line == 6
    assert [(s.name, s.base, s.line) for s in df.stages] == [
        ("base", "busybox:1.36", 3),
        ("final", "base", 8),
    ]
    assert df.targets == ["base", "final"]
    assert df.findings == ()


def test_first_instruction_must_be_from() -> None:
    assert any("must be FROM" in m for m in _messages("RUN echo hi\nFROM a:1\n"))
    assert not any("must be FROM" in m for m in _messages("ARG V=1\nFROM a:$V\n"))
    assert parse("").errors


def test_unknown_instruction_is_an_error_with_its_line() -> None:
    df = parse("FROM a:1\nFROOM b\n")
    assert [(f.line, f.severity) for f in df.errors] == [(2, "error")]
    assert "FROOM" in df.errors[0].message


def test_common_mistakes_are_warned() -> None:
    text = (
        "FROM python:latest\n"
        "RUN apt-get update\n"
        "RUN apt-get update && apt-get install -y curl\n"
        "RUN apt-get install curl && rm -rf /var/lib/apt/lists/*\n"
        "ADD https://example.com/x.tgz /x\n"
        "ADD app.py /app/\n"
        "ADD vendor.tar.gz /vendor\n"
        "WORKDIR app\n"
        "COPY . .\n"
        "RUN pip install -r requirements.txt\n"
        'CMD ["a"]\n'
        'CMD ["b"]\n'
        "MAINTAINER me\n"
    )
    by_line: dict[int, list[str]] = {}
    for f in parse(text).findings:
        by_line.setdefault(f.line, []).append(f.message)
    assert any("not pinned" in m for m in by_line[1])
    assert any("update alone" in m for m in by_line[2])
    assert any("without cleaning" in m for m in by_line[3])
    assert any("without -y" in m for m in by_line[4])
    assert not any("cleaning" in m for m in by_line[4])
    assert any("URL" in m for m in by_line[5])
    assert any("COPY says" in m for m in by_line[6])
    assert 7 not in by_line  # ADD of a tar archive is what ADD is for
    assert any("relative" in m for m in by_line[8])
    assert any("download cache" in m for m in by_line[10])
    assert any("after COPY ." in m for m in by_line[10])
    assert any("only the last one counts" in m for m in by_line[11])
    assert 12 not in by_line or not any("only the last" in m for m in by_line[12])
    assert any("deprecated" in m for m in by_line[13])


def test_one_cmd_per_stage_is_fine() -> None:
    text = 'FROM a:1 AS one\nCMD ["x"]\nFROM b:2\nCMD ["y"]\n'
    assert not any("CMD" in m for m in _messages(text))


def test_large_context_without_dockerignore(tmp_path: Path) -> None:
    big = tmp_path / "data.bin"
    with big.open("wb") as f:
        f.truncate(LARGE_CONTEXT + 1)  # sparse: counts by size, costs no disk
    scan = scan_context(tmp_path)
    assert scan.files == 1 and scan.bytes > LARGE_CONTEXT
    finding = scan.finding()
    assert finding is not None and ".dockerignore" in finding.message
    (tmp_path / ".dockerignore").write_text("data.bin\n")
    assert scan_context(tmp_path).finding() is None


def test_build_args() -> None:
    assert parse_build_args("A=1\n# c\nB_2=x=y\n\n") == {"A": "1", "B_2": "x=y"}
    for bad in ("novalue", "1A=x", "=x"):
        with pytest.raises(ValidationError):
            parse_build_args(bad)
