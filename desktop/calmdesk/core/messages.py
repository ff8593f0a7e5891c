"""Messages for the person at a terminal, in their language: GNU gettext catalogues under resources/locale/.

The windows are translated with Qt's own catalogues (resources/translations/); the command line, which never
loads Qt, uses gettext as any Linux program does (docs/decisions/content-languages.md). The language follows
LANGUAGE, LC_ALL, LC_MESSAGES and LANG as GNU gettext reads them (`languages.from_locale`), so
`LANGUAGE=de calmdesk list` speaks German. Sources are `resources/locale/<lang>/LC_MESSAGES/calmdesk.po`; the
`.mo` beside each is built by scripts/build-translations, never committed.
"""

from __future__ import annotations

import gettext as gnu
from collections.abc import Mapping
from pathlib import Path

from calmdesk.core.languages import SUPPORTED, from_locale
from calmdesk.core.resource_files import files

DOMAIN = "calmdesk"

_current: gnu.NullTranslations = gnu.NullTranslations()
_spoken = "en"
# How each language groups the digits of a large number ("20,001", "20.001", "20 001"): CLDR's separators.
_GROUPING = {"en": ",", "de": ".", "es": ".", "pt": ".", "fr": "\u202f"}


def N_(message: str) -> str:  # the name xgettext and every gettext user knows
    """Mark `message` for the catalogue where it is written; it is translated where it is shown."""
    return message


def gettext(message: str) -> str:
    """`message` in the installed language (itself when the catalogue has no translation of it)."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for `count`, chosen by the language's own plural rule."""
    return _current.ngettext(singular, plural, count)


def spoken() -> str:
    """The language messages are said in now ("en" when none is installed): a cache that keeps messages
    (a pack's problems) is keyed by it, so a start in German never shows the English words of the last."""
    return _spoken


def number(count: int) -> str:
    """`count` with its digits grouped the spoken language's way: 20,001 in English, 20.001 in German."""
    return f"{count:,}".replace(",", _GROUPING.get(_spoken, ","))


def unknown_language(text: str) -> str:
    """Why `text` is no language CalmDesk writes in, in words (here, not in `languages`, which this module
    reads the locale with: the two would import each other)."""
    words = gettext('unknown language "{code}": use one of {codes}')
    return words.format(code=text, codes=", ".join(SUPPORTED))


def locale_dir() -> Path | None:
    """The folder that holds `<lang>/LC_MESSAGES/calmdesk.mo`, or None when it is not a real folder."""
    folder = files() / "locale"
    path = Path(str(folder))
    return path if path.is_dir() else None


def install(environ: Mapping[str, str]) -> str | None:
    """Speak the locale's language from now on; returns it, or None for English (no catalogue, or C).

    Python's argparse looks its own messages ("usage:", "the following arguments are required") up in the
    default gettext domain, so that domain becomes ours and our catalogues carry argparse's words too.
    """
    return use(from_locale(environ))


def use(lang: str | None) -> str | None:
    """Speak `lang` from now on (the windows call it with their language: the words they share with the
    command line, an import's report, come from these catalogues); None or English: English."""
    global _current, _spoken
    folder = locale_dir()
    if lang is None or lang == "en" or folder is None:
        _speak_english()
        return None
    try:
        _current = gnu.translation(DOMAIN, folder, languages=[lang])
    except OSError:  # a checkout whose catalogues were never built (scripts/build-translations)
        _speak_english()
        return None
    _spoken = lang
    gnu.bindtextdomain(DOMAIN, str(folder))
    gnu.textdomain(DOMAIN)
    return lang


def _speak_english() -> None:
    global _current, _spoken
    _current = gnu.NullTranslations()
    _spoken = "en"
    gnu.textdomain("messages")  # gettext's own default: argparse in English too
