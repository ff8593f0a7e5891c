"""The domain vocabulary: stable content keys and the immutable records built from packs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from calmdesk.core.printable import printable

# Stable keys (DESIGN.md): tests, packs and tools rely on them, so they never change spelling or meaning.
CATEGORY_KEYS: tuple[str, ...] = (
    "listen",
    "empathy",
    "apology",
    "ownership",
    "questions",
    "wait",
    "solution",
    "compensation",
    "commitment",
    "boundary",
    "escalation",
    "closing",
    "follow_up",
    "public_reply",
)

STEP_KEYS: tuple[str, ...] = (
    "prepare",
    "listen",
    "empathize",
    "apologize",
    "take_ownership",
    "gather_facts",
    "offer_solution",
    "commit",
    "act",
    "close",
    "follow_up",
    "unwind",
)

CHANNELS: tuple[str, ...] = ("chat", "email", "phone", "social")

# A language code ("en", "pt-BR"). It names a folder of built-in packs, so it is never "", ".." or a path;
# the settings check it when read, and the content loader again (a Settings object may be built in code).
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]+)?")


@dataclass(frozen=True, slots=True)
class Phrase:
    """One ready-to-send reply. `pack` is the id of the pack it came from."""

    id: str
    category: str
    title: str
    text: str
    pack: str
    tags: tuple[str, ...] = ()
    channels: tuple[str, ...] = CHANNELS
    step: str | None = None
    # The language it is written in (core.languages): one id may exist in several, one version each, so
    # usage, favourites and "it worked" marks follow the phrase whatever the language it was copied in.
    lang: str = "en"


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    label: str
    description: str
    color: str  # "#rrggbb", used by the UI for the category badge
    # The situations an agent is in when they need this category, in their words: searched as a weak field,
    # so "customer wants a refund" finds the right kind of reply without quoting it.
    when: str = ""
    # Ranked first only when the query asks for it (boundary: warnings, ending a chat).
    on_request: bool = False


@dataclass(frozen=True, slots=True)
class Instead:
    """A thing never to say, paired with what to say in its place."""

    avoid: str
    say: str


@dataclass(frozen=True, slots=True)
class ChecklistStep:
    key: str
    title: str
    goal: str
    do: tuple[str, ...]
    dont: tuple[Instead, ...]
    categories: tuple[str, ...]


# Where the built-in packs say they come from (`content.builtin_packs`): a source under it is CalmDesk's own.
BUILTIN_SOURCE_PREFIX = "resources/packs/"


@dataclass(frozen=True, slots=True)
class PackInfo:
    id: str
    name: str
    language: str
    version: str
    description: str = ""
    source: str = ""  # file the pack was read from, for messages
    # A team's own register (tú, du, tu): its versions of built-in ids replace the built-in ones.
    replaces_builtin: bool = False

    @property
    def lang(self) -> str:
        """The language its phrases are in, as the content is keyed: "pt-BR" and "pt_BR" are "pt"."""
        return self.language.strip().replace("_", "-").split("-")[0].lower() or "en"


@dataclass(frozen=True, slots=True)
class Problem:
    """A validation problem in a content file, phrased for the person who has to fix it."""

    file: str
    message: str
    line: int | None = None
    phrase_id: str | None = None

    def __str__(self) -> str:
        # For people: the file name, id and message may come from a shared folder, so control characters
        # are escaped (a newline in a file name could forge a line of `pack check` output).
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        who = f" [{self.phrase_id}]" if self.phrase_id else ""
        return printable(f"{where}:{who} {self.message}")
