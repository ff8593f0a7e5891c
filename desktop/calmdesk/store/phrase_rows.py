"""Rows of the user_phrases table as UserPhrase records and back, read fast enough for 300,000 rows."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from calmdesk.core.messages import gettext as _
from calmdesk.core.model import CHANNELS, Phrase

log = logging.getLogger(__name__)

USER_PACK = "user"
# `lang` last: a deleted row kept as JSON before rows had a language (11 values) reads as lang "".
COLUMNS = "id, category, title, text, tags, channels, step, customizes, origin, position, modified_at, lang"
PLACES = ",".join("?" * len(COLUMNS.split(",")))
# Every row in the order they were added (a phrase's languages together); the last column says the text
# fields are text (a BLOB that another program wrote is left out), checked by SQLite rather than by 1.2
# million isinstance calls.
READ_ALL = (
    "SELECT id, category, title, text, tags, channels, step, customizes, origin, lang, "
    "typeof(id) = 'text' AND typeof(category) = 'text' AND typeof(title) = 'text' AND typeof(text) = 'text' "
    "AND typeof(lang) = 'text' "
    "FROM user_phrases ORDER BY position, id, lang"
)
Key = tuple[str, str]  # (phrase id, lang)


class UserPhrase(NamedTuple):
    """A phrase of the user's. `customizes`: it is the user's copy of the built-in or team phrase with the
    same id (deleting it brings the original back). `origin` says where it came from ("espanso: base.yml").
    `phrase.lang` is its language; "" for a row saved before phrases had languages (shown in the library's
    language). A named tuple rather than a frozen dataclass: made 300,000 times at each load, in half the
    time."""

    phrase: Phrase
    customizes: bool = False
    origin: str = ""

    @property
    def key(self) -> Key:
        return (self.phrase.id, self.phrase.lang)


def read_rows(rows: Iterable[Sequence[Any]]) -> Iterator[UserPhrase]:
    """READ_ALL rows as UserPhrases; a row another program mangled is logged and left out.

    Tags and channels are stored as JSON lists, and most rows share a few of them (channels nearly always),
    so each distinct text is decoded once and its tuple shared by every phrase that has it (which also saves
    the memory of 300,000 equal tuples). One plain loop: at 300,000 rows every call per row counts.
    """
    lists: dict[object, tuple[str, ...] | None] = {"[]": ()}
    for pid, category, title, text, tags, channels, step, customizes, origin, lang, texts_sound in rows:
        tag_list = lists[tags] if tags in lists else _remember(lists, tags)
        channel_list = lists[channels] if channels in lists else _remember(lists, channels)
        if not texts_sound or tag_list is None or channel_list is None or not _optional_text(step):
            log.warning(
                _("A stored phrase could not be read and is left out: a field is not text (%(id)r)"),
                {"id": pid},
            )
            continue
        phrase = Phrase(
            pid, category, title, text, USER_PACK, tag_list, channel_list or CHANNELS, step or None, lang
        )
        yield UserPhrase(phrase, bool(customizes), str(origin or ""))


def read_row(values: Sequence[Any]) -> UserPhrase | None:
    """One row of COLUMNS (a deleted phrase's, kept as JSON; one kept before rows had a language has no
    `lang`, and is in none: "") as a UserPhrase, or None when mangled."""
    fields = (*values[:9], values[11] if len(values) > 11 else "")
    sound = all(type(v) is str for v in (*fields[:4], fields[9]))
    return next(read_rows([(*fields, sound)]), None)


def _remember(lists: dict[object, tuple[str, ...] | None], raw: object) -> tuple[str, ...] | None:
    decoded = lists[raw] = _decode_text_list(raw) if type(raw) is str else None
    return decoded


def _decode_text_list(raw: str) -> tuple[str, ...] | None:
    """A JSON list of strings as a tuple; None when it is anything else."""
    inner = raw[2:-2]
    if len(raw) >= 4 and raw[:2] == '["' and raw[-2:] == '"]' and "\\" not in raw and raw.isprintable():
        # Nothing escaped, so no string holds a quote: every quote inside is part of a '", "' separator.
        parts = inner.split('", "')
        if inner.count('"') == 2 * (len(parts) - 1):
            return tuple(parts)
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return tuple(value)


def _optional_text(value: object) -> bool:
    return value is None or type(value) is str


def to_row(entry: UserPhrase, position: int, stamp: int) -> tuple[object, ...]:
    """The COLUMNS of `entry` (the CHANNELS default stored as an empty list)."""
    p = entry.phrase
    channels = [] if p.channels == CHANNELS else list(p.channels)
    return (
        p.id,
        p.category,
        p.title,
        p.text,
        json.dumps(list(p.tags), ensure_ascii=False),
        json.dumps(channels),
        p.step,
        int(entry.customizes),
        entry.origin,
        position,
        stamp,
        p.lang,
    )


def as_user(phrase: Phrase) -> Phrase:
    """`phrase` as one of the user pack's."""
    if phrase.pack == USER_PACK:
        return phrase
    return Phrase(
        phrase.id,
        phrase.category,
        phrase.title,
        phrase.text,
        USER_PACK,
        phrase.tags,
        phrase.channels,
        phrase.step,
        phrase.lang,
    )
