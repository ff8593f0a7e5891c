"""The one way the tests run `calmdesk`: in this process (fast, the default) or as a real process.

`calmdesk(*args)` calls `calmdesk.cli.main.main` here, with stdin, stdout and stderr as a real run has them
(UTF-8 text streams, logging to stderr); `calmdesk_process(*args)` starts `python -m calmdesk`, for what only
a real process shows: exit on a broken pipe, the console encoding, what it imports. Both return the same
shape: `returncode`, `stdout`, `stderr`.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Mapping
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass

from calmdesk.cli.main import main


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def _text_stream(data: str = "") -> io.TextIOWrapper:
    # UTF-8 like the test processes' C.UTF-8 locale: JSON keeps non-ASCII as it is, as on the agent's console.
    return io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8", newline=None)


def calmdesk(*args: str, stdin: str | None = None) -> Ran:
    """Run the command line in this process; its environment is this process's (the test's XDG dirs)."""
    out, err, given = _text_stream(), _text_stream(), _text_stream(stdin or "")
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    root.handlers = []  # main() sets logging up itself, onto this run's stderr
    old_stdin, sys.stdin = sys.stdin, given
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                status = main(list(args))
            except SystemExit as done:  # argparse: --help, --version and usage errors
                status = done.code if isinstance(done.code, int) else (0 if done.code is None else 2)
            for handler in root.handlers:
                handler.flush()
    finally:
        sys.stdin = old_stdin
        root.handlers, root.level = handlers, level
    return Ran(status, _read(out), _read(err))


def _read(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8", errors="replace").replace("\r\n", "\n")


def calmdesk_process(
    *args: str, stdin: str | None = None, env: Mapping[str, str] | None = None, timeout: float = 60
) -> Ran:
    """Run `python -m calmdesk` as a real process: this process's environment with `env` laid over it."""
    done = subprocess.run(
        [sys.executable, "-m", "calmdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        errors="replace",  # a hostile test may make it print what is not UTF-8
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
    return Ran(done.returncode, done.stdout, done.stderr)
