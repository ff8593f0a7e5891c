"""Library values as plain JSON rows and back, each value checked: what the cache files hold.

Reading a row never trusts it: anything not exactly as written raises TypeError or ValueError, and the
caller then reads the packs instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from calmdesk.core.model import PackInfo, Phrase, Problem


def phrase_row(p: Phrase) -> list[Any]:
    return [p.id, p.category, p.title, p.text, p.pack, list(p.tags), list(p.channels), p.step, p.lang]


def phrases(rows: Iterable[Any]) -> tuple[Phrase, ...]:
    # The words phrases share (category, pack, language, step, tags, channels) decode as a new object in
    # every row: one shared object each instead saves about a fifth of the library's memory.
    shared: dict[Any, Any] = {}
    one = shared.setdefault
    found = []
    for row in rows:
        i, c, t, x, k, tags, ch, step, lang = row
        # One test per row, not a call per value: 10,000 rows are read at every start of a large library.
        if not (
            type(i) is str
            and type(c) is str
            and type(t) is str
            and type(x) is str
            and type(k) is str
            and type(lang) is str
            and (step is None or type(step) is str)
            and type(tags) is list
            and type(ch) is list
            and all(type(v) is str for v in tags)
            and all(type(v) is str for v in ch)
        ):
            raise TypeError("a phrase row not as written")
        shared_tags = one(tuple(tags), tuple(map(one, tags, tags)))
        found.append(
            Phrase(
                i,
                one(c, c),
                t,
                x,
                one(k, k),
                shared_tags,
                one(tuple(ch), tuple(ch)),
                one(step, step),
                one(lang, lang),
            )
        )
    return tuple(found)


def pack_info_row(info: PackInfo) -> list[Any]:
    return [
        info.id,
        info.name,
        info.language,
        info.version,
        info.description,
        info.source,
        info.replaces_builtin,
    ]


def pack_info(row: list[Any]) -> PackInfo:
    i, n, lang, v, d, src, replaces = row
    return PackInfo(text(i), text(n), text(lang), text(v), text(d), text(src), flag(replaces))


def problem_row(p: Problem) -> list[Any]:
    return [p.file, p.message, p.line, p.phrase_id]


def problem(row: list[Any]) -> Problem:
    f, m, line, pid = row
    return Problem(text(f), text(m), optional_int(line), optional_text(pid))


def text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def optional_text(value: object) -> str | None:
    return None if value is None else text(value)


def optional_int(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected a number")
    return value


def flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def texts(values: object) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise TypeError("expected a list")
    return tuple(text(v) for v in values)
