"""Time from process start to the first paint of the main window (offscreen, median of 5).

Anchor: a bare PySide6 QMainWindow measured the same way in the same run.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from common import base_env, envdock_cmd, report

BARE = r"""
import os, sys, time
t0 = float(os.environ["ENVDOCK_T0"])
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not W.done:
            W.done = True
            print(time.time() - t0)
            QTimer.singleShot(0, app.quit)
w = W(); w.setCentralWidget(QLabel("hello")); w.resize(1180, 720); w.show()
app.exec()
"""


def ours_once() -> float:
    env = base_env(QT_QPA_PLATFORM="offscreen", ENVDOCK_T0=repr(time.time()))
    out = subprocess.run(
        [*envdock_cmd(), "self-test", "--json"], env=env, check=True, capture_output=True, text=True
    ).stdout
    return float(json.loads(out.strip().splitlines()[-1])["first_paint_s"])


def bare_once() -> float:
    env = base_env(QT_QPA_PLATFORM="offscreen", ENVDOCK_T0=repr(time.time()))
    out = subprocess.run(
        [sys.executable, "-c", BARE], env=env, check=True, capture_output=True, text=True
    ).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    ours_once(), bare_once()  # warm the file cache
    ours, bare = [], []
    for _ in range(5):  # interleaved so both see the same machine noise
        ours.append(ours_once())
        bare.append(bare_once())
    report(
        "first_paint",
        statistics.median(ours),
        statistics.median(bare),
        "bare_pyside6_window",
        target="<=0.5s",
    )


if __name__ == "__main__":
    main()
