"""The interface in the agent's language: Qt's translators for CalmDesk's catalogue and Qt's own strings."""

from __future__ import annotations

import logging
import os
from contextlib import ExitStack
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from calmdesk.core import messages
from calmdesk.core.languages import ENGLISH, from_locale, supported
from calmdesk.ui.common import pseudo_locale

log = logging.getLogger(__name__)

# The Qt locale of each language: CalmDesk's Portuguese is Brazil's (its numbers, its Qt strings).
QT_LOCALES = {"pt": "pt_BR"}
# Kept alive for the whole run: a QTranslator removed by garbage collection stops translating.
_installed: list[QTranslator] = []
_files = ExitStack()


def interface_language(configured: str) -> str:
    """The interface language: `configured` (the settings' `interface_language`) when CalmDesk speaks it,
    else the locale's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as gettext reads them, then Qt's system locale),
    else English."""
    if configured == pseudo_locale.CODE:  # the developers' pseudo-locale, when its catalogue was built
        return configured
    if configured and supported(configured):
        return supported(configured) or ENGLISH
    found = from_locale(os.environ)
    if found is None and not any(os.environ.get(v) for v in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")):
        found = supported(QLocale.system().name())
    return found or ENGLISH


def install(app: QCoreApplication, lang: str) -> bool:
    """Load the catalogue of `lang` (built from resources/translations/calmdesk_<lang>.ts) and Qt's own
    (standard buttons: OK, Cancel) into `app`. English's has only plural forms. False, logged, when a
    catalogue is missing: the interface then stays English, which still works."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    messages.use(lang)  # the words the windows share with the command line (an import's report)
    entry = files("calmdesk.resources") / "translations" / f"calmdesk_{lang}.qm"
    ours = QTranslator(app)
    loaded = entry.is_file() and ours.load(str(_files.enter_context(as_file(entry))))
    if not loaded:
        log.warning("no interface catalogue for %s (run scripts/build-translations): English shown", lang)
        return False
    if lang == ENGLISH:  # English's catalogue holds only its plural forms ("1 phrase", "2 phrases")
        app.installTranslator(ours)
        _installed.append(ours)
        QLocale.setDefault(QLocale(ENGLISH))  # and its numbers: "11.5", not another language's "11,5"
        return True
    qt = QTranslator(app)
    locale = QT_LOCALES.get(lang, lang)
    if qt.load(f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(locale))  # numbers and dates in the language's way
    return True
