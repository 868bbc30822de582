"""The rotating log file where details of every error end up."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from core.paths import log_dir

_configured: Path | None = None
# Until setup_logging() runs, records go nowhere (never to the user's terminal).
logging.getLogger("envdock").addHandler(logging.NullHandler())
logging.getLogger("envdock").propagate = False


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send EnvDock's log records to a rotating file; return its path."""
    global _configured
    target_dir = directory or log_dir()
    path = target_dir / "envdock.log"
    if _configured == path:
        return path
    target_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    root = logging.getLogger("envdock")
    for old in list(root.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"envdock.{name}")
