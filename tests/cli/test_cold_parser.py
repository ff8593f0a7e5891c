"""The command line is parsed cold: --help and --version import little, and a command's parser alone
parses exactly as the whole table's does."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from calmdesk.cli.main import build_parser

# Run as `calmdesk ARGS` runs, in a fresh interpreter; then: what was imported?
_PROBE = """
import json, sys
from calmdesk.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""

# Not needed to print the help or the version: Qt, the commands' modules, the model, dataclasses.
_HEAVY = ("PySide6", "calmdesk.core.model", "calmdesk.store", "calmdesk.app", "dataclasses")


def _imported(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=60, check=True
    )
    assert "calmdesk" in done.stdout
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("search", "--help")])
def test_help_and_version_import_no_command_and_no_qt(args: tuple[str, ...]) -> None:
    imported = _imported(*args)
    heavy = sorted(m for m in imported if any(m == h or m.startswith(h + ".") for h in _HEAVY))
    assert heavy == []
    assert not any(m.startswith("calmdesk.cli.") and m.endswith("_commands") for m in imported)


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "sorry", "--limit", "3", "--json"],
        ["--packs", "team", "--verbose", "search", "sorry"],
        ["--packs", "search", "list"],  # a folder named like a command is still the folder
        ["--packs=x", "--hotkey", "Ctrl+Alt+K", "categories"],
        ["complaint", "step", "2", "--undo"],
        ["complaint", "new", "--customer", "Ana", "--channel", "chat", "--anger", "4"],
        ["import", "csv", "f.csv", "--category", "apology", "--dry-run"],
        ["pack", "check", "a.toml", "b.toml"],
        ["followups", "--snooze", "3", "2h"],
        ["check", "-", "--calm", "--customer", "Ana"],
        ["--verb", "autostart", "status", "--json"],  # an abbreviated option, as argparse allows
        [],
    ],
)
def test_a_commands_parser_alone_parses_as_the_whole_table(argv: list[str]) -> None:
    assert build_parser(argv).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["search", "--limit", "0"],
        ["complaint"],
        ["complaint", "bogus"],
        ["--hotkey", "Foo+Bar", "search"],
        ["import", "docx", "f"],
        ["--packs"],
    ],
)
def test_a_wrong_command_line_gets_the_same_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as narrowed:
        build_parser(argv).parse_args(argv)
    said = capsys.readouterr().err
    with pytest.raises(SystemExit) as whole:
        build_parser().parse_args(argv)
    assert said == capsys.readouterr().err
    assert narrowed.value.code == whole.value.code == 2
