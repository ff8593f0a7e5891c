"""The schema's steps are one list literal: reading `MIGRATIONS` alone tells every version there is."""

from __future__ import annotations

import ast
import inspect

from calmdesk.store import migrations


def _module_tree() -> ast.Module:
    return ast.parse(inspect.getsource(migrations))


def test_the_list_literal_alone_defines_every_version() -> None:
    """A step appended after the list (as issue 20's v9 once was) hides a version from whoever reads it."""
    literal = [
        node.value
        for node in _module_tree().body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "MIGRATIONS"
    ]
    assert len(literal) == 1
    assert isinstance(literal[0], ast.List)
    assert len(literal[0].elts) == migrations.schema_version() == len(migrations.MIGRATIONS)


def test_nothing_in_the_module_adds_a_step_after_the_list() -> None:
    changes = [
        node.func.attr
        for node in ast.walk(_module_tree())
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "MIGRATIONS"
    ]
    augmented = [
        node
        for node in ast.walk(_module_tree())
        if isinstance(node, ast.AugAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "MIGRATIONS"
    ]
    assert changes == []
    assert augmented == []
