"""Shiboken's after-import check no longer reads every module's source (start-up time and 6 MB resident)."""

from __future__ import annotations

import json
import subprocess
import sys
import types

from calmdesk.app.pyside_import_hook import lighten_import_hook, uses_pyside

# A fresh interpreter imports the app as `calmdesk` does; then: which of our sources sit in linecache?
_PROBE = """
import json, linecache, sys
import calmdesk.app.main
import shibokensupport.feature as feature
ours = sorted(name for name in linecache.cache if "calmdesk" in name)
marks = {name: feature.pyside_feature_dict.get(name) for name in (
    "calmdesk.ui.common.notices", "calmdesk.core.model", "calmdesk.store.settings")}
print(json.dumps({"cached_sources": ours, "marks": marks}))
"""


def _module(source: str) -> types.ModuleType:
    module = types.ModuleType("probe")
    exec(source, module.__dict__)
    return module


def test_a_module_holding_qt_names_uses_pyside() -> None:
    assert uses_pyside(_module("from PySide6.QtCore import QObject"))
    assert uses_pyside(_module("from PySide6 import QtWidgets"))
    assert uses_pyside(_module("import PySide6.QtGui"))
    assert uses_pyside(_module("from PySide6.QtCore import Qt\nALIGN = Qt.AlignmentFlag"))


def test_a_module_without_qt_does_not() -> None:
    assert not uses_pyside(_module("import json\nfrom pathlib import Path\nVALUE = 3"))
    assert not uses_pyside(_module("NAME = 'PySide6 in a string is not a use'"))


def test_a_module_with_odd_globals_is_answered_not_raised() -> None:
    class Odd:
        @property
        def __module__(self) -> str:  # type: ignore[override]
            raise RuntimeError("no module")

    module = _module("")
    module.odd = Odd()
    assert uses_pyside(module) is False


def test_the_installed_pyside_still_has_the_check_to_replace() -> None:
    # When a PySide6 release renames shiboken's private check this fails: look at feature.py again.
    assert lighten_import_hook() is True


def test_starting_the_app_reads_no_source_and_keeps_shibokens_answers() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["cached_sources"] == []  # before: ~170 of our files, 6 MB of lines kept for the app's life
    assert found["marks"] == {
        "calmdesk.ui.common.notices": 0,  # uses Qt: a module PySide's feature switching would apply to
        "calmdesk.core.model": -1,  # does not: ignored, as shiboken's own check says for it
        "calmdesk.store.settings": -1,
    }
