"""Compose's complaints (as v2 2.40 and v1 1.29 print them, recorded from the real tools)
placed on their file, line and column; the resolved output of both read into one model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.compose.config import (
    ComposeConfigError,
    ConfigProblem,
    build_model,
    locate,
    parse_problems,
    yaml_problem,
)

SYNTAX = "services:\n  web:\n    image: busybox\n   command: x\n"
UNKNOWN = "services:\n  web:\n    image: busybox\n    comand: x\n"
NOIMAGE = "services:\n  other:\n    image: busybox\n  web:\n    command: x\n"
BADTYPE = 'services:\n  web:\n    image: busybox\n    ports: "abc"\n'
BADDEP = "services:\n  web:\n    image: busybox\n    depends_on: [nope]\n"
INTERP = 'services:\n  web:\n    image: ${IMG}\n    ports: ["${P:?port needed}:80"]\n'


def _files(tmp_path: Path, **texts: str) -> dict[Path, str]:
    return {tmp_path / f"{name}.yaml": text for name, text in texts.items()}


V1_SYNTAX = (
    'yaml.parser.ParserError: while parsing a block mapping\n  in "{f}", line 2, column 3\n'
    "expected <block end>, but found '<block mapping start>'\n"
    '  in "{f}", line 4, column 4'
)
V2_UNKNOWN = "validating {f}: services.web additional properties 'comand' not allowed"
V1_UNKNOWN = (
    "The Compose file '{f}' is invalid because:\n"
    "Unsupported config option for services.web: 'comand'"
)
V2_NOIMAGE = (
    'service "web" has neither an image nor a build context specified: invalid compose project'
)
V1_NOIMAGE = (
    "The Compose file is invalid because:\nService web has neither an image nor a build "
    "context specified. At least one must be provided."
)
V2_BADTYPE = "validating {f}: services.web.ports must be a array"
V1_BADTYPE = (
    "The Compose file '{f}' is invalid because:\n"
    "services.web.ports contains an invalid type, it should be an array"
)
V2_BADDEP = 'service "web" depends on undefined service "nope": invalid compose project'
V1_BADDEP = "Service 'web' depends on service 'nope' which is undefined."
V2_INTERP = (
    'time="2026-12-02T08:14:19Z" level=warning msg="The \\"IMG\\" variable is not set. '
    'Defaulting to a blank string."\nerror while interpolating services.web.ports.[]: '
    "required variable P is missing a value: port needed"
)
V1_INTERP = (
    "The IMG variable is not set. Defaulting to a blank string.\nMissing mandatory value "
    'for "ports" option interpolating [\'${{P:?port needed}}:80\'] in service "web": '
    "port needed"
)
CASES = [
    # (text, stderr, (line, column), words in the message)
    (SYNTAX, "yaml: line 1: did not find expected key", (4, 4), "expected <block end>"),
    (SYNTAX, V1_SYNTAX, (4, 4), "expected <block end>"),
    (UNKNOWN, V2_UNKNOWN, (4, 5), "comand"),
    (UNKNOWN, V1_UNKNOWN, (4, 5), "comand"),
    (NOIMAGE, V2_NOIMAGE, (4, 3), "neither an image"),
    (NOIMAGE, V1_NOIMAGE, (4, 3), "neither an image"),
    (BADTYPE, V2_BADTYPE, (4, 5), "must be a array"),
    (BADTYPE, V1_BADTYPE, (4, 5), "invalid type"),
    (BADDEP, V2_BADDEP, (4, 5), "nope"),
    (BADDEP, V1_BADDEP, (4, 5), "nope"),
    (INTERP, V2_INTERP, (4, 5), "port needed"),
    (INTERP, V1_INTERP, (4, 5), "port needed"),
]


@pytest.mark.parametrize(("text", "stderr", "place", "words"), CASES)
def test_problems_land_on_their_line(
    tmp_path: Path, text: str, stderr: str, place: tuple[int, int], words: str
) -> None:
    line, column = place
    path = tmp_path / "compose.yaml"
    path.write_text(text)
    errors, warnings = parse_problems(stderr.format(f=path), [path], lambda p: p.read_text())
    (problem,) = errors
    assert (problem.file, problem.line, problem.column) == (path, line, column), problem
    assert words in problem.message and "invalid compose project" not in problem.message
    if "IMG" in stderr:  # the unset variable is a warning, placed where it is used
        (warning,) = warnings
        assert warning.severity == "warning" and (warning.line, warning.column) == (3, 12)


def test_a_path_is_found_in_the_file_that_has_it(tmp_path: Path) -> None:
    base = tmp_path / "compose.yaml"
    override = tmp_path / "compose.override.yaml"
    texts = {
        base: "services:\n  web:\n    image: x\n",
        override: "services:\n  web:\n    comand: y\n",
    }
    stderr = "services.web additional properties 'comand' not allowed"
    (problem,), _ = parse_problems(stderr, [base, override], texts.get)
    assert (problem.file, problem.line) == (override, 3)
    # a YAML error in the second file: v2 does not say which, the files are read again
    texts[override] = "services:\n  web: [\n"
    (problem,), _ = parse_problems(
        "yaml: line 2: did not find expected node content", [base, override], texts.get
    )
    assert (problem.file, problem.line) == (override, 3)


def test_unplaceable_errors_keep_compose_words(tmp_path: Path) -> None:
    path = tmp_path / "compose.yaml"
    stderr = 'Traceback (most recent call last):\n  File "x", line 1\nSomething odd happened'
    (problem,), _ = parse_problems(stderr, [path], lambda p: None)
    assert problem == ConfigProblem("Something odd happened", path)
    (problem,), _ = parse_problems("", [path], lambda p: None)
    assert "without saying why" in problem.message
    obsolete = "WARN[0000] /x/compose.yaml: the attribute `version` is obsolete"
    text = "version: '3'\nservices: {}\n"
    _, warnings = parse_problems(obsolete, [path], lambda p: text, failed=False)
    assert (warnings[0].line, warnings[0].severity) == (1, "warning")


def test_locate_walks_mappings_lists_and_dotted_names() -> None:
    text = "services:\n  a.b:\n    ports:\n      - 80\n      - 81\n"
    assert locate(text, ["services", "a", "b", "ports"]) == (3, 5, 4)
    assert locate(text, ["services", "a.b", "ports", "1"]) == (5, 9, 4)
    assert locate(text, ["services", "zzz"]) == (1, 1, 1)
    assert locate(text, ["nothing"]) is None
    assert locate("key: [", ["key"]) is None


def test_yaml_problem() -> None:
    assert yaml_problem(Path("f"), "a: 1\n") is None
    problem = yaml_problem(Path("f"), "a: [\n")
    assert problem is not None and problem.line == 2 and problem.file == Path("f")


def test_the_error_message_is_its_first_problem() -> None:
    err = ComposeConfigError(
        [ConfigProblem("bad", Path("/p/c.yaml"), 3, 1), ConfigProblem("worse")]
    )
    assert err.message == "/p/c.yaml:3:1: bad" and len(err.problems) == 2
    assert "Correct the compose file" in err.hint


V1_DATA = {
    "services": {
        "web": {
            "build": {"context": "/p/web"},
            "depends_on": ["db"],
            "ports": ["127.0.0.1:8080:80/udp", {"published": 9000, "target": 90}],
            "volumes": ["data:/data:ro", "./src:/src", "/anon"],
            "scale": 3,
            "healthcheck": {"test": ["NONE"]},
        },
        "db": {"image": "pg", "network_mode": "host"},
        "debug": {"image": "busybox", "profiles": ["debug", "tools"]},
    },
    "volumes": {"data": {}, "ext": {"external": True}, "old": {"external": {"name": "legacy"}}},
    "networks": {"front": {"name": "custom"}},
}


def test_v1_shaped_output_is_read_into_the_model() -> None:
    model = build_model("shop", "text", V1_DATA, active_profiles=("tools",))
    web = model.services["web"]
    assert [str(p) for p in web.ports] == ["127.0.0.1:8080:80/udp", "9000:90"]
    assert [(m.type, m.source, m.target, m.read_only) for m in web.volumes] == [
        ("volume", "data", "/data", True),
        ("bind", "./src", "/src", False),
        ("volume", "", "/anon", False),
    ]
    assert [(d.service, d.condition) for d in web.depends_on] == [("db", "service_started")]
    assert (web.replicas, web.healthcheck, web.networks, web.image) == (
        3,
        False,
        ("default",),
        None,
    )
    assert model.services["db"].networks == ()
    assert model.services["debug"].active  # "tools" is on
    assert model.profiles == ("debug", "tools")
    assert {k: (v.name, v.external) for k, v in model.volumes.items()} == {
        "data": ("shop_data", False), "ext": ("ext", True), "old": ("legacy", True),
    }  # fmt: skip
    assert model.networks["front"].name == "custom"
    assert build_model("shop", "", V1_DATA).services["debug"].active is False
    assert model.to_json()["services"]["web"]["ports"] == ["127.0.0.1:8080:80/udp", "9000:90"]


def test_resolve_checks_the_files_before_running_compose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.compose.config import resolve
    from core.compose.projects import ProjectRef
    from core.compose.tool import ComposeTool

    never = ComposeTool((str(tmp_path / "no-such-compose"),), "2.40.3", 2)  # must not run
    base = tmp_path / "compose.yaml"
    base.write_text("services: {}\n")
    missing = ProjectRef("p", (base, tmp_path / "override.yaml"), tmp_path)
    with pytest.raises(ComposeConfigError) as err:
        resolve(never, missing)
    (problem,) = err.value.problems
    assert problem.file == tmp_path / "override.yaml" and "File not found" in problem.message
    assert "readable" in err.value.hint

    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == base:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ComposeConfigError) as err:
        resolve(never, ProjectRef("p", (base,), tmp_path))
    assert err.value.problems[0].message == f"Permission denied: cannot read {base}"
    with pytest.raises(ComposeConfigError, match="are not known"):
        resolve(never, ProjectRef("p", (), tmp_path))
