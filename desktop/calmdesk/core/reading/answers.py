"""The phrases that answer a reading: the apology that fits the anger, then the reply to each finding."""

from __future__ import annotations

from collections.abc import Collection

from calmdesk.core.reading.knowledge import ANGER_LEVELS, Knowledge
from calmdesk.core.reading.model import Reading

ANGER_NAMES = tuple(ANGER_LEVELS)  # 0 calm ... 3 furious
DEFAULT_LIMIT = 5


def answer_keys(reading: Reading) -> list[str]:
    """The [answer] keys a reading calls for, most pressing first."""
    keys = [f"anger.{ANGER_NAMES[reading.anger]}"]
    if reading.repeat_contact:
        keys.append("repeat_contact")
    keys += [f"ask.{ask}" for ask in reading.asks]
    keys += [f"threat.{threat}" for threat in reading.threats]
    if reading.has_deadline:
        keys.append("deadline")
    keys.append(f"topic.{reading.topic}")
    return keys


def offered_phrases(
    reading: Reading, known_ids: Collection[str], knowledge: Knowledge, limit: int = DEFAULT_LIMIT
) -> list[str]:
    """Ids of the phrases to offer, best first: the first answer of each finding, then the second ones.

    Only ids in `known_ids` (the loaded library) are offered, each once.
    """
    lists = [[i for i in knowledge.answers.get(key, ()) if i in known_ids] for key in answer_keys(reading)]
    offered: list[str] = []
    for rank in range(max((len(ids) for ids in lists), default=0)):
        for ids in lists:
            if rank < len(ids) and ids[rank] not in offered:
                offered.append(ids[rank])
                if len(offered) >= limit:
                    return offered
    return offered


def answer_step(reading: Reading, knowledge: Knowledge) -> str | None:
    """The checklist step that answers the reading first ([answer.step], in `answer_keys` order), if any."""
    return next((knowledge.steps[key] for key in answer_keys(reading) if key in knowledge.steps), None)
