"""The one wrapper for external programs: argument lists, streamed output, clean cancel.

Programs always take an argument list (never a shell string). Output is read line by
line and handed to a callback as it arrives. Cancel terminates the whole process group,
then kills it after a grace period.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import Cancelled, SubprocessFailed, ValidationError
from core.logfile import get_logger
from core.text import translate

log = get_logger("procs")

# Variables a PyInstaller bundle sets for itself that must not leak into programs we start.
_FROZEN_VARS = ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "PYTHONHOME")


@dataclass(frozen=True, slots=True)
class ProcessResult:
    args: tuple[str, ...]
    returncode: int
    output: str


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a child: the user's, without what a frozen bundle injected."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        for name in _FROZEN_VARS:
            original = env.pop(name + "_ORIG", None)
            env.pop(name, None)
            if original is not None:
                env[name] = original
    if extra:
        env.update(extra)
    return env


def _check_args(args: Sequence[str]) -> tuple[str, ...]:
    if isinstance(args, str | bytes) or not args:
        raise ValidationError(
            translate("core", "A program must be given as a non-empty argument list.")
        )
    return tuple(str(a) for a in args)


def _start_failed(argv: tuple[str, ...], exc: OSError) -> SubprocessFailed:
    """Why a program could not start, as people read it."""
    if isinstance(exc, PermissionError):
        return SubprocessFailed(
            translate("core", "Not allowed to run {0}").format(argv[0]),
            returncode=126,
            hint=translate("core", "Check the file permissions."),
        )
    return SubprocessFailed(
        translate("core", "Program not found: {0}").format(argv[0]),
        returncode=127,
        hint=translate("core", "Install it or check that it is on PATH."),
    )


def spawn_detached(
    args: Sequence[str], extra_env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> None:
    """Start a program that lives on by itself (a terminal emulator, ``notify-send``): its own
    session, no input or output tied to ours, never waited for."""
    subprocess.Popen(  # noqa: S603 - an argument list, nothing spliced into a shell string
        _check_args(args),
        env=clean_env(extra_env),
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=str(cwd) if cwd is not None else None,
    )


def start_background(
    args: Sequence[str], stderr_file: Path, env: Mapping[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """Start a long-lived helper we own (an ssh master connection): no input or output,
    its error output into ``stderr_file`` (read when it fails). ``terminate_group`` ends it."""
    argv = _check_args(args)
    log.info("start %s", argv)
    with open(stderr_file, "wb") as err:
        try:
            return subprocess.Popen(  # noqa: S603 - argument list, no shell
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                env=dict(env) if env is not None else clean_env(),
                start_new_session=True,
            )
        except (FileNotFoundError, PermissionError) as exc:
            raise _start_failed(argv, exc) from exc


def open_pipe(args: Sequence[str], env: Mapping[str, str] | None = None) -> subprocess.Popen[bytes]:
    """Start a program whose standard input and output are a byte stream we speak through
    (``ssh … docker system dial-stdio``); its standard error is kept for the reason it
    fails. The caller owns the process: ``terminate_group`` ends it."""
    argv = _check_args(args)
    log.info("pipe %s", argv)
    try:
        return subprocess.Popen(  # noqa: S603 - argument list, no shell
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(env) if env is not None else clean_env(),
            start_new_session=True,
            bufsize=0,
        )
    except (FileNotFoundError, PermissionError) as exc:
        raise _start_failed(argv, exc) from exc


def run_streaming(
    args: Sequence[str],
    on_line: Callable[[str], None] | None = None,
    *,
    cancel_event: threading.Event | None = None,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    stdin_data: str | None = None,
    grace: float = 3.0,
    check: bool = True,
    keep_output: int = 200,
) -> ProcessResult:
    """Run ``args``, streaming each output line (stdout and stderr merged) to ``on_line``.

    Raises :class:`Cancelled` if ``cancel_event`` fires (the process group is
    terminated, then killed after ``grace`` seconds) and :class:`SubprocessFailed` on a
    non-zero exit when ``check`` is true. The last ``keep_output`` lines are returned.
    """
    argv = _check_args(args)
    log.info("run %s", argv)
    try:
        proc = subprocess.Popen(  # noqa: S603 - argument list, no shell
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
            cwd=str(cwd) if cwd else None,
            env=dict(env) if env is not None else clean_env(),
            start_new_session=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
        )
    except (FileNotFoundError, PermissionError) as exc:
        raise _start_failed(argv, exc) from exc

    cancelled = threading.Event()
    done = threading.Event()

    def _watch() -> None:
        assert cancel_event is not None
        while not done.is_set():
            if cancel_event.wait(0.05):
                cancelled.set()
                terminate_group(proc, grace)
                return

    watcher = None
    if cancel_event is not None:
        watcher = threading.Thread(target=_watch, name="proc-cancel-watch", daemon=True)
        watcher.start()

    if stdin_data is not None and proc.stdin is not None:
        try:
            proc.stdin.write(stdin_data)
            proc.stdin.close()
        except BrokenPipeError:
            pass

    tail: list[str] = []
    assert proc.stdout is not None
    try:
        for raw in proc.stdout:
            line = raw.rstrip("\n")
            tail.append(line)
            if len(tail) > keep_output:
                del tail[0]
            if on_line is not None:
                on_line(line)
        proc.wait()
    finally:
        done.set()
        if proc.poll() is None:
            terminate_group(proc, grace)
        proc.stdout.close()
        # the watcher notices `done` within 50 ms by itself; waiting for it here would add
        # that delay to every command
        if watcher is not None and cancelled.is_set():
            watcher.join()

    output = "\n".join(tail)
    if cancelled.is_set():
        raise Cancelled(details=output)
    if check and proc.returncode != 0:
        raise SubprocessFailed(
            translate("core", "{0} exited with code {1}").format(
                Path(argv[0]).name, proc.returncode
            ),
            returncode=proc.returncode,
            hint=translate("core", "See the output for the reason."),
            details=output,
        )
    return ProcessResult(argv, proc.returncode, output)


@dataclass(frozen=True, slots=True)
class CapturedResult:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


def run_capture(
    args: Sequence[str],
    *,
    cancel_event: threading.Event | None = None,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    grace: float = 3.0,
) -> CapturedResult:
    """Run ``args`` to its end with standard output and standard error kept apart (a
    program whose output is data and whose messages are on stderr: ``compose config``).

    Never checks the exit code (the caller reads stderr for the reason); raises
    :class:`Cancelled` if ``cancel_event`` fires (the process group is terminated)."""
    argv = _check_args(args)
    log.info("run %s", argv)
    try:
        proc = subprocess.Popen(  # noqa: S603 - argument list, no shell
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            cwd=str(cwd) if cwd else None,
            env=dict(env) if env is not None else clean_env(),
            start_new_session=True,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
    except (FileNotFoundError, PermissionError) as exc:
        raise _start_failed(argv, exc) from exc
    cancelled = threading.Event()
    done = threading.Event()

    def _watch() -> None:
        assert cancel_event is not None
        while not done.is_set():
            if cancel_event.wait(0.05):
                cancelled.set()
                terminate_group(proc, grace)
                return

    watcher = None
    if cancel_event is not None:
        watcher = threading.Thread(target=_watch, name="proc-cancel-watch", daemon=True)
        watcher.start()
    try:
        stdout, stderr = proc.communicate()
    finally:
        done.set()
        if proc.poll() is None:
            terminate_group(proc, grace)
        if watcher is not None and cancelled.is_set():
            watcher.join()
    if cancelled.is_set():
        raise Cancelled(details=stderr)
    return CapturedResult(argv, proc.returncode, stdout, stderr)


def terminate_group(
    proc: subprocess.Popen[str] | subprocess.Popen[bytes], grace: float = 3.0
) -> None:
    """SIGTERM the process group, then SIGKILL it if it is still there after ``grace``."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        proc.wait()
