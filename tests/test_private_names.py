"""No module imports another's private names: a leading underscore means "this module only", and it holds.

import-linter checks which modules import which; it cannot see the names. This reads every module of the
package: `from calmdesk.x import _name`, and `_name` reached through an imported calmdesk module
(`from calmdesk.x import y; y._name`), are both refused.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "calmdesk"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_imports(source: str) -> list[str]:
    """Each private name `source` takes from another calmdesk module, as "line: module.name"."""
    tree = ast.parse(source)
    modules: set[str] = set()  # local names bound to calmdesk modules
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("calmdesk"):
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"{node.lineno}: {node.module}.{alias.name}")
                else:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("calmdesk"):
                    modules.add(alias.asname or alias.name.split(".")[0])
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and _private(node.attr)
        ):
            found.append(f"{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_imports_a_private_name_of_another() -> None:
    found = {
        str(path.relative_to(PACKAGE)): hits
        for path in sorted(PACKAGE.rglob("*.py"))
        if (hits := private_imports(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_reader_sees_both_ways_of_reaching_a_private_name() -> None:
    source = (
        "from calmdesk.cli.phrase_commands import Session, _ascii_only\n"
        "from calmdesk.core import library\n"
        "files = library._pack_files\n"
        "from os import _exit\n"  # not ours: not this rule's business
    )
    assert private_imports(source) == [
        "1: calmdesk.cli.phrase_commands._ascii_only",
        "3: library._pack_files",
    ]
