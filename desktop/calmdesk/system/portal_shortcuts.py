"""The GlobalShortcuts portal's D-Bus calls (jeepney): a session, our shortcut bound, its Activated read."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Any

from calmdesk.system.hotkey_backend import HotkeyError

BUS_NAME = "org.freedesktop.portal.Desktop"
OBJECT_PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
SHORTCUT_ID = "show-calmdesk"
CALL_TIMEOUT_S = 2.0
# How long the portal's Response may take. CreateSession is answered at once by a working portal;
# BindShortcuts may first show the person a dialog (GNOME does), so it gets longer.
SESSION_TIMEOUT_S = 5.0
BIND_TIMEOUT_S = 60.0


def portal_address() -> Any:
    """The portal's GlobalShortcuts interface on the session bus."""
    from jeepney import DBusAddress

    return DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)


def call_portal(conn: Any, message: Any) -> Any:
    """Send a method call and return its reply; an error reply raises (jeepney returns it as a message)."""
    from jeepney import HeaderFields, MessageType

    reply = conn.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
    if reply is not None and reply.header.message_type == MessageType.error:
        name = reply.header.fields.get(HeaderFields.error_name, "an error")
        detail = reply.body[0] if reply.body and isinstance(reply.body[0], str) else ""
        raise HotkeyError(f"{name}: {detail}" if detail else str(name))
    return reply


def interface_version(reply: Any) -> int:
    """The interface version in a reply to Get("version") (0 when it does not say)."""
    try:
        return int(reply.body[0][1])
    except (AttributeError, IndexError, TypeError, ValueError):
        return 0


def request(
    conn: Any,
    method: str,
    signature: str,
    body: tuple[Any, ...],
    stopping: Callable[[], bool],
    timeout: float = SESSION_TIMEOUT_S,
) -> dict[str, Any]:
    """Call a portal method and wait for its Request::Response (the portal's asynchronous reply).

    A portal that never answers is given up after `timeout` seconds (HotkeyError says so).
    """
    from jeepney import MatchRule, message_bus, new_method_call

    token = f"calmdesk_{secrets.token_hex(4)}"
    sender = conn.unique_name.lstrip(":").replace(".", "_")
    rule = MatchRule(
        type="signal",
        interface="org.freedesktop.portal.Request",
        member="Response",
        path=f"{OBJECT_PATH}/request/{sender}/{token}",
    )
    call_portal(conn, message_bus.AddMatch(rule))
    options = body[-1]
    options["handle_token"] = ("s", token)
    with conn.filter(rule) as queue:
        call = new_method_call(portal_address(), method, signature, body)
        call_portal(
            conn, call
        )  # the portal refusing the call itself (bad session, no such method) raises here
        # Waited for in short slices, so that unregister() is never kept waiting.
        deadline = time.monotonic() + timeout
        while True:
            try:
                response = conn.recv_until_filtered(queue, timeout=0.25)
                break
            except TimeoutError:
                if stopping():
                    raise HotkeyError("stopped before the portal answered") from None
                if time.monotonic() > deadline:
                    raise HotkeyError(
                        f"The desktop's shortcut service did not answer within {timeout:.0f} seconds."
                    ) from None
    code, results = response.body
    if code != 0:
        raise HotkeyError("The desktop did not allow the global shortcut.")
    return dict(results)


def create_session(conn: Any, stopping: Callable[[], bool]) -> str:
    options: dict[str, Any] = {"session_handle_token": ("s", f"calmdesk_{secrets.token_hex(4)}")}
    results = request(conn, "CreateSession", "a{sv}", (options,), stopping)
    return str(results["session_handle"][1])


def bind(conn: Any, session: str, trigger: str, stopping: Callable[[], bool]) -> str:
    """Ask for our shortcut with `trigger` preferred; the key the desktop bound, in its words ("" unsaid)."""
    shortcut = (
        SHORTCUT_ID,
        {"description": ("s", "Show CalmDesk phrase search"), "preferred_trigger": ("s", trigger)},
    )
    body: tuple[Any, ...] = (session, [shortcut], "", {})
    results = request(conn, "BindShortcuts", "oa(sa{sv})sa{sv}", body, stopping, BIND_TIMEOUT_S)
    return bound_trigger(results)


def bound_trigger(results: dict[str, Any]) -> str:
    """The trigger_description of our shortcut in a BindShortcuts or ListShortcuts result ("" when absent)."""
    _signature, shortcuts = results.get("shortcuts", ("a(sa{sv})", []))
    for shortcut_id, props in shortcuts:
        if shortcut_id == SHORTCUT_ID:
            description = props.get("trigger_description", ("s", ""))[1]
            return description if isinstance(description, str) else ""
    return ""


def activation_token(body: tuple[Any, ...], session: str) -> str | None:
    """The activation token of an Activated signal for our shortcut in `session` ("" when it brought
    none), or None when the signal is not ours."""
    if len(body) < 2 or body[0] != session or body[1] != SHORTCUT_ID:
        return None
    options = body[3] if len(body) > 3 and isinstance(body[3], dict) else {}
    token = options.get("activation_token", ("s", ""))[1]
    return token if isinstance(token, str) else ""
