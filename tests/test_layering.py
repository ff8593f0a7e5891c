"""core/, store/ and the copy flow never import Qt: they import in a process where PySide6 cannot load."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib
    import pkgutil
    import sys

    class BlockQt:
        # A meta-path finder consulted before the real ones: any Qt import fails at once.
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is blocked here: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    imported = []
    for package_name in ("calmdesk.core", "calmdesk.store"):
        package = importlib.import_module(package_name)
        for module in pkgutil.walk_packages(package.__path__, package_name + "."):
            importlib.import_module(module.name)
            imported.append(module.name)
    # The copy flow both windows share is plain Python too: its tests need no QApplication.
    for module_name in ("calmdesk.ui.common.phrase_flow", "calmdesk.ui.picker.tone_rules"):
        importlib.import_module(module_name)
        imported.append(module_name)
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    assert not leaked, leaked
    print("\\n".join(imported))
    """
)


def run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)


def test_core_and_store_import_without_qt() -> None:
    result = run(SCRIPT)
    assert result.returncode == 0, result.stderr
    imported = result.stdout.split()
    assert "calmdesk.core.library" in imported
    assert "calmdesk.core.placeholders" in imported
    assert "calmdesk.store.paths" in imported
    assert "calmdesk.ui.common.phrase_flow" in imported


def test_the_blocker_really_blocks() -> None:
    # Without this, a broken blocker would let the test above pass with Qt imported.
    result = run(SCRIPT + "import PySide6.QtCore\n")
    assert result.returncode != 0
    assert "Qt is blocked here: PySide6" in result.stderr
