"""Exit statuses, the CLI's error and its warnings; a leaf module, so cli and every command import it."""

from __future__ import annotations

import sys

from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import printable

EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran and found something wrong (bad pack, unknown id)
EXIT_USAGE = 2  # the request cannot be carried out as given (missing values, bad arguments)
EXIT_PARTIAL = 3  # done for what could be read, not for all (an import folder with a file it cannot read)


class CommandError(Exception):
    """A failure with a message meant for the person at the terminal, and the exit status to use."""

    def __init__(self, message: str, status: int = EXIT_PROBLEM) -> None:
        super().__init__(message)
        self.status = status


def warn(message: str) -> None:
    """Tell the person at the terminal about a problem that does not stop the command (on stderr)."""
    print("calmdesk: " + _("warning: {message}").format(message=printable(message)), file=sys.stderr)


def already_exists(path: object) -> str:
    """The message for a file the command would overwrite without --force."""
    return _("{file} already exists; add --force to overwrite it").format(file=path)


def cannot_write(path: object, reason: str = "") -> str:
    """The message for a file that could not be written (`path` may carry its own reason)."""
    if reason:
        return _("could not write {file}: {reason}").format(file=path, reason=reason)
    return _("could not write {file}").format(file=path)
