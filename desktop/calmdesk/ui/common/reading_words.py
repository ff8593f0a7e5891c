"""The reader's findings in the interface's language: anger, topic, asks, threats and the reading line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from calmdesk.core.reading.model import Reading

# Literal translate() calls (pyside6-lupdate finds them; a table of keys to tr() would hide them). Each is a
# function so that the words follow the language installed when they are shown, not when this was imported.


def anger_name(level: int) -> str:
    names = (
        QCoreApplication.translate("ReadingAnger", "Calm"),
        QCoreApplication.translate("ReadingAnger", "Annoyed"),
        QCoreApplication.translate("ReadingAnger", "Angry"),
        QCoreApplication.translate("ReadingAnger", "Furious"),
    )
    return names[min(max(level, 0), len(names) - 1)]


def topic_name(topic: str) -> str:
    """A topic the reader names ("wrong_item") in the interface's language; any other text as it is."""
    names = {
        "delivery": QCoreApplication.translate("ReadingTopic", "delivery"),
        "damaged": QCoreApplication.translate("ReadingTopic", "damaged"),
        "wrong_item": QCoreApplication.translate("ReadingTopic", "wrong item"),
        "refund": QCoreApplication.translate("ReadingTopic", "refund"),
        "billing": QCoreApplication.translate("ReadingTopic", "billing"),
        "account": QCoreApplication.translate("ReadingTopic", "account"),
        "technical": QCoreApplication.translate("ReadingTopic", "technical"),
        "service": QCoreApplication.translate("ReadingTopic", "service"),
        "cancellation": QCoreApplication.translate("ReadingTopic", "cancellation"),
        "other": QCoreApplication.translate("ReadingTopic", "other"),
    }
    # A complaint started from a message keeps it as "wrong item"; a topic the agent typed shows as typed.
    return names.get(topic) or names.get(topic.replace(" ", "_"), topic)


def ask_name(ask: str) -> str:
    names = {
        "refund": QCoreApplication.translate("ReadingAsk", "refund"),
        "replacement": QCoreApplication.translate("ReadingAsk", "replacement"),
        "repair": QCoreApplication.translate("ReadingAsk", "repair"),
        "callback": QCoreApplication.translate("ReadingAsk", "callback"),
        "manager": QCoreApplication.translate("ReadingAsk", "manager"),
        "cancel": QCoreApplication.translate("ReadingAsk", "cancel"),
        "explanation": QCoreApplication.translate("ReadingAsk", "explanation"),
        "compensation": QCoreApplication.translate("ReadingAsk", "compensation"),
        "update": QCoreApplication.translate("ReadingAsk", "update"),
        "apology": QCoreApplication.translate("ReadingAsk", "apology"),
        "delete_data": QCoreApplication.translate("ReadingAsk", "delete data"),
    }
    return names.get(ask, ask.replace("_", " "))


def threat_name(threat: str) -> str:
    """What a threat is called: "legal action", "review" (a team's own threat key shows as it is)."""
    names = {
        "legal": QCoreApplication.translate("ReadingThreat", "legal action"),
        "chargeback": QCoreApplication.translate("ReadingThreat", "chargeback"),
        "public": QCoreApplication.translate("ReadingThreat", "review"),
        "leave": QCoreApplication.translate("ReadingThreat", "leaving"),
    }
    return names.get(threat, threat.replace("_", " "))


def reading_summary(reading: Reading) -> str:
    """The one-line reading: "Furious · damaged · asks: replacement · threatens: review · ... · Maria".

    The interface's twin of `Reading.summary()` (the command line's, in English). Order number, name and
    deadline are shown as the customer wrote them.
    """
    parts = [anger_name(reading.anger), topic_name(reading.topic)]
    if reading.asks:
        asks = ", ".join(ask_name(a) for a in reading.asks)
        parts.append(QCoreApplication.translate("ReadingLine", "asks: %s") % asks)
    if reading.threats:
        threats = ", ".join(threat_name(t) for t in reading.threats)
        parts.append(QCoreApplication.translate("ReadingLine", "threatens: %s") % threats)
    if reading.repeat_contact:
        parts.append(QCoreApplication.translate("ReadingLine", "repeat contact"))
    if reading.deadline:
        parts.append(QCoreApplication.translate("ReadingLine", "needs it %s") % reading.deadline)
    elif reading.deadline is not None:
        parts.append(QCoreApplication.translate("ReadingLine", "has a deadline"))
    if reading.order_number:
        parts.append(QCoreApplication.translate("ReadingLine", "order %s") % reading.order_number)
    if reading.customer_name:
        parts.append(reading.customer_name)
    return " · ".join(parts)
