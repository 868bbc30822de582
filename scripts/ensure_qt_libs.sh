#!/bin/sh
# Check the system libraries EnvDock needs; install them when root, else print the command.
# usage: ensure_qt_libs.sh            what the app needs (Qt)
#        ensure_qt_libs.sh --dev PY   that, plus what the tests and the packaged build need
#                                     with the interpreter PY (the one the venv is made from)
# Qt: the six the design card names, plus what Qt 6's libraries and its xcb/wayland platform
# plugins link against beyond them (found with ldd on PySide6's Qt/lib and Qt/plugins on a
# fresh Debian 12: libQt6Core and pyside6-lrelease need libglib-2.0.so.0 and libgthread).
LIBS="libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3
      libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
      libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1
      libglib2.0-0 libwayland-cursor0"
if [ "${1:-}" = "--dev" ]; then
    PY="${2:-python3}"
    ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])') || exit 1
    # PyInstaller (the packaged-app test, `make package`): the interpreter's shared
    # library, and objdump/objcopy/strip from binutils
    LIBS="$LIBS libpython$ver binutils"
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian-like system: make sure these are installed: $LIBS" >&2
    exit 0
fi
# a font with Hangul for the Korean interface (Qt finds it through fontconfig)
FONTS="fonts-nanum"
if ! fc-list :lang=ko 2>/dev/null | grep -q .; then
    LIBS="$LIBS $FONTS"
fi
missing=""
for p in $LIBS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "Installing the system packages EnvDock needs:$missing"
    apt-get -o DPkg::Lock::Timeout=300 update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq $missing
else
    echo "EnvDock needs system packages that are missing. Install them with:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
