"""`make bench`: run every benchmark in bench/ and print their `metric:` lines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = sorted(
    p
    for p in HERE.glob("*.py")
    if p.name not in ("common.py", "run_all.py") and not p.name.startswith("_")
)


def main() -> int:
    failed = []
    for script in SCRIPTS:
        print(f"== {script.stem}", flush=True)
        proc = subprocess.run([sys.executable, str(script)], cwd=HERE, check=False)
        if proc.returncode != 0:
            failed.append(script.stem)
    if failed:
        print(f"benchmarks that failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
