"""The desktop's side of org.freedesktop.portal.GlobalShortcuts, for the tests, on a private session bus.

It speaks the portal's real D-Bus interface as xdg-desktop-portal does: the `version` property,
CreateSession, BindShortcuts and ListShortcuts answered through Request objects and their Response signal,
the Activated and Deactivated signals carrying an activation token, and Session.Close; with --version 2,
ConfigureShortcuts too (the desktop's own dialog to change the keys). Like a desktop it may bind another key
than the one asked for (--choose), refuse (--refuse) or never answer (--silent).

Driven over stdin/stdout by the test: it prints "ready" once it owns the portal's name, "bound ID TRIGGER"
for each shortcut bound (TRIGGER is the client's preferred_trigger), "configure" when a client's session
asks for the desktop's dialog, and "closed" when a session ends; the
line "press" activates every bound shortcut (Activated, then Deactivated), "quit" or end of input ends it.
"""

from __future__ import annotations

import argparse
import queue
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import MatchRule, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

BUS_NAME = "org.freedesktop.portal.Desktop"
DESKTOP_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"


@dataclass
class Session:
    owner: str  # the client's unique bus name
    path: str
    shortcuts: dict[str, dict[str, tuple[str, Any]]] = field(default_factory=dict)


class ShortcutsPortal:
    def __init__(self, conn: DBusConnection, args: argparse.Namespace) -> None:
        self.conn = conn
        self.args = args
        self.sessions: dict[str, Session] = {}
        self.presses = 0

    # -- plumbing -----------------------------------------------------------------------------------------

    def reply(self, call: Any, signature: str | None = None, body: tuple[Any, ...] = ()) -> None:
        self.conn.send(new_method_return(call, signature, body))

    def error(self, call: Any, name: str, text: str) -> None:
        self.conn.send(new_error(call, name, "s", (text,)))

    def signal(self, path: str, interface: str, member: str, signature: str, body: tuple[Any, ...], to: str):
        message = new_signal(DBusAddress(path, interface=interface), member, signature, body)
        message.header.fields[HeaderFields.destination] = to  # as the portal does: to the caller only
        self.conn.send(message)

    @staticmethod
    def escaped(sender: str) -> str:
        return sender.lstrip(":").replace(".", "_")

    def request_path(self, call: Any, options: dict[str, Any]) -> str:
        sender = call.header.fields[HeaderFields.sender]
        token = options.get("handle_token", ("s", f"t{call.header.serial}"))[1]
        return f"{DESKTOP_PATH}/request/{self.escaped(sender)}/{token}"

    def respond(self, call: Any, options: dict[str, Any], code: int, results: dict[str, Any]) -> None:
        """Reply with the Request's path, then answer on it with Response, as the real portal does."""
        path = self.request_path(call, options)
        self.reply(call, "o", (path,))
        if self.args.silent:
            return  # a portal that never answers: the client must time out on its own
        sender = call.header.fields[HeaderFields.sender]
        self.signal(path, REQUEST, "Response", "ua{sv}", (code, results), sender)

    def session_of(self, call: Any, path: str) -> Session | None:
        session = self.sessions.get(path)
        if session is None or session.owner != call.header.fields[HeaderFields.sender]:
            self.error(call, "org.freedesktop.portal.Error.NotFound", f"no session {path}")
            return None
        return session

    # -- the interface ------------------------------------------------------------------------------------

    def handle(self, call: Any) -> None:
        fields = call.header.fields
        interface, member = fields.get(HeaderFields.interface), fields.get(HeaderFields.member)
        if interface == PROPERTIES and member in ("Get", "GetAll"):
            if call.body[0] != SHORTCUTS:
                self.error(call, "org.freedesktop.DBus.Error.UnknownInterface", call.body[0])
            elif member == "GetAll":
                self.reply(call, "a{sv}", ({"version": ("u", self.args.version)},))
            elif call.body[1] == "version":
                self.reply(call, "v", (("u", self.args.version),))
            else:
                self.error(call, "org.freedesktop.DBus.Error.UnknownProperty", call.body[1])
        elif interface == SHORTCUTS and member == "CreateSession":
            self.create_session(call)
        elif interface == SHORTCUTS and member == "BindShortcuts":
            self.bind(call)
        elif interface == SHORTCUTS and member == "ListShortcuts":
            session = self.session_of(call, call.body[0])
            if session is not None:
                listed = [(sid, props) for sid, props in session.shortcuts.items()]
                self.respond(call, call.body[1], 0, {"shortcuts": ("a(sa{sv})", listed)})
        elif interface == SHORTCUTS and member == "ConfigureShortcuts" and self.args.version >= 2:
            if self.session_of(call, call.body[0]) is not None:  # only the session's own client
                print("configure", flush=True)  # a desktop shows its shortcut settings now
                self.reply(call)
        elif interface == SESSION and member == "Close":
            if self.sessions.pop(fields[HeaderFields.path], None) is not None:
                print("closed", flush=True)
            self.reply(call)
        else:
            self.error(call, "org.freedesktop.DBus.Error.UnknownMethod", f"{interface}.{member}")

    def create_session(self, call: Any) -> None:
        (options,) = call.body
        if "session_handle_token" not in options:
            self.error(call, "org.freedesktop.portal.Error.InvalidArgument", "session_handle_token missing")
            return
        sender = call.header.fields[HeaderFields.sender]
        path = f"{DESKTOP_PATH}/session/{self.escaped(sender)}/{options['session_handle_token'][1]}"
        self.sessions[path] = Session(sender, path)
        self.respond(call, options, 0, {"session_handle": ("s", path)})

    def bind(self, call: Any) -> None:
        session_path, shortcuts, _parent_window, options = call.body
        session = self.session_of(call, session_path)
        if session is None:
            return
        if self.args.refuse:
            self.respond(call, options, 1, {})  # 1: the person cancelled the desktop's dialog
            return
        for shortcut_id, props in shortcuts:
            preferred = props.get("preferred_trigger", ("s", ""))[1]
            # The desktop decides: the key asked for, or the one --choose says it picked instead.
            chosen = self.args.choose or preferred
            session.shortcuts[shortcut_id] = {
                "description": props.get("description", ("s", "")),
                "trigger_description": ("s", chosen),
            }
            print(f"bound {shortcut_id} {preferred}", flush=True)
        listed = [(sid, props) for sid, props in session.shortcuts.items()]
        self.respond(call, options, 0, {"shortcuts": ("a(sa{sv})", listed)})

    def press(self) -> None:
        self.presses += 1
        stamp = int(time.monotonic() * 1000)
        token = f"portal-activation-{self.presses}"
        for session in self.sessions.values():
            for shortcut_id in session.shortcuts:
                for member, options in (
                    ("Activated", {"activation_token": ("s", token)}),
                    ("Deactivated", {}),
                ):
                    body = (session.path, shortcut_id, stamp, options)
                    self.signal(DESKTOP_PATH, SHORTCUTS, member, "osta{sv}", body, session.owner)

    def forget(self, name: str) -> None:
        """A client left the bus: its sessions end with it, as in xdg-desktop-portal."""
        for path in [p for p, s in self.sessions.items() if s.owner == name]:
            del self.sessions[path]
            print("closed", flush=True)


def _read_stdin(commands: queue.Queue[str]) -> None:
    for line in sys.stdin:
        commands.put(line.strip())
    commands.put("quit")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--choose", default="", help="the trigger the desktop binds instead of the one asked")
    parser.add_argument("--refuse", action="store_true", help="answer BindShortcuts with 'cancelled'")
    parser.add_argument("--silent", action="store_true", help="never send a Response")
    parser.add_argument("--version", type=int, default=1, help="interface version (2: ConfigureShortcuts)")
    args = parser.parse_args()
    conn = open_dbus_connection(bus="SESSION")
    bus = message_bus
    conn.send_and_get_reply(bus.AddMatch(MatchRule(type="signal", member="NameOwnerChanged")))
    if conn.send_and_get_reply(bus.RequestName(BUS_NAME, 4)).body[0] != 1:  # 4: do not queue; 1: owner
        print("name taken", flush=True)
        return 1
    portal = ShortcutsPortal(conn, args)
    commands: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_read_stdin, args=(commands,), daemon=True).start()
    print("ready", flush=True)
    while True:
        while not commands.empty():
            command = commands.get()
            if command == "quit":
                return 0
            if command == "press":
                portal.press()
                print("pressed", flush=True)
        try:
            message = conn.receive(timeout=0.05)
        except TimeoutError:
            continue
        kind = message.header.message_type
        if kind == MessageType.method_call:
            portal.handle(message)
        elif (
            kind == MessageType.signal
            and message.header.fields.get(HeaderFields.member) == "NameOwnerChanged"
        ):
            name, _old, new = message.body
            if name.startswith(":") and not new:
                portal.forget(name)


if __name__ == "__main__":
    raise SystemExit(main())
