#!/usr/bin/env bash
# Install the Debian/Ubuntu packages CalmDesk needs: Qt's X11 (xcb) and Wayland libraries and a font; with
# --package, the tools scripts/package builds and checks the .deb with; with --test, those plus the real X
# server, window manager, tray host and X tools, the headless Wayland compositors (sway, mutter, kwin) and tools
# the end-to-end tests drive, and CopyQ, the yardstick of the start-up benchmark.
set -euo pipefail

runtime=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
         libxcb-xinerama0 libxcb-xkb1 libxcb-randr0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
         libdbus-1-3 fonts-dejavu-core xclip
         libwayland-client0 libwayland-cursor0 libwayland-egl1 wl-clipboard)  # Qt on Wayland; `calmdesk copy` there
testing=(xvfb openbox trayer xdotool x11-utils dunst dbus-x11 e2fsprogs  # e2fsprogs: chattr, a read-only file for root
         copyq
         sway wl-clipboard wtype grim mutter  # headless Wayland: sway (wlroots), GNOME's mutter, KDE's kwin
         waybar  # a Wayland tray host (StatusNotifierWatcher) beside sway
         kwin-wayland qtwayland5 xdg-desktop-portal xdg-desktop-portal-kde
         xdg-desktop-portal-gnome)  # GNOME's RemoteDesktop portal over mutter: auto-paste on GNOME
# dpkg-shlibdeps reads the Depends line off the libraries that the bundled Qt links to: they must be installed.
# gettext: msgfmt builds the command line's catalogues (scripts/build-translations), xgettext checks them (tests).
packaging=(gettext debhelper dpkg-dev help2man lintian desktop-file-utils appstream python3 python3-venv binutils
           libbrotli1 libcups2 libdrm2 libfreetype6 libglib2.0-0 libgssapi-krb5-2 libwayland-client0
           libwayland-cursor0 libwayland-egl1 libx11-xcb1 libxcb-glx0 libxcb-render0 libxcb-shm0 libxcb-sync1
           libxcb-util1 libxcb-xfixes0 libzstd1 zlib1g)

wanted=("${runtime[@]}")
[ "${1:-}" = "--package" ] && wanted+=("${packaging[@]}")
[ "${1:-}" = "--test" ] && wanted+=("${packaging[@]}" "${testing[@]}")

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
