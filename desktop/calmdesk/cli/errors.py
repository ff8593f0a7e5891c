"""Exit statuses and the error the CLI commands raise; a leaf module, so cli and commands both import it."""

from __future__ import annotations

EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran and found something wrong (bad pack, unknown id)
EXIT_USAGE = 2  # the request cannot be carried out as given (missing values, bad arguments)


class CommandError(Exception):
    """A failure with a message meant for the person at the terminal, and the exit status to use."""

    def __init__(self, message: str, status: int = EXIT_PROBLEM) -> None:
        super().__init__(message)
        self.status = status
