#!/usr/bin/env bash
# Install the Debian/Ubuntu packages CalmDesk needs: Qt's X11 (xcb) libraries and a font, plus, with --test,
# the real X server, window manager, tray host and X tools, and the headless Wayland compositors and tools
# the end-to-end tests drive.
set -euo pipefail

runtime=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
         libxcb-xinerama0 libxcb-xkb1 libxcb-randr0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
         libdbus-1-3 fonts-dejavu-core xclip
         libwayland-client0 libwayland-cursor0 libwayland-egl1 wl-clipboard)  # Qt on Wayland, `calmdesk copy` there
testing=(xvfb openbox trayer xdotool x11-utils dunst dbus-x11 e2fsprogs  # e2fsprogs: chattr, a read-only file for root
         sway wl-clipboard wtype grim mutter)  # headless Wayland: sway (wlroots) and GNOME's mutter

wanted=("${runtime[@]}")
[ "${1:-}" = "--test" ] && wanted+=("${testing[@]}")

if ! command -v dpkg >/dev/null 2>&1; then
    echo "system-packages: not a Debian-like system; install the equivalents of: ${wanted[*]}" >&2
    exit 0
fi
missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "system-packages: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
