"""What every content command starts from: the settings, and the library with the user's phrases."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from calmdesk.cli.errors import EXIT_USAGE, CommandError, warn
from calmdesk.core import library_cache
from calmdesk.core.library import Library
from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import quoted
from calmdesk.store import paths
from calmdesk.store.settings import Settings, load_settings

if TYPE_CHECKING:
    from calmdesk.core.complaint import Complaint
    from calmdesk.core.search import Hit, SearchIndex


def _loose(name: str) -> str:
    """A category name without case, spaces, "-" or "_": "Follow-up", "follow_up" and "FOLLOW UP" agree."""
    return "".join(ch for ch in name.casefold() if ch not in " -_")


@dataclass
class Session:
    """What every content command needs: the settings and the loaded library, problems already reported."""

    settings: Settings
    library: Library

    @classmethod
    def load(cls, extra_dirs: Sequence[Path], lang: str | None = None) -> Session:
        """The settings and the library, shown in `lang` (a --lang), else the settings' or locale's."""
        settings, settings_problems = load_settings(paths.settings_file())
        library = library_cache.load_configured(
            settings, extra_dirs, user_dir=paths.user_packs_dir(), cache_dir=paths.cache_dir(), language=lang
        )
        library, user_problems = load_user_layer(library)
        for problem in [*settings_problems, *library.problems, *user_problems]:
            warn(str(problem))
        return cls(settings, library)

    def category_key(self, given: str | None) -> str | None:
        """The category key for what the person typed: the key or the label shown in the app, in any case
        ("Apology", "wait notice", "follow-up"). Raises CommandError (usage) naming the choices."""
        if given is None:
            return None
        wanted = _loose(given)
        for key, category in self.library.categories.items():
            if wanted in (_loose(key), _loose(category.label)):
                return key
        choices = ", ".join(f"{key} ({c.label})" for key, c in self.library.categories.items())
        message = _("no category {name}; choose one of: {choices}")
        raise CommandError(message.format(name=quoted(given), choices=choices), EXIT_USAGE)

    def prefilled_values(self) -> dict[str, str]:
        """The one fill rule: the current complaint's values, then the settings (then `--set`, on top)."""
        from calmdesk.core import placeholders  # only the commands that fill blanks load it
        from calmdesk.core.complaint import fill_values

        settings = placeholders.settings_values(
            self.settings.agent_name, self.settings.company, self.settings.support_email
        )
        return fill_values(current_complaint(), settings)

    @cached_property
    def index(self) -> SearchIndex:
        from calmdesk.core.search import SearchIndex  # only the search commands pay for building it

        return SearchIndex.for_library(self.library)

    def one_query_index(self, query: str) -> SearchIndex:
        from calmdesk.core.search import SearchIndex

        # A huge library (an import of 300,000 rows) is not indexed whole for one query: see for_query.
        return SearchIndex.for_query(self.library, query)

    def hits(self, query: str, category: str | None, limit: int) -> list[Hit]:
        return self.index.search(query, category=category, limit=limit)


def load_user_layer(library: Library) -> tuple[Library, list[str]]:
    """`library` with the user's phrases when a data file exists (a plain search never creates one).

    The store modules are imported only then, and the importers never: each command pays for what it uses.
    """
    if not paths.database_file().exists():
        return library, []
    from calmdesk.core.user_layer import with_user_phrases
    from calmdesk.store.errors import StoreError
    from calmdesk.store.user_phrases import UserPhrases
    from calmdesk.store.userstore import UserStore

    try:
        with UserStore.open() as store:
            user = UserPhrases(store)
            return with_user_phrases(library, user.all(), user.hidden()), []
    except StoreError as exc:
        return library, [_("your own phrases are not loaded: {reason}").format(reason=exc)]


def current_complaint() -> Complaint | None:
    """The current complaint, or None (also when the store cannot be read: the phrase still renders)."""
    from calmdesk.store.errors import StoreError
    from calmdesk.store.userstore import UserStore

    try:
        with UserStore.open() as store:
            return store.complaints.current()
    except StoreError as error:
        warn(_("the current complaint is not used: {reason}").format(reason=error))
        return None


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=ascii_only(), indent=2))


def ascii_only() -> bool:
    """Whether JSON must escape non-ASCII: it stays valid JSON on a console that cannot show UTF-8.

    (cli.main makes any other text degrade to backslash escapes there instead of failing.)
    """
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return not encoding.startswith("utf")
