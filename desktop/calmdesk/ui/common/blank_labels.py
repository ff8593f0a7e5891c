"""A blank's label as the fill-in form and the preview show it: in the interface's language.

core's `Placeholder.label` is English, built from the name ("customer_name" -> "Customer name"): right for
the command line and the pack check, but the German picker showed "Customer name:" under German phrases.
The blanks every pack uses (the built-ins the settings and the complaint fill, the clock, the commonest
pack blanks) are translated here; a pack's own blank keeps the label its name gives.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from calmdesk.core.placeholders import Placeholder


def blank_label(blank: Placeholder) -> str:
    if blank.offset:
        promised = _promised().get(blank.name)
        if promised is not None:
            return promised
    return _named().get(blank.name) or blank.label


def _promised() -> dict[str, str]:
    # Literal strings in each call: pyside6-lupdate reads them from here into the catalogues.
    return {
        "time": QCoreApplication.translate("BlankLabel", "Promised time"),
        "date": QCoreApplication.translate("BlankLabel", "Promised date"),
        "weekday": QCoreApplication.translate("BlankLabel", "Promised day"),
    }


def _named() -> dict[str, str]:
    return {
        "customer_name": QCoreApplication.translate("BlankLabel", "Customer name"),
        "agent_name": QCoreApplication.translate("BlankLabel", "Your name"),
        "company": QCoreApplication.translate("BlankLabel", "Company"),
        "team": QCoreApplication.translate("BlankLabel", "Team"),
        "ticket": QCoreApplication.translate("BlankLabel", "Ticket"),
        "support_email": QCoreApplication.translate("BlankLabel", "Support email"),
        "issue": QCoreApplication.translate("BlankLabel", "Issue"),
        "date": QCoreApplication.translate("BlankLabel", "Date"),
        "time": QCoreApplication.translate("BlankLabel", "Time"),
        "weekday": QCoreApplication.translate("BlankLabel", "Weekday"),
        "order_number": QCoreApplication.translate("BlankLabel", "Order number"),
        "tracking_number": QCoreApplication.translate("BlankLabel", "Tracking number"),
        "refund_amount": QCoreApplication.translate("BlankLabel", "Refund amount"),
        "deadline": QCoreApplication.translate("BlankLabel", "Deadline"),
        "colleague": QCoreApplication.translate("BlankLabel", "Colleague"),
        "callback_time": QCoreApplication.translate("BlankLabel", "Callback time"),
    }
