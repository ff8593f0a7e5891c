"""Read a customer's message: `read_message(text)` returns its Reading. Pure, offline, bounded in time."""

from __future__ import annotations

import gc
from dataclasses import replace

from calmdesk.core.languages import ENGLISH
from calmdesk.core.reading.anger import anger
from calmdesk.core.reading.deadline import deadline
from calmdesk.core.reading.knowledge import Knowledge, builtin_knowledge, knowledge_for
from calmdesk.core.reading.language import detect
from calmdesk.core.reading.model import Evidence, Reading
from calmdesk.core.reading.names import customer_name
from calmdesk.core.reading.numbers import email, order_number
from calmdesk.core.reading.prepared import prepare
from calmdesk.core.reading.requests import requested
from calmdesk.core.reading.signals import labels, repeat_contact, sort_cues, topic


def read_message(raw: str | bytes, knowledge: Knowledge | None = None) -> Reading:
    """The reading of `raw`; binary data, an empty text or anything unreadable reads as calm and "other".

    The message is read with the knowledge of the language it is written in (`language.detect`): English,
    Spanish, German, French or Portuguese; `knowledge`'s team folders apply in every language.

    Python's cycle collector is paused while it reads: a long message makes thousands of small tuples that
    live until the reading ends (and are then freed as usual), and each few hundred of them would otherwise
    start a collection, now and then one that walks every object of the whole program (36 ms beside a
    reading of 5)."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _read(raw, knowledge)
    finally:
        if paused:
            gc.enable()


def _read(raw: str | bytes, knowledge: Knowledge | None) -> Reading:
    knowledge = knowledge or builtin_knowledge()
    message = prepare(raw)
    if message is None:
        return Reading()
    lang = detect(message, knowledge.language_words)
    knowledge = knowledge_for(knowledge, lang or ENGLISH)  # too short to tell: read as English
    if knowledge.clause_words is not None:
        message = message.with_clause_words(knowledge.clause_words)
    message = knowledge.cues.normalise(message)
    cues = sort_cues(message, knowledge.cues.find(message), knowledge.negation_reach, knowledge.conditions)
    wanted = requested(message, cues)
    asks, ask_evidence = labels(message, cues, "ask", "asks", wanted)
    threats, threat_evidence = labels(message, cues, "threat", "threats")
    repeat, repeat_evidence = repeat_contact(message, cues)
    asked = [*cues.group("ask"), *wanted]
    subject, topic_evidence = topic(
        message, cues, asked, threats, knowledge.topic_model, knowledge.conditions
    )
    level, anger_evidence = anger(message, cues, threats, repeat, subject != "other", knowledge.markers)
    order, order_evidence = order_number(message, cues, knowledge)
    name, name_evidence = customer_name(message, cues, knowledge)
    address, email_evidence = email(message)
    by_when, deadline_evidence = deadline(message, cues)
    evidence: list[Evidence] = [
        *topic_evidence, *anger_evidence, *ask_evidence, *threat_evidence, *repeat_evidence,
        *order_evidence, *name_evidence, *email_evidence, *deadline_evidence,
    ]  # fmt: skip
    if isinstance(raw, str) and not raw.startswith(message.text):
        # Cleaning blanked a control character or a carriage return in place: show the words as given.
        evidence = [replace(item, text=raw[item.start : item.end]) for item in evidence]
    return Reading(
        topic=subject,
        anger=level,
        asks=asks,
        threats=threats,
        repeat_contact=repeat,
        order_number=order,
        customer_name=name,
        email=address,
        deadline=by_when,
        evidence=tuple(evidence),
        language=lang,
    )
