"""Where compose's complaints are: each placed on its file, line and column.

Compose says where a problem is in two ways: YAML syntax errors by line (v2's line is
often wrong: the files are parsed again here, with PyYAML, for the real place), the rest
by a path such as ``services.web.ports`` or a service name, which is looked up in the
files' YAML nodes (``yaml.compose``) for its line. v1 and v2 word them differently; both
are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from core.ansi import strip_ansi
from core.errors import EnvDockError
from core.text import translate


@dataclass(frozen=True)
class ConfigProblem:
    """One thing compose refused (or warned about), and where."""

    message: str
    file: Path | None = None
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = str(self.file)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message

    def to_json(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "file": str(self.file) if self.file is not None else None,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
        }


class ComposeConfigError(EnvDockError):
    """Compose refused the configuration; ``problems`` says what and where."""

    default_hint = translate("core", "Correct the compose file at the place shown and try again.")

    def __init__(
        self,
        problems: Sequence[ConfigProblem],
        hint: str = "",
        details: str = "",
        warnings: Sequence[ConfigProblem] = (),
    ) -> None:
        self.problems = list(problems)
        self.warnings = list(warnings)
        first = (
            str(self.problems[0]) if self.problems else translate("core", "Invalid compose file")
        )
        super().__init__(first, hint, details)


# -- where problems are ------------------------------------------------------------------------
def locate(text: str, path: Sequence[str]) -> tuple[int, int, int] | None:
    """(line, column, depth) of the deepest key along ``path`` (``["services", "web",
    "ports"]``) in the YAML ``text``, 1-based; None when not even the first key is there
    or the text is not YAML. A key with dots in it (a service "a.b") is matched too."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    found: tuple[int, int, int] | None = None
    i = 0
    while i < len(path) and node is not None:
        if isinstance(node, yaml.SequenceNode):
            if path[i].isdigit() and int(path[i]) < len(node.value):
                item = node.value[int(path[i])]
                found = (item.start_mark.line + 1, item.start_mark.column + 1, i + 1)
                node, i = item, i + 1
                continue
            break
        if not isinstance(node, yaml.MappingNode):
            break
        match = None
        for j in range(len(path), i, -1):
            wanted = ".".join(path[i:j])
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == wanted:
                    match = (j, key, value)
                    break
            if match:
                break
        if match is None:
            break
        j, key, node = match
        found = (key.start_mark.line + 1, key.start_mark.column + 1, j)
        i = j
    return found


def yaml_problem(path: Path, text: str) -> ConfigProblem | None:
    """The YAML syntax error in ``text`` (PyYAML's message and place), None when it parses."""
    try:
        for _ in yaml.compose_all(text, Loader=yaml.SafeLoader):
            pass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or str(exc)
        if exc.context and exc.problem:
            message = f"{exc.problem} ({exc.context})"
        if mark is None:
            return ConfigProblem(str(message), path)
        return ConfigProblem(str(message), path, mark.line + 1, mark.column + 1)
    except yaml.YAMLError as exc:
        return ConfigProblem(str(exc), path)
    return None


Reader = Callable[[Path], str | None]

_WARN_PATTERNS = (
    re.compile(r'level=warn(?:ing)?\s+msg="(?P<msg>(?:[^"\\]|\\.)*)"'),
    re.compile(r"^WARN\[\d+\]\s*(?P<msg>.*)$"),
    re.compile(r"^WARNING:\s*(?P<msg>.*)$"),
    re.compile(r"^(?P<msg>.*variable is not set\. Defaulting to a blank string\.?)$"),
)
_YAML_MARKERS = ("yaml.parser.", "yaml.scanner.", "yaml.composer.", "yaml.constructor.")
_V2_YAML = re.compile(r"(?<![\w./-])yaml: (?:line (?P<line>\d+): )?(?P<msg>.*)")
_V1_MARK = re.compile(r'in "(?P<file>[^"]+)", line (?P<line>\d+), column (?P<col>\d+)')
_VALIDATING = re.compile(r"validating (?P<file>.+?): (?P<rest>.*)")
_V1_INVALID = re.compile(r"The Compose file (?:'(?P<file>[^']+)' )?is invalid because:")
_ADDITIONAL = re.compile(r"(?P<path>[\w.\-\[\]]+) additional propert(?:y|ies) '(?P<key>[^']+)'")
_UNSUPPORTED = re.compile(r"Unsupported config option for (?P<path>[\w.\-]+): '(?P<key>[^']+)'")
_INTERPOLATING = re.compile(r"error while interpolating (?P<path>[\w.\-\[\]]+):")
_DOTTED = re.compile(r"\b(?P<path>(?:services|networks|volumes|secrets|configs)\.[\w.\-\[\]]+)")
_SERVICE = re.compile(
    r"""[Ss]ervice (?:"(?P<a>[^"]+)"|'(?P<b>[^']+)'|(?P<c>[\w.\-]+)(?= has| depends| refers))"""
)
_OPTION = re.compile(r'(?:value for|the) "(?P<opt>\w+)" option|"(?P<opt2>\w+)" option')
_VARIABLE = re.compile(r'The "?(?P<var>\w+)"? variable is not set')
_OBSOLETE = re.compile(r"the attribute `(?P<attr>\w+)` is obsolete")


def _warning_text(line: str) -> str | None:
    for pattern in _WARN_PATTERNS:
        match = pattern.search(line)
        if match:
            return match.group("msg").replace('\\"', '"')
    return None


def _split_path(text: str) -> list[str]:
    return [part for part in text.replace("[]", "").split(".") if part]


class _Locator:
    """Finds a path's line in the project's files (the deepest match wins; ties go to
    the earliest file)."""

    def __init__(self, files: Sequence[Path], read: Reader) -> None:
        self.files = list(files)
        self.read = read

    def place(
        self, path: Sequence[str], file: Path | None = None
    ) -> tuple[Path | None, int | None, int | None]:
        candidates = [file] if file is not None and file in self.files else self.files
        best: tuple[int, Path, int, int] | None = None
        for candidate in candidates:
            text = self.read(candidate)
            if text is None:
                continue
            hit = locate(text, path)
            if hit is not None and (best is None or hit[2] > best[0]):
                best = (hit[2], candidate, hit[0], hit[1])
        if best is None:
            only = file if file is not None else (self.files[0] if len(self.files) == 1 else None)
            return only, None, None
        return best[1], best[2], best[3]

    def variable(self, name: str) -> tuple[Path | None, int | None, int | None]:
        use = re.compile(r"\$\{?" + re.escape(name) + r"\b")
        for candidate in self.files:
            text = self.read(candidate) or ""
            for number, line in enumerate(text.splitlines(), 1):
                match = use.search(line)
                if match:
                    return candidate, number, match.start() + 1
        return None, None, None

    def yaml_error(self) -> ConfigProblem | None:
        for candidate in self.files:
            text = self.read(candidate)
            if text is not None:
                problem = yaml_problem(candidate, text)
                if problem is not None:
                    return problem
        return None


def _file_named(text: str, files: Sequence[Path], workdir: Path | None) -> Path | None:
    path = Path(text)
    if not path.is_absolute() and workdir is not None:
        path = workdir / path
    for candidate in files:
        if candidate == path or str(candidate) == str(path).replace("/./", "/"):
            return candidate
    return path if path.is_absolute() else None


def _path_problem(line: str, locator: _Locator, file: Path | None) -> ConfigProblem:
    """One error line: its message and the place its path or service points at."""
    message = line.removeprefix("ERROR: ").strip()
    message = re.sub(r": invalid compose project$", "", message)
    path: list[str] | None = None
    for pattern in (_ADDITIONAL, _UNSUPPORTED):
        match = pattern.search(message)
        if match:
            key = match.group("key").split("'")[0]
            path = [*_split_path(match.group("path")), key]
            break
    if path is None:
        match = _INTERPOLATING.search(message) or _DOTTED.search(message)
        if match:
            path = _split_path(match.group("path"))
    if path is None:
        match = _SERVICE.search(message)
        if match:
            service = match.group("a") or match.group("b") or match.group("c")
            path = ["services", service]
            option = _OPTION.search(message)
            low = message.lower()
            if option:
                path.append(option.group("opt") or option.group("opt2"))
            elif "depends on" in low:
                path.append("depends_on")
            elif "network" in low:
                path.append("networks")
            elif "volume" in low:
                path.append("volumes")
    if path is None:
        only = file if file is not None else (locator.files[0] if len(locator.files) == 1 else None)
        return ConfigProblem(message, only)
    where, number, column = locator.place(path, file)
    return ConfigProblem(message, where, number, column)


def _located_warning(text: str, locator: _Locator) -> ConfigProblem:
    match = _VARIABLE.search(text)
    if match:
        where, number, column = locator.variable(match.group("var"))
        return ConfigProblem(text, where, number, column, "warning")
    match = _OBSOLETE.search(text)
    if match:
        where, number, column = locator.place([match.group("attr")])
        return ConfigProblem(text, where, number, column, "warning")
    return ConfigProblem(text, severity="warning")


def parse_problems(
    stderr: str,
    files: Sequence[Path],
    read: Reader,
    *,
    failed: bool = True,
    workdir: Path | None = None,
) -> tuple[list[ConfigProblem], list[ConfigProblem]]:
    """(errors, warnings) from what ``compose config`` wrote on stderr (v1 or v2), each
    placed on a file, line and column where compose's words allow."""
    locator = _Locator(files, read)
    errors_text: list[str] = []
    warnings = []
    for raw in strip_ansi(stderr).splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        text = _warning_text(line)
        if text is not None or not failed:
            warnings.append(_located_warning(text if text is not None else line.strip(), locator))
        else:
            errors_text.append(line)
    if not failed:
        return [], warnings
    joined = "\n".join(errors_text)
    if not errors_text:
        return [
            ConfigProblem(translate("core", "compose config failed without saying why"))
        ], warnings
    if any(marker in joined for marker in _YAML_MARKERS) or _V2_YAML.search(joined):
        return [_yaml_error(joined, locator, workdir)], warnings
    match = _V1_INVALID.search(joined)
    if match:
        file = _file_named(match.group("file"), files, workdir) if match.group("file") else None
        reasons = [x for x in joined[match.end() :].splitlines() if x.strip()]
        return [_path_problem(r, locator, file) for r in reasons] or [
            ConfigProblem(joined)
        ], warnings
    match = _VALIDATING.search(joined)
    if match:
        file = _file_named(match.group("file"), files, workdir)
        return [_path_problem(match.group("rest"), locator, file)], warnings
    interesting = [x for x in errors_text if not x.startswith(("Traceback", "  File "))]
    return [
        _path_problem(interesting[-1] if interesting else errors_text[-1], locator, None)
    ], warnings


def _yaml_error(text: str, locator: _Locator, workdir: Path | None) -> ConfigProblem:
    ours = locator.yaml_error()
    if ours is not None:
        return ours
    marks = list(_V1_MARK.finditer(text))
    if marks:
        mark = marks[-1]
        file = _file_named(mark.group("file"), locator.files, workdir)
        first = text.splitlines()[0].split(": ", 1)[-1]
        return ConfigProblem(first, file, int(mark.group("line")), int(mark.group("col")))
    match = _V2_YAML.search(text)
    only = locator.files[0] if len(locator.files) == 1 else None
    if match:
        line = int(match.group("line")) if match.group("line") else None
        return ConfigProblem(match.group("msg"), only, line)
    return ConfigProblem(text.strip(), only)
