"""`calmdesk doctor`: what works on this desktop (display, tray, hotkey, clipboard, paths, versions)."""

from __future__ import annotations

import os
import platform
import sys

from calmdesk import __version__
from calmdesk.store import paths


def display_server() -> str:
    """X11 / Wayland / none, from the environment (what a program started here would connect to)."""
    wayland = os.environ.get("WAYLAND_DISPLAY")
    x11 = os.environ.get("DISPLAY")
    if sys.platform == "win32":
        return "Windows"
    if sys.platform == "darwin":
        return "macOS"
    if wayland:
        return f"Wayland ({wayland})" + (f", XWayland on {x11}" if x11 else "")
    if x11:
        return f"X11 ({x11})"
    return "none (no DISPLAY or WAYLAND_DISPLAY: only the headless commands work)"


def report() -> list[tuple[str, str]]:
    """One (item, status) row per thing that matters; never raises for a missing piece, it reports it."""
    rows: list[tuple[str, str]] = [("CalmDesk", __version__), ("display server", display_server())]
    rows += _qt_rows()
    from calmdesk.system.clipboard import clipboard_backend_name

    rows.append(("clipboard (CLI)", clipboard_backend_name()))
    rows += [
        ("config", str(paths.settings_file())),
        ("data", str(paths.data_dir())),
        ("user packs", f"{paths.user_packs_dir()} (your own *.toml packs go here)"),
        ("database", str(paths.database_file())),
        ("runtime", str(paths.runtime_dir())),
        ("log", _log_row()),
        ("python", f"{platform.python_version()} ({sys.executable})"),
    ]
    return rows


def _log_row() -> str:
    log = paths.log_file()
    return str(log) if log.exists() else f"{log} (nothing logged yet)"


def _qt_rows() -> list[tuple[str, str]]:
    """Qt platform plugin, tray and hotkey backend; Qt is imported here only, so the rest stays cheap."""
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        return [("Qt", f"missing: {exc} (pip install PySide6-Essentials)")]
    rows = [("Qt", f"{qVersion()} (PySide6 {pyside_version})")]
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QGuiApplication.instance()
    created = None
    if app is None and display_server().startswith(("X11", "Wayland", "Windows", "macOS")):
        try:
            created = app = QApplication(sys.argv[:1])
        except Exception as exc:  # a broken platform plugin must not hide the rest of the report
            rows.append(("Qt platform", f"cannot start: {exc}"))
    if isinstance(app, QGuiApplication):
        rows.append(("Qt platform", QGuiApplication.platformName()))
        tray = QSystemTrayIcon.isSystemTrayAvailable()
        rows.append(("system tray", "available" if tray else "none (use the hotkey or `calmdesk show`)"))
    else:
        rows.append(("system tray", "unknown (no display)"))
    from calmdesk.system.hotkey import backend_name

    rows.append(("hotkey backend", backend_name()))
    if created is not None:
        created.shutdown()
    return rows
