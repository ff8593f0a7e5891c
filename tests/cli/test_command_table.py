"""The command line is one table: each command named once, and each row's function really there."""

from __future__ import annotations

import importlib

from calmdesk.cli.main import build_parser
from calmdesk.cli.table import COMMANDS, Command


def _leaves(commands: tuple[Command, ...], prefix: str = "") -> list[tuple[str, Command]]:
    found: list[tuple[str, Command]] = []
    for command in commands:
        name = f"{prefix}{command.name}"
        found += _leaves(command.actions, name + " ") if command.actions else [(name, command)]
    return found


def test_each_command_is_named_once() -> None:
    names = [name for name, _command in _leaves(COMMANDS)]
    assert len(names) == len(set(names))
    assert {"search", "complaint new", "pack check", "history clear", "followups"} <= set(names)


def test_every_row_runs_a_function_of_its_group_module() -> None:
    for name, command in _leaves(COMMANDS):
        module, function = command.run.split(":")
        assert module.startswith("calmdesk.cli."), name
        assert callable(getattr(importlib.import_module(module), function)), name


def test_a_parsed_command_carries_its_rows_function() -> None:
    parser = build_parser()
    assert parser.parse_args(["complaint", "step", "2"]).run == "calmdesk.cli.complaint_commands:run_step"
    assert (
        parser.parse_args(["--packs", "x", "search", "sorry"]).run
        == "calmdesk.cli.phrase_commands:run_search"
    )
    assert parser.parse_args([]).command is None  # no command: the tray app
