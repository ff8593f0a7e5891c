"""The X11 hotkey backend in a real X server: grab, press (xdotool/XTEST), signal, conflicts, locks."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from Xlib import XK, X
from xsession import XSession

from calmdesk.system.hotkey import HotkeyError, create_hotkey_backend
from calmdesk.system.hotkey_x11 import X11HotkeyBackend

pytestmark = pytest.mark.e2e


@pytest.fixture
def backend(x_display: XSession, qapp: object) -> Iterator[X11HotkeyBackend]:
    hotkey = X11HotkeyBackend()
    yield hotkey
    hotkey.unregister()


def press(session: XSession, keys: str) -> None:
    subprocess.run(["xdotool", "key", keys], env=session.env, check=True)


def test_factory_picks_x11(x_display: XSession, qapp: object) -> None:
    hotkey = create_hotkey_backend()
    assert isinstance(hotkey, X11HotkeyBackend)
    assert hotkey.name == "x11"


def test_press_emits_activated_in_the_gui_thread(
    qtbot: QtBot, x_display: XSession, backend: X11HotkeyBackend
) -> None:
    threads: list[threading.Thread] = []
    backend.activated.connect(lambda: threads.append(threading.current_thread()))
    backend.register("Ctrl+Alt+Space")
    with qtbot.waitSignal(backend.activated, timeout=3000):
        press(x_display, "ctrl+alt+space")
    # Emitted from the reader thread, delivered (queued) in the thread that owns the backend.
    assert threads == [threading.main_thread()]


def test_other_keys_do_not_trigger(qtbot: QtBot, x_display: XSession, backend: X11HotkeyBackend) -> None:
    backend.register("Ctrl+Alt+Space")
    with qtbot.assertNotEmitted(backend.activated, wait=300):
        press(x_display, "ctrl+space")
        press(x_display, "alt+space")
        press(x_display, "ctrl+alt+shift+space")
    with qtbot.waitSignal(backend.activated, timeout=3000):
        press(x_display, "ctrl+alt+space")


def test_num_lock_on_still_triggers(qtbot: QtBot, x_display: XSession, backend: X11HotkeyBackend) -> None:
    backend.register("Ctrl+Alt+Space")
    press(x_display, "Num_Lock")
    conn = x_display.connect()
    try:
        num_lock = _mask_of(conn, "Num_Lock")
        assert conn.screen().root.query_pointer().mask & num_lock, "NumLock should be on now"
    finally:
        conn.close()
    with qtbot.waitSignal(backend.activated, timeout=3000):
        press(x_display, "ctrl+alt+space")


def test_caps_lock_on_still_triggers(qtbot: QtBot, x_display: XSession, backend: X11HotkeyBackend) -> None:
    backend.register("Ctrl+Shift+K")
    press(x_display, "Caps_Lock")
    conn = x_display.connect()
    try:
        assert conn.screen().root.query_pointer().mask & X.LockMask, "CapsLock should be on now"
    finally:
        conn.close()
    with qtbot.waitSignal(backend.activated, timeout=3000):
        press(x_display, "ctrl+shift+k")


def test_key_held_by_another_client_is_a_plain_error(x_display: XSession, backend: X11HotkeyBackend) -> None:
    other = x_display.connect()
    try:
        keycode = other.keysym_to_keycode(XK.string_to_keysym("space"))
        other.screen().root.grab_key(
            keycode, X.ControlMask | X.Mod1Mask, False, X.GrabModeAsync, X.GrabModeAsync
        )
        other.sync()
        with pytest.raises(HotkeyError) as caught:
            backend.register("Ctrl+Alt+Space")
        assert str(caught.value) == ("Ctrl+Alt+Space is already used by another program.")
    finally:
        other.close()
    # Once the other program lets go, the same backend can take the key.
    backend.register("Ctrl+Alt+Space")


def test_second_backend_in_another_process_conflicts(x_display: XSession, backend: X11HotkeyBackend) -> None:
    backend.register("Ctrl+Alt+Space")
    code = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from calmdesk.system.hotkey import HotkeyError;"
        "from calmdesk.system.hotkey_x11 import X11HotkeyBackend\n"
        "try:\n    X11HotkeyBackend().register('Ctrl+Alt+Space')\n"
        "except HotkeyError as e:\n    print(e); raise SystemExit(7)\n"
    )
    import sys

    result = subprocess.run([sys.executable, "-c", code], env=x_display.env, capture_output=True, text=True)
    assert result.returncode == 7, result.stderr
    assert "already used by another program" in result.stdout


def test_unregister_releases_the_key(qtbot: QtBot, x_display: XSession, backend: X11HotkeyBackend) -> None:
    backend.register("Ctrl+Alt+Space")
    backend.unregister()
    other = x_display.connect()
    try:
        keycode = other.keysym_to_keycode(XK.string_to_keysym("space"))
        from Xlib import error

        catcher = error.CatchError(error.BadAccess)
        other.screen().root.grab_key(
            keycode, X.ControlMask | X.Mod1Mask, False, X.GrabModeAsync, X.GrabModeAsync, onerror=catcher
        )
        other.sync()
        assert catcher.get_error() is None
    finally:
        other.close()
    with qtbot.assertNotEmitted(backend.activated, wait=200):
        press(x_display, "ctrl+alt+space")


def test_reregister_switches_keys(qtbot: QtBot, x_display: XSession, backend: X11HotkeyBackend) -> None:
    backend.register("Ctrl+Alt+Space")
    backend.register("Super+F9")  # not Ctrl+Alt+Fn: the X server keeps those for switching consoles
    with qtbot.assertNotEmitted(backend.activated, wait=200):
        press(x_display, "ctrl+alt+space")
    with qtbot.waitSignal(backend.activated, timeout=3000):
        press(x_display, "super+F9")


def _mask_of(conn: object, keysym_name: str) -> int:
    wanted = conn.keysym_to_keycode(XK.string_to_keysym(keysym_name))  # type: ignore[attr-defined]
    for index, keycodes in enumerate(conn.get_modifier_mapping()):  # type: ignore[attr-defined]
        if wanted in keycodes:
            return 1 << index
    raise AssertionError(f"{keysym_name} is on no modifier")
