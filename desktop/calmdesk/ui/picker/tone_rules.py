"""Where the picker's tone check gets its rules: built-in, the user's and the team's pack folders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from calmdesk.core.library import expand_pack_dirs
from calmdesk.store import paths

if TYPE_CHECKING:
    from calmdesk.core.tone import ToneChecker
    from calmdesk.store.settings import Settings


class ToneRules:
    """The tone checker, built on first use (start-up neither imports nor compiles the rules), and built
    again after `forget()` (a team pack changed, other folders given)."""

    def __init__(self, settings: Callable[[], Settings], language: Callable[[], str] = lambda: "en") -> None:
        self._settings = settings
        # The language the phrases are shown in: the customer's, in a complaint in theirs.
        self._language = language
        self._extra: list[Path] = []  # pack folders given for this run (--packs): their tone/ rules too
        self._checker: ToneChecker | None = None

    def set_extra_dirs(self, dirs: Sequence[Path]) -> None:
        self._extra = list(dirs)
        self._checker = None

    def forget(self) -> None:
        self._checker = None

    def folders(self) -> list[Path]:
        """The pack folders whose tone/ (and reading/) data counts: the user's, the settings', this run's."""
        # A folder the library could not use ("~nosuchuser/...") was reported there already.
        return [paths.user_packs_dir(), *expand_pack_dirs(self._settings().pack_dirs), *self._extra]

    def checker(self) -> ToneChecker:
        from calmdesk.core.tone import ToneChecker, load_rules

        if self._checker is None:
            self._checker = ToneChecker(load_rules(self.folders(), self._language()))
        return self._checker
