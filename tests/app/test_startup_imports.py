"""Start-up stays lean: what the agent only needs on request is neither imported nor built at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from calmdesk.core import shipped_library

# Each is needed only after the agent asks: a window or dialog from the tray, the picker's tone check
# (Ctrl+T), the statistics, an import. Start-up went from 313 ms to 431 ms partly by importing them early.
LAZY = (
    "calmdesk.core.importers",
    "calmdesk.core.reading",  # the picker reads the clipboard in a worker, which loads the reader then
    "calmdesk.core.stats",
    "calmdesk.core.tone",
    "calmdesk.ui.common.about_dialog",
    "calmdesk.ui.picker.check_pane",
    "calmdesk.ui.complaint.close_dialog",
    "calmdesk.ui.complaint.complaint_form",
    "calmdesk.ui.editor.editor_window",
    "calmdesk.ui.complaint.followups_window",
    "calmdesk.ui.editor.import_dialog",
    "calmdesk.ui.settings.settings_dialog",
    "calmdesk.ui.stats.stats_window",
    "calmdesk.ui.complaint.unwind_dialog",
    "rapidfuzz",  # typo matching and the repetition guard load it on first use
    "statistics",
    "yaml",
    "_hashlib",  # OpenSSL's libcrypto: 3.5 MB resident for a tray app that hashes nothing at start
    "PySide6.QtNetwork",  # 3 MB with the Kerberos libraries it links, for one local socket: Python serves it
    # Resident memory at ready (issue 18, 80 MB): each cost this much in the running app for one small use.
    "html",  # 0.5 MB of named entities, for html.escape (ui/common/rich_text.escape does that)
    "importlib.resources",  # its zip support, for folders on disk (core/resource_files.files)
    "xml",  # the pseudo-locale's catalogue writer, a build step
    "subprocess",  # the CLI's clipboard tools; the app copies through Qt
)

# The real start (`calmdesk.app.main.run`), in a fresh interpreter so no other test's imports count; once the
# event loop has run (start-up notices shown, tray shown), it prints what was imported and quits.
_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from calmdesk.app import main as app

qapp = QApplication(["calmdesk"])
def report():
    print(json.dumps(sorted(sys.modules)), flush=True)
    QApplication.quit()
QTimer.singleShot(300, report)
sys.exit(app.run())
"""


@pytest.fixture
def no_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)


def test_start_up_imports_none_of_the_on_demand_modules(no_desktop: None) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "calmdesk: ready" in done.stderr
    imported = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "calmdesk.ui.picker.picker_window" in imported  # the probe did see a started app
    assert "calmdesk.ui.complaint.checklist_panel" in imported  # built at start: it must show in a few ms
    early = sorted(m for m in imported if any(m == lazy or m.startswith(lazy + ".") for lazy in LAZY))
    assert early == [], f"imported at start though only needed on request: {early}"


def _imported_at_start(env: dict[str, str]) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_warm_start_in_german_reads_no_content_file(
    no_desktop: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20's figure (a start in another language within 5% of English): after the first start, the
    library, its English category hints and the index's stems all come from the caches, as in English,
    so the content readers are not even imported."""
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "de")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first = _imported_at_start(env)
    # The first start parses the packs, unless the library built with the package is there and current
    # (calmdesk.core.shipped_library: an installed CalmDesk, or a checkout that made resources/prebuilt).
    built = shipped_library.folder()
    if built is None or not (built / "library-de.json").exists():
        assert "calmdesk.core.content" in first
    warm = _imported_at_start(env)
    assert "calmdesk.ui.picker.picker_window" in warm
    assert "calmdesk.core.content" not in warm
