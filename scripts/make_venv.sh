#!/bin/sh
# Create the project virtualenv; on Debian without python3-venv, install it when root.
set -e
PY="$1"; VENV="$2"
if "$PY" -m venv "$VENV" 2>/dev/null; then exit 0; fi
rm -rf "$VENV"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python$ver-venv" || \
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
    "$PY" -m venv "$VENV"
else
    echo "Cannot create a virtualenv with $PY. Install venv support first:" >&2
    echo "    sudo apt-get install python3-venv" >&2
    exit 1
fi
