"""Application set-up: QApplication, theme, error hook, context, main window."""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QTranslator, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core import __version__
from core.docker.engines import EngineRegistry
from core.errors import describe
from core.logfile import get_logger, setup_logging
from core.paths import resources_dir
from core.selfcheck import run_checks
from gui import i18n, theme
from gui.context import AppContext
from gui.dialog_catalogue import paint_all
from gui.engine_bridge import EngineBridge
from gui.main_window import MainWindow
from gui.panel import FailedPanel
from gui.widgets.notifications import Notifier
from gui.workers import JobRunner

log = get_logger("gui.app")


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("EnvDock")
    QCoreApplication.setApplicationName("EnvDock")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    i18n.install()
    app.setDesktopFileName("envdock")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "envdock.svg")))
    mode = str(QSettings().value("view/theme", "system"))
    theme.apply_theme(app, mode)
    if mode == "system":
        app.styleHints().colorSchemeChanged.connect(lambda _s: theme.apply_theme(app, "system"))
    return app


def create_context(parent: QApplication | None = None) -> AppContext:
    """The default engine and every Docker context (the current one connects at start)."""
    engines = EngineBridge(EngineRegistry(), parent=parent)
    return AppContext(engine=engines, jobs=JobRunner(parent), notifier=Notifier(parent))


def install_error_hooks(window: MainWindow) -> None:
    """Unexpected exceptions: written to the log, shown as a readable dialog, app stays up."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        exc.__traceback__ = tb
        err = describe(exc)
        log.error("unhandled: %s\n%s", err.message, err.details)
        QTimer.singleShot(0, lambda: window.show_error_details(err))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            err = describe(args.exc_value)
            log.error(
                "unhandled in thread %s: %s\n%s",
                args.thread.name if args.thread else "?",
                err.message,
                err.details,
            )

    sys.excepthook = hook
    threading.excepthook = thread_hook


def build_window(t0: float | None = None) -> tuple[QApplication, MainWindow]:
    setup_logging()
    app = create_application()
    context = create_context(app)
    window = MainWindow(context, t0=t0)
    install_error_hooks(window)
    # The engine (and docker-py's import) starts after the first paint.
    window.first_painted.connect(lambda _s: context.engine.start())
    return app, window


# Quitting waits this long for threads that read a socket (the engine's events, stats
# streams, the host sampler): they are asked to end all at once, so this is the longest
# wait, not the sum; one still stuck in a call to an engine that does not answer is a
# daemon, left to end by itself. Jobs get longer: a cancelled job removes what it made.
THREADS_WAIT_S = 0.5
JOBS_WAIT_MS = 5000


@dataclass(frozen=True, slots=True)
class Stopped:
    """What quitting ended. ``jobs_drained`` is ``JobRunner.shutdown()``'s answer: every
    worker of the jobs' thread pool ended within JOBS_WAIT_MS (``stuck_jobs`` names those
    that did not). ``threads_ended``: the engine's and the live data's threads ended within
    THREADS_WAIT_S (one stuck on an engine that never answers is a daemon, left behind).
    True when both."""

    jobs_drained: bool
    threads_ended: bool
    stuck_jobs: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return self.jobs_drained and self.threads_ended


def shutdown(window: MainWindow) -> Stopped:
    """Stop everything the window started, waiting no longer than the limits above."""
    window.shutdown()
    context = window.context
    engines = context.engine  # every engine, each with its thread (and ssh tunnel)
    # first ask every part to stop, without waiting for any …
    if context.live is not None:
        context.live.request_stop()
    engines.request_stop()
    context.jobs.cancel_all()
    # … then wait for them together
    deadline = time.monotonic() + THREADS_WAIT_S
    ended = True
    if context.live is not None:
        ended = context.live.join(max(0.0, deadline - time.monotonic())) and ended
    ended = engines.join(max(0.0, deadline - time.monotonic())) and ended
    drained = context.jobs.shutdown(JOBS_WAIT_MS)
    stuck = () if drained else tuple(context.jobs.stuck)
    if not drained:
        log.error(
            "quitting with jobs still running after %.1f s (their workers did not end): %s",
            JOBS_WAIT_MS / 1000,
            ", ".join(stuck) or "jobs already finished, workers still busy",
        )
    return Stopped(jobs_drained=drained, threads_ended=ended, stuck_jobs=stuck)


def run_gui(t0: float | None = None) -> int:
    app, window = build_window(t0)
    window.show()
    app.aboutToQuit.connect(lambda: shutdown(window))
    return int(app.exec())


def _korean_check() -> tuple[bool, str]:
    """The compiled Korean translation is where the app looks for it, and answers."""
    path = i18n.translations_dir() / "envdock_ko.qm"
    translator = QTranslator()
    if not translator.load(str(path)):
        return False, f"cannot load {path}"
    text = translator.translate("MainWindow", "&File")
    return text == "파일(&F)", f"{path.name}: &File → {text or '(missing)'}"


def _without_size_hint_warnings(_mode: object, _context: object, message: str) -> None:
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def self_test(t0: float, as_json: bool = False) -> int:
    """Open the window offscreen, visit every panel, open and paint every dialog, report
    first paint; 0 when all is well."""
    # the offscreen platform warns once per window that it cannot pass size hints on
    qInstallMessageHandler(_without_size_hint_warnings)
    app, window = build_window(t0)
    window.show()
    deadline = time.monotonic() + 20
    while window.first_paint_s is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    results: dict[str, str] = {}
    for spec in window.specs:
        widget = window.show_panel(spec.key)
        app.processEvents()
        results[spec.key] = "failed" if isinstance(widget, FailedPanel) else "ok"
        if isinstance(widget, FailedPanel):
            results[spec.key] += f": {widget.error.message}"
    dialogs = paint_all(window, app)
    window.close()
    shutdown(window)
    checks = run_checks()
    checks["korean interface"] = _korean_check()
    ok = (
        window.first_paint_s is not None
        and all(v == "ok" for v in results.values())
        and all(v == "ok" for v in dialogs.values())
        and all(passed for passed, _ in checks.values())
    )
    if as_json:
        found = {name: {"ok": passed, "found": text} for name, (passed, text) in checks.items()}
        print(
            json.dumps(
                {
                    "first_paint_s": window.first_paint_s,
                    "panels": results,
                    "dialogs": dialogs,
                    "checks": found,
                    "ok": ok,
                }
            )
        )
    else:
        fp = window.first_paint_s
        print(f"first paint: {fp:.3f} s" if fp is not None else "first paint: never")
        for key, value in results.items():
            print(f"panel {key}: {value}")
        for key, value in dialogs.items():
            print(f"dialog {key}: {value}")
        for name, (passed, text) in checks.items():
            print(f"check {name}: {'ok' if passed else 'FAILED'} — {text}")
        print("self-test: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1
