#!/bin/sh
# Check the system libraries Qt needs; install them when root, else print the command.
# The six the design card names, plus what Qt 6's xcb platform plugin links against
# beyond them (found with ldd on libqxcb.so on a fresh Debian 12).
LIBS="libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3
      libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
      libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1"
if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian-like system: make sure the Qt libraries ($LIBS) are installed." >&2
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
    echo "Installing the system libraries Qt needs:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
    echo "Qt needs system libraries that are missing. Install them with:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
