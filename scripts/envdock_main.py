"""The packaged executable's entry point (PyInstaller starts here)."""

import sys

from gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
