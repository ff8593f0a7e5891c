"""The languages CalmDesk writes in, and how one is chosen: asked for, else the settings, else the locale."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

# The built-in content languages: English first (the fallback of every other one), then in no order.
ENGLISH = "en"
SUPPORTED: tuple[str, ...] = ("en", "es", "de", "fr", "pt")
NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt": "Português (Brasil)",
}
# Checked in the order GNU gettext reads them: LANGUAGE (a colon-separated list of preferences) first.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def base(code: str) -> str:
    """The language of a code or locale name, lowercase: "pt-BR", "pt_BR.UTF-8" and "PT" all give "pt"."""
    head = code.strip().split(".")[0].split("@")[0]
    return head.replace("_", "-").split("-")[0].lower()


def supported(code: str) -> str | None:
    """The supported language `code` names ("es_ES.UTF-8" -> "es"), or None."""
    found = base(code)
    return found if found in SUPPORTED else None


# Names a spreadsheet's language column may hold instead of a code, in English and in the language itself.
_NAMED = {
    "english": "en",
    "spanish": "es",
    "espanol": "es",
    "german": "de",
    "deutsch": "de",
    "french": "fr",
    "francais": "fr",
    "portuguese": "pt",
    "portugues": "pt",
}


def content_language(text: str) -> str | None:
    """The supported language `text` names: a code in any usual spelling ("ES", "es-MX", "pt_BR") or its
    name ("Spanish", "Español"); None for anything else (a typo must not become a language of its own)."""
    found = supported(text) if text.strip() else None
    if found is None:
        folded = unicodedata.normalize("NFKD", text.strip().casefold())
        plain = "".join(ch for ch in folded if not unicodedata.combining(ch)).split(" (")[0]
        found = _NAMED.get(plain)
    return found


def from_locale(environ: Mapping[str, str]) -> str | None:
    """The first supported language of the locale variables, as gettext reads them; None when none is.

    "C" and "POSIX" mean no preference (English by default, as for any Linux program); LANGUAGE is only
    read when the locale itself is not C, as gettext does.
    """
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if not value:
            continue
        if name == "LANGUAGE":
            if _is_c_locale(environ):
                continue
            for item in value.split(":"):
                found = supported(item)
                if found:
                    return found
            continue
        if value in ("C", "POSIX") or value.startswith("C."):
            return None
        return supported(value)
    return None


def _is_c_locale(environ: Mapping[str, str]) -> bool:
    for name in LOCALE_VARIABLES[1:]:
        value = environ.get(name, "")
        if value:
            return value in ("C", "POSIX") or value.startswith("C.")
    return True


def resolve(asked: str | None, configured: str, environ: Mapping[str, str]) -> str:
    """The content language to use: `asked` (a --lang), else `configured` (the settings; "" = follow the
    locale), else the locale's, else English.

    A configured code CalmDesk has no content in ("it") is returned as it is: the library then says that
    it has no phrases in that language and uses English, rather than silently following the locale.
    """
    if asked and supported(asked):
        return base(asked)
    if configured:
        return supported(configured) or configured
    return from_locale(environ) or ENGLISH
