"""The desktop's notification server, for the tests, on a private session bus: org.freedesktop.Notifications
as dunst or GNOME Shell speak it (GetCapabilities, Notify, CloseNotification, GetServerInformation).

Options: --no-actions (a server without buttons), --press (the agent presses the first notification's
button as soon as it shows), --close (the agent dismisses it instead). Each Notify is printed to stdout
as one JSON line (with the id it was given); "ready" once it owns the name.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def _signal(conn: DBusConnection, to: str, member: str, signature: str, body: tuple[Any, ...]) -> None:
    message = new_signal(DBusAddress(PATH, interface=NAME), member, signature, body)
    message.header.fields[HeaderFields.destination] = to
    conn.send(message)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-actions", action="store_true")
    parser.add_argument("--press", action="store_true")
    parser.add_argument("--close", action="store_true")
    args = parser.parse_args()
    conn = open_dbus_connection(bus="SESSION")
    conn.send_and_get_reply(message_bus.RequestName(NAME), timeout=5)
    print("ready", flush=True)
    shown = 0
    while True:
        call = conn.receive()
        if call.header.message_type != MessageType.method_call:
            continue
        member = call.header.fields.get(HeaderFields.member)
        sender = call.header.fields.get(HeaderFields.sender)
        if member == "GetCapabilities":
            capabilities = ["body"] if args.no_actions else ["body", "actions"]
            conn.send(new_method_return(call, "as", (capabilities,)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(call, "ssss", ("test-server", "calmdesk", "1", "1.2")))
        elif member == "Notify":
            _app, _replaces, _icon, summary, body, actions, _hints, _expire = call.body
            shown += 1
            print(json.dumps({"id": shown, "summary": summary, "body": body, "actions": actions}), flush=True)
            conn.send(new_method_return(call, "u", (shown,)))
            if shown == 1 and actions and args.press:
                _signal(conn, sender, "ActionInvoked", "us", (shown, actions[0]))
            if shown == 1 and args.close:
                _signal(conn, sender, "NotificationClosed", "uu", (shown, 2))
        elif member == "CloseNotification":
            conn.send(new_method_return(call))
        else:
            conn.send(new_method_return(call))


if __name__ == "__main__":
    sys.exit(main())
