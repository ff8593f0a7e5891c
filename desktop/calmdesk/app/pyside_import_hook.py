"""Makes shiboken's after-import check cheap: it read the source of every module imported after PySide6."""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module` holds anything of PySide6 at module level: a PySide6 module, class or function.

    The question shiboken's `_mod_uses_pyside` answers by searching the module's source for "PySide6"; the
    answer only decides whether PySide's opt-in `from __feature__ import snake_case` switching applies to
    the module, and CalmDesk uses no such feature. Looking at the module's names costs microseconds.
    """
    try:
        for value in vars(module).values():
            origin = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
            if isinstance(origin, str) and (origin == "PySide6" or origin.startswith("PySide6.")):
                return True
    except Exception:  # a module with odd globals: called from shiboken's C hook, which must never fail
        log.debug("could not look into %r", module, exc_info=True)
    return False


def lighten_import_hook() -> bool:
    """Replace shiboken's source-reading check with `uses_pyside`; True when it was in place to replace.

    Importing PySide6 replaces `builtins.__import__`; after every later import, shiboken's `feature_imported`
    calls `_mod_uses_pyside`, which runs `inspect.getsource` on the new module (PYSIDE-2029). For CalmDesk's
    ~170 modules imported after Qt that was ~40-100 ms of the start on this machine and 6 MB of source lines
    left in linecache for the life of the tray app. The name is private to shiboken: when a
    release moves it, nothing is replaced and the start is only slower again (a test names the version).
    """
    import PySide6.QtCore  # noqa: F401  (installs shiboken's hook, and its `shibokensupport` package)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("shiboken's import check not found; left as it is")
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name mypy cannot see)
    return True
