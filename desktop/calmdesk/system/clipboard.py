"""Put a phrase on the clipboard: QClipboard inside the GUI, a clipboard tool (or pyperclip) from the CLI."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt only for the type: the CLI path must not import it
    from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

_TOOL_TIMEOUT_S = 5.0
_INSTALL_HINT = (
    "install xclip or xsel (X11) or wl-clipboard (Wayland), e.g. `sudo apt install xclip wl-clipboard`"
)


# Set beside every phrase CalmDesk copies, so that reading the customer's message skips our own words.
OWN_MIME_TYPE = "application/x-calmdesk-phrase"


class ClipboardError(Exception):
    """The text could not be put on the clipboard; the message says what to install or do."""


class ClipboardWriter:
    """Copies text (and HTML where the phrase has formatting) the best way this process can."""

    def copy(self, text: str, html: str | None = None) -> None:
        app = _gui_application()
        if app is None:
            copy_without_gui(text)
            return
        from PySide6.QtGui import QClipboard

        from calmdesk.system.clipboard_return import WatchedMimeData

        clipboard = app.clipboard()
        data = WatchedMimeData()  # knows when a paste reads it: the agent's clipboard may come back then
        data.setText(text)
        data.setData(OWN_MIME_TYPE, b"1")
        if html:
            data.setHtml(html)
        clipboard.setMimeData(data, QClipboard.Mode.Clipboard)
        data.armed = True
        if clipboard.supportsSelection():
            # PRIMARY (middle-click paste) gets plain text only; setMimeData takes ownership, so a new object.
            selection = WatchedMimeData()  # never armed: it only marks the selection as our phrase
            selection.setText(text)
            selection.setData(OWN_MIME_TYPE, b"1")
            clipboard.setMimeData(selection, QClipboard.Mode.Selection)


def _gui_application() -> QGuiApplication | None:
    """The running QGuiApplication, if any, without importing Qt into a process that has not loaded it."""
    if "PySide6.QtGui" not in sys.modules:
        return None
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    return app if isinstance(app, QGuiApplication) else None


def copy_without_gui(text: str) -> None:
    """Copy from a process with no Qt GUI (the CLI); the text stays on the clipboard after this process exits.

    X11 and Wayland clipboards are served by the process that owns them: xclip, xsel and wl-copy fork a small
    server that keeps the text available after we exit.
    """
    command = clipboard_command()
    if command is None:
        _copy_with_pyperclip(text)
        return
    # pyperclip runs these same tools but lets the forked server inherit our stdout/stderr, so
    # `calmdesk copy ID | cat` (or any captured run) hangs until someone else takes the clipboard. Hence our
    # own call: errors go to a temporary file (never a pipe, for the same reason), and a new session so that
    # closing the terminal does not take the text away.
    with tempfile.TemporaryFile() as errors:
        try:
            subprocess.run(
                command,
                input=text.encode("utf-8"),
                stdout=subprocess.DEVNULL,
                stderr=errors,
                start_new_session=True,
                timeout=_TOOL_TIMEOUT_S,
                check=True,
            )
        except subprocess.CalledProcessError as exc:
            errors.seek(0)
            detail = errors.read().decode("utf-8", "replace").strip() or f"exit {exc.returncode}"
            raise ClipboardError(f"{command[0]} could not copy: {detail}") from None
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ClipboardError(f"{command[0]} could not copy: {exc}") from None


def clipboard_command() -> list[str] | None:
    """The command line of the clipboard tool to use on Linux/BSD, or None where pyperclip knows better.

    Raises ClipboardError on a Unix desktop without a display or without any tool.
    """
    if sys.platform in ("win32", "darwin"):
        return None  # pyperclip uses the native APIs (ctypes on Windows, pbcopy on macOS)
    wayland = bool(os.environ.get("WAYLAND_DISPLAY"))
    x11 = bool(os.environ.get("DISPLAY"))
    if not (wayland or x11):
        raise ClipboardError("No graphical session to copy to (neither WAYLAND_DISPLAY nor DISPLAY is set)")
    candidates: list[list[str]] = []
    if wayland:
        candidates.append(["wl-copy", "--type", "text/plain;charset=utf-8"])
    if x11:
        candidates += [["xclip", "-selection", "clipboard", "-in"], ["xsel", "--clipboard", "--input"]]
    for candidate in candidates:
        if shutil.which(candidate[0]):
            return candidate
    if wayland and not x11:  # name the one tool that works here, not a list to choose from
        raise ClipboardError(
            "No clipboard tool found: on Wayland CalmDesk copies with wl-copy; install wl-clipboard "
            "(`sudo apt install wl-clipboard`)"
        )
    raise ClipboardError(f"No clipboard tool found: {_INSTALL_HINT}")


def clipboard_backend_name() -> str:
    """For `calmdesk doctor`: which tool the CLI would use, or what is missing."""
    try:
        command = clipboard_command()
    except ClipboardError as exc:
        return str(exc)
    return command[0] if command else "pyperclip (native)"


def _copy_with_pyperclip(text: str) -> None:
    import pyperclip

    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException as exc:
        raise ClipboardError(f"No clipboard available ({exc}); {_INSTALL_HINT}") from None
